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
    reach the database file itself through sync_to_disk (read here by another process,
    which sees only that file: this one must not open SQLite's files behind its back)."""
    import subprocess
    import sys

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
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (1), (2), (3)"))
    probe = (
        "import shutil, sqlite3, sys; shutil.copyfile(sys.argv[1], sys.argv[2]); "
        "c = sqlite3.connect(sys.argv[2]); "
        "print(c.execute(\"SELECT count(*) FROM sqlite_master WHERE name = 't'\").fetchone()[0] "
        "and c.execute('SELECT count(*) FROM t').fetchone()[0])"
    )

    def rows_in_database_file() -> str:
        copy = tmp_path / "copy.sqlite3"
        copy.unlink(missing_ok=True)
        out = subprocess.run([sys.executable, "-c", probe, str(path), str(copy)],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()

    assert rows_in_database_file() == "0"  # still only in the WAL
    sync_to_disk(engine)
    assert rows_in_database_file() == "3"
    with engine.begin() as conn:  # the connections SQLite holds still work
        conn.execute(text("INSERT INTO t VALUES (4)"))
        assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 4
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    engine.dispose()
