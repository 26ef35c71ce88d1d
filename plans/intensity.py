"""A suggested intensity of support with its reasoning; the specialist decides.

From the profile (settled ratings of b, s and d; barriers from e):
- intensive: 3 or more categories rated 3-4 (severe, complete); or 8 or more categories
  rated 2+ across 3 or more chapters; or a severe difficulty together with 3 or more
  environmental barriers of 2+;
- targeted: 2 or more categories rated 2+, or one rated 3+, or 2 or more barriers of 2+;
- universal: otherwise (what every child gets, with attention to the mild difficulties).

For the family (Gdynia practice, the Kurcman matrix): motivation to change × resources for
change, each low / medium / high, gives regular, deepened or intensive social work (mapped
to universal / targeted / intensive):

                   resources: high     medium       low
    motivation high          regular    regular      deepened
               medium        deepened   deepened     intensive
               low           deepened   intensive    intensive
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plans.profile import Profile

Texts = dict[str, str]
LEVELS: dict[str, Texts] = {
    "universal": {"pl": "uniwersalne", "en": "universal"},
    "targeted": {"pl": "ukierunkowane", "en": "targeted"},
    "intensive": {"pl": "intensywne", "en": "intensive"},
}
FAMILY_LEVELS: dict[str, Texts] = {
    "universal": {"pl": "regularna praca socjalna", "en": "regular social work"},
    "targeted": {
        "pl": "pogłębiona praca socjalna (do 5 miesięcy)",
        "en": "deepened social work (up to 5 months)",
    },
    "intensive": {
        "pl": "intensywna praca socjalna z asystentem rodziny (do 3 lat)",
        "en": "intensive social work with a family assistant (up to 3 years)",
    },
}
GRADES = ("low", "medium", "high")
GRADE_TEXT: dict[str, Texts] = {
    "low": {"pl": "niska", "en": "low"},
    "medium": {"pl": "średnia", "en": "medium"},
    "high": {"pl": "wysoka", "en": "high"},
}
_MATRIX = {
    ("high", "high"): "universal",
    ("high", "medium"): "universal",
    ("high", "low"): "targeted",
    ("medium", "high"): "targeted",
    ("medium", "medium"): "targeted",
    ("medium", "low"): "intensive",
    ("low", "high"): "targeted",
    ("low", "medium"): "intensive",
    ("low", "low"): "intensive",
}


@dataclass
class Intensity:
    level: str
    reasons: list[Texts] = field(default_factory=list)
    moderate: list[str] = field(default_factory=list)  # codes rated 2+
    severe: list[str] = field(default_factory=list)  # codes rated 3+
    barriers: list[str] = field(default_factory=list)  # e codes, barrier 2+


def from_profile(profile: Profile) -> Intensity:
    moderate, severe, barriers = [], [], []
    for rating in profile.settled_all():
        value = profile.value(rating.code)
        if value is None:
            continue
        if rating.code[0] == "e":
            if value >= 2:
                barriers.append(rating.code)
            continue
        if value >= 2:
            moderate.append(rating.code)
        if value >= 3:
            severe.append(rating.code)
    chapters = sorted({code[:2] for code in moderate})
    where = "rozdziale" if len(chapters) == 1 else "rozdziałach"
    facts: Texts = {
        "pl": f"Kategorie z trudnością co najmniej umiarkowaną (2+): {len(moderate)}"
        f" (w {len(chapters)} {where}); znaczną lub całkowitą (3–4): {len(severe)};"
        f" bariery środowiskowe 2+: {len(barriers)}.",
        "en": f"Categories with at least moderate difficulty (2+): {len(moderate)}"
        f" in {len(chapters)} chapters; severe or complete (3-4): {len(severe)};"
        f" environmental barriers 2+: {len(barriers)}.",
    }
    result = Intensity("universal", [facts], moderate, severe, barriers)
    if len(severe) >= 3:
        result.level = "intensive"
        result.reasons.append(
            {
                "pl": f"Co najmniej trzy znaczne trudności ({', '.join(severe)}): wsparcie intensywne.",
                "en": f"Three or more severe difficulties ({', '.join(severe)}): intensive support.",
            }
        )
    elif len(moderate) >= 8 and len(chapters) >= 3:
        result.level = "intensive"
        result.reasons.append(
            {
                "pl": "Liczne trudności w wielu obszarach funkcjonowania: wsparcie intensywne.",
                "en": "Many difficulties across several areas of functioning: intensive support.",
            }
        )
    elif severe and len(barriers) >= 3:
        result.level = "intensive"
        result.reasons.append(
            {
                "pl": "Znaczna trudność przy wielu barierach w otoczeniu: wsparcie intensywne.",
                "en": "A severe difficulty with many barriers around the child: intensive support.",
            }
        )
    elif len(moderate) >= 2 or severe or len(barriers) >= 2:
        result.level = "targeted"
        result.reasons.append(
            {
                "pl": "Kilka umiarkowanych trudności lub barier: wsparcie ukierunkowane na te obszary.",
                "en": "Several moderate difficulties or barriers: support targeted at these areas.",
            }
        )
    else:
        result.reasons.append(
            {
                "pl": "Brak trudności umiarkowanych lub większych w kilku obszarach: wystarczy wsparcie uniwersalne.",
                "en": "No moderate or greater difficulties in several areas: universal support suffices.",
            }
        )
    return result


def for_family(motivation: str, resources: str) -> Intensity:
    """The Kurcman matrix: motivation to change × resources for change."""
    if motivation not in GRADES or resources not in GRADES:
        raise ValueError("motivation and resources are low, medium or high")
    level = _MATRIX[(motivation, resources)]
    reasons = [
        {
            "pl": f"Motywacja do zmiany: {GRADE_TEXT[motivation]['pl']}, zasoby do zmiany: "
            f"{GRADE_TEXT[resources]['pl']} (matryca Kurcmana): {FAMILY_LEVELS[level]['pl']}.",
            "en": f"Motivation to change: {motivation}, resources for change: {resources}"
            f" (Kurcman matrix): {FAMILY_LEVELS[level]['en']}.",
        }
    ]
    if motivation == "low":
        reasons.append(
            {
                "pl": "Przy niskiej motywacji najpierw praca nad gotowością do zmiany i kontrakt; "
                "rozważ asystenta rodziny.",
                "en": "With low motivation, first work on readiness for change and a contract; "
                "consider a family assistant.",
            }
        )
    if resources == "low":
        reasons.append(
            {
                "pl": "Przy niskich zasobach trzeba je uzupełnić: świadczenia, usługi, wsparcie sieci.",
                "en": "With low resources they must be supplemented: benefits, services, the network.",
            }
        )
    return Intensity(level, reasons)


def combine(child: Intensity, family: Intensity | None) -> Intensity:
    """The stronger of the two levels, with both reasonings."""
    if family is None:
        return child
    order = ("universal", "targeted", "intensive")
    level = max(child.level, family.level, key=order.index)
    return Intensity(
        level,
        [*child.reasons, *family.reasons],
        child.moderate,
        child.severe,
        child.barriers,
    )
