"""Composes every mail mailbot sends about a case, from templates.

Customer mail is threaded into the case's conversation and goes to one address;
staff mail carries the case's plus address as Reply-To, so staff can act by
replying. Nothing here sends: the result is stored in the outbox by the caller.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from mailbot.calendar import format_due
from mailbot.config import MailboxSettings
from mailbot.ladder import staff_address, staff_token
from mailbot.rules.breach_model import by_reading
from mailbot.render import (
    Composed,
    Renderer,
    build_mail,
    build_reply,
    reply_context,
    reply_subject,
)

SUBJECTS: dict[str, dict[str, str]] = {
    "nl": {
        "verification_request": "Bevestig dat u het bent",
        "verification_confirmed": "Uw identiteit is bevestigd",
        "extension_notice": "Meer tijd nodig voor uw verzoek",
        "refusal": "Uw verzoek",
        "resolution": "Uw verzoek is afgehandeld",
        "ask_employer": "Uw verzoek: neem contact op met uw werkgever",
        "staff_reply": "",
        "staff_escalation": "{level}: {category} {reference}",
        "breach_alert": "DATALEK gemeld: {reference} (72 uur)",
        "staff_confirmation": "Gedaan: {action} {reference}",
        "staff_unknown_command": "Onbekende opdracht voor {reference}",
        "staff_digest": "Open zaken {date}: {count}",
    },
    "en": {
        "verification_request": "Please confirm it is you",
        "verification_confirmed": "Your identity is confirmed",
        "extension_notice": "We need more time for your request",
        "refusal": "Your request",
        "resolution": "Your request has been handled",
        "ask_employer": "Your request: please contact your employer",
        "staff_reply": "",
        "staff_escalation": "{level}: {category} {reference}",
        "breach_alert": "DATA BREACH reported: {reference} (72 hours)",
        "staff_confirmation": "Done: {action} {reference}",
        "staff_unknown_command": "Unknown command for {reference}",
        "staff_digest": "Open cases {date}: {count}",
    },
}


@dataclass(frozen=True, slots=True)
class OutgoingMail:
    """A composed message, ready for the outbox."""

    message_id: str
    data: bytes
    recipient: str


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What templates may say about a case (read from the store by the caller)."""

    reference: str
    category: str
    rights: Sequence[str]
    breach: bool
    language: str
    requester: str | None
    requester_name: str
    subject: str
    opened_at: datetime
    due_at: datetime | None
    thread: Sequence[str] = ()  # Message-IDs of the conversation, oldest first


def _finish(msg: Composed, recipient: str) -> OutgoingMail:
    return OutgoingMail(message_id=msg.message_id, data=msg.data, recipient=recipient)


class CaseMailer:
    """Templates + organisation profile of one mailbox."""

    def __init__(self, mailbox: MailboxSettings, renderer: Renderer, token_key: bytes) -> None:
        self.mailbox = mailbox
        self.org = mailbox.organisation
        self.renderer = renderer
        self.token_key = token_key

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.org.timezone)

    def staff_extra(self, case: Any, text: str) -> dict[str, Any]:
        """What staff mail says beyond the acknowledgment context: the requester, the
        first lines of the request, the breach clock, verification state."""
        lang = self.org.language
        lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()][:8]
        breach_due = getattr(case, "breach_due_at", None)
        evidence = list(getattr(case, "evidence", []) or [])
        return {
            "requester": case.requester or "",
            "excerpt": "\n".join(lines),
            "status": case.status,
            "verification_pending": case.status == "awaiting_verification",
            "notify_by_text": format_due(breach_due, lang, self.org.timezone, with_time=True)
            if breach_due else "",
            "evidence": evidence,
            "breach_by_reading": by_reading(evidence),
            "plus_address": self.plus_address(case.reference) or "",
        }

    def context(self, case: CaseFacts, language: str | None = None) -> dict[str, Any]:
        return reply_context(
            org=self.org, reference=case.reference, category=case.category, rights=case.rights,
            breach=case.breach, received_at=case.opened_at, due_at=case.due_at,
            language=language or case.language, sender_name=case.requester_name,
            subject=case.subject)

    def plus_address(self, reference: str) -> str | None:
        if not self.token_key:
            return None
        return staff_address(self.org.address, reference, staff_token(self.token_key, reference))

    def ack(self, case: CaseFacts, template: str, to: str, in_reply_to: str | None,
            references: Sequence[str]) -> OutgoingMail:
        """The acknowledgment of a new case, threaded to the customer's message."""
        ctx = self.context(case)
        text, html = self.renderer.render(template, case.language, ctx)
        msg = build_reply(org=self.org, to=to, to_name=case.requester_name,
                            original_subject=case.subject, in_reply_to=in_reply_to,
                            references=references, reference=case.reference, text=text,
                            html=html, loop_value=self.org.address)
        return _finish(msg, to)

    def customer(self, case: CaseFacts, template: str, extra: Mapping[str, Any] | None = None,
                 *, to: str | None = None, auto: bool = True) -> OutgoingMail:
        """A case mail to the requester, in their language, in the case's thread."""
        recipient = to or case.requester
        if not recipient:
            raise ValueError(f"case {case.reference} has no requester address")
        ctx = {**self.context(case), **(extra or {})}
        text, html = self.renderer.render(template, case.language, ctx)
        lang = ctx["language"]
        subject = SUBJECTS[lang].get(template) or case.subject
        thread = list(case.thread)
        msg = build_mail(
            org=self.org, to=[recipient], subject=reply_subject(subject, case.reference),
            text=text, html=html, in_reply_to=thread[-1] if thread else None,
            references=thread, auto_submitted="auto-replied" if auto else "no",
            loop_value=self.org.address)
        return _finish(msg, recipient)

    def staff(self, case: CaseFacts | None, template: str, recipients: Sequence[str],
              extra: Mapping[str, Any] | None = None, subject_vars: Mapping[str, Any] | None = None,
              reference: str | None = None) -> list[OutgoingMail]:
        """Mail to staff, in the organisation's language, one message per recipient,
        with the case's plus address as Reply-To so a reply is a command."""
        lang = self.org.language
        ctx: dict[str, Any] = self.context(case, lang) if case else {"org": self.org, "language": lang}
        ctx.update(extra or {})
        text, html = self.renderer.render(template, lang, ctx)
        ref = case.reference if case else (reference or "")
        subject = SUBJECTS[lang][template].format(reference=ref, **(subject_vars or {})).strip()
        reply_to = self.plus_address(ref) if ref else None
        out = []
        for rcpt in recipients:
            msg = build_mail(org=self.org, to=[rcpt], subject=subject, text=text, html=html,
                               reply_to=reply_to, auto_submitted="auto-generated",
                               loop_value=self.org.address)
            out.append(_finish(msg, rcpt))
        return out
