"""Shared by the benchmark scripts: servers on loopback, accounts, configs, child
processes (timed, with their peak RSS), percentiles and table printing.

The servers come from `tests/servers.py` (a private Dovecot, or pymap in-process)
and `mailbot.embedded` (the aiosmtpd sink). Everything lives in one temp directory
that is removed at the end, and every child process started here is ended by pid.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


class BenchError(Exception):
    """Something the person running the benchmark has to fix; printed without a traceback."""


def check_prerequisites(imap_kind: str) -> None:
    missing = []
    for module in ("imapclient", "aiosmtplib", "aiosmtpd"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if missing:
        raise BenchError(f"missing Python packages {', '.join(missing)}: run `bash .ci/setup --test` "
                         "or `.venv/bin/pip install -e '.[test]'`")
    from tests.servers import DOVECOT_BINARY, DovecotServer, PymapServer

    if imap_kind == "dovecot" and not DovecotServer.available():
        raise BenchError(f"Dovecot is not installed ({DOVECOT_BINARY} not found): "
                         "`apt-get install dovecot-imapd` (as root), or use --imap pymap")
    if imap_kind == "pymap" and not PymapServer.available():
        raise BenchError("pymap is not installed: `.venv/bin/pip install -e '.[demo]'`")


@dataclass(frozen=True)
class Account:
    host: str
    port: int
    user: str
    password: str


def imap_login(account: Account, timeout: float = 120.0) -> Any:
    """A logged-in imapclient connection with TCP_NODELAY (see shared notes)."""
    from imapclient import IMAPClient

    client = IMAPClient(account.host, account.port, ssl=False, timeout=timeout)
    client.socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    client.login(account.user, account.password)
    client._cached_capabilities = None  # pymap announces more after LOGIN
    return client


class Lab:
    """One IMAP server, one SMTP sink and a temp dir; children are ended on exit."""

    def __init__(self, imap_kind: str = "dovecot") -> None:
        self.imap_kind = imap_kind
        self.base = Path(tempfile.mkdtemp(prefix="mailbot-bench-", dir="/tmp"))
        self.base.chmod(0o755)
        self.server: Any = None
        self.sink: Any = None
        self._children: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> Self:
        try:
            from mailbot.embedded import SmtpSink
            from tests.servers import DovecotServer, PymapServer

            if self.imap_kind == "dovecot":
                self.server = DovecotServer().start()
            else:
                self.server = PymapServer().start()
            self.sink = SmtpSink().start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for proc in self._children:
            end_child(proc)
        self._children.clear()
        if self.sink is not None:
            self.sink.stop()
        if self.server is not None:
            (self.server.close if hasattr(self.server, "close") else self.server.stop)()
        shutil.rmtree(self.base, ignore_errors=True)

    def account(self, name: str) -> Account:
        password = secrets.token_hex(8)
        self.server.add_user(name, password)
        return Account(self.server.host, self.server.port, name, password)

    def config(self, account: Account, name: str) -> Path:
        """A mailbot config for `account` and the sink; SQLite in its own state dir,
        already migrated (`mailbot db upgrade`)."""
        from mailbot.config import load_settings
        from mailbot.store.db import make_engine, upgrade

        home = self.base / name
        home.mkdir()
        pw = home / "imap-password"
        pw.write_text(account.password)
        pw.chmod(0o600)
        cfg = home / "config.toml"
        cfg.write_text(f"""\
state_dir = "{home / 'state'}"

[organisation]
name = "ONRO B.V."
address = "info@onro.eu"
sender = "ONRO <info@onro.eu>"
reference_prefix = "ONRO"
privacy_officer = "privacy@onro.eu"
website = "https://onro.eu"

[staff]
privacy = ["privacy@onro.eu"]
support = ["support@onro.eu"]

[imap]
host = "{account.host}"
port = {account.port}
tls = "none"
user = "{account.user}"
password_file = "{pw}"
timeout_seconds = 60
reconnect_max_seconds = 2

[smtp]
host = "{self.sink.host}"
port = {self.sink.port}
tls = "none"
timeout_seconds = 60
""")
        engine = make_engine(load_settings(cfg).database_url)
        upgrade(engine)
        engine.dispose()
        return cfg

    def spawn(self, argv: list[str], *, log: Path, env: dict[str, str] | None = None,
              stdout: Path | None = None) -> subprocess.Popen[bytes]:
        full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
        with open(log, "ab") as err, open(stdout or os.devnull, "wb") as out:
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                    env=full_env, cwd=ROOT)
        self._children.append(proc)
        return proc

    def run_script(self, script: str, args: list[str], *, log: Path,
                   timeout: float) -> tuple[dict[str, Any], float, int]:
        """Run a benchmarks/ script in a child that prints one JSON object; returns it,
        the child's wall time and its peak RSS in KiB (the larger of the parent's last
        reading and a `vm_hwm_kib` the child reports just before it exits)."""
        out = log.with_suffix(".json")
        start = time.perf_counter()
        proc = self.spawn([sys.executable, str(BENCH / script), *args], log=log, stdout=out)
        status, peak_kib = wait_child(proc, timeout)
        wall = time.perf_counter() - start
        if status != 0:
            raise BenchError(f"{script} exited with status {status}; last lines of {log}:\n"
                             + tail(log))
        try:
            result = json.loads(out.read_text().strip().splitlines()[-1])
            return result, wall, max(peak_kib, int(result.get("vm_hwm_kib", 0)))
        except (ValueError, IndexError) as exc:
            raise BenchError(f"{script} printed no result ({exc}); see {log}:\n{tail(log)}") from exc


def wait_child(proc: subprocess.Popen[bytes], timeout: float) -> tuple[int, int]:
    """Wait for a child; returns its exit status and peak RSS in KiB.

    The peak is VmHWM from /proc/<pid>/status, read every 20 ms until the child exits.
    Not ru_maxrss: Linux carries the RSS of the mm a child had before exec() (a copy
    of this process) into ru_maxrss, so it would report the benchmark's own size
    whenever that is larger (the sink keeps every mail it accepts)."""
    deadline = time.monotonic() + timeout
    status_file = Path(f"/proc/{proc.pid}/status")
    peak = 0
    while True:
        peak = max(peak, vm_hwm(status_file))
        pid, status, _usage = os.wait4(proc.pid, os.WNOHANG)
        if pid == proc.pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return proc.returncode, peak
        if time.monotonic() > deadline:
            end_child(proc)
            raise BenchError(f"child {proc.args!r} did not finish within {timeout:.0f} s")
        time.sleep(0.02)


def vm_hwm(status_file: Path) -> int:
    """VmHWM (peak resident set of the current program) in KiB; 0 when unreadable."""
    try:
        for line in status_file.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def end_child(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM, then SIGKILL after 10 s; only this pid."""
    if proc.returncode is not None:
        return
    try:
        proc.send_signal(signal.SIGTERM)
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    except ProcessLookupError:
        pass


def tail(path: Path, lines: int = 25) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def percentile(values: list[float], p: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def table(rows: list[tuple[str, ...]], indent: str = "  ") -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        out.append(indent + "  ".join(cells).rstrip())
    return "\n".join(out)


def mib(kib: int) -> str:
    return f"{kib / 1024:.1f} MiB"


class NotifyListener:
    """A $NOTIFY_SOCKET for a child: collects sd_notify datagrams on a thread until
    closed (close it only after the child exited: it notifies up to the end)."""

    def __init__(self, path: Path) -> None:
        import threading

        self.path = path
        self.ready = threading.Event()
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._sock.bind(str(path))
        self._sock.settimeout(0.2)
        self._halt = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sd-notify", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._halt.is_set():
            try:
                data = self._sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if b"READY=1" in data.split(b"\n"):
                self.ready.set()

    def close(self) -> None:
        self._halt.set()
        self._thread.join(5)
        self._sock.close()
