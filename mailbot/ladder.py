"""The escalation ladder, the daily digest and the staff reply channel. Pure: no I/O.

The scheduler asks `stages_due` which warnings a case has earned by now and claims
each stage key in the database before sending, so every stage goes out once per case
however often the job runs or restarts.

When the stages fall:
- reminder and urgent: at `reminder_at` / `urgent_at` of the office time between
  opening and due (`OfficeCalendar.office_time_between`), not of the elapsed time.
  A question received Friday 16:00 and due Monday 16:00 has eight office hours; its
  reminder falls on Monday 12:00, not on Sunday afternoon when nobody reads it. For
  14-day cases the two readings differ by hours, and the stages always land in
  office hours. Only when there is no office time at all do elapsed fractions apply.
- overdue: exactly at the due time, whenever that is.
- overdue+1, overdue+2, ...: on every `overdue_repeat_working_days`-th working day
  after the due date, at the due time's local clock time when that is within office
  hours, else at that day's opening. So every such working day gets exactly one
  repeat, and it arrives when someone can act on it.
- breach cases also get "breach:reminder", "breach:urgent" and "breach:overdue" on
  the 72-hour clock to notify the Autoriteit Persoonsgegevens. Those are fractions of
  elapsed time: the law counts hours, weekends included.
- extended cases have a new due time and start a fresh ladder ("extended:reminder",
  ...), so stages claimed before the extension do not swallow the new deadline's.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from email.utils import parseaddr

from mailbot.calendar import OfficeCalendar, format_due, zone
from mailbot.config import EscalationSettings

ACTIVE_STATUSES = frozenset({"new", "awaiting_verification", "open", "extended"})
LEVELS = ("reminder", "urgent", "overdue")  # least to most severe
MAX_OVERDUE_REPEATS = 500  # two years of working days; bounds the work for a forgotten case
TOKEN_CHARS = 10
REFERENCE_RE = r"[A-Za-z][A-Za-z0-9]{1,9}-\d{4}-\d{4,}"
_STAFF_ADDRESS = re.compile(
    rf"^(?P<local>[^+@\s]+)\+(?P<ref>{REFERENCE_RE})\.(?P<token>[a-z2-7]{{{TOKEN_CHARS}}})"
    r"@(?P<domain>[A-Za-z0-9.-]+\.[A-Za-z]{2,})$",
    re.IGNORECASE,
)
_ADDRESS = re.compile(r"^[^\s@<>(),;:\"\[\]\\]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")


@dataclass(frozen=True)
class CaseClock:
    """What the ladder needs to know about a case; all datetimes timezone-aware."""

    reference: str
    category: str
    status: str
    opened_at: datetime
    due_at: datetime | None
    breach: bool = False
    breach_due_at: datetime | None = None


@dataclass(frozen=True)
class Stage:
    key: str  # claimed once per case: "reminder", "overdue+2", "breach:urgent", ...
    level: str  # "reminder" | "urgent" | "overdue"
    at: datetime  # when it became due

    @property
    def breach(self) -> bool:
        return self.key.startswith("breach:")


def _fraction_point(
    start: datetime, end: datetime, fraction: float, cal: OfficeCalendar | None
) -> datetime:
    """The moment `fraction` of the way from start to end, in office time when a
    calendar is given and there is office time in between, else in elapsed time."""
    if cal is not None:
        office = cal.office_time_between(start, end)
        if office > timedelta(0):
            return min(cal.add_office_time(start, office * fraction), end)
    return start + (end - start) * fraction


def _repeats(due: datetime, now: datetime, every: int, cal: OfficeCalendar) -> list[datetime]:
    local = due.astimezone(cal.tz)
    clock, day = local.time().replace(tzinfo=None), local.date()
    out: list[datetime] = []
    while len(out) < MAX_OVERDUE_REPEATS:
        for _ in range(every):
            day = cal.next_working_day(day)
        hours = cal.office_hours(day)
        assert hours is not None  # next_working_day only returns working days
        at = cal.local_time(day, clock)
        if not hours[0] <= at < hours[1]:
            at = hours[0]
        if at > now:
            break
        out.append(at)
    return out


def _ladder(
    prefix: str,
    start: datetime,
    due: datetime,
    now: datetime,
    settings: EscalationSettings,
    cal: OfficeCalendar | None,
) -> list[Stage]:
    stages = [
        Stage(
            f"{prefix}reminder", "reminder", _fraction_point(start, due, settings.reminder_at, cal)
        ),
        Stage(f"{prefix}urgent", "urgent", _fraction_point(start, due, settings.urgent_at, cal)),
        Stage(f"{prefix}overdue", "overdue", due),
    ]
    if cal is not None:  # the breach clock has no repeats: the privacy officer owns it
        every = settings.overdue_repeat_working_days
        stages += [
            Stage(f"{prefix}overdue+{i}", "overdue", at)
            for i, at in enumerate(_repeats(due, now, every, cal), start=1)
        ]
    return [s for s in stages if s.at <= now]


def _aware(dt: datetime) -> datetime:
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"expected a timezone-aware datetime, got {dt.isoformat()}")
    return dt


def stages_due(
    clock: CaseClock, now: datetime, settings: EscalationSettings, cal: OfficeCalendar
) -> list[Stage]:
    """Every stage due by `now`, oldest first. The caller sends what it can claim."""
    _aware(now)
    if clock.status not in ACTIVE_STATUSES:
        return []
    stages: list[Stage] = []
    opened = _aware(clock.opened_at)
    if clock.due_at is not None and clock.category != "unsubscribe":
        due = _aware(clock.due_at)
        if due > opened:  # an unsubscribe (due on receipt) has no clock to warn about
            prefix = "extended:" if clock.status == "extended" else ""
            stages += _ladder(prefix, opened, due, now, settings, cal)
    if clock.breach and clock.breach_due_at is not None:
        breach_due = _aware(clock.breach_due_at)
        if breach_due > opened:
            stages += _ladder("breach:", opened, breach_due, now, settings, None)
    return sorted(stages, key=lambda s: (s.at, LEVELS.index(s.level), s.key))


def most_severe(stages: Sequence[Stage]) -> Stage | None:
    """The stage worth sending when several are due at once: highest level, then latest."""
    if not stages:
        return None
    return max(stages, key=lambda s: (LEVELS.index(s.level), s.at, s.breach))


def digest_due(
    last_sent_on: date | None, now: datetime, settings: EscalationSettings, cal: OfficeCalendar
) -> date | None:
    """The local date whose digest should go out now, or None: working days only, from
    `digest_time` on, once per date. A digest missed in the morning still goes out later
    that day; one missed altogether is not sent the next day for the old date."""
    local = _aware(now).astimezone(cal.tz)
    today = local.date()
    if not settings.digest or not cal.is_working_day(today):
        return None
    if local.time().replace(tzinfo=None) < settings.digest_time:
        return None
    if last_sent_on is not None and last_sent_on >= today:
        return None
    return today


# --- the staff reply channel: info+REF.token@domain ------------------------------------


def staff_token(key: bytes, reference: str) -> str:
    """A short HMAC of the reference: proves a reply address was made by us, so a
    stranger cannot steer a case by guessing info+ONRO-2026-0001@..."""
    if not key:
        raise ValueError("security.token_key is empty; staff reply addresses need a secret key")
    digest = hmac.new(key, reference.upper().encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii").lower()[:TOKEN_CHARS]


def token_ok(key: bytes, reference: str, token: str) -> bool:
    """Constant-time comparison. Upper or lower case both pass: mail systems may change
    the case of an address's local part."""
    if not key or not token.isascii() or not reference.isascii():
        return False
    return hmac.compare_digest(staff_token(key, reference), token.lower())


def staff_address(org_address: str, reference: str, token: str) -> str:
    """`local+REF.token@domain` on the organisation's address."""
    addr = parseaddr(org_address)[1]
    local, _, domain = addr.rpartition("@")
    local = local.split("+", 1)[0]
    result = f"{local}+{reference.upper()}.{token.lower()}@{domain.lower()}"
    if not local or not _STAFF_ADDRESS.match(result):
        raise ValueError(f"cannot make a staff address from {org_address!r} and {reference!r}")
    return result


def parse_staff_address(address: str, org_address: str | None = None) -> tuple[str, str] | None:
    """(reference, token) from a staff reply address, or None. Case-insensitive; with
    `org_address` the local part and domain must also be the organisation's."""
    addr = parseaddr(address)[1].strip() if "<" in address else address.strip()
    m = _STAFF_ADDRESS.match(addr)
    if m is None:
        return None
    if org_address is not None:
        local, _, domain = parseaddr(org_address)[1].lower().rpartition("@")
        if (m["local"].lower(), m["domain"].lower()) != (local.split("+", 1)[0], domain):
            return None
    return m["ref"].upper(), m["token"].lower()


# --- staff commands ---------------------------------------------------------------------


@dataclass(frozen=True)
class StaffCommand:
    verb: str
    argument: str  # rest of the first line; for "assign" the bare, lower-case address
    body: str  # the rest of the mail above the quoted original; the answer for "reply"


# verb -> (usage, one-line help) per language; the order is the order staff see them in.
_HELP: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "reply": ("reply", "the rest of your mail goes to the requester, with the reference"),
        "resolve": ("resolve <note>", "close the case as handled; the note goes to the requester"),
        "extend": ("extend <reason>", "extend the deadline by two months (GDPR Art. 12(3))"),
        "refuse": ("refuse <reason>", "refuse the request; the requester gets the reason"),
        "verified": ("verified", "you have checked the requester's identity yourself"),
        "note": ("note <text>", "add an internal note to the case; nothing is sent"),
        "assign": ("assign <address>", "make a colleague responsible for the case"),
        "breach": ("breach <why>", "a suspected data breach: alerts the privacy officer, "
                   "72 hours from receipt"),
        "no-breach": ("no-breach <why>", "no data breach after all: stops the 72-hour clock; "
                      "the case goes back to the question or request it is"),
    },
    "nl": {
        "reply": ("reply", "de rest van uw mail gaat naar de aanvrager, met het kenmerk"),
        "resolve": ("resolve <notitie>", "dossier afgehandeld; de notitie gaat naar de aanvrager"),
        "extend": ("extend <reden>", "termijn met twee maanden verlengen (AVG art. 12 lid 3)"),
        "refuse": ("refuse <reden>", "verzoek weigeren; de aanvrager krijgt de reden"),
        "verified": ("verified", "u heeft de identiteit van de aanvrager zelf gecontroleerd"),
        "note": ("note <tekst>", "interne notitie bij het dossier; er wordt niets verstuurd"),
        "assign": ("assign <adres>", "een collega verantwoordelijk maken voor het dossier"),
        "breach": ("breach <waarom>", "een vermoedelijk datalek: de privacy officer krijgt "
                   "direct bericht, 72 uur vanaf ontvangst"),
        "no-breach": ("no-breach <waarom>", "toch geen datalek: de 72-uursklok stopt; het "
                      "dossier wordt weer de vraag of het verzoek dat het is"),
    },
}
VERBS: dict[str, str] = {verb: f"{usage}: {text}" for verb, (usage, text) in _HELP["en"].items()}
_NEEDS_ARGUMENT = frozenset({"resolve", "extend", "refuse", "note", "assign", "breach",
                             "no-breach"})
_QUOTE_MARKERS = (
    re.compile(r"^>"),
    re.compile(r"^-{2,}\s*(original message|oorspronkelijk bericht|origineel bericht|"
               r"doorgestuurd bericht|forwarded message)\s*-{2,}$", re.IGNORECASE),
    re.compile(r"^_{10,}$"),  # Outlook's line above the quoted header block
    re.compile(r"^on\b.*\bwrote:$", re.IGNORECASE),
    re.compile(r"^op\b.*\bschreef\b.*:$", re.IGNORECASE),
    re.compile(r"^op\b.*\bhet volgende geschreven:$", re.IGNORECASE),  # Apple Mail, Dutch
)  # fmt: skip
_HEADER_BLOCK = re.compile(
    r"^(from|van|sent|verzonden|date|datum|to|aan|subject|onderwerp):\s", re.IGNORECASE
)
_INVISIBLE = str.maketrans({"\ufeff": None, "\u200b": None, "\xa0": " "})


def command_help(language: str) -> list[dict[str, str]]:
    """[{"verb", "usage", "help"}] in the staff's language, for the templates."""
    table = _HELP["nl" if language.lower().startswith("nl") else "en"]
    return [{"verb": v, "usage": u, "help": h} for v, (u, h) in table.items()]


def _is_quote_start(lines: Sequence[str], i: int) -> bool:
    line = lines[i].strip()
    if any(p.match(line) for p in _QUOTE_MARKERS):
        return True
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    # "On Tue, 24 Nov 2026 at 14:30, ONRO <info@onro.eu>" wrapped before "wrote:"
    if re.match(r"^(on|op)\b", line, re.IGNORECASE) and re.match(
        r"^.*\b(wrote|schreef|geschreven)\b.*:$", nxt, re.IGNORECASE
    ):
        return True
    # Outlook: "From: ..." / "Van: ..." followed by more header lines
    if re.match(r"^(from|van):\s", line, re.IGNORECASE):
        return any(_HEADER_BLOCK.match(x.strip()) for x in lines[i + 1 : i + 4])
    return False


def _unquoted(lines: Sequence[str]) -> str:
    kept: list[str] = []
    for i, line in enumerate(lines):
        if _is_quote_start(lines, i):
            break
        kept.append(line.rstrip())
    return "\n".join(kept).strip("\n")


def parse_staff_command(text: str) -> StaffCommand | None:
    """The command on the first non-empty line, or None when there is none or it
    lacks what it needs (an argument, an address, a reply text)."""
    lines = text.translate(_INVISIBLE).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None or _is_quote_start(lines, start):
        return None
    first = lines[start].strip()
    word, _, rest = first.partition(" ")
    verb = word.rstrip(":").lower()
    if verb not in VERBS:
        word, sep, after = first.partition(":")  # "resolve:done"
        verb, rest = (word.strip().lower(), after) if sep else (verb, rest)
        if verb not in VERBS:
            return None
    argument = rest.strip()
    if verb == "reply":
        body = _unquoted([argument, *lines[start + 1 :]] if argument else lines[start + 1 :])
        body = body.strip()
        return StaffCommand("reply", "", body) if body else None
    if verb in _NEEDS_ARGUMENT and not argument:
        return None
    if verb == "assign":
        address = parseaddr(argument)[1].strip().lower()
        if not _ADDRESS.match(address) or (len(argument.split()) > 1 and "<" not in argument):
            return None
        argument = address
    return StaffCommand(verb, argument, _unquoted(lines[start + 1 :]).strip())


# --- due times in words ------------------------------------------------------------------


def humanize_due(due: datetime, now: datetime, language: str, tz: str | tzinfo) -> str:
    """A due time as staff say it: "morgen 14:30", "over 3 dagen (vrijdag 27 november)",
    "2 dagen te laat". Other languages than nl get English."""
    nl = language.lower().startswith("nl")
    zone_ = zone(tz)
    due_l, now_l = _aware(due).astimezone(zone_), _aware(now).astimezone(zone_)
    if due_l < now_l:
        late = now_l - due_l
        amount, unit = next(
            (n, u) for n, u in ((late.days, "day"), (late.seconds // 3600, "hour"),
                                (max(late.seconds // 60, 1), "minute")) if n
        )  # fmt: skip
        if nl:
            word = {"day": ("dag", "dagen"), "hour": ("uur", "uur"),
                    "minute": ("minuut", "minuten")}[unit][amount != 1]  # fmt: skip
            return f"{amount} {word} te laat"
        return f"{amount} {unit}{'s' if amount != 1 else ''} overdue"
    ahead = (due_l.date() - now_l.date()).days
    if ahead == 0:
        return f"{'vandaag' if nl else 'today'} {due_l:%H:%M}"
    if ahead == 1:
        return f"{'morgen' if nl else 'tomorrow'} {due_l:%H:%M}"
    day = format_due(due_l, "nl" if nl else "en", zone_, with_time=False)
    if due_l.year == now_l.year:
        day = day.rsplit(" ", 1)[0]  # "vrijdag 27 november 2026" -> "vrijdag 27 november"
    return f"over {ahead} dagen ({day})" if nl else f"in {ahead} days ({day})"
