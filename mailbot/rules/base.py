"""What rules look like and what they see.

A rule is a small named object with one pure check (as in GNU Mailman's rules):
noise rules look at an `Inbound`'s headers and MIME structure and return a `Screen`;
intent rules look at prepared `Facts` (folded subject and new text, phrase matches)
and return a `Finding`. Neither does I/O, so `classify --explain` can show exactly
which rule fired and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from mailbot.model import Category, Inbound, NoiseReason, Right
from mailbot.rules.matcher import Phrase, is_word_char
from mailbot.rules.phrases import STRONG, WEAK, Phrasebook
from mailbot.rules.text import MAX_INPUT, clean_subject, fold, new_text

# How much one phrase match counts, by where it was found and how strong it is.
WEIGHTS = {("subject", STRONG): 0.9, ("body", STRONG): 0.8, ("subject", WEAK): 0.55, ("body", WEAK): 0.4}
CONTEXT_WEIGHT = 0.3  # a context word (newsletter, privacy, ...) next to a weak phrase
MAX_HITS = 5  # matches kept per section and place; more add nothing
NEGATION_WINDOW = 3  # words before a phrase that may cancel it ("niet afmelden")
_SENTENCE_END = re.compile(r"[.!?;\n]")


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
    name: str
    description: str

    def check(self, mail: Inbound, ctx: ScreenContext) -> Screen | None: ...


@dataclass(frozen=True, slots=True)
class PhraseHit:
    topic: str
    strength: str  # STRONG or WEAK
    where: str  # "subject" or "body"
    text: str  # the folded words that matched
    start: int
    end: int

    @property
    def weight(self) -> float:
        return WEIGHTS[(self.where, self.strength)]

    def describe(self, label: str | None = None) -> str:
        return f'{label or self.topic}: "{self.text[:60]}" in {self.where}'


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
    name: str
    description: str

    def check(self, facts: Facts) -> Finding | None: ...


@dataclass(slots=True)
class Facts:
    """A human message prepared for the intent rules: the words of subject and body
    are read once for all sections; each section's hits are then picked out on first
    use and remembered."""

    subject: str  # folded, without Re:/Fwd:
    body: str  # folded new text: no quotes, signature or disclaimer
    book: Phrasebook
    _found: dict[str, list[tuple[Phrase, int, int]]] = field(default_factory=dict)
    _hits: dict[tuple[str, str], tuple[PhraseHit, ...]] = field(default_factory=dict)

    @classmethod
    def prepare(cls, subject: str, text: str, book: Phrasebook) -> Facts:
        """Fold, cut quotes, signature and disclaimers, blank out `ignore` wording."""
        body = new_text(fold(text[:MAX_INPUT]), book.pattern("signoff"), book.pattern("disclaimer"))
        ignore = book.pattern("ignore")
        subject = clean_subject(subject)
        if ignore is not None:
            body, subject = ignore.blank(body), ignore.blank(subject)
        return cls(subject=subject, body=body, book=book)

    def hits(self, topic: str, strength: str = STRONG) -> tuple[PhraseHit, ...]:
        """Matches of one section in subject, then body (a few per place), skipping
        those cancelled by a negation just before them."""
        key = (topic, strength)
        found = self._hits.get(key)
        if found is None:
            found = tuple(self._search(topic, strength))
            self._hits[key] = found
        return found

    def any_hits(self, topic: str) -> tuple[PhraseHit, ...]:
        return self.hits(topic, STRONG) + self.hits(topic, WEAK)

    def sentence(self, hit: PhraseHit) -> str:
        """The sentence around a match, for checks such as "conditional wording"."""
        text = self.subject if hit.where == "subject" else self.body
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, hit.start)), default=0)
        end_match = _SENTENCE_END.search(text, hit.end)
        return text[start : end_match.start() if end_match else len(text)]

    def _search(self, topic: str, strength: str) -> list[PhraseHit]:
        out = []
        for where, text in (("subject", self.subject), ("body", self.body)):
            if where not in self._found:
                self._found[where] = self.book.index.scan(text)
            found = 0
            for phrase, start, end in self._found[where]:
                if phrase.topic != topic or phrase.strength != strength or self._negated(text, start, end):
                    continue
                begin = start
                while begin > 0 and is_word_char(text[begin - 1]):
                    begin -= 1  # show the whole word: "persoonsgegevens", not "gegevens"
                out.append(PhraseHit(topic, strength, where, text[begin:end], begin, end))
                found += 1
                if found == MAX_HITS:
                    break
        return out

    def _negated(self, text: str, start: int, end: int) -> bool:
        negation = self.book.pattern("negation")
        if negation is None or negation.search(text[start:end]):
            return False  # "niet meer ontvangen" carries its own negation
        window = text[max(0, start - 40) : start]
        ends = [m.end() for m in _SENTENCE_END.finditer(window)]
        before = window[ends[-1] if ends else 0 :].split()[-NEGATION_WINDOW:]
        return bool(before) and negation.search(" ".join(before)) is not None


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

    def check(self, facts: Facts) -> Finding | None:
        hits = facts.any_hits(self.topic)
        if not hits:
            return None
        weight, evidence = weigh(hits, self.label or self.topic)
        if self.context and weight < WEIGHTS[("body", STRONG)]:
            context = [h for topic in self.context for h in facts.hits(topic)]
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
