"""The frozen values that cross module boundaries.

Data flows one way: RawMail -> Inbound -> Verdict -> Decision. Everything here is
immutable so the pure stages (parse, classify, policy) can be tested in isolation
and re-run for `classify --explain` without side effects.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

LOOP_HEADER = "X-Mailbot-Loop"  # on everything we send; mail carrying it is never answered


class Category(enum.StrEnum):
    """The one category that decides how a case is handled."""

    UNSUBSCRIBE = "unsubscribe"
    RIGHTS_REQUEST = "rights_request"
    COMPLAINT = "complaint"
    QUESTION = "question"
    NOISE = "noise"


class Right(enum.StrEnum):
    """GDPR data-subject rights (Art. 15-22)."""

    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    WITHDRAW_CONSENT = "withdraw_consent"
    PORTABILITY = "portability"


class NoiseReason(enum.StrEnum):
    """Why a message is machine-generated and must never be answered."""

    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    DELAY_WARNING = "delay_warning"
    FEEDBACK_REPORT = "feedback_report"
    MAILING_LIST = "mailing_list"
    SPAM = "spam"
    LOOP = "loop"
    READ_RECEIPT = "read_receipt"
    CHALLENGE_RESPONSE = "challenge_response"


class Disposition(enum.StrEnum):
    """What became of an inbound message; every message ends in exactly one."""

    CASE = "case"  # opened a new case
    FOLLOW_UP = "follow_up"  # joined an existing case
    NOISE = "noise"  # recorded, never answered
    QUARANTINE = "quarantine"  # could not be handled; reason recorded
    DUPLICATE = "duplicate"  # same message seen before (re-delivery, UIDVALIDITY rescan)
    STAFF = "staff"  # a staff command mailed to a case's plus address (obeyed or refused)


class CaseStatus(enum.StrEnum):
    NEW = "new"
    AWAITING_VERIFICATION = "awaiting_verification"
    OPEN = "open"
    ANSWERED = "answered"
    EXTENDED = "extended"
    RESOLVED = "resolved"
    REFUSED = "refused"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class RawMail:
    """A message as fetched from IMAP. `data` is None when only headers were loaded
    because the message exceeded the size limit."""

    mailbox: str
    uidvalidity: int
    uid: int
    data: bytes
    size: int
    internaldate: datetime | None = None
    truncated: bool = False  # True: `data` holds the header block only


@dataclass(frozen=True, slots=True)
class Inbound:
    """A parsed message: only what the later stages need, decoded and normalised."""

    message_id: str | None  # without angle brackets; None when missing
    in_reply_to: str | None
    references: tuple[str, ...]
    sender: str  # lower-cased addr-spec of From; "" when missing or unparsable
    sender_name: str
    reply_to: str | None  # lower-cased addr-spec, only when present and sane
    return_path: str | None  # None: header absent; "": null return path "<>"
    subject: str  # decoded, single line
    date: datetime | None  # timezone-aware when the header had a zone
    text: str  # body text from text/plain, else text/html converted
    headers: tuple[tuple[str, str], ...]  # (lower-case name, decoded single-line value)
    content_type: str  # top-level, lower case, e.g. "multipart/report"
    report_type: str | None  # report-type parameter of multipart/report, lower case
    part_types: tuple[str, ...]  # content types of every leaf part, lower case
    defects: tuple[str, ...] = ()  # parser defects, for the record
    truncated: bool = False  # only headers were available (oversize message)
    # Fields of machine-readable report parts (message/delivery-status,
    # message/feedback-report, message/disposition-notification) as (lower-case name,
    # value): the screen reads e.g. a DSN's "action: delayed" from here.
    report_fields: tuple[tuple[str, str], ...] = ()

    def header(self, name: str) -> str | None:
        """First value of a header (case-insensitive), or None."""
        name = name.lower()
        for key, value in self.headers:
            if key == name:
                return value
        return None


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the classifier decided and why. Pure data; see `mailbot classify --json`."""

    category: Category
    intents: tuple[Category, ...] = ()  # human intents; never contains NOISE
    rights: tuple[Right, ...] = ()
    breach: bool = False
    noise: NoiseReason | None = None
    language: str = "nl"
    confidence: float = 0.0
    evidence: tuple[str, ...] = ()  # short human-readable reasons
    rules: tuple[str, ...] = ()  # names of the rules that fired
    needs_review: bool = False
    answerable: bool = True  # False: never send an automatic reply (e.g. one-click unsubscribe)

    def as_json(self) -> dict[str, object]:
        return {
            "category": self.category.value,
            "intents": [i.value for i in self.intents],
            "rights": [r.value for r in self.rights],
            "breach": self.breach,
            "noise": self.noise.value if self.noise else None,
            "language": self.language,
            "confidence": round(self.confidence, 3),
            "evidence": list(self.evidence),
            "rules": list(self.rules),
            "needs_review": self.needs_review,
            "answerable": self.answerable,
        }


@dataclass(frozen=True, slots=True)
class ReplyPlan:
    """An automatic reply the policy wants sent (subject to the per-sender caps)."""

    template: str  # template base name, e.g. "ack_rights_request"
    kind: str  # cap bucket: same kind to the same address at most once per window
    to: str


@dataclass(frozen=True, slots=True)
class CaseRef:
    """An existing case a message may belong to."""

    id: int
    reference: str
    requester: str | None
    status: str
    category: str


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do with one message: the output of the pure policy."""

    disposition: Disposition
    category: Category
    reason: str  # one line, human-readable, stored with the message
    reply: ReplyPlan | None = None
    suppressed: str | None = None  # why a reply was wanted but not sent
    due_at: datetime | None = None
    case: CaseRef | None = None  # FOLLOW_UP / STAFF: the existing case
    status: CaseStatus = CaseStatus.NEW  # initial status of a new case
    verify: bool = False  # send the requester a verification code
    verified: str | None = None  # this message proves identity: "code" or "reply"
    unsubscribe: bool = False  # add the requester to the suppression list
    breach_alert: bool = False  # alert the privacy officer now
    staff_answered: bool = False  # a staff member answered the requester
    staff_command: object | None = None  # ladder.StaffCommand for STAFF, None: unknown command
    events: tuple[tuple[str, dict[str, object]], ...] = field(default=())
