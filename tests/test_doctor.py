"""`mailbot doctor` against the real fixture servers: all OK, then the failures an
operator meets first (wrong password, SMTP down, unmigrated database, bad config),
each with its fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mailbot import doctor
from mailbot.store.db import make_engine, upgrade
from tests.harness import run_cli, write_config

pytestmark = pytest.mark.integration


def lines(output: str, status: str) -> list[str]:
    return [ln for ln in output.splitlines() if ln.startswith(status + " ")]


def fix_after(output: str, line: str) -> str:
    """The `fix:` line printed under a failed check."""
    rows = output.splitlines()
    follow = rows[rows.index(line) + 1].strip()
    assert follow.startswith("fix: "), follow
    return follow


def test_everything_passes(imap_server: Any, smtp_sink: Any, database_url: str,
                           tmp_path: Path) -> None:
    config = write_config(tmp_path, imap_server, smtp_sink, database_url)
    upgrade(make_engine(database_url))

    result = run_cli(config, "doctor")

    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not lines(result.stdout, "FAIL")
    checks = {ln.split()[1] + (" " + ln.split()[2] if ln.split()[1] in (
        "imap", "templates", "timezone") else "") for ln in lines(result.stdout, "OK")}
    assert {"config", "database", "schema", "imap info", "smtp", "templates info",
            "timezone info"} <= checks
    out = result.stdout
    assert "capabilities: IDLE" in out and ("MOVE" in out or "UIDPLUS" in out)
    assert "folders INBOX, Processed, Quarantine, Sent ready" in out
    assert "nothing sent" in out and not smtp_sink.messages
    assert "templates render in en, nl; acknowledgments for 4 categories" in out
    assert "Europe/Amsterdam" in out
    assert any(ln.split()[1] == "clock" for ln in out.splitlines() if ln[:4] in ("OK  ", "WARN"))
    assert "checks passed" in out.splitlines()[-1] and "FAILED" not in out


@pytest.mark.parametrize("imap_server", ["dovecot"], indirect=True)
def test_wrong_imap_password_and_smtp_down_fail_with_fixes(
        imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    config = write_config(tmp_path, imap_server, smtp_sink, db)
    upgrade(make_engine(db))
    (tmp_path / "imap-password").write_text("not-the-password")
    smtp_sink.stop()

    result = run_cli(config, "doctor")

    print(result.stdout)
    out = result.stdout
    assert result.returncode == 1
    failed = lines(out, "FAIL")
    assert len(failed) == 2, out
    imap_line = next(ln for ln in failed if ln.split()[1] == "imap")
    assert f"login rejected for user {imap_server.user}" in imap_line
    assert "imap.user" in fix_after(out, imap_line) and "password" in fix_after(out, imap_line)
    smtp_line = next(ln for ln in failed if ln.split()[1] == "smtp")
    assert f"cannot connect to 127.0.0.1:{smtp_sink.port}" in smtp_line
    assert "smtp.host, smtp.port and smtp.tls" in fix_after(out, smtp_line)
    # what does work is still checked and reported
    assert [ln.split()[1] for ln in lines(out, "OK")][:3] == ["config", "database", "schema"]
    assert "2 FAILED" in out.splitlines()[-1]
    assert "not-the-password" not in out + result.stderr


@pytest.mark.parametrize("imap_server", ["pymap"], indirect=True)
def test_unmigrated_database_says_db_upgrade(imap_server: Any, smtp_sink: Any, database_url: str,
                                            tmp_path: Path) -> None:
    config = write_config(tmp_path, imap_server, smtp_sink, database_url)

    result = run_cli(config, "doctor")

    print(result.stdout)
    assert result.returncode == 1
    (failed,) = lines(result.stdout, "FAIL")
    assert failed.split()[1] in ("database", "schema")
    assert "`mailbot db upgrade`" in fix_after(result.stdout, failed)


def test_config_problems_are_named_with_the_key(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[metrics]\nlisten = "0.0.0.0:9155"\n')

    result = run_cli(config, "doctor")

    assert result.returncode == 1
    failed = lines(result.stdout, "FAIL")
    assert failed and all(ln.split()[1] == "config" for ln in failed)
    assert any("metrics.listen" in ln and "loopback" in ln for ln in failed)
    assert any("smtp" in ln for ln in failed)  # missing sections are named too


def test_clock_check() -> None:
    from datetime import UTC, datetime, timedelta

    now = datetime.now(UTC)
    assert doctor._clock(None, lambda: 0).status == "OK"
    unsynced = doctor._clock(None, lambda: doctor.TIME_ERROR)
    assert unsynced.status == "WARN" and "NTP" in unsynced.fix
    skewed = doctor._clock(now - timedelta(minutes=5), lambda: 0)
    assert skewed.status == "FAIL" and "differs by 300 s" in skewed.detail
    assert doctor._clock(now, lambda: None).detail.endswith("matches the database server")
