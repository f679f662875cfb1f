"""The pure policy: duplicates and robots are never answered; per-sender caps hold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from mailbot.config import ReplySettings
from mailbot.model import Category, Disposition, Inbound, NoiseReason, Verdict
from mailbot.policy import History, decide

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
OWN = frozenset({"info@onro.eu"})


def inbound(sender: str = "jan@example.nl", reply_to: str | None = None) -> Inbound:
    return Inbound(message_id="a@b", in_reply_to=None, references=(), sender=sender, sender_name="Jan",
                   reply_to=reply_to, return_path="jan@example.nl", subject="Hallo", date=NOW,
                   text="", headers=(), content_type="text/plain", report_type=None, part_types=())


def run(verdict: Verdict, history: History = History(), **kw: object) -> object:
    return decide(kw.get("inbound", inbound()), verdict, history, received_at=NOW,  # type: ignore[arg-type]
                  own_addresses=OWN, replies=ReplySettings(),
                  deadline=lambda c, t: t + timedelta(days=14))


HUMAN = Verdict(Category.RIGHTS_REQUEST, intents=(Category.RIGHTS_REQUEST,), confidence=0.9)


def test_human_request_opens_case_with_ack_and_due_date() -> None:
    d = run(HUMAN)
    assert d.disposition is Disposition.CASE
    assert d.reply is not None and d.reply.to == "jan@example.nl" and d.reply.template == "ack_rights_request"
    assert d.due_at == NOW + timedelta(days=14)


def test_reply_to_wins_over_from() -> None:
    d = run(HUMAN, inbound=inbound(reply_to="jan.private@example.nl"))
    assert d.reply is not None and d.reply.to == "jan.private@example.nl"


def test_noise_is_never_answered() -> None:
    d = run(Verdict(Category.NOISE, noise=NoiseReason.AUTO_REPLY, answerable=False))
    assert d.disposition is Disposition.NOISE and d.reply is None and "auto_reply" in d.reason


def test_duplicate_wins_over_everything() -> None:
    d = run(HUMAN, History(duplicate_of=7))
    assert d.disposition is Disposition.DUPLICATE and d.reply is None and "#7" in d.reason


def test_same_kind_within_window_is_suppressed_but_case_opens() -> None:
    d = run(HUMAN, History(same_kind_recent=1))
    assert d.disposition is Disposition.CASE and d.reply is None
    assert d.suppressed is not None and "7 days" in d.suppressed


def test_daily_cap() -> None:
    d = run(HUMAN, History(replies_last_day=3))
    assert d.reply is None and d.suppressed is not None and "daily cap" in d.suppressed
    assert run(HUMAN, History(replies_last_day=2)).reply is not None


def test_unanswerable_own_and_missing_addresses() -> None:
    one_click = Verdict(Category.UNSUBSCRIBE, intents=(Category.UNSUBSCRIBE,), answerable=False)
    assert run(one_click).reply is None and run(one_click).disposition is Disposition.CASE
    assert run(HUMAN, inbound=inbound(sender="info@onro.eu")).reply is None
    assert run(HUMAN, inbound=inbound(sender="")).suppressed == "no usable sender address"
