"""Benchmarks of informant questionnaires; prints one JSON object.

    python bench/bench_forms.py [--template klasy-4-8] [--returned 500]

- time to generate the teacher's questionnaires for a class of 30 (one workbook each);
- time to import 500 returned, filled workbooks (a folder, each file all-or-nothing).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import load_workbook  # noqa: E402

from app.classification_service import load_bundled  # noqa: E402
from app.services.assessments import AssessmentInput, AssessmentsService  # noqa: E402
from app.services.children import ChildInput, ChildrenService  # noqa: E402
from app.services.questionnaires import QuestionnairesService  # noqa: E402
from app.storage.database import Database  # noqa: E402
from forms.answers import answers_for  # noqa: E402
from forms.model import Informant  # noqa: E402
from forms.questionnaire import FIRST_ROW, SHEET_ITEMS  # noqa: E402
from forms.registry import TemplateRegistry  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--template", default="klasy-4-8")
    parser.add_argument("--returned", type=int, default=500)
    args = parser.parse_args()
    classification = load_bundled()
    registry = TemplateRegistry(classification)
    template = registry.get(args.template)
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = Database.open(folder / "bench.sqlite3")
        children = ChildrenService(db, "bench")
        assessments = AssessmentsService(db, "bench", classification)
        ids = []
        for i in range(args.returned):
            child = children.create(
                ChildInput(f"Uczeń{i}", "Testowy", "2013-03-03", "MF"[i % 2], class_name="5a")
            )
            ids.append(
                assessments.create(
                    child.id,
                    AssessmentInput(
                        template.kind,
                        template.id,
                        template.version,
                        "2025-10-01",
                        informants=[("teacher", None), ("parent", None)],
                    ),
                ).id
            )
        service = QuestionnairesService(db, "bench", registry)

        started = time.perf_counter()
        service.export_batch(ids[:30], "teacher", folder / "class")
        class_of_30 = time.perf_counter() - started

        returned = folder / "returned"
        paths = service.export_batch(ids, "teacher", returned)
        for path in paths:  # fill each as a teacher would
            wb = load_workbook(path)
            ws = wb[SHEET_ITEMS]
            for row, item in enumerate(template.items(), start=FIRST_ROW):
                options = answers_for(item.form, Informant.TEACHER)
                ws.cell(row=row, column=4, value=rng.choice(options[:5]).label)
            wb.save(path)
        started = time.perf_counter()
        results = service.import_folder(returned)
        import_time = time.perf_counter() - started
        db.close()
    print(
        json.dumps(
            {
                "benchmark": "questionnaires",
                "template": f"{template.id} {template.version}",
                "items_per_questionnaire": len(template.items()),
                "generate_class_of_30_s": round(class_of_30, 3),
                "import_workbooks": len(results),
                "imported_ok": sum(1 for r in results if r.ok),
                "import_all_s": round(import_time, 2),
                "import_per_workbook_ms": round(1000 * import_time / max(len(results), 1), 1),
            },
            ensure_ascii=False,
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
