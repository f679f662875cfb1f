"""`mailbot backup PATH`: a consistent copy of the SQLite database, safe while the
daemon runs.

SQLite's online backup API copies the database as of one read transaction; in WAL
mode readers do not block the writer, so the daemon goes on recording mail meanwhile.
The copy is written next to PATH under a temporary name, checked, made a single
self-contained file (no -wal beside it), flushed to disk and only then renamed to
PATH: an interrupted backup never leaves a half-written file under the real name.

PostgreSQL has its own tool for this: the command prints the pg_dump line for the
configured database and exits non-zero.
"""

from __future__ import annotations

import os
import shlex
import sqlite3
import sys
from pathlib import Path
from typing import TextIO

from sqlalchemy import URL, make_url

from mailbot.config import Settings

BUSY_TIMEOUT_SECONDS = 30
EX_USAGE = 64


class BackupError(Exception):
    pass


def backup(settings: Settings, dest: Path | str, out: TextIO = sys.stdout,
           err: TextIO = sys.stderr) -> int:
    url = make_url(settings.database_url)
    if url.get_backend_name() != "sqlite":
        err.write(f"mailbot backup copies SQLite databases; this one is {url.get_backend_name()}.\n"
                  f"Use pg_dump, e.g.:\n  {pg_dump_command(settings.database_url, dest)}\n"
                  "and pg_restore to bring it back (see README.md, Backups).\n")
        return EX_USAGE
    try:
        path, pages, size = copy_sqlite(Path(url.database or ""), Path(dest))
    except BackupError as exc:
        err.write(f"mailbot backup: {exc}\n")
        return 1
    out.write(f"backed up {url.database} to {path}: {pages} pages, {size / 1e6:.1f} MB, "
              "integrity ok\n")
    return 0


def pg_dump_command(database_url: str, dest: Path | str) -> str:
    """The pg_dump invocation for this database, without the password (it belongs in
    ~/.pgpass or PGPASSFILE)."""
    url = make_url(database_url)
    target = URL.create("postgresql", username=url.username, host=url.host, port=url.port,
                        database=url.database, query=url.query).render_as_string()
    return f"pg_dump --format=custom --file={shlex.quote(str(dest))} {shlex.quote(target)}"


def copy_sqlite(source: Path, dest: Path) -> tuple[Path, int, int]:
    """Copy `source` to `dest` (a file, or a directory to put it in) atomically;
    returns the copy's path, pages and size in bytes."""
    if not source.is_file():
        raise BackupError(f"no database at {source}; nothing to back up")
    if dest.is_dir():
        dest = dest / source.name
    if dest.resolve() == source.resolve():
        raise BackupError("the backup cannot overwrite the database itself")
    if not dest.parent.is_dir():
        raise BackupError(f"directory {dest.parent} does not exist")
    tmp = dest.with_name(f".{dest.name}.partial-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    # the copy holds personal data: readable by its owner only, from the first byte
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_SECONDS)  # reads only
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)  # all pages in one step: one consistent snapshot
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                check = dst.execute("PRAGMA integrity_check").fetchone()[0]
                if check != "ok":
                    raise BackupError(f"the copy fails its integrity check: {check}")
                pages = int(dst.execute("PRAGMA page_count").fetchone()[0])
            finally:
                dst.close()
        finally:
            src.close()
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except sqlite3.Error as exc:
        raise BackupError(f"cannot copy {source}: {exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return dest, pages, dest.stat().st_size


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
