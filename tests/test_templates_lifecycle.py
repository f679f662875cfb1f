"""Case correspondence and staff mail templates: complete, strict, escaped, in nl and en."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
import pytest

from mailbot.config import OrganisationSettings
from mailbot.ladder import VERBS, command_help
from mailbot.render import Renderer

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
REF = "ONRO-2026-0001"
EVIL = "<script>alert(1)</script>"
CODE = "482913"
LANGUAGES = ("nl", "en")

# The variables each template needs: this table is their documentation. Staff mail lists
# the reply commands itself (the `command_help` global); optional extras are tested below.
CUSTOMER: dict[str, set[str]] = {
    "verification_request": {"org", "reference", "sender_name", "code", "expires_text",
                             "rights_named"},
    "verification_confirmed": {"org", "reference", "sender_name", "due_text"},
    "extension_notice": {"org", "reference", "sender_name", "reason", "new_due_text", "dpa_name",
                         "dpa_url"},
    "refusal": {"org", "reference", "sender_name", "reasons", "dpa_name", "dpa_url"},
    "resolution": {"org", "reference", "sender_name", "note"},
    "ask_employer": {"org", "reference", "sender_name"},
    "staff_reply": {"org", "reference", "text"},
}  # fmt: skip
STAFF: dict[str, set[str]] = {
    "staff_escalation": {"org", "level", "reference", "requester", "subject", "category",
                         "rights_named", "received_text", "due_text", "verification_pending",
                         "evidence", "excerpt", "breach"},
    "staff_digest": {"org", "date_text", "cases"},
    "breach_alert": {"org", "reference", "requester", "subject", "received_text",
                     "notify_by_text", "excerpt", "dpa_name", "dpa_url", "evidence",
                     "breach_by_reading"},
    "staff_confirmation": {"org", "action", "reference", "details"},
    "staff_unknown_command": {"org", "reference"},
}  # fmt: skip
ALL = {**CUSTOMER, **STAFF}


@pytest.fixture(scope="module")
def org() -> OrganisationSettings:
    return OrganisationSettings(
        name="ONRO",
        address="info@onro.eu",
        reference_prefix="ONRO",
        privacy_officer="privacy@onro.eu",
        website="https://onro.eu",
    )


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer([TEMPLATES])


def full_context(org: OrganisationSettings, language: str, **overrides: Any) -> dict[str, Any]:
    """Every variable any lifecycle template uses, with the requester's words hostile."""
    ctx: dict[str, Any] = {
        "org": org,
        "reference": REF,
        "sender_name": "Jan de Vries",
        "code": CODE,
        "expires_text": "vrijdag 27 november 2026, 14:30",
        "rights_named": ["inzage in uw gegevens", "het verwijderen van uw gegevens"],
        "due_text": "dinsdag 8 december 2026",
        "reason": f"Uw gegevens staan in vier systemen.\n{EVIL}",
        "new_due_text": "woensdag 24 februari 2027",
        "reasons": f"Facturen moeten we zeven jaar bewaren. {EVIL}",
        "note": f"We hebben uw gegevens verwijderd. {EVIL}",
        "text": f"Beste Jan,\n\nHier is uw overzicht. {EVIL}\n\nGroet,\nPiet",
        "dpa_name": org.dpa_name,
        "dpa_url": org.dpa_url,
        "level": "urgent",
        "requester": f"Jan {EVIL} <jan@example.nl>",
        "subject": f"Inzage {EVIL}",
        "category": "rights_request",
        "received_text": "dinsdag 24 november 2026, 14:30",
        "verification_pending": True,
        "evidence": ["noemt 'inzage'", "verwijst naar de AVG"],
        "excerpt": f"Hallo,\n{EVIL}\nIk wil graag inzage.",
        "breach": False,
        "breach_by_reading": False,
        "date_text": "dinsdag 24 november 2026",
        "cases": [
            {
                "reference": "ONRO-2026-0003",
                "category": "question",
                "status": "open",
                "due_text": "vandaag 16:00",
                "overdue": False,
                "requester": "a@example.nl",
            },
            {
                "reference": REF,
                "category": "rights_request",
                "status": "awaiting_verification",
                "due_text": "2 dagen te laat",
                "overdue": True,
                "requester": EVIL,
            },
        ],
        "notify_by_text": "vrijdag 27 november 2026, 14:30",
        "action": "resolve",
        "details": ["Aan: jan@example.nl", f"Notitie: {EVIL}"],
        "first_line": f"reslove {EVIL}",
    }
    ctx.update(overrides)
    return ctx


def only(ctx: dict[str, Any], names: set[str]) -> dict[str, Any]:
    return {k: v for k, v in ctx.items() if k in names}


def test_every_lifecycle_template_exists_in_both_languages(renderer: Renderer) -> None:
    available = set(renderer.templates_available())
    for name in ALL:
        for language in LANGUAGES:
            assert (name, language) in available
            assert renderer.resolve_language(name, language) == language


@pytest.mark.parametrize("name", sorted(ALL))
@pytest.mark.parametrize("language", LANGUAGES)
def test_renders_with_exactly_the_documented_variables(
    renderer: Renderer, org: OrganisationSettings, name: str, language: str
) -> None:
    ctx = only(full_context(org, language), ALL[name])
    text, html = renderer.render(name, language, ctx)
    for body in (text, html):
        assert REF in body
        assert "{{" not in body and "{%" not in body and "{#" not in body
    assert "\n\n\n" not in text
    assert html.lstrip().startswith("<!DOCTYPE html>") and f'lang="{language}"' in html
    assert "<img" not in html and "src=" not in html
    for missing in sorted(ALL[name]):  # and every one of them is needed
        with pytest.raises(jinja2.UndefinedError):
            renderer.render(name, language, {k: v for k, v in ctx.items() if k != missing})


@pytest.mark.parametrize("name", sorted(ALL))
@pytest.mark.parametrize("language", LANGUAGES)
def test_html_escapes_what_people_wrote(
    renderer: Renderer, org: OrganisationSettings, name: str, language: str
) -> None:
    text, html = renderer.render(name, language, full_context(org, language))
    assert "<script" not in html
    if EVIL in text:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_requesters_words_reach_staff_escaped(
    renderer: Renderer, org: OrganisationSettings
) -> None:
    for name in ("staff_escalation", "breach_alert"):
        text, html = renderer.render(name, "nl", full_context(org, "nl"))
        assert f"> {EVIL}" in text  # quoted as written in the text part
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script" not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_verification_request_carries_code_and_reference(
    renderer: Renderer, org: OrganisationSettings, language: str
) -> None:
    text, html = renderer.render("verification_request", language, full_context(org, language))
    assert f"    {CODE}\n" in text and REF in text
    assert CODE in html
    assert "vrijdag 27 november 2026, 14:30" in text
    assert ("iemand anders" in text) if language == "nl" else ("someone else" in text)
    assert "- het verwijderen van uw gegevens" in text


@pytest.mark.parametrize("name", sorted(CUSTOMER))
@pytest.mark.parametrize("language", LANGUAGES)
def test_customer_mail_is_not_called_a_confirmation_of_receipt(
    renderer: Renderer, org: OrganisationSettings, name: str, language: str
) -> None:
    text, _ = renderer.render(name, language, full_context(org, language))
    assert "ontvangstbevestiging" not in text and "confirmation of receipt" not in text
    assert f"[{REF}]" in text  # the footer tells them how to keep the thread


def test_customer_mail_speaks_to_u(renderer: Renderer, org: OrganisationSettings) -> None:
    for name in CUSTOMER:
        text, _ = renderer.render(name, "nl", full_context(org, "nl"))
        words = set(text.lower().replace(",", " ").replace(".", " ").split())
        assert not words & {"je", "jij", "jouw", "jou"}, name


def test_staff_reply_is_the_staff_text_and_the_footer(
    renderer: Renderer, org: OrganisationSettings
) -> None:
    text, html = renderer.render("staff_reply", "nl", full_context(org, "nl"))
    assert text.startswith("Beste Jan,\n\nHier is uw overzicht.")
    assert "Met vriendelijke groet" not in text  # the staff member signed already
    assert text.rstrip().endswith("ONRO\nhttps://onro.eu")
    assert "<p>Groet,<br>\nPiet</p>" in html
    assert "Beste Jan de Vries" not in html  # no second greeting


def test_refusal_explains_and_names_the_authority(
    renderer: Renderer, org: OrganisationSettings
) -> None:
    listed = full_context(org, "nl", reasons=["Reden een.", "Reden twee."])
    text, html = renderer.render("refusal", "nl", listed)
    assert "- Reden een.\n- Reden twee." in text and "<li>Reden twee.</li>" in html
    assert "Autoriteit Persoonsgegevens (https://autoriteitpersoonsgegevens.nl)" in text
    assert 'href="https://autoriteitpersoonsgegevens.nl"' in html
    en, _ = renderer.render("refusal", "en", full_context(org, "en"))
    assert "lodge a complaint" in en and "go to court" in en


def test_extension_names_article_12_and_the_new_date(
    renderer: Renderer, org: OrganisationSettings
) -> None:
    text, html = renderer.render("extension_notice", "nl", full_context(org, "nl"))
    assert "artikel 12 lid 3" in text and "woensdag 24 februari 2027" in text
    assert "Uw gegevens staan in vier systemen.<br>" in html


def test_ask_employer_says_nothing_was_passed_on(
    renderer: Renderer, org: OrganisationSettings
) -> None:
    text, _ = renderer.render("ask_employer", "nl", full_context(org, "nl"))
    assert "werkgever" in text and "niet aan uw werkgever doorgestuurd" in text
    en, _ = renderer.render("ask_employer", "en", full_context(org, "en"))
    assert "not passed your message on" in en


def test_verification_confirmed_without_a_date(
    renderer: Renderer, org: OrganisationSettings
) -> None:
    text, _ = renderer.render("verification_confirmed", "en", full_context(org, "en", due_text=""))
    assert "at the latest" not in text and REF in text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("level", ["reminder", "urgent", "overdue"])
def test_escalation(
    renderer: Renderer, org: OrganisationSettings, language: str, level: str
) -> None:
    ctx = full_context(org, language, level=level, breach=True)
    text, html = renderer.render("staff_escalation", language, ctx)
    headline = {
        "nl": {"reminder": "HERINNERING", "urgent": "DRINGEND", "overdue": "TE LAAT"},
        "en": {"reminder": "REMINDER", "urgent": "URGENT", "overdue": "OVERDUE"},
    }[language][level]
    assert text.startswith(f"{headline}: ")
    assert f"mailbot cases show {REF}" in text and f"mailbot cases show {REF}" in html
    assert ("privacyverzoek" in text) if language == "nl" else ("privacy request" in text)
    assert ("datalek" in text) if language == "nl" else ("data breach" in text)
    assert all(f"- {row['usage']}: " in text for row in command_help(language))
    assert '"verified"' in text  # verification is pending: say how to confirm it by hand


def test_escalation_without_verification_or_evidence(
    renderer: Renderer, org: OrganisationSettings
) -> None:
    ctx = full_context(
        org, "en", verification_pending=False, evidence=[], category="question", rights_named=[]
    )
    text, _ = renderer.render("staff_escalation", "en", ctx)
    assert "confirmed, or not needed" in text
    assert "sorted it this way" not in text and '"verified"' not in text and "About:" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_digest_puts_overdue_cases_first(
    renderer: Renderer, org: OrganisationSettings, language: str
) -> None:
    text, html = renderer.render("staff_digest", language, full_context(org, language))
    assert text.index(REF) < text.index("ONRO-2026-0003")
    assert html.index(REF) < html.index("ONRO-2026-0003")
    empty, _ = renderer.render("staff_digest", language, full_context(org, language, cases=[]))
    assert ("geen dossiers open" in empty) if language == "nl" else ("no open cases" in empty)


@pytest.mark.parametrize("language", LANGUAGES)
def test_breach_alert_gives_the_72_hour_deadline(
    renderer: Renderer, org: OrganisationSettings, language: str
) -> None:
    text, html = renderer.render("breach_alert", language, full_context(org, language))
    assert "72" in text and "vrijdag 27 november 2026, 14:30" in text
    assert org.dpa_url in text and f'href="{org.dpa_url}"' in html
    assert ("register" in text) and ("reply" in text)
    assert "- noemt 'inzage'" in text and "<li>noemt &#39;inzage&#39;</li>" in html
    assert "statistical reading" not in text  # the caution is only for the statistical reading


@pytest.mark.parametrize("language", LANGUAGES)
def test_breach_alert_says_when_the_words_alone_raised_it(
    renderer: Renderer, org: OrganisationSettings, language: str
) -> None:
    reading = 'breach (statistical reading, 0.71): reads like a breach report; the words ...'
    context = {**full_context(org, language), "evidence": [reading], "breach_by_reading": True}
    text, html = renderer.render("breach_alert", language, context)
    assert f"- {reading}" in text and text.count("statistical reading") == 2
    assert html.count("statistical reading") == 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_unknown_command_lists_every_verb(
    renderer: Renderer, org: OrganisationSettings, language: str
) -> None:
    text, html = renderer.render("staff_unknown_command", language, full_context(org, language))
    for verb in VERBS:
        assert f"- {verb}" in text and f"<code>{verb}" in html
    assert f"> reslove {EVIL}" in text
    blank, _ = renderer.render(
        "staff_unknown_command", language, full_context(org, language, first_line="")
    )
    assert "reslove" not in blank


def test_confirmation_says_what_was_done(renderer: Renderer, org: OrganisationSettings) -> None:
    text, _ = renderer.render("staff_confirmation", "nl", full_context(org, "nl", action="note"))
    assert f"dossier {REF}" in text and "Er is niets verstuurd." in text
    other, _ = renderer.render(
        "staff_confirmation", "en", full_context(org, "en", action="reopened", details=[])
    )
    assert f"case {REF}: reopened" in other


# --- optional extras, as the case mailer passes them --------------------------------------


def test_escalation_prefers_due_words_and_keeps_the_date(
    renderer: Renderer, org: OrganisationSettings
) -> None:
    ctx = full_context(org, "nl", level="overdue", due_words="2 dagen te laat")
    text, html = renderer.render("staff_escalation", "nl", ctx)
    assert text.startswith(
        f"TE LAAT: de termijn van dossier {REF} is verstreken (2 dagen te laat)."
    )
    assert "Termijn: dinsdag 8 december 2026 (2 dagen te laat)" in text
    assert "(2 dagen te laat)" in html


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("level", ["urgent", "overdue"])
def test_escalation_on_the_breach_clock(
    renderer: Renderer, org: OrganisationSettings, language: str, level: str
) -> None:
    ctx = full_context(
        org,
        language,
        level=level,
        breach=True,
        breach_stage=True,
        due_words="morgen 18:00" if level == "urgent" else "3 uur te laat",
        notify_by_text="vrijdag 27 november 2026, 18:00",
    )
    text, html = renderer.render("staff_escalation", language, ctx)
    first = text.splitlines()[0]
    assert org.dpa_name in first and REF in first
    assert ("72" in first) is (level == "overdue")
    assert "vrijdag 27 november 2026, 18:00" in text and "vrijdag 27 november 2026, 18:00" in html
    assert "Termijn: dinsdag 8 december 2026\n" in text or "Due: dinsdag 8 december 2026\n" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_confirmation_of_a_failed_command(
    renderer: Renderer, org: OrganisationSettings, language: str
) -> None:
    ctx = full_context(
        org, language, action="extend", error=f"already extended {EVIL}", details="te druk"
    )
    text, html = renderer.render("staff_confirmation", language, ctx)
    assert text.startswith(("Niet gelukt", "Not done")) and f"already extended {EVIL}" in text
    assert "te druk" in text and "- extend <" in text  # shows the commands again
    assert "<script" not in html
    ok, _ = renderer.render("staff_confirmation", language, full_context(org, language, error=""))
    assert ok.startswith(("Gelukt", "Done"))


def test_commands_are_built_in_and_the_first_line_is_optional(
    renderer: Renderer, org: OrganisationSettings
) -> None:
    ctx = {"org": org, "reference": REF, "verbs": [{"verb": "x", "help": "y"}]}
    text, _ = renderer.render("staff_unknown_command", "en", ctx)
    assert all(f"- {row['usage']}: {row['help']}" in text for row in command_help("en"))
    assert "The first line was" not in text
