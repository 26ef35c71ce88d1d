"""A support plan on screen: the suggestions from the assessment with their reasons, accepted,
changed or rejected one by one; own goals and actions; intensity of support; providers of
the local support network and referrals; reviews with goal attainment and the T-score; what
the support achieved; the plan's history.

Everything is decided by the services (app.services.plans and .reviews); this module only
shows their answers and passes on what the user chose.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.record_dialogs import RecordDialog, heading, text_box
from icf.errors import ICFError

if TYPE_CHECKING:
    from app.services.plans import ItemView, PlanView
    from app.storage.database import Database
    from icf.classification import Classification

LEVELS = ("universal", "targeted", "intensive")
GRADES = ("low", "medium", "high")
ATTAINMENT = (-2, -1, 0, 1, 2)


def pick(texts: dict[str, str] | None, lang: str) -> str:
    if not texts:
        return ""
    return texts.get(lang) or texts.get("pl") or next(iter(texts.values()), "")


class PlanPanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        db: Database,
        actor: str,
        classification: Classification,
        plan_id: int,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from app.services.plans import PlansService
        from app.services.reviews import ReviewsService

        self.setObjectName("planPanel")
        self.db = db
        self.actor = actor
        self.lang = lang
        self.classification = classification
        self.plans = PlansService(db, actor, classification)
        self.reviews = ReviewsService(db, actor, classification)
        self.plan: PlanView = self.plans.get(plan_id)
        from app.services.children import ChildrenService

        self.child_name = ChildrenService(db, actor).get(self.plan.child_id).child.full_name
        self.current_item: int | None = None
        self._build()
        self.retranslate()
        self.refresh()

    @property
    def child_id(self) -> int:
        return self.plan.child_id

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.title = heading(self, "planTitle")
        self.state = QLabel(self)
        self.state.setObjectName("planState")
        self.state.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("planMessage")
        self.message.setWordWrap(True)

        self.intensity_label = QLabel(self)
        self.intensity_box = QComboBox(self)
        self.intensity_box.setObjectName("intensityBox")
        self.intensity_label.setBuddy(self.intensity_box)
        self.intensity_box.activated.connect(lambda _i: self._set_intensity())
        self.intensity_reasons = QLabel(self)
        self.intensity_reasons.setObjectName("intensityReasons")
        self.intensity_reasons.setWordWrap(True)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("planTree")
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(lambda cur, _prev: self._show_item(cur))

        # the chosen item
        self.reasons = QTextBrowser(self)
        self.reasons.setObjectName("itemReasons")
        self.reasons.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("itemText")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.category = QLineEdit(self)
        self.category.setObjectName("itemCategory")
        self.baseline = QComboBox(self)
        self.baseline.setObjectName("itemBaseline")
        self.target = QComboBox(self)
        self.target.setObjectName("itemTarget")
        for box in (self.baseline, self.target):
            box.addItem("—", None)
            for value in range(5):
                box.addItem(str(value), value)
        self.deadline = QLineEdit(self)
        self.deadline.setObjectName("itemDeadline")
        self.person = QLineEdit(self)
        self.person.setObjectName("itemPerson")
        self.institution = QLineEdit(self)
        self.institution.setObjectName("itemInstitution")
        self.methods = QLineEdit(self)
        self.methods.setObjectName("itemMethods")
        self.scale = [QLineEdit(self) for _ in ATTAINMENT]
        for level, edit in zip(ATTAINMENT, self.scale, strict=True):
            edit.setObjectName(f"scale_{level}")
        self.form = QFormLayout()
        self.form_labels: dict[str, QLabel] = {}
        self.form_fields: dict[str, QWidget] = {
            "text": self.text,
            "category": self.category,
            "baseline": self.baseline,
            "target": self.target,
            "deadline": self.deadline,
            "person": self.person,
            "institution": self.institution,
            "methods": self.methods,
        }
        for key, widget in self.form_fields.items():
            label = QLabel(self)
            label.setBuddy(widget)
            self.form_labels[key] = label
            self.form.addRow(label, widget)
        for level, edit in zip(ATTAINMENT, self.scale, strict=True):
            label = QLabel(f"{level:+d}" if level else "0", self)
            label.setBuddy(edit)
            self.form_labels[f"scale_{level}"] = label
            self.form.addRow(label, edit)
        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("acceptItem")
        self.accept_button.clicked.connect(lambda: self.decide("accept"))
        self.reject_button = QPushButton(self)
        self.reject_button.setObjectName("rejectItem")
        self.reject_button.clicked.connect(lambda: self.decide("reject"))
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveItem")
        self.save_button.clicked.connect(self.save_item)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_item)
        decisions = QHBoxLayout()
        decisions.addWidget(self.accept_button)
        decisions.addWidget(self.reject_button)
        decisions.addStretch(1)
        decisions.addWidget(self.save_button)
        self.providers_label = QLabel(self)
        self.providers = QListWidget(self)
        self.providers.setObjectName("providerList")
        self.providers.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.providers_label.setBuddy(self.providers)
        self.refer_button = QPushButton(self)
        self.refer_button.setObjectName("referButton")
        self.refer_button.clicked.connect(self.refer)
        self.referrals = QLabel(self)
        self.referrals.setObjectName("referrals")
        self.referrals.setWordWrap(True)
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.reasons)
        details_layout.addLayout(self.form)
        details_layout.addLayout(decisions)
        details_layout.addWidget(self.providers_label)
        details_layout.addWidget(self.providers)
        details_layout.addWidget(self.refer_button)
        details_layout.addWidget(self.referrals)
        details_layout.addStretch(1)
        details_scroll = QScrollArea(self)
        details_scroll.setWidgetResizable(True)
        details_scroll.setWidget(details)

        self.accept_all_button = QPushButton(self)
        self.accept_all_button.setObjectName("acceptAllItems")
        self.accept_all_button.clicked.connect(self.accept_all)
        self.add_goal_button = QPushButton(self)
        self.add_goal_button.setObjectName("addGoal")
        self.add_goal_button.clicked.connect(self.add_goal)
        self.add_action_button = QPushButton(self)
        self.add_action_button.setObjectName("addAction")
        self.add_action_button.clicked.connect(self.add_action)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_all_button)
        buttons.addWidget(self.add_goal_button)
        buttons.addWidget(self.add_action_button)
        left_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(details_scroll)
        split.setSizes([560, 700])

        # reviews and what the support achieved
        self.review_button = QPushButton(self)
        self.review_button.setObjectName("recordReview")
        self.review_button.clicked.connect(self.record_review)
        self.documents_button = QPushButton(self)
        self.documents_button.setObjectName("planDocuments")
        self.documents_button.clicked.connect(self.show_documents)
        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName("approvePlan")
        self.approve_button.clicked.connect(self.approve)
        self.effect = QTextBrowser(self)
        self.effect.setObjectName("effectiveness")
        review_page = QWidget(self)
        review_layout = QVBoxLayout(review_page)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_button)
        review_row.addStretch(1)
        review_layout.addLayout(review_row)
        review_layout.addWidget(self.effect, 1)

        self.history = QListWidget(self)
        self.history.setObjectName("planHistory")

        self.pages = QTabWidget(self)
        self.pages.setObjectName("planPages")
        self.pages.addTab(split, "")
        self.pages.addTab(review_page, "")
        self.pages.addTab(self.history, "")
        self.pages.currentChanged.connect(self._on_page)

        intensity = QHBoxLayout()
        intensity.addWidget(self.intensity_label)
        intensity.addWidget(self.intensity_box)
        intensity.addWidget(self.intensity_reasons, 1)
        intensity.addWidget(self.approve_button)
        intensity.addWidget(self.documents_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addLayout(intensity)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)

    # --- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.intensity_label.setText(self.tr("&Intensity of support:"))
        self.intensity_box.setAccessibleName(self.tr("Intensity of support"))
        current = self.intensity_box.currentData()
        self.intensity_box.blockSignals(True)
        self.intensity_box.clear()
        for level, text in zip(
            LEVELS,
            (self.tr("universal"), self.tr("targeted"), self.tr("intensive")),
            strict=True,
        ):
            self.intensity_box.addItem(text, level)
        self.intensity_box.setCurrentIndex(max(0, self.intensity_box.findData(current)))
        self.intensity_box.blockSignals(False)
        self.tree.setAccessibleName(self.tr("The plan's sections and items"))
        self.reasons.setAccessibleName(self.tr("Why this was suggested"))
        for key, text in (
            ("text", self.tr("&Text:")),
            ("category", self.tr("ICF &category:")),
            ("baseline", self.tr("&Baseline:")),
            ("target", self.tr("T&arget:")),
            ("deadline", self.tr("&Deadline:")),
            ("person", self.tr("Res&ponsible person:")),
            ("institution", self.tr("Responsible i&nstitution:")),
            ("methods", self.tr("&Methods:")),
        ):
            self.form_labels[key].setText(text)
        for key, widget in self.form_fields.items():
            widget.setAccessibleName(self.form_labels[key].text().replace("&", "").rstrip(":"))
        for level, edit in zip(ATTAINMENT, self.scale, strict=True):
            edit.setAccessibleName(
                self.tr("Goal attainment level %1").replace("%1", f"{level:+d}" if level else "0")
            )
        self.deadline.setPlaceholderText(self.tr("e.g. 30.06.2026"))
        self.accept_button.setText(self.tr("&Accept"))
        self.reject_button.setText(self.tr("&Reject"))
        self.save_button.setText(self.tr("&Save changes (Ctrl+S)"))
        self.providers_label.setText(self.tr("Pro&viders of the support network for this item:"))
        self.providers.setAccessibleName(self.tr("Matching providers"))
        self.refer_button.setText(self.tr("Re&fer to the chosen provider"))
        self.accept_all_button.setText(self.tr("Accept all s&uggestions"))
        self.add_goal_button.setText(self.tr("Add a &goal…"))
        self.add_action_button.setText(self.tr("Add an ac&tion…"))
        self.review_button.setText(self.tr("Record a re&view…"))
        self.approve_button.setText(self.tr("Appro&ve the plan"))
        self.approve_button.setToolTip(
            self.tr("The plan is agreed and in force: its documents are no longer drafts")
        )
        self.documents_button.setText(self.tr("Doc&uments…"))
        self.documents_button.setToolTip(
            self.tr("The plan and, after a review, the evaluation report: preview and PDF")
        )
        self.effect.setAccessibleName(self.tr("What the support achieved"))
        self.history.setAccessibleName(self.tr("History of the plan"))
        self.pages.setTabText(0, self.tr("P&lan"))
        self.pages.setTabText(1, self.tr("Reviews and &effects"))
        self.pages.setTabText(2, self.tr("&History"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self.lang = lang

    def kind_name(self, kind: str) -> str:
        return {
            "ipet": self.tr("Individual education and therapy programme (IPET)"),
            "family": self.tr("Family support plan"),
            "intersectoral": self.tr("Intersectoral support plan"),
        }.get(kind, kind)

    def informant_name(self, role: object) -> str:
        return {
            "specialist": self.tr("specialist"),
            "teacher": self.tr("teacher"),
            "parent": self.tr("parent"),
            "student": self.tr("student"),
            "consensus": self.tr("team consensus"),
        }.get(str(role), str(role or ""))

    def status_name(self, status: str) -> str:
        return {
            "suggested": self.tr("suggestion"),
            "accepted": self.tr("accepted"),
            "changed": self.tr("changed"),
            "own": self.tr("own"),
            "rejected": self.tr("rejected"),
        }.get(status, status)

    # --- showing the plan -------------------------------------------------------------

    def refresh(self) -> None:
        plan = self.plan
        self.title.setText(f"{plan.title} — {self.child_name}")
        period = f"{plan.starts_on.strftime('%d.%m.%Y')} – {plan.ends_on.strftime('%d.%m.%Y')}"
        pending = len(plan.pending)
        status = {
            "draft": self.tr("draft"),
            "active": self.tr("in force"),
            "closed": self.tr("closed"),
        }.get(plan.status, plan.status)
        self.state.setText(
            self.tr("%1, %2 (%4); waiting for a decision: %3")
            .replace("%1", self.kind_name(plan.kind))
            .replace("%2", period)
            .replace("%3", str(pending))
            .replace("%4", status)
        )
        self.approve_button.setVisible(plan.status == "draft")
        self.approve_button.setEnabled(not plan.pending and any(i.in_plan for i in plan.items))
        chosen = plan.intensity or plan.suggested_intensity
        self.intensity_box.blockSignals(True)
        self.intensity_box.setCurrentIndex(max(0, self.intensity_box.findData(chosen)))
        self.intensity_box.blockSignals(False)
        suggested = {
            "universal": self.tr("universal"),
            "targeted": self.tr("targeted"),
            "intensive": self.tr("intensive"),
        }.get(plan.suggested_intensity or "", "—")
        reasons = " ".join(pick(r, self.lang) for r in plan.intensity_reasons)
        self.intensity_reasons.setText(
            self.tr("Suggested: %1. %2").replace("%1", suggested).replace("%2", reasons)
        )
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen_item = None
        for _key, title, items in plan.sections(include_pending=True):
            if not items:
                continue
            top = QTreeWidgetItem([pick(title, self.lang)])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for item in items:
                mark = {"suggested": "◇", "accepted": "✓", "changed": "✎", "own": "+"}
                code = f"{item.category} " if item.category else ""
                child = QTreeWidgetItem([f"{mark.get(item.status, '')} {code}{item.text}".strip()])
                child.setData(0, Qt.ItemDataRole.UserRole, item.id)
                child.setToolTip(0, self.status_name(item.status))
                top.addChild(child)
                if item.id == self.current_item:
                    chosen_item = child
            top.setExpanded(True)
        self.tree.blockSignals(False)
        if chosen_item is None and self.tree.topLevelItemCount():
            first = self.tree.topLevelItem(0)
            chosen_item = first.child(0) if first.childCount() else first
        if chosen_item is not None:
            self.tree.setCurrentItem(chosen_item)
            self._show_item(chosen_item)
        self.history.clear()
        for revision in reversed(self.plans.history(plan.id)):
            when = revision.at.strftime("%d.%m.%Y %H:%M") if revision.at else ""
            self.history.addItem(
                f"{revision.number}. {when} — {revision.actor}: {pick(revision.change, self.lang)}"
            )

    def item(self, item_id: int | None) -> ItemView | None:
        return next((i for i in self.plan.items if i.id == item_id), None)

    def _show_item(self, node: QTreeWidgetItem | None) -> None:
        item = self.item(node.data(0, Qt.ItemDataRole.UserRole)) if node is not None else None
        self.current_item = item.id if item else None
        enabled = item is not None
        for widget in (self.text, self.deadline, self.person, self.institution, self.save_button):
            widget.setEnabled(enabled)
        if item is None:
            self.reasons.clear()
            return
        goal = item.is_goal
        for widget in (self.category, self.baseline, self.target, self.methods, *self.scale):
            widget.setEnabled(goal)
        self.text.setPlainText(item.text)
        self.category.setText(item.category or "")
        self.baseline.setCurrentIndex(max(0, self.baseline.findData(item.baseline)))
        self.target.setCurrentIndex(max(0, self.target.findData(item.target)))
        self.deadline.setText(item.deadline.strftime("%d.%m.%Y") if item.deadline else "")
        self.person.setText(item.responsible_person or "")
        self.institution.setText(item.responsible_institution or "")
        self.methods.setText(item.methods or "")
        scale = item.scale or [""] * 5
        for edit, text in zip(self.scale, scale, strict=False):
            edit.setText(text)
        self.accept_button.setEnabled(item.status == "suggested")
        self.reject_button.setEnabled(item.status != "rejected")
        self.reasons.setHtml(self._reasons_html(item))
        self.providers.clear()
        try:
            matches = self.plans.providers_for(item.id)
        except ICFError:
            matches = []
        for match in matches:
            provider = match.provider
            line = f"{provider.name} — {provider.address}"
            if provider.phone:
                line += f", tel. {provider.phone}"
            entry = QListWidgetItem(line)
            entry.setData(Qt.ItemDataRole.UserRole, provider.id)
            entry.setToolTip("; ".join(pick(r, self.lang) for r in match.reasons))
            self.providers.addItem(entry)
        if not matches:
            self.providers.addItem(self.tr("No provider in the directory matches this item."))
        self.refer_button.setEnabled(bool(matches))
        self.referrals.setText(
            self.tr("Referred to: %1").replace(
                "%1",
                "; ".join(
                    f"{r.provider_name} ({r.referred_on.strftime('%d.%m.%Y')})"
                    for r in item.referrals
                ),
            )
            if item.referrals
            else ""
        )

    def _reasons_html(self, item: ItemView) -> str:
        parts = [f"<p><b>{escape(self.status_name(item.status))}</b></p>"]
        if item.reasons:
            parts.append("<p>" + escape(self.tr("Suggested because of these ratings:")) + "</p>")
            parts.append("<ul>")
            for reason in item.reasons:
                code = reason.get("code", "")
                entry = self.classification.get(code) if code else None
                title = entry.title_in(self.lang) if entry else ""
                parts.append(
                    f"<li><b>{escape(str(reason.get('expression', code)))}</b> "
                    f"{escape(title)} — {escape(self.informant_name(reason.get('informant')))}"
                    f"{': ' + escape(str(reason['condition'])) if reason.get('condition') else ''}"
                    "</li>"
                )
            parts.append("</ul>")
        elif item.status == "own":
            parts.append("<p>" + escape(self.tr("Added by the specialist.")) + "</p>")
        return "".join(parts)

    # --- decisions and changes --------------------------------------------------------

    def _apply(self, call: Any) -> bool:
        try:
            self.plan = call()
        except ICFError as exc:
            self.message.setText(exc.message(self.lang))
            self.message.setStyleSheet("color: #b00020;")
            return False
        self.message.setText(self.tr("Saved."))
        self.message.setStyleSheet("")
        self.refresh()
        self.changed.emit()
        return True

    def decide(self, decision: str) -> bool:
        item_id = self.current_item
        if item_id is None:
            return False
        return self._apply(
            lambda: self.plans.decide(self.plan.id, item_id, decision, self.plan.version)
        )

    def accept_all(self) -> bool:
        return self._apply(lambda: self.plans.accept_all(self.plan.id, self.plan.version))

    def save_item(self) -> bool:
        from app.services.plans import ItemChanges

        item = self.item(self.current_item)
        if item is None:
            return False
        changes = ItemChanges(
            text=self.text.toPlainText(),
            deadline=self.deadline.text().strip() or None,
            responsible_person=self.person.text(),
            responsible_institution=self.institution.text(),
        )
        if item.is_goal:
            changes.category = self.category.text().strip() or None
            changes.baseline = self.baseline.currentData()
            changes.target = self.target.currentData()
            changes.methods = self.methods.text()
            changes.scale = [edit.text() for edit in self.scale]
        return self._apply(
            lambda: self.plans.change_item(self.plan.id, item.id, self.plan.version, changes)
        )

    def _set_intensity(self) -> None:
        level = self.intensity_box.currentData()
        if level and level != self.plan.intensity:
            self._apply(lambda: self.plans.set_intensity(self.plan.id, self.plan.version, level))

    def refer(self) -> bool:
        chosen = self.providers.currentItem()
        item_id = self.current_item
        provider = chosen.data(Qt.ItemDataRole.UserRole) if chosen else None
        if provider is None or item_id is None:
            return False
        return self._apply(
            lambda: self.plans.refer(self.plan.id, item_id, provider, self.plan.version)
        )

    def add_goal(self) -> QDialog:
        dialog = GoalDialog(self, self.lang, self)
        dialog.open()
        return dialog

    def add_action(self) -> QDialog:
        dialog = ActionDialog(self, self.lang, self)
        dialog.open()
        return dialog

    def approve(self) -> bool:
        return self._apply(lambda: self.plans.set_status(self.plan.id, self.plan.version, "active"))

    def show_documents(self) -> QDialog:
        from app.gui.documents_dialog import plan_documents

        dialog = plan_documents(self.db, self.classification, self.plan.id, self.lang, self)
        dialog.open()
        return dialog

    # --- reviews ------------------------------------------------------------------------

    def _on_page(self, number: int) -> None:
        if number == 1:
            self.show_effects()

    def record_review(self) -> QDialog:
        dialog = ReviewDialog(self, self.lang, self)
        dialog.open()
        return dialog

    def show_effects(self) -> None:
        try:
            effect = self.reviews.effectiveness(self.plan.id)
        except ICFError as exc:
            self.effect.setPlainText(exc.message(self.lang))
            return
        parts = []
        if effect.review is None:
            parts.append("<p>" + escape(self.tr("No review has been recorded yet.")) + "</p>")
        else:
            parts.append(
                "<h3>"
                + escape(
                    self.tr("Review of %1: goal attainment T-score %2")
                    .replace("%1", effect.review.reviewed_on.strftime("%d.%m.%Y"))
                    .replace("%2", f"{effect.t_score:.1f}" if effect.t_score is not None else "—")
                )
                + "</h3><p><i>"
                + escape(
                    self.tr(
                        "50 means the goals were reached as expected; above 50, better than "
                        "expected; below 50, worse."
                    )
                )
                + "</i></p><ul>"
            )
            for goal in effect.goals:
                level = "—" if goal.level is None else (f"{goal.level:+d}" if goal.level else "0")
                parts.append(f"<li>{escape(goal.label)}: <b>{level}</b></li>")
            parts.append("</ul>")
        summary = effect.summary
        for title, lines in (
            (self.tr("What improved"), summary.improved),
            (self.tr("What did not improve"), summary.not_improved),
            (
                self.tr("What the next plan should change"),
                [pick(t, self.lang) for t in summary.next_plan],
            ),
        ):
            parts.append(f"<h3>{escape(title)} ({len(lines)})</h3>")
            if lines:
                parts.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in lines) + "</ul>")
        due = [d for d, review in self.plan.review_dates if review is None]
        if due:
            parts.append(
                "<p>"
                + escape(self.tr("Next review: %1").replace("%1", min(due).strftime("%d.%m.%Y")))
                + "</p>"
            )
        self.effect.setHtml("".join(parts))


class _PlanItemDialog(RecordDialog):
    """A dialog adding to the plan: stores through the service, then shows the new plan."""

    def __init__(self, panel: PlanPanel, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.panel = panel

    def store(self, add: Any) -> None:
        from app.services.plans import _FIELD

        panel = self.panel
        self.run_service(lambda: add(panel.plan.id, panel.plan.version), _FIELD)
        if self.result() == QDialog.DialogCode.Accepted:
            panel.plan = self.result_value
            panel.refresh()
            panel.changed.emit()


class GoalDialog(_PlanItemDialog):
    """An own goal: ICF category, text, baseline and target, deadline, who, how."""

    def __init__(self, panel: PlanPanel, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(panel, lang, parent)
        self.setObjectName("goalDialog")
        self.setWindowTitle(self.tr("Add a goal"))
        self.add_field("category", self.tr("ICF &category *"), QLineEdit(self), "d166")
        self.add_field("text", self.tr("&Goal *"), text_box(self, 4))
        for key, label in (("baseline", self.tr("&Baseline *")), ("target", self.tr("T&arget *"))):
            box = QComboBox(self)
            for value in range(5):
                box.addItem(str(value), str(value))
            self.add_field(key, label, box)
        self.add_field(
            "deadline", self.tr("&Deadline"), QLineEdit(self), self.tr("e.g. 30.06.2026")
        )
        self.add_field("person", self.tr("Res&ponsible person"), QLineEdit(self))
        self.add_field("methods", self.tr("&Methods"), QLineEdit(self))
        self.widgets["category"].setFocus()

    def submit(self) -> None:
        from app.services.plans import GoalInput

        data = GoalInput(
            category=self.text("category").strip(),
            text=self.text("text"),
            baseline=int(self.text("baseline")),
            target=int(self.text("target")),
            deadline=self.text("deadline").strip() or None,
            responsible_person=self.text("person") or None,
            methods=self.text("methods") or None,
        )
        self.store(lambda plan, version: self.panel.plans.add_goal(plan, version, data))


class ActionDialog(_PlanItemDialog):
    """An own action: an adaptation, a form of help, support for parents, another sector."""

    def __init__(self, panel: PlanPanel, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(panel, lang, parent)
        self.setObjectName("actionDialog")
        self.setWindowTitle(self.tr("Add an action"))
        kinds = QComboBox(self)
        for kind, label in (
            ("adaptation", self.tr("adaptation of requirements or conditions")),
            ("help", self.tr("form of psychological-pedagogical help")),
            ("parents", self.tr("support for the parents")),
            ("sector", self.tr("action of another sector (health, welfare, NGO)")),
            ("action", self.tr("other action")),
        ):
            kinds.addItem(label, kind)
        self.add_field("kind", self.tr("&Kind *"), kinds)
        self.add_field("text", self.tr("&What will be done *"), text_box(self, 4))
        self.add_field("person", self.tr("Res&ponsible person"), QLineEdit(self))
        self.add_field(
            "deadline", self.tr("&Deadline"), QLineEdit(self), self.tr("e.g. 30.06.2026")
        )
        kinds.setFocus()

    def submit(self) -> None:
        from app.services.plans import ActionInput

        data = ActionInput(
            kind=self.text("kind"),
            text=self.text("text"),
            responsible_person=self.text("person") or None,
            deadline=self.text("deadline").strip() or None,
        )
        self.store(lambda plan, version: self.panel.plans.add_action(plan, version, data))


class ReviewDialog(RecordDialog):
    """A review: the date, a re-assessment if there is one, each goal's attainment (−2…+2,
    described by the goal's own scale), notes."""

    def __init__(self, panel: PlanPanel, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.setObjectName("reviewDialog")
        self.panel = panel
        self.setWindowTitle(self.tr("Record a review"))
        self.add_field(
            "reviewed_on",
            self.tr("&Date of the review *"),
            QLineEdit(date.today().strftime("%d.%m.%Y"), self),
        )
        assessments = QComboBox(self)
        assessments.addItem(self.tr("— none —"), None)
        from app.services.assessments import AssessmentsService

        for other in AssessmentsService(panel.db, panel.actor).for_child(panel.plan.child_id):
            if other.id != panel.plan.assessment_id:
                assessments.addItem(
                    f"{other.assessed_on.strftime('%d.%m.%Y')} — {other.template_id}", other.id
                )
        self.add_field("assessment", self.tr("&Re-assessment"), assessments)
        assessments.currentIndexChanged.connect(lambda _i: self._suggest_levels())
        self.levels: dict[int, QComboBox] = {}
        for goal in panel.plan.goals:
            box = QComboBox(self)
            scale = goal.scale or [""] * 5
            for level, text in zip(ATTAINMENT, scale, strict=False):
                label = f"{level:+d}" if level else "0"
                box.addItem(f"{label} {text}".strip(), str(level))
            box.setCurrentIndex(ATTAINMENT.index(0))
            code = f"{goal.category} " if goal.category else ""
            self.add_field(f"goal_{goal.id}", f"{code}{goal.text[:70]}", box)
            self.levels[goal.id] = box
        self.add_field("notes", self.tr("&Notes"), text_box(self, 3))
        self.setMinimumWidth(640)

    def _suggest_levels(self) -> None:
        assessment = self.widgets["assessment"]
        assert isinstance(assessment, QComboBox)
        chosen = assessment.currentData()
        if chosen is None:
            return
        try:
            suggested = self.panel.reviews.suggest_levels(self.panel.plan.id, chosen)
        except ICFError:
            return
        for item_id, level in suggested.items():
            box = self.levels.get(item_id)
            if box is not None:
                box.setCurrentIndex(ATTAINMENT.index(level))

    def submit(self) -> None:
        from app.services.common import FIELDS

        assessment = self.widgets["assessment"]
        assert isinstance(assessment, QComboBox)
        levels = {item_id: int(box.currentData()) for item_id, box in self.levels.items()}
        panel = self.panel
        self.run_service(
            lambda: panel.reviews.record(
                panel.plan.id,
                self.text("reviewed_on"),
                levels,
                assessment_id=assessment.currentData(),
                notes=self.text("notes") or None,
            ),
            FIELDS,
        )
        if self.result() == QDialog.DialogCode.Accepted:
            panel.plan = panel.plans.get(panel.plan.id)
            panel.refresh()
            panel.pages.setCurrentIndex(1)
            panel.show_effects()
            panel.changed.emit()


class CreatePlanDialog(RecordDialog):
    """A plan from an assessment: its kind (a school's IPET or a family / intersectoral
    plan), the area for finding providers, and for a family its motivation and resources."""

    def __init__(
        self,
        create: Any,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lang, parent)
        self.setObjectName("createPlanDialog")
        self._create = create
        self.setWindowTitle(self.tr("Make a support plan"))
        kinds = QComboBox(self)
        for kind, label in (
            ("ipet", self.tr("school: IPET")),
            ("family", self.tr("family support plan")),
            ("intersectoral", self.tr("intersectoral support plan")),
        ):
            kinds.addItem(label, kind)
        self.add_field("plan_kind", self.tr("&Kind of plan"), kinds)
        self.add_field(
            "area", self.tr("&Town or area"), QLineEdit(self), self.tr("for matching providers")
        )
        for key, label in (
            ("motivation", self.tr("Family's &motivation to change")),
            ("resources", self.tr("Family's &resources for change")),
        ):
            box = QComboBox(self)
            box.addItem(self.tr("— not assessed —"), None)
            for grade, text in zip(
                GRADES, (self.tr("low"), self.tr("medium"), self.tr("high")), strict=True
            ):
                box.addItem(text, grade)
            self.add_field(key, label, box)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Make the plan"))
        kinds.setFocus()

    def submit(self) -> None:
        from app.services.plans import _FIELD

        motivation = self.widgets["motivation"]
        resources = self.widgets["resources"]
        assert isinstance(motivation, QComboBox) and isinstance(resources, QComboBox)
        kind, area = self.text("plan_kind"), self.text("area").strip() or None
        self.run_service(
            lambda: self._create(kind, area, motivation.currentData(), resources.currentData()),
            _FIELD,
        )
