"""Staff act by mail: a reply to an escalation, sent to the case's plus address,
whose first line is a command. Runs inside the intake transaction of that reply;
the bot confirms what it did (or why not) in one short mail."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from mailbot import casework
from mailbot.ladder import VERBS, StaffCommand
from mailbot.mailer import CaseMailer
from mailbot.model import Decision
from mailbot.store.tables import Case, InboundMessage

DONE = {
    "nl": {"reply": "antwoord verstuurd", "resolve": "afgehandeld", "extend": "verlengd",
           "refuse": "geweigerd", "verified": "identiteit bevestigd", "note": "notitie toegevoegd",
           "assign": "toegewezen", "breach": "gemeld als vermoedelijk datalek",
           "no-breach": "geen datalek: de 72-uursklok is gestopt"},
    "en": {"reply": "reply sent", "resolve": "resolved", "extend": "extended", "refuse": "refused",
           "verified": "identity verified", "note": "note added", "assign": "assigned",
           "breach": "marked as a suspected data breach",
           "no-breach": "no data breach: the 72-hour clock is stopped"},
}


def run_command(s: Session, case: Case, command: StaffCommand, actor: str, mailer: CaseMailer,
                give_up_after: timedelta) -> None:
    """Apply one staff command; raises casework.CaseError with a reason for people."""
    verb, arg = command.verb, command.argument
    if verb == "reply":
        casework.staff_reply(s, case, command.body, actor, mailer, give_up_after)
    elif verb == "resolve":
        casework.resolve(s, case, arg, actor, mailer, give_up_after)
    elif verb == "extend":
        casework.extend(s, case, arg, actor, mailer, give_up_after)
    elif verb == "refuse":
        casework.refuse(s, case, arg, actor, mailer, give_up_after)
    elif verb == "verified":
        casework.verify_manually(s, case, actor, arg or "confirmed by staff")
    elif verb == "note":
        casework.note(s, case, arg, actor)
    elif verb == "assign":
        casework.assign(s, case, arg, actor)
    elif verb == "breach":
        casework.mark_breach(s, case, arg, actor, mailer, give_up_after)
    elif verb == "no-breach":
        casework.clear_breach(s, case, arg, actor, mailer)
    else:  # parse_staff_command only returns known verbs
        raise casework.CaseError(f"unknown command {verb!r}")


def make_executor(mailer: CaseMailer, give_up_after: timedelta):  # type: ignore[no-untyped-def]
    """The StaffExec the store calls for a STAFF decision."""

    def execute(s: Session, case: Case, decision: Decision, row: InboundMessage) -> int:
        actor = row.sender or "staff"
        command = decision.staff_command
        facts = casework.facts(s, case)
        if not isinstance(command, StaffCommand):
            mails = mailer.staff(facts, "staff_unknown_command", [actor], extra={
                "verbs": [{"verb": v, "help": h} for v, h in VERBS.items()]})
            casework.event(s, case, "staff_command_unknown", actor, {}, inbound_id=row.id)
        else:
            lang = mailer.org.language
            try:
                run_command(s, case, command, actor, mailer, give_up_after)
                action, error = DONE[lang].get(command.verb, command.verb), ""
            except casework.CaseError as exc:
                action, error = command.verb, str(exc)
                casework.event(s, case, "staff_command_failed", actor,
                               {"verb": command.verb, "error": error}, inbound_id=row.id)
            mails = mailer.staff(casework.facts(s, case), "staff_confirmation", [actor], extra={
                "action": action, "error": error, "details": command.argument,
                "status": case.status}, subject_vars={"action": action})
        for mail in mails:
            casework.queue(s, case, case.mailbox, "staff_confirmation", mail, automatic=False,
                           give_up_after=give_up_after)
        return len(mails)

    return execute
