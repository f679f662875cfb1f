"""What can happen to a case, inside the caller's transaction.

Used by intake (follow-ups, verification, staff commands by mail) and by the staff
CLI alike, so a case changes the same way whichever door the change came through.
Every change is an event (who, what, why); mail is only queued in the outbox.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from mailbot.calendar import OfficeCalendar, breach_due, due_at, extended_limit, format_due
from mailbot.mailer import CaseFacts, CaseMailer, OutgoingMail
from mailbot.model import CaseStatus
from mailbot.rules.breach_model import by_reading
from mailbot.store.tables import (
    Case,
    CaseEvent,
    HookJob,
    InboundMessage,
    Outbox,
    Suppression,
    Verification,
    utcnow,
)

BOT = "mailbot"
OPEN_STATES = (CaseStatus.NEW.value, CaseStatus.AWAITING_VERIFICATION.value,
               CaseStatus.OPEN.value, CaseStatus.EXTENDED.value)
FINAL_STATES = (CaseStatus.RESOLVED.value, CaseStatus.REFUSED.value, CaseStatus.CLOSED.value)


# Plain inserts: no ORM unit of work for rows that are written once and never changed
# in the same transaction (events are append-only; outbox rows change only in the relay).
_INSERT_EVENT = CaseEvent.__table__.insert()  # type: ignore[attr-defined]
_INSERT_OUTBOX = Outbox.__table__.insert()  # type: ignore[attr-defined]
_INSERT_VERIFICATION = Verification.__table__.insert()  # type: ignore[attr-defined]
EVENT_BUFFER = "case_events"  # Session.info key: events held for one executemany


class CaseError(Exception):
    """A staff action that cannot be done; the message says why, for a person."""


@dataclass(frozen=True, slots=True)
class Queued:
    """An outbox row written by `queue`."""

    id: int
    message_id: str


def event(s: Session, case: Case, kind: str, actor: str, detail: dict[str, Any] | None = None,
          *, inbound_id: int | None = None, outbox_id: int | None = None,
          at: datetime | None = None) -> None:
    assert case.id is not None
    row = {"case_id": case.id, "at": at or utcnow(), "kind": kind, "actor": actor,
           "detail": detail or {}, "inbound_id": inbound_id, "outbox_id": outbox_id}
    buffer = s.info.get(EVENT_BUFFER)
    if buffer is not None:  # the caller writes them with write_events before its commit
        buffer.append(row)
    else:
        s.connection().execute(_INSERT_EVENT, row)


def buffer_events(s: Session) -> None:
    """Hold this session's events until `write_events`: the intake transaction writes a
    message's events in one statement (nothing reads them back before the commit)."""
    s.info[EVENT_BUFFER] = []


def write_events(s: Session) -> None:
    """Insert the held events, in the order they happened."""
    rows = s.info.pop(EVENT_BUFFER, None)
    if rows:
        s.connection().execute(_INSERT_EVENT, rows)


def set_status(s: Session, case: Case, status: CaseStatus, actor: str, why: str) -> None:
    if case.status == status.value:
        return
    event(s, case, "status", actor, {"from": case.status, "to": status.value, "why": why})
    case.status = status.value
    if status.value in FINAL_STATES and case.closed_at is None:
        case.closed_at = utcnow()
    s.add(case)


def queue(s: Session, case: Case | None, mailbox: str, kind: str, mail: OutgoingMail, *,
          automatic: bool, give_up_after: timedelta, actor: str = BOT) -> Queued:
    now = utcnow()
    result = s.connection().execute(_INSERT_OUTBOX, {
        "mailbox": mailbox, "case_id": case.id if case else None, "kind": kind,
        "automatic": automatic, "recipient": mail.recipient, "message_id": mail.message_id,
        "raw": mail.data, "status": "pending", "attempts": 0, "created_at": now,
        "next_attempt_at": now, "give_up_at": now + give_up_after})
    row = Queued(result.inserted_primary_key[0], mail.message_id)
    s.info["queued"] = s.info.get("queued", 0) + 1
    if case is not None:
        event(s, case, "mail_queued", actor, {"kind": kind, "message_id": mail.message_id},
              outbox_id=row.id)
    return row


def facts(s: Session, case: Case, thread: Sequence[str] | None = None) -> CaseFacts:
    """The case as templates see it, with its conversation's Message-IDs (looked up
    unless the caller knows them, as for a case opened in this transaction)."""
    if thread is not None:
        ids = [m for m in thread if m]
    else:
        ids = [m for m in s.exec(select(InboundMessage.message_id).where(
            InboundMessage.case_id == case.id).order_by(col(InboundMessage.id))).all() if m]
        ids += [m for m in s.exec(select(Outbox.message_id).where(
            Outbox.case_id == case.id, col(Outbox.recipient) == case.requester)
            .order_by(col(Outbox.id))).all() if m]
    return CaseFacts(reference=case.reference, category=case.category, rights=list(case.rights),
                     breach=case.breach, language=case.language, requester=case.requester,
                     requester_name=case.requester_name or "", subject=case.subject or "",
                     opened_at=case.opened_at, due_at=case.due_at, thread=ids[-10:])


def code_hash(case_id: int, code: str) -> str:
    return hashlib.sha256(f"{case_id}:{code}".encode()).hexdigest()


def start_verification(s: Session, case: Case, mailer: CaseMailer, ttl_hours: int,
                       give_up_after: timedelta, thread: Sequence[str] | None = None) -> Queued | None:
    """Send a one-time code to the requester's From address only (a spoofed From
    never sees it), single-use, with an expiry."""
    if not case.requester or case.id is None:
        return None
    code = f"{secrets.randbelow(1_000_000):06d}"
    expires = utcnow() + timedelta(hours=ttl_hours)
    tz = mailer.org.timezone
    mail = mailer.customer(facts(s, case, thread), "verification_request", {
        "code": code, "expires_text": format_due(expires, case.language, tz, with_time=True)})
    s.connection().execute(_INSERT_VERIFICATION, {
        "case_id": case.id, "address": case.requester, "code_hash": code_hash(case.id, code),
        "message_id": mail.message_id, "created_at": utcnow(), "expires_at": expires,
        "used_at": None, "proof": None})
    return queue(s, case, case.mailbox, "verification_request", mail, automatic=True,
                 give_up_after=give_up_after)


def find_proof(s: Session, case: Case, sender: str, codes: Sequence[str],
               thread_ids: Sequence[str], now: datetime) -> tuple[Verification, str] | None:
    """A live verification of this case that the message proves: the right code, or a
    reply to the verification mail itself, from the address the code went to."""
    rows = s.exec(select(Verification).where(
        Verification.case_id == case.id, col(Verification.used_at).is_(None))).all()
    for v in rows:
        if v.expires_at < now or (v.address or "") != sender:
            continue
        if any(code_hash(case.id or 0, c) == v.code_hash for c in codes):
            return v, "code"
        if v.message_id in thread_ids:
            return v, "reply"
    return None


def mark_verified(s: Session, case: Case, method: str, actor: str, proof: dict[str, Any],
                  verification: Verification | None = None) -> None:
    now = utcnow()
    if verification is not None:
        verification.used_at, verification.proof = now, proof
        s.add(verification)
    case.verified_at, case.verification_method = now, method
    event(s, case, "verified", actor, {"method": method, **proof})
    if case.status == CaseStatus.AWAITING_VERIFICATION.value:
        set_status(s, case, CaseStatus.OPEN, actor, "identity verified")
    s.add(case)


def mark_answered(s: Session, case: Case, actor: str, how: str, at: datetime | None = None) -> None:
    """Staff answered the requester: the response clock stops."""
    if case.answered_at is None:
        case.answered_at = at or utcnow()
    event(s, case, "answered", actor, {"how": how})
    if case.status in (CaseStatus.NEW.value, CaseStatus.OPEN.value,
                       CaseStatus.AWAITING_VERIFICATION.value, CaseStatus.EXTENDED.value):
        set_status(s, case, CaseStatus.ANSWERED, actor, how)
    s.add(case)


def suppress(s: Session, case: Case | None, organisation: str, mailbox: str, address: str,
             inbound_id: int | None, hooks: bool) -> bool:
    """Add to the suppression list (idempotent). Returns True when newly added."""
    ins = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
    now = utcnow()
    result = s.connection().execute(ins(Suppression).values(
        organisation=organisation, address=address, at=now, source_inbound_id=inbound_id,
        case_id=case.id if case else None).on_conflict_do_nothing().returning(Suppression.id))
    added = result.first() is not None
    if case is not None:
        event(s, case, "unsubscribed", BOT, {"new": added})
    if added and hooks:
        sup = s.exec(select(Suppression).where(Suppression.organisation == organisation,
                                               Suppression.address == address)).one()
        assert sup.id is not None
        s.add(HookJob(mailbox=mailbox, suppression_id=sup.id, status="pending", created_at=now,
                      next_attempt_at=now))
    return added


# ---- staff actions (mail commands and CLI) ---------------------------------------------

def _require_open(case: Case, action: str) -> None:
    if case.status in FINAL_STATES:
        raise CaseError(f"case {case.reference} is already {case.status}; cannot {action} it")


def resolve(s: Session, case: Case, note: str, actor: str, mailer: CaseMailer,
            give_up_after: timedelta, notify: bool = True) -> None:
    _require_open(case, "resolve")
    case.outcome = note
    if notify and case.requester:
        queue(s, case, case.mailbox, "resolution",
              mailer.customer(facts(s, case), "resolution", {"note": note}, auto=False),
              automatic=False, give_up_after=give_up_after, actor=actor)
        mark_answered(s, case, actor, "resolution sent")
    set_status(s, case, CaseStatus.RESOLVED, actor, note)


def refuse(s: Session, case: Case, reason: str, actor: str, mailer: CaseMailer,
           give_up_after: timedelta) -> None:
    """The statement promises to explain why: the reasons go to the requester."""
    _require_open(case, "refuse")
    if not reason.strip():
        raise CaseError("a refusal needs the reasons; they are sent to the requester")
    case.outcome = reason
    if case.requester:
        queue(s, case, case.mailbox, "refusal",
              mailer.customer(facts(s, case), "refusal", {"reasons": reason}, auto=False),
              automatic=False, give_up_after=give_up_after, actor=actor)
        mark_answered(s, case, actor, "refusal sent")
    set_status(s, case, CaseStatus.REFUSED, actor, reason)


def extend(s: Session, case: Case, reason: str, actor: str, mailer: CaseMailer,
           give_up_after: timedelta) -> None:
    """GDPR Art. 12(3): two more months, with reasons, told within the first month."""
    _require_open(case, "extend")
    if not reason.strip():
        raise CaseError("an extension needs the reasons; they are sent to the requester")
    if case.extended_until is not None:
        raise CaseError(f"case {case.reference} was already extended")
    now = utcnow()
    if case.legal_due_at is not None and now > case.legal_due_at:
        raise CaseError(f"the first month ended on {case.legal_due_at:%Y-%m-%d}; an extension "
                        "had to be sent before then")
    tz = mailer.org.timezone
    limit = extended_limit(case.opened_at, tz)
    case.extended_until = limit
    case.due_at = limit
    queue(s, case, case.mailbox, "extension_notice",
          mailer.customer(facts(s, case), "extension_notice", {
              "reason": reason, "new_due_text": format_due(limit, case.language, tz)}, auto=False),
          automatic=False, give_up_after=give_up_after, actor=actor)
    set_status(s, case, CaseStatus.EXTENDED, actor, reason)


def staff_reply(s: Session, case: Case, text: str, actor: str, mailer: CaseMailer,
                give_up_after: timedelta) -> None:
    if not case.requester:
        raise CaseError(f"case {case.reference} has no requester address to reply to")
    if not text.strip():
        raise CaseError("the reply is empty: write the answer below the `reply` line")
    queue(s, case, case.mailbox, "staff_reply",
          mailer.customer(facts(s, case), "staff_reply", {"text": text.strip()}, auto=False),
          automatic=False, give_up_after=give_up_after, actor=actor)
    mark_answered(s, case, actor, "reply sent by staff")


def note(s: Session, case: Case, text: str, actor: str) -> None:
    if not text.strip():
        raise CaseError("the note is empty")
    event(s, case, "note", actor, {"text": text.strip()})


def assign(s: Session, case: Case, address: str, actor: str) -> None:
    if "@" not in address or any(c in address for c in " \r\n,;<>"):
        raise CaseError(f"{address!r} is not an e-mail address")
    event(s, case, "assigned", actor, {"from": case.assigned_to, "to": address})
    case.assigned_to = address
    s.add(case)


def first_text(s: Session, case: Case) -> str:
    """The words of the case's first message, for mail to staff; empty when its raw
    bytes are gone (retention) or cannot be read."""
    from mailbot.parse import parse

    first = s.exec(select(InboundMessage).where(InboundMessage.case_id == case.id)
                   .order_by(col(InboundMessage.id))).first()
    if first is None or first.raw is None:
        return ""
    try:
        return parse(first.raw).text
    except Exception:
        return ""


def mark_breach(s: Session, case: Case, why: str, actor: str, mailer: CaseMailer,
                give_up_after: timedelta) -> int:
    """Staff read a breach report that the rules did not recognise: the case becomes a
    suspected data breach (a complaint, by the same precedence as on arrival) and the
    privacy officer is alerted at once. The 72-hour clock counts from receipt, when
    the organisation could first know, not from now. Returns the alerts queued."""
    _require_open(case, "mark as a breach")
    if case.breach:
        raise CaseError(f"case {case.reference} is already a suspected data breach")
    if not why.strip():
        raise CaseError("say in a few words why this is a suspected data breach")
    was = case.category
    case.breach = True
    case.breach_due_at = breach_due(case.opened_at, mailer.mailbox.deadlines)
    case.category = "complaint"
    s.add(case)
    event(s, case, "breach_marked", actor, {"why": why.strip(), "category_was": was})
    return alert_breach(s, case, mailer, first_text(s, case), actor, give_up_after)


def clear_breach(s: Session, case: Case, why: str, actor: str, mailer: CaseMailer) -> None:
    """The privacy officer judged a suspected breach to be none: the 72-hour clock stops.
    A case that was a complaint only because of the breach goes back to what it asks:
    the category staff had before marking it, or, after the statistical reading (which
    only ever reads questions), a rights request if it names rights, else a question.
    Its due time is then that category's, counted from receipt as on arrival."""
    _require_open(case, "clear the breach of")
    if not case.breach:
        raise CaseError(f"case {case.reference} is not a suspected data breach")
    if not why.strip():
        raise CaseError("say in a few words why this is no data breach")
    was = case.category
    marked = s.exec(select(CaseEvent).where(CaseEvent.case_id == case.id,
                                            CaseEvent.kind == "breach_marked")
                   .order_by(col(CaseEvent.id).desc())).first()
    if marked is not None:
        case.category = str(marked.detail.get("category_was") or was)
    elif by_reading(case.evidence or []):
        case.category = "rights_request" if case.rights else "question"
    case.breach = False
    case.breach_due_at = None
    if case.category != was:
        org = mailer.org
        case.due_at = due_at(case.category, case.opened_at, mailer.mailbox.deadlines,
                             OfficeCalendar(mailer.mailbox.calendar, org.timezone))
    s.add(case)
    event(s, case, "breach_cleared", actor,
          {"why": why.strip(), "category_was": was, "category": case.category})


def alert_breach(s: Session, case: Case, mailer: CaseMailer, text: str, actor: str,
                 give_up_after: timedelta, thread: Sequence[str] | None = None) -> int:
    """Queue the breach alert to the privacy officer and the privacy staff, with the
    customer's words; returns the mails queued."""
    org = mailer.org
    officers = [org.privacy_officer, *[a for a in mailer.mailbox.staff.privacy
                                       if a != org.privacy_officer]]
    mails = mailer.staff(facts(s, case, thread), "breach_alert", officers,
                         extra=mailer.staff_extra(case, text))
    for mail in mails:
        queue(s, case, case.mailbox, "breach_alert", mail, automatic=False,
              give_up_after=give_up_after)
    event(s, case, "breach_alert", actor, {"to": len(officers)})
    return len(mails)


def verify_manually(s: Session, case: Case, actor: str, how: str) -> None:
    if case.verified_at is not None:
        raise CaseError(f"case {case.reference} is already verified")
    mark_verified(s, case, "staff", actor, {"how": how})
