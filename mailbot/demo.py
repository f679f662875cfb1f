"""`mailbot demo`: the real pipeline against an embedded IMAP server (pymap) and SMTP
sink (aiosmtpd) on loopback, with a dozen realistic messages. Needs no mail server."""

from __future__ import annotations

import asyncio
import email
import os
import secrets
import shutil
import tempfile
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from mailbot.config import Settings, default_templates_dir, parse_settings
from mailbot.daemon import App
from mailbot.model import Disposition
from mailbot.store.db import make_engine, upgrade
from mailbot.store.tables import Case, InboundMessage, Outbox

TEMPLATES = default_templates_dir()


def _mail(sender: str, subject: str, body: str, **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "ONRO <info@onro.eu>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].rstrip(">") or "example.nl")
    for key, value in headers.items():
        msg[key.replace("_", "-")] = value
    msg.set_content(body)
    return bytes(msg)


def _bounce() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Mail Delivery System <MAILER-DAEMON@mx.example.net>"
    msg["To"] = "info@onro.eu"
    msg["Subject"] = "Undelivered Mail Returned to Sender"
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain="mx.example.net")
    msg.set_content("This is the mail system at host mx.example.net.\n\n"
                    "I'm sorry to have to inform you that your message could not be delivered.")
    status = EmailMessage()
    status.set_content("Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; oud@example.nl\n"
                       "Action: failed\nStatus: 5.1.1\n")
    msg.make_mixed()
    msg.attach(status)
    raw = bytes(msg).replace(b"multipart/mixed", b'multipart/report; report-type="delivery-status"', 1)
    return raw


def seed_messages() -> list[bytes]:
    """Realistic mail for ONRO's info@: humans in Dutch and English, and robots."""
    return [
        _mail("Piet de Vries <piet.devries@example.nl>", "Inzageverzoek",
              "Geachte heer/mevrouw,\n\nOp grond van artikel 15 AVG verzoek ik u om inzage in de "
              "persoonsgegevens die u van mij verwerkt.\n\nMet vriendelijke groet,\nPiet de Vries"),
        _mail("Anna Jansen <anna.j@example.nl>", "afmelden",
              "Hoi, graag afmelden voor de nieuwsbrief. Verstuurd vanaf mijn iPhone"),
        _mail("Mark Bakker <mark@bakker-advies.nl>", "Verwijder mijn gegevens",
              "Goedemiddag,\n\nIk wil dat u al mijn gegevens verwijdert en mij uitschrijft voor "
              "alle mailings.\n\nMark Bakker"),
        _mail("Sanne Visser <sanne.visser@example.nl>", "Klacht over mijn gegevens",
              "Ik heb een klacht: mijn gegevens zijn zonder mijn toestemming gedeeld met een "
              "ander bedrijf. Ik overweeg naar de Autoriteit Persoonsgegevens te stappen."),
        _mail("Jeroen Smit <j.smit@example.nl>", "Mogelijk datalek",
              "Ik ontving vandaag een factuur van een andere klant in mijn mailbox. Volgens mij "
              "is dit een datalek: de mail is naar de verkeerde ontvanger gestuurd."),
        _mail("Fatima El Amrani <fatima@example.nl>", "Vraag over facturen",
              "Goedemorgen, waar kan ik in de app mijn facturen van vorig jaar terugvinden?"),
        _mail("John Carter <john.carter@example.com>", "Data portability request",
              "Hello,\n\nUnder Article 20 GDPR I would like to receive my personal data in a "
              "machine-readable format.\n\nKind regards,\nJohn Carter"),
        _mail("Emily Clark <emily@example.co.uk>", "Question about pricing",
              "Hi, do you offer a discount for non-profit organisations? Thanks, Emily"),
        _mail("Lisa de Boer <lisa@example.nl>", "Afwezig: Inzageverzoek",
              "Ik ben afwezig tot en met 1 december en heb beperkt toegang tot mijn e-mail.",
              Auto_Submitted="auto-replied", X_Autoreply="yes"),
        _bounce(),
        _mail("Vakblad Software <nieuws@vakblad.example.org>", "Nieuwsbrief week 48",
              "Het laatste nieuws uit de branche. Afmelden? Klik onderaan.",
              List_Id="<nieuws.vakblad.example.org>", List_Unsubscribe="<mailto:leave@vakblad.example.org>",
              Precedence="bulk"),
        _mail("Tom Hendriks <tom@example.nl>", "Unsubscribe",
              "", X_Apple_Unsubscribe="true", Auto_Submitted="auto-generated"),
    ]


def _settings(state: Path, imap_port: int, smtp_port: int, password_file: Path) -> Settings:
    return parse_settings({
        "state_dir": str(state),
        "templates_dir": str(TEMPLATES),
        "organisation": {"name": "ONRO B.V.", "address": "info@onro.eu", "sender": "ONRO <info@onro.eu>",
                         "reference_prefix": "ONRO", "privacy_officer": "privacy@onro.eu",
                         "website": "https://onro.eu"},
        "staff": {"privacy": ["privacy@onro.eu"], "support": ["support@onro.eu"]},
        "imap": {"host": "127.0.0.1", "port": imap_port, "tls": "none", "user": "info",
                 "password_file": str(password_file), "poll_interval_seconds": 1},
        "smtp": {"host": "127.0.0.1", "port": smtp_port, "tls": "none"},
    })


def _summary(settings: Settings, handled: int) -> str:
    """One line that counts what happened: acknowledgments against messages left
    unanswered, then every mail sent by kind (identity checks, alerts to staff)."""
    engine = make_engine(settings.database_url)
    try:
        with Session(engine) as s:
            kinds = Counter(s.exec(select(Outbox.kind).where(Outbox.status == "sent")).all())
            cases = len(s.exec(select(Case.id)).all())
            noise = len(s.exec(select(InboundMessage.id).where(
                InboundMessage.disposition == Disposition.NOISE.value)).all())
    finally:
        engine.dispose()
    acks = sum(n for kind, n in kinds.items() if kind.startswith("ack_"))
    others = sorted((kind, n) for kind, n in kinds.items() if not kind.startswith("ack_"))
    sent = ", ".join([f"{acks} acknowledgment(s)"]
                     + [f"{n} {KIND_WORDS.get(kind, kind)}" for kind, n in others])
    return (f"{handled} messages handled: {acks} acknowledged; not answered: {noise} "
            f"robot mail(s) and {cases - acks} case(s) opened by a robot (one-click unsubscribe).\n"
            f"Mails sent: {kinds.total()} ({sent}).")


KIND_WORDS = {"verification_request": "identity check(s)",
              "breach_alert": "breach alert(s) to the privacy officer",
              "staff_escalation": "escalation(s) to staff"}


def _table(settings: Settings, replies: dict[str, int]) -> str:
    engine = make_engine(settings.database_url)
    tz = ZoneInfo(settings.mailboxes[0].organisation.timezone)
    rows = []
    with Session(engine) as s:
        for msg in s.exec(select(InboundMessage).order_by(InboundMessage.uid)).all():
            case = s.get(Case, msg.case_id) if msg.case_id else None
            sent = case is not None and s.exec(select(Outbox).where(
                Outbox.case_id == case.id, Outbox.status == "sent")).first() is not None
            verdict = msg.verdict or {}
            outcome = case.reference if case else msg.disposition
            what = case.category if case else (verdict.get("noise") or msg.reason)
            extra = ", ".join(verdict.get("rights") or [])
            if verdict.get("breach"):
                extra = (extra + ", " if extra else "") + "BREACH"
            due = (case.due_at.astimezone(tz).strftime("%a %d %b %H:%M")
                   if case and case.due_at else "")
            reply = ("sent (" + str(case.language) + ")") if sent else ("-" if not case else "none (robot-sent)")
            rows.append((str(msg.sender or "")[:28], (msg.subject or "")[:26], outcome, f"{what} {extra}".strip()[:34],
                         reply, due))
    engine.dispose()
    head = ("from", "subject", "case / outcome", "category / reason", "reply", "due (Amsterdam)")
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths))  # noqa: E731
    out = [line(head), line(tuple("-" * w for w in widths)), *(line(r) for r in rows)]
    return "\n".join(out)


def main(keep_running: bool = False) -> int:
    from mailbot.embedded import PymapServer, SmtpSink, append_messages

    state = Path(tempfile.mkdtemp(prefix="mailbot-demo-"))
    password = secrets.token_urlsafe(12)
    pw_file = state / "imap-password"
    pw_file.write_text(password)
    os.chmod(pw_file, 0o600)
    imap = PymapServer(user="info", password=password).start()
    sink = SmtpSink().start()
    try:
        settings = _settings(state, imap.port, sink.port, pw_file)
        upgrade(make_engine(settings.database_url))
        messages = seed_messages()
        append_messages(imap.host, imap.port, "info", password, "INBOX", messages)
        print(f"Delivered {len(messages)} messages to info@ on an embedded IMAP server "
              f"(127.0.0.1:{imap.port}); running mailbot once...\n")
        report = asyncio.run(App(settings).run_once())
        replies: dict[str, int] = {}
        for m in sink.messages:
            replies[m.rcpt_tos[0]] = replies.get(m.rcpt_tos[0], 0) + 1
        print(_table(settings, replies))
        print("\n" + _summary(settings, report.processed))
        if sink.messages:
            first = email.message_from_bytes(sink.messages[0].data, policy=policy.default)
            body = first.get_body(("plain",))
            print("\nThe first acknowledgment, as the customer sees it:\n")
            print(f"  Subject: {first['Subject']}\n  To: {first['To']}\n")
            text = body.get_content() if body is not None else ""
            print("\n".join("  " + line for line in text.strip().splitlines()))
        if keep_running:
            _keep_running(settings, imap, sink, password)
        return 0 if report.processed == len(messages) else 1
    finally:
        sink.stop()
        imap.stop()
        if not keep_running:
            shutil.rmtree(state, ignore_errors=True)


def _keep_running(settings: Settings, imap: object, sink: object, password: str) -> None:
    port = settings.mailboxes[0].imap.port
    print(f"""
The demo keeps running. Put a message in the inbox (any .eml file) with:

  curl --url 'imap://127.0.0.1:{port}/INBOX' --user 'info:{password}' -T message.eml

Acknowledgments go to the SMTP sink on 127.0.0.1:{settings.smtp.port} and are printed here.
Database: {settings.database_url}
Press Ctrl-C to stop.
""")
    seen = len(sink.messages)  # type: ignore[attr-defined]

    async def watch(stop: asyncio.Event) -> None:
        nonlocal seen
        while not stop.is_set():
            msgs = sink.messages  # type: ignore[attr-defined]
            for m in msgs[seen:]:
                parsed = email.message_from_bytes(m.data, policy=policy.default)
                print(f"reply sent: {parsed['Subject']}")
            seen = len(msgs)
            await asyncio.sleep(0.2)

    async def run() -> None:
        import signal

        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await asyncio.gather(App(settings).run_forever(stop), watch(stop))

    asyncio.run(run())
