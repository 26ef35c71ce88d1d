"""The classification as a tree of entries: components, chapters, blocks and categories.

Entries are immutable records with titles and texts in several languages. A
`Classification` holds them in classification order with parent/children links; it is
loaded from the bundled JSON Lines files (see `resources/icf/FORMAT.md`) and can be merged
with another one (for example titles and definitions imported from an official ClaML file).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from icf.components import (
    BLOCK_RE,
    CATEGORY_RE,
    CHAPTER_RE,
    COMPONENT_RE,
    Component,
    category_level,
    in_block,
)
from icf.errors import ClassificationDataError
from icf.i18n import pick

TEXT_FIELDS = ("title", "description", "definition", "inclusions", "exclusions", "coding_hint")

Texts = Mapping[str, str]
_EMPTY: Texts = MappingProxyType({})


class Kind(StrEnum):
    COMPONENT = "component"
    CHAPTER = "chapter"
    BLOCK = "block"
    CATEGORY = "category"


_SHAPES = {
    Kind.COMPONENT: COMPONENT_RE,
    Kind.CHAPTER: CHAPTER_RE,
    Kind.BLOCK: BLOCK_RE,
    Kind.CATEGORY: CATEGORY_RE,
}


def kind_of_code(code: str) -> Kind | None:
    """The kind an entry with this code must have, or None if the code has no ICF shape."""
    for kind, shape in _SHAPES.items():
        if shape.fullmatch(code):
            return kind
    return None


def _frozen(texts: Mapping[str, str] | None) -> Texts:
    if not texts:
        return _EMPTY
    return MappingProxyType({lang: text for lang, text in texts.items() if text})


@dataclass(frozen=True)
class Entry:
    code: str
    kind: Kind
    parent: str | None
    title: Texts
    description: Texts = field(default_factory=lambda: _EMPTY)
    definition: Texts = field(default_factory=lambda: _EMPTY)
    inclusions: Texts = field(default_factory=lambda: _EMPTY)
    exclusions: Texts = field(default_factory=lambda: _EMPTY)
    coding_hint: Texts = field(default_factory=lambda: _EMPTY)
    icf_cy: bool = False
    children: tuple[str, ...] = field(default=(), compare=False)

    @property
    def component(self) -> Component:
        return Component.of(self.code)

    @property
    def level(self) -> int:
        """0 component, 1 chapter, 2-4 category levels; blocks report 1.5 as 1."""
        if self.kind is Kind.CATEGORY:
            return category_level(self.code)
        return 0 if self.kind is Kind.COMPONENT else 1

    @property
    def is_category(self) -> bool:
        return self.kind is Kind.CATEGORY

    def text(self, name: str, lang: str | None = None) -> str:
        texts: Texts = getattr(self, name)
        return pick(texts, lang)

    def title_in(self, lang: str | None = None) -> str:
        return pick(self.title, lang) or self.code

    def to_record(self) -> dict[str, Any]:
        record: dict[str, Any] = {"code": self.code, "kind": self.kind.value}
        if self.parent is not None:
            record["parent"] = self.parent
        for name in TEXT_FIELDS:
            texts = getattr(self, name)
            if texts:
                record[name] = dict(texts)
        if self.icf_cy:
            record["icf_cy"] = True
        return record


class Classification:
    """An ordered, validated set of entries with parent/children links."""

    def __init__(self, entries: Iterable[Entry], *, source: str = "<data>") -> None:
        ordered: dict[str, Entry] = {}
        for entry in entries:
            if entry.code in ordered:
                raise _data_error(
                    source,
                    None,
                    {
                        "pl": f"kod {entry.code} występuje więcej niż raz",
                        "en": f"the code {entry.code} occurs more than once",
                    },
                )
            ordered[entry.code] = entry
        children: dict[str, list[str]] = {code: [] for code in ordered}
        for entry in ordered.values():
            if entry.parent is not None:
                if entry.parent not in ordered:
                    raise _data_error(
                        source,
                        None,
                        {
                            "pl": f"kod {entry.code} wskazuje nieistniejącego "
                            f"rodzica {entry.parent}",
                            "en": f"the code {entry.code} names a missing parent {entry.parent}",
                        },
                    )
                children[entry.parent].append(entry.code)
        self._entries: dict[str, Entry] = {
            code: replace(entry, children=tuple(children[code])) for code, entry in ordered.items()
        }

    # --- access -------------------------------------------------------------------------

    def __contains__(self, code: object) -> bool:
        return code in self._entries

    def __getitem__(self, code: str) -> Entry:
        return self._entries[code]

    def get(self, code: str) -> Entry | None:
        return self._entries.get(code)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def roots(self) -> list[Entry]:
        return [e for e in self._entries.values() if e.parent is None]

    def children(self, code: str) -> list[Entry]:
        return [self._entries[c] for c in self._entries[code].children]

    def ancestors(self, code: str) -> list[Entry]:
        """From the component down to the entry's parent."""
        chain = []
        parent = self._entries[code].parent
        while parent is not None:
            entry = self._entries[parent]
            chain.append(entry)
            parent = entry.parent
        return list(reversed(chain))

    def categories(self) -> Iterator[Entry]:
        return (e for e in self._entries.values() if e.kind is Kind.CATEGORY)

    def chapter_of(self, code: str) -> Entry | None:
        for entry in self.ancestors(code):
            if entry.kind is Kind.CHAPTER:
                return entry
        return None

    def languages(self) -> set[str]:
        langs: set[str] = set()
        for entry in self._entries.values():
            langs.update(entry.title)
        return langs

    # --- combining ----------------------------------------------------------------------

    def merged(self, other: Classification) -> Classification:
        """This classification with `other`'s entries merged in.

        Texts are merged per field and language (the other's text wins where both have one);
        entries only `other` has are added, placed after their parent's existing children.
        """
        merged: dict[str, Entry] = dict(self._entries)
        for entry in other:
            mine = merged.get(entry.code)
            if mine is None:
                merged[entry.code] = entry
                continue
            updates: dict[str, Any] = {}
            for name in TEXT_FIELDS:
                theirs: Texts = getattr(entry, name)
                if theirs:
                    updates[name] = MappingProxyType({**getattr(mine, name), **theirs})
            if entry.icf_cy and not mine.icf_cy:
                updates["icf_cy"] = True
            merged[entry.code] = replace(mine, **updates)
        return Classification(_in_tree_order(merged), source="merge")

    # --- serialisation ------------------------------------------------------------------

    def to_jsonl(self, path: Path) -> None:
        """Write all entries as JSON Lines (atomically: a temp file renamed over the target)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("w", encoding="utf-8", newline="\n") as out:
            for entry in self:
                out.write(json.dumps(entry.to_record(), ensure_ascii=False) + "\n")
        tmp.replace(path)


def _in_tree_order(entries: Mapping[str, Entry]) -> list[Entry]:
    """Entries ordered depth-first, children in their first-seen order."""
    kids: dict[str | None, list[str]] = {}
    for code, entry in entries.items():
        kids.setdefault(entry.parent if entry.parent in entries else None, []).append(code)
    order: list[Entry] = []
    stack = list(reversed(kids.get(None, [])))
    while stack:
        code = stack.pop()
        order.append(entries[code])
        stack.extend(reversed(kids.get(code, [])))
    return order


def _data_error(
    source: str, line: int | None, reason: Mapping[str, str]
) -> ClassificationDataError:
    return ClassificationDataError("data_error", file=source, line=line or "-", reason=reason)


def entry_from_record(
    record: Mapping[str, Any], source: str = "<data>", line: int | None = None
) -> Entry:
    """Build and check one entry from a JSON record of the bundled format."""

    def fail(pl: str, en: str) -> ClassificationDataError:
        return _data_error(source, line, {"pl": pl, "en": en})

    if not isinstance(record, Mapping):
        raise fail("rekord nie jest obiektem JSON", "the record is not a JSON object")
    code = record.get("code")
    if not isinstance(code, str) or not code:
        raise fail("brak kodu", "the code is missing")
    try:
        kind = Kind(str(record.get("kind")))
    except ValueError:
        raise fail(
            f"{code}: nieznany rodzaj „{record.get('kind')}”",
            f"{code}: unknown kind “{record.get('kind')}”",
        ) from None
    if not _SHAPES[kind].fullmatch(code):
        raise fail(
            f"{code}: postać kodu nie pasuje do rodzaju „{kind.value}”",
            f"{code}: the code's form does not match its kind “{kind.value}”",
        )
    parent = record.get("parent")
    if kind is Kind.COMPONENT:
        if parent is not None:
            raise fail(f"{code}: komponent nie ma rodzica", f"{code}: a component has no parent")
    else:
        if not isinstance(parent, str):
            raise fail(f"{code}: brak rodzica", f"{code}: the parent is missing")
        _check_parent(code, kind, parent, fail)
    texts: dict[str, Texts] = {}
    for name in TEXT_FIELDS:
        value = record.get(name)
        if value is None:
            continue
        if not isinstance(value, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise fail(
                f"{code}: pole {name} musi być obiektem język → tekst",
                f"{code}: the field {name} must be an object language → text",
            )
        texts[name] = _frozen(value)
    if not texts.get("title"):
        raise fail(f"{code}: brak tytułu", f"{code}: the title is missing")
    return Entry(
        code=code,
        kind=kind,
        parent=parent,
        icf_cy=bool(record.get("icf_cy", False)),
        **texts,  # type: ignore[arg-type]
    )


def _check_parent(code: str, kind: Kind, parent: str, fail: Any) -> None:
    ok = False
    if kind is Kind.CHAPTER:
        ok = parent == code[0]
    elif kind is Kind.BLOCK:
        ok = CHAPTER_RE.fullmatch(parent) is not None and parent[0] == code[0]
    else:
        digits = len(code) - 1
        if digits == 3:
            if BLOCK_RE.fullmatch(parent):
                ok = in_block(code, parent)
            else:
                ok = CHAPTER_RE.fullmatch(parent) is not None and parent == code[:2]
        else:
            ok = parent == code[:-1]
    if not ok:
        raise fail(
            f"{code}: rodzic {parent} nie pasuje do kodu",
            f"{code}: the parent {parent} does not fit the code",
        )


def load_jsonl(paths: Iterable[Path]) -> Classification:
    """Load and check classification files; a file that cannot be trusted raises."""
    paths = list(paths)
    entries: list[Entry] = []
    seen: set[str] = set()
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise _data_error(
                path.name,
                None,
                {"pl": f"nie można odczytać pliku ({exc})", "en": f"cannot read the file ({exc})"},
            ) from exc
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise _data_error(
                    path.name,
                    number,
                    {"pl": f"błędny JSON ({exc.msg})", "en": f"invalid JSON ({exc.msg})"},
                ) from exc
            entry = entry_from_record(record, path.name, number)
            if entry.code in seen:
                raise _data_error(
                    path.name,
                    number,
                    {
                        "pl": f"kod {entry.code} występuje więcej niż raz",
                        "en": f"the code {entry.code} occurs more than once",
                    },
                )
            seen.add(entry.code)
            entries.append(entry)
    return Classification(entries, source=", ".join(p.name for p in paths))
