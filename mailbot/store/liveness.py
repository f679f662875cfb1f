"""Is the instance that claimed a row still alive?

On PostgreSQL every running instance holds a session advisory lock keyed by its id
for as long as its process lives; the server drops it when the process dies (even by
SIGKILL). Another instance that can take the lock knows the owner is gone and may
take over its claims at once, with no timeout to wait out. SQLite deployments are
single-instance, so any claim not ours is a leftover of a previous run.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import socket

from sqlalchemy import Connection, Engine, text


def new_instance_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


def _key(instance: str) -> int:
    return int.from_bytes(hashlib.sha256(instance.encode()).digest()[:8], "big", signed=True)


class InstanceLock:
    """Holds this instance's liveness lock on a dedicated connection."""

    def __init__(self, engine: Engine, instance: str) -> None:
        self.engine = engine
        self.instance = instance
        self._conn: Connection | None = None

    def acquire(self) -> None:
        if self.engine.dialect.name != "postgresql" or self._conn is not None:
            return
        conn = self.engine.connect()
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _key(self.instance)})
        conn.commit()
        self._conn = conn

    def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.invalidate()  # ends the session (not back to the pool), releasing the lock
            conn.close()


def is_alive(engine: Engine, instance: str | None, me: str) -> bool:
    """True when `instance` is a running process other than a dead one."""
    if instance is None:
        return False
    if instance == me:
        return True
    if engine.dialect.name != "postgresql":
        return False
    with engine.connect() as conn:
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _key(instance)}).scalar()
        if got:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _key(instance)})
        conn.commit()
    return not got


class MailboxLease:
    """Exactly one instance watches a mailbox: on PostgreSQL, whoever holds the
    advisory lock `mailbox:<name>` on a dedicated connection. A standby polls for
    the lock; when the holder dies its session ends and the lock is free at once."""

    def __init__(self, engine: Engine, mailbox: str) -> None:
        self.engine = engine
        self.key = _key(f"mailbox:{mailbox}")
        self._conn: Connection | None = None

    @property
    def shared(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def try_acquire(self) -> bool:
        if not self.shared:
            return True
        if self._conn is not None:
            return True
        conn = self.engine.connect()
        got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key}).scalar())
        conn.commit()
        if got:
            self._conn = conn
        else:
            conn.close()
        return got

    def held(self) -> bool:
        """Still ours? (A lost database connection means the lock is gone too.)"""
        if not self.shared:
            return True
        if self._conn is None:
            return False
        try:
            self._conn.execute(text("SELECT 1"))
            self._conn.commit()
            return True
        except Exception:
            self.release()
            return False

    def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.invalidate()  # a pooled session would keep holding the lock
                conn.close()
            except Exception:
                pass


class AlreadyRunning(Exception):
    """Another instance holds what this one needs."""


class SqliteSingleInstance:
    """SQLite deployments are single-instance; a second process says so and stops."""

    def __init__(self, database_path: str) -> None:
        self.path = database_path + ".lock"
        self._fh: object | None = None

    def acquire(self) -> None:
        import fcntl

        fh = open(self.path, "a+")  # noqa: SIM115 - held for the life of the process
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.close()
            raise AlreadyRunning(
                f"another mailbot instance is already running on {self.path[:-5]}; a SQLite "
                "database serves one instance only. Stop the other one, or use PostgreSQL "
                "(database.url) to run several") from None
        self._fh = fh

    def release(self) -> None:
        fh, self._fh = self._fh, None
        if fh is not None:
            fh.close()  # type: ignore[attr-defined]
