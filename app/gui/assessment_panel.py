"""One assessment on screen: rating by keyboard, the informants side by side with the
consensus, the narratives, the functioning profile, and finishing.

Every change is stored by the services the moment it is made (there is no Save button);
rating changes can be undone and redone. A final assessment is shown read-only, with the way
to amend it (a new version).
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.gui.profile_chart import ProfileChart
from app.gui.rating_models import (
    ComparisonModel,
    RatingTableModel,
    Row,
    key_text,
    rate_key,
    rows_for,
)
from app.gui.record_dialogs import heading
from app.profile import Change, ProfileRow, compare_profiles, profile_rows
from app.services.assessments import (
    NARRATIVES,
    AssessmentsService,
    AssessmentView,
    RatingView,
    finish_check,
    results,
    settled_results,
)
from forms.model import Item, Template
from icf.classification import Classification
from icf.components import Component
from icf.errors import ICFError
from icf.grammar import CodedExpression

if TYPE_CHECKING:
    from app.storage.database import Database
    from forms.registry import TemplateRegistry
    from icf.search import SearchIndex

CONSENSUS = "consensus"
#: typed narrative text is stored this long after the last keystroke
NARRATIVE_SAVE_DELAY_MS = 250
ROLE_ORDER = ("specialist", "teacher", "parent", "student")


class RatingTable(QTableView):
    """A table that hands rating keys to the panel before the usual key handling."""

    def __init__(self, panel: AssessmentPanel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.setObjectName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table: the keyboard reaches everything
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        index = self.currentIndex()
        if index.isValid() and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
            Qt.KeyboardModifier.ShiftModifier,
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.panel.on_enter(self, index):
                    return
            key = key_text(event.key(), event.text())
            if key and self.panel.on_key(self, index, key):
                return
        super().keyPressEvent(event)


class RatingCommand(QUndoCommand):
    """One rating change, already stored when pushed; undo and redo store again."""

    def __init__(
        self,
        panel: AssessmentPanel,
        informant: str,
        code: str,
        before: CodedExpression | None,
        after: CodedExpression | None,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(f"{code}", parent)
        self.panel, self.informant, self.code = panel, informant, code
        self.before, self.after = before, after
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.panel.store(self.informant, self.code, self.after)

    def undo(self) -> None:
        self.panel.store(self.informant, self.code, self.before)


class AssessmentPanel(QWidget):
    #: the id of an assessment to open (an amendment just made)
    open_assessment = Signal(int)
    #: something of the assessment changed (the child's record shows counts and status)
    changed = Signal()
    #: the id of a support plan just made from this assessment
    open_plan = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: str,
        classification: Classification,
        index: SearchIndex,
        registry: TemplateRegistry,
        assessment_id: int,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentPanel")
        self.db = db
        self.service = AssessmentsService(db, actor, classification)
        self.classification = classification
        self.search_index = index
        self.registry = registry
        self.lang = lang
        self.view: AssessmentView = self.service.get(assessment_id)
        self.template: Template | None = self._find_template()
        self.ratings: dict[tuple[str, str], RatingView] = {
            (r.informant, r.code): r for r in self.view.ratings
        }
        self.extra_codes: list[str] = []
        self.pending_plus: tuple[str, str] | None = None
        self._comparison_stale = True
        # the progress and whoever watches `changed` are told once the typing pauses
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(0)
        self._progress_timer.timeout.connect(self._update_progress)
        self._changed_timer = QTimer(self)
        self._changed_timer.setSingleShot(True)
        self._changed_timer.setInterval(700)
        self._changed_timer.timeout.connect(self.changed.emit)
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(0)
        self._details_timer.timeout.connect(self._show_details)
        self.undo_stack = QUndoStack(self)
        self.child_name = self._child_name()
        self._build()
        self.retranslate()
        self.reload_models()

    # --- building ---------------------------------------------------------------------

    @property
    def child_id(self) -> int:
        return self.view.child_id

    def _find_template(self) -> Template | None:
        try:
            return self.registry.get(self.view.template_id, self.view.template_version)
        except ICFError:
            return None

    def _child_name(self) -> str:
        from app.services.children import ChildrenService

        child = ChildrenService(self.db, self.service.actor).get(self.view.child_id).child
        return child.full_name

    def _build(self) -> None:
        self.title = heading(self, "assessmentTitle")
        self.state = QLabel(self)
        self.state.setObjectName("assessmentState")
        self.saved = QLabel(self)
        self.saved.setObjectName("savedState")
        self.saved.setWordWrap(True)
        self.saved.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("ratingProgress")
        self.progress.setTextVisible(True)
        self.progress.setMinimumWidth(self.progress.fontMetrics().horizontalAdvance("M" * 14))

        self.informant_label = QLabel(self)
        self.informant_box = QComboBox(self)
        self.informant_box.setObjectName("informantBox")
        self.informant_label.setBuddy(self.informant_box)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton(self)
        self.redo_button.setObjectName("redoButton")
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addCategoryButton")
        self.add_button.clicked.connect(self.add_category)
        self.finish_button = QPushButton(self)
        self.finish_button.setObjectName("finishButton")
        self.finish_button.clicked.connect(self.finish)
        self.amend_button = QPushButton(self)
        self.amend_button.setObjectName("amendButton")
        self.amend_button.clicked.connect(self.amend)
        self.plan_button = QPushButton(self)
        self.plan_button.setObjectName("makePlanButton")
        self.plan_button.clicked.connect(self.make_plan)
        self.documents_button = QPushButton(self)
        self.documents_button.setObjectName("documentsButton")
        self.documents_button.clicked.connect(self.show_documents)

        # Ctrl+Z undoes; both Ctrl+Shift+Z and Ctrl+Y redo (each once: a key bound twice
        # would be ambiguous and do nothing)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        bindings = [
            (k, self.undo_stack.undo)
            for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
        ] + [(k, self.undo_stack.redo) for k in redo_keys]
        for sequence, slot in bindings:
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        tools = QHBoxLayout()
        tools.addWidget(self.informant_label)
        tools.addWidget(self.informant_box)
        tools.addSpacing(12)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.redo_button)
        tools.addWidget(self.add_button)
        tools.addStretch(1)
        tools.addWidget(self.progress)
        tools.addWidget(self.finish_button)
        tools.addWidget(self.amend_button)
        tools.addWidget(self.plan_button)
        tools.addWidget(self.documents_button)

        # rating
        self.sections = QListWidget(self)
        self.sections.setObjectName("sectionList")
        self.sections.setWordWrap(True)
        self.sections.currentRowChanged.connect(self._jump_to_section)
        self.rating_model = RatingTableModel(self.classification, self)
        self.table = RatingTable(self, "ratingTable", self)
        self.table.setModel(self.rating_model)
        self.table.verticalHeader().setDefaultSectionSize(
            int(self.table.fontMetrics().height() * 1.7)
        )
        # fixed widths from the font (not fitted to the contents: that would measure every
        # row on every keystroke)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RatingTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RatingTableModel.MEANING, QHeaderView.ResizeMode.Stretch)
        for column in (RatingTableModel.CODE, RatingTableModel.FIRST, RatingTableModel.SECOND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentChanged.connect(self._on_current_item)
        self.guidance = QTextBrowser(self)
        self.guidance.setObjectName("itemGuidance")
        self.source_box = QComboBox(self)
        self.source_box.setObjectName("sourceBox")
        self.source_label = QLabel(self)
        self.source_label.setBuddy(self.source_box)
        self.evidence = QLineEdit(self)
        self.evidence.setObjectName("evidenceField")
        self.evidence_label = QLabel(self)
        self.evidence_label.setBuddy(self.evidence)
        self.evidence.editingFinished.connect(self._save_evidence)
        self.source_box.activated.connect(lambda _i: self._save_evidence())
        evidence_form = QFormLayout()
        evidence_form.addRow(self.source_label, self.source_box)
        evidence_form.addRow(self.evidence_label, self.evidence)
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.guidance, 1)
        details_layout.addLayout(evidence_form)
        self.keys_help = QLabel(self)
        self.keys_help.setObjectName("keysHelp")
        self.keys_help.setWordWrap(True)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addWidget(self.keys_help)
        rate_split = QSplitter(Qt.Orientation.Horizontal, self)
        rate_split.addWidget(self.sections)
        rate_split.addWidget(middle)
        rate_split.addWidget(details)
        rate_split.setStretchFactor(0, 1)
        rate_split.setStretchFactor(1, 5)
        rate_split.setStretchFactor(2, 2)
        rate_split.setSizes([190, 760, 330])

        # informants side by side
        self.comparison_model = ComparisonModel(self.classification, self)
        self.comparison = RatingTable(self, "comparisonTable", self)
        self.comparison.setModel(self.comparison_model)
        self.comparison.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.compare_help = QLabel(self)
        self.compare_help.setWordWrap(True)
        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("acceptSuggestion")
        self.accept_button.clicked.connect(self._accept_current_suggestion)
        self.accept_all_button = QPushButton(self)
        self.accept_all_button.setObjectName("acceptAllSuggestions")
        self.accept_all_button.clicked.connect(self.accept_all_suggestions)
        compare_tools = QHBoxLayout()
        compare_tools.addWidget(self.compare_help, 1)
        compare_tools.addWidget(self.accept_button)
        compare_tools.addWidget(self.accept_all_button)
        compare_page = QWidget(self)
        compare_layout = QVBoxLayout(compare_page)
        compare_layout.addLayout(compare_tools)
        compare_layout.addWidget(self.comparison, 1)

        # narratives
        self.narrative_edits: dict[str, QPlainTextEdit] = {}
        self.narrative_titles: dict[str, QLabel] = {}
        self._narrative_timer = QTimer(self)
        self._narrative_timer.setSingleShot(True)
        self._narrative_timer.setInterval(NARRATIVE_SAVE_DELAY_MS)
        self._narrative_timer.timeout.connect(self.save_narratives)
        narrative_page = QWidget(self)
        narrative_layout = QVBoxLayout(narrative_page)
        for narrative_id in self._narrative_ids():
            title = QLabel(narrative_page)
            title.setWordWrap(True)
            edit = QPlainTextEdit(narrative_page)
            edit.setObjectName(f"narrative_{narrative_id}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 4)
            edit.setPlainText(self.view.narratives.get(narrative_id) or "")
            edit.textChanged.connect(self._narrative_timer.start)
            edit.installEventFilter(self)
            title.setBuddy(edit)
            narrative_layout.addWidget(title)
            narrative_layout.addWidget(edit)
            self.narrative_edits[narrative_id] = edit
            self.narrative_titles[narrative_id] = title
        narrative_layout.addStretch(1)
        narrative_scroll = QScrollArea(self)
        narrative_scroll.setWidgetResizable(True)
        narrative_scroll.setWidget(narrative_page)

        # profile
        self.compare_with = QComboBox(self)
        self.compare_with.setObjectName("compareWith")
        self.compare_with_label = QLabel(self)
        self.compare_with_label.setBuddy(self.compare_with)
        self.compare_with.currentIndexChanged.connect(lambda _i: self.refresh_profile())
        self.chart = ProfileChart(self)
        chart_scroll = QScrollArea(self)
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(self.chart)
        self.changes = QTextBrowser(self)
        self.changes.setObjectName("profileChanges")
        profile_split = QSplitter(Qt.Orientation.Horizontal, self)
        profile_split.addWidget(chart_scroll)
        profile_split.addWidget(self.changes)
        profile_split.setStretchFactor(0, 3)
        profile_split.setStretchFactor(1, 1)
        profile_split.setSizes([900, 330])
        profile_page = QWidget(self)
        profile_layout = QVBoxLayout(profile_page)
        compare_row = QHBoxLayout()
        compare_row.addWidget(self.compare_with_label)
        compare_row.addWidget(self.compare_with, 1)
        profile_layout.addLayout(compare_row)
        profile_layout.addWidget(profile_split, 1)

        self.pages = QTabWidget(self)
        self.pages.setObjectName("assessmentPages")
        self.pages.addTab(rate_split, "")
        self.pages.addTab(compare_page, "")
        self.pages.addTab(narrative_scroll, "")
        self.pages.addTab(profile_page, "")
        self.pages.currentChanged.connect(self._on_page)

        status = QHBoxLayout()
        status.addWidget(self.state, 1)
        status.addWidget(self.saved, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(status)
        layout.addLayout(tools)
        layout.addWidget(self.pages, 1)
        self.informant_box.currentIndexChanged.connect(lambda _i: self._fill_rating_model())

    def _narrative_ids(self) -> list[str]:
        if self.template is not None and self.template.narratives:
            return [n.id for n in self.template.narratives if n.id in NARRATIVES]
        return list(NARRATIVES[:4])

    # --- language ---------------------------------------------------------------------

    def informant_name(self, role: str) -> str:
        return {
            "specialist": self.tr("Specialist"),
            "teacher": self.tr("Teacher"),
            "parent": self.tr("Parent"),
            "student": self.tr("Student"),
            CONSENSUS: self.tr("Team consensus"),
        }.get(role, role)

    def source_name(self, source: str) -> str:
        return {
            "observation": self.tr("observation"),
            "interview": self.tr("interview"),
            "test": self.tr("test or trial"),
            "documents": self.tr("documents"),
        }[source]

    def retranslate(self) -> None:
        when = self.view.assessed_on.strftime("%d.%m.%Y")
        template = (
            (self.template.title.get(self.lang) or self.template.title["pl"])
            if self.template
            else f"{self.view.template_id} {self.view.template_version}"
        )
        self.title.setText(
            self.tr("%1 — assessment of %2").replace("%1", self.child_name).replace("%2", when)
            + f"\n{template}"
        )
        self.informant_label.setText(self.tr("&Rating as:"))
        current = self.informant_box.currentData()
        self.informant_box.blockSignals(True)
        self.informant_box.clear()
        roles = [r for r in ROLE_ORDER if r in {role for role, _ in self.view.informants}]
        for role in roles + [CONSENSUS]:
            self.informant_box.addItem(self.informant_name(role), role)
        found = self.informant_box.findData(current) if current else -1
        self.informant_box.setCurrentIndex(found if found >= 0 else 0)
        self.informant_box.blockSignals(False)
        self.informant_box.setAccessibleName(self.tr("Whose ratings are entered"))
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last rating change (Ctrl+Z)"))
        self.redo_button.setText(self.tr("Re&do"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.add_button.setText(self.tr("Add a &category…"))
        self.add_button.setToolTip(self.tr("Rate a category of the ICF that the template lacks"))
        self.finish_button.setText(self.tr("&Finish…"))
        self.finish_button.setToolTip(
            self.tr("Check what is missing and make the assessment final")
        )
        self.documents_button.setText(self.tr("Doc&uments…"))
        self.documents_button.setToolTip(
            self.tr("The assessment summary and the summary for parents: preview, PDF, Excel")
        )
        self.plan_button.setText(self.tr("Support p&lan…"))
        self.plan_button.setToolTip(
            self.tr("Make a support plan from this assessment, with suggestions and reasons")
        )
        self.amend_button.setText(self.tr("New &version…"))
        self.amend_button.setToolTip(self.tr("Correct a final assessment in a new version"))
        self.pages.setTabText(0, self.tr("Ra&ting"))
        self.pages.setTabText(1, self.tr("Informants &side by side"))
        self.pages.setTabText(2, self.tr("&Narratives"))
        self.pages.setTabText(3, self.tr("Functioning &profile"))
        self.rating_model.headers = [
            self.tr("Code"),
            self.tr("Category"),
            self.tr("Rating / performance"),
            self.tr("Capacity"),
            self.tr("Meaning"),
        ]
        header = self.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column, sample in (
            (RatingTableModel.CODE, "b12345"),
            (RatingTableModel.FIRST, self.rating_model.headers[RatingTableModel.FIRST]),
            (RatingTableModel.SECOND, self.rating_model.headers[RatingTableModel.SECOND]),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self.table.setAccessibleName(self.tr("Categories to rate"))
        self.sections.setAccessibleName(self.tr("Sections of the template"))
        self.guidance.setAccessibleName(self.tr("Rating guidance"))
        self.keys_help.setText(
            self.tr(
                "Keys: 0–4 rate (0 no problem … 4 complete problem), 8 not specified, "
                "9 not applicable; activities: performance, then capacity; environment: "
                "a digit is a barrier, + makes it a facilitator, - a barrier again; "
                "Delete clears; Ctrl+Z undoes. Every rating is saved at once."
            )
        )
        self.source_label.setText(self.tr("S&ource:"))
        self.evidence_label.setText(self.tr("&Evidence:"))
        self.source_box.setAccessibleName(self.tr("Source of the rating"))
        self.evidence.setAccessibleName(self.tr("Evidence for the rating"))
        self.evidence.setPlaceholderText(
            self.tr("What was seen or heard, e.g. reads 40 words a minute")
        )
        chosen_source = self.source_box.currentData()
        self.source_box.blockSignals(True)
        self.source_box.clear()
        self.source_box.addItem(self.tr("— not given —"), None)
        for source in ("observation", "interview", "test", "documents"):
            self.source_box.addItem(self.source_name(source), source)
        self.source_box.setCurrentIndex(max(0, self.source_box.findData(chosen_source)))
        self.source_box.blockSignals(False)
        self.comparison_model.headers = {
            "code": self.tr("Code"),
            "title": self.tr("Category"),
            "suggestion": self.tr("Suggested"),
            "consensus": self.tr("Consensus"),
        }
        self.comparison_model.informant_names = {r: self.informant_name(r) for r in ROLE_ORDER}
        self.comparison_model.marks = self._comparison_tip
        self.comparison.setAccessibleName(self.tr("The informants' ratings side by side"))
        self.compare_help.setText(
            self.tr(
                "Rows in red: the informants disagree (by 2 or more, or barrier against "
                "facilitator). Type the agreed rating in the Consensus column, or press Enter "
                "to accept the suggestion (the median, rounded towards more difficulty)."
            )
        )
        self.accept_button.setText(self.tr("&Accept the suggestion"))
        self.accept_all_button.setText(self.tr("Accept all &remaining suggestions"))
        required = (
            {n.id for n in self.template.narratives if n.required} if self.template else set()
        )
        for narrative_id, label in self.narrative_titles.items():
            text = self._narrative_title(narrative_id)
            label.setText(f"<b>{escape(text)}</b>" + (" *" if narrative_id in required else ""))
            prompt = self._narrative_prompt(narrative_id)
            edit = self.narrative_edits[narrative_id]
            edit.setPlaceholderText(prompt)
            edit.setAccessibleName(text)
        self.compare_with_label.setText(self.tr("&Compare with:"))
        self.compare_with.setAccessibleName(self.tr("Earlier assessment to compare with"))
        self.changes.setAccessibleName(self.tr("What changed"))
        self.chart.setAccessibleName(self.tr("Functioning profile chart"))
        self.chart.component_titles = {
            "b": self.tr("Body functions"),
            "s": self.tr("Body structures"),
            "d": self.tr("Activities and participation"),
            "e": self.tr("Environmental factors"),
        }
        self.chart.scale_labels = (
            self.tr("← facilitator"),
            self.tr("difficulty or barrier →"),
        )
        self.chart.unspecified = self.tr("8/9: not specified or not applicable")
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload_models()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self.lang = lang

    def _narrative_title(self, narrative_id: str) -> str:
        if self.template is not None:
            for n in self.template.narratives:
                if n.id == narrative_id:
                    return n.title.get(self.lang) or n.title["pl"]
        return narrative_id

    def _narrative_prompt(self, narrative_id: str) -> str:
        if self.template is not None:
            for n in self.template.narratives:
                if n.id == narrative_id:
                    return n.prompt.get(self.lang) or n.prompt["pl"]
        return ""

    # --- models -------------------------------------------------------------------------

    @property
    def informant(self) -> str:
        return self.informant_box.currentData() or CONSENSUS

    def ratings_of(self, informant: str) -> dict[str, CodedExpression]:
        return {c: r.expression for (i, c), r in self.ratings.items() if i == informant}

    def rows(self) -> list[Row]:
        rated = {code for _, code in self.ratings}
        return rows_for(
            self.template, list(rated) + self.extra_codes, self.lang, self.tr("Other categories")
        )

    def reload_models(self) -> None:
        self._fill_rating_model()
        self._refresh_comparison()
        self._update_progress()

    def _fill_rating_model(self) -> None:
        current = self.table.currentIndex()
        self.rating_model.reset(self.rows(), self.ratings_of(self.informant), self.lang)
        self.sections.blockSignals(True)
        self.sections.clear()
        for section in self._section_starts():
            item = QListWidgetItem(section[0])
            self.sections.addItem(item)
        self.sections.blockSignals(False)
        self._update_progress()
        if current.isValid():
            self.table.setCurrentIndex(self.rating_model.index(current.row(), current.column()))
        else:
            self.table.setCurrentIndex(self.rating_model.index(0, RatingTableModel.FIRST))

    def _section_starts(self) -> list[tuple[str, int, int]]:
        """(title, first row, rows) of each section in the table."""
        starts: list[tuple[str, int, int]] = []
        for number, row in enumerate(self.rating_model.rows):
            if not starts or starts[-1][0] != row.section:
                starts.append((row.section, number, 0))
            title, first, count = starts[-1]
            starts[-1] = (title, first, count + 1)
        return starts

    def _update_progress(self) -> None:
        found = results(self._current_view())
        codes = [row.code for row in self.rating_model.rows if row.item is not None]
        done = sum(1 for c in codes if c in found)
        self.progress.setMaximum(max(1, len(codes)))
        self.progress.setValue(done)
        self.progress.setFormat(
            self.tr("%1 of %2 rated").replace("%1", str(done)).replace("%2", str(len(codes)))
        )
        self.progress.setAccessibleName(self.progress.format())
        mine = self.ratings_of(self.informant)
        for number, (title, first, count) in enumerate(self._section_starts()):
            rows = self.rating_model.rows[first : first + count]
            rated = sum(1 for r in rows if r.code in mine)
            item = self.sections.item(number)
            if item is not None:
                mark = "✓ " if rated == count else ""
                item.setText(f"{mark}{title} ({rated}/{count})")

    def _current_view(self) -> AssessmentView:
        return dataclasses.replace(self.view, ratings=list(self.ratings.values()))

    def _jump_to_section(self, number: int) -> None:
        starts = self._section_starts()
        if 0 <= number < len(starts):
            index = self.rating_model.index(starts[number][1], RatingTableModel.FIRST)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def _refresh_comparison(self) -> None:
        by_informant: dict[str, dict[str, CodedExpression]] = {}
        for (informant, code), rating in self.ratings.items():
            by_informant.setdefault(informant, {})[code] = rating.expression
        informants = [r for r in ROLE_ORDER if r in {role for role, _ in self.view.informants}]
        self.comparison_model.reset(self.template, informants, by_informant, self.lang)
        self._comparison_stale = False

    def _on_page(self, number: int) -> None:
        if number == 3:
            self.refresh_profile()
        if number == 1:
            if self._comparison_stale:
                current = self.comparison.currentIndex()
                self._refresh_comparison()
                if current.isValid():
                    self.comparison.setCurrentIndex(
                        self.comparison_model.index(current.row(), current.column())
                    )
            self.comparison.setFocus()
            if not self.comparison.currentIndex().isValid() and self.comparison_model.rowCount():
                self.comparison.setCurrentIndex(
                    self.comparison_model.index(0, self.comparison_model.consensus_column)
                )

    # --- the current item: guidance and evidence --------------------------------------

    def _on_current_item(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        # the item's guidance and evidence are shown once the keystroke that moved here has
        # been stored, and once for a burst of moves
        self._details_timer.start()

    def _show_details(self) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            return
        row = self.rating_model.rows[current.row()]
        self.guidance.setHtml(self._guidance_html(row.code, row.item))
        rating = self.ratings.get((self.informant, row.code))
        self.evidence.blockSignals(True)
        self.evidence.setText(rating.evidence or "" if rating else "")
        self.evidence.blockSignals(False)
        self.source_box.setCurrentIndex(
            max(0, self.source_box.findData(rating.source)) if rating else 0
        )
        enabled = rating is not None and not self.view.is_final
        self.evidence.setEnabled(enabled)
        self.source_box.setEnabled(enabled)
        for section_number, (_title, first, count) in enumerate(self._section_starts()):
            if first <= current.row() < first + count:
                self.sections.blockSignals(True)
                self.sections.setCurrentRow(section_number)
                self.sections.blockSignals(False)

    def _guidance_html(self, code: str, item: Item | None) -> str:
        entry = self.classification.get(code)
        parts = [f"<h3>{escape(code)} {escape(entry.title_in(self.lang) if entry else '')}</h3>"]
        if item is not None:
            question = item.question.get(self.lang) or item.question["pl"]
            parts.append(f"<p><i>{escape(question)}</i></p>")
            if item.guidance:
                parts.append("<table cellspacing='2'>")
                for value in sorted(item.guidance):
                    texts = item.guidance[value]
                    text = texts.get(self.lang) or texts["pl"]
                    parts.append(
                        f"<tr><td valign='top'><b>{value}</b></td><td>{escape(text)}</td></tr>"
                    )
                parts.append("</table>")
        elif entry is not None and entry.text("description", self.lang):
            parts.append(f"<p>{escape(entry.text('description', self.lang))}</p>")
        others = [
            f"{escape(self.informant_name(i))}: <b>{escape(r.expression.format())}</b>"
            for (i, c), r in sorted(self.ratings.items())
            if c == code and i != self.informant
        ]
        if others:
            parts.append("<p>" + escape(self.tr("Other ratings:")) + " " + "; ".join(others))
        return "".join(parts)

    def _save_evidence(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.view.is_final:
            return
        code = self.rating_model.rows[index.row()].code
        rating = self.ratings.get((self.informant, code))
        if rating is None:
            return
        evidence = self.evidence.text().strip() or None
        source = self.source_box.currentData()
        if evidence == rating.evidence and source == rating.source:
            return
        try:
            fresh = self.service.save_rating(
                self.view.id,
                rating.expression.format(),
                self.informant,
                expected_version=rating.version,
                source=source,
                evidence=evidence,
            )
        except ICFError as exc:
            self.show_error(exc)
            return
        self.ratings[(self.informant, code)] = fresh
        self._saved_now()

    # --- rating by keyboard -----------------------------------------------------------

    def on_key(self, table: RatingTable, index: QModelIndex, key: str) -> bool:
        in_comparison = table is self.comparison
        if in_comparison:
            if index.column() != self.comparison_model.consensus_column:
                index = self.comparison_model.index(
                    index.row(), self.comparison_model.consensus_column
                )
                table.setCurrentIndex(index)
            code = self.comparison_model.rows[index.row()].code
            informant = CONSENSUS
            second = False
        else:
            if index.column() < RatingTableModel.FIRST:
                index = self.rating_model.index(index.row(), RatingTableModel.FIRST)
            code = self.rating_model.rows[index.row()].code
            informant = self.informant
            second = index.column() == RatingTableModel.SECOND
        if self.view.is_final:
            self.saved.setText(
                self.tr("This assessment is final; make a new version to change it.")
            )
            return True
        current = self.ratings.get((informant, code))
        expression = current.expression if current else None
        pending = self.pending_plus == (informant, code)
        self.pending_plus = None
        if key == "+" and Component.of(code) is Component.ENVIRONMENTAL_FACTORS and not expression:
            self.pending_plus = (informant, code)
            self.saved.setText(self.tr("Now the strength of the facilitator: 0–4."))
            return True
        try:
            result = rate_key(code, expression, second, key, pending)
        except ICFError as exc:
            self.show_error(exc)
            return True
        if not result.handled:
            return False
        if result.expression != expression:
            if not self.change(informant, code, result.expression):
                return True
        self._advance(table, index, second, key)
        return True

    def _advance(self, table: RatingTable, index: QModelIndex, second: bool, key: str) -> None:
        if key in ("+", "-", "delete"):
            return
        model = table.model()
        code = (
            self.comparison_model.rows[index.row()].code
            if table is self.comparison
            else self.rating_model.rows[index.row()].code
        )
        if (
            table is self.table
            and not second
            and Component.of(code) is Component.ACTIVITIES_PARTICIPATION
        ):
            table.setCurrentIndex(model.index(index.row(), RatingTableModel.SECOND))
            return
        column = (
            self.comparison_model.consensus_column
            if table is self.comparison
            else (RatingTableModel.FIRST)
        )
        if index.row() + 1 < model.rowCount():
            table.setCurrentIndex(model.index(index.row() + 1, column))

    def change(self, informant: str, code: str, after: CodedExpression | None) -> bool:
        """Store a rating change now and remember it for undo."""
        current = self.ratings.get((informant, code))
        before = current.expression if current else None
        if not self.store(informant, code, after):
            return False
        self.undo_stack.push(RatingCommand(self, informant, code, before, after))
        return True

    def store(self, informant: str, code: str, expression: CodedExpression | None) -> bool:
        existing = self.ratings.get((informant, code))
        try:
            if expression is None:
                if existing is not None:
                    self.service.delete_rating(existing.id, existing.version)
                    del self.ratings[(informant, code)]
            else:
                fresh = self.service.save_rating(
                    self.view.id,
                    expression.format(),
                    informant,
                    expected_version=existing.version if existing else None,
                    source=existing.source if existing else None,
                    evidence=existing.evidence if existing else None,
                )
                self.ratings[(informant, code)] = fresh
        except ICFError as exc:
            self.show_error(exc)
            return False
        if informant == self.informant:
            self.rating_model.set_rating(code, expression)
        if self.pages.currentIndex() == 1:
            self.comparison_model.set_rating(informant, code, expression)
        else:  # brought up to date when the page is shown
            self._comparison_stale = True
        self._progress_timer.start()  # after the keystroke, once for a burst of them
        self._changed_timer.start()
        self._saved_now()
        return True

    def _saved_now(self) -> None:
        self.saved.setText(
            self.tr("Saved automatically at %1").replace("%1", datetime.now().strftime("%H:%M:%S"))
        )
        self.saved.setStyleSheet("")

    def show_error(self, error: ICFError) -> None:
        self.saved.setText(error.message(self.lang))
        self.saved.setStyleSheet("color: #b00020;")

    # --- consensus ----------------------------------------------------------------------

    def on_enter(self, table: RatingTable, index: QModelIndex) -> bool:
        if table is not self.comparison:
            return False
        self.accept_suggestion(index.row())
        model = self.comparison_model
        if index.row() + 1 < model.rowCount():
            table.setCurrentIndex(model.index(index.row() + 1, model.consensus_column))
        return True

    def _accept_current_suggestion(self) -> None:
        index = self.comparison.currentIndex()
        if index.isValid():
            self.accept_suggestion(index.row())

    def accept_suggestion(self, row: int) -> bool:
        if self.view.is_final:
            return False
        item = self.comparison_model.rows[row]
        if item.suggestion is None or item.suggestion == item.consensus:
            return False
        return self.change(CONSENSUS, item.code, item.suggestion)

    def accept_all_suggestions(self) -> int:
        """The suggestion becomes the consensus wherever the informants' ratings differ and
        none was set (one undo step); where they all agree, their rating stands."""
        if self.view.is_final:
            return 0
        self.undo_stack.beginMacro(self.tr("Accept all suggestions"))
        accepted = 0
        try:
            for number, row in enumerate(list(self.comparison_model.rows)):
                differ = len(set(row.ratings.values())) > 1
                if differ and row.consensus is None and row.suggestion is not None:
                    accepted += self.accept_suggestion(number)
        finally:
            self.undo_stack.endMacro()
        return accepted

    def _comparison_tip(self, row: object) -> str:
        return self.tr("The informants disagree") if getattr(row, "disagreement", False) else ""

    # --- narratives ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.FocusOut and self._narrative_timer.isActive():
            self.save_narratives()
        return super().eventFilter(watched, event)

    def save_narratives_pending(self) -> bool:
        """Typed narrative text waits (a fraction of a second) to be stored."""
        return self._narrative_timer.isActive()

    def save_narratives(self) -> bool:
        self._narrative_timer.stop()
        if self.view.is_final:
            return False
        texts = {
            key: edit.toPlainText()
            for key, edit in self.narrative_edits.items()
            if (edit.toPlainText().strip() or None) != self.view.narratives.get(key)
        }
        if not texts:
            return True
        try:
            fresh = self.service.update_narratives(self.view.id, self.view.version, **texts)
        except ICFError as exc:
            self.show_error(exc)
            return False
        self.view = dataclasses.replace(
            self.view, narratives=fresh.narratives, version=fresh.version
        )
        self._saved_now()
        return True

    # --- the profile --------------------------------------------------------------------

    def refresh_profile(self) -> None:
        rows = profile_rows(settled_results(self._current_view()), self.classification, self.lang)
        chosen = self.compare_with.currentData()
        self.compare_with.blockSignals(True)
        self.compare_with.clear()
        self.compare_with.addItem(self.tr("— nothing —"), None)
        others = [a for a in self.service.for_child(self.view.child_id) if a.id != self.view.id]
        for other in reversed(others):
            state = self.tr("final") if other.is_final else self.tr("draft")
            self.compare_with.addItem(
                f"{other.assessed_on.strftime('%d.%m.%Y')} — {other.template_id} ({state})",
                other.id,
            )
        if chosen is None and others:
            earlier = [a for a in others if a.assessed_on <= self.view.assessed_on]
            chosen = (earlier or others)[-1].id
        self.compare_with.setCurrentIndex(max(0, self.compare_with.findData(chosen)))
        self.compare_with.blockSignals(False)
        earlier_rows = None
        chosen = self.compare_with.currentData()
        if chosen is not None:
            other_view = next(a for a in others if a.id == chosen)
            earlier_rows = profile_rows(settled_results(other_view), self.classification, self.lang)
        self.chart.set_profile(rows, earlier_rows)
        self.changes.setHtml(self._changes_html(rows, earlier_rows))

    def _changes_html(self, rows: list[ProfileRow], earlier: list[ProfileRow] | None) -> str:
        capacity = (
            "<p><i>"
            + escape(
                self.tr(
                    "Bars: the rating (for activities, performance); ◇ capacity, what the "
                    "child can do in a standardised setting."
                )
            )
            + "</i></p>"
        )
        if earlier is None:
            rated = sum(1 for r in rows if r.value is not None)
            return (
                capacity
                + "<p>"
                + escape(self.tr("%1 categories in the profile.").replace("%1", str(rated)))
                + "</p><p>"
                + escape(self.tr("Choose an earlier assessment above to see what changed."))
                + "</p>"
            )
        changes = compare_profiles(earlier, rows)
        legend = self.tr(
            "On the chart, the dashed outlines show the earlier assessment chosen above, "
            "the filled bars this one."
        )
        groups = (
            (Change.IMPROVED, self.tr("Improved")),
            (Change.WORSE, self.tr("Got worse")),
            (Change.UNCHANGED, self.tr("Unchanged")),
            (Change.NEW, self.tr("Rated only now")),
            (Change.DROPPED, self.tr("Rated only before")),
            (Change.NOT_COMPARABLE, self.tr("Not comparable (8 or 9 on one side)")),
        )
        parts = [capacity, f"<p><i>{escape(legend)}</i></p>"]
        for kind, title in groups:
            found = [c for c in changes if c.change is kind]
            if not found and kind is Change.NOT_COMPARABLE:
                continue
            parts.append(f"<h3>{escape(title)} ({len(found)})</h3>")
            if kind is Change.UNCHANGED or not found:
                continue
            parts.append("<ul>")
            for c in found:
                before = _signed(c.before.signed) if c.before else "–"
                after = _signed(c.after.signed) if c.after else "–"
                parts.append(
                    f"<li><b>{escape(c.code)}</b> {escape(c.title)}: {before} → {after}</li>"
                )
            parts.append("</ul>")
        return "".join(parts)

    # --- adding a category --------------------------------------------------------------

    def add_category(self) -> AddCategoryDialog:
        dialog = AddCategoryDialog(self.search_index, self.classification, self.lang, self)
        dialog.accepted.connect(lambda: dialog.code and self.add_code(dialog.code))
        dialog.open()
        return dialog

    def add_code(self, code: str) -> str:
        if code not in {row.code for row in self.rating_model.rows}:
            self.extra_codes.append(code)
            self._fill_rating_model()
        for number, row in enumerate(self.rating_model.rows):
            if row.code == code:
                index = self.rating_model.index(number, RatingTableModel.FIRST)
                self.pages.setCurrentIndex(0)
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                self.table.setFocus()
        return code

    # --- finishing ----------------------------------------------------------------------

    def finish(self) -> FinishDialog | None:
        if self.view.is_final:
            return None
        self.save_narratives()
        dialog = FinishDialog(self, self)
        dialog.open()
        return dialog

    def mark_missing(self, qualifier: int) -> int:
        """Rate every unrated template category 8 or 9 in the consensus (e accepts 8 only)."""
        check = finish_check(self._current_view(), self.template)
        self.undo_stack.beginMacro(self.tr("Mark missing ratings"))
        marked = 0
        try:
            for code in check.unrated:
                value = 8 if Component.of(code) is Component.ENVIRONMENTAL_FACTORS else qualifier
                marked += self.change(CONSENSUS, code, CodedExpression.of(code, value))
        finally:
            self.undo_stack.endMacro()
        return marked

    def finalise(self) -> bool:
        if not self.save_narratives():
            return False
        try:
            self.view = self.service.finalise(self.view.id, self.view.version)
        except ICFError as exc:
            self.show_error(exc)
            return False
        self.undo_stack.clear()
        self._update_state()
        self.changed.emit()
        return True

    def amend(self) -> None:
        if not self.view.is_final:
            return
        answer = QMessageBox.question(
            self,
            self.tr("New version"),
            self.tr(
                "The final assessment stays as it is. A new draft version is made with all "
                "its ratings and narratives, for you to correct. Continue?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.make_amendment()

    def make_amendment(self) -> int | None:
        try:
            new = self.service.amend(self.view.id)
        except ICFError as exc:
            self.show_error(exc)
            return None
        self.changed.emit()
        self.open_assessment.emit(new.id)
        return new.id

    def show_documents(self) -> QDialog:
        from app.gui.documents_dialog import assessment_documents

        self.save_narratives()
        dialog = assessment_documents(
            self.db, self.classification, self.registry, self.view.id, self.lang, self
        )
        dialog.open()
        return dialog

    def make_plan(self) -> QDialog:
        """A support plan from this (final) assessment: the kind and area are asked first."""
        from app.gui.plan_panel import CreatePlanDialog
        from app.services.plans import PlansService

        plans = PlansService(self.db, self.service.actor, self.classification)

        def create(kind: str, area: str | None, motivation: str | None, resources: str | None):  # type: ignore[no-untyped-def]
            return plans.create_from_assessment(
                self.view.id,
                kind,
                area=area,
                motivation=motivation,
                resources=resources,
                lang=self.lang,
            )

        dialog = CreatePlanDialog(create, self.lang, self)
        dialog.accepted.connect(lambda: self.open_plan.emit(dialog.result_value.id))
        dialog.open()
        return dialog

    def _update_state(self) -> None:
        final = self.view.is_final
        if final:
            self.state.setText(self.tr("Final: read-only. To correct it, make a new version."))
        elif self.view.amends_id:
            self.state.setText(self.tr("Draft (a new version of a final assessment)"))
        else:
            self.state.setText(self.tr("Draft: every change is saved at once"))
        for widget in (
            self.finish_button,
            self.add_button,
            self.accept_button,
            self.accept_all_button,
        ):
            widget.setEnabled(not final)
        self.amend_button.setVisible(final)
        self.plan_button.setVisible(final)
        self.finish_button.setVisible(not final)
        for edit in self.narrative_edits.values():
            edit.setReadOnly(final)
        self.evidence.setEnabled(not final)
        self.source_box.setEnabled(not final)


def _signed(value: int | None) -> str:
    """A signed profile value as the scale reads it: `+3` a facilitator, `2` a difficulty."""
    if value is None:
        return "8/9"
    return f"+{-value}" if value < 0 else str(value)


class FinishDialog(QDialog):
    """What is missing before the assessment can be final, and the ways to settle it."""

    def __init__(self, panel: AssessmentPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finishDialog")
        self.panel = panel
        self.setWindowTitle(self.tr("Finish the assessment"))
        self.summary = QLabel(self)
        self.summary.setObjectName("finishSummary")
        self.summary.setWordWrap(True)
        self.missing = QListWidget(self)
        self.missing.setObjectName("missingList")
        self.missing.setAccessibleName(self.tr("What is missing"))
        self.missing.itemActivated.connect(self._go_to)
        self.mark8 = QPushButton(self.tr("Mark the unrated as &8 (not specified)"), self)
        self.mark8.setObjectName("mark8")
        self.mark8.clicked.connect(lambda: self._mark(8))
        self.mark9 = QPushButton(self.tr("Mark the unrated as &9 (not applicable)"), self)
        self.mark9.setObjectName("mark9")
        self.mark9.clicked.connect(lambda: self._mark(9))
        self.buttons = QDialogButtonBox(self)
        self.final_button = self.buttons.addButton(
            self.tr("Make &final"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.final_button.setObjectName("makeFinal")
        back = self.buttons.addButton(
            self.tr("&Back to the assessment"), QDialogButtonBox.ButtonRole.RejectRole
        )
        back.setObjectName("backButton")
        self.buttons.accepted.connect(self._finalise)
        self.buttons.rejected.connect(self.reject)
        marks = QHBoxLayout()
        marks.addWidget(self.mark8)
        marks.addWidget(self.mark9)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.missing, 1)
        layout.addLayout(marks)
        layout.addWidget(self.buttons)
        self.resize(640, 440)
        self.refresh()

    def refresh(self) -> None:
        panel = self.panel
        check = finish_check(panel._current_view(), panel.template)
        self.missing.clear()
        for code in check.unrated:
            entry = panel.classification.get(code)
            title = entry.title_in(panel.lang) if entry else ""
            note = (
                self.tr(" — the informants disagree; set the consensus")
                if code in check.unresolved
                else ""
            )
            item = QListWidgetItem(f"{code} {title}{note}")
            item.setData(Qt.ItemDataRole.UserRole, ("code", code))
            self.missing.addItem(item)
        for narrative_id in check.narratives:
            item = QListWidgetItem(
                self.tr("Narrative: %1 (required)").replace(
                    "%1", panel._narrative_title(narrative_id)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, ("narrative", narrative_id))
            self.missing.addItem(item)
        if check.complete:
            self.summary.setText(
                self.tr(
                    "Everything is rated. Once final, the assessment is read-only; "
                    "corrections are made in a new version."
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "Still missing: %1 unrated categories and %2 required narratives. Rate "
                    "them (Enter opens one), or mark the unrated deliberately as 8 or 9."
                )
                .replace("%1", str(len(check.unrated)))
                .replace("%2", str(len(check.narratives)))
            )
        self.final_button.setEnabled(check.complete)
        self.mark8.setEnabled(bool(check.unrated))
        self.mark9.setEnabled(bool(check.unrated))
        if self.missing.count():
            self.missing.setCurrentRow(0)
            self.missing.setFocus()
        else:
            self.final_button.setFocus()

    def _mark(self, qualifier: int) -> None:
        self.panel.mark_missing(qualifier)
        self.refresh()

    def _go_to(self, item: QListWidgetItem) -> None:
        kind, key = item.data(Qt.ItemDataRole.UserRole)
        self.reject()
        if kind == "code":
            check = finish_check(self.panel._current_view(), self.panel.template)
            self.panel.pages.setCurrentIndex(1 if key in check.unresolved else 0)
            if key not in check.unresolved:
                self.panel.add_code(key)
        else:
            self.panel.pages.setCurrentIndex(2)
            self.panel.narrative_edits[key].setFocus()

    def _finalise(self) -> None:
        if self.panel.finalise():
            self.accept()


class AddCategoryDialog(QDialog):
    """Find any ICF category (code or words, as in the browser) to rate it."""

    def __init__(
        self,
        index: SearchIndex,
        classification: Classification,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addCategoryDialog")
        self.index = index
        self.classification = classification
        self.lang = lang
        self.code: str | None = None
        self.setWindowTitle(self.tr("Add a category"))
        self.field = QLineEdit(self)
        self.field.setObjectName("categorySearch")
        self.field.setPlaceholderText(self.tr("Code or words, e.g. d166 or reading"))
        self.field.setAccessibleName(self.tr("Search the classification"))
        self.results = QListWidget(self)
        self.results.setObjectName("categoryResults")
        self.results.setAccessibleName(self.tr("Categories found"))
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self._choose_first)
        self.results.itemActivated.connect(self._choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _search(self, text: str) -> None:
        self.results.clear()
        for hit in self.index.search(text, limit=50):
            entry = hit.entry
            if not entry.is_category:
                continue
            item = QListWidgetItem(f"{entry.code} {entry.title_in(self.lang)}")
            item.setData(Qt.ItemDataRole.UserRole, entry.code)
            self.results.addItem(item)

    def _choose_first(self) -> None:
        if self.results.count():
            self._choose(self.results.item(0))

    def _choose(self, item: QListWidgetItem) -> None:
        self.code = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
