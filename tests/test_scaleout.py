"""Two daemons on one PostgreSQL database and one Dovecot mailbox; the one watching
the mailbox is killed midway. Every message is processed once, every reply sent once."""

from __future__ import annotations

import email
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from email import policy
from pathlib import Path
from typing import Any

import pytest

from tests.harness import ROOT, mail, query, settings_for, write_config
from tests.servers import append_messages

pytestmark = [pytest.mark.integration, pytest.mark.slow]

N = 1000


def start(config: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "mailbot.cli", "-c", str(config), "run"],
                            stdout=subprocess.DEVNULL, stderr=log.open("wb"), env=env, cwd=ROOT)


def wait(predicate: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_two_instances_one_killed(dovecot: Any, postgres: Any, smtp_sink: Any, tmp_path: Path) -> None:
    from tests.conftest import ImapAccount

    dovecot.add_user("scaleout", "pw")
    account = ImapAccount("dovecot", dovecot.host, dovecot.port, "scaleout", "pw", dovecot)
    db = postgres.create_database("scaleout")
    settings_for(tmp_path, account, smtp_sink, db, extra="takeover_seconds = 1")
    config = write_config(tmp_path, account, smtp_sink, db, extra="takeover_seconds = 1")

    first = start(config, tmp_path / "first.log")
    wait(lambda: query(db, "SELECT mailbox FROM mailbox_state"), 20, "the first instance to start")
    second = start(config, tmp_path / "second.log")
    try:
        wait(lambda: b"standing by" in (tmp_path / "second.log").read_bytes(), 20,
             "the second instance to stand by")
        messages = [mail(f"klant{i:04d}@example.nl", f"Vraag {i}", f"Hoe werkt onderdeel {i} van de app?")
                    for i in range(N)]
        append_messages(account.host, account.port, account.user, account.password, "INBOX", messages)
        wait(lambda: len(smtp_sink.messages) >= N // 3, 120, "a third of the replies")
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        wait(lambda: len({m.rcpt_tos[0] for m in smtp_sink.messages}) >= N, 180, "all replies")
        wait(lambda: query(db, "SELECT count(*) FROM outbox WHERE status <> 'sent'")[0][0] == 0, 60,
             "every outbox row to be settled")
    finally:
        for proc in (first, second):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                proc.wait(30)
    assert b"taking over" in (tmp_path / "second.log").read_bytes()

    dispositions = Counter(r[0] for r in query(db, "SELECT disposition FROM inbound_message"))
    assert dispositions == {"case": N}  # each message exactly once
    assert query(db, 'SELECT count(*) FROM "case"')[0][0] == N
    per_recipient = Counter(m.rcpt_tos[0] for m in smtp_sink.messages)
    assert set(per_recipient) == {f"klant{i:04d}@example.nl" for i in range(N)}
    ids = Counter(email.message_from_bytes(m.data, policy=policy.default)["Message-ID"]
                  for m in smtp_sink.messages)
    assert len(ids) == N  # one reply per message
    # The only possible repeat: the killed instance died between the server's 250 and
    # recording it. That reply is re-sent under the same Message-ID (clients fold it).
    repeats = sum(c - 1 for c in ids.values())
    assert repeats <= 1, f"{repeats} replies were sent again"
    assert sum(per_recipient.values()) == N + repeats
