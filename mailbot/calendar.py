"""Deadlines: calendar days, Dutch working days, office hours, time zones.

Everything is computed in the organisation's local wall time and returned as an
aware datetime in UTC. A deadline "at 14:30" therefore stays at 14:30 local time
across a DST change, and the store only ever sees UTC.

Clock-level reading of the promises (the privacy statement speaks in days):
- "binnen 14 dagen" (rights requests, complaints): the same local clock time N
  calendar days later, not the end of that day. It is the simple reading, it is
  never later than the end-of-day reading, and customers only ever see the date.
  Weekends and holidays do not shift it: the statement promises days, not working days.
- "binnen een werkdag" (questions): see `OfficeCalendar.add_working_days`.
- GDPR Art. 12(3) limits (`legal_outer_limit`, `extended_limit`): one or three
  calendar months at the same clock time, clamped to the last day of a shorter
  month. Regulation 1182/71 would let such a period run to the end of the day
  and past a weekend; we do not use that slack, so the limit is conservative.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

from mailbot.config import CalendarSettings, DeadlineSettings, MailboxSettings
from mailbot.model import Category

DEFAULT_TIMEZONE = "Europe/Amsterdam"
EXTRA_CLOSED_NAME = "Extra sluitingsdag"
_SEARCH_LIMIT_DAYS = 2 * 366  # a calendar with no working day for two years is misconfigured

_DAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip


def zone(tz: str | tzinfo) -> tzinfo:
    """A tzinfo from an IANA name (or pass one through); a bad name raises ValueError."""
    if not isinstance(tz, str):
        return tz
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {tz!r}; use an IANA name like {DEFAULT_TIMEZONE!r}"
        ) from None


def _aware(dt: datetime) -> datetime:
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"expected a timezone-aware datetime, got {dt.isoformat()}")
    return dt


def _at(day: date, clock: time, tz: tzinfo) -> datetime:
    """Local wall time -> UTC. A clock time skipped by the spring DST change becomes
    the instant one hour later; one repeated in autumn takes its first occurrence."""
    local = datetime.combine(day, clock.replace(tzinfo=None, fold=0), tzinfo=tz)
    return local.astimezone(UTC)


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    w = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * w) // 451
    month, day = divmod(h + w - 7 * m + 114, 31)
    return date(year, month, day + 1)


class OfficeCalendar:
    """When the office is open: workdays, office hours and the days it is closed.

    Public holidays come from `holidays` (Dutch names); the organisation's choices on
    Good Friday, Liberation Day and extra closing days are applied on top, by date.
    """

    def __init__(
        self, settings: CalendarSettings | None = None, timezone: str | tzinfo = DEFAULT_TIMEZONE
    ) -> None:
        self.settings = settings if settings is not None else CalendarSettings()
        self.tz = zone(timezone)
        self._closed: dict[int, dict[date, str]] = {}

    @classmethod
    def for_mailbox(cls, mailbox: MailboxSettings) -> OfficeCalendar:
        return cls(mailbox.calendar, mailbox.organisation.timezone)

    def closed_days(self, year: int) -> dict[date, str]:
        """Every day of `year` the office is closed for a holiday, with its Dutch name.

        Weekends are not listed; `is_working_day` checks `workdays` separately.
        """
        cached = self._closed.get(year)
        if cached is not None:
            return dict(cached)
        s = self.settings
        days = dict(holidays.country_holidays("NL", years=year, language="nl").items())
        easter = easter_sunday(year)
        good_friday = easter - timedelta(days=2)
        ascension = easter + timedelta(days=39)
        liberation = date(year, 5, 5)
        if not s.good_friday_closed:
            days.pop(good_friday, None)
        if s.liberation_day == "always":
            days.setdefault(liberation, "Bevrijdingsdag")
        elif s.liberation_day == "never" and liberation in days:
            if liberation == ascension:  # 2005, 2016, 2062: still closed for Ascension Day
                parts = [p.strip() for p in days[liberation].split(";")]
                days[liberation] = "; ".join(p for p in parts if "bevrijding" not in p.lower())
                days[liberation] = days[liberation] or "Hemelvaartsdag"
            else:
                del days[liberation]
        # "lustrum" is what `holidays` lists: 5 May only every fifth year
        for extra in s.extra_closed_days:
            if extra.year == year:
                days.setdefault(extra, EXTRA_CLOSED_NAME)
        self._closed[year] = dict(sorted(days.items()))
        return dict(self._closed[year])

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.settings.workdays and day not in self.closed_days(day.year)

    def is_open(self, dt: datetime) -> bool:
        """True during office hours on a working day: [office_open, office_close)."""
        local = _aware(dt).astimezone(self.tz)
        s = self.settings
        return self.is_working_day(local.date()) and s.office_open <= local.time() < s.office_close

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after `day`."""
        for offset in range(1, _SEARCH_LIMIT_DAYS):
            candidate = day + timedelta(days=offset)
            if self.is_working_day(candidate):
                return candidate
        raise ValueError(
            "calendar: no working day within two years; check calendar.workdays "
            "and calendar.extra_closed_days"
        )

    def next_opening(self, dt: datetime) -> datetime:
        """The earliest moment at or after `dt` when the office is open (UTC).

        During office hours that is `dt` itself.
        """
        local = _aware(dt).astimezone(self.tz)
        s = self.settings
        if self.is_working_day(local.date()) and local.time() < s.office_close:
            if local.time() >= s.office_open:
                return local.astimezone(UTC)
            return _at(local.date(), s.office_open, self.tz)
        return _at(self.next_working_day(local.date()), s.office_open, self.tz)

    def add_working_days(self, dt: datetime, n: int) -> datetime:
        """`n` working days after `dt`, counted from when the office is next open (UTC).

        Received during office hours: the same clock time `n` working days later
        (Monday 16:59 -> Tuesday 16:59). Received outside them, the clock starts at the
        next opening: Thursday 17:05 -> opening Friday 09:00 -> due Monday 09:00.
        """
        if n < 0:
            raise ValueError(f"n must be 0 or more, got {n}")
        start = self.next_opening(dt).astimezone(self.tz)
        day = start.date()
        for _ in range(n):
            day = self.next_working_day(day)
        return _at(day, start.time(), self.tz)

    def local_time(self, day: date, clock: time) -> datetime:
        """`clock` on `day` in the office's time zone, as UTC."""
        return _at(day, clock, self.tz)

    def office_hours(self, day: date) -> tuple[datetime, datetime] | None:
        """Opening and closing time of `day` (UTC), or None when the office is closed."""
        if not self.is_working_day(day):
            return None
        return _at(day, self.settings.office_open, self.tz), _at(
            day, self.settings.office_close, self.tz
        )

    def office_time_between(self, start: datetime, end: datetime) -> timedelta:
        """How much of [start, end) falls in office hours: the time staff can work on it."""
        start, end = _aware(start), _aware(end)
        total = timedelta(0)
        day = start.astimezone(self.tz).date()
        last = end.astimezone(self.tz).date()
        while day <= last:
            hours = self.office_hours(day)
            if hours is not None:
                lo, hi = max(hours[0], start), min(hours[1], end)
                if hi > lo:
                    total += hi - lo
            day += timedelta(days=1)
        return total

    def add_office_time(self, start: datetime, amount: timedelta) -> datetime:
        """The moment `amount` of office time after `start` (UTC).

        The result always lies within office hours: an amount that uses up a day's
        hours exactly lands on the next opening, not on the closing time.
        """
        cursor = _aware(start).astimezone(UTC)
        day = cursor.astimezone(self.tz).date()
        for _ in range(_SEARCH_LIMIT_DAYS):
            hours = self.office_hours(day)
            if hours is not None and hours[1] > cursor:
                lo = max(hours[0], cursor)
                if amount < hours[1] - lo:
                    return lo + amount
                amount -= hours[1] - lo
            day += timedelta(days=1)
        raise ValueError(
            "calendar: no office hours within two years; check calendar.workdays "
            "and calendar.extra_closed_days"
        )


def add_calendar_days(dt: datetime, days: int, tz: str | tzinfo = DEFAULT_TIMEZONE) -> datetime:
    """The same local clock time `days` calendar days later (UTC). Across a DST change
    that is an hour more or less than `days` * 24 elapsed hours."""
    zone_ = zone(tz)
    local = _aware(dt).astimezone(zone_)
    return _at(local.date() + timedelta(days=days), local.time(), zone_)


def _add_months(dt: datetime, months: int, tz: str | tzinfo) -> datetime:
    zone_ = zone(tz)
    local = _aware(dt).astimezone(zone_)
    years, month0 = divmod(local.month - 1 + months, 12)
    year, month = local.year + years, month0 + 1
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    last_day = (first_of_next - timedelta(days=1)).day
    return _at(date(year, month, min(local.day, last_day)), local.time(), zone_)


def due_at(
    category: Category | str, received: datetime, deadlines: DeadlineSettings, cal: OfficeCalendar
) -> datetime | None:
    """When we promised to answer (UTC), or None for noise that is never answered.

    Rights requests and complaints: N calendar days at the same local clock time.
    Questions: N working days (`OfficeCalendar.add_working_days`). Unsubscribes are
    carried out at once, so they are due on receipt.
    """
    _aware(received)
    category = Category(category)
    if category is Category.RIGHTS_REQUEST:
        return add_calendar_days(received, deadlines.rights_request_days, cal.tz)
    if category is Category.COMPLAINT:
        return add_calendar_days(received, deadlines.complaint_days, cal.tz)
    if category is Category.QUESTION:
        return cal.add_working_days(received, deadlines.question_working_days)
    if category is Category.UNSUBSCRIBE:
        return received.astimezone(UTC)
    return None


def breach_due(received: datetime, deadlines: DeadlineSettings) -> datetime:
    """GDPR Art. 33: notify the authority within 72 hours. Elapsed hours, not wall-clock
    hours, so a DST change in between does not move it (UTC)."""
    return _aware(received).astimezone(UTC) + timedelta(hours=deadlines.breach_hours)


def legal_outer_limit(received: datetime, tz: str | tzinfo = DEFAULT_TIMEZONE) -> datetime:
    """GDPR Art. 12(3): one month from receipt; 31 January -> 28 or 29 February (UTC)."""
    return _add_months(received, 1, tz)


def extended_limit(received: datetime, tz: str | tzinfo = DEFAULT_TIMEZONE) -> datetime:
    """Art. 12(3) extension by two further months: three months from receipt (UTC)."""
    return _add_months(received, 3, tz)


def format_due(
    dt: datetime,
    language: str,
    tz: str | tzinfo = DEFAULT_TIMEZONE,
    *,
    now: datetime | None = None,
    with_time: bool | None = None,
) -> str:
    """A deadline for a customer: "dinsdag 8 december 2026" / "Tuesday 8 December 2026".

    The clock time is added (", 14:30") when `with_time` is true, or, when it is None,
    when the deadline is at most a day after `now`. Languages other than nl fall back
    to English.
    """
    lang = "nl" if language.lower().replace("_", "-").split("-")[0] == "nl" else "en"
    local = _aware(dt).astimezone(zone(tz))
    text = (
        f"{_DAYS[lang][local.weekday()]} {local.day} {_MONTHS[lang][local.month - 1]} {local.year}"
    )
    if with_time is None:
        with_time = now is not None and timedelta(0) <= dt - _aware(now) <= timedelta(days=1)
    return f"{text}, {local:%H:%M}" if with_time else text
