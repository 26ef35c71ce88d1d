"""The Qt binding must not corrupt Python's reference counts: PySide6 6.12.0 released a
reference to None on every call of a Qt method returning nothing, and on Python 3.11 the
program then aborted after some minutes of use ("Fatal Python error: none_dealloc")."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_calling_qt_methods_keeps_the_reference_count_of_none(qapp: QApplication) -> None:
    label = QLabel("ocena")
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.update()
        label.setText("ocena")
    qapp.processEvents()
    # a few references may come and go with the event loop; a leak would be ~4000
    assert sys.getrefcount(None) - before > -200
