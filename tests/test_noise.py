"""The noise screen: every reason, from headers and structure only."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from mailbot.classify import ClassifyContext, RuleClassifier
from mailbot.model import Category, Inbound, NoiseReason
from mailbot.parse import parse
from mailbot.rules import noise, spam

CORPUS = Path(__file__).parents[1] / ".." / "shared" / "corpus"
SISIMAI = CORPUS / "sisimai-set-of-emails" / "maildir" / "bsd"
needs_corpus = pytest.mark.skipif(
    not SISIMAI.is_dir(),
    reason=f"shared mail corpus not found at {CORPUS} (it lives beside the repository)",
)
CTX = ClassifyContext(own_addresses=frozenset({"info@example.org"}))


def mail(body: str = "Hallo, ik heb een vraag.", **headers: str) -> Inbound:
    message = EmailMessage()
    message["From"] = headers.pop("From", "Jan Jansen <jan@example.nl>")
    message["To"] = headers.pop("To", "info@example.org")
    message["Subject"] = headers.pop("Subject", "Vraag")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return parse(message.as_bytes())


def report(report_type: str, part_type: str, fields: str, **headers: str) -> Inbound:
    head = "".join(f"{k.replace('_', '-')}: {v}\n" for k, v in headers.items())
    raw = (
        f"From: mailer@example.net\nTo: info@example.org\nSubject: report\n{head}"
        f'MIME-Version: 1.0\nContent-Type: multipart/report; report-type={report_type}; boundary="b"\n\n'
        f"--b\nContent-Type: text/plain\n\nHuman readable part.\n"
        f"--b\nContent-Type: {part_type}\n\n{fields}\n"
        f"--b\nContent-Type: text/rfc822-headers\n\nSubject: original\n--b--\n"
    )
    return parse(raw.encode())


def reason(message: Inbound, ctx: ClassifyContext = CTX) -> NoiseReason | None:
    found = noise.screen(message, ctx)
    return found[1].noise if found else None


def test_rule_names_are_unique_and_loop_safety_comes_first() -> None:
    names = [rule.name for rule in noise.RULES]
    assert len(names) == len(set(names))
    assert names[:2] == ["noise.loop_header", "noise.own_address"]
    assert all(rule.description for rule in noise.RULES)


def test_a_plain_human_message_is_not_noise() -> None:
    assert noise.screen(mail(), CTX) is None


@pytest.mark.parametrize(
    "body, subject",
    [
        ("Dit is een automatisch antwoord: ik ben afwezig.", "Automatisch antwoord"),
        ("Undelivered mail returned to sender? Please unsubscribe me.", "Mail delivery failed"),
        ("MAILER-DAEMON keeps sending me bounces, Precedence: bulk", "Out of office"),
    ],
)
def test_words_never_make_a_human_message_noise(body: str, subject: str) -> None:
    assert noise.screen(mail(body, Subject=subject), CTX) is None


# --- RFC 3834 auto-replies and their conventions -----------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto_Submitted": "auto-replied"},
        {"Auto_Submitted": "auto-generated"},
        {"Auto_Submitted": "auto-notified; owner-email=x@y.nl"},
        {"X_Autoreply": "yes"},
        {"X_Autorespond": "Out of office"},
        {"X_Auto_Response_Suppress": "OOF, AutoReply"},
        {"X_Auto_Response_Suppress": "All"},
        {"X_Apple_Action": "VACATION"},
        {"Precedence": "auto_reply"},
    ],
)
def test_auto_reply(headers: dict[str, str]) -> None:
    assert reason(mail(**headers)) == NoiseReason.AUTO_REPLY


def test_auto_submitted_no_is_a_person() -> None:
    assert reason(mail(Auto_Submitted="no")) is None


@pytest.mark.parametrize("sender", ["no-reply@shop.nl", "noreply@shop.nl", "do-not-reply@shop.nl"])
def test_no_reply_senders(sender: str) -> None:
    assert reason(mail(From=sender)) == NoiseReason.AUTO_REPLY


@needs_corpus
@pytest.mark.parametrize("number", range(1, 7))
def test_rfc3834_examples(number: int) -> None:
    message = parse((SISIMAI / f"rfc3834-0{number}.eml").read_bytes())
    assert reason(message) == NoiseReason.AUTO_REPLY


# --- bounces and delay warnings (RFC 3464) -----------------------------------------------


def test_dsn_failed_is_a_bounce() -> None:
    dsn = report(
        "delivery-status",
        "message/delivery-status",
        "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; a@b.nl\nAction: failed\nStatus: 5.1.1",
    )
    assert reason(dsn) == NoiseReason.BOUNCE


def test_dsn_delayed_is_a_delay_warning() -> None:
    dsn = report(
        "delivery-status",
        "message/delivery-status",
        "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; a@b.nl\nAction: delayed\nStatus: 4.4.7",
    )
    assert reason(dsn) == NoiseReason.DELAY_WARNING


def test_auto_generated_dsn_is_decided_by_structure() -> None:
    dsn = report(
        "delivery-status",
        "message/delivery-status",
        "Reporting-MTA: dns; x\n\nFinal-Recipient: rfc822; a@b.nl\nAction: failed",
        Auto_Submitted="auto-generated",
    )
    assert reason(dsn) == NoiseReason.BOUNCE


def test_delivery_status_part_without_report_wrapper() -> None:
    raw = (
        b"From: gateway@example.net\nSubject: problem\nContent-Type: multipart/mixed; boundary=b\n\n"
        b"--b\nContent-Type: text/plain\n\nCould not deliver.\n--b\nContent-Type: message/delivery-status\n\n"
        b"Reporting-MTA: dns; x\n\nFinal-Recipient: rfc822; a@b.nl\nAction: failed\n--b--\n"
    )
    assert reason(parse(raw)) == NoiseReason.BOUNCE


@pytest.mark.parametrize(
    "headers",
    [
        {"From": "Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>"},
        {"From": "postmaster@example.net"},
        {"From": "MAILER-DAEMON"},
        {"X_Failed_Recipients": "a@b.nl"},
        {"Return_Path": "<>"},
        {"Return_Path": "<MAILER-DAEMON@mx.example.net>"},
    ],
)
def test_bounce_by_convention(headers: dict[str, str]) -> None:
    assert reason(mail(**headers)) == NoiseReason.BOUNCE


# --- reports: ARF (RFC 5965) and MDN (RFC 8098) ------------------------------------------


def test_arf_feedback_report() -> None:
    arf = report(
        "feedback-report",
        "message/feedback-report",
        "Feedback-Type: abuse\nUser-Agent: SomeGenerator/1.0\nVersion: 1",
    )
    assert reason(arf) == NoiseReason.FEEDBACK_REPORT


def test_read_receipt() -> None:
    mdn = report(
        "disposition-notification",
        "message/disposition-notification",
        "Reporting-UA: pc.example.nl; Mail\nFinal-Recipient: rfc822; a@b.nl\n"
        "Disposition: manual-action/MDN-sent-manually; displayed",
    )
    assert reason(mdn) == NoiseReason.READ_RECEIPT


# --- lists, spam, loops, challenge-response ----------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {"List_Id": "<nieuws.example.nl>"},
        {"List_Unsubscribe": "<mailto:leave@example.nl>"},
        {"List_Post": "<mailto:list@example.nl>"},
        {"Precedence": "bulk"},
        {"Precedence": "list"},
        {"From": "users-request@lists.example.org"},
    ],
)
def test_mailing_list(headers: dict[str, str]) -> None:
    assert reason(mail(**headers)) == NoiseReason.MAILING_LIST


def test_mailman_notice_full_of_opt_out_words_is_noise_by_its_headers() -> None:
    notice = mail(
        "U kunt zich afmelden via de website. Om af te melden stuurt u 'unsubscribe'.",
        From="leden-bounces@lists.example.org",
        Subject="Afmelden van de lijst Leden",
        List_Id="Leden <leden.lists.example.org>",
        X_Mailman_Version="2.1.39",
        Precedence="list",
    )
    verdict = RuleClassifier(CTX).classify(notice)
    assert verdict.category == Category.NOISE and verdict.noise == NoiseReason.MAILING_LIST
    assert verdict.intents == ()


MAILMAN_TEMPLATES = CORPUS / "mailman2" / "templates"


@pytest.mark.skipif(
    not MAILMAN_TEMPLATES.is_dir(), reason=f"shared mail corpus not found at {CORPUS}"
)
@pytest.mark.parametrize("language", ["nl", "de", "en", "fr"])
def test_mailman_admin_notices_are_noise_by_the_headers_mailman_sends(language: str) -> None:
    """The corpus has the notice texts only; Mailman 2 sends them from the list's
    -bounces or -request address, marked Precedence: bulk, with X-Mailman-Version."""
    for template in sorted((MAILMAN_TEMPLATES / language).glob("*.txt")):
        notice = mail(
            template.read_text("utf-8", "replace"),
            From="leden-bounces@lists.example.org",
            Subject="Bevestiging van afmelding",
            X_Mailman_Version="2.1.39",
            Precedence="bulk",
        )
        verdict = RuleClassifier(CTX).classify(notice)
        assert verdict.category == Category.NOISE, template.name
        assert verdict.intents == ()


@pytest.mark.parametrize(
    "headers", [{"X_Spam_Flag": "YES"}, {"X_Spam_Status": "Yes, score=9.1"}, {"Precedence": "junk"}]
)
def test_spam(headers: dict[str, str]) -> None:
    assert reason(mail(**headers)) == NoiseReason.SPAM


def test_spam_flag_no_is_not_spam() -> None:
    assert reason(mail(X_Spam_Flag="NO", X_Spam_Status="No, score=0.1")) is None


def test_own_address_is_a_loop() -> None:
    assert reason(mail(From="Info <INFO@example.org>")) == NoiseReason.LOOP


def test_loop_header_is_a_loop_with_any_configured_name() -> None:
    assert reason(mail(X_Mailbot_Loop="example.org")) == NoiseReason.LOOP
    ctx = ClassifyContext(loop_header="X-Our-Loop")
    assert reason(mail(X_Our_Loop="1"), RuleClassifier(ctx).context) == NoiseReason.LOOP


def test_loop_wins_over_everything_else() -> None:
    message = mail(X_Mailbot_Loop="1", Auto_Submitted="auto-replied", List_Id="<x>")
    assert reason(message) == NoiseReason.LOOP


@pytest.mark.parametrize(
    "headers",
    [
        {"X_Challenge": "please confirm"},
        {"X_Boxbe_Alternate_Email": "x"},
        {"Subject": "Please confirm your message", "Auto_Submitted": "auto-replied"},
        {"Subject": "Sender verification required", "Return_Path": "<>"},
    ],
)
def test_challenge_response(headers: dict[str, str]) -> None:
    assert reason(mail(**headers)) == NoiseReason.CHALLENGE_RESPONSE


def test_challenge_subject_from_a_person_is_not_noise() -> None:
    assert reason(mail(Subject="Please confirm your email address change")) is None


def test_headers_only_message_is_screened_too() -> None:
    raw = b"From: MAILER-DAEMON@x.nl\nSubject: Undelivered Mail\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n\n"
    message = parse(raw, truncated=True)
    assert reason(message) == NoiseReason.BOUNCE


# --- Apple one-click unsubscribe: a robot acting for a person ----------------------------


def test_apple_one_click_unsubscribe_built() -> None:
    message = mail(
        "Apple Mail sent this email to unsubscribe from the message “Nieuwsbrief”.",
        Subject="unsubscribe",
        Auto_Submitted="auto-replied",
        X_Apple_Unsubscribe="true",
    )
    verdict = RuleClassifier(CTX).classify(message)
    assert verdict.noise is None
    assert verdict.category == Category.UNSUBSCRIBE and verdict.intents == (Category.UNSUBSCRIBE,)
    assert verdict.answerable is False
    assert verdict.rules == ("noise.apple_one_click_unsubscribe",)


@needs_corpus
def test_apple_one_click_unsubscribe_from_the_corpus() -> None:
    verdict = RuleClassifier(CTX).classify(parse((SISIMAI / "arf-26.eml").read_bytes()))
    assert (verdict.category, verdict.noise, verdict.answerable) == (
        Category.UNSUBSCRIBE,
        None,
        False,
    )


def test_noise_verdict_shape() -> None:
    verdict = RuleClassifier(CTX).classify(mail(Auto_Submitted="auto-replied"))
    assert verdict.category == Category.NOISE
    assert verdict.noise == NoiseReason.AUTO_REPLY
    assert verdict.intents == () and verdict.answerable is False
    assert verdict.evidence == ("noise: Auto-Submitted: auto-replied (RFC 3834)",)
    assert verdict.rules == ("noise.auto_submitted",)


# --- spam filters, bulk-mail software and forged or mass mailings ---------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {"X_Spam": "Yes"},
        {"X_MS_Exchange_Organization_SCL": "9"},
        {"X_Forefront_Antispam_Report": "CIP:1.2.3.4;CTRY:NL;SFV:SPM;SFS:(13230031)"},
        {"X_Barracuda_Spam_Status": "Yes, SCORE=8.1"},
    ],
)
def test_other_spam_filters_verdicts(headers: dict[str, str]) -> None:
    assert reason(mail(**headers)) == NoiseReason.SPAM


def test_spam_filter_verdicts_that_say_no() -> None:
    message = mail(X_MS_Exchange_Organization_SCL="-1", X_Spam="No", X_Spam_Flag="NO")
    assert reason(message) is None


@pytest.mark.parametrize(
    "headers",
    [
        {"X_Mailer": "SendBlaster.4.4.2"},
        {"X_Mailer": "phpList v3.6.14"},
        {"X_Mailer": "MailChimp Mailer - **CID3c4d**"},
        {"X_CSA_Complaints": "csa-complaints@eco.de"},
        {"X_MC_User": "8a1b2c3d"},
        {"Return_Path": "<bounces+1234-abcd=example.org@em123.shop.example>"},
        {"Return_Path": "<bounce-mc.us21_8a1b.3c4d@mail123.mcdlv.example>"},
        {"Errors_To": "owner@list.example"},
        {"Return_Path": "<newsletter-jan.jansen=example.nl@links.example>"},
    ],
)
def test_bulk_mail_software(headers: dict[str, str]) -> None:
    assert reason(mail(**headers)) == NoiseReason.MAILING_LIST


@pytest.mark.parametrize(
    "path",
    [
        "<SRS0=aB1c=KX=example.nl=jan@forwarder.example>",  # a forwarded person
        "<prvs=0123abcd=jan.jansen@example.nl>",  # BATV-tagged mail of a person
        "<jan.de.vries@example.nl>",
    ],
)
def test_envelope_senders_of_people_are_not_verp(path: str) -> None:
    assert reason(mail(Return_Path=path)) is None


def test_a_contact_form_sent_by_a_script_is_a_person() -> None:
    message = mail(
        "Naam: Gijs\nBericht: Leveren jullie op zaterdag?",
        From="Website <website@example.org.nl>",
        Reply_To="gijs@gmail.com",
        X_Mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
    )
    assert reason(message) is None


@pytest.mark.parametrize(
    "sender",
    ["newsalerts-noreply@google.com", "notifications-noreply@linkedin.com", "shop.no-reply@x.nl"],
)
def test_no_reply_as_part_of_a_longer_name(sender: str) -> None:
    assert reason(mail(From=sender)) == NoiseReason.AUTO_REPLY


@pytest.mark.parametrize("sender", ["norbert@shop.nl", "reply@shop.nl", "jan.noreen@shop.nl"])
def test_names_like_no_reply_are_people(sender: str) -> None:
    assert reason(mail(From=sender)) is None


def test_our_own_address_as_the_display_name_of_another() -> None:
    message = mail(From='"info@example.org" <mailbox@quota-check.example>')
    assert reason(message) == NoiseReason.SPAM


RAW_PERSON = (
    "From: Jan <jan@example.nl>\nTo: info@example.org\nSubject: Vraag\n"
    "Date: Mon, 04 Mar 2024 10:00:00 +0100\nMessage-ID: <a@example.nl>\n{extra}"
    "MIME-Version: 1.0\nContent-Type: text/plain\n\nHoe laat gaan jullie open?\n"
)


def raw(extra: str = "") -> Inbound:
    return parse(RAW_PERSON.format(extra=extra).encode())


def test_a_mass_mailing_by_its_signs() -> None:
    message = parse(
        b"From: Loterij <winnaar@prijzen.example>\nTo: undisclosed-recipients:;\n"
        b"Reply-To: claims@gmail.example\nSubject: Gefeliciteerd\nDate: Mon, 11 Mar 2024 03:12:55\n"
        b"MIME-Version: 1.0\nContent-Type: text/plain\n\nU heeft gewonnen.\n"
    )
    found = noise.screen(message, CTX)
    assert found is not None and found[0].name == "noise.spam_signs"
    assert found[1].noise == NoiseReason.SPAM
    assert "undisclosed" in found[1].evidence and "Date" in found[1].evidence


@pytest.mark.parametrize(
    "extra",
    [
        "Reply-To: jan@werk.example\n",  # replies to another domain
        "X-Unused: 1\n",
        "Received: from x (may be forged) by mx.example.org\n",
    ],
)
def test_one_weak_sign_leaves_a_person_alone(extra: str) -> None:
    message = raw(extra)
    assert reason(message) is None
    assert RuleClassifier(CTX).classify(message).answerable


def test_two_weak_signs_hold_the_reply_but_keep_the_person() -> None:
    """A Bcc to us from an HTML-only webmail: still a person, but no automatic reply."""
    message = parse(
        b"From: Jan <jan@example.nl>\nTo: gemeente@example.gov\nDelivered-To: info@example.org\n"
        b"Subject: Vraag\nDate: Mon, 04 Mar 2024 10:00:00 +0100\nMessage-ID: <a@example.nl>\n"
        b"MIME-Version: 1.0\nContent-Type: text/html\n\n<p>Hoe laat gaan jullie open?</p>\n"
    )
    verdict = RuleClassifier(CTX).classify(message)
    assert verdict.category == Category.QUESTION and verdict.noise is None
    assert not verdict.answerable and verdict.needs_review
    assert verdict.rules[-1] == "spam.suspect"


def test_headers_a_person_never_writes_add_up() -> None:
    message = parse(
        b'From: " " <x@shop.example>\nTo: info@example.org\nSubject: a\nSubject: b\n'
        b"Date: Mon, 04 Mar 2024 10:00:00 +0100\nMessage-ID: <a@shop.example>\n\nText\n"
    )
    assert reason(message) == NoiseReason.SPAM  # Subject twice (2) and a blank name (1)


def test_many_recipients_at_many_domains_are_held_not_dropped() -> None:
    to = ", ".join(f"info@shop{n}.example" for n in range(12))
    message = mail("We make garden tools.", To=f"{to}, info@example.org")
    assert reason(message) is None
    assert not RuleClassifier(CTX).classify(message).answerable


def _sign(message: Inbound, text: str) -> int:
    """The points of the sign whose description contains `text` (0: not found)."""
    return sum(p for p, found in spam.signs(message, CTX.own_addresses) if text in found)


def _person(
    date: str = "Mon, 04 Mar 2024 10:00:00 +0100", msgid: str = "a@example.nl", extra: str = ""
) -> Inbound:
    return parse(
        f"From: Jan <jan@example.nl>\nTo: info@example.org\nSubject: Vraag\nDate: {date}\n"
        f"Message-ID: <{msgid}>\n{extra}MIME-Version: 1.0\nContent-Type: text/plain\n\n"
        "Hoe laat gaan jullie open?\n".encode()
    )


@pytest.mark.parametrize(
    "message, sign",
    [
        (_person(date="Tue, 04 Dec 2001 17:11:25 -0459"), "malformed Date"),  # no such zone
        (_person(date="Tue, 04 Dec 2001 17:11:25 +1900"), "malformed Date"),
        (_person(msgid="ut-4b--$u$5$11r@y1uuyl.v.18"), "Message-ID without a host"),
        (_person(extra="----=_Part_1: 18061\n"), "MIME boundary among the header fields"),
        (_person(extra="Content-Transfer-Encoding: 8bits\n"), "garbled Content-Transfer-Encoding"),
        (_person(extra="X-Precedence-Ref: l234056789zxcv\n"), "spam software"),
        (_person(extra="X-Mailer: WC Mail __ty__\n"), "unfilled template field"),
        (
            parse(
                b"From: Jan <jan@example.nl>\nTo: webmaster@a.example, webmaster@b.example,"
                b" webmaster@c.example, info@example.org\nSubject: Vraag\n"
                b"Date: Mon, 04 Mar 2024 10:00:00 +0100\nMessage-ID: <a@example.nl>\n\nHallo\n"
            ),
            "webmaster@ at 3 domains",
        ),
        (
            parse(
                b"From: Internet-Drafts@ietf.org\nTo: info@example.org\nSubject: I-D ACTION\n"
                b"Date: Tue, 22 Dec 1998 16:55:06 -0500\nMessage-ID: <a@ietf.org>\n"
                b'MIME-Version: 1.0\nContent-Type: Multipart/Mixed; Boundary="N"\n\n--N\n'
                b"Content-Type: text/plain\n\nBlah\n--N\nContent-Type: Message/External-body;"
                b' access-type="mail-server"; server="mailserv@ietf.org"\n\n'
                b"Content-Type: text/plain\n\nSEND /internet-drafts/x.txt\n--N--\n"
            ),
            "message/external-body",
        ),
    ],
)
def test_a_sign_no_mail_program_of_a_person_makes_is_one_weak_sign(
    message: Inbound, sign: str
) -> None:
    assert _sign(message, sign) == 1
    assert spam.points(spam.signs(message, CTX.own_addresses)) == 1
    assert reason(message) is None and RuleClassifier(CTX).classify(message).answerable


@pytest.mark.parametrize(
    "message",
    [
        _person(date="Mon, 04 Mar 2024 10:00:00 +0545"),  # Nepal
        _person(date="Mon, 04 Mar 2024 10:00:00 -0930"),  # the Marquesas
        _person(msgid="1234.5678@[192.0.2.7]"),  # an IP address is a host
        _person(msgid="CAF=abc@mail.gmail.com"),
        _person(extra="Content-Transfer-Encoding: 7bit\n"),
        _person(extra="Content-Transfer-Encoding: plain\n"),  # wrong, but not a garbled 7bit/8bit
        _person(extra="X-Mailer: Microsoft Outlook 16.0 [en]\n"),
        mail(To="info@a.example, sales@b.example, info@example.org"),
    ],
)
def test_what_real_mail_programs_write_is_no_sign(message: Inbound) -> None:
    assert spam.signs(message, CTX.own_addresses) == []


def test_a_boundary_in_the_header_block_with_a_doubled_field_is_spam() -> None:
    message = _person(extra="Content-Type: multipart/alternative\n----=_Part_1: 18061\n")
    assert reason(message) == NoiseReason.SPAM  # Content-Type twice (2) and the boundary (1)
