"""`mailbot backup`: a consistent copy of a SQLite database that is being written to by a
running daemon and by a busy writer; PostgreSQL gets the pg_dump command instead."""

from __future__ import annotations

import secrets
import sqlite3
import stat
import threading
from pathlib import Path
from typing import Any, Self

import pytest

from mailbot.backup import BackupError, copy_sqlite, pg_dump_command
from mailbot.store.db import head_revision, make_engine, require_migrated
from tests.harness import DaemonThread, mail, query, run_cli, settings_for, write_config
from tests.servers import append_messages


class BusyWriter:
    """Commits as fast as it can: a 4 KiB row and, in the same transaction, its number
    in mailbot's own watermark table. A consistent copy has the two in step."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.stop = threading.Event()
        self.commits = 0
        self.during_backup = 0
        self.error: BaseException | None = None
        conn = sqlite3.connect(path, timeout=30)
        conn.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB NOT NULL)")
        conn.execute("INSERT INTO mailbox_state (mailbox, uidvalidity, last_uid, updated_at) "
                     "VALUES ('filler', 1, 0, '2026-01-01 00:00:00')")
        conn.commit()
        conn.close()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            while not self.stop.is_set():
                conn.execute("BEGIN IMMEDIATE")
                cur = conn.execute("INSERT INTO filler (data) VALUES (randomblob(4096))")
                conn.execute("UPDATE mailbox_state SET last_uid = ? WHERE mailbox = 'filler'",
                             (cur.lastrowid,))
                conn.execute("COMMIT")
                self.commits += 1
                self.stop.wait(0.001)  # let the daemon's writers in now and then
            conn.close()
        except BaseException as exc:  # surfaced in the test
            self.error = exc

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(30)
        if self.error:
            raise self.error


@pytest.mark.integration
@pytest.mark.parametrize("imap_server", ["pymap"], indirect=True)
def test_backup_of_a_live_database(imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    source = tmp_path / "state" / "mailbot.sqlite3"
    db = f"sqlite:///{source}"
    settings = settings_for(tmp_path, imap_server, smtp_sink, db)
    config = write_config(tmp_path, imap_server, smtp_sink, db)
    dest = tmp_path / "backups" / "mailbot-backup.sqlite3"
    dest.parent.mkdir()

    def deliver(n: int, start: int = 0) -> None:
        append_messages(imap_server.host, imap_server.port, imap_server.user,
                        imap_server.password, "INBOX",
                        [mail(f"klant{i}@example.nl", f"Vraag {i}", f"Hoe werkt functie {i}?")
                         for i in range(start, start + n)])

    writer = BusyWriter(source)
    with DaemonThread(settings), writer:
        deliver(3)
        smtp_sink.wait_for(3)
        while writer.commits < 2000:  # a database of some megabytes
            threading.Event().wait(0.05)
        deliver(20, start=3)  # the daemon records these while the backup runs
        before = writer.commits
        result = run_cli(config, "backup", str(dest))
        writer.during_backup = writer.commits - before
        smtp_sink.wait_for(23, timeout=30)  # the daemon went on undisturbed

    print(result.stdout, result.stderr)
    print(f"{writer.commits} writer commits, {writer.during_backup} during the backup")
    assert result.returncode == 0, result.stderr
    assert f"to {dest}:" in result.stdout and "integrity ok" in result.stdout
    assert writer.during_backup > 0  # the writer was not held up by the backup
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600  # personal data: owner only
    assert not list(dest.parent.glob(".*partial*"))  # no temporary file left behind
    assert not Path(f"{dest}-wal").exists()  # one self-contained file

    copy = sqlite3.connect(dest)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        rows, last = copy.execute("SELECT count(*), max(id) FROM filler").fetchone()
        (mark,) = copy.execute(
            "SELECT last_uid FROM mailbox_state WHERE mailbox = 'filler'").fetchone()
        assert rows == last == mark >= 2000  # one snapshot: the watermark matches the rows
        cases = copy.execute('SELECT count(*) FROM "case"').fetchone()[0]
        assert 3 <= cases <= 23
    finally:
        copy.close()
    live_cases = len(query(db, 'SELECT id FROM "case"'))
    assert live_cases == 23 and writer.commits > mark

    # mailbot itself takes the copy as its database
    engine = make_engine(f"sqlite:///{dest}")
    try:
        require_migrated(engine)
    finally:
        engine.dispose()
    assert query(f"sqlite:///{dest}", "SELECT version_num FROM alembic_version") == [
        (head_revision(),)]


def test_backup_into_a_directory_and_its_refusals(tmp_path: Path) -> None:
    source = tmp_path / "mailbot.sqlite3"
    conn = sqlite3.connect(source)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    (tmp_path / "out").mkdir()

    path, pages, size = copy_sqlite(source, tmp_path / "out")
    assert path == tmp_path / "out" / "mailbot.sqlite3" and pages >= 2 and size == path.stat().st_size
    assert sqlite3.connect(path).execute("SELECT x FROM t").fetchall() == [(1,)]
    with pytest.raises(BackupError, match="cannot overwrite the database itself"):
        copy_sqlite(source, tmp_path)
    with pytest.raises(BackupError, match="does not exist"):
        copy_sqlite(source, tmp_path / "nowhere" / "copy.sqlite3")
    with pytest.raises(BackupError, match="nothing to back up"):
        copy_sqlite(tmp_path / "missing.sqlite3", tmp_path / "copy.sqlite3")


@pytest.mark.integration
@pytest.mark.parametrize("imap_server", ["pymap"], indirect=True)
def test_postgresql_is_pointed_at_pg_dump(imap_server: Any, smtp_sink: Any, postgres: Any,
                                         tmp_path: Path) -> None:
    url = postgres.create_database(f"backup_{secrets.token_hex(4)}")
    config = write_config(tmp_path, imap_server, smtp_sink, url)

    result = run_cli(config, "backup", str(tmp_path / "dump"))

    assert result.returncode != 0
    assert "pg_dump --format=custom" in result.stderr
    assert f"--file={tmp_path / 'dump'}" in result.stderr
    assert "postgresql://" in result.stderr and "+psycopg" not in result.stderr
    assert not (tmp_path / "dump").exists()


def test_pg_dump_command_leaves_the_password_out() -> None:
    cmd = pg_dump_command("postgresql+psycopg://mailbot:s3cret@db.internal:5433/mailbot"
                          "?sslmode=require", "/var/backups/mailbot dump.pgc")
    assert "s3cret" not in cmd
    assert cmd == ("pg_dump --format=custom --file='/var/backups/mailbot dump.pgc' "
                   "'postgresql://mailbot@db.internal:5433/mailbot?sslmode=require'")
