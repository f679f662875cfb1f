"""The intake loop for one mailbox, on its own thread with its own IMAP connection.

connect -> catch up (every UID not yet recorded) -> file what is committed -> wait
(IDLE, renewed before the server's 30-minute limit) -> repeat. Any connection trouble
means: log once, back off with jitter, reconnect and catch up again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from mailbot import faults, metrics
from mailbot.config import MailboxSettings
from mailbot.imap import Backoff, ImapConnection, ImapError
from mailbot.intake import FOLDER_OF, Folder, Intake
from mailbot.model import LOOP_HEADER, Disposition, RawMail
from mailbot.parse import parse
from mailbot.store import records
from mailbot.store.db import sync_to_disk
from mailbot.store.liveness import AlreadyRunning, MailboxLease

log = logging.getLogger(__name__)

FETCH_BYTES = 16 * 1024 * 1024  # bodies held in memory at once, whatever the batch size
SENT_SCAN_SECONDS = 60.0  # how often staff replies in the Sent folder are looked for


class Watcher:
    """Owns the IMAP connection of one mailbox. Not thread-safe: one thread only."""

    def __init__(self, mailbox: MailboxSettings, intake: Intake, engine: Engine,
                 on_committed: Callable[[], None], stop: threading.Event,
                 takeover_seconds: float = 10.0) -> None:
        self.mailbox = mailbox
        self.intake = intake
        self.engine = engine
        self.on_committed = on_committed
        self.stop = stop
        self.conn: ImapConnection | None = None
        self.backoff = Backoff(base=1.0, cap=mailbox.imap.reconnect_max_seconds)
        self.processed = 0
        self.last_poll: datetime | None = None
        self.idling = False
        self.standby = False
        self.lease = MailboxLease(engine, mailbox.name)
        self.takeover_seconds = takeover_seconds
        self._last_sent_scan = float("-inf")
        folders = mailbox.imap.folders
        self._folder_names = {Folder.PROCESSED: folders.processed, Folder.QUARANTINE: folders.quarantine}

    # ---- public ------------------------------------------------------------------

    def run_once(self) -> int:
        """Process everything in the inbox now, then return (for `run --once`)."""
        if not self.lease.try_acquire():
            raise AlreadyRunning(f"mailbox {self.mailbox.name} is being watched by a running "
                                 "instance; it processes the inbox already")
        conn = self._connect()
        try:
            done = self._catch_up(conn, sweep=True)
            self._scan_sent(conn, force=True)
            return done
        finally:
            conn.logout()
            self.lease.release()

    def _lease(self) -> bool:
        """Wait until this instance may watch the mailbox (always, on SQLite)."""
        if self.lease.held():
            return True
        announced = False
        while not self.stop.is_set():
            if self.lease.try_acquire():
                if announced:
                    log.info("mailbox %s: taking over from the previous instance", self.mailbox.name)
                return True
            if not announced:
                log.info("mailbox %s: watched by another instance; standing by", self.mailbox.name)
                announced = True
                self.standby = True
            self.stop.wait(self.takeover_seconds)
        return False

    def run_forever(self) -> None:
        """Until `stop` is set: catch up, wait for news, repeat; reconnect on trouble."""
        outage_since: datetime | None = None
        while not self.stop.is_set():
            if not self._lease():
                break
            self.standby = False
            try:
                conn = self.conn or self._connect()
                self._catch_up(conn, sweep=True)
                self._scan_sent(conn)
                if outage_since is not None:
                    log.info("mailbox %s: connection back after %s", self.mailbox.name,
                             datetime.now(UTC) - outage_since)
                    outage_since = None
                self.backoff.reset()
                while not self.stop.is_set() and self.lease.held():
                    self.idling = True
                    self.conn_wait(conn)
                    self.idling = False
                    self._catch_up(conn, sweep=False)
                    self._scan_sent(conn)
            except (ImapError, OSError, OperationalError, DBAPIError) as exc:
                self.idling = False
                self._drop_connection()
                metrics.watcher_error(self.mailbox.name, "database" if isinstance(
                    exc, (OperationalError, DBAPIError)) else "imap")
                if outage_since is None:
                    outage_since = datetime.now(UTC)
                    log.warning("mailbox %s: %s; reconnecting with back-off", self.mailbox.name,
                                type(exc).__name__)
                self.stop.wait(self.backoff.next_delay())
        self._drop_connection()
        self.lease.release()

    def conn_wait(self, conn: ImapConnection) -> bool:
        # wake at least every SENT_SCAN_SECONDS to look at the Sent folder
        timeout = min(self.mailbox.imap.idle_renew_seconds, SENT_SCAN_SECONDS)
        return conn.wait_for_changes(timeout, self.stop)

    def _scan_sent(self, conn: ImapConnection, force: bool = False) -> int:
        """Staff replies sent from the shared mailbox stop the case's response clock.
        The bot's own mail (our loop header) does not count."""
        now = time.monotonic()
        if not force and now - self._last_sent_scan < SENT_SCAN_SECONDS:
            return 0
        self._last_sent_scan = now
        folders = self.mailbox.imap.folders
        key = f"{self.mailbox.name}:sent"
        try:
            uidvalidity = conn.select(folders.sent)
            state = records.watermark(self.engine, key)
            if state is None or state.uidvalidity != uidvalidity:
                records.reset_watermark(self.engine, key, uidvalidity)
                last = 0
            else:
                last = state.last_uid
            hits = 0
            uids = sorted(conn.uids_from(last + 1))
            for i in range(0, len(uids), self.mailbox.imap.batch_size):
                heads = conn.fetch_headers(uids[i:i + self.mailbox.imap.batch_size])
                for uid in sorted(heads):
                    head = parse(heads[uid], truncated=True)
                    ours = head.header(LOOP_HEADER) is not None
                    match = self.intake.reference_in(head.subject)
                    ref = records.record_sent_copy(
                        self.engine, key, uidvalidity, uid, sender=head.sender,
                        thread_ids=() if ours else tuple(x for x in (head.in_reply_to, *head.references) if x),
                        reference=None if ours else match, at=head.date or datetime.now(UTC),
                        mailbox=self.mailbox.name)
                    if ref:
                        hits += 1
                        log.info("case %s answered by staff (Sent folder)", ref)
            return hits
        finally:
            conn.select(folders.inbox)

    # ---- internals -----------------------------------------------------------------

    def _connect(self) -> ImapConnection:
        conn = ImapConnection.connect(self.mailbox.imap)
        folders = self.mailbox.imap.folders
        conn.ensure_folders([folders.processed, folders.quarantine, folders.sent])
        self.conn = conn
        return conn

    def _drop_connection(self) -> None:
        if self.conn is not None:
            try:
                self.conn.logout()
            except Exception:
                pass
        self.conn = None

    def _catch_up(self, conn: ImapConnection, *, sweep: bool) -> int:
        """Record every new message, then file it. `sweep` looks at every UID in the
        inbox (after a (re)connect), else only above the watermark."""
        name = self.mailbox.name
        uidvalidity = conn.select(self.mailbox.imap.folders.inbox)
        state = records.watermark(self.engine, name)
        if state is None or state.uidvalidity != uidvalidity:
            if state is not None:
                log.warning("mailbox %s: UIDVALIDITY changed (%s -> %s); rescanning, de-duplicated "
                            "by Message-ID and content", name, state.uidvalidity, uidvalidity)
            records.reset_watermark(self.engine, name, uidvalidity)
            last, sweep = 0, True
        else:
            last = state.last_uid
        uids = sorted(conn.all_uids() if sweep else conn.uids_from(last + 1))
        self.last_poll = datetime.now(UTC)
        known = records.recorded_uids(self.engine, name, uidvalidity, uids)
        self._file(conn, uidvalidity, {u: FOLDER_OF[Disposition(d)] for u, d in known.items()})
        fresh = [u for u in uids if u not in known]
        done = 0
        for chunk in self._chunks(conn, fresh):
            if self.stop.is_set():
                break
            filed: dict[int, Folder] = {}
            for raw in self._fetch(conn, uidvalidity, chunk):
                outcome = self.intake.handle(raw)
                filed[raw.uid] = outcome.folder
                done += 1
                if outcome.reply_queued:
                    self.on_committed()
                if self.stop.is_set():
                    break  # finish the message in hand, file what is committed, stop
            self._file(conn, uidvalidity, filed)
        self.processed += done
        return done

    def _chunks(self, conn: ImapConnection, uids: list[int]) -> Iterator[list[tuple[int, int, datetime | None]]]:
        size_limit = self.mailbox.imap.max_message_bytes
        batch = self.mailbox.imap.batch_size
        for i in range(0, len(uids), batch):
            meta = conn.fetch_meta(uids[i:i + batch])
            chunk: list[tuple[int, int, datetime | None]] = []
            held = 0
            for uid in uids[i:i + batch]:
                if uid not in meta:
                    continue  # expunged meanwhile by someone else: nothing to record
                size, when = meta[uid]
                cost = min(size, size_limit)
                if chunk and held + cost > FETCH_BYTES:
                    yield chunk
                    chunk, held = [], 0
                chunk.append((uid, size, when))
                held += cost
            if chunk:
                yield chunk

    def _fetch(self, conn: ImapConnection, uidvalidity: int,
               chunk: list[tuple[int, int, datetime | None]]) -> Iterator[RawMail]:
        limit = self.mailbox.imap.max_message_bytes
        small = [u for u, size, _ in chunk if size <= limit]
        big = [u for u, size, _ in chunk if size > limit]
        bodies = conn.fetch_bodies(small) if small else {}
        heads = conn.fetch_headers(big) if big else {}
        for uid, size, when in chunk:
            if uid in bodies:
                yield RawMail(self.mailbox.name, uidvalidity, uid, bodies[uid], size, when)
            elif uid in heads:
                yield RawMail(self.mailbox.name, uidvalidity, uid, heads[uid], size, when, truncated=True)

    def _file(self, conn: ImapConnection, uidvalidity: int, outcome: dict[int, Folder]) -> None:
        """Move committed messages out of the inbox; only ever after the commit, and only
        once the commit is on disk (a power cut must not undo the record of a message
        that has left the inbox)."""
        if outcome:
            sync_to_disk(self.engine)
        for folder in (Folder.PROCESSED, Folder.QUARANTINE):
            uids = sorted(u for u, f in outcome.items() if f is folder)
            if not uids:
                continue
            target = self._folder_names[folder]
            conn.move(uids, target)
            faults.point("after_move")
            records.mark_filed(self.engine, self.mailbox.name, uidvalidity, uids, target)
