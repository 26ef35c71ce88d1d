"""Benchmarks of support planning; prints one JSON object.

    python bench/bench_plans.py [--runs 200]

- loading and checking the rule base (resources/rules/*.toml);
- computing suggestions for an assessment of 80 ratings (target ≤ 50 ms), the engine alone
  and through the service (reading the ratings from a SQLite file);
- creating a plan from that assessment (every suggestion stored, history snapshot);
- evaluating a review: attainment of the goals, T-score, qualifier changes against a
  re-assessment and the summary (record), and the effectiveness report.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.services.assessments import AssessmentInput, AssessmentsService  # noqa: E402
from app.services.children import ChildInput, ChildrenService  # noqa: E402
from app.services.plans import PlansService  # noqa: E402
from app.services.reviews import ReviewsService  # noqa: E402
from app.storage.database import Database  # noqa: E402
from icf.bundled import load_bundled  # noqa: E402
from plans.engine import suggest  # noqa: E402
from plans.profile import Profile  # noqa: E402
from plans.rules import load_rules  # noqa: E402

#: categories a school assessment rates (the rules look at many of them)
CODES = (
    "b117 b122 b1304 b140 b1400 b144 b147 b152 b1521 b156 b164 b167 b172 b210 b230 b320 b330 "
    "b760 d110 d115 d140 d145 d150 d160 d166 d170 d172 d175 d210 d220 d230 d240 d250 d310 "
    "d330 d350 d440 d450 d460 d540"
).split()
ENV = "e115 e125 e130 e150 e250 e310 e325 e410 e575 e580".split()


def ratings(rng: random.Random, worse: int = 0) -> list[tuple[str, str]]:
    """80 ratings: 35 categories rated by the teacher and by the specialist, and 10
    environmental factors by consensus."""
    out = []
    for informant in ("teacher", "specialist"):
        for code in CODES[:35]:
            value = min(4, max(0, rng.choice((0, 1, 1, 2, 2, 3)) - worse))
            out.append((informant, f"{code}.{value}"))
    for code in ENV:
        value = rng.choice((0, 1, 2, 3))
        sign = "+" if rng.random() < 0.4 else "."
        out.append(("consensus", f"{code}{sign}{value}"))
    return out


def timings(fn, runs: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    values = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        values.append((time.perf_counter() - started) * 1000)
    values.sort()
    return {
        "p50_ms": round(statistics.median(values), 2),
        "p95_ms": round(values[int(len(values) * 0.95) - 1], 2),
        "max_ms": round(values[-1], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(7)
    classification = load_bundled()
    started = time.perf_counter()
    rules = load_rules(classification)
    load_ms = (time.perf_counter() - started) * 1000

    first = ratings(rng)
    profile = Profile.build(10, first)
    count = len(suggest(profile, rules))
    engine = timings(lambda: suggest(Profile.build(10, first), rules), args.runs)

    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "bench.sqlite3")
        child = ChildrenService(db, "bench").create(
            ChildInput("Bench", "Testowy", "2015-03-09", "M")
        )
        assessments = AssessmentsService(db, "bench", classification)
        ids = []
        for day, values in ((date(2025, 10, 1), first), (date(2026, 1, 28), ratings(rng, 1))):
            a = assessments.create(
                child.id,
                AssessmentInput(
                    "wopfu", "klasy-4-8", "1.0", day, [("teacher", None), ("specialist", None)]
                ),
            )
            for informant, expression in values:
                assessments.save_rating(a.id, expression, informant)
            ids.append(a.id)
        plans = PlansService(db, "bench", classification, rules)
        service = timings(lambda: plans.suggest(ids[0]), args.runs)
        created = timings(
            lambda: plans.create_from_assessment(ids[0], "ipet", starts_on="2025-10-05"), 20
        )
        plan = plans.create_from_assessment(ids[0], "ipet", starts_on="2025-10-05")
        plan = plans.accept_all(plan.id, plan.version)
        reviews = ReviewsService(db, "bench", classification)
        reviews.plans = plans
        levels = {g.id: rng.choice((-2, -1, 0, 1, 2)) for g in plan.goals}
        record = timings(
            lambda: reviews.record(plan.id, "2026-01-29", levels, assessment_id=ids[1]), 50
        )
        effect = timings(lambda: reviews.effectiveness(plan.id), 50)
        db.close()

    print(
        json.dumps(
            {
                "rules": len(rules),
                "rule_load_ms": round(load_ms, 1),
                "ratings": len(first),
                "suggestions": count,
                "goals": len(levels),
                "suggest_engine_80_ratings": engine,
                "suggest_service_80_ratings_sqlite": service,
                "create_plan_sqlite": created,
                "review_record_sqlite": record,
                "review_effectiveness_sqlite": effect,
                "target_suggest_ms": 50,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
