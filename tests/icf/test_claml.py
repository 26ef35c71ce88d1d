"""Importing the ICF from ClaML files: good files in two languages and files to refuse."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from icf.claml import read_claml
from icf.classification import Kind, load_jsonl
from icf.errors import ClamlError

FILES = Path(__file__).parent / "claml_files"
EN = FILES / "icf_en.xml"
PL = FILES / "icf_pl.xml"


def refusal(
    path: Path | str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ClamlError:
    with pytest.raises(ClamlError) as info:
        read_claml(path, progress=progress, cancelled=cancelled)
    return info.value


def write(tmp_path: Path, text: str, name: str = "test.xml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def claml(classes: str, doctype: str = "") -> str:
    declaration = '<?xml version="1.0" encoding="UTF-8"?>\n'
    return f'{declaration}{doctype}<ClaML version="2.0">\n{classes}</ClaML>\n'


def klass(
    code: str,
    parent: str | None = None,
    title: str | None = "Title",
    lang: str = "en",
    extra: str = "",
) -> str:
    sup = f'<SuperClass code="{parent}"/>' if parent else ""
    pref = (
        f'<Rubric kind="preferred"><Label xml:lang="{lang}">{title}</Label></Rubric>'
        if title is not None
        else ""
    )
    return f'<Class code="{code}" kind="category">{sup}{pref}{extra}</Class>\n'


# --- good files -------------------------------------------------------------------------


def test_english_file_has_all_kinds_in_file_order() -> None:
    icf = read_claml(EN)
    assert [e.code for e in icf] == [
        "b",
        "b1",
        "b110-b139",
        "b110",
        "b1100",
        "b1101",
        "b114",
        "b1142",
        "b11420",
        "d",
        "d1",
        "d160-d179",
        "d160",
        "d166",
        "e",
        "e3",
        "e310",
    ]
    kinds = {e.code: e.kind for e in icf}
    assert kinds["b"] is Kind.COMPONENT
    assert kinds["b1"] is Kind.CHAPTER
    assert kinds["b110-b139"] is Kind.BLOCK
    assert {kinds[c] for c in ("b110", "b1100", "b11420", "d166", "e310")} == {Kind.CATEGORY}
    assert [icf[c].level for c in ("b114", "b1142", "b11420")] == [2, 3, 4]
    assert icf["b"].parent is None
    assert icf["b110"].parent == "b110-b139"
    assert icf["b1100"].parent == "b110"
    assert icf["e310"].parent == "e3"  # a chapter without blocks
    assert [e.code for e in icf.children("b110")] == ["b1100", "b1101"]
    assert icf["d166"].title["en"] == "Reading"
    assert icf.languages() == {"en", "de"}


def test_modifiers_and_other_top_level_elements_are_not_entries() -> None:
    icf = read_claml(EN)
    assert "0" not in icf and "b_qualifier" not in icf
    assert len(icf) == 17


def test_rubrics_become_texts_with_sensible_whitespace() -> None:
    b110 = read_claml(EN)["b110"]
    assert dict(b110.title) == {
        "en": "Consciousness functions",
        "de": "Funktionen des Bewusstseins",
    }
    assert b110.definition["en"] == (
        "General mental functions of the state of awareness and alertness."
    )
    # two inclusion rubrics, the first made of fragments
    assert b110.inclusions["en"] == (
        "functions of the state, continuity and quality of consciousness\nloss of consciousness"
    )
    assert b110.exclusions["en"] == "orientation functions (b114)"
    assert b110.coding_hint["en"] == (
        "Use the third-level codes\nwhen detail is known;\notherwise b110."
    )
    assert "note" not in repr(b110.definition)


def test_paragraphs_become_lines() -> None:
    b = read_claml(EN)["b"]
    assert b.definition["en"] == (
        "Physiological functions of body systems,\nincluding psychological functions."
    )


def test_region_subtag_is_dropped_from_language() -> None:
    assert dict(read_claml(EN)["b11420"].title) == {"en": "Orientation to self"}


def test_polish_file() -> None:
    icf = read_claml(str(PL))
    assert icf["b110"].title["pl"] == "Funkcje świadomości"
    assert icf["b110"].definition["pl"] == (
        "Ogólne funkcje umysłowe dotyczące stanu przytomności i czujności."
    )
    assert icf["b110"].inclusions["pl"] == "utrata przytomności"
    assert icf["b110"].exclusions["pl"] == "funkcje orientacji (b114)"
    assert icf["b110"].coding_hint["pl"] == "Gdy to możliwe, użyj kodów trzeciego poziomu."
    assert icf["e310"].title["pl"] == "Najbliższa rodzina"
    assert icf.languages() == {"pl"}


def test_merging_english_and_polish() -> None:
    merged = read_claml(EN).merged(read_claml(PL))
    assert len(merged) == 17
    assert merged["d166"].title["en"] == "Reading"
    assert merged["d166"].title["pl"] == "Czytanie"
    assert dict(merged["d166"].definition) == {
        "en": "Understanding written language.",
        "pl": "Rozumienie języka pisanego.",
    }
    assert merged["b1101"].title_in("pl") == "Continuity of consciousness"  # only in English
    assert {"pl", "en"} <= merged.languages()
    assert all("pl" in e.title for e in merged if e.code != "b1101")


def test_import_survives_saving_and_loading(tmp_path: Path) -> None:
    merged = read_claml(EN).merged(read_claml(PL))
    target = tmp_path / "imported.jsonl"
    merged.to_jsonl(target)
    again = load_jsonl([target])
    assert [e.to_record() for e in again] == [e.to_record() for e in merged]


def test_utf16_with_bom(tmp_path: Path) -> None:
    text = PL.read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    path = tmp_path / "icf_pl_utf16.xml"
    path.write_bytes(text.encode("utf-16"))  # with a byte order mark
    assert read_claml(path)["b1100"].title["pl"] == "Stan świadomości"


def test_single_byte_encoding_declared(tmp_path: Path) -> None:
    path = tmp_path / "cp1250.xml"
    text = claml(klass("b", title="Funkcje ciała", lang="pl"))
    path.write_bytes(text.replace("UTF-8", "windows-1250").encode("cp1250"))
    assert read_claml(path)["b"].title["pl"] == "Funkcje ciała"


def test_dtd_is_never_fetched(tmp_path: Path) -> None:
    doctype = '<!DOCTYPE ClaML SYSTEM "http://127.0.0.1:9/ClaML.dtd">\n'
    path = write(tmp_path, claml(klass("b"), doctype))
    assert read_claml(path)["b"].title["en"] == "Title"


def test_component_without_title_gets_the_standard_one(tmp_path: Path) -> None:
    path = write(tmp_path, claml('<Class code="e" kind="component"/>\n'))
    assert read_claml(path)["e"].title["pl"] == "Czynniki środowiskowe"


def test_language_inherited_from_rubric(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        claml(
            '<Class code="s" kind="component"><Rubric kind="preferred" xml:lang="pl">'
            "<Label>Struktury ciała</Label></Rubric></Class>\n"
        ),
    )
    assert dict(read_claml(path)["s"].title) == {"pl": "Struktury ciała"}


# --- progress and cancelling ------------------------------------------------------------


def big_file(tmp_path: Path) -> Path:
    """About 200 kB: enough for several reads of the parser's 16 kB chunks."""
    text = " ".join(["Długa definicja z polskimi znakami."] * 60)
    classes = [
        klass("b", title="Funkcje ciała", lang="pl"),
        klass("b1", "b", "Funkcje umysłowe", "pl"),
    ]
    for number in range(100, 200):
        classes.append(
            klass(
                f"b{number}",
                "b1",
                f"Kategoria {number}",
                "pl",
                f'<Rubric kind="definition"><Label xml:lang="pl"><Para>{text}'
                "</Para></Label></Rubric>",
            )
        )
    return write(tmp_path, claml("".join(classes)), "big.xml")


def test_progress_is_reported(tmp_path: Path) -> None:
    path = big_file(tmp_path)
    total = path.stat().st_size
    calls: list[tuple[int, int]] = []
    icf = read_claml(path, progress=lambda done, all_: calls.append((done, all_)))
    assert len(icf) == 102
    assert len(calls) > 5
    assert {all_ for _, all_ in calls} == {total}
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert done[-1] == total


def test_progress_on_a_small_file() -> None:
    calls: list[tuple[int, int]] = []
    read_claml(EN, progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1] == (EN.stat().st_size, EN.stat().st_size)


def test_cancel_before_start() -> None:
    error = refusal(EN, cancelled=lambda: True)
    assert "import przerwany" in error.message("pl")
    assert "import cancelled" in error.message("en")


def test_cancel_midway(tmp_path: Path) -> None:
    path = big_file(tmp_path)
    seen: list[int] = []
    error = refusal(
        path, progress=lambda done, total: seen.append(done), cancelled=lambda: len(seen) >= 3
    )
    assert "przerwany" in error.message("pl")
    assert "cancelled" in error.message("en")
    assert seen[-1] < path.stat().st_size


# --- refused files ----------------------------------------------------------------------

BROKEN = [
    ("malformed.xml", ["poprawny plik XML", "wiersz 8"], ["well-formed XML", "line 8"]),
    (
        "wrong_root.xml",
        ["nie jest plik ClaML", "Classification"],
        ["not a ClaML file", "Classification"],
    ),
    (
        "dangling_superclass.xml",
        ["b1140", "b114", "nie ma w pliku"],
        ["b1140", "b114", "not in the file"],
    ),
    ("duplicate_code.xml", ["d1", "więcej niż raz"], ["d1", "more than once"]),
    ("bad_encoding.xml", ["kodowaniu UTF-8", "wierszu 4"], ["encoding UTF-8", "line 4"]),
    ("empty.xml", ["plik jest pusty"], ["the file is empty"]),
    (
        "billion_laughs.xml",
        ["encje XML", "lol", "bezpieczeństwa"],
        ["XML entities", "lol", "security"],
    ),
    (
        "external_entity.xml",
        ["secret", "/etc/passwd", "bezpieczeństwa"],
        ["secret", "/etc/passwd", "security"],
    ),
    ("non_icf_code.xml", ["F90.0", "nie jest kodem ICF"], ["F90.0", "not an ICF code"]),
]


@pytest.mark.parametrize(("name", "polish", "english"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_files_are_refused(name: str, polish: list[str], english: list[str]) -> None:
    error = refusal(FILES / name)
    pl, en = error.message("pl"), error.message("en")
    assert pl.startswith(f"Nie można zaimportować pliku {name}: ")
    assert en.startswith(f"Cannot import the file {name}: ")
    for part in polish:
        assert part in pl
    for part in english:
        assert part in en


def test_external_entity_content_never_appears() -> None:
    error = refusal(FILES / "external_entity.xml")
    assert "root:" not in error.message("en")


def test_external_parameter_entity_is_refused(tmp_path: Path) -> None:
    doctype = '<!DOCTYPE ClaML [\n<!ENTITY % ext SYSTEM "file:///etc/passwd">\n%ext;\n]>\n'
    error = refusal(write(tmp_path, claml(klass("b"), doctype)))
    assert "bezpieczeństwa" in error.message("pl")
    assert "security" in error.message("en")


INLINE = [
    (
        "no_classes",
        claml('<Meta name="x" value="y"/>\n'),
        "nie zawiera żadnej klasy",
        "contains no classes",
    ),
    (
        "no_code",
        claml(klass("b") + '<Class kind="chapter"><SuperClass code="b"/></Class>\n'),
        "Class nr 2 nie ma atrybutu code",
        "no. 2 has no code",
    ),
    (
        "no_title",
        claml(klass("b") + klass("b1", "b") + klass("b110", "b1", None)),
        "b110 nie ma nazwy",
        "b110 has no title",
    ),
    (
        "no_superclass",
        claml(klass("b") + klass("b1")),
        "b1 nie wskazuje klasy nadrzędnej",
        "b1 names no superclass",
    ),
    (
        "parent_misfit",
        claml(klass("b") + klass("b1", "b") + klass("b2", "b") + klass("b210", "b1")),
        "rodzic b1 nie pasuje",
        "parent b1 does not fit",
    ),
    (
        "no_language",
        claml('<Class code="b"><Rubric kind="preferred"><Label>Body</Label></Rubric></Class>\n'),
        "nie ma określonego języka",
        "names no language",
    ),
    ("uppercase_code", claml(klass("B110")), "„B110” nie jest kodem ICF", "“B110” is not an ICF"),
    ("plain_text", "ICF: b110 Consciousness functions\n", "poprawny plik XML", "well-formed XML"),
    (
        "unknown_encoding",
        '<?xml version="1.0" encoding="klingon-8"?><ClaML/>',
        "kodowanie znaków",
        "character encoding",
    ),
]


@pytest.mark.parametrize(
    ("text", "polish", "english"), [i[1:] for i in INLINE], ids=[i[0] for i in INLINE]
)
def test_other_problems_are_refused(tmp_path: Path, text: str, polish: str, english: str) -> None:
    error = refusal(write(tmp_path, text))
    assert polish in error.message("pl")
    assert english in error.message("en")


def test_missing_file(tmp_path: Path) -> None:
    error = refusal(tmp_path / "nie-ma.xml")
    assert "nie-ma.xml: plik nie istnieje" in error.message("pl")
    assert "does not exist" in error.message("en")


def test_directory(tmp_path: Path) -> None:
    error = refusal(tmp_path)
    assert "folder" in error.message("pl")
    assert "folder" in error.message("en")
