"""Database tables. The schema is owned by alembic migrations (mailbot/migrations).

Design notes:
- every row carries its mailbox/organisation so several mailboxes share one database;
- timestamps are stored as UTC and read back timezone-aware (`UtcDateTime`);
- personal data sits in nullable columns so retention can erase it and keep the record;
- `case_event` is append-only: the application has no update or delete path for it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, LargeBinary, UniqueConstraint
from sqlalchemy.engine import Dialect
from sqlalchemy.types import DateTime, TypeDecorator
from sqlmodel import Field, SQLModel


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use an aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def _ts(nullable: bool = False, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(UtcDateTime(), nullable=nullable, index=index))


class MailboxState(SQLModel, table=True):
    """The UID watermark per watched mailbox folder, with the UIDVALIDITY it belongs to."""

    __tablename__ = "mailbox_state"

    mailbox: str = Field(primary_key=True, max_length=40)
    uidvalidity: int = Field(sa_type=BigInteger)
    last_uid: int = Field(default=0, sa_type=BigInteger)
    updated_at: datetime = _ts()


class Case(SQLModel, table=True):
    """A tracked request with a reference, a category and a due time."""

    __tablename__ = "case"
    __table_args__ = (UniqueConstraint("organisation", "year", "seq", name="uq_case_org_year_seq"),
                      Index("ix_case_mailbox_requester", "mailbox", "requester", "category"))

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(max_length=40, unique=True)
    organisation: str = Field(max_length=10)  # reference prefix, e.g. ONRO
    mailbox: str = Field(max_length=40, index=True)
    year: int
    seq: int
    category: str = Field(max_length=20, index=True)
    status: str = Field(max_length=30, index=True)
    language: str = Field(max_length=5)
    requester: str | None = Field(default=None, max_length=320, index=True)
    requester_name: str | None = Field(default=None, max_length=200)
    subject: str | None = Field(default=None)
    intents: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    rights: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    breach: bool = False
    needs_review: bool = False
    evidence: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    opened_at: datetime = _ts()
    due_at: datetime | None = _ts(nullable=True, index=True)
    legal_due_at: datetime | None = _ts(nullable=True)
    answered_at: datetime | None = _ts(nullable=True)
    closed_at: datetime | None = _ts(nullable=True)
    minimised_at: datetime | None = _ts(nullable=True)
    breach_due_at: datetime | None = _ts(nullable=True)
    extended_until: datetime | None = _ts(nullable=True)
    verified_at: datetime | None = _ts(nullable=True)
    verification_method: str | None = Field(default=None, max_length=40)
    assigned_to: str | None = Field(default=None, max_length=320)
    outcome: str | None = None  # the staff note on resolving or refusing
    duplicate_of: int | None = Field(default=None, foreign_key="case.id")


class ReferenceCounter(SQLModel, table=True):
    """Gap-free reference numbers: one row per organisation and year, bumped in the
    same transaction that creates the case (a rollback gives the number back)."""

    __tablename__ = "reference_counter"

    organisation: str = Field(primary_key=True, max_length=10)
    year: int = Field(primary_key=True)
    last_seq: int = 0


class InboundMessage(SQLModel, table=True):
    """Every message that reached a watched mailbox, and what became of it."""

    __tablename__ = "inbound_message"
    __table_args__ = (
        UniqueConstraint("mailbox", "uidvalidity", "uid", name="uq_inbound_mailbox_uid"),
        Index("ix_inbound_mailbox_msgid", "mailbox", "message_id"),
        Index("ix_inbound_mailbox_hash", "mailbox", "content_hash"),
    )

    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(max_length=40)
    uidvalidity: int = Field(sa_type=BigInteger)
    uid: int = Field(sa_type=BigInteger)
    message_id: str | None = Field(default=None, max_length=998)
    content_hash: str = Field(max_length=64)
    sender: str | None = Field(default=None, max_length=320, index=True)
    sender_name: str | None = Field(default=None, max_length=200)
    subject: str | None = None
    received_at: datetime = _ts()
    size: int
    raw: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    disposition: str = Field(max_length=20, index=True)
    reason: str
    verdict: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)
    duplicate_of: int | None = Field(default=None, foreign_key="inbound_message.id")
    filed_folder: str | None = Field(default=None, max_length=200)
    filed_at: datetime | None = _ts(nullable=True)
    created_at: datetime = _ts()


class CaseEvent(SQLModel, table=True):
    """Append-only audit trail: who/what did what to a case, and why."""

    __tablename__ = "case_event"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    at: datetime = _ts()
    kind: str = Field(max_length=40)
    actor: str = Field(max_length=320)  # "mailbot", a staff address, "requester"
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    inbound_id: int | None = Field(default=None, foreign_key="inbound_message.id")
    outbox_id: int | None = Field(default=None, foreign_key="outbox.id")


class Outbox(SQLModel, table=True):
    """Mail to send. Rows are written in the transaction that decided to send them and
    relayed only after commit: pending -> sending -> accepted -> sent (or failed)."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),
                      Index("ix_outbox_recipient_kind", "recipient", "kind", "created_at"))

    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(max_length=40)
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)
    kind: str = Field(max_length=40)  # cap bucket, e.g. ack_question
    automatic: bool = True
    recipient: str | None = Field(default=None, max_length=320)
    message_id: str = Field(max_length=998, unique=True)
    raw: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    status: str = Field(max_length=20)
    attempts: int = 0
    created_at: datetime = _ts()
    next_attempt_at: datetime = _ts()
    give_up_at: datetime = _ts()
    claimed_by: str | None = Field(default=None, max_length=100)
    claimed_at: datetime | None = _ts(nullable=True)
    accepted_at: datetime | None = _ts(nullable=True)
    sent_at: datetime | None = _ts(nullable=True)
    last_error: str | None = None


METADATA = SQLModel.metadata


class Escalation(SQLModel, table=True):
    """A ladder stage claimed for a case. The unique key makes each stage fire once,
    across restarts and across instances (the insert is the claim)."""

    __tablename__ = "escalation"
    __table_args__ = (UniqueConstraint("case_id", "stage", name="uq_escalation_case_stage"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    stage: str = Field(max_length=40)
    level: str = Field(max_length=20)
    claimed_at: datetime = _ts()
    claimed_by: str = Field(max_length=100)
    outbox_id: int | None = Field(default=None, foreign_key="outbox.id")
    sent: bool = True  # False: claimed but superseded by a more severe stage due at once


class Digest(SQLModel, table=True):
    """One staff digest per mailbox and local date."""

    __tablename__ = "digest"
    __table_args__ = (UniqueConstraint("mailbox", "on_date", name="uq_digest_mailbox_date"),)

    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(max_length=40)
    on_date: date
    claimed_at: datetime = _ts()
    open_cases: int = 0
    outbox_id: int | None = Field(default=None, foreign_key="outbox.id")


class Verification(SQLModel, table=True):
    """A one-time code sent to the requester's own From address."""

    __tablename__ = "verification"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    address: str | None = Field(default=None, max_length=320)
    code_hash: str = Field(max_length=64)
    message_id: str = Field(max_length=998)  # of the verification mail: a reply to it also proves
    created_at: datetime = _ts()
    expires_at: datetime = _ts()
    used_at: datetime | None = _ts(nullable=True)
    proof: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))


class Suppression(SQLModel, table=True):
    """Addresses that unsubscribed from the newsletter, per organisation."""

    __tablename__ = "suppression"
    __table_args__ = (UniqueConstraint("organisation", "address", name="uq_suppression_org_address"),)

    id: int | None = Field(default=None, primary_key=True)
    organisation: str = Field(max_length=10)
    address: str = Field(max_length=320, index=True)
    at: datetime = _ts()
    source_inbound_id: int | None = Field(default=None, foreign_key="inbound_message.id")
    case_id: int | None = Field(default=None, foreign_key="case.id")


class HookJob(SQLModel, table=True):
    """A notification to the newsletter system, retried until acknowledged."""

    __tablename__ = "hook_job"
    __table_args__ = (Index("ix_hook_due", "status", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(max_length=40)
    suppression_id: int = Field(foreign_key="suppression.id")
    status: str = Field(max_length=20)  # pending | done | failed
    attempts: int = 0
    created_at: datetime = _ts()
    next_attempt_at: datetime = _ts()
    done_at: datetime | None = _ts(nullable=True)
    last_error: str | None = None
