"""Reports of a personal-data breach: a leak, or data sent to the wrong person.

A breach report starts a legal clock (72 hours to notify the authority, Art. 33
GDPR), so it is a complaint-category case with `breach` set, whatever else is asked.
"""

from __future__ import annotations

from mailbot.model import Category
from mailbot.rules.base import IntentRule, PhraseRule

BREACH = PhraseRule(
    "breach.report",
    "reports a data breach or misdirected personal data",
    "breach",
    Category.COMPLAINT,
    breach=True,
    label="breach",
)

RULES: tuple[IntentRule, ...] = (BREACH,)
