"""`mailbot person export|erase ADDRESS`: what mailbot itself holds about one address.

Export answers an access request about the bot's own records: one zip file (a single
file to hand over or encrypt, written atomically, readable only by its owner) with
`person.json` — cases, messages, mails, verifications, suppression entries and the
audit trail of those cases — the original messages as .eml files, and a README.
A zip rather than a directory because it travels as one piece and is never seen
half-written.

Erase keeps only what a legal duty requires and says so: the minimal record of each
case (accountability for having handled the request), the proof of verification
(with the address as a keyed digest) until its period ends, and the suppression
entry, without which the address could be mailed the newsletter again. Everything
else about the address is deleted or replaced by "[erased]"; the audit trail keeps
its events and records the erasure as an event.

An address is matched in the address fields (requester, sender, recipient,
verification, suppression, event actors and details) and, for the listing of
"mentions", in the stored message text. Mentions inside other people's cases are
listed, not changed: they are those people's correspondence and follow their own
case's retention.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import getaddresses
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Engine, String, cast, false, func, or_, update
from sqlmodel import Session, col, select

from mailbot import casework, retention
from mailbot.config import Settings
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

FORMAT = "mailbot-person-export/1"
QUEUED = ("pending", "sending", "accepted")
EX_CONFIG = 78


class AddressError(ValueError):
    pass


def normalise(address: str) -> str:
    """One address, lower-cased as mailbot stores it; a display name is allowed."""
    found = getaddresses([address.strip()])
    addr = found[0][1].strip().lower() if len(found) == 1 else ""
    local, _, domain = addr.rpartition("@")
    if not local or "." not in domain or any(c in addr for c in " \r\n,;<>\"'"):
        raise AddressError(f"{address!r} is not one e-mail address")
    return addr


# ---- what is held ---------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Mention:
    """A stored message or mail of someone else whose text contains the address."""

    table: str  # "message" or "mail"
    id: int
    case_id: int | None
    reference: str | None
    disposition: str  # of a message; the kind of a mail


@dataclass
class Holdings:
    address: str
    cases: list[Case] = field(default_factory=list)
    messages: list[InboundMessage] = field(default_factory=list)  # theirs, and their cases'
    mails: list[Outbox] = field(default_factory=list)  # to them, and in their cases
    verifications: list[Verification] = field(default_factory=list)
    suppression: list[Suppression] = field(default_factory=list)
    hooks: list[HookJob] = field(default_factory=list)
    events: list[CaseEvent] = field(default_factory=list)  # their cases' audit trail
    other_events: list[CaseEvent] = field(default_factory=list)  # other cases naming them
    mentions: list[Mention] = field(default_factory=list)

    @property
    def case_ids(self) -> set[int]:
        return {c.id for c in self.cases if c.id is not None}

    @property
    def empty(self) -> bool:
        return not (self.cases or self.messages or self.mails or self.verifications
                    or self.suppression or self.other_events or self.mentions)


def _raw_contains(s: Session, column: Any, address: str) -> Any:
    if s.get_bind().dialect.name == "postgresql":
        return func.strpos(func.lower(func.encode(column, "escape")), address) > 0
    return func.instr(func.lower(cast(column, String)), address) > 0


def _names(text: str, address: str) -> bool:
    return address in text.lower()


def gather(s: Session, address: str, digests: Iterable[str]) -> Holdings:
    """Everything in the database about `address` (already normalised)."""
    h = Holdings(address)
    digests = [d for d in digests if d]
    case_ids = set(s.exec(select(Case.id).where(func.lower(Case.requester) == address)).all())
    case_ids |= set(s.exec(select(Verification.case_id).where(
        func.lower(Verification.address) == address)).all())
    h.suppression = list(s.exec(select(Suppression).where(
        func.lower(Suppression.address) == address).order_by(col(Suppression.id))).all())
    case_ids |= {x.case_id for x in h.suppression if x.case_id is not None}
    for d in digests:  # minimised cases: the proof of verification names them by digest
        case_ids |= set(s.exec(select(Verification.case_id).where(
            cast(Verification.proof, String).like(f"%{d}%"))).all())
        case_ids |= set(s.exec(select(CaseEvent.case_id).where(
            CaseEvent.kind == "verified", cast(CaseEvent.detail, String).like(f"%{d}%"))).all())
    case_ids.discard(None)  # type: ignore[arg-type]
    ids = sorted(i for i in case_ids if i is not None)
    if ids:
        h.cases = list(s.exec(select(Case).where(col(Case.id).in_(ids)).order_by(col(Case.id))).all())
        h.events = list(s.exec(select(CaseEvent).where(col(CaseEvent.case_id).in_(ids))
                               .order_by(col(CaseEvent.id))).all())
        h.verifications = list(s.exec(select(Verification).where(
            or_(col(Verification.case_id).in_(ids), func.lower(Verification.address) == address))
            .order_by(col(Verification.id))).all())
    in_cases = col(InboundMessage.case_id).in_(ids) if ids else false()
    h.messages = list(s.exec(select(InboundMessage).where(
        or_(func.lower(InboundMessage.sender) == address, in_cases))
        .order_by(col(InboundMessage.id))).all())
    out_cases = col(Outbox.case_id).in_(ids) if ids else false()
    h.mails = list(s.exec(select(Outbox).where(or_(func.lower(Outbox.recipient) == address, out_cases))
                          .order_by(col(Outbox.id))).all())
    sup_ids = [x.id for x in h.suppression if x.id is not None]
    if sup_ids:
        h.hooks = list(s.exec(select(HookJob).where(col(HookJob.suppression_id).in_(sup_ids))).all())
    pattern = f"%{address}%"
    candidates = s.exec(select(CaseEvent).where(
        or_(func.lower(CaseEvent.actor) == address,
            func.lower(cast(CaseEvent.detail, String)).like(pattern)))
        .order_by(col(CaseEvent.id))).all()
    h.other_events = [e for e in candidates if e.case_id not in case_ids and (
        e.actor.lower() == address or _names(json.dumps(e.detail, ensure_ascii=False), address))]
    seen_in = {m.id for m in h.messages}
    seen_out = {o.id for o in h.mails}
    found: list[tuple[str, int, int | None, str]] = []
    for mid, cid, disp in s.exec(select(InboundMessage.id, InboundMessage.case_id,
                                        InboundMessage.disposition).where(
            col(InboundMessage.raw).is_not(None),
            _raw_contains(s, col(InboundMessage.raw), address))).all():
        if mid not in seen_in:
            found.append(("message", mid or 0, cid, disp))
    for oid, cid, kind in s.exec(select(Outbox.id, Outbox.case_id, Outbox.kind).where(
            col(Outbox.raw).is_not(None), _raw_contains(s, col(Outbox.raw), address))).all():
        if oid not in seen_out:
            found.append(("mail", oid or 0, cid, kind))
    others = {cid for _, _, cid, _ in found if cid is not None}
    refs: dict[int, str] = {}
    if others:
        refs = {i: r for i, r in s.exec(select(Case.id, Case.reference).where(
            col(Case.id).in_(sorted(others)))).all() if i is not None}
    h.mentions = [Mention(t, i, cid, refs.get(cid) if cid is not None else None, what)
                  for t, i, cid, what in found]
    return h


def _digests(settings: Settings, address: str) -> list[str]:
    key = settings.security.token_key.get_secret_value().encode()
    return list(dict.fromkeys([retention.address_digest(key, address),
                               retention.address_digest(b"", address)]))


# ---- export ---------------------------------------------------------------------------

def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _case_json(c: Case, view: retention.CaseView | None, settings: Settings,
               events: list[CaseEvent], messages: list[int], mails: list[int]) -> dict[str, Any]:
    out: dict[str, Any] = {k: _iso(getattr(c, k)) for k in (
        "reference", "organisation", "mailbox", "category", "status", "language", "requester",
        "requester_name", "subject", "intents", "rights", "breach", "needs_review", "evidence",
        "opened_at", "due_at", "legal_due_at", "answered_at", "closed_at", "extended_until",
        "breach_due_at", "verified_at", "verification_method", "assigned_to", "outcome",
        "minimised_at")}
    out["messages"], out["mails"] = messages, mails
    out["audit_trail"] = [{"id": e.id, "at": _iso(e.at), "kind": e.kind, "actor": e.actor,
                           "detail": e.detail, "message": e.inbound_id, "mail": e.outbox_id}
                          for e in events]
    try:
        p = retention.Profile.from_settings(settings.mailbox(c.mailbox).retention)
    except KeyError:
        return out
    start = retention.clock_start(view) if view is not None else None
    if view is not None and view.on_hold:
        out["retention"] = {"profile": p.name, "kept_while": "the case is under a retention hold"}
    elif start is None:
        out["retention"] = {"profile": p.name, "kept_while": "the case is open"}
    else:
        out["retention"] = {
            "profile": p.name, "clock_started": start.isoformat(),
            "bodies_deleted_from": (start + p.keep).date().isoformat(),
            "minimised_from": (start + p.minimise).date().isoformat(),
            "proof_of_verification_removed_from":
                retention.add_years(start, p.proof_years).date().isoformat()}
    return out


def _message_json(m: InboundMessage, file: str | None) -> dict[str, Any]:
    return {"id": m.id, "mailbox": m.mailbox, "case": m.case_id, "received_at": _iso(m.received_at),
            "sender": m.sender, "sender_name": m.sender_name, "subject": m.subject,
            "message_id": m.message_id, "disposition": m.disposition, "reason": m.reason,
            "classification": m.verdict, "size": m.size, "filed_in": m.filed_folder,
            "stored": m.raw is not None, "file": file}


def _mail_json(o: Outbox, file: str | None) -> dict[str, Any]:
    return {"id": o.id, "mailbox": o.mailbox, "case": o.case_id, "kind": o.kind,
            "automatic": o.automatic, "recipient": o.recipient, "message_id": o.message_id,
            "status": o.status, "created_at": _iso(o.created_at), "sent_at": _iso(o.sent_at),
            "last_error": o.last_error, "stored": o.raw is not None, "file": file}


README = """What mailbot holds about {address}
Generated {generated} (UTC) for an access request (GDPR Art. 15).

person.json   everything mailbot's database holds about this address:
  cases          each case with its details, its retention dates and its audit trail
                 (every event: when, what, who). The audit trail is append-only: events are
                 never changed or removed, except that retention and erasure replace personal
                 details inside them with "[erased]" — and that is itself an event.
  messages       messages received from this address or in these cases; "file" names the
                 original below ("stored": false: the body was already deleted by retention)
  mails          mails mailbot sent to this address or about these cases
  verifications  identity checks (the one-time code itself is never stored; its hash is left
                 out here)
  suppression    the newsletter unsubscribe entry; it is kept for as long as we must not mail
                 this address again
  other_events   events in other cases that name this address
  mentions       stored messages of other people that contain this address: listed for
                 review, not included (they hold other people's data)
messages/      the original messages: in-<id>.eml received, out-<id>.eml sent

Before sending this to the requester: check their identity, and review internal notes and
third parties' data (GDPR Art. 15(4)).
Copies outside mailbot's database (the mailbox folders, backups) are not in this export.
"""


def export(engine: Engine, settings: Settings, address: str, dest: Path, actor: str) -> tuple[Path, Holdings]:
    """Write the zip; record an `exported` event on each of the person's cases."""
    now = utcnow()
    with Session(engine, expire_on_commit=False) as s:
        h = gather(s, address, _digests(settings, address))
        target = _target(dest, address, now)
        files: dict[str, bytes] = {}
        messages = []
        for m in h.messages:
            name = f"messages/in-{m.id:06d}.eml" if m.raw is not None else None
            if name:
                files[name] = m.raw or b""
            messages.append(_message_json(m, name))
        mails = []
        for o in h.mails:
            name = f"messages/out-{o.id:06d}.eml" if o.raw is not None else None
            if name:
                files[name] = o.raw or b""
            mails.append(_mail_json(o, name))
        views = {v.id: v for v in retention.case_views(s, col(Case.id).in_(sorted(h.case_ids)))} \
            if h.cases else {}
        cases = [_case_json(c, views.get(c.id or 0), settings,
                            [e for e in h.events if e.case_id == c.id],
                            [m.id for m in h.messages if m.case_id == c.id and m.id is not None],
                            [o.id for o in h.mails if o.case_id == c.id and o.id is not None],)
                 for c in h.cases]
        refs = {c.id: c.reference for c in h.cases}
        hook = {j.suppression_id: j for j in h.hooks}
        doc = {
            "format": FORMAT,
            "address": address,
            "generated_at": now.isoformat(),
            "cases": cases,
            "messages": messages,
            "mails": mails,
            "verifications": [{
                "case": refs.get(v.case_id, v.case_id), "address": v.address,
                "created_at": _iso(v.created_at), "expires_at": _iso(v.expires_at),
                "used_at": _iso(v.used_at), "proof": v.proof,
                "verification_mail": v.message_id} for v in h.verifications],
            "suppression": [{
                "organisation": x.organisation, "address": x.address, "since": _iso(x.at),
                "case": refs.get(x.case_id, x.case_id), "message": x.source_inbound_id,
                "newsletter_system_told": (hook[x.id].status if x.id in hook else None),
                "kept": "for as long as this address must not be mailed the newsletter again"}
                for x in h.suppression],
            "other_events": [{"id": e.id, "case": e.case_id, "at": _iso(e.at), "kind": e.kind,
                              "actor": e.actor, "detail": e.detail} for e in h.other_events],
            "mentions": [{"table": m.table, "id": m.id, "case": m.reference,
                          "what": m.disposition} for m in h.mentions],
            "notes": {
                "audit_trail": "append-only; personal details inside events are replaced by "
                               "\"[erased]\" by retention and erasure, which are events themselves",
                "not_included": "copies outside mailbot's database: the mailbox folders "
                                "(Processed, Quarantine, Sent) and backups",
            },
        }
        _write_zip(target, doc, files, README.format(address=address, generated=now.strftime(
            "%Y-%m-%d %H:%M")))
        for c in h.cases:
            casework.event(s, c, retention.EXPORTED, actor, {
                "messages": len([m for m in h.messages if m.case_id == c.id]),
                "mails": len([o for o in h.mails if o.case_id == c.id])}, at=now)
        s.commit()
    return target, h


def _target(dest: Path, address: str, now: datetime) -> Path:
    slug = re.sub(r"[^a-z0-9]+", "_", address).strip("_")[:60]
    if dest.is_dir():
        dest = dest / f"mailbot-person-{slug}-{now:%Y%m%d-%H%M%S}.zip"
    elif dest.suffix.lower() != ".zip":
        raise FileNotFoundError(f"{dest}: give an existing directory or a path ending in .zip")
    if dest.exists():
        raise FileExistsError(f"{dest} exists; not overwriting it")
    if not dest.parent.is_dir():
        raise FileNotFoundError(f"{dest.parent} is not a directory")
    return dest


def _write_zip(target: Path, doc: dict[str, Any], files: dict[str, bytes], readme: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".mailbot-export-", suffix=".zip", dir=target.parent)
    try:
        os.fchmod(fd, 0o600)  # personal data: the owner only
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("README.txt", readme)
            z.writestr("person.json", json.dumps(doc, ensure_ascii=False, indent=2, default=str))
            for name, data in files.items():
                z.writestr(name, data)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


# ---- erase ----------------------------------------------------------------------------

@dataclass
class Erasure:
    """What erasing an address does, worked out before anything changes."""

    holdings: Holdings
    open_cases: list[Case] = field(default_factory=list)
    queued: list[Outbox] = field(default_factory=list)
    held: list[Case] = field(default_factory=list)
    minimise: list[Case] = field(default_factory=list)
    done_before: list[Case] = field(default_factory=list)  # minimised already, nothing left
    loose_messages: list[int] = field(default_factory=list)  # deleted whole
    other_messages: list[InboundMessage] = field(default_factory=list)  # in others' cases
    other_mails: list[Outbox] = field(default_factory=list)
    loose_mentions: list[Mention] = field(default_factory=list)  # noise, duplicates, staff mail
    case_mentions: list[Mention] = field(default_factory=list)  # left alone, listed
    proof_until: dict[str, datetime] = field(default_factory=dict)

    @property
    def blocked(self) -> bool:
        return bool(self.open_cases or self.queued)

    @property
    def nothing_to_do(self) -> bool:
        return not (self.minimise or self.loose_messages or self.other_messages or self.other_mails
                    or self.loose_mentions or self.holdings.other_events)


def plan_erasure(s: Session, settings: Settings, address: str) -> Erasure:
    h = gather(s, address, _digests(settings, address))
    e = Erasure(h)
    ids = h.case_ids
    views = {v.id: v for v in retention.case_views(s, col(Case.id).in_(sorted(ids)))} if ids else {}
    for c in h.cases:
        v = views[c.id or 0]
        if c.status not in retention.FINISHED_STATES:
            e.open_cases.append(c)
        elif v.on_hold:
            e.held.append(c)
        elif not v.minimised or v.bodies:
            e.minimise.append(c)
        else:
            e.done_before.append(c)
        start = retention.clock_start(v) or utcnow()
        if v.proofs:
            try:
                years = settings.mailbox(c.mailbox).retention.proof_of_verification_years or 0
            except KeyError:
                years = 0
            e.proof_until[c.reference] = retention.add_years(start, years)
    e.queued = [o for o in h.mails if o.status in QUEUED
                and (o.recipient or "").lower() == address]
    e.loose_messages = [m.id for m in h.messages if m.case_id is None and m.id is not None]
    e.other_messages = [m for m in h.messages if m.case_id is not None and m.case_id not in ids]
    e.other_mails = [o for o in h.mails if o.case_id not in ids and o.status not in QUEUED]
    for m in h.mentions:
        if m.case_id is None and (m.table == "mail" or m.disposition in ("noise", "duplicate")):
            e.loose_mentions.append(m)
        elif m.case_id not in ids:
            e.case_mentions.append(m)
    return e


def _describe(e: Erasure, settings: Settings, out: TextIO, done: bool) -> None:
    h = e.holdings
    will = "Erased" if done else "Would erase"
    lines: list[str] = []
    out.write(f"{h.address}: {len(h.cases)} case(s), {len(h.messages)} message(s), {len(h.mails)} "
              f"mail(s), {len(h.verifications)} verification(s), {len(h.suppression)} unsubscribe "
              f"entr{'y' if len(h.suppression) == 1 else 'ies'}\n")
    if e.minimise:
        n_msg = len([m for m in h.messages if m.case_id in {c.id for c in e.minimise}])
        lines.append(f"{len(e.minimise)} case(s) minimised ({', '.join(c.reference for c in e.minimise)}): "
                     f"the bodies of their {n_msg} message(s) and their mails deleted; the address, "
                     "name, subjects, outcome note and classifier evidence erased; notes and other "
                     "free text in the audit trail replaced by [erased]")
    n_loose = len(e.loose_messages) + len([m for m in e.loose_mentions if m.table == "message"])
    if n_loose:
        lines.append(f"{n_loose} message(s) outside any case (noise, duplicates, quarantine, bounces "
                     "naming the address) deleted whole")
    n_staff = len([m for m in e.loose_mentions if m.table == "mail"])
    if n_staff:
        lines.append(f"the body of {n_staff} staff mail(s) outside any case (digests) naming the "
                     "address deleted")
    if e.other_messages or e.other_mails:
        lines.append(f"in other people's cases: {len(e.other_messages)} message(s) from and "
                     f"{len(e.other_mails)} mail(s) to this address lose their body and the address")
    if h.other_events:
        lines.append(f"the address in {len(h.other_events)} event(s) of other cases replaced by [erased]")
    out.write(f"{will}:\n")
    for line in lines or ["nothing left (erased before)"]:
        out.write(f"  - {line}\n")
    out.write("Kept, because the law requires it:\n")
    kept_cases = e.minimise + e.done_before
    if kept_cases:
        out.write(f"  - the minimal record of {', '.join(c.reference for c in kept_cases)} "
                  "(reference, category, rights, dates, outcome, who handled it) and its audit trail: "
                  "proof that the request was handled (GDPR Art. 5(2), 17(3)(b) and (e))\n")
    for ref, until in e.proof_until.items():
        if ref in {c.reference for c in e.held}:
            continue
        out.write(f"  - the proof of verification of {ref} (method, time, the address only as a "
                  f"keyed digest) until {until:%Y-%m-%d}, the period in the privacy statement\n")
    for x in h.suppression:
        out.write(f"  - the unsubscribe entry for {x.organisation} (since {x.at:%Y-%m-%d}): without it "
                  "the address could be mailed the newsletter again (GDPR Art. 21(3)); it is never "
                  "removed by retention\n")
    for c in e.held:
        out.write(f"  - {c.reference} unchanged: it is under a retention hold (a dispute or legal "
                  "claim); erase again after `retention release`\n")
    if e.case_mentions:
        out.write("Not changed (other people's correspondence, or not handled yet; review by hand):\n")
        for m in e.case_mentions:
            where = f"in case {m.reference}" if m.reference else f"({m.disposition})"
            out.write(f"  - {m.table} #{m.id} {where} mentions the address in its text\n")
    out.write("Copies outside the database (the mailbox folders Processed, Quarantine and Sent, "
              "and backups) are not touched by mailbot: delete them there.\n")


def erase(engine: Engine, settings: Settings, e: Erasure, actor: str) -> None:
    """Apply a planned erasure: each case in its own transaction, then the rest."""
    address = e.holdings.address
    digest = retention.digest_for(settings)
    now = utcnow()
    for c in e.minimise:
        with retention.case_session(engine) as s:
            case = s.exec(select(Case).where(Case.id == c.id).with_for_update()).one()
            profile = settings.mailbox(case.mailbox).retention.profile \
                if case.mailbox in {m.name for m in settings.mailboxes} else ""
            retention.minimise_case(s, case, now, digest, actor=actor, reason="erasure request",
                                    profile=profile, address=address)
            s.commit()
    with Session(engine) as s:
        retention.secure_delete(s)
        loose = e.loose_messages + [m.id for m in e.loose_mentions if m.table == "message"]
        retention.delete_messages(s, loose)
        retention.strip_mails(s, [m.id for m in e.loose_mentions if m.table == "mail"])
        touched: dict[int, dict[str, Any]] = {}
        for m in e.other_messages:
            s.exec(update(InboundMessage).where(col(InboundMessage.id) == m.id)  # type: ignore[call-overload]
                   .values(raw=None, sender=None, sender_name=None, subject=None, message_id=None))
            touched.setdefault(m.case_id or 0, {}).setdefault("messages", []).append(m.id or 0)
        for o in e.other_mails:
            retention.strip_mails(s, [o.id or 0], recipient=True)
            if o.case_id is not None:
                touched.setdefault(o.case_id, {}).setdefault("mails", []).append(o.id or 0)
        changed = retention.redact_events(s, e.holdings.other_events, digest, address)
        for ev in e.holdings.other_events:
            if ev.id in changed:
                touched.setdefault(ev.case_id, {}).setdefault("events_redacted", []).append(ev.id or 0)
        for case in s.exec(select(Case).where(func.lower(Case.assigned_to) == address)).all():
            case.assigned_to = None
            s.add(case)
            touched.setdefault(case.id or 0, {})["assignment_removed"] = True
        for case_id, what in touched.items():
            case = s.get(Case, case_id)
            if case is not None:
                casework.event(s, case, retention.ERASED_EVENT, actor,
                               {"reason": "erasure request of another person", **what}, at=now)
        s.commit()
    retention.reclaim(engine, 0)


# ---- entry points for the command line ---------------------------------------------------------

def _open(settings: Settings, out: TextIO) -> Engine | None:
    return retention._engine(settings, out)


def _actor(actor: str | None) -> str:
    from mailbot.staffcli import actor as cli_actor

    return cli_actor(actor)


def person_export_command(settings: Settings, address: str, dest: Path, out: TextIO,
                          actor: str | None = None) -> int:
    """`mailbot person export ADDRESS DEST`: 0 written, 1 refused, 78 not migrated."""
    try:
        addr = normalise(address)
    except AddressError as exc:
        out.write(f"Not exported: {exc}.\n")
        return 1
    engine = _open(settings, out)
    if engine is None:
        return EX_CONFIG
    try:
        target, h = export(engine, settings, addr, Path(dest), _actor(actor))
    except (FileExistsError, FileNotFoundError) as exc:
        out.write(f"Not exported: {exc}.\n")
        return 1
    finally:
        engine.dispose()
    if h.empty:
        out.write(f"mailbot holds nothing about {addr}; the export says so: {target}\n")
        return 0
    out.write(f"Wrote {target} (readable only by you):\n"
              f"  {len(h.cases)} case(s), {len(h.messages)} message(s), {len(h.mails)} mail(s), "
              f"{len(h.verifications)} verification(s), {len(h.suppression)} suppression entr"
              f"{'y' if len(h.suppression) == 1 else 'ies'}, {len(h.events)} audit event(s)\n")
    if h.mentions:
        out.write(f"  {len(h.mentions)} stored message(s) of others mention the address: listed "
                  "under \"mentions\" for review, not included\n")
    out.write("Check the requester's identity and review notes and third parties' data before "
              "sending it. The export is recorded in each case's audit trail.\n")
    return 0


def person_erase_command(settings: Settings, address: str, out: TextIO, yes: bool,
                         actor: str | None = None) -> int:
    """`mailbot person erase ADDRESS [--yes]`: without --yes it only shows what would
    happen (exit 1); 0 erased or nothing held, 1 refused, 78 not migrated."""
    try:
        addr = normalise(address)
    except AddressError as exc:
        out.write(f"Not erased: {exc}.\n")
        return 1
    engine = _open(settings, out)
    if engine is None:
        return EX_CONFIG
    try:
        with Session(engine, expire_on_commit=False) as s:
            e = plan_erasure(s, settings, addr)
            s.expunge_all()  # plain values from here on; nothing was written
        if e.holdings.empty:
            out.write(f"mailbot holds nothing about {addr}.\n")
            return 0
        if e.blocked:
            out.write(f"Not erased: {addr}\n")
            for c in e.open_cases:
                out.write(f"  - case {c.reference} is still {c.status}. Answer it first: resolve or "
                          f"refuse it (`mailbot cases resolve {c.reference} --note ...`), which tells "
                          "the requester; then run this again.\n")
            for o in e.queued:
                out.write(f"  - a mail to the address is still queued (outbox #{o.id}, {o.kind}); let "
                          "the running service send it, then run this again.\n")
            return 1
        if e.nothing_to_do:
            _describe(e, settings, out, done=True)
            return 0
        if not yes:
            _describe(e, settings, out, done=False)
            out.write("Nothing was changed. Re-run with --yes to erase.\n")
            return 1
        erase(engine, settings, e, _actor(actor))
        _describe(e, settings, out, done=True)
        out.write("Each change is recorded in the audit trail of the cases concerned.\n")
        return 0
    finally:
        engine.dispose()


__all__ = ["Erasure", "Holdings", "export", "gather", "normalise", "person_erase_command",
           "person_export_command", "plan_erasure"]

