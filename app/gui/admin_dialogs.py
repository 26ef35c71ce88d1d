"""What an administrator does in the window: reads the audit log with filters, checks that
nobody altered it and exports it; manages the user accounts; sets how long records are kept
and sees whose records are due for review. A child's own data (access export, erasure) are
handled from the child's record (see ChildrenPanel). The services check every right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from icf.errors import ICFError

if TYPE_CHECKING:
    from app.storage.database import Database

ERROR_STYLE = "color: #b00020;"


def _message(label: QLabel, text: str, error: bool = False) -> None:
    label.setText(text)
    label.setStyleSheet(ERROR_STYLE if error else "")


class AuditLogDialog(QDialog):
    def __init__(self, db: Database, actor: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.services.audit_log import AuditLogService

        self.setObjectName("auditLogDialog")
        self.service = AuditLogService(db, actor)
        self.lang = lang
        self.setWindowTitle(self.tr("Audit log"))
        self.who = QLineEdit(self)
        self.who.setObjectName("auditWho")
        self.action = QLineEdit(self)
        self.action.setObjectName("auditAction")
        self.action.setPlaceholderText(self.tr("e.g. view, update, export, erase"))
        self.entity = QLineEdit(self)
        self.entity.setObjectName("auditEntity")
        self.entity.setPlaceholderText(self.tr("e.g. child, assessment, rating"))
        self.since = QLineEdit(self)
        self.since.setObjectName("auditSince")
        self.until = QLineEdit(self)
        self.until.setObjectName("auditUntil")
        for field in (self.since, self.until):
            field.setPlaceholderText(self.tr("e.g. 1.09.2026"))
        form = QFormLayout()
        for text, field in (
            (self.tr("&Who:"), self.who),
            (self.tr("&Action:"), self.action),
            (self.tr("&Record type:"), self.entity),
            (self.tr("&From:"), self.since),
            (self.tr("&To:"), self.until),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            field.returnPressed.connect(self.search)
            form.addRow(label, field)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Entries of the audit log"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Position"),
                self.tr("When (UTC)"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Record type"),
                self.tr("Id"),
                self.tr("Fields"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        search = QPushButton(self.tr("&Search"), self)
        search.setObjectName("auditSearch")
        search.clicked.connect(self.search)
        verify = QPushButton(self.tr("&Check the log is intact"), self)
        verify.setObjectName("auditVerify")
        verify.clicked.connect(self.verify)
        export = QPushButton(self.tr("&Export…"), self)
        export.setObjectName("auditExport")
        export.clicked.connect(self.choose_export)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(search)
        buttons.addWidget(verify)
        buttons.addWidget(export)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(980, 640)
        self.search()

    def _filter(self) -> Any:
        from app.services.audit_log import AuditFilter
        from app.services.common import parse_date

        return AuditFilter(
            actor=self.who.text().strip() or None,
            action=self.action.text().strip() or None,
            entity=self.entity.text().strip() or None,
            since=parse_date(self.since.text(), "opened_on", required=False),
            until=parse_date(self.until.text(), "closed_on", required=False),
        )

    def search(self) -> bool:
        try:
            page = self.service.entries(self._filter(), page_size=500)
        except ICFError as exc:
            _message(self.status, exc.message(self.lang), error=True)
            return False
        self.table.setRowCount(len(page.items))
        for row, entry in enumerate(page.items):
            cells = (
                "" if entry.seq is None else str(entry.seq),
                entry.at.strftime("%Y-%m-%d %H:%M:%S"),
                entry.actor,
                entry.action,
                entry.entity,
                "" if entry.entity_id is None else str(entry.entity_id),
                ", ".join(entry.fields),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        _message(
            self.status,
            self.tr("Entries matching: %1 (the newest %2 shown).")
            .replace("%1", str(page.total))
            .replace("%2", str(len(page.items))),
        )
        return True

    def verify(self) -> bool | None:
        try:
            report = self.service.verify()
        except ICFError as exc:
            _message(self.status, exc.message(self.lang), error=True)
            return None
        if report.ok:
            _message(
                self.status,
                self.tr("The log is intact: %1 entries, each sealed with the one before.").replace(
                    "%1", str(report.entries)
                ),
            )
        else:
            problems = "; ".join(p.describe(self.lang) for p in report.problems[:10])
            _message(
                self.status,
                self.tr("The log was tampered with: %1").replace("%1", problems),
                error=True,
            )
        return report.ok

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit log"),
            str(Path.home() / "dziennik-zdarzen.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> bool:
        try:
            self.service.export(path, self._filter(), self.lang)
        except ICFError as exc:
            _message(self.status, exc.message(self.lang), error=True)
            return False
        _message(self.status, self.tr("Exported: %1").replace("%1", str(path)))
        return True


class UsersDialog(QDialog):
    ROLES = ("specialist", "coordinator", "administrator")

    def __init__(self, db: Database, actor: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.services.accounts import AccountsService

        self.setObjectName("usersDialog")
        self.service = AccountsService(db)
        self.actor = actor
        self.lang = lang
        self.setWindowTitle(self.tr("User accounts"))
        self.users = QListWidget(self)
        self.users.setObjectName("userList")
        self.users.setAccessibleName(self.tr("User accounts"))
        self.username = QLineEdit(self)
        self.username.setObjectName("newUsername")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("newDisplayName")
        self.password = QLineEdit(self)
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role_boxes = {
            "specialist": QCheckBox(self.tr("specialist (own and shared children)"), self),
            "coordinator": QCheckBox(
                self.tr("coordinator (directory, anonymous statistics)"), self
            ),
            "administrator": QCheckBox(self.tr("administrator (users, settings, audit log)"), self),
        }
        for role, box in self.role_boxes.items():
            box.setObjectName(f"role_{role}")
        self.role_boxes["specialist"].setChecked(True)
        form = QFormLayout()
        for text, field in (
            (self.tr("&User name:"), self.username),
            (self.tr("&Name and surname:"), self.display_name),
            (self.tr("&Password (at least 10 characters):"), self.password),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        roles = QVBoxLayout()
        for box in self.role_boxes.values():
            roles.addWidget(box)
        form.addRow(self.tr("Roles:"), roles)
        add = QPushButton(self.tr("&Add the account"), self)
        add.setObjectName("addUser")
        add.clicked.connect(self.add)
        deactivate = QPushButton(self.tr("&Deactivate the chosen account"), self)
        deactivate.setObjectName("deactivateUser")
        deactivate.clicked.connect(self.deactivate)
        self.status = QLabel(self)
        self.status.setObjectName("usersStatus")
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.users, 1)
        layout.addWidget(deactivate)
        layout.addLayout(form)
        layout.addWidget(add)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(620, 600)
        self.refresh()

    def role_name(self, role: str) -> str:
        return {
            "specialist": self.tr("specialist"),
            "coordinator": self.tr("coordinator"),
            "administrator": self.tr("administrator"),
        }.get(role, role)

    def refresh(self) -> None:
        self.users.clear()
        try:
            users = self.service.list_users(self.actor)
        except ICFError as exc:
            _message(self.status, exc.message(self.lang), error=True)
            return
        for user in users:
            roles = ", ".join(self.role_name(r) for r in user.roles)
            state = "" if user.active else self.tr(" — deactivated")
            text = f"{user.username} ({user.display_name or '—'}): {roles}{state}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, user.username)
            self.users.addItem(item)

    def add(self) -> bool:
        roles = [r for r, box in self.role_boxes.items() if box.isChecked()]
        try:
            self.service.add_user(
                self.actor,
                self.username.text(),
                self.password.text(),
                roles,
                self.display_name.text() or None,
            )
        except ICFError as exc:
            _message(self.status, exc.message(self.lang), error=True)
            return False
        _message(
            self.status, self.tr("The account %1 was added.").replace("%1", self.username.text())
        )
        self.password.clear()
        self.username.clear()
        self.display_name.clear()
        self.refresh()
        return True

    def deactivate(self) -> bool:
        item = self.users.currentItem()
        if item is None:
            return False
        try:
            self.service.deactivate(self.actor, item.data(Qt.ItemDataRole.UserRole))
        except ICFError as exc:
            _message(self.status, exc.message(self.lang), error=True)
            return False
        self.refresh()
        return True


class RetentionDialog(QDialog):
    def __init__(self, db: Database, actor: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.services.gdpr import GdprService

        self.setObjectName("retentionDialog")
        self.service = GdprService(db, actor)
        self.lang = lang
        self.setWindowTitle(self.tr("Keeping records"))
        self.years = QSpinBox(self)
        self.years.setObjectName("retentionYears")
        self.years.setRange(1, 50)
        self.years.setAccessibleName(self.tr("Years after the last case is closed"))
        label = QLabel(
            self.tr("Review a child's records &this many years after the last case closed:"), self
        )
        label.setWordWrap(True)
        label.setBuddy(self.years)
        save = QPushButton(self.tr("&Save the rule"), self)
        save.setObjectName("saveRetention")
        save.clicked.connect(self.save)
        self.due = QListWidget(self)
        self.due.setObjectName("retentionDue")
        self.due.setAccessibleName(self.tr("Records due for review"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(label, 1)
        row.addWidget(self.years)
        row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Records due for review (keep or erase):"), self))
        layout.addWidget(self.due, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(620, 460)
        try:
            self.years.setValue(self.service.retention_years())
        except ICFError as exc:
            _message(self.status, exc.message(lang), error=True)
        self.refresh()

    def refresh(self) -> None:
        self.due.clear()
        try:
            items = self.service.due_for_review()
        except ICFError as exc:
            _message(self.status, exc.message(self.lang), error=True)
            return
        for item in items:
            self.due.addItem(
                self.tr("child no. %1: last case closed %2, due %3")
                .replace("%1", str(item.child_id))
                .replace("%2", item.last_closed_on.strftime("%d.%m.%Y"))
                .replace("%3", item.due_on.strftime("%d.%m.%Y"))
            )
        _message(self.status, self.tr("Records due: %1").replace("%1", str(len(items))))

    def save(self) -> bool:
        try:
            self.service.set_retention_years(self.years.value())
        except ICFError as exc:
            _message(self.status, exc.message(self.lang), error=True)
            return False
        self.refresh()
        return True
