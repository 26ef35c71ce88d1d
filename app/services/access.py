"""Who is acting and what they may do: the actor the services receive, roles, access to a
child's records, and the lock after inactivity.

Roles:
- specialist: the records of the children they registered, of children whose case they are
  responsible for, and of children shared with them;
- coordinator: the directory and anonymised statistics, never a child's identity;
- administrator: user accounts, settings and the audit log (not the children's records,
  unless the account is also a specialist's).

Services accept an `Actor` or, as before accounts existed, a plain name (the login of the
computer's user). A plain name acts with every right only while the database has no user
accounts (a fresh single-user installation, scripts, tests); once an account exists, the
services refuse it and ask to sign in. Checks live here, in the services' path, so that
neither the GUI nor the command line can go around them.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from app.storage.models import Assessment, Case, Child
from app.storage.privacy_errors import PrivacyError
from app.storage.privacy_models import ChildAccess, User

#: lock after this much inactivity (seconds), unless the account says otherwise
DEFAULT_IDLE_TIMEOUT_S = 15 * 60


class Role(StrEnum):
    SPECIALIST = "specialist"
    COORDINATOR = "coordinator"
    ADMINISTRATOR = "administrator"


ALL_ROLES = frozenset(Role)

WHAT: dict[str, dict[str, str]] = {
    "child": {
        "pl": "dane tego dziecka widzą tylko jego specjaliści i ci, którym je udostępniono",
        "en": "this child's records are only for the specialists who handle or were given them",
    },
    "records": {
        "pl": "dane dzieci są dostępne tylko dla specjalistów",
        "en": "children's records are only for specialists",
    },
    "users": {
        "pl": "kontami użytkowników zarządza administrator",
        "en": "user accounts are managed by an administrator",
    },
    "audit": {
        "pl": "dziennik zdarzeń przegląda administrator",
        "en": "the audit log is for administrators",
    },
    "settings": {
        "pl": "ustawienia ochrony danych zmienia administrator",
        "en": "privacy settings are changed by an administrator",
    },
    "statistics": {
        "pl": "zanonimizowane statystyki są dla koordynatora lub administratora",
        "en": "anonymised statistics are for coordinators and administrators",
    },
    "retention": {
        "pl": "przegląd danych po okresie przechowywania należy do administratora lub specjalisty",
        "en": "the retention review is for administrators and specialists",
    },
    "gdpr": {
        "pl": "obowiązki RODO wobec dziecka wykonuje jego specjalista lub administrator",
        "en": "GDPR requests about a child are handled by its specialist or an administrator",
    },
    "directory": {
        "pl": "katalog sieci wsparcia zmienia koordynator lub administrator",
        "en": "the support network directory is changed by a coordinator or an administrator",
    },
}


@dataclass(eq=False)
class Actor:
    """The one acting: a signed-in user (with roles and a session that locks when idle) or,
    while no accounts exist, the computer's user by name (`local`)."""

    name: str
    roles: frozenset[Role] = ALL_ROLES
    user_id: int | None = None
    specialist_id: int | None = None
    local: bool = False
    idle_timeout_s: float = DEFAULT_IDLE_TIMEOUT_S
    _last_activity: float = field(default_factory=time.monotonic, repr=False)
    _locked: bool = field(default=False, repr=False)

    def __str__(self) -> str:
        return self.name

    def has(self, role: Role) -> bool:
        return role in self.roles

    # --- the session --------------------------------------------------------------------

    def touch(self, now: float | None = None) -> None:
        self._last_activity = time.monotonic() if now is None else now

    def idle_seconds(self, now: float | None = None) -> float:
        return (time.monotonic() if now is None else now) - self._last_activity

    @property
    def locked(self) -> bool:
        return self._locked or (not self.local and self.idle_seconds() > self.idle_timeout_s)

    def lock(self) -> None:
        self._locked = True

    def unlocked(self) -> None:
        """Called by AccountsService.unlock after the password was checked again."""
        self._locked = False
        self.touch()

    def check_active(self, now: float | None = None) -> None:
        if self.local:
            return
        if self._locked or self.idle_seconds(now) > self.idle_timeout_s:
            self._locked = True
            raise PrivacyError("session_locked", minutes=round(self.idle_timeout_s / 60))
        self.touch(now)


def as_actor(actor: str | Actor) -> Actor:
    return actor if isinstance(actor, Actor) else Actor(name=str(actor), local=True)


def acting(actor: str | Actor | None) -> str | Actor:
    """`actor`, or when none is given, whoever acts in this program now: the signed-in user,
    else the computer's user (app.records.current_actor). For functions that the window and
    the command line call without a service object (documents, statistics)."""
    if actor is not None:
        return actor
    from app.records import current_actor

    return current_actor()


def has_accounts(session: Session) -> bool:
    return session.scalar(select(User.id).limit(1)) is not None


def gate(session: Session, actor: str | Actor) -> Actor:
    """The actor, if it may act at all now: signed in (when accounts exist) and not idle."""
    who = as_actor(actor)
    if who.local:
        if has_accounts(session):
            raise PrivacyError("login_required")
        return who
    who.check_active()
    return who


def require(session: Session, actor: str | Actor, *roles: Role, what: str) -> Actor:
    """The actor if it holds one of `roles`, else PrivacyError("forbidden")."""
    who = gate(session, actor)
    if not any(who.has(role) for role in roles):
        raise PrivacyError("forbidden", what=WHAT[what])
    return who


def sees_all_children(who: Actor) -> bool:
    return who.local


def visible_children(who: Actor) -> Any:
    """A SQL condition on Child.id: the children `who` may see (None: every child)."""
    if sees_all_children(who):
        return None
    shared = select(ChildAccess.child_id).where(ChildAccess.user_id == who.user_id)
    conditions: list[Any] = [Child.id.in_(shared)]
    if who.specialist_id is not None:
        conditions.append(
            exists().where(Case.child_id == Child.id, Case.responsible_id == who.specialist_id)
        )
    return or_(*conditions)


def require_records(session: Session, actor: str | Actor) -> Actor:
    """A specialist (or the local user): may work with children's records at all."""
    return require(session, actor, Role.SPECIALIST, what="records")


def require_child(session: Session, actor: str | Actor, child_id: int) -> Actor:
    """May `actor` see and change this child's records? (A missing child passes: the caller
    reports it as not found.)"""
    who = require_records(session, actor)
    condition = visible_children(who)
    if condition is None:
        return who
    if session.get(Child, child_id) is None:
        return who
    if session.scalar(select(Child.id).where(Child.id == child_id, condition)) is None:
        raise PrivacyError("forbidden", what=WHAT["child"])
    return who


def require_assessments(
    session: Session, actor: str | Actor, assessment_ids: Iterable[int]
) -> Actor:
    """May `actor` read every one of these assessments (each its child's record)? Ids that
    do not exist pass: the caller reports them."""
    who = require_records(session, actor)
    condition = visible_children(who)
    ids = sorted(set(assessment_ids))
    if condition is None or not ids:
        return who
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        existing = session.scalar(
            select(func.count()).select_from(Assessment).where(Assessment.id.in_(chunk))
        )
        visible = session.scalar(
            select(func.count())
            .select_from(Assessment)
            .join(Child, Child.id == Assessment.child_id)
            .where(Assessment.id.in_(chunk), condition)
        )
        if visible != existing:
            raise PrivacyError("forbidden", what=WHAT["child"])
    return who


def grant_owner(session: Session, who: Actor, child_id: int) -> None:
    """The specialist who registers a child keeps access to it."""
    if who.user_id is not None:
        session.add(ChildAccess(child_id=child_id, user_id=who.user_id, kind="owner"))
