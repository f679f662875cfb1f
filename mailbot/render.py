"""Replies: templates -> text and HTML, and the message that carries them.

Templates are rendered with `StrictUndefined`, so a missing variable fails loudly in
tests instead of sending "Beste ," to a customer. Every header value that comes from
a customer (name, subject, message ids) is reduced to one clean line before it goes
into the message: Python's own folding cannot be trusted to keep CR/LF out of a
header, and it decodes RFC 2047 encoded words on assignment, so "=?utf-8?q?=0D=0A?="
would otherwise turn into a real line break.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from email import policy
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.headerregistry import Address, HeaderRegistry
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid
from pathlib import Path
from typing import Any

from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateNotFound,
    select_autoescape,
)

from mailbot.calendar import format_due, zone
from mailbot.config import OrganisationSettings
from mailbot.ladder import command_help
from mailbot.model import Category, Right

FALLBACK_LANGUAGES = ("en", "nl")
MAX_SUBJECT_CHARS = 150  # of the customer's subject; the reference must stay visible
MAX_REFERENCES = 10  # the thread root plus the most recent ids
MAX_NAME_CHARS = 64
MAX_MAIL_SUBJECT_CHARS = 200  # staff mail quotes the customer's subject after its own words
AUTO_SUBMITTED = ("auto-generated", "auto-replied", "no")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
# "Re:" and its translations (Aw, Antw, Sv, Vs, R), also "Re[2]:", however often repeated
_REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|antw|antwoord|sv|vs|r)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE
)
_MSGID = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+@[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-\[\]:]+$")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_BARE_ADDRESS = re.compile(r"^[^\s@<>(),;:\"\[\]\\]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_PHRASE_UNSAFE = re.compile(r'[()<>\[\]:;@\\,."]')  # RFC 5322 specials: these need quoting
_HEADERS = HeaderRegistry()

RIGHT_NAMES: dict[str, dict[Right, str]] = {
    "nl": {
        Right.ACCESS: "inzage in de persoonsgegevens die wij van u hebben",
        Right.RECTIFICATION: "het corrigeren van onjuiste gegevens",
        Right.ERASURE: "het verwijderen van uw gegevens",
        Right.RESTRICTION: "het beperken van het gebruik van uw gegevens",
        Right.OBJECTION: "bezwaar tegen het gebruik van uw gegevens",
        Right.WITHDRAW_CONSENT: "het intrekken van uw toestemming",
        Right.PORTABILITY: "een kopie van uw gegevens om mee te nemen naar een andere partij",
    },
    "en": {
        Right.ACCESS: "access to the personal data we hold about you",
        Right.RECTIFICATION: "correction of inaccurate data",
        Right.ERASURE: "deletion of your data",
        Right.RESTRICTION: "limiting how we use your data",
        Right.OBJECTION: "an objection to how we use your data",
        Right.WITHDRAW_CONSENT: "withdrawal of your consent",
        Right.PORTABILITY: "a copy of your data to take to another organisation",
    },
}


def one_line(value: str) -> str:
    """Control characters and line breaks become spaces; runs of spaces collapse."""
    return " ".join(_CONTROL.sub(" ", value).split())


def paragraphs(value: str) -> list[list[str]]:
    """Text as paragraphs of lines (the `paragraphs` filter): HTML templates keep a
    writer's line breaks with `<br>` while every line is still escaped."""
    out: list[list[str]] = []
    current: list[str] = []
    for line in str(value).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def header_text(value: str) -> str:
    """`value` as it will read once set as a header: one line, even after the encoded
    words that Python decodes on assignment are decoded (repeatedly, for nested ones)."""
    for _ in range(5):
        clean = one_line(value)
        decoded = str(_HEADERS("subject", clean))
        if decoded == clean:
            return clean
        value = decoded
    return one_line(value).replace("=?", "= ?")  # give up decoding: break the encoded words


def display_name(value: str) -> str:
    """A display name that needs no quoting: one line, no specials, at most 64 characters.

    Python's folding of a long address header can drop the quotes around a display
    name, after which "Eve Bcc: x@evil.example" parses as a different recipient; a name
    without specials stays harmless however it is folded.
    """
    for _ in range(5):
        clean = one_line(_PHRASE_UNSAFE.sub(" ", header_text(value)))[:MAX_NAME_CHARS].strip()
        if clean == value:
            return clean
        value = clean
    return ""


def _message_id(value: str | None) -> str | None:
    """'<id@host>' for a sane message id, else None (it is then left out)."""
    if not value:
        return None
    bare = value.strip().strip("<>").strip()
    if not _MSGID.match(bare) or "=?" in bare:
        return None
    return f"<{bare}>"


def reply_subject(original: str, reference: str) -> str:
    """'Re: <original> [REF]' without stacking 'Re:' or repeating the reference."""
    subject = _REPLY_PREFIX.sub("", header_text(original)).strip()
    if len(subject) > MAX_SUBJECT_CHARS:
        subject = subject[:MAX_SUBJECT_CHARS].rstrip() + "…"
    if not subject:
        return f"[{reference}]"
    if reference.lower() in subject.lower():
        return header_text(f"Re: {subject}")
    return header_text(f"Re: {subject} [{reference}]")


def thread_references(references: Sequence[str], in_reply_to: str | None) -> list[str]:
    """References of the reply: the original's references plus its own id, deduplicated,
    trimmed to the thread root and the most recent ids."""
    ids: list[str] = []
    for raw in (*references, in_reply_to):
        mid = _message_id(raw)
        if mid and mid not in ids:
            ids.append(mid)
    if len(ids) > MAX_REFERENCES:
        ids = [ids[0], *ids[-(MAX_REFERENCES - 1) :]]
    return ids


class Renderer:
    """Looks templates up in the given directories, first match wins: an organisation's
    override directory goes before the project's `templates/`."""

    def __init__(self, template_dirs: Sequence[Path]) -> None:
        self.template_dirs = tuple(Path(d) for d in template_dirs)
        self.env = Environment(
            loader=FileSystemLoader([str(d) for d in self.template_dirs]),
            undefined=StrictUndefined,
            autoescape=select_autoescape(["html"]),  # .html escaped, .txt as written
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["paragraphs"] = paragraphs
        # staff mail lists the reply commands; callers need not pass them
        self.env.globals["command_help"] = command_help

    def _exists(self, path: str) -> bool:
        try:
            self.env.get_template(path)
        except TemplateNotFound:
            return False
        return True

    def resolve_language(self, name: str, language: str) -> str:
        """The language actually used for `name`: the requested one, else en, else nl."""
        if not _NAME.match(name):
            raise ValueError(f"bad template name {name!r}")
        primary = language.lower().replace("_", "-").split("-")[0]  # "nl-BE" -> "nl"
        for lang in (primary, *FALLBACK_LANGUAGES):
            if _NAME.match(lang) and all(
                self._exists(f"{lang}/{name}.{ext}") for ext in ("txt", "html")
            ):
                return lang
        raise TemplateNotFound(
            f"{name}: no .txt and .html pair for {language!r}, en or nl in "
            f"{', '.join(map(str, self.template_dirs))}"
        )

    def render(self, name: str, language: str, context: Mapping[str, Any]) -> tuple[str, str]:
        """(plain text, html) of `<language>/<name>.txt` and `.html`."""
        lang = self.resolve_language(name, language)
        text = self.env.get_template(f"{lang}/{name}.txt").render(context)
        html = self.env.get_template(f"{lang}/{name}.html").render(context)
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in text.splitlines()))
        return text.strip() + "\n", html

    def templates_available(self) -> list[tuple[str, str]]:
        """(name, language) for every template with both a .txt and an .html; partials
        (names starting with "_") are left out."""
        found = set(self.env.list_templates())
        pairs = set()
        for path in found:
            lang, _, file = path.partition("/")
            name, _, ext = file.rpartition(".")
            if ext != "txt" or "/" in file or name.startswith("_"):
                continue
            if f"{lang}/{name}.html" in found:
                pairs.add((name, lang))
        return sorted(pairs)


def _bare_address(value: str, what: str) -> str:
    """`value` if it is one plain addr-spec (no display name, no list), else ValueError."""
    addr = value.strip()
    if one_line(addr) != addr or not _BARE_ADDRESS.match(addr):
        raise ValueError(f"{what} must be one plain address, got {value!r}")
    return addr


def _new_message(
    org: OrganisationSettings,
    subject: str,
    date: datetime | None,
    message_id: str | None,
    in_reply_to: str | None,
    references: Sequence[str],
) -> EmailMessage:
    """From, Subject, Date, Message-ID and the threading headers, all sanitised."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = org.sender
    msg["Subject"] = subject
    msg["Date"] = format_datetime((date or datetime.now(UTC)).astimezone(zone(org.timezone)))
    msg["Message-ID"] = _message_id(message_id) or make_msgid(domain=org.domain)
    parent = _message_id(in_reply_to)
    if parent:
        msg["In-Reply-To"] = parent
    refs = thread_references(references, in_reply_to)
    if refs:
        msg["References"] = " ".join(refs)
    return msg


def _finish(
    msg: EmailMessage, auto_submitted: str, loop_value: str, text: str, html: str | None
) -> None:
    msg["Auto-Submitted"] = auto_submitted
    msg["X-Auto-Response-Suppress"] = "All"  # Exchange/Outlook: no out-of-office back to us
    msg["X-Mailbot-Loop"] = header_text(loop_value)
    # No "Precedence: bulk": RFC 3834 makes Auto-Submitted the signal for automatic
    # replies and does not endorse Precedence; "bulk" marks mass mail, which filters may
    # sort away from the inbox, and this is a personal answer about the customer's case.
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    if html is not None:
        msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")


def compose_reply(
    *,
    org: OrganisationSettings,
    to: str,
    to_name: str,
    original_subject: str,
    in_reply_to: str | None,
    references: Sequence[str],
    reference: str,
    text: str,
    html: str,
    message_id: str | None = None,
    loop_value: str,
    date: datetime | None = None,
) -> EmailMessage:
    """An automatic reply in the customer's thread, marked as such (RFC 3834).

    `loop_value` goes into X-Mailbot-Loop (normally the organisation's address), so
    that our own replies are recognised if they ever come back to the mailbox.
    """
    addr = to.strip()
    if one_line(addr) != addr or "@" not in addr or "," in addr:
        raise ValueError(f"reply recipient must be one plain address, got {to!r}")
    subject = reply_subject(original_subject, reference)
    msg = _new_message(org, subject, date, message_id, in_reply_to, references)
    msg["To"] = Address(display_name=display_name(to_name), addr_spec=addr)
    _finish(msg, "auto-replied", loop_value, text, html)
    _check_wire_form(msg, [addr])
    return msg


def compose_mail(
    *,
    org: OrganisationSettings,
    to: Sequence[str],
    subject: str,
    text: str,
    html: str | None,
    reply_to: str | None = None,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    auto_submitted: str = "auto-generated",
    message_id: str | None = None,
    loop_value: str,
    date: datetime | None = None,
) -> EmailMessage:
    """Staff mail (escalations, digests, alerts) and case correspondence.

    Every recipient is one bare address; the subject is flattened and trimmed, as in
    `compose_reply`. `reply_to` carries the per-case staff address, so a staff
    member's answer comes back as a command. `auto_submitted` is "auto-generated" for
    mail the bot starts itself, "auto-replied" for answers, "no" for a staff member's
    own words passed on; any of them keeps Exchange's automatic answers away.
    """
    if isinstance(to, str):
        raise TypeError("compose_mail: `to` is a sequence of addresses, not one string")
    if auto_submitted not in AUTO_SUBMITTED:
        raise ValueError(f"auto_submitted must be one of {AUTO_SUBMITTED}, got {auto_submitted!r}")
    recipients: list[str] = []
    for value in to:
        addr = _bare_address(value, "recipient")
        if addr.lower() not in (r.lower() for r in recipients):
            recipients.append(addr)
    if not recipients:
        raise ValueError("compose_mail: no recipients")
    flat = header_text(subject)
    if len(flat) > MAX_MAIL_SUBJECT_CHARS:
        flat = flat[:MAX_MAIL_SUBJECT_CHARS].rstrip() + "…"
    msg = _new_message(org, flat, date, message_id, in_reply_to, references)
    msg["To"] = [Address(addr_spec=a) for a in recipients]
    if reply_to is not None:
        msg["Reply-To"] = Address(addr_spec=_bare_address(reply_to, "reply_to"))
    _finish(msg, auto_submitted, loop_value, text, html)
    _check_wire_form(msg, recipients, reply_to)
    return msg


def wire_form(msg: EmailMessage) -> bytes:
    """The bytes that go on the wire (SMTP line endings), serialised once per message."""
    data = msg.__dict__.get("_wire")
    if data is None:
        data = msg.as_bytes(policy=policy.SMTP)
        msg.__dict__["_wire"] = data
    return data


def _check_wire_form(
    msg: EmailMessage, recipients: Sequence[str], reply_to: str | None = None
) -> None:
    """Last line of defence: the bytes we will send parse back to the same headers and
    the same recipients. The sanitising above should make this unreachable. Only the
    header block is re-parsed (compat32, no header objects): it is what could break."""
    head = BytesHeaderParser(policy=compat32).parsebytes(wire_form(msg))
    names = [k.lower() for k in head.keys()]
    got = [a.lower() for _, a in getaddresses(head.get_all("To", []))]
    back = [a.lower() for _, a in getaddresses(head.get_all("Reply-To", []))]
    if (
        sorted(names) != sorted(k.lower() for k in msg.keys())
        or got != [a.lower() for a in recipients]
        or back != ([reply_to.strip().lower()] if reply_to is not None else [])
    ):
        raise ValueError(f"mail headers do not survive serialisation: {names}, To={got}")


def reply_context(
    *,
    org: OrganisationSettings,
    reference: str,
    category: Category | str,
    rights: Sequence[Right | str],
    breach: bool,
    received_at: datetime,
    due_at: datetime | None,
    language: str,
    sender_name: str,
    subject: str,
) -> dict[str, Any]:
    """Template variables for an acknowledgment. Question deadlines carry a clock time
    (they are counted in office hours); the others are shown as a date. Enum members
    or their string values are both accepted, as they come from the store."""
    kind = Category(category)
    asked = [Right(r) for r in rights]
    lang = "nl" if language.lower().startswith("nl") else "en"
    with_time = True if kind is Category.QUESTION else None
    due_text = ""
    if due_at is not None:
        due_text = format_due(due_at, lang, org.timezone, now=received_at, with_time=with_time)
    return {
        "org": org,
        "reference": reference,
        "category": kind.value,
        "rights": [r.value for r in asked],
        "rights_named": [RIGHT_NAMES[lang][r] for r in asked],
        "breach": breach,
        "received_at": received_at,
        "received_text": format_due(received_at, lang, org.timezone, with_time=True),
        "due_at": due_at,
        "due_text": due_text,
        "language": lang,
        "sender_name": header_text(sender_name)[:MAX_NAME_CHARS].strip(),
        "subject": header_text(subject),
        "dpa_name": org.dpa_name,
        "dpa_url": org.dpa_url,
    }
