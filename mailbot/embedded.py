"""Embedded servers on loopback: pymap for IMAP and an aiosmtpd sink for SMTP.

Used by `mailbot demo` (no mail server needed) and by the test suite and benchmarks.
They are real protocol servers, not mocks: the pipeline speaks IMAP and SMTP to them.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from argparse import Namespace
from collections.abc import Sequence
from contextlib import AsyncExitStack, closing
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, Self

class ServerUnavailable(RuntimeError):
    """The server software is not installed here (fixtures skip or fail on it)."""


def free_port() -> int:
    """A loopback TCP port that was free a moment ago."""
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])



# -- pymap --------------------------------------------------------------------------------


def pymap_available() -> bool:
    try:
        import pymap.backend.dict  # noqa: F401
        import pysasl.hashing  # noqa: F401
    except ImportError:
        return False
    return True


class PymapServer:
    """pymap's in-memory backend on a background thread with its own event loop.

    imapclient blocks, so the server must not share the test's thread. Passwords
    are stored in clear (pysasl Cleartext) so LOGIN is fast; no demo messages are
    loaded, so every INBOX starts empty. UIDs start at 101; UIDVALIDITY is lost on
    restart (in memory).
    """

    def __init__(
        self, user: str = "mailbot", password: str = "secret", host: str = "127.0.0.1"
    ) -> None:
        self.host = host
        self.port = 0
        self.user = user
        self.password = password
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stopped: asyncio.Event | None = None
        self._login: Any = None
        self._config: Any = None
        self._error: BaseException | None = None

    @staticmethod
    def available() -> bool:
        return pymap_available()

    def start(self) -> Self:
        if not pymap_available():
            raise ServerUnavailable("pymap is not installed (pip install -e '.[demo]')")
        if self._thread is not None:
            return self
        self.port = free_port()
        ready = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(ready,), name=f"pymap-{self.port}", daemon=True
        )
        self._thread.start()
        if not ready.wait(15) or self._error is not None:
            raise RuntimeError(f"pymap did not start: {self._error!r}")
        return self

    def _run(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve(ready))
        except BaseException as exc:  # noqa: BLE001 - reported to start()
            self._error = exc
            ready.set()
        finally:
            loop.close()

    async def _serve(self, ready: threading.Event) -> None:
        from pymap.backend.dict import DictBackend
        from pymap.imap import IMAPService
        from pysasl.hashing import Cleartext

        args = Namespace(
            host=[self.host],
            port=str(self.port),
            debug=False,
            cert=None,
            key=None,
            tls=False,  # no STARTTLS: LOGIN is allowed on plain loopback
            passlib_cfg=None,
            proxy_protocol=None,
            inherited_sockets=None,
            demo_data=False,  # the INBOX starts empty
            demo_user=self.user,
            demo_password=self.password,
            skip_services=[],
        )
        backend, config = await DictBackend.init(
            args, invalid_user_sleep=0.0, hash_context=Cleartext()
        )
        config.apply_context()
        self._login = backend.login
        self._config = config
        self._stopped = asyncio.Event()
        async with AsyncExitStack() as stack:
            await backend.start(stack)
            await IMAPService(backend, config).start(stack)
            ready.set()
            await self._stopped.wait()

    def add_user(self, name: str, password: str) -> None:
        """Add a login with an empty mailbox set."""
        assert self._loop is not None, "start() first"
        future = asyncio.run_coroutine_threadsafe(self._add_user(name, password), self._loop)
        future.result(10)

    async def _add_user(self, name: str, password: str) -> None:
        from pymap.backend.dict import Identity
        from pymap.user import Passwords, UserMetadata

        hashed = await Passwords(self._config).hash_password(password)
        await Identity(name, self._login, None, frozenset()).set(
            UserMetadata(self._config, name, password=hashed)
        )

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if self._stopped is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._stopped.set)
        thread.join(10)
        self._thread = None
        self._loop = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()



# -- SMTP sink ----------------------------------------------------------------------------

Stage = Literal["RCPT", "DATA"]


@dataclass(frozen=True, slots=True)
class SinkMessage:
    """One accepted message."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    received_monotonic: float  # time.monotonic() at acceptance
    received_at: datetime  # wall clock, UTC


class _SinkHandler:
    def __init__(self, sink: SmtpSink) -> None:
        self._sink = sink

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        failure = self._sink._take_failure("RCPT")
        if failure is not None:
            return failure
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        failure = self._sink._take_failure("DATA")
        if failure is not None:
            return failure
        raw = envelope.original_content or envelope.content or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        self._sink._record(
            SinkMessage(
                mail_from=envelope.mail_from or "",
                rcpt_tos=tuple(envelope.rcpt_tos),
                data=bytes(raw),
                received_monotonic=time.monotonic(),
                received_at=datetime.now(UTC),
            )
        )
        return "250 Message accepted"


class SmtpSink:
    """An aiosmtpd server that keeps what it accepts and can be told to fail.

    `fail_next("451 4.3.0 try later", count=2, stage="RCPT")` answers the next two
    RCPT commands with that reply; `fail_always(...)` until `clear_failures()`.
    """

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.port = 0
        self._controller: Any = None
        self._cond = threading.Condition()
        self._messages: list[SinkMessage] = []
        self._failures: dict[str, list[str]] = {"RCPT": [], "DATA": []}
        self._always: dict[str, str | None] = {"RCPT": None, "DATA": None}

    def start(self, port: int = 0) -> Self:
        """Start on `port`, or on a free one (port=0)."""
        from aiosmtpd.controller import Controller

        if self._controller is not None:
            return self
        last: Exception | None = None
        for _attempt in range(5):  # the free port may be taken by the time we bind
            self.port = port or free_port()
            controller = Controller(
                _SinkHandler(self),
                hostname=self.host,
                port=self.port,
                server_hostname="localhost",
                ready_timeout=10.0,
            )
            try:
                controller.start()
            except Exception as exc:  # noqa: BLE001 - retry on a fresh port
                last = exc
                continue
            self._controller = controller
            return self
        raise RuntimeError(f"SMTP sink did not start: {last!r}")

    def start_on(self, port: int) -> Self:
        """Come back on the same port after stop() (an SMTP outage that ends)."""
        return self.start(port)

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    # failure injection
    def fail_next(self, reply: str, count: int = 1, stage: Stage = "RCPT") -> None:
        """Answer the next `count` RCPT (or DATA) commands with `reply`, e.g. "451 4.7.1 later"."""
        self._check_reply(reply)
        with self._cond:
            self._failures[stage].extend([reply] * count)

    def fail_always(self, reply: str, stage: Stage = "RCPT") -> None:
        """Answer every RCPT (or DATA) with `reply` until clear_failures()."""
        self._check_reply(reply)
        with self._cond:
            self._always[stage] = reply

    def clear_failures(self) -> None:
        with self._cond:
            self._failures = {"RCPT": [], "DATA": []}
            self._always = {"RCPT": None, "DATA": None}

    @staticmethod
    def _check_reply(reply: str) -> None:
        if len(reply) < 3 or not reply[:3].isdigit() or reply[0] not in "45":
            raise ValueError(f"expected a 4xx or 5xx reply like '451 4.3.0 later', got {reply!r}")

    def _take_failure(self, stage: str) -> str | None:
        with self._cond:
            if self._failures[stage]:
                return self._failures[stage].pop(0)
            return self._always[stage]

    # recording
    def _record(self, message: SinkMessage) -> None:
        with self._cond:
            self._messages.append(message)
            self._cond.notify_all()

    @property
    def messages(self) -> list[SinkMessage]:
        with self._cond:
            return list(self._messages)

    def clear(self) -> None:
        with self._cond:
            self._messages.clear()

    def wait_for(self, n: int, timeout: float = 10.0) -> list[SinkMessage]:
        """Block until at least `n` messages were accepted; TimeoutError otherwise."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self._messages) >= n, timeout):
                raise TimeoutError(
                    f"SMTP sink got {len(self._messages)} of {n} messages in {timeout}s"
                )
            return list(self._messages)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()



# -- IMAP seeding -------------------------------------------------------------------------


def append_messages(
    host: str,
    port: int,
    user: str,
    password: str,
    folder: str,
    messages: Sequence[bytes],
    *,
    flags: Sequence[bytes] = (),
    chunk: int = 200,
) -> None:
    """Put messages into a folder fast: MULTIAPPEND when offered, else one APPEND each.

    Creates the folder when missing. Plain-text loopback only (test servers).
    """
    from imapclient import IMAPClient

    with IMAPClient(host, port, ssl=False, timeout=60) as client:
        client.socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        client.login(user, password)
        client._cached_capabilities = None  # fuller list after login (pymap)
        if folder.upper() != "INBOX" and not client.folder_exists(folder):
            client.create_folder(folder)
        if not messages:
            return
        if client.has_capability("MULTIAPPEND"):
            for start in range(0, len(messages), chunk):
                batch = messages[start : start + chunk]
                if flags:
                    client.multiappend(folder, [{"msg": m, "flags": tuple(flags)} for m in batch])
                else:
                    client.multiappend(folder, list(batch))
        else:
            for message in messages:
                client.append(folder, message, flags=tuple(flags))

