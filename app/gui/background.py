"""Long work off the GUI thread: a worker thread with a progress dialog that can cancel.

The work is a plain function of two callbacks, `progress(done, total)` and `cancelled()`,
so services stay free of Qt; the window stays responsive while it runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from icf.errors import ICFError


class UnexpectedError(ICFError):
    """Something the program did not foresee (e.g. a full disk): shown, never a traceback."""

    catalog = {
        "unexpected": {
            "pl": "Operacja nie powiodła się: {reason}. Dane zapisane wcześniej pozostały bez "
            "zmian.",
            "en": "The operation failed: {reason}. Data saved before are unchanged.",
        }
    }

    def __init__(self, exc: BaseException) -> None:
        reason = getattr(exc, "strerror", None) or exc.__class__.__name__
        super().__init__("unexpected", reason=str(reason))


Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Worker(QObject):
    progress = Signal(int)  # per mille
    finished = Signal(object)
    failed = Signal(object)  # ICFError

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        try:
            result = self._work(
                lambda done, total: self.progress.emit(int(1000 * done / max(total, 1))),
                self.cancel_requested.is_set,
            )
        except ICFError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # never leave the thread running without an answer
            self.failed.emit(UnexpectedError(exc))
        else:
            self.finished.emit(result)


class BackgroundTask(QObject):
    """One run of `work`: owns the thread, the worker and the progress dialog."""

    succeeded = Signal(object)
    failed = Signal(object)  # ICFError

    def __init__(
        self,
        work: Work,
        parent: QWidget,
        *,
        title: str,
        label: str,
        cancel: str | None,
        determinate: bool = True,
    ) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._dialog = QProgressDialog(label, cancel or "", 0, 1000 if determinate else 0, parent)
        if cancel is None:
            self._dialog.setCancelButton(None)  # type: ignore[arg-type]
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

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self._dialog.close()

    def _on_finished(self, result: Any) -> None:
        self._stop()
        self.succeeded.emit(result)

    def _on_failed(self, error: Any) -> None:
        self._stop()
        self.failed.emit(error)

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Whether the thread has ended (call after `succeeded`/`failed`: the thread is
        stopped from the GUI thread's event loop, so waiting before that only times out)."""
        return self._thread.wait(timeout_ms)
