"""Periodic work: the escalation ladder, the daily digest, the unsubscribe hook.

Each job reads the state from the database and acts only when still needed; a stage
or a digest is claimed by inserting a row under a unique key before any mail is
queued. Missed runs, restarts, clock jumps and a second instance are all harmless.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import urllib.request
from datetime import datetime, timedelta

from sqlalchemy import Engine
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, func, select

from mailbot import casework
from mailbot.calendar import OfficeCalendar, format_due
from mailbot.config import MailboxSettings, Settings
from mailbot.ladder import CaseClock, digest_due, humanize_due, most_severe, stages_due
from mailbot.mailer import CaseMailer
from mailbot.store.tables import Case, Digest, Escalation, HookJob, Suppression, utcnow

log = logging.getLogger(__name__)

HOOK_GIVE_UP = timedelta(days=7)


def _insert(s: Session):  # type: ignore[no-untyped-def]
    return pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert


def staff_for(mb: MailboxSettings, category: str) -> list[str]:
    """Privacy officer and privacy staff for rights, complaints and breaches; support
    staff for questions (falling back to the privacy officer)."""
    org = mb.organisation
    if category == "question":
        return list(mb.staff.support) or [org.privacy_officer]
    return list(dict.fromkeys([org.privacy_officer, *mb.staff.privacy]))


class Jobs:
    def __init__(self, settings: Settings, engine: Engine, mailers: dict[str, CaseMailer],
                 instance: str) -> None:
        self.settings = settings
        self.engine = engine
        self.mailers = mailers
        self.instance = instance
        self.give_up = timedelta(hours=settings.smtp.give_up_hours)
        self.calendars = {mb.name: OfficeCalendar(mb.calendar, mb.organisation.timezone)
                          for mb in settings.mailboxes}

    # ---- escalation ladder ---------------------------------------------------------

    def escalate(self, now: datetime | None = None) -> int:
        """Claim and send every stage that has come due; returns mails queued. The
        clocks of all open cases and their claimed stages are read in two queries; only
        a case with a stage due and not yet claimed gets its own transaction."""
        now = now or utcnow()
        queued = 0
        for mb in self.settings.mailboxes:
            cal = self.calendars[mb.name]
            open_case = (Case.mailbox == mb.name, col(Case.status).in_(casework.OPEN_STATES))
            with Session(self.engine) as s:
                clocks = s.exec(select(  # type: ignore[call-overload]
                    Case.id, Case.reference, Case.category, Case.status, Case.opened_at,
                    Case.due_at, Case.breach, Case.breach_due_at).where(*open_case)).all()
                claimed = set(s.exec(  # type: ignore[call-overload]
                    select(Escalation.case_id, Escalation.stage)
                    .join(Case, col(Case.id) == col(Escalation.case_id)).where(*open_case)).all())
            for case_id, *fields in clocks:
                due = stages_due(CaseClock(*fields), now, mb.escalation, cal)
                if any((case_id, stage.key) not in claimed for stage in due):
                    queued += self._escalate_case(mb, case_id or 0, now)
        return queued

    def _escalate_case(self, mb: MailboxSettings, case_id: int, now: datetime) -> int:
        cal = self.calendars[mb.name]
        with Session(self.engine) as s:
            case = s.get(Case, case_id)
            if case is None or case.status not in casework.OPEN_STATES:
                return 0
            clock = CaseClock(case.reference, case.category, case.status, case.opened_at,
                              case.due_at, case.breach, case.breach_due_at)
            due = stages_due(clock, now, mb.escalation, cal)
            if not due:
                return 0
            claimed = []
            for stage in due:
                result = s.exec(_insert(s)(Escalation).values(  # type: ignore[call-overload]
                    case_id=case_id, stage=stage.key, level=stage.level, claimed_at=now,
                    claimed_by=self.instance, sent=False).on_conflict_do_nothing()
                    .returning(Escalation.id))
                if result.first() is not None:  # inserted: the stage is ours
                    claimed.append(stage)
            top = most_severe(claimed)
            if top is None:
                s.rollback()
                return 0
            mailer = self.mailers[mb.name]
            text = casework.first_text(s, case)
            extra = {**mailer.staff_extra(case, text), "level": top.level, "stage": top.key,
                     "breach_stage": top.breach,
                     "due_words": humanize_due(case.breach_due_at if top.breach and case.breach_due_at
                                               else case.due_at or now, now, mb.organisation.language,
                                               mb.organisation.timezone)}
            recipients = staff_for(mb, "complaint" if top.breach else case.category)
            mails = mailer.staff(casework.facts(s, case), "staff_escalation", recipients, extra=extra,
                                 subject_vars={"level": top.level.upper(), "category": case.category})
            outbox_id = None
            for mail in mails:
                outbox_id = casework.queue(s, case, mb.name, "staff_escalation", mail,
                                           automatic=False, give_up_after=self.give_up).id
            esc = s.exec(select(Escalation).where(Escalation.case_id == case_id,
                                                  Escalation.stage == top.key)).one()
            esc.sent, esc.outbox_id = True, outbox_id
            s.add(esc)
            casework.event(s, case, "escalated", "mailbot", {
                "stage": top.key, "level": top.level,
                "skipped": [st.key for st in claimed if st is not top]})
            s.commit()
            log.info("case %s escalated: %s", case.reference, top.key)
            return len(mails)

    # ---- digest -----------------------------------------------------------------

    def digest(self, now: datetime | None = None) -> int:
        now = now or utcnow()
        queued = 0
        for mb in self.settings.mailboxes:
            cal = self.calendars[mb.name]
            with Session(self.engine) as s:
                last = s.exec(select(func.max(Digest.on_date)).where(Digest.mailbox == mb.name)).one()
                day = digest_due(last, now, mb.escalation, cal)
                if day is None:
                    continue
                result = s.exec(_insert(s)(Digest).values(  # type: ignore[call-overload]
                    mailbox=mb.name, on_date=day, claimed_at=now, open_cases=0).on_conflict_do_nothing()
                    .returning(Digest.id))
                if result.first() is None:  # another instance claimed this date
                    continue
                cases = s.exec(select(Case).where(Case.mailbox == mb.name,
                                                  col(Case.status).in_(casework.OPEN_STATES))).all()
                if not cases:  # no digest when nothing is open
                    s.commit()
                    continue
                lang = mb.organisation.language
                far = now + timedelta(days=3650)
                rows = sorted(cases, key=lambda c: c.due_at or far)
                listing = [{
                    "reference": c.reference, "category": c.category, "status": c.status,
                    "requester": c.requester or "", "overdue": bool(c.due_at and c.due_at < now),
                    "due_text": humanize_due(c.due_at, now, lang, mb.organisation.timezone)
                    if c.due_at else "-",
                } for c in rows]
                listing.sort(key=lambda r: not r["overdue"])
                mailer = self.mailers[mb.name]
                recipients = list(dict.fromkeys([*staff_for(mb, "rights_request"),
                                                 *staff_for(mb, "question")]))
                mails = mailer.staff(None, "staff_digest", recipients, extra={
                    "cases": listing, "date_text": format_due(now, lang, mb.organisation.timezone),
                    "overdue_count": sum(1 for r in listing if r["overdue"])},
                    subject_vars={"date": day.isoformat(), "count": len(listing)})
                for mail in mails:
                    row = casework.queue(s, None, mb.name, "staff_digest", mail, automatic=False,
                                         give_up_after=self.give_up)
                dig = s.exec(select(Digest).where(Digest.mailbox == mb.name, Digest.on_date == day)).one()
                dig.open_cases, dig.outbox_id = len(listing), row.id
                s.add(dig)
                s.commit()
                queued += len(mails)
                log.info("mailbox %s: digest of %d open case(s) queued", mb.name, len(listing))
        return queued

    # ---- unsubscribe hook ---------------------------------------------------------

    async def hooks(self, now: datetime | None = None) -> int:
        """Tell the newsletter system about new unsubscribes until it acknowledges."""
        now = now or utcnow()
        done = 0
        with Session(self.engine) as s:
            jobs = s.exec(select(HookJob, Suppression).where(
                HookJob.status == "pending", col(HookJob.next_attempt_at) <= now,
                HookJob.suppression_id == Suppression.id)).all()
            work = [(j.id, j.mailbox, j.attempts, j.created_at, sup.address, sup.organisation,
                     sup.at) for j, sup in jobs]
        for job_id, mailbox, attempts, created, address, org, at in work:
            mb = self.settings.mailbox(mailbox)
            try:
                await _notify(mb, address, org, at)
            except Exception as exc:
                delay = min(3600.0, 30.0 * 2 ** attempts) * random.uniform(0.5, 1.0)
                failed = now - created > HOOK_GIVE_UP
                self._hook_update(job_id, status="failed" if failed else "pending",
                                  attempts=attempts + 1, last_error=str(exc)[:300],
                                  next_attempt_at=now + timedelta(seconds=delay))
                log.warning("unsubscribe hook #%s failed (%s)%s", job_id, type(exc).__name__,
                            "; giving up" if failed else "; will retry")
                continue
            self._hook_update(job_id, status="done", attempts=attempts + 1, done_at=utcnow())
            done += 1
        return done

    def _hook_update(self, job_id: int | None, **values: object) -> None:
        with Session(self.engine) as s:
            job = s.get(HookJob, job_id)
            if job is not None:
                for k, v in values.items():
                    setattr(job, k, v)
                s.add(job)
                s.commit()


async def _notify(mb: MailboxSettings, address: str, organisation: str, at: datetime) -> None:
    hook = mb.unsubscribe
    payload = {"address": address, "organisation": organisation, "at": at.isoformat(),
               "event": "unsubscribe"}
    if hook.hook_command:
        proc = await asyncio.create_subprocess_exec(
            *hook.hook_command, stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
        _, err = await asyncio.wait_for(proc.communicate(json.dumps(payload).encode()),
                                        hook.hook_timeout_seconds)
        if proc.returncode != 0:
            raise RuntimeError(f"hook command exited {proc.returncode}: {err.decode()[:200]}")
    if hook.hook_url:
        req = urllib.request.Request(hook.hook_url, data=json.dumps(payload).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")

        def post() -> int:
            with urllib.request.urlopen(req, timeout=hook.hook_timeout_seconds) as resp:  # noqa: S310
                return int(resp.status)

        status = await asyncio.to_thread(post)
        if not 200 <= status < 300:
            raise RuntimeError(f"hook URL answered {status}")
