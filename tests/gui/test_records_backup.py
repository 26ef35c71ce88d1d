"""Backing up and restoring the records from the window (File menu), offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app.gui.main_window import MainWindow
from app.services.children import ChildInput, ChildrenService
from app.storage.database import Database


def wait_for_message(window: MainWindow, qtbot) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "messageBox") is not None, timeout=15000)
    box = window.findChild(QMessageBox, "messageBox")
    assert box is not None
    return box


def test_backup_then_restore_from_the_window(
    window: MainWindow,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    output_dir: Path,
) -> None:
    records = tmp_path / "records.sqlite3"
    db = Database.open(records)
    ChildrenService(db, "t").create(ChildInput("Staś", "Górski", "2013-04-04", "M"))
    db.close()
    window.database_url = str(records)
    assert window.backup_action.text() == "&Kopia zapasowa bazy danych…"

    target = tmp_path / "kopia.sqlite3"
    window.backup_records(target)
    box = wait_for_message(window, qtbot)
    assert "zapisana i sprawdzona" in box.text() and str(target) in box.text()
    assert box.grab().save(str(output_dir / "backup-done.png"))
    box.close()
    box.deleteLater()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "messageBox") is None)

    db = Database.open(records)
    ChildrenService(db, "t").create(ChildInput("Ala", "Górska", "2015-04-04", "F"))
    db.close()

    window.restore_records(target)
    box = wait_for_message(window, qtbot)
    assert "przywrócona" in box.text()
    box.close()
    box.deleteLater()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "messageBox") is None)
    db = Database.open(records)
    assert [c.given_names for c in ChildrenService(db, "t").search().items] == ["Staś"]
    db.close()


def test_restoring_a_wrong_file_shows_why_and_keeps_the_records(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, tmp_path: Path, output_dir: Path
) -> None:
    records = tmp_path / "records.sqlite3"
    db = Database.open(records)
    ChildrenService(db, "t").create(ChildInput("Staś", "Górski", "2013-04-04", "M"))
    db.close()
    window.database_url = str(records)
    wrong = tmp_path / "zdjecie.sqlite3"
    wrong.write_bytes(b"\x89PNG not a database")
    window.restore_records(wrong)
    box = wait_for_message(window, qtbot)
    assert "to nie jest nienaruszona kopia bazy ICF Assess" in box.text()
    assert "Obecna baza danych pozostała bez zmian" in box.text()
    assert box.grab().save(str(output_dir / "restore-refused.png"))
    box.close()
    db = Database.open(records)
    assert ChildrenService(db, "t").count() == 1
    db.close()


def test_the_records_are_opened_and_upgraded_on_start(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    user_data_dir: Path,
) -> None:
    window.prepare_records()
    window.show_children()  # chosen while the records are still being opened: it waits
    qtbot.waitUntil(lambda: "Dane:" in window.statusBar().currentMessage(), timeout=15000)
    assert (user_data_dir / "icf-assess.sqlite3").exists()
    # then the children tab comes alive by itself, on the records the worker prepared
    qtbot.waitUntil(lambda: window.children_panel.buttons["newChild"].isEnabled(), timeout=5000)
    assert window.children_panel.status.text().startswith("Nie dodano jeszcze żadnego dziecka")


def test_a_broken_database_on_start_is_reported_not_touched(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    broken = tmp_path / "records.sqlite3"
    broken.write_text("zepsuty plik", encoding="utf-8")
    window.database_url = str(broken)
    window.prepare_records()
    box = wait_for_message(window, qtbot)
    assert "nie jest bazą danych ICF Assess" in box.text()
    assert broken.read_text(encoding="utf-8") == "zepsuty plik"
