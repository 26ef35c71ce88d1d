"""What the record services share: field names, input checks, paging and the audit trail."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from app.storage.errors import StorageError
from app.storage.models import AuditEntry
from icf.classification import Classification

T = TypeVar("T")

FIELDS: dict[str, dict[str, str]] = {
    "given_names": {"pl": "Imiona", "en": "Given names"},
    "surname": {"pl": "Nazwisko", "en": "Surname"},
    "birth_date": {"pl": "Data urodzenia", "en": "Date of birth"},
    "sex": {"pl": "Płeć", "en": "Sex"},
    "pesel": {"pl": "PESEL", "en": "PESEL"},
    "school": {"pl": "Szkoła / przedszkole", "en": "School / preschool"},
    "class_name": {"pl": "Klasa / grupa", "en": "Class / group"},
    "languages": {"pl": "Języki", "en": "Languages"},
    "guardian_name": {"pl": "Imię i nazwisko opiekuna", "en": "Guardian's name"},
    "relation": {"pl": "Pokrewieństwo / rola", "en": "Relation"},
    "phone": {"pl": "Telefon", "en": "Phone"},
    "email": {"pl": "E-mail", "en": "E-mail"},
    "address": {"pl": "Adres", "en": "Address"},
    "referred_by": {"pl": "Kto zgłosił", "en": "Referred by"},
    "reason": {"pl": "Powód zgłoszenia", "en": "Reason for referral"},
    "narrative": {"pl": "Opis", "en": "Narrative"},
    "responsible": {"pl": "Osoba prowadząca", "en": "Responsible specialist"},
    "case": {"pl": "Sprawa", "en": "Case"},
    "opened_on": {"pl": "Data zgłoszenia", "en": "Date of referral"},
    "closed_on": {"pl": "Data zamknięcia", "en": "Date of closing"},
    "assessed_on": {"pl": "Data oceny", "en": "Date of assessment"},
    "kind": {"pl": "Rodzaj oceny", "en": "Kind of assessment"},
    "template": {"pl": "Szablon", "en": "Template"},
    "informant": {"pl": "Informator", "en": "Informant"},
    "source": {"pl": "Źródło informacji", "en": "Source"},
    "rating": {"pl": "Ocena (kod z kwalifikatorem)", "en": "Rating (code with qualifiers)"},
    "name": {"pl": "Nazwa", "en": "Name"},
}

WHAT: dict[str, dict[str, str]] = {
    "child": {"pl": "dane dziecka", "en": "the child's record"},
    "case": {"pl": "sprawę", "en": "the case"},
    "assessment": {"pl": "ocenę", "en": "the assessment"},
    "rating": {"pl": "tę ocenę kategorii", "en": "this category rating"},
    "guardian": {"pl": "dane opiekuna", "en": "the guardian's details"},
    "plan": {"pl": "plan wsparcia", "en": "the support plan"},
    "plan_item": {"pl": "pozycję planu", "en": "the plan item"},
    "review": {"pl": "przegląd planu", "en": "the plan review"},
    "provider": {"pl": "instytucję z sieci wsparcia", "en": "the support network provider"},
}


def reason(pl: str, en: str) -> dict[str, str]:
    return {"pl": pl, "en": en}


def invalid(field: str, pl: str, en: str) -> StorageError:
    return StorageError("invalid_value", field=FIELDS[field], reason=reason(pl, en))


def required_text(value: str | None, field: str, max_length: int = 200) -> str:
    text = (value or "").strip()
    if not text:
        raise StorageError("required", field=FIELDS[field])
    return limited(text, field, max_length)


def optional_text(value: str | None, field: str, max_length: int = 300) -> str | None:
    text = (value or "").strip()
    return limited(text, field, max_length) if text else None


def limited(text: str, field: str, max_length: int) -> str:
    if len(text) > max_length:
        raise invalid(
            field,
            f"najwyżej {max_length} znaków (jest {len(text)})",
            f"at most {max_length} characters ({len(text)} given)",
        )
    return text


_DATE_FORMS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"),
)


def parse_date(value: date | str | None, field: str, *, required: bool = True) -> date | None:
    """A date from a `date`, `2015-03-09` or `9.03.2015` (the Polish form)."""
    if isinstance(value, date):
        return value
    text = (value or "").strip()
    if not text:
        if required:
            raise StorageError("required", field=FIELDS[field])
        return None
    for form in _DATE_FORMS:
        match = form.fullmatch(text)
        if match:
            try:
                return date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                raise invalid(
                    field, f"taka data nie istnieje: {text}", f"no such date: {text}"
                ) from None
    raise invalid(
        field,
        f"nieczytelna data „{text}” (wpisz np. 2015-03-09 lub 9.03.2015)",
        f"unreadable date “{text}” (write e.g. 2015-03-09 or 9.03.2015)",
    )


def not_in_future(value: date, field: str, today: date | None = None) -> date:
    today = today or date.today()
    if value > today:
        raise invalid(
            field,
            f"data {value.isoformat()} jest w przyszłości",
            f"the date {value.isoformat()} is in the future",
        )
    return value


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    total: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


def audit(
    session: Session,
    actor: object,
    action: str,
    entity: str,
    entity_id: int | None,
    fields: Iterable[str] = (),
) -> None:
    """Record who did what to which record, sealed as the next link of the audit chain
    (app.storage.audit_chain). Field names only, never their values. `actor` is a name or
    an app.services.access.Actor (its user name is recorded)."""
    from app.storage.audit_chain import append

    names = sorted(fields)
    append(
        session,
        AuditEntry(
            actor=str(actor)[:200],
            action=action,
            entity=entity,
            entity_id=entity_id,
            fields=json.dumps(names) if names else None,
        ),
    )


def check_version(expected: int | None, actual: int, what: str) -> None:
    if expected is not None and expected != actual:
        raise StorageError("conflict", what=WHAT[what])


def not_found(what: str) -> StorageError:
    return StorageError("not_found", what=WHAT[what])


class NeedsClassification:
    """For a service that needs the classification: the one it was given, else the
    program's (loaded on first use, so a service that never asks costs nothing)."""

    _classification: Classification | None = None

    @property
    def classification(self) -> Classification:
        if self._classification is None:
            from app.classification_service import ClassificationService

            self._classification = ClassificationService().classification
        return self._classification
