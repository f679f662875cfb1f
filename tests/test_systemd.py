"""The systemd unit (verify, security exposure, the directives ops rely on) and the
sd_notify protocol spoken over a real unix datagram socket."""

from __future__ import annotations

import itertools
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mailbot import sdnotify
from tests.harness import ROOT, DaemonThread, mail, settings_for, write_config
from tests.servers import append_messages

UNIT = ROOT / "systemd" / "mailbot.service"
MAX_EXPOSURE = 2.0


def _analyze() -> str:
    found = shutil.which("systemd-analyze")
    if found is None:
        if os.environ.get("MAILBOT_REQUIRE_SERVERS") == "1":
            pytest.fail("systemd-analyze is missing (apt-get install systemd)", pytrace=False)
        pytest.skip("systemd-analyze is missing (apt-get install systemd)")
    return found


def _executable(tmp_path: Path) -> str:
    """systemd-analyze verify wants ExecStart= to exist: the installed `mailbot` when
    there is one, else a stand-in."""
    candidate = Path(sys.executable).parent / "mailbot"
    if candidate.is_file() and os.access(candidate, os.X_OK):
        return str(candidate)
    stub = tmp_path / "mailbot"
    stub.write_text("#!/bin/sh\nexit 0\n")
    stub.chmod(0o755)
    return str(stub)


@pytest.fixture
def unit_copy(tmp_path: Path) -> Path:
    target = tmp_path / "unit" / "mailbot.service"
    target.parent.mkdir()
    target.write_text(UNIT.read_text().replace("/usr/local/bin/mailbot", _executable(tmp_path)))
    return target


def directives(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";", "[")):
            continue
        key, _, value = line.partition("=")
        out.setdefault(key.strip(), []).append(value.strip())
    return out


# ---- the unit ------------------------------------------------------------------------------


def test_unit_passes_systemd_analyze_verify(unit_copy: Path) -> None:
    result = subprocess.run([_analyze(), "verify", "--man=no", str(unit_copy)],
                            check=False, capture_output=True, text=True, timeout=60)
    ours = [ln for ln in (result.stdout + result.stderr).splitlines() if "mailbot" in ln]
    print("\n".join(ours) or "systemd-analyze verify: no findings")
    assert result.returncode == 0, result.stderr
    assert not ours


def test_security_exposure_is_at_most_2(unit_copy: Path) -> None:
    result = subprocess.run(
        [_analyze(), "security", "--offline=yes", "--no-pager", str(unit_copy)],
        check=False, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    match = re.search(r"Overall exposure level for mailbot\.service: (\d+(?:\.\d+)?)", result.stdout)
    assert match, result.stdout
    score = float(match.group(1))
    open_items = [ln for ln in result.stdout.splitlines() if ln.startswith("✗")]
    print(f"\nsystemd-analyze security exposure: {score} (limit {MAX_EXPOSURE})")
    print("\n".join(open_items))
    assert score <= MAX_EXPOSURE


def test_unit_has_the_directives_ops_rely_on() -> None:
    d = directives(UNIT.read_text())
    single = {k: v[-1] for k, v in d.items()}
    assert single["Type"] == "notify"
    assert single["Restart"] == "on-failure"
    assert single["WatchdogSec"] and single["StateDirectory"] == "mailbot"
    assert single["DynamicUser"] == "yes" and single["UMask"] == "0077"
    for key in ("NoNewPrivileges", "ProtectHome", "PrivateTmp", "PrivateDevices",
                "ProtectKernelTunables", "ProtectKernelModules", "ProtectKernelLogs",
                "MemoryDenyWriteExecute"):
        assert single[key] == "yes", key
    assert single["ProtectSystem"] == "strict"
    assert single["RestrictAddressFamilies"] == "AF_UNIX AF_INET AF_INET6"
    assert "@system-service" in d["SystemCallFilter"]
    assert single["CapabilityBoundingSet"] == ""
    assert single["RestartPreventExitStatus"] == "78"  # cli.EX_CONFIG
    # the credentials the unit loads are the ones config.example.toml reads
    loaded = {c.split(":", 1)[0] for c in d["LoadCredential"]}
    example = tomllib.loads((ROOT / "config.example.toml").read_text())
    wanted = {example["imap"]["password_credential"], example["smtp"]["password_credential"]}
    wanted |= {m["imap"]["password_credential"] for m in example.get("mailbox", [])
               if "password_credential" in m.get("imap", {})}
    assert wanted == loaded


# ---- sd_notify ------------------------------------------------------------------------------


class NotifySocket:
    """What systemd does for Type=notify: bind a datagram socket, read what comes."""

    def __init__(self) -> None:
        self.dir = tempfile.mkdtemp(prefix="notify", dir="/tmp")  # sun_path is short
        self.path = os.path.join(self.dir, "n.sock")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        self.messages: list[tuple[float, str]] = []
        self._lock = threading.Condition()
        self._closed = False
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        self.sock.settimeout(0.2)
        while not self._closed:
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                for line in data.decode().split("\n"):
                    self.messages.append((time.monotonic(), line))
                self._lock.notify_all()

    def lines(self) -> list[str]:
        with self._lock:
            return [m for _, m in self.messages]

    def wait_for(self, predicate: Any, timeout: float = 20.0) -> list[str]:
        with self._lock:
            if not self._lock.wait_for(lambda: predicate([m for _, m in self.messages]), timeout):
                raise TimeoutError(f"notify socket got only {[m for _, m in self.messages]}")
            return [m for _, m in self.messages]

    def close(self) -> None:
        self._closed = True
        self._thread.join(2)
        self.sock.close()
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture
def notify_socket() -> Iterator[NotifySocket]:
    sock = NotifySocket()
    try:
        yield sock
    finally:
        sock.close()


@pytest.mark.integration
@pytest.mark.parametrize("imap_server", ["dovecot"], indirect=True)
def test_daemon_speaks_sd_notify(imap_server: Any, smtp_sink: Any, tmp_path: Path,
                                 notify_socket: NotifySocket) -> None:
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings_for(tmp_path, imap_server, smtp_sink, db)
    config = write_config(tmp_path, imap_server, smtp_sink, db)
    append_messages(imap_server.host, imap_server.port, imap_server.user, imap_server.password,
                    "INBOX", [mail("klant@example.nl", "Vraag", "Waar vind ik mijn facturen?")])
    env = {**os.environ, "NOTIFY_SOCKET": notify_socket.path, "WATCHDOG_USEC": "1000000",
           "PYTHONPATH": str(ROOT)}
    env.pop("WATCHDOG_PID", None)
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "mailbot.cli", "-c", str(config), "run"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        notify_socket.wait_for(lambda ms: "READY=1" in ms and ms.count("WATCHDOG=1") >= 2
                               and any(m.startswith("STATUS=info idle; 1 processed") for m in ms))
        smtp_sink.wait_for(1)
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err[-2000:]
    got = notify_socket.lines()
    print(f"\nsd_notify after {time.monotonic() - started:.1f} s: {got}")
    assert got[0] == "STATUS=starting: connecting to 1 mailbox(es)"
    ready = got.index("READY=1")
    assert got[ready + 1] == "STATUS=watching 1 mailbox(es)"
    assert all(m == "WATCHDOG=1" or m.startswith(("STATUS=", "STOPPING=")) for m in got[ready + 2:])
    assert "STOPPING=1" in got[ready:]
    # WATCHDOG_USEC=1 s: a ping every half second
    pings = [t for t, m in notify_socket.messages if m == "WATCHDOG=1"]
    assert all(b - a < 0.9 for a, b in itertools.pairwise(pings)), pings
    # what the status line says: mailbox names and counts, nothing personal
    assert not any("@" in m for m in got)


@pytest.mark.integration
@pytest.mark.parametrize("imap_server", ["pymap"], indirect=True)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_dead_watcher_stops_the_watchdog_pings(imap_server: Any, smtp_sink: Any, tmp_path: Path,
                                                 notify_socket: NotifySocket,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from mailbot.watcher import Watcher

    monkeypatch.setenv("NOTIFY_SOCKET", notify_socket.path)
    monkeypatch.setenv("WATCHDOG_USEC", "400000")
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    broken = threading.Event()
    original = Watcher.conn_wait

    def conn_wait(self: Watcher, conn: Any) -> bool:
        if broken.is_set():
            raise RuntimeError("a bug in the watcher")
        return original(self, conn)

    monkeypatch.setattr(Watcher, "conn_wait", conn_wait)
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings = settings_for(tmp_path, imap_server, smtp_sink, db)
    with DaemonThread(settings):
        notify_socket.wait_for(lambda ms: ms.count("WATCHDOG=1") >= 2)
        broken.set()  # the next wake-up of the watcher raises and ends its thread
        append_messages(imap_server.host, imap_server.port, imap_server.user,
                        imap_server.password, "INBOX", [mail("a@example.nl", "Vraag", "Hoi?")])
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(
                t.name == "watch-info" for t in threading.enumerate()):
            time.sleep(0.05)
        assert not any(t.name == "watch-info" for t in threading.enumerate())
        time.sleep(0.5)  # a ping already under way may still arrive
        before = notify_socket.lines().count("WATCHDOG=1")
        time.sleep(1.5)  # more than three watchdog intervals
        assert notify_socket.lines().count("WATCHDOG=1") == before


def test_notify_reaches_an_abstract_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    name = f"mailbot-test-{os.getpid()}-{time.monotonic_ns()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
        assert sdnotify.notify("READY=1", "STATUS=testing")
        sock.settimeout(5)
        assert sock.recv(1024) == b"READY=1\nSTATUS=testing"
    monkeypatch.delenv("NOTIFY_SOCKET")
    assert sdnotify.notify("READY=1") is False
