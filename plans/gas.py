"""Goal attainment scaling (Kiresuk & Sherman): five levels per goal, −2 … +2, and the
T-score of a plan

    T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²),   ρ = 0.3, weights 1 unless set.

A T-score of 50 means the goals were attained as expected on average; above 50, better.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

LEVELS = (-2, -1, 0, 1, 2)
RHO = 0.3


def t_score(
    levels: Sequence[int], weights: Sequence[float] | None = None, rho: float = RHO
) -> float:
    if not levels:
        raise ValueError("no goals rated")
    if any(level not in LEVELS for level in levels):
        raise ValueError("attainment levels are −2 … +2")
    w = list(weights) if weights is not None else [1.0] * len(levels)
    if len(w) != len(levels) or any(x <= 0 for x in w):
        raise ValueError("one positive weight per goal")
    numerator = sum(wi * xi for wi, xi in zip(w, levels, strict=True))
    denominator = math.sqrt((1 - rho) * sum(wi * wi for wi in w) + rho * sum(w) ** 2)
    return 50 + 10 * numerator / denominator


def level_from_qualifier(baseline: int, target: int, achieved: int) -> int:
    """The attainment level a re-assessed qualifier suggests (lower qualifier = better)."""
    if achieved > baseline:
        return -2
    if achieved > target:
        return -1
    if achieved == target:
        return 0
    return 1 if achieved == target - 1 else 2


def default_scale(baseline: int, target: int) -> dict[str, list[str]]:
    """Descriptions of −2 … +2 from the baseline and target qualifiers."""
    if target + 1 == baseline:
        less_pl, less_en = (
            f"bez zmiany (kwalifikator {baseline})",
            f"no change (qualifier {baseline})",
        )
    else:
        less_pl = f"poprawa mniejsza niż zakładana (kwalifikator {baseline}–{target + 1})"
        less_en = f"less improvement than expected (qualifier {baseline} to {target + 1})"
    worse_pl = f"pogorszenie: trudność większa niż na początku (kwalifikator powyżej {baseline})"
    worse_en = f"worse than at the start (qualifier above {baseline})"
    if baseline >= 4:
        worse_pl = "pogorszenie: dziecko przestało podejmować tę aktywność"
        worse_en = "worse: the child stopped taking part in this activity"
    expected_pl = f"oczekiwany wynik: kwalifikator {target}"
    expected_en = f"expected outcome: qualifier {target}"
    if target >= 1:
        more_pl = f"lepiej niż oczekiwano: kwalifikator {target - 1}"
        more_en = f"better than expected: qualifier {target - 1}"
    else:
        more_pl = "lepiej niż oczekiwano: bez trudności i samodzielnie także w nowych sytuacjach"
        more_en = "better than expected: no difficulty, independently also in new situations"
    if target >= 2:
        most_pl = f"znacznie lepiej niż oczekiwano: kwalifikator {target - 2} lub niższy"
        most_en = f"much better than expected: qualifier {target - 2} or lower"
    elif target == 1:
        most_pl = "znacznie lepiej niż oczekiwano: brak trudności (kwalifikator 0)"
        most_en = "much better than expected: no difficulty (qualifier 0)"
    else:
        most_pl = (
            "znacznie lepiej niż oczekiwano: dziecko stosuje umiejętność wszędzie i uczy jej innych"
        )
        most_en = "much better than expected: the child uses the skill everywhere and shows others"
    return {
        "pl": [_cap(worse_pl), _cap(less_pl), _cap(expected_pl), _cap(more_pl), _cap(most_pl)],
        "en": [_cap(worse_en), _cap(less_en), _cap(expected_en), _cap(more_en), _cap(most_en)],
    }


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
