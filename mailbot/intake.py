"""One message in, one recorded outcome out: parse -> classify -> decide -> store.

The per-message boundary: whatever goes wrong with the message itself (a parser bug, a
template error) ends as a quarantined row with the reason, never as lost mail. Database
outages are not the message's fault: they propagate so the watcher retries later.
"""

from __future__ import annotations

import enum
import logging
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import getaddresses, parseaddr

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from mailbot import faults, metrics
from mailbot.calendar import OfficeCalendar, due_at
from mailbot.classify import Classifier
from mailbot.config import MailboxSettings, Settings
from mailbot.model import Category, Decision, Disposition, Inbound, RawMail, Verdict
from mailbot.directory import CustomerDirectory
from mailbot.ladder import parse_staff_address, parse_staff_command, token_ok
from mailbot.mailer import CaseMailer
from mailbot.parse import parse
from mailbot.policy import Context, History, StaffTarget, decide, reply_address
from mailbot.render import Renderer
from mailbot.staffmail import make_executor
from mailbot.store import records

log = logging.getLogger(__name__)


class Folder(enum.StrEnum):
    PROCESSED = "processed"
    QUARANTINE = "quarantine"


FOLDER_OF = {
    Disposition.CASE: Folder.PROCESSED,
    Disposition.FOLLOW_UP: Folder.PROCESSED,
    Disposition.NOISE: Folder.PROCESSED,
    Disposition.DUPLICATE: Folder.PROCESSED,
    Disposition.STAFF: Folder.PROCESSED,
    Disposition.QUARANTINE: Folder.QUARANTINE,
}


@dataclass(frozen=True, slots=True)
class Outcome:
    folder: Folder
    disposition: Disposition
    reference: str | None
    reply_queued: bool
    category: str | None = None  # the verdict's, when the message could be classified


class Intake:
    """Handles messages of one mailbox; pure stages plus the one store transaction."""

    def __init__(self, settings: Settings, mailbox: MailboxSettings, engine: Engine,
                 classifier: Classifier, renderer: Renderer) -> None:
        self.settings = settings
        self.mailbox = mailbox
        self.engine = engine
        self.classifier = classifier
        org = mailbox.organisation
        self.calendar = OfficeCalendar(mailbox.calendar, org.timezone)
        give_up = timedelta(hours=settings.smtp.give_up_hours)
        self.token_key = settings.security.token_key.get_secret_value().encode()
        self.mailer = CaseMailer(mailbox, renderer, self.token_key)
        self.directory = CustomerDirectory(mailbox.verification, engine)
        self.ctx = Context(
            own_addresses=org.all_own_addresses, staff_addresses=mailbox.staff.everyone,
            replies=settings.replies, verify_rights=frozenset(mailbox.verification.rights),
            deadline=self._deadline)
        self.env = records.Env(
            mailbox=mailbox, mailer=self.mailer, give_up_after=give_up,
            window_days=settings.replies.same_kind_window_days,
            hooks=bool(mailbox.unsubscribe.hook_command or mailbox.unsubscribe.hook_url),
            staff_exec=make_executor(self.mailer, give_up))
        prefix = re.escape(org.reference_prefix)
        self._ref_re = re.compile(rf"\b({prefix}-\d{{4}}-\d{{4,}})\b", re.IGNORECASE)
        self.last_handled: datetime | None = None

    def handle(self, raw: RawMail) -> Outcome:
        started = time.monotonic()
        outcome = self._handle(raw)
        self.last_handled = datetime.now(UTC)
        metrics.message_handled(self.mailbox.name, outcome.disposition.value, outcome.category,
                                time.monotonic() - started)
        return outcome

    def _handle(self, raw: RawMail) -> Outcome:
        if raw.truncated:
            return self._quarantine(
                raw, f"message is {raw.size} bytes, over imap.max_message_bytes = "
                     f"{self.mailbox.imap.max_message_bytes}; only its headers were read")
        try:
            inbound = parse(raw.data)
            verdict = self.classifier.classify(inbound)
            return self._record(raw, inbound, verdict)
        except (OperationalError, DBAPIError):
            raise
        except Exception as exc:  # the per-message boundary: shunt, don't drop
            log.exception("message uid=%s could not be handled; quarantined", raw.uid)
            return self._quarantine(raw, f"{type(exc).__name__}: {exc}")

    def reference_in(self, subject: str) -> str | None:
        match = self._ref_re.search(subject)
        return match.group(1).upper() if match else None

    def lookup(self, inbound: Inbound, verdict: Verdict) -> tuple[records.Lookup, StaffTarget | None]:
        """What the store must look up for this message (pure, from the message)."""
        subject_ref = self.reference_in(inbound.subject)
        staff = None
        for addr in _recipients(inbound):
            parsed = parse_staff_address(addr)
            if parsed and _same_mailbox(addr, self.mailbox.organisation.address):
                ref, token = parsed
                ok = bool(self.token_key) and token_ok(self.token_key, ref, token)
                staff = StaffTarget(ref, ok, parse_staff_command(inbound.text))
                break
        thread = tuple(x for x in (inbound.in_reply_to, *inbound.references) if x)
        look = records.Lookup(
            reply_to=reply_address(inbound), reply_kind=f"ack_{verdict.category.value}",
            subject_reference=subject_ref, staff_reference=staff.reference if staff else None,
            codes=tuple(dict.fromkeys(_CODE_RE.findall(inbound.subject + "\n" + inbound.text))),
            thread_ids=thread)
        return look, staff

    def _record(self, raw: RawMail, inbound: Inbound, verdict: Verdict) -> Outcome:
        received = _received_at(raw, inbound)
        look, staff = self.lookup(inbound, verdict)
        needs_directory = bool(self.ctx.verify_rights & {r.value for r in verdict.rights})
        known = needs_directory and self.directory.knows(inbound.sender)

        def _decide(history: History) -> Decision:
            return decide(inbound, verdict, history, received_at=received, ctx=self.ctx,
                          staff=staff if verdict.category is not Category.NOISE else None,
                          known_customer=known)

        faults.point("before_commit")
        rec = records.record_message(self.engine, raw=raw, inbound=inbound, verdict=verdict,
                                     received_at=received, look=look, decide=_decide, env=self.env)
        faults.point("after_commit")
        if rec.reference:
            log.info("%s %s (%s) from uid=%s; %d mail(s) queued", rec.disposition.value,
                     rec.reference, verdict.category.value, raw.uid, rec.mail_queued)
        else:
            log.info("uid=%s recorded as %s", raw.uid, rec.disposition.value)
        return Outcome(FOLDER_OF[rec.disposition], rec.disposition, rec.reference,
                       rec.mail_queued > 0, verdict.category.value)

    def _deadline(self, category: Category, received: datetime) -> datetime | None:
        return due_at(category, received, self.mailbox.deadlines, self.calendar)

    def _quarantine(self, raw: RawMail, reason: str) -> Outcome:
        meta: dict[str, object] = {}
        try:  # keep what we can read for staff; the parser itself may be what failed
            head = parse(raw.data, truncated=True)
            meta = {"message_id": head.message_id, "sender": head.sender or None,
                    "subject": head.subject}
        except Exception:
            pass
        records.record_quarantine(self.engine, raw, reason, **meta)  # type: ignore[arg-type]
        log.warning("uid=%s quarantined: %s", raw.uid, reason.split(":")[0])
        return Outcome(Folder.QUARANTINE, Disposition.QUARANTINE, None, False)


_CODE_RE = re.compile(r"(?<!\d)(\d{6})(?!\d)")
_RCPT_HEADERS = ("to", "cc", "delivered-to", "x-original-to", "envelope-to")


def _recipients(inbound: Inbound) -> list[str]:
    out: list[str] = []
    for name, value in inbound.headers:
        if name in _RCPT_HEADERS:
            out.extend(a.lower() for _, a in getaddresses([value]) if "@" in a)
    return out


def _same_mailbox(plus: str, address: str) -> bool:
    local, _, domain = plus.partition("@")
    base_local, _, base_domain = parseaddr(address)[1].lower().partition("@")
    return domain == base_domain and local.split("+", 1)[0] == base_local


def _received_at(raw: RawMail, inbound: Inbound) -> datetime:
    """When the message reached us: the server's INTERNALDATE, not the sender's Date."""
    for value in (raw.internaldate, inbound.date):
        if value is not None:
            return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.now(UTC)
