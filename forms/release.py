"""Record released template versions: `python -m forms.release`.

`resources/forms/RELEASED.json` maps `<id>/<version>` to the SHA-256 of the file. A released
file must never change (assessments made with it must render exactly as they were made); a
test compares every file with its recorded hash. This command adds new files and refuses to
overwrite a recorded hash: a change needs a new version file.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from forms.registry import ROOT

RELEASED = ROOT / "RELEASED.json"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def released() -> dict[str, str]:
    if not RELEASED.exists():
        return {}
    data: dict[str, str] = json.loads(RELEASED.read_text(encoding="utf-8"))
    return data


def main() -> int:
    recorded = released()
    status = 0
    for path in sorted(ROOT.glob("*/*.toml")):
        key = f"{path.parent.name}/{path.stem}"
        if key not in recorded:
            recorded[key] = digest(path)
            print(f"released {key}")
        elif recorded[key] != digest(path):
            print(f"{key} was changed after its release: make the change in a new version file")
            status = 1
    RELEASED.write_text(json.dumps(recorded, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
