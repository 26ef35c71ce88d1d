"""Goal attainment T-scores against values computed by hand, the suggested intensity of
support with its reasons, and the change of qualifiers between two assessments."""

from __future__ import annotations

import math

import pytest

from plans.change import GoalOutcome, changes, summarise
from plans.gas import default_scale, level_from_qualifier, t_score
from plans.intensity import combine, for_family, from_profile
from plans.profile import Profile
from tests.plans.vignettes import BARTEK, KUBA, OLA, TYPICAL


def test_t_score_hand_computed() -> None:
    # all goals attained as expected: T = 50
    assert t_score([0, 0, 0]) == 50
    # one goal much better than expected: 50 + 10·2/√(0.7·1 + 0.3·1) = 70
    assert t_score([2]) == pytest.approx(70)
    # levels +1, −1, +2, weights 1: Σwx = 2, Σw² = 3, (Σw)² = 9,
    # √(0.7·3 + 0.3·9) = √4.8 = 2.190890; T = 50 + 20/2.190890 = 59.1287
    assert t_score([1, -1, 2]) == pytest.approx(59.1287, abs=1e-4)
    # weights 3, 1, 2 and levels +1, 0, −2: Σwx = −1, Σw² = 14, (Σw)² = 36,
    # √(9.8 + 10.8) = √20.6 = 4.538722; T = 50 − 10/4.538722 = 47.7967
    assert t_score([1, 0, -2], [3, 1, 2]) == pytest.approx(47.7967, abs=1e-4)
    # four goals all −1: Σwx = −4, √(0.7·4 + 0.3·16) = √7.6; T = 50 − 40/√7.6
    assert t_score([-1] * 4) == pytest.approx(50 - 40 / math.sqrt(7.6))


def test_t_score_refuses_nonsense() -> None:
    with pytest.raises(ValueError):
        t_score([])
    with pytest.raises(ValueError):
        t_score([3])
    with pytest.raises(ValueError):
        t_score([1], [0])


def test_levels_from_a_reassessed_qualifier() -> None:
    # baseline 3, target 2
    assert [level_from_qualifier(3, 2, q) for q in (4, 3, 2, 1, 0)] == [-2, -1, 0, 1, 2]
    # baseline 3, target 1: 2 is less than expected
    assert level_from_qualifier(3, 1, 2) == -1


def test_default_scale_describes_five_levels() -> None:
    scale = default_scale(2, 1)
    assert scale["pl"] == [
        "Pogorszenie: trudność większa niż na początku (kwalifikator powyżej 2)",
        "Bez zmiany (kwalifikator 2)",
        "Oczekiwany wynik: kwalifikator 1",
        "Lepiej niż oczekiwano: kwalifikator 0",
        "Znacznie lepiej niż oczekiwano: brak trudności (kwalifikator 0)",
    ]
    assert len(set(default_scale(4, 2)["en"])) == 5


def test_intensity_from_the_profile_with_reasons() -> None:
    assert from_profile(Profile.build(9, TYPICAL.ratings)).level == "universal"
    kuba = from_profile(Profile.build(8, KUBA.ratings))
    assert kuba.level == "targeted"
    assert "(2+): 5 (w 3 rozdziałach)" in kuba.reasons[0]["pl"]
    ola = from_profile(Profile.build(9, OLA.ratings))
    assert ola.level == "intensive" and ola.severe == ["b760", "d450", "d460"]
    assert "b760, d450, d460" in ola.reasons[1]["pl"]


def test_kurcman_matrix_for_the_family() -> None:
    assert for_family("high", "high").level == "universal"
    assert for_family("high", "low").level == "targeted"
    assert for_family("medium", "medium").level == "targeted"
    low = for_family("low", "low")
    assert low.level == "intensive"
    assert "matryca Kurcmana" in low.reasons[0]["pl"]
    assert any("asystenta rodziny" in r["pl"] for r in low.reasons)
    with pytest.raises(ValueError):
        for_family("none", "high")
    # the child's targeted need with an intensive family situation: intensive, both reasons
    bartek = combine(from_profile(Profile.build(11, BARTEK.ratings)), for_family("low", "medium"))
    assert bartek.level == "intensive" and len(bartek.reasons) >= 3


def test_changes_between_two_assessments() -> None:
    before = Profile.build(
        9,
        [
            ("teacher", "d166.3"),
            ("teacher", "d170.2"),
            ("consensus", "e310.2"),
            ("teacher", "b140.1"),
        ],
    )
    after = Profile.build(
        10,
        [
            ("teacher", "d166.1"),
            ("teacher", "d170.3"),
            ("consensus", "e310+1"),
            ("teacher", "d710.2"),
        ],
    )
    found = {c.code: c for c in changes(before, after)}
    assert (found["d166"].status, found["d166"].delta) == ("improved", 2)
    assert (found["d170"].status, found["d170"].delta) == ("worse", -1)
    # a barrier became a facilitator: resolved, 3 steps better
    assert (found["e310"].status, found["e310"].delta) == ("resolved", 3)
    assert found["d710"].status == "new"
    assert found["b140"].status == "not_reassessed"
    summary = summarise(
        list(found.values()),
        [GoalOutcome("Czyta płynniej", "d166", 1), GoalOutcome("Pisze zdania", "d170", -1)],
    )
    assert summary.improved[0].startswith("d166") and "d166.3 → d166.1" in summary.improved[0]
    assert any("d170.2 → d170.3" in line for line in summary.not_improved)
    advice = [t["pl"] for t in summary.next_plan]
    assert any("„Pisze zdania” nie został osiągnięty" in a for a in advice)
    assert any("„Czyta płynniej” przekroczony" in a for a in advice)
    assert any("Nowa trudność d710" in a for a in advice)
