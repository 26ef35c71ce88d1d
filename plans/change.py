"""What changed between two assessments, category by category, and a summary of what
improved, what did not, and what the next plan should change.

A lower qualifier means less difficulty; environmental factors count barriers as positive
and facilitators as negative, so a barrier that became a facilitator is an improvement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from plans.profile import Profile

Texts = dict[str, str]


@dataclass(frozen=True)
class CategoryChange:
    code: str
    before: str | None  # the settled coded expression
    after: str | None
    delta: int | None  # before − after on the signed scale: positive = better
    status: str  # improved, worse, same, new, resolved, not_reassessed


def _signed(profile: Profile, code: str) -> int | None:
    """The settled rating as one number: difficulty or barrier positive, a facilitator
    negative; None when not rated on 0-4."""
    rating = profile.settled(code)
    if rating is None:
        return None
    first = rating.expression.first
    if rating.expression.facilitator and first is not None and first <= 4:
        return -first
    return profile.value(code)


def changes(before: Profile, after: Profile) -> list[CategoryChange]:
    out = []
    for code in sorted(set(before.ratings) | set(after.ratings)):
        a, b = _signed(before, code), _signed(after, code)
        ra, rb = before.settled(code), after.settled(code)
        ta = ra.text if ra else None
        tb = rb.text if rb else None
        if a is None and b is None:
            continue
        if b is None:
            out.append(CategoryChange(code, ta, tb, None, "not_reassessed"))
        elif a is None:
            out.append(CategoryChange(code, ta, tb, None, "new" if b >= 2 else "same"))
        else:
            delta = a - b
            if delta > 0:
                status = "resolved" if b <= 0 < a else "improved"
            elif delta < 0:
                status = "worse"
            else:
                status = "same"
            out.append(CategoryChange(code, ta, tb, delta, status))
    return out


@dataclass
class GoalOutcome:
    label: str
    category: str | None
    level: int | None


@dataclass
class Summary:
    improved: list[str] = field(default_factory=list)
    not_improved: list[str] = field(default_factory=list)
    next_plan: list[Texts] = field(default_factory=list)


def summarise(
    category_changes: list[CategoryChange],
    goals: list[GoalOutcome],
    title: Callable[[str], str] = lambda code: "",
) -> Summary:
    summary = Summary()
    for change in category_changes:
        name = f"{change.code} {title(change.code)}".strip()
        if change.status in ("improved", "resolved"):
            summary.improved.append(f"{name}: {change.before} → {change.after}")
        elif change.status in ("same", "worse") and change.before and change.after:
            if change.delta == 0 and (change.after.split(".")[1:2] == ["0"]):
                continue  # no difficulty before and after
            summary.not_improved.append(f"{name}: {change.before} → {change.after}")
    for goal in goals:
        if goal.level is None:
            summary.next_plan.append(
                {
                    "pl": f"Ocenić osiągnięcie celu „{goal.label}” przy następnym przeglądzie.",
                    "en": f"Rate the attainment of the goal “{goal.label}” at the next review.",
                }
            )
        elif goal.level < 0:
            summary.next_plan.append(
                {
                    "pl": f"Cel „{goal.label}” nie został osiągnięty: zmienić metody, częstotliwość "
                    "zajęć lub realistycznie obniżyć oczekiwany wynik.",
                    "en": f"The goal “{goal.label}” was not attained: change the methods or the "
                    "frequency of support, or set a realistic expected outcome.",
                }
            )
        elif goal.level > 0:
            summary.next_plan.append(
                {
                    "pl": f"Cel „{goal.label}” przekroczony: postawić ambitniejszy cel lub "
                    "stopniowo zmniejszać wsparcie.",
                    "en": f"The goal “{goal.label}” was exceeded: set a more ambitious goal or "
                    "gradually reduce support.",
                }
            )
        else:
            summary.next_plan.append(
                {
                    "pl": f"Cel „{goal.label}” osiągnięty: utrwalać umiejętność w nowych sytuacjach.",
                    "en": f"The goal “{goal.label}” was attained: consolidate the skill in new "
                    "situations.",
                }
            )
    for change in category_changes:
        if change.status == "worse":
            summary.next_plan.append(
                {
                    "pl": f"Pogorszenie w {change.code} ({change.before} → {change.after}): "
                    "ustalić przyczynę i dodać cel.",
                    "en": f"Worse in {change.code} ({change.before} → {change.after}): find "
                    "the cause and add a goal.",
                }
            )
        elif change.status == "new":
            summary.next_plan.append(
                {
                    "pl": f"Nowa trudność {change.code} ({change.after}): uwzględnić w planie.",
                    "en": f"New difficulty {change.code} ({change.after}): include it in the plan.",
                }
            )
    return summary
