"""Loading classification data: the format's rules are enforced with the file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from icf.classification import Classification, Kind, entry_from_record, load_jsonl
from icf.errors import ClassificationDataError

GOOD = [
    {
        "code": "d",
        "kind": "component",
        "title": {"pl": "Aktywność i uczestniczenie", "en": "Activities and participation"},
    },
    {
        "code": "d1",
        "kind": "chapter",
        "parent": "d",
        "title": {"pl": "Uczenie się i stosowanie wiedzy", "en": "Learning and applying knowledge"},
    },
    {
        "code": "d160-d179",
        "kind": "block",
        "parent": "d1",
        "title": {"pl": "Stosowanie wiedzy", "en": "Applying knowledge"},
    },
    {
        "code": "d166",
        "kind": "category",
        "parent": "d160-d179",
        "title": {"pl": "Czytanie", "en": "Reading"},
    },
    {
        "code": "d1660",
        "kind": "category",
        "parent": "d166",
        "icf_cy": True,
        "title": {
            "pl": "Stosowanie ogólnych umiejętności czytania",
            "en": "Using general skills and strategies of the reading process",
        },
    },
    {
        "code": "d198",
        "kind": "category",
        "parent": "d1",
        "title": {
            "pl": "Uczenie się i stosowanie wiedzy, inne określone",
            "en": "Learning and applying knowledge, other specified",
        },
    },
]


def write(path: Path, records: list[dict]) -> Path:  # type: ignore[type-arg]
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8"
    )
    return path


def test_a_good_file_loads_as_a_tree(tmp_path: Path) -> None:
    c = load_jsonl([write(tmp_path / "d.jsonl", GOOD)])
    assert len(c) == 6
    assert [e.code for e in c.roots()] == ["d"]
    assert [e.code for e in c.children("d1")] == ["d160-d179", "d198"]
    assert [e.code for e in c.ancestors("d1660")] == ["d", "d1", "d160-d179", "d166"]
    assert c["d1660"].level == 3 and c["d166"].level == 2 and c["d1660"].icf_cy
    assert c["d160-d179"].kind is Kind.BLOCK
    assert c["d166"].title_in("en") == "Reading"
    assert c.chapter_of("d1660").code == "d1"  # type: ignore[union-attr]


BROKEN = [
    ("duplicate", GOOD + [GOOD[3]], "d166 występuje więcej niż raz", 7),
    ("kind/form", [GOOD[0], {**GOOD[1], "code": "d10"}], "postać kodu nie pasuje", 2),
    ("missing parent", GOOD[:3] + [{**GOOD[4], "parent": "d166"}], "nieistniejącego rodzica", "-"),
    ("wrong parent", GOOD[:4] + [{**GOOD[4], "code": "d1700"}], "nie pasuje do kodu", 5),
    ("outside block", GOOD[:3] + [{**GOOD[3], "code": "d155"}], "nie pasuje do kodu", 4),
    ("no title", GOOD[:3] + [{**GOOD[3], "title": {}}], "brak tytułu", 4),
    ("unknown kind", [{**GOOD[0], "kind": "thing"}], "nieznany rodzaj", 1),
    ("bad texts", [{**GOOD[0], "title": "Aktywność"}], "musi być obiektem", 1),
]


@pytest.mark.parametrize("name,records,message,line", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_data_is_refused_with_file_and_line(
    tmp_path: Path,
    name: str,
    records: list,
    message: str,
    line: object,  # type: ignore[type-arg]
) -> None:
    path = write(tmp_path / "d.jsonl", records)
    with pytest.raises(ClassificationDataError) as caught:
        load_jsonl([path])
    text = caught.value.message("pl")
    assert message in text
    assert f"wiersz {line}" in text
    assert "d.jsonl" in text


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps(GOOD[0]) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ClassificationDataError) as caught:
        load_jsonl([path])
    assert "wiersz 2" in caught.value.message("pl")
    assert "line 2" in caught.value.message("en")


def test_merge_adds_languages_and_entries() -> None:
    base = Classification([entry_from_record(r) for r in GOOD[:4]])
    other = Classification(
        [
            entry_from_record({"code": "d", "kind": "component", "title": {"de": "Aktivitäten"}}),
            entry_from_record(
                {
                    "code": "d1",
                    "kind": "chapter",
                    "parent": "d",
                    "title": {"de": "Lernen"},
                    "definition": {"en": "Learning..."},
                }
            ),
            entry_from_record(
                {
                    "code": "d199",
                    "kind": "category",
                    "parent": "d1",
                    "title": {"en": "Learning and applying knowledge, unspecified"},
                }
            ),
        ]
    )
    merged = base.merged(other)
    assert merged["d1"].title["pl"] == "Uczenie się i stosowanie wiedzy"
    assert merged["d1"].title["de"] == "Lernen"
    assert merged["d1"].definition["en"] == "Learning..."
    assert [e.code for e in merged.children("d1")] == ["d160-d179", "d199"]
    # the originals are untouched
    assert "de" not in base["d1"].title


def test_round_trip_through_jsonl(tmp_path: Path) -> None:
    c = load_jsonl([write(tmp_path / "d.jsonl", GOOD)])
    c.to_jsonl(tmp_path / "out" / "copy.jsonl")
    again = load_jsonl([tmp_path / "out" / "copy.jsonl"])
    assert [e.to_record() for e in again] == [e.to_record() for e in c]
    assert "Aktywność" in (tmp_path / "out" / "copy.jsonl").read_text(encoding="utf-8")
