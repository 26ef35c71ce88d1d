"""Check template files: `python -m forms.validate resources/forms/<id>/<version>.toml …`.

Prints the number of sections, items, codes per component and informants of each file, or
the first problem found, and exits non-zero when a file fails.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from forms.errors import FormsError
from forms.loader import load_template
from icf.bundled import load_bundled


def main(argv: list[str]) -> int:
    classification = load_bundled()
    status = 0
    for name in argv:
        try:
            template = load_template(Path(name), classification)
        except FormsError as exc:
            print(f"{name}: {exc.message('pl')}")
            status = 1
            continue
        items = template.items()
        components = Counter(item.code[0] for item in items)
        print(
            f"{name}: OK — {template.id} {template.version}, sekcje: {len(template.sections)}, "
            f"pozycje: {len(items)} ({dict(components)}), informatorzy: "
            f"{', '.join(i.value for i in template.informants)}, wiek {template.age_min}-"
            f"{template.age_max}"
        )
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
