"""What operators see: /metrics and /healthz of a running daemon over real HTTP, and
logs that carry case references and numbers but nothing personal."""

from __future__ import annotations

import json
import logging
import re
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families

from mailbot import metrics
from mailbot.casework import OPEN_STATES
from mailbot.config import ConfigError, load_settings, parse_settings
from mailbot.logs import setup_logging
from tests.harness import HUMANS, DaemonThread, mail, noise_mails, query, settings_for
from tests.servers import append_messages, free_port

Sample = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def deliver(account: Any, messages: list[bytes]) -> None:
    append_messages(account.host, account.port, account.user, account.password, "INBOX", messages)


def get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def scrape(port: int) -> Sample:
    status, body = get(port, "/metrics")
    assert status == 200
    out: Sample = {}
    for family in text_string_to_metric_families(body):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def value(sample: Sample, name: str, **labels: str) -> float:
    return sample.get((name, tuple(sorted(labels.items()))), 0.0)


def total(sample: Sample, name: str, **labels: str) -> float:
    """Sum over every series of `name` whose labels include `labels`."""
    return sum(v for (n, ls), v in sample.items()
               if n == name and all(dict(ls).get(k) == want for k, want in labels.items()))


def wait_until(fn: Any, timeout: float = 15.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        got = fn()
        if got:
            return got
        if time.monotonic() > deadline:
            raise TimeoutError("condition not reached")
        time.sleep(0.05)


def metrics_config(port: int, stale: float = 180) -> str:
    return f'[metrics]\nlisten = "127.0.0.1:{port}"\nstale_after_seconds = {stale}\n'


# ---- /metrics and /healthz ------------------------------------------------------------------


@pytest.mark.integration
def test_metrics_and_health_of_a_running_daemon(imap_server: Any, smtp_sink: Any,
                                                database_url: str, tmp_path: Path) -> None:
    port = free_port()
    settings = settings_for(tmp_path, imap_server, smtp_sink, database_url,
                            extra=metrics_config(port))
    with DaemonThread(settings):
        before = wait_until(lambda: (s := scrape(port)) and value(
            s, "mailbot_imap_idle", mailbox="info") == 1 and s)
        assert value(before, "mailbot_imap_connected", mailbox="info") == 1
        assert value(before, "mailbot_mailbox_standby", mailbox="info") == 0
        assert value(before, "mailbot_database_up") == 1
        assert total(before, "mailbot_cases_open") == 0
        assert "process_resident_memory_bytes" in {n for n, _ in before}

        humans = [mail(a, s, b) for a, s, b in HUMANS.values()]
        deliver(imap_server, [*humans, *noise_mails()])
        smtp_sink.wait_for(5)  # four acknowledgments and a verification request
        histogram = "mailbot_message_processing_seconds_count"
        wait_until(lambda: (s := scrape(port)) and total(s, histogram) - total(
            before, histogram) == 7 and sum(total(s, "mailbot_outbox_messages", status=st)
                                            for st in ("pending", "sending", "accepted")) == 0)
        # one scrape reads the counters a moment before the database: take a settled one
        after = scrape(port)

        def delta(name: str, **labels: str) -> float:
            return total(after, name, **labels) - total(before, name, **labels)

        processed = "mailbot_messages_processed_total"
        for category in HUMANS:
            assert delta(processed, mailbox="info", disposition="case", category=category) == 1
        assert delta(processed, mailbox="info", disposition="noise") == 3
        assert delta("mailbot_message_processing_seconds_count", mailbox="info") == 7
        assert delta("mailbot_message_processing_seconds_sum", mailbox="info") > 0
        assert delta("mailbot_outbox_sent_total", mailbox="info") == 5
        assert value(after, "mailbot_outbox_oldest_age_seconds", mailbox="info") == 0
        assert now_minus(value(after, "mailbot_last_poll_timestamp_seconds", mailbox="info")) < 60

        # the case gauges are the database's figures at the moment of the scrape
        rows = query(database_url, 'SELECT category, status FROM "case"')
        for category, status in rows:
            want = sum(1 for c, s in rows if (c, s) == (category, status))
            got = value(after, "mailbot_cases_open", mailbox="info", category=category,
                        status=status)
            assert got == (want if status in OPEN_STATES else 0), (category, status)
        assert value(after, "mailbot_cases_overdue", mailbox="info", category="question") == 0
        query(database_url, "UPDATE \"case\" SET due_at = :t WHERE category = 'question'",
              t=datetime.now(UTC).replace(tzinfo=None) - timedelta(hours=1))
        assert value(scrape(port), "mailbot_cases_overdue", mailbox="info",
                     category="question") == 1

        # an SMTP outage: the queue grows and ages, the retries are counted
        smtp_sink.fail_always("451 4.3.0 try again later")
        deliver(imap_server, [mail("laat@example.nl", "Vraag", "Werkt de app ook offline?")])
        stuck = wait_until(lambda: (s := scrape(port)) and total(
            s, "mailbot_outbox_send_failures_total", outcome="retry") > total(
            before, "mailbot_outbox_send_failures_total", outcome="retry") and value(
            s, "mailbot_outbox_oldest_age_seconds", mailbox="info") > 0 and s)
        assert value(stuck, "mailbot_outbox_messages", mailbox="info", status="pending") + value(
            stuck, "mailbot_outbox_messages", mailbox="info", status="sending") == 1
        smtp_sink.clear_failures()
        smtp_sink.wait_for(6)

        status, body = get(port, "/healthz")
        assert status == 200, body
        health = json.loads(body)
        assert health["status"] == "ok" and health["database"] == "ok"
        assert health["mailboxes"]["info"]["ok"] is True
        assert health["mailboxes"]["info"]["state"] in ("idle", "connected")
        assert get(port, "/")[0] == 404

        # nothing personal in any label
        assert not [k for k in scrape(port) if any("@" in v for _, v in k[1])]
    with pytest.raises(OSError):  # the server is gone with the daemon
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def now_minus(ts: float) -> float:
    return datetime.now(UTC).timestamp() - ts


@pytest.mark.integration
@pytest.mark.parametrize("imap_server", ["pymap"], indirect=True)
def test_healthz_is_503_while_the_mailbox_cannot_be_polled(imap_server: Any, smtp_sink: Any,
                                                           tmp_path: Path) -> None:
    port = free_port()
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings_for(tmp_path, imap_server, smtp_sink, db, extra=metrics_config(port))
    (tmp_path / "imap-password").write_text("wrong")
    daemon = DaemonThread(load_settings(tmp_path / "config.toml"))
    daemon.thread.start()  # not `with`: it would wait for a ready that never comes
    try:
        status, body = wait_until(lambda: _try_get(port, "/healthz"))
        assert status == 503
        health = json.loads(body)
        assert health["status"] == "unhealthy" and health["database"] == "ok"
        assert health["mailboxes"]["info"] == {"ok": False, "state": "disconnected",
                                               "last_poll_seconds_ago": None}
        s = wait_until(lambda: (s := scrape(port)) and total(
            s, "mailbot_watcher_errors_total", mailbox="info", kind="imap") > 0 and s)
        assert value(s, "mailbot_imap_connected", mailbox="info") == 0
        assert ("mailbot_last_poll_timestamp_seconds", (("mailbox", "info"),)) not in s
    finally:
        daemon.stop()


def _try_get(port: int, path: str) -> tuple[int, str] | None:
    try:
        return get(port, path)
    except OSError:
        return None


@pytest.mark.integration
@pytest.mark.parametrize("imap_server", ["pymap"], indirect=True)
def test_a_taken_port_does_not_stop_the_mail(imap_server: Any, smtp_sink: Any, tmp_path: Path,
                                             caplog: pytest.LogCaptureFixture) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
        settings = settings_for(tmp_path, imap_server, smtp_sink, db, extra=metrics_config(port))
        with caplog.at_level(logging.INFO), DaemonThread(settings):
            deliver(imap_server, [mail("x@example.nl", "Vraag", "Hoe log ik in?")])
            smtp_sink.wait_for(1)
    assert any(r.levelno == logging.ERROR and "metrics: cannot listen" in r.getMessage()
               for r in caplog.records)


def test_health_rules() -> None:
    now = datetime.now(UTC)

    def watcher(name: str, *, polled: float | None, standby: bool = False,
                idling: bool = True) -> Any:
        return SimpleNamespace(mailbox=SimpleNamespace(name=name), conn=object(), idling=idling,
                               standby=standby,
                               last_poll=None if polled is None else now - timedelta(seconds=polled))

    def db_ok() -> None:
        return None

    fresh, stale = watcher("a", polled=5), watcher("b", polled=500)
    assert metrics.health([fresh], {}, db_ok, 180, now)[0]
    assert not metrics.health([fresh, stale], {}, db_ok, 180, now)[0]
    # a long catch-up: the last poll is old, but messages are being handled
    assert metrics.health([stale], {"b": now - timedelta(seconds=2)}, db_ok, 180, now)[0]
    # another instance watches the mailbox
    assert metrics.health([watcher("c", polled=None, standby=True)], {}, db_ok, 180, now)[0]
    ok, report = metrics.health([fresh], {}, lambda: "error: OperationalError", 180, now)
    assert not ok and report["database"] == "error: OperationalError"
    assert report["mailboxes"]["a"] == {"ok": True, "state": "idle", "last_poll_seconds_ago": 5.0}


BASE = {
    "organisation": {"name": "ONRO", "address": "info@onro.eu", "reference_prefix": "ONRO",
                     "privacy_officer": "privacy@onro.eu"},
    "imap": {"host": "127.0.0.1", "tls": "none", "user": "u", "password_env": "HOME"},
    "smtp": {"host": "127.0.0.1", "tls": "none"},
}


@pytest.mark.parametrize(("listen", "extra", "address"), [
    ("", {}, None),
    ("127.0.0.1:9155", {}, ("127.0.0.1", 9155)),
    ("[::1]:9155", {}, ("::1", 9155)),
    ("localhost:9155", {}, ("localhost", 9155)),
    ("0.0.0.0:9155", {"allow_remote": True}, ("0.0.0.0", 9155)),
])
def test_metrics_listen_setting(listen: str, extra: dict[str, Any],
                                address: tuple[str, int] | None) -> None:
    settings = parse_settings({**BASE, "metrics": {"listen": listen, **extra}})
    assert settings.metrics.address == address


@pytest.mark.parametrize(("listen", "message"), [
    ("0.0.0.0:9155", "not a loopback address"),
    ("127.0.0.1", 'expected "host:port"'),
    ("127.0.0.1:99999", 'expected "host:port"'),
])
def test_metrics_listen_errors(listen: str, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_settings({**BASE, "metrics": {"listen": listen}})
    assert any(p.startswith("metrics.listen:") and message in p for p in err.value.problems)


# ---- logs -----------------------------------------------------------------------------------

# Personal data in the test mail: none of it may reach a log record at INFO or above.
PEOPLE = [
    ("Jan de Vries", "jan.devries@example.nl", "Inzage persoonsgegevens Jan de Vries",
     ("Beste ONRO,\n\nIk wil inzage in mijn persoonsgegevens (artikel 15 AVG). Mijn adres is "
      "Kerkstraat 12 in Utrecht, telefoon 0612345678.\n\nGroet,\nJan de Vries")),
    ("Emily Clarke", "emily.clarke@example.com", "Invoice question from Emily Clarke",
     ("Hello, where can I find my invoices in the app? My customer number is 99887766. "
      "Thanks, Emily Clarke")),
    ("Klaas Bakker", "klaas.bakker@example.nl", "Klacht over Klaas Bakker zijn gegevens",
     ("Ik wil een klacht indienen: mijn gegevens zijn zonder toestemming gedeeld met "
      "Zonnebloem Makelaars. Dit is een privacyklacht. Klaas Bakker")),
    ("Anna Smit", "anna.smit@example.nl", "Afmelden nieuwsbrief Anna Smit",
     "Graag wil ik mij afmelden voor de nieuwsbrief. Anna Smit, Lindelaan 7"),
]
SECRET_WORDS = ["Vries", "devries", "Kerkstraat", "0612345678", "Utrecht", "Emily", "Clarke",
                "99887766", "Klaas", "Bakker", "Zonnebloem", "Anna", "Smit", "Lindelaan",
                "Greta", "Oversize", "Visser", "Inzage persoonsgegevens", "Invoice question",
                "Afmelden nieuwsbrief", "Klacht over", "Afwezig", "Overlong"]
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MESSAGE_ID = re.compile(r"<[^<>\s]+@[^<>\s]+>")


@pytest.fixture
def production_logging(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """The daemon's own logging set-up (levels of chatty libraries included), captured."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    setup_logging("INFO", "text")
    root.addHandler(caplog.handler)
    try:
        yield caplog
    finally:
        root.handlers[:], _ = saved
        root.setLevel(saved[1])


@pytest.mark.integration
def test_logs_name_cases_and_numbers_never_people(imap_server: Any, smtp_sink: Any,
                                                  database_url: str, tmp_path: Path,
                                                  production_logging: pytest.LogCaptureFixture) -> None:
    settings = settings_for(tmp_path, imap_server, smtp_sink, database_url,
                            imap_extra="max_message_bytes = 4096")
    question = mail(PEOPLE[1][1], PEOPLE[1][2], PEOPLE[1][3], name=PEOPLE[1][0])
    messages = [mail(addr, subject, body, name=name) for name, addr, subject, body in PEOPLE]
    messages += [
        question,  # delivered twice: a duplicate
        mail("greta.oversize@example.nl", "Overlong letter from Greta Oversize",
             "Greta Oversize writes a lot. " * 400, name="Greta Oversize"),  # quarantined
        mail("peter.visser@example.org", "Afwezig: Peter Visser", "Peter Visser is afwezig.",
             name="Peter Visser", Auto_Submitted="auto-replied"),  # noise
        # broken MIME and a broken encoded word
        (b"From: Broken Visser <broken.visser@example.org>\r\nSubject: =?utf-8?q?Visser=ZZ?=\r\n"
         b"Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\nno end"),
    ]
    deliver(imap_server, messages)
    with DaemonThread(settings):
        wait_until(lambda: len(query(database_url, "SELECT id FROM inbound_message"))
                   == len(messages))
        smtp_sink.wait_for(5)  # the four people's acknowledgments and a verification request
        wait_until(lambda: not query(database_url, "SELECT id FROM outbox WHERE status <> 'sent'"))
    records = [r for r in production_logging.records if r.levelno >= logging.INFO]

    print("\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in records))
    assert len(query(database_url, 'SELECT id FROM "case"')) >= 4
    assert any(re.search(r"ONRO-\d{4}-\d{4}", r.getMessage()) for r in records)
    assert not [r for r in records if r.levelno >= logging.ERROR]
    for r in records:
        text = r.getMessage() + (production_logging.handler.format(r) if r.exc_info else "")
        assert "\n" not in r.getMessage(), text  # one line per event
        assert not ADDRESS.search(MESSAGE_ID.sub("<message-id>", text)), text
        for word in SECRET_WORDS:
            assert word.lower() not in text.lower(), (word, text)
