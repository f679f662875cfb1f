"""Prometheus metrics and a health check, served over HTTP on a loopback port.

Two kinds of figures:
- events, counted where they happen (`message_handled`, `outbox_sent`, ...): plain
  counters and a histogram, cheap enough for the hot path;
- state, computed when Prometheus scrapes: cases open and overdue, outbox depth and
  age come from the database, IMAP state from the watchers. Nothing of that is kept
  in memory, so it cannot drift from the truth or go stale between instances.

`/healthz` answers 200 when every mailbox was polled recently (or its watcher is
standing by while another instance watches it) and the database answers, else 503.
Labels carry mailbox names, categories and states only: no addresses, no text.
"""

from __future__ import annotations

import itertools
import json
import logging
import socket
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from socketserver import ThreadingMixIn
from typing import TYPE_CHECKING, Any, Protocol
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from prometheus_client import CollectorRegistry, Counter, Histogram, make_wsgi_app
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.platform_collector import PlatformCollector
from prometheus_client.process_collector import ProcessCollector
from prometheus_client.registry import Collector
from sqlalchemy import Engine, create_engine, event, func, select, text
from sqlmodel import col

if TYPE_CHECKING:
    from mailbot.config import Settings

log = logging.getLogger(__name__)

OUTBOX_STATES = ("pending", "sending", "accepted", "failed")
UNSENT_STATES = ("pending", "sending", "accepted")  # the depth: not yet filed as sent
CASE_CATEGORIES = ("rights_request", "complaint", "question", "unsubscribe")
DB_TIMEOUT_SECONDS = 5

# ---- events: counted where they happen ---------------------------------------------------

MESSAGES = Counter(
    "mailbot_messages_processed", "Messages recorded, by disposition and verdict category",
    ["mailbox", "disposition", "category"], registry=None)
PROCESSING = Histogram(
    "mailbot_message_processing_seconds",
    "Time from fetched to committed for one message (parse, classify, decide, store)",
    ["mailbox"], registry=None,
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0))
SENT = Counter(
    "mailbot_outbox_sent", "Mails from the outbox (replies, staff mail) accepted by the SMTP server",
    ["mailbox"], registry=None)
SEND_FAILURES = Counter(
    "mailbot_outbox_send_failures",
    'Failed SMTP attempts: outcome="retry" (temporary, tried again) or "failed" (given up)',
    ["mailbox", "outcome"], registry=None)
WATCHER_ERRORS = Counter(
    "mailbot_watcher_errors",
    'Connection trouble that made a mailbox watcher reconnect, by kind ("imap" or "database")',
    ["mailbox", "kind"], registry=None)

_EVENTS: tuple[Collector, ...] = (MESSAGES, PROCESSING, SENT, SEND_FAILURES, WATCHER_ERRORS)


def message_handled(mailbox: str, disposition: str, category: str | None, seconds: float) -> None:
    MESSAGES.labels(mailbox, disposition, category or "none").inc()
    PROCESSING.labels(mailbox).observe(seconds)


def outbox_sent(mailbox: str) -> None:
    SENT.labels(mailbox).inc()


def outbox_failed(mailbox: str, *, gave_up: bool) -> None:
    SEND_FAILURES.labels(mailbox, "failed" if gave_up else "retry").inc()


def watcher_error(mailbox: str, kind: str) -> None:
    WATCHER_ERRORS.labels(mailbox, kind).inc()


# ---- state: computed at scrape time -----------------------------------------------------


class WatcherView(Protocol):
    """What the metrics read from a mailbox watcher (mailbot.watcher.Watcher)."""

    @property
    def mailbox(self) -> Any: ...
    @property
    def conn(self) -> object | None: ...
    @property
    def idling(self) -> bool: ...
    @property
    def standby(self) -> bool: ...
    @property
    def last_poll(self) -> datetime | None: ...


def read_engine(url: str) -> Engine:
    """A small engine for scrapes and health checks, apart from the daemon's own.

    SQLite: plain reads (WAL readers never wait for the writer), read-only, without the
    daemon's BEGIN IMMEDIATE, which would queue a scrape behind every write.
    PostgreSQL: a small pool, with connect and statement timeouts.
    """
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False,
                                                  "timeout": DB_TIMEOUT_SECONDS})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout={DB_TIMEOUT_SECONDS * 1000}")
            cur.execute("PRAGMA query_only=ON")
            cur.close()

        return engine
    return create_engine(url, pool_size=1, max_overflow=1, pool_pre_ping=True, connect_args={
        "connect_timeout": DB_TIMEOUT_SECONDS,
        "options": f"-c statement_timeout={DB_TIMEOUT_SECONDS * 1000}"})


def _gauge(name: str, doc: str, labels: Sequence[str] = ()) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, doc, labels=list(labels))


class StateCollector(Collector):
    """Gauges read at scrape time from the database and the watchers."""

    def __init__(self, engine: Engine, mailboxes: Sequence[str],
                 watchers: Callable[[], Sequence[WatcherView]]) -> None:
        self.engine = engine
        self.mailboxes = tuple(mailboxes)
        self.watchers = watchers

    def describe(self) -> Iterable[Metric]:
        return []  # no database query when the collector is registered

    def collect(self) -> Iterator[Metric]:
        yield from self._watcher_metrics()
        up = _gauge("mailbot_database_up", "1 when the database answered this scrape")
        try:
            families = self._database_metrics(datetime.now(UTC))
        except Exception as exc:  # a scrape must not fail because the database does
            log.warning("metrics: database query failed (%s)", type(exc).__name__)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from families

    def _watcher_metrics(self) -> Iterator[Metric]:
        connected = _gauge("mailbot_imap_connected", "1 while the mailbox has an IMAP connection",
                           ["mailbox"])
        idle = _gauge("mailbot_imap_idle", "1 while the watcher waits in IDLE (or polls) for news",
                      ["mailbox"])
        standby = _gauge("mailbot_mailbox_standby",
                         "1 while another instance watches the mailbox and this one stands by",
                         ["mailbox"])
        last = _gauge("mailbot_last_poll_timestamp_seconds",
                      "Unix time of the last successful look at the inbox", ["mailbox"])
        for w in self.watchers():
            name = w.mailbox.name
            connected.add_metric([name], 1 if w.conn is not None else 0)
            idle.add_metric([name], 1 if w.idling else 0)
            standby.add_metric([name], 1 if w.standby else 0)
            if w.last_poll is not None:
                last.add_metric([name], w.last_poll.timestamp())
        yield from (connected, idle, standby, last)

    def _database_metrics(self, now: datetime) -> list[Metric]:
        from mailbot.casework import OPEN_STATES
        from mailbot.store.tables import Case, Outbox

        mailbox, category, status = col(Case.mailbox), col(Case.category), col(Case.status)
        out_mailbox, out_status = col(Outbox.mailbox), col(Outbox.status)
        with self.engine.connect() as conn:
            open_rows = conn.execute(
                select(mailbox, category, status, func.count())
                .where(status.in_(OPEN_STATES)).group_by(mailbox, category, status)).all()
            overdue_rows = conn.execute(
                select(mailbox, category, func.count())
                .where(status.in_(OPEN_STATES), col(Case.due_at) < now)
                .group_by(mailbox, category)).all()
            outbox_rows = conn.execute(
                select(out_mailbox, out_status, func.count(), func.min(col(Outbox.created_at)))
                .where(out_status.in_(OUTBOX_STATES)).group_by(out_mailbox, out_status)).all()

        # every combination is exported, zeros included: an absent series alerts nobody
        boxes = sorted({*self.mailboxes, *(r[0] for r in open_rows), *(r[0] for r in outbox_rows)})
        cases = _zeros(boxes, CASE_CATEGORIES, OPEN_STATES)
        for mb, cat, st, n in open_rows:
            cases[(mb, cat, st)] = int(n)
        late = _zeros(boxes, CASE_CATEGORIES)
        for mb, cat, n in overdue_rows:
            late[(mb, cat)] = int(n)
        queued = _zeros(boxes, OUTBOX_STATES)
        ages = {mb: 0.0 for mb in boxes}
        for mb, st, n, first in outbox_rows:
            queued[(mb, st)] = int(n)
            if st in UNSENT_STATES and first is not None:
                ages[mb] = max(ages[mb], (now - first).total_seconds())
        return [
            _family("mailbot_cases_open", "Open cases by category and status",
                    ["mailbox", "category", "status"], cases),
            _family("mailbot_cases_overdue", "Open cases past their due time, by category",
                    ["mailbox", "category"], late),
            _family("mailbot_outbox_messages",
                    "Outbox rows by state: pending, sending and accepted are not yet sent",
                    ["mailbox", "status"], queued),
            _family("mailbot_outbox_oldest_age_seconds",
                    "Age of the oldest mail not yet sent (0 when none)", ["mailbox"],
                    {(mb,): age for mb, age in ages.items()}),
        ]


def _zeros(*dimensions: Sequence[str]) -> dict[tuple[str, ...], float]:
    return {key: 0 for key in itertools.product(*dimensions)}


def _family(name: str, doc: str, labels: Sequence[str],
            values: Mapping[tuple[str, ...], float]) -> GaugeMetricFamily:
    family = _gauge(name, doc, labels)
    for key, n in sorted(values.items()):
        family.add_metric(list(key), n)
    return family


# ---- health --------------------------------------------------------------------------------


def health(watchers: Sequence[WatcherView], last_handled: Mapping[str, datetime | None],
           database_ok: Callable[[], str | None], stale_after: float,
           now: datetime | None = None) -> tuple[bool, dict[str, Any]]:
    """(healthy, report). A mailbox is fresh when it was polled, or a message of it was
    handled (a long catch-up), within `stale_after` seconds, or when it stands by."""
    now = now or datetime.now(UTC)
    healthy = True
    boxes: dict[str, Any] = {}
    for w in watchers:
        name = w.mailbox.name
        seen = [t for t in (w.last_poll, last_handled.get(name)) if t is not None]
        age = (now - max(seen)).total_seconds() if seen else None
        if w.standby:
            state, ok = "standby", True
        else:
            state = "idle" if w.idling else ("connected" if w.conn is not None else "disconnected")
            ok = age is not None and age <= stale_after
        healthy &= ok
        boxes[name] = {"ok": ok, "state": state,
                       "last_poll_seconds_ago": None if age is None else round(age, 1)}
    problem = database_ok()
    healthy &= problem is None
    report = {"status": "ok" if healthy else "unhealthy",
              "database": "ok" if problem is None else problem, "mailboxes": boxes}
    return healthy, report


def database_check(engine: Engine) -> Callable[[], str | None]:
    """None when the database answers with a mailbot schema, else what went wrong."""

    def check() -> str | None:
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT version_num FROM alembic_version")).all()
            return None
        except Exception as exc:
            return f"error: {type(exc).__name__}"

    return check


# ---- the HTTP server -------------------------------------------------------------------------


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _Server6(_Server):
    address_family = socket.AF_INET6


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass  # scrapes every few seconds would drown the journal


class MetricsServer:
    """`/metrics` and `/healthz` on a thread of their own."""

    def __init__(self, settings: Settings, watchers: Sequence[WatcherView],
                 last_handled: Callable[[], Mapping[str, datetime | None]]) -> None:
        address = settings.metrics.address
        assert address is not None
        self.address = address
        self.stale_after = settings.metrics.stale_after_seconds
        self.watchers = list(watchers)
        self.last_handled = last_handled
        self.engine = read_engine(settings.database_url)
        self.database_ok = database_check(self.engine)
        self.registry = CollectorRegistry(auto_describe=False)
        for collector in _EVENTS:
            self.registry.register(collector)
        self.registry.register(ProcessCollector(registry=None))
        self.registry.register(PlatformCollector(registry=None))
        self.registry.register(StateCollector(self.engine, [m.name for m in settings.mailboxes],
                                              lambda: self.watchers))
        self._metrics_app = make_wsgi_app(self.registry)
        self._httpd: WSGIServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        host, port = self.address
        server_class = _Server6 if ":" in host else _Server
        self._httpd = make_server(host, port, self._app, server_class=server_class,
                                  handler_class=_QuietHandler)
        self.address = (host, self._httpd.server_address[1])
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="metrics",
                                        kwargs={"poll_interval": 0.5}, daemon=True)
        self._thread.start()

    def close(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()
        if self._thread is not None:
            self._thread.join(5)
        self.engine.dispose()

    def _app(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == "/metrics":
            return self._metrics_app(environ, start_response)  # type: ignore[no-any-return]
        if path == "/healthz":
            healthy, report = health(self.watchers, self.last_handled(), self.database_ok,
                                     self.stale_after)
            body = json.dumps(report, sort_keys=True).encode() + b"\n"
            start_response("200 OK" if healthy else "503 Service Unavailable", [
                ("Content-Type", "application/json"), ("Content-Length", str(len(body))),
                ("Cache-Control", "no-store")])
            return [body]
        body = b"not found: try /metrics or /healthz\n"
        start_response("404 Not Found", [("Content-Type", "text/plain"),
                                         ("Content-Length", str(len(body)))])
        return [body]


def start_server(settings: Settings, watchers: Sequence[WatcherView],
                 last_handled: Callable[[], Mapping[str, datetime | None]]) -> MetricsServer | None:
    """The running server, or None when disabled or the port cannot be had (mail keeps
    flowing without metrics; the error says why)."""
    if settings.metrics.address is None:
        return None
    server = MetricsServer(settings, watchers, last_handled)
    try:
        server.start()
    except OSError as exc:
        server.engine.dispose()
        log.error("metrics: cannot listen on %s (%s); running without /metrics and /healthz",
                  settings.metrics.listen, exc.strerror or type(exc).__name__)
        return None
    host, port = server.address
    log.info("metrics: serving /metrics and /healthz on %s:%d", host, port)
    return server
