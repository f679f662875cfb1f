"""Replies: templates -> text and HTML, and the message that carries them.

Templates are rendered with `StrictUndefined`, so a missing variable fails loudly in
tests instead of sending "Beste ," to a customer. Every header value that comes from
a customer (name, subject, message ids) is reduced to one clean line before it goes
into the message: Python's own folding cannot be trusted to keep CR/LF out of a
header, and it decodes RFC 2047 encoded words on assignment, so "=?utf-8?q?=0D=0A?="
would otherwise turn into a real line break.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy, quoprimime
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses, make_msgid
from pathlib import Path
from typing import Any, ParamSpec

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
from mailbot.parse import CachedRegistry

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


P = ParamSpec("P")
_HEADERS = CachedRegistry()
_SMTP = policy.SMTP.clone(header_factory=_HEADERS)  # same folding as policy.SMTP
MAX_LINE = 78  # policy.SMTP.max_line_length
# Values that fold to "Name: value" unchanged: printable ASCII, single spaces, no
# encoded-word lookalikes. Anything else goes through the email package's folder.
_PLAIN_VALUE = re.compile(r"[!-~]+(?: [!-~]+)*")
# An addr-spec that the email package keeps exactly as written (dot-atoms only).
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_SIMPLE_ADDRESS = re.compile(rf"{_ATEXT}(?:\.{_ATEXT})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # undecodable bytes: the parser replaces them
_FIELD_NAME = re.compile(rb"[!-9;-~]+")
_BOUNDARY_WIDTH = len(repr(sys.maxsize - 1))  # as the email package's generator

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
        if "=?" not in clean and not _SURROGATE.search(clean):  # kept as it is on assignment
            return clean
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


def _address(addr: str, name: str = "") -> str:
    """`name <addr>` as the email package writes it; raises ValueError for an addr-spec
    it refuses. Dot-atom addresses and names without specials are written as given."""
    if not _SIMPLE_ADDRESS.fullmatch(addr):
        return str(Address(display_name=name, addr_spec=addr))
    return f"{name} <{addr}>" if name else addr


def _fold(name: str, value: str) -> str:
    """One header field as policy.SMTP folds it, CRLF-terminated."""
    if len(name) + 2 + len(value) <= MAX_LINE and _PLAIN_VALUE.fullmatch(value) and "=?" not in value:
        return f"{name}: {value}\r\n"
    if "\r" in value or "\n" in value:
        raise ValueError("Header values may not contain linefeed or carriage return characters")
    return str(_HEADERS(name, value).fold(policy=_SMTP))


@dataclass(frozen=True, slots=True)
class Composed:
    """A finished message: its Message-ID (without brackets) and its wire bytes."""

    message_id: str
    data: bytes


def _head(
    org: OrganisationSettings,
    subject: str,
    date: datetime | None,
    message_id: str | None,
    in_reply_to: str | None,
    references: Sequence[str],
) -> list[tuple[str, str]]:
    """From, Subject, Date, Message-ID and the threading headers, all sanitised."""
    when = format_datetime((date or datetime.now(UTC)).astimezone(zone(org.timezone)))
    fields = [("From", org.sender), ("Subject", subject), ("Date", when),
              ("Message-ID", _message_id(message_id) or make_msgid(domain=org.domain))]
    parent = _message_id(in_reply_to)
    if parent:
        fields.append(("In-Reply-To", parent))
    refs = thread_references(references, in_reply_to)
    if refs:
        fields.append(("References", " ".join(refs)))
    return fields


def _qp(text: str) -> bytes:
    """Quoted-printable body with CRLF line ends, as EmailMessage.set_content writes it."""
    lines = text.encode("utf-8").splitlines()
    encoded = quoprimime.body_encode((b"\n".join(lines) + b"\n").decode("latin-1"), MAX_LINE)
    return encoded.replace("\n", "\r\n").encode("ascii")


_TEXT_PART = b'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n'
_HTML_PART = (b'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n'
              b"MIME-Version: 1.0\r\n")


def _boundary(parts: Sequence[bytes]) -> str:
    """A random boundary in the email package's format that no part contains."""
    while True:
        boundary = "=" * 15 + f"{random.randrange(sys.maxsize):0{_BOUNDARY_WIDTH}d}" + "=="
        marker = ("--" + boundary).encode("ascii")
        if not any(marker in part for part in parts):
            return boundary


def _body(text: str, html: str | None) -> tuple[list[tuple[str, str]], bytes]:
    """The MIME headers of the message and its body: text/plain alone, or
    multipart/alternative with the HTML version (both quoted-printable, UTF-8)."""
    plain = _qp(text)
    if html is None:
        return [("Content-Type", 'text/plain; charset="utf-8"'),
                ("Content-Transfer-Encoding", "quoted-printable"), ("MIME-Version", "1.0")], plain
    parts = (_TEXT_PART + b"\r\n" + plain, _HTML_PART + b"\r\n" + _qp(html))
    boundary = _boundary(parts)
    delimiter = ("--" + boundary).encode("ascii")
    body = (delimiter + b"\r\n" + parts[0] + b"\r\n" + delimiter + b"\r\n" + parts[1]
            + b"\r\n" + delimiter + b"--\r\n")
    return [("MIME-Version", "1.0"),
            ("Content-Type", f'multipart/alternative; boundary="{boundary}"')], body


# The multipart Content-Type with a boundary of the usual length folds the same way every
# time; other lengths (never produced here) would go through the folder.
_MULTIPART_PREFIX = 'multipart/alternative; boundary="'
_MULTIPART_LEN = len(_MULTIPART_PREFIX) + 15 + _BOUNDARY_WIDTH + 2 + 1
_MULTIPART_CT = 'Content-Type: multipart/alternative;\r\n boundary="{b}"\r\n'


def _field(name: str, value: str) -> str:
    if name == "Content-Type" and value.startswith(_MULTIPART_PREFIX) and len(value) == _MULTIPART_LEN:
        return _MULTIPART_CT.format(b=value[len(_MULTIPART_PREFIX):-1])
    return _fold(name, value)


def _assemble(fields: list[tuple[str, str]], body: bytes, recipients: Sequence[str],
              reply_to: str | None = None) -> Composed:
    """Header block + body, after checking that the header block reads back as meant."""
    head = "".join(_field(n, v) for n, v in fields).encode("ascii")
    _check_head(head, [n for n, _ in fields], recipients, reply_to)
    mid = dict(fields)["Message-ID"].strip().strip("<>")
    return Composed(mid, head + b"\r\n" + body)


def _finish_fields(fields: list[tuple[str, str]], auto_submitted: str, loop_value: str) -> None:
    fields.append(("Auto-Submitted", auto_submitted))
    fields.append(("X-Auto-Response-Suppress", "All"))  # Exchange/Outlook: no out-of-office back to us
    fields.append(("X-Mailbot-Loop", header_text(loop_value)))
    # No "Precedence: bulk": RFC 3834 makes Auto-Submitted the signal for automatic
    # replies and does not endorse Precedence; "bulk" marks mass mail, which filters may
    # sort away from the inbox, and this is a personal answer about the customer's case.


def build_reply(
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
) -> Composed:
    """An automatic reply in the customer's thread, marked as such (RFC 3834).

    `loop_value` goes into X-Mailbot-Loop (normally the organisation's address), so
    that our own replies are recognised if they ever come back to the mailbox.
    """
    addr = to.strip()
    if one_line(addr) != addr or "@" not in addr or "," in addr:
        raise ValueError(f"reply recipient must be one plain address, got {to!r}")
    fields = _head(org, reply_subject(original_subject, reference), date, message_id,
                   in_reply_to, references)
    fields.append(("To", _address(addr, display_name(to_name))))
    _finish_fields(fields, "auto-replied", loop_value)
    mime, body = _body(text, html)
    return _assemble(fields + mime, body, [addr])


def build_mail(
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
) -> Composed:
    """Staff mail (escalations, digests, alerts) and case correspondence.

    Every recipient is one bare address; the subject is flattened and trimmed, as in
    `build_reply`. `reply_to` carries the per-case staff address, so a staff
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
    fields = _head(org, flat, date, message_id, in_reply_to, references)
    fields.append(("To", ", ".join(_address(a) for a in recipients)))
    if reply_to is not None:
        fields.append(("Reply-To", _address(_bare_address(reply_to, "reply_to"))))
    _finish_fields(fields, auto_submitted, loop_value)
    mime, body = _body(text, html)
    return _assemble(fields + mime, body, recipients, reply_to)


def _as_email(build: Callable[P, Composed]) -> Callable[P, EmailMessage]:
    """`build` returning an EmailMessage, for callers that inspect the message."""

    def compose(*args: P.args, **kwargs: P.kwargs) -> EmailMessage:
        return as_message(build(*args, **kwargs))

    compose.__doc__ = build.__doc__
    return compose


compose_reply = _as_email(build_reply)
compose_mail = _as_email(build_mail)


def as_message(mail: Composed) -> EmailMessage:
    """The composed bytes parsed back; `wire_form` of it gives those exact bytes."""
    msg = BytesParser(policy=policy.SMTP).parsebytes(mail.data)
    assert isinstance(msg, EmailMessage)
    msg.__dict__["_wire"] = mail.data
    return msg


def wire_form(msg: EmailMessage) -> bytes:
    """The bytes that go on the wire (SMTP line endings), serialised once per message."""
    data = msg.__dict__.get("_wire")
    if data is None:
        data = msg.as_bytes(policy=policy.SMTP)
        msg.__dict__["_wire"] = data
    return data


def _unfolded_head(head: bytes) -> list[tuple[bytes, bytes]]:
    """(name, unfolded value) of every field of a header block; ValueError when a line
    is neither a field nor a continuation, or a CR or LF stands alone."""
    if head.count(b"\r") != head.count(b"\n") or head.count(b"\r\n") != head.count(b"\n"):
        raise ValueError("mail header has a bare CR or LF")
    fields: list[tuple[bytes, bytes]] = []
    for line in head.split(b"\r\n")[:-1]:
        if line[:1] in (b" ", b"\t") and fields:
            name, value = fields[-1]
            fields[-1] = (name, value + line)
            continue
        name, sep, value = line.partition(b":")
        if not sep or not _FIELD_NAME.fullmatch(name):
            raise ValueError(f"mail header line is not a field: {line[:60]!r}")
        fields.append((name, value))
    return fields


def _check_head(head: bytes, names: Sequence[str], recipients: Sequence[str],
                reply_to: str | None = None) -> None:
    """Last line of defence: the header block we will send parses back to the same
    fields and the same recipients. The sanitising above should make this unreachable."""
    fields = _unfolded_head(head)
    got_names = [n.decode("ascii").lower() for n, _ in fields]
    values: dict[str, list[str]] = {}
    for n, v in fields:
        values.setdefault(n.decode("ascii").lower(), []).append(v.decode("ascii"))
    got = [a.lower() for _, a in getaddresses(values.get("to", []))]
    back = [a.lower() for _, a in getaddresses(values.get("reply-to", []))]
    if (
        got_names != [n.lower() for n in names]
        or got != [a.lower() for a in recipients]
        or back != ([reply_to.strip().lower()] if reply_to is not None else [])
    ):
        raise ValueError(f"mail headers do not survive serialisation: {got_names}, To={got}")


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
