"""The classification shipped in resources/icf: complete, well-formed, bilingual."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from app.classification_service import BUNDLED_FILES, load_bundled
from icf.classification import Classification, Kind
from icf.components import BLOCK_RE, in_block
from tests.conftest import ROOT

DATA = ROOT / "resources" / "icf"


@pytest.fixture(scope="module")
def icf() -> Classification:
    return load_bundled()


def raw_records() -> list[tuple[str, int, dict]]:  # type: ignore[type-arg]
    records = []
    for name in BUNDLED_FILES:
        for number, line in enumerate((DATA / name).read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                records.append((name, number, json.loads(line)))
    return records


def test_every_file_is_present_and_loads(icf: Classification) -> None:
    for name in BUNDLED_FILES:
        assert (DATA / name).exists(), name
    assert [e.code for e in icf.roots()] == ["b", "s", "d", "e"]


def test_no_duplicate_codes() -> None:
    counts = Counter(r["code"] for _, _, r in raw_records())
    assert [c for c, n in counts.items() if n > 1] == []


def test_thirty_chapters(icf: Classification) -> None:
    chapters = [e.code for e in icf if e.kind is Kind.CHAPTER]
    assert chapters == [f"b{i}" for i in range(1, 9)] + [f"s{i}" for i in range(1, 9)] + [
        f"d{i}" for i in range(1, 10)
    ] + [f"e{i}" for i in range(1, 6)]


def test_every_category_sits_under_the_right_parent(icf: Classification) -> None:
    for entry in icf.categories():
        parent = icf[entry.parent]  # type: ignore[index]
        if entry.level == 2:
            assert parent.kind in (Kind.BLOCK, Kind.CHAPTER), entry.code
            assert entry.code.startswith(icf.chapter_of(entry.code).code), entry.code  # type: ignore[union-attr]
        else:
            assert parent.code == entry.code[:-1], entry.code


def test_blocks_contain_their_categories(icf: Classification) -> None:
    for block in (e for e in icf if e.kind is Kind.BLOCK):
        assert BLOCK_RE.fullmatch(block.code)
        assert block.children, f"empty block {block.code}"
        for child in block.children:
            assert in_block(child, block.code), f"{child} outside {block.code}"


def test_every_entry_has_both_titles(icf: Classification) -> None:
    missing = [e.code for e in icf if not e.title.get("pl") or not e.title.get("en")]
    assert missing == []
    assert all(e.title["pl"].strip() == e.title["pl"] for e in icf)


def test_counts_per_level_match_icf_2001(icf: Classification) -> None:
    icf2001 = Counter(e.level for e in icf.categories() if not e.icf_cy)
    assert (icf2001[2], icf2001[3], icf2001[4]) == (362, 926, 136)
    assert sum(icf2001.values()) == 1424


def test_icf_cy_additions_are_marked(icf: Classification) -> None:
    for code in ("b125", "b1250", "b163", "d131", "d137", "d8150", "d816", "d835", "d880"):
        assert code in icf, code
        assert icf[code].icf_cy, code
    for code in ("b140", "d166", "d160", "e310", "d815", "d820"):
        assert not icf[code].icf_cy, code


def test_well_known_titles(icf: Classification) -> None:
    expected = {
        "b1": ("Funkcje umysłowe", "Mental functions"),
        "b140": ("Funkcje uwagi", "Attention functions"),
        "b1402": ("Podzielność uwagi", "Dividing attention"),
        "d166": ("Czytanie", "Reading"),
        "d170": ("Pisanie", "Writing"),
        "d172": ("Liczenie", "Calculating"),
        "e310": ("Najbliższa rodzina", "Immediate family"),
        "d4": ("Poruszanie się", "Mobility"),
        "d5": ("Dbałość o siebie", "Self-care"),
    }
    for code, (pl, en) in expected.items():
        assert icf[code].title["pl"] == pl, code
        assert icf[code].title["en"] == en, code


def test_descriptions_for_second_level_categories_of_the_chapters_teachers_use(
    icf: Classification,
) -> None:
    chapters = {"b1", "b2", "b3", *(f"d{i}" for i in range(1, 10)), *(f"e{i}" for i in range(1, 6))}
    missing = []
    for entry in icf.categories():
        if entry.level != 2 or entry.code[:2] not in chapters or entry.code[-1] in "89":
            continue
        desc = entry.description
        if not desc.get("pl") or not desc.get("en"):
            missing.append(entry.code)
    assert missing == []


def test_no_who_texts_are_shipped() -> None:
    for _, _, record in raw_records():
        for name in ("definition", "inclusions", "exclusions", "coding_hint"):
            assert name not in record, record["code"]


def test_files_are_diff_friendly() -> None:
    for name in BUNDLED_FILES:
        text = (DATA / name).read_text(encoding="utf-8")
        assert "\\u0" not in text, f"{name}: write Polish letters, not escapes"
        assert text.endswith("\n")
