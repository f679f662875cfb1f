"""The SMTP sender against the real sink: the two steps of a mail, and how failures are
sorted. The relay's crash safety rests on this: a mail whose end of data never reached the
server is not delivered."""

from __future__ import annotations

import asyncio
import time

import pytest

from mailbot.config import SmtpSettings
from mailbot.smtp import SendFailure, SmtpSender
from tests.servers import SmtpSink

MAIL = b"From: info@onro.eu\r\nTo: jan@example.nl\r\nSubject: Test\r\n\r\n.begint met een punt\r\nregel\r\n"


def sender_for(sink: SmtpSink) -> SmtpSender:
    return SmtpSender(SmtpSettings(host="127.0.0.1", port=sink.port, tls="none"))


def test_send_delivers_the_content_with_dots_kept(smtp_sink: SmtpSink) -> None:
    async def go() -> None:
        sender = sender_for(smtp_sink)
        await sender.send("info@onro.eu", "jan@example.nl", MAIL)
        await sender.send("info@onro.eu", "piet@example.nl", MAIL)  # the session is reused
        await sender.close()

    asyncio.run(go())
    got = smtp_sink.wait_for(2, timeout=5)
    assert [list(m.rcpt_tos) for m in got] == [["jan@example.nl"], ["piet@example.nl"]]
    assert got[0].data.replace(b"\r\n", b"\n") == MAIL.replace(b"\r\n", b"\n")


def test_a_mail_without_a_final_line_break_keeps_its_last_line(smtp_sink: SmtpSink) -> None:
    async def go() -> None:
        sender = sender_for(smtp_sink)
        await sender.send("info@onro.eu", "jan@example.nl", MAIL + b"laatste regel")
        await sender.close()

    asyncio.run(go())
    got = smtp_sink.wait_for(1, timeout=5)
    assert got[0].data.replace(b"\r\n", b"\n").endswith(b"regel\nlaatste regel\n")


def test_a_session_left_inside_data_is_dropped_not_reused(smtp_sink: SmtpSink) -> None:
    # A mail whose end-of-data line was never sent (the batch stopped on an error) must
    # not be completed by the next mail's commands on the same session.
    async def go() -> None:
        sender = sender_for(smtp_sink)
        await sender.begin("info@onro.eu", "jan@example.nl", MAIL)
        await sender.send("info@onro.eu", "piet@example.nl", MAIL)
        await sender.begin("info@onro.eu", "kees@example.nl", MAIL)
        await sender.close()

    asyncio.run(go())
    got = smtp_sink.wait_for(1, timeout=5)
    time.sleep(0.3)
    assert [list(m.rcpt_tos) for m in smtp_sink.messages] == [["piet@example.nl"]]
    assert got[0].data.replace(b"\r\n", b"\n") == MAIL.replace(b"\r\n", b"\n")


def test_nothing_is_delivered_without_the_end_of_data(smtp_sink: SmtpSink) -> None:
    async def go() -> None:
        sender = sender_for(smtp_sink)
        await sender.begin("info@onro.eu", "jan@example.nl", MAIL)
        client = sender._client
        assert client is not None
        client.close()  # as a crash would: the connection goes, the end of data never came
        sender._client = None

    asyncio.run(go())
    time.sleep(0.3)
    assert smtp_sink.messages == []


def test_sessions_run_side_by_side(smtp_sink: SmtpSink) -> None:
    async def go() -> None:
        senders = [sender_for(smtp_sink) for _ in range(3)]
        await asyncio.gather(*(s.begin("info@onro.eu", f"k{i}@example.nl", MAIL)
                               for i, s in enumerate(senders)))
        for s in senders:  # the ends one at a time, as the relay does
            await s.end()
        for s in senders:
            await s.close()

    asyncio.run(go())
    assert sorted(m.rcpt_tos[0] for m in smtp_sink.wait_for(3, timeout=5)) == [
        "k0@example.nl", "k1@example.nl", "k2@example.nl"]


@pytest.mark.parametrize(("reply", "stage", "permanent"), [
    ("451 4.3.0 try again later", "RCPT", False),
    ("550 5.1.1 no such user", "RCPT", True),
    ("452 4.3.1 out of storage", "DATA", False),
    ("554 5.7.1 rejected", "DATA", True),
])
def test_failures_are_sorted_and_the_session_recovers(smtp_sink: SmtpSink, reply: str, stage: str,
                                                      permanent: bool) -> None:
    smtp_sink.fail_next(reply, stage=stage)  # type: ignore[arg-type]

    async def go() -> SendFailure:
        sender = sender_for(smtp_sink)
        with pytest.raises(SendFailure) as info:
            await sender.send("info@onro.eu", "jan@example.nl", MAIL)
        await sender.send("info@onro.eu", "jan@example.nl", MAIL)  # next mail goes through
        await sender.close()
        return info.value

    failure = asyncio.run(go())
    assert failure.permanent is permanent and reply[:3] in str(failure)
    assert len(smtp_sink.wait_for(1, timeout=5)) == 1


def test_unreachable_server_is_a_temporary_failure(smtp_sink: SmtpSink) -> None:
    port = smtp_sink.port
    smtp_sink.stop()

    async def go() -> SendFailure:
        sender = SmtpSender(SmtpSettings(host="127.0.0.1", port=port, tls="none"))
        with pytest.raises(SendFailure) as info:
            await sender.send("info@onro.eu", "jan@example.nl", MAIL)
        return info.value

    assert asyncio.run(go()).permanent is False
