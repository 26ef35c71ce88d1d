"""Load and validate templates written as TOML (`resources/forms/<id>/<version>.toml`).

Everything is checked on load: the structure, every ICF code against the classification,
unique ids, guidance for 0-4 on every item, and the wording for every informant the
template uses. A template that fails is refused with the file and the item.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from forms.errors import FormsError
from forms.model import (
    NARRATIVE_IDS,
    Informant,
    Item,
    Narrative,
    QualifierForm,
    Section,
    Template,
    Texts,
)
from icf.classification import Classification
from icf.components import Component

KINDS = ("school_functional", "wopfu", "counselling_diagnosis", "review")
LEVELS = (0, 1, 2, 3, 4)


class _Checker:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, where: str, pl: str, en: str) -> FormsError:
        prefix = {"pl": f"{where}: " if where else "", "en": f"{where}: " if where else ""}
        return FormsError(
            "template_invalid", file=self.file, where=prefix, reason={"pl": pl, "en": en}
        )

    def texts(self, value: Any, where: str, *, english: bool = True) -> Texts:
        if not isinstance(value, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise self.fail(
                where,
                'oczekiwano tekstów w postaci {pl = "…", en = "…"}',
                'expected texts as {pl = "…", en = "…"}',
            )
        if not value.get("pl", "").strip():
            raise self.fail(where, "brak tekstu po polsku", "the Polish text is missing")
        if english and not value.get("en", "").strip():
            raise self.fail(where, "brak tekstu po angielsku", "the English text is missing")
        return {k: " ".join(v.split()) for k, v in value.items()}

    def text(self, data: Mapping[str, Any], key: str, where: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"brak pola „{key}”", f"the field “{key}” is missing")
        return value.strip()


def parse_template(
    data: Mapping[str, Any], classification: Classification, file: str = "<template>"
) -> Template:
    check = _Checker(file)
    template_id = check.text(data, "id", "")
    version = check.text(data, "version", "")
    kind = check.text(data, "kind", "")
    if kind not in KINDS:
        raise check.fail("kind", f"nieznany rodzaj oceny „{kind}”", f"unknown kind “{kind}”")
    age_min, age_max = data.get("age_min"), data.get("age_max")
    if not (
        isinstance(age_min, int) and isinstance(age_max, int) and 0 <= age_min <= age_max <= 25
    ):
        raise check.fail(
            "age_min/age_max",
            "wiek od–do w latach (0–25), od ≤ do",
            "age range in years (0-25), min <= max",
        )
    informant_names = data.get("informants")
    if not isinstance(informant_names, list) or not informant_names:
        raise check.fail("informants", "podaj listę informatorów", "list the informants")
    try:
        informants = tuple(Informant(name) for name in informant_names)
    except ValueError:
        raise check.fail(
            "informants",
            f"nieznany informator w {informant_names}",
            f"unknown informant in {informant_names}",
        ) from None
    if len(set(informants)) != len(informants):
        raise check.fail("informants", "informator powtórzony", "an informant is repeated")

    narratives = []
    seen_narratives: set[str] = set()
    for i, raw in enumerate(_tables(data.get("narratives", []), check, "narratives")):
        nid = check.text(raw, "id", f"narratives[{i}]")
        where = f"narratives.{nid}"
        if nid not in NARRATIVE_IDS:
            raise check.fail(
                where,
                f"nieznana część opisowa (dozwolone: {', '.join(NARRATIVE_IDS)})",
                f"unknown narrative (allowed: {', '.join(NARRATIVE_IDS)})",
            )
        if nid in seen_narratives:
            raise check.fail(where, "powtórzony identyfikator", "repeated id")
        seen_narratives.add(nid)
        narratives.append(
            Narrative(
                nid,
                check.texts(raw.get("title"), f"{where}.title"),
                check.texts(raw.get("prompt"), f"{where}.prompt"),
                bool(raw.get("required", False)),
            )
        )

    sections = []
    seen_sections: set[str] = set()
    seen_items: set[str] = set()
    for i, raw in enumerate(_tables(data.get("sections"), check, "sections")):
        sid = check.text(raw, "id", f"sections[{i}]")
        if sid in seen_sections:
            raise check.fail(
                f"sections.{sid}", "powtórzony identyfikator sekcji", "repeated section id"
            )
        seen_sections.add(sid)
        items = []
        for j, raw_item in enumerate(_tables(raw.get("items"), check, f"sections.{sid}.items")):
            item = _item(raw_item, check, f"sections.{sid}.items[{j}]", informants, classification)
            if item.id in seen_items:
                raise check.fail(
                    f"item {item.id}", "powtórzony identyfikator pozycji", "repeated item id"
                )
            seen_items.add(item.id)
            items.append(item)
        if not items:
            raise check.fail(f"sections.{sid}", "sekcja bez pozycji", "a section with no items")
        sections.append(
            Section(sid, check.texts(raw.get("title"), f"sections.{sid}.title"), tuple(items))
        )
    if not sections:
        raise check.fail("sections", "szablon bez sekcji", "a template with no sections")
    return Template(
        id=template_id,
        version=version,
        kind=kind,
        title=check.texts(data.get("title"), "title"),
        description=check.texts(data.get("description"), "description"),
        age_min=age_min,
        age_max=age_max,
        informants=informants,
        sections=tuple(sections),
        narratives=tuple(narratives),
    )


def _tables(value: Any, check: _Checker, where: str) -> list[Mapping[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise check.fail(where, "oczekiwano listy tabel [[…]]", "expected a list of tables [[…]]")
    return value


def _item(
    raw: Mapping[str, Any],
    check: _Checker,
    where: str,
    informants: Iterable[Informant],
    classification: Classification,
) -> Item:
    item_id = check.text(raw, "id", where)
    where = f"item {item_id}"
    code = check.text(raw, "code", where).lower()
    entry = classification.get(code)
    if entry is None or not entry.is_category:
        raise check.fail(
            where,
            f"kodu {code} nie ma w klasyfikacji ICF",
            f"the code {code} is not in the ICF classification",
        )
    form = QualifierForm.for_component(Component(code[0]))
    declared = raw.get("form")
    if declared is not None and declared != form.value:
        raise check.fail(
            where,
            f"kod {code} przyjmuje formę „{form.value}”, nie „{declared}”",
            f"the code {code} takes the form “{form.value}”, not “{declared}”",
        )
    question = check.texts(raw.get("question"), f"{where}.question")
    wording: dict[Informant, Texts] = {}
    for informant in informants:
        if informant is Informant.SPECIALIST:
            continue
        wording[informant] = check.texts(
            raw.get(informant.value), f"{where}.{informant.value}", english=False
        )
    raw_guidance = raw.get("guidance")
    if not isinstance(raw_guidance, Mapping):
        raise check.fail(
            where,
            "brak wskazówek oceny (guidance.0 … guidance.4)",
            "the rating guidance is missing (guidance.0 … guidance.4)",
        )
    guidance: dict[int, Texts] = {}
    for level in LEVELS:
        guidance[level] = check.texts(
            raw_guidance.get(str(level)), f"{where}.guidance.{level}", english=False
        )
    extra = set(raw_guidance) - {str(level) for level in LEVELS}
    if extra:
        raise check.fail(
            where,
            f"nieznane poziomy wskazówek: {sorted(extra)}",
            f"unknown guidance levels: {sorted(extra)}",
        )
    return Item(item_id, code, form, question, wording, guidance)


def load_template(path: Path, classification: Classification) -> Template:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise FormsError(
            "template_invalid",
            file=path.name,
            where="",
            reason={
                "pl": f"nie można odczytać pliku ({exc.strerror})",
                "en": f"cannot read the file ({exc.strerror})",
            },
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise FormsError(
            "template_invalid",
            file=path.name,
            where="",
            reason={"pl": f"błąd składni TOML: {exc}", "en": f"TOML syntax error: {exc}"},
        ) from exc
    template = parse_template(data, classification, str(path.name))
    expected = (path.parent.name, path.stem)
    if (template.id, template.version) != expected:
        raise FormsError(
            "template_invalid",
            file=path.name,
            where="",
            reason={
                "pl": f"id i wersja ({template.id} {template.version}) muszą "
                f"odpowiadać folderowi i nazwie pliku ({expected[0]}/{expected[1]})",
                "en": f"id and version ({template.id} {template.version}) must "
                f"match the folder and file name ({expected[0]}/{expected[1]})",
            },
        )
    return template
