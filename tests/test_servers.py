"""The test servers themselves: SMTP failure injection, PostgreSQL, fresh mailboxes."""

from __future__ import annotations

import asyncio
import time

import aiosmtplib
import pytest
import sqlalchemy as sa

from tests.servers import ImapAccount, PostgresCluster, SmtpSink, append_messages

pytestmark = pytest.mark.integration

MAIL = b"From: info@example.org\r\nTo: klant@example.test\r\nSubject: test\r\n\r\nhallo\r\n"


def send(
    sink: SmtpSink, data: bytes = MAIL, rcpts: tuple[str, ...] = ("klant@example.test",)
) -> None:
    asyncio.run(
        aiosmtplib.send(
            data,
            sender="info@example.org",
            recipients=list(rcpts),
            hostname=sink.host,
            port=sink.port,
            start_tls=False,
            timeout=10,
        )
    )


def test_smtp_sink_records_messages(smtp_sink: SmtpSink) -> None:
    before = time.monotonic()
    send(smtp_sink, rcpts=("a@example.test", "b@example.test"))
    (msg,) = smtp_sink.wait_for(1, timeout=5)
    assert msg.mail_from == "info@example.org"
    assert msg.rcpt_tos == ("a@example.test", "b@example.test")
    assert b"Subject: test" in msg.data and msg.data.rstrip().endswith(b"hallo")
    assert before <= msg.received_monotonic <= time.monotonic()
    assert msg.received_at.tzinfo is not None


def test_smtp_sink_temporary_rcpt_failure(smtp_sink: SmtpSink) -> None:
    smtp_sink.fail_next("451 4.3.0 try again later", count=1, stage="RCPT")
    with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as info:
        send(smtp_sink)
    assert info.value.recipients[0].code == 451
    assert smtp_sink.messages == []
    send(smtp_sink)  # only the next one failed
    assert len(smtp_sink.wait_for(1, timeout=5)) == 1


def test_smtp_sink_permanent_data_failure(smtp_sink: SmtpSink) -> None:
    smtp_sink.fail_next("550 5.7.1 rejected", count=2, stage="DATA")
    for _ in range(2):
        with pytest.raises(aiosmtplib.SMTPDataError) as info:
            send(smtp_sink)
        assert info.value.code == 550
    send(smtp_sink)
    assert len(smtp_sink.wait_for(1, timeout=5)) == 1


def test_smtp_sink_fail_always_until_cleared(smtp_sink: SmtpSink) -> None:
    smtp_sink.fail_always("550 5.1.1 no such user")
    for _ in range(3):
        with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as info:
            send(smtp_sink)
        assert info.value.recipients[0].code == 550
    smtp_sink.clear_failures()
    send(smtp_sink)
    assert len(smtp_sink.wait_for(1, timeout=5)) == 1
    with pytest.raises(TimeoutError):
        smtp_sink.wait_for(2, timeout=0.2)
    with pytest.raises(ValueError):
        smtp_sink.fail_next("250 ok")


def test_postgres_accepts_connections(postgres: PostgresCluster) -> None:
    engine = sa.create_engine(postgres.url)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("select 1")).scalar() == 1
    finally:
        engine.dispose()


def test_database_url_is_fresh_and_usable(database_url: str) -> None:
    engine = sa.create_engine(database_url)
    try:
        with engine.begin() as conn:
            assert not sa.inspect(conn).get_table_names()
            conn.execute(sa.text("create table t (id integer primary key, v text)"))
            conn.execute(sa.text("insert into t (id, v) values (1, 'x')"))
        with engine.connect() as conn:
            assert conn.execute(sa.text("select count(*) from t")).scalar() == 1
    finally:
        engine.dispose()


def test_imap_mailbox_starts_empty(imap_server: ImapAccount) -> None:
    from imapclient import IMAPClient  # type: ignore[import-untyped]

    with IMAPClient(imap_server.host, imap_server.port, ssl=False, timeout=10) as client:
        client.login(imap_server.user, imap_server.password)
        client.select_folder("INBOX")
        assert client.search(["ALL"]) == []
        assert [name for _f, _d, name in client.list_folders()] == ["INBOX"]
    append_messages(
        imap_server.host,
        imap_server.port,
        imap_server.user,
        imap_server.password,
        "Archive/2026",
        [MAIL] * 250,
        flags=(b"\\Seen",),
    )
    with IMAPClient(imap_server.host, imap_server.port, ssl=False, timeout=10) as client:
        client.login(imap_server.user, imap_server.password)
        client.select_folder("Archive/2026")
        assert len(client.search(["SEEN"])) == 250
