"""The outbox relay: sends only committed rows, and never twice.

Row states: pending -> sending (claimed) -> accepted (the SMTP server took it; committed
straight away) -> sent (a copy is in the IMAP Sent folder). After a crash, a row left in
`sending` is looked up in the Sent folder by Message-ID before it is sent again; a row
in `accepted` is only filed, never re-sent. Temporary failures retry with back-off until
the row's give-up time; permanent ones are marked failed and recorded on the case.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, bindparam, update
from sqlmodel import Session, col, select

from mailbot import faults, metrics
from mailbot.config import MailboxSettings, Settings
from mailbot.imap import ImapConnection, ImapError
from mailbot.smtp import SendFailure, SmtpSender
from mailbot.store.db import sync_to_disk
from mailbot.store.liveness import InstanceLock, is_alive, new_instance_id
from mailbot.store.tables import Case, CaseEvent, Outbox, utcnow

log = logging.getLogger(__name__)

CLAIM_BATCH = 50
RECOVER_SECONDS = 10.0  # how often claims of dead instances are looked for
_OUT = Outbox.__table__  # type: ignore[attr-defined]
# The one write between a server's 250 and anything else: built once, so recording
# the acceptance costs one small committed UPDATE.
_ACCEPTED = update(_OUT).where(_OUT.c.id == bindparam("b_id")).values(
    status="accepted", accepted_at=bindparam("b_at"))
_INSERT_EVENT = CaseEvent.__table__.insert()  # type: ignore[attr-defined]
_DUE = (select(_OUT.c.id, _OUT.c.mailbox, _OUT.c.case_id, _OUT.c.recipient, _OUT.c.message_id,
               _OUT.c.raw, _OUT.c.attempts, _OUT.c.give_up_at)
        .where(_OUT.c.status == "pending", _OUT.c.next_attempt_at <= bindparam("b_now"))
        .order_by(_OUT.c.id).limit(bindparam("b_limit")).with_for_update(skip_locked=True))
_CLAIM = update(_OUT).where(_OUT.c.id == bindparam("b_id")).values(
    status="sending", attempts=bindparam("b_attempts"), claimed_by=bindparam("b_by"),
    claimed_at=bindparam("b_at"))


class SentFolder:
    """Files copies of sent mail in one mailbox's Sent folder, on a thread of its own
    (imapclient connections are not thread-safe)."""

    def __init__(self, mailbox: MailboxSettings) -> None:
        self.mailbox = mailbox
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"sent-{mailbox.name}")
        self._conn: ImapConnection | None = None

    def _connection(self) -> ImapConnection:
        if self._conn is None:
            conn = ImapConnection.connect(self.mailbox.imap)
            conn.ensure_folders([self.mailbox.imap.folders.sent])
            self._conn = conn
        return self._conn

    def _call(self, fn_name: str, *args: object) -> object:
        try:
            return getattr(self._connection(), fn_name)(*args)
        except (ImapError, OSError):
            self._reset()
            raise

    def _reset(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.logout()
            except Exception:
                pass

    async def append_many(self, messages: list[bytes]) -> None:
        folder = self.mailbox.imap.folders.sent
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self.executor, self._call, "append_many", folder, messages)

    async def contains(self, message_id: str) -> bool:
        folder = self.mailbox.imap.folders.sent
        loop = asyncio.get_running_loop()
        return bool(await loop.run_in_executor(self.executor, self._call, "has_message_id",
                                               folder, message_id))

    def close(self) -> None:
        self.executor.submit(self._reset)
        self.executor.shutdown(wait=True)


@dataclass(frozen=True, slots=True)
class Claimed:
    id: int
    mailbox: str
    case_id: int | None
    recipient: str
    message_id: str
    data: bytes
    attempts: int
    give_up_at: datetime


class OutboxRelay:
    def __init__(self, settings: Settings, engine: Engine) -> None:
        self.settings = settings
        self.engine = engine
        self.instance = new_instance_id()
        self.lock = InstanceLock(engine, self.instance)
        # one session per parallel send; a mail is on at most one of them at a time
        self.senders = [SmtpSender(settings.smtp) for _ in range(settings.smtp.connections)]
        self.sent = {mb.name: SentFolder(mb) for mb in settings.mailboxes}
        self.envelope_from = {mb.name: mb.organisation.sender_address for mb in settings.mailboxes}
        self.wake = asyncio.Event()
        self._window: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None
        self._refs: dict[int, str] = {}
        self.sent_count = 0
        self.failed_count = 0

    # ---- the loop ----------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        """Relay until stopped: wake on new rows, or when the next retry is due."""
        await self.recover()
        last_recover = asyncio.get_running_loop().time()
        while not stop.is_set():
            try:
                now = asyncio.get_running_loop().time()
                if now - last_recover >= RECOVER_SECONDS:  # another instance may have died
                    await self.recover()
                    last_recover = now
                await self.drain()
            except Exception:
                log.exception("outbox relay pass failed; retrying shortly")
            delay = min(self._seconds_to_next_due(), RECOVER_SECONDS)
            self.wake.clear()
            waiters = [asyncio.ensure_future(self.wake.wait()), asyncio.ensure_future(stop.wait())]
            await asyncio.wait(waiters, timeout=delay, return_when=asyncio.FIRST_COMPLETED)
            for w in waiters:
                w.cancel()

    def notify(self) -> None:
        self.wake.set()

    async def close(self) -> None:
        self.lock.release()
        for sender in self.senders:
            await sender.close()
        for folder in self.sent.values():
            await asyncio.to_thread(folder.close)

    # ---- recovery ------------------------------------------------------------------

    async def recover(self) -> None:
        """Settle rows a crashed instance left behind, without sending anything twice."""
        self.lock.acquire()
        with Session(self.engine) as s:
            rows = s.exec(select(Outbox).where(col(Outbox.status).in_(("sending", "accepted")))).all()
            owners = {r.claimed_by for r in rows}
            dead = {o for o in owners if not is_alive(self.engine, o, self.instance)}
            pending = [(r.id, r.status, r.mailbox, r.message_id, r.raw) for r in rows
                       if r.claimed_by in dead]
        for row_id, status, mailbox, message_id, raw in pending:
            assert row_id is not None
            try:
                if status == "accepted" or await self.sent[mailbox].contains(message_id):
                    if status == "accepted" and not await self.sent[mailbox].contains(message_id):
                        await self.sent[mailbox].append_many([raw or b""])
                    self._finish([row_id], "sent")
                    log.info("outbox #%s: found sent before the restart; not sending again", row_id)
                else:
                    self._set(row_id, status="pending", claimed_by=None, claimed_at=None)
            except (ImapError, OSError) as exc:
                log.warning("outbox #%s: cannot check the Sent folder (%s); will retry",
                            row_id, type(exc).__name__)

    # ---- sending ------------------------------------------------------------------

    async def drain(self) -> int:
        """Send every row that is due now; returns how many were accepted. A batch's
        copies are filed in Sent while the next batch is sent (its rows are accepted
        already, so a crash in between only leaves filing to do)."""
        total = 0
        await self._file_accepted()
        filing: asyncio.Task[None] | None = None
        try:
            while True:
                batch = self._claim()
                if not batch:
                    return total
                accepted = await self._send_batch(batch)
                if accepted:  # on disk before the next batch: a power cut resends at most this one
                    await asyncio.to_thread(sync_to_disk, self.engine)
                total += len(accepted)
                if filing is not None:
                    await filing
                filing = asyncio.create_task(self._file(accepted))
        finally:
            if filing is not None:
                await filing

    async def _send_batch(self, batch: list[Claimed]) -> list[Claimed]:
        """Send a claimed batch over the parallel sessions; returns the accepted rows in
        claim order. After an unexpected error (the database, say) no further mail of the
        batch is started: those rows stay claimed, as a crash would leave them."""
        waiting = deque(batch)
        done: set[int] = set()
        failure: list[BaseException] = []

        async def worker(sender: SmtpSender) -> None:
            while waiting and not failure:
                item = waiting.popleft()
                try:
                    if await self._send(sender, item):
                        done.add(item.id)
                except BaseException as exc:
                    failure.append(exc)
                    raise

        workers = self.senders[:len(batch)]
        await asyncio.gather(*(worker(s) for s in workers), return_exceptions=True)
        if failure:
            raise failure[0]
        return [item for item in batch if item.id in done]

    async def _send(self, sender: SmtpSender, item: Claimed) -> bool:
        """MAIL, RCPT, DATA and the content may run beside other mails; the end of data
        and the `accepted` record run under the window lock, so a crash catches at most
        one mail between the server's 250 and its record (that one is sent again, under
        the same Message-ID); a mail without its end of data is not delivered."""
        window = self._window_lock()
        async with window:
            faults.point("before_smtp")
        try:
            await sender.begin(self.envelope_from[item.mailbox], item.recipient, item.data)
        except SendFailure as exc:
            self._failed(item, exc)
            return False
        async with window:
            try:
                await sender.end()
            except SendFailure as exc:
                self._failed(item, exc)
                return False
            faults.point("after_smtp_accept")
            self._accepted(item.id)  # committed before anything else happens to this mail
            faults.point("after_accept")
        metrics.outbox_sent(item.mailbox)
        return True

    def _window_lock(self) -> asyncio.Lock:
        """The lock of this event loop (a relay may be driven by more than one asyncio.run)."""
        loop = asyncio.get_running_loop()
        if self._window is None or self._window[0] is not loop:
            self._window = (loop, asyncio.Lock())
        return self._window[1]

    def _accepted(self, row_id: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(_ACCEPTED, {"b_id": row_id, "b_at": utcnow()})

    async def _file(self, items: list[Claimed]) -> None:
        by_mailbox: dict[str, list[Claimed]] = {}
        for item in items:
            by_mailbox.setdefault(item.mailbox, []).append(item)
        for mailbox, group in by_mailbox.items():
            try:
                await self.sent[mailbox].append_many([i.data for i in group])
            except (ImapError, OSError) as exc:
                log.warning("mailbox %s: cannot file %d sent replies in Sent yet (%s)",
                            mailbox, len(group), type(exc).__name__)
                continue
            self._finish([i.id for i in group], "sent")
            for i in group:
                log.info("reply sent case=%s outbox=#%s", self._reference(i.case_id), i.id)

    async def _file_accepted(self) -> None:
        """Rows the server accepted whose copy could not be filed yet (IMAP was down)."""
        with Session(self.engine) as s:
            rows = s.exec(select(Outbox).where(Outbox.status == "accepted",
                                               Outbox.claimed_by == self.instance)).all()
            items = [Claimed(r.id or 0, r.mailbox, r.case_id, r.recipient or "", r.message_id,
                             r.raw or b"", r.attempts, r.give_up_at) for r in rows]
        if items:
            await self._file(items)

    def _claim(self) -> list[Claimed]:
        """Take up to CLAIM_BATCH due rows (rows other instances hold are skipped)."""
        now = utcnow()
        with self.engine.begin() as conn:
            rows = conn.execute(_DUE, {"b_now": now, "b_limit": CLAIM_BATCH}).all()
            claimed = [Claimed(r.id, r.mailbox, r.case_id, r.recipient or "", r.message_id,
                               r.raw or b"", r.attempts + 1, r.give_up_at) for r in rows]
            if claimed:
                conn.execute(_CLAIM, [{"b_id": c.id, "b_attempts": c.attempts,
                                       "b_by": self.instance, "b_at": now} for c in claimed])
        ids = {c.case_id for c in claimed if c.case_id is not None} - self._refs.keys()
        if ids:  # case references for the log lines, one query per batch
            if len(self._refs) > 10_000:
                self._refs.clear()
            with Session(self.engine) as s:
                self._refs.update(s.exec(select(Case.id, Case.reference)
                                         .where(col(Case.id).in_(ids))).all())
        faults.point("after_claim")
        return claimed

    def _failed(self, item: Claimed, exc: SendFailure) -> None:
        now = utcnow()
        base, cap = self.settings.smtp.retry_base_seconds, self.settings.smtp.retry_max_seconds
        delay = random.uniform(0.5, 1.0) * min(cap, base * 2 ** (item.attempts - 1))
        if _testing:
            delay = 0.05
        retry_at = now + timedelta(seconds=delay)
        gave_up = exc.permanent or retry_at > item.give_up_at
        metrics.outbox_failed(item.mailbox, gave_up=gave_up)
        if gave_up:
            why = "permanent failure" if exc.permanent else "gave up after repeated temporary failures"
            self._set(item.id, status="failed", last_error=str(exc))
            self._event(item, "reply_failed", {"reason": why, "error": str(exc)})
            self.failed_count += 1
            log.warning("reply failed case=%s outbox=#%s: %s", self._reference(item.case_id),
                        item.id, why)
        else:
            self._set(item.id, status="pending", next_attempt_at=retry_at, last_error=str(exc),
                      claimed_by=None, claimed_at=None)
            log.info("outbox #%s: temporary failure, retry in %.0f s", item.id, delay)

    # ---- small database helpers ------------------------------------------------------------

    def _set(self, row_id: int, **values: object) -> None:
        with self.engine.begin() as conn:  # one small committed update, no ORM session
            conn.execute(update(Outbox).where(col(Outbox.id) == row_id).values(**values))

    def _finish(self, ids: list[int], status: str) -> None:
        now = utcnow()
        with Session(self.engine) as s:
            s.exec(update(Outbox).where(col(Outbox.id).in_(ids))  # type: ignore[call-overload]
                   .values(status=status, sent_at=now))
            rows = s.exec(select(Outbox.id, Outbox.case_id, Outbox.message_id)
                          .where(col(Outbox.id).in_(ids))).all()
            events = [{"case_id": case_id, "at": now, "kind": "reply_sent", "actor": "mailbot",
                       "outbox_id": oid, "inbound_id": None, "detail": {"message_id": mid}}
                      for oid, case_id, mid in rows if case_id is not None]
            if events:
                s.connection().execute(_INSERT_EVENT, events)
            s.commit()
        self.sent_count += len(ids)

    def _event(self, item: Claimed, kind: str, detail: dict[str, object]) -> None:
        if item.case_id is None:
            return
        with Session(self.engine) as s:
            s.add(CaseEvent(case_id=item.case_id, at=utcnow(), kind=kind, actor="mailbot",
                            outbox_id=item.id, detail=detail))
            s.commit()

    def _reference(self, case_id: int | None) -> str:
        if case_id is None:
            return "-"
        if case_id not in self._refs:
            with Session(self.engine) as s:
                case = s.get(Case, case_id)
                self._refs[case_id] = case.reference if case else "-"
        return self._refs[case_id]

    def _seconds_to_next_due(self) -> float:
        with Session(self.engine) as s:
            nxt = s.exec(select(Outbox.next_attempt_at).where(Outbox.status == "pending")
                         .order_by(col(Outbox.next_attempt_at)).limit(1)).first()
        if nxt is None:
            return 60.0
        return max(0.0, min(60.0, (nxt - utcnow()).total_seconds()))

    def pending_count(self) -> int:
        with Session(self.engine) as s:
            return len(s.exec(select(Outbox.id).where(col(Outbox.status).in_(("pending", "sending")))).all())


_testing = False


def set_testing(on: bool) -> None:
    """Retry delays of ~0 for tests (like stamina's testing switch)."""
    global _testing
    _testing = on
