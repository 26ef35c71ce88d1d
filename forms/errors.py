"""Errors in templates and questionnaires, with messages in Polish and English."""

from __future__ import annotations

from icf.errors import ICFError

FORMS_MESSAGES: dict[str, dict[str, str]] = {
    "template_invalid": {
        "pl": "Szablon {file}: {where}{reason}",
        "en": "Template {file}: {where}{reason}",
    },
    "template_unknown": {
        "pl": "Nie ma szablonu „{id}” w wersji {version}.",
        "en": "There is no template “{id}” version {version}.",
    },
    "questionnaire_refused": {
        "pl": "Plik {file} nie został zaimportowany: {reason}",
        "en": "The file {file} was not imported: {reason}",
    },
    "questionnaire_export_failed": {
        "pl": "Nie można przygotować kwestionariusza {file}: {reason}.",
        "en": "Cannot prepare the questionnaire {file}: {reason}.",
    },
    "questionnaire_cells": {
        "pl": "Plik {file} nie został zaimportowany; popraw te wiersze i wczytaj go ponownie:\n{rows}",
        "en": "The file {file} was not imported; correct these rows and import it again:\n{rows}",
    },
}


class FormsError(ICFError):
    catalog = FORMS_MESSAGES


class QuestionnaireError(FormsError):
    """A returned questionnaire that cannot be imported; nothing of it is stored."""
