"""Retention: the profiles from the privacy statements, the pure planner, the redaction
of event details, and the nightly run on real data (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
import copy
import email
import io
import re
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from mailbot import retention
from mailbot.config import ConfigError, RetentionSettings, Settings, load_settings, parse_settings
from mailbot.daemon import App
from mailbot.retention import CaseView, LooseMail, LooseMessage, Profile, plan, plan_case, redact
from mailbot.staffcli import Desk, act
from mailbot.store.db import make_engine
from mailbot.store.tables import utcnow
from tests.harness import HUMANS, mail, noise_mails, query, settings_for
from tests.servers import append_messages

ROOT = Path(__file__).resolve().parents[1]
T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
ONRO = Profile.from_settings(RetentionSettings())
URIOS = Profile.from_settings(RetentionSettings(profile="urios"))
digest = lambda a: retention.address_digest(b"k", a)  # noqa: E731


# ---- the profiles ---------------------------------------------------------------------

def test_profiles_follow_the_privacy_statements() -> None:
    onro = RetentionSettings()
    assert (onro.profile, onro.keep_after_close_days, onro.minimise_after_close_days,
            onro.proof_of_verification_years) == ("onro", 365, 365, 10)
    urios = RetentionSettings(profile="urios")
    assert (urios.keep_after_close_days, urios.minimise_after_close_days,
            urios.proof_of_verification_years) == (730, 730, 7)
    assert (onro.noise_days, onro.duplicate_days, onro.quarantine_days) == (30, 30, 90)


def _base() -> dict[str, Any]:
    return {"organisation": {"name": "ONRO B.V.", "address": "info@onro.eu",
                             "reference_prefix": "ONRO", "privacy_officer": "privacy@onro.eu"},
            "imap": {"host": "127.0.0.1", "tls": "none", "user": "info", "password_env": "T_PW"},
            "smtp": {"host": "127.0.0.1", "tls": "none"}}


def _problems(retention_section: dict[str, Any]) -> list[str]:
    raw = copy.deepcopy(_base())
    raw["retention"] = retention_section
    with pytest.raises(ConfigError) as err:
        parse_settings(raw)
    return err.value.problems


def test_retention_config_errors_name_the_key_and_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("T_PW", "x")
    (line,) = _problems({"profile": "onro", "keep_after_close_days": 30})
    assert line.startswith("retention.keep_after_close_days:") and 'profile = "custom"' in line
    (line,) = _problems({"profile": "custom", "keep_after_close_days": 30})
    assert "minimise_after_close_days" in line or "proof_of_verification_years" in line
    (line,) = _problems({"profile": "custom", "keep_after_close_days": 60,
                         "minimise_after_close_days": 30, "proof_of_verification_years": 1})
    assert line.startswith("retention.minimise_after_close_days:")
    (line,) = _problems({"profile": "gdpr"})
    assert line.startswith("retention.profile:") and "custom" in line
    (line,) = _problems({"noise_days": -1})
    assert line.startswith("retention.noise_days:")
    raw = _base()
    raw["retention"] = {"profile": "custom", "keep_after_close_days": 90,
                        "minimise_after_close_days": 180, "proof_of_verification_years": 5,
                        "noise_days": 7}
    rs = parse_settings(raw).mailboxes[0].retention
    assert (rs.keep_after_close_days, rs.minimise_after_close_days, rs.noise_days) == (90, 180, 7)
    assert parse_settings(_base()).mailboxes[0].retention.profile == "onro"  # the default


def _example_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("imap-password", "smtp-password", "urios-imap-password"):
        (tmp_path / name).write_text("x")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))


def test_example_config_ships_both_organisations(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _example_env(monkeypatch, tmp_path)
    two = load_settings(ROOT / "config.example.toml")
    assert [m.name for m in two.mailboxes] == ["info", "urios"]
    onro, urios = two.mailboxes
    assert onro.organisation.reference_prefix == "ONRO" and onro.retention.profile == "onro"
    assert urios.organisation.reference_prefix == "URIOS"
    assert urios.organisation.sender == "Urios <info@urios.nl>"
    assert "info@onro.eu" not in urios.organisation.all_own_addresses
    assert urios.retention.profile == "urios" and urios.retention.keep_after_close_days == 730


# ---- the pure planner -----------------------------------------------------------------

def view(status: str = "resolved", closed: datetime | None = T0, **kw: Any) -> CaseView:
    base: dict[str, Any] = dict(id=1, reference="ONRO-2026-0001", mailbox="info", category="question",
                                status=status, opened_at=T0 - timedelta(days=3), closed_at=closed,
                                last_activity=closed or T0, bodies=3, proofs=1)
    base.update(kw)
    return CaseView(**base)


def steps(v: CaseView, days: float, profile: Profile = ONRO) -> tuple[str, ...]:
    step = plan_case(v, profile, T0 + timedelta(days=days))
    return step.steps if step else ()


def test_onro_keeps_a_year_after_closing_then_minimises() -> None:
    v = view()
    assert steps(v, 364) == ()
    assert steps(v, 365) == ("bodies", "minimise")
    assert steps(v, 365 * 10 + 3) == ("bodies", "minimise", "proof")
    done = view(bodies=0, minimised_at=T0 + timedelta(days=365))
    assert done.minimised
    assert steps(done, 800) == ()
    assert steps(done, 365 * 10 + 3) == ("proof",)


def test_urios_keeps_two_years_and_minimises_in_the_third() -> None:
    v = view()
    assert steps(v, 400, URIOS) == ()
    assert steps(v, 730, URIOS) == ("bodies", "minimise")
    assert steps(v, 365 * 7 + 2, URIOS) == ("bodies", "minimise", "proof")


def test_open_cases_are_kept_and_the_clock_starts_at_the_last_sign_of_life() -> None:
    for status in ("new", "awaiting_verification", "open", "extended"):
        assert steps(view(status=status, closed=None), 5000) == ()
    # answered but never closed: from the last message
    answered = view(status="answered", closed=None, answered_at=T0,
                    last_activity=T0 + timedelta(days=100))
    assert steps(answered, 400) == ()
    assert steps(answered, 465) == ("bodies", "minimise")
    # a message after closing restarts the clock
    late = view(last_activity=T0 + timedelta(days=200))
    assert steps(late, 400) == ()
    assert steps(late, 565) == ("bodies", "minimise")


def test_a_minimised_case_that_got_new_mail_is_minimised_again_later() -> None:
    mail_after = view(bodies=1, personal=2, minimised_at=T0 + timedelta(days=365),
                      last_activity=T0 + timedelta(days=500))
    assert steps(mail_after, 700) == ()  # the new message restarted the clock
    assert steps(mail_after, 865) == ("bodies", "minimise")
    note_after = view(bodies=0, events_since_minimised=True, minimised_at=T0 + timedelta(days=365),
                      last_activity=T0 + timedelta(days=500))
    assert steps(note_after, 865) == ("minimise",)


def test_a_hold_keeps_everything() -> None:
    held = view(on_hold=True)
    assert steps(held, 5000) == ()
    p = plan([held], [], [], {"info": ONRO}, T0 + timedelta(days=400))
    assert not p.cases and "hold" in p.kept[0]


def test_plan_loose_rows_and_notes() -> None:
    now = T0 + timedelta(days=40)
    msgs = [LooseMessage(1, "info", "noise", T0), LooseMessage(2, "info", "duplicate", T0),
            LooseMessage(3, "info", "quarantine", T0), LooseMessage(4, "info", "noise", now),
            LooseMessage(5, "gone", "noise", T0)]
    mails = [LooseMail(7, "info", "staff_digest", T0), LooseMail(8, "info", "staff_digest", now)]
    idle = view(id=2, reference="ONRO-2026-0002", status="new", closed=None, last_activity=T0)
    p = plan([idle], msgs, mails, {"info": ONRO}, now)
    assert [m.id for m in p.messages] == [1, 2]  # quarantine is kept 90 days
    assert [o.id for o in p.mails] == [7]
    assert any("'gone'" in k for k in p.kept)
    later = plan([idle], msgs, [], {"info": ONRO}, T0 + timedelta(days=400))
    assert {m.id for m in later.messages} == {1, 2, 3, 4}
    assert any("ONRO-2026-0002" in k and "still new" in k for k in later.kept)


# ---- redaction of event details -----------------------------------------------------------

def test_redaction_keeps_tokens_and_erases_what_people_wrote() -> None:
    assert redact("note", {"text": "Belde met Piet Jansen, 0612345678"}, digest) == {"text": "[erased]"}
    assert redact("note", {"text": "0612345678"}, digest) == {"text": "[erased]"}
    assert redact("status", {"from": "open", "to": "resolved", "why": "Gegevens van Piet gewist"},
                  digest) == {"from": "open", "to": "resolved", "why": "[erased]"}
    opened = {"category": "rights_request", "rules": ["rights.access", "lang.nl"],
              "status": "new", "due_at": "2026-03-16T10:00:00+00:00"}
    assert redact("opened", opened, digest) == opened
    assert redact("answered", {"how": "reply found in the Sent folder"}, digest)["how"] != "[erased]"
    assert redact("reply_failed", {"reason": "permanent failure",
                                   "error": "550 piet@example.nl unknown"}, digest) == \
        {"reason": "permanent failure", "error": "[erased]"}
    verified = {"method": "code", "message_id": "CAF1@mail.example.nl", "address": "piet@example.nl",
                "at": "2026-03-02T10:00:00+00:00"}
    kept = redact("verified", verified, digest)
    assert kept["address"] == digest("piet@example.nl") and kept["message_id"] == "CAF1@mail.example.nl"
    assert redact("verified", kept, digest) == kept  # idempotent
    gone = redact("verified", kept, digest, proof=False)
    assert gone == {"method": "code", "message_id": "[erased]", "address": "[erased]",
                    "at": "2026-03-02T10:00:00+00:00"}
    assert redact("verified", {"method": "staff", "how": "passport"}, digest)["how"] == "[erased]"
    staff = {"from": None, "to": "support@onro.eu"}
    assert redact("assigned", staff, digest) == staff
    assert redact("assigned", staff, digest, address="support@onro.eu")["to"] == "[erased]"
    assert redact(retention.MINIMISED, {"reason": "erasure request"}, digest) == \
        {"reason": "erasure request"}


# ---- on real data -------------------------------------------------------------------------

def run_once(settings: Settings) -> None:
    """`mailbot run --once`, then the engine is closed (its sessions end with it)."""
    app = App(settings)
    try:
        asyncio.run(app.run_once())
    finally:
        app.engine.dispose()


def deliver(account: Any, *messages: bytes, folder: str = "INBOX") -> None:
    append_messages(account.host, account.port, account.user, account.password, folder,
                    list(messages))


def parsed(sink: Any) -> list[EmailMessage]:
    return [email.message_from_bytes(m.data, policy=policy.default) for m in sink.messages]  # type: ignore[misc]


def body(msg: EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def verify_by_code(account: Any, sink: Any, settings: Settings, sender: str) -> None:
    """Answer the verification mail with its code, in its thread."""
    mails = [m for m in parsed(sink) if m["To"].addresses[0].addr_spec == sender]
    request = next(m for m in mails if re.search(r"\b\d{6}\b", body(m)))
    code = re.search(r"\b(\d{6})\b", body(request)).group(1)  # type: ignore[union-attr]
    deliver(account, mail(sender, f"Re: {request['Subject']}", f"Mijn code is {code}",
                          In_Reply_To=request["Message-ID"], References=request["Message-ID"]))
    run_once(settings)


def staff(settings: Settings, reference: str, verb: str, value: str) -> None:
    out = io.StringIO()
    assert act(Desk(settings), reference, verb, value, "privacy@onro.eu", out) == 0, out.getvalue()


def case_of(db: str, requester: str) -> str:
    return query(db, 'SELECT reference FROM "case" WHERE requester = :r', r=requester)[0][0]


MARKER = "Zwanenburgerdijk-7741"


def build_history(account: Any, sink: Any, tmp_path: Path, db: str, extra: str = "") -> Settings:
    """A verified access request with a staff note, resolved; an open question; robots;
    a re-delivered message — all through the real pipeline."""
    settings = settings_for(tmp_path, account, sink, db, extra=extra)
    request = mail("piet@example.nl", "Inzage", f"Ik wil inzage in al mijn persoonsgegevens.\n"
                   f"Mijn adres is {MARKER}.\n", name="Piet Jansen")
    deliver(account, request, mail(*HUMANS["question"]), *noise_mails())
    run_once(settings)
    verify_by_code(account, sink, settings, "piet@example.nl")
    ref = case_of(db, "piet@example.nl")
    staff(settings, ref, "note", "Piet Jansen belde, klantnummer 44812")
    staff(settings, ref, "resolve", "Inzage verstuurd naar Piet Jansen")
    deliver(account, request)  # the same message again: a duplicate
    run_once(settings)
    return settings


def sqlite_bytes(db: str) -> bytes:
    """The database file and its write-ahead log, as stored on disk."""
    path = Path(db.split("///", 1)[1])
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def events(db: str) -> list[tuple[int, str, str]]:
    return [tuple(r) for r in query(db, "SELECT id, kind, actor FROM case_event ORDER BY id")]


@pytest.mark.parametrize("imap_server", ["dovecot"], indirect=True)
def test_nightly_retention_on_real_data(imap_server: Any, smtp_sink: Any, tmp_path: Path,
                                        database_url: str) -> None:
    db = database_url
    settings = build_history(imap_server, smtp_sink, tmp_path, db)
    ref = case_of(db, "piet@example.nl")
    question = case_of(db, "john@example.com")
    assert {r[0] for r in query(db, "SELECT disposition FROM inbound_message")} >= \
        {"case", "follow_up", "noise", "duplicate"}
    before = events(db)
    engine = make_engine(db)
    try:
        # a dry run at +400 days lists, changes nothing
        later = utcnow() + timedelta(days=400)
        dry = retention.apply_retention(settings, engine, later, dry_run=True)
        assert [c.reference for c in dry.cases] == [ref]
        assert dry.cases[0].steps == ("bodies", "minimise")
        assert {m.disposition for m in dry.messages} == {"noise", "duplicate"}
        assert any(question in k and "still new" in k for k in dry.kept)
        assert events(db) == before
        assert query(db, "SELECT count(*) FROM inbound_message WHERE raw IS NULL")[0][0] == 0
        out = io.StringIO()
        dry.render(out)
        assert ref in out.getvalue() and "Suppression list" in out.getvalue()

        if db.startswith("sqlite"):
            assert MARKER.encode() in sqlite_bytes(db)  # stored before retention, in the clear
        # the real thing
        report = retention.apply_retention(settings, engine, later)
        assert [c.reference for c in report.cases] == [ref] and not report.errors
        case_id = query(db, 'SELECT id FROM "case" WHERE reference = :r', r=ref)[0][0]
        row = query(db, 'SELECT requester, requester_name, subject, outcome, evidence, minimised_at, '
                        'category, rights, status, verified_at, verification_method '
                        'FROM "case" WHERE id = :i', i=case_id)[0]
        assert row[:4] == (None, None, None, None) and row[5] is not None
        assert row[6] == "rights_request" and "access" in str(row[7]) and row[8] == "resolved"
        assert row[9] is not None and row[10] == "code"  # proof of verification kept
        msgs = query(db, "SELECT raw, sender, sender_name, subject, message_id FROM inbound_message "
                         "WHERE case_id = :i", i=case_id)
        assert msgs and all(set(m) == {None} for m in msgs)
        outs = query(db, "SELECT raw, recipient FROM outbox WHERE case_id = :i", i=case_id)
        assert outs and all(o == (None, None) for o in outs)
        (vaddr, proof), = query(db, "SELECT address, proof FROM verification WHERE case_id = :i",
                                i=case_id)
        assert vaddr is None and "piet@example.nl" not in str(proof) and "sha256:" in str(proof)
        trail = query(db, "SELECT kind, detail FROM case_event WHERE case_id = :i", i=case_id)
        details = " ".join(str(d) for _, d in trail)
        for secret in ("piet@example.nl", "Piet Jansen", "44812", MARKER):
            assert secret not in details
        assert "[erased]" in details and any(k == "minimised" for k, _ in trail)
        # the audit trail only grew: every earlier event is still there, same kind and actor
        after = events(db)
        assert [e for e in after if e[0] in {b[0] for b in before}] == before
        assert len(after) > len(before)
        # robots and the duplicate are gone; the open question is untouched
        assert query(db, "SELECT count(*) FROM inbound_message WHERE disposition IN "
                         "('noise', 'duplicate')")[0][0] == 0
        qid = query(db, 'SELECT id FROM "case" WHERE reference = :r', r=question)[0][0]
        assert query(db, "SELECT count(*) FROM inbound_message WHERE case_id = :i AND raw IS NOT NULL",
                     i=qid)[0][0] == 1
        # nothing more is due the same day: idempotent
        again = retention.apply_retention(settings, engine, later)
        assert again.changes == 0
        if db.startswith("sqlite"):
            assert MARKER.encode() not in sqlite_bytes(db), "deleted text is still in the file"
            assert "overwritten with zeros" in report.storage

        # ten years on, the proof of verification goes too
        decade = utcnow() + timedelta(days=365 * 10 + 5)
        final = retention.apply_retention(settings, engine, decade)
        assert ref in [c.reference for c in final.cases]
        assert query(db, "SELECT count(*) FROM verification WHERE case_id = :i", i=case_id)[0][0] == 0
        verified = query(db, "SELECT detail FROM case_event WHERE case_id = :i AND kind = 'verified'",
                         i=case_id)
        assert verified and "sha256" not in str(verified[0][0])
        assert query(db, 'SELECT reference FROM "case" WHERE id = :i', i=case_id)[0][0] == ref
    finally:
        engine.dispose()


@pytest.mark.parametrize("imap_server", ["dovecot"], indirect=True)
def test_urios_profile_and_the_command(imap_server: Any, smtp_sink: Any, tmp_path: Path,
                                       database_url: str) -> None:
    db = database_url
    settings = build_history(imap_server, smtp_sink, tmp_path, db,
                             extra='[retention]\nprofile = "urios"\nnoise_days = 0\n')
    ref = case_of(db, "piet@example.nl")
    engine = make_engine(db)
    try:
        year = retention.apply_retention(settings, engine, utcnow() + timedelta(days=400))
        assert not year.cases  # Urios keeps everything two years
        assert {m.disposition for m in year.messages} == {"noise", "duplicate"}
        assert query(db, 'SELECT requester FROM "case" WHERE reference = :r', r=ref)[0][0] == \
            "piet@example.nl"
        # a hold (a dispute) keeps the case as it is until released
        out = io.StringIO()
        assert retention.retention_hold_command(settings, ref, "", out) == 1  # needs a reason
        assert retention.retention_hold_command(settings, ref, "geschil over de inzage", out) == 0
        third = retention.apply_retention(settings, engine, utcnow() + timedelta(days=731))
        assert not third.cases and any(ref in k and "hold" in k for k in third.kept)
        assert retention.retention_hold_command(settings, ref, "", out, release=True) == 0
        third = retention.apply_retention(settings, engine, utcnow() + timedelta(days=731))
        assert [c.reference for c in third.cases] == [ref]
        assert query(db, 'SELECT requester FROM "case" WHERE reference = :r', r=ref)[0][0] is None
        assert retention.retention_hold_command(settings, "ONRO-1999-0001", "x", out) == 2
        out = io.StringIO()
        assert retention.retention_command(settings, True, out) == 0
        assert "Retention dry run" in out.getvalue() and "Nothing is due" in out.getvalue()
    finally:
        engine.dispose()
    assert retention.nightly_retention(settings, make_engine(db)) == 0  # nothing due today


def test_disabled_mailbox_is_only_reported(smtp_sink: Any, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"

    class Account:  # no IMAP needed: the rows are made by hand
        host, port, user, password = "127.0.0.1", 1, "u", "p"

    settings = settings_for(tmp_path, Account, smtp_sink, db,
                            extra="[retention]\nenabled = false\nnoise_days = 0\n")
    now = utcnow().replace(tzinfo=None)
    query(db, "INSERT INTO inbound_message (mailbox, uidvalidity, uid, content_hash, received_at, "
              "size, raw, disposition, reason, created_at) VALUES ('info', 1, 1, 'h', :t, 3, :r, "
              "'noise', 'noise: bounce', :t)", t=now - timedelta(days=2), r=b"abc")
    engine = make_engine(db)
    try:
        report = retention.apply_retention(settings, engine, utcnow())
        assert not report.messages and report.disabled == ["info"]
        assert query(db, "SELECT count(*) FROM inbound_message")[0][0] == 1
        dry = retention.apply_retention(settings, engine, utcnow(), dry_run=True)
        assert len(dry.messages) == 1
    finally:
        engine.dispose()
