"""Import the official ICF from a ClaML 2.0 file (ISO 13120), in any language.

WHO and its collaborating centres publish the ICF as ClaML XML: a root `ClaML` element with
`Meta`, `Title`, `ClassKinds`, `RubricKinds`, `Modifier`/`ModifierClass` and then one `Class`
per component, chapter, block and category. Each class names its parent in `SuperClass`
and carries `Rubric`s (preferred, definition, inclusion, exclusion, coding-hint, ...) whose
`Label`s hold mixed-content text in one language each (`xml:lang`).

`read_claml` reads such a file with a hardened parser (no entity declarations, no external
resources), checks it completely and returns a `Classification`; a file that cannot be
trusted raises `ClamlError` and nothing of it is returned.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import iterparse

from icf.classification import Classification, Entry, Kind, entry_from_record, kind_of_code
from icf.components import Component
from icf.errors import ClamlError, ClassificationDataError

__all__ = ["read_claml"]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Rubric kind (lower-case, without "-" and "_") -> Entry field.
_RUBRIC_FIELDS = {
    "preferred": "title",
    "definition": "definition",
    "inclusion": "inclusions",
    "exclusion": "exclusions",
    "codinghint": "coding_hint",
}

# Markup inside a Label that starts a new line / is set off by spaces; all other markup
# (Reference, Term, Include, ...) flows inline with the surrounding text.
_BLOCK_TAGS = frozenset(
    {
        "Para",
        "List",
        "ListItem",
        "Table",
        "Caption",
        "THead",
        "TBody",
        "TFoot",
        "Row",
    }
)
_SPACED_TAGS = frozenset({"Fragment", "Cell"})

_SPACES = re.compile(r"\s+")
_ENCODING_DECL = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")

# Polish wording of the expat errors a user is likely to meet (by expat error code).
_EXPAT_PL = {
    2: "błąd składni",
    3: "brak elementu głównego lub plik urwany",
    4: "niedozwolony znak",
    5: "niezamknięty znacznik",
    6: "niepełny znak",
    7: "znacznik zamykający nie pasuje do otwierającego",
    8: "powtórzony atrybut",
    9: "dodatkowa treść po elemencie głównym",
    11: "niezdefiniowana encja",
    17: "nieprawidłowa deklaracja XML",
}
_EXPAT_INVALID_TOKEN = 4
_EXPAT_PARTIAL_CHAR = 6


class _Cancelled(Exception):
    """Raised inside the parse loop when the caller asks to stop."""


class _Reader:
    """A binary file wrapper that counts the bytes read, reports progress and can cancel."""

    def __init__(
        self, raw: BinaryIO, total: int, progress: Progress | None, cancelled: Cancelled | None
    ) -> None:
        self._raw = raw
        self._total = total
        self._progress = progress
        self._cancelled = cancelled
        self.done = 0

    def read(self, size: int = -1) -> bytes:
        if self._cancelled is not None and self._cancelled():
            raise _Cancelled
        data = self._raw.read(size)
        self.done += len(data)
        if self._progress is not None:
            self._progress(self.done, self._total)
        return data


def _fail(file: str, pl: str, en: str) -> ClamlError:
    return ClamlError("claml_error", file=file, reason={"pl": pl, "en": en})


def read_claml(
    source: Path | str, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> Classification:
    """Read a ClaML file and return the classification entries it contains.

    `progress(done_bytes, total_bytes)` is called as the file is read; `cancelled()`
    returning True stops the import. Any problem raises `ClamlError`.
    """
    path = Path(source)
    name = path.name or str(path)
    if path.is_dir():
        raise _fail(name, "to jest folder, a nie plik", "this is a folder, not a file")
    try:
        raw = path.open("rb")
    except FileNotFoundError:
        raise _fail(name, "plik nie istnieje", "the file does not exist") from None
    except PermissionError:
        raise _fail(
            name, "brak uprawnień do odczytu pliku", "no permission to read the file"
        ) from None
    except OSError as exc:
        raise _read_error(name, exc) from None
    with raw:
        try:
            total = os.fstat(raw.fileno()).st_size
            if total == 0:
                raise _fail(name, "plik jest pusty", "the file is empty")
            entries = _parse(_Reader(raw, total, progress, cancelled), name, cancelled)
        except _Cancelled:
            raise _fail(name, "import przerwany", "import cancelled") from None
        except ParseError as exc:
            raise _xml_error(name, exc, path) from None
        except EntitiesForbidden as exc:
            raise _entity_error(name, exc) from None
        except ExternalReferenceForbidden as exc:
            raise _fail(
                name,
                f"plik odwołuje się do zewnętrznego zasobu ({exc.sysid}); ze względów "
                "bezpieczeństwa takie pliki nie są przyjmowane",
                f"the file refers to an external resource ({exc.sysid}); such files are "
                "refused for security reasons",
            ) from None
        except DefusedXmlException:
            raise _fail(
                name,
                "plik używa konstrukcji XML odrzucanych ze względów bezpieczeństwa",
                "the file uses XML constructs refused for security reasons",
            ) from None
        except LookupError as exc:  # expat: an encoding Python does not know
            raise _fail(
                name, f"nieznane kodowanie znaków ({exc})", f"unknown character encoding ({exc})"
            ) from None
        except ValueError as exc:  # expat: multi-byte encodings other than UTF-8/16
            if "encoding" not in str(exc):
                raise
            raise _fail(
                name,
                f"nieobsługiwane kodowanie znaków ({exc})",
                f"unsupported character encoding ({exc})",
            ) from None
        except RecursionError:
            raise _fail(
                name, "zbyt głęboko zagnieżdżone znaczniki", "the markup is nested too deeply"
            ) from None
        except OSError as exc:
            raise _read_error(name, exc) from None
    try:
        return Classification(entries, source=name)
    except ClassificationDataError as exc:  # not expected: _parse checks the same first
        raise ClamlError("claml_error", file=name, reason=exc.params.get("reason", "")) from None


def _read_error(name: str, exc: OSError) -> ClamlError:
    detail = exc.strerror or str(exc)
    return _fail(name, f"nie można odczytać pliku ({detail})", f"cannot read the file ({detail})")


def _entity_error(name: str, exc: EntitiesForbidden) -> ClamlError:
    if exc.sysid or exc.pubid:
        target = exc.sysid or exc.pubid
        return _fail(
            name,
            f"plik deklaruje encję XML „{exc.name}” wskazującą zewnętrzny zasób ({target}); "
            "ze względów bezpieczeństwa takie pliki nie są przyjmowane",
            f"the file declares an XML entity “{exc.name}” pointing at an external resource "
            f"({target}); such files are refused for security reasons",
        )
    return _fail(
        name,
        f"plik deklaruje encje XML („{exc.name}”); ze względów bezpieczeństwa takie pliki "
        "nie są przyjmowane",
        f"the file declares XML entities (“{exc.name}”); such files are refused for "
        "security reasons",
    )


def _xml_error(name: str, exc: ParseError, path: Path) -> ClamlError:
    line, column = exc.position
    code: int = getattr(exc, "code", 0)
    if code in (_EXPAT_INVALID_TOKEN, _EXPAT_PARTIAL_CHAR):
        encoding = _undecodable_encoding(path)
        if encoding is not None:
            return _fail(
                name,
                f"w wierszu {line} są bajty, które nie są poprawnym tekstem w kodowaniu "
                f"{encoding} zadeklarowanym w pliku (zapisz plik jako {encoding})",
                f"line {line} holds bytes that are not valid text in the file's declared "
                f"encoding {encoding} (save the file as {encoding})",
            )
    detail_en = str(exc).split(": line ")[0]
    detail_pl = _EXPAT_PL.get(code, detail_en)
    return _fail(
        name,
        f"to nie jest poprawny plik XML (wiersz {line}, kolumna {column + 1}: {detail_pl})",
        f"not a well-formed XML file (line {line}, column {column + 1}: {detail_en})",
    )


def _undecodable_encoding(path: Path) -> str | None:
    """The file's declared encoding if its bytes do not decode in it, else None."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if data.startswith(codecs.BOM_UTF8):
        encoding, data = "UTF-8", data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "UTF-16"
    else:
        match = _ENCODING_DECL.match(data)
        encoding = match.group(1).decode("ascii") if match else "UTF-8"
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return encoding
    except LookupError:
        return None
    return None


def _local(tag: Any) -> str:
    """An element's tag without a namespace; comments and processing instructions give ''."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _parse(reader: _Reader, name: str, cancelled: Cancelled | None) -> list[Entry]:
    entries: list[Entry] = []
    parents: dict[str, str] = {}
    seen: set[str] = set()
    root: Element | None = None
    root_lang: str | None = None
    depth = 0
    classes = 0
    for event, elem in iterparse(reader, events=("start", "end")):
        if event == "start":
            depth += 1
            if root is None:
                root = elem
                if _local(elem.tag) != "ClaML":
                    raise _fail(
                        name,
                        f"to nie jest plik ClaML (element główny to „{_local(elem.tag)}”, "
                        "a powinien być „ClaML”)",
                        f"not a ClaML file (the root element is “{_local(elem.tag)}”, "
                        "expected “ClaML”)",
                    )
                root_lang = elem.get(_XML_LANG)
            continue
        depth -= 1
        if depth != 1 or root is None:
            continue
        if _local(elem.tag) == "Class":
            classes += 1
            entry = _entry(elem, classes, name, root_lang)
            if entry.code in seen:
                raise _fail(
                    name,
                    f"kod {entry.code} występuje w pliku więcej niż raz",
                    f"the code {entry.code} occurs more than once in the file",
                )
            seen.add(entry.code)
            if entry.parent is not None:
                parents[entry.code] = entry.parent
            entries.append(entry)
            if cancelled is not None and cancelled():
                raise _Cancelled
        elem.clear()
        root.remove(elem)
    if not entries:
        raise _fail(
            name,
            "plik nie zawiera żadnej klasy (elementu Class)",
            "the file contains no classes (Class elements)",
        )
    for code, parent in parents.items():
        if parent not in seen:
            raise _fail(
                name,
                f"klasa {code} wskazuje nadrzędną klasę {parent}, której nie ma w pliku",
                f"the class {code} names the superclass {parent}, which is not in the file",
            )
    return entries


def _entry(elem: Element, number: int, name: str, root_lang: str | None) -> Entry:
    """Build and check the entry of one Class element."""
    code = (elem.get("code") or "").strip()
    if not code:
        raise _fail(
            name,
            f"element Class nr {number} nie ma atrybutu code",
            f"Class element no. {number} has no code attribute",
        )
    kind = kind_of_code(code)
    if kind is None:
        raise _fail(
            name,
            f"kod „{code}” nie jest kodem ICF (komponentu, rozdziału, bloku ani kategorii)",
            f"the code “{code}” is not an ICF code (of a component, chapter, block or category)",
        )
    parent: str | None = None
    class_lang = elem.get(_XML_LANG) or root_lang
    texts: dict[str, dict[str, list[str]]] = {}
    for child in elem:
        tag = _local(child.tag)
        if tag == "SuperClass":
            if parent is None:
                parent = (child.get("code") or "").strip() or None
        elif tag == "Rubric":
            rubric_kind = (child.get("kind") or "").lower().replace("-", "").replace("_", "")
            field = _RUBRIC_FIELDS.get(rubric_kind)
            if field is None:
                continue
            rubric_lang = child.get(_XML_LANG) or class_lang
            for label in child:
                if _local(label.tag) != "Label":
                    continue
                lang = _language(label.get(_XML_LANG) or rubric_lang)
                if lang is None:
                    raise _fail(
                        name,
                        f"etykieta w klasie {code} nie ma określonego języka (atrybutu xml:lang)",
                        f"a label of the class {code} names no language (xml:lang)",
                    )
                text = _label_text(label)
                if text:
                    texts.setdefault(field, {}).setdefault(lang, []).append(text)
    if kind is Kind.COMPONENT:
        parent = None
        if "title" not in texts:
            texts["title"] = {lang: [t] for lang, t in Component.of(code).titles.items()}
    elif parent is None:
        raise _fail(
            name,
            f"klasa {code} nie wskazuje klasy nadrzędnej (brak SuperClass)",
            f"the class {code} names no superclass (SuperClass is missing)",
        )
    if "title" not in texts:
        raise _fail(
            name,
            f"klasa {code} nie ma nazwy (etykiety w rubryce preferred)",
            f"the class {code} has no title (no label in a preferred rubric)",
        )
    record: dict[str, Any] = {"code": code, "kind": kind.value}
    if parent is not None:
        record["parent"] = parent
    for field, by_lang in texts.items():
        if field == "title":  # a title is one line: the first preferred label per language
            record[field] = {lang: parts[0] for lang, parts in by_lang.items()}
        else:
            record[field] = {lang: "\n".join(parts) for lang, parts in by_lang.items()}
    try:
        return entry_from_record(record, name)
    except ClassificationDataError as exc:
        reason: Mapping[str, str] | str = exc.params.get("reason", "")
        raise ClamlError("claml_error", file=name, reason=reason) from None


def _language(lang: str | None) -> str | None:
    """The primary language subtag in lower case: "pl-PL" -> "pl"."""
    if not lang:
        return None
    primary = lang.strip().replace("_", "-").split("-")[0].lower()
    return primary or None


def _label_text(label: Element) -> str:
    """The text of a Label's mixed content: blocks on their own lines, spaces collapsed."""
    out: list[str] = [_SPACES.sub(" ", label.text or "")]
    stack: list[Element | str] = []
    for child in reversed(label):
        stack.append(_SPACES.sub(" ", child.tail or ""))
        stack.append(child)
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        tag = _local(item.tag)
        separator = "\n" if tag in _BLOCK_TAGS else " " if tag in _SPACED_TAGS else ""
        out.append(separator)
        if tag:  # comments and processing instructions carry no text of the label
            out.append(_SPACES.sub(" ", item.text or ""))
        stack.append(separator)
        for child in reversed(item):
            stack.append(_SPACES.sub(" ", child.tail or ""))
            stack.append(child)
    lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)
