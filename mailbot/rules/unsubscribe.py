"""Newsletter and mailing unsubscribes, in the customer's own words.

Only the new text and the subject are read (see rules/text.py): the footer of the
newsletter a customer replies to says "afmelden" too, and must not count.
"""

from __future__ import annotations

from mailbot.model import Category
from mailbot.rules.base import IntentRule, PhraseRule

UNSUBSCRIBE = PhraseRule(
    name="unsubscribe.phrase",
    description="asks to stop newsletters or mailings",
    topic="unsubscribe",
    intent=Category.UNSUBSCRIBE,
    context=("newsletter",),
)

RULES: tuple[IntentRule, ...] = (UNSUBSCRIBE,)
