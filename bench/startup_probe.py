"""Started as a fresh process by bench_icf.py: open the main window offscreen and report.

Prints one line `shown <seconds since process start>` once the window is exposed, then quits.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.gui.application import create_window

    app = QApplication(sys.argv)
    window = create_window(app)
    window.show()

    def done() -> None:
        # wall time since the operating system started this process
        started = _process_start()
        print(f"shown {time.time() - started:.4f}", flush=True)
        app.quit()

    QTimer.singleShot(0, done)  # after the first paint has been scheduled and processed
    app.exec()


def _process_start() -> float:
    """The process's start time from /proc (Linux); falls back to interpreter import time."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        stat = Path(f"/proc/{os.getpid()}/stat").read_text().rsplit(")", 1)[1].split()
        start_ticks = int(stat[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.time() - (uptime - start_ticks / ticks)
    except (OSError, ValueError, IndexError):
        return _IMPORTED


_IMPORTED = time.time()

if __name__ == "__main__":
    main()
