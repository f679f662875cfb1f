"""Retention: how long mailbot keeps what it recorded, and what stays afterwards.

Each mailbox has a profile (`[retention]`, from the organisation's privacy statement).
A case's clock starts when it is finished: at its last sign of life (closing, the
last message in or out, the last event) once it is resolved, refused or closed, or
once staff answered it. Open cases are kept. Then, per case:

- `bodies`   after keep_after_close_days: the raw mail in and out is deleted from the
             database (the columns are set to NULL; SQLite overwrites the freed pages).
- `minimise` after minimise_after_close_days: addresses, names, subjects, Message-IDs of
             the requester's mail, classifier evidence, the outcome note and free text in
             the audit trail are erased. The minimal record stays: reference, category,
             intents, rights, dates, status (the outcome), who handled it, and the proof
             of verification with the address replaced by a keyed digest.
- `proof`    after proof_of_verification_years: the verification rows go, and the
             Message-IDs and address digest in the `verified` events are erased.

Messages that never became part of a case (noise, duplicates, quarantine) are deleted
whole after noise_days / duplicate_days / quarantine_days; staff mail that belongs to no
case (the digest) loses its body after staff_mail_days. The suppression list is never
touched: it is what keeps an unsubscribed address from being mailed again.

The audit trail stays append-only: events are never deleted, and their kind and time
never change. Minimisation replaces personal values inside an event's detail with
"[erased]" (tokens such as statuses, dates and rule names stay; so do staff actors, who
handled the case) and is itself recorded as an event; `redact_events` is the only code
that changes an event. Erasing an address also replaces it where it is the actor. A case with a `retention_hold` event (a dispute, a legal claim) is left
alone until a `retention_release` event.

`plan` and `plan_case` are pure; `apply_retention` loads the rows, plans, and applies
each case in its own transaction, re-planning it there on fresh rows.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TextIO

from sqlalchemy import Engine, delete, func, or_, update
from sqlmodel import Session, col, select

from mailbot import casework
from mailbot.config import RetentionSettings, Settings
from mailbot.model import CaseStatus
from mailbot.store.db import NotMigrated, make_engine, require_migrated
from mailbot.store.tables import (
    Case,
    CaseEvent,
    InboundMessage,
    Outbox,
    Suppression,
    Verification,
    utcnow,
)

log = logging.getLogger(__name__)

ACTOR = "mailbot"
ERASED = "[erased]"
EX_CONFIG = 78

# Events written by retention, erasure and export. They are bookkeeping, not activity:
# they do not restart a case's clock, and their details are never redacted.
BODIES_DELETED = "bodies_deleted"
MINIMISED = "minimised"
PROOF_REMOVED = "proof_removed"
ERASED_EVENT = "erased"  # on another person's case: that person's message or mail was erased
EXPORTED = "exported"
HOLD = "retention_hold"
RELEASE = "retention_release"
BOOKKEEPING = frozenset({BODIES_DELETED, MINIMISED, PROOF_REMOVED, ERASED_EVENT, EXPORTED,
                         HOLD, RELEASE})

FINISHED_STATES = frozenset({*casework.FINAL_STATES, CaseStatus.ANSWERED.value})
FINAL_MAIL = ("sent", "failed")  # outbox states the relay no longer needs the body for
BATCH = 500


# ---- the profile and the rows, as plain values ----------------------------------------------

@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    keep: timedelta
    minimise: timedelta
    proof_years: int
    noise: timedelta
    duplicate: timedelta
    quarantine: timedelta
    staff_mail: timedelta
    enabled: bool = True

    @classmethod
    def from_settings(cls, rs: RetentionSettings) -> Profile:
        return cls(name=rs.profile, keep=timedelta(days=rs.keep_after_close_days or 0),
                   minimise=timedelta(days=rs.minimise_after_close_days or 0),
                   proof_years=rs.proof_of_verification_years or 0,
                   noise=timedelta(days=rs.noise_days), duplicate=timedelta(days=rs.duplicate_days),
                   quarantine=timedelta(days=rs.quarantine_days),
                   staff_mail=timedelta(days=rs.staff_mail_days), enabled=rs.enabled)

    def loose_limit(self, disposition: str) -> timedelta:
        """How long a message that belongs to no case is kept."""
        return {"noise": self.noise, "duplicate": self.duplicate}.get(disposition, self.quarantine)


@dataclass(frozen=True, slots=True)
class CaseView:
    """What retention needs to know about one case."""

    id: int
    reference: str
    mailbox: str
    category: str
    status: str
    opened_at: datetime
    closed_at: datetime | None = None
    answered_at: datetime | None = None
    last_activity: datetime | None = None  # last message in/out or event, bookkeeping excluded
    minimised_at: datetime | None = None
    bodies: int = 0  # raw messages (in, and sent/failed out) still stored
    proofs: int = 0  # verification rows still stored
    on_hold: bool = False
    # Personal data left after a minimisation: values in the case, its messages, mails and
    # verifications, or events added since (mail that arrived or a note written meanwhile).
    personal: int = 0
    events_since_minimised: bool = False

    @property
    def minimised(self) -> bool:
        return self.minimised_at is not None and not self.personal and not self.events_since_minimised


@dataclass(frozen=True, slots=True)
class LooseMessage:
    """An inbound message that belongs to no case."""

    id: int
    mailbox: str
    disposition: str
    received_at: datetime
    size: int = 0


@dataclass(frozen=True, slots=True)
class LooseMail:
    """A sent (or failed) mail that belongs to no case and still has its body."""

    id: int
    mailbox: str
    kind: str
    created_at: datetime
    size: int = 0


@dataclass(frozen=True, slots=True)
class CaseStep:
    case_id: int
    reference: str
    mailbox: str
    category: str
    steps: tuple[str, ...]  # in order: "bodies", "minimise", "proof"
    since: datetime  # the clock start
    bodies: int = 0

    def describe(self) -> str:
        words = {"bodies": f"delete {self.bodies} stored message bod{'y' if self.bodies == 1 else 'ies'}",
                 "minimise": "minimise (addresses, names, subjects, free text)",
                 "proof": "remove the proof of verification"}
        return "; ".join(words[s] for s in self.steps)


@dataclass(frozen=True, slots=True)
class Plan:
    cases: tuple[CaseStep, ...] = ()
    messages: tuple[LooseMessage, ...] = ()  # delete whole
    mails: tuple[LooseMail, ...] = ()  # delete the body
    kept: tuple[str, ...] = ()  # why some rows stay although old


# ---- pure planning ------------------------------------------------------------------------

def add_years(when: datetime, years: int) -> datetime:
    try:
        return when.replace(year=when.year + years)
    except ValueError:  # 29 February
        return when.replace(year=when.year + years, day=28)


def clock_start(case: CaseView) -> datetime | None:
    """When the case's retention clock started; None while it is open (kept)."""
    if case.status not in FINISHED_STATES:
        return None
    marks = [d for d in (case.closed_at, case.answered_at, case.last_activity, case.opened_at)
             if d is not None]
    return max(marks)


def plan_case(case: CaseView, profile: Profile, now: datetime) -> CaseStep | None:
    """What is due for one case now, or None."""
    start = clock_start(case)
    if start is None or case.on_hold:
        return None
    steps: list[str] = []
    if case.bodies and now >= start + profile.keep:
        steps.append("bodies")
    if not case.minimised and now >= start + profile.minimise:
        steps.append("minimise")
    if case.proofs and now >= add_years(start, profile.proof_years):
        steps.append("proof")
    if not steps:
        return None
    return CaseStep(case.id, case.reference, case.mailbox, case.category, tuple(steps), start,
                    case.bodies)


def plan(cases: Iterable[CaseView], messages: Iterable[LooseMessage], mails: Iterable[LooseMail],
         profiles: Mapping[str, Profile], now: datetime) -> Plan:
    """Everything due now, per the profile of each row's mailbox."""
    steps: list[CaseStep] = []
    kept: list[str] = []
    unknown: dict[str, int] = {}
    for c in cases:
        p = profiles.get(c.mailbox)
        if p is None:
            unknown[c.mailbox] = unknown.get(c.mailbox, 0) + 1
            continue
        step = plan_case(c, p, now)
        if step is not None:
            steps.append(step)
            continue
        start = clock_start(c)
        if start is None:
            idle_since = max(d for d in (c.last_activity, c.opened_at) if d is not None)
            if now - idle_since > p.keep:
                kept.append(f"{c.reference}: still {c.status}, idle since {idle_since:%Y-%m-%d}; "
                            "kept while open — resolve, refuse or close it to start its clock")
        elif c.on_hold and (c.bodies or not c.minimised) and now >= start + p.keep:
            kept.append(f"{c.reference}: under a retention hold; kept until it is released")
    loose: list[LooseMessage] = []
    for m in messages:
        p = profiles.get(m.mailbox)
        if p is None:
            unknown[m.mailbox] = unknown.get(m.mailbox, 0) + 1
        elif now >= m.received_at + p.loose_limit(m.disposition):
            loose.append(m)
    bodies: list[LooseMail] = []
    for o in mails:
        p = profiles.get(o.mailbox)
        if p is None:
            unknown[o.mailbox] = unknown.get(o.mailbox, 0) + 1
        elif now >= o.created_at + p.staff_mail:
            bodies.append(o)
    for name, n in sorted(unknown.items()):
        kept.append(f"mailbox {name!r} is no longer configured: {n} of its row(s) are not handled; "
                    "add it back (with its [retention]) or erase them by hand")
    return Plan(tuple(steps), tuple(loose), tuple(bodies), tuple(kept))


# ---- redacting personal values in event details (pure) -------------------------------------

# Free text mailbot itself writes (fixed sentences, no personal data): kept.
FIXED_TEXT = frozenset({("answered", "how"), ("reply_suppressed", "reason"),
                        ("probable_duplicate", "reason"), ("reference_mismatch", "reason"),
                        ("staff_command_refused", "reason"), ("reply_failed", "reason")})
# Staff addresses: who handled the case stays with the minimal record.
STAFF_KEYS = frozenset({("assigned", "from"), ("assigned", "to")})
# Keys that hold text people wrote: erased even when it is a single word.
FREE_TEXT_KEYS = frozenset({"text", "why", "how", "note", "error", "reason", "reasons", "outcome",
                            "subject", "name", "body", "excerpt"})
_TOKEN = re.compile(r"^[^\s@]{0,100}$")


def _mentions(value: str, address: str | None) -> bool:
    return bool(address) and address in value.lower()  # type: ignore[operator]


def redact(kind: str, detail: Mapping[str, Any], digest: Callable[[str], str],
           address: str | None = None, proof: bool = True) -> dict[str, Any]:
    """An event detail with personal values replaced by "[erased]".

    Kept: numbers, booleans, tokens (statuses, dates, rule names, references), the fixed
    sentences mailbot writes, staff addresses of `assigned`, Message-IDs, and, while the
    proof is kept (`proof`), the proof in `verified` events with the address as a digest.
    Erased: any other text (notes, reasons staff wrote, error messages, `how`), and with
    `address` anything that contains that address.
    """
    if kind in BOOKKEEPING:
        return dict(detail)

    def one(key: str, value: Any) -> Any:
        if value is None or isinstance(value, (bool, int, float)) or value == ERASED:
            return value
        if isinstance(value, str):
            if kind == "verified" and key == "address":
                if not proof:
                    return ERASED
                return value if value.startswith(("sha256:", "hmac-sha256:")) else digest(value)
            if _mentions(value, address):
                return ERASED
            if kind == "verified" and key == "message_id" and not proof:
                return ERASED
            if key == "message_id" or (kind, key) in FIXED_TEXT | STAFF_KEYS:
                return value
            if key in FREE_TEXT_KEYS:
                return ERASED
            return value if _TOKEN.match(value) else ERASED
        if isinstance(value, list):
            items = [one(key, v) for v in value]
            return ERASED if any(i == ERASED and v != ERASED for i, v in zip(items, value)) else items
        if isinstance(value, dict):
            return {k: one(k, v) for k, v in value.items()}
        return ERASED

    return {k: one(k, v) for k, v in detail.items()}


def address_digest(key: bytes, address: str) -> str:
    """The requester's address in a kept proof of verification: a keyed digest (the
    security token key) that confirms a given address without storing it."""
    address = address.strip().lower()
    if key:
        return "hmac-sha256:" + hmac.new(key, address.encode(), hashlib.sha256).hexdigest()
    return "sha256:" + hashlib.sha256(f"mailbot-proof:{address}".encode()).hexdigest()


def digest_for(settings: Settings) -> Callable[[str], str]:
    key = settings.security.token_key.get_secret_value().encode()
    return lambda address: address_digest(key, address)


# ---- loading ------------------------------------------------------------------------------

def case_views(s: Session, where: Any) -> list[CaseView]:
    """Views of the cases matching `where` (a condition on Case)."""
    cases = s.exec(select(Case).where(where).order_by(col(Case.id))).all()
    if not cases:
        return []
    ids = select(Case.id).where(where)
    inbound = {cid: (last, n) for cid, last, n in s.exec(
        select(InboundMessage.case_id, func.max(InboundMessage.received_at),
               func.count(col(InboundMessage.raw)))
        .where(col(InboundMessage.case_id).in_(ids)).group_by(col(InboundMessage.case_id))).all()}
    out_last = dict(s.exec(select(Outbox.case_id, func.max(Outbox.created_at))  # type: ignore[arg-type]
                           .where(col(Outbox.case_id).in_(ids)).group_by(col(Outbox.case_id))).all())
    out_raw = dict(s.exec(select(Outbox.case_id, func.count(col(Outbox.id)))  # type: ignore[arg-type]
                          .where(col(Outbox.case_id).in_(ids), col(Outbox.raw).is_not(None),
                                 col(Outbox.status).in_(FINAL_MAIL))
                          .group_by(col(Outbox.case_id))).all())
    ev_last = dict(s.exec(select(CaseEvent.case_id, func.max(CaseEvent.at))  # type: ignore[arg-type]
                          .where(col(CaseEvent.case_id).in_(ids),
                                 col(CaseEvent.kind).not_in(BOOKKEEPING))
                          .group_by(col(CaseEvent.case_id))).all())
    holds: dict[int, str] = {}
    for cid, kind in s.exec(select(CaseEvent.case_id, CaseEvent.kind).where(
            col(CaseEvent.case_id).in_(ids), col(CaseEvent.kind).in_((HOLD, RELEASE)))
            .order_by(col(CaseEvent.id))).all():
        holds[cid] = kind
    proofs = dict(s.exec(select(Verification.case_id, func.count(col(Verification.id)))  # type: ignore[arg-type]
                         .where(col(Verification.case_id).in_(ids))
                         .group_by(col(Verification.case_id))).all())
    personal: dict[int, int] = {}
    for q in (
        select(InboundMessage.case_id, func.count(col(InboundMessage.id))).where(
            col(InboundMessage.case_id).in_(ids), or_(
                col(InboundMessage.sender).is_not(None), col(InboundMessage.sender_name).is_not(None),
                col(InboundMessage.subject).is_not(None), col(InboundMessage.message_id).is_not(None)))
        .group_by(col(InboundMessage.case_id)),
        select(Outbox.case_id, func.count(col(Outbox.id))).where(
            col(Outbox.case_id).in_(ids), col(Outbox.status).in_(FINAL_MAIL),
            or_(col(Outbox.recipient).is_not(None), col(Outbox.last_error).is_not(None)))
        .group_by(col(Outbox.case_id)),
        select(Verification.case_id, func.count(col(Verification.id))).where(
            col(Verification.case_id).in_(ids), col(Verification.address).is_not(None))
        .group_by(col(Verification.case_id)),
    ):
        for cid, n in s.exec(q).all():  # type: ignore[call-overload]
            personal[cid] = personal.get(cid, 0) + int(n)
    last_event = dict(s.exec(select(CaseEvent.case_id, func.max(CaseEvent.id))  # type: ignore[arg-type]
                             .where(col(CaseEvent.case_id).in_(ids),
                                    col(CaseEvent.kind).not_in(BOOKKEEPING))
                             .group_by(col(CaseEvent.case_id))).all())
    last_minimised = dict(s.exec(select(CaseEvent.case_id, func.max(CaseEvent.id))  # type: ignore[arg-type]
                                 .where(col(CaseEvent.case_id).in_(ids), CaseEvent.kind == MINIMISED)
                                 .group_by(col(CaseEvent.case_id))).all())
    views = []
    for c in cases:
        assert c.id is not None
        last_in, raw_in = inbound.get(c.id, (None, 0))
        marks = [d for d in (last_in, out_last.get(c.id), ev_last.get(c.id)) if d is not None]
        views.append(CaseView(
            id=c.id, reference=c.reference, mailbox=c.mailbox, category=c.category, status=c.status,
            opened_at=c.opened_at, closed_at=c.closed_at, answered_at=c.answered_at,
            last_activity=max(marks) if marks else None, minimised_at=c.minimised_at,
            bodies=int(raw_in or 0) + int(out_raw.get(c.id, 0)), proofs=int(proofs.get(c.id, 0)),
            on_hold=holds.get(c.id) == HOLD,
            personal=personal.get(c.id, 0) + sum(1 for v in (c.requester, c.requester_name,
                                                             c.subject, c.outcome) if v is not None)
            + (1 if c.evidence else 0),
            events_since_minimised=(last_event.get(c.id) or 0) > (last_minimised.get(c.id) or 0)))
    return views


def loose_messages(s: Session, mailboxes: Sequence[str] | None = None) -> list[LooseMessage]:
    q = select(InboundMessage.id, InboundMessage.mailbox, InboundMessage.disposition,
               InboundMessage.received_at, InboundMessage.size).where(
        col(InboundMessage.case_id).is_(None))
    if mailboxes is not None:
        q = q.where(col(InboundMessage.mailbox).in_(mailboxes))
    return [LooseMessage(i or 0, mb, d, at, size or 0) for i, mb, d, at, size in s.exec(q).all()]


def loose_mails(s: Session, mailboxes: Sequence[str] | None = None) -> list[LooseMail]:
    q = select(Outbox.id, Outbox.mailbox, Outbox.kind, Outbox.created_at,
               func.length(col(Outbox.raw))).where(
        col(Outbox.case_id).is_(None), col(Outbox.raw).is_not(None),
        col(Outbox.status).in_(FINAL_MAIL))
    if mailboxes is not None:
        q = q.where(col(Outbox.mailbox).in_(mailboxes))
    return [LooseMail(i or 0, mb, k, at, int(n or 0)) for i, mb, k, at, n in s.exec(q).all()]


# ---- applying (inside the caller's transaction) -------------------------------------------------

def secure_delete(s: Session) -> None:
    """SQLite keeps deleted content in free pages until they are reused; with
    secure_delete it overwrites them with zeros. PostgreSQL: autovacuum reclaims."""
    if s.get_bind().dialect.name == "sqlite":
        s.connection().exec_driver_sql("PRAGMA secure_delete = ON")


def case_session(engine: Engine) -> Session:
    """A session for changing one case: on PostgreSQL one snapshot for the whole
    transaction (REPEATABLE READ), so a message that arrives meanwhile is neither
    planned for nor touched — it is left for a later run, and a conflicting write fails
    the case instead of half-applying it; SQLite's write lock serialises anyway."""
    s = Session(engine)
    if engine.dialect.name == "postgresql":
        s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    else:
        secure_delete(s)
    return s


def _ids(s: Session, q: Any) -> list[int]:
    return [i for i in s.exec(q).all() if i is not None]


def delete_bodies(s: Session, case: Case) -> tuple[int, int, int]:
    """Raw mail of the case in and (once sent or failed) out, set to NULL.
    Returns (messages, mails, bytes)."""
    inbound = _ids(s, select(InboundMessage.id).where(
        InboundMessage.case_id == case.id, col(InboundMessage.raw).is_not(None)))
    outbound = _ids(s, select(Outbox.id).where(
        Outbox.case_id == case.id, col(Outbox.raw).is_not(None), col(Outbox.status).in_(FINAL_MAIL)))
    size = 0
    if inbound:
        size += int(s.exec(select(func.coalesce(func.sum(func.length(col(InboundMessage.raw))), 0))
                           .where(col(InboundMessage.id).in_(inbound))).one())
        s.exec(update(InboundMessage).where(col(InboundMessage.id).in_(inbound))  # type: ignore[call-overload]
               .values(raw=None))
    if outbound:
        size += int(s.exec(select(func.coalesce(func.sum(func.length(col(Outbox.raw))), 0))
                           .where(col(Outbox.id).in_(outbound))).one())
        s.exec(update(Outbox).where(col(Outbox.id).in_(outbound)).values(raw=None))  # type: ignore[call-overload]
    return len(inbound), len(outbound), size


def redact_events(s: Session, events: Iterable[CaseEvent], digest: Callable[[str], str],
                  address: str | None = None, proof: bool = True) -> list[int]:
    """The one place event details change: personal values become "[erased]" (and an
    erased address in `actor` too). Kind, time and the event itself stay. Returns the
    ids of the events changed; the caller records that as an event."""
    changed = []
    for ev in events:
        new = redact(ev.kind, ev.detail or {}, digest, address, proof)
        actor = ERASED if address and ev.actor.lower() == address else ev.actor
        if new != (ev.detail or {}) or actor != ev.actor:
            s.exec(update(CaseEvent).where(col(CaseEvent.id) == ev.id)  # type: ignore[call-overload]
                   .values(detail=new, actor=actor))
            assert ev.id is not None
            changed.append(ev.id)
    return changed


def _redact_proof(proof: dict[str, Any] | None, digest: Callable[[str], str]) -> dict[str, Any] | None:
    if proof is None:
        return None
    out: dict[str, Any] = {}
    for key, value in proof.items():
        if key == "address" and isinstance(value, str):
            out[key] = value if value.startswith(("sha256:", "hmac-sha256:")) else digest(value)
        elif key in ("message_id", "at", "method") or not isinstance(value, str) or value == ERASED:
            out[key] = value
        else:  # `how` staff wrote, anything else
            out[key] = ERASED
    return out


def minimise_case(s: Session, case: Case, now: datetime, digest: Callable[[str], str], *,
                  actor: str = ACTOR, reason: str = "retention", profile: str = "",
                  address: str | None = None) -> dict[str, Any]:
    """Keep only the minimal record of a case. Returns what was done (also the detail
    of the `minimised` event it records)."""
    assert case.id is not None
    n_in, n_out, size = delete_bodies(s, case)
    messages = s.exec(select(InboundMessage).where(InboundMessage.case_id == case.id)).all()
    for m in messages:
        verdict = m.verdict
        if verdict is not None and (verdict.get("evidence") or []):
            verdict = {**verdict, "evidence": []}
        if (m.sender, m.sender_name, m.subject, m.message_id) != (None, None, None, None) \
                or verdict != m.verdict:
            s.exec(update(InboundMessage).where(col(InboundMessage.id) == m.id)  # type: ignore[call-overload]
                   .values(sender=None, sender_name=None, subject=None, message_id=None,
                           verdict=verdict))
    s.exec(update(Outbox).where(col(Outbox.case_id) == case.id,  # type: ignore[call-overload]
                                col(Outbox.status).in_(FINAL_MAIL))
           .values(recipient=None, last_error=None))
    for v in s.exec(select(Verification).where(Verification.case_id == case.id)).all():
        proof = _redact_proof(v.proof, digest)
        if v.address is not None or proof != v.proof:
            s.exec(update(Verification).where(col(Verification.id) == v.id)  # type: ignore[call-overload]
                   .values(address=None, proof=proof))
    events = s.exec(select(CaseEvent).where(CaseEvent.case_id == case.id)
                    .order_by(col(CaseEvent.id))).all()
    redacted = redact_events(s, events, digest, address)
    case.requester = case.requester_name = case.subject = case.outcome = None
    case.evidence = []
    case.minimised_at = now
    s.add(case)
    detail = {"reason": reason, "profile": profile, "messages_bodies": n_in, "mails_bodies": n_out,
              "bytes": size, "messages": len(messages), "events_redacted": redacted,
              "kept": "reference, category, rights, dates, status, proof of verification"}
    casework.event(s, case, MINIMISED, actor, detail, at=now)
    return detail


def remove_proof(s: Session, case: Case, now: datetime, digest: Callable[[str], str],
                 actor: str = ACTOR) -> int:
    """The proof period is over: the verification rows go, and the verified events
    keep only the method and time."""
    rows = _ids(s, select(Verification.id).where(Verification.case_id == case.id))
    if rows:
        s.exec(delete(Verification).where(col(Verification.id).in_(rows)))  # type: ignore[call-overload]
    events = s.exec(select(CaseEvent).where(CaseEvent.case_id == case.id,
                                            CaseEvent.kind == "verified")).all()
    redacted = redact_events(s, events, digest, proof=False)
    casework.event(s, case, PROOF_REMOVED, actor, {"verifications": len(rows),
                                                   "events_redacted": redacted}, at=now)
    return len(rows)


def delete_messages(s: Session, ids: Sequence[int]) -> int:
    """Delete inbound rows that belong to no case. One still referenced by an audit
    event or a suppression entry keeps its row but loses everything personal."""
    if not ids:
        return 0
    s.exec(update(InboundMessage).where(col(InboundMessage.duplicate_of).in_(ids))  # type: ignore[call-overload]
           .values(duplicate_of=None))
    pinned = set(_ids(s, select(CaseEvent.inbound_id).where(col(CaseEvent.inbound_id).in_(ids))))
    pinned |= set(_ids(s, select(Suppression.source_inbound_id).where(
        col(Suppression.source_inbound_id).in_(ids))))
    if pinned:
        s.exec(update(InboundMessage).where(col(InboundMessage.id).in_(pinned))  # type: ignore[call-overload]
               .values(raw=None, sender=None, sender_name=None, subject=None, message_id=None,
                       verdict=None, reason="erased by retention"))
    gone = [i for i in ids if i not in pinned]
    if gone:
        s.exec(delete(InboundMessage).where(col(InboundMessage.id).in_(gone)))  # type: ignore[call-overload]
    return len(ids)


def strip_mails(s: Session, ids: Sequence[int], recipient: bool = False) -> int:
    """Delete the bodies (and the error text, which may quote addresses) of sent mail."""
    if not ids:
        return 0
    values: dict[str, Any] = {"raw": None, "last_error": None}
    if recipient:
        values["recipient"] = None
    s.exec(update(Outbox).where(col(Outbox.id).in_(ids)).values(**values))  # type: ignore[call-overload]
    return len(ids)


# ---- the run ------------------------------------------------------------------------------

@dataclass
class Report:
    now: datetime
    dry_run: bool
    cases: list[CaseStep] = field(default_factory=list)
    messages: list[LooseMessage] = field(default_factory=list)
    mails: list[LooseMail] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    disabled: list[str] = field(default_factory=list)  # mailboxes only reported
    suppression_entries: int = 0
    bytes_freed: int = 0
    storage: str = ""

    @property
    def changes(self) -> int:
        return len(self.cases) + len(self.messages) + len(self.mails)

    def render(self, out: TextIO) -> None:
        verb = "would be done" if self.dry_run else "done"
        head = "Retention dry run" if self.dry_run else "Retention"
        out.write(f"{head} at {self.now:%Y-%m-%d %H:%M} UTC\n")
        for name in self.disabled:
            out.write(f"  mailbox {name}: retention disabled ([retention] enabled = false); "
                      "reported only\n")
        if not self.changes:
            out.write("Nothing is due.\n")
        if self.cases:
            out.write(f"\nCases ({len(self.cases)}), {verb}:\n")
            for c in self.cases:
                out.write(f"  {c.reference:<16} {c.category:<15} finished {c.since:%Y-%m-%d}: "
                          f"{c.describe()}\n")
        if self.messages:
            by: dict[str, int] = {}
            for m in self.messages:
                by[m.disposition] = by.get(m.disposition, 0) + 1
            parts = ", ".join(f"{n} {d}" for d, n in sorted(by.items()))
            out.write(f"\nMessages outside any case, deleted whole: {len(self.messages)} ({parts})\n")
            for m in self.messages[:50]:
                out.write(f"  #{m.id:<8} {m.disposition:<10} received {m.received_at:%Y-%m-%d}\n")
            if len(self.messages) > 50:
                out.write(f"  ... and {len(self.messages) - 50} more\n")
        if self.mails:
            out.write(f"\nStaff mail outside any case, body deleted: {len(self.mails)}\n")
            for o in self.mails[:50]:
                out.write(f"  outbox #{o.id:<8} {o.kind:<18} {o.created_at:%Y-%m-%d}\n")
        if self.kept:
            out.write("\nKept:\n")
            for line in self.kept:
                out.write(f"  {line}\n")
        out.write(f"\nSuppression list: {self.suppression_entries} entr"
                  f"{'y' if self.suppression_entries == 1 else 'ies'} kept — never removed by "
                  "retention, they keep unsubscribed addresses from being mailed again.\n")
        if self.bytes_freed:
            out.write(f"Message bodies {'to delete' if self.dry_run else 'deleted'}: "
                      f"{size_text(self.bytes_freed)}\n")
        if self.storage:
            out.write(self.storage + "\n")
        out.write("Copies outside the database (the IMAP folders Processed, Quarantine and Sent, "
                  "and backups) follow the mail server's and the backups' own retention.\n")
        for line in self.errors:
            out.write(f"ERROR: {line}\n")


def size_text(n: float) -> str:
    for unit in ("bytes", "KiB", "MiB"):
        if n < 1024 or unit == "MiB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    raise AssertionError("unreachable")


def profiles_of(settings: Settings) -> dict[str, Profile]:
    return {mb.name: Profile.from_settings(mb.retention) for mb in settings.mailboxes}


def apply_retention(settings: Settings, engine: Engine, now: datetime | None = None,
                    dry_run: bool = False) -> Report:
    """Plan everything due at `now` and, unless `dry_run`, apply it: each case in its
    own transaction (re-planned there on fresh rows), loose rows in batches."""
    now = now or utcnow()
    profiles = profiles_of(settings)
    digest = digest_for(settings)
    report = Report(now=now, dry_run=dry_run)
    report.disabled = [n for n, p in profiles.items() if not p.enabled]
    with Session(engine) as s:
        views = case_views(s, col(Case.id).is_not(None))
        messages = loose_messages(s)
        mails = loose_mails(s)
        report.suppression_entries = int(s.exec(select(func.count()).select_from(Suppression)).one())
    the_plan = plan(views, messages, mails, profiles, now)
    report.kept = list(the_plan.kept)
    if dry_run:
        report.cases, report.messages, report.mails = (
            list(the_plan.cases), list(the_plan.messages), list(the_plan.mails))
        report.bytes_freed = _planned_bytes(engine, the_plan)
        report.storage = storage_note(engine, dry_run=True)
        return report
    active = {n for n, p in profiles.items() if p.enabled}
    for step in the_plan.cases:
        if step.mailbox not in active:
            continue
        try:
            done = _apply_case(engine, step.case_id, profiles[step.mailbox], now, digest)
        except Exception as exc:  # one bad case does not stop the night's work
            log.exception("retention of case %s failed", step.reference)
            report.errors.append(f"{step.reference}: {type(exc).__name__}: {exc}")
            continue
        if done is not None:
            report.cases.append(done[0])
            report.bytes_freed += done[1]
    todo = [m for m in the_plan.messages if m.mailbox in active]
    for i in range(0, len(todo), BATCH):
        chunk = todo[i:i + BATCH]
        with Session(engine) as s:
            secure_delete(s)
            report.bytes_freed += int(s.exec(select(func.coalesce(func.sum(func.length(
                col(InboundMessage.raw))), 0)).where(
                col(InboundMessage.id).in_([m.id for m in chunk]))).one())
            delete_messages(s, [m.id for m in chunk])
            s.commit()
        report.messages.extend(chunk)
    strip = [o for o in the_plan.mails if o.mailbox in active]
    for i in range(0, len(strip), BATCH):
        chunk = strip[i:i + BATCH]
        with Session(engine) as s:
            secure_delete(s)
            strip_mails(s, [o.id for o in chunk])
            s.commit()
        report.mails.extend(chunk)
        report.bytes_freed += sum(o.size for o in chunk)
    vacuum_mb = min((mb.retention.sqlite_vacuum_mb for mb in settings.mailboxes
                     if mb.retention.sqlite_vacuum_mb), default=0)
    report.storage = reclaim(engine, vacuum_mb if report.changes else 0)
    return report


def _apply_case(engine: Engine, case_id: int, profile: Profile, now: datetime,
                digest: Callable[[str], str]) -> tuple[CaseStep, int] | None:
    with case_session(engine) as s:
        case = s.exec(select(Case).where(Case.id == case_id).with_for_update()).first()
        if case is None:
            return None
        (view,) = case_views(s, col(Case.id) == case_id)
        step = plan_case(view, profile, now)  # again, on the rows as they are now
        if step is None:
            s.rollback()
            return None
        size = 0
        if "minimise" in step.steps:
            size = int(minimise_case(s, case, now, digest, profile=profile.name)["bytes"])
        elif "bodies" in step.steps:
            n_in, n_out, size = delete_bodies(s, case)
            casework.event(s, case, BODIES_DELETED, ACTOR, {
                "profile": profile.name, "messages": n_in, "mails": n_out, "bytes": size}, at=now)
        if "proof" in step.steps:
            remove_proof(s, case, now, digest)
        s.commit()
        log.info("retention: case %s: %s", step.reference, ", ".join(step.steps))
        return step, size


def _planned_bytes(engine: Engine, the_plan: Plan) -> int:
    total = sum(o.size for o in the_plan.mails)
    with Session(engine) as s:
        ids = [m.id for m in the_plan.messages]
        case_ids = [c.case_id for c in the_plan.cases if "bodies" in c.steps]
        for i in range(0, len(ids), BATCH):
            total += int(s.exec(select(func.coalesce(func.sum(func.length(col(InboundMessage.raw))), 0))
                                .where(col(InboundMessage.id).in_(ids[i:i + BATCH]))).one())
        for i in range(0, len(case_ids), BATCH):
            chunk = case_ids[i:i + BATCH]
            total += int(s.exec(select(func.coalesce(func.sum(func.length(col(InboundMessage.raw))), 0))
                                .where(col(InboundMessage.case_id).in_(chunk))).one())
            total += int(s.exec(select(func.coalesce(func.sum(func.length(col(Outbox.raw))), 0))
                                .where(col(Outbox.case_id).in_(chunk),
                                       col(Outbox.status).in_(FINAL_MAIL))).one())
    return total


# ---- disk space ---------------------------------------------------------------------------

def _sqlite_pragma(engine: Engine, sql: str) -> Any:
    raw = engine.raw_connection()  # autocommit: the connection runs no implicit BEGIN
    try:
        cur = raw.cursor()
        cur.execute(sql)
        row = cur.fetchone()
        cur.close()
        return row
    finally:
        raw.close()


def storage_note(engine: Engine, dry_run: bool = False) -> str:
    if engine.dialect.name != "sqlite":
        return ("PostgreSQL: deleted rows and bodies are reclaimed by autovacuum; "
                "nothing to do by hand.")
    free = int(_sqlite_pragma(engine, "PRAGMA freelist_count")[0])
    page = int(_sqlite_pragma(engine, "PRAGMA page_size")[0])
    return (f"SQLite: {size_text(free * page)} free inside the file (reused for new mail; "
            "deleted content is overwritten with zeros)." if not dry_run else
            f"SQLite: {size_text(free * page)} free inside the file now.")


def reclaim(engine: Engine, vacuum_mb: int) -> str:
    """SQLite: deleted content was zeroed (secure_delete); checkpoint the WAL so no old
    page image stays in it, and VACUUM when a lot was freed (the file then shrinks; it
    holds the write lock meanwhile, which is why it waits for a big night).
    PostgreSQL: autovacuum reclaims the space."""
    if engine.dialect.name != "sqlite":
        return storage_note(engine)
    try:
        _sqlite_pragma(engine, "PRAGMA wal_checkpoint(TRUNCATE)")
        free = int(_sqlite_pragma(engine, "PRAGMA freelist_count")[0])
        page = int(_sqlite_pragma(engine, "PRAGMA page_size")[0])
        freed_mb = free * page / 1048576
        if vacuum_mb and freed_mb >= vacuum_mb:
            _sqlite_pragma(engine, "VACUUM")
            _sqlite_pragma(engine, "PRAGMA wal_checkpoint(TRUNCATE)")
            return f"SQLite: VACUUM returned {size_text(free * page)} to the file system."
        return (f"SQLite: {size_text(free * page)} free inside the file, reused for new mail (deleted "
                f"content is overwritten with zeros); VACUUM runs from {vacuum_mb} MiB."
                if vacuum_mb else
                f"SQLite: {size_text(free * page)} free inside the file (deleted content is overwritten "
                "with zeros); VACUUM is off (sqlite_vacuum_mb = 0).")
    except Exception as exc:  # busy readers: the next night catches up
        return f"SQLite: checkpoint/VACUUM postponed ({type(exc).__name__}: {exc})."


# ---- holds ----------------------------------------------------------------------------------

def hold(engine: Engine, reference: str, reason: str, actor: str, release: bool = False) -> Case | None:
    """Put a case under a retention hold (a dispute, a legal claim), or release it."""
    with Session(engine) as s:
        case = s.exec(select(Case).where(Case.reference == reference.upper())).first()
        if case is None:
            return None
        casework.event(s, case, RELEASE if release else HOLD, actor, {"reason": reason})
        s.commit()
        s.refresh(case)
        s.expunge(case)
        return case


# ---- entry points for the command line and the scheduler ------------------------------------------

def _engine(settings: Settings, out: TextIO) -> Engine | None:
    engine = make_engine(settings.database_url)
    try:
        require_migrated(engine)
    except NotMigrated as exc:
        out.write(f"mailbot: {exc}\n")
        engine.dispose()
        return None
    return engine


def retention_command(settings: Settings, dry_run: bool, out: TextIO) -> int:
    """`mailbot retention [--dry-run]`: 0 done, 1 some case failed, 78 not migrated."""
    engine = _engine(settings, out)
    if engine is None:
        return EX_CONFIG
    try:
        report = apply_retention(settings, engine, utcnow(), dry_run)
    finally:
        engine.dispose()
    report.render(out)
    return 1 if report.errors else 0


def retention_hold_command(settings: Settings, reference: str, reason: str, out: TextIO,
                           release: bool = False, actor: str | None = None) -> int:
    """`mailbot retention hold|release REFERENCE --reason ...`: 0 done, 1 refused, 2 no case."""
    if not release and not reason.strip():
        out.write("A hold needs a reason (the dispute or claim it is kept for).\n")
        return 1
    engine = _engine(settings, out)
    if engine is None:
        return EX_CONFIG
    from mailbot.staffcli import actor as cli_actor

    try:
        case = hold(engine, reference, reason.strip(), cli_actor(actor), release)
    finally:
        engine.dispose()
    if case is None:
        out.write(f"No case {reference}.\n")
        return 2
    out.write(f"{case.reference}: retention {'hold released' if release else 'hold placed'}"
              f"{'' if release else '; retention and erasure leave it alone until released'}.\n")
    return 0


def nightly_retention(settings: Settings, engine: Engine) -> int:
    """For the scheduler: apply what is due; returns the number of changes."""
    report = apply_retention(settings, engine, utcnow(), dry_run=False)
    if report.changes:
        log.info("retention: %d case(s), %d message(s) outside cases, %d staff mail(s); %s "
                 "of message bodies deleted", len(report.cases), len(report.messages),
                 len(report.mails), size_text(report.bytes_freed))
    for line in report.kept[:20]:
        log.info("retention: kept %s", line)
    if len(report.kept) > 20:
        log.info("retention: kept %d more; `mailbot retention --dry-run` lists them all",
                 len(report.kept) - 20)
    for line in report.errors:
        log.error("retention: %s", line)
    if report.storage:
        log.info("retention: %s", report.storage)
    return report.changes


__all__ = [
    "ERASED", "Plan", "Profile", "Report", "address_digest", "apply_retention", "case_views",
    "clock_start", "minimise_case", "nightly_retention", "plan", "plan_case", "redact",
    "retention_command", "retention_hold_command",
]

