"""`mailbot cases ...` and `mailbot suppression export`: staff work without touching
the database. Messages are written for people, and exit codes are simple:
0 done, 1 refused (the message says why), 2 no such case."""

from __future__ import annotations

import csv
import getpass
import json
import sys
from datetime import timedelta
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from mailbot import casework
from mailbot.config import Settings
from mailbot.ladder import humanize_due
from mailbot.mailer import CaseMailer
from mailbot.render import Renderer
from mailbot.store.db import make_engine, require_migrated
from mailbot.store.tables import Case, CaseEvent, InboundMessage, Outbox, Suppression, utcnow

NOT_FOUND = 2
REFUSED = 1


class Desk:
    """What staff commands need: the database and each mailbox's mail composer."""

    def __init__(self, settings: Settings, engine: Engine | None = None) -> None:
        self.settings = settings
        self.engine = engine or make_engine(settings.database_url)
        require_migrated(self.engine)
        key = settings.security.token_key.get_secret_value().encode()
        self.mailers = {
            mb.name: CaseMailer(mb, Renderer([d for d in (mb.templates_dir, settings.templates_dir)
                                              if d is not None]), key)
            for mb in settings.mailboxes}
        self.give_up = timedelta(hours=settings.smtp.give_up_hours)

    def tz(self, case: Case) -> ZoneInfo:
        return ZoneInfo(self.settings.mailbox(case.mailbox).organisation.timezone)


def actor(explicit: str | None) -> str:
    return explicit or f"cli:{getpass.getuser()}"


def list_cases(desk: Desk, *, status: str | None, category: str | None, overdue: bool,
               as_json: bool, out: TextIO = sys.stdout) -> int:
    now = utcnow()
    with Session(desk.engine) as s:
        q = select(Case)
        if status:
            q = q.where(Case.status == status)
        else:
            q = q.where(col(Case.status).in_(casework.OPEN_STATES))
        if category:
            q = q.where(Case.category == category)
        if overdue:
            q = q.where(col(Case.due_at) < now)
        cases = s.exec(q.order_by(col(Case.due_at))).all()
    if as_json:
        for c in cases:
            out.write(json.dumps({
                "reference": c.reference, "category": c.category, "status": c.status,
                "requester": c.requester, "rights": c.rights, "breach": c.breach,
                "opened_at": c.opened_at.isoformat(), "due_at": c.due_at.isoformat() if c.due_at else None,
                "overdue": bool(c.due_at and c.due_at < now), "assigned_to": c.assigned_to}) + "\n")
        return 0
    if not cases:
        out.write("No cases match.\n")
        return 0
    out.write(f"{'reference':<16} {'category':<15} {'status':<22} {'due':<28} requester\n")
    for c in cases:
        mb = desk.settings.mailbox(c.mailbox)
        due = humanize_due(c.due_at, now, mb.organisation.language, mb.organisation.timezone) \
            if c.due_at else "-"
        flag = "!" if c.due_at and c.due_at < now else " "
        out.write(f"{c.reference:<16} {c.category:<15} {c.status:<22} {flag}{due:<27} "
                  f"{c.requester or '(erased)'}\n")
    return 0


def show_case(desk: Desk, reference: str, out: TextIO = sys.stdout) -> int:
    with Session(desk.engine) as s:
        case = s.exec(select(Case).where(Case.reference == reference.upper())).first()
        if case is None:
            out.write(f"No case {reference}. `mailbot cases list` shows the open ones.\n")
            return NOT_FOUND
        tz = desk.tz(case)
        fmt = lambda d: d.astimezone(tz).strftime("%Y-%m-%d %H:%M") if d else "-"  # noqa: E731
        out.write(f"{case.reference}  {case.category}  [{case.status}]\n")
        out.write(f"  requester:   {case.requester_name or ''} <{case.requester or 'erased'}>\n")
        out.write(f"  subject:     {case.subject or ''}\n")
        if case.rights:
            out.write(f"  rights:      {', '.join(case.rights)}\n")
        if case.breach:
            out.write(f"  BREACH:      notify the Autoriteit Persoonsgegevens by {fmt(case.breach_due_at)}\n")
        out.write(f"  opened:      {fmt(case.opened_at)}\n  due:         {fmt(case.due_at)}\n")
        out.write(f"  legal limit: {fmt(case.extended_until or case.legal_due_at)}"
                  f"{' (extended)' if case.extended_until else ''}\n")
        out.write(f"  verified:    {fmt(case.verified_at) if case.verified_at else 'no'}"
                  f"{' (' + case.verification_method + ')' if case.verification_method else ''}\n")
        if case.assigned_to:
            out.write(f"  assigned to: {case.assigned_to}\n")
        if case.evidence:
            out.write("  why:         " + "; ".join(case.evidence[:6]) + "\n")
        out.write("\nTimeline:\n")
        timeline: list[tuple[Any, str]] = []
        for m in s.exec(select(InboundMessage).where(InboundMessage.case_id == case.id)).all():
            timeline.append((m.received_at, f"message in  #{m.id} {m.disposition}: {m.subject or ''}"))
        for o in s.exec(select(Outbox).where(Outbox.case_id == case.id)).all():
            timeline.append((o.created_at, f"mail out    {o.kind} to {o.recipient} [{o.status}]"))
        for e in s.exec(select(CaseEvent).where(CaseEvent.case_id == case.id)).all():
            detail = ", ".join(f"{k}={v}" for k, v in e.detail.items() if v not in (None, "", []))
            timeline.append((e.at, f"event       {e.kind} by {e.actor}" + (f" ({detail})" if detail else "")))
        for at, line in sorted(timeline, key=lambda t: t[0]):
            out.write(f"  {fmt(at)}  {line}\n")
    return 0


def act(desk: Desk, reference: str, verb: str, value: str, who: str,
        out: TextIO = sys.stdout) -> int:
    """resolve / refuse / extend / verify / note / assign / breach / no-breach, as by mail."""
    with Session(desk.engine) as s:
        case = s.exec(select(Case).where(Case.reference == reference.upper())).first()
        if case is None:
            out.write(f"No case {reference}.\n")
            return NOT_FOUND
        mailer = desk.mailers[case.mailbox]
        try:
            if verb == "resolve":
                casework.resolve(s, case, value, who, mailer, desk.give_up)
            elif verb == "refuse":
                casework.refuse(s, case, value, who, mailer, desk.give_up)
            elif verb == "extend":
                casework.extend(s, case, value, who, mailer, desk.give_up)
            elif verb == "verify":
                casework.verify_manually(s, case, who, value or "checked by staff")
            elif verb == "note":
                casework.note(s, case, value, who)
            elif verb == "assign":
                casework.assign(s, case, value, who)
            elif verb == "breach":
                casework.mark_breach(s, case, value, who, mailer, desk.give_up)
            elif verb == "no-breach":
                casework.clear_breach(s, case, value, who, mailer)
            else:
                raise casework.CaseError(f"unknown action {verb}")
        except casework.CaseError as exc:
            s.rollback()
            out.write(f"Not done: {exc}\n")
            return REFUSED
        s.commit()
        out.write(f"{case.reference}: {verb} done; status is now {case.status}.\n")
        if verb in ("resolve", "refuse", "extend"):
            out.write("The mail to the requester is queued; the running service sends it within a minute.\n")
        if verb == "no-breach":
            due = f", due {case.due_at.astimezone(desk.tz(case)):%Y-%m-%d %H:%M}" if case.due_at else ""
            out.write(f"The 72-hour clock is stopped; the case is a {case.category}{due}.\n")
        if verb == "breach":
            out.write("The privacy officer's alert is queued; the running service sends it within a "
                      "minute. Notify the Autoriteit Persoonsgegevens by "
                      f"{case.breach_due_at.astimezone(desk.tz(case)):%Y-%m-%d %H:%M}.\n")
    return 0


def reply(desk: Desk, reference: str, template: str, variables: dict[str, str], preview: bool,
          who: str, out: TextIO = sys.stdout) -> int:
    with Session(desk.engine) as s:
        case = s.exec(select(Case).where(Case.reference == reference.upper())).first()
        if case is None:
            out.write(f"No case {reference}.\n")
            return NOT_FOUND
        mailer = desk.mailers[case.mailbox]
        try:
            mail = mailer.customer(casework.facts(s, case), template, variables, auto=False)
        except Exception as exc:  # a missing template or variable, told plainly
            out.write(f"Cannot render template {template!r}: {exc}\n")
            return REFUSED
        if preview:
            out.write(mail.data.decode("utf-8", "replace") + "\n")
            return 0
        casework.queue(s, case, case.mailbox, template, mail, automatic=False,
                       give_up_after=desk.give_up, actor=who)
        casework.mark_answered(s, case, who, f"template {template} sent")
        s.commit()
    out.write(f"{reference}: {template} queued to the requester; the case is marked answered.\n")
    return 0


def export_suppression(desk: Desk, out: TextIO = sys.stdout) -> int:
    writer = csv.writer(out)
    writer.writerow(["organisation", "address", "unsubscribed_at"])
    with Session(desk.engine) as s:
        for row in s.exec(select(Suppression).order_by(col(Suppression.at))).all():
            writer.writerow([row.organisation, row.address, row.at.isoformat()])
    return 0
