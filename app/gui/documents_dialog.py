"""Documents of an assessment: the summary for the file and the summary for parents, shown
as they will print (QtPdf, from memory: nothing is written until the user saves), saved
where the user chooses and opened in the system's PDF viewer; the ratings as an Excel
workbook."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
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
    def __init__(
        self,
        db: Database,
        classification: Classification,
        registry: TemplateRegistry,
        assessment_id: int,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentsDialog")
        self.db = db
        self.classification = classification
        self.registry = registry
        self.assessment_id = assessment_id
        self.lang = lang
        self.pdf_bytes = b""
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Documents of the assessment"))

        self.kind = QComboBox(self)
        self.kind.setObjectName("documentKind")
        self.kind.addItem(self.tr("Assessment summary"), "summary")
        self.kind.addItem(self.tr("Summary for parents"), "parents")
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
        from app.documents.assessment_data import load_assessment
        from app.documents.assessment_summary import write_assessment_summary
        from app.documents.parents import write_parents_summary

        lang = self.language.currentData()
        data = load_assessment(
            self.db, self.assessment_id, self.classification, lang, self.registry
        )
        write = (
            write_parents_summary
            if self.kind.currentData() == "parents"
            else write_assessment_summary
        )
        write(
            data,
            out,
            lang=lang,
            privacy=self._privacy(),
            confidential=self.confidential.isChecked(),
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
        name = (
            "podsumowanie-dla-rodzicow.pdf"
            if self.kind.currentData() == "parents"
            else ("podsumowanie-oceny.pdf")
        )
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
        from app.documents.assessment_data import load_assessment
        from app.documents.spreadsheets import export_assessment

        try:
            data = load_assessment(
                self.db, self.assessment_id, self.classification, self.lang, self.registry
            )
            export_assessment(
                data, self.classification, path, lang=self.lang, privacy=self._privacy()
            )
        except ICFError as exc:
            self.status.setText(exc.message(self.lang))
            return False
        self.status.setText(self.tr("Saved: %1").replace("%1", str(path)))
        return True
