"""Bulk mail and spam that no server flagged, told apart by headers and MIME structure.

Only headers and structure can make a message noise here: a person who writes like a
spammer is still a person. Words can only hold back the automatic reply: the signs of
spam in the words (rules/spam_words.py) are added to these in classify.py, and enough
of both together keep a message a case that a person reads before anything is sent
back; they never drop it as noise. What gives bulk mail and spam away is how it was
made and addressed:

- mass-mail software names itself (X-Mailer: SendBlaster, phpList, MailChimp Mailer),
  adds campaign headers (X-Campaign, X-MC-User, X-CSA-Complaints) or takes each
  recipient's bounces at an envelope sender of their own (VERP): decisive;
- a forged sender: mail "from" the very address it was delivered to, or a display
  name that is another address ("info@groenhuis.nl" <x@elsewhere>);
- signs that no mail program a person uses would produce, each weak on its own:
  a Date without a time zone, with a two-digit year or with an offset no time zone
  has; a host-less Message-ID (or one whose "host" is no domain name); a Content-Type
  without a subtype, a garbled Content-Transfer-Encoding ("8bits"), a MIME boundary
  among the header fields; header fields that may occur once appearing twice, a
  blank display name; an address list hidden (undisclosed-recipients) or not naming
  the mailbox it was delivered to, a dozen recipients at as many domains, or one
  mailbox name (webmaster@) at several domains; replies diverted to another domain;
  HTML without a text part; a message/external-body part; an archive or program
  attached; a relay that our own server found forged; a header only spam software
  adds (X-Precedence-Ref) or an X-Mailer with an unfilled template field.

The weak signs are counted (see `_signs` for their points); three points make spam.
People do produce one of them (a Bcc, an HTML-only webmail, a Reply-To at home), and
the parser-test mail of the shared corpus some pairs; none of the human messages of
either corpus reaches three (see tests/test_eval.py).
"""

from __future__ import annotations

import re

from mailbot.model import Inbound

SPAM_POINTS = 3  # points that make a message spam

# X-Mailer / User-Agent values of mass-mail and campaign software (lower case).
BULK_SOFTWARE = (
    "sendblaster",
    "atomic mail sender",
    "maxbulk",
    "gammadyne",
    "group mail",
    "worldmerge",
    "mailchimp",
    "phplist",
    "laposta",
    "sendinblue",
    "brevo",
    "mailerlite",
    "mailjet",
    "campaign monitor",
    "createsend",
    "acumbamail",
    "getresponse",
    "constant contact",
    "klaviyo",
    "activecampaign",
    "mailpoet",
    "newsletter2go",
    "spotler",
    "mailplus",
    "copernica",
    "flexmail",
    "emailvision",
    "cheetahmail",
    "exacttarget",
    "mass mailer",
    "bulk mailer",
    "mailwizz",
    "sendy",
    "interspire",
    "acymailing",
    "oempro",
)
# Headers only campaign software adds.
CAMPAIGN_HEADERS = (
    "x-campaign",
    "x-campaignid",
    "x-campaign-id",
    "x-mc-user",
    "x-mailjet-campaign",
    "x-csa-complaints",
    "x-sfmc-stack",
    "x-rpcampaign",
    "x-listmember",
    "x-mailer-sid",
    "x-newsletter",
    "x-mailchimp-id",
)
# Header fields RFC 5322 allows at most once.
SINGLE_FIELDS = ("from", "to", "subject", "date", "message-id", "content-type")
RISKY_ATTACHMENTS = frozenset(
    {
        "application/zip",
        "application/x-zip-compressed",
        "application/x-rar-compressed",
        "application/vnd.rar",
        "application/x-7z-compressed",
        "application/x-msdownload",
        "application/x-ms-dos-executable",
        "application/x-iso9660-image",
        "application/x-msi",
        "application/javascript",
        "application/x-javascript",
        "application/hta",
    }
)
# Headers that only spam software adds: fingerprints of "ratware" (SpamAssassin's
# HEADER_SPAM list, without X-Message-Info, which Outlook.com writes too, and
# X-Precedence-Ref); a person's mail program writes none of them.
RATWARE_HEADERS = (
    "x-precedence-ref",
    "x-company-address",
    "x-company-city",
    "x-company-country",
    "x-company-state",
    "x-company-zip",
    "x-originating-company",
    "x-sp-track-id",
    "x-rmd-text",
    "x-bouncetrace",
    "mime-subversion",
)
MANY_RECIPIENTS, MANY_DOMAINS = 10, 5
SAME_NAME_DOMAINS = 3  # one mailbox name at this many domains: a harvested address list
_ZONE = re.compile(
    r"(?:[+-]\d{4}|\b(?:UT|UTC|GMT|[ECMP][SD]T|[A-IK-Z]))(?:\s*\([^)]*\))?\s*$", re.IGNORECASE
)
_TWO_DIGIT_YEAR = re.compile(r"\b\d{1,2}\s+[A-Za-z]{3}\s+\d{2}\s+\d")
# Every time zone on earth is a whole quarter of an hour from UTC, at most 14 hours.
_OFFSET = re.compile(r"\s([+-])(\d\d)(\d\d)(?:\s*\([^)]*\))?\s*$")
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
# Unfilled fields of a mass mailer's template in its X-Mailer ("WC Mail __ty__").
_TEMPLATE_FIELD = re.compile(r"__\w+__|%[A-Z_]{3,}%|\{\$?\w+\}|\[%\s*\w+\s*%\]")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


# Several rules read the same message one after the other: its header fields are
# gathered once (and kept by identity, so never for another message).
_fields_of: tuple[object, dict[str, list[str]]] = (None, {})


def fields(mail: Inbound) -> dict[str, list[str]]:
    global _fields_of
    last = _fields_of
    if last[0] is mail:
        return last[1]
    fields: dict[str, list[str]] = {}
    for key, value in mail.headers:
        fields.setdefault(key, []).append(value)
    _fields_of = (mail, fields)
    return fields


def _all(mail: Inbound, name: str) -> list[str]:
    return fields(mail).get(name, [])


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower()


def _recipients(mail: Inbound) -> list[str]:
    values = _all(mail, "to") + _all(mail, "cc")
    return [a.lower() for value in values for a in _ADDRESS.findall(value)]


def envelope_recipients(mail: Inbound) -> set[str]:
    """The mailbox(es) our server delivered the message to (Delivered-To, X-Original-To)."""
    found: set[str] = set()
    for name in ("delivered-to", "x-original-to"):
        for value in _all(mail, name):
            found.update(a.lower() for a in _ADDRESS.findall(value))
    return found


_BOUNCE_SENDER = re.compile(r"(?:^|[-+._])bounces?(?:[-+._=@]|$)|@bounces?[.-]")
# VERP: the recipient's address folded into the envelope sender's local part
# ("news-jan=example.nl@mailer.example"), so each bounce names whom it was for.
# Forwarders (SRS0=, SRS1=) and tag schemes (prvs=, btv1=) also use "=", not this way.
_VERP = re.compile(r"[-+.][\w.+-]*=[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}@")
_NOT_VERP = ("srs0=", "srs1=", "prvs=", "btv1=", "msprvs1=")


def bulk_software(mail: Inbound) -> str | None:
    """Why the message was made by mass-mail software, or None. Mass mailers also
    take their bounces at a bounce-processing envelope sender (VERP), which no mail
    program of a person uses."""
    path = mail.return_path
    if path and (
        _BOUNCE_SENDER.search(path) or (_VERP.search(path) and not path.startswith(_NOT_VERP))
    ):
        return f"envelope sender {path[:50]} takes bounces for a mass mailing"
    present = fields(mail)
    for name in ("x-mailer", "user-agent"):
        for value in present.get(name, [])[:1]:
            low = value.lower()
            for tool in BULK_SOFTWARE:
                if tool in low:
                    return f"{name}: {value[:50]}"
    for name in CAMPAIGN_HEADERS:
        if name in present:
            return f"{name} header (campaign software)"
    return None


def forged_sender(mail: Inbound, own: frozenset[str] = frozenset()) -> str | None:
    """Why the sender is forged, or None: a display name that is our own address
    (or the one it was delivered to) while the address is someone else's."""
    ours = envelope_recipients(mail) | own
    named = {a.lower() for a in _ADDRESS.findall(mail.sender_name or "")}
    if mail.sender and named & ours and mail.sender not in ours:
        return f'display name "{mail.sender_name[:40]}" is our address, the sender is {mail.sender}'
    return None


def points(found: list[tuple[int, str]]) -> int:
    return sum(p for p, _ in found)


# The screen and the classifier both ask for the signs of the same message, one
# after the other: the last answer is kept (by identity, so never for another message).
_last: tuple[object, frozenset[str], list[tuple[int, str]]] = (None, frozenset(), [])


def signs(mail: Inbound, own: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """The weak signs of a mass or forged mailing: (points, description)."""
    global _last
    last = _last
    if last[0] is mail and last[1] == own:
        return list(last[2])
    found = _signs(mail, own)
    _last = (mail, own, found)
    return list(found)


def _signs(mail: Inbound, own: frozenset[str]) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    present = fields(mail)
    raw_date = present["date"][0] if "date" in present else None
    if raw_date is not None and (
        mail.date is None
        or not _ZONE.search(raw_date)
        or _TWO_DIGIT_YEAR.search(raw_date)
        or _impossible_offset(raw_date)
    ):
        found.append((1, f"malformed Date ({raw_date[:32]})"))
    if mail.message_id and not _has_host(mail.message_id):
        found.append((1, f"Message-ID without a host (<{mail.message_id[:30]}>)"))
    names = present.keys()
    if "mime-version" not in names and names & {"content-type", "content-transfer-encoding"}:
        found.append((1, "MIME headers without MIME-Version"))
    if any(name.startswith("--") for name in names):
        found.append((1, "a MIME boundary among the header fields"))
    encoding = (present.get("content-transfer-encoding") or [""])[0].strip().lower()
    if encoding[:1].isdigit() and encoding not in ("7bit", "8bit"):
        found.append((1, f"garbled Content-Transfer-Encoding ({encoding[:20]})"))
    raw_type = present["content-type"][0] if "content-type" in present else None
    if raw_type is not None and "/" not in raw_type.split(";")[0]:
        found.append((1, f"malformed Content-Type ({raw_type[:32]})"))
    if "from" in names and not mail.sender:
        found.append((1, "From without an address"))
    doubled = [name for name in SINGLE_FIELDS if len(present.get(name, ())) > 1]
    if doubled:
        found.append((2, f"{', '.join(doubled)} given twice"))
    if not mail.sender_name.strip(" \"'") and '"' in (present.get("from") or [""])[0]:
        found.append((1, "blank display name"))
    named = {a.lower() for a in _ADDRESS.findall(mail.sender_name or "")}
    if mail.sender and named and mail.sender not in named:
        found.append((2, f'display name is another address ("{mail.sender_name[:40]}")'))
    recipients = _recipients(mail)
    delivered = envelope_recipients(mail) | own
    if not recipients:
        found.append((1, "no visible recipients (undisclosed-recipients)"))
    elif delivered and not delivered & set(recipients):
        found.append((1, "our address is not among the recipients"))
    if len(recipients) >= MANY_RECIPIENTS and len({_domain(a) for a in recipients}) >= MANY_DOMAINS:
        found.append(
            (2, f"{len(recipients)} recipients at {len({_domain(a) for a in recipients})} domains")
        )
    elif harvested := _same_name(recipients):
        found.append((1, f"{harvested[0]}@ at {harvested[1]} domains"))
    if mail.reply_to and mail.sender and _domain(mail.reply_to) != _domain(mail.sender):
        found.append((1, f"replies diverted to {_domain(mail.reply_to)}"))
    if "text/html" in mail.part_types and "text/plain" not in mail.part_types:
        found.append((1, "HTML without a text part"))
    if "message/external-body" in mail.part_types:
        found.append((1, "a message/external-body part (an announcement robot's form)"))
    risky = sorted(RISKY_ATTACHMENTS.intersection(mail.part_types))
    if risky:
        found.append((1, f"{risky[0]} attached"))
    if any("may be forged" in value.lower() for value in _all(mail, "received")):
        found.append((1, 'a relay "may be forged" (Received)'))
    ratware = [name for name in RATWARE_HEADERS if name in names]
    if ratware:
        found.append((1, f"{ratware[0]} header (spam software)"))
    mailer = (present.get("x-mailer") or [""])[0]
    if _TEMPLATE_FIELD.search(mailer):
        found.append((1, f"X-Mailer with an unfilled template field ({mailer[:40]})"))
    return found


def _impossible_offset(date: str) -> bool:
    """A zone offset no clock has: not a whole quarter hour, or beyond 14 hours."""
    found = _OFFSET.search(date)
    return found is not None and (int(found.group(3)) % 15 != 0 or int(found.group(2)) > 14)


def _has_host(message_id: str) -> bool:
    """Does the Message-ID end in a host: a domain name (its last label not only
    digits) or an IP address?"""
    _, at, host = message_id.rpartition("@")
    host = host.strip("[]")
    if not (at and host):
        return False
    return not host.rsplit(".", 1)[-1].isdigit() or bool(_IPV4.fullmatch(host))


def _same_name(recipients: list[str]) -> tuple[str, int] | None:
    """A mailbox name (webmaster@, info@) addressed at several domains at once, and at
    how many."""
    domains: dict[str, set[str]] = {}
    for address in recipients:
        domains.setdefault(address.split("@", 1)[0], set()).add(_domain(address))
    name, seen = max(domains.items(), key=lambda item: len(item[1]), default=("", set()))
    return (name, len(seen)) if len(seen) >= SAME_NAME_DOMAINS else None
