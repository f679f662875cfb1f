"""parse(): every real-world file parses, and the awkward cases come out right."""

from __future__ import annotations

import csv
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailbot.model import Inbound
from mailbot.parse import MAX_TEXT, parse

CORPUS = Path(__file__).parents[1] / ".." / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(
    not (CORPUS / "labels.csv").is_file(),
    reason=f"shared mail corpus not found at {CORPUS} (it lives beside the repository)",
)


def check_invariants(mail: Inbound) -> None:
    """What later stages rely on, for any input."""
    assert "\n" not in mail.subject and "\r" not in mail.subject
    for name, value in mail.headers:
        assert name == name.lower()
        assert "\n" not in value and "\r" not in value, name
    assert mail.sender == mail.sender.lower()
    if mail.message_id is not None:
        assert "<" not in mail.message_id and ">" not in mail.message_id
    assert len(mail.text) <= MAX_TEXT
    assert mail.content_type == mail.content_type.lower()


@needs_corpus
def test_every_labelled_file_parses() -> None:
    with open(CORPUS / "labels.csv", newline="", encoding="utf-8") as handle:
        files = [row["file"] for row in csv.DictReader(handle)]
    failures = []
    for name in files:
        try:
            check_invariants(parse((CORPUS / name).read_bytes()))
        except Exception as exc:  # noqa: BLE001 - collect them all, then report
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
    assert len(files) > 1000
    assert failures == []


@needs_corpus
def test_every_eml_in_the_corpus_parses() -> None:
    files = sorted(CORPUS.rglob("*.eml"))
    failures = []
    for path in files:
        try:
            check_invariants(parse(path.read_bytes()))
            check_invariants(parse(path.read_bytes(), truncated=True))
        except Exception as exc:  # noqa: BLE001 - collect them all, then report
            failures.append(f"{path}: {type(exc).__name__}: {exc}")
    assert len(files) > 800
    assert failures == []


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00\xff\xfe garbage",
        b"Subject: only a header",
        b"\n\n\nbody after blank lines",
        b"From: <<<@@@>>>\nTo: ;;;\nSubject: =?utf-8?b?####?=\n\nx",
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nno end',
        b"Content-Type: multipart/mixed\n\nno boundary at all",
        b"Message-ID: <a@b> <c@d>\nReferences: " + b"<x@y> " * 500 + b"\n\nbody",
        b'Content-Type: text/plain; charset=""\n\n\xe9t\xe9',
        b"Content-Type: message/rfc822\n\nnot a message",
        b"Date: not a date at all\nFrom: a@b.c\n\nx",
    ],
)
def test_hostile_input_never_raises(data: bytes) -> None:
    check_invariants(parse(data))
    check_invariants(parse(data, truncated=True))


def test_unknown_charset_falls_back_and_is_recorded() -> None:
    raw = b"From: a@example.nl\nSubject: x\nContent-Type: text/plain; charset=x-unknown\n\nCaf\xc3\xa9 ok\n"
    mail = parse(raw)
    assert mail.text.strip() == "Café ok"
    bogus = b"From: a@example.nl\nContent-Type: text/plain; charset=ansi_x3.110-1983\n\nCaf\xe9\n"
    mail = parse(bogus)
    assert mail.text.strip() == "Café"
    assert any("unknown charset" in d for d in mail.defects)


def test_utf7_and_mislabelled_latin1() -> None:
    mail = parse(b"Content-Type: text/plain; charset=utf-7\n\nHi Mom -+Jjo--!\n")
    assert "\u263a" in mail.text
    mail = parse(b"Content-Type: text/plain; charset=us-ascii\n\nGr\xfc\xdfe\n")
    assert mail.text.strip() == "Grüße"


def test_missing_from_gives_empty_sender() -> None:
    mail = parse(b"To: info@example.org\nSubject: hallo\n\ntekst\n")
    assert mail.sender == "" and mail.sender_name == ""
    assert parse(b"From: MAILER-DAEMON <>\n\nx").sender == ""


def test_addresses_are_lower_case_and_sane() -> None:
    raw = (
        b'From: "Jan Jansen" <Jan.Jansen@Example.NL>\n'
        b"Reply-To: <Antwoord@Example.NL>\n"
        b"Return-Path: <Bounce@Example.NL>\n\nx"
    )
    mail = parse(raw)
    assert (mail.sender, mail.sender_name) == ("jan.jansen@example.nl", "Jan Jansen")
    assert mail.reply_to == "antwoord@example.nl"
    assert mail.return_path == "bounce@example.nl"


def test_reply_to_only_when_single_and_sane() -> None:
    assert parse(b"Reply-To: a@x.nl, b@x.nl\n\nx").reply_to is None
    assert parse(b"Reply-To: not an address\n\nx").reply_to is None


def test_return_path_absent_empty_and_null() -> None:
    assert parse(b"From: a@x.nl\n\nx").return_path is None
    assert parse(b"Return-Path: <>\n\nx").return_path == ""


def test_encoded_crlf_in_subject_stays_one_line() -> None:
    raw = b"From: a@x.nl\nSubject: =?utf-8?q?Hallo=0D=0ABcc:_victim@example.com=0A?=\n\nx"
    mail = parse(raw)
    assert mail.subject.startswith("Hallo") and "Bcc:" in mail.subject
    assert "\n" not in mail.subject and "\r" not in mail.subject
    assert "\n" not in (mail.header("subject") or "")


def test_encoded_display_name_cannot_inject_an_address() -> None:
    raw = (
        b"From: =?utf-8?q?Evil=0D=0ABcc:_victim@example.org?= <evil@example.nl>\r\n"
        b"Reply-To: =?utf-8?q?x=0D=0ABcc:_other@example.org?= <reply@example.nl>\r\n\r\nx"
    )
    mail = parse(raw)
    assert mail.sender == "evil@example.nl"
    assert mail.sender_name == "Evil Bcc: victim@example.org"  # one line, only a name
    assert mail.reply_to == "reply@example.nl"
    assert parse(b"From: =?utf-8?q?evil@example.nl?=\n\nx").sender == ""


def test_bad_encoded_word_is_decoded_as_far_as_possible() -> None:
    mail = parse(b"Subject: =?NONE?B?VEVTVA=?=\n\nx")
    assert mail.subject == "TEST"
    assert any(d.startswith("subject:") for d in mail.defects)


def test_raw_8bit_header_is_read_as_utf8() -> None:
    mail = parse("Subject: Afmelden nieuwsbrief één\nFrom: a@x.nl\n\nx".encode())
    assert mail.subject == "Afmelden nieuwsbrief één"


def test_message_ids_without_brackets() -> None:
    raw = b"Message-ID: <abc@x.nl>\nIn-Reply-To: <parent@x.nl>\nReferences: <r1@x.nl>\n <r2@x.nl>\n\nx"
    mail = parse(raw)
    assert mail.message_id == "abc@x.nl"
    assert mail.in_reply_to == "parent@x.nl"
    assert mail.references == ("r1@x.nl", "r2@x.nl")


def test_html_only_is_converted_to_readable_text() -> None:
    message = EmailMessage()
    message["From"] = "a@example.nl"
    message["Subject"] = "html"
    message.set_content(
        "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
        "<p>Graag <b>afmelden</b>.</p><p>Groet<br>Jan</p>"
        "<blockquote>Oud bericht</blockquote></body></html>",
        subtype="html",
    )
    mail = parse(message.as_bytes())
    assert "Graag afmelden." in mail.text
    assert "Groet\nJan" in mail.text
    assert "> Oud bericht" in mail.text
    assert "alert" not in mail.text and "color" not in mail.text and "<" not in mail.text


def test_plain_part_is_preferred_and_attachments_skipped() -> None:
    message = EmailMessage()
    message["From"] = "a@example.nl"
    message.set_content("de platte tekst")
    message.add_alternative("<p>de html</p>", subtype="html")
    message.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename="a.pdf")
    mail = parse(message.as_bytes())
    assert mail.text.strip() == "de platte tekst"
    assert mail.content_type == "multipart/mixed"
    assert mail.part_types == ("text/plain", "text/html", "application/pdf")


def test_attached_message_is_not_our_text() -> None:
    inner = EmailMessage()
    inner["Subject"] = "newsletter"
    inner.set_content("Klik hier om af te melden")
    outer = EmailMessage()
    outer["From"] = "a@example.nl"
    outer.set_content("Zie bijlage")
    outer.add_attachment(inner)
    mail = parse(outer.as_bytes())
    assert "afmelden" not in mail.text and "af te melden" not in mail.text
    assert "message/rfc822" in mail.part_types


def test_delivery_status_fields_are_extracted() -> None:
    raw = (
        b"From: MAILER-DAEMON@x.nl\nContent-Type: multipart/report; report-type=delivery-status;"
        b' boundary="b"\n\n--b\nContent-Type: text/plain\n\nDelayed.\n--b\n'
        b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; x.nl\n\n"
        b"Final-Recipient: rfc822; a@y.nl\nAction: delayed\nStatus: 4.4.1\n--b--\n"
    )
    mail = parse(raw)
    assert mail.report_type == "delivery-status"
    assert ("action", "delayed") in mail.report_fields
    assert mail.text.strip() == "Delayed."


def test_truncated_keeps_headers_only() -> None:
    raw = b"From: a@x.nl\nSubject: groot\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
    mail = parse(raw, truncated=True)
    assert mail.truncated and mail.text == ""
    assert mail.subject == "groot" and mail.content_type == "multipart/mixed"


def test_text_is_capped() -> None:
    mail = parse(b"From: a@x.nl\n\n" + b"woord " * 50_000)
    assert len(mail.text) == MAX_TEXT


def test_leading_blank_lines_before_headers() -> None:
    mail = parse(b"\n   \nFrom: a@x.nl\nSubject: s\n\nbody")
    assert mail.sender == "a@x.nl" and mail.subject == "s"
