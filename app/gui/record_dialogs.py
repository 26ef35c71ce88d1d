"""Dialogs that create or change a record: a child, a guardian, a case. Each problem is shown
next to its field (in the interface language); nothing is stored until every field is right.

The dialogs only gather what the user typed; checking and storing is the services' work.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from icf.errors import ICFError

if TYPE_CHECKING:
    from app.services.children import ChildRow, GuardianView

ERROR_STYLE = "color: #b00020;"


def field_key(error: ICFError, names: dict[str, dict[str, str]]) -> str | None:
    """Which form field a service error is about (its `field` parameter), if any."""
    field = error.params.get("field")
    for key, texts in names.items():
        if field == texts:
            return key
    return None


def heading(parent: QWidget, name: str) -> QLabel:
    """A screen's title: bold and a quarter larger than the (system-scaled) font."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    return label


def text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on to the next field."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines)
    return box


class RecordDialog(QDialog):
    """A form of labelled fields, each with a place for its problem beneath it."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.result_value: Any = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def add_field(self, key: str, label: str, widget: QWidget, hint: str = "") -> None:
        widget.setObjectName(f"field_{key}")
        widget.setAccessibleName(label.replace("&", "").rstrip(" *"))
        if hint:
            widget.setToolTip(hint)
            if isinstance(widget, QLineEdit):
                widget.setPlaceholderText(hint)
        error = QLabel(self)
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)  # Alt+letter jumps to the field
        self.form.addRow(caption, box)
        self.widgets[key] = widget
        self.errors[key] = error
        self.labels[key] = caption

    def text(self, key: str) -> str:
        widget = self.widgets[key]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        raise TypeError(key)

    def show_problems(self, problems: dict[str, ICFError], general: ICFError | None = None) -> None:
        for key, label in self.errors.items():
            problem = problems.get(key)
            label.setText(problem.message(self.lang) if problem else "")
            label.setVisible(problem is not None)
        self.general_error.setText(general.message(self.lang) if general else "")
        self.general_error.setVisible(general is not None)
        for key in self.widgets:
            if key in problems:
                self.widgets[key].setFocus()
                break
        self.adjustSize()  # room for the messages

    def run_service(self, call: Callable[[], Any], names: dict[str, dict[str, str]]) -> None:
        """Store through the service; a refusal is shown at its field and nothing closes."""
        try:
            self.result_value = call()
        except ICFError as exc:
            key = field_key(exc, names)
            if key in self.widgets:
                self.show_problems({key: exc})  # type: ignore[dict-item]
            else:
                self.show_problems({}, exc)
            return
        self.accept()

    def submit(self) -> None:  # pragma: no cover - every dialog has its own
        raise NotImplementedError


class ChildDialog(RecordDialog):
    """A new child, or changes to a child's details (`existing`)."""

    def __init__(
        self,
        save: Callable[[Any], ChildRow],
        lang: str,
        parent: QWidget | None = None,
        existing: ChildRow | None = None,
    ) -> None:
        super().__init__(lang, parent)
        self.setObjectName("childDialog")
        self._save = save
        self.setWindowTitle(
            self.tr("Edit the child's details") if existing else self.tr("New child")
        )
        required = " *"
        self.add_field("given_names", self.tr("&Given names") + required, QLineEdit(self))
        self.add_field("surname", self.tr("&Surname") + required, QLineEdit(self))
        self.add_field("pesel", self.tr("&PESEL"), QLineEdit(self), self.tr("11 digits; optional"))
        self.add_field(
            "birth_date",
            self.tr("Date of &birth") + required,
            QLineEdit(self),
            self.tr("e.g. 9.03.2015"),
        )
        sex = QComboBox(self)
        sex.addItem(self.tr("— choose —"), "")
        sex.addItem(self.tr("girl"), "F")
        sex.addItem(self.tr("boy"), "M")
        self.add_field("sex", self.tr("S&ex") + required, sex)
        self.add_field("school", self.tr("S&chool or preschool"), QLineEdit(self))
        self.add_field("class_name", self.tr("C&lass or group"), QLineEdit(self))
        self.add_field(
            "languages", self.tr("L&anguages"), QLineEdit(self), self.tr("e.g. Polish, Ukrainian")
        )
        note = QLabel(self.tr("Fields marked * are required."), self)
        self.form.addRow(note)
        pesel = self.widgets["pesel"]
        assert isinstance(pesel, QLineEdit)
        pesel.editingFinished.connect(self._fill_from_pesel)
        if existing is not None:
            for key in ("given_names", "surname", "pesel", "school", "class_name", "languages"):
                widget = self.widgets[key]
                assert isinstance(widget, QLineEdit)
                widget.setText(getattr(existing, key) or "")
            birth = self.widgets["birth_date"]
            assert isinstance(birth, QLineEdit)
            birth.setText(existing.birth_date.strftime("%d.%m.%Y"))
            sex.setCurrentIndex(max(0, sex.findData(existing.sex)))
        self.widgets["given_names"].setFocus()

    def _fill_from_pesel(self) -> None:
        """A valid PESEL already says the date of birth and the sex: fill them if empty."""
        from app.pesel import Pesel, PeselError

        try:
            pesel = Pesel.parse(self.text("pesel"))
        except PeselError:
            return
        birth = self.widgets["birth_date"]
        assert isinstance(birth, QLineEdit)
        if not birth.text().strip():
            birth.setText(pesel.birth_date.strftime("%d.%m.%Y"))
        sex = self.widgets["sex"]
        assert isinstance(sex, QComboBox)
        if not sex.currentData():
            sex.setCurrentIndex(sex.findData(pesel.sex))

    def data(self) -> Any:
        from app.services.children import ChildInput

        return ChildInput(
            given_names=self.text("given_names"),
            surname=self.text("surname"),
            birth_date=self.text("birth_date"),
            sex=self.text("sex"),
            pesel=self.text("pesel") or None,
            school=self.text("school") or None,
            class_name=self.text("class_name") or None,
            languages=self.text("languages") or None,
        )

    def submit(self) -> None:
        from app.services.children import problems
        from app.services.common import FIELDS

        data = self.data()
        found = problems(data)
        if found:
            self.show_problems(found)
            return
        self.run_service(lambda: self._save(data), FIELDS)


class GuardianDialog(RecordDialog):
    def __init__(
        self,
        save: Callable[[Any], GuardianView],
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lang, parent)
        self.setObjectName("guardianDialog")
        self._save = save
        self.setWindowTitle(self.tr("New guardian"))
        self.add_field("guardian_name", self.tr("&Name and surname *"), QLineEdit(self))
        relation = QComboBox(self)
        relation.setEditable(True)
        for text in (self.tr("mother"), self.tr("father"), self.tr("legal guardian")):
            relation.addItem(text, text)
        relation.setCurrentIndex(-1)
        self.add_field("relation", self.tr("&Relation *"), relation)
        self.add_field("phone", self.tr("&Phone"), QLineEdit(self))
        self.add_field("email", self.tr("&E-mail"), QLineEdit(self))
        self.add_field("address", self.tr("A&ddress"), QLineEdit(self))
        self.widgets["guardian_name"].setFocus()

    def submit(self) -> None:
        from app.services.children import GuardianInput
        from app.services.common import FIELDS

        relation = self.widgets["relation"]
        assert isinstance(relation, QComboBox)
        data = GuardianInput(
            name=self.text("guardian_name"),
            relation=relation.currentText(),
            phone=self.text("phone") or None,
            email=self.text("email") or None,
            address=self.text("address") or None,
        )
        self.run_service(lambda: self._save(data), FIELDS)


class CaseDialog(RecordDialog):
    def __init__(
        self, save: Callable[[Any], Any], lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(lang, parent)
        self.setObjectName("caseDialog")
        self._save = save
        self.setWindowTitle(self.tr("New case"))
        opened = QLineEdit(date.today().strftime("%d.%m.%Y"), self)
        self.add_field(
            "opened_on", self.tr("Date of &referral *"), opened, self.tr("e.g. 9.03.2025")
        )
        self.add_field("referred_by", self.tr("Referred &by"), QLineEdit(self))
        self.add_field("reason", self.tr("Reason for &referral"), text_box(self, 5))
        self.widgets["referred_by"].setFocus()

    def submit(self) -> None:
        from app.services.cases import CaseInput
        from app.services.common import FIELDS

        data = CaseInput(
            opened_on=self.text("opened_on"),
            referred_by=self.text("referred_by") or None,
            reason=self.text("reason") or None,
        )
        self.run_service(lambda: self._save(data), FIELDS)
