"""Errors a user can meet when making documents, exports and statistics (Polish, English)."""

from __future__ import annotations

from icf.errors import ICFError

DOCUMENT_MESSAGES: dict[str, dict[str, str]] = {
    "font_missing": {
        "pl": "Brak czcionki Lato potrzebnej do dokumentów PDF (pakiet font-lato). Zainstaluj program ponownie. ({reason})",
        "en": "The Lato font needed for PDF documents is missing (package font-lato). Reinstall the program. ({reason})",
    },
    "no_folder": {
        "pl": "Folder {folder} nie istnieje. Wybierz istniejący folder; niczego nie zapisano.",
        "en": "The folder {folder} does not exist. Choose an existing folder; nothing was written.",
    },
    "write_failed": {
        "pl": "Nie można zapisać pliku {file}: {reason}. Niczego nie zapisano.",
        "en": "Cannot write the file {file}: {reason}. Nothing was written.",
    },
    "bad_format": {
        "pl": "Nieobsługiwany rodzaj pliku „{file}”: dozwolone są {allowed}.",
        "en": "Unsupported kind of file “{file}”: allowed are {allowed}.",
    },
    "no_ratings": {
        "pl": "Ocena z dnia {date} nie zawiera jeszcze żadnych ocen kategorii; nie ma czego przedstawić w dokumencie.",
        "en": "The assessment of {date} holds no category ratings yet; there is nothing to put in a document.",
    },
    "no_children": {
        "pl": "Nie znaleziono dzieci spełniających warunki: {scope}.",
        "en": "No children match: {scope}.",
    },
    "need_folder": {
        "pl": "Dla kilku ocen podaj w --out istniejący folder, a nie plik ({path}).",
        "en": "For several assessments give an existing folder in --out, not a file ({path}).",
    },
    "no_assessments": {
        "pl": "Nie znaleziono ocen spełniających warunki.",
        "en": "No assessments match.",
    },
    "no_review": {
        "pl": "Plan {plan} nie ma jeszcze zapisanego przeglądu; ocenę efektywności można "
        "przygotować po pierwszym przeglądzie (review record).",
        "en": "Plan {plan} has no recorded review yet; the evaluation can be made after the "
        "first review (review record).",
    },
    "bad_scope": {
        "pl": "Zakres statystyk: {reason}",
        "en": "Scope of the statistics: {reason}",
    },
}


class DocumentError(ICFError):
    """A document, export or statistics report that cannot be made; nothing is written."""

    catalog = DOCUMENT_MESSAGES
