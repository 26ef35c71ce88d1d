"""The assessment screen for everyone: in English as in Polish, every control named for a
screen reader and reachable with Tab, usable at 1366×768, rows that grow with the font."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.gui.assessment_panel import AssessmentPanel
from app.gui.main_window import MainWindow
from app.services.assessments import AssessmentInput, AssessmentsService
from app.services.children import ChildInput, ChildrenService
from app.storage.database import Database


def _open(window: MainWindow, tmp_path: Path) -> AssessmentPanel:
    records = tmp_path / "records.sqlite3"
    db = Database.open(records)
    child = ChildrenService(db, "t").create(ChildInput("Łucja", "Kęsik", "2019-05-05", "F"))
    view = AssessmentsService(db, "t").create(
        child.id,
        AssessmentInput(
            "school_functional",
            "przedszkole-3-6",
            "1.0",
            "2025-10-10",
            informants=[("specialist", None), ("parent", None)],
        ),
    )
    db.close()
    window.database_url = str(records)
    panel = window.open_assessment(view.id)
    assert panel is not None
    return panel


def test_the_assessment_screen_in_english(
    window: MainWindow, qtbot, tmp_path: Path, output_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = _open(window, tmp_path)
    assert panel.pages.tabText(0) == "Oce&nianie"
    assert panel.rating_model.headerData(3, Qt.Orientation.Horizontal) == "Zdolność"
    window.set_language("en")
    qtbot.waitUntil(lambda: panel.pages.tabText(0) == "Ra&ting", timeout=5000)
    assert panel.finish_button.text() == "&Finish…"
    assert panel.informant_box.itemText(panel.informant_box.count() - 1) == "Team consensus"
    assert "Preschool" in panel.title.text() or "preschool" in panel.title.text()
    window.grab().save(str(output_dir / "assessment-in-english.png"))
    window.set_language("pl")
    qtbot.waitUntil(lambda: panel.pages.tabText(0) == "Oce&nianie", timeout=5000)


def test_every_control_is_named_and_reachable_with_tab(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = _open(window, tmp_path)
    controls = [
        w
        for w in panel.findChildren(QWidget)
        if isinstance(w, (QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView))
        and w.isVisibleTo(panel)
        and not isinstance(w.parent(), QComboBox)  # a combo box's own popup list
        and not isinstance(w, QHeaderView)  # part of its table
    ]
    unnamed = [w.objectName() or type(w).__name__ for w in controls if not w.accessibleName()]
    assert not unnamed, unnamed
    assert all(b.text() for b in panel.findChildren(QPushButton) if b.isVisibleTo(panel))

    # Tab from the informant box goes through the tools to the table and the evidence field
    panel.informant_box.setFocus()
    qtbot.waitUntil(lambda: panel.informant_box.hasFocus(), timeout=2000)
    seen = []
    for _ in range(40):
        panel.focusNextChild()
        QApplication.processEvents()
        focused = QApplication.focusWidget()
        seen.append(focused)
        if focused is panel.informant_box:
            break
    for needed in (panel.undo_button, panel.finish_button, panel.table, panel.evidence):
        if needed.isEnabled():
            assert needed in seen, needed.objectName()


def test_usable_at_1366_by_768_and_rows_follow_the_font(window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = _open(window, tmp_path)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740
    row = panel.table.verticalHeader().defaultSectionSize()
    font = QFont(panel.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    app.setFont(font)
    try:
        bigger = AssessmentPanel(
            panel.db,
            "t",
            panel.classification,
            panel.search_index,
            panel.registry,
            panel.view.id,
            "pl",
        )
        assert bigger.table.verticalHeader().defaultSectionSize() > row
        bigger.deleteLater()
    finally:
        app.setFont(original)
