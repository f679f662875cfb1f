"""The alembic migrations and the table definitions describe the same schema."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from mailbot.store.db import NotMigrated, current_revision, head_revision, make_engine, require_migrated, upgrade
from mailbot.store.tables import METADATA


def test_migrated_schema_matches_the_tables(database_url: str) -> None:
    engine = make_engine(database_url)
    with pytest.raises(NotMigrated, match="mailbot db upgrade"):
        require_migrated(engine)
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    require_migrated(engine)
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), METADATA)
    # SQLite cannot report some type details; anything structural would show here
    structural = [d for d in diffs if not (isinstance(d, list) and d and d[0][0] == "modify_type")]
    assert structural == []
    engine.dispose()


def test_schema_constant_is_alembics_head() -> None:
    from mailbot.store.db import SCHEMA_REVISION

    assert SCHEMA_REVISION == head_revision()


def test_sqlite_settings_and_sync_to_disk(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """WAL, foreign keys enforced, a busy timeout instead of instant lock errors; commits
    synced in batches by sync_to_disk: one small write committed with synchronous=FULL,
    which leaves the connection at NORMAL and the data as it was, and gets through while
    other threads read and write without pause (a FULL checkpoint would not)."""
    import threading

    from sqlalchemy import text

    from mailbot.store.db import sync_to_disk

    path = tmp_path / "db.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 30000
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
    wal = path.with_name(path.name + "-wal")
    before = wal.stat().st_size
    sync_to_disk(engine)
    assert wal.stat().st_size > before  # it wrote (and so synced the WAL)
    with engine.begin() as conn:  # the pooled connection is back at NORMAL
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1
        assert conn.execute(text("PRAGMA user_version")).scalar() == 0

    stop = threading.Event()

    def busy(sql: str) -> None:
        while not stop.is_set():
            with engine.begin() as conn:
                conn.execute(text(sql))

    load = [threading.Thread(target=busy, args=(q,)) for q in
            ("INSERT INTO t VALUES (1)", "SELECT count(*) FROM t")]
    for t in load:
        t.start()
    try:
        for _ in range(50):
            sync_to_disk(engine)
    finally:
        stop.set()
        for t in load:
            t.join()
    with engine.begin() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert conn.execute(text("SELECT count(*) FROM t")).scalar() > 0
    engine.dispose()
