"""Phrase syntax -> regular expressions, and a fast way to find many phrases at once.

Python's regex engine tries an alternation of hundreds of phrases at every position
of the text; with phrases in four languages nearly every letter opens one of them,
so that costs tens of nanoseconds per character per section. Instead the text is
split into words once, and each phrase is tried only where a word starts with its
first four letters (`PhraseIndex`). Phrases that start inside a word ("*gegevens")
open with a literal, which the engine finds quickly on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from mailbot.rules.text import fold

GAP_WORDS = 5  # ".." spans at most this many words, within one sentence
KEY_LENGTH = 4
_SEP = r"[\W_]+"
_GAP = rf"{_SEP}(?:\w+{_SEP}){{0,{GAP_WORDS}}}?"
_WORD = re.compile(r"\w+")
# Where a sentence ends: "!", "?", ";", a blank line, or a full stop before the next
# word, unless it closes an abbreviation ("art. 15", "a.u.b. afmelden", "mr. Jansen").
_SENTENCE_MARK = re.compile(r"[!?;]|\n\s*\n|\.(?=\s+[^\W\d_])")
ABBREVIATIONS = frozenset(
    {
        "art",
        "artikel",
        "nr",
        "no",
        "bijv",
        "bv",
        "ca",
        "dhr",
        "mevr",
        "mr",
        "mw",
        "drs",
        "dr",
        "ir",
        "ing",
        "st",
        "evt",
        "incl",
        "excl",
        "resp",
        "tel",
        "abs",
        "para",
        "vgl",
        "cf",
        "etc",
        "vs",
        "zgn",
        "jl",
        "jr",
        "sr",
        "prof",
        "fa",
        "str",
        "mrs",
        "ms",
    }
)


def crosses_sentence(text: str, start: int, end: int) -> bool:
    """Does text[start:end] run from one sentence into the next?"""
    for mark in _SENTENCE_MARK.finditer(text, start, end):
        if mark.group(0) != ".":
            return True
        before = text[max(start, mark.start() - 12) : mark.start()]
        word = re.split(r"[^\w]", before)[-1]
        if not word or (len(word) > 1 and word not in ABBREVIATIONS):
            return True
    return False


def is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


@dataclass(frozen=True, slots=True)
class Phrase:
    """One compiled phrase. `first` is the first word it must start with (None: it
    may start inside a word, or is a raw expression); `prefix` means that word may
    go on ("verwijder*" also starts "verwijderen")."""

    topic: str
    strength: str
    text: str
    regex: re.Pattern[str]
    first: str | None
    prefix: bool

    @property
    def gapped(self) -> bool:
        return " .. " in self.text or self.text.endswith(" ..")

    @property
    def key(self) -> str | None:
        return self.first[:KEY_LENGTH] if self.first is not None else None

    def starts(self, token: str) -> bool:
        """Can the phrase start at a word that reads `token`?"""
        first = self.first or ""
        return token == first or (self.prefix and token.startswith(first))

    @property
    def lead(self) -> str | None:
        """The literal a key-less phrase starts with ("gegevens" for "*gegevens .. x")."""
        if self.text.startswith("re:"):
            return None
        first = fold(self.text).split()[0].strip("*")
        return first if first and re.escape(first) == first else None


def compile_phrase(phrase: str) -> tuple[str, str | None, bool]:
    """Turn one entry of the phrase syntax (see the phrase files) into a regular
    expression, plus the word it starts with and whether that word may go on."""
    if phrase.startswith("re:"):
        return phrase[3:], None, False
    words = fold(phrase).split()
    parts: list[str] = []
    for index, word in enumerate(words):
        if word == "..":
            if index == 0 or index == len(words) - 1 or words[index - 1] == "..":
                raise ValueError("'..' must stand between two words")
            continue
        body = re.escape(word.strip("*"))
        if not word.strip("*"):
            raise ValueError("a word of only '*'")
        head = r"\w*" if word.startswith("*") and parts else ""
        tail = r"\w*" if word.endswith("*") else ""
        if parts:
            parts.append(_GAP if words[index - 1] == ".." else _SEP)
        parts.append(head + body + tail)
    if not parts:
        raise ValueError("empty phrase")
    end = "" if words[-1].endswith("*") else r"(?!\w)"
    first = words[0]
    if first.startswith("*"):
        return "".join(parts) + end, None, False
    token = _WORD.match(first)
    if token is None:  # starts with punctuation: no word to key on
        return "".join(parts) + end, None, False
    # "verwijder*" goes on; "e-mail*" does not: its first word is the whole "e".
    goes_on = first.endswith("*") and token.end() == len(first.rstrip("*"))
    return "".join(parts) + end, token.group(0), goes_on


@dataclass(slots=True)
class PhraseIndex:
    """Finds every phrase of many sections in one pass over the words of a text."""

    by_first: dict[str, list[Phrase]] = field(default_factory=dict)  # exactly this first word
    by_key: dict[str, list[Phrase]] = field(default_factory=dict)  # first word goes on
    short_open: list[Phrase] = field(default_factory=list)  # open keys under KEY_LENGTH
    by_lead: dict[str, list[Phrase]] = field(default_factory=dict)  # start inside a word
    unkeyed: list[Phrase] = field(default_factory=list)  # raw expressions

    @classmethod
    def of(cls, phrases: Iterable[Phrase]) -> PhraseIndex:
        index = cls()
        for phrase in phrases:
            lead = phrase.lead if phrase.key is None else None
            if phrase.key is None and lead:
                index.by_lead.setdefault(lead, []).append(phrase)
            elif phrase.key is None:
                index.unkeyed.append(phrase)
            elif phrase.prefix and len(phrase.first or "") < KEY_LENGTH:
                index.short_open.append(phrase)
            elif phrase.prefix:
                index.by_key.setdefault(phrase.key, []).append(phrase)
            else:
                index.by_first.setdefault(phrase.first or "", []).append(phrase)
        return index

    def scan(self, text: str) -> list[tuple[Phrase, int, int]]:
        """(phrase, start, end) of every match, by start; at one start, per section
        and strength, only the longest match is kept."""
        found: dict[tuple[str, str, int], tuple[Phrase, int, int]] = {}
        by_first, by_key, short_open = self.by_first, self.by_key, self.short_open

        def keep(phrase: Phrase, start: int, end: int) -> None:
            if phrase.gapped and crosses_sentence(text, start, end):
                return
            slot = (phrase.topic, phrase.strength, start)
            if slot not in found or found[slot][2] < end:
                found[slot] = (phrase, start, end)

        # The phrases a word can open, worked out once per distinct word of the text.
        openers: dict[str, tuple[Phrase, ...]] = {}
        for word in _WORD.finditer(text):
            token = word.group(0)
            group = openers.get(token)
            if group is None:
                group = tuple(by_first.get(token, ()))
                keyed = by_key.get(token[:KEY_LENGTH])
                if keyed:
                    group += tuple(p for p in keyed if p.starts(token))
                if short_open:
                    group += tuple(p for p in short_open if p.starts(token))
                openers[token] = group
            if group:
                start = word.start()
                for phrase in group:
                    match = phrase.regex.match(text, start)
                    if match is not None:
                        keep(phrase, start, match.end())
        for lead, group in self.by_lead.items():
            at = text.find(lead)
            while at >= 0:
                for phrase in group:
                    match = phrase.regex.match(text, at)
                    if match is not None:
                        keep(phrase, at, match.end())
                at = text.find(lead, at + 1)
        for phrase in self.unkeyed:
            for match in phrase.regex.finditer(text):
                keep(phrase, match.start(), match.end())
        return sorted(found.values(), key=lambda item: item[1])


@dataclass(frozen=True, slots=True)
class PhraseSet:
    """The phrases of one section and strength, for small searches: a sentence, a
    line, a few words before a match."""

    phrases: tuple[Phrase, ...]
    index: PhraseIndex

    @classmethod
    def of(cls, phrases: Iterable[Phrase]) -> PhraseSet:
        kept = tuple(phrases)
        return cls(kept, PhraseIndex.of(kept))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for phrase, start, _ in self.index.scan(text):
            match = phrase.regex.match(text, start)
            if match is not None:
                yield match

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [(start, end) for _, start, end in self.index.scan(text)]

    def match(self, text: str) -> re.Match[str] | None:
        """The longest match that starts at the very beginning of `text`."""
        word = _WORD.match(text)
        candidates: list[Phrase] = list(self.index.unkeyed)
        for lead, group in self.index.by_lead.items():
            if text.startswith(lead):
                candidates += group
        if word is not None:
            token = word.group(0)
            candidates += self.index.by_first.get(token, [])
            candidates += [
                p for p in self.index.by_key.get(token[:KEY_LENGTH], ()) if p.starts(token)
            ]
            candidates += [p for p in self.index.short_open if p.starts(token)]
        best = None
        for phrase in candidates:
            found = phrase.regex.match(text)
            if found is not None and (best is None or found.end() > best.end()):
                best = found
        return best

    def blank(self, text: str) -> str:
        """`text` with every match replaced by spaces (positions stay the same)."""
        spans = self.spans(text)
        if not spans:
            return text
        chars = list(text)
        for start, end in spans:
            chars[start:end] = " " * (end - start)
        return "".join(chars)
