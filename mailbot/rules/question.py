"""Questions: the fallback category, and an intent next to others.

A question mark in the customer's own text (not in a link) or question wording
("hoe kan ik", "could you") marks a question; so does a plain service complaint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailbot.model import Category
from mailbot.rules.base import Finding, IntentRule, combine, weigh
from mailbot.rules.facts import Facts

QUESTION_MARK_WEIGHT = 0.6
_QUESTION_MARK = re.compile(r"(?<![/=&?])\?(?![\w=&])")


@dataclass(frozen=True, slots=True)
class Question:
    name: str = "question.phrase"
    description: str = "asks something"

    def check(self, facts: Facts) -> Finding | None:
        hits = facts.any_hits("question")
        marks = [
            where
            for where, text in (("subject", facts.subject), ("body", facts.body))
            if _QUESTION_MARK.search(text)
        ]
        if not hits and not marks:
            return None
        weights, evidence = [], []
        if hits:
            weight, line = weigh(hits, "question")
            weights.append(weight)
            evidence.append(line)
        if marks:
            weights.append(QUESTION_MARK_WEIGHT)
            evidence.append(f'question: "?" in {marks[0]}')
        return Finding(self.name, "; ".join(evidence), combine(weights), Category.QUESTION)


RULES: tuple[IntentRule, ...] = (Question(),)
