"""Child process of throughput.py: what `mailbot run --once -c CONFIG` runs
(`App(settings).run_once()` after the CLI's logging setup), timed from inside.

    python benchmarks/mailbot_once.py CONFIG [--profile PREFIX]

Prints one JSON line: the run's report, the time for App() + run_once(), the end of
the intake phase (run_once processes every message first, then runs the due jobs and
drains the outbox), this process's peak RSS (VmHWM), and the time spent inside a few
mailbot functions, measured by wrapping them in this process only. Nothing in mailbot
is changed on disk.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

T_START = time.perf_counter()

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import vm_hwm

from mailbot import intake, outbox
from mailbot.classify import RuleClassifier
from mailbot.config import load_settings
from mailbot.daemon import App
from mailbot.imap import ImapConnection
from mailbot.logs import setup_logging
from mailbot.render import Renderer
from mailbot.smtp import SmtpSender
from mailbot.store import records
from mailbot.watcher import Watcher

SPENT: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)
SERIES: dict[str, list[float]] = {"handle": []}  # per-call seconds, in call order


def timed(owner: Any, name: str, label: str, series: str | None = None) -> None:
    """Add the wall time of every call of owner.name to SPENT[label] (if it exists)."""
    original = getattr(owner, name, None)
    if original is None:
        return
    if inspect.iscoroutinefunction(original):
        async def wrapper_async(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return await original(*args, **kwargs)
            finally:
                SPENT[label] += time.perf_counter() - start
                CALLS[label] += 1
        setattr(owner, name, wrapper_async)
        return

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            took = time.perf_counter() - start
            SPENT[label] += took
            CALLS[label] += 1
            if series is not None:
                SERIES[series].append(took)
    setattr(owner, name, wrapper)


def instrument() -> None:
    # IMAP, on the watcher's connection and the Sent folder's
    timed(ImapConnection, "_search", "imap NOOP+UID SEARCH")
    timed(ImapConnection, "fetch_meta", "imap FETCH size/date")
    timed(ImapConnection, "fetch_bodies", "imap FETCH BODY.PEEK[]")
    timed(ImapConnection, "move", "imap MOVE")
    timed(ImapConnection, "append_many", "imap APPEND to Sent")
    # SMTP, awaited by the relay
    timed(SmtpSender, "send", "smtp send")
    timed(SmtpSender, "begin", "smtp MAIL..DATA (parallel)")
    timed(SmtpSender, "end", "smtp end of data")
    # per-message work in the intake
    timed(intake.Intake, "handle", "Intake.handle", series="handle")
    timed(intake, "parse", "parse")
    timed(RuleClassifier, "classify", "classify")
    timed(Renderer, "render", "render templates (in txn)")
    # inside record_message (private names: a row disappears when the code moves on)
    for module, name, label in (("mailbot.store.records", "_history", "history queries"),
                                ("mailbot.store.records", "_outbox_count", "count outbox rows"),
                                ("mailbot.casework", "facts", "case facts queries"),
                                ("mailbot.mailer", "build_reply", "compose acknowledgment"),
                                ("mailbot.mailer", "build_mail", "compose other mail"),
                                ("mailbot.render", "_check_head", "re-parse check"),
                                ("mailbot.mailer", "_finish", "serialise (as_bytes)"),
                                ("mailbot.casework", "start_verification", "verification request")):
        try:
            timed(importlib.import_module(module), name, label)
        except ImportError:
            pass
    timed(records, "record_message", "record_message (txn)")
    timed(records, "mark_filed", "mark_filed")
    # the relay's database work
    for name in ("_claim", "_set", "_accepted", "_finish", "_reference"):
        timed(outbox.OutboxRelay, name, f"outbox.{name}")


def deciles(values: list[float]) -> list[float]:
    """Mean seconds per call for each tenth of the calls, in call order."""
    if len(values) < 10:
        return []
    size = len(values) / 10
    return [sum(part) / len(part) for part in
            (values[round(i * size):round((i + 1) * size)] for i in range(10))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    ap.add_argument("--profile", help="write cProfiles of the run to PREFIX.intake (the "
                    "watcher thread) and PREFIX.main (the event loop: the outbox relay)")
    ap.add_argument("--no-instrument", action="store_true")
    ap.add_argument("--log-level", default="INFO")
    args = ap.parse_args()
    setup_logging(args.log_level, "text")  # as the CLI does
    if not args.no_instrument:
        instrument()
    settings = load_settings(args.config)
    marks: dict[str, float] = {}
    profiler = intake_profiler = None
    if args.profile:  # cProfile sees one thread: one profiler for the watcher's, one for main
        import cProfile
        profiler, intake_profiler = cProfile.Profile(), cProfile.Profile()
    watcher_run_once = Watcher.run_once

    def run_once(self: Watcher) -> int:  # its end is the end of the intake phase
        if intake_profiler is not None:
            intake_profiler.enable()
        try:
            return watcher_run_once(self)
        finally:
            if intake_profiler is not None:
                intake_profiler.disable()
            marks["intake_done"] = time.perf_counter()

    Watcher.run_once = run_once  # type: ignore[method-assign]
    if profiler is not None:
        profiler.enable()
    t0 = time.perf_counter()
    app = App(settings)
    t_built = time.perf_counter()
    report = asyncio.run(app.run_once())
    t1 = time.perf_counter()
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(args.profile + ".main")
        assert intake_profiler is not None
        intake_profiler.dump_stats(args.profile + ".intake")
    intake_done = marks.get("intake_done", t1)
    print(json.dumps({
        "processed": report.processed, "sent": report.sent, "failed": report.failed,
        "pending": report.pending, "errors": report.errors,
        "imports": t0 - T_START, "build": t_built - t0, "intake": intake_done - t_built,
        "outbox": t1 - intake_done, "total": t1 - t0,
        "vm_hwm_kib": vm_hwm(Path("/proc/self/status")),
        "spent": dict(SPENT), "calls": dict(CALLS), "handle_deciles": deciles(SERIES["handle"]),
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
