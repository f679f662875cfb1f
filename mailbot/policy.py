"""Pure policy: verdict + what the database knows -> decision.

Nothing here touches the world; the store calls `decide` inside the transaction that
records the outcome, so the facts it decides on cannot change underneath it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from mailbot.config import ReplySettings
from mailbot.model import (
    CaseRef,
    CaseStatus,
    Category,
    Decision,
    Disposition,
    Inbound,
    ReplyPlan,
    Right,
    Verdict,
)

Deadline = Callable[[Category, datetime], datetime | None]


@dataclass(frozen=True, slots=True)
class StaffTarget:
    """A message sent to a case's plus address (info+REF.token@...)."""

    reference: str
    token_ok: bool
    command: object | None  # ladder.StaffCommand, or None when the first line is no command


@dataclass(frozen=True, slots=True)
class History:
    """Facts from the database that bear on one message."""

    duplicate_of: int | None = None  # id of the same message recorded before
    same_kind_recent: int = 0  # automatic replies of this kind to the address in the window
    replies_last_day: int = 0  # automatic replies of any kind to the address in 24 hours
    thread_case: CaseRef | None = None  # In-Reply-To / References point at this case
    subject_case: CaseRef | None = None  # the subject carries this case's reference
    recent_case: CaseRef | None = None  # same requester and category, still open, in the window
    staff_case: CaseRef | None = None  # the case a plus address names
    proof: str | None = None  # "code" / "reply": proves identity for the matched case


@dataclass(frozen=True, slots=True)
class Context:
    """Per-mailbox facts the policy needs, fixed at start."""

    own_addresses: frozenset[str]
    staff_addresses: frozenset[str]
    replies: ReplySettings
    verify_rights: frozenset[str]
    deadline: Deadline


ANSWERED_STATES = {CaseStatus.ANSWERED.value, CaseStatus.RESOLVED.value,
                   CaseStatus.REFUSED.value, CaseStatus.CLOSED.value}


def reply_address(inbound: Inbound) -> str:
    """Reply-To when present and sane (the parser keeps only a single valid address),
    else From."""
    return inbound.reply_to or inbound.sender


def decide(
    inbound: Inbound,
    verdict: Verdict,
    history: History,
    *,
    received_at: datetime,
    ctx: Context,
    staff: StaffTarget | None = None,
    known_customer: bool = False,
) -> Decision:
    """Turn a verdict into what to do. Order matters: duplicates and robots first, so
    nothing below can ever answer a robot, obey a robot, or answer twice."""
    if history.duplicate_of is not None:
        return Decision(Disposition.DUPLICATE, verdict.category,
                        f"same message already recorded as #{history.duplicate_of}")
    if verdict.category is Category.NOISE:
        reason = verdict.noise.value if verdict.noise else "noise"
        return Decision(Disposition.NOISE, Category.NOISE, f"noise: {reason}")
    if staff is not None:
        return _staff(inbound, verdict, history, staff, ctx)
    matched = history.thread_case or _same_requester(history.subject_case, inbound)
    if matched is not None:
        return _follow_up(inbound, verdict, history, matched, ctx)
    events: list[tuple[str, dict[str, object]]] = []
    if history.subject_case is not None:
        events.append(("reference_mismatch", {"reference": history.subject_case.reference,
                                              "reason": "sender is not the case's requester"}))
    if history.recent_case is not None:
        return Decision(Disposition.FOLLOW_UP, verdict.category,
                        f"probable duplicate of {history.recent_case.reference}",
                        case=history.recent_case, unsubscribe=_unsubscribes(verdict),
                        events=(("probable_duplicate", {"reason": "same requester and intent "
                                                        "within the duplicate window"}),))
    return _new_case(inbound, verdict, history, received_at, ctx, known_customer, tuple(events))


def _same_requester(case: CaseRef | None, inbound: Inbound) -> CaseRef | None:
    if case is not None and case.requester and case.requester == inbound.sender:
        return case
    return None


def _unsubscribes(verdict: Verdict) -> bool:
    return Category.UNSUBSCRIBE in verdict.intents or Right.OBJECTION in verdict.rights


def _staff(inbound: Inbound, verdict: Verdict, history: History, staff: StaffTarget,
           ctx: Context) -> Decision:
    case = history.staff_case
    if inbound.sender not in ctx.staff_addresses:
        why = "sender is not a configured staff address"
    elif not staff.token_ok:
        why = "the token in the address does not match the case"
    elif case is None:
        why = f"no case {staff.reference}"
    else:
        verb = getattr(staff.command, "verb", None)
        return Decision(Disposition.STAFF, verdict.category,
                        f"staff command: {verb or 'unknown'}", case=case,
                        staff_command=staff.command)
    return Decision(Disposition.STAFF, verdict.category, f"staff command ignored: {why}",
                    case=case, events=(("staff_command_refused", {"reason": why}),) if case else ())


def _follow_up(inbound: Inbound, verdict: Verdict, history: History, case: CaseRef,
               ctx: Context) -> Decision:
    if inbound.sender in ctx.staff_addresses:
        return Decision(Disposition.FOLLOW_UP, verdict.category,
                        f"staff answered {case.reference}", case=case, staff_answered=True)
    proof = history.proof if case.status == CaseStatus.AWAITING_VERIFICATION.value else None
    return Decision(Disposition.FOLLOW_UP, verdict.category,
                    f"follow-up to {case.reference}" + (" (identity verified)" if proof else ""),
                    case=case, verified=proof, unsubscribe=_unsubscribes(verdict),
                    events=(("follow_up", {"intents": [i.value for i in verdict.intents]}),))


def _new_case(inbound: Inbound, verdict: Verdict, history: History, received_at: datetime,
              ctx: Context, known_customer: bool,
              events: tuple[tuple[str, dict[str, object]], ...]) -> Decision:
    due = ctx.deadline(verdict.category, received_at)
    reason = f"{verdict.category.value} (confidence {verdict.confidence:.2f})"
    to = reply_address(inbound)
    kind = f"ack_{verdict.category.value}"
    needs_check = bool(ctx.verify_rights & {r.value for r in verdict.rights})
    verify = needs_check and not known_customer and bool(inbound.sender) \
        and inbound.sender not in ctx.own_addresses and verdict.answerable
    common = dict(due_at=due, unsubscribe=_unsubscribes(verdict), breach_alert=verdict.breach,
                  verify=verify, events=events,
                  status=CaseStatus.AWAITING_VERIFICATION if verify else CaseStatus.NEW)
    suppressed = _suppression(verdict, to, history, ctx)
    if suppressed:
        return Decision(Disposition.CASE, verdict.category, reason, suppressed=suppressed, **common)  # type: ignore[arg-type]
    return Decision(Disposition.CASE, verdict.category, reason,
                    reply=ReplyPlan(template=kind, kind=kind, to=to), **common)  # type: ignore[arg-type]


def _suppression(verdict: Verdict, to: str, history: History, ctx: Context) -> str | None:
    """Why no automatic reply may go out, or None. Layered loop safety (RFC 3834)."""
    if not verdict.answerable:
        if verdict.needs_review:
            return "held for review: the message looks like bulk mail, so it is not answered automatically"
        return "sent on the requester's behalf by their mail program; never answered automatically"
    if not to:
        return "no usable sender address"
    if to in ctx.own_addresses:
        return "the reply address is one of our own"
    if history.same_kind_recent > 0:
        return (f"an automatic reply of this kind went to this address within "
                f"{ctx.replies.same_kind_window_days} days")
    if history.replies_last_day >= ctx.replies.daily_cap_per_address:
        return f"daily cap of {ctx.replies.daily_cap_per_address} automatic replies to this address reached"
    return None
