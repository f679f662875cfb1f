"""Deadlines at the clock level: DST, Dutch holidays, office hours, month ends."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest

from mailbot.calendar import (
    OfficeCalendar,
    add_calendar_days,
    breach_due,
    due_at,
    easter_sunday,
    extended_limit,
    format_due,
    legal_outer_limit,
)
from mailbot.config import CalendarSettings, DeadlineSettings
from mailbot.model import Category

AMS = ZoneInfo("Europe/Amsterdam")
DEADLINES = DeadlineSettings()


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=AMS)


@pytest.fixture
def cal() -> OfficeCalendar:
    return OfficeCalendar(CalendarSettings(), "Europe/Amsterdam")


def question_due(cal: OfficeCalendar, received: datetime) -> datetime:
    due = due_at(Category.QUESTION, received, DEADLINES, cal)
    assert due is not None
    return due.astimezone(AMS)


# --- calendar days: rights requests and complaints -------------------------------------


def test_rights_request_is_14_days_at_same_clock_time_across_autumn_dst(
    cal: OfficeCalendar,
) -> None:
    received = local(2026, 10, 20, 10, 0)  # CEST, +02:00
    due = due_at(Category.RIGHTS_REQUEST, received, DEADLINES, cal)
    assert due is not None
    assert due.astimezone(AMS) == local(2026, 11, 3, 10, 0)  # CET, +01:00
    assert due - received == timedelta(days=14, hours=1)


def test_complaint_is_14_days_across_spring_dst(cal: OfficeCalendar) -> None:
    received = local(2026, 3, 20, 10, 0)  # CET
    due = due_at(Category.COMPLAINT, received, DEADLINES, cal)
    assert due is not None
    assert due.astimezone(AMS) == local(2026, 4, 3, 10, 0)  # CEST, and Good Friday: no shift
    assert due - received == timedelta(days=13, hours=23)


def test_configured_day_counts_are_used(cal: OfficeCalendar) -> None:
    deadlines = DeadlineSettings(rights_request_days=10, complaint_days=5)
    received = local(2026, 6, 1, 12, 0)
    assert due_at(Category.RIGHTS_REQUEST, received, deadlines, cal) == local(2026, 6, 11, 12, 0)
    assert due_at(Category.COMPLAINT, received, deadlines, cal) == local(2026, 6, 6, 12, 0)


def test_calendar_days_land_on_a_skipped_wall_time() -> None:
    # 02:30 does not exist on 29 March 2026: it becomes 03:30 CEST
    due = add_calendar_days(local(2026, 3, 15, 2, 30), 14)
    assert due.astimezone(AMS).replace(tzinfo=None) == datetime(2026, 3, 29, 3, 30)


def test_results_are_utc_whatever_the_input_zone(cal: OfficeCalendar) -> None:
    received = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)  # 10:00 in Amsterdam
    for category in (Category.RIGHTS_REQUEST, Category.QUESTION, Category.UNSUBSCRIBE):
        due = due_at(category, received, DEADLINES, cal)
        assert due is not None and due.tzinfo is UTC
    assert due_at(Category.QUESTION, received, DEADLINES, cal) == local(2026, 6, 2, 10, 0)


def test_unsubscribe_is_due_at_once_and_noise_never(cal: OfficeCalendar) -> None:
    received = local(2026, 6, 6, 23, 0)  # a Saturday night
    assert due_at(Category.UNSUBSCRIBE, received, DEADLINES, cal) == received
    assert due_at(Category.NOISE, received, DEADLINES, cal) is None


def test_naive_datetimes_are_refused(cal: OfficeCalendar) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        due_at(Category.QUESTION, datetime(2026, 6, 1, 10, 0), DEADLINES, cal)
    with pytest.raises(ValueError, match="timezone-aware"):
        legal_outer_limit(datetime(2026, 6, 1, 10, 0))


def test_unknown_timezone_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown time zone"):
        OfficeCalendar(CalendarSettings(), "Europe/Amsterdm")


# --- one working day: questions --------------------------------------------------------


def test_question_during_office_hours_is_due_same_time_next_working_day(
    cal: OfficeCalendar,
) -> None:
    assert question_due(cal, local(2026, 11, 24, 14, 30)) == local(2026, 11, 25, 14, 30)


def test_question_on_friday_afternoon_is_due_monday(cal: OfficeCalendar) -> None:
    assert question_due(cal, local(2026, 11, 27, 16, 59)) == local(2026, 11, 30, 16, 59)


def test_question_after_closing_on_thursday_starts_friday_morning(cal: OfficeCalendar) -> None:
    # 17:05 Thursday: the clock starts Friday 09:00, one working day later is Monday 09:00
    assert question_due(cal, local(2026, 11, 26, 17, 5)) == local(2026, 11, 30, 9, 0)


def test_office_hours_are_half_open(cal: OfficeCalendar) -> None:
    assert cal.is_open(local(2026, 11, 24, 9, 0))
    assert not cal.is_open(local(2026, 11, 24, 17, 0))
    assert question_due(cal, local(2026, 11, 24, 17, 0)) == local(2026, 11, 26, 9, 0)
    assert question_due(cal, local(2026, 11, 24, 9, 0)) == local(2026, 11, 25, 9, 0)


def test_question_before_opening_starts_at_opening(cal: OfficeCalendar) -> None:
    assert question_due(cal, local(2026, 11, 24, 7, 30)) == local(2026, 11, 25, 9, 0)


@pytest.mark.parametrize("received", [local(2026, 11, 28, 11, 0), local(2026, 11, 29, 23, 59)])
def test_weekend_question_starts_monday_and_is_due_tuesday(
    cal: OfficeCalendar, received: datetime
) -> None:
    assert cal.next_opening(received) == local(2026, 11, 30, 9, 0)
    assert question_due(cal, received) == local(2026, 12, 1, 9, 0)


def test_question_at_1659_on_good_friday_when_closed(cal: OfficeCalendar) -> None:
    # Good Friday 3 April 2026 is closed: the clock starts Tuesday 7 April after Easter Monday
    received = local(2026, 4, 3, 16, 59)
    assert not cal.is_working_day(date(2026, 4, 3))
    assert cal.next_opening(received) == local(2026, 4, 7, 9, 0)
    assert question_due(cal, received) == local(2026, 4, 8, 9, 0)


def test_question_at_1659_on_good_friday_when_open() -> None:
    cal = OfficeCalendar(CalendarSettings(good_friday_closed=False))
    assert date(2026, 4, 3) not in cal.closed_days(2026)
    assert question_due(cal, local(2026, 4, 3, 16, 59)) == local(2026, 4, 7, 16, 59)


def test_question_on_maundy_thursday_skips_the_easter_weekend(cal: OfficeCalendar) -> None:
    assert question_due(cal, local(2026, 4, 2, 16, 59)) == local(2026, 4, 7, 16, 59)


def test_question_in_christmas_week(cal: OfficeCalendar) -> None:
    # Thursday 24 December 2026; 25 and 26 December are holidays, then a Sunday
    assert question_due(cal, local(2026, 12, 24, 15, 0)) == local(2026, 12, 28, 15, 0)
    assert question_due(cal, local(2026, 12, 24, 17, 30)) == local(2026, 12, 29, 9, 0)
    assert question_due(cal, local(2026, 12, 25, 10, 0)) == local(2026, 12, 29, 9, 0)


def test_question_over_new_year(cal: OfficeCalendar) -> None:
    assert question_due(cal, local(2026, 12, 31, 12, 0)) == local(2027, 1, 4, 12, 0)


def test_question_across_the_spring_dst_weekend(cal: OfficeCalendar) -> None:
    received = local(2026, 3, 27, 16, 0)  # Friday, CET
    due = question_due(cal, received)
    assert due == local(2026, 3, 30, 16, 0)  # Monday, CEST: same wall clock
    assert due.utcoffset() == timedelta(hours=2)


def test_more_working_days_and_zero(cal: OfficeCalendar) -> None:
    assert cal.add_working_days(local(2026, 11, 26, 10, 0), 3) == local(2026, 12, 1, 10, 0)
    assert cal.add_working_days(local(2026, 11, 28, 10, 0), 0) == local(2026, 11, 30, 9, 0)
    with pytest.raises(ValueError):
        cal.add_working_days(local(2026, 11, 28, 10, 0), -1)


def test_custom_workdays_and_hours() -> None:
    cal = OfficeCalendar(
        CalendarSettings(workdays=(0, 1, 2, 3), office_open=time(8, 30), office_close=time(12, 0))
    )
    assert not cal.is_working_day(date(2026, 11, 27))  # a Friday
    assert question_due(cal, local(2026, 11, 26, 11, 0)) == local(2026, 11, 30, 11, 0)
    assert question_due(cal, local(2026, 11, 26, 12, 0)) == local(2026, 12, 1, 8, 30)


def test_next_opening_during_hours_is_now(cal: OfficeCalendar) -> None:
    now = local(2026, 11, 24, 11, 15)
    assert cal.next_opening(now) == now


# --- closed days ---------------------------------------------------------------------


def test_koningsdag_on_sunday_moves_to_saturday(cal: OfficeCalendar) -> None:
    assert date(2025, 4, 27).weekday() == 6
    days = cal.closed_days(2025)
    assert days[date(2025, 4, 26)] == "Koningsdag"
    assert date(2025, 4, 27) not in days
    assert date(2014, 4, 26) in cal.closed_days(2014)


def test_koningsdag_on_monday_is_closed(cal: OfficeCalendar) -> None:
    assert cal.closed_days(2026)[date(2026, 4, 27)] == "Koningsdag"
    assert question_due(cal, local(2026, 4, 24, 10, 0)) == local(2026, 4, 28, 10, 0)


def test_liberation_day_lustrum(cal: OfficeCalendar) -> None:
    assert cal.closed_days(2025)[date(2025, 5, 5)] == "Bevrijdingsdag"
    assert date(2026, 5, 5) not in cal.closed_days(2026)
    # Friday 2 May 2025 -> Monday 5 May closed -> Tuesday
    assert question_due(cal, local(2025, 5, 2, 10, 0)) == local(2025, 5, 6, 10, 0)
    # Monday 4 May 2026 -> Tuesday 5 May is a working day
    assert question_due(cal, local(2026, 5, 4, 10, 0)) == local(2026, 5, 5, 10, 0)


def test_liberation_day_always_and_never() -> None:
    always = OfficeCalendar(CalendarSettings(liberation_day="always"))
    never = OfficeCalendar(CalendarSettings(liberation_day="never"))
    assert always.closed_days(2026)[date(2026, 5, 5)] == "Bevrijdingsdag"
    assert not always.is_working_day(date(2026, 5, 5))
    assert date(2025, 5, 5) not in never.closed_days(2025)
    assert never.is_working_day(date(2025, 5, 5))


def test_liberation_day_never_keeps_ascension_on_the_same_date() -> None:
    never = OfficeCalendar(CalendarSettings(liberation_day="never"))
    assert never.closed_days(2005)[date(2005, 5, 5)] == "Hemelvaartsdag"


def test_extra_closed_days() -> None:
    cal = OfficeCalendar(
        CalendarSettings(extra_closed_days=(date(2026, 12, 24), date(2026, 12, 31)))
    )
    days = cal.closed_days(2026)
    assert days[date(2026, 12, 24)] == "Extra sluitingsdag"
    assert days[date(2026, 12, 25)] == "Eerste kerstdag"
    assert question_due(cal, local(2026, 12, 23, 10, 0)) == local(2026, 12, 28, 10, 0)
    assert question_due(cal, local(2026, 12, 30, 16, 0)) == local(2027, 1, 4, 16, 0)
    assert date(2026, 12, 24) not in cal.closed_days(2027)


def test_closed_days_are_dutch_and_complete(cal: OfficeCalendar) -> None:
    names = set(cal.closed_days(2026).values())
    assert {
        "Nieuwjaarsdag",
        "Goede vrijdag",
        "Tweede paasdag",
        "Koningsdag",
        "Hemelvaartsdag",
        "Tweede pinksterdag",
        "Eerste kerstdag",
        "Tweede kerstdag",
    } <= names


def test_closed_days_returns_a_copy(cal: OfficeCalendar) -> None:
    cal.closed_days(2026).clear()
    assert cal.closed_days(2026)


def test_easter_matches_holidays() -> None:
    for year in range(1990, 2100):
        nl = holidays.country_holidays("NL", years=year, language="nl")
        assert nl.get(easter_sunday(year) - timedelta(days=2)) == "Goede vrijdag", year


# --- legal limits and breaches ------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "limit"),
    [
        (local(2026, 1, 31, 10, 0), local(2026, 2, 28, 10, 0)),
        (local(2028, 1, 31, 10, 0), local(2028, 2, 29, 10, 0)),  # leap year
        (local(2028, 1, 29, 10, 0), local(2028, 2, 29, 10, 0)),
        (local(2026, 3, 31, 10, 0), local(2026, 4, 30, 10, 0)),
        (local(2026, 3, 15, 10, 0), local(2026, 4, 15, 10, 0)),  # across DST: same wall clock
        (local(2026, 12, 15, 10, 0), local(2027, 1, 15, 10, 0)),
    ],
)
def test_legal_outer_limit_is_one_calendar_month(received: datetime, limit: datetime) -> None:
    assert legal_outer_limit(received) == limit


def test_legal_limit_uses_the_local_date() -> None:
    # 23:30 UTC on 31 January is already 1 February in Amsterdam
    received = datetime(2026, 1, 31, 23, 30, tzinfo=UTC)
    assert legal_outer_limit(received) == local(2026, 3, 1, 0, 30)
    assert legal_outer_limit(received, "UTC") == datetime(2026, 2, 28, 23, 30, tzinfo=UTC)


def test_extended_limit_is_three_months() -> None:
    assert extended_limit(local(2026, 11, 30, 10, 0)) == local(2027, 2, 28, 10, 0)
    assert extended_limit(local(2027, 11, 30, 10, 0)) == local(2028, 2, 29, 10, 0)
    assert extended_limit(local(2026, 1, 10, 10, 0)) == local(2026, 4, 10, 10, 0)


def test_breach_is_72_elapsed_hours_across_dst() -> None:
    received = local(2026, 3, 27, 12, 0)  # Friday, CET
    due = breach_due(received, DEADLINES)
    assert due - received == timedelta(hours=72)
    assert due.astimezone(AMS) == local(2026, 3, 30, 13, 0)  # CEST: the wall clock moved
    assert due.tzinfo is UTC
    assert breach_due(received, DeadlineSettings(breach_hours=24)) - received == timedelta(hours=24)


# --- formatting -----------------------------------------------------------------------


def test_format_due_dutch_and_english() -> None:
    due = local(2026, 12, 8, 10, 0)
    assert format_due(due, "nl", "Europe/Amsterdam") == "dinsdag 8 december 2026"
    assert format_due(due, "en", "Europe/Amsterdam") == "Tuesday 8 December 2026"
    assert format_due(due, "nl-BE", AMS) == "dinsdag 8 december 2026"
    assert format_due(due, "de", AMS) == "Tuesday 8 December 2026"


def test_format_due_adds_the_time_within_a_day() -> None:
    due = local(2026, 11, 25, 14, 30)
    assert (
        format_due(due, "nl", AMS, now=local(2026, 11, 24, 14, 30))
        == "woensdag 25 november 2026, 14:30"
    )
    assert (
        format_due(due, "en", AMS, now=local(2026, 11, 24, 14, 29)) == "Wednesday 25 November 2026"
    )
    assert format_due(due, "en", AMS, with_time=True) == "Wednesday 25 November 2026, 14:30"
    assert format_due(due, "nl", AMS, now=local(2026, 11, 25, 9, 0), with_time=False) == (
        "woensdag 25 november 2026"
    )


def test_format_due_uses_the_organisation_zone() -> None:
    due = datetime(2026, 12, 7, 23, 30, tzinfo=UTC)
    assert format_due(due, "nl", AMS, with_time=True) == "dinsdag 8 december 2026, 00:30"
    assert format_due(due, "nl", "UTC") == "maandag 7 december 2026"


def test_category_may_be_given_as_its_value(cal: OfficeCalendar) -> None:
    received = local(2026, 11, 24, 14, 30)
    assert due_at("question", received, DEADLINES, cal) == local(2026, 11, 25, 14, 30)
    with pytest.raises(ValueError):
        due_at("unknown", received, DEADLINES, cal)
