"""A bare IDLE client: how soon the server itself reports new mail.

imapclient logs in and selects INBOX; IDLE is then spoken on the socket directly, so
each `* n EXISTS` is timestamped the moment its line is complete (imapclient's
`idle_check()` can also fail on a line split over two reads). Like any IDLE consumer
(and like mailbot), the probe leaves IDLE after each EXISTS (DONE, NOOP) and enters it
again. That matters on Dovecot: a session that stays in IDLE keeps the notify timer
armed by its own sync, and then reports the next mail sooner than 0.5 s.
"""

from __future__ import annotations

import re
import select
import threading
import time

from common import Account, imap_login

_EXISTS = re.compile(rb"^\* \d+ EXISTS", re.IGNORECASE)


class IdleProbe(threading.Thread):
    """Collects time.monotonic() of every EXISTS line while running."""

    def __init__(self, account: Account) -> None:
        super().__init__(name="idle-probe", daemon=True)
        self.account = account
        self.exists: list[float] = []
        self.error: BaseException | None = None
        self._ready = threading.Event()
        self._halt = threading.Event()
        self._buffer = b""
        self._tags = 0

    def start(self) -> None:
        super().start()
        if not self._ready.wait(15):
            raise TimeoutError("bare IDLE client did not enter IDLE")

    def stop(self) -> None:
        self._halt.set()
        self.join(10)

    def run(self) -> None:
        try:
            client = imap_login(self.account)
        except BaseException as exc:  # noqa: BLE001 - reported by the caller
            self.error = exc
            self._ready.set()
            return
        try:
            client.select_folder("INBOX")
            sock = client.socket()
            poller = select.poll()
            poller.register(sock.fileno(), select.POLLIN)
            while not self._halt.is_set():
                self._command(sock, poller, b"IDLE", until=b"+")
                self._ready.set()
                while not self._halt.is_set():
                    if any(_EXISTS.match(line) for line in self._lines(sock, poller, 0.1)):
                        break
                self._command(sock, poller, b"DONE", until=b"idle OK", tagged=False)
                if not self._halt.is_set():
                    self._command(sock, poller, b"NOOP", until=b"OK")
        except BaseException as exc:  # noqa: BLE001 - reported by the caller
            self.error = exc
        finally:
            self._ready.set()
            client.shutdown()

    def _command(self, sock, poller, command: bytes, until: bytes, tagged: bool = True) -> None:  # type: ignore[no-untyped-def]
        """Send a command and read up to its answer (`+` continuation or tagged status)."""
        if tagged:
            self._tags += 1
            self._tag = b"P%d" % self._tags
            sock.sendall(self._tag + b" " + command + b"\r\n")
        else:
            sock.sendall(command + b"\r\n")
        want = b"+" if until == b"+" else self._tag + b" "
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            for line in self._lines(sock, poller, 0.5):
                if line.startswith(want):
                    if want != b"+" and not line[len(want):].upper().startswith(b"OK"):
                        raise RuntimeError(f"probe: {line!r}")
                    return
        raise TimeoutError(f"probe: no answer to {command!r}")

    def _lines(self, sock, poller, timeout: float) -> list[bytes]:  # type: ignore[no-untyped-def]
        """Complete lines that arrive within `timeout`; EXISTS lines are timestamped."""
        if b"\r\n" not in self._buffer and not poller.poll(int(timeout * 1000)):
            return []
        if b"\r\n" not in self._buffer:
            chunk = sock.recv(65536)
            if not chunk:
                raise ConnectionError("server closed the connection")
            self._buffer += chunk
        now = time.monotonic()
        *lines, self._buffer = self._buffer.split(b"\r\n")
        self.exists.extend(now for line in lines if _EXISTS.match(line))
        return lines
