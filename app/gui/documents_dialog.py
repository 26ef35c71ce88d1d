"""Documents of an assessment: the summary for the file and the summary for parents, shown
as they will print (QtPdf, from memory: nothing is written until the user saves), saved
where the user chooses and opened in the system's PDF viewer; the ratings as an Excel
workbook."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icf.errors import ICFError

if TYPE_CHECKING:
    from app.storage.database import Database
    from forms.registry import TemplateRegistry
    from icf.classification import Classification


class DocumentsDialog(QDialog):
    """A preview of one of a record's documents. `kinds` are (key, label) of the documents
    offered; `build(key, out, lang, privacy, confidential)` writes the chosen one to a file
    or to memory; `workbook(out, lang, privacy)`, when given, saves the data as Excel."""

    def __init__(
        self,
        kinds: list[tuple[str, str]],
        build: Callable[[str, Path | io.BytesIO, str, Any, bool], object],
        lang: str,
        parent: QWidget | None = None,
        workbook: Callable[[Path, str, Any], object] | None = None,
        file_names: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentsDialog")
        self._build = build
        self._workbook = workbook
        self.file_names = file_names or {}
        self.lang = lang
        self.pdf_bytes = b""
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Documents"))

        self.kind = QComboBox(self)
        self.kind.setObjectName("documentKind")
        for key, label in kinds:
            self.kind.addItem(label, key)
        self.language = QComboBox(self)
        self.language.setObjectName("documentLanguage")
        self.language.addItem("polski", "pl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.identity = QComboBox(self)
        self.identity.setObjectName("documentIdentity")
        self.identity.addItem(self.tr("full name"), "full")
        self.identity.addItem(self.tr("initials only"), "initials")
        self.identity.addItem(self.tr("no name"), "none")
        self.confidential = QCheckBox(self.tr("mark as &confidential"), self)
        self.confidential.setObjectName("documentConfidential")
        for box, name in (
            (self.kind, self.tr("Document")),
            (self.language, self.tr("Language of the document")),
            (self.identity, self.tr("How the child is named")),
        ):
            box.setAccessibleName(name)
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.confidential.toggled.connect(lambda _on: self.refresh())

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("documentPreview")
        self.view.setAccessibleName(self.tr("Preview of the document"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self._buffer: QBuffer | None = None
        self.status = QLabel(self)
        self.status.setObjectName("documentStatus")
        self.status.setWordWrap(True)

        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setObjectName("savePdf")
        self.save_button.clicked.connect(self.choose_file)
        self.open_button = QPushButton(self.tr("&Open the saved file"), self)
        self.open_button.setObjectName("openPdf")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_saved)
        self.excel_button = QPushButton(self.tr("Ratings to &Excel…"), self)
        self.excel_button.setObjectName("saveExcel")
        self.excel_button.clicked.connect(self.choose_workbook)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)

        options = QHBoxLayout()
        for label, widget in (
            (self.tr("&Document:"), self.kind),
            (self.tr("&Language:"), self.language),
            (self.tr("C&hild:"), self.identity),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            options.addWidget(caption)
            options.addWidget(widget)
        options.addWidget(self.confidential)
        options.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.excel_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(1000, 720)
        self.refresh()

    def _privacy(self):  # type: ignore[no-untyped-def]
        from app.documents.texts import Identity, Privacy

        return Privacy(identity=Identity(self.identity.currentData()))

    def build(self, out: Path | io.BytesIO) -> None:
        self._build(
            self.kind.currentData(),
            out,
            self.language.currentData(),
            self._privacy(),
            self.confidential.isChecked(),
        )

    def refresh(self) -> None:
        """Make the document in memory and show it."""
        stream = io.BytesIO()
        try:
            self.build(stream)
        except ICFError as exc:
            self.status.setText(exc.message(self.lang))
            self.save_button.setEnabled(False)
            return
        self.pdf_bytes = stream.getvalue()
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(self.pdf_bytes))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.save_button.setEnabled(True)
        self.status.setText(
            self.tr(
                "%n page(s). Nothing is written to the disk until you save.",
                "",
                self.document.pageCount(),
            )
        )

    def choose_file(self) -> None:
        name = self.file_names.get(self.kind.currentData(), "dokument.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path.home() / name), self.tr("PDF (*.pdf)")
        )
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> bool:
        try:
            self.build(path)
        except ICFError as exc:
            self.status.setText(exc.message(self.lang))
            return False
        self.saved_path = path
        self.open_button.setEnabled(True)
        self.status.setText(self.tr("Saved: %1").replace("%1", str(path)))
        return True

    def open_saved(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))

    def choose_workbook(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Ratings to Excel"),
            str(Path.home() / "oceny.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.save_workbook(Path(path))

    def save_workbook(self, path: Path) -> bool:
        if self._workbook is None:
            return False
        try:
            self._workbook(path, self.lang, self._privacy())
        except ICFError as exc:
            self.status.setText(exc.message(self.lang))
            return False
        self.status.setText(self.tr("Saved: %1").replace("%1", str(path)))
        return True


def assessment_documents(
    db: Database,
    classification: Classification,
    registry: TemplateRegistry,
    assessment_id: int,
    lang: str,
    parent: QWidget | None = None,
) -> DocumentsDialog:
    """The assessment summary and the summary for parents (with the child's plan, if any)."""
    from app.documents.assessment_data import load_assessment
    from app.documents.assessment_summary import write_assessment_summary
    from app.documents.parents import plan_extras, write_parents_summary
    from app.documents.spreadsheets import export_assessment

    def build(
        kind: str, out: Path | io.BytesIO, lang: str, privacy: Any, confidential: bool
    ) -> object:
        data = load_assessment(db, assessment_id, classification, lang, registry)
        if kind == "parents":
            extra = plan_extras(db, data, classification, lang)
            return write_parents_summary(
                data, out, lang=lang, privacy=privacy, confidential=confidential, **extra
            )
        return write_assessment_summary(
            data, out, lang=lang, privacy=privacy, confidential=confidential
        )

    def workbook(out: Path, lang: str, privacy: Any) -> object:
        data = load_assessment(db, assessment_id, classification, lang, registry)
        return export_assessment(data, classification, out, lang=lang, privacy=privacy)

    dialog = DocumentsDialog(
        [
            ("summary", QCoreApplication.translate("DocumentsDialog", "Assessment summary")),
            ("parents", QCoreApplication.translate("DocumentsDialog", "Summary for parents")),
        ],
        build,
        lang,
        parent,
        workbook,
        {"summary": "podsumowanie-oceny.pdf", "parents": "podsumowanie-dla-rodzicow.pdf"},
    )
    dialog.setWindowTitle(
        QCoreApplication.translate("DocumentsDialog", "Documents of the assessment")
    )
    return dialog


def plan_documents(
    db: Database,
    classification: Classification,
    plan_id: int,
    lang: str,
    parent: QWidget | None = None,
) -> DocumentsDialog:
    """The support plan and, once it has been reviewed, the evaluation report."""
    from app.documents.evaluation import load_evaluation, write_evaluation
    from app.documents.plan import load_plan, write_plan

    def build(
        kind: str, out: Path | io.BytesIO, lang: str, privacy: Any, confidential: bool
    ) -> object:
        if kind == "evaluation":
            data, after, effect = load_evaluation(db, plan_id, classification, lang)
            return write_evaluation(
                data, after, effect, out, lang=lang, privacy=privacy, confidential=confidential
            )
        data = load_plan(db, plan_id, classification, lang)
        return write_plan(data, out, lang=lang, privacy=privacy, confidential=confidential)

    dialog = DocumentsDialog(
        [
            ("plan", QCoreApplication.translate("DocumentsDialog", "Support plan")),
            ("evaluation", QCoreApplication.translate("DocumentsDialog", "Evaluation report")),
        ],
        build,
        lang,
        parent,
        None,
        {"plan": "plan-wsparcia.pdf", "evaluation": "ewaluacja-planu.pdf"},
    )
    dialog.excel_button.hide()
    dialog.setWindowTitle(QCoreApplication.translate("DocumentsDialog", "Documents of the plan"))
    return dialog
