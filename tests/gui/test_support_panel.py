"""The support network tab: the county's directory searched as you type, imported (a broken
file changes nothing) and exported; the plans' reviews that are due, opening the plan."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from openpyxl import load_workbook

from app.gui.main_window import MainWindow
from app.services.plans import PlansService
from app.storage.database import Database
from tests.conftest import ROOT
from tests.plans.vignettes import KUBA
from tests.storage.plan_helpers import child_with_assessment

EXAMPLE = ROOT / "resources" / "directory" / "przyklad-siec-wsparcia.csv"


def test_directory_and_reviews_due(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    output_dir: Path,
) -> None:
    records = tmp_path / "records.sqlite3"
    db = Database.open(records)
    _, assessment = child_with_assessment(db, KUBA)
    plans = PlansService(db, "t")
    plan = plans.create_from_assessment(assessment, "ipet")
    plans.add_review_date(plan.id, plans.get(plan.id).version, date.today() + timedelta(days=3))
    db.close()
    window.database_url = str(records)
    window.tabs.setCurrentWidget(window.support_panel)
    assert window.tabs.tabText(3) == "Sieć &wsparcia"
    panel = window.support_panel

    broken = tmp_path / "zepsuty.csv"
    broken.write_text("nazwa;sektor\n;szpital\n", encoding="utf-8")
    assert not panel.import_file(broken) and panel.status.text()
    assert panel.table.rowCount() == 0  # nothing of the broken file was imported

    assert panel.import_file(EXAMPLE)
    everyone = panel.table.rowCount()
    assert everyone >= 10
    qtbot.keyClicks(panel.search_field, "zielonka")
    qtbot.waitUntil(lambda: 0 < panel.table.rowCount() < everyone, timeout=5000)
    window.grab().save(str(output_dir / "support-network.png"))

    out = tmp_path / "siec.xlsx"
    assert panel.export_file(out)
    assert load_workbook(out).active.max_row >= everyone  # type: ignore[union-attr]

    panel.refresh_due()
    assert panel.due.count() >= 1 and "Kuba" in panel.due.item(0).text()
    panel.due.itemActivated.emit(panel.due.item(0))
    assert plan.id in window.plan_panels
