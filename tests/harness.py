"""Building blocks for the end-to-end tests: a config for the fixture servers, sample
mail, and read-only looks at the database and the IMAP folders."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from imapclient import IMAPClient
from sqlalchemy import text

from mailbot.config import Settings, load_settings
from mailbot.daemon import App, RunReport
from mailbot.store.db import make_engine, upgrade

ROOT = Path(__file__).resolve().parents[1]


def write_config(tmp_path: Path, account: Any, sink: Any, db_url: str, extra: str = "",
                 imap_extra: str = "") -> Path:
    """A TOML config pointing at the fixture servers; the password via password_file."""
    pw = tmp_path / "imap-password"
    pw.write_text(account.password)
    if getattr(account, "kind", "") == "pymap" and "idle_renew_seconds" not in imap_extra:
        # pymap drops an IDLE push now and then (a change that lands while IDLE is
        # being entered is reported only at DONE); every renewal looks for new mail,
        # so a short renewal bounds that delay in daemon tests.
        imap_extra = "idle_renew_seconds = 2\n" + imap_extra
    cfg = tmp_path / "config.toml"
    cfg.write_text(f"""
state_dir = "{tmp_path / 'state'}"
{extra}
[database]
url = "{db_url}"

[organisation]
name = "ONRO B.V."
address = "info@onro.eu"
sender = "ONRO <info@onro.eu>"
reference_prefix = "ONRO"
privacy_officer = "privacy@onro.eu"

[staff]
privacy = ["privacy@onro.eu"]
support = ["support@onro.eu"]

[imap]
host = "{account.host}"
port = {account.port}
tls = "none"
user = "{account.user}"
password_file = "{pw}"
timeout_seconds = 10
reconnect_max_seconds = 1
{imap_extra}

[smtp]
host = "127.0.0.1"
port = {sink.port}
tls = "none"
timeout_seconds = 10
retry_base_seconds = 0.05
retry_max_seconds = 0.2
""")
    return cfg


def settings_for(tmp_path: Path, account: Any, sink: Any, db_url: str, **kw: str) -> Settings:
    cfg = write_config(tmp_path, account, sink, db_url, **kw)
    upgrade(make_engine(db_url))
    return load_settings(cfg)


def run_once(settings: Settings) -> RunReport:
    return asyncio.run(App(settings).run_once())


def run_cli(config: Path, *args: str, env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    full_env.setdefault("PYTHONPATH", str(ROOT))
    return subprocess.run([sys.executable, "-m", "mailbot.cli", "-c", str(config), *args],
                          capture_output=True, text=True, env=full_env, timeout=timeout)


def mail(sender: str, subject: str, body: str, *, name: str = "", message_id: str | None = None,
         **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>" if name else sender
    msg["To"] = headers.pop("To", "info@onro.eu")
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = message_id or make_msgid(domain="example.nl")
    for key, value in headers.items():
        msg[key.replace("_", "-")] = value
    msg.set_content(body)
    return bytes(msg)


HUMANS = {
    "rights_request": ("piet@example.nl", "Inzage persoonsgegevens",
                       "Beste ONRO,\n\nIk wil graag inzage in de persoonsgegevens die u van mij "
                       "verwerkt (artikel 15 AVG).\n\nMet vriendelijke groet,\nPiet"),
    "unsubscribe": ("anna@example.nl", "Afmelden nieuwsbrief",
                    "Graag wil ik mij afmelden voor de nieuwsbrief. Bedankt!"),
    "complaint": ("kees@example.nl", "Klacht over mijn gegevens",
                  "Ik wil een klacht indienen: mijn gegevens zijn zonder toestemming gedeeld "
                  "met een ander bedrijf. Dit is een privacyklacht."),
    "question": ("john@example.com", "Question about invoices",
                 "Hello, could you tell me where I can find my invoices in the app? Thanks, John"),
}


def noise_mails() -> list[bytes]:
    return [
        mail("someone@example.nl", "Afwezig: Inzage", "Ik ben afwezig tot maandag.",
             Auto_Submitted="auto-replied"),
        mail("news@list.example.org", "Weekly digest", "Unsubscribe at the bottom.",
             List_Id="<weekly.list.example.org>", Precedence="list"),
        mail("MAILER-DAEMON@mx.example.net", "Undelivered Mail Returned to Sender",
             "This is the mail system at host mx.example.net. I'm sorry to have to inform you "
             "that your message could not be delivered."),
    ]


def query(db_url: str, sql: str, **params: Any) -> list[Any]:
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql), params)
            return list(result.all()) if result.returns_rows else []
    finally:
        engine.dispose()


def folder_count(account: Any, folder: str) -> int:
    with IMAPClient(account.host, port=account.port, ssl=False, timeout=10) as c:
        c.login(account.user, account.password)
        if not c.folder_exists(folder):
            return 0
        return int(c.select_folder(folder, readonly=True)[b"EXISTS"])


def folder_messages(account: Any, folder: str) -> list[bytes]:
    with IMAPClient(account.host, port=account.port, ssl=False, timeout=10) as c:
        c.login(account.user, account.password)
        if not c.folder_exists(folder):
            return []
        c.select_folder(folder, readonly=True)
        uids = c.search("ALL")
        return [d[b"BODY[]"] for d in c.fetch(uids, ["BODY.PEEK[]"]).values()] if uids else []


class DaemonThread:
    """`mailbot run` in-process on a background thread with its own event loop."""

    def __init__(self, settings: Settings) -> None:
        import threading

        self.app = App(settings)
        self.loop = asyncio.new_event_loop()
        self.stop_event: asyncio.Event | None = None
        self.thread = threading.Thread(target=self._main, daemon=True)
        self.error: BaseException | None = None

    def _main(self) -> None:
        asyncio.set_event_loop(self.loop)

        async def go() -> None:
            self.stop_event = asyncio.Event()
            await self.app.run_forever(self.stop_event)

        try:
            self.loop.run_until_complete(go())
        except BaseException as exc:  # surfaced by stop()
            self.error = exc

    def __enter__(self) -> DaemonThread:
        import time

        self.thread.start()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:  # ready = every watcher has polled once
            watchers_ready = getattr(self.app, "ready", None)
            if watchers_ready is not None and watchers_ready.is_set():
                return self
            time.sleep(0.02)
        raise TimeoutError("daemon did not become ready")

    def stop(self) -> None:
        if self.stop_event is not None:
            self.loop.call_soon_threadsafe(self.stop_event.set)
        self.thread.join(30)
        assert not self.thread.is_alive(), "daemon did not stop within 30 s"
        if self.error:
            raise self.error

    def __exit__(self, *exc: object) -> None:
        self.stop()
