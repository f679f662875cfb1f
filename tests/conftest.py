"""Shared fixtures: real servers, started once per session, fresh state per test.

A missing server binary skips the tests that need it, unless
MAILBOT_REQUIRE_SERVERS=1 (CI), where it fails them instead.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import secrets
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

# `tests.servers` is shared with benchmarks/ and the demo's tests: import it from
# the repository root however pytest was started.
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from tests.servers import (
    DovecotServer,
    ImapAccount,
    PostgresCluster,
    PymapServer,
    ServerUnavailable,
    SmtpSink,
)

_counter = itertools.count(1)


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("MAILBOT_REQUIRE_SERVERS") == "1":
        pytest.fail(f"{reason} (MAILBOT_REQUIRE_SERVERS=1)", pytrace=False)
    pytest.skip(reason)


def _unique(prefix: str) -> str:
    return f"{prefix}{next(_counter)}x{secrets.token_hex(3)}"


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """A private Dovecot for the whole session (stop costs ~1 s)."""
    if not DovecotServer.available():
        _unavailable("dovecot is not installed (apt-get install dovecot-imapd)")
    # TLS (imaps + STARTTLS) when a test certificate can be made.
    server = DovecotServer(tls=shutil.which("openssl") is not None)
    try:
        server.start()
    except ServerUnavailable as exc:
        _unavailable(str(exc))
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def pymap_server() -> Iterator[PymapServer]:
    """pymap's in-memory server on a background thread for the whole session."""
    if not PymapServer.available():
        _unavailable("pymap is not installed (pip install -e '.[demo]')")
    server = PymapServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """A throwaway PostgreSQL cluster for the whole session."""
    if not PostgresCluster.available():
        _unavailable("PostgreSQL is not installed (apt-get install postgresql)")
    cluster = PostgresCluster()
    try:
        cluster.start()
    except ServerUnavailable as exc:
        _unavailable(str(exc))
    try:
        yield cluster
    finally:
        cluster.close()


@pytest.fixture(params=["dovecot", "pymap"])
def imap_server(request: pytest.FixtureRequest) -> ImapAccount:
    """Runs the test once per IMAP server, each time with a new user (empty INBOX).

    Limit a test to one server with
    `@pytest.mark.parametrize("imap_server", ["dovecot"], indirect=True)`.
    """
    kind: str = request.param
    server = request.getfixturevalue("dovecot" if kind == "dovecot" else "pymap_server")
    user = _unique("user")
    password = secrets.token_hex(8)
    server.add_user(user, password)
    return ImapAccount(kind, server.host, server.port, user, password, server)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database per test: a SQLite file in tmp_path, or a new PG database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mailbot.sqlite3'}"
        return
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    name = _unique("test_")
    url = cluster.create_database(name)
    try:
        yield url
    finally:
        # A leftover database in a throwaway cluster is harmless.
        with contextlib.suppress(Exception):
            cluster.drop_database(name)


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """An SMTP server on a free port that records messages and can fail on demand."""
    sink = SmtpSink().start()
    try:
        yield sink
    finally:
        sink.stop()
