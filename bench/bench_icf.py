"""Benchmarks of the classification engine; prints one JSON object.

    python bench/bench_icf.py

- search latency p50/p95 over the whole bundled classification for the 200 queries in
  bench/queries.txt (each query run several times; per-query timing);
- ClaML import time of a full-size file generated from the bundled classification (every
  entry in two languages with a long definition, inclusions and exclusions);
- time from process start to the main window shown (offscreen), median of several runs.
Targets (issue 2): search p95 <= 2 ms; window shown <= 1.5 s.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.classification_service import ClassificationService, load_bundled  # noqa: E402
from icf.classification import Classification  # noqa: E402
from icf.search import SearchIndex  # noqa: E402

REPEATS = 20


def queries() -> list[str]:
    lines = (ROOT / "bench" / "queries.txt").read_text(encoding="utf-8").splitlines()
    return [q for q in lines if q.strip() and not q.startswith("#")]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def bench_search(classification: Classification) -> dict[str, object]:
    started = time.perf_counter()
    index = SearchIndex(classification)
    build_ms = (time.perf_counter() - started) * 1000
    times = []
    empty = 0
    qs = queries()
    for q in qs:
        if not index.search(q):
            empty += 1
        for _ in range(REPEATS):
            t0 = time.perf_counter()
            index.search(q)
            times.append((time.perf_counter() - t0) * 1000)
    return {
        "entries": len(classification),
        "categories": sum(1 for _ in classification.categories()),
        "queries": len(qs),
        "queries_without_results": empty,
        "index_build_ms": round(build_ms, 2),
        "search_p50_ms": round(percentile(times, 0.50), 4),
        "search_p95_ms": round(percentile(times, 0.95), 4),
        "search_max_ms": round(max(times), 4),
    }


def write_claml(classification: Classification, path: Path) -> None:
    """A ClaML 2.0 file with every entry, two languages and long texts (realistic size)."""
    root = ET.Element("ClaML", version="2.0")
    ET.SubElement(root, "Meta", name="lang", value="pl,en")
    ET.SubElement(root, "Title", name="ICF", version="bench").text = "ICF (benchmark copy)"
    kinds = ET.SubElement(root, "ClassKinds")
    for kind in ("component", "chapter", "block", "category"):
        ET.SubElement(kinds, "ClassKind", name=kind)
    rubric_kinds = ET.SubElement(root, "RubricKinds")
    for kind in ("preferred", "definition", "inclusion", "exclusion"):
        ET.SubElement(rubric_kinds, "RubricKind", name=kind)
    filler = (
        "Opis funkcji obejmujący szczegółowe cechy, zakres i przykłady zachowań, które "
        "specjalista bierze pod uwagę podczas oceny. "
    ) * 4
    for entry in classification:
        cls = ET.SubElement(root, "Class", code=entry.code, kind=entry.kind.value)
        if entry.parent:
            ET.SubElement(cls, "SuperClass", code=entry.parent)
        for child in entry.children:
            ET.SubElement(cls, "SubClass", code=child)
        for rubric, text in (
            ("preferred", None),
            ("definition", filler),
            ("inclusion", filler[:200]),
            ("exclusion", filler[:160]),
        ):
            r = ET.SubElement(cls, "Rubric", kind=rubric)
            for lang in ("pl", "en"):
                label = ET.SubElement(r, "Label", {"xml:lang": lang})
                label.text = entry.title_in(lang) if text is None else f"{entry.code}: {text}"
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def bench_import(classification: Classification) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "icf.xml"
        write_claml(classification, source)
        service = ClassificationService(Path(tmp) / "data")
        t0 = time.perf_counter()
        summary = service.import_claml([source])
        elapsed = time.perf_counter() - t0
        return {
            "claml_file_mb": round(source.stat().st_size / 1e6, 2),
            "claml_entries": summary.entries,
            "claml_import_s": round(elapsed, 3),
        }


def bench_startup(runs: int = 5) -> dict[str, object]:
    times = []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        env["ICF_ASSESS_DATA_DIR"] = tmp
        for _ in range(runs):
            done = subprocess.run(
                [sys.executable, str(ROOT / "bench" / "startup_probe.py")],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
                check=True,
            )
            line = next(x for x in done.stdout.splitlines() if x.startswith("shown "))
            times.append(float(line.split()[1]))
    return {
        "window_shown_s_median": round(statistics.median(times), 3),
        "window_shown_s_max": round(max(times), 3),
        "window_runs": runs,
    }


def main() -> None:
    classification = load_bundled()
    result: dict[str, object] = {"benchmark": "icf"}
    result.update(bench_search(classification))
    result.update(bench_import(classification))
    result.update(bench_startup())
    result["targets"] = {"search_p95_ms": 2.0, "window_shown_s": 1.5}
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
