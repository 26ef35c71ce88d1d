"""The cost of encryption at rest; prints one JSON object.

    python bench/bench_privacy.py [--children 31000] [--seed 1]

Runs the SQLite benchmarks of bench/bench_storage.py (demo generation of a county's worth of
children; opening one child with everything, 200 samples; a filtered search and a name
search, 100 queries) twice in the same run: on a plain SQLite file and on a SQLCipher
encrypted one (same data, same seed), plus a verified backup of each. Reports both and the
ratio encrypted / plain for each figure (target: <= 1.3 for the p95 latencies). Each phase
runs in its own process, as in bench_storage.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_storage as storage  # noqa: E402

from app.storage.database import Database  # noqa: E402

PASSPHRASE = "benchmark passphrase, not a secret 42"
TARGET_RATIO = 1.3


class EncryptedDatabase(Database):
    """Database.open with the benchmark's passphrase (the same code path the app uses)."""

    @classmethod
    def open(cls, url: Any = None, **kwargs: Any) -> Database:  # type: ignore[override]
        kwargs.setdefault("passphrase", PASSPHRASE)
        return Database.open(url, **kwargs)


def phase_backup(url: str, encrypted: bool) -> dict[str, Any]:
    from app.storage.backup import backup_sqlite
    from app.storage.encryption import looks_encrypted

    db = Database.open(url, passphrase=PASSPHRASE if encrypted else None)
    try:
        assert db.path is not None
        started = time.perf_counter()
        target = backup_sqlite(db, db.path.parent / "backup.sqlite3")
        elapsed = time.perf_counter() - started
        return {
            "backup_s": round(elapsed, 2),
            "backup_bytes": target.stat().st_size,
            "file_encrypted": looks_encrypted(db.path),
            "backup_encrypted": looks_encrypted(target),
        }
    finally:
        db.close()


def run_phase(*args: str) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def bench_variant(encrypted: bool, children: int, seed: int) -> dict[str, Any]:
    name = "encrypted" if encrypted else "plain"
    flags = ["--encrypted"] if encrypted else []
    common = ["--children", str(children), "--seed", str(seed), *flags]
    with tempfile.TemporaryDirectory(prefix="icf-bench-privacy-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        print(f"{name}: generating {children} children", file=sys.stderr, flush=True)
        result = run_phase("--phase", "generate", "--url", url, *common)
        print(f"{name}: measuring", file=sys.stderr, flush=True)
        result |= run_phase("--phase", "measure", "--url", url, *common)
        result |= run_phase("--phase", "backup", "--url", url, *common)
    return result


def ratio(encrypted: float, plain: float) -> float | None:
    return round(encrypted / plain, 2) if plain else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--children", type=int, default=31000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--encrypted", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--phase", choices=("generate", "measure", "backup"), help=argparse.SUPPRESS
    )
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.phase is not None:
        if args.encrypted:
            storage.Database = EncryptedDatabase  # type: ignore[misc]
        if args.phase == "generate":
            result = storage.phase_generate(args.url, args.children, args.seed)
        elif args.phase == "measure":
            result = storage.phase_measure(args.url, args.seed)
        else:
            result = phase_backup(args.url, args.encrypted)
        print(json.dumps(result))
        return 0

    plain = bench_variant(False, args.children, args.seed)
    encrypted = bench_variant(True, args.children, args.seed)
    ratios = {
        "demo_generation": ratio(encrypted["demo_generation_s"], plain["demo_generation_s"]),
        "open_database": ratio(encrypted["open_database_s"], plain["open_database_s"]),
        "open_child_p50": ratio(encrypted["open_child"]["p50_ms"], plain["open_child"]["p50_ms"]),
        "open_child_p95": ratio(encrypted["open_child"]["p95_ms"], plain["open_child"]["p95_ms"]),
        "search_filtered_p50": ratio(
            encrypted["search_filtered"]["p50_ms"], plain["search_filtered"]["p50_ms"]
        ),
        "search_filtered_p95": ratio(
            encrypted["search_filtered"]["p95_ms"], plain["search_filtered"]["p95_ms"]
        ),
        "search_name_only_p95": ratio(
            encrypted["search_name_only"]["p95_ms"], plain["search_name_only"]["p95_ms"]
        ),
        "backup": ratio(encrypted["backup_s"], plain["backup_s"]),
        "size": ratio(
            encrypted["database_size"]["total_bytes"], plain["database_size"]["total_bytes"]
        ),
    }
    p95 = ("open_child_p95", "search_filtered_p95", "search_name_only_p95")
    report = {
        "children": args.children,
        "seed": args.seed,
        "target_ratio": TARGET_RATIO,
        "ratio_encrypted_to_plain": ratios,
        "target_met": all((ratios[k] or 0) <= TARGET_RATIO for k in p95),
        "plain": plain,
        "encrypted": encrypted,
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
