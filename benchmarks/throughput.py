"""mailbot against real servers on loopback: throughput, acknowledgment latency, memory.

    .venv/bin/python benchmarks/throughput.py [--messages N] [--latency-samples 100]
                                              [--imap dovecot|pymap]

Starts a private Dovecot (or pymap) and an aiosmtpd sink, SQLite in a temp dir, then:
 1. throughput: N realistic 2-5 KB mails (see mail_corpus.py) are processed by
    `App(settings).run_once()` -- what `mailbot run --once` runs -- in a child process,
    next to the bare I/O of the same work with imapclient/aiosmtplib (bare_io.py).
 2. latency: `mailbot run` (the CLI daemon, in IDLE) gets mails appended one at a time;
    delivery -> reply accepted by the sink, next to APPEND -> EXISTS seen by a bare
    IDLE client on a second INBOX that gets the same mails at the same moments.
 3. memory: peak RSS of the mailbot processes, for N and a second N.
See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import pickle
import random
import signal
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    Account,
    BenchError,
    Lab,
    NotifyListener,
    check_prerequisites,
    end_child,
    imap_login,
    mib,
    percentile,
    table,
    tail,
    verdict,
    wait_child,
)
from idle_probe import IdleProbe
from mail_corpus import human_message, human_messages

RATIO_TARGET = 1.5
P50_TARGET, P99_TARGET = 0.1, 0.5
RSS_TARGET_MIB = 100
FLAT_MIB = 5  # peak RSS difference between the two runs that still counts as flat
BATCH = 200  # imap.batch_size default: UIDs per FETCH/MOVE
APPEND_BATCH = 50  # outbox.CLAIM_BATCH: replies per MULTIAPPEND to Sent


def seed(lab: Lab, account: Account, messages: list[bytes]) -> float:
    from mailbot.embedded import append_messages

    start = time.perf_counter()
    append_messages(account.host, account.port, account.user, account.password, "INBOX",
                    messages, chunk=BATCH)
    return time.perf_counter() - start


def run_mailbot_once(lab: Lab, name: str, n: int, args: argparse.Namespace,
                     profile: bool = False) -> tuple[dict[str, Any], float, int]:
    account = lab.account(name)
    messages = [data for _, data in human_messages(n, seed=args.seed, tag=name)]
    took = seed(lab, account, messages)
    print(f"  seeded {n:,} mails into {name}'s INBOX in {took:.1f} s ({n / took:,.0f}/s)")
    cfg = lab.config(account, name)
    extra = ["--profile", str(Path(args.profile) / name)] if profile else []
    lab.sink.clear()
    result, wall, peak = lab.run_script("mailbot_once.py", [str(cfg), *extra],
                                        log=lab.base / f"{name}.log", timeout=120 + n * 0.2)
    result["wall"], result["peak_kib"], result["account"] = wall, peak, account
    if result["processed"] != n or result["errors"]:
        raise BenchError(f"mailbot processed {result['processed']} of {n} ({result['errors']})")
    return result, wall, peak


def throughput(lab: Lab, args: argparse.Namespace) -> dict[str, Any]:
    n = args.messages
    print(f"\n1. Throughput: {n:,} mails, `mailbot run --once` vs bare I/O "
          f"({args.imap}, aiosmtpd, SQLite)")
    run, _, _ = run_mailbot_once(lab, "bench", n, args)
    replies = [(m.mail_from, m.rcpt_tos[0], m.data) for m in lab.sink.messages]
    print(f"  mailbot processed {run['processed']:,} mails and sent {run['sent']:,} mails "
          f"({len(replies):,} accepted by the sink); the bare run sends those same mails")

    bare_account = lab.account("bare")
    seed(lab, bare_account, [data for _, data in human_messages(n, seed=args.seed, tag="bare")])
    replies_file = lab.base / "replies.pickle"
    replies_file.write_bytes(pickle.dumps(replies))
    job = lab.base / "bare-job.json"
    job.write_text(json.dumps({
        "account": vars(bare_account), "replies": str(replies_file), "batch": BATCH,
        "append_batch": APPEND_BATCH, "smtp_host": lab.sink.host, "smtp_port": lab.sink.port}))
    lab.sink.clear()
    bare, _, _ = lab.run_script("bare_io.py", [str(job)], log=lab.base / "bare.log",
                                timeout=120 + n * 0.2)
    bare_total = bare["fetch"] + bare["send"] + bare["append"] + bare["move"]

    spent = run["spent"]
    rate = lambda s, k=n: f"{k / s:,.0f}/s" if s else "-"
    m = len(replies)
    print("\n  mailbot (App(settings).run_once() in a child process, timed inside it):")
    print(table([
        ("phase", "seconds", "mails/s"),
        ("App() construction", f"{run['build']:.2f}", ""),
        ("intake (fetch, parse, classify, record, move)", f"{run['intake']:.2f}",
         rate(run["intake"])),
        ("then: due jobs + outbox (send, file in Sent, mark)", f"{run['outbox']:.2f}",
         rate(run["outbox"])),
        ("total", f"{run['total']:.2f}", rate(run["total"])),
        ("(process wall time incl. interpreter start + imports)", f"{run['wall']:.2f}", ""),
    ]))
    print("\n  of which inside (wall time of calls, summed; an indented row is part of the one "
          "above it\n  at the lesser indent; the re-parse check runs in both composes):")
    rows = [("function", "seconds", "ms/mail", "calls")]
    for label in ("imap NOOP+UID SEARCH", "imap FETCH size/date", "imap FETCH BODY.PEEK[]",
                  "Intake.handle", "  parse", "  classify", "  record_message (txn)",
                  "    history queries", "    count outbox rows", "    case facts queries",
                  "    render templates (in txn)", "    compose acknowledgment",
                  "    verification request", "      compose other mail",
                  "    re-parse check", "    serialise (as_bytes)",
                  "imap MOVE", "mark_filed", "smtp send", "smtp MAIL..DATA (parallel)",
                  "smtp end of data", "outbox._set", "outbox._accepted",
                  "imap APPEND to Sent",
                  "outbox._claim", "outbox._finish", "outbox._reference"):
        key = label.strip()
        if key in spent:
            rows.append((label, f"{spent[key]:.2f}", f"{spent[key] * 1000 / n:.2f}",
                         f"{run['calls'][key]:,}"))
    print(table(rows, indent="    "))
    if run["handle_deciles"]:
        print("    Intake.handle, ms per mail by tenth of the run: "
              + " ".join(f"{d * 1000:.1f}" for d in run["handle_deciles"]))

    print("\n  bare I/O (imapclient/aiosmtplib in a child process, one connection each):")
    print(table([
        ("operation", "seconds", "per second"),
        (f"UID FETCH BODY.PEEK[] ({BATCH}/command)", f"{bare['fetch']:.2f}", rate(bare["fetch"])),
        (f"aiosmtplib send of {bare['sent']:,} replies", f"{bare['send']:.2f}", rate(bare["send"], m)),
        (f"MULTIAPPEND of {m:,} to Sent ({APPEND_BATCH}/command)", f"{bare['append']:.2f}",
         rate(bare["append"], m)),
        (f"UID MOVE ({BATCH}/command)", f"{bare['move']:.2f}", rate(bare["move"])),
        ("total", f"{bare_total:.2f}", rate(bare_total)),
    ]))
    ratio = run["total"] / bare_total
    print(f"\n  mailbot {run['total']:.2f} s / bare I/O {bare_total:.2f} s = ratio {ratio:.2f} "
          f"(target <= {RATIO_TARGET}: {verdict(ratio <= RATIO_TARGET)}); with interpreter "
          f"start and imports {run['wall'] / bare_total:.2f}")
    if args.profile:
        profile_run(lab, args)
    return run


def profile_run(lab: Lab, args: argparse.Namespace) -> None:
    """The same run once more under cProfile (slower: its times are not the figures above)."""
    import pstats

    print(f"\n  profiling another {args.messages:,}-mail run under cProfile ...")
    run_mailbot_once(lab, "profiled", args.messages, args, profile=True)
    for part, title in (("intake", "watcher thread (intake)"), ("main", "event loop (outbox)")):
        path = Path(args.profile) / f"profiled.{part}"
        stats = pstats.Stats(str(path))
        print(f"\n  {title}: mailbot functions by cumulative time ({path}):")
        stats.sort_stats("cumulative").print_stats(r"/mailbot/", 25)
        print(f"\n  {title}: all functions by own time:")
        stats.sort_stats("tottime").print_stats(12)


def latency(lab: Lab, args: argparse.Namespace) -> int:
    """Each mail goes to mailbot's INBOX and to a quiet probe INBOX (order alternating):
    mailbot's moves would otherwise start Dovecot's notify timer early for a bare IDLE
    client on its INBOX and skew what it sees."""
    samples = args.latency_samples
    print(f"\n2. Latency: {samples} mails appended one at a time (gap {args.gap:.2f} s "
          f"+/- 50%) while `mailbot run` waits in IDLE")
    account, probe_account = lab.account("latency"), lab.account("probe")
    cfg = lab.config(account, "latency")
    notify = NotifyListener(lab.base / "notify.sock")
    log = lab.base / "daemon.log"
    daemon = lab.spawn([sys.executable, "-m", "mailbot.cli", "-c", str(cfg), "run"], log=log,
                       env={"NOTIFY_SOCKET": str(notify.path)})  # READY=1 via sd_notify
    try:
        deadline = time.monotonic() + 60
        while not notify.ready.wait(0.2):
            if daemon.poll() is not None or time.monotonic() > deadline:
                raise BenchError(f"`mailbot run` did not report READY=1:\n{tail(log)}")
        return _measure(lab, args, account, probe_account, daemon, log)
    finally:
        end_child(daemon)
        notify.close()


def _measure(lab: Lab, args: argparse.Namespace, account: Account, probe_account: Account,
             daemon: Any, log: Path) -> int:
    samples = args.latency_samples
    rng = random.Random(args.seed)
    mails = [human_message(i, rng, tag="lat") for i in range(samples)]
    lab.sink.clear()
    delivered: list[float] = []  # APPEND to mailbot's INBOX answered OK
    probed: list[float] = []  # APPEND to the probe INBOX answered OK
    probe = IdleProbe(probe_account)
    probe.start()
    try:
        to_mailbot, to_probe = imap_login(account), imap_login(probe_account)
        try:
            for i, (_, data) in enumerate(mails):
                pair = [(to_mailbot, delivered), (to_probe, probed)]
                for client, times in (pair if i % 2 == 0 else pair[::-1]):
                    client.append("INBOX", data)
                    times.append(time.monotonic())
                time.sleep(args.gap * rng.uniform(0.5, 1.5))
        finally:
            to_mailbot.logout()
            to_probe.logout()
        wanted = {sender for sender, _ in mails}
        deadline = time.monotonic() + 30
        while (not wanted <= {m.rcpt_tos[0] for m in lab.sink.messages}
               and time.monotonic() < deadline):
            time.sleep(0.1)
        time.sleep(max(0.0, probed[-1] + 1.5 - time.monotonic()))  # the last EXISTS
    finally:
        probe.stop()
    daemon.send_signal(signal.SIGTERM)
    status, daemon_peak = wait_child(daemon, 60)
    if status != 0:
        print(f"  warning: `mailbot run` exited with {status}:\n{tail(log)}")
    if probe.error is not None:
        raise BenchError(f"bare IDLE client failed: {probe.error!r}")

    acked: dict[str, float] = {}  # the first mail accepted per sender: the acknowledgment
    for m in sorted(lab.sink.messages, key=lambda m: m.received_monotonic):
        acked.setdefault(m.rcpt_tos[0], m.received_monotonic)
    ack, idle, paired = [], [], []
    for (sender, _), t, tp in zip(mails, delivered, probed):
        k = bisect.bisect_left(probe.exists, tp)
        seen = probe.exists[k] - tp if k < len(probe.exists) else None
        got = acked[sender] - t if sender in acked else None
        if seen is not None:
            idle.append(seen)
        if got is not None:
            ack.append(got)
        if seen is not None and got is not None:
            paired.append(got - seen)
    row = lambda name, v: (name, f"{percentile(v, 50):.3f}", f"{percentile(v, 99):.3f}",
                           f"{max(v):.3f}" if v else "-", f"{len(v)}")
    print(table([("seconds", "p50", "p99", "max", "samples"),
                 row("delivery -> reply accepted by the sink (mailbot)", ack),
                 row("APPEND -> EXISTS seen by a bare IDLE client", idle),
                 row("per mail: mailbot minus bare IDLE", paired)]))
    d50 = percentile(ack, 50) - percentile(idle, 50)
    d99 = percentile(ack, 99) - percentile(idle, 99)
    print(f"  difference p50 {d50:+.3f} s (target <= {P50_TARGET}: {verdict(d50 <= P50_TARGET)}),"
          f" p99 {d99:+.3f} s (target <= {P99_TARGET}: {verdict(d99 <= P99_TARGET)})")
    if len(ack) < samples:
        print(f"  warning: {samples - len(ack)} of {samples} mails got no reply")
    return daemon_peak


def memory(lab: Lab, args: argparse.Namespace, first: dict[str, Any], daemon_kib: int) -> None:
    n2 = args.rss_messages or (args.messages // 5 if args.messages >= 500 else args.messages * 5)
    print(f"\n3. Peak RSS of the mailbot process (VmHWM of the child; run --once for "
          f"{args.messages:,} and {n2:,} mails)")
    second, _, _ = run_mailbot_once(lab, "rss", n2, args)
    rows = [("mailbot process", "peak RSS")]
    pairs = sorted([(args.messages, first["peak_kib"]), (n2, second["peak_kib"])])
    for count, kib in pairs:
        rows.append((f"run --once, {count:,} mails", mib(kib)))
    if daemon_kib:
        rows.append((f"run (daemon), {args.latency_samples} mails via IDLE", mib(daemon_kib)))
    print(table(rows))
    (small_n, small), (big_n, big) = pairs
    growth = (big - small) / 1024
    peak = max(kib for _, kib in pairs) / 1024
    per_1000 = (f" ({growth * 1000 / (big_n - small_n):+.2f} MiB per 1,000 mails)"
                if big_n != small_n else "")
    print(f"  {small_n:,} -> {big_n:,} mails: {growth:+.1f} MiB{per_1000}, flat within "
          f"{FLAT_MIB} MiB: {verdict(abs(growth) <= FLAT_MIB)}; peak {peak:.1f} MiB, target <= "
          f"{RSS_TARGET_MIB} MiB: {verdict(peak <= RSS_TARGET_MIB)}")


def load() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--messages", type=int, default=5000, help="mails for part 1 (default 5000)")
    ap.add_argument("--latency-samples", type=int, default=100,
                    help="mails for part 2 (default 100; 0 skips it)")
    ap.add_argument("--imap", choices=["dovecot", "pymap"], default="dovecot")
    ap.add_argument("--gap", type=float, default=1.25,
                    help="mean seconds between latency mails, +/- 50%% (default 1.25)")
    ap.add_argument("--rss-messages", type=int, default=0,
                    help="second N for part 3 (default N/5, or 5N when N < 500)")
    ap.add_argument("--profile", metavar="DIR",
                    help="add a run under cProfile; profiles go to DIR/profiled.{intake,main}")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if args.messages < 1:
        ap.error("--messages must be at least 1")
    if args.profile:
        os.makedirs(args.profile, exist_ok=True)
    try:
        check_prerequisites(args.imap)
        with Lab(args.imap) as lab:
            print(f"servers: {args.imap} on 127.0.0.1:{lab.server.port}, aiosmtpd on "
                  f"127.0.0.1:{lab.sink.port}; work dir {lab.base}")
            print(f"machine: {os.cpu_count()} CPUs, load average {load()} at the start")
            first = throughput(lab, args)
            daemon_kib = latency(lab, args) if args.latency_samples > 0 else 0
            memory(lab, args, first, daemon_kib)
            print(f"\nload average {load()} at the end (other work on the machine skews figures)")
    except BenchError as exc:
        print(f"throughput.py: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("throughput.py: interrupted; servers stopped and temp files removed",
              file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
