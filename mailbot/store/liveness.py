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
            conn.close()  # ends the session, which releases the lock


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
