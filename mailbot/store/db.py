"""Engine from a URL (SQLite in WAL mode, or PostgreSQL) and the migration gate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# The newest migration. The daemon compares the database with this constant, so it does
# not load alembic at all (a test keeps the constant equal to alembic's head).
SCHEMA_REVISION = "0003"


class NotMigrated(Exception):
    """The database schema is not at the version this code needs."""


def make_engine(url: str) -> Engine:
    """SQLite gets WAL, foreign keys, a busy timeout and BEGIN IMMEDIATE for every
    transaction (no read-then-write upgrade deadlocks between threads). Commits are
    durable against a crash of the process at once, against a power cut once synced:
    `sync_to_disk` does that before anything irreversible happens outside the
    database (one sync per batch, not one per commit)."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)


def sync_to_disk(engine: Engine) -> None:
    """Make every commit so far survive a power cut. SQLite in WAL mode with
    synchronous=NORMAL syncs only at checkpoints, so a commit can be undone by a power
    cut; a message may leave the inbox (and a batch of replies count as sent) only once
    its record is on disk. One small write committed with synchronous=FULL syncs the WAL,
    and with it every commit before it (earlier frames of the same file, or, after a
    completed checkpoint, the synced database file). The write rewrites the database's
    user_version unchanged (SQLite leaves that number to the application; mailbot does
    not use it otherwise). A checkpoint would do too, but under steady reads and writes
    a FULL checkpoint can wait out the whole busy timeout; and opening SQLite's files
    behind its back to fsync them would drop its locks. PostgreSQL commits are on disk
    already."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return
    raw = engine.raw_connection()
    try:
        db = raw.driver_connection  # autocommit: each statement is its own transaction
        db.execute("PRAGMA synchronous=FULL")
        try:
            (version,) = db.execute("PRAGMA user_version").fetchone()
            db.execute(f"PRAGMA user_version={int(version)}")
        finally:
            db.execute("PRAGMA synchronous=NORMAL")
    finally:
        raw.close()


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    """alembic's view of the newest migration (for `db upgrade` and the tests)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(create_engine("sqlite://")))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(_alembic_config(engine), revision)
    engine.dispose()  # no idle connection left behind in the caller's pool


def require_migrated(engine: Engine) -> None:
    """Refuse to run on an unmigrated or outdated schema, saying what to run."""
    current, head = current_revision(engine), SCHEMA_REVISION
    if current != head:
        state = "has no mailbot tables" if current is None else f"is at revision {current}"
        raise NotMigrated(
            f"the database {state}; this version needs {head}. Run `mailbot db upgrade` first"
        )
