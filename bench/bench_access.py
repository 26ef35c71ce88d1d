"""What the access checks cost on plans, reviews, documents and statistics; prints one JSON
object.

    python bench/bench_access.py [--children 200] [--runs 50]

In a temporary SQLite file, `--children` children each get an assessment of 80 ratings and
an accepted support plan, written by the computer's user while no account exists. The same
reads are timed three times: before accounts exist (a plain name: no access query beyond
"are there accounts?"), then signed in as the first account (which adopted every child, so
each check consults the access grants), and as a second specialist to whom a tenth of the
children were shared. Reported: p50 / p95 in milliseconds and the ratio signed-in / none.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics as stats_module
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_plans import ratings  # noqa: E402

from app.classification_service import load_bundled  # noqa: E402
from app.documents.assessment_data import load_assessment  # noqa: E402
from app.services.accounts import AccountsService  # noqa: E402
from app.services.assessments import AssessmentInput, AssessmentsService  # noqa: E402
from app.services.children import ChildInput, ChildrenService  # noqa: E402
from app.services.plans import PlansService  # noqa: E402
from app.services.reviews import ReviewsService  # noqa: E402
from app.statistics import Scope, statistics  # noqa: E402
from app.storage.database import Database  # noqa: E402

PASSWORD = "Hasło do poradni 2026"


def timings(fn: Callable[[], Any], runs: int) -> dict[str, float]:
    values = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        values.append((time.perf_counter() - started) * 1000)
    values.sort()
    return {
        "p50_ms": round(stats_module.median(values), 2),
        "p95_ms": round(values[max(0, int(len(values) * 0.95) - 1)], 2),
    }


def fill(db: Database, classification: Any, children: int) -> list[tuple[int, int, int]]:
    """(child, assessment, plan) ids, written as the local user."""
    rng = random.Random(11)
    people = ChildrenService(db, "bench")
    assessments = AssessmentsService(db, "bench", classification)
    plans = PlansService(db, "bench", classification)
    made = []
    for n in range(children):
        child = people.create(
            ChildInput(f"Dziecko{n}", "Testowe", date(2014, 1 + n % 12, 1 + n % 28), "MF"[n % 2])
        )
        view = assessments.create(
            child.id,
            AssessmentInput(
                "wopfu",
                "klasy-4-8",
                "1.0",
                date(2025, 10, 1),
                informants=[("teacher", None), ("specialist", None)],
            ),  # fmt: skip
        )
        for informant, expression in ratings(rng):
            assessments.save_rating(view.id, expression, informant)
        assessments.finalise(view.id, assessments.get(view.id).version)
        plan = plans.create_from_assessment(view.id, starts_on=date(2025, 10, 6))
        plans.accept_all(plan.id, plan.version)
        made.append((child.id, view.id, plan.id))
    return made


def measure(
    db: Database, classification: Any, actor: Any, sample: tuple[int, int, int], runs: int
) -> dict[str, dict[str, float]]:
    _, assessment_id, plan_id = sample
    plans = PlansService(db, actor, classification)
    reviews = ReviewsService(db, actor, classification)
    return {
        "plan_get": timings(lambda: plans.get(plan_id), runs),
        "reviews_due": timings(lambda: reviews.due(today=date(2026, 1, 25)), runs),
        "load_assessment": timings(
            lambda: load_assessment(db, assessment_id, classification, actor=actor), runs
        ),
        "statistics": timings(
            lambda: statistics(db, Scope(), classification, actor=actor), max(3, runs // 10)
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--children", type=int, default=200)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    classification = load_bundled()
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "bench.sqlite3")
        started = time.perf_counter()
        made = fill(db, classification, args.children)
        fill_s = time.perf_counter() - started
        sample = made[(len(made) // 20) * 10]  # one of the children shared with anna
        none = measure(db, classification, "bench", sample, args.runs)
        accounts = AccountsService(db)
        first = accounts.create_first("dyrektor", PASSWORD)
        accounts.add_user(first, "anna", PASSWORD, ["specialist"])
        for child_id, _, _ in made[::10]:
            accounts.share_child(first, child_id, "anna")
        anna = accounts.login("anna", PASSWORD)
        first_account = measure(db, classification, first, sample, args.runs)
        shared = measure(db, classification, anna, sample, args.runs)
        listed = {
            who: len(ReviewsService(db, actor).due(today=date(2026, 1, 25)))
            for who, actor in (("first_account", first), ("specialist", anna))
        }
        db.close()

    def ratio(signed: dict[str, dict[str, float]]) -> dict[str, float]:
        return {k: round(signed[k]["p50_ms"] / max(none[k]["p50_ms"], 1e-6), 2) for k in none}

    print(
        json.dumps(
            {
                "children_with_plans": args.children,
                "fill_s": round(fill_s, 1),
                "no_accounts": none,
                "first_account_sees_all": first_account,
                "specialist_sees_a_tenth": shared,
                "ratio_first_account_to_none_p50": ratio(first_account),
                "ratio_specialist_to_none_p50": ratio(shared),
                "reviews_due_listed": listed,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
