"""Complaints about how personal data is handled, and security reports.

"De app is traag" is a complaint about the service: a question for customer care,
not for the privacy officer. So complaint wording counts only next to privacy or
regulator wording, and not in a conditional ("if you do not answer, I will complain
to the AP" announces a complaint; it does not make one).
"""

from __future__ import annotations

from dataclasses import dataclass

from mailbot.model import Category
from mailbot.rules.base import CONTEXT_WEIGHT, Finding, IntentRule, PhraseRule, combine, weigh
from mailbot.rules.facts import Facts, PhraseHit

SERVICE_WEIGHT = 0.6  # a plain complaint is clearly something to answer


def hedged(facts: Facts, hit: PhraseHit) -> bool:
    """Is the match in a conditional or announcing sentence?"""
    return facts.in_sentence(hit, "hedge")


@dataclass(frozen=True, slots=True)
class PrivacyComplaint:
    name: str = "complaint.privacy"
    description: str = "complains about the handling of personal data"

    def check(self, facts: Facts) -> Finding | None:
        hits = [h for h in facts.any_hits("complaint") if not hedged(facts, h)]
        if not hits:
            return None
        context = facts.any_hits("authority") + facts.any_hits("privacy")
        if not context:
            return None  # a service complaint: left to the question rule
        weight, evidence = weigh(hits, "complaint")
        weight = combine([weight, CONTEXT_WEIGHT])
        evidence += f' (with "{context[0].text[:40]}" in {context[0].where})'
        return Finding(self.name, evidence, weight, Category.COMPLAINT)


@dataclass(frozen=True, slots=True)
class ServiceComplaint:
    """Complaint wording with no privacy context: a question for customer care."""

    name: str = "complaint.service"
    description: str = "complains about the service: handled as a question"

    def check(self, facts: Facts) -> Finding | None:
        hits = facts.any_hits("complaint")
        if not hits or facts.any_hits("authority") or facts.any_hits("privacy"):
            return None
        _, evidence = weigh(hits, "question")
        return Finding(
            self.name, evidence + " (service complaint)", SERVICE_WEIGHT, Category.QUESTION
        )


SECURITY = PhraseRule(
    "complaint.security_report",
    "reports a security vulnerability",
    "security",
    Category.COMPLAINT,
    label="security report",
)

RULES: tuple[IntentRule, ...] = (PrivacyComplaint(), ServiceComplaint(), SECURITY)
