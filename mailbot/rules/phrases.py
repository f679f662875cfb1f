"""Phrase lists per language (rules/phrases_<lang>.toml) -> compiled patterns.

The lists are data so that a privacy officer can add "ik wil eruit" without touching
code. They are read and checked once; a mistake names the file, section and entry.
All languages are matched together: a Dutch customer may well write in English.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from mailbot.rules.text import fold

LANGUAGES = ("nl", "en", "de", "fr")
STRONG, WEAK = "phrases", "weak"

# Sections and what they are for. Intent sections are matched against subject and
# message text; the others serve text clean-up or qualify other sections.
INTENT_TOPICS = (
    "unsubscribe", "rights", "access", "rectification", "erasure", "restriction", "objection",
    "withdraw_consent", "portability", "complaint", "security", "breach", "question",
)  # fmt: skip
CONTEXT_TOPICS = ("newsletter", "marketing", "privacy", "authority")
SUPPORT_TOPICS = ("hedge", "negation", "ignore", "disclaimer", "signoff")
TOPICS = INTENT_TOPICS + CONTEXT_TOPICS + SUPPORT_TOPICS

GAP_WORDS = 5  # ".." spans at most this many words
_SEP = r"[\W_]+"
_GAP = rf"{_SEP}(?:\w+{_SEP}){{0,{GAP_WORDS}}}"
_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue"}


class PhraseError(ValueError):
    """A phrase file cannot be used; the message names file, section and entry."""


@dataclass(frozen=True, slots=True)
class PhraseSet:
    """All phrases of one section and strength, as two patterns: those that must start
    at a word start, and those that may start inside a word ("*gegevens").

    The word-start check is done here rather than with a look-behind in the pattern:
    a pattern whose branches all open with a letter lets the regex engine skip ahead
    to plausible first letters, which makes matching many times faster."""

    anchored: re.Pattern[str] | None
    free: re.Pattern[str] | None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        for pattern, at_word_start in ((self.anchored, True), (self.free, False)):
            if pattern is None:
                continue
            at = pos
            while at <= end and (match := pattern.search(text, at, end)) is not None:
                begin = match.start()
                if at_word_start and begin > 0 and _is_word(text[begin - 1]):
                    at = begin + 1
                    continue
                yield match
                at = match.end() if match.end() > begin else begin + 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)

    def match(self, text: str) -> re.Match[str] | None:
        """A match that starts at the very beginning of `text`."""
        for pattern in (self.anchored, self.free):
            found = pattern.match(text) if pattern is not None else None
            if found is not None:
                return found
        return None

    def blank(self, text: str) -> str:
        """`text` with every match replaced by spaces (positions stay the same)."""
        spans = [m.span() for m in self.finditer(text)]
        if not spans:
            return text
        chars = list(text)
        for begin, end in spans:
            chars[begin:end] = " " * (end - begin)
        return "".join(chars)


@dataclass(frozen=True, slots=True)
class Phrasebook:
    """Compiled phrases: (topic, strength) -> one PhraseSet over all languages."""

    patterns: dict[tuple[str, str], PhraseSet]
    sources: dict[tuple[str, str], tuple[str, ...]]  # the phrases behind each set

    def pattern(self, topic: str, strength: str = STRONG) -> PhraseSet | None:
        return self.patterns.get((topic, strength))


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def compile_phrase(phrase: str) -> tuple[str, bool]:
    """Turn one entry of the phrase syntax into (regular expression, must start at a
    word start). See the phrase files for the syntax."""
    if phrase.startswith("re:"):
        return phrase[3:], False
    words = fold(phrase).split()
    parts: list[str] = []
    for index, word in enumerate(words):
        if word == "..":
            if index == 0 or index == len(words) - 1 or words[index - 1] == "..":
                raise ValueError("'..' must stand between two words")
            continue
        body = re.escape(word.strip("*"))
        if not body:
            raise ValueError(f"empty word in {phrase!r}")
        head = r"\w*" if word.startswith("*") and parts else ""
        tail = r"\w*" if word.endswith("*") else ""
        if parts:
            parts.append(_GAP if words[index - 1] == ".." else _SEP)
        parts.append(head + body + tail)
    if not parts:
        raise ValueError("empty phrase")
    end = "" if words[-1].endswith("*") else r"(?!\w)"
    return "".join(parts) + end, not words[0].startswith("*")


def _phrase_set(phrases: list[str]) -> PhraseSet:
    compiled = [compile_phrase(p) for p in phrases]
    anchored = [regex for regex, at_start in compiled if at_start]
    free = [regex for regex, at_start in compiled if not at_start]

    def join(regexes: list[str]) -> re.Pattern[str] | None:
        return re.compile("|".join(f"(?:{r})" for r in regexes)) if regexes else None

    return PhraseSet(join(anchored), join(free))


def _variants(phrase: str, lang: str) -> list[str]:
    """German writers without an umlaut key type "loeschen" for "löschen"."""
    if lang == "de" and any(ch in phrase for ch in _UMLAUTS) and not phrase.startswith("re:"):
        return [phrase, "".join(_UMLAUTS.get(ch, ch) for ch in phrase)]
    return [phrase]


def parse_file(data: dict[str, object], where: str, lang: str) -> dict[tuple[str, str], list[str]]:
    """Check one parsed TOML file; return (topic, strength) -> phrases."""
    out: dict[tuple[str, str], list[str]] = {}
    for topic, section in data.items():
        if topic not in TOPICS:
            raise PhraseError(f"{where}: unknown section [{topic}]; known: {', '.join(TOPICS)}")
        if not isinstance(section, dict):
            raise PhraseError(f"{where}: [{topic}] must be a table with `phrases` and/or `weak`")
        for strength, entries in section.items():
            if strength not in (STRONG, WEAK):
                raise PhraseError(f"{where}: [{topic}] unknown key {strength!r}; use `phrases` or `weak`")
            if not isinstance(entries, list):
                raise PhraseError(f"{where}: [{topic}].{strength} must be a list of strings")
            seen: set[str] = set()
            for entry in entries:
                if not isinstance(entry, str) or not entry.strip():
                    raise PhraseError(f"{where}: [{topic}].{strength}: {entry!r} is not a phrase")
                key = fold(entry.strip())
                if key in seen:
                    raise PhraseError(f"{where}: [{topic}].{strength}: {entry!r} is listed twice")
                seen.add(key)
                for variant in _variants(entry.strip(), lang):
                    try:
                        re.compile(compile_phrase(variant)[0])
                    except (ValueError, re.error) as exc:
                        raise PhraseError(f"{where}: [{topic}].{strength}: {entry!r}: {exc}") from None
                    out.setdefault((topic, strength), []).append(variant)
    return out


def build(sources: dict[tuple[str, str], list[str]]) -> Phrasebook:
    patterns: dict[tuple[str, str], PhraseSet] = {}
    kept: dict[tuple[str, str], tuple[str, ...]] = {}
    for key, phrases in sources.items():
        unique = list(dict.fromkeys(phrases))
        # Longest first, so the evidence shows the most specific phrase that matched.
        ordered = sorted(unique, key=lambda p: len(p), reverse=True)
        patterns[key] = _phrase_set(ordered)
        kept[key] = tuple(unique)
    return Phrasebook(patterns=patterns, sources=kept)


def load(directory: Path | None = None, languages: tuple[str, ...] = LANGUAGES) -> Phrasebook:
    """Read and check phrases_<lang>.toml from `directory` (default: this package)."""
    merged: dict[tuple[str, str], list[str]] = {}
    for lang in languages:
        name = f"phrases_{lang}.toml"
        try:
            if directory is None:
                raw = resources.files("mailbot.rules").joinpath(name).read_text("utf-8")
            else:
                raw = (directory / name).read_text("utf-8")
            data = tomllib.loads(raw)
        except FileNotFoundError:
            raise PhraseError(f"{name}: missing") from None
        except tomllib.TOMLDecodeError as exc:
            raise PhraseError(f"{name}: {exc}") from None
        for key, phrases in parse_file(data, name, lang).items():
            merged.setdefault(key, []).extend(phrases)
    return build(merged)


@cache
def default_phrasebook() -> Phrasebook:
    """The packaged phrase lists, loaded once per process."""
    return load()
