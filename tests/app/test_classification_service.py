"""The classification service: bundled data, persistent ClaML imports, all-or-nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.classification_service import ClassificationService
from icf.errors import ClamlError, CodeError
from tests.conftest import ROOT

CLAML = ROOT / "tests" / "icf" / "claml_files"


def test_bundled_classification_is_there_without_any_setup(user_data_dir: Path) -> None:
    service = ClassificationService()
    assert service.entry("d166").title["pl"] == "Czytanie"
    assert service.load_problem is None
    assert not (user_data_dir / "classification").exists()


def test_import_of_polish_and_english_files_merges_and_survives_a_restart() -> None:
    service = ClassificationService()
    before = len(service.classification)
    assert not service.entry("b110").definition

    first = service.import_claml([CLAML / "icf_pl.xml"])
    assert first.languages == ("pl",)
    second = service.import_claml([CLAML / "icf_en.xml"])
    assert "en" in second.languages
    entry = service.entry("b110")
    assert entry.definition["pl"].startswith("Ogólne funkcje umysłowe")
    assert entry.definition["en"]
    assert entry.exclusions["pl"]
    assert entry.title["pl"] == "Funkcje świadomości"

    restarted = ClassificationService()  # a new start of the program
    again = restarted.entry("b110")
    assert again.definition["pl"] == entry.definition["pl"]
    assert again.definition["en"] == entry.definition["en"]
    assert len(restarted.classification) == before  # the test files hold no new codes
    assert restarted.search("swiadomosci")[0].entry.code == "b110"


@pytest.mark.parametrize(
    "name",
    [
        "malformed.xml",
        "wrong_root.xml",
        "dangling_superclass.xml",
        "duplicate_code.xml",
        "bad_encoding.xml",
        "empty.xml",
        "billion_laughs.xml",
        "external_entity.xml",
        "non_icf_code.xml",
    ],
)
def test_a_broken_file_changes_nothing(name: str) -> None:
    service = ClassificationService()
    service.import_claml([CLAML / "icf_pl.xml"])
    stored = service.imported_path.read_bytes()
    with pytest.raises(ClamlError) as caught:
        # a good file first: the broken second one must stop both
        service.import_claml([CLAML / "icf_en.xml", CLAML / name])
    assert name in caught.value.message("pl")
    assert service.imported_path.read_bytes() == stored
    assert "en" not in service.entry("b110").definition
    assert not ClassificationService().entry("b110").definition.get("en")


def test_a_damaged_stored_import_falls_back_to_the_bundled_data() -> None:
    service = ClassificationService()
    service.import_claml([CLAML / "icf_pl.xml"])
    service.imported_path.write_text("{broken\n", encoding="utf-8")
    restarted = ClassificationService()
    assert restarted.entry("d166").title["pl"] == "Czytanie"
    assert restarted.load_problem is not None
    assert "imported.jsonl" in restarted.load_problem.message("pl")


def test_progress_is_reported_up_to_the_end() -> None:
    seen: list[tuple[int, int]] = []
    ClassificationService().import_claml(
        [CLAML / "icf_pl.xml"], progress=lambda d, t: seen.append((d, t))
    )
    assert seen and seen[-1][0] == seen[-1][1]


def test_entry_of_an_unknown_code() -> None:
    with pytest.raises(CodeError) as caught:
        ClassificationService().entry("b999")
    assert "takiej kategorii nie ma" in caught.value.message("pl")
