"""The rule base on realistic children: the suggestions a counselling specialist would
expect, each with the ratings that triggered it, and nothing without a triggering rating."""

from __future__ import annotations

import pytest

from plans.engine import Suggestion, suggest
from plans.profile import Profile
from plans.rules import RuleBase
from tests.plans.vignettes import (
    ALL,
    ANTEK,
    BARTEK,
    HANIA,
    KASIA,
    KUBA,
    MICHAL,
    OLA,
    TYPICAL,
    ZOSIA,
    Vignette,
)


def run(v: Vignette, rules: RuleBase) -> list[Suggestion]:
    return suggest(Profile.build(v.age, v.ratings), rules)


def goals(found: list[Suggestion]) -> dict[str, tuple[int | None, int | None]]:
    return {s.category: (s.baseline, s.target) for s in found if s.kind == "goal"}  # type: ignore[misc]


def forms(found: list[Suggestion]) -> set[str]:
    return {s.form for s in found if s.kind == "help"}  # type: ignore[misc]


def sectors(found: list[Suggestion]) -> set[str]:
    return {s.sector for s in found if s.kind == "sector"}  # type: ignore[misc]


def by_key(found: list[Suggestion], key: str) -> Suggestion:
    return next(s for s in found if s.key == key)


@pytest.mark.parametrize("vignette", ALL, ids=lambda v: v.name)
def test_every_suggestion_has_a_triggering_rating_of_the_child(
    vignette: Vignette, rules: RuleBase
) -> None:
    rated = {(informant, expr) for informant, expr in vignette.ratings}
    for s in run(vignette, rules):
        assert s.triggers, s.key
        for t in s.triggers:
            assert (t.informant, t.expression) in rated
            assert t.value >= 2 or t.measure == "gap"
        if s.kind == "goal":
            assert any(t.code.startswith(s.category) for t in s.triggers)  # type: ignore[arg-type]


def test_attention_and_impulsivity_kuba(rules: RuleBase) -> None:
    found = run(KUBA, rules)
    assert goals(found) == {"d160": (3, 2), "d250": (2, 1), "d230": (2, 1)}
    assert forms(found) == {
        "korekcyjno-kompensacyjne",
        "emocjonalno-spoleczne",
        "rozwijajace-umiejetnosci-uczenia",
    }
    # both the teacher and the mother see the attention problem: a medical consultation
    referral = next(s for s in found if s.kind == "sector")
    assert referral.sector == "health" and "psychiatr" in referral.text["pl"]
    assert {(t.informant, t.expression) for t in referral.triggers} == {
        ("teacher", "b140.3"),
        ("parent", "b140.2"),
    }
    assert any("pierwszej ławce" in s.text["pl"] for s in found if s.kind == "adaptation")
    # he reads and writes at his level: nothing about reading or writing
    assert not any(s.category in ("d166", "d170") for s in found)
    assert "d160.3 (ocena: nauczyciel): d160 >= 2" in by_key(found, "goal:d160").reasons("pl")


def test_dyslexia_zosia(rules: RuleBase) -> None:
    found = run(ZOSIA, rules)
    assert goals(found) == {"d166": (3, 2), "d140": (2, 1), "d170": (2, 1)}
    help_form = by_key(found, "help:korekcyjno-kompensacyjne")
    # one form of help from both the reading and the writing rule, with both reasons
    assert help_form.rules == ["learning-reading", "learning-writing"]
    assert {t.code for t in help_form.triggers} == {"d140", "d166", "d145", "d170"}
    texts = " ".join(s.text["pl"] for s in found if s.kind == "adaptation")
    assert "ustnie" in texts and "audio" in texts and "komputerze" in texts
    # she reads worse in class than one-to-one: the school is asked to change conditions
    gap = [s for s in found if "learning-school-participation" in s.rules]
    assert gap and gap[0].triggers[0].measure == "gap" and gap[0].triggers[0].value == 1
    assert "health" not in sectors(found)


def test_speech_antek(rules: RuleBase) -> None:
    found = run(ANTEK, rules)
    assert goals(found) == {"b320": (2, 1), "d330": (2, 1)}
    assert forms(found) == {"logopedyczne"}
    assert any("logopedyczny" in s.text["pl"] for s in found if s.kind == "parents")


def test_autism_michal(rules: RuleBase) -> None:
    found = run(MICHAL, rules)
    assert set(goals(found)) == {"d710", "d720", "d350", "d2500"}
    assert {"emocjonalno-spoleczne", "rewalidacja", "terapeutyczne"} <= forms(found)
    sensory = [s for s in found if "autism-sensory" in s.rules and s.kind == "adaptation"]
    assert sensory and "słuchawki" in sensory[0].text["pl"]
    assert {t.code for t in sensory[0].triggers} == {"b156", "e250"}
    # his difficulty with change is not read as impulsivity or aggression
    assert not any(r.startswith(("attention", "emotional")) for s in found for r in s.rules)


def test_motor_ola(rules: RuleBase) -> None:
    found = run(OLA, rules)
    assert goals(found) == {"d440": (2, 1), "d460": (3, 2)}
    assert {"health", "social_welfare"} <= sectors(found)
    barrier = [s for s in found if "motor-environment" in s.rules and s.kind == "adaptation"]
    assert barrier and barrier[0].triggers[0].expression == "e150.3"


def test_intellectual_disability_hania(rules: RuleBase) -> None:
    found = run(HANIA, rules)
    assert goals(found) == {"b117": (3, 2), "d540": (2, 1)}
    assert by_key(found, "goal:b117").months == 10
    assert {"rewalidacja", "doradztwo-zawodowe"} <= forms(found)
    # reading below her age is part of the disability, not a specific learning difficulty
    assert "korekcyjno-kompensacyjne" not in forms(found)
    assert not any(r.startswith("learning") for s in found for r in s.rules)


def test_emotions_and_family_bartek(rules: RuleBase) -> None:
    found = run(BARTEK, rules)
    assert goals(found) == {"d240": (3, 2), "d720": (3, 2), "d760": (2, 1)}
    assert {"emocjonalno-spoleczne", "terapeutyczne", "porady-konsultacje"} <= forms(found)
    assert {"health", "social_welfare", "ngo"} <= sectors(found)
    welfare = [s for s in found if s.sector == "social_welfare"]
    assert "asystent rodziny" in welfare[0].text["pl"]
    assert {t.expression for t in welfare[0].triggers} == {"e310.3", "e410.2"}


def test_hearing_kasia(rules: RuleBase) -> None:
    found = run(KASIA, rules)
    assert goals(found) == {"d115": (2, 1)}
    assert "rewalidacja" in forms(found)
    assert any("audiologicznej" in s.text["pl"] for s in found if s.sector == "health")
    assert any("SCWEW" in s.text["pl"] for s in found if s.sector == "education")


def test_no_difficulty_no_suggestion(rules: RuleBase) -> None:
    assert run(TYPICAL, rules) == []


def test_age_band_keeps_reading_goals_from_a_preschooler(rules: RuleBase) -> None:
    five = Vignette("Maja", 5, "preschool", (("teacher", "d166.3"), ("teacher", "d140.3")))
    assert run(five, rules) == []
    seven = Vignette("Maja", 7, "grade 1", five.ratings)
    assert set(goals(run(seven, rules))) == {"d166", "d140"}


def test_not_specified_and_not_applicable_never_trigger(rules: RuleBase) -> None:
    v = Vignette("X", 10, "", (("teacher", "d166.8"), ("teacher", "b140.9"), ("parent", "e310.8")))
    assert run(v, rules) == []


def test_the_consensus_decides_over_informants(rules: RuleBase) -> None:
    v = Vignette("Y", 10, "", (("teacher", "d166.3"), ("consensus", "d166.1")))
    assert run(v, rules) == []
    v = Vignette("Y", 10, "", (("teacher", "d166.1"), ("consensus", "d166.3")))
    s = by_key(run(v, rules), "goal:d166")
    assert (s.baseline, s.target) == (3, 2)
    assert [t.informant for t in s.triggers] == ["consensus"]


def test_goals_carry_a_described_attainment_scale(rules: RuleBase) -> None:
    s = by_key(run(ZOSIA, rules), "goal:d166")
    assert s.scale is not None
    assert len(s.scale["pl"]) == len(s.scale["en"]) == 5
    assert s.scale["pl"][2] == "Oczekiwany wynik: kwalifikator 2"
    assert "3" in s.scale["pl"][0]
