"""Reports of a personal-data breach: a leak, or data sent to the wrong person.

A breach report starts a legal clock (72 hours to notify the authority, Art. 33
GDPR), so it is a complaint-category case with `breach` set, whatever else is asked.

People rarely say "datalek". They say what they saw: "an invoice that is not mine,
with his address, is in my account". So besides the phrase list, one sentence that
says whose data it is (someone else's), what data (a name, an address, an invoice)
and that it was seen or received, is read as a breach report.
"""

from __future__ import annotations

from dataclasses import dataclass

from mailbot.model import Category
from mailbot.rules.base import Finding, IntentRule, PhraseRule
from mailbot.rules.facts import SENTENCE_END, WEIGHTS, Facts, PhraseHit
from mailbot.rules.phrases import STRONG

NEGATION_REACH = 12  # characters between a negation and the match it cancels

BREACH = PhraseRule(
    "breach.report",
    "reports a data breach or misdirected personal data",
    "breach",
    Category.COMPLAINT,
    breach=True,
    label="breach",
    # "Je leest zoveel over webwinkels die gehackt worden": talk about breaches in
    # general, or a supposed one, reports none.
    unless_hypothetical=True,
)


@dataclass(frozen=True, slots=True)
class ForeignDataSeen:
    """Someone else's personal data seen or received, said in one sentence."""

    name: str = "breach.foreign_data"
    description: str = "saw or received someone else's personal data"

    def check(self, facts: Facts) -> Finding | None:
        for hit in facts.hits("foreign"):
            if _denied(facts, hit) or facts.in_sentence(hit, "hypothetical"):
                continue
            # "Hun adres staat verkeerd": a relative's data to correct, not a sighting.
            if any(facts.same_sentence(hit, fix) for fix in facts.hits("rectification")):
                continue
            if facts.in_sentence(hit, "personal_data") and facts.in_sentence(hit, "exposure"):
                return Finding(
                    self.name,
                    f'breach: someone else\'s data ("{hit.text[:40]}") seen or received, '
                    f"in {hit.where}",
                    WEIGHTS[(hit.where, STRONG)],
                    Category.COMPLAINT,
                    breach=True,
                )
        return None


def _denied(facts: Facts, hit: PhraseHit) -> bool:
    """A negation just before the match: "dat mijn gegevens niet op internet komen"."""
    text = facts.subject if hit.where == "subject" else facts.body
    return any(
        hit.start - NEGATION_REACH <= end <= hit.start
        and not SENTENCE_END.search(text, end, hit.start)
        for _, end in facts.spans.get((hit.where, "negation", STRONG), [])
    )


RULES: tuple[IntentRule, ...] = (BREACH, ForeignDataSeen())
