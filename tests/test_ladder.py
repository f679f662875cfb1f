"""The escalation ladder, the digest, staff reply addresses and commands, due times in words."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from mailbot.calendar import OfficeCalendar, due_at
from mailbot.config import DeadlineSettings, EscalationSettings
from mailbot.ladder import (
    ACTIVE_STATUSES,
    VERBS,
    CaseClock,
    StaffCommand,
    Stage,
    command_help,
    digest_due,
    humanize_due,
    most_severe,
    parse_staff_address,
    parse_staff_command,
    staff_address,
    staff_token,
    stages_due,
    token_ok,
)

AMS = ZoneInfo("Europe/Amsterdam")
REF = "ONRO-2026-0001"
KEY = b"a key that only the server knows"
LADDER = EscalationSettings()


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=AMS)


@pytest.fixture
def cal() -> OfficeCalendar:
    return OfficeCalendar()


def clock(
    cal: OfficeCalendar,
    category: str,
    opened: datetime,
    status: str = "open",
    **extra: object,
) -> CaseClock:
    due = due_at(category, opened, DeadlineSettings(), cal)
    return CaseClock(REF, category, status, opened, due, **extra)  # type: ignore[arg-type]


def timeline(stages: list[Stage]) -> list[tuple[str, datetime]]:
    return [(s.key, s.at.astimezone(AMS)) for s in stages]


# --- office time (the calendar functions the ladder uses) ---------------------------------


def test_office_time_between_skips_nights_weekends_and_holidays(cal: OfficeCalendar) -> None:
    assert cal.office_time_between(local(2026, 11, 27, 16), local(2026, 11, 30, 16)) == timedelta(
        hours=8
    )
    # Christmas Eve (Thursday) to the Monday after: 25 December is a holiday
    assert cal.office_time_between(local(2026, 12, 24, 9), local(2026, 12, 28, 9)) == timedelta(
        hours=8
    )
    assert cal.office_time_between(local(2026, 11, 30, 12), local(2026, 11, 30, 10)) == timedelta(0)


def test_add_office_time_lands_in_office_hours(cal: OfficeCalendar) -> None:
    friday = local(2026, 11, 27, 16)
    assert cal.add_office_time(friday, timedelta(minutes=30)) == local(2026, 11, 27, 16, 30)
    assert cal.add_office_time(friday, timedelta(hours=1)) == local(2026, 11, 30, 9)  # not 17:00
    assert cal.add_office_time(friday, timedelta(hours=4)) == local(2026, 11, 30, 12)
    assert cal.add_office_time(local(2026, 11, 28, 3), timedelta(0)) == local(2026, 11, 30, 9)


# --- stages ----------------------------------------------------------------------------------


def test_fourteen_day_case(cal: OfficeCalendar) -> None:
    case = clock(cal, "rights_request", local(2026, 11, 24, 14, 30))  # Tuesday
    assert case.due_at == local(2026, 12, 8, 14, 30)
    # 80 office hours from opening to due: 40 h -> Tuesday 1 Dec, 64 h -> Friday 4 Dec
    assert timeline(stages_due(case, local(2026, 12, 14, 14, 30), LADDER, cal)) == [
        ("reminder", local(2026, 12, 1, 14, 30)),
        ("urgent", local(2026, 12, 4, 14, 30)),
        ("overdue", local(2026, 12, 8, 14, 30)),
        ("overdue+1", local(2026, 12, 9, 14, 30)),
        ("overdue+2", local(2026, 12, 10, 14, 30)),
        ("overdue+3", local(2026, 12, 11, 14, 30)),
        ("overdue+4", local(2026, 12, 14, 14, 30)),  # Monday: the weekend is skipped
    ]
    assert stages_due(case, local(2026, 12, 1, 14, 29), LADDER, cal) == []
    assert [s.key for s in stages_due(case, local(2026, 12, 8, 14, 29), LADDER, cal)] == [
        "reminder",
        "urgent",
    ]


def test_question_received_friday_afternoon_is_chased_on_monday(cal: OfficeCalendar) -> None:
    case = clock(cal, "question", local(2026, 11, 27, 16))  # Friday 16:00
    assert case.due_at == local(2026, 11, 30, 16)  # Monday 16:00
    assert stages_due(case, local(2026, 11, 29, 23, 59), LADDER, cal) == []  # quiet weekend
    stages = stages_due(case, local(2026, 12, 1, 16), LADDER, cal)
    assert timeline(stages) == [
        ("reminder", local(2026, 11, 30, 12)),  # half of the 8 office hours
        ("urgent", local(2026, 11, 30, 14, 24)),  # 80 %
        ("overdue", local(2026, 11, 30, 16)),
        ("overdue+1", local(2026, 12, 1, 16)),
    ]
    assert all(s.at.astimezone(AMS).weekday() < 5 for s in stages)


def test_question_received_after_hours_starts_at_the_next_opening(cal: OfficeCalendar) -> None:
    case = clock(cal, "question", local(2026, 11, 26, 17, 5))  # Thursday evening
    assert case.due_at == local(2026, 11, 30, 9)
    assert timeline(stages_due(case, local(2026, 12, 1, 9), LADDER, cal)) == [
        ("reminder", local(2026, 11, 27, 13)),
        ("urgent", local(2026, 11, 27, 15, 24)),
        ("overdue", local(2026, 11, 30, 9)),
        ("overdue+1", local(2026, 12, 1, 9)),
    ]


def test_repeats_skip_christmas_and_new_year(cal: OfficeCalendar) -> None:
    case = clock(cal, "complaint", local(2026, 12, 10, 10))
    assert case.due_at == local(2026, 12, 24, 10)
    repeats = [
        at
        for key, at in timeline(stages_due(case, local(2027, 1, 4, 12), LADDER, cal))
        if key.startswith("overdue+")
    ]
    assert repeats == [
        local(2026, 12, 28, 10),  # 25 December (Friday) and the weekend skipped
        local(2026, 12, 29, 10),
        local(2026, 12, 30, 10),
        local(2026, 12, 31, 10),
        local(2027, 1, 4, 10),  # New Year's Day (Friday) skipped
    ]


def test_repeats_outside_office_hours_go_to_the_opening(cal: OfficeCalendar) -> None:
    case = clock(cal, "rights_request", local(2026, 11, 22, 20))  # Sunday 20:00
    assert case.due_at == local(2026, 12, 6, 20)  # a Sunday evening
    stages = stages_due(case, local(2026, 12, 8, 12), LADDER, cal)
    assert timeline(stages)[-3:] == [
        ("overdue", local(2026, 12, 6, 20)),  # the deadline itself, whenever it is
        ("overdue+1", local(2026, 12, 7, 9)),
        ("overdue+2", local(2026, 12, 8, 9)),
    ]
    for stage in stages[:2]:
        assert cal.is_open(stage.at)


def test_repeat_every_second_working_day(cal: OfficeCalendar) -> None:
    every_two = EscalationSettings(overdue_repeat_working_days=2)
    case = clock(cal, "question", local(2026, 11, 24, 10))  # due Wednesday 10:00
    keys = timeline(stages_due(case, local(2026, 12, 2, 10), every_two, cal))
    assert keys[-3:] == [
        ("overdue", local(2026, 11, 25, 10)),
        ("overdue+1", local(2026, 11, 27, 10)),
        ("overdue+2", local(2026, 12, 1, 10)),
    ]


@pytest.mark.parametrize("status", ["answered", "resolved", "refused", "closed"])
def test_no_stages_for_inactive_statuses(cal: OfficeCalendar, status: str) -> None:
    case = clock(cal, "rights_request", local(2026, 1, 5, 10), status=status)
    assert stages_due(case, local(2026, 6, 1), LADDER, cal) == []
    assert status not in ACTIVE_STATUSES


def test_no_stages_without_a_deadline_or_for_unsubscribes(cal: OfficeCalendar) -> None:
    later = local(2026, 6, 1)
    assert stages_due(clock(cal, "unsubscribe", local(2026, 1, 5, 10)), later, LADDER, cal) == []
    assert stages_due(clock(cal, "noise", local(2026, 1, 5, 10)), later, LADDER, cal) == []
    assert ACTIVE_STATUSES == {"new", "awaiting_verification", "open", "extended"}


def test_extended_case_starts_a_fresh_ladder(cal: OfficeCalendar) -> None:
    opened = local(2026, 11, 24, 14, 30)
    case = CaseClock(REF, "rights_request", "extended", opened, local(2027, 2, 24, 14, 30))
    keys = [s.key for s in stages_due(case, local(2027, 2, 25, 15), LADDER, cal)]
    assert keys == [
        "extended:reminder",
        "extended:urgent",
        "extended:overdue",
        "extended:overdue+1",
    ]


def test_breach_clock_counts_hours_through_the_weekend(cal: OfficeCalendar) -> None:
    opened = local(2026, 11, 27, 18)  # Friday evening
    case = clock(cal, "complaint", opened, breach=True, breach_due_at=opened + timedelta(hours=72))
    stages = [s for s in stages_due(case, local(2026, 12, 7, 12), LADDER, cal) if s.breach]
    assert timeline(stages) == [
        ("breach:reminder", local(2026, 11, 29, 6)),  # 36 h, Sunday morning
        ("breach:urgent", local(2026, 11, 30, 3, 36)),  # 57.6 h, Monday night
        ("breach:overdue", local(2026, 11, 30, 18)),  # 72 h, no repeats
    ]
    assert most_severe(stages) == stages[-1]


def test_stages_are_oldest_first_and_most_severe_is_the_latest_overdue(
    cal: OfficeCalendar,
) -> None:
    case = clock(cal, "question", local(2026, 11, 24, 10))
    stages = stages_due(case, local(2026, 11, 27, 12), LADDER, cal)
    assert [s.at for s in stages] == sorted(s.at for s in stages)
    worst = most_severe(stages)
    assert worst is not None and worst.key == "overdue+2" and worst.level == "overdue"
    assert most_severe(stages[:2]) == stages[1]  # urgent beats reminder
    assert most_severe([]) is None


def test_naive_datetimes_are_refused(cal: OfficeCalendar) -> None:
    case = clock(cal, "question", local(2026, 11, 24, 10))
    with pytest.raises(ValueError):
        stages_due(case, datetime(2026, 11, 30), LADDER, cal)


# --- digest ----------------------------------------------------------------------------------


def test_digest_on_working_days_from_the_digest_time(cal: OfficeCalendar) -> None:
    assert digest_due(None, local(2026, 11, 28, 10), LADDER, cal) is None  # Saturday
    assert digest_due(None, local(2026, 11, 30, 8, 29), LADDER, cal) is None  # Monday, too early
    assert digest_due(None, local(2026, 11, 30, 8, 30), LADDER, cal) == date(2026, 11, 30)
    assert digest_due(date(2026, 11, 27), local(2026, 11, 30, 15), LADDER, cal) == date(
        2026, 11, 30
    )
    assert digest_due(date(2026, 11, 30), local(2026, 11, 30, 15), LADDER, cal) is None  # sent
    assert digest_due(None, local(2026, 12, 25, 10), LADDER, cal) is None  # Christmas Day
    off = EscalationSettings(digest=False)
    assert digest_due(None, local(2026, 11, 30, 10), off, cal) is None
    late = EscalationSettings(digest_time=time(10, 0))
    assert digest_due(None, local(2026, 11, 30, 9), late, cal) is None
    # the local date counts, not the UTC one: 00:30 in Amsterdam is still the day before in UTC
    early = EscalationSettings(digest_time=time(0, 15))
    assert digest_due(None, datetime(2026, 11, 29, 23, 30, tzinfo=UTC), early, cal) == date(
        2026, 11, 30
    )


# --- staff reply addresses ---------------------------------------------------------------------


def test_token_round_trip_and_tampering() -> None:
    token = staff_token(KEY, REF)
    assert len(token) == 10 and token.isalnum() and token == token.lower()
    assert token_ok(KEY, REF, token)
    assert token_ok(KEY, REF.lower(), token.upper())  # mail systems may change the case
    tampered = ("a" if token[0] != "a" else "b") + token[1:]
    assert not token_ok(KEY, REF, tampered)
    assert not token_ok(KEY, "ONRO-2026-0002", token)  # a token is bound to its case
    assert not token_ok(b"another key", REF, token)
    assert not token_ok(KEY, REF, "")
    assert not token_ok(KEY, REF, "ééééééééééé")
    assert not token_ok(b"", REF, token)
    with pytest.raises(ValueError):
        staff_token(b"", REF)


def test_staff_address_round_trip() -> None:
    token = staff_token(KEY, REF)
    address = staff_address("ONRO <info@onro.eu>", REF, token)
    assert address == f"info+{REF}.{token}@onro.eu"
    assert parse_staff_address(address) == (REF, token)
    assert parse_staff_address(address.upper()) == (REF, token)
    assert parse_staff_address(f"Piet <{address}>") == (REF, token)
    assert parse_staff_address(address.replace("onro.eu", "ONRO.EU"), "info@onro.eu") == (
        REF,
        token,
    )
    assert parse_staff_address(address, "info@other.example") is None
    assert parse_staff_address(address, "support@onro.eu") is None
    assert staff_address("info+old@onro.eu", REF, token) == address


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "info@onro.eu",
        f"info+{REF}@onro.eu",  # no token
        f"info+{REF}.abc@onro.eu",  # token too short
        f"info+{REF}.abcdefghi1@onro.eu",  # 1 is not a base32 letter
        f"info+{REF}.abcdefghij@",
        f"info+{REF}.abcdefghij@onro.eu\r\nBcc: x@evil.example",
        "info+../../etc.abcdefghij@onro.eu",
        f"info+{REF}.abcdefghij.abcdefghij@onro.eu",
        f"+{REF}.abcdefghij@onro.eu",
        "not an address at all",
    ],
)
def test_garbage_staff_addresses_are_refused(garbage: str) -> None:
    assert parse_staff_address(garbage) is None


# --- staff commands ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("resolve Gegevens verwijderd.", StaffCommand("resolve", "Gegevens verwijderd.", "")),
        ("RESOLVE done", StaffCommand("resolve", "done", "")),
        ("Resolve: done", StaffCommand("resolve", "done", "")),
        ("resolve:done", StaffCommand("resolve", "done", "")),
        (
            "extend Gegevens in vier systemen",
            StaffCommand("extend", "Gegevens in vier systemen", ""),
        ),
        (
            "refuse Facturen bewaren we 7 jaar",
            StaffCommand("refuse", "Facturen bewaren we 7 jaar", ""),
        ),
        ("verified", StaffCommand("verified", "", "")),
        ("Verified via telefoon", StaffCommand("verified", "via telefoon", "")),
        ("note Klant gebeld", StaffCommand("note", "Klant gebeld", "")),
        ("assign Piet@ONRO.eu", StaffCommand("assign", "piet@onro.eu", "")),
        ("assign Piet Jansen <piet@onro.eu>", StaffCommand("assign", "piet@onro.eu", "")),
        (
            "\n\n  note  met spaties  \r\nen meer\r\n",
            StaffCommand("note", "met spaties", "en meer"),
        ),
        ("\ufeffnote\xa0bom", StaffCommand("note", "bom", "")),
        ("breach formulier lag open op de balie",
         StaffCommand("breach", "formulier lag open op de balie", "")),
        ("No-Breach: lag bij onze eigen balie", StaffCommand("no-breach", "lag bij onze eigen balie", "")),
    ],
)
def test_commands(text: str, expected: StaffCommand) -> None:
    assert parse_staff_command(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n",
        "resolve",
        "resolve   ",
        "extend\nreden op de volgende regel",
        "refuse",
        "note",
        "assign",
        "assign piet",
        "breach",
        "no-breach",
        "nobreach geen lek",
        "assign piet@onro.eu alsjeblieft",
        "assign <script>@x",
        "close it",
        "Hoi, kun je dit oppakken?",
        "reply",
        "reply\n\nOn Tue, 24 Nov 2026 at 14:30, ONRO <info@onro.eu> wrote:\n> hello",
        "> resolve quoted",
    ],
)
def test_invalid_commands(text: str) -> None:
    assert parse_staff_command(text) is None


ANSWER = "Beste Jan,\n\nWe hebben uw gegevens verwijderd.\n\nGroet,\nPiet"
QUOTES = {
    "gmail en": "On Tue, 24 Nov 2026 at 14:30, ONRO <info@onro.eu> wrote:\n> Case ONRO-2026-0001",
    "gmail en wrapped": "On Tue, 24 Nov 2026 at 14:30, ONRO Mailbox\n<info@onro.eu> wrote:\n> x",
    "gmail nl": "Op di 24 nov 2026 om 14:30 schreef ONRO <info@onro.eu>:\n> Dossier",
    "apple nl": "Op 24 nov. 2026, om 14:30 heeft ONRO <info@onro.eu> het volgende geschreven:\n\n> x",
    "outlook en": "-----Original Message-----\nFrom: ONRO <info@onro.eu>\nSent: Tuesday",
    "outlook nl": "Van: ONRO <info@onro.eu>\nVerzonden: dinsdag 24 november 2026 14:30\nAan: Piet",
    "outlook line": "________________________________\nFrom: ONRO <info@onro.eu>\nSent: Tuesday",
    "oorspronkelijk": "-----Oorspronkelijk bericht-----\nVan: ONRO",
    "plain quote": "> HERINNERING: dossier ONRO-2026-0001\n> ...",
}


@pytest.mark.parametrize("client", sorted(QUOTES))
def test_reply_takes_the_text_above_the_quote(client: str) -> None:
    mail = f"reply\n{ANSWER}\n\n{QUOTES[client]}\n"
    assert parse_staff_command(mail) == StaffCommand("reply", "", ANSWER)
    crlf = mail.replace("\n", "\r\n")
    assert parse_staff_command(crlf) == StaffCommand("reply", "", ANSWER)


def test_reply_text_may_start_on_the_command_line() -> None:
    command = parse_staff_command("Reply Beste Jan,\nHier is het antwoord.")
    assert command == StaffCommand("reply", "", "Beste Jan,\nHier is het antwoord.")


def test_other_verbs_keep_the_rest_of_the_mail_as_body() -> None:
    command = parse_staff_command(
        "resolve Verwijderd.\nIn CRM en boekhouding.\n\nOp di 24 nov 2026 om 14:30 schreef X:\n> y"
    )
    assert command == StaffCommand("resolve", "Verwijderd.", "In CRM en boekhouding.")


def test_a_line_starting_with_from_is_only_a_quote_marker_before_headers() -> None:
    command = parse_staff_command("reply\nFrom: our side, all is done.\nGroet")
    assert command is not None and command.body == "From: our side, all is done.\nGroet"


def test_every_verb_has_help_in_both_languages() -> None:
    assert list(VERBS) == ["reply", "resolve", "extend", "refuse", "verified", "note", "assign",
                           "breach", "no-breach"]
    for language in ("nl", "en"):
        rows = command_help(language)
        assert [r["verb"] for r in rows] == list(VERBS)
        assert all(r["usage"].startswith(r["verb"]) and r["help"] for r in rows)
    assert command_help("nl")[1]["usage"] == "resolve <notitie>"
    assert command_help("de")[1]["usage"] == "resolve <note>"


# --- due times in words ------------------------------------------------------------------------------

NOW = local(2026, 11, 24, 10)  # Tuesday


@pytest.mark.parametrize(
    ("due", "nl", "en"),
    [
        (local(2026, 11, 24, 16), "vandaag 16:00", "today 16:00"),
        (local(2026, 11, 25, 14, 30), "morgen 14:30", "tomorrow 14:30"),
        (local(2026, 11, 27, 9), "over 3 dagen (vrijdag 27 november)", "in 3 days (Friday 27 November)"),
        (local(2027, 1, 4, 9), "over 41 dagen (maandag 4 januari 2027)", "in 41 days (Monday 4 January 2027)"),
        (local(2026, 11, 22, 9), "2 dagen te laat", "2 days overdue"),
        (local(2026, 11, 23, 9), "1 dag te laat", "1 day overdue"),
        (local(2026, 11, 24, 7), "3 uur te laat", "3 hours overdue"),
        (local(2026, 11, 24, 9), "1 uur te laat", "1 hour overdue"),
        (local(2026, 11, 24, 9, 35), "25 minuten te laat", "25 minutes overdue"),
        (local(2026, 11, 24, 9, 59).replace(second=59), "1 minuut te laat", "1 minute overdue"),
    ],
)  # fmt: skip
def test_humanize_due(due: datetime, nl: str, en: str) -> None:
    assert humanize_due(due, NOW, "nl", AMS) == nl
    assert humanize_due(due.astimezone(UTC), NOW.astimezone(UTC), "en", "Europe/Amsterdam") == en


def test_humanize_due_counts_local_days() -> None:
    # 23:30 UTC on Tuesday is already Wednesday in Amsterdam
    assert humanize_due(datetime(2026, 11, 24, 23, 30, tzinfo=UTC), NOW, "en-GB", AMS) == (
        "tomorrow 00:30"
    )
