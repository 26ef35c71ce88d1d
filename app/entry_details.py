"""What the user sees about one classification entry, shared by the GUI and the command line.

The presenter turns an entry into labelled parts in the chosen language; the GUI renders them
as HTML, the command line as text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from icf.classification import Classification, Entry, Kind
from icf.qualifiers import BARRIER, FACILITATOR, positions

LABELS: dict[str, dict[str, str]] = {
    "pl": {
        "component": "komponent",
        "chapter": "rozdział",
        "block": "blok",
        "category": "kategoria",
        "level": "poziom {n}",
        "icf_cy": "kategoria dodana w ICF-CY (dzieci i młodzież)",
        "description": "Opis",
        "definition": "Definicja",
        "inclusions": "Obejmuje",
        "exclusions": "Nie obejmuje",
        "coding_hint": "Wskazówki kodowania",
        "children": "Podkategorie",
        "qualifiers": "Kwalifikatory",
        "barrier": "Bariera (po kropce, np. e310.2)",
        "facilitator": "Czynnik ułatwiający (po plusie, np. e310+3)",
        "welcome_title": "Klasyfikacja ICF",
        "welcome": "Wpisz kod (np. d166 albo d16) lub słowa po polsku czy angielsku "
        "(np. „czytanie”, „uwag podziel”, „reading”) — wielkość liter i polskie znaki nie mają "
        "znaczenia. Strzałka w dół i Enter wybierają wynik, Esc wraca do drzewa.\n"
        "Drzewo po lewej prowadzi od komponentów przez rozdziały i bloki do kategorii. "
        "Tutaj zobaczysz szczegóły wybranej pozycji i kwalifikatory, które przyjmuje.",
        "no_definition": "Pełne definicje WHO pojawią się po zaimportowaniu oficjalnego "
        "pliku ClaML.",
    },
    "en": {
        "component": "component",
        "chapter": "chapter",
        "block": "block",
        "category": "category",
        "level": "level {n}",
        "icf_cy": "category added in ICF-CY (children and youth)",
        "description": "Description",
        "definition": "Definition",
        "inclusions": "Inclusions",
        "exclusions": "Exclusions",
        "coding_hint": "Coding hints",
        "children": "Subcategories",
        "qualifiers": "Qualifiers",
        "barrier": "Barrier (after a dot, e.g. e310.2)",
        "facilitator": "Facilitator (after a plus, e.g. e310+3)",
        "welcome_title": "ICF classification",
        "welcome": "Type a code (e.g. d166 or d16) or words in Polish or English "
        "(e.g. “reading”, “div att”, “czytanie”) — case and diacritics do not matter. "
        "Down arrow and Enter choose a result, Esc returns to the tree.\n"
        "The tree on the left leads from the components through chapters and blocks to the "
        "categories. Here you will see the details of the chosen entry and the qualifiers it "
        "takes.",
        "no_definition": "WHO's full definitions appear after importing an official ClaML file.",
    },
}

TEXT_SECTIONS = ("description", "definition", "inclusions", "exclusions", "coding_hint")


@dataclass
class QualifierScaleView:
    label: str
    values: list[tuple[int, str]]


@dataclass
class EntryDetails:
    code: str
    title: str
    other_title: str
    kind: str
    notes: list[str] = field(default_factory=list)
    path: list[tuple[str, str]] = field(default_factory=list)
    sections: list[tuple[str, str]] = field(default_factory=list)
    children: list[tuple[str, str]] = field(default_factory=list)
    children_label: str = ""
    qualifiers: list[QualifierScaleView] = field(default_factory=list)
    qualifiers_label: str = ""
    hint: str = ""


def label(key: str, lang: str) -> str:
    return LABELS.get(lang, LABELS["en"])[key]


def details(entry: Entry, classification: Classification, lang: str) -> EntryDetails:
    other = "en" if lang == "pl" else "pl"
    kind = label(entry.kind.value, lang)
    if entry.kind is Kind.CATEGORY:
        kind = f"{kind}, {label('level', lang).format(n=entry.level)}"
    view = EntryDetails(
        code=entry.code,
        title=entry.title_in(lang),
        other_title=entry.title.get(other, "") if entry.title.get(lang) else "",
        kind=kind,
        children_label=label("children", lang),
        qualifiers_label=label("qualifiers", lang),
    )
    if entry.icf_cy:
        view.notes.append(label("icf_cy", lang))
    view.path = [(a.code, a.title_in(lang)) for a in classification.ancestors(entry.code)]
    for name in TEXT_SECTIONS:
        text = entry.text(name, lang)
        if text:
            view.sections.append((label(name, lang), text))
    if entry.kind is Kind.CATEGORY and not entry.definition:
        view.hint = label("no_definition", lang)
    view.children = [(c.code, c.title_in(lang)) for c in classification.children(entry.code)]
    if entry.kind is Kind.CATEGORY:
        view.qualifiers = qualifier_scales(entry, lang)
    return view


def qualifier_scales(entry: Entry, lang: str) -> list[QualifierScaleView]:
    """The scales of the entry's qualifier positions; positions sharing a scale are shown once
    (the four positions of `d` all take the difficulty scale)."""
    scales: list[QualifierScaleView] = []
    previous = None
    for position in positions(entry.component):
        if position.key == "environment":
            for key, scale in (("barrier", BARRIER), ("facilitator", FACILITATOR)):
                scales.append(
                    QualifierScaleView(
                        label(key, lang), [(v.value, v.text(lang)) for v in scale.values]
                    )
                )
            continue
        name = position.name[lang]
        if previous is position.scale and scales:
            scales[-1].label = f"{scales[-1].label}, {name}"
        else:
            values = [(v.value, v.text(lang)) for v in position.scale.values]
            scales.append(QualifierScaleView(name[:1].upper() + name[1:], values))
        previous = position.scale
    return scales


def as_text(view: EntryDetails) -> str:
    lines = [f"{view.code}  {view.title}"]
    if view.other_title:
        lines.append(f"{' ' * len(view.code)}  ({view.other_title})")
    lines.append(view.kind)
    lines.extend(view.notes)
    if view.path:
        lines.append(" › ".join(f"{code} {title}" for code, title in view.path))
    for name, text in view.sections:
        lines += ["", f"{name}: {text}"]
    if view.children:
        lines += ["", f"{view.children_label}:"]
        lines += [f"  {code:<12} {title}" for code, title in view.children]
    if view.qualifiers:
        lines += ["", f"{view.qualifiers_label}:"]
        for scale in view.qualifiers:
            lines.append(f"  {scale.label}:")
            lines += [f"    {value}  {text}" for value, text in scale.values]
    if view.hint:
        lines += ["", view.hint]
    return "\n".join(lines)
