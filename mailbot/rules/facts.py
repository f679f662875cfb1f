"""A human message prepared for the intent rules.

Subject and new text are folded, cut to the sender's own words, and read once: one
pass over their words finds the phrases of every section (see rules/matcher.py).
Disclaimer paragraphs and `ignore` wording are then blanked out, and each rule picks
the matches of its sections from that one list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from mailbot.rules.matcher import is_word_char
from mailbot.rules.phrases import INTENT_TOPICS, STRONG, WEAK, Phrasebook
from mailbot.rules.text import MAX_INPUT, clean_subject, fold, new_text

# How much one phrase match counts, by where it was found and how strong it is.
WEIGHTS = {
    ("subject", STRONG): 0.9,
    ("body", STRONG): 0.8,
    ("subject", WEAK): 0.45,  # below the review threshold, like every weak phrase alone
    ("body", WEAK): 0.4,
}
MAX_HITS = 5  # matches kept per section and place; more add nothing
NEGATION_WINDOW = 3  # words before a phrase that may cancel it ("niet afmelden")
SENTENCE_END = re.compile(r"[.!?;\n]")
_PARAGRAPH_GAP = re.compile(r"\n\s*\n")
_TOKEN = re.compile(r"\S+")
T = TypeVar("T")
Span = tuple[int, int]


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


@dataclass(slots=True)
class Facts:
    subject: str  # folded, without Re:/Fwd:
    body: str  # folded new text: no quotes or signature; disclaimers blanked
    book: Phrasebook
    spans: dict[tuple[str, str, str], list[Span]] = field(
        default_factory=dict
    )  # (where, topic, strength)
    _hits: dict[tuple[str, str], tuple[PhraseHit, ...]] = field(default_factory=dict)
    _memo: dict[str, object] = field(default_factory=dict)
    corrections: list[tuple[str, str]] = field(default_factory=list)  # (written, read as)

    @classmethod
    def prepare(cls, subject: str, text: str, book: Phrasebook) -> Facts:
        """Fold, keep the new text, read past typing slips, find all phrases, blank
        disclaimers and `ignore`."""
        facts = cls(subject=clean_subject(subject), body="", book=book)
        body = new_text(fold(text[:MAX_INPUT]), book.pattern("signoff"))
        subject_text, fixed_subject = book.speller.correct(facts.subject)
        body, fixed_body = book.speller.correct(body)
        facts.corrections = fixed_subject + fixed_body
        facts.subject = facts._read("subject", subject_text)
        facts.body = facts._read("body", body)
        return facts

    def _read(self, where: str, text: str) -> str:
        found: dict[tuple[str, str], list[Span]] = {}
        for phrase, start, end in self.book.index.scan(text):
            found.setdefault((phrase.topic, phrase.strength), []).append((start, end))
        blanks = list(found.get(("ignore", STRONG), []))
        if ("disclaimer", STRONG) in found:
            blanks += _paragraphs_with(text, [s for s, _ in found[("disclaimer", STRONG)]])
        if blanks:
            chars = list(text)
            for start, end in blanks:
                chars[start:end] = [c if c == "\n" else " " for c in chars[start:end]]
            text = "".join(chars)
        for (topic, strength), spans in found.items():
            kept = [s for s in spans if not any(b0 < s[1] and s[0] < b1 for b0, b1 in blanks)]
            self.spans[(where, topic, strength)] = kept
        return text

    def memo(self, key: str, compute: Callable[[Facts], T]) -> T:
        """A value several rules derive from the same facts, computed once."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]  # type: ignore[return-value]

    def hits(self, topic: str, strength: str = STRONG) -> tuple[PhraseHit, ...]:
        """Matches of one section in subject, then body (a few per place), skipping
        those cancelled by a negation just before them."""
        key = (topic, strength)
        found = self._hits.get(key)
        if found is None:
            found = tuple(self._pick(topic, strength))
            self._hits[key] = found
        return found

    def any_hits(self, topic: str) -> tuple[PhraseHit, ...]:
        return self.hits(topic, STRONG) + self.hits(topic, WEAK)

    def same_sentence(self, a: PhraseHit, b: PhraseHit) -> bool:
        """Are two matches in one sentence of the same place?"""
        if a.where != b.where:
            return False
        text = self.subject if a.where == "subject" else self.body
        return not SENTENCE_END.search(text, min(a.start, b.start), max(a.end, b.end))

    def in_sentence(self, hit: PhraseHit, topic: str) -> bool:
        """Does a phrase of `topic` occur in the sentence of `hit`?"""
        text = self.subject if hit.where == "subject" else self.body
        start = max((m.end() for m in SENTENCE_END.finditer(text, 0, hit.start)), default=0)
        end_match = SENTENCE_END.search(text, hit.end)
        end = end_match.start() if end_match else len(text)
        spans = self.spans.get((hit.where, topic, STRONG), []) + self.spans.get(
            (hit.where, topic, WEAK), []
        )
        return any(start <= s and e <= end for s, e in spans)

    def _pick(self, topic: str, strength: str) -> list[PhraseHit]:
        out = []
        for where, text in (("subject", self.subject), ("body", self.body)):
            # "niet volgens de AVG" still speaks of privacy: only intents are negated.
            negations = (
                self.spans.get((where, "negation", STRONG), []) if topic in INTENT_TOPICS else []
            )
            for start, end in self.spans.get((where, topic, strength), [])[:MAX_HITS]:
                if _negated(text, start, end, negations):
                    continue
                begin = start
                while begin > 0 and is_word_char(text[begin - 1]):
                    begin -= 1  # show the whole word: "persoonsgegevens", not "gegevens"
                out.append(PhraseHit(topic, strength, where, text[begin:end], begin, end))
        return out


def _negated(text: str, start: int, end: int, negations: list[Span]) -> bool:
    """A negation among the few words before the phrase, in the same sentence; a
    phrase that carries its own ("niet meer ontvangen") is never negated."""
    if not negations or any(start <= s < end for s, _ in negations):
        return False
    low = max(0, start - 40)
    ends = [m.end() for m in SENTENCE_END.finditer(text, low, start)]
    words = [m.start() for m in _TOKEN.finditer(text, ends[-1] if ends else low, start)]
    if not words:
        return False
    first = words[-NEGATION_WINDOW:][0]
    return any(first <= s and e <= start for s, e in negations)


def _paragraphs_with(text: str, positions: list[int]) -> list[Span]:
    """The paragraphs (blank-line separated) that contain any of `positions`."""
    out: list[Span] = []
    begin = 0
    for gap in [*_PARAGRAPH_GAP.finditer(text), None]:
        end = gap.start() if gap else len(text)
        if any(begin <= p < end for p in positions):
            out.append((begin, end))
        begin = gap.end() if gap else end
    return out
