"""Document benchmarks; prints one JSON object.

    python bench/bench_documents.py [--children 31000] [--db FILE] [--keep]

In a temporary directory (or the given SQLite file, reused when it already holds the
children) `app.demo.generate` fills a database with a county's children; then

- one assessment summary PDF (the final assessment with the most ratings): p50/p95 over
  20 runs, target <= 0.5 s; and the parents' summary;
- the support plan PDF (an IPET made from the assessment of a child assessed twice, every
  suggestion accepted, one referral from the example directory) and the evaluation PDF
  (that plan reviewed with the child's later assessment): p50/p95 over 20 runs each;
  the plan and review are added to the database once (reused on later runs);
- the county statistics over every child (load from the database, compute with
  suppression) and the XLSX and PDF reports: target <= 5 s for the statistics;
- peak memory: tracemalloc's peak of each measured step (Python allocations) and the
  process's maximum resident set size.

Generation runs in a subprocess so that its memory does not count.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from app import demo  # noqa: E402
from app.classification_service import load_bundled  # noqa: E402
from app.documents.assessment_data import load_assessment  # noqa: E402
from app.documents.assessment_summary import write_assessment_summary  # noqa: E402
from app.documents.evaluation import load_evaluation, write_evaluation  # noqa: E402
from app.documents.parents import write_parents_summary  # noqa: E402
from app.documents.plan import load_plan, write_plan  # noqa: E402
from app.documents.statistics_report import write_statistics  # noqa: E402
from app.services.directory import DirectoryService  # noqa: E402
from app.services.plans import PlansService  # noqa: E402
from app.services.reviews import ReviewsService  # noqa: E402
from app.statistics import Scope, compute, load_frame, load_goals  # noqa: E402
from app.storage.database import Database  # noqa: E402
from app.storage.models import Assessment, AssessmentStatus, Child, Rating  # noqa: E402
from app.storage.plans_models import SupportPlan  # noqa: E402
from forms.registry import TemplateRegistry  # noqa: E402

TARGETS = {"assessment_pdf_p95_s": 0.5, "county_statistics_s": 5.0}
RUNS = 20


def peak_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(rss / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def measured(step):  # type: ignore[no-untyped-def]
    """Run `step()` twice: timed without tracing, then under tracemalloc for its peak
    (tracing slows allocation, so it never runs while the clock does).
    Returns (result, seconds, peak MB)."""
    started = time.perf_counter()
    result = step()
    seconds = time.perf_counter() - started
    tracemalloc.start()
    step()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, seconds, round(peak / 1e6, 1)


def generate(path: Path, children: int) -> None:
    db = Database.open(path)
    try:
        with db.session() as session:
            existing = session.scalar(select(func.count()).select_from(Child)) or 0
        if existing < children:
            demo.generate(db, children - existing, seed=1)
    finally:
        db.close()


BENCH_TITLE = "IPET (benchmark)"
EXAMPLE = ROOT / "resources" / "directory" / "przyklad-siec-wsparcia.csv"


def bench_plan(db: Database, classification) -> int:  # type: ignore[no-untyped-def]
    """A reviewed plan to document: made once, then found again by its title."""
    with db.session() as session:
        existing = session.scalar(select(SupportPlan.id).where(SupportPlan.title == BENCH_TITLE))
        if existing is not None:
            return existing
        candidates = session.execute(
            select(func.min(Assessment.id), func.max(Assessment.id))
            .where(Assessment.status == AssessmentStatus.FINAL)
            .group_by(Assessment.child_id)
            .having(func.count() >= 2)
            .limit(200)
        ).all()
    directory = DirectoryService(db, "bench", classification)
    if not directory.all():
        directory.import_file(EXAMPLE)
    plans = PlansService(db, "bench", classification)
    # the first child whose profile gives the plan goals (a review rates goals)
    first, second = next(
        (a, b) for a, b in candidates if any(s.kind == "goal" for s in plans.suggest(a).suggestions)
    )
    plan = plans.create_from_assessment(first, "ipet", title=BENCH_TITLE, area="Zielonka")
    plan = plans.accept_all(plan.id, plan.version)
    for item in plan.items:
        if item.kind == "sector":
            matches = plans.providers_for(item.id)
            if matches:
                plan = plans.refer(plan.id, item.id, matches[0].provider.id, plan.version)
                break
    reviews = ReviewsService(db, "bench", classification)
    levels = reviews.suggest_levels(plan.id, second) or {g.id: 0 for g in plan.goals}
    reviews.record(plan.id, date.today(), levels, assessment_id=second)
    return plan.id


def timed(step, runs: int = RUNS) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    """p50 and p95 seconds of `runs` runs after a warm-up, and the peak MB of one more."""
    step()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        step()
        times.append(time.perf_counter() - started)
    _, _, peak = measured(step)
    ordered = sorted(times)
    return (
        round(statistics.median(times), 3),
        round(ordered[int(0.95 * (len(ordered) - 1))], 3),
        peak,
    )


def run(path: Path) -> dict[str, Any]:
    classification = load_bundled()
    registry = TemplateRegistry(classification)
    db = Database.open(path)
    out: dict[str, Any] = {}
    with db.session() as session:
        out["children"] = session.scalar(select(func.count()).select_from(Child))
        out["assessments"] = session.scalar(select(func.count()).select_from(Assessment))
        out["ratings"] = session.scalar(select(func.count()).select_from(Rating))
        biggest = session.execute(
            select(Rating.assessment_id, func.count().label("n"))
            .join(Assessment, Assessment.id == Rating.assessment_id)
            .where(Assessment.status == AssessmentStatus.FINAL)
            .group_by(Rating.assessment_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    folder = Path(tempfile.mkdtemp(prefix="bench-docs-"))
    assessment_id = biggest[0]
    out["assessment_ratings"] = biggest[1]

    def one_pdf() -> Path:
        data = load_assessment(db, assessment_id, classification, "pl", registry)
        return write_assessment_summary(data, folder / "ocena.pdf", confidential=True)

    one_pdf()  # warm-up: fonts registered, classification loaded
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        one_pdf()
        times.append(time.perf_counter() - started)
    _, _, peak = measured(one_pdf)
    ordered = sorted(times)
    out["assessment_pdf_p50_s"] = round(statistics.median(times), 3)
    out["assessment_pdf_p95_s"] = round(ordered[int(0.95 * (len(ordered) - 1))], 3)
    out["assessment_pdf_peak_mb"] = peak
    out["assessment_pdf_pages"] = (folder / "ocena.pdf").read_bytes().count(b"/Type /Page\n")

    def parents() -> Path:
        data = load_assessment(db, assessment_id, classification, "pl", registry)
        return write_parents_summary(data, folder / "rodzice.pdf")

    _, seconds, mb = measured(parents)
    out["parents_pdf_s"] = round(seconds, 3)
    out["parents_pdf_peak_mb"] = mb

    plan_id = bench_plan(db, classification)

    def plan_pdf() -> Path:
        data = load_plan(db, plan_id, classification, "pl")
        return write_plan(data, folder / "plan.pdf", confidential=True)

    def evaluation_pdf() -> Path:
        data, after, effect = load_evaluation(db, plan_id, classification, "pl")
        return write_evaluation(data, after, effect, folder / "ewaluacja.pdf")

    p50, p95, peak = timed(plan_pdf)
    out["plan_pdf_p50_s"], out["plan_pdf_p95_s"], out["plan_pdf_peak_mb"] = p50, p95, peak
    out["plan_pdf_pages"] = (folder / "plan.pdf").read_bytes().count(b"/Type /Page\n")
    p50, p95, peak = timed(evaluation_pdf)
    out["evaluation_pdf_p50_s"], out["evaluation_pdf_p95_s"] = p50, p95
    out["evaluation_pdf_peak_mb"] = peak
    out["evaluation_pdf_pages"] = (folder / "ewaluacja.pdf").read_bytes().count(b"/Type /Page\n")

    (frame, goals), load_s, load_mb = measured(
        lambda: (load_frame(db, Scope()), load_goals(db, Scope()))
    )
    stats, compute_s, compute_mb = measured(
        lambda: compute(frame, classification, "pl", "powiat", goals)
    )
    out["statistics_rows"] = len(frame)
    out["statistics_load_s"] = round(load_s, 2)
    out["statistics_compute_s"] = round(compute_s, 2)
    out["county_statistics_s"] = round(load_s + compute_s, 2)
    out["county_statistics_peak_mb"] = max(load_mb, compute_mb)
    _, xlsx_s, xlsx_mb = measured(lambda: write_statistics(stats, folder / "statystyka.xlsx"))
    _, pdf_s, pdf_mb = measured(lambda: write_statistics(stats, folder / "statystyka.pdf"))
    out["statistics_xlsx_s"] = round(xlsx_s, 2)
    out["statistics_pdf_s"] = round(pdf_s, 2)
    out["statistics_reports_peak_mb"] = max(xlsx_mb, pdf_mb)
    out["peak_rss_mb"] = peak_rss_mb()
    out["targets"] = TARGETS
    out["met"] = {key: out[key] <= target for key, target in TARGETS.items()}
    db.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--children", type=int, default=31000)
    parser.add_argument("--db", type=Path, help="a SQLite file to fill (or reuse)")
    parser.add_argument("--phase", choices=("generate",), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "generate":
        generate(args.db, args.children)
        return
    path = args.db or Path(tempfile.mkdtemp(prefix="bench-docs-")) / "county.sqlite3"
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            __file__,
            "--phase",
            "generate",
            "--db",
            str(path),
            "--children",
            str(args.children),
        ],
        check=True,
    )
    result = {"generation_s": round(time.perf_counter() - started, 1), **run(path)}
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
