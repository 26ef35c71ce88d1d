"""Search over the bundled classification: both languages, diacritics, prefixes, ranking."""

from __future__ import annotations

import pytest

from app.classification_service import load_bundled
from icf.search import SearchIndex
from icf.text import fold, words


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(load_bundled())


def codes(index: SearchIndex, query: str, limit: int = 50) -> list[str]:
    return [hit.entry.code for hit in index.search(query, limit)]


def test_fold_ignores_case_and_polish_diacritics() -> None:
    assert fold("ŻYWIENIE Łódź ąęćńóśźż") == "zywienie lodz aecnoszz"
    assert words("Dzielenie uwagi, w tym (b1402)") == ["dzielenie", "uwagi", "w", "tym", "b1402"]


def test_exact_code_comes_first(index: SearchIndex) -> None:
    assert codes(index, "d166")[0] == "d166"
    assert codes(index, "D166")[0] == "d166"
    assert codes(index, " b1402 ")[0] == "b1402"


def test_code_prefix_lists_the_codes_under_it_shortest_first(index: SearchIndex) -> None:
    found = codes(index, "d16")
    assert found[0] == "d160"
    assert all(code.startswith("d16") for code in found)
    assert found.index("d166") < found.index("d1660") if "d1660" in found else True


def test_polish_title_with_and_without_diacritics(index: SearchIndex) -> None:
    assert codes(index, "czytanie")[0] == "d166"
    assert codes(index, "najbliższa rodzina")[0] == "e310"
    assert codes(index, "najblizsza rodzina")[0] == "e310"
    assert codes(index, "NAJBLIŻSZA") == codes(index, "najblizsza")


def test_english_title(index: SearchIndex) -> None:
    assert codes(index, "reading")[0] == "d166"
    assert codes(index, "immediate family")[0] == "e310"
    hit = index.search("dividing attention")[0]
    assert hit.entry.code == "b1402" and hit.language == "en"


def test_multi_word_prefixes_in_any_order(index: SearchIndex) -> None:
    assert codes(index, "uwag podziel")[0] == "b1402"
    assert codes(index, "podziel uwag")[0] == "b1402"
    assert "b1402" in codes(index, "div att")


def test_words_must_all_match_within_one_language(index: SearchIndex) -> None:
    # "czytanie" is Polish and "family" English: no single title holds both
    assert codes(index, "czytanie family") == []


def test_title_start_ranks_before_a_word_inside(index: SearchIndex) -> None:
    hits = index.search("pamięć")
    ranks = [hit.rank[0] for hit in hits]
    assert ranks == sorted(ranks)
    found = [hit.entry.code for hit in hits]
    # "Pamięć krótkotrwała" starts with the word; "Funkcje pamięci" only contains it
    assert found.index("b1440") < found.index("b144")
    assert fold(hits[0].entry.title["pl"]).startswith("pamiec")


def test_results_are_limited(index: SearchIndex) -> None:
    assert len(index.search("funkcje", limit=10)) == 10
    assert len(index.search("funkcje", limit=500)) > 10


def test_nothing_for_empty_or_unknown_queries(index: SearchIndex) -> None:
    assert index.search("") == []
    assert index.search("   ") == []
    assert index.search("qqqzzz") == []
    assert index.search("?!") == []


def test_polish_inflection_is_forgiven(index: SearchIndex) -> None:
    # the titles say "uwagi", "emocji", "toalety", "energii"
    assert codes(index, "uwaga")[0] == "b140"
    assert "b152" in codes(index, "emocje")
    assert codes(index, "toaleta")[0] == "d530"
    assert codes(index, "energia")[0] == "b130"
    # literal matches still come first
    found = codes(index, "czytanie")
    assert found[0] == "d166" and found.index("d140") > found.index("d166")


def test_diacritics_in_the_title_need_not_be_typed(index: SearchIndex) -> None:
    assert codes(index, "zywnosc")[0] == "e1100"
    assert codes(index, "żywność")[0] == "e1100"
