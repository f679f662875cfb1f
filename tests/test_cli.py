"""The command line as people use it: exit codes and readable output."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.harness import HUMANS, mail, run_cli, run_once, settings_for, write_config
from tests.servers import append_messages

pytestmark = pytest.mark.integration


def test_classify_json_contract(tmp_path: Path) -> None:
    files = []
    for name, (addr, subj, body) in HUMANS.items():
        f = tmp_path / f"{name}.eml"
        f.write_bytes(mail(addr, subj, body))
        files.append(str(f))
    auto = tmp_path / "auto.eml"
    auto.write_bytes(mail("x@example.nl", "Afwezig", "Ik ben weg.", Auto_Submitted="auto-replied"))
    files.append(str(auto))
    out = run_cli(tmp_path / "unused.toml", "classify", "--json", *files)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == len(files)
    for row in rows:
        assert {"file", "category", "intents", "rights", "breach", "noise", "language",
                "confidence", "evidence"} <= set(row)
    by_file = {Path(r["file"]).stem: r for r in rows}
    assert by_file["auto"]["category"] == "noise" and by_file["auto"]["noise"] == "auto_reply"
    for name in HUMANS:
        assert by_file[name]["category"] == name and by_file[name]["noise"] is None
    assert "access" in by_file["rights_request"]["rights"]


def test_check_config_and_unmigrated_database(imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    if imap_server.kind == "pymap":
        pytest.skip("no IMAP needed")
    db = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    cfg = write_config(tmp_path, imap_server, smtp_sink, db)
    ok = run_cli(cfg, "check-config")
    assert ok.returncode == 0 and "configuration OK" in ok.stdout
    refused = run_cli(cfg, "run", "--once")
    assert refused.returncode == 78 and "mailbot db upgrade" in refused.stderr
    assert run_cli(cfg, "db", "upgrade").returncode == 0
    bad = tmp_path / "bad.toml"
    bad.write_text(cfg.read_text().replace(f"port = {imap_server.port}", "port = 99999", 1))
    broken = run_cli(bad, "check-config")
    assert broken.returncode == 78 and 'imap.port: expected an integer 1-65535, got 99999' in broken.stderr


def test_retention_and_person_commands(imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    if imap_server.kind == "pymap":
        pytest.skip("one IMAP server is enough here")
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    settings = settings_for(tmp_path, imap_server, smtp_sink, db)
    append_messages(imap_server.host, imap_server.port, imap_server.user, imap_server.password,
                    "INBOX", [mail(*HUMANS["question"])])
    run_once(settings)
    cfg = tmp_path / "config.toml"
    dry = run_cli(cfg, "retention", "--dry-run")
    assert dry.returncode == 0, dry.stdout + dry.stderr
    dest = tmp_path / "export.zip"
    exported = run_cli(cfg, "person", "export", "john@example.com", str(dest))
    assert exported.returncode == 0, exported.stdout + exported.stderr
    with zipfile.ZipFile(dest) as zf:
        names = zf.namelist()
        assert any(n.endswith(".eml") for n in names)
        doc = json.loads(zf.read(next(n for n in names if n.endswith(".json"))))
    assert "john@example.com" in json.dumps(doc)
    plan = run_cli(cfg, "person", "erase", "john@example.com")
    assert plan.returncode in (0, 1) and plan.stdout.strip()
