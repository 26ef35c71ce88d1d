"""Import ClaML files in a worker thread with a progress dialog that can cancel."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.classification_service import ClassificationService, ImportSummary
from icf.errors import ICFError


class _Worker(QObject):
    progress = Signal(int)  # per mille
    finished = Signal(object)  # ImportSummary
    failed = Signal(object)  # ICFError

    def __init__(self, service: ClassificationService, paths: Sequence[Path]) -> None:
        super().__init__()
        self._service = service
        self._paths = list(paths)
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        try:
            summary = self._service.import_claml(
                self._paths,
                progress=lambda done, total: self.progress.emit(int(1000 * done / max(total, 1))),
                cancelled=self.cancel_requested.is_set,
            )
        except ICFError as exc:
            self.failed.emit(exc)
        else:
            self.finished.emit(summary)


class ClamlImport(QObject):
    """One import run: owns the thread, the worker and the progress dialog."""

    succeeded = Signal(object)  # ImportSummary
    failed = Signal(object)  # ICFError

    def __init__(
        self,
        service: ClassificationService,
        paths: Sequence[Path],
        parent: QWidget,
        label: str,
        cancel: str,
        title: str,
    ) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _Worker(service, paths)
        self._worker.moveToThread(self._thread)
        self._dialog = QProgressDialog(label, cancel, 0, 1000, parent)
        self._dialog.setWindowTitle(title)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(300)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self._dialog.canceled.connect(self._worker.cancel_requested.set)
        self._worker.progress.connect(self._dialog.setValue)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._thread.started.connect(self._worker.run)

    def start(self) -> None:
        self._thread.start()

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self._dialog.close()

    def _on_finished(self, summary: ImportSummary) -> None:
        self._stop()
        self.succeeded.emit(summary)

    def _on_failed(self, error: Any) -> None:
        self._stop()
        self.failed.emit(error)

    def wait(self, timeout_ms: int = 30000) -> bool:
        return self._thread.wait(timeout_ms)
