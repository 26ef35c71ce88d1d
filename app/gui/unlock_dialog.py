"""Before the main window: the database passphrase and the user account.

- first start (no database yet): choose the passphrase that encrypts the records and create
  the one account of a personal laptop (administrator and specialist at once);
- an encrypted database: its passphrase; then, when the database has accounts, sign in;
- a session locked after inactivity: the same user's password again (`IdleLock`).

The dialog only collects what the user types and hands it to the services
(Database.open, AccountsService); every check and every message comes from there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import records
from app.services.access import Actor
from icf.errors import ICFError
from icf.i18n import current_language

CREATE, OPEN, RELOCK = "create", "open", "relock"

#: how often the idle lock looks at the clock (ms)
IDLE_CHECK_MS = 15_000


def _secret(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class UnlockDialog(QDialog):
    def __init__(
        self,
        mode: str,
        database: str | None = None,
        *,
        needs_passphrase: bool = False,
        actor: Actor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.mode = mode
        self.database = database
        self.needs_passphrase = needs_passphrase or mode == CREATE
        #: the signed-in user once the dialog is accepted (None: no accounts)
        self.actor: Actor | None = actor
        self._passphrase: str | None = None
        self._login_shown = mode in (CREATE, RELOCK)

        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.passphrase = _secret(self, "passphrase")
        self.passphrase_again = _secret(self, "passphraseAgain")
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("displayName")
        self.password = _secret(self, "password")
        self.password_again = _secret(self, "passwordAgain")
        self.error = QLabel(self)
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._build()
        for field in self.findChildren(QLineEdit):
            if self.form.indexOf(field) < 0:
                field.hide()  # not asked in this mode

    def _build(self) -> None:
        if self.mode == CREATE:
            self.setWindowTitle(self.tr("Protecting the records"))
            self.intro.setText(
                self.tr(
                    "The records of children are encrypted on this computer. Choose a "
                    "passphrase of at least 10 characters and keep it safe: without it nobody "
                    "can read the records, not even the program's authors. Then create your "
                    "account."
                )
            )
        elif self.mode == RELOCK:
            self.setWindowTitle(self.tr("Session locked"))
            self.intro.setText(
                self.tr("The session was locked after a period of inactivity. Sign in again.")
            )
        else:
            self.setWindowTitle(self.tr("Open the records"))
            self.intro.setText(
                self.tr("The records are encrypted. Enter the database passphrase.")
                if self.needs_passphrase
                else self.tr("Sign in to open the records.")
            )
        if self.needs_passphrase:
            self.form.addRow(self.tr("Database passphrase:"), self.passphrase)
            if self.mode == CREATE:
                self.form.addRow(self.tr("Repeat the passphrase:"), self.passphrase_again)
        if self.mode == CREATE:
            self.form.addRow(self.tr("Your user name:"), self.username)
            self.form.addRow(self.tr("Your name (shown in documents):"), self.display_name)
            self.form.addRow(self.tr("Your password:"), self.password)
            self.form.addRow(self.tr("Repeat the password:"), self.password_again)
        elif self.mode == RELOCK:
            assert self.actor is not None
            self.username.setText(self.actor.name)
            self.username.setReadOnly(True)
            self.form.addRow(self.tr("User name:"), self.username)
            self.form.addRow(self.tr("Password:"), self.password)
        else:
            # the sign-in rows appear once the database shows it has accounts
            self.form.addRow(self.tr("User name:"), self.username)
            self.form.addRow(self.tr("Password:"), self.password)
            for field in (self.username, self.password):
                self.form.setRowVisible(field, not self.needs_passphrase)
            self._login_shown = not self.needs_passphrase

    def _show_login(self) -> None:
        if not self._login_shown:
            self._login_shown = True
            for field in (self.username, self.password):
                self.form.setRowVisible(field, True)
            self.intro.setText(self.tr("Sign in to open the records."))
            self.passphrase.setReadOnly(True)  # accepted; only the account is missing
            self.adjustSize()
        self.username.setFocus()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.adjustSize()

    def submit(self) -> None:
        """Check what was typed with the services; accept only when it worked."""
        self.error.clear()
        lang = current_language()
        try:
            if self.mode == CREATE:
                self._create()
            elif self.mode == RELOCK:
                self._relock()
            else:
                if not self._open():
                    return  # the sign-in fields were just shown
        except _Stay:
            return
        except ICFError as exc:
            self._fail(exc.message(lang))
            return
        self.accept()

    def _create(self) -> None:
        from app.services.accounts import AccountsService

        if self.passphrase.text() != self.passphrase_again.text():
            self._fail(self.tr("The passphrases differ."))
            raise _Stay
        if self.password.text() != self.password_again.text():
            self._fail(self.tr("The passwords differ."))
            raise _Stay
        from app.services.accounts import check_password
        from app.storage.encryption import check_passphrase

        check_passphrase(self.passphrase.text())
        check_password(self.password.text())
        db = records.open_records(self.database, passphrase=self.passphrase.text())
        try:
            self.actor = AccountsService(db).create_first(
                self.username.text(), self.password.text(), self.display_name.text()
            )
        finally:
            db.close()
        self._passphrase = self.passphrase.text()
        records.set_passphrase(self._passphrase)
        records.set_current_actor(self.actor)

    def _open(self) -> bool:
        from app.services.accounts import AccountsService

        passphrase = self.passphrase.text() if self.needs_passphrase else None
        db = records.open_records(self.database, passphrase=passphrase)
        try:
            accounts = AccountsService(db)
            if accounts.has_accounts():
                if not self._login_shown or not self.username.text():
                    records.set_passphrase(passphrase)
                    self._show_login()
                    return False
                self.actor = accounts.login(self.username.text(), self.password.text())
        finally:
            db.close()
        records.set_passphrase(passphrase)
        records.set_current_actor(self.actor)
        return True

    def _relock(self) -> None:
        from app.services.accounts import AccountsService

        assert self.actor is not None
        db = records.open_records(self.database)
        try:
            AccountsService(db).unlock(self.actor, self.password.text())
        finally:
            db.close()


class _Stay(ICFError):
    """Keeps the dialog open after a message already shown (the two entries differ)."""

    catalog = {"stay": {"pl": "", "en": ""}}

    def __init__(self) -> None:
        super().__init__("stay")


def _needs(database: str | None) -> tuple[str | None, bool]:
    """Which dialog to show before the window: (mode or None, needs the passphrase)."""
    from app.storage.database import normalise_url
    from app.storage.encryption import looks_encrypted, passphrase_from_env

    url = records.database_url(database)
    if normalise_url(url).get_backend_name() == "sqlite" and passphrase_from_env() is None:
        from app.storage.database import sqlite_file

        path = sqlite_file(url)
        if not path.exists() or path.stat().st_size == 0:
            return CREATE, True
        if looks_encrypted(path):
            return OPEN, True
    # a plain file (made before encryption existed) or PostgreSQL: sign in if there are
    # accounts; a plain file is converted with `icf-assess db encrypt`
    from app.services.accounts import AccountsService

    db = records.open_records(database, daily_backup=False)  # the window backs up, later
    try:
        return (OPEN if AccountsService(db).has_accounts() else None), False
    finally:
        db.close()


def prepare_session(database: str | None = None, parent: QWidget | None = None) -> bool:
    """Ask for what the records need before the window opens. False: the user cancelled
    (or the database cannot be opened at all: the window shows that error itself)."""
    try:
        mode, needs_passphrase = _needs(database)
    except ICFError:
        return True  # the main window reports a database it cannot open, as before
    if mode is None:
        return True
    dialog = UnlockDialog(mode, database, needs_passphrase=needs_passphrase, parent=parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


class IdleLock(QObject):
    """Counts keyboard and mouse input as activity of the signed-in user and, once the
    session has been idle too long, asks for the password again (quits when cancelled)."""

    ACTIVITY = (
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
    )

    def __init__(self, app: QApplication, database: str | None, window: QWidget) -> None:
        super().__init__(app)
        self.app = app
        self.database = database
        self.window = window
        self._asking = False
        app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(IDLE_CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        actor = records.current_actor()
        if isinstance(actor, Actor) and not self._asking and event.type() in self.ACTIVITY:
            if not actor.locked:
                actor.touch()
        return False

    def check(self) -> None:
        actor = records.current_actor()
        if not isinstance(actor, Actor) or self._asking or not actor.locked:
            return
        actor.lock()
        self._asking = True
        try:
            dialog = UnlockDialog(RELOCK, self.database, actor=actor, parent=self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.app.quit()
        finally:
            self._asking = False
