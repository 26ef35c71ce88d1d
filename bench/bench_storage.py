"""Storage benchmarks with a county's worth of records; prints one JSON object.

    python bench/bench_storage.py [--children 31000] [--backend sqlite|postgresql|both]

For each backend, in a temporary directory (PostgreSQL: a throwaway server started with
tests.pg_server.PostgresServer), the schema is created and `app.demo.generate` fills it; then

- the time demo generation takes and the size of the database (SQLite: file + WAL;
  PostgreSQL: pg_database_size);
- opening one child with everything (ChildrenService.get + AssessmentsService.for_child)
  for 200 random children: p50/p95 in ms (target <= 50 ms);
- a filtered search (a name prefix + a school filter + a case status filter, page 0 of 50)
  for 100 different queries: p50/p95 in ms (target <= 100 ms);
- peak memory (max RSS) of the process that generates and of the one that measures.

Generation and measurement run in subprocesses so that each reports its own peak RSS.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import demo  # noqa: E402
from app.classification_service import load_bundled  # noqa: E402
from app.services.assessments import AssessmentsService  # noqa: E402
from app.services.children import ChildrenService  # noqa: E402
from app.storage.database import Database  # noqa: E402

TARGETS = {"open_child_p95_ms": 50.0, "search_p95_ms": 100.0}
OPEN_SAMPLES = 200
SEARCH_QUERIES = 100
WARMUP = 5
ACTOR = "bench"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = (len(ordered) - 1) * p / 100
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def stats(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(percentile(values, 50), 2),
        "p95_ms": round(percentile(values, 95), 2),
        "max_ms": round(max(values), 2),
        "mean_ms": round(statistics.fmean(values), 2),
    }


def peak_rss_mb() -> float:
    # Linux reports kilobytes, macOS bytes
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(rss / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


# --- phases (each in its own process) ------------------------------------------------------


def phase_generate(url: str, children: int, seed: int) -> dict[str, Any]:
    started = time.perf_counter()
    db = Database.open(url)
    opened = time.perf_counter() - started
    step = max(1, children // 10)

    def progress(done: int, total: int) -> None:
        if done % step < demo.BATCH_SIZE or done == total:
            print(f"  {done}/{total} children", file=sys.stderr, flush=True)

    started = time.perf_counter()
    summary = demo.generate(db, children, seed=seed, progress=progress)
    generation = time.perf_counter() - started
    db.close()
    return {
        "create_schema_s": round(opened, 2),
        "demo_generation_s": round(generation, 1),
        "summary": summary.__dict__,
        "peak_rss_generate_mb": peak_rss_mb(),
    }


def database_size(db: Database) -> dict[str, int]:
    if db.is_sqlite:
        path = db.path
        assert path is not None
        wal = Path(f"{path}-wal")
        sizes = {
            "file_bytes": path.stat().st_size,
            "wal_bytes": wal.stat().st_size if wal.exists() else 0,
        }
        sizes["total_bytes"] = sizes["file_bytes"] + sizes["wal_bytes"]
        return sizes
    with db.engine.connect() as connection:
        size = connection.exec_driver_sql("SELECT pg_database_size(current_database())").scalar()
    return {"total_bytes": int(size or 0)}


def phase_measure(url: str, seed: int) -> dict[str, Any]:
    from sqlalchemy import func, select

    from app.storage.models import Assessment, Child, Rating

    started = time.perf_counter()
    db = Database.open(url)
    open_s = time.perf_counter() - started
    classification = load_bundled()
    children = ChildrenService(db, ACTOR)
    assessments = AssessmentsService(db, ACTOR, classification)
    rng = random.Random(seed)

    with db.engine.connect() as connection:
        counts = {
            name: connection.scalar(select(func.count()).select_from(model)) or 0
            for name, model in (
                ("children", Child),
                ("assessments", Assessment),
                ("ratings", Rating),
            )
        }
        people = connection.execute(
            select(Child.id, Child.surname, Child.school).order_by(Child.id)
        ).all()

    # opening one child with all assessments and ratings
    sample = rng.sample(people, min(len(people), OPEN_SAMPLES + WARMUP))
    timings: list[float] = []
    ratings_seen: list[int] = []
    for index, (child_id, _, _) in enumerate(sample):
        started = time.perf_counter()
        record = children.get(child_id)
        views = assessments.for_child(child_id)
        elapsed = (time.perf_counter() - started) * 1000
        assert len(views) == len(record.assessments)
        if index >= WARMUP:
            timings.append(elapsed)
            ratings_seen.append(sum(len(v.ratings) for v in views))
    open_child = stats(timings) | {
        "samples": len(timings),
        "mean_ratings_per_child": round(statistics.fmean(ratings_seen), 1),
    }

    # a filtered search: name prefix + school + status
    queries = []
    for _, surname, school in rng.sample(people, min(len(people), SEARCH_QUERIES * 3)):
        if not school:
            continue
        words = school.split(" w ")[0].split()
        school_filter = " ".join(words[:3]) if rng.random() < 0.5 else school.split(" w ")[-1]
        prefix = surname[: rng.randint(2, 4)]
        queries.append((prefix, school_filter, rng.choice(("open", "closed"))))
        if len(queries) == SEARCH_QUERIES + WARMUP:
            break
    timings = []
    hits: list[int] = []
    for index, (prefix, school_filter, status) in enumerate(queries):
        started = time.perf_counter()
        page = children.search(prefix, school=school_filter, status=status, page=0, page_size=50)
        elapsed = (time.perf_counter() - started) * 1000
        if index >= WARMUP:
            timings.append(elapsed)
            hits.append(page.total)
    search = stats(timings) | {
        "queries": len(timings),
        "mean_total_hits": round(statistics.fmean(hits), 1),
        "example": dict(zip(("text", "school", "status"), queries[WARMUP], strict=True)),
    }

    # a name-only search, the most common one in the GUI
    timings = []
    for prefix, _, _ in queries[WARMUP:]:
        started = time.perf_counter()
        children.search(prefix, page=0, page_size=50)
        timings.append((time.perf_counter() - started) * 1000)
    name_only = stats(timings)

    size = database_size(db)
    db.close()
    return {
        "counts": counts,
        "open_database_s": round(open_s, 3),
        "database_size": size | {"total_mb": round(size["total_bytes"] / 2**20, 1)},
        "open_child": open_child,
        "search_filtered": search,
        "search_name_only": name_only,
        "peak_rss_measure_mb": peak_rss_mb(),
    }


# --- the driver -----------------------------------------------------------------------------


def run_phase(*args: str) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def bench_backend(backend: str, children: int, seed: int) -> dict[str, Any]:
    print(f"{backend}: generating {children} children", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="icf-bench-") as tmp:
        if backend == "sqlite":
            url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
            generated = run_phase("--phase", "generate", "--url", url, *common(children, seed))
            print(f"{backend}: measuring", file=sys.stderr, flush=True)
            measured = run_phase("--phase", "measure", "--url", url, *common(children, seed))
        else:
            from tests.pg_server import PostgresServer

            with PostgresServer() as server:
                url = server.create_database("bench")
                generated = run_phase("--phase", "generate", "--url", url, *common(children, seed))
                print(f"{backend}: measuring", file=sys.stderr, flush=True)
                measured = run_phase("--phase", "measure", "--url", url, *common(children, seed))
    result = generated | measured
    result["targets_met"] = {
        "open_child_p95_ms": result["open_child"]["p95_ms"] <= TARGETS["open_child_p95_ms"],
        "search_p95_ms": result["search_filtered"]["p95_ms"] <= TARGETS["search_p95_ms"],
    }
    return result


def common(children: int, seed: int) -> list[str]:
    return ["--children", str(children), "--seed", str(seed)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--children", type=int, default=31000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--phase", choices=("generate", "measure"), help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.phase == "generate":
        print(json.dumps(phase_generate(args.url, args.children, args.seed)))
        return 0
    if args.phase == "measure":
        print(json.dumps(phase_measure(args.url, args.seed)))
        return 0

    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    report: dict[str, Any] = {
        "children": args.children,
        "seed": args.seed,
        "targets": TARGETS,
    }
    for backend in backends:
        report[backend] = bench_backend(backend, args.children, args.seed)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
