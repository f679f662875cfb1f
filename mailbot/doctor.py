"""`mailbot doctor`: is this installation able to run? Every check says OK or FAIL and,
when it fails, what to do about it.

Checks: the configuration; the database answers and is migrated; per mailbox, the IMAP
login, the extensions mailbot relies on and the folders it files into; the SMTP login
(no mail is sent); every template renders in every language; the clock and the
organisation's time zone. Exit status 0 only when nothing failed; a WARN (works, but
not as well as it could) does not fail.

Missing Processed/Quarantine/Sent folders are created, as the daemon would on its
first start; nothing else is changed anywhere.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mailbot.config import ConfigError, MailboxSettings, Settings, load_settings

OK, WARN, FAIL = "OK", "WARN", "FAIL"
MAX_DB_CLOCK_SKEW = timedelta(seconds=30)
TIME_ERROR = 5  # adjtimex(2): the kernel's clock is not synchronised


@dataclass(frozen=True, slots=True)
class Result:
    status: str  # OK, WARN or FAIL
    check: str
    detail: str
    fix: str = ""


def run(config: Path | str, out: TextIO = sys.stdout) -> int:
    """Run every check, print one line each (and the fix under a failure); 0 when all pass."""
    results: list[Result] = []

    def show(result: Result) -> None:
        results.append(result)
        out.write(f"{result.status:<5} {result.check:<16} {result.detail}\n")
        if result.fix and result.status != OK:
            out.write(f"{'':<5} {'':<16} fix: {result.fix}\n")
        out.flush()

    for result in _checks(Path(config)):
        show(result)
    failed = sum(r.status == FAIL for r in results)
    warned = sum(r.status == WARN for r in results)
    out.write(f"\n{len(results) - failed} of {len(results)} checks passed"
              + (f" ({warned} with a warning)" if warned else "")
              + (f"; {failed} FAILED\n" if failed else "\n"))
    return 1 if failed else 0


def _checks(path: Path) -> Iterator[Result]:
    try:
        settings = load_settings(path)
    except ConfigError as err:
        for problem in err.problems:
            key = problem.split(":", 1)[0]
            if not path.exists():
                fix = f"copy config.example.toml to {path} and adjust it"
            elif re.fullmatch(r"[\w.\[\]-]+", key):
                fix = f"set {key} in {path} (config.example.toml explains every key)"
            else:
                fix = f"correct {path} (config.example.toml explains every key)"
            yield Result(FAIL, "config", f"{path}: {problem}", fix)
        return
    names = ", ".join(f"{m.name} ({m.organisation.name})" for m in settings.mailboxes)
    yield Result(OK, "config", f"{path}: {len(settings.mailboxes)} mailbox(es): {names}")

    yield from _database(settings)
    for mb in settings.mailboxes:
        yield from _imap(mb)
    yield _smtp(settings)
    for mb in settings.mailboxes:
        yield _templates(settings, mb)
    yield _clock(_database_clock(settings.database_url))
    for mb in settings.mailboxes:
        yield _timezone(mb)


# ---- database --------------------------------------------------------------------------


def _database(settings: Settings) -> Iterator[Result]:
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect, make_url, text

    from mailbot.metrics import read_engine
    from mailbot.store.db import MIGRATIONS, head_revision

    url = settings.database_url
    shown = make_url(url).render_as_string(hide_password=True)
    sqlite = url.startswith("sqlite")
    if sqlite:
        file = make_url(url).database or ""
        if file and file != ":memory:" and not Path(file).exists():
            yield Result(FAIL, "database", f"{file} does not exist yet",
                         f"run `mailbot db upgrade` (it creates the database in {Path(file).parent})")
            return
    engine = read_engine(url)
    try:
        with engine.connect() as conn:
            current = None
            if inspect(conn).has_table("alembic_version"):
                current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception as exc:
        fix = (f"state_dir {settings.state_dir} must exist and be readable and writable by the "
               "user mailbot runs as" if sqlite else
               "is the server running, and does database.url name a database this user may "
               "use? (a password goes in ~/.pgpass or PGPASSFILE, not in the URL)")
        yield Result(FAIL, "database", f"{shown}: {_reason(exc)}", fix)
        return
    finally:
        engine.dispose()
    yield Result(OK, "database", f"{shown} answers")
    head = head_revision()
    if current == head:
        yield Result(OK, "schema", f"at revision {head} (current)")
    elif current is None:
        yield Result(FAIL, "schema", "the database has no mailbot tables", "run `mailbot db upgrade`")
    else:
        known = {rev.revision for rev in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}
        if current in known:
            yield Result(FAIL, "schema", f"at revision {current}; this version needs {head}",
                         "run `mailbot db upgrade`")
        else:
            yield Result(FAIL, "schema", f"at revision {current}, unknown to this version "
                         f"(needs {head}): the database belongs to a newer mailbot",
                         "install the mailbot version that migrated it, or restore a backup")


def _database_clock(url: str) -> datetime | None:
    """The PostgreSQL server's clock (SQLite's is this host's), or None."""
    from sqlalchemy import text

    from mailbot.metrics import read_engine

    if url.startswith("sqlite"):
        return None
    engine = read_engine(url)
    try:
        with engine.connect() as conn:
            now = conn.execute(text("SELECT now()")).scalar()
    except Exception:
        return None  # the database check says what is wrong
    finally:
        engine.dispose()
    if not isinstance(now, datetime):
        return None
    return now if now.tzinfo else now.replace(tzinfo=UTC)


# ---- IMAP ------------------------------------------------------------------------------


def _imap(mb: MailboxSettings) -> Iterator[Result]:
    from mailbot.imap import ImapAuthError, ImapConnection, ImapError

    imap = mb.imap
    check = f"imap {mb.name}"
    where = f"{imap.host}:{imap.port} ({imap.tls})"
    try:
        conn = ImapConnection.connect(imap)
    except ImapAuthError:
        yield Result(FAIL, check, f"{where}: login rejected for user {imap.user}",
                     "check imap.user and the password it reads (imap.password_file, "
                     "password_env or password_credential)")
        return
    except ImapError as exc:
        yield Result(FAIL, check, f"cannot log in at {where}: {_reason(exc)}", _connect_fix(
            "imap", str(exc)))
        return
    try:
        yield Result(OK, check, f"logged in at {where} as {imap.user}")
        caps = conn.capabilities
        listed = ", ".join(c for c in ("IDLE", "MOVE", "UIDPLUS") if c in caps) or "none of them"
        if not (conn.has_move or conn.has_uidplus):
            yield Result(FAIL, check, f"capabilities: {listed}; neither MOVE nor UIDPLUS",
                         "mailbot files messages with MOVE, or COPY + UID EXPUNGE (UIDPLUS); "
                         "enable one of them on the server (Dovecot, Cyrus, Exchange and Gmail "
                         "have both)")
        elif not conn.has_idle:
            yield Result(WARN, check, f"capabilities: {listed}; no IDLE",
                         "new mail is noticed by polling every imap.poll_interval_seconds "
                         "instead of at once; enable IDLE on the server")
        else:
            yield Result(OK, check, f"capabilities: {listed}")
        yield _folders(conn, mb, check)
    finally:
        conn.logout()


def _folders(conn: Any, mb: MailboxSettings, check: str) -> Result:
    from mailbot.imap import ImapError

    folders = mb.imap.folders
    try:
        conn.select(folders.inbox)
    except ImapError as exc:
        return Result(FAIL, check, f"cannot open {folders.inbox!r}: {_reason(exc)}",
                      "set imap.folders.inbox to the folder customers' mail arrives in")
    wanted = {"processed": folders.processed, "quarantine": folders.quarantine,
              "sent": folders.sent}
    try:
        created = conn.ensure_folders(wanted.values())
    except ImapError as exc:
        keys = ", ".join(f"imap.folders.{k}" for k in wanted)
        return Result(FAIL, check, f"cannot create missing folders: {_reason(exc)}",
                      f"create {', '.join(wanted.values())} on the server, or point {keys} at "
                      "folders that exist")
    names = ", ".join([folders.inbox, *wanted.values()])
    return Result(OK, check, f"folders {names} ready"
                  + (f" (created {', '.join(created)})" if created else ""))


# ---- SMTP ------------------------------------------------------------------------------


def _smtp(settings: Settings) -> Result:
    import aiosmtplib

    from mailbot.smtp import SmtpSender

    smtp = settings.smtp
    where = f"{smtp.host}:{smtp.port} ({smtp.tls})"
    try:
        asyncio.run(SmtpSender(smtp).check_login())
    except aiosmtplib.SMTPAuthenticationError as exc:
        return Result(FAIL, "smtp", f"{where}: login rejected for user {smtp.user} ({exc.code})",
                      "check smtp.user and the password it reads (smtp.password_file, "
                      "password_env or password_credential)")
    except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
        return Result(FAIL, "smtp", f"cannot connect to {where}: {_reason(exc)}",
                      _connect_fix("smtp", str(exc)))
    login = f"logged in as {smtp.user}" if smtp.user else "connected (no smtp.user: no login)"
    return Result(OK, "smtp", f"{login} at {where}; nothing sent")


def _connect_fix(section: str, error: str) -> str:
    if "CERTIFICATE_VERIFY_FAILED" in error or "certificate" in error.lower():
        return (f"the server's certificate is not trusted: set {section}.ca_file to the CA that "
                "signed it (or fix the host name in "
                f"{section}.host to match the certificate)")
    return (f"check {section}.host, {section}.port and {section}.tls; is the server running and "
            "reachable from this host (firewall, DNS)?")


# ---- templates ---------------------------------------------------------------------------


def _templates(settings: Settings, mb: MailboxSettings) -> Result:
    from mailbot.model import Category
    from mailbot.render import Renderer

    check = f"templates {mb.name}"
    dirs = [d for d in (mb.templates_dir, settings.templates_dir) if d is not None]
    missing = [str(d) for d in dirs if not Path(d).is_dir()]
    if missing:
        return Result(FAIL, check, f"no such directory: {', '.join(missing)}",
                      "fix templates_dir (or the mailbox's templates_dir) in the config")
    renderer = Renderer(dirs)
    available = renderer.templates_available()
    languages = sorted({lang for _, lang in available} | {"nl", "en"})
    problems: list[str] = []
    categories = [c for c in Category if c is not Category.NOISE]
    for category in categories:
        for lang in languages:
            try:
                renderer.resolve_language(f"ack_{category.value}", lang)
            except Exception as exc:
                problems.append(f"ack_{category.value} ({lang}): {_reason(exc)}")
    for name, lang in available:
        try:
            renderer.render(name, lang, sample_context(mb, name, lang))
        except Exception as exc:
            problems.append(f"{lang}/{name}: {_reason(exc)}")
    if problems:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        return Result(FAIL, check, shown,
                      f"correct the template(s) in {', '.join(map(str, dirs))}; "
                      "`mailbot cases reply REF --template NAME --preview` shows one rendered")
    return Result(OK, check, f"{len(available)} templates render in {', '.join(languages)}; "
                             f"acknowledgments for {len(categories)} categories")


def sample_context(mb: MailboxSettings, name: str, language: str) -> dict[str, Any]:
    """Made-up values for every variable the shipped templates use."""
    from mailbot.model import Category, Right
    from mailbot.render import reply_context

    org = mb.organisation
    now = datetime.now(UTC)
    try:
        category = Category(name.removeprefix("ack_"))
    except ValueError:
        category = Category.RIGHTS_REQUEST
    reference = f"{org.reference_prefix}-{now.year}-0001"
    ctx = reply_context(org=org, reference=reference, category=category,
                        rights=[Right.ACCESS, Right.ERASURE], breach=False, received_at=now,
                        due_at=now + timedelta(days=14), language=language,
                        sender_name="Sample Requester", subject="Sample subject")
    sample_case = {"reference": reference, "category": "question", "status": "open",
                   "due_text": ctx["due_text"], "overdue": False, "requester": "requester"}
    ctx.update({
        "code": "123456", "expires_text": ctx["due_text"], "reason": "Sample reason.",
        "new_due_text": ctx["due_text"], "reasons": "Sample reasons.", "note": "Sample note.",
        "text": "Sample text.", "level": "urgent", "stage": "urgent", "breach_stage": False,
        "due_words": "in 2 days", "requester": "Sample Requester", "excerpt": "Sample excerpt.",
        "status": "open", "verification_pending": False, "evidence": ["sample evidence"],
        "breach_by_reading": False,
        "plus_address": "", "notify_by_text": ctx["due_text"], "date_text": ctx["received_text"],
        "cases": [sample_case], "action": "resolve", "error": "", "details": ["sample detail"],
        "first_line": "sample", "verbs": [],
    })
    return ctx


# ---- clock and time zone ---------------------------------------------------------------


def _clock(db_clock: datetime | None, kernel_state: Callable[[], int | None] | None = None) -> Result:
    now = datetime.now(UTC)
    shown = f"{now:%Y-%m-%d %H:%M:%S} UTC"
    if now.year < 2024:
        return Result(FAIL, "clock", f"{shown} cannot be right",
                      "set the clock and enable NTP (systemd-timesyncd or chrony)")
    if db_clock is not None:
        skew = abs(now - db_clock)
        if skew > MAX_DB_CLOCK_SKEW:
            return Result(FAIL, "clock", f"{shown}; the database server's clock differs by "
                          f"{skew.total_seconds():.0f} s",
                          "synchronise both hosts with NTP: deadlines are computed on this one "
                          "and stored and compared on the other")
    state = (kernel_state or _kernel_clock_state)()
    if state == TIME_ERROR:
        return Result(WARN, "clock", f"{shown}; the kernel reports it as not synchronised",
                      "enable NTP (systemd-timesyncd or chrony): deadlines depend on the clock")
    sync = "synchronised" if state is not None else "synchronisation unknown"
    return Result(OK, "clock", f"{shown}; {sync}"
                  + ("; matches the database server" if db_clock is not None else ""))


def _kernel_clock_state() -> int | None:
    """adjtimex(2) with no changes: the kernel's view of its clock, or None if unknown."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        buf = ctypes.create_string_buffer(512)  # struct timex, modes = 0: read only
        state = int(libc.adjtimex(buf))
    except (OSError, AttributeError):
        return None
    return None if state < 0 else state


def _timezone(mb: MailboxSettings) -> Result:
    from mailbot.calendar import OfficeCalendar, due_at
    from mailbot.model import Category

    check = f"timezone {mb.name}"
    tz = mb.organisation.timezone
    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        return Result(FAIL, check, f"time zone {tz!r} not found",
                      "install the time zone database (apt-get install tzdata, or pip install "
                      "tzdata) or fix organisation.timezone")
    now = datetime.now(UTC)
    local = now.astimezone(zone)
    try:
        cal = OfficeCalendar.for_mailbox(mb)
        cal.closed_days(local.year)
        due = due_at(Category.QUESTION, now, mb.deadlines, cal)
    except Exception as exc:
        return Result(FAIL, check, f"{tz}: the office calendar fails: {_reason(exc)}",
                      "check the [calendar] section; `pip install -U holidays` if the year "
                      "is not covered")
    due_text = f"{due.astimezone(zone):%a %Y-%m-%d %H:%M}" if due else "-"
    offset = local.isoformat(timespec="minutes")[-6:]
    return Result(OK, check, f"{tz}: now {local:%Y-%m-%d %H:%M %Z} (UTC{offset}); "
                             f"a question now is due {due_text}")


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."
