"""Several mailboxes in one deployment: each with its own organisation; a failing one
does not stop the others. And a SQLite deployment refuses a second instance."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import pytest

from mailbot.config import load_settings
from mailbot.daemon import App
from mailbot.store.db import make_engine, upgrade
from mailbot.store.liveness import AlreadyRunning
from tests.harness import HUMANS, mail, query, run_once, write_config
from tests.servers import append_messages

pytestmark = pytest.mark.integration


def two_mailboxes(tmp_path: Path, dovecot: Any, sink: Any, urios_password: str) -> tuple[Any, str]:
    from tests.conftest import ImapAccount

    onro_user, urios_user = f"onro{secrets.token_hex(3)}", f"urios{secrets.token_hex(3)}"
    dovecot.add_user(onro_user, "pw-onro")
    dovecot.add_user(urios_user, "pw-urios")
    onro = ImapAccount("dovecot", dovecot.host, dovecot.port, onro_user, "pw-onro", dovecot)
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    cfg = write_config(tmp_path, onro, sink, db)
    (tmp_path / "urios-pw").write_text(urios_password)
    cfg.write_text(cfg.read_text() + f"""
[[mailbox]]
name = "onro"

[[mailbox]]
name = "urios"

[mailbox.organisation]
name = "Urios"
address = "info@urios.nl"
reference_prefix = "URIOS"
privacy_officer = "privacy@urios.nl"

[mailbox.imap]
user = "{urios_user}"
password_file = "{tmp_path / 'urios-pw'}"
""")
    upgrade(make_engine(db))
    accounts = {"onro": onro,
                "urios": ImapAccount("dovecot", dovecot.host, dovecot.port, urios_user, "pw-urios", dovecot)}
    for name, acc in accounts.items():
        append_messages(acc.host, acc.port, acc.user, acc.password, "INBOX", [mail(*HUMANS["question"])])
    return load_settings(cfg), db


def test_each_mailbox_answers_as_its_organisation(dovecot: Any, smtp_sink: Any, tmp_path: Path) -> None:
    settings, db = two_mailboxes(tmp_path, dovecot, smtp_sink, "pw-urios")
    report = run_once(settings)
    assert report.processed == 2 and report.sent == 2 and not report.errors
    refs = sorted(r[0].split("-")[0] for r in query(db, 'SELECT reference FROM "case"'))
    assert refs == ["ONRO", "URIOS"]
    senders = sorted(m.mail_from for m in smtp_sink.messages)
    assert senders == ["info@onro.eu", "info@urios.nl"]


def test_a_failing_mailbox_does_not_stop_the_others(dovecot: Any, smtp_sink: Any, tmp_path: Path) -> None:
    settings, db = two_mailboxes(tmp_path, dovecot, smtp_sink, "wrong-password")
    report = run_once(settings)
    assert report.processed == 1 and report.sent == 1
    assert len(report.errors) == 1 and report.errors[0].startswith("mailbox urios")
    assert [r[0][:4] for r in query(db, 'SELECT reference FROM "case"')] == ["ONRO"]


def test_sqlite_refuses_a_second_instance(dovecot: Any, smtp_sink: Any, tmp_path: Path) -> None:
    settings, _ = two_mailboxes(tmp_path, dovecot, smtp_sink, "pw-urios")
    first = App(settings)
    guard = first.single_instance()
    try:
        with pytest.raises(AlreadyRunning, match="use PostgreSQL"):
            App(settings).single_instance()
    finally:
        assert guard is not None
        guard.release()
    App(settings).single_instance().release()  # free again once the first is gone
