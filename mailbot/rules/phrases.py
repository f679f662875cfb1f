"""Phrase lists per language (rules/phrases_<lang>.toml) -> compiled patterns.

The lists are data so that a privacy officer can add "ik wil eruit" without touching
code. They are read and checked once; a mistake names the file, section and entry.
All languages are matched together: a Dutch customer may well write in English.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from mailbot.rules.matcher import Phrase, PhraseIndex, PhraseSet, compile_phrase
from mailbot.rules.spelling import Speller
from mailbot.rules.text import fold

# Our languages first; then, for GDPR requests from customers elsewhere in the EU,
# short lists of the regulation's own terms (rights, consent, complaints).
LANGUAGES = ("nl", "en", "de", "fr", "es", "it", "pt", "cs", "hr", "el", "sv", "ro")
SPELLED = ("nl", "en", "de", "fr")  # typing slips are read past in these (rules/spelling.py)
STRONG, WEAK = "phrases", "weak"

# Sections and what they are for. Intent sections are matched against subject and
# message text; the others serve text clean-up or qualify other sections.
INTENT_TOPICS = (
    "unsubscribe",
    "rights",
    "access",
    "rectification",
    "erasure",
    "restriction",
    "objection",
    "withdraw_consent",
    "portability",
    "complaint",
    "security",
    "breach",
    "question",
)
CONTEXT_TOPICS = (
    "newsletter",
    "marketing",
    "privacy",
    "authority",
    "foreign",
    "personal_data",
    "exposure",
)
SUPPORT_TOPICS = ("hedge", "hypothetical", "negation", "ignore", "disclaimer", "signoff")
TOPICS = INTENT_TOPICS + CONTEXT_TOPICS + SUPPORT_TOPICS

_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue"}


class PhraseError(ValueError):
    """A phrase file cannot be used; the message names file, section and entry."""


@dataclass(frozen=True, slots=True)
class Phrasebook:
    """Compiled phrases: one PhraseSet per (section, strength), and one index over
    all sections, so a message's words are read once."""

    sets: dict[tuple[str, str], PhraseSet]
    index: PhraseIndex
    sources: dict[tuple[str, str], tuple[str, ...]]  # the phrases behind each set
    speller: Speller = field(default_factory=lambda: Speller.of(()))  # see rules/spelling.py

    def pattern(self, topic: str, strength: str = STRONG) -> PhraseSet | None:
        return self.sets.get((topic, strength))


def _variants(phrase: str, lang: str) -> list[str]:
    """German writers without an umlaut key type "loeschen" for "löschen"."""
    if lang == "de" and any(ch in phrase for ch in _UMLAUTS) and not phrase.startswith("re:"):
        return [phrase, "".join(_UMLAUTS.get(ch, ch) for ch in phrase)]
    return [phrase]


def parse_file(
    data: dict[str, object],
    where: str,
    lang: str,
    sections: tuple[str, ...] = TOPICS,
    error: type[Exception] = PhraseError,
) -> dict[tuple[str, str], list[str]]:
    """Check one parsed TOML file of `sections`, each with `phrases` and/or `weak`;
    return (section, strength) -> phrases. Problems are an `error` naming the file,
    section and entry."""
    out: dict[tuple[str, str], list[str]] = {}
    for topic, section in data.items():
        if topic not in sections:
            raise error(f"{where}: unknown section [{topic}]; known: {', '.join(sections)}")
        if not isinstance(section, dict):
            raise error(f"{where}: [{topic}] must be a table with `phrases` and/or `weak`")
        for strength, entries in section.items():
            if strength not in (STRONG, WEAK):
                raise error(f"{where}: [{topic}] unknown key {strength!r}; use `phrases` or `weak`")
            if not isinstance(entries, list):
                raise error(f"{where}: [{topic}].{strength} must be a list of strings")
            seen: set[str] = set()
            for entry in entries:
                if not isinstance(entry, str) or not entry.strip():
                    raise error(f"{where}: [{topic}].{strength}: {entry!r} is not a phrase")
                key = fold(entry.strip())
                if key in seen:
                    raise error(f"{where}: [{topic}].{strength}: {entry!r} is listed twice")
                seen.add(key)
                for variant in _variants(entry.strip(), lang):
                    try:
                        re.compile(compile_phrase(variant)[0])  # check it now, not mid-mail
                    except (ValueError, re.error) as exc:
                        raise error(f"{where}: [{topic}].{strength}: {entry!r}: {exc}") from None
                    out.setdefault((topic, strength), []).append(variant)
    return out


def read_toml(name: str, path: Path | None = None,
              error: type[Exception] = PhraseError) -> dict[str, object]:
    """A TOML file of this package (`path` None) or at `path`, parsed; a missing or
    broken file is an `error` that names it."""
    try:
        if path is None:
            raw = resources.files("mailbot.rules").joinpath(name).read_text("utf-8")
        else:
            raw = path.read_text("utf-8")
        return tomllib.loads(raw)
    except FileNotFoundError:
        raise error(f"{name}: missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{name}: {exc}") from None


def vocabulary(sources: dict[tuple[str, str], list[str]]) -> set[str]:
    """The words of the intent and context phrases (without wildcards): what typing
    slips are corrected to."""
    return {
        word
        for (topic, _), phrases in sources.items()
        if topic in INTENT_TOPICS or topic in CONTEXT_TOPICS
        for phrase in phrases
        if not phrase.startswith("re:")
        for word in fold(phrase).split()
        if "*" not in word
    }


def build(sources: dict[tuple[str, str], list[str]], spelled: set[str] | None = None) -> Phrasebook:
    sets: dict[tuple[str, str], PhraseSet] = {}
    kept: dict[tuple[str, str], tuple[str, ...]] = {}
    matched: list[Phrase] = []
    for (topic, strength), phrases in sources.items():
        unique = list(dict.fromkeys(phrases))
        compiled = []
        for text in unique:
            regex, first, prefix = compile_phrase(text)
            compiled.append(Phrase(topic, strength, text, re.compile(regex), first, prefix))
        sets[(topic, strength)] = PhraseSet.of(compiled)
        kept[(topic, strength)] = tuple(unique)
        if topic != "signoff":  # sign-offs are looked for at line starts only
            matched.extend(compiled)
    words = vocabulary(sources) if spelled is None else spelled
    return Phrasebook(
        sets=sets, index=PhraseIndex.of(matched), sources=kept, speller=Speller.of(words)
    )


def load(directory: Path | None = None, languages: tuple[str, ...] = LANGUAGES) -> Phrasebook:
    """Read and check phrases_<lang>.toml from `directory` (default: this package)."""
    merged: dict[tuple[str, str], list[str]] = {}
    spelled: set[str] = set()
    for lang in languages:
        name = f"phrases_{lang}.toml"
        data = read_toml(name, None if directory is None else directory / name)
        parsed = parse_file(data, name, lang)
        for key, phrases in parsed.items():
            merged.setdefault(key, []).extend(phrases)
        if lang in SPELLED:
            spelled |= vocabulary(parsed)
    return build(merged, spelled)


@cache
def default_phrasebook() -> Phrasebook:
    """The packaged phrase lists, loaded once per process."""
    return load()
