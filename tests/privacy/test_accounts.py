"""Accounts and roles checked against the services directly, on SQLite and PostgreSQL:
each role can do exactly what it may; signing in, throttling, locking when idle."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.services.access import Actor
from app.services.accounts import FREE_ATTEMPTS, AccountsService
from app.services.assessments import AssessmentsService
from app.services.audit_log import AuditLogService
from app.services.cases import CaseInput, CasesService
from app.services.children import ChildInput, ChildrenService, GuardianInput
from app.services.gdpr import GdprService
from app.storage.database import Database
from app.storage.privacy_errors import PrivacyError
from app.storage.privacy_models import User
from tests.privacy.conftest import GIVEN, PESEL, SURNAME, add_sample

PASSWORD = "Hasło do poradni 2026"


@pytest.fixture
def team(db: Database) -> dict[str, Actor]:
    """An administrator (also a specialist: the first account), two specialists, a
    coordinator and an administrator who is nothing else."""
    accounts = AccountsService(db)
    admin = accounts.create_first("dyrektor", PASSWORD, "Ewa Dyrektorska")
    accounts.add_user(admin, "anna", PASSWORD, ["specialist"], "Anna Psycholog")
    accounts.add_user(admin, "bartek", PASSWORD, ["specialist"], "Bartek Pedagog")
    accounts.add_user(admin, "koordynator", PASSWORD, ["coordinator"])
    accounts.add_user(admin, "it", PASSWORD, ["administrator"])
    return {
        name: accounts.login(name, PASSWORD)
        for name in ("dyrektor", "anna", "bartek", "koordynator", "it")
    }


def forbidden(action: Callable[[], object]) -> str:
    with pytest.raises(PrivacyError) as caught:
        action()
    assert caught.value.key == "forbidden", caught.value.key
    assert caught.value.message("en").startswith("Not permitted")
    return caught.value.message("pl")


def test_a_specialist_sees_own_children_and_no_one_else_s(
    db: Database, team: dict[str, Actor]
) -> None:
    anna, bartek = team["anna"], team["bartek"]
    sample = add_sample(db, anna)
    mine = ChildrenService(db, anna)
    assert [c.surname for c in mine.search().items] == [SURNAME]
    assert mine.get(sample.child_id).child.pesel == PESEL

    other = ChildrenService(db, bartek)
    assert other.search().total == 0 and other.search(SURNAME[:5]).items == []
    assert other.count() == 0
    assert "specjaliści" in forbidden(lambda: other.get(sample.child_id))
    forbidden(lambda: other.update(sample.child_id, 1, ChildInput(GIVEN, "X", "2014-05-17", "F")))
    forbidden(lambda: other.add_guardian(sample.child_id, GuardianInput("Ktoś", "ojciec")))
    forbidden(lambda: CasesService(db, bartek).for_child(sample.child_id))
    forbidden(lambda: CasesService(db, bartek).open(sample.child_id, CaseInput("2024-01-01")))
    forbidden(lambda: AssessmentsService(db, bartek).get(sample.assessment_id))
    forbidden(lambda: AssessmentsService(db, bartek).for_child(sample.child_id))
    forbidden(
        lambda: AssessmentsService(db, bartek).save_rating(sample.assessment_id, "d166.1", "parent")
    )
    forbidden(lambda: GdprService(db, bartek).child_data(sample.child_id))

    # shared with Bartek: now he may
    AccountsService(db).share_child(anna, sample.child_id, "bartek")
    assert [c.surname for c in other.search().items] == [SURNAME]
    assert AssessmentsService(db, bartek).get(sample.assessment_id).child_id == sample.child_id


def test_the_responsible_specialist_of_a_case_sees_the_child(
    db: Database, team: dict[str, Actor]
) -> None:
    anna, bartek = team["anna"], team["bartek"]
    sample = add_sample(db, anna)
    assert ChildrenService(db, bartek).search().total == 0
    CasesService(db, anna).open(
        sample.child_id, CaseInput("2024-02-01", responsible_id=bartek.specialist_id)
    )
    assert ChildrenService(db, bartek).get(sample.child_id).child.surname == SURNAME


def test_a_coordinator_sees_statistics_and_never_an_identity(
    db: Database, team: dict[str, Actor]
) -> None:
    coordinator = team["koordynator"]
    add_sample(db, team["anna"])
    children = ChildrenService(db, coordinator)
    assert "specjalistów" in forbidden(lambda: children.search())
    forbidden(lambda: children.get(1))
    forbidden(lambda: children.create(ChildInput("Jan", "Nowak", "2015-01-01", "M")))
    forbidden(lambda: AccountsService(db).list_users(coordinator))
    forbidden(lambda: AuditLogService(db, coordinator).verify())
    gdpr = GdprService(db, coordinator)
    forbidden(lambda: gdpr.child_data(1))
    stats = gdpr.anonymised_statistics()
    rows = gdpr.pseudonymised_rows()
    text = repr(stats) + repr(rows)
    assert rows and rows[0]["pseudonym"].startswith("P-")
    for secret in (SURNAME, GIVEN, PESEL, "2014-05-17"):
        assert secret not in text


def test_an_administrator_manages_users_and_audit_but_not_records(
    db: Database, team: dict[str, Actor]
) -> None:
    it = team["it"]
    add_sample(db, team["anna"])
    names = [u.username for u in AccountsService(db).list_users(it)]
    assert names == ["anna", "bartek", "dyrektor", "it", "koordynator"]
    assert AuditLogService(db, it).verify().ok
    GdprService(db, it).set_retention_years(7)
    assert GdprService(db, it).retention_years() == 7
    forbidden(lambda: ChildrenService(db, it).search())
    forbidden(lambda: ChildrenService(db, it).get(1))


def test_specialists_do_not_manage_users_audit_settings_or_research_exports(
    db: Database, team: dict[str, Actor]
) -> None:
    anna = team["anna"]
    accounts = AccountsService(db)
    forbidden(lambda: accounts.list_users(anna))
    forbidden(lambda: accounts.add_user(anna, "nowy", PASSWORD, ["specialist"]))
    forbidden(lambda: accounts.set_password(anna, "bartek", "Nowe hasło Bartka 1"))
    forbidden(lambda: AuditLogService(db, anna).entries())
    forbidden(lambda: GdprService(db, anna).set_retention_years(3))
    forbidden(lambda: GdprService(db, anna).pseudonymised_rows())
    # but her own password she changes, with the old one
    accounts.set_password(anna, "anna", "Moje nowe hasło 77", old_password=PASSWORD)
    assert accounts.login("anna", "Moje nowe hasło 77").name == "anna"


def test_once_accounts_exist_an_anonymous_caller_must_sign_in(db: Database) -> None:
    sample = add_sample(db, "jan")  # before accounts: the computer's user does everything
    first = AccountsService(db).create_first("jan", PASSWORD)
    with pytest.raises(PrivacyError) as caught:
        ChildrenService(db, "jan").search()
    assert "zaloguj się" in caught.value.message("pl")
    # the first account keeps the records made before accounts existed
    assert ChildrenService(db, first).get(sample.child_id).child.surname == SURNAME
    with pytest.raises(PrivacyError):
        AccountsService(db).create_first("ktos", PASSWORD)


def test_passwords_are_argon2id_hashes_and_weak_ones_are_refused(db: Database) -> None:
    accounts = AccountsService(db)
    with pytest.raises(PrivacyError) as weak:
        accounts.create_first("jan", "haslo")
    assert "co najmniej 10" in weak.value.message("pl")
    accounts.create_first("jan", PASSWORD)
    with db.session() as session:
        stored = session.scalars(select(User.password_hash)).one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_failed_sign_ins_are_throttled(db: Database) -> None:
    accounts = AccountsService(db)
    accounts.create_first("jan", PASSWORD)
    now = datetime.now(UTC)
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(PrivacyError) as wrong:
            accounts.login("jan", "nie to hasło", now=now)
        assert wrong.value.key == "login_failed"
    with pytest.raises(PrivacyError) as throttled:
        accounts.login("jan", PASSWORD, now=now + timedelta(seconds=1))
    assert throttled.value.key == "login_throttled"
    assert "Spróbuj ponownie za" in throttled.value.message("pl")
    # an unknown name gets the same message as a wrong password
    with pytest.raises(PrivacyError) as unknown:
        accounts.login("nikt", PASSWORD)
    assert unknown.value.message("pl") == wrong.value.message("pl")
    assert accounts.login("jan", PASSWORD, now=now + timedelta(minutes=1)).name == "jan"
    # a success resets the counter: one more failure is not throttled yet
    with pytest.raises(PrivacyError) as again:
        accounts.login("jan", "nie to hasło", now=now + timedelta(minutes=2))
    assert again.value.key == "login_failed"


def test_an_idle_session_locks_and_unlocks_with_the_password(db: Database) -> None:
    accounts = AccountsService(db)
    actor = accounts.create_first("jan", PASSWORD)
    children = ChildrenService(db, actor)
    assert children.search().total == 0
    actor.idle_timeout_s = 60
    actor.touch(now=time.monotonic() - 61)  # the last action was 61 s ago
    with pytest.raises(PrivacyError) as locked:
        children.search()
    assert locked.value.key == "session_locked" and "bezczynności" in locked.value.message("pl")
    with pytest.raises(PrivacyError):
        accounts.unlock(actor, "złe hasło 12345")
    with pytest.raises(PrivacyError):
        children.search()  # still locked
    accounts.unlock(actor, PASSWORD)
    assert children.search().total == 0


def test_the_last_administrator_cannot_be_removed(db: Database) -> None:
    accounts = AccountsService(db)
    admin = accounts.create_first("jan", PASSWORD)
    with pytest.raises(PrivacyError) as caught:
        accounts.set_roles(admin, "jan", ["specialist"])
    assert caught.value.key == "last_administrator"
    with pytest.raises(PrivacyError):
        accounts.deactivate(admin, "jan")
    accounts.add_user(admin, "ola", PASSWORD, ["administrator"])
    accounts.set_roles(admin, "jan", ["specialist"])
    assert accounts.login("jan", PASSWORD).roles == {"specialist"}
