"""Errors a user can meet with stored records, with messages in Polish and English."""

from __future__ import annotations

from icf.errors import ICFError

STORAGE_MESSAGES: dict[str, dict[str, str]] = {
    "not_a_database": {
        "pl": "Plik {file} nie jest bazą danych ICF Assess albo jest uszkodzony. Niczego w nim nie zmieniono.",
        "en": "The file {file} is not an ICF Assess database or is damaged. Nothing in it was changed.",
    },
    "locked": {
        "pl": "Baza danych jest zajęta przez inny program lub innego użytkownika. Spróbuj ponownie za chwilę; zmiana nie została zapisana.",
        "en": "The database is busy (used by another program or user). Try again in a moment; the change was not saved.",
    },
    "read_only": {
        "pl": "Nie można zapisywać w bazie danych {file} (plik lub folder tylko do odczytu). Zmiana nie została zapisana.",
        "en": "The database {file} cannot be written (the file or folder is read-only). The change was not saved.",
    },
    "cannot_open": {
        "pl": "Nie można otworzyć bazy danych: {reason}",
        "en": "Cannot open the database: {reason}",
    },
    "server_unreachable": {
        "pl": "Nie można połączyć się z serwerem bazy danych ({server}). Sprawdź adres, hasło i czy serwer działa.",
        "en": "Cannot connect to the database server ({server}). Check the address, the password and that the server is running.",
    },
    "newer_schema": {
        "pl": "Baza danych została utworzona przez nowszą wersję programu ({revision}). Zaktualizuj ICF Assess.",
        "en": "The database was created by a newer version of the program ({revision}). Update ICF Assess.",
    },
    "conflict": {
        "pl": "Ktoś inny zmienił {what} w międzyczasie. Twoja zmiana nie została zapisana, aby nie nadpisać cudzej pracy; odśwież i wprowadź ją ponownie.",
        "en": "Someone else changed {what} in the meantime. Your change was not saved so as not to overwrite their work; reload and make it again.",
    },
    "not_found": {
        "pl": "Nie znaleziono: {what}.",
        "en": "Not found: {what}.",
    },
    "final_read_only": {
        "pl": "Ocena z dnia {date} jest zatwierdzona i nie można jej zmieniać. Aby ją poprawić, utwórz nową wersję (aneks).",
        "en": "The assessment of {date} is final and cannot be changed. To correct it, create a new version (amendment).",
    },
    "amend_draft": {
        "pl": "Nową wersję (aneks) tworzy się tylko do zatwierdzonej oceny; wersję roboczą można po prostu poprawić.",
        "en": "Only a final assessment is amended by a new version; a draft can simply be edited.",
    },
    "required": {
        "pl": "Pole „{field}” jest wymagane.",
        "en": "The field “{field}” is required.",
    },
    "invalid_value": {
        "pl": "Pole „{field}”: {reason}",
        "en": "Field “{field}”: {reason}",
    },
    "backup_failed": {
        "pl": "Nie udało się wykonać kopii zapasowej: {reason}",
        "en": "The backup failed: {reason}",
    },
    "restore_failed": {
        "pl": "Nie można przywrócić kopii {file}: {reason}. Obecna baza danych pozostała bez zmian.",
        "en": "Cannot restore the backup {file}: {reason}. The current database is unchanged.",
    },
    "sqlite_only": {
        "pl": "Ta operacja dotyczy tylko lokalnej bazy SQLite. Kopię bazy PostgreSQL wykonuje się narzędziem pg_dump (zob. README).",
        "en": "This operation applies to the local SQLite database only. Back up PostgreSQL with pg_dump (see the README).",
    },
}


class StorageError(ICFError):
    """A problem with stored records that the user can understand and act on."""

    catalog = STORAGE_MESSAGES
