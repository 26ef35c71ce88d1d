"""The assessment workflow's speed in the window (offscreen Qt); prints one JSON object.

    python bench/bench_workflow.py [--children 31000] [--database FILE]

With a county's worth of demo records in an SQLite file (made with `app.demo.generate`, or
an existing one given with --database, which is only read from and added to):

- the main window opened on that database, until the Children tab shows its first page
  (first time in the process, then the median of 5 more windows);
- opening a child (the record with guardians, cases and assessments): p50/p95 of 100;
- the rating screen of an 80-item template with two informants' ratings: p50/p95 of 10;
- one rating typed on that screen, from the keystroke until it is stored (target <= 10 ms):
  p50/p95 of 200, and the service call alone.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app import demo  # noqa: E402
from app.gui.application import create_window  # noqa: E402
from app.gui.assessment_panel import AssessmentPanel  # noqa: E402
from app.services.assessments import AssessmentInput, AssessmentsService  # noqa: E402
from app.services.children import ChildInput, ChildrenService  # noqa: E402
from app.storage.database import Database  # noqa: E402
from bench.bench_storage import stats  # noqa: E402
from forms.model import Section, Template  # noqa: E402
from forms.registry import TemplateRegistry  # noqa: E402

TARGETS = {"rating_saved_p95_ms": 10.0}
ACTOR = "bench"


def template_of_80(registry: TemplateRegistry) -> Template:
    """The 78 items of the counselling centre's template and more from another, 80 in all."""
    base = registry.get("ppp-diagnoza")
    codes = {item.code for item in base.items()}
    extra = [i for i in registry.get("klasy-4-8").items() if i.code not in codes]
    needed = 80 - len(base.items())
    sections = base.sections + (
        Section("bench-extra", {"pl": "Dodatkowe", "en": "Extra"}, tuple(extra[:needed])),
    )
    template = dataclasses.replace(base, id="bench-80", sections=sections)
    assert len(template.items()) == 80
    return template


class OneTemplate:
    """The registry the rating screen asks, knowing also the benchmark's template."""

    def __init__(self, registry: TemplateRegistry, extra: Template) -> None:
        self.registry, self.extra = registry, extra

    def get(self, template_id: str, version: str | None = None) -> Template:
        if template_id == self.extra.id:
            return self.extra
        return self.registry.get(template_id, version)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--children", type=int, default=31000)
    parser.add_argument("--database", type=Path)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ICF_ASSESS_DATA_DIR"] = str(Path(tmp) / "data")
        path = args.database or Path(tmp) / "records.sqlite3"
        if args.database is None:
            print(f"generating {args.children} demo children…", file=sys.stderr, flush=True)
            db = Database.open(path)
            demo.generate(db, args.children, seed=args.seed)
            db.close()
        result: dict[str, Any] = {"children": args.children, "database": "sqlite"}
        app = QApplication(sys.argv)
        result.update(measure(app, path, args.seed))
    result["targets"] = TARGETS
    print(json.dumps(result, indent=2, ensure_ascii=False))


def open_window(app: QApplication, path: Path) -> tuple[float, Any]:
    started = time.perf_counter()
    window = create_window(app, str(path))
    window.show()
    window.show_children()
    panel = window.children_panel
    while panel.model.rowCount() == 0:
        app.processEvents()
    app.processEvents()
    return (time.perf_counter() - started) * 1000, window


def measure(app: QApplication, path: Path, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    first, window = open_window(app, path)
    total = window.children_panel.model.total
    again = []
    for _ in range(5):
        elapsed, other = open_window(app, path)
        again.append(elapsed)
        other.close()
        other.deleteLater()
        app.processEvents()

    children = window.children_panel
    db = children.database()
    assert db is not None
    with db.engine.connect() as connection:
        ids = [row[0] for row in connection.exec_driver_sql("SELECT id FROM children")]
    opening = []
    for child_id in rng.sample(ids, 100):
        started = time.perf_counter()
        children.show_child(child_id)
        app.processEvents()
        opening.append((time.perf_counter() - started) * 1000)

    # the rating screen of an 80-item template with two informants' ratings
    registry = TemplateRegistry(window.service.classification)
    template = template_of_80(registry)
    child = ChildrenService(db, ACTOR).create(ChildInput("Ida", "Bench", "2014-02-02", "F"))
    service = AssessmentsService(db, ACTOR, window.service.classification)
    view = service.create(
        child.id,
        AssessmentInput(
            "counselling_diagnosis",
            template.id,
            template.version,
            "2025-11-20",
            informants=[("specialist", None), ("teacher", None), ("parent", None)],
        ),
    )
    for informant in ("teacher", "parent"):
        for item in template.items():
            service.save_rating(view.id, f"{item.code}.{rng.choice((0, 1, 2, 3))}", informant)

    def rating_screen() -> AssessmentPanel:
        panel = AssessmentPanel(
            db,
            ACTOR,
            window.service.classification,
            window.service.index,
            OneTemplate(registry, template),  # type: ignore[arg-type]
            view.id,
            "pl",
            window,
        )
        window.tabs.addTab(panel, "bench")
        window.tabs.setCurrentWidget(panel)
        app.processEvents()
        return panel

    screens = []
    for _ in range(10):
        started = time.perf_counter()
        panel = rating_screen()
        screens.append((time.perf_counter() - started) * 1000)
        window.tabs.removeTab(window.tabs.indexOf(panel))
        panel.deleteLater()
        app.processEvents()

    # one rating: a keystroke on the rating screen until it is stored
    panel = rating_screen()
    panel.informant_box.setCurrentIndex(panel.informant_box.findData("specialist"))
    app.processEvents()
    keystrokes = []
    rows = len(panel.rating_model.rows)
    for n in range(200):
        row = n % rows
        panel.table.setCurrentIndex(panel.rating_model.index(row, 2))
        started = time.perf_counter()
        QTest.keyClick(panel.table, Qt.Key(Qt.Key.Key_0 + (n + n // rows) % 5))
        keystrokes.append((time.perf_counter() - started) * 1000)
        app.processEvents()  # the table repaints between keystrokes, as on screen
    calls = []
    for n in range(200):
        item = template.items()[n % 80]
        current = service.get(view.id).ratings_by("specialist").get(item.code)
        started = time.perf_counter()
        service.save_rating(
            view.id,
            f"{item.code}.{n % 5}",
            "specialist",
            expected_version=current.version if current else None,
        )
        calls.append((time.perf_counter() - started) * 1000)
    window.close()
    return {
        "children_in_list": total,
        "open_window_first_ms": round(first, 1),
        "open_window_again_median_ms": round(statistics.median(again), 1),
        "open_child": stats(opening),
        "rating_screen_80_items": stats(screens),
        "rating_saved_keystroke": stats(keystrokes),
        "rating_saved_service_call": stats(calls),
    }


if __name__ == "__main__":
    main()
