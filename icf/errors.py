"""Errors a user can cause in the classification layer, with messages in Polish and English."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from icf.i18n import current_language, pick

# Message templates: key -> {lang: template}. Parameters are filled with str.format.
MESSAGES: dict[str, dict[str, str]] = {
    # code grammar
    "empty": {
        "pl": "Nie podano kodu.",
        "en": "No code was given.",
    },
    "unknown_component": {
        "pl": "„{text}”: nieznany komponent „{prefix}”; kod ICF zaczyna się od b, s, d lub e.",
        "en": "“{text}”: unknown component “{prefix}”; an ICF code starts with b, s, d or e.",
    },
    "no_digits": {
        "pl": "„{text}”: po literze komponentu muszą następować cyfry kategorii.",
        "en": "“{text}”: the component letter must be followed by the category digits.",
    },
    "bad_code_length": {
        "pl": "„{text}”: kod kategorii ma 3, 4 lub 5 cyfr, a tu jest {digits}.",
        "en": "“{text}”: a category code has 3, 4 or 5 digits, this one has {digits}.",
    },
    "bad_code_form": {
        "pl": "„{text}”: to nie jest poprawny kod ICF (litera b, s, d lub e i cyfry, np. d166).",
        "en": "“{text}”: not a valid ICF code (a letter b, s, d or e and digits, e.g. d166).",
    },
    "missing_qualifier": {
        "pl": "„{text}”: brak kwalifikatora; dopisz go po kodzie, np. {example}.",
        "en": "“{text}”: the qualifier is missing; add it after the code, e.g. {example}.",
    },
    "trailing_junk": {
        "pl": "„{text}”: zbędne znaki po kwalifikatorach: „{junk}”.",
        "en": "“{text}”: unexpected characters after the qualifiers: “{junk}”.",
    },
    "plus_outside_e": {
        "pl": "„{text}”: znak „+” (czynnik ułatwiający) dotyczy tylko czynników środowiskowych (e).",
        "en": "“{text}”: “+” (facilitator) applies only to environmental factors (e).",
    },
    "bad_separator": {
        "pl": "„{text}”: po kodzie oczekiwano „.”{plus}, a jest „{found}”.",
        "en": "“{text}”: expected “.”{plus} after the code, found “{found}”.",
    },
    "too_many_qualifiers": {
        "pl": "„{text}”: dla komponentu {component} liczba kwalifikatorów to najwyżej {max}, a podano {count}.",
        "en": "“{text}”: component {component} takes at most {max} qualifier(s), {count} given.",
    },
    "bad_qualifier_value": {
        "pl": "„{text}”: „{value}” nie jest dozwoloną wartością kwalifikatora „{position}” (dozwolone: {allowed}).",
        "en": "“{text}”: “{value}” is not an allowed value of the qualifier “{position}” (allowed: {allowed}).",
    },
    "underscore_not_allowed": {
        "pl": "„{text}”: znak „_” (pozycja nieoceniona) jest dozwolony tylko w kodach aktywności i uczestniczenia (d).",
        "en": "“{text}”: “_” (unrated position) is allowed only in activities and participation codes (d).",
    },
    "nothing_rated": {
        "pl": "„{text}”: żadna pozycja kwalifikatora nie została oceniona.",
        "en": "“{text}”: no qualifier position is rated.",
    },
    "unknown_code": {
        "pl": "„{text}”: takiej kategorii nie ma w klasyfikacji ICF.",
        "en": "“{text}”: there is no such category in the ICF classification.",
    },
    # classification data
    "data_error": {
        "pl": "{file}, wiersz {line}: {reason}",
        "en": "{file}, line {line}: {reason}",
    },
    # ClaML import
    "claml_error": {
        "pl": "Nie można zaimportować pliku {file}: {reason}",
        "en": "Cannot import the file {file}: {reason}",
    },
}


class ICFError(Exception):
    """An error a user can cause; renders its message in Polish or English.

    A parameter may itself be a {lang: text} mapping (a reason worded in both languages).
    Subclasses in other layers bring their own message catalogue (`catalog`).
    """

    catalog: dict[str, dict[str, str]] = MESSAGES

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        templates = self.catalog[self.key]
        template = templates.get(lang) or templates["en"]
        params = {
            name: pick(value, lang) if isinstance(value, Mapping) else value
            for name, value in self.params.items()
        }
        return template.format(**params)

    def __str__(self) -> str:
        return self.message()


class CodeError(ICFError, ValueError):
    """A code or coded expression that does not follow the ICF grammar."""


class ClassificationDataError(ICFError):
    """Classification data (bundled or imported) that cannot be trusted."""


class ClamlError(ICFError):
    """A ClaML file that cannot be imported; nothing of it is kept."""
