"""The data model of privacy: user accounts and roles, who may see which child, the seals
that chain the audit log, stable research pseudonyms and privacy settings.

Created by the migration 0004_privacy. None of these tables holds a child's personal data:
they refer to children by id only, so erasing a child (and the rows that cascade with it)
leaves nothing that identifies the child.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.models import Base, utcnow


class User(Base):
    """A person who signs in. `roles` is a comma-separated set of specialist, coordinator
    and administrator; a specialist account is linked to the specialist it acts as."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str | None] = mapped_column(String(200))
    #: argon2id hash in PHC form ($argon2id$v=19$m=…,t=…,p=…$salt$hash)
    password_hash: Mapped[str] = mapped_column(String(255))
    roles: Mapped[str] = mapped_column(String(100))
    specialist_id: Mapped[int | None] = mapped_column(
        ForeignKey("specialists.id", ondelete="SET NULL"), index=True
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    #: no sign-in attempt is checked before this moment (throttling after failures)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    password_changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ChildAccess(Base):
    """A specialist's access to one child's records: as the one who registered the child
    ("owner") or because a colleague shared the records ("shared"). Cases whose responsible
    specialist is the user's specialist give access too (see app.services.access)."""

    __tablename__ = "child_access"
    __table_args__ = (UniqueConstraint("child_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    granted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditSeal(Base):
    """The link of one audit entry in the hash chain: its position, the previous entry's
    hash and its own hash over that and the entry's canonical content."""

    __tablename__ = "audit_seals"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("audit_log.id", ondelete="RESTRICT"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The end of the chain (one row): how many entries and the last hash. Compared by the
    verification, so that cutting entries off the end is detected too."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    hash: Mapped[str] = mapped_column(String(64))


class Pseudonym(Base):
    """A stable random pseudonym of a child for research exports; erased with the child."""

    __tablename__ = "pseudonyms"

    child_id: Mapped[int] = mapped_column(
        ForeignKey("children.id", ondelete="CASCADE"), primary_key=True
    )
    pseudonym: Mapped[str] = mapped_column(String(16), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class PrivacySetting(Base):
    """Settings the administrator keeps for the whole database (e.g. retention years)."""

    __tablename__ = "privacy_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
