"""End to end on real servers: IMAP (Dovecot and pymap) -> mailbot -> SMTP sink, with
SQLite and PostgreSQL. Nothing lost, nothing doubled, robots never answered."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path
from typing import Any

import pytest

from mailbot.smtp import SmtpSender
from tests.harness import (
    HUMANS,
    folder_count,
    folder_messages,
    mail,
    noise_mails,
    query,
    run_once,
    settings_for,
)
from tests.servers import append_messages

pytestmark = pytest.mark.integration


def deliver(account: Any, messages: list[bytes]) -> None:
    append_messages(account.host, account.port, account.user, account.password, "INBOX", messages)


def test_each_category_end_to_end(imap_server: Any, smtp_sink: Any, database_url: str,
                                  tmp_path: Path) -> None:
    settings = settings_for(tmp_path, imap_server, smtp_sink, database_url)
    humans = {cat: mail(addr, subj, body, name=addr.split("@")[0].title())
              for cat, (addr, subj, body) in HUMANS.items()}
    deliver(imap_server, [*humans.values(), *noise_mails()])

    report = run_once(settings)

    # four acknowledgments, plus a verification request for the access request
    assert report.processed == 7 and report.sent == 5 and report.pending == 0
    cases = query(database_url, "SELECT reference, category, requester, status FROM \"case\" ORDER BY seq")
    year = cases[0][0].split("-")[1]
    assert [c[0] for c in cases] == [f"ONRO-{year}-{n:04d}" for n in range(1, 5)]
    assert sorted(c[1] for c in cases) == sorted(HUMANS)
    by_requester = {c[2]: c for c in cases}
    for cat, (addr, _, _) in HUMANS.items():
        assert by_requester[addr][1] == cat
    noise = query(database_url, "SELECT reason FROM inbound_message WHERE disposition = 'noise'")
    assert len(noise) == 3

    # exactly one acknowledgment per human, none to a robot
    originals = {email.message_from_bytes(m, policy=policy.default)["From"].addresses[0].addr_spec:
                 email.message_from_bytes(m, policy=policy.default) for m in humans.values()}
    replies = [r for r in smtp_sink.messages if email.message_from_bytes(
        r.data, policy=policy.default)["In-Reply-To"] == originals[r.rcpt_tos[0]]["Message-ID"]]
    assert sorted(r.rcpt_tos[0] for r in replies) == sorted(a for a, _, _ in HUMANS.values())
    assert sorted(r.rcpt_tos[0] for r in smtp_sink.messages) == sorted(
        [*(a for a, _, _ in HUMANS.values()), HUMANS["rights_request"][0]])
    for r in replies:
        reply = email.message_from_bytes(r.data, policy=policy.default)
        original = originals[r.rcpt_tos[0]]
        ref = by_requester[r.rcpt_tos[0]][0]
        assert ref in reply["Subject"] and reply["Subject"].startswith("Re: ")
        assert reply["In-Reply-To"] == original["Message-ID"]
        assert reply["Auto-Submitted"] == "auto-replied"
        assert reply["X-Auto-Response-Suppress"] == "All"
        assert reply["Message-ID"].endswith("@onro.eu>")
        body = reply.get_body(("plain",)).get_content()
        assert ref in body

    # filed after commit: inbox empty, everything in Processed, a copy of each reply in Sent
    assert folder_count(imap_server, "INBOX") == 0
    assert folder_count(imap_server, "Processed") == 7
    assert folder_count(imap_server, "Sent") == 5
    statuses = query(database_url, "SELECT status FROM outbox")
    assert [s[0] for s in statuses] == ["sent"] * 5
    events = query(database_url, "SELECT kind FROM case_event")
    kinds = [e[0] for e in events]
    assert kinds.count("opened") == 4 and kinds.count("reply_queued") == 4 and kinds.count("reply_sent") == 5


def test_second_run_does_nothing_again(imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings = settings_for(tmp_path, imap_server, smtp_sink, db)
    deliver(imap_server, [mail(*HUMANS["question"])])
    assert run_once(settings).sent == 1
    assert run_once(settings).processed == 0
    assert len(smtp_sink.messages) == 1


def test_redelivered_message_is_a_duplicate(imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings = settings_for(tmp_path, imap_server, smtp_sink, db)
    m = mail(*HUMANS["question"])
    deliver(imap_server, [m])
    run_once(settings)
    deliver(imap_server, [m])  # the same message again (same Message-ID)
    report = run_once(settings)
    assert report.processed == 1 and report.sent == 0
    rows = query(db, "SELECT disposition, duplicate_of FROM inbound_message ORDER BY id")
    assert [r[0] for r in rows] == ["case", "duplicate"] and rows[1][1] is not None
    assert len(query(db, 'SELECT id FROM "case"')) == 1
    assert len(smtp_sink.messages) == 1
    assert folder_count(imap_server, "INBOX") == 0


def test_per_sender_caps(imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings = settings_for(tmp_path, imap_server, smtp_sink, db)
    who = "eager@example.nl"
    deliver(imap_server, [
        mail(who, "Vraag 1", "Hoe werkt de app op mijn telefoon? Ik kan niet inloggen."),
        mail(who, "Afmelden", "Graag afmelden voor de nieuwsbrief."),
        mail(who, "Inzage", "Ik wil inzage in mijn persoonsgegevens."),
        mail(who, "Klacht", "Ik dien een klacht in over het gebruik van mijn gegevens."),
    ])
    report = run_once(settings)
    assert report.processed == 4
    # no more than the daily cap (3) of acknowledgments to one address
    acks = query(db, "SELECT kind FROM outbox WHERE kind LIKE 'ack_%'")
    assert len(acks) == 3
    # the identity check of the access request is part of handling it, not an auto-reply
    assert len(smtp_sink.messages) == 4
    (suppressed,) = query(db, "SELECT detail FROM case_event WHERE kind = 'reply_suppressed'")
    assert "daily cap" in str(suppressed[0])
    assert len(query(db, 'SELECT id FROM "case"')) == 4  # every message is still a case


def test_same_kind_of_reply_at_most_once_a_week(imap_server: Any, smtp_sink: Any,
                                               tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings = settings_for(tmp_path, imap_server, smtp_sink, db)
    who = "vaak@example.nl"
    deliver(imap_server, [mail(who, "Vraag", "Hoe werkt de app op mijn telefoon?")])
    run_once(settings)
    query(db, "UPDATE \"case\" SET status = 'answered'")  # the first question was answered
    deliver(imap_server, [mail(who, "Nog een vraag", "Waar vind ik mijn facturen?")])
    run_once(settings)
    assert len(query(db, 'SELECT id FROM "case"')) == 2  # a new question: a new case ...
    assert len(smtp_sink.messages) == 1  # ... but no second acknowledgment within 7 days
    (suppressed,) = query(db, "SELECT detail FROM case_event WHERE kind = 'reply_suppressed'")
    assert "7 days" in str(suppressed[0])


def test_corpus_noise_is_never_answered(imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not present")
    files = [corpus / "sisimai-set-of-emails" / "maildir" / "bsd",
             corpus / "PHP-Bounce-Handler" / "eml"]
    samples = sorted(p for d in files if d.is_dir() for p in d.iterdir() if p.suffix in (".eml", ""))[:60]
    if imap_server.kind == "pymap":
        samples = samples[:20]
    if not samples:
        pytest.skip("no bounce samples found in the corpus")
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings = settings_for(tmp_path, imap_server, smtp_sink, db)
    deliver(imap_server, [p.read_bytes() for p in samples])
    report = run_once(settings)
    assert report.processed == len(samples)
    assert smtp_sink.messages == []
    assert folder_count(imap_server, "INBOX") == 0


def test_oversize_and_unprocessable_mail_is_quarantined(imap_server: Any, smtp_sink: Any,
                                                        tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    overrides = tmp_path / "override" / "nl"
    overrides.mkdir(parents=True)
    # a broken organisation template: the question it answers is quarantined, not lost
    (overrides / "ack_question.txt").write_text("{{ no_such_variable }}")
    (overrides / "ack_question.html").write_text("{{ no_such_variable }}")
    settings = settings_for(tmp_path, imap_server, smtp_sink, db, imap_extra="max_message_bytes = 20000")
    big = mail("big@example.nl", "Bijlage", "x" * 60_000)
    question = mail("vraag@example.nl", "Vraag", "Hoe kan ik mijn wachtwoord wijzigen in de app?")
    ok = mail(*HUMANS["unsubscribe"])
    deliver(imap_server, [big, question, ok])
    report = run_once(replace_templates(settings, tmp_path / "override"))
    assert report.processed == 3 and report.sent == 1
    rows = query(db, "SELECT disposition, reason FROM inbound_message ORDER BY uid")
    assert rows[0][0] == "quarantine" and "max_message_bytes" in rows[0][1]
    assert rows[1][0] == "quarantine" and "UndefinedError" in rows[1][1]
    assert rows[2][0] == "case"
    assert folder_count(imap_server, "Quarantine") == 2
    assert folder_count(imap_server, "INBOX") == 0


def replace_templates(settings: Any, override: Path) -> Any:
    mb = settings.mailboxes[0].model_copy(update={"templates_dir": override})
    return settings.model_copy(update={"mailboxes": (mb,)})


def test_header_injection_through_subject_and_name(imap_server: Any, smtp_sink: Any,
                                                   tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings = settings_for(tmp_path, imap_server, smtp_sink, db)
    raw = (b"From: =?utf-8?q?Evil=0D=0AX-Injected:_yes?= <evil@example.nl>\r\n"
           b"To: info@onro.eu\r\n"
           b"Subject: =?utf-8?q?Vraag=0D=0ABcc:_victim2@example.org?=\r\n"
           b"Message-ID: <inject@example.nl>\r\n"
           b"MIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Hoe werkt het inloggen in de app?\r\n")
    deliver(imap_server, [raw])
    run_once(settings)
    (reply,) = smtp_sink.messages
    assert reply.rcpt_tos == ("evil@example.nl",)
    parsed = email.message_from_bytes(reply.data, policy=policy.default)
    assert parsed["Bcc"] is None and parsed["X-Injected"] is None
    assert len(parsed.get_all("To")) == 1 and len(parsed.get_all("Subject")) == 1
    assert b"\nBcc:" not in reply.data and b"\nbcc:" not in reply.data.lower().replace(b"\r", b"")


def test_sent_copies_are_filed(imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings = settings_for(tmp_path, imap_server, smtp_sink, db)
    deliver(imap_server, [mail(*HUMANS["unsubscribe"])])
    run_once(settings)
    (copy,) = folder_messages(imap_server, "Sent")
    (sent,) = smtp_sink.messages
    mid = email.message_from_bytes(sent.data, policy=policy.default)["Message-ID"]
    assert email.message_from_bytes(copy, policy=policy.default)["Message-ID"] == mid


def test_parallel_smtp_sessions_send_each_reply_once(imap_server: Any, smtp_sink: Any,
                                                     tmp_path: Path) -> None:
    """smtp.connections: the relay spreads a batch over several sessions; every reply
    still goes out once, is recorded as sent and filed in Sent."""
    if imap_server.kind == "pymap":
        pytest.skip("one IMAP server is enough for this case")
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings = settings_for(tmp_path, imap_server, smtp_sink, db)
    assert settings.smtp.connections == 4  # the default
    settings = settings.model_copy(update={"smtp": settings.smtp.model_copy(update={"connections": 3})})
    deliver(imap_server, [mail(f"klant{i}@example.nl", f"Vraag {i}", f"Hoe werkt functie {i} in de app?")
                          for i in range(12)])
    report = run_once(settings)
    assert report.processed == 12 and report.sent == 12 and report.pending == 0
    assert sorted(m.rcpt_tos[0] for m in smtp_sink.messages) == sorted(
        f"klant{i}@example.nl" for i in range(12))
    assert [r[0] for r in query(db, "SELECT status FROM outbox")] == ["sent"] * 12
    assert folder_count(imap_server, "Sent") == 12


def test_records_reach_the_disk_before_the_inbox_is_changed(
        imap_server: Any, smtp_sink: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite commits (synchronous=NORMAL) are synced to disk in batches: before each
    MOVE out of the inbox, and after each batch of replies the SMTP server accepted, so a
    power cut can neither lose a message that has left the inbox nor forget a whole run
    of sent replies."""
    from mailbot import outbox, watcher
    from mailbot.imap import ImapConnection
    from mailbot.store.db import sync_to_disk

    if imap_server.kind == "pymap":
        pytest.skip("one IMAP server is enough for this case")
    settings = settings_for(tmp_path, imap_server, smtp_sink, f"sqlite:///{tmp_path / 'db.sqlite3'}")
    deliver(imap_server, [mail(f"klant{i}@example.nl", f"Vraag {i}", "Hoe werkt de app?")
                          for i in range(3)])
    steps: list[str] = []
    real_move, real_end = ImapConnection.move, SmtpSender.end

    def sync(engine: Any) -> None:
        sync_to_disk(engine)
        steps.append("sync")

    def move(self: ImapConnection, uids: list[int], folder: str) -> None:
        steps.append(f"move {len(uids)}")
        real_move(self, uids, folder)

    async def end(self: SmtpSender) -> None:
        await real_end(self)
        steps.append("accepted")

    monkeypatch.setattr(watcher, "sync_to_disk", sync)
    monkeypatch.setattr(outbox, "sync_to_disk", sync)
    monkeypatch.setattr(ImapConnection, "move", move)
    monkeypatch.setattr(SmtpSender, "end", end)
    assert run_once(settings).sent == 3
    assert steps == ["sync", "move 3", "accepted", "accepted", "accepted", "sync"], steps
    assert query(f"sqlite:///{tmp_path / 'db.sqlite3'}", "PRAGMA integrity_check") == [("ok",)]
