# ruff: noqa: E501 - message catalogue: one message per line reads better
"""Errors about protecting the records (encryption, accounts, access, audit, GDPR duties),
with messages in Polish and English. None of them ever carries a child's personal data."""

from __future__ import annotations

from icf.errors import ICFError

PRIVACY_MESSAGES: dict[str, dict[str, str]] = {
    "passphrase_required": {
        "pl": "Baza danych {file} jest zaszyfrowana. Podaj hasło bazy danych.",
        "en": "The database {file} is encrypted. Enter the database passphrase.",
    },
    "wrong_passphrase": {
        "pl": "Nieprawidłowe hasło bazy danych {file} albo plik jest uszkodzony. Niczego w nim nie zmieniono.",
        "en": "Wrong passphrase for the database {file}, or the file is damaged. Nothing in it was changed.",
    },
    "weak_passphrase": {
        "pl": "Hasło odrzucone: {reason}.",
        "en": "Passphrase refused: {reason}.",
    },
    "already_encrypted": {
        "pl": "Baza danych {file} jest już zaszyfrowana. Hasło zmienia się poleceniem „db rekey”.",
        "en": "The database {file} is already encrypted. Change its passphrase with “db rekey”.",
    },
    "not_encrypted": {
        "pl": "Baza danych {file} nie jest zaszyfrowana; najpierw zaszyfruj ją poleceniem „db encrypt”.",
        "en": "The database {file} is not encrypted; encrypt it first with “db encrypt”.",
    },
    "encryption_failed": {
        "pl": "Nie udało się zaszyfrować bazy danych: {reason}. Dotychczasowy plik pozostał bez zmian.",
        "en": "Encrypting the database failed: {reason}. The existing file is unchanged.",
    },
    "passphrase_file": {
        "pl": "Nie można odczytać hasła z pliku {file}: {reason}",
        "en": "Cannot read the passphrase from {file}: {reason}",
    },
    "login_failed": {
        "pl": "Nieprawidłowa nazwa użytkownika lub hasło.",
        "en": "Wrong user name or password.",
    },
    "login_throttled": {
        "pl": "Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za {seconds} s.",
        "en": "Too many failed sign-in attempts. Try again in {seconds} s.",
    },
    "login_required": {
        "pl": "Ta baza danych ma konta użytkowników: zaloguj się, aby kontynuować.",
        "en": "This database has user accounts: sign in to continue.",
    },
    "session_locked": {
        "pl": "Sesja została zablokowana po {minutes} min bezczynności. Zaloguj się ponownie.",
        "en": "The session was locked after {minutes} min of inactivity. Sign in again.",
    },
    "forbidden": {
        "pl": "Brak uprawnień: {what}.",
        "en": "Not permitted: {what}.",
    },
    "user_exists": {
        "pl": "Użytkownik „{name}” już istnieje.",
        "en": "The user “{name}” already exists.",
    },
    "unknown_user": {
        "pl": "Nie ma użytkownika „{name}”.",
        "en": "There is no user “{name}”.",
    },
    "weak_password": {
        "pl": "Hasło użytkownika odrzucone: {reason}.",
        "en": "User password refused: {reason}.",
    },
    "bad_user_field": {
        "pl": "Konto użytkownika: {reason}.",
        "en": "User account: {reason}.",
    },
    "last_administrator": {
        "pl": "Nie można odebrać uprawnień ostatniemu administratorowi ani go wyłączyć.",
        "en": "The last administrator cannot lose the role or be deactivated.",
    },
    "audit_export_failed": {
        "pl": "Nie można zapisać dziennika zdarzeń do {file}: {reason}",
        "en": "Cannot write the audit log to {file}: {reason}",
    },
    "gdpr_export_failed": {
        "pl": "Nie można zapisać eksportu do {file}: {reason}",
        "en": "Cannot write the export to {file}: {reason}",
    },
    "bad_retention": {
        "pl": "Okres przechowywania musi być liczbą lat od 1 do 100 (podano {years}).",
        "en": "The retention period must be a number of years from 1 to 100 ({years} given).",
    },
}


class PrivacyError(ICFError):
    """A refusal that protects the records; the message says why and what to do."""

    catalog = PRIVACY_MESSAGES
