"""What rules look like and what they see.

A rule is a small named object with one pure check (as in GNU Mailman's rules):
noise rules look at an `Inbound`'s headers and MIME structure and return a `Screen`;
intent rules look at prepared `Facts` (folded subject and new text, phrase matches)
and return a `Finding`. Neither does I/O, so `classify --explain` can show exactly
which rule fired and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from mailbot.model import Category, Inbound, NoiseReason, Right
from mailbot.rules.facts import WEIGHTS, Facts, PhraseHit
from mailbot.rules.phrases import STRONG

CONTEXT_WEIGHT = 0.3  # a context word (newsletter, privacy, ...) next to a weak phrase
# In a short message every word is context for every other; in a longer one the
# context word must stand in the same sentence as the weak phrase (a GDPR letter
# says "personal data" everywhere, which must not turn every "transfer" into a request).
SHORT_TEXT = 400


class ScreenContext(Protocol):
    """What noise rules need to know about us (satisfied by `classify.ClassifyContext`)."""

    @property
    def own_addresses(self) -> frozenset[str]: ...

    @property
    def loop_header(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Screen:
    """A noise rule's answer. `noise` None with `intent` set: a robot acting on a
    person's behalf (Apple Mail's one-click unsubscribe): handle it, never answer it."""

    noise: NoiseReason | None
    evidence: str
    confidence: float = 0.99
    intent: Category | None = None


class NoiseRule(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def description(self) -> str: ...

    def check(self, mail: Inbound, ctx: ScreenContext) -> Screen | None: ...


@dataclass(frozen=True, slots=True)
class Finding:
    """One intent rule's conclusion, with the weight (0..1) of its evidence."""

    rule: str
    evidence: str
    weight: float
    intent: Category | None = None
    right: Right | None = None
    breach: bool = False


class IntentRule(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def description(self) -> str: ...

    def check(self, facts: Facts) -> Finding | None: ...


@dataclass(frozen=True, slots=True)
class PhraseRule:
    """An intent rule that fires on the phrases of one section. Weak phrases gain a
    little from `context` sections ("afmelden" next to "nieuwsbrief")."""

    name: str
    description: str
    topic: str
    intent: Category
    right: Right | None = None
    breach: bool = False
    context: tuple[str, ...] = ()
    label: str | None = None  # evidence prefix; default the section name
    # Drop matches in a sentence that only supposes the request ("stel dat ik zou
    # willen weten welke gegevens ..."): asking how a right works is a question.
    unless_hypothetical: bool = False

    def check(self, facts: Facts) -> Finding | None:
        hits = facts.any_hits(self.topic)
        if hits and self.unless_hypothetical:
            real = tuple(h for h in hits if not facts.in_sentence(h, "hypothetical"))
            if len(real) < len(hits) and all(h.where == "subject" for h in real):
                real = ()  # "Vraag over inzage" over a body that only supposes it
            hits = real
        if not hits:
            return None
        weight, evidence = weigh(hits, self.label or self.topic)
        if self.context and weight < WEIGHTS[("body", STRONG)]:
            own = {(h.where, h.start) for h in hits}
            short = len(facts.body) < SHORT_TEXT
            context = [
                h
                for t in self.context
                for h in facts.hits(t)
                if (h.where, h.start) not in own
                and (short or any(facts.in_sentence(hit, t) for hit in hits))
            ]
            if context:
                weight = combine([weight, CONTEXT_WEIGHT])
                evidence += f' (with "{context[0].text[:40]}" in {context[0].where})'
        return Finding(self.name, evidence, weight, self.intent, self.right, self.breach)


def weigh(hits: tuple[PhraseHit, ...] | list[PhraseHit], label: str) -> tuple[float, str]:
    """Weight of a set of matches: the best per place (subject, body), combined; and
    the evidence line for the best one. Repeating a word does not make it surer."""
    best: dict[str, PhraseHit] = {}
    for hit in hits:
        if hit.where not in best or hit.weight > best[hit.where].weight:
            best[hit.where] = hit
    top = max(best.values(), key=lambda h: h.weight)
    return combine([h.weight for h in best.values()]), top.describe(label)


def combine(weights: list[float] | tuple[float, ...]) -> float:
    """Independent pieces of evidence: 1 - product of (1 - w)."""
    rest = 1.0
    for weight in weights:
        rest *= 1.0 - weight
    return 1.0 - rest
