"""mailbot.imap against real servers (Dovecot and pymap): no mocks.

UIDs are never hard-coded: Dovecot starts at 1, pymap at 101.
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient  # type: ignore[import-untyped]

from mailbot import imap as imap_module
from mailbot.config import ImapSettings
from mailbot.imap import (
    Backoff,
    ImapAuthError,
    ImapConnection,
    ImapError,
    ImapUnsupportedError,
)
from tests.servers import DovecotServer, ImapAccount, append_messages, free_port

pytestmark = pytest.mark.integration

# restart() and reset_uidvalidity() need mail on disk, and TLS needs a certificate.
dovecot_only = pytest.mark.parametrize("imap_server", ["dovecot"], indirect=True)


def message(n: int, message_id: str | None = None, size: int = 0) -> bytes:
    mid = message_id or f"<m{n}.{time.monotonic_ns()}@example.test>"
    body = f"Hallo, dit is bericht {n}.\r\n" + "x" * size
    return (
        f"From: Klant {n} <klant{n}@example.test>\r\n"
        f"To: info@example.org\r\n"
        f"Subject: Bericht {n}\r\n"
        f"Message-ID: {mid}\r\n"
        f"Date: Mon, 02 Mar 2026 10:00:00 +0100\r\n"
        f"\r\n{body}\r\n"
    ).encode()


@pytest.fixture
def make_settings(imap_server: ImapAccount, tmp_path: Path) -> Callable[..., ImapSettings]:
    secret = tmp_path / "imap-password"
    secret.write_text(imap_server.password)

    def build(**overrides: Any) -> ImapSettings:
        values = imap_server.settings_dict(
            **{"password_file": str(secret), "timeout_seconds": 10.0, **overrides}
        )
        return ImapSettings.model_validate(values)

    return build


@pytest.fixture
def conn(make_settings: Callable[..., ImapSettings]) -> Iterator[ImapConnection]:
    connection = ImapConnection.connect(make_settings())
    connection.select("INBOX")
    yield connection
    connection.logout()


def seed(account: ImapAccount, messages: list[bytes], folder: str = "INBOX") -> None:
    append_messages(account.host, account.port, account.user, account.password, folder, messages)


def other_client(account: ImapAccount) -> IMAPClient:
    client = IMAPClient(account.host, account.port, ssl=False, timeout=10)
    client.login(account.user, account.password)
    return client


def test_capabilities_read_after_login(conn: ImapConnection) -> None:
    # pymap announces MOVE/IDLE/UIDPLUS only once authenticated.
    assert conn.has_idle and conn.has_move and conn.has_uidplus


def test_wrong_password_is_an_auth_error(
    make_settings: Callable[..., ImapSettings], tmp_path: Path
) -> None:
    wrong = tmp_path / "wrong"
    wrong.write_text("not-the-password")
    with pytest.raises(ImapAuthError):
        ImapConnection.connect(make_settings(password_file=str(wrong)))


def test_unreachable_server_is_an_imap_error(make_settings: Callable[..., ImapSettings]) -> None:
    with pytest.raises(ImapError):
        ImapConnection.connect(make_settings(port=free_port(), timeout_seconds=2.0))


def test_uids_from_after_appends(imap_server: ImapAccount, conn: ImapConnection) -> None:
    assert conn.all_uids() == []
    assert conn.uids_from(1) == []
    seed(imap_server, [message(i) for i in range(5)])
    uids = conn.all_uids()
    assert len(uids) == 5 and uids == sorted(uids)
    assert conn.uids_from(0) == uids
    assert conn.uids_from(uids[2]) == uids[2:]
    # "UID n:*" matches the highest UID even when n is above it: filtered out.
    assert conn.uids_from(uids[-1] + 1) == []
    assert conn.uids_from(uids[-1] + 1000) == []


def test_fetch_never_sets_seen(imap_server: ImapAccount, conn: ImapConnection) -> None:
    data = [message(1), message(2, size=5000)]
    seed(imap_server, data)
    uids = conn.all_uids()

    bodies = conn.fetch_bodies(uids)
    headers = conn.fetch_headers(uids)
    meta = conn.fetch_meta(uids)

    assert [bodies[u] for u in uids] == data
    for uid, raw in zip(uids, data, strict=True):
        assert headers[uid].endswith(b"\r\n\r\n")
        assert raw.startswith(headers[uid])
        size, when = meta[uid]
        assert size == len(raw)
        assert when is not None and when.utcoffset() is not None
    assert all(b"\\Seen" not in flags for flags in conn.flags(uids).values())
    # and as seen from another session
    client = other_client(imap_server)
    try:
        client.select_folder("INBOX", readonly=True)
        assert client.search(["UNSEEN"]) == uids
    finally:
        client.logout()


def test_fetch_skips_vanished_uids(imap_server: ImapAccount, conn: ImapConnection) -> None:
    seed(imap_server, [message(1)])
    (uid,) = conn.all_uids()
    assert conn.fetch_bodies([uid, uid + 50]).keys() == {uid}
    assert conn.fetch_meta([uid + 50]) == {}


def test_ensure_folders_creates_missing_only(conn: ImapConnection) -> None:
    created = conn.ensure_folders(["INBOX", "Processed", "Quarantine", "Archive/2026"])
    assert sorted(created) == ["Archive/2026", "Processed", "Quarantine"]
    assert conn.ensure_folders(["Processed", "Quarantine", "Archive/2026", "Sent"]) == ["Sent"]
    for folder in ("Processed", "Archive/2026", "Sent"):
        assert conn.select(folder) > 0
    conn.select("INBOX")


@pytest.mark.parametrize("path", ["move", "copy+uid-expunge"])
def test_move_leaves_other_deleted_messages(
    imap_server: ImapAccount, conn: ImapConnection, path: str
) -> None:
    """The bare-EXPUNGE trap: a message a person flagged \\Deleted must survive."""
    conn.ensure_folders(["Processed"])
    seed(imap_server, [message(i) for i in range(4)])
    keep_deleted, moved, other, moved_too = conn.all_uids()
    client = other_client(imap_server)
    try:
        client.select_folder("INBOX")
        client.add_flags([keep_deleted], [b"\\Deleted"])
    finally:
        client.logout()
    if path != "move":
        conn._capabilities = conn.capabilities - {"MOVE"}
        assert not conn.has_move and conn.has_uidplus

    conn.move([moved, moved_too], "Processed")

    assert conn.all_uids() == [keep_deleted, other]
    assert b"\\Deleted" in conn.flags([keep_deleted])[keep_deleted]
    conn.select("Processed")
    assert len(conn.all_uids()) == 2
    assert all(b"\\Deleted" not in f for f in conn.flags(conn.all_uids()).values())


def test_move_refuses_without_move_and_uidplus(
    imap_server: ImapAccount, conn: ImapConnection
) -> None:
    conn.ensure_folders(["Processed"])
    seed(imap_server, [message(1), message(2)])
    uids = conn.all_uids()
    conn._capabilities = conn.capabilities - {"MOVE", "UIDPLUS"}
    with pytest.raises(ImapUnsupportedError):
        conn.move(uids[:1], "Processed")
    assert conn.all_uids() == uids
    assert all(b"\\Deleted" not in f for f in conn.flags(uids).values())


def test_append_and_has_message_id(imap_server: ImapAccount, conn: ImapConnection) -> None:
    conn.ensure_folders(["Sent"])
    seed(imap_server, [message(1)])
    inbox_uids = conn.all_uids()
    raw = message(7, message_id="<reply-42.abc@example.org>")

    uid = conn.append("Sent", raw)

    assert conn.selected == "INBOX"
    assert conn.has_message_id("Sent", "reply-42.abc@example.org")
    assert conn.has_message_id("Sent", "<reply-42.abc@example.org>")
    assert not conn.has_message_id("Sent", "ply-42.abc@example.org")  # substring only
    assert not conn.has_message_id("INBOX", "reply-42.abc@example.org")
    # the previously selected folder is selected again
    assert conn.selected == "INBOX"
    assert conn.all_uids() == inbox_uids
    conn.select("Sent")
    sent_uids = conn.all_uids()
    assert len(sent_uids) == 1
    if uid is not None:  # APPENDUID (UIDPLUS)
        assert sent_uids == [uid]
    assert b"\\Seen" in conn.flags(sent_uids)[sent_uids[0]]
    assert conn.fetch_bodies(sent_uids)[sent_uids[0]] == raw


def test_has_message_id_with_nothing_selected(
    make_settings: Callable[..., ImapSettings],
) -> None:
    with ImapConnection.connect(make_settings()) as conn:
        conn.ensure_folders(["Sent"])
        conn.append("Sent", message(1, message_id="<x1@example.org>"))
        assert conn.has_message_id("Sent", "x1@example.org")
        assert conn.selected is None
        conn.select("Sent")
        assert len(conn.all_uids()) == 1


def _append_later(account: ImapAccount, delay: float) -> threading.Thread:
    def run() -> None:
        time.sleep(delay)
        seed(account, [message(99)])

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_wait_for_changes_wakes_on_append(imap_server: ImapAccount, conn: ImapConnection) -> None:
    assert conn.has_idle
    stop = threading.Event()
    thread = _append_later(imap_server, 0.3)
    started = time.monotonic()
    assert conn.wait_for_changes(10.0, stop) is True
    assert time.monotonic() - started < 3.0  # Dovecot pushes ~0.5 s after the APPEND
    thread.join()
    assert len(conn.uids_from(1)) == 1
    conn.noop()  # the connection is usable after DONE


def test_wait_for_changes_times_out(conn: ImapConnection) -> None:
    started = time.monotonic()
    assert conn.wait_for_changes(1.0, threading.Event()) is False
    assert 0.9 <= time.monotonic() - started < 2.5
    assert conn.uids_from(1) == []


def test_wait_for_changes_honours_stop(conn: ImapConnection) -> None:
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    started = time.monotonic()
    assert conn.wait_for_changes(30.0, stop) is False
    assert time.monotonic() - started < 1.5
    conn.noop()


def test_wait_for_changes_renews_idle(
    imap_server: ImapAccount, make_settings: Callable[..., ImapSettings]
) -> None:
    with ImapConnection.connect(make_settings(idle_renew_seconds=0.2)) as conn:
        conn.select("INBOX")
        thread = _append_later(imap_server, 0.9)  # after several DONE/IDLE rounds
        assert conn.wait_for_changes(10.0, threading.Event()) is True
        thread.join()
        assert len(conn.uids_from(1)) == 1


def test_change_seen_outside_idle_is_not_lost(
    imap_server: ImapAccount, conn: ImapConnection
) -> None:
    """An EXISTS that arrives with another command's response still wakes the wait."""
    assert conn.uids_from(1) == []
    seed(imap_server, [message(1)])
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        conn.noop()  # the server reports the new message here, not during IDLE
        if conn._client._imap.untagged_responses.get("EXISTS"):
            break
        time.sleep(0.05)
    started = time.monotonic()
    assert conn.wait_for_changes(5.0, threading.Event()) is True
    assert time.monotonic() - started < 0.2
    assert len(conn.uids_from(1)) == 1
    assert conn.wait_for_changes(0.5, threading.Event()) is False


def test_idle_survives_flag_pushes(imap_server: ImapAccount, conn: ImapConnection) -> None:
    """Flag changes arrive as FETCH pushes (pymap splits them over TCP segments)."""
    seed(imap_server, [message(i) for i in range(3)])
    uids = conn.uids_from(1)
    stop = threading.Event()

    def churn() -> None:
        client = other_client(imap_server)
        try:
            client.select_folder("INBOX")
            for _ in range(10):
                client.add_flags(uids, [b"\\Flagged"])
                client.remove_flags(uids, [b"\\Flagged"])
            client.append("INBOX", message(50))
        finally:
            client.logout()

    thread = threading.Thread(target=churn, daemon=True)
    thread.start()
    woke = conn.wait_for_changes(10.0, stop)
    thread.join()
    # pymap may report the APPEND only at DONE; either way the wait ends with True
    # or the next search finds the message.
    assert woke or len(conn.uids_from(1)) == 4
    assert len(conn.uids_from(1)) == 4


def test_polling_fallback_without_idle(
    imap_server: ImapAccount, make_settings: Callable[..., ImapSettings]
) -> None:
    with ImapConnection.connect(make_settings(poll_interval_seconds=0.2)) as conn:
        conn._capabilities = conn.capabilities - {"IDLE"}
        conn.select("INBOX")
        assert conn.wait_for_changes(0.5, threading.Event()) is False
        thread = _append_later(imap_server, 0.2)
        assert conn.wait_for_changes(10.0, threading.Event()) is True
        thread.join()
        assert len(conn.uids_from(1)) == 1


@dovecot_only
def test_reconnect_after_dovecot_restart(
    imap_server: ImapAccount, conn: ImapConnection, make_settings: Callable[..., ImapSettings]
) -> None:
    seed(imap_server, [message(1)])
    uidvalidity = conn.select("INBOX")
    uids = conn.all_uids()

    imap_server.server.restart()

    with pytest.raises(ImapError):
        conn.noop()
        conn.all_uids()
    conn.close()
    backoff = Backoff(base=0.05, cap=0.5)
    for _attempt in range(20):
        try:
            fresh = ImapConnection.connect(make_settings())
            break
        except ImapError:
            time.sleep(backoff.next_delay())
    else:
        pytest.fail("could not reconnect after the restart")
    with fresh:
        assert fresh.select("INBOX") == uidvalidity
        assert fresh.all_uids() == uids


@dovecot_only
def test_reconnect_while_idle_during_restart(
    imap_server: ImapAccount, conn: ImapConnection
) -> None:
    restart = threading.Timer(0.3, imap_server.server.restart)
    restart.start()
    try:
        with pytest.raises(ImapError):  # BYE or EOF while in IDLE
            conn.wait_for_changes(10.0, threading.Event())
    finally:
        restart.join()


@dovecot_only
def test_uidvalidity_change_detected(
    imap_server: ImapAccount, conn: ImapConnection, make_settings: Callable[..., ImapSettings]
) -> None:
    seed(imap_server, [message(1), message(2)])
    before = conn.select("INBOX")
    conn.close()

    after_reset = imap_server.server.reset_uidvalidity(imap_server.user)

    with ImapConnection.connect(make_settings()) as fresh:
        after = fresh.select("INBOX")
        assert after == after_reset and after != before
        assert len(fresh.all_uids()) == 2


@pytest.fixture
def dovecot_tls(imap_server: ImapAccount) -> DovecotServer:
    server: DovecotServer = imap_server.server
    if not server.tls_port:
        pytest.skip("no TLS: openssl is missing, so there is no test certificate")
    return server


@dovecot_only
@pytest.mark.parametrize("mode", ["implicit", "starttls"])
def test_tls_modes_with_ca_file(
    imap_server: ImapAccount,
    dovecot_tls: DovecotServer,
    make_settings: Callable[..., ImapSettings],
    mode: str,
) -> None:
    port = dovecot_tls.tls_port if mode == "implicit" else dovecot_tls.port
    settings = make_settings(
        tls=mode, port=port, host="localhost", ca_file=str(dovecot_tls.cert_file)
    )
    with ImapConnection.connect(settings) as conn:
        assert isinstance(conn._client.socket(), ssl.SSLSocket)
        conn.select("INBOX")
        # IDLE over TLS: readiness must account for bytes held inside the TLS layer.
        thread = _append_later(imap_server, 0.2)
        assert conn.wait_for_changes(10.0, threading.Event()) is True
        thread.join()
        assert len(conn.uids_from(1)) == 1


@dovecot_only
def test_tls_certificate_is_verified(
    imap_server: ImapAccount, dovecot_tls: DovecotServer, make_settings: Callable[..., ImapSettings]
) -> None:
    settings = make_settings(tls="implicit", port=dovecot_tls.tls_port)
    with pytest.raises(ImapError):  # self-signed, not in the system store
        ImapConnection.connect(settings)
    unchecked = make_settings(tls="implicit", port=dovecot_tls.tls_port, verify_certificates=False)
    with ImapConnection.connect(unchecked) as conn:
        assert conn.select("INBOX") > 0


# -- Backoff --------------------------------------------------------------------------------


def test_backoff_grows_with_full_jitter_and_cap() -> None:
    backoff = Backoff(base=1.0, cap=10.0)
    ceilings = [1, 2, 4, 8, 10, 10, 10]
    for ceiling in ceilings:
        delay = backoff.next_delay()
        assert 0.0 <= delay <= ceiling
    samples = []
    for _ in range(200):
        backoff.reset()
        for _ in range(6):
            value = backoff.next_delay()
        samples.append(value)
    assert max(samples) <= 10.0 and max(samples) > 5.0 and min(samples) < 5.0


def test_backoff_testing_switch() -> None:
    imap_module.set_testing(True)
    try:
        backoff = Backoff(base=5.0, cap=60.0)
        assert all(backoff.next_delay() < 0.01 for _ in range(10))
        assert imap_module.is_testing()
    finally:
        imap_module.set_testing(False)
    assert not imap_module.is_testing()
