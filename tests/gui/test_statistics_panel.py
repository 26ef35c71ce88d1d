"""The statistics dashboard: computed in a worker, one table at a time with a chart, no
figure about fewer than 5 children, saved as a workbook."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app.demo import generate
from app.gui.main_window import MainWindow
from app.statistics import SUPPRESSED
from app.storage.database import Database


def test_the_dashboard_shows_anonymous_tables_with_charts(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    output_dir: Path,
) -> None:
    records = tmp_path / "records.sqlite3"
    db = Database.open(records)
    generate(db, 120, seed=7)
    db.close()
    window.database_url = str(records)
    window.tabs.setCurrentWidget(window.statistics_panel)
    assert window.tabs.tabText(2) == "&Statystyki"
    panel = window.statistics_panel
    task = panel.compute()
    assert task is not None
    qtbot.waitUntil(lambda: panel.stats is not None, timeout=60000)
    stats = panel.stats
    assert stats is not None and stats.children >= 5 and stats.tables
    assert panel.choice.count() == len(stats.tables)
    assert str(stats.children) in panel.summary.text()
    # every figure on screen is 0, at least 5, or hidden
    for table in stats.tables:
        panel.choice.setCurrentIndex(panel.choice.findData(table.key))
        model = panel.model
        for row in range(model.rowCount()):
            for column in range(table.label_columns, model.columnCount()):
                shown = model.data(model.index(row, column))
                assert shown == "×" or int(shown) == 0 or int(shown) >= 5, (table.key, shown)
    panel.choice.setCurrentIndex(panel.choice.findData("by_chapter"))
    window.grab().save(str(output_dir / "statistics-dashboard.png"))

    out = tmp_path / "statystyki.xlsx"
    assert panel.save(out)
    assert len(load_workbook(out).sheetnames) >= len(stats.tables)

    # a school with fewer than 5 children: not even its number of children is shown
    panel.school.setText("Szkoła, której nie ma")
    panel.compute()
    qtbot.waitUntil(lambda: panel.stats is not stats, timeout=30000)
    assert panel.stats is not None and panel.stats.children in (0, SUPPRESSED)
    assert not panel.save_xlsx.isEnabled()
