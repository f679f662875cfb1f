"""Pure policy: verdict + what the database knows -> decision.

Nothing here touches the world; the store calls `decide` inside the transaction that
records the outcome, so the facts it decides on cannot change underneath it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from mailbot.config import ReplySettings
from mailbot.model import Category, Decision, Disposition, Inbound, ReplyPlan, Verdict

Deadline = Callable[[Category, datetime], datetime | None]


@dataclass(frozen=True, slots=True)
class History:
    """Facts from the database that bear on one message."""

    duplicate_of: int | None = None  # id of the same message recorded before
    same_kind_recent: int = 0  # automatic replies of this kind to the address in the window
    replies_last_day: int = 0  # automatic replies of any kind to the address in 24 hours


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
    own_addresses: frozenset[str],
    replies: ReplySettings,
    deadline: Deadline,
) -> Decision:
    """Turn a verdict into what to do. Order matters: duplicates and noise first, so
    that nothing below can ever answer a robot or answer twice."""
    if history.duplicate_of is not None:
        return Decision(Disposition.DUPLICATE, verdict.category,
                        f"same message already recorded as #{history.duplicate_of}")
    if verdict.category is Category.NOISE:
        reason = verdict.noise.value if verdict.noise else "noise"
        return Decision(Disposition.NOISE, Category.NOISE, f"noise: {reason}")

    due = deadline(verdict.category, received_at)
    reason = f"{verdict.category.value} (confidence {verdict.confidence:.2f})"
    to = reply_address(inbound)
    kind = f"ack_{verdict.category.value}"
    suppressed = _suppression(verdict, to, kind, history, own_addresses, replies)
    if suppressed:
        return Decision(Disposition.CASE, verdict.category, reason, suppressed=suppressed, due_at=due)
    return Decision(Disposition.CASE, verdict.category, reason,
                    reply=ReplyPlan(template=kind, kind=kind, to=to), due_at=due)


def _suppression(
    verdict: Verdict,
    to: str,
    kind: str,
    history: History,
    own_addresses: frozenset[str],
    replies: ReplySettings,
) -> str | None:
    """Why no automatic reply may go out, or None. Layered loop safety (RFC 3834)."""
    if not verdict.answerable:
        return "sent on the requester's behalf by their mail program; never answered automatically"
    if not to:
        return "no usable sender address"
    if to in own_addresses:
        return "the reply address is one of our own"
    if history.same_kind_recent > 0:
        return (f"an automatic reply of this kind went to this address within "
                f"{replies.same_kind_window_days} days")
    if history.replies_last_day >= replies.daily_cap_per_address:
        return f"daily cap of {replies.daily_cap_per_address} automatic replies to this address reached"
    return None
