"""The pure policy: duplicates and robots are never answered; per-sender caps hold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from mailbot.config import ReplySettings
from mailbot.model import CaseRef, CaseStatus, Category, Disposition, Inbound, NoiseReason, Right, Verdict
from mailbot.policy import Context, History, decide

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
OWN = frozenset({"info@onro.eu"})


def inbound(sender: str = "jan@example.nl", reply_to: str | None = None) -> Inbound:
    return Inbound(message_id="a@b", in_reply_to=None, references=(), sender=sender, sender_name="Jan",
                   reply_to=reply_to, return_path="jan@example.nl", subject="Hallo", date=NOW,
                   text="", headers=(), content_type="text/plain", report_type=None, part_types=())


CTX = Context(own_addresses=OWN, staff_addresses=frozenset({"privacy@onro.eu"}),
              replies=ReplySettings(), verify_rights=frozenset({"access", "erasure"}),
              deadline=lambda c, t: t + timedelta(days=14))


def run(verdict: Verdict, history: History = History(), **kw: object) -> Any:
    return decide(kw.pop("inbound", inbound()), verdict, history, received_at=NOW,  # type: ignore[arg-type]
                  ctx=CTX, **kw)  # type: ignore[arg-type]


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


CASE = CaseRef(5, "ONRO-2026-0005", "jan@example.nl", "awaiting_verification", "rights_request")


def test_reply_in_thread_is_a_follow_up_without_ack() -> None:
    d = run(HUMAN, History(thread_case=CASE))
    assert d.disposition is Disposition.FOLLOW_UP and d.case == CASE and d.reply is None


def test_reference_in_subject_from_someone_else_opens_a_new_case() -> None:
    other = CaseRef(5, "ONRO-2026-0005", "someone@else.nl", "open", "rights_request")
    d = run(HUMAN, History(subject_case=other))
    assert d.disposition is Disposition.CASE
    assert d.events and d.events[0][0] == "reference_mismatch"
    assert run(HUMAN, History(subject_case=CASE)).disposition is Disposition.FOLLOW_UP


def test_verification_proof_only_counts_while_awaiting() -> None:
    assert run(HUMAN, History(thread_case=CASE, proof="code")).verified == "code"
    done = CaseRef(5, "ONRO-2026-0005", "jan@example.nl", "open", "rights_request")
    assert run(HUMAN, History(thread_case=done, proof="code")).verified is None


def test_probable_duplicate_joins_the_open_case() -> None:
    d = run(HUMAN, History(recent_case=CASE))
    assert d.disposition is Disposition.FOLLOW_UP and d.reply is None
    assert d.events[0][0] == "probable_duplicate"


def test_rights_that_disclose_data_need_verification_unless_known() -> None:
    access = Verdict(Category.RIGHTS_REQUEST, intents=(Category.RIGHTS_REQUEST,),
                     rights=(Right.ACCESS,), confidence=0.9)
    d = run(access)
    assert d.verify and d.status is CaseStatus.AWAITING_VERIFICATION
    assert not run(access, known_customer=True).verify
    objection = Verdict(Category.RIGHTS_REQUEST, intents=(Category.RIGHTS_REQUEST,),
                        rights=(Right.OBJECTION,), confidence=0.9)
    d = run(objection)
    assert not d.verify and d.unsubscribe  # direct-marketing objection also unsubscribes


def test_breach_alerts_and_staff_answers() -> None:
    breach = Verdict(Category.COMPLAINT, intents=(Category.COMPLAINT,), breach=True, confidence=0.9)
    assert run(breach).breach_alert
    staff_mail = inbound(sender="privacy@onro.eu")
    d = run(HUMAN, History(thread_case=CASE), inbound=staff_mail)
    assert d.staff_answered and d.disposition is Disposition.FOLLOW_UP


def test_staff_commands_need_staff_sender_and_valid_token() -> None:
    from mailbot.policy import StaffTarget

    target = StaffTarget("ONRO-2026-0005", token_ok=True, command=None)
    d = run(HUMAN, History(staff_case=CASE), staff=target, inbound=inbound(sender="privacy@onro.eu"))
    assert d.disposition is Disposition.STAFF and d.reason.startswith("staff command:")
    d = run(HUMAN, History(staff_case=CASE), staff=target, inbound=inbound(sender="evil@example.nl"))
    assert "ignored" in d.reason
    bad = StaffTarget("ONRO-2026-0005", token_ok=False, command=None)
    d = run(HUMAN, History(staff_case=CASE), staff=bad, inbound=inbound(sender="privacy@onro.eu"))
    assert "token" in d.reason
