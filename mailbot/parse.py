"""bytes -> Inbound: decode what later stages need, and never raise.

Mail in the wild is broken in every way the RFCs allow and many they don't: unknown
charsets, missing boundaries, 8-bit headers, encoded words hiding CR/LF. One bad
message must not stop the mailbox, so every step has a plainer fallback and records
what went wrong in `Inbound.defects` instead of raising.

Header values come out single-line (CR, LF and other controls replaced by a space):
they end up in logs, database rows and reply headers, and a decoded `=0D=0A` in a
Subject must not become a header injection downstream.
"""

# ruff: noqa: BLE001 - this module must never raise: every step falls back and records why

from __future__ import annotations

import base64
import codecs
import quopri
import re
from datetime import datetime
from email import policy
from email.header import decode_header, make_header
from email.headerregistry import BaseHeader, HeaderRegistry
from email.message import Message
from email.parser import BytesParser
from email.policy import EmailPolicy
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from bs4 import BeautifulSoup

from mailbot.model import Inbound

MAX_TEXT = 100_000  # characters of body text kept; classification needs far less
MAX_PART_BYTES = 400_000  # bytes of one text part decoded (caps work on huge parts)
MAX_HTML = 300_000  # characters of HTML handed to the HTML parser
MAX_HEADERS = 300  # header fields kept (bounces can carry hundreds of Received lines)
MAX_HEADER_VALUE = 4_000  # characters kept per header value
MAX_REFERENCES = 50

_ENCODED_WORD = re.compile(r"=\?([^?\s]*)\?([bBqQ])\?([^?\s]*)\?=")
_HEADER_START = re.compile(rb"[!-9;-~]{1,76}:|From ")
_STASHED = re.compile(r"encodedword(\d+)x")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")
_SPACES = re.compile(r"[ \t]{2,}")
_MSGID = re.compile(r"<([^<>\s]{1,500})>")
_ADDR_SPEC = re.compile(
    r'^(?:[^@\s<>()\[\],;:"\\]{1,64}|"[^"\\\r\n]{1,62}")@[^@\s<>()\[\],;:"\\]{1,253}$'
)
_ADDR_TOKEN = re.compile(r"[^@\s<>()\[\],;:\"'\\]{1,64}@[^@\s<>()\[\],;:\"'\\]{1,253}")
# Charsets that promise nothing: guess UTF-8 first, then Windows-1252.
# Labels senders use for what is really the superset (as browsers read them).
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-cn": "gb18030",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "iso-2022-jp": "iso2022_jp_ext",
    "big5": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "l1": "cp1252",
    "iso8859-1": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
}
_NO_CHARSET = frozenset({"", "unknown", "unknown-8bit", "x-unknown", "default", "x-user-defined"})
_BLOCK_TAGS = (
    "p",
    "div",
    "tr",
    "li",
    "ul",
    "ol",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "hr",
    "address",
    "section",
    "article",
    "header",
    "footer",
    "dd",
    "dt",
)
_BLANK_RUNS = re.compile(r"\n[ \t\u00a0]*(?:\n[ \t\u00a0]*){2,}")
REPORT_PARTS = frozenset(
    {
        "message/delivery-status",
        "message/global-delivery-status",
        "message/feedback-report",
        "message/disposition-notification",
        "message/global-disposition-notification",
    }
)
_ADDRESS_HEADERS = frozenset(
    {"from", "to", "cc", "bcc", "reply-to", "sender", "return-path", "resent-from", "resent-to"}
)
_SURROGATES = re.compile("[\udc80-\udcff]")


class CachedRegistry(HeaderRegistry):
    """The stock registry builds a new header class on every lookup (~20 us each);
    the classes are stateless, so one per header name behaves the same."""

    def __init__(self) -> None:
        super().__init__()
        self._classes: dict[str, type[BaseHeader]] = {}

    def __getitem__(self, name: str) -> type[BaseHeader]:
        key = name.lower()
        cls = self._classes.get(key)
        if cls is None:
            cls = self._classes[key] = super().__getitem__(name)
        return cls


_FETCHED: dict[tuple[str, str], object] = {}
_FETCHED_MAX = 64  # the repeats are within one message; header objects are large


class _MemoPolicy(EmailPolicy):
    """policy.default that parses a given header value once: the parser and the
    Message API fetch Content-Type and friends many times per part, and each fetch
    would build the header object (read-only once built) from scratch."""

    def header_fetch_parse(self, name, value):  # type: ignore[no-untyped-def]
        if hasattr(value, "name"):
            return value
        key = (name, value)
        hit = _FETCHED.get(key)
        if hit is None:
            if len(_FETCHED) >= _FETCHED_MAX:
                _FETCHED.clear()
            hit = _FETCHED[key] = super().header_fetch_parse(name, value)
        return hit


HEADERS = CachedRegistry()
DEFAULT = _MemoPolicy(header_factory=HEADERS)  # behaves as policy.default


def parse(data: bytes, *, truncated: bool = False) -> Inbound:
    """Parse raw message bytes. `truncated`: `data` is only the header block of an
    oversize message, so no body text or part structure is available."""
    defects: list[str] = []
    msg = _parse_message(data, truncated, defects)
    headers = _headers(msg, defects)
    first = _first_values(headers)
    raw_first = _first_raw(msg)

    # Addresses are read from the raw values: decoding first would let an encoded
    # display name ("=?utf-8?q?x=0D=0ABcc:_victim@...?=") inject an address.
    sender, sender_name = _from(raw_first.get("from"))
    if "from" in first and not sender:
        defects.append("From: no usable address")
    report: list[tuple[str, str]] = []
    text, part_types = ("", ()) if truncated else _body(msg, report, defects)
    content_type = _safe(lambda: msg.get_content_type(), "text/plain", defects, "content-type")
    report_type = None
    if content_type == "multipart/report":
        value = _safe(lambda: msg.get_param("report-type"), None, defects, "report-type")
        if isinstance(value, str) and value.strip():
            report_type = _one_line(value).strip().lower()
    if truncated and not part_types:
        part_types = (content_type,)
    unique_defects = tuple(dict.fromkeys(defects))[:50]

    return Inbound(
        message_id=_msgid(raw_first.get("message-id")),
        in_reply_to=_msgid(raw_first.get("in-reply-to")),
        references=tuple(_MSGID.findall(raw_first.get("references", "")))[:MAX_REFERENCES],
        sender=sender,
        sender_name=sender_name,
        reply_to=_reply_to(raw_first.get("reply-to")),
        return_path=_return_path(raw_first.get("return-path")),
        subject=first.get("subject", ""),
        date=_date(raw_first.get("date")),
        text=text,
        headers=headers,
        content_type=content_type,
        report_type=report_type,
        part_types=tuple(part_types),
        defects=unique_defects,
        truncated=truncated,
        report_fields=tuple(report),
    )


# --- message ---------------------------------------------------------------------------


def _parse_message(data: bytes, headers_only: bool, defects: list[str]) -> Message:
    if not isinstance(data, (bytes, bytearray, memoryview)):
        defects.append(f"input is {type(data).__name__}, not bytes")
        data = str(data).encode("utf-8", "replace")
    data = bytes(data)
    stripped = data.lstrip(b" \t\r\n")
    if stripped is not data and len(stripped) < len(data) and _HEADER_START.match(stripped):
        # Blank lines before the headers would end the header block at once.
        defects.append("blank lines before the headers")
        data = stripped
    for pol, label in ((DEFAULT, "EmailPolicy"), (policy.compat32, "Compat32")):
        try:
            return BytesParser(policy=pol).parsebytes(data, headersonly=headers_only)
        except Exception as exc:  # the feed parser is lenient, but not perfectly so
            defects.append(f"parser ({label}): {type(exc).__name__}")
    return Message(policy=policy.compat32)


def _safe(fn, default, defects: list[str], what: str):  # type: ignore[no-untyped-def]
    try:
        return fn()
    except Exception as exc:
        defects.append(f"{what}: {type(exc).__name__}")
        return default


# --- headers ---------------------------------------------------------------------------


def _headers(msg: Message, defects: list[str]) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    try:
        items = msg.raw_items() if hasattr(msg, "raw_items") else msg.items()
        items = list(items)
    except Exception as exc:
        defects.append(f"headers: {type(exc).__name__}")
        items = []
    for name, raw in items[:MAX_HEADERS]:
        key = _one_line(str(name)).strip().lower()
        if key:
            out.append((key, _decode_header(key, raw, defects)))
    if len(items) > MAX_HEADERS:
        defects.append(f"headers: kept the first {MAX_HEADERS} of {len(items)}")
    return tuple(out)


def _decode_header(name: str, raw: object, defects: list[str]) -> str:
    """Decode one header value to a single clean line; never raises."""
    value = raw if isinstance(raw, str) else str(raw)
    value = _fix_8bit(value)
    if "=?" in value:
        try:
            if name in _ADDRESS_HEADERS:  # decode_header keeps quoted display names intact
                value = str(HEADERS(name, value))
            else:
                value = str(make_header(decode_header(value)))
        except Exception:
            try:
                value = str(make_header(decode_header(value)))
            except Exception as exc:
                defects.append(f"{name}: bad encoded word ({type(exc).__name__})")
                value = _ENCODED_WORD.sub(_decode_word, value)
    value = _one_line(value).strip()
    return value[:MAX_HEADER_VALUE]


def _decode_word(match: re.Match[str]) -> str:
    """Last-resort decoding of one RFC 2047 word with an unknown charset or bad padding."""
    charset, encoding, payload = match.group(1), match.group(2).lower(), match.group(3)
    try:
        if encoding == "b":
            data = base64.b64decode(payload + "=" * (-len(payload) % 4), validate=False)
        else:
            data = quopri.decodestring(
                payload.replace("_", " ").encode("ascii", "replace"), header=True
            )
    except Exception:
        return match.group(0)
    return _decode_bytes(data, charset.split("*")[0])[0]


def _fix_8bit(value: str) -> str:
    """Raw 8-bit header bytes arrive as surrogate escapes: read them as UTF-8, else 1252."""
    if value.isascii() or not _SURROGATES.search(value):
        return value
    data = value.encode("utf-8", "surrogateescape")
    return _decode_bytes(data, None)[0]


def _one_line(value: str) -> str:
    return _SPACES.sub(" ", _CONTROLS.sub(" ", value))


def _first_values(headers: tuple[tuple[str, str], ...]) -> dict[str, str]:
    first: dict[str, str] = {}
    for key, value in headers:
        first.setdefault(key, value)
    return first


def _first_raw(msg: Message) -> dict[str, str]:
    """Undecoded first values, for fields read by pattern (ids, dates)."""
    first: dict[str, str] = {}
    try:
        items = list(msg.raw_items() if hasattr(msg, "raw_items") else msg.items())
    except Exception:
        return first
    for name, raw in items[:MAX_HEADERS]:
        first.setdefault(str(name).strip().lower(), _one_line(_fix_8bit(str(raw))))
    return first


def _msgid(raw: str | None) -> str | None:
    if not raw:
        return None
    match = _MSGID.search(raw)
    if match:
        return match.group(1)
    token = raw.strip().split()
    return token[0][:500] if token and "@" in token[0] else None


def _addresses(value: str) -> list[tuple[str, str]]:
    """(display name, address) pairs of a raw header value. Encoded words are set
    aside first: one hiding ":" or "@" must not change where the addresses are."""
    stash: list[str] = []

    def hide(match: re.Match[str]) -> str:
        stash.append(match.group(0))
        return f" encodedword{len(stash) - 1}x "

    masked = _ENCODED_WORD.sub(hide, value)
    try:
        pairs = getaddresses([masked])
    except Exception:
        pairs = [parseaddr(masked)]
    out = []
    for name, addr in pairs:
        if "encodedword" in addr:
            addr = ""  # an address made of encoded words is no address
        name = _STASHED.sub(lambda m: stash[int(m.group(1))], name).strip()
        if name or addr:
            out.append((name, addr))
    return out


def _sane(addr: str) -> str:
    addr = addr.strip().strip("<>").strip().lower()
    return addr if _ADDR_SPEC.match(addr) and "=?" not in addr else ""


def _from(value: str | None) -> tuple[str, str]:
    if not value:
        return "", ""
    pairs = _addresses(value)
    for name, addr in pairs:
        sane = _sane(addr)
        if sane:
            return sane, _display_name(name)
    # "Big Bug bb@bug.com": not RFC 5322, but the address is unambiguous.
    found = {_sane(token) for token in _ADDR_TOKEN.findall(value)} - {""}
    if len(found) == 1:
        return found.pop(), ""
    return "", _display_name(pairs[0][0]) if pairs else ""


def _display_name(raw: str) -> str:
    """Decode encoded words in a display name taken from the raw header."""
    name = raw
    if "=?" in raw:
        try:
            name = str(make_header(decode_header(raw)))
        except Exception:
            name = _ENCODED_WORD.sub(_decode_word, raw)
    return _one_line(name).strip()[:200]


def _reply_to(value: str | None) -> str | None:
    if not value:
        return None
    pairs = [(n, a) for n, a in _addresses(value) if a]
    if len(pairs) != 1:
        return None
    return _sane(pairs[0][1]) or None


def _return_path(value: str | None) -> str | None:
    if value is None:
        return None
    inner = value.strip()
    if inner in ("", "<>", "< >") or inner.replace(" ", "") == "<>":
        return ""
    match = re.search(r"<([^<>]*)>", inner)
    addr = (match.group(1) if match else inner).strip()
    if not addr:
        return ""
    return _sane(addr) or addr.lower()[:254]


def _date(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        return parsedate_to_datetime(raw.strip())
    except Exception:
        return None


# --- body ------------------------------------------------------------------------------


def _body(
    msg: Message, report: list[tuple[str, str]], defects: list[str]
) -> tuple[str, tuple[str, ...]]:
    leaves: list[Message] = []
    types: list[str] = []
    reports: list[Message] = []
    _walk(msg, leaves, types, reports, depth=0, defects=defects)
    for part in reports:
        report.extend(_report_fields(part, defects))
    plain = html = None
    for part in leaves:
        ctype = _content_type(part)
        if _is_attachment(part):
            continue
        if ctype == "text/plain" and plain is None:
            plain = part
        elif ctype == "text/html" and html is None:
            html = part
    text = ""
    if plain is not None:
        text = _part_text(plain, defects)
    if not text.strip() and html is not None:
        text = html_to_text(_part_text(html, defects)[:MAX_HTML], defects)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text[:MAX_TEXT], tuple(types)


def _walk(
    part: Message,
    leaves: list[Message],
    types: list[str],
    reports: list[Message],
    depth: int,
    defects: list[str],
) -> None:
    """Collect leaf parts. message/* parts are leaves: an attached or returned message
    belongs to someone else, and its headers and words must not count as ours."""
    if depth > 30 or len(types) > 500:
        defects.append("MIME nesting too deep or too many parts")
        return
    ctype = _content_type(part)
    if ctype.startswith("multipart/"):
        try:
            children = part.get_payload()
        except Exception:
            children = None
        if isinstance(children, list) and children:
            for child in children:
                if isinstance(child, Message):
                    _walk(child, leaves, types, reports, depth + 1, defects)
            return
        # A multipart without parts (missing boundary): read the raw payload as text.
    types.append(ctype)
    if ctype in REPORT_PARTS:
        reports.append(part)
    elif not ctype.startswith("message/"):
        leaves.append(part)


def _report_fields(part: Message, defects: list[str]) -> list[tuple[str, str]]:
    """Name/value fields of a report part. The parser gives message/delivery-status as
    a list of header blocks and other message/* types as one embedded message; a part
    it could not split is read line by line."""
    fields: list[tuple[str, str]] = []
    try:
        payload = part.get_payload()
        if isinstance(payload, list):
            for block in payload:
                if isinstance(block, Message):
                    items = block.raw_items() if hasattr(block, "raw_items") else block.items()
                    for name, value in items:
                        fields.append(
                            (str(name).strip().lower(), _one_line(_fix_8bit(str(value))).strip())
                        )
        else:
            raw = part.get_payload(decode=True)
            data = raw if isinstance(raw, bytes) else str(payload or "").encode("utf-8", "replace")
            text = _decode_bytes(data[:MAX_PART_BYTES], None)[0]
            for line in text.splitlines():
                name, sep, value = line.partition(":")
                if sep and name.strip() and " " not in name.strip():
                    fields.append((name.strip().lower(), _one_line(value).strip()))
    except Exception as exc:
        defects.append(f"report part: {type(exc).__name__}")
    return [(name, value[:MAX_HEADER_VALUE]) for name, value in fields[:200]]


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type().lower()
    except Exception:
        return "text/plain"


def _is_attachment(part: Message) -> bool:
    try:
        disposition = part.get_content_disposition()
    except Exception:
        return False
    return disposition == "attachment"


def _part_text(part: Message, defects: list[str]) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception as exc:
        defects.append(f"body: undecodable payload ({type(exc).__name__})")
        payload = None
    if payload is None:
        raw = part.get_payload() if not part.is_multipart() else ""
        payload = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
    if not isinstance(payload, bytes):
        return ""
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    text, problem = _decode_bytes(payload[:MAX_PART_BYTES], charset)
    if problem:
        defects.append(problem)
    return text


def _decode_bytes(data: bytes, charset: str | None) -> tuple[str, str | None]:
    """Decode with the declared charset when it works; otherwise UTF-8, then 1252."""
    label = (charset or "").strip().strip('"').lower()
    problem = None
    if label and label not in _NO_CHARSET:
        declared, label = label, _SUPERSETS.get(label, label)
        try:
            codec = codecs.lookup(label).name
        except LookupError:
            problem, codec = f"unknown charset {declared[:40]!r}", ""
        if codec:
            try:
                return data.decode(codec), None
            except UnicodeDecodeError:
                if codec not in ("ascii", "cp1252"):  # mislabelled 8-bit text: guess below
                    return data.decode(
                        codec, "replace"
                    ), f"charset {declared[:40]}: bad bytes replaced"
            except Exception:  # some codecs raise other errors on malformed input
                problem = f"charset {declared[:40]}: decoder failed"
    try:
        return data.decode("utf-8"), problem
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), problem
    except UnicodeDecodeError:
        return data.decode("latin-1"), problem


def html_to_text(html: str, defects: list[str] | None = None) -> str:
    """Readable text from HTML: block elements become line breaks, script and style
    are dropped, and <blockquote> content is marked with "> " like a quoted reply."""
    try:
        soup = BeautifulSoup(html, "html.parser")
        for tag in soup(["script", "style", "head", "title", "noscript", "template"]):
            tag.decompose()
        for br in soup.find_all("br"):
            br.replace_with("\n")
        for tag in soup.find_all(_BLOCK_TAGS):
            tag.insert_before("\n")
            tag.append("\n")
        for quote in reversed(soup.find_all("blockquote")):
            inner = quote.get_text()
            lines = [f"> {line}" if line.strip() else ">" for line in inner.strip("\n").split("\n")]
            quote.replace_with("\n" + "\n".join(lines) + "\n")
        text = soup.get_text()
    except Exception as exc:  # html.parser is forgiving; this is a last resort
        if defects is not None:
            defects.append(f"html: {type(exc).__name__}")
        text = re.sub(r"<[^>]*>", " ", html)
    text = text.replace("\u00a0", " ").replace("\r", "")
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip()
