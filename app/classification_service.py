"""The classification as the application uses it: bundled data, imported texts, search.

The bundled classification (`resources/icf/*.jsonl`) is merged with what the user imported
from official ClaML files; imports are kept in the user data directory and used on every
start. An import is all or nothing: every file is read and checked before anything is
written, and the stored file is replaced atomically.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.paths import data_dir
from icf.bundled import BUNDLED_FILES, bundled_paths, load_bundled  # noqa: F401 - re-exported
from icf.claml import read_claml
from icf.classification import Classification, Entry, load_jsonl
from icf.errors import ClassificationDataError, CodeError, ICFError
from icf.grammar import Code, CodedExpression, parse
from icf.search import Hit, SearchIndex

IMPORTED_FILE = "imported.jsonl"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CheckResult:
    text: str
    expression: CodedExpression | None
    entry: Entry | None
    error: ICFError | None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class ImportSummary:
    files: int
    entries: int
    new_entries: int
    languages: tuple[str, ...]


class ClassificationService:
    def __init__(self, directory: Path | None = None) -> None:
        self._dir = directory
        self._classification: Classification | None = None
        self._index: SearchIndex | None = None
        #: set when the stored import could not be read; the bundled data is used instead
        self.load_problem: ICFError | None = None

    # --- the classification -------------------------------------------------------------

    @property
    def imported_path(self) -> Path:
        return (self._dir or data_dir()) / "classification" / IMPORTED_FILE

    @property
    def classification(self) -> Classification:
        if self._classification is None:
            self._classification = self._load()
        return self._classification

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            self._index = SearchIndex(self.classification)
        return self._index

    def _load(self) -> Classification:
        bundled = load_bundled()
        stored = self._stored_import()
        return bundled.merged(stored) if stored is not None else bundled

    def _stored_import(self) -> Classification | None:
        path = self.imported_path
        if not path.exists():
            return None
        try:
            return load_jsonl([path])
        except ClassificationDataError as exc:
            self.load_problem = exc
            return None

    # --- queries ------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        return self.index.search(query, limit)

    def entry(self, code: str) -> Entry:
        """The entry for a code of any kind; a code not in the classification raises."""
        key = code.strip().lower()
        entry = self.classification.get(key)
        if entry is None:
            if not key:
                raise CodeError("empty")
            raise CodeError("unknown_code", text=code.strip())
        return entry

    def check(self, text: str) -> list[CheckResult]:
        """Check each coded expression of a text (separated by spaces, commas or semicolons)."""
        results = []
        for item in (t for t in re.split(r"[\s,;]+", text) if t):
            try:
                expression = parse(item)
            except CodeError as exc:
                results.append(CheckResult(item, None, None, exc))
                continue
            entry = self.classification.get(expression.code.text)
            if entry is None:
                results.append(
                    CheckResult(item, expression, None, CodeError("unknown_code", text=item))
                )
            else:
                results.append(CheckResult(item, expression, entry, None))
        if not results:
            results.append(CheckResult("", None, None, CodeError("empty")))
        return results

    def is_category(self, code: Code | str) -> bool:
        entry = self.classification.get(str(code))
        return entry is not None and entry.is_category

    # --- import -------------------------------------------------------------------------

    def import_claml(
        self,
        paths: Sequence[Path],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportSummary:
        """Import official ClaML files; all are read and checked before anything is stored."""
        sizes = [_size(p) for p in paths]
        total = sum(sizes) or 1
        done = 0
        imported: Classification | None = None
        for path, size in zip(paths, sizes, strict=True):

            def report(read: int, _total: int, base: int = done) -> None:
                if progress is not None:
                    progress(base + read, total)

            one = read_claml(path, progress=report, cancelled=cancelled)
            imported = one if imported is None else imported.merged(one)
            done += size
        if imported is None:
            return ImportSummary(0, 0, 0, ())
        stored = self._stored_import()
        combined = stored.merged(imported) if stored is not None else imported
        before = self.classification
        new_entries = sum(1 for e in imported if e.code not in before)
        combined.to_jsonl(self.imported_path)
        self.load_problem = None
        self._classification = load_bundled().merged(combined)
        self._index = None
        if progress is not None:
            progress(total, total)
        return ImportSummary(
            files=len(paths),
            entries=len(imported),
            new_entries=new_entries,
            languages=tuple(sorted(imported.languages())),
        )

    def forget_imports(self) -> None:
        """Go back to the bundled classification only."""
        self.imported_path.unlink(missing_ok=True)
        self._classification = None
        self._index = None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
