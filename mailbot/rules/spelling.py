"""Reading past typing errors: "afmelen", "uitchrijven", "toestemiming".

People type requests on phones and in a hurry. A word of the message that is not a
phrase word itself, but one slip away from a long phrase word (a letter left out,
added, changed, or two letters swapped), is read as that phrase word. To keep real
words from being "corrected" into other ones, only phrase words of at least
MIN_LENGTH letters are corrected to, and the word must keep their first three letters
and their last letter (nearly all slips are made inside a word): "aanmelden" never
becomes "afmelden", "ontvanger" never "ontvangen". Only short texts (up to MAX_TEXT characters) are corrected: typing errors
live in phone mails, while long letters are spelled with care and hold more real
words that happen to be one slip from a phrase word ("compliant", "complaint").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

MIN_LENGTH = 8
MAX_TEXT = 600
_WORD = re.compile(r"[^\W\d_]+")


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_slip(a: str, b: str) -> bool:
    """Are a and b one edit apart (insert, delete, substitute, swap neighbours)?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@dataclass(frozen=True)
class Speller:
    """Corrects slips towards a fixed vocabulary (the long words of the phrase lists)."""

    words: frozenset[str]  # corrected to
    known: frozenset[str] = frozenset()  # never corrected: every phrase word
    by_deletion: dict[str, frozenset[str]] = field(default_factory=dict)
    heads: frozenset[str] = frozenset()
    shortest: int = 0
    longest: int = 0

    @classmethod
    def of(cls, words: Iterable[str]) -> Speller:
        known = frozenset(words)
        vocabulary = frozenset(w for w in known if len(w) >= MIN_LENGTH and w.isalpha())
        index: dict[str, set[str]] = {}
        for word in vocabulary:
            for variant in _deletions(word) | {word}:
                index.setdefault(variant, set()).add(word)
        lengths = [len(w) for w in vocabulary] or [0]
        return cls(
            words=vocabulary,
            known=known,
            by_deletion={k: frozenset(v) for k, v in index.items()},
            heads=frozenset(w[:3] for w in vocabulary),
            shortest=min(lengths) - 1,
            longest=max(lengths) + 1,
        )

    def correct(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """The text with slips corrected, and the (written, read as) pairs."""
        if not self.words or len(text) > MAX_TEXT:
            return text, []
        head, tail = text, ""
        pieces: list[str] = []
        changes: list[tuple[str, str]] = []
        last = 0
        for match in _WORD.finditer(head):
            token = match.group(0)
            if (
                len(token) < self.shortest
                or len(token) > self.longest
                or token[:3] not in self.heads
                or token in self.known
            ):
                continue
            found: set[str] = set()
            for variant in _deletions(token) | {token}:
                found.update(self.by_deletion.get(variant, ()))
            found = {
                w for w in found if w[:3] == token[:3] and w[-1] == token[-1] and one_slip(w, token)
            }
            if len(found) == 1:
                word = found.pop()
                pieces.append(head[last : match.start()])
                pieces.append(word)
                last = match.end()
                changes.append((token, word))
        if not changes:
            return text, []
        pieces.append(head[last:])
        return "".join(pieces) + tail, changes
