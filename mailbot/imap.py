"""The project's only IMAP code: one blocking connection per thread, on imapclient.

Why it looks the way it does:
- UIDs only, `BODY.PEEK[]` only: reading never changes a message's flags.
- Messages leave a folder by MOVE, or by UID COPY + \\Deleted + UID EXPUNGE of
  exactly those UIDs. A bare EXPUNGE would also remove every other message a person
  flagged \\Deleted, so without MOVE and UIDPLUS `move()` refuses instead.
- IDLE responses are read whole: wait until the socket (or a TLS/read buffer in
  front of it) has data, then read one complete response with a blocking read and
  the socket timeout. imapclient's `idle_check()` reads non-blocking and fails on
  a line split over two TCP segments ("unterminated line").
- Every network, TLS or protocol failure surfaces as `ImapError`: the caller drops
  the connection, waits `Backoff.next_delay()` and connects again.

Logging is DEBUG only and never contains addresses or message content.
"""

from __future__ import annotations

import imaplib
import logging
import random
import re
import select
import socket
import ssl
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Self

from imapclient import IMAPClient  # type: ignore[import-untyped]
from imapclient.exceptions import IMAPClientError, LoginError  # type: ignore[import-untyped]

if TYPE_CHECKING:
    from mailbot.config import ImapSettings

log = logging.getLogger(__name__)

__all__ = [
    "Backoff",
    "ImapAuthError",
    "ImapConnection",
    "ImapError",
    "ImapUnsupportedError",
    "is_testing",
    "set_testing",
]

# How often a blocking wait looks at its stop event.
_STOP_CHECK_SECONDS = 0.5
_APPENDUID = re.compile(rb"\[APPENDUID \d+ (\d+)\]", re.IGNORECASE)


class ImapError(Exception):
    """The connection failed or the server refused a command; reconnect and retry."""


class ImapAuthError(ImapError):
    """The server rejected the user name or password."""


class ImapUnsupportedError(ImapError):
    """The server lacks an extension needed to do this safely; reconnecting won't help."""


_WRAPPED: tuple[type[BaseException], ...] = (
    imaplib.IMAP4.error,  # includes abort and readonly
    IMAPClientError,
    OSError,  # socket errors, timeouts and ssl.SSLError
    EOFError,
    ValueError,  # imapclient's parser on a malformed response
)


@contextmanager
def _wrap(what: str) -> Iterator[None]:
    """Turn every library-specific failure into ImapError."""
    try:
        yield
    except ImapError:
        raise
    except _WRAPPED as exc:
        log.debug("imap %s failed: %s", what, type(exc).__name__)
        raise ImapError(f"IMAP {what} failed: {exc}") from exc


def _ssl_context(settings: ImapSettings) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=settings.ca_file)
    if not settings.verify_certificates:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _chunks(uids: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(uids), size):
        yield list(uids[start : start + size])


class ImapConnection:
    """One logged-in IMAP connection. Not thread-safe: use one per thread.

    Build it with `ImapConnection.connect(settings)`; the constructor does no I/O.
    """

    def __init__(self, client: Any, settings: ImapSettings) -> None:
        self._client = client
        self._settings = settings
        self._capabilities: frozenset[str] = frozenset()
        self._selected: str | None = None
        self._change_hint = False  # a change may have arrived since the last uids_from()

    # -- lifecycle -------------------------------------------------------------------

    @classmethod
    def connect(cls, settings: ImapSettings) -> ImapConnection:
        """Open, secure and log in; capabilities are read after login."""
        context = _ssl_context(settings) if settings.tls != "none" else None
        with _wrap("connect"):
            client = IMAPClient(
                settings.host,
                port=settings.port,
                ssl=settings.tls == "implicit",
                ssl_context=context,
                timeout=settings.timeout_seconds,
            )
        conn = cls(client, settings)
        try:
            # imaplib would otherwise pass every protocol line, message content
            # included, to a logger.
            client._imap.debug = 0
            client.normalise_times = False  # keep INTERNALDATE's zone
            conn._set_nodelay()
            if settings.tls == "starttls":
                with _wrap("STARTTLS"):
                    client.starttls(context)
            conn._login()
        except BaseException:
            conn.close()
            raise
        log.debug(
            "imap connected: idle=%s move=%s uidplus=%s",
            conn.has_idle,
            conn.has_move,
            conn.has_uidplus,
        )
        return conn

    def _set_nodelay(self) -> None:
        # Without it every APPEND/command round trip can stall on Nagle + delayed ACK.
        with _wrap("setsockopt"):
            self._client.socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _login(self) -> None:
        settings = self._settings
        try:
            self._client.login(settings.user, settings.password.get_secret_value())
        except LoginError as exc:
            if "UNAVAILABLE" in str(exc).upper():  # temporary failure on the server side
                raise ImapError(f"IMAP login failed: {exc}") from exc
            raise ImapAuthError(f"IMAP login rejected: {exc}") from exc
        except _WRAPPED as exc:
            raise ImapError(f"IMAP login failed: {exc}") from exc
        # Servers announce more after authentication (pymap: MOVE, IDLE, UIDPLUS);
        # never trust a list cached from the greeting or before STARTTLS.
        with _wrap("CAPABILITY"):
            self._client._cached_capabilities = None
            caps = self._client.capabilities()
        self._capabilities = frozenset(
            (c.decode("ascii", "replace") if isinstance(c, bytes) else str(c)).upper() for c in caps
        )

    def logout(self) -> None:
        """Log out politely; never raises (the connection may already be gone)
        and waits at most a few seconds for an unresponsive server."""
        try:
            sock = self._client.socket()
            sock.settimeout(min(self._settings.timeout_seconds, 5.0))
            self._client.logout()
        except Exception:  # noqa: BLE001 - best effort by design
            self.close()

    def close(self) -> None:
        """Drop the socket without a LOGOUT; never raises."""
        with suppress(Exception):  # best effort by design
            self._client.shutdown()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.logout()

    # -- capabilities ------------------------------------------------------------------

    @property
    def capabilities(self) -> frozenset[str]:
        """Upper-case capability names as announced after login."""
        return self._capabilities

    @property
    def has_idle(self) -> bool:
        return "IDLE" in self._capabilities

    @property
    def has_move(self) -> bool:
        return "MOVE" in self._capabilities

    @property
    def has_uidplus(self) -> bool:
        return "UIDPLUS" in self._capabilities

    @property
    def selected(self) -> str | None:
        return self._selected

    # -- folders -----------------------------------------------------------------------

    def ensure_folders(self, names: Iterable[str]) -> list[str]:
        """Create the folders that are missing (never deletes); returns those created."""
        wanted = list(dict.fromkeys(names))
        created: list[str] = []
        with _wrap("LIST"):
            existing = {name for _flags, _sep, name in self._client.list_folders()}
        for name in wanted:
            if name in existing or (name.upper() == "INBOX"):
                continue
            try:
                with _wrap("CREATE"):
                    self._client.create_folder(name)
            except ImapError:
                # Someone else may have created it meanwhile; only that is fine.
                with _wrap("LIST"):
                    if not self._client.folder_exists(name):
                        raise
                continue
            created.append(name)
        if created:
            log.debug("imap created %d folder(s)", len(created))
        return created

    def select(self, folder: str) -> int:
        """Select `folder` read-write and return its UIDVALIDITY."""
        with _wrap("SELECT"):
            response = self._client.select_folder(folder)
        self._selected = folder
        self._take_change_hint()  # SELECT's own EXISTS is not news
        try:
            return int(response[b"UIDVALIDITY"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ImapError("IMAP SELECT: server sent no UIDVALIDITY") from exc

    # -- reading -----------------------------------------------------------------------

    def uids_from(self, min_uid: int) -> list[int]:
        """UIDs >= `min_uid` in the selected folder, ascending.

        A NOOP goes first: Dovecot and pymap search the session's current view,
        which only takes in mail delivered by other sessions when the server
        syncs (at NOOP, IDLE, SELECT). `UID SEARCH UID n:*` always matches the
        highest UID even when it is below n (`*` is the largest UID in use), so
        that artefact is filtered out.
        """
        low = max(1, int(min_uid))
        return [uid for uid in self._search(["UID", f"{low}:*"]) if uid >= low]

    def all_uids(self) -> list[int]:
        """Every UID in the selected folder, ascending (after a NOOP, as above)."""
        return self._search(["ALL"])

    def _search(self, criteria: list[str]) -> list[int]:
        with _wrap("NOOP"):
            self._client.noop()
        # Whatever the NOOP reported is covered by the search that follows.
        self._change_hint = False
        self._take_change_hint()
        with _wrap("UID SEARCH"):
            return sorted(int(uid) for uid in self._client.search(criteria))

    def fetch_meta(self, uids: Sequence[int]) -> dict[int, tuple[int, datetime | None]]:
        """RFC822.SIZE and INTERNALDATE (UTC) per UID; vanished UIDs are absent."""
        out: dict[int, tuple[int, datetime | None]] = {}
        self._drop_stale()
        for chunk in _chunks(uids, self._settings.batch_size):
            with _wrap("UID FETCH"):
                data = self._client.fetch(chunk, [b"RFC822.SIZE", b"INTERNALDATE"])
            for uid, item in data.items():
                size = int(item.get(b"RFC822.SIZE", 0))
                when = item.get(b"INTERNALDATE")
                if isinstance(when, datetime):
                    when = when.astimezone(UTC) if when.tzinfo else when
                else:
                    when = None
                out[int(uid)] = (size, when)
        return out

    def fetch_bodies(self, uids: Sequence[int]) -> dict[int, bytes]:
        """Whole messages via BODY.PEEK[] (never sets \\Seen); vanished UIDs are absent."""
        return self._fetch_part(uids, b"BODY.PEEK[]", b"BODY[]")

    def fetch_headers(self, uids: Sequence[int]) -> dict[int, bytes]:
        """Header blocks via BODY.PEEK[HEADER], for messages too big to load whole."""
        return self._fetch_part(uids, b"BODY.PEEK[HEADER]", b"BODY[HEADER]")

    def _fetch_part(self, uids: Sequence[int], item: bytes, key: bytes) -> dict[int, bytes]:
        out: dict[int, bytes] = {}
        self._drop_stale()
        for chunk in _chunks(uids, self._settings.batch_size):
            with _wrap("UID FETCH"):
                data = self._client.fetch(chunk, [item])
            for uid, values in data.items():
                body = values.get(key)
                if body is None:  # some servers echo the item name differently
                    body = next((v for k, v in values.items() if k.startswith(b"BODY[")), None)
                if isinstance(body, bytes):
                    out[int(uid)] = body
        return out

    def flags(self, uids: Sequence[int]) -> dict[int, tuple[bytes, ...]]:
        """Current flags per UID (for checks and tests; does not change them)."""
        with _wrap("UID FETCH"):
            data = self._client.get_flags(list(uids))
        return {int(uid): tuple(f) for uid, f in data.items()}

    def has_message_id(self, folder: str, message_id: str) -> bool:
        """True when `folder` holds a message with this Message-ID (with or without <>).

        Used to avoid a second copy after a crash between APPEND and the database
        commit. The previously selected folder is selected again afterwards.
        """
        bare = message_id.strip().strip("<>").strip()
        if not bare:
            return False
        previous = self._selected
        pending = self._change_hint or self._take_change_hint()
        try:
            with _wrap("EXAMINE"):
                self._client.select_folder(folder, readonly=True)
            self._selected = folder
            criteria = ["HEADER", "Message-ID", bare]
            charset = None if bare.isascii() else "UTF-8"
            with _wrap("UID SEARCH"):
                hits = self._client.search(criteria, charset=charset)
            if not hits:
                return False
            # HEADER search is a substring match: confirm the exact value.
            with _wrap("UID FETCH"):
                data = self._client.fetch(hits, [b"BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
            for values in data.values():
                for key, raw in values.items():
                    if (
                        key.startswith(b"BODY[")
                        and isinstance(raw, bytes)
                        and bare in _header_ids(raw)
                    ):
                        return True
            return False
        finally:
            if previous is not None:
                self.select(previous)
                # Re-selecting reports new mail only as SELECT's EXISTS, which we
                # just discarded: make the next wait look once more.
                self._change_hint = True
            else:
                self._selected = None
                self._change_hint = pending
                # Leave no folder selected; without UNSELECT the EXAMINE stays, which
                # is read-only and so harmless (CLOSE is refused by some servers).
                if "UNSELECT" in self._capabilities:
                    with _wrap("UNSELECT"):
                        self._client.unselect_folder()

    # -- writing -----------------------------------------------------------------------

    def move(self, uids: Sequence[int], folder: str) -> None:
        """Move exactly these UIDs out of the selected folder into `folder`."""
        targets = sorted({int(u) for u in uids})
        if not targets:
            return
        if self.has_move:
            with _wrap("UID MOVE"):
                self._client.move(targets, folder)
            return
        if not self.has_uidplus:
            raise ImapUnsupportedError(
                "server supports neither MOVE nor UIDPLUS; refusing a bare EXPUNGE, "
                "which would also remove other messages flagged \\Deleted"
            )
        with _wrap("UID COPY"):
            self._client.copy(targets, folder)
        with _wrap("UID STORE"):
            self._client.add_flags(targets, [b"\\Deleted"], silent=True)
        with _wrap("UID EXPUNGE"):
            self._client.uid_expunge(targets)

    def append(
        self,
        folder: str,
        data: bytes,
        flags: Sequence[bytes] = (b"\\Seen",),
        when: datetime | None = None,
    ) -> int | None:
        """APPEND a message; returns its UID when the server reports it (UIDPLUS)."""
        with _wrap("APPEND"):
            response = self._client.append(folder, data, flags=tuple(flags), msg_time=when)
        if isinstance(response, bytes):
            match = _APPENDUID.search(response)
            if match:
                return int(match.group(1))
        return None

    def append_many(self, folder: str, messages: Sequence[bytes],
                    flags: Sequence[bytes] = (b"\\Seen",)) -> None:
        """APPEND several messages in one round trip (MULTIAPPEND, RFC 3502) when the
        server offers it, else one APPEND each."""
        if not messages:
            return
        if "MULTIAPPEND" in self.capabilities and len(messages) > 1:
            with _wrap("MULTIAPPEND"):
                self._client.multiappend(folder, [{"msg": m, "flags": tuple(flags)} for m in messages])
            return
        for data in messages:
            self.append(folder, data, flags)

    def noop(self) -> None:
        """Keep the connection alive and collect pending untagged responses."""
        with _wrap("NOOP"):
            self._client.noop()

    # -- waiting for new mail ---------------------------------------------------------

    def wait_for_changes(self, timeout: float, stop: threading.Event) -> bool:
        """Block until the selected folder reports new mail (True), or until
        `timeout` passes or `stop` is set (False).

        A True is a hint, not a count: run `uids_from()` after every return, True
        or False (pymap drops pushes under load; without IDLE the server is asked
        with NOOP every `poll_interval_seconds`). IDLE is renewed every
        `idle_renew_seconds`, inside RFC 2177's 29 minutes and common NAT timeouts.
        """
        if self._change_hint or self._take_change_hint():
            self._change_hint = False
            return True
        if self._selected is None:
            self.select(self._settings.folders.inbox)
        deadline = time.monotonic() + max(0.0, timeout)
        if not self.has_idle:
            return self._poll_for_changes(deadline, stop)
        while not stop.is_set():
            now = time.monotonic()
            if now >= deadline:
                return False
            renew_at = min(deadline, now + self._settings.idle_renew_seconds)
            if self._idle_until(renew_at, stop):
                return True
        return False

    def _poll_for_changes(self, deadline: float, stop: threading.Event) -> bool:
        interval = self._settings.poll_interval_seconds
        next_poll = time.monotonic() + interval
        while True:
            now = time.monotonic()
            if now >= next_poll:
                self.noop()
                if self._take_change_hint():
                    return True
                next_poll = now + interval
            if now >= deadline:
                return False
            if stop.wait(min(next_poll, deadline) - now):
                return False

    def _idle_until(self, until: float, stop: threading.Event) -> bool:
        """One IDLE round: enter, read whole responses until news/until/stop, leave."""
        imap = self._client._imap
        try:
            with _wrap("IDLE"):
                tag: bytes = imap._command("IDLE")
                # Some servers send pending updates before the continuation.
                while imap._get_response() is not None:
                    self._check_idle_state(tag)
                self._check_idle_state(tag)
            changed = False
            while not stop.is_set():
                if self._take_change_hint():
                    changed = True
                    break
                remaining = until - time.monotonic()
                if remaining <= 0:
                    break
                if self._readable(min(_STOP_CHECK_SECONDS, remaining)):
                    with _wrap("IDLE read"):
                        # Blocking read of one whole response (socket timeout
                        # applies); imaplib stores untagged data for us.
                        imap._get_response()
                    self._check_idle_state(tag)
            with _wrap("DONE"):
                imap.send(b"DONE\r\n")
                while imap.tagged_commands.get(tag) is None:
                    imap._get_response()
                    self._check_bye()
                typ, _data = imap.tagged_commands.pop(tag)
            if typ != "OK":
                raise ImapError(f"IMAP IDLE ended with {typ}")
        except BaseException:
            # A failure inside IDLE leaves the protocol state unknown.
            self.close()
            raise
        return self._take_change_hint() or changed

    def _check_idle_state(self, tag: bytes) -> None:
        self._check_bye()
        done = self._client._imap.tagged_commands.get(tag)
        if done is not None:
            raise ImapError(f"IMAP IDLE ended by the server: {done[0]}")

    def _check_bye(self) -> None:
        if self._client._imap.untagged_responses.get("BYE"):
            raise ImapError("IMAP server closed the connection (BYE)")

    def _readable(self, timeout: float) -> bool:
        """Is a response line (part) waiting? Looks at TLS and read buffers first:
        select() only sees bytes still in the kernel."""
        with _wrap("IDLE read"):
            sock = self._client.socket()
            if isinstance(sock, ssl.SSLSocket) and sock.pending() > 0:
                return True
            if self._buffered(sock):
                return True
            poller = select.poll()
            poller.register(sock.fileno(), select.POLLIN | select.POLLPRI)
            return bool(poller.poll(max(1, round(timeout * 1000))))

    def _buffered(self, sock: socket.socket) -> bool:
        imap = self._client._imap
        readbuf = imap.__dict__.get("_readbuf")  # imaplib on newer Pythons
        if isinstance(readbuf, (bytes, bytearray, memoryview)):
            return len(readbuf) > 0
        peek = getattr(imap.__dict__.get("file"), "peek", None)
        if peek is None:
            return False
        # A non-blocking peek returns what the buffered reader already holds (or
        # whatever the kernel has) without waiting.
        previous = sock.gettimeout()
        sock.settimeout(0.0)
        try:
            return len(peek(1)) > 0
        except (BlockingIOError, ssl.SSLWantReadError, InterruptedError):
            return False
        finally:
            sock.settimeout(previous)

    # -- internals ---------------------------------------------------------------------

    def _take_change_hint(self) -> bool:
        """Pop EXISTS/RECENT that imaplib collected from earlier responses."""
        untagged = self._client._imap.untagged_responses
        found = False
        for key in ("EXISTS", "RECENT"):
            if untagged.pop(key, None):
                found = True
        self._drop_stale()
        return found

    def _drop_stale(self) -> None:
        """Forget unsolicited FETCH/EXPUNGE responses: they would pile up for
        months, and a leftover flag FETCH could be mixed into our next FETCH."""
        untagged = self._client._imap.untagged_responses
        for key in ("EXPUNGE", "FETCH", "VANISHED"):
            untagged.pop(key, None)


def _header_ids(raw: bytes) -> set[str]:
    text = raw.decode("utf-8", "replace").replace("\r\n ", " ").replace("\r\n\t", " ")
    ids: set[str] = set()
    for line in text.splitlines():
        name, sep, value = line.partition(":")
        if sep and name.strip().lower() == "message-id":
            ids.add(value.strip().strip("<>").strip())
    return ids


# -- back-off ----------------------------------------------------------------------------

_testing = False


def set_testing(on: bool) -> None:
    """Make every Backoff delay ~0 (for tests), like stamina's testing switch."""
    global _testing
    _testing = bool(on)


def is_testing() -> bool:
    return _testing


class Backoff:
    """Capped exponential back-off with full jitter: after failure n the delay is
    uniform in [0, min(cap, base * 2**n)], so many clients do not retry in step."""

    def __init__(
        self, base: float = 1.0, cap: float = 300.0, rng: random.Random | None = None
    ) -> None:
        if base <= 0 or cap <= 0:
            raise ValueError("Backoff base and cap must be positive")
        self.base = base
        self.cap = cap
        self.attempts = 0
        self._rng = rng or random.Random()

    def next_delay(self) -> float:
        """Seconds to wait before the next attempt; grows with each call."""
        exponent = min(self.attempts, 62)
        self.attempts += 1
        if _testing:
            return 0.001
        return self._rng.uniform(0.0, min(self.cap, self.base * 2.0**exponent))

    def reset(self) -> None:
        """Call after a success."""
        self.attempts = 0

    def wait(self, stop: threading.Event) -> bool:
        """Sleep the next delay unless `stop` is set first; True when stopped."""
        return stop.wait(self.next_delay())
