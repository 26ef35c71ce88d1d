"""The children tab: search as you type over a lazily loaded list, and a child's record."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.demo import generate
from app.gui.main_window import MainWindow
from app.services.children import ChildInput, ChildrenService, GuardianInput
from app.storage.database import Database


def test_find_a_child_and_open_the_record(
    window: MainWindow,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    output_dir: Path,
) -> None:
    records = tmp_path / "records.sqlite3"
    db = Database.open(records)
    generate(db, 250, seed=5)
    staś = ChildrenService(db, "t").create(
        ChildInput(
            "Stanisław",
            "Żółkiewski",
            "2014-03-03",
            "M",
            school="SP nr 7 w Chełmie",
            class_name="5b",
        )
    )
    ChildrenService(db, "t").add_guardian(staś.id, GuardianInput("Ewa Żółkiewska", "matka"))
    db.close()
    window.database_url = str(records)
    assert window.tabs.tabText(1) == "&Dzieci"

    window.show_children()
    panel = window.children_panel
    qtbot.waitUntil(lambda: panel.model.total == 251, timeout=10000)
    assert panel.model.rowCount() == 100  # the first page only: the rest comes on scrolling
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 100, timeout=10000)
    assert panel.status.text() == "Znaleziono dzieci: 251"
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Nazwisko i imiona"
    window.grab().save(str(output_dir / "children-all.png"))

    qtbot.keyClicks(panel.search_field, "zolk")
    qtbot.waitUntil(lambda: panel.model.total == 1, timeout=5000)
    assert panel.model.data(panel.model.index(0, 0)) == "Żółkiewski Stanisław"
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "Ewa Żółkiewska" in panel.record.toPlainText(), timeout=5000)
    text = panel.record.toPlainText()
    assert "Stanisław Żółkiewski" in text and "matka" in text and "03.03.2014" in text
    window.grab().save(str(output_dir / "children-record.png"))

    panel.search_field.clear()
    qtbot.keyClicks(panel.school_field, "CHELM")  # typed without Polish letters
    qtbot.waitUntil(lambda: 0 < panel.model.total < 251, timeout=5000)
    assert all("Chełm" in panel.model.child(r).school for r in range(panel.model.rowCount()))  # type: ignore[operator]
    qtbot.keyClicks(panel.search_field, "qqqxyz")
    qtbot.waitUntil(lambda: panel.model.total == 0, timeout=5000)
    assert panel.status.text() == "Żadne dziecko nie pasuje do wyszukiwania"


def test_a_broken_database_is_reported_in_the_tab(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "records.sqlite3"
    broken.write_text("to nie jest baza", encoding="utf-8")
    window.database_url = str(broken)
    window.show_children()
    assert "nie jest bazą danych ICF Assess" in window.children_panel.status.text()
    assert broken.read_text(encoding="utf-8") == "to nie jest baza"
