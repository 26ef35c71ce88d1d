"""An administrator's work in the window: the audit log with filters, its check and export,
user accounts, the retention rule; a child's data exported and erased (GDPR). The services
refuse the same to a coordinator."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog

from app import records
from app.gui.admin_dialogs import AuditLogDialog, RetentionDialog, UsersDialog
from app.gui.main_window import MainWindow
from app.services.accounts import AccountsService
from app.services.children import ChildInput, ChildrenService
from app.storage.database import Database

PASSWORD = "Zielony ogród 2026"


@pytest.fixture(autouse=True)
def signed_out() -> Iterator[None]:
    records.set_current_actor(None)
    yield
    records.set_current_actor(None)


def test_an_administrator_reads_checks_and_exports_the_log_and_manages_accounts(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    output_dir: Path,
) -> None:
    path = tmp_path / "records.sqlite3"
    db = Database.open(path)
    admin = AccountsService(db).create_first("ewa", PASSWORD, "Ewa Nowicka")
    records.set_current_actor(admin)
    child = ChildrenService(db, admin).create(ChildInput("Julia", "Wrona", "2015-05-05", "F"))
    db.close()
    window.database_url = str(path)

    log = window.show_audit_log()
    assert isinstance(log, AuditLogDialog) and log.table.rowCount() >= 2
    log.entity.setText("child")
    assert log.search() and all(
        log.table.item(r, 4).text() == "child" for r in range(log.table.rowCount())
    )
    assert log.verify() is True and "nienaruszony" in log.status.text()
    log.grab().save(str(output_dir / "audit-log.png"))
    exported = tmp_path / "dziennik.xlsx"
    assert log.export(exported)
    sheet = load_workbook(exported).active
    assert sheet is not None and sheet.max_row >= 2
    text = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "Julia" not in text and "Wrona" not in text  # the log names no child
    log.reject()

    users = window.show_users()
    assert isinstance(users, UsersDialog)
    users.username.setText("marek")
    users.display_name.setText("Marek Lis")
    users.password.setText("krótkie")
    assert not users.add() and users.status.text()  # a weak password, with the reason
    users.password.setText("Długie hasło Marka 7")
    users.role_boxes["specialist"].setChecked(False)
    users.role_boxes["coordinator"].setChecked(True)
    assert users.add()
    assert any("marek" in users.users.item(i).text() for i in range(users.users.count()))
    users.grab().save(str(output_dir / "users.png"))
    users.reject()

    retention = window.show_retention()
    assert isinstance(retention, RetentionDialog)
    retention.years.setValue(7)
    assert retention.save()
    retention.reject()

    # GDPR from the child's record: everything exported, then erased with the surname typed
    panel = window.children_panel
    window.show_children()
    panel.show_child(child.id)
    out = tmp_path / "dane.zip"
    assert panel.gdpr_export(out), panel.status.text()
    with zipfile.ZipFile(out) as archive:
        assert any("Wrona" in archive.read(n).decode("utf-8", "ignore") for n in archive.namelist())
    assert not panel.erase("Kowalska") and "nie zgadza" in panel.status.text()
    assert panel.erase("wrona")
    db = Database.open(path)
    try:
        assert ChildrenService(db, admin).search("Wrona").total == 0
    finally:
        db.close()


def test_a_coordinator_is_refused_the_audit_log_by_the_service(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "records.sqlite3"
    db = Database.open(path)
    accounts = AccountsService(db)
    admin = accounts.create_first("ewa", PASSWORD)
    accounts.add_user(admin, "marek", "Długie hasło Marka 7", ["coordinator"])
    coordinator = accounts.login("marek", "Długie hasło Marka 7")
    db.close()
    records.set_current_actor(coordinator)
    window.database_url = str(path)
    log = window.show_audit_log()
    assert isinstance(log, QDialog)
    assert log.table.rowCount() == 0 and log.status.text()  # refused, with the reason
    assert log.verify() is None
