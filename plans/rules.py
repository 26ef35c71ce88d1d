"""The rule base: TOML files in `resources/rules/` (format in `resources/rules/FORMAT.md`),
loaded and checked completely. A file with an unknown ICF code, a malformed condition or a
missing text is refused with the file name and the line, and none of its rules is used."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from icf.classification import Classification
from plans.conditions import Condition, ConditionError, parse_condition
from plans.errors import PlansError, RuleFileError
from plans.vocabulary import ADAPTATION_AREAS, HELP_FORMS, SECTORS

Texts = dict[str, str]
ROOT = Path(__file__).resolve().parent.parent / "resources" / "rules"
KINDS = ("goal", "adaptation", "help", "parents", "sector")
PROFILES = (
    "attention",
    "learning",
    "speech",
    "autism",
    "motor",
    "emotional",
    "sensory",
    "intellectual",
    "family",
    "general",
)
_RULE_KEYS = {"id", "profile", "title", "when", "any", "unless", *KINDS}
_KIND_KEYS = {
    "goal": {"category", "improve", "months", "text", "methods", "scale"},
    "adaptation": {"area", "text"},
    "help": {"form", "text"},
    "parents": {"text", "needs"},
    "sector": {"sector", "text", "needs"},
}


@dataclass(frozen=True)
class SuggestionTemplate:
    kind: str
    text: Texts
    #: goal: the ICF category, how many qualifier steps to improve, months to the deadline
    category: str | None = None
    improve: int = 1
    months: int = 5
    methods: Texts | None = None
    #: goal: five level descriptions −2..+2 (else generated from baseline and target)
    scale: dict[str, list[str]] | None = None
    area: str | None = None  # adaptation
    form: str | None = None  # help
    sector: str | None = None  # sector
    #: codes or chapters a provider must address for this action (directory matching)
    needs: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Rule:
    id: str
    profile: str
    title: Texts
    when: tuple[Condition, ...]
    any: tuple[Condition, ...]
    unless: tuple[Condition, ...]
    suggestions: tuple[SuggestionTemplate, ...]
    file: str
    line: int


@dataclass
class RuleBase:
    rules: list[Rule] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


class _Lines:
    """Line numbers of TOML tables and keys (tomllib does not keep them)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.rules = [i + 1 for i, s in enumerate(self.lines) if s.strip() == "[[rule]]"]

    def rule_range(self, index: int) -> tuple[int, int]:
        if index >= len(self.rules):
            return (1, len(self.lines) + 1)
        start = self.rules[index]
        end = self.rules[index + 1] if index + 1 < len(self.rules) else len(self.lines) + 1
        return start, end

    def sub(self, index: int, kind: str, number: int) -> tuple[int, int]:
        start, end = self.rule_range(index)
        header = f"[[rule.{kind}]]"
        found = [n for n in range(start, end) if self.lines[n - 1].strip() == header]
        if number < len(found):
            sub_start = found[number]
            following = [
                n for n in range(sub_start + 1, end) if self.lines[n - 1].strip().startswith("[")
            ]
            return sub_start, following[0] if following else end
        return start, end

    def key(self, span: tuple[int, int], key: str, needle: str | None = None) -> int:
        start, end = span
        if needle:
            for n in range(start, end):
                if needle in self.lines[n - 1]:
                    return n
        pattern = re.compile(rf"^\s*{re.escape(key)}(\.[a-z]+)?\s*=")
        for n in range(start, end):
            if pattern.match(self.lines[n - 1]):
                return n
        return start


def _texts(value: Any) -> Texts | None:
    if not isinstance(value, Mapping):
        return None
    pl, en = value.get("pl"), value.get("en")
    if not isinstance(pl, str) or not pl.strip() or not isinstance(en, str) or not en.strip():
        return None
    return {"pl": " ".join(pl.split()), "en": " ".join(en.split())}


def parse_rules(text: str, classification: Classification, file: str) -> list[Rule]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        raise RuleFileError(
            file,
            int(found.group(1)) if found else 1,
            f"błąd składni TOML ({exc})",
            f"TOML syntax error ({exc})",
        ) from None
    lines = _Lines(text)
    extra = set(data) - {"rule"}
    if extra:
        name = sorted(extra)[0]
        line = lines.key((1, len(lines.lines) + 1), name)
        raise RuleFileError(file, line, f"nieznany klucz „{name}”", f"unknown key “{name}”")
    rules = data.get("rule", [])
    if not isinstance(rules, list) or not rules:
        raise RuleFileError(file, 1, "brak reguł [[rule]]", "no [[rule]] tables")
    return [_rule(i, raw, lines, classification, file) for i, raw in enumerate(rules)]


def _rule(
    index: int, raw: Mapping[str, Any], lines: _Lines, classification: Classification, file: str
) -> Rule:
    span = lines.rule_range(index)

    def fail(key: str, pl: str, en: str, needle: str | None = None) -> RuleFileError:
        return RuleFileError(file, lines.key(span, key, needle), pl, en)

    unknown = set(raw) - _RULE_KEYS
    if unknown:
        name = sorted(unknown)[0]
        raise fail(name, f"nieznany klucz „{name}” w regule", f"unknown key “{name}” in a rule")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", rule_id):
        raise fail("id", "brak identyfikatora „id” (małe litery, cyfry, „-”)", "missing id")
    profile = raw.get("profile", "general")
    if profile not in PROFILES:
        raise fail(
            "profile",
            f"nieznany profil „{profile}” (dozwolone: {', '.join(PROFILES)})",
            f"unknown profile “{profile}” (allowed: {', '.join(PROFILES)})",
        )
    title = _texts(raw.get("title"))
    if title is None:
        raise fail("title", "tytuł musi mieć tekst pl i en", "the title needs pl and en texts")

    def conditions(key: str) -> tuple[Condition, ...]:
        value = raw.get(key, [])
        if not isinstance(value, list):
            raise fail(key, f"„{key}” ma być listą warunków", f"“{key}” must be a list")
        parsed = []
        for item in value:
            try:
                parsed.append(parse_condition(item, classification))
            except ConditionError as exc:
                needle = f'"{item}"' if isinstance(item, str) else None
                raise fail(key, exc.pl, exc.en, needle) from None
        return tuple(parsed)

    when, any_, unless = conditions("when"), conditions("any"), conditions("unless")
    if not any(not c.is_age for c in (*when, *any_)):
        raise fail(
            "when",
            "reguła musi mieć warunek dotyczący ocen (sam wiek nie wystarcza)",
            "a rule needs a condition on ratings (age alone is not enough)",
        )
    if any_ and all(c.is_age for c in any_) and all(c.is_age for c in when):
        raise fail("any", "warunki „any” muszą dotyczyć ocen", "“any” must be about ratings")
    patterns = [c.pattern for c in (*when, *any_) if c.pattern is not None]
    suggestions: list[SuggestionTemplate] = []
    for kind in KINDS:
        items = raw.get(kind, [])
        if isinstance(items, Mapping):
            items = [items]
        if not isinstance(items, list):
            raise fail(kind, f"„{kind}” ma być tabelą [[rule.{kind}]]", f"“{kind}” must be tables")
        for number, item in enumerate(items):
            sub = lines.sub(index, kind, number)
            suggestions.append(_suggestion(kind, item, sub, lines, classification, file, patterns))
    if not suggestions:
        raise fail("id", "reguła niczego nie proponuje", "the rule suggests nothing")
    return Rule(
        rule_id,
        profile,
        title,
        when,
        any_,
        unless,
        tuple(suggestions),
        file,
        lines.rule_range(index)[0],
    )


def _suggestion(
    kind: str,
    item: Any,
    span: tuple[int, int],
    lines: _Lines,
    classification: Classification,
    file: str,
    patterns: list[Any],
) -> SuggestionTemplate:
    def fail(key: str, pl: str, en: str) -> RuleFileError:
        return RuleFileError(file, lines.key(span, key), pl, en)

    if not isinstance(item, Mapping):
        raise fail(kind, "oczekiwano tabeli", "expected a table")
    unknown = set(item) - _KIND_KEYS[kind]
    if unknown:
        name = sorted(unknown)[0]
        raise fail(name, f"nieznany klucz „{name}”", f"unknown key “{name}”")
    text = _texts(item.get("text"))
    if text is None:
        raise fail("text", "tekst musi mieć wersję pl i en", "the text needs pl and en versions")
    values: dict[str, Any] = {"kind": kind, "text": text, "line": span[0]}
    if kind == "goal":
        category = item.get("category")
        entry = classification.get(category) if isinstance(category, str) else None
        if entry is None or not entry.is_category:
            raise fail(
                "category", f"nieznany kod ICF „{category}”", f"unknown ICF code “{category}”"
            )
        if not any(p.covers(category) for p in patterns):
            raise fail(
                "category",
                f"cel dotyczy „{category}”, a żaden warunek reguły nie patrzy na tę kategorię",
                f"the goal is about “{category}” but no condition of the rule looks at it",
            )
        improve, months = item.get("improve", 1), item.get("months", 5)
        if not isinstance(improve, int) or not 1 <= improve <= 4:
            raise fail("improve", "„improve” to liczba 1–4", "“improve” is a number 1-4")
        if not isinstance(months, int) or not 1 <= months <= 36:
            raise fail("months", "„months” to liczba 1–36", "“months” is a number 1-36")
        methods = None
        if "methods" in item:
            methods = _texts(item["methods"])
            if methods is None:
                raise fail("methods", "metody: teksty pl i en", "methods: pl and en texts")
        scale = None
        if "scale" in item:
            scale = item["scale"]
            if not (
                isinstance(scale, Mapping)
                and all(
                    isinstance(scale.get(lang), list)
                    and len(scale[lang]) == 5
                    and all(isinstance(s, str) and s.strip() for s in scale[lang])
                    for lang in ("pl", "en")
                )
            ):
                raise fail(
                    "scale",
                    "skala celu: pięć opisów (−2…+2) po polsku i po angielsku",
                    "goal scale: five descriptions (−2…+2) in Polish and English",
                )
            scale = {lang: list(scale[lang]) for lang in ("pl", "en")}
        values.update(
            category=category, improve=improve, months=months, methods=methods, scale=scale
        )
    elif kind == "adaptation":
        area = item.get("area")
        if area not in ADAPTATION_AREAS:
            raise fail(
                "area",
                f"nieznany obszar dostosowania „{area}” (dozwolone: {', '.join(ADAPTATION_AREAS)})",
                f"unknown adaptation area “{area}” (allowed: {', '.join(ADAPTATION_AREAS)})",
            )
        values["area"] = area
    elif kind == "help":
        form = item.get("form")
        if form not in HELP_FORMS:
            raise fail(
                "form",
                f"nieznana forma pomocy „{form}” (dozwolone: {', '.join(HELP_FORMS)})",
                f"unknown form of help “{form}” (allowed: {', '.join(HELP_FORMS)})",
            )
        values["form"] = form
    if kind == "sector":
        sector = item.get("sector")
        if sector not in SECTORS:
            raise fail(
                "sector",
                f"nieznany sektor „{sector}” (dozwolone: {', '.join(SECTORS)})",
                f"unknown sector “{sector}” (allowed: {', '.join(SECTORS)})",
            )
        values["sector"] = sector
    if kind in ("sector", "parents") and "needs" in item:
        needs = item["needs"]
        if not isinstance(needs, list) or not all(isinstance(n, str) for n in needs):
            raise fail("needs", "„needs” to lista kodów ICF", "“needs” is a list of ICF codes")
        for code in needs:
            if classification.get(code) is None:
                raise fail("needs", f"nieznany kod ICF „{code}”", f"unknown ICF code “{code}”")
        values["needs"] = tuple(needs)
    return SuggestionTemplate(**values)


def load_rule_file(path: Path, classification: Classification) -> list[Rule]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(
            path.name, 1, f"nie można odczytać pliku ({exc})", f"cannot read the file ({exc})"
        ) from None
    return parse_rules(text, classification, path.name)


def load_rules(classification: Classification, paths: Iterable[Path] | None = None) -> RuleBase:
    """All rule files (default: `resources/rules/*.toml`); identifiers unique across files."""
    files = sorted(ROOT.glob("*.toml")) if paths is None else list(paths)
    if not files:
        raise PlansError("rules_missing", folder=str(ROOT))
    base = RuleBase()
    seen: dict[str, str] = {}
    for path in files:
        for rule in load_rule_file(path, classification):
            if rule.id in seen:
                raise RuleFileError(
                    path.name,
                    rule.line,
                    f"identyfikator „{rule.id}” jest już użyty w {seen[rule.id]}",
                    f"the id “{rule.id}” is already used in {seen[rule.id]}",
                )
            seen[rule.id] = path.name
            base.rules.append(rule)
    return base
