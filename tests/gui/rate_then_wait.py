"""Run by test_kill_mid_assessment in a process of its own: open the window on a database,
open an assessment, type ratings and a narrative with the keyboard, say READY and go on
running until killed.

    python tests/gui/rate_then_wait.py DATABASE ASSESSMENT_ID KEYS NARRATIVE
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.gui.application import create_window  # noqa: E402


def main() -> None:
    database, assessment_id, keys, narrative = sys.argv[1:5]
    app = QApplication(sys.argv)
    window = create_window(app, database)
    window.show()
    panel = window.open_assessment(int(assessment_id))
    assert panel is not None
    panel.informant_box.setCurrentIndex(panel.informant_box.findData("specialist"))
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.rating_model.index(0, 2))
    QTest.keyClicks(panel.table, keys)
    print("RATED", flush=True)  # every keystroke above was stored before this line
    panel.pages.setCurrentIndex(2)
    edit = panel.narrative_edits["strengths"]
    edit.setFocus()
    QTest.keyClicks(edit, narrative)
    while not panel.saved.text() or panel.save_narratives_pending():
        QTest.qWait(20)
    print("READY", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
