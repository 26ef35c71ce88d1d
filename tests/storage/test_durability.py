"""A writer killed in the middle of a stream of saves loses nothing it had committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from app.services.assessments import AssessmentInput, AssessmentsService
from app.services.children import ChildInput, ChildrenService
from app.storage.database import Database
from app.storage.models import Rating

WRITER = Path(__file__).with_name("writer_process.py")


def test_killing_a_writer_mid_stream_keeps_every_committed_rating(db_url: str) -> None:
    db = Database.open(db_url)
    child = ChildrenService(db, "t").create(ChildInput("Kuba", "Mazur", "2014-02-02", "M"))
    assessment = AssessmentsService(db, "t").create(
        child.id,
        AssessmentInput(
            "school_functional",
            "ofu",
            "1.0",
            "2024-10-10",
            informants=[("teacher", None), ("parent", None)],
        ),
    )
    db.close()

    writer = subprocess.Popen(
        [sys.executable, str(WRITER), db_url, str(assessment.id)], stdout=subprocess.PIPE, text=True
    )
    committed: list[tuple[int, str, str]] = []
    assert writer.stdout is not None
    for line in writer.stdout:
        rating_id, expression, informant = line.split()
        committed.append((int(rating_id), expression, informant))
        if len(committed) == 150:
            os.kill(writer.pid, signal.SIGKILL)  # no chance to clean up
            break
    writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL

    reopened = Database.open(db_url)
    try:
        if reopened.is_sqlite:
            with reopened.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        with reopened.session() as session:
            stored = {
                r.id: (r.expression, r.informant) for r in session.scalars(select(Rating)).all()
            }
        for rating_id, expression, informant in committed:
            assert stored.get(rating_id) == (expression, informant)
        # and the database is still usable for new work
        AssessmentsService(reopened, "t").save_rating(assessment.id, "b1400.1", "teacher")
    finally:
        reopened.close()
