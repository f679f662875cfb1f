"""One message in, one recorded outcome out: parse -> classify -> decide -> store.

The per-message boundary: whatever goes wrong with the message itself (a parser bug, a
template error) ends as a quarantined row with the reason, never as lost mail. Database
outages are not the message's fault: they propagate so the watcher retries later.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.policy import SMTP

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from mailbot import faults
from mailbot.calendar import OfficeCalendar, due_at
from mailbot.classify import Classifier
from mailbot.config import MailboxSettings, Settings
from mailbot.model import Category, Decision, Disposition, Inbound, RawMail, Verdict
from mailbot.parse import parse
from mailbot.policy import History, decide, reply_address
from mailbot.render import Renderer, compose_reply, reply_context
from mailbot.store import records
from mailbot.store.tables import Case

log = logging.getLogger(__name__)


class Folder(enum.StrEnum):
    PROCESSED = "processed"
    QUARANTINE = "quarantine"


FOLDER_OF = {
    Disposition.CASE: Folder.PROCESSED,
    Disposition.FOLLOW_UP: Folder.PROCESSED,
    Disposition.NOISE: Folder.PROCESSED,
    Disposition.DUPLICATE: Folder.PROCESSED,
    Disposition.QUARANTINE: Folder.QUARANTINE,
}


@dataclass(frozen=True, slots=True)
class Outcome:
    folder: Folder
    disposition: Disposition
    reference: str | None
    reply_queued: bool


class Intake:
    """Handles messages of one mailbox; pure stages plus the one store transaction."""

    def __init__(self, settings: Settings, mailbox: MailboxSettings, engine: Engine,
                 classifier: Classifier, renderer: Renderer) -> None:
        self.settings = settings
        self.mailbox = mailbox
        self.engine = engine
        self.classifier = classifier
        self.renderer = renderer
        org = mailbox.organisation
        self.calendar = OfficeCalendar(mailbox.calendar, org.timezone)
        self.own_addresses = org.all_own_addresses
        self.give_up_after = timedelta(hours=settings.smtp.give_up_hours)

    def handle(self, raw: RawMail) -> Outcome:
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

    def _record(self, raw: RawMail, inbound: Inbound, verdict: Verdict) -> Outcome:
        received = _received_at(raw, inbound)
        to = reply_address(inbound)
        kind = f"ack_{verdict.category.value}"

        def _decide(history: History) -> Decision:
            return decide(inbound, verdict, history, received_at=received,
                          own_addresses=self.own_addresses, replies=self.settings.replies,
                          deadline=self._deadline)

        def _compose(decision: Decision, reference: str, case: Case) -> records.OutgoingMail:
            return self._compose(decision, reference, inbound, verdict, received)

        faults.point("before_commit")
        rec = records.record_message(
            self.engine, raw=raw, inbound=inbound, verdict=verdict,
            organisation=self.mailbox.organisation.reference_prefix, received_at=received,
            reply_to=to, reply_kind=kind, window_days=self.settings.replies.same_kind_window_days,
            decide=_decide, compose=_compose, give_up_after=self.give_up_after)
        faults.point("after_commit")
        if rec.reference:
            log.info("case %s opened (%s) from uid=%s%s", rec.reference, verdict.category.value,
                     raw.uid, "; reply queued" if rec.outbox_id else "")
        else:
            log.info("uid=%s recorded as %s", raw.uid, rec.disposition.value)
        return Outcome(FOLDER_OF[rec.disposition], rec.disposition, rec.reference,
                       rec.outbox_id is not None)

    def _deadline(self, category: Category, received: datetime) -> datetime | None:
        return due_at(category, received, self.mailbox.deadlines, self.calendar)

    def _compose(self, decision: Decision, reference: str, inbound: Inbound, verdict: Verdict,
                 received: datetime) -> records.OutgoingMail:
        assert decision.reply is not None
        org = self.mailbox.organisation
        context = reply_context(
            org=org, reference=reference, category=decision.category.value,
            rights=[r.value for r in verdict.rights], breach=verdict.breach, received_at=received,
            due_at=decision.due_at, language=verdict.language, sender_name=inbound.sender_name,
            subject=inbound.subject)
        text, html = self.renderer.render(decision.reply.template, verdict.language, context)
        msg = compose_reply(
            org=org, to=decision.reply.to, to_name=inbound.sender_name,
            original_subject=inbound.subject, in_reply_to=inbound.message_id,
            references=inbound.references, reference=reference, text=text, html=html,
            loop_value=org.address)
        message_id = str(msg["Message-ID"]).strip().strip("<>")
        return records.OutgoingMail(message_id=message_id, data=msg.as_bytes(policy=SMTP))

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


def _received_at(raw: RawMail, inbound: Inbound) -> datetime:
    """When the message reached us: the server's INTERNALDATE, not the sender's Date."""
    for value in (raw.internaldate, inbound.date):
        if value is not None:
            return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.now(UTC)
