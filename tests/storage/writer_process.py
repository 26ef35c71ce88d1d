"""Run by test_durability.py as a separate process: saves ratings one by one and prints the
id of each rating right after its save has committed, until it is killed."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.classification_service import load_bundled  # noqa: E402
from app.services.assessments import AssessmentsService  # noqa: E402
from app.storage.database import Database  # noqa: E402


def main() -> None:
    db = Database.open(sys.argv[1])
    assessment_id = int(sys.argv[2])
    classification = load_bundled()
    codes = [e.code for e in classification.categories() if e.code.startswith("d")]
    service = AssessmentsService(db, "writer", classification)
    for i in range(100000):
        code = codes[i % len(codes)]
        informant = ("teacher", "parent")[(i // len(codes)) % 2]
        if i >= 2 * len(codes):
            break
        rating = service.save_rating(assessment_id, f"{code}.{i % 5}", informant)
        print(rating.id, rating.expression.format(), informant, flush=True)


if __name__ == "__main__":
    main()
