"""Starting an assessment: the kind, a template suggested from the child's age and the kind,
the informants and the date; or continuing a draft (offered first when there is one)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.gui.record_dialogs import RecordDialog
from forms.model import Informant, Template

if TYPE_CHECKING:
    from app.services.children import ChildRecord, ChildRow
    from forms.registry import TemplateRegistry

KINDS = ("school_functional", "wopfu", "counselling_diagnosis", "review")


def age_on(birth: date, on: date) -> int:
    """Full years of age on a day."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


class StartAssessmentDialog(RecordDialog):
    def __init__(
        self,
        record: ChildRecord,
        registry: TemplateRegistry,
        create: Callable[[Any], Any],
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lang, parent)
        self.setObjectName("startAssessmentDialog")
        self.setWindowTitle(self.tr("Start an assessment"))
        self.child: ChildRow = record.child
        self.registry = registry
        self._create = create
        kinds = QComboBox(self)
        for kind in KINDS:
            kinds.addItem(self.kind_label(kind), kind)
        self.add_field("kind", self.tr("&Kind of assessment"), kinds)
        self.add_field(
            "assessed_on",
            self.tr("&Date of assessment"),
            QLineEdit(date.today().strftime("%d.%m.%Y"), self),
            self.tr("e.g. 9.03.2025"),
        )
        templates = QComboBox(self)
        self.add_field("template", self.tr("&Template"), templates)
        self.template_note = QLabel(self)
        self.template_note.setObjectName("templateNote")
        self.template_note.setWordWrap(True)
        self.form.addRow("", self.template_note)
        cases = QComboBox(self)
        cases.addItem(self.tr("— no case —"), None)
        for case in record.cases:
            if case.status == "open":
                label = case.opened_on.strftime("%d.%m.%Y")
                if case.reason:
                    label += f" — {case.reason[:60]}"
                cases.addItem(label, case.id)
        if cases.count() > 1:
            cases.setCurrentIndex(1)
        self.add_field("case", self.tr("&Case"), cases)
        informants = QWidget(self)
        row = QHBoxLayout(informants)
        row.setContentsMargins(0, 0, 0, 0)
        self.informant_boxes: dict[str, QCheckBox] = {}
        for role, text in (
            ("specialist", self.tr("spe&cialist")),
            ("teacher", self.tr("&teacher")),
            ("parent", self.tr("&parent")),
            ("student", self.tr("st&udent")),
        ):
            box = QCheckBox(text, informants)
            box.setObjectName(f"informant_{role}")
            row.addWidget(box)
            self.informant_boxes[role] = box
        self.add_field("informant", self.tr("Informants"), informants)
        kinds.currentIndexChanged.connect(lambda _i: self.refresh_templates())
        date_field = self.widgets["assessed_on"]
        assert isinstance(date_field, QLineEdit)
        date_field.editingFinished.connect(self.refresh_templates)
        templates.currentIndexChanged.connect(lambda _i: self._template_chosen())
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Start"))
        self.refresh_templates()
        kinds.setFocus()

    def kind_label(self, kind: str) -> str:
        return {
            "school_functional": self.tr("Functional assessment at school (OFU)"),
            "wopfu": self.tr("Multi-specialist assessment (WOPFU)"),
            "counselling_diagnosis": self.tr("Diagnosis at the counselling centre"),
            "review": self.tr("Review of the support"),
        }[kind]

    def _assessment_date(self) -> date:
        from app.services.common import parse_date

        try:
            return parse_date(self.text("assessed_on"), "assessed_on") or date.today()
        except Exception:  # noqa: BLE001 - an unreadable date is reported on saving
            return date.today()

    def refresh_templates(self) -> None:
        """Templates for the child's age and the kind first (best fit on top), then the rest."""
        templates = self.widgets["template"]
        assert isinstance(templates, QComboBox)
        chosen = templates.currentData()
        age = age_on(self.child.birth_date, self._assessment_date())
        kind = self.text("kind")
        fitting = self.registry.suggest(age, kind) or self.registry.suggest(age)
        others = [t for t in self.registry.latest() if t not in fitting]
        templates.blockSignals(True)
        templates.clear()
        for template in fitting:
            templates.addItem(self._template_label(template), template.key)
        if others:
            templates.insertSeparator(templates.count())
            for template in others:
                templates.addItem(self._template_label(template), template.key)
        index = templates.findData(chosen) if chosen else -1
        templates.setCurrentIndex(index if index >= 0 else 0)
        templates.blockSignals(False)
        self._template_chosen()
        self.template_note.setText(
            self.tr("Suggested for a child aged %1: the first on the list.").replace("%1", str(age))
            if fitting
            else self.tr("No template is meant for a child aged %1; choose one.").replace(
                "%1", str(age)
            )
        )

    def _template_label(self, template: Template) -> str:
        title = template.title.get(self.lang) or template.title["pl"]
        return (
            self.tr("%1 (ages %2–%3)")
            .replace("%1", title)
            .replace("%2", str(template.age_min))
            .replace("%3", str(template.age_max))
        )

    def template(self) -> Template | None:
        templates = self.widgets["template"]
        assert isinstance(templates, QComboBox)
        key = templates.currentData()
        return self.registry.get(*key) if key else None

    def _template_chosen(self) -> None:
        template = self.template()
        offered = set(template.informants) if template else set()
        for role, box in self.informant_boxes.items():
            allowed = role == "specialist" or Informant(role) in offered
            box.setEnabled(allowed)
            box.setChecked(allowed and (role == "specialist" or box.isChecked()))

    def submit(self) -> None:
        from app.services.assessments import AssessmentInput
        from app.services.common import FIELDS

        template = self.template()
        if template is None:
            return
        cases = self.widgets["case"]
        assert isinstance(cases, QComboBox)
        data = AssessmentInput(
            kind=self.text("kind"),
            template_id=template.id,
            template_version=template.version,
            assessed_on=self.text("assessed_on"),
            informants=[(r, None) for r, box in self.informant_boxes.items() if box.isChecked()],
            case_id=cases.currentData(),
        )
        self.run_service(lambda: self._create(data), FIELDS)
