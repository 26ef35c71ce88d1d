"""Suggestions for a support plan from a functioning profile and the rule base.

Every suggestion carries the ratings that triggered it (`triggers`) and the rules that made
it (`rules`); a rule fires only when each of its `when` conditions holds and, if it has
`any` conditions, at least one of them, and none of its `unless` conditions holds; a
suggestion without a triggering rating is never produced. The same goal category, form
of help or text from several rules becomes one suggestion with all the reasons.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from icf.i18n import pick
from plans.conditions import Trigger
from plans.gas import default_scale
from plans.profile import Profile
from plans.rules import Rule, RuleBase, SuggestionTemplate

Texts = dict[str, str]


@dataclass
class Suggestion:
    key: str
    kind: str
    text: Texts
    rules: list[str]
    profiles: list[str]
    triggers: list[Trigger]
    category: str | None = None
    baseline: int | None = None
    target: int | None = None
    months: int | None = None
    methods: Texts | None = None
    scale: dict[str, list[str]] | None = None
    area: str | None = None
    form: str | None = None
    sector: str | None = None
    needs: list[str] = field(default_factory=list)

    def reasons(self, lang: str | None = None) -> list[str]:
        """One line per triggering rating: `d140.3_ (nauczyciel): d140 >= 2`."""
        out = []
        for t in self.triggers:
            who = _INFORMANT.get(t.informant, {}).get(lang or "pl", t.informant)
            out.append(f"{t.expression} ({pick(_INF_LABEL, lang)} {who}): {t.condition}")
        return out

    def label(self, lang: str | None = None) -> str:
        return pick(self.text, lang)


_INF_LABEL = {"pl": "ocena:", "en": "rated by:"}
_INFORMANT = {
    "consensus": {"pl": "uzgodniona", "en": "consensus"},
    "specialist": {"pl": "specjalista", "en": "specialist"},
    "teacher": {"pl": "nauczyciel", "en": "teacher"},
    "parent": {"pl": "rodzic", "en": "parent"},
    "student": {"pl": "uczeń", "en": "student"},
}


def fire(rule: Rule, profile: Profile) -> list[Trigger] | None:
    """The triggering ratings when the rule applies to the profile, else None."""
    for condition in rule.unless:
        if condition.evaluate(profile)[0]:
            return None
    triggers: list[Trigger] = []
    for condition in rule.when:
        ok, found = condition.evaluate(profile)
        if not ok:
            return None
        triggers.extend(found)
    if rule.any:
        anything = False
        for condition in rule.any:
            ok, found = condition.evaluate(profile)
            if ok:
                anything = True
                triggers.extend(found)
        if not anything:
            return None
    unique: dict[tuple[str, str], Trigger] = {}
    for trigger in triggers:  # one reason per rating, with the first condition it met
        unique.setdefault((trigger.code, trigger.informant), trigger)
    return list(unique.values()) or None


def _key(rule: Rule, number: int, template: SuggestionTemplate) -> str:
    if template.kind == "goal":
        return f"goal:{template.category}"
    if template.kind == "help":
        return f"help:{template.form}"
    return f"{template.kind}:{rule.id}:{number}"


def suggest(profile: Profile, rules: RuleBase) -> list[Suggestion]:
    found: dict[str, Suggestion] = {}
    by_text: dict[tuple[str, str], str] = {}
    for rule in rules.rules:
        triggers = fire(rule, profile)
        if not triggers:
            continue
        for number, template in enumerate(rule.suggestions):
            key = _key(rule, number, template)
            relevant = triggers
            baseline = target = None
            if template.kind == "goal":
                assert template.category is not None
                relevant = [t for t in triggers if t.code.startswith(template.category)]
                values = [v for v in (profile.value(t.code) for t in relevant) if v is not None]
                if not values:
                    continue  # the goal's category is not what triggered the rule
                baseline = max(values)
                target = max(0, baseline - template.improve)
            text_key = (template.kind, template.text["pl"])
            if key not in found and text_key in by_text:
                key = by_text[text_key]
            existing = found.get(key)
            if existing is not None:
                if rule.id not in existing.rules:
                    existing.rules.append(rule.id)
                if rule.profile not in existing.profiles:
                    existing.profiles.append(rule.profile)
                known = {(t.code, t.informant) for t in existing.triggers}
                existing.triggers += [t for t in relevant if (t.code, t.informant) not in known]
                if existing.kind == "help" and template.text["pl"] not in existing.text["pl"]:
                    for lang in ("pl", "en"):
                        existing.text[lang] = f"{existing.text[lang]} {template.text[lang]}"
                if baseline is not None and existing.baseline is not None:
                    if baseline > existing.baseline:
                        existing.baseline, existing.target = baseline, target
                continue
            needs = list(template.needs) or sorted({t.code for t in relevant})
            suggestion = Suggestion(
                key=key,
                kind=template.kind,
                text=dict(template.text),
                rules=[rule.id],
                profiles=[rule.profile],
                triggers=list(relevant),
                category=template.category,
                baseline=baseline,
                target=target,
                months=template.months if template.kind == "goal" else None,
                methods=dict(template.methods) if template.methods else None,
                area=template.area,
                form=template.form,
                sector=template.sector,
                needs=needs,
            )
            found[key] = suggestion
            by_text[text_key] = key
    for suggestion in found.values():
        if suggestion.kind == "goal":
            assert suggestion.baseline is not None and suggestion.target is not None
            template_scale = _template_scale(rules, suggestion)
            suggestion.scale = template_scale or default_scale(
                suggestion.baseline, suggestion.target
            )
    result = [s for s in found.values() if s.triggers]
    order = {"goal": 0, "adaptation": 1, "help": 2, "parents": 3, "sector": 4}
    result.sort(key=lambda s: (order[s.kind], s.category or "", s.key))
    return result


def _template_scale(rules: RuleBase, suggestion: Suggestion) -> dict[str, list[str]] | None:
    rule = rules.get(suggestion.rules[0])
    if rule is None:
        return None
    for template in rule.suggestions:
        if template.kind == "goal" and template.category == suggestion.category:
            return template.scale
    return None
