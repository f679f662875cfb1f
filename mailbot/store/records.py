"""The one module that writes intake results: one transaction per message.

`record_message` stores the inbound row, its verdict, the case, the case events, the
outbox row and the UID watermark together. Callers act on the world (move the
message, send the reply) only after it returns, i.e. after the commit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, func, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from mailbot.model import CaseStatus, Decision, Disposition, Inbound, RawMail, Verdict
from mailbot.policy import History
from mailbot.store.tables import (
    Case,
    CaseEvent,
    InboundMessage,
    MailboxState,
    Outbox,
    ReferenceCounter,
    utcnow,
)

BOT = "mailbot"


@dataclass(frozen=True, slots=True)
class OutgoingMail:
    """A composed reply, ready to be stored in the outbox."""

    message_id: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Recorded:
    inbound_id: int
    disposition: Disposition
    reference: str | None
    outbox_id: int | None


Composer = Callable[[Decision, str, Case], OutgoingMail]
Decider = Callable[[History], Decision]


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---- watermark -----------------------------------------------------------------------

def watermark(engine: Engine, mailbox: str) -> MailboxState | None:
    with Session(engine) as s:
        row = s.get(MailboxState, mailbox)
        if row is not None:
            s.expunge(row)
        return row


def reset_watermark(engine: Engine, mailbox: str, uidvalidity: int) -> None:
    """Start (or restart, after a UIDVALIDITY change) the watermark at zero. Messages
    seen before are then recognised by Message-ID / content hash, not by UID."""
    with Session(engine) as s:
        row = s.get(MailboxState, mailbox)
        if row is None:
            row = MailboxState(mailbox=mailbox, uidvalidity=uidvalidity, last_uid=0, updated_at=utcnow())
        else:
            row.uidvalidity, row.last_uid, row.updated_at = uidvalidity, 0, utcnow()
        s.add(row)
        s.commit()


def _advance(s: Session, mailbox: str, uidvalidity: int, uid: int) -> None:
    s.exec(  # type: ignore[call-overload]
        update(MailboxState)
        .where(col(MailboxState.mailbox) == mailbox, col(MailboxState.uidvalidity) == uidvalidity,
               col(MailboxState.last_uid) < uid)
        .values(last_uid=uid, updated_at=utcnow())
    )


def recorded_uids(engine: Engine, mailbox: str, uidvalidity: int, uids: Iterable[int]) -> dict[int, str]:
    """UIDs that already have a row, with their disposition: they are never processed
    again, only filed (a crash between commit and MOVE leaves them in the inbox)."""
    uids = list(uids)
    found: dict[int, str] = {}
    with Session(engine) as s:
        for i in range(0, len(uids), 500):
            chunk = uids[i:i + 500]
            found.update(s.exec(select(InboundMessage.uid, InboundMessage.disposition).where(
                InboundMessage.mailbox == mailbox, InboundMessage.uidvalidity == uidvalidity,
                col(InboundMessage.uid).in_(chunk))).all())
    return found


def mark_filed(engine: Engine, mailbox: str, uidvalidity: int, uids: list[int], folder: str) -> None:
    with Session(engine) as s:
        s.exec(update(InboundMessage).where(  # type: ignore[call-overload]
            col(InboundMessage.mailbox) == mailbox, col(InboundMessage.uidvalidity) == uidvalidity,
            col(InboundMessage.uid).in_(uids)).values(filed_folder=folder, filed_at=utcnow()))
        s.commit()


# ---- history for the policy ------------------------------------------------------------

def _history(s: Session, mailbox: str, inbound: Inbound, digest: str, reply_to: str,
             kind: str, now: datetime, window_days: int) -> History:
    dup = None
    if inbound.message_id:
        dup = s.exec(select(InboundMessage.id).where(
            InboundMessage.mailbox == mailbox, InboundMessage.message_id == inbound.message_id,
            InboundMessage.disposition != Disposition.DUPLICATE.value).limit(1)).first()
    if dup is None:
        dup = s.exec(select(InboundMessage.id).where(
            InboundMessage.mailbox == mailbox, InboundMessage.content_hash == digest,
            InboundMessage.disposition != Disposition.DUPLICATE.value).limit(1)).first()
    same_kind = day = 0
    if reply_to:
        base = select(func.count()).select_from(Outbox).where(
            Outbox.recipient == reply_to, col(Outbox.automatic).is_(True))
        same_kind = s.exec(base.where(Outbox.kind == kind,
                                      col(Outbox.created_at) >= now - timedelta(days=window_days))).one()
        day = s.exec(base.where(col(Outbox.created_at) >= now - timedelta(days=1))).one()
    return History(duplicate_of=dup, same_kind_recent=same_kind, replies_last_day=day)


# ---- references --------------------------------------------------------------------------

def allocate_reference(s: Session, organisation: str, year: int) -> tuple[str, int]:
    """Next gap-free number for the organisation and year, inside the caller's
    transaction: the row lock (PostgreSQL) or the write lock (SQLite) serialises it."""
    ins = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
    s.exec(ins(ReferenceCounter).values(organisation=organisation, year=year, last_seq=0)  # type: ignore[call-overload]
           .on_conflict_do_nothing())
    counter = s.exec(select(ReferenceCounter).where(
        ReferenceCounter.organisation == organisation, ReferenceCounter.year == year)
        .with_for_update()).one()
    counter.last_seq += 1
    s.add(counter)
    return f"{organisation}-{year}-{counter.last_seq:04d}", counter.last_seq


# ---- the per-message transaction -------------------------------------------------------------

def record_message(
    engine: Engine,
    *,
    raw: RawMail,
    inbound: Inbound,
    verdict: Verdict,
    organisation: str,
    received_at: datetime,
    reply_to: str,
    reply_kind: str,
    window_days: int,
    decide: Decider,
    compose: Composer,
    give_up_after: timedelta,
) -> Recorded:
    """Record one message and everything decided about it, atomically."""
    now = utcnow()
    digest = content_hash(raw.data)
    with Session(engine, expire_on_commit=False) as s:
        history = _history(s, raw.mailbox, inbound, digest, reply_to, reply_kind, now, window_days)
        decision = decide(history)
        row = InboundMessage(
            mailbox=raw.mailbox, uidvalidity=raw.uidvalidity, uid=raw.uid,
            message_id=inbound.message_id, content_hash=digest,
            sender=inbound.sender or None, sender_name=inbound.sender_name or None,
            subject=inbound.subject, received_at=received_at, size=raw.size, raw=raw.data,
            disposition=decision.disposition.value, reason=decision.reason,
            verdict={**verdict.as_json(), "defects": list(inbound.defects)},
            duplicate_of=history.duplicate_of, created_at=now,
        )
        s.add(row)
        s.flush()
        reference = outbox_id = None
        if decision.disposition is Disposition.CASE:
            case, outbox_id = _open_case(s, row, inbound, verdict, decision, organisation,
                                         received_at, now, compose, give_up_after)
            reference = case.reference
        _advance(s, raw.mailbox, raw.uidvalidity, raw.uid)
        s.commit()
        assert row.id is not None
        return Recorded(row.id, decision.disposition, reference, outbox_id)


def _open_case(s: Session, row: InboundMessage, inbound: Inbound, verdict: Verdict,
               decision: Decision, organisation: str, received_at: datetime, now: datetime,
               compose: Composer, give_up_after: timedelta) -> tuple[Case, int | None]:
    year = received_at.year
    reference, seq = allocate_reference(s, organisation, year)
    case = Case(
        reference=reference, organisation=organisation, mailbox=row.mailbox, year=year, seq=seq,
        category=decision.category.value, status=CaseStatus.NEW.value, language=verdict.language,
        requester=inbound.sender or None, requester_name=inbound.sender_name or None,
        subject=inbound.subject, intents=[i.value for i in verdict.intents],
        rights=[r.value for r in verdict.rights], breach=verdict.breach,
        needs_review=verdict.needs_review, evidence=list(verdict.evidence),
        opened_at=received_at, due_at=decision.due_at,
    )
    s.add(case)
    s.flush()
    assert case.id is not None
    row.case_id = case.id
    s.add(CaseEvent(case_id=case.id, at=now, kind="opened", actor=BOT, inbound_id=row.id,
                    detail={"category": case.category, "rules": list(verdict.rules),
                            "due_at": decision.due_at.isoformat() if decision.due_at else None}))
    outbox_id = None
    if decision.reply is not None:
        mail = compose(decision, reference, case)
        out = Outbox(mailbox=row.mailbox, case_id=case.id, kind=decision.reply.kind, automatic=True,
                     recipient=decision.reply.to, message_id=mail.message_id, raw=mail.data,
                     status="pending", created_at=now, next_attempt_at=now,
                     give_up_at=now + give_up_after)
        s.add(out)
        s.flush()
        outbox_id = out.id
        s.add(CaseEvent(case_id=case.id, at=now, kind="reply_queued", actor=BOT, outbox_id=out.id,
                        detail={"template": decision.reply.template, "message_id": mail.message_id}))
    elif decision.suppressed:
        s.add(CaseEvent(case_id=case.id, at=now, kind="reply_suppressed", actor=BOT,
                        detail={"reason": decision.suppressed}))
    return case, outbox_id


def record_quarantine(engine: Engine, raw: RawMail, reason: str, *, message_id: str | None = None,
                      sender: str | None = None, subject: str | None = None,
                      received_at: datetime | None = None) -> int:
    """Shunt, don't drop: keep the bytes and the reason, advance the watermark."""
    now = utcnow()
    with Session(engine) as s:
        row = InboundMessage(
            mailbox=raw.mailbox, uidvalidity=raw.uidvalidity, uid=raw.uid, message_id=message_id,
            content_hash=content_hash(raw.data), sender=sender, subject=subject,
            received_at=received_at or now, size=raw.size, raw=raw.data,
            disposition=Disposition.QUARANTINE.value, reason=reason[:2000], created_at=now)
        s.add(row)
        _advance(s, raw.mailbox, raw.uidvalidity, raw.uid)
        s.commit()
        assert row.id is not None
        return row.id
