"""The one module that writes intake results: one transaction per message.

`record_message` stores the inbound row, its verdict, the case (new or joined), the
case events, the outbox rows and the UID watermark together. Callers act on the world
(move the message, send mail) only after it returns, i.e. after the commit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, and_, bindparam, func, update
from sqlalchemy import case as when
from sqlalchemy import select as core_select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import make_transient_to_detached
from sqlmodel import Session, col, select

from mailbot import casework
from mailbot.calendar import breach_due, legal_outer_limit
from mailbot.config import MailboxSettings
from mailbot.mailer import CaseMailer
from mailbot.model import CaseRef, CaseStatus, Decision, Disposition, Inbound, RawMail, Verdict
from mailbot.policy import History
from mailbot.store.tables import (
    Case,
    InboundMessage,
    MailboxState,
    Outbox,
    ReferenceCounter,
    utcnow,
)

BOT = "mailbot"

# Statements of the per-message transaction, built once: plain Core on the session's
# connection, so each costs a cached compile and one round trip, no unit of work.
_IN = InboundMessage.__table__  # type: ignore[attr-defined]
_OUT = Outbox.__table__  # type: ignore[attr-defined]
_CASE = Case.__table__  # type: ignore[attr-defined]
_STATE = MailboxState.__table__  # type: ignore[attr-defined]
_COUNTER = ReferenceCounter.__table__  # type: ignore[attr-defined]
_LIVE = _IN.c.disposition != Disposition.DUPLICATE.value
# Two indexed lookups for a duplicate (an OR would scan the whole mailbox), the
# automatic replies to the address, and a recent open case: one round trip.
_HISTORY = core_select(
    core_select(_IN.c.id).where(_IN.c.mailbox == bindparam("mailbox"),
                                _IN.c.message_id == bindparam("message_id"), _LIVE)
    .limit(1).scalar_subquery(),
    core_select(_IN.c.id).where(_IN.c.mailbox == bindparam("mailbox"),
                                _IN.c.content_hash == bindparam("digest"), _LIVE)
    .limit(1).scalar_subquery(),
    core_select(func.coalesce(func.sum(when((and_(_OUT.c.kind == bindparam("kind"),
                                                  _OUT.c.created_at >= bindparam("window")), 1),
                                            else_=0)), 0))
    .where(_OUT.c.mailbox == bindparam("mailbox"),  # each organisation answers for itself
           _OUT.c.recipient == bindparam("to"), _OUT.c.automatic.is_(True),
           _OUT.c.created_at >= bindparam("since")).scalar_subquery(),
    core_select(func.coalesce(func.sum(when((_OUT.c.created_at >= bindparam("one_day"), 1),
                                            else_=0)), 0))
    .where(_OUT.c.mailbox == bindparam("mailbox"), _OUT.c.recipient == bindparam("to"),
           _OUT.c.automatic.is_(True), _OUT.c.created_at >= bindparam("since")).scalar_subquery(),
    core_select(_CASE.c.id).where(
        _CASE.c.mailbox == bindparam("mailbox"), _CASE.c.requester == bindparam("sender"),
        _CASE.c.category == bindparam("category"), _CASE.c.status.in_(casework.OPEN_STATES),
        _CASE.c.opened_at >= bindparam("opened_since")).order_by(_CASE.c.id.desc())
    .limit(1).scalar_subquery(),
)
_ADVANCE = update(_STATE).where(
    _STATE.c.mailbox == bindparam("b_mailbox"), _STATE.c.uidvalidity == bindparam("b_uidvalidity"),
    _STATE.c.last_uid < bindparam("b_uid")).values(last_uid=bindparam("b_uid"),
                                                    updated_at=bindparam("b_at"))
_INSERT_INBOUND = _IN.insert()
_INSERT_CASE = _CASE.insert()
_NEXT_SEQ: dict[str, Any] = {}  # dialect name -> upsert of the reference counter


@dataclass(frozen=True, slots=True)
class Recorded:
    inbound_id: int
    disposition: Disposition
    reference: str | None
    mail_queued: int  # outbox rows written


@dataclass(frozen=True, slots=True)
class Lookup:
    """What intake read off the message for the store's queries."""

    reply_to: str
    reply_kind: str
    subject_reference: str | None = None
    staff_reference: str | None = None
    codes: tuple[str, ...] = ()
    thread_ids: tuple[str, ...] = ()  # In-Reply-To + References


StaffExec = Callable[[Session, Case, Decision, InboundMessage], int]


@dataclass(frozen=True, slots=True)
class Env:
    """Per-mailbox collaborators of the transaction."""

    mailbox: MailboxSettings
    mailer: CaseMailer
    give_up_after: timedelta
    window_days: int
    hooks: bool
    staff_exec: StaffExec


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
    s.connection().execute(_ADVANCE, {"b_mailbox": mailbox, "b_uidvalidity": uidvalidity,
                                      "b_uid": uid, "b_at": utcnow()})


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

def _ref(case: Case | None) -> CaseRef | None:
    if case is None or case.id is None:
        return None
    return CaseRef(case.id, case.reference, case.requester, case.status, case.category)


def _thread_case(s: Session, mailbox: str, ids: tuple[str, ...]) -> Case | None:
    if not ids:
        return None
    case_id = s.exec(select(InboundMessage.case_id).where(
        InboundMessage.mailbox == mailbox, col(InboundMessage.message_id).in_(ids),
        col(InboundMessage.case_id).is_not(None)).order_by(col(InboundMessage.id).desc())).first()
    if case_id is None:
        case_id = s.exec(select(Outbox.case_id).where(
            col(Outbox.message_id).in_(ids), col(Outbox.case_id).is_not(None))).first()
    return s.get(Case, case_id) if case_id is not None else None


def _by_reference(s: Session, reference: str | None) -> Case | None:
    if not reference:
        return None
    return s.exec(select(Case).where(Case.reference == reference)).first()


def _history(s: Session, raw: RawMail, inbound: Inbound, digest: str, look: Lookup,
             verdict: Verdict, env: Env, now: datetime) -> tuple[History, Case | None, object]:
    mailbox = raw.mailbox
    window = now - timedelta(days=env.window_days)
    one_day = now - timedelta(days=1)
    dup_days = env.mailbox.cases.duplicate_window_days
    by_id, by_hash, same_kind, day, recent_id = s.connection().execute(_HISTORY, {
        "mailbox": mailbox, "message_id": inbound.message_id or None, "digest": digest,
        "kind": look.reply_kind, "window": window, "one_day": one_day, "to": look.reply_to,
        "since": min(window, one_day), "sender": inbound.sender,
        "category": verdict.category.value, "opened_since": now - timedelta(days=dup_days),
    }).one()
    dup = by_id if by_id is not None else by_hash
    if not look.reply_to:
        same_kind = day = 0
    thread = _thread_case(s, mailbox, look.thread_ids)
    subject = _by_reference(s, look.subject_reference)
    staff = _by_reference(s, look.staff_reference)
    recent = None
    if inbound.sender and dup_days and verdict.category.value != "noise" and recent_id is not None:
        recent = s.get(Case, recent_id)
    matched = thread or (subject if subject and subject.requester == inbound.sender else None)
    proof = None
    if matched is not None and matched.status == CaseStatus.AWAITING_VERIFICATION.value:
        proof = casework.find_proof(s, matched, inbound.sender, look.codes, look.thread_ids, now)
    history = History(duplicate_of=dup, same_kind_recent=int(same_kind), replies_last_day=int(day),
                      thread_case=_ref(thread), subject_case=_ref(subject),
                      recent_case=_ref(recent), staff_case=_ref(staff),
                      proof=proof[1] if proof else None)
    return history, matched or staff or recent, proof


# ---- references --------------------------------------------------------------------------

def allocate_reference(s: Session, organisation: str, year: int) -> tuple[str, int]:
    """Next gap-free number for the organisation and year, inside the caller's
    transaction: the upsert's row lock (PostgreSQL) or the write lock (SQLite)
    serialises it, and a rollback gives the number back."""
    conn = s.connection()
    seq = int(conn.execute(_next_seq(conn), {"organisation": organisation, "year": year}).scalar_one())
    return f"{organisation}-{year}-{seq:04d}", seq


def _next_seq(conn: Connection) -> Any:
    name = conn.dialect.name
    stmt = _NEXT_SEQ.get(name)
    if stmt is None:
        ins = pg_insert if name == "postgresql" else sqlite_insert
        stmt = _NEXT_SEQ[name] = (
            ins(_COUNTER).values(organisation=bindparam("organisation"), year=bindparam("year"),
                                 last_seq=1)
            .on_conflict_do_update(index_elements=[_COUNTER.c.organisation, _COUNTER.c.year],
                                   set_={"last_seq": _COUNTER.c.last_seq + 1})
            .returning(_COUNTER.c.last_seq))
    return stmt


# ---- the per-message transaction -------------------------------------------------------------

def record_message(
    engine: Engine,
    *,
    raw: RawMail,
    inbound: Inbound,
    verdict: Verdict,
    received_at: datetime,
    look: Lookup,
    decide: Callable[[History], Decision],
    env: Env,
) -> Recorded:
    """Record one message and everything decided about it, atomically."""
    now = utcnow()
    digest = content_hash(raw.data)
    with Session(engine, expire_on_commit=False) as s:
        history, existing, proof = _history(s, raw, inbound, digest, look, verdict, env, now)
        decision = decide(history)
        values: dict[str, Any] = {
            "mailbox": raw.mailbox, "uidvalidity": raw.uidvalidity, "uid": raw.uid,
            "message_id": inbound.message_id, "content_hash": digest,
            "sender": inbound.sender or None, "sender_name": inbound.sender_name or None,
            "subject": inbound.subject, "received_at": received_at, "size": raw.size,
            "raw": raw.data, "disposition": decision.disposition.value, "reason": decision.reason,
            "verdict": {**verdict.as_json(), "defects": list(inbound.defects)},
            "case_id": None, "duplicate_of": history.duplicate_of, "filed_folder": None,
            "filed_at": None, "created_at": now,
        }
        s.info["queued"] = 0
        casework.buffer_events(s)
        reference = None
        if decision.disposition is Disposition.CASE:
            case, row_id = _open_case(s, values, inbound, verdict, decision, received_at, env)
            reference = case.reference
        elif decision.disposition in (Disposition.FOLLOW_UP, Disposition.STAFF) and existing is not None:
            reference = existing.reference
            values["case_id"] = existing.id
            row_id = _insert_inbound(s, values)
            row = s.get(InboundMessage, row_id)
            assert row is not None
            if decision.disposition is Disposition.FOLLOW_UP:
                _follow_up(s, row, existing, inbound, decision, proof, env)
            else:
                for kind, detail in decision.events:
                    casework.event(s, existing, kind, BOT, dict(detail), inbound_id=row_id)
                if decision.reason.startswith("staff command:"):
                    env.staff_exec(s, existing, decision, row)
        else:
            row_id = _insert_inbound(s, values)
        casework.write_events(s)
        _advance(s, raw.mailbox, raw.uidvalidity, raw.uid)
        queued = int(s.info.get("queued", 0))
        s.commit()
        return Recorded(row_id, decision.disposition, reference, queued)


def _insert_inbound(s: Session, values: dict[str, Any]) -> int:
    return int(s.connection().execute(_INSERT_INBOUND, values).inserted_primary_key[0])


def _insert_case(s: Session, values: dict[str, Any]) -> Case:
    """Insert the case row, then hand the session a persistent Case for it (the
    casework helpers take ORM objects), without a flush or a read back."""
    case_id = s.connection().execute(_INSERT_CASE, values).inserted_primary_key[0]
    case = Case(id=case_id, **values)
    make_transient_to_detached(case)
    s.add(case)
    return case


def _open_case(s: Session, values: dict[str, Any], inbound: Inbound, verdict: Verdict,
               decision: Decision, received_at: datetime, env: Env) -> tuple[Case, int]:
    """The case first, then the inbound row that names it, then what follows from it."""
    org = env.mailbox.organisation
    mailbox = values["mailbox"]
    year = received_at.astimezone(env.mailer.zone).year
    reference, seq = allocate_reference(s, org.reference_prefix, year)
    case = _insert_case(s, {
        "reference": reference, "organisation": org.reference_prefix, "mailbox": mailbox,
        "year": year, "seq": seq, "category": decision.category.value,
        "status": decision.status.value, "language": verdict.language,
        "requester": inbound.sender or None, "requester_name": inbound.sender_name or None,
        "subject": inbound.subject, "intents": [i.value for i in verdict.intents],
        "rights": [r.value for r in verdict.rights], "breach": verdict.breach,
        "needs_review": verdict.needs_review, "evidence": list(verdict.evidence),
        "opened_at": received_at, "due_at": decision.due_at,
        "legal_due_at": legal_outer_limit(received_at, org.timezone)
        if decision.category.value in ("rights_request", "complaint") else None,
        "answered_at": None, "closed_at": None, "minimised_at": None,
        "breach_due_at": breach_due(received_at, env.mailbox.deadlines) if verdict.breach else None,
        "extended_until": None, "verified_at": None, "verification_method": None,
        "assigned_to": None, "outcome": None, "duplicate_of": None,
    })
    values["case_id"] = case.id
    row_id = _insert_inbound(s, values)
    casework.event(s, case, "opened", BOT, {
        "category": case.category, "rules": list(verdict.rules), "status": case.status,
        "due_at": decision.due_at.isoformat() if decision.due_at else None}, inbound_id=row_id)
    for kind, detail in decision.events:
        casework.event(s, case, kind, BOT, dict(detail), inbound_id=row_id)
    thread = [inbound.message_id] if inbound.message_id else []
    if decision.reply is not None:
        mail = env.mailer.ack(casework.facts(s, case, thread), decision.reply.template, decision.reply.to,
                              inbound.message_id, inbound.references)
        out = casework.queue(s, case, mailbox, decision.reply.kind, mail, automatic=True,
                             give_up_after=env.give_up_after)
        thread.append(mail.message_id)  # later mail of this case answers the acknowledgment
        casework.event(s, case, "reply_queued", BOT, {"template": decision.reply.template,
                                                     "message_id": mail.message_id}, outbox_id=out.id)
    elif decision.suppressed:
        casework.event(s, case, "reply_suppressed", BOT, {"reason": decision.suppressed})
    if decision.verify:
        casework.start_verification(s, case, env.mailer, env.mailbox.verification.code_ttl_hours,
                                    env.give_up_after, thread)
    if decision.unsubscribe and inbound.sender:
        casework.suppress(s, case, org.reference_prefix, mailbox, inbound.sender, row_id, env.hooks)
    if decision.breach_alert:
        casework.alert_breach(s, case, env.mailer, inbound.text, BOT, env.give_up_after, thread)
    return case, row_id


def _follow_up(s: Session, row: InboundMessage, case: Case, inbound: Inbound, decision: Decision,
               proof: object, env: Env) -> None:
    for kind, detail in decision.events:
        casework.event(s, case, kind, "requester", dict(detail), inbound_id=row.id)
    if decision.staff_answered:
        casework.mark_answered(s, case, inbound.sender, "staff mail in the thread", at=row.received_at)
    if decision.verified and proof is not None:
        verification, method = proof  # type: ignore[misc]
        casework.mark_verified(s, case, method, "requester", {
            "message_id": inbound.message_id, "address": inbound.sender,
            "at": row.received_at.isoformat()}, verification)
        mail = env.mailer.customer(casework.facts(s, case), "verification_confirmed")
        casework.queue(s, case, row.mailbox, "verification_confirmed", mail, automatic=True,
                       give_up_after=env.give_up_after)
    if decision.unsubscribe and inbound.sender:
        casework.suppress(s, case, case.organisation, row.mailbox, inbound.sender, row.id, env.hooks)


def record_sent_copy(engine: Engine, key: str, uidvalidity: int, uid: int, *, sender: str,
                     thread_ids: tuple[str, ...], reference: str | None, at: datetime,
                     mailbox: str) -> str | None:
    """A message staff sent from the shared mailbox (found in its Sent folder): when it
    belongs to an open case, the response clock stops. Returns the case reference."""
    with Session(engine) as s:
        case = _thread_case(s, mailbox, thread_ids) or _by_reference(s, reference)
        hit = None
        if case is not None and case.status in casework.OPEN_STATES:
            casework.mark_answered(s, case, sender or "staff", "reply found in the Sent folder", at=at)
            hit = case.reference
        _advance(s, key, uidvalidity, uid)
        s.commit()
        return hit


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
