"""Templates and reply messages: strictness, escaping, threading and header injection."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import jinja2
import pytest

from mailbot.calendar import OfficeCalendar, due_at
from mailbot.config import DeadlineSettings, OrganisationSettings
from mailbot.model import Category, Right
from mailbot.render import (
    MAX_REFERENCES,
    Renderer,
    compose_mail,
    compose_reply,
    display_name,
    header_text,
    reply_context,
    reply_subject,
    thread_references,
)

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
AMS = ZoneInfo("Europe/Amsterdam")
REF = "ONRO-2026-0001"
RECEIVED = datetime(2026, 11, 24, 14, 30, tzinfo=AMS)
CATEGORIES = (Category.UNSUBSCRIBE, Category.RIGHTS_REQUEST, Category.COMPLAINT, Category.QUESTION)
EXPECTED_HEADERS = {
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "in-reply-to",
    "references",
    "auto-submitted",
    "x-auto-response-suppress",
    "x-mailbot-loop",
    "mime-version",
    "content-type",
}


@pytest.fixture
def org() -> OrganisationSettings:
    return OrganisationSettings(
        name="ONRO",
        address="info@onro.eu",
        reference_prefix="ONRO",
        privacy_officer="privacy@onro.eu",
        website="https://onro.eu",
    )


@pytest.fixture
def renderer() -> Renderer:
    return Renderer([TEMPLATES])


def context(
    org: OrganisationSettings,
    category: Category = Category.QUESTION,
    *,
    language: str = "nl",
    rights: tuple[Right, ...] = (),
    breach: bool = False,
    sender_name: str = "Jan de Vries",
    subject: str = "Een vraag",
) -> dict[str, object]:
    return reply_context(
        org=org,
        reference=REF,
        category=category,
        rights=rights,
        breach=breach,
        received_at=RECEIVED,
        due_at=due_at(category, RECEIVED, DeadlineSettings(), OfficeCalendar()),
        language=language,
        sender_name=sender_name,
        subject=subject,
    )


def reply(org: OrganisationSettings, **overrides: object) -> EmailMessage:
    args: dict[str, object] = {
        "org": org,
        "to": "jan@example.nl",
        "to_name": "Jan de Vries",
        "original_subject": "Vraag over factuur",
        "in_reply_to": "orig-1@example.nl",
        "references": ["root@example.nl"],
        "reference": REF,
        "text": "Bedankt voor uw vraag. €\n",
        "html": "<p>Bedankt voor uw vraag. €</p>\n",
        "loop_value": "info@onro.eu",
        "date": datetime(2026, 11, 24, 13, 30, tzinfo=UTC),
    }
    args.update(overrides)
    return compose_reply(**args)  # type: ignore[arg-type]


def reparse(msg: EmailMessage) -> EmailMessage:
    parsed = email.message_from_bytes(bytes(msg), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


# --- templates -----------------------------------------------------------------------


def test_all_acknowledgments_exist_in_both_languages(renderer: Renderer) -> None:
    expected = {(f"ack_{c.value}", lang) for c in CATEGORIES for lang in ("nl", "en")}
    available = set(renderer.templates_available())
    assert {(n, lang) for n, lang in available if n.startswith("ack_")} == expected
    names = {n for n, _ in available}  # every template has both languages
    assert available == {(n, lang) for n in names for lang in ("nl", "en")}


@pytest.mark.parametrize("category", CATEGORIES)
@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("breach", [False, True])
@pytest.mark.parametrize("rights", [(), (Right.ACCESS,), tuple(Right)])
def test_every_template_renders_with_a_full_context(
    renderer: Renderer,
    org: OrganisationSettings,
    category: Category,
    language: str,
    breach: bool,
    rights: tuple[Right, ...],
) -> None:
    ctx = context(org, category, language=language, rights=rights, breach=breach)
    text, html = renderer.render(f"ack_{category.value}", language, ctx)
    for body in (text, html):
        assert REF in body
        assert "{{" not in body and "{%" not in body
        assert "Jan de Vries" in body
        assert ("datalek" in body or "data breach" in body) is breach
    if category is not Category.UNSUBSCRIBE:
        assert str(ctx["due_text"]) in text and str(ctx["due_text"]) in html
    assert "\n\n\n" not in text
    assert html.lstrip().startswith("<!DOCTYPE html>") and f'lang="{language}"' in html
    assert "<img" not in html and "src=" not in html  # no images, no tracking pixels


def test_rights_are_named_in_plain_words(renderer: Renderer, org: OrganisationSettings) -> None:
    ctx = context(org, Category.RIGHTS_REQUEST, rights=(Right.ACCESS, Right.ERASURE))
    text, html = renderer.render("ack_rights_request", "nl", ctx)
    assert (
        "- inzage in de persoonsgegevens die wij van u hebben\n- het verwijderen van uw gegevens"
        in text
    )
    assert "<li>het verwijderen van uw gegevens</li>" in html
    assert "dinsdag 8 december 2026" in text
    single, _ = renderer.render(
        "ack_rights_request",
        "en",
        context(org, Category.RIGHTS_REQUEST, language="en", rights=(Right.PORTABILITY,)),
    )
    assert "Your request is about a copy of your data to take to another organisation." in single


def test_complaint_names_the_authority(renderer: Renderer, org: OrganisationSettings) -> None:
    text, html = renderer.render("ack_complaint", "nl", context(org, Category.COMPLAINT))
    assert "Autoriteit Persoonsgegevens: https://autoriteitpersoonsgegevens.nl" in text
    assert 'href="https://autoriteitpersoonsgegevens.nl"' in html
    assert "samen met u naar een oplossing" in text


def test_unsubscribe_says_it_is_done(renderer: Renderer, org: OrganisationSettings) -> None:
    text, _ = renderer.render("ack_unsubscribe", "nl", context(org, Category.UNSUBSCRIBE))
    assert "U ontvangt geen nieuwsbrieven meer van ons." in text


def test_question_shows_the_clock_time(renderer: Renderer, org: OrganisationSettings) -> None:
    text, _ = renderer.render("ack_question", "nl", context(org, Category.QUESTION))
    assert "woensdag 25 november 2026, 14:30" in text
    assert "binnen een werkdag" in text


def test_greeting_without_a_name(renderer: Renderer, org: OrganisationSettings) -> None:
    text, html = renderer.render("ack_question", "nl", context(org, sender_name=""))
    assert text.startswith("Goedendag,\n\n")
    assert "<p>Goedendag,</p>" in html


def test_strict_undefined_raises_on_a_missing_variable(
    renderer: Renderer, org: OrganisationSettings
) -> None:
    ctx = context(org)
    del ctx["due_text"]
    with pytest.raises(jinja2.UndefinedError):
        renderer.render("ack_question", "nl", ctx)


def test_html_escapes_and_text_does_not(tmp_path: Path, org: OrganisationSettings) -> None:
    (tmp_path / "nl").mkdir()
    (tmp_path / "nl" / "ack_question.txt").write_text("{{ subject }} / {{ sender_name }}\n")
    (tmp_path / "nl" / "ack_question.html").write_text("<p>{{ subject }} / {{ sender_name }}</p>\n")
    renderer = Renderer([tmp_path, TEMPLATES])
    evil = "<script>alert(1)</script>"
    text, html = renderer.render("ack_question", "nl", context(org, sender_name=evil, subject=evil))
    assert text == f"{evil} / {evil}\n"
    assert "<script>" not in html
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 2


def test_name_is_escaped_in_the_project_templates(
    renderer: Renderer, org: OrganisationSettings
) -> None:
    text, html = renderer.render(
        "ack_complaint",
        "en",
        context(org, Category.COMPLAINT, language="en", sender_name='<b onmouseover="x">Eve</b>'),
    )
    assert "<b onmouseover" not in html and "&lt;b onmouseover=&#34;x&#34;&gt;Eve" in html
    assert '<b onmouseover="x">Eve</b>' in text


def test_override_directory_comes_first(tmp_path: Path, org: OrganisationSettings) -> None:
    (tmp_path / "nl").mkdir()
    (tmp_path / "nl" / "ack_question.txt").write_text("Eigen tekst {{ reference }}\n")
    (tmp_path / "nl" / "ack_question.html").write_text("<p>Eigen tekst</p>\n")
    (tmp_path / "nl" / "ack_extra.txt").write_text("x\n")
    (tmp_path / "nl" / "ack_extra.html").write_text("x\n")
    (tmp_path / "nl" / "ack_half.txt").write_text("only text\n")
    renderer = Renderer([tmp_path, TEMPLATES])
    assert renderer.render("ack_question", "nl", context(org))[0] == f"Eigen tekst {REF}\n"
    assert (
        "Autoriteit" in renderer.render("ack_complaint", "nl", context(org, Category.COMPLAINT))[0]
    )
    available = renderer.templates_available()
    assert ("ack_extra", "nl") in available and ("ack_half", "nl") not in available
    assert not any(name.startswith("_") for name, _ in available)


def test_language_fallback(tmp_path: Path, org: OrganisationSettings) -> None:
    renderer = Renderer([TEMPLATES])
    assert renderer.resolve_language("ack_question", "de") == "en"
    assert renderer.resolve_language("ack_question", "NL") == "nl"
    assert renderer.resolve_language("ack_question", "nl-BE") == "nl"
    assert renderer.resolve_language("ack_question", "en_GB") == "en"
    text, _ = renderer.render("ack_question", "fr", context(org, language="fr"))
    assert text.startswith("Dear Jan de Vries,")
    (tmp_path / "nl").mkdir()
    (tmp_path / "nl" / "ack_only_dutch.txt").write_text("hallo\n")
    (tmp_path / "nl" / "ack_only_dutch.html").write_text("<p>hallo</p>\n")
    assert Renderer([tmp_path]).resolve_language("ack_only_dutch", "en") == "nl"


def test_missing_or_bad_template_names(renderer: Renderer, org: OrganisationSettings) -> None:
    with pytest.raises(jinja2.TemplateNotFound):
        renderer.render("ack_nothing", "nl", context(org))
    with pytest.raises(ValueError):
        renderer.render("../etc/passwd", "nl", context(org))
    assert renderer.resolve_language("ack_question", "../nl") == "en"


# --- reply context -------------------------------------------------------------------


def test_reply_context(org: OrganisationSettings) -> None:
    ctx = context(
        org,
        Category.RIGHTS_REQUEST,
        language="en",
        rights=(Right.OBJECTION,),
        sender_name="Jan\r\nde Vries",
        subject="Inzage\nverzoek",
    )
    assert ctx["due_text"] == "Tuesday 8 December 2026"
    assert ctx["rights"] == ["objection"]
    assert ctx["rights_named"] == ["an objection to how we use your data"]
    assert ctx["dpa_name"] == "Autoriteit Persoonsgegevens"
    assert ctx["dpa_url"] == "https://autoriteitpersoonsgegevens.nl"
    assert ctx["org"] is org and ctx["reference"] == REF and ctx["category"] == "rights_request"
    assert ctx["sender_name"] == "Jan de Vries" and ctx["subject"] == "Inzage verzoek"
    assert ctx["received_text"] == "Tuesday 24 November 2026, 14:30"
    noise = reply_context(
        org=org,
        reference=REF,
        category=Category.NOISE,
        rights=(),
        breach=False,
        received_at=RECEIVED,
        due_at=None,
        language="nl",
        sender_name="",
        subject="",
    )
    assert noise["due_text"] == ""
    as_strings = reply_context(
        org=org,
        reference=REF,
        category="question",
        rights=["access"],
        breach=False,
        received_at=RECEIVED,
        due_at=RECEIVED,
        language="nl",
        sender_name="",
        subject="",
    )
    assert as_strings["category"] == "question" and as_strings["rights"] == ["access"]


# --- subject and threading -----------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Vraag over factuur", f"Re: Vraag over factuur [{REF}]"),
        ("Re: Vraag", f"Re: Vraag [{REF}]"),
        ("RE: Re: re:Vraag", f"Re: Vraag [{REF}]"),
        ("AW: Antw: Vraag", f"Re: Vraag [{REF}]"),
        ("Re[2]: Vraag", f"Re: Vraag [{REF}]"),
        (f"Re: Vraag [{REF}]", f"Re: Vraag [{REF}]"),
        (f"Vraag {REF.lower()}", f"Re: Vraag {REF.lower()}"),
        ("", f"[{REF}]"),
        ("Re: ", f"[{REF}]"),
        ("  Re:   Vraag   over\tfactuur ", f"Re: Vraag over factuur [{REF}]"),
        ("Regeling voor Re: dinsdag", f"Re: Regeling voor Re: dinsdag [{REF}]"),
    ],
)
def test_reply_subject(original: str, expected: str) -> None:
    assert reply_subject(original, REF) == expected


def test_long_subject_keeps_the_reference() -> None:
    subject = reply_subject("woord " * 400, REF)
    assert subject.endswith(f"… [{REF}]") and len(subject) < 200


def test_threading_headers(org: OrganisationSettings) -> None:
    msg = reparse(reply(org, references=["<root@example.nl>", "mid@example.nl"]))
    assert msg["In-Reply-To"] == "<orig-1@example.nl>"
    assert msg["References"].split() == [
        "<root@example.nl>",
        "<mid@example.nl>",
        "<orig-1@example.nl>",
    ]


def test_references_are_deduplicated_and_capped() -> None:
    refs = [f"r{i}@example.nl" for i in range(30)] + [
        "r3@example.nl",
        "bad id@example.nl",
        "=?x?=@y",
    ]
    ids = thread_references(refs, "last@example.nl")
    assert len(ids) == MAX_REFERENCES
    assert ids[0] == "<r0@example.nl>" and ids[-1] == "<last@example.nl>"
    assert len(set(ids)) == len(ids)
    assert thread_references([], None) == []


def test_no_parent_means_no_threading_headers(org: OrganisationSettings) -> None:
    msg = reparse(reply(org, in_reply_to=None, references=[]))
    assert msg["In-Reply-To"] is None and msg["References"] is None


# --- the message -----------------------------------------------------------------------


def test_reply_headers_and_parts(org: OrganisationSettings) -> None:
    msg = reparse(reply(org))
    assert msg["From"] == "ONRO <info@onro.eu>"
    assert msg["To"] == "Jan de Vries <jan@example.nl>"
    assert msg["Subject"] == f"Re: Vraag over factuur [{REF}]"
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["X-Mailbot-Loop"] == "info@onro.eu"
    assert msg["Precedence"] is None
    assert msg["Message-ID"].endswith("@onro.eu>")
    assert msg["Date"] == "Tue, 24 Nov 2026 14:30:00 +0100"
    assert msg.get_content_type() == "multipart/alternative"
    plain = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert plain is not None and html is not None
    assert plain.get_content_charset() == "utf-8" and html.get_content_charset() == "utf-8"
    assert plain.get_content().replace("\r\n", "\n") == "Bedankt voor uw vraag. €\n"
    assert html.get_content().replace("\r\n", "\n") == "<p>Bedankt voor uw vraag. €</p>\n"
    assert {k.lower() for k in msg} == EXPECTED_HEADERS
    assert all(b < 128 for b in bytes(reply(org)))  # 7-bit clean on the wire


def test_given_message_id_is_used(org: OrganisationSettings) -> None:
    assert reparse(reply(org, message_id="abc@onro.eu"))["Message-ID"] == "<abc@onro.eu>"
    assert reparse(reply(org, message_id="<abc@onro.eu>"))["Message-ID"] == "<abc@onro.eu>"


def test_non_ascii_display_name_is_encoded(org: OrganisationSettings) -> None:
    raw = bytes(reply(org, to_name="Zoë Ağaoğlu"))
    assert b"=?utf-8?" in raw
    assert (
        reparse(reply(org, to_name="Zoë Ağaoğlu"))["To"].addresses[0].display_name == "Zoë Ağaoğlu"
    )


ENCODED_CRLF = "=?utf-8?q?a=0D=0ABcc:_x@evil.example?="
NESTED = "=?utf-8?q?=3D=3Futf-8=3Fq=3Fa=3D0D=3D0ABcc:_x@evil.example=3F=3D?="
HOSTILE = [
    "Eve\r\nBcc: x@evil.example",
    "Eve\nBcc: x@evil.example",
    "Eve\rBcc: x@evil.example",
    "Eve\r\n\r\nbody injected",
    "Eve\u2028Bcc: x@evil.example",
    "Eve\x00\x0bBcc: x@evil.example",
    ENCODED_CRLF,
    NESTED,
    f"Hallo {ENCODED_CRLF} daar",
    "x" * 5000,
    ("lang " * 1000) + "\r\nBcc: x@evil.example",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_no_header_injection(org: OrganisationSettings, hostile: str) -> None:
    msg = reply(org, to_name=hostile, original_subject=hostile)
    raw = bytes(msg)
    head = raw.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):  # every line is a known header or a folded continuation
        assert (
            line[:1] in (b" ", b"\t") or line.split(b":", 1)[0].lower().decode() in EXPECTED_HEADERS
        )
    parsed = reparse(msg)
    assert parsed["Bcc"] is None and parsed["Cc"] is None
    assert len(parsed.get_all("To") or []) == 1
    assert len(parsed.get_all("Subject") or []) == 1
    assert [a.addr_spec for a in parsed["To"].addresses] == ["jan@example.nl"]
    assert "\n" not in parsed["Subject"] and "\r" not in parsed["Subject"]
    assert "\n" not in parsed["To"] and "\r" not in parsed["To"]
    assert parsed["Subject"].endswith(f"[{REF}]")
    assert {k.lower() for k in parsed} == EXPECTED_HEADERS


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jan de Vries", "Jan de Vries"),
        ("Vries, Jan de", "Vries Jan de"),
        ('"Jan" <jan@example.nl>', "Jan jan example nl"),
        ("O'Brien", "O'Brien"),
        (ENCODED_CRLF, "a Bcc x evil example"),
        ("x" * 100, "x" * 64),
        ("=?utf-8?q?Zo=C3=AB?=", "Zoë"),
    ],
)
def test_display_name_needs_no_quoting(name: str, expected: str) -> None:
    assert display_name(name) == expected


def test_folded_long_name_keeps_the_recipient(org: OrganisationSettings) -> None:
    parsed = reparse(reply(org, to_name=("lang " * 30) + "Bcc: x@evil.example"))
    assert [a.addr_spec for a in parsed["To"].addresses] == ["jan@example.nl"]
    assert parsed["Bcc"] is None


def test_header_text_decodes_then_flattens() -> None:
    assert header_text(ENCODED_CRLF) == "a Bcc: x@evil.example"
    assert header_text(NESTED) == "a Bcc: x@evil.example"
    assert header_text("=?utf-8?q?caf=C3=A9?=") == "café"
    assert header_text("  a \t b\r\n c ") == "a b c"


@pytest.mark.parametrize(
    "to",
    [
        "jan@example.nl\r\nBcc: x@evil.example",
        "a@example.nl, b@example.nl",
        "not-an-address",
        "Jan <jan@example.nl>",
    ],
)
def test_recipient_must_be_one_plain_address(org: OrganisationSettings, to: str) -> None:
    with pytest.raises(ValueError):
        reply(org, to=to)


def test_loop_value_is_one_line(org: OrganisationSettings) -> None:
    msg = reparse(reply(org, loop_value="info@onro.eu\r\nBcc: x@evil.example"))
    assert msg["Bcc"] is None and msg["X-Mailbot-Loop"] == "info@onro.eu Bcc: x@evil.example"


# --- compose_mail: staff mail and case correspondence ----------------------------------


def mail(org: OrganisationSettings, **overrides: object) -> EmailMessage:
    args: dict[str, object] = {
        "org": org,
        "to": ["privacy@onro.eu", "piet@onro.eu"],
        "subject": f"DRINGEND: {REF} Vraag over factuur",
        "text": "Dossier loopt af. €\n",
        "html": "<p>Dossier loopt af. €</p>\n",
        "reply_to": f"info+{REF}.abcdefghij@onro.eu",
        "loop_value": "info@onro.eu",
        "date": datetime(2026, 11, 24, 13, 30, tzinfo=UTC),
    }
    args.update(overrides)
    return compose_mail(**args)  # type: ignore[arg-type]


def test_staff_mail_headers(org: OrganisationSettings) -> None:
    msg = reparse(mail(org))
    assert [a.addr_spec for a in msg["To"].addresses] == ["privacy@onro.eu", "piet@onro.eu"]
    assert msg["Reply-To"] == f"info+{REF}.abcdefghij@onro.eu"
    assert msg["From"] == "ONRO <info@onro.eu>"
    assert msg["Subject"] == f"DRINGEND: {REF} Vraag over factuur"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-Auto-Response-Suppress"] == "All" and msg["X-Mailbot-Loop"] == "info@onro.eu"
    assert msg["In-Reply-To"] is None and msg["References"] is None
    assert msg["Date"] == "Tue, 24 Nov 2026 14:30:00 +0100"
    assert msg.get_content_type() == "multipart/alternative"
    assert all(b < 128 for b in bytes(mail(org)))


def test_case_correspondence_threads_and_may_be_text_only(org: OrganisationSettings) -> None:
    msg = reparse(
        mail(
            org,
            to=["jan@example.nl"],
            reply_to=None,
            html=None,
            in_reply_to="orig-1@example.nl",
            references=["root@example.nl"],
            auto_submitted="no",
            message_id="case-1@onro.eu",
        )
    )
    assert msg.get_content_type() == "text/plain"
    assert msg["Reply-To"] is None and msg["Auto-Submitted"] == "no"
    assert msg["In-Reply-To"] == "<orig-1@example.nl>"
    assert msg["References"].split() == ["<root@example.nl>", "<orig-1@example.nl>"]
    assert msg["Message-ID"] == "<case-1@onro.eu>"


def test_recipients_are_deduplicated(org: OrganisationSettings) -> None:
    msg = reparse(mail(org, to=["piet@onro.eu", "Piet@ONRO.eu", "an@onro.eu"]))
    assert [a.addr_spec for a in msg["To"].addresses] == ["piet@onro.eu", "an@onro.eu"]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_no_header_injection_in_staff_mail(org: OrganisationSettings, hostile: str) -> None:
    msg = reparse(mail(org, subject=hostile, loop_value=hostile))
    assert msg["Bcc"] is None and msg["Cc"] is None
    assert len(msg.get_all("Subject") or []) == 1
    assert "\n" not in msg["Subject"] and "\r" not in msg["Subject"]
    assert len(msg["Subject"]) <= 201
    assert [a.addr_spec for a in msg["To"].addresses] == ["privacy@onro.eu", "piet@onro.eu"]
    assert {k.lower() for k in msg} == EXPECTED_HEADERS - {"in-reply-to", "references"} | {
        "reply-to"
    }


@pytest.mark.parametrize(
    "bad",
    [
        {"to": []},
        {"to": "privacy@onro.eu"},
        {"to": ["privacy@onro.eu, x@evil.example"]},
        {"to": ["privacy@onro.eu\r\nBcc: x@evil.example"]},
        {"to": ["Piet <piet@onro.eu>"]},
        {"to": ["not-an-address"]},
        {"reply_to": "info@onro.eu\r\nBcc: x@evil.example"},
        {"reply_to": "a@onro.eu, b@onro.eu"},
        {"auto_submitted": "auto-generated\r\nBcc: x@evil.example"},
        {"auto_submitted": "yes"},
    ],
)
def test_staff_mail_refuses_bad_addresses(
    org: OrganisationSettings, bad: dict[str, object]
) -> None:
    with pytest.raises((ValueError, TypeError)):
        mail(org, **bad)


# --- the wire form is what the email package itself would write ----------------------


def email_package_reply(org: OrganisationSettings, args: dict[str, object]) -> bytes:
    """The same reply built with EmailMessage and policy.SMTP, as a reference."""
    from email.headerregistry import Address
    from email.utils import format_datetime

    from mailbot.calendar import zone
    from mailbot.render import _message_id

    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = org.sender
    msg["Subject"] = reply_subject(str(args["original_subject"]), REF)
    msg["Date"] = format_datetime(datetime(2026, 11, 24, 13, 30, tzinfo=UTC).astimezone(zone(org.timezone)))
    msg["Message-ID"] = "<fixed@onro.eu>"
    msg["In-Reply-To"] = _message_id("orig-1@example.nl")
    msg["References"] = " ".join(thread_references(["root@example.nl"], "orig-1@example.nl"))
    msg["To"] = Address(display_name=display_name(str(args["to_name"])), addr_spec="jan@example.nl")
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Mailbot-Loop"] = header_text("info@onro.eu")
    msg.set_content(str(args["text"]), charset="utf-8", cte="quoted-printable")
    msg.add_alternative(str(args["html"]), subtype="html", charset="utf-8", cte="quoted-printable")
    return msg.as_bytes(policy=policy.SMTP)


@pytest.mark.parametrize("hostile", [*HOSTILE, "Zoë Ağaoğlu", "Jan de Vries", "=?utf-8?q?Zo=C3=AB?="])
def test_wire_form_equals_the_email_packages(org: OrganisationSettings, hostile: str) -> None:
    import re

    from mailbot.render import build_reply

    args: dict[str, object] = {
        "to_name": hostile, "original_subject": hostile + " ü",
        "text": f"Beste {hostile},\n\n.regel met punt\n" + "lang " * 40 + "\n",
        "html": f"<p>{hostile} €</p>\n",
    }
    ours = build_reply(org=org, to="jan@example.nl", in_reply_to="orig-1@example.nl",
                       references=["root@example.nl"], reference=REF, message_id="fixed@onro.eu",
                       loop_value="info@onro.eu", date=datetime(2026, 11, 24, 13, 30, tzinfo=UTC),
                       **args)  # type: ignore[arg-type]
    boundary = re.compile(rb"={15}\d{19}==")
    assert boundary.sub(b"B", ours.data) == boundary.sub(b"B", email_package_reply(org, args))
    assert ours.message_id == "fixed@onro.eu"
