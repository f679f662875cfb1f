"""`mailbot person export|erase`: access and erasure requests about the bot's own data,
on real data made by the real pipeline (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
import json
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text

from mailbot.person import normalise, person_erase_command, person_export_command
from mailbot.store.db import make_engine
from tests.harness import mail, query, settings_for
from tests.test_retention import (MARKER, case_of, deliver, events, run_once, staff,
                                  verify_by_code)

PIET = "piet@example.nl"
ANNA = "anna@example.nl"


def everything(db: str, skip: tuple[str, ...] = ()) -> str:
    """Every value in every table, as text (bytes decoded), for 'is it gone?' checks."""
    engine = make_engine(db)
    try:
        parts = []
        with engine.connect() as conn:
            for table in inspect(engine).get_table_names():
                if table in skip or table == "alembic_version":
                    continue
                for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                    for v in row:
                        if isinstance(v, (bytes, memoryview)):
                            parts.append(bytes(v).decode("utf-8", "replace"))
                        else:
                            parts.append(str(v))
        return "\n".join(parts).lower()
    finally:
        engine.dispose()


def build(account: Any, sink: Any, tmp_path: Path, db: str) -> Any:
    """Piet: a verified access request with a staff note, and an out-of-office reply.
    Anna: unsubscribes. John: a question whose text names Piet."""
    settings = settings_for(tmp_path, account, sink, db,
                            extra="[security]\ntoken_key_env = \"T_TOKEN_KEY\"\n")
    deliver(account,
            mail(PIET, "Inzage", f"Ik wil inzage in al mijn persoonsgegevens.\nMijn adres is {MARKER}.\n",
                 name="Piet Jansen"),
            mail(ANNA, "Afmelden nieuwsbrief", "Graag wil ik mij afmelden voor de nieuwsbrief."),
            mail("john@example.com", "Question about invoices",
                 f"Hello, my colleague {PIET} cannot find the invoices either. Thanks, John"),
            mail(PIET, "Afwezig: uw bericht", "Ik ben afwezig tot maandag.",
                 Auto_Submitted="auto-replied"))
    run_once(settings)
    verify_by_code(account, sink, settings, PIET)
    staff(settings, case_of(db, PIET), "note", "Piet Jansen belde, klantnummer 44812")
    return settings


@pytest.fixture(autouse=True)
def _token_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("T_TOKEN_KEY", "a-long-random-key-for-staff-addresses")


def test_normalise() -> None:
    assert normalise(" Piet Jansen <PIET@Example.NL> ") == PIET
    for bad in ("", "piet", "a b@c.d", "x@y.z, q@r.s"):
        with pytest.raises(ValueError):
            normalise(bad)


@pytest.mark.parametrize("imap_server", ["dovecot"], indirect=True)
def test_export_then_erase(imap_server: Any, smtp_sink: Any, tmp_path: Path, database_url: str) -> None:
    db = database_url
    settings = build(imap_server, smtp_sink, tmp_path, db)
    ref = case_of(db, PIET)
    exports = tmp_path / "exports"
    exports.mkdir()

    # ---- export -------------------------------------------------------------------------
    out = io.StringIO()
    assert person_export_command(settings, "Piet Jansen <PIET@example.nl>", exports, out) == 0, \
        out.getvalue()
    (zpath,) = exports.glob("*.zip")
    assert stat.S_IMODE(zpath.stat().st_mode) == 0o600
    with zipfile.ZipFile(zpath) as z:
        doc = json.loads(z.read("person.json"))
        names = set(z.namelist())
        assert "README.txt" in names
        (case,) = doc["cases"]
        assert case["reference"] == ref and case["requester_name"] == "Piet Jansen"
        kinds = [e["kind"] for e in case["audit_trail"]]
        assert kinds[0] == "opened" and "verified" in kinds and "note" in kinds
        assert case["retention"] == {"profile": "onro", "kept_while": "the case is open"}
        files = [m["file"] for m in doc["messages"] if m["file"]]
        assert len(files) == len(doc["messages"]) == 3  # request, code reply, out-of-office
        assert any(MARKER.encode() in z.read(f) for f in files)
        assert any(m["disposition"] == "noise" for m in doc["messages"])
        assert {m["kind"] for m in doc["mails"]} >= {"ack_rights_request", "verification_request"}
        assert all(z.read(m["file"]) for m in doc["mails"] if m["file"])
        (v,) = doc["verifications"]
        assert v["used_at"] and "code_hash" not in v
        assert [(m["table"], m["case"]) for m in doc["mentions"]] == \
            [("message", case_of(db, "john@example.com"))]
        assert "append-only" in doc["notes"]["audit_trail"]
    assert "exported" in [e[1] for e in events(db)]
    again = io.StringIO()
    assert person_export_command(settings, PIET, zpath, again) == 1 and "exists" in again.getvalue()
    nobody = io.StringIO()
    assert person_export_command(settings, "nobody@example.org", exports / "n.zip", nobody) == 0
    assert "holds nothing" in nobody.getvalue()

    # ---- erase: refused while the case is open ------------------------------------------
    out = io.StringIO()
    assert person_erase_command(settings, PIET, out, yes=True) == 1
    assert "still open" in out.getvalue() and ref in out.getvalue()
    staff(settings, ref, "resolve", "Inzage verstuurd naar Piet Jansen")
    out = io.StringIO()
    assert person_erase_command(settings, PIET, out, yes=True) == 1  # the resolution is queued
    assert "still queued" in out.getvalue()
    run_once(settings)

    # ---- without --yes: says what would happen, changes nothing ---------------------------
    before_events = events(db)
    out = io.StringIO()
    assert person_erase_command(settings, PIET, out, yes=False) == 1
    preview = out.getvalue()
    assert "Would erase" in preview and "--yes" in preview and "proof of verification" in preview
    assert "john@example.com" not in preview and "Question" not in preview
    assert "mentions the address" in preview
    assert events(db) == before_events and PIET in everything(db)

    # ---- erase ---------------------------------------------------------------------------
    out = io.StringIO()
    assert person_erase_command(settings, PIET, out, yes=True) == 0, out.getvalue()
    done = out.getvalue()
    assert "Erased" in done and "Kept, because the law requires it" in done
    assert "minimal record" in done and "keyed digest" in done
    held = everything(db, skip=("inbound_message",))
    for gone in (PIET, "piet jansen", "44812", MARKER.lower()):
        assert gone not in held, gone
    # John's message names Piet: it is John's correspondence and stays, as the output says
    john = query(db, "SELECT raw FROM inbound_message WHERE sender = 'john@example.com'")[0][0]
    assert PIET.encode() in bytes(john)
    others = query(db, "SELECT raw, sender, subject FROM inbound_message "
                       "WHERE sender IS NULL OR sender <> 'john@example.com'")
    assert all(PIET not in str(bytes(r[0]) if r[0] else b"") for r in others)
    assert query(db, "SELECT count(*) FROM inbound_message WHERE disposition = 'noise'")[0][0] == 0
    # the minimal record and the proof stay; the audit trail only grew
    row = query(db, 'SELECT category, rights, status, verified_at, minimised_at FROM "case" '
                    "WHERE reference = :r", r=ref)[0]
    assert row[0] == "rights_request" and row[2] == "resolved" and row[3] and row[4]
    proof = query(db, "SELECT proof FROM verification")[0][0]
    assert "hmac-sha256:" in str(proof)
    after = events(db)
    assert [e for e in after if e[0] in {b[0] for b in before_events}] == before_events
    assert "minimised" in [e[1] for e in after[len(before_events):]]

    # an export afterwards shows what is still held, found through the proof's digest
    out = io.StringIO()
    assert person_export_command(settings, PIET, exports / "after.zip", out) == 0
    with zipfile.ZipFile(exports / "after.zip") as z:
        doc = json.loads(z.read("person.json"))
        (case,) = doc["cases"]
        assert case["reference"] == ref and case["requester"] is None
        assert case["minimised_at"] and "[erased]" in json.dumps(case["audit_trail"])
        minimised = [e for e in case["audit_trail"] if e["kind"] == "minimised"]
        assert minimised[0]["detail"]["reason"] == "erasure request"
        assert not [n for n in z.namelist() if n.endswith(".eml")]
    out = io.StringIO()
    assert person_erase_command(settings, PIET, out, yes=False) == 0  # again: nothing left to do
    assert "nothing left (erased before)" in out.getvalue() and "minimal record" in out.getvalue()


@pytest.mark.parametrize("imap_server", ["dovecot"], indirect=True)
def test_erase_keeps_the_unsubscribe(imap_server: Any, smtp_sink: Any, tmp_path: Path,
                                     database_url: str) -> None:
    db = database_url
    settings = build(imap_server, smtp_sink, tmp_path, db)
    ref = case_of(db, ANNA)
    if query(db, 'SELECT status FROM "case" WHERE reference = :r', r=ref)[0][0] != "resolved":
        staff(settings, ref, "resolve", "Afgemeld")
    run_once(settings)
    out = io.StringIO()
    assert person_erase_command(settings, ANNA, out, yes=True) == 0, out.getvalue()
    assert "unsubscribe entry" in out.getvalue() and "never" in out.getvalue()
    assert query(db, "SELECT address FROM suppression") == [(ANNA,)]
    assert ANNA not in everything(db, skip=("suppression", "hook_job"))
    out = io.StringIO()
    assert person_export_command(settings, ANNA, tmp_path / "anna.zip", out) == 0
    with zipfile.ZipFile(tmp_path / "anna.zip") as z:
        doc = json.loads(z.read("person.json"))
    assert [x["address"] for x in doc["suppression"]] == [ANNA]
    assert [c["reference"] for c in doc["cases"]] == [ref]  # the unsubscribe case, minimised
