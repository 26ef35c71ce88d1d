"""Killing the program in the middle of an assessment loses nothing that was saved: every
rating is stored on its keystroke and the narrative as it is typed (a subprocess is killed
with SIGKILL, as a power cut or a crash would)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from app.services.assessments import AssessmentInput, AssessmentsService
from app.services.children import ChildInput, ChildrenService
from app.storage.database import Database
from forms.registry import TemplateRegistry
from icf.bundled import load_bundled
from tests.conftest import ROOT

HELPER = Path(__file__).with_name("rate_then_wait.py")


def _read_line(process: subprocess.Popen, expected: str) -> None:  # type: ignore[type-arg]
    assert process.stdout is not None
    while True:
        line = process.stdout.readline()
        assert line, f"the program ended before {expected}: {process.stderr.read()}"  # type: ignore[union-attr]
        if line.strip() == expected:
            return


def test_a_killed_program_keeps_every_rating_and_the_narrative(tmp_path: Path) -> None:
    records = tmp_path / "records.sqlite3"
    db = Database.open(records)
    template = TemplateRegistry(load_bundled()).get("klasy-4-8")
    child = ChildrenService(db, "t").create(ChildInput("Zofia", "Wójcik", "2013-06-01", "F"))
    assessment = AssessmentsService(db, "t").create(
        child.id,
        AssessmentInput(
            "school_functional",
            template.id,
            template.version,
            "2025-11-20",
            informants=[("specialist", None)],
        ),
    )
    db.close()
    rows = template.items()[:12]
    keys = "".join("21" if item.code.startswith("d") else "2" for item in rows)
    narrative = "Lubi rysowac i chetnie opowiada o zwierzetach."

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, str(HELPER), str(records), str(assessment.id), keys, narrative],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        _read_line(process, "RATED")
        _read_line(process, "READY")
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    db = Database.open(records)
    try:
        view = AssessmentsService(db, "check").get(assessment.id)
    finally:
        db.close()
    stored = view.ratings_by("specialist")
    assert set(stored) == {item.code for item in rows}
    for item in rows:
        expected = (2, 1) if item.code.startswith("d") else (2,)
        assert stored[item.code].expression.qualifiers == expected, item.code
    assert view.narratives["strengths"] == narrative
