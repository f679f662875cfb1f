"""The case lifecycle on real servers: threading, verification, staff replies, the
escalation ladder, staff commands by mail, unsubscribe suppression and its hook."""

from __future__ import annotations

import email
import re
import sys
import threading
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from mailbot.daemon import App
from mailbot.store.tables import utcnow
from tests.harness import HUMANS, mail, query, run_cli, run_once, settings_for
from tests.servers import append_messages

pytestmark = pytest.mark.integration

TOKEN_KEY = 'token_key_env = "T_TOKEN_KEY"'


@pytest.fixture(autouse=True)
def _token_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("T_TOKEN_KEY", "a-long-random-key-for-staff-addresses")


def deliver(account: Any, *messages: bytes, folder: str = "INBOX") -> None:
    append_messages(account.host, account.port, account.user, account.password, folder, list(messages))


def setup(tmp_path: Path, account: Any, sink: Any, db: str | None = None, extra: str = "") -> Any:
    db = db or f"sqlite:///{tmp_path / 'db.sqlite3'}"
    return settings_for(tmp_path, account, sink, db, extra=f"[security]\n{TOKEN_KEY}\n{extra}"), db


def parsed(sink: Any) -> list[EmailMessage]:
    return [email.message_from_bytes(m.data, policy=policy.default) for m in sink.messages]  # type: ignore[misc]


def to(msgs: list[EmailMessage], address: str) -> list[EmailMessage]:
    return [m for m in msgs if m["To"].addresses[0].addr_spec == address]


def text(msg: EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def reply_to(original: EmailMessage, sender: str, body: str, subject: str | None = None,
             **headers: str) -> bytes:
    return mail(sender, subject or f"Re: {original['Subject']}", body,
                In_Reply_To=original["Message-ID"], References=original["Message-ID"], **headers)


def test_reply_in_thread_joins_the_case(imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    settings, db = setup(tmp_path, imap_server, smtp_sink)
    deliver(imap_server, mail(*HUMANS["question"]))
    run_once(settings)
    (ack,) = parsed(smtp_sink)
    deliver(imap_server, reply_to(ack, "john@example.com", "One more detail: it is the Android app."))
    run_once(settings)
    assert len(query(db, 'SELECT id FROM "case"')) == 1
    rows = query(db, "SELECT disposition FROM inbound_message ORDER BY id")
    assert [r[0] for r in rows] == ["case", "follow_up"]
    assert len(smtp_sink.messages) == 1  # no second acknowledgment


def test_reference_in_subject_only_counts_from_the_requester(imap_server: Any, smtp_sink: Any,
                                                             tmp_path: Path) -> None:
    settings, db = setup(tmp_path, imap_server, smtp_sink)
    deliver(imap_server, mail(*HUMANS["complaint"]))
    run_once(settings)
    ref = query(db, 'SELECT reference FROM "case"')[0][0]
    deliver(imap_server,
            mail("kees@example.nl", f"Aanvulling [{ref}]", "Hierbij nog een schermafdruk van de mail."),
            mail("iemand@anders.nl", f"Over {ref}", "Ik heb ook een vraag over mijn account."))
    run_once(settings)
    assert len(query(db, 'SELECT id FROM "case"')) == 2
    kinds = [r[0] for r in query(db, "SELECT kind FROM case_event")]
    assert "follow_up" in kinds and "reference_mismatch" in kinds


def test_probable_duplicate_is_linked_not_a_second_clock(imap_server: Any, smtp_sink: Any,
                                                         tmp_path: Path) -> None:
    settings, db = setup(tmp_path, imap_server, smtp_sink)
    deliver(imap_server, mail("anna@example.nl", "Afmelden", "Graag afmelden voor de nieuwsbrief."))
    run_once(settings)
    deliver(imap_server, mail("anna@example.nl", "afmelden!!", "Ik wil geen nieuwsbrief meer, afmelden a.u.b."))
    run_once(settings)
    assert len(query(db, 'SELECT id FROM "case"')) == 1
    assert [r[0] for r in query(db, "SELECT disposition FROM inbound_message ORDER BY id")] == \
        ["case", "follow_up"]
    assert query(db, "SELECT address FROM suppression") == [("anna@example.nl",)]


def test_verification_round_trip_and_spoofed_from(imap_server: Any, smtp_sink: Any,
                                                  tmp_path: Path) -> None:
    settings, db = setup(tmp_path, imap_server, smtp_sink)
    deliver(imap_server, mail("piet@example.nl", "Inzage", "Ik wil inzage in al mijn persoonsgegevens."))
    run_once(settings)
    assert query(db, 'SELECT status FROM "case"')[0][0] == "awaiting_verification"
    mails = to(parsed(smtp_sink), "piet@example.nl")
    assert len(mails) == 2  # the acknowledgment and the verification request
    verification = next(m for m in mails if re.search(r"\b\d{6}\b", text(m)))
    code = re.search(r"\b(\d{6})\b", text(verification)).group(1)  # type: ignore[union-attr]

    # someone else, spoofing nothing but knowing the reference, cannot verify
    ref = query(db, 'SELECT reference FROM "case"')[0][0]
    deliver(imap_server, mail("evil@example.org", f"Re: [{ref}]", f"Code: {code}"))
    run_once(settings)
    assert query(db, 'SELECT status FROM "case" WHERE reference = :r', r=ref)[0][0] == "awaiting_verification"

    deliver(imap_server, reply_to(verification, "piet@example.nl", f"Mijn code is {code}"))
    run_once(settings)
    status, method = query(db, 'SELECT status, verification_method FROM "case" WHERE reference = :r', r=ref)[0]
    assert (status, method) == ("open", "code")
    proof = query(db, "SELECT used_at, proof FROM verification")[0]
    assert proof[0] is not None and "piet@example.nl" in str(proof[1])
    assert len(to(parsed(smtp_sink), "piet@example.nl")) == 3  # + confirmation


def test_known_customer_needs_no_verification(imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    directory = tmp_path / "customers.csv"
    directory.write_text("name,email\nPiet,PIET@example.nl\n")
    settings, db = setup(tmp_path, imap_server, smtp_sink,
                         extra=f'[verification]\ndirectory_csv = "{directory}"')
    deliver(imap_server, mail("piet@example.nl", "Inzage", "Ik wil inzage in mijn persoonsgegevens."))
    run_once(settings)
    assert query(db, 'SELECT status FROM "case"')[0][0] == "new"
    assert len(smtp_sink.messages) == 1


def test_staff_reply_in_sent_folder_stops_the_clock(imap_server: Any, smtp_sink: Any,
                                                    tmp_path: Path) -> None:
    settings, db = setup(tmp_path, imap_server, smtp_sink)
    original = mail(*HUMANS["question"])
    deliver(imap_server, original)
    run_once(settings)
    assert query(db, 'SELECT answered_at FROM "case"')[0][0] is None
    first = email.message_from_bytes(original, policy=policy.default)
    deliver(imap_server, reply_to(first, "support@onro.eu", "Uw facturen staan onder Instellingen."),
            folder="Sent")
    run_once(settings)
    status, answered = query(db, 'SELECT status, answered_at FROM "case"')[0]
    assert status == "answered" and answered is not None


def age(db: str, days_ago: float, due_in: float) -> None:
    now = utcnow().replace(tzinfo=None)
    query(db, 'UPDATE "case" SET opened_at = :o, due_at = :d',
          o=now - timedelta(days=days_ago), d=now + timedelta(days=due_in))


def escalations(db: str) -> list[str]:
    return [r[0] for r in query(db, "SELECT kind FROM outbox WHERE kind = 'staff_escalation'")]


def test_ladder_fires_once_per_stage_across_restarts(imap_server: Any, smtp_sink: Any,
                                                     tmp_path: Path) -> None:
    if imap_server.kind == "pymap":
        pytest.skip("the ladder does not depend on the IMAP server")
    settings, db = setup(tmp_path, imap_server, smtp_sink)
    deliver(imap_server, mail(*HUMANS["complaint"]))
    run_once(settings)
    age(db, days_ago=8, due_in=6)  # 57% of the time gone: the reminder is due
    assert App(settings).jobs.escalate() == 1
    assert App(settings).jobs.escalate() == 0  # a restart does not repeat it
    age(db, days_ago=15, due_in=-1)  # past due: urgent and overdue at once -> one mail
    assert App(settings).jobs.escalate() == 1
    assert App(settings).jobs.escalate() == 0
    stages = sorted(r[0] for r in query(db, "SELECT stage FROM escalation"))
    assert stages == ["overdue", "reminder", "urgent"]
    assert len(escalations(db)) == 2
    run_once(settings)
    staff = to(parsed(smtp_sink), "privacy@onro.eu")
    assert len(staff) == 2
    assert staff[-1]["Reply-To"].addresses[0].addr_spec.startswith("info+ONRO-")


def test_two_instances_do_not_double_an_escalation(dovecot: Any, postgres: Any, smtp_sink: Any,
                                                   tmp_path: Path) -> None:
    from tests.conftest import ImapAccount

    dovecot.add_user("twoinst", "pw")
    account = ImapAccount("dovecot", dovecot.host, dovecot.port, "twoinst", "pw", dovecot)
    db = postgres.create_database("two_instances")
    settings, _ = setup(tmp_path, account, smtp_sink, db)
    deliver(account, *[mail(f"k{i}@example.nl", "Klacht", "Ik dien een klacht in over mijn gegevens.")
                       for i in range(5)])
    run_once(settings)
    age(db, days_ago=8, due_in=6)
    apps = [App(settings), App(settings)]
    results: list[int] = []
    barrier = threading.Barrier(2)

    def go(app: App) -> None:
        barrier.wait()
        results.append(app.jobs.escalate())

    threads = [threading.Thread(target=go, args=(a,)) for a in apps]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(results) == 5  # one reminder per case, whoever claimed it
    assert len(escalations(db)) == 5


def staff_command(sink: Any, tmp_path: Path, account: Any, settings: Any, body: str,
                  sender: str = "privacy@onro.eu", tamper: bool = False) -> str:
    escalation = next(m for m in parsed(sink) if m["Reply-To"] is not None)
    plus = escalation["Reply-To"].addresses[0].addr_spec
    if tamper:
        plus = plus[:-12] + ("a" if plus[-12] != "a" else "b") + plus[-11:]
    deliver(account, mail(sender, f"Re: {escalation['Subject']}", body, To=plus))  # type: ignore[arg-type]
    run_once(settings)
    return plus


def test_staff_act_by_mail(imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    if imap_server.kind == "pymap":
        pytest.skip("one IMAP server is enough here")
    settings, db = setup(tmp_path, imap_server, smtp_sink)
    deliver(imap_server, mail(*HUMANS["complaint"]))
    run_once(settings)
    age(db, days_ago=8, due_in=6)
    run_once(settings)  # reminder to the privacy officer, with the plus address
    ref = query(db, 'SELECT reference FROM "case"')[0][0]

    staff_command(smtp_sink, tmp_path, imap_server, settings, "resolve done", sender="evil@example.org")
    staff_command(smtp_sink, tmp_path, imap_server, settings, "resolve done", tamper=True)
    assert query(db, 'SELECT status FROM "case"')[0][0] == "new"
    refused = [r[0] for r in query(db, "SELECT kind FROM case_event WHERE kind = 'staff_command_refused'")]
    assert len(refused) == 2

    staff_command(smtp_sink, tmp_path, imap_server, settings, "dance now")
    unknown = to(parsed(smtp_sink), "privacy@onro.eu")[-1]
    assert "resolve" in text(unknown) and "refuse" in text(unknown) and "breach" in text(unknown)

    assert not query(db, 'SELECT breach FROM "case"')[0][0]
    staff_command(smtp_sink, tmp_path, imap_server, settings,
                  "breach het gedeelde bestand bevatte klantgegevens")
    assert query(db, 'SELECT breach, category FROM "case"')[0] in ((1, "complaint"), (True, "complaint"))
    run_once(settings)
    assert any(ref in m["Subject"] and "72" in m["Subject"]
               for m in to(parsed(smtp_sink), "privacy@onro.eu"))

    staff_command(smtp_sink, tmp_path, imap_server, settings,
                  "reply\nBeste Kees,\n\nWe hebben het gedeelde bestand verwijderd.\n\nGroet, Privacy")
    answer = to(parsed(smtp_sink), "kees@example.nl")[-1]
    assert "gedeelde bestand verwijderd" in text(answer) and ref in answer["Subject"]
    assert query(db, 'SELECT status FROM "case"')[0][0] == "answered"

    staff_command(smtp_sink, tmp_path, imap_server, settings, "resolve Bestand verwijderd, klant geinformeerd")
    assert query(db, 'SELECT status, outcome FROM "case"')[0] == \
        ("resolved", "Bestand verwijderd, klant geinformeerd")
    confirmations = [m for m in to(parsed(smtp_sink), "privacy@onro.eu") if ref in m["Subject"]]
    assert len(confirmations) >= 3


def test_breach_alerts_the_privacy_officer_at_once(imap_server: Any, smtp_sink: Any,
                                                   tmp_path: Path) -> None:
    settings, db = setup(tmp_path, imap_server, smtp_sink)
    deliver(imap_server, mail("jeroen@example.nl", "Datalek",
                              "Ik kreeg de factuur van een andere klant: uw mail ging naar de verkeerde "
                              "ontvanger. Dit is een datalek."))
    run_once(settings)
    breach, due = query(db, 'SELECT breach, breach_due_at FROM "case"')[0]
    assert breach and due is not None
    alert = to(parsed(smtp_sink), "privacy@onro.eu")
    assert len(alert) == 1 and "72" in alert[0]["Subject"]


COUNTER_STORY = ("Bij het afhalen lag het formulier met mijn handtekening en rekeningnummer gewoon "
                 "open op de balie, waar iedereen langs liep. Is dat normaal bij jullie?")


@pytest.mark.parametrize("imap_server", ["dovecot"], indirect=True)
def test_the_statistical_reading_alerts_on_a_story(imap_server: Any, smtp_sink: Any,
                                                     tmp_path: Path) -> None:
    """The same story with the reading on (the default): a possible breach on arrival,
    marked for review, and the alert tells the privacy officer how it was recognised."""
    settings, db = setup(tmp_path, imap_server, smtp_sink)
    deliver(imap_server, mail("ans@example.nl", "Formulier op de balie", COUNTER_STORY))
    run_once(settings)
    category, breach, review, due = query(
        db, 'SELECT category, breach, needs_review, breach_due_at FROM "case"')[0]
    assert category == "complaint" and breach and review and due is not None
    (alert,) = to(parsed(smtp_sink), "privacy@onro.eu")
    body = text(alert)
    assert "statistical reading" in body and "rekeningnummer" in body
    assert "MOGELIJK DATALEK" in alert["Subject"] or "datalek" in alert["Subject"].lower()
    # The privacy officer finds no breach: the clock stops, the case is the question it is,
    # due one working day after receipt.
    (ref,) = query(db, 'SELECT reference FROM "case"')[0]
    cfg, env = tmp_path / "config.toml", {"T_TOKEN_KEY": "k"}
    cleared = run_cli(cfg, "cases", "--as", "privacy@onro.eu", "no-breach", ref, "--why",
                      "formulier lag bij onze eigen balie, niemand heeft het meegenomen", env=env)
    assert cleared.returncode == 0, cleared.stdout + cleared.stderr
    assert "clock is stopped" in cleared.stdout and "question" in cleared.stdout
    category, breach, breach_due, opened, due = query(
        db, 'SELECT category, breach, breach_due_at, opened_at, due_at FROM "case"')[0]
    assert category == "question" and not breach and breach_due is None
    waited = datetime.fromisoformat(str(due)) - datetime.fromisoformat(str(opened))
    assert timedelta(0) < waited <= timedelta(days=4)  # one working day (a weekend at most)
    (detail,) = query(db, "SELECT detail FROM case_event WHERE kind = 'breach_cleared'")[0]
    assert "complaint" in str(detail) and "question" in str(detail)
    again = run_cli(cfg, "cases", "--as", "privacy@onro.eu", "no-breach", ref, "--why", "x", env=env)
    assert again.returncode == 1 and "not a suspected data breach" in again.stdout


def test_staff_mark_a_breach_the_rules_missed(imap_server: Any, smtp_sink: Any,
                                             tmp_path: Path) -> None:
    """A breach told in words the rules do not know arrives as a question; staff who read
    it mark it (by command line or by a reply to the escalation): the case becomes a
    complaint with the 72-hour clock counted from receipt, and the privacy officer is
    alerted at once. (The statistical reading is off here: rules only.)"""
    if imap_server.kind == "pymap":
        pytest.skip("one IMAP server is enough here")
    settings, db = setup(tmp_path, imap_server, smtp_sink,
                         extra="[classifier]\nbreach_reading = false\n")
    deliver(imap_server, mail("ans@example.nl", "Formulier op de balie", COUNTER_STORY))
    run_once(settings)
    ref, category, breach = query(db, 'SELECT reference, category, breach FROM "case"')[0]
    assert category == "question" and not breach  # as the rules read it
    assert to(parsed(smtp_sink), "privacy@onro.eu") == []
    cfg, env = tmp_path / "config.toml", {"T_TOKEN_KEY": "k"}
    marked = run_cli(cfg, "cases", "--as", "support@onro.eu", "breach", ref, "--why",
                     "formulier met rekeningnummer open op de balie", env=env)
    assert marked.returncode == 0, marked.stdout + marked.stderr
    assert "Autoriteit Persoonsgegevens" in marked.stdout
    category, breach, opened, due = query(
        db, 'SELECT category, breach, opened_at, breach_due_at FROM "case"')[0]
    assert category == "complaint" and breach
    elapsed = datetime.fromisoformat(str(due)) - datetime.fromisoformat(str(opened))
    assert elapsed == timedelta(hours=72)  # from receipt, not from now
    kinds = [r[0] for r in query(db, "SELECT kind FROM case_event WHERE actor = 'support@onro.eu'")]
    assert kinds == ["breach_marked", "breach_alert"]
    again = run_cli(cfg, "cases", "--as", "support@onro.eu", "breach", ref, "--why", "x", env=env)
    assert again.returncode == 1 and "already" in again.stdout
    run_once(settings)
    alert = to(parsed(smtp_sink), "privacy@onro.eu")
    assert len(alert) == 1 and ref in alert[0]["Subject"] and "72" in alert[0]["Subject"]
    assert "rekeningnummer" in text(alert[0])  # the officer reads what the customer wrote


def test_unsubscribe_suppression_and_hook_retry(imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    if imap_server.kind == "pymap":
        pytest.skip("one IMAP server is enough here")
    state = tmp_path / "hook-state"
    received = tmp_path / "hook-received"
    hook = tmp_path / "hook.py"
    hook.write_text(
        "import sys, pathlib\n"
        f"state = pathlib.Path({str(state)!r})\n"
        "if not state.exists():\n    state.write_text('failed once'); sys.exit(3)\n"
        f"pathlib.Path({str(received)!r}).write_text(sys.stdin.read())\n")
    settings, db = setup(tmp_path, imap_server, smtp_sink,
                         extra=f"[unsubscribe]\nhook_command = [{sys.executable!r}, {str(hook)!r}]")
    deliver(imap_server, mail("anna@example.nl", "Afmelden", "Graag afmelden voor de nieuwsbrief en "
                              "verwijder ook al mijn gegevens."))
    run_once(settings)
    assert query(db, "SELECT address FROM suppression") == [("anna@example.nl",)]
    assert query(db, "SELECT status, attempts FROM hook_job")[0] == ("pending", 1)
    query(db, "UPDATE hook_job SET next_attempt_at = :t", t=utcnow().replace(tzinfo=None))
    run_once(settings)
    assert query(db, "SELECT status FROM hook_job")[0][0] == "done"
    assert "anna@example.nl" in received.read_text()
    rights = query(db, 'SELECT rights FROM "case"')[0][0]
    assert "erasure" in str(rights)  # both: unsubscribed and an erasure request
    exported = run_cli(tmp_path / "config.toml", "suppression", "export",
                       env={"T_TOKEN_KEY": "x"})
    assert "anna@example.nl" in exported.stdout


def test_staff_cli(imap_server: Any, smtp_sink: Any, tmp_path: Path) -> None:
    if imap_server.kind == "pymap":
        pytest.skip("one IMAP server is enough here")
    settings, db = setup(tmp_path, imap_server, smtp_sink)
    deliver(imap_server, mail(*HUMANS["complaint"]), mail(*HUMANS["question"]))
    run_once(settings)
    cfg = tmp_path / "config.toml"
    env = {"T_TOKEN_KEY": "k"}
    listing = run_cli(cfg, "cases", "list", env=env)
    assert listing.returncode == 0 and "ONRO-" in listing.stdout and "question" in listing.stdout
    ref = query(db, "SELECT reference FROM \"case\" WHERE category = 'complaint'")[0][0]
    shown = run_cli(cfg, "cases", "show", ref, env=env)
    assert shown.returncode == 0 and "Timeline" in shown.stdout and "opened" in shown.stdout
    assert run_cli(cfg, "cases", "show", "ONRO-1999-0001", env=env).returncode == 2
    refused = run_cli(cfg, "cases", "--as", "privacy@onro.eu", "refuse", ref, "--reason", "", env=env)
    assert refused.returncode == 1 and "reasons" in refused.stdout
    ok = run_cli(cfg, "cases", "--as", "privacy@onro.eu", "extend", ref, "--reason",
                 "We wachten op informatie van onze hostingpartij.", env=env)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    status, until = query(db, 'SELECT status, extended_until FROM "case" WHERE reference = :r', r=ref)[0]
    assert status == "extended" and until is not None
    preview = run_cli(cfg, "cases", "reply", ref, "--template", "resolution", "--var", "note=Opgelost",
                      "--preview", env=env)
    assert preview.returncode == 0 and "Opgelost" in preview.stdout
    run_once(settings)
    assert any("Opgelost" not in text(m) for m in to(parsed(smtp_sink), "kees@example.nl"))
    actors = [r[0] for r in query(db, "SELECT actor FROM case_event WHERE kind = 'status'")]
    assert "privacy@onro.eu" in actors
