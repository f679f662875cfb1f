"""Real protocol servers for tests, the demo and benchmarks.

Mocks of IMAP hid a bare EXPUNGE once; here every test talks to a real server:
a private Dovecot, an in-process pymap, a throwaway PostgreSQL cluster and an
aiosmtpd sink with 4xx/5xx injection. Nothing here imports mailbot.

Temp directories live under /tmp with mode 0755 (not pytest's 0700 tree): as root,
Dovecot's auth process and PostgreSQL run as other users and must traverse them.
"""

from __future__ import annotations

import glob
import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from mailbot.embedded import (
    PymapServer,
    ServerUnavailable,
    SinkMessage,
    SmtpSink,
    append_messages,
    free_port,
    pymap_available,
)

DOVECOT_BINARY = "/usr/sbin/dovecot"

__all__ = [
    "DOVECOT_BINARY",
    "DovecotServer",
    "ImapAccount",
    "PostgresCluster",
    "PymapServer",
    "ServerUnavailable",
    "SinkMessage",
    "SmtpSink",
    "append_messages",
    "find_postgres_bindir",
    "free_port",
    "make_self_signed_cert",
    "pymap_available",
]


def _wait_for_port(
    host: str,
    port: int,
    timeout: float,
    proc: subprocess.Popen[bytes] | None,
    greeting: bytes | None = None,
) -> None:
    """Wait until the port accepts connections (and sends `greeting`, if given)."""
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with status {proc.returncode} while starting")
        try:
            with socket.create_connection((host, port), timeout=1.0) as sock:
                if greeting is None:
                    return
                sock.settimeout(2.0)
                data = sock.recv(200)
                if data.startswith(greeting):
                    return
        except OSError as exc:
            last = exc
        time.sleep(0.01)
    raise TimeoutError(f"{host}:{port} not ready after {timeout}s ({last})")


def make_self_signed_cert(cert: Path, key: Path) -> None:
    """A throwaway certificate for localhost and 127.0.0.1 (needs the openssl CLI)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        raise ServerUnavailable("openssl is not installed; cannot make a test certificate")
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    cert.chmod(0o644)


def _public_tempdir(prefix: str) -> Path:
    path = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    path.chmod(0o755)
    return path


# -- Dovecot ------------------------------------------------------------------------------

_DOVECOT_CONF = """\
protocols = imap
listen = 127.0.0.1
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
info_log_path = {base}/dovecot.log
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:~/Maildir
mail_fsync = never
first_valid_uid = 1
first_valid_gid = 1
{privileges}
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/users/%u
}}
userdb {{
  driver = static
  args = {userdb_args} home={base}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
{login_chroot}}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
{anvil_chroot}}}
"""


class DovecotServer:
    """A private Dovecot in the foreground (`dovecot -F -c conf`) on a free port.

    Users have PLAIN passwords in passwd-files (one per user); all mail belongs
    to one unprivileged uid. The maildir survives `restart()`, so UIDVALIDITY does too.
    """

    def __init__(
        self, binary: str = DOVECOT_BINARY, host: str = "127.0.0.1", tls: bool = False
    ) -> None:
        self.binary = binary
        self.host = host
        self.port = 0
        self.tls = tls
        self.tls_port = 0  # implicit TLS (imaps) when tls=True; STARTTLS on `port`
        self.base: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._passwords: dict[str, str] = {}
        self._lock = threading.Lock()

    @staticmethod
    def available(binary: str = DOVECOT_BINARY) -> bool:
        return os.access(binary, os.X_OK)

    @property
    def log_file(self) -> Path:
        assert self.base is not None
        return self.base / "dovecot.log"

    @property
    def cert_file(self) -> Path:
        """Self-signed certificate for 127.0.0.1/localhost; use it as the CA file."""
        assert self.base is not None
        return self.base / "cert.pem"

    def _mail_owner(self) -> tuple[int, int]:
        if os.geteuid() != 0:
            return os.getuid(), os.getgid()
        for name in ("nobody", "dovecot"):
            try:
                entry = pwd.getpwnam(name)
            except KeyError:
                continue
            return entry.pw_uid, entry.pw_gid
        return 65534, 65534

    def _write_config(self) -> None:
        assert self.base is not None
        uid, gid = self._mail_owner()
        if os.geteuid() == 0:
            privileges = ""
            userdb_args = f"uid={uid} gid={gid}"
            login_chroot = anvil_chroot = ""
        else:
            user = pwd.getpwuid(os.getuid()).pw_name
            privileges = (
                f"default_internal_user = {user}\n"
                f"default_internal_group = {grp.getgrgid(os.getgid()).gr_name}\n"
                f"default_login_user = {user}"
            )
            userdb_args = ""
            login_chroot = anvil_chroot = "  chroot =\n"
        if self.tls:
            cert, key = self.cert_file, self.base / "key.pem"
            if not cert.exists():
                make_self_signed_cert(cert, key)
            ssl_conf = f"ssl = yes\nssl_cert = <{cert}\nssl_key = <{key}"
        else:
            ssl_conf = "ssl = no"
        conf = _DOVECOT_CONF.format(
            base=self.base,
            port=self.port,
            tls_port=self.tls_port,
            ssl=ssl_conf,
            privileges=privileges,
            userdb_args=userdb_args,
            login_chroot=login_chroot,
            anvil_chroot=anvil_chroot,
        )
        (self.base / "dovecot.conf").write_text(conf)
        users = self.base / "users"
        users.mkdir(exist_ok=True)
        users.chmod(0o755)
        mail = self.base / "mail"
        mail.mkdir(exist_ok=True)
        os.chown(mail, uid, gid)

    def start(self) -> Self:
        """Start (or start again on the same port and maildir)."""
        if not self.available(self.binary):
            raise ServerUnavailable(f"{self.binary} not found (apt-get install dovecot-imapd)")
        if self._proc is not None:
            return self
        if self.base is None:
            self.base = _public_tempdir("mailbot-dovecot-")
            self.port = free_port()
            self.tls_port = free_port() if self.tls else 0
        self._write_config()
        self._proc = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.base / "dovecot.conf")],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=open(self.base / "stderr.log", "ab"),  # noqa: SIM115 - owned by the child
            start_new_session=True,  # its own process group: stop() ends the children too
        )
        try:
            _wait_for_port(self.host, self.port, 15.0, self._proc, greeting=b"* OK")
        except Exception as exc:
            self.stop()
            raise RuntimeError(f"dovecot did not start: {exc}\n{self._log_tail()}") from exc
        return self

    def _log_tail(self) -> str:
        out = []
        assert self.base is not None
        for name in ("stderr.log", "dovecot.log"):
            path = self.base / name
            if path.exists():
                out.append(path.read_text(errors="replace")[-2000:])
        return "\n".join(out)

    def stop(self) -> None:
        """SIGTERM the master and wait, then end what is left of its process group
        (imap processes outlive the master for a while and would keep serving
        connected clients). The maildir stays for a restart."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        # Make sure the listener is released before a restart.
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                socket.create_connection((self.host, self.port), timeout=0.2).close()
            except OSError:
                return
            time.sleep(0.02)

    def restart(self) -> None:
        """Stop and start on the same port and maildir (UIDVALIDITY persists)."""
        self.stop()
        self.start()

    def close(self) -> None:
        """Stop and delete everything."""
        self.stop()
        if self.base is not None:
            shutil.rmtree(self.base, ignore_errors=True)
            self.base = None

    def add_user(self, name: str, password: str) -> None:
        """Add a login. One passwd-file per user: Dovecot re-reads a changed single
        file at most once a second, but opens a file it has not seen at once."""
        if not name or any(c in name for c in ":/\n") or name.startswith("."):
            raise ValueError(f"unusable user name {name!r}")
        if ":" in password or "\n" in password:
            raise ValueError("passwords may not contain ':' or newlines")
        assert self.base is not None, "start() first"
        with self._lock:
            self._passwords[name] = password
            tmp = self.base / "users" / f".{name}.tmp"
            tmp.write_text(f"{name}:{{PLAIN}}{password}::::::\n")
            tmp.chmod(0o644)
            os.replace(tmp, self.base / "users" / name)

    def maildir(self, user: str, folder: str = "INBOX") -> Path:
        """The on-disk maildir of a user's folder (Maildir++ layout)."""
        assert self.base is not None
        root = self.base / "mail" / user / "Maildir"
        if folder.upper() == "INBOX":
            return root
        return root / ("." + folder.replace("/", "."))

    def uidvalidity(self, user: str, folder: str = "INBOX") -> int:
        from imapclient import IMAPClient  # type: ignore[import-untyped]

        with IMAPClient(self.host, self.port, ssl=False, timeout=10) as client:
            client.login(user, self._passwords[user])
            status = client.folder_status(folder, [b"UIDVALIDITY"])
            return int(status[b"UIDVALIDITY"])

    def reset_uidvalidity(self, user: str, folder: str = "INBOX") -> int:
        """Force a new UIDVALIDITY for a folder, as after a server-side restore.

        With the server stopped, deletes the folder's dovecot-uidlist and index files
        (and the mailbox list index, which caches UIDVALIDITY); Dovecot then
        renumbers the messages under a new UIDVALIDITY. The dovecot-uidvalidity
        files stay, so the new value does not repeat the old one. Returns it.
        """
        before = self.uidvalidity(user, folder)
        for _attempt in range(3):
            self.stop()
            folder_dir = self.maildir(user, folder)
            doomed = [
                *folder_dir.glob("dovecot-uidlist*"),
                *folder_dir.glob("dovecot.index*"),
                *self.maildir(user).glob("dovecot.list.index*"),  # caches UIDVALIDITY too
            ]
            for path in doomed:
                path.unlink(missing_ok=True)
            self.start()
            after = self.uidvalidity(user, folder)
            if after != before:
                return after
            time.sleep(1.0)  # values derive from the clock: make the next one differ
        raise RuntimeError("UIDVALIDITY did not change")

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# -- PostgreSQL ---------------------------------------------------------------------------


def find_postgres_bindir() -> Path | None:
    """Directory with initdb/pg_ctl: newest /usr/lib/postgresql/*/bin, else PATH."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


class PostgresCluster:
    """A throwaway cluster: initdb --no-sync, fsync off, stopped with -m immediate."""

    def __init__(self, bindir: Path | None = None) -> None:
        self.bindir = bindir or find_postgres_bindir()
        self.port = 0
        self.base: Path | None = None
        self._owner: str | None = None

    @staticmethod
    def available() -> bool:
        return find_postgres_bindir() is not None

    @property
    def url(self) -> str:
        return self.url_for("postgres")

    def url_for(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    @property
    def dsn(self) -> str:
        """libpq form for psycopg itself."""
        return f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"

    def _run(self, *cmd: str) -> None:
        argv = list(cmd)
        if self._owner is not None:
            argv = ["runuser", "-u", self._owner, "--", *argv]
        result = subprocess.run(argv, check=False, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(
                f"{Path(cmd[0]).name} failed ({result.returncode}): {result.stderr.strip()[-2000:]}"
            )

    def start(self) -> Self:
        if self.bindir is None:
            raise ServerUnavailable("PostgreSQL not found (apt-get install postgresql)")
        if self.base is not None:
            return self
        self.base = _public_tempdir("mailbot-pg-")
        data, sock, logs = self.base / "data", self.base / "sock", self.base / "log"
        for path in (data, sock, logs):
            path.mkdir()
        if os.geteuid() == 0:  # initdb refuses to run as root
            try:
                entry = pwd.getpwnam("postgres")
            except KeyError as exc:
                raise ServerUnavailable("no 'postgres' user to run PostgreSQL as") from exc
            self._owner = "postgres"
            for path in (data, sock, logs):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        self.port = free_port()
        try:
            self._run(
                str(self.bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            )
            options = (
                f"-p {self.port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off"
            )
            self._run(
                str(self.bindir / "pg_ctl"),
                "-D",
                str(data),
                "-w",
                "-t",
                "60",
                "-l",
                str(logs / "postgres.log"),
                "-o",
                options,
                "start",
            )
        except Exception:
            self.close()
            raise
        return self

    def create_database(self, name: str) -> str:
        """Create a database and return its SQLAlchemy URL (per-test isolation)."""
        import psycopg
        from psycopg import sql

        if not name.replace("_", "").isalnum() or not name[0].isalpha():
            raise ValueError(f"unsafe database name {name!r}")
        with psycopg.connect(self.dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.dsn, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    def stop(self) -> None:
        if self.base is None or self.bindir is None:
            return
        data = self.base / "data"
        if (data / "postmaster.pid").exists():
            try:
                self._run(str(self.bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
            except RuntimeError:
                pass

    def close(self) -> None:
        """Stop and delete the cluster."""
        self.stop()
        if self.base is not None:
            shutil.rmtree(self.base, ignore_errors=True)
            self.base = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# -- accounts -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ImapAccount:
    """A login with a fresh, empty mailbox on one of the IMAP servers."""

    kind: str  # "dovecot" or "pymap"
    host: str
    port: int
    user: str
    password: str
    server: Any  # DovecotServer or PymapServer, for restart/reset_uidvalidity

    def settings_dict(self, **overrides: Any) -> dict[str, Any]:
        """Plain values for mailbot's ImapSettings; add a password source
        (password_file / password_env) — the config refuses literal passwords."""
        values: dict[str, Any] = {
            "host": self.host,
            "port": self.port,
            "tls": "none",
            "user": self.user,
        }
        values.update(overrides)
        return values


