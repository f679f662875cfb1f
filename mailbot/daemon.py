"""The composition root: builds everything from the settings and runs it.

One watcher thread per mailbox (blocking imapclient, IDLE), the outbox relay on the
asyncio loop, SIGTERM/SIGINT finish the message in hand and exit cleanly.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
from collections.abc import Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from sqlalchemy import Engine

from mailbot import metrics, sdnotify
from mailbot.classify import ClassifyContext, RuleClassifier
from mailbot.config import Settings
from mailbot.intake import Intake
from mailbot.jobs import Jobs
from mailbot.retention import nightly_retention
from mailbot.outbox import OutboxRelay
from mailbot.render import Renderer
from mailbot.store.db import make_engine, require_migrated
from mailbot.store.liveness import SqliteSingleInstance
from mailbot.watcher import Watcher

log = logging.getLogger(__name__)

STATUS_SECONDS = 5.0  # how often systemd's STATUS= line is brought up to date


@dataclass
class RunReport:
    processed: int = 0
    sent: int = 0
    failed: int = 0
    pending: int = 0
    errors: list[str] = field(default_factory=list)


class App:
    """Everything one process needs, built once."""

    def __init__(self, settings: Settings, engine: Engine | None = None) -> None:
        self.settings = settings
        self.engine = engine or make_engine(settings.database_url)
        require_migrated(self.engine)
        self.relay = OutboxRelay(settings, self.engine)
        self.stop_thread = threading.Event()
        self.ready = threading.Event()  # every watcher has completed its first poll
        self.intakes: dict[str, Intake] = {}
        for mb in settings.mailboxes:
            own = mb.organisation.all_own_addresses
            cfg = settings.classifier
            classifier = RuleClassifier(ClassifyContext(
                own_addresses=own, review_threshold=cfg.review_threshold,
                breach_reading=cfg.breach_reading, breach_threshold=cfg.breach_reading_threshold))
            dirs = [d for d in (mb.templates_dir, settings.templates_dir) if d is not None]
            self.intakes[mb.name] = Intake(settings, mb, self.engine, classifier, Renderer(dirs))
        self.jobs = Jobs(settings, self.engine, {n: i.mailer for n, i in self.intakes.items()},
                         self.relay.instance)

    def watcher(self, name: str, on_committed: object) -> Watcher:
        mb = self.settings.mailbox(name)
        return Watcher(mb, self.intakes[name], self.engine, on_committed,  # type: ignore[arg-type]
                       self.stop_thread, self.settings.takeover_seconds)

    async def run_once(self) -> RunReport:
        """Process every inbox once, then drain the outbox."""
        guard = self.single_instance()
        try:
            return await self._run_once()
        finally:
            if guard is not None:
                guard.release()

    async def _run_once(self) -> RunReport:
        """Intake first, then the relay: a hard crash during intake never catches a
        reply in the middle of its SMTP dialogue (see outbox.py on that window)."""
        report = RunReport()
        for mb in self.settings.mailboxes:
            watcher = self.watcher(mb.name, lambda: None)
            try:
                report.processed += await asyncio.to_thread(watcher.run_once)
            except Exception as exc:
                log.error("mailbox %s: %s", mb.name, exc)
                report.errors.append(f"mailbox {mb.name}: {type(exc).__name__}: {exc}")
        try:
            await asyncio.to_thread(self.jobs.escalate)
            await self.jobs.hooks()
            await self.relay.recover()
            await self.relay.drain()
        finally:
            await self.relay.close()
        report.sent, report.failed = self.relay.sent_count, self.relay.failed_count
        report.pending = self.relay.pending_count()
        return report

    def single_instance(self) -> SqliteSingleInstance | None:
        """SQLite: refuse to run beside another instance on the same database file."""
        if self.engine.dialect.name != "sqlite" or not self.engine.url.database:
            return None
        guard = SqliteSingleInstance(self.engine.url.database)
        guard.acquire()
        return guard

    async def run_forever(self, stop: asyncio.Event) -> None:
        guard = self.single_instance()
        try:
            await self._run_forever(stop)
        finally:
            if guard is not None:
                guard.release()

    async def _run_forever(self, stop: asyncio.Event) -> None:
        loop = asyncio.get_running_loop()
        notify = lambda: loop.call_soon_threadsafe(self.relay.notify)  # noqa: E731
        sdnotify.notify(f"STATUS=starting: connecting to {len(self.settings.mailboxes)} mailbox(es)")
        async with AsyncExitStack() as stack:
            stack.push_async_callback(self.relay.close)
            threads = []
            for mb in self.settings.mailboxes:
                watcher = self.watcher(mb.name, notify)
                t = threading.Thread(target=watcher.run_forever, name=f"watch-{mb.name}", daemon=True)
                t.start()
                threads.append((t, watcher))
            server = metrics.start_server(self.settings, [w for _, w in threads], lambda: {
                name: intake.last_handled for name, intake in self.intakes.items()})
            if server is not None:
                stack.callback(server.close)
            relay = asyncio.create_task(self.relay.run(stop))
            scheduler = self._scheduler()
            scheduler.start()
            stack.callback(scheduler.shutdown, wait=False)
            ready = asyncio.create_task(self._announce_ready([w for _, w in threads], stop))
            watchdog = asyncio.create_task(self._supervise(threads, stop))
            await stop.wait()
            log.info("stopping: finishing the message in hand")
            sdnotify.notify("STOPPING=1", "STATUS=stopping: finishing the message in hand")
            self.stop_thread.set()
            for t, _ in threads:
                await asyncio.to_thread(t.join, 30)
            for task in (ready, watchdog):
                task.cancel()
            await relay
            await self.relay.drain()  # flush what was committed by the last messages

    def _scheduler(self) -> AsyncIOScheduler:
        """Periodic jobs; each re-reads the database, so a missed or doubled run is harmless."""
        scheduler = AsyncIOScheduler(timezone="UTC", job_defaults={
            "coalesce": True, "max_instances": 1, "misfire_grace_time": 300})

        async def in_thread(fn: Callable[[], int]) -> None:
            try:
                if await asyncio.to_thread(fn):
                    self.relay.notify()
            except Exception:
                log.exception("periodic job %s failed; it runs again shortly", fn.__name__)

        async def hooks() -> None:
            try:
                await self.jobs.hooks()
            except Exception:
                log.exception("unsubscribe hook job failed; it runs again shortly")

        every = self.settings.jobs_interval_seconds
        scheduler.add_job(in_thread, "interval", args=[self.jobs.escalate], seconds=every,
                          id="escalate", next_run_time=datetime.now(UTC))
        scheduler.add_job(in_thread, "interval", args=[self.jobs.digest], seconds=every, id="digest")
        scheduler.add_job(hooks, "interval", seconds=every, id="hooks")
        zone = self.settings.mailboxes[0].organisation.timezone

        def retention() -> int:
            return nightly_retention(self.settings, self.engine)

        scheduler.add_job(in_thread, "cron", args=[retention], hour=3, minute=30, timezone=zone,
                          id="retention")
        return scheduler

    async def _announce_ready(self, watchers: list[Watcher], stop: asyncio.Event) -> None:
        while not stop.is_set():
            if all(w.last_poll is not None or w.standby for w in watchers):
                self.ready.set()
                sdnotify.notify("READY=1", f"STATUS=watching {len(watchers)} mailbox(es)")
                log.info("ready: watching %d mailbox(es)", len(watchers))
                return
            await asyncio.sleep(0.05)

    async def _supervise(self, threads: list[tuple[threading.Thread, Watcher]],
                         stop: asyncio.Event) -> None:
        """For systemd: WATCHDOG=1 from the event loop while every watcher thread lives
        (a dead one stops the pings, so systemd restarts the service), and STATUS= when
        what the daemon does has changed."""
        if not os.environ.get("NOTIFY_SOCKET"):
            return
        interval = sdnotify.watchdog_interval()
        shown = ""
        dead_reported = False
        while not stop.is_set():
            dead = [w.mailbox.name for t, w in threads if not t.is_alive()]
            if dead and not dead_reported:
                log.error("watcher of mailbox(es) %s stopped unexpectedly; no more watchdog pings",
                          ", ".join(dead))
                dead_reported = True
            if interval is not None and not dead:
                sdnotify.notify("WATCHDOG=1")
            if self.ready.is_set():
                status = self._status([w for _, w in threads])
                if status != shown:
                    sdnotify.notify(f"STATUS={status}")
                    shown = status
            await asyncio.sleep(min(interval or STATUS_SECONDS, STATUS_SECONDS))

    def _status(self, watchers: list[Watcher]) -> str:
        """One line for `systemctl status`: each mailbox's state and the counts so far."""
        states = ", ".join(f"{w.mailbox.name} {_watcher_state(w)}" for w in watchers)
        return (f"{states}; {sum(w.processed for w in watchers)} processed, "
                f"{self.relay.sent_count} sent, {self.relay.failed_count} failed")


def _watcher_state(w: Watcher) -> str:
    if w.standby:
        return "standing by"
    if w.conn is None:
        return "connecting"
    return "idle" if w.idling else "processing"


async def run(settings: Settings, *, once: bool = False) -> RunReport | None:
    app = App(settings)
    if once:
        return await app.run_once()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await app.run_forever(stop)
    return None
