"""The passphrase and sign-in dialog, driven with keys and clicks like a user would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from app import records
from app.gui.translation import Translations
from app.gui.unlock_dialog import CREATE, OPEN, RELOCK, UnlockDialog, _needs
from app.services.access import Actor
from app.services.accounts import AccountsService
from app.storage.database import Database
from app.storage.encryption import looks_encrypted

PASSPHRASE = "Zielona łąka nad Wisłą 7"
PASSWORD = "Hasło do poradni 2026"


@pytest.fixture(autouse=True)
def signed_out(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    Translations.for_app(qapp).install("pl")
    records.set_current_actor(None)
    records.set_passphrase(None)
    yield
    records.set_current_actor(None)
    records.set_passphrase(None)


def type_into(qtbot, dialog: UnlockDialog, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    field = dialog.findChild(QLineEdit, name)
    assert field is not None and field.isVisible(), name
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # QTest cannot type Polish letters offscreen: paste them, as a user may
        field.insert(text)


def press_ok(qtbot, dialog: UnlockDialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_first_start_sets_the_passphrase_and_creates_the_account(
    qtbot, tmp_path: Path, output_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "records.sqlite3"
    assert _needs(str(path)) == (CREATE, True)
    dialog = UnlockDialog(CREATE, str(path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog, "passphrase", "krótkie")
    type_into(qtbot, dialog, "passphraseAgain", "krótkie")
    type_into(qtbot, dialog, "username", "ewa")
    type_into(qtbot, dialog, "displayName", "Ewa Nowak")
    type_into(qtbot, dialog, "password", PASSWORD)
    type_into(qtbot, dialog, "passwordAgain", PASSWORD)
    press_ok(qtbot, dialog)
    assert "co najmniej 10" in dialog.error.text() and not path.exists()
    dialog.grab().save(str(output_dir / "unlock-first-start-weak.png"))

    type_into(qtbot, dialog, "passphrase", PASSPHRASE)
    type_into(qtbot, dialog, "passphraseAgain", PASSPHRASE)
    press_ok(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert looks_encrypted(path)
    actor = records.current_actor()
    assert isinstance(actor, Actor) and actor.name == "ewa" and actor.specialist_id
    db = Database.open(path, passphrase=PASSPHRASE)
    assert AccountsService(db).login("ewa", PASSWORD).name == "ewa"
    db.close()


def test_an_encrypted_database_asks_for_the_passphrase_then_the_account(
    qtbot, tmp_path: Path, output_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "records.sqlite3"
    db = Database.open(path, passphrase=PASSPHRASE)
    AccountsService(db).create_first("ewa", PASSWORD)
    db.close()
    assert _needs(str(path)) == (OPEN, True)
    dialog = UnlockDialog(OPEN, str(path), needs_passphrase=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog, "passphrase", "Nie to hasło 123")
    press_ok(qtbot, dialog)
    assert "Nieprawidłowe hasło" in dialog.error.text()
    type_into(qtbot, dialog, "passphrase", PASSPHRASE)
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.text() == ""  # now the account
    type_into(qtbot, dialog, "username", "ewa")
    type_into(qtbot, dialog, "password", "złe hasło 12345")
    press_ok(qtbot, dialog)
    assert "Nieprawidłowa nazwa użytkownika lub hasło" in dialog.error.text()
    dialog.grab().save(str(output_dir / "unlock-sign-in.png"))
    type_into(qtbot, dialog, "password", PASSWORD)
    press_ok(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert records.restore_passphrase() == PASSPHRASE
    assert str(records.current_actor()) == "ewa"


def test_a_locked_session_opens_again_with_the_password(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "records.sqlite3"
    db = Database.open(path)
    actor = AccountsService(db).create_first("ewa", PASSWORD)
    db.close()
    actor.lock()
    dialog = UnlockDialog(RELOCK, str(path), actor=actor)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog, "password", "złe hasło 12345")
    press_ok(qtbot, dialog)
    assert actor.locked and dialog.error.text()
    type_into(qtbot, dialog, "password", PASSWORD)
    press_ok(qtbot, dialog)
    assert not actor.locked and dialog.result() == dialog.DialogCode.Accepted


def test_a_plain_database_without_accounts_opens_without_a_dialog(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    Database.open(path).close()
    assert _needs(str(path)) == (None, False)
