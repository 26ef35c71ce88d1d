"""The audit log as a hash chain: every entry is sealed with the SHA-256 of the previous
entry's hash and its own canonical content, and the head row keeps the count and the last
hash. Changing an entry, removing one (anywhere, also at the end) or slipping one in breaks
the chain, and `verify` names the position.

What it does not do: someone who can write to the database *and* recomputes every hash
after a forgery produces a consistent chain. Against that, note the head hash printed by
`audit verify` somewhere else from time to time (a paper log, an e-mail): a later head must
extend it. An encrypted store (SQLCipher) keeps anyone without the passphrase out anyway.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, DateTime, Integer, String, Text, column, insert, select, table
from sqlalchemy.orm import Session

from app.storage.models import AuditEntry, utcnow
from app.storage.privacy_models import AuditHead, AuditSeal

GENESIS = "0" * 64
HEAD_ID = 1


def _at_text(at: datetime) -> str:
    """UTC, microseconds, no offset: the same text whether SQLite (naive) or PostgreSQL
    (aware) returns the moment."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds")


def entry_hash(
    seq: int,
    prev_hash: str,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    fields: str | None,
) -> str:
    canonical = json.dumps(
        [seq, prev_hash, _at_text(at), actor, action, entity, entity_id, fields],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append(session: Session, entry: AuditEntry) -> AuditEntry:
    """Add `entry` to the session sealed as the next link. The head row is locked (FOR
    UPDATE on PostgreSQL; SQLite has one writer at a time), so concurrent writers queue."""
    if entry.at is None:
        entry.at = utcnow()
    head = session.scalars(
        select(AuditHead).where(AuditHead.id == HEAD_ID).with_for_update()
    ).one_or_none()
    if head is None:
        last = session.scalars(select(AuditSeal).order_by(AuditSeal.seq.desc()).limit(1)).first()
        head = AuditHead(
            id=HEAD_ID, seq=last.seq if last else 0, hash=last.hash if last else GENESIS
        )
        session.add(head)
    session.add(entry)
    session.flush()  # the entry's id
    seq = head.seq + 1
    digest = entry_hash(
        seq,
        head.hash,
        entry.at,
        entry.actor,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.fields,
    )
    session.add(AuditSeal(entry_id=entry.id, seq=seq, prev_hash=head.hash, hash=digest))
    head.seq = seq
    head.hash = digest
    return entry


def seal_existing(connection: Connection) -> None:
    """Seal the entries written before the chain existed (the 0003 migration), in id order.
    Uses the tables as they are at that revision (not the current models), so that later
    schema changes cannot break the upgrade of an old database."""
    log = table(
        "audit_log",
        column("id", Integer),
        column("at", DateTime(timezone=True)),
        column("actor", String),
        column("action", String),
        column("entity", String),
        column("entity_id", Integer),
        column("fields", Text),
    )
    seals = table(
        "audit_seals",
        column("entry_id", Integer),
        column("seq", Integer),
        column("prev_hash", String),
        column("hash", String),
    )
    head = table(
        "audit_head", column("id", Integer), column("seq", Integer), column("hash", String)
    )
    prev, seq = GENESIS, 0
    for row in connection.execute(select(log).order_by(log.c.id)).mappings().all():
        seq += 1
        digest = entry_hash(
            seq,
            prev,
            row["at"],
            row["actor"],
            row["action"],
            row["entity"],
            row["entity_id"],
            row["fields"],
        )
        connection.execute(
            insert(seals).values(entry_id=row["id"], seq=seq, prev_hash=prev, hash=digest)
        )
        prev = digest
    connection.execute(insert(head).values(id=HEAD_ID, seq=seq, hash=prev))


@dataclass(frozen=True)
class ChainProblem:
    #: altered | removed | inserted | reordered | truncated
    kind: str
    seq: int | None
    entry_id: int | None

    def describe(self, lang: str = "pl") -> str:
        where = []
        if self.seq is not None:
            where.append(f"{'pozycja' if lang == 'pl' else 'position'} {self.seq}")
        if self.entry_id is not None:
            where.append(f"{'wpis' if lang == 'pl' else 'entry'} #{self.entry_id}")
        texts = {
            "altered": ("wpis zmieniony po zapisaniu", "entry changed after it was written"),
            "removed": ("brakuje wpisu (usunięty)", "an entry is missing (removed)"),
            "inserted": ("wpis dopisany poza łańcuchem", "entry added outside the chain"),
            "reordered": ("zerwane powiązanie z poprzednim wpisem", "broken link to the previous"),
            "truncated": (
                "brakuje wpisów na końcu dziennika",
                "entries are missing at the end of the log",
            ),
        }[self.kind]
        text = texts[0] if lang == "pl" else texts[1]
        return f"{text} ({', '.join(where)})" if where else text


@dataclass
class ChainReport:
    entries: int
    head_hash: str
    problems: list[ChainProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(session: Session) -> ChainReport:
    """Walk the whole chain and report every place where it does not hold."""
    rows: list[Any] = list(
        session.execute(
            select(AuditEntry, AuditSeal)
            .join(AuditSeal, AuditSeal.entry_id == AuditEntry.id, isouter=True)
            .order_by(AuditSeal.seq, AuditEntry.id)
        ).all()
    )
    problems: list[ChainProblem] = []
    prev, expected = GENESIS, 1
    sealed = 0
    for entry, seal in sorted(rows, key=lambda r: (r[1] is None, r[1].seq if r[1] else 0)):
        if seal is None:
            problems.append(ChainProblem("inserted", None, entry.id))
            continue
        sealed += 1
        if seal.seq != expected:
            problems.append(ChainProblem("removed", expected, None))
        elif seal.prev_hash != prev:
            problems.append(ChainProblem("reordered", seal.seq, entry.id))
        digest = entry_hash(
            seal.seq,
            seal.prev_hash,
            entry.at,
            entry.actor,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.fields,
        )
        if digest != seal.hash:
            problems.append(ChainProblem("altered", seal.seq, entry.id))
        prev, expected = seal.hash, seal.seq + 1
    head = session.get(AuditHead, HEAD_ID)
    last_seq = expected - 1
    if head is None:
        if sealed:
            problems.append(ChainProblem("truncated", None, None))
    elif head.seq != last_seq or head.hash != prev:
        problems.append(ChainProblem("truncated", head.seq, None))
    return ChainReport(entries=len(rows), head_hash=prev, problems=problems)
