"""User accounts: argon2id password hashes, signing in with throttling after failures, the
first account of a fresh installation, and unlocking a session locked after inactivity.

Single-user mode stays simple: on a personal laptop the first start creates one account
that is administrator and specialist at once (`create_first`), linked to a specialist
record with the user's name. A team adds further accounts (administrator only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services.access import (
    DEFAULT_IDLE_TIMEOUT_S,
    Actor,
    Role,
    has_accounts,
    require,
    require_child,
)
from app.services.common import audit, not_found
from app.storage.database import Database
from app.storage.encryption import password_problem
from app.storage.models import Specialist
from app.storage.privacy_errors import PrivacyError
from app.storage.privacy_models import ChildAccess, User

#: failed attempts allowed before sign-in is throttled
FREE_ATTEMPTS = 5
#: the first wait after FREE_ATTEMPTS failures; doubles with each further failure
FIRST_WAIT_S = 30
MAX_WAIT_S = 15 * 60

_hasher = PasswordHasher()  # argon2id, 64 MiB, 3 passes, 4 lanes (argon2-cffi's defaults)
#: verified against when the user does not exist, so that timing does not reveal names
_DUMMY_HASH = _hasher.hash("not a real password, only for constant timing")


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str | None
    roles: tuple[str, ...]
    specialist_id: int | None
    active: bool
    last_login_at: datetime | None


def _view(user: User) -> UserView:
    return UserView(
        user.id,
        user.username,
        user.display_name,
        tuple(sorted(user.roles.split(","))),
        user.specialist_id,
        user.active,
        user.last_login_at,
    )


def _roles(roles: list[str] | tuple[str, ...] | set[str]) -> str:
    parsed = set()
    for role in roles:
        try:
            parsed.add(Role(role.strip()))
        except ValueError:
            raise PrivacyError(
                "bad_user_field",
                reason={
                    "pl": f"nieznana rola „{role}” (dostępne: specialist, coordinator, "
                    "administrator)",
                    "en": f"unknown role “{role}” (available: specialist, coordinator, "
                    "administrator)",
                },
            ) from None
    if not parsed:
        raise PrivacyError(
            "bad_user_field", reason={"pl": "podaj co najmniej jedną rolę", "en": "give a role"}
        )
    return ",".join(sorted(parsed))


def _username(name: str) -> str:
    text = (name or "").strip()
    if not text or len(text) > 100 or any(c.isspace() for c in text):
        raise PrivacyError(
            "bad_user_field",
            reason={
                "pl": "nazwa użytkownika: od 1 do 100 znaków, bez spacji",
                "en": "user name: 1 to 100 characters, no spaces",
            },
        )
    return text


def check_password(password: str | None) -> str:
    problem = password_problem(password)
    if problem is not None:
        raise PrivacyError("weak_password", reason=problem)
    return password or ""


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)  # SQLite returns UTC without the offset
    return moment


class AccountsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def has_accounts(self) -> bool:
        with self.db.session() as session:
            return has_accounts(session)

    # --- first start and administration ---------------------------------------------------

    def create_first(self, username: str, password: str, display_name: str | None = None) -> Actor:
        """The first account of a fresh database: administrator and specialist at once,
        linked to a specialist record named after it. Returns it signed in. Refused when
        any account exists already."""
        name = _username(username)
        check_password(password)
        with self.db.session() as session:
            if has_accounts(session):
                raise PrivacyError("user_exists", name=name)
            shown = (display_name or "").strip() or name
            given, _, surname = shown.partition(" ")
            specialist = Specialist(given_names=given or shown, surname=surname or "-")
            session.add(specialist)
            session.flush()
            user = User(
                username=name,
                display_name=shown,
                password_hash=_hasher.hash(password),
                roles=_roles([Role.ADMINISTRATOR, Role.SPECIALIST]),
                specialist_id=specialist.id,
                active=True,
                failed_logins=0,
                last_login_at=_now(),
            )
            session.add(user)
            session.flush()
            _adopt_existing(session, user)
            audit(session, name, "create", "user", user.id, ["roles", "username"])
            return self._actor(user)

    def add_user(
        self,
        actor: str | Actor,
        username: str,
        password: str,
        roles: list[str] | tuple[str, ...],
        display_name: str | None = None,
        specialist_id: int | None = None,
    ) -> UserView:
        name = _username(username)
        role_text = _roles(roles)
        check_password(password)
        with self.db.session() as session:
            first = not has_accounts(session)
            if not first:
                require(session, actor, Role.ADMINISTRATOR, what="users")
            elif Role.ADMINISTRATOR not in role_text.split(","):
                raise PrivacyError("last_administrator")
            if session.scalar(select(User.id).where(User.username == name)) is not None:
                raise PrivacyError("user_exists", name=name)
            if specialist_id is None and Role.SPECIALIST in role_text.split(","):
                shown = (display_name or "").strip() or name
                given, _, surname = shown.partition(" ")
                specialist = Specialist(given_names=given or shown, surname=surname or "-")
                session.add(specialist)
                session.flush()
                specialist_id = specialist.id
            elif specialist_id is not None and session.get(Specialist, specialist_id) is None:
                raise not_found_specialist()
            user = User(
                username=name,
                display_name=(display_name or "").strip() or None,
                password_hash=_hasher.hash(password),
                roles=role_text,
                specialist_id=specialist_id,
                active=True,
                failed_logins=0,
            )
            session.add(user)
            session.flush()
            if first and Role.SPECIALIST in role_text.split(","):
                _adopt_existing(session, user)
            audit(session, actor, "create", "user", user.id, ["roles", "username"])
            return _view(user)

    def list_users(self, actor: str | Actor) -> list[UserView]:
        with self.db.session() as session:
            require(session, actor, Role.ADMINISTRATOR, what="users")
            return [_view(u) for u in session.scalars(select(User).order_by(User.username))]

    def set_password(
        self,
        actor: str | Actor,
        username: str,
        new_password: str,
        old_password: str | None = None,
    ) -> None:
        """An administrator sets anyone's password; a user changes their own by giving the
        old one."""
        check_password(new_password)
        with self.db.session() as session:
            user = self._user(session, username)
            own = isinstance(actor, Actor) and actor.user_id == user.id
            if own and not self._verify(user, old_password or ""):
                raise PrivacyError("login_failed")
            if not own:
                require(session, actor, Role.ADMINISTRATOR, what="users")
            user.password_hash = _hasher.hash(new_password)
            user.password_changed_at = _now()
            user.failed_logins = 0
            user.locked_until = None
            audit(session, actor, "update", "user", user.id, ["password"])

    def set_roles(self, actor: str | Actor, username: str, roles: list[str]) -> UserView:
        role_text = _roles(roles)
        with self.db.session() as session:
            require(session, actor, Role.ADMINISTRATOR, what="users")
            user = self._user(session, username)
            if Role.ADMINISTRATOR not in role_text.split(","):
                self._keep_an_administrator(session, user)
            user.roles = role_text
            audit(session, actor, "update", "user", user.id, ["roles"])
            return _view(user)

    def deactivate(self, actor: str | Actor, username: str) -> None:
        with self.db.session() as session:
            require(session, actor, Role.ADMINISTRATOR, what="users")
            user = self._user(session, username)
            self._keep_an_administrator(session, user)
            user.active = False
            audit(session, actor, "update", "user", user.id, ["active"])

    @staticmethod
    def _keep_an_administrator(session: Session, user: User) -> None:
        admins = session.scalar(
            select(func.count(User.id)).where(
                User.active.is_(True), User.roles.contains(Role.ADMINISTRATOR.value)
            )
        )
        if Role.ADMINISTRATOR.value in user.roles and (admins or 0) <= 1:
            raise PrivacyError("last_administrator")

    # --- sharing ----------------------------------------------------------------------------

    def share_child(self, actor: str | Actor, child_id: int, username: str) -> None:
        """Give a colleague (a specialist account) access to one child's records."""
        with self.db.session() as session:
            require_child(session, actor, child_id)
            from app.storage.models import Child

            if session.get(Child, child_id) is None:
                raise not_found("child")
            user = self._user(session, username)
            if Role.SPECIALIST.value not in user.roles.split(","):
                raise PrivacyError(
                    "bad_user_field",
                    reason={
                        "pl": f"„{user.username}” nie jest kontem specjalisty",
                        "en": f"“{user.username}” is not a specialist's account",
                    },
                )
            exists = session.scalar(
                select(ChildAccess.id).where(
                    ChildAccess.child_id == child_id, ChildAccess.user_id == user.id
                )
            )
            if exists is None:
                session.add(ChildAccess(child_id=child_id, user_id=user.id, kind="shared"))
                audit(session, actor, "share", "child", child_id, ["user:" + user.username])

    # --- signing in -------------------------------------------------------------------------

    def login(self, username: str, password: str, *, now: datetime | None = None) -> Actor:
        """The signed-in actor, or PrivacyError: a wrong name or password (the same message
        for both), or a wait after repeated failures (the password is not even checked)."""
        moment = now or _now()
        with self.db.session() as session:
            user = session.scalar(select(User).where(User.username == (username or "").strip()))
            if user is None or not user.active:
                self._verify(None, password)  # the same time as for a real account
                audit(session, "?", "login_failed", "user", user.id if user else None)
                failure = PrivacyError("login_failed")
            else:
                locked_until = _aware(user.locked_until)
                if locked_until is not None and locked_until > moment:
                    wait = int((locked_until - moment).total_seconds()) + 1
                    raise PrivacyError("login_throttled", seconds=wait)
                if self._verify(user, password):
                    user.failed_logins = 0
                    user.locked_until = None
                    user.last_login_at = moment
                    if _hasher.check_needs_rehash(user.password_hash):
                        user.password_hash = _hasher.hash(password)
                    audit(session, user.username, "login", "user", user.id)
                    return self._actor(user)
                user.failed_logins += 1
                if user.failed_logins >= FREE_ATTEMPTS:
                    extra = user.failed_logins - FREE_ATTEMPTS
                    wait_s = min(MAX_WAIT_S, FIRST_WAIT_S * 2**extra)
                    user.locked_until = moment + timedelta(seconds=wait_s)
                audit(session, user.username, "login_failed", "user", user.id)
                failure = PrivacyError("login_failed")
        # committed: the failure counts even though the caller gets an error
        raise failure

    def unlock(self, actor: Actor, password: str) -> Actor:
        """Resume a session locked after inactivity: the same user's password again."""
        again = self.login(actor.name, password)
        actor.roles = again.roles
        actor.unlocked()
        return actor

    # --- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _verify(user: User | None, password: str) -> bool:
        try:
            return _hasher.verify(user.password_hash if user else _DUMMY_HASH, password or "")
        except (VerificationError, InvalidHashError):
            return False

    @staticmethod
    def _user(session: Session, username: str) -> User:
        user = session.scalar(select(User).where(User.username == (username or "").strip()))
        if user is None:
            raise PrivacyError("unknown_user", name=username)
        return user

    @staticmethod
    def _actor(user: User) -> Actor:
        return Actor(
            name=user.username,
            roles=frozenset(Role(r) for r in user.roles.split(",")),
            user_id=user.id,
            specialist_id=user.specialist_id,
            idle_timeout_s=DEFAULT_IDLE_TIMEOUT_S,
        )


def _adopt_existing(session: Session, user: User) -> None:
    """The records made before accounts existed belong to the first account (the single
    user of a laptop, who made them)."""
    from sqlalchemy import insert, literal

    from app.storage.models import Child

    session.execute(
        insert(ChildAccess).from_select(
            ["child_id", "user_id", "kind", "granted_at"],
            select(Child.id, literal(user.id), literal("owner"), literal(_now())),
        )
    )


def not_found_specialist() -> PrivacyError:
    return PrivacyError(
        "bad_user_field",
        reason={"pl": "nie ma takiego specjalisty", "en": "no such specialist"},
    )
