"""Crashes and outages: SIGKILL mid-batch, SMTP down then up, IMAP restart, UIDVALIDITY
change, and IDLE wake-ups. Real servers only."""

from __future__ import annotations

import email
import signal
import time
from email import policy
from pathlib import Path
from typing import Any

import pytest

from tests.harness import (
    HUMANS,
    DaemonThread,
    folder_count,
    mail,
    noise_mails,
    query,
    run_cli,
    run_once,
    settings_for,
    write_config,
)
from tests.servers import append_messages

pytestmark = pytest.mark.integration


def deliver(account: Any, messages: list[bytes]) -> None:
    append_messages(account.host, account.port, account.user, account.password, "INBOX", messages)


def batch(n_humans: int) -> list[bytes]:
    humans = [mail(f"klant{i}@example.nl", f"Vraag {i}", f"Hoe werkt functie {i} in de app?")
              for i in range(n_humans)]
    return humans + noise_mails()


def message_ids(sink: Any) -> list[str]:
    return [email.message_from_bytes(m.data, policy=policy.default)["Message-ID"] for m in sink.messages]


# (fault point, hit number): every place between fetch and the copy in Sent
CRASH_POINTS = [
    ("before_commit", 3),
    ("after_commit", 2),   # committed, not yet moved: must not be processed again
    ("after_move", 1),     # moved, filed mark not yet written
    ("after_claim", 1),    # outbox rows claimed, nothing sent
    ("after_accept", 2),   # accepted by SMTP and recorded, copy not yet in Sent
    ("before_smtp", 3),
]


@pytest.mark.parametrize(("point", "hit"), CRASH_POINTS, ids=[p for p, _ in CRASH_POINTS])
def test_sigkill_mid_batch_loses_nothing_and_sends_nothing_twice(
        point: str, hit: int, imap_server: Any, smtp_sink: Any, database_url: str,
        tmp_path: Path) -> None:
    if imap_server.kind == "pymap" and database_url.startswith("postgresql"):
        pytest.skip("covered by the other three server/database pairs; keeps the suite short")
    settings_for(tmp_path, imap_server, smtp_sink, database_url)
    config = tmp_path / "config.toml"
    deliver(imap_server, batch(5))

    crashed = run_cli(config, "run", "--once", env={"MAILBOT_FAULT": f"{point}@{hit}"})
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr[-2000:]

    again = run_cli(config, "run", "--once")
    assert again.returncode == 0, again.stderr[-2000:]

    rows = query(database_url, "SELECT disposition FROM inbound_message")
    assert sorted(r[0] for r in rows) == ["case"] * 5 + ["noise"] * 3  # each exactly once
    assert folder_count(imap_server, "INBOX") == 0
    assert folder_count(imap_server, "Processed") == 8
    recipients = sorted(m.rcpt_tos[0] for m in smtp_sink.messages)
    assert recipients == sorted(f"klant{i}@example.nl" for i in range(5))  # one reply each
    assert folder_count(imap_server, "Sent") == 5
    assert [r[0] for r in query(database_url, "SELECT status FROM outbox")] == ["sent"] * 5


def test_crash_inside_the_smtp_dialogue_resends_with_the_same_message_id(
        imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    """The one window no design can close: the server said 250 and we died before
    recording it. The row is not in Sent, so it is sent again, with the same
    Message-ID (mail clients fold the two into one)."""
    if imap_server.kind == "pymap":
        pytest.skip("one IMAP server is enough for this case")
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings_for(tmp_path, imap_server, smtp_sink, db)
    deliver(imap_server, batch(2))
    crashed = run_cli(tmp_path / "config.toml", "run", "--once",
                      env={"MAILBOT_FAULT": "after_smtp_accept@1"})
    assert crashed.returncode == -signal.SIGKILL
    assert run_cli(tmp_path / "config.toml", "run", "--once").returncode == 0
    ids = message_ids(smtp_sink)
    assert len(ids) == 3 and len(set(ids)) == 2  # one resent, under the same Message-ID


def test_smtp_down_then_up_delivers_everything_once(imap_server: Any, smtp_sink: Any,
                                                   database_url: str, tmp_path: Path) -> None:
    settings = settings_for(tmp_path, imap_server, smtp_sink, database_url)
    deliver(imap_server, batch(3))
    smtp_sink.fail_always("451 4.3.0 try again later")
    report = run_once(settings)
    assert report.processed == 6 and report.sent == 0 and report.pending == 3
    assert folder_count(imap_server, "INBOX") == 0  # intake does not wait for SMTP

    smtp_sink.clear_failures()
    time.sleep(settings.smtp.retry_max_seconds)  # the retries are due (back-off is per row)
    report = run_once(settings)
    assert report.sent == 3 and report.pending == 0
    assert sorted(m.rcpt_tos[0] for m in smtp_sink.messages) == [f"klant{i}@example.nl" for i in range(3)]


def test_smtp_unreachable_then_back(imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    if imap_server.kind == "pymap":
        pytest.skip("one IMAP server is enough for this case")
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings = settings_for(tmp_path, imap_server, smtp_sink, db)
    deliver(imap_server, batch(2))
    smtp_sink.stop()
    report = run_once(settings)
    assert report.processed == 5 and report.pending == 2
    errors = query(db, "SELECT last_error FROM outbox")
    assert all(e[0] for e in errors)
    smtp_sink.start_on(settings.smtp.port)
    time.sleep(settings.smtp.retry_max_seconds)  # the retries are due (back-off is per row)
    assert run_once(settings).sent == 2


def test_permanent_failure_is_marked_and_recorded(imap_server: Any, smtp_sink: Any,
                                                  tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings = settings_for(tmp_path, imap_server, smtp_sink, db)
    deliver(imap_server, [mail(*HUMANS["question"])])
    smtp_sink.fail_always("550 5.1.1 no such user")
    report = run_once(settings)
    assert report.failed == 1 and report.pending == 0
    assert query(db, "SELECT status FROM outbox")[0][0] == "failed"
    (detail,) = query(db, "SELECT detail FROM case_event WHERE kind = 'reply_failed'")
    assert "550" in str(detail[0])


def test_idle_wakes_the_daemon(imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    """Dovecot: each mail is answered by its push alone (the renewal is 9 minutes
    away). pymap drops a push now and then; there the renewal (2 s, see
    tests/harness.py) must bound the delay."""
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings = settings_for(tmp_path, imap_server, smtp_sink, db)
    renewal = settings.mailboxes[0].imap.idle_renew_seconds
    assert renewal == (540 if imap_server.kind == "dovecot" else 2)
    with DaemonThread(settings):
        for n in range(1, 4):
            deliver(imap_server, [mail(f"snel{n}@example.nl", "Vraag", "Waar vind ik de handleiding?")])
            smtp_sink.wait_for(n, timeout=min(5, renewal + 3))  # Dovecot pushes ~0.5 s after APPEND
    assert len(smtp_sink.messages) == 3
    assert folder_count(imap_server, "INBOX") == 0


def test_imap_server_restart_is_survived(dovecot: Any, smtp_sink: Any, tmp_path: Path) -> None:
    import secrets

    from tests.conftest import ImapAccount

    user = f"restart{secrets.token_hex(3)}"
    dovecot.add_user(user, "pw")
    account = ImapAccount("dovecot", dovecot.host, dovecot.port, user, "pw", dovecot)
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings = settings_for(tmp_path, account, smtp_sink, db)
    with DaemonThread(settings):
        deliver(account, [mail("voor@example.nl", "Vraag", "Werkt de export ook in Excel?")])
        smtp_sink.wait_for(1, timeout=5)
        dovecot.restart()
        deliver(account, [mail("na@example.nl", "Vraag", "Kan ik mijn abonnement pauzeren?")])
        smtp_sink.wait_for(2, timeout=20)
    assert sorted(m.rcpt_tos[0] for m in smtp_sink.messages) == ["na@example.nl", "voor@example.nl"]


def test_uidvalidity_change_does_not_reprocess(dovecot: Any, smtp_sink: Any, tmp_path: Path) -> None:
    import secrets

    from tests.conftest import ImapAccount

    user = f"uidv{secrets.token_hex(3)}"
    dovecot.add_user(user, "pw")
    account = ImapAccount("dovecot", dovecot.host, dovecot.port, user, "pw", dovecot)
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings = settings_for(tmp_path, account, smtp_sink, db)
    first = batch(2)
    deliver(account, first)
    assert run_once(settings).sent == 2
    # the same messages appear in the inbox again under a new UIDVALIDITY (a restored
    # or rebuilt mailbox), together with one genuinely new message
    deliver(account, [*first, mail("nieuw@example.nl", "Vraag", "Hebben jullie een API?")])
    before = dovecot.uidvalidity(user)
    dovecot.reset_uidvalidity(user)
    assert dovecot.uidvalidity(user) != before
    report = run_once(settings)
    assert report.processed == 6 and report.sent == 1
    rows = query(db, "SELECT disposition FROM inbound_message")
    assert sorted(r[0] for r in rows).count("duplicate") == 5
    assert len(query(db, 'SELECT id FROM "case"')) == 3
    assert folder_count(account, "INBOX") == 0


def test_sigterm_finishes_and_exits_zero(imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    import subprocess
    import sys

    if imap_server.kind == "pymap":
        pytest.skip("one IMAP server is enough for this case")
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings_for(tmp_path, imap_server, smtp_sink, db)
    config = write_config(tmp_path, imap_server, smtp_sink, db)
    deliver(imap_server, batch(2))
    proc = subprocess.Popen([sys.executable, "-m", "mailbot.cli", "-c", str(config), "run"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[1])
    try:
        smtp_sink.wait_for(2, timeout=20)
        time.sleep(0.2)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err[-2000:]
    assert [r[0] for r in query(db, "SELECT status FROM outbox")] == ["sent"] * 2
