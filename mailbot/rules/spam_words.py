"""Words of spam and phishing: they may hold back the automatic reply, never make noise.

A person who writes like a spammer is still a person, so nothing here can turn a
message into noise (that stays with headers and MIME structure: rules/spam.py). But an
automatic reply to spam is backscatter, and spam that its headers do not give away
often gives itself away in its words. Content signs count points like the structural
signs of rules/spam.py, and classify.py adds the two up: enough points keep the message
a case for a person to read, without an automatic reply.

- the GTUBE test string: decisive, it asks every filter to treat the message as spam;
- phrases of spam_words.toml: `phrases` count a point each, three different `weak`
  ones (a subject in capitals counts as one) a point together;
- a text that is mostly links, a link to a bare IP address, HTML code sent as plain
  text: a point each.

Only the customer's own words are read (folded, without quotes, signature and
disclaimers: rules/facts.py; not the subject of a forward), so a customer who forwards
a spam to ask about it is judged on what they wrote, not on the spam.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mailbot.rules.matcher import Phrase, compile_phrase, crosses_sentence, is_word_char
from mailbot.rules.phrases import parse_file as parse_file_of_phrases
from mailbot.rules.phrases import read_toml
from mailbot.rules.spam import points  # noqa: F401  (points add up the same way)
from mailbot.rules.text import fold

FILE = "spam_words.toml"
SECTIONS = ("any", "nl", "en", "de", "fr")  # "any": names that read alike in every language
PHRASES, WEAK = "phrases", "weak"
KEYS = (PHRASES, WEAK)
GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"
DECISIVE = 100  # points of a sign that holds the reply back on its own
PHRASE_POINTS = 1
WEAK_PER_POINT = 3  # different weak phrases that together count one point
MANY_LINKS = 4  # different links that make a text "mostly links" whatever its length
FEW_WORDS = 10  # a link with fewer words than this around it: the text is mostly links
SHOWN = 3  # phrases quoted in the evidence

# Led by a literal, not by \b: the regex engine then skips to candidates quickly.
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]]+")
_IP_URL = re.compile(r"https?://(\d{1,3}(?:\.\d{1,3}){3})(?![\w.])")
_WORDS = re.compile(r"[^\W\d_]{2,}")
# The words of a folded text and of a phrase alike (for the set lookup in SpamWords):
# runs of ASCII letters and digits; what a phrase holds whole, a matching text holds.
_TOKEN = re.compile(r"[a-z0-9]+")
_HTML_SOURCE = re.compile(r"\s*<(?:!doctype\s+html|html)\b", re.IGNORECASE)
_FORWARD = re.compile(r"\s*(?:fwd?|wg|tr|doorst|vs)\s*:", re.IGNORECASE)


class SpamWordsError(ValueError):
    """spam_words.toml cannot be used; the message names the section and key."""


@dataclass(frozen=True, slots=True)
class SpamWords:
    """The compiled phrases (rules/matcher.py syntax), found by their own regexes.

    Most mail holds no spam phrase at all, and a phrase cannot match a text that lacks
    one of its whole words. So the words of the text are gathered in a set first, and
    only the phrases whose whole words are all there (looked up by their longest word)
    are searched for; each regex opens with a literal word, which the engine finds
    fast. Phrases without a whole word (`re:`) are always searched for."""

    anchors: dict[str, tuple[tuple[frozenset[str], Phrase], ...]]  # longest word -> phrases
    patterns: tuple[Phrase, ...]
    counts: dict[tuple[str, str], int]  # (section, key) -> phrases, for the record

    def scan(self, text: str) -> list[tuple[Phrase, int, int]]:
        """(phrase, start, end) of every match in a folded text, in reading order."""
        words = set(_TOKEN.findall(text))
        found: list[tuple[Phrase, int, int]] = []
        for phrase in [
            phrase
            for anchor in self.anchors.keys() & words
            for need, phrase in self.anchors[anchor]
            if need <= words
        ] + list(self.patterns):
            for match in phrase.regex.finditer(text):
                start, end = match.span()
                if phrase.first is not None and start and is_word_char(text[start - 1]):
                    continue  # a phrase starts at the start of a word
                if phrase.gapped and crosses_sentence(text, start, end):
                    continue
                found.append((phrase, start, end))
        return sorted(found, key=lambda hit: hit[1])


def parse_file(data: dict[str, object], where: str = FILE) -> dict[tuple[str, str], list[str]]:
    """Check the parsed file as the phrase files are checked (rules/phrases.py);
    (section, key) -> phrases. A file without any `phrases` is an error too."""
    out = parse_file_of_phrases(data, where, "", SECTIONS, SpamWordsError)
    if not any(key == PHRASES for _, key in out):
        raise SpamWordsError(f"{where}: no `phrases` in any section")
    return out


def build(lists: dict[tuple[str, str], list[str]]) -> SpamWords:
    anchors: dict[str, list[tuple[frozenset[str], Phrase]]] = {}
    patterns: list[Phrase] = []
    for (section, key), phrases in lists.items():
        for text in phrases:
            regex, first, prefix = compile_phrase(text)
            phrase = Phrase(section, key, text, re.compile(regex), first, prefix)
            whole = _whole_words(text) if not text.startswith("re:") else []
            if whole:
                anchors.setdefault(max(whole, key=len), []).append((frozenset(whole), phrase))
            else:
                patterns.append(phrase)
    return SpamWords(
        {word: tuple(entries) for word, entries in anchors.items()},
        tuple(patterns),
        {k: len(v) for k, v in lists.items()},
    )


def _whole_words(phrase: str) -> list[str]:
    """The words a match of the phrase holds whole (not those with a "*")."""
    return [
        token
        for word in fold(phrase).split()
        if word != ".." and "*" not in word
        for token in _TOKEN.findall(word)
    ]


def load(path: Path | None = None) -> SpamWords:
    """Read and check spam_words.toml (default: the one in this package)."""
    where = path.name if path is not None else FILE
    return build(parse_file(read_toml(where, path, SpamWordsError), where))


@cache
def default_words() -> SpamWords:
    """The packaged lists, loaded once per process."""
    return load()


def signs(
    subject: str, text: str, own_subject: str, own_text: str, words: SpamWords | None = None
) -> list[tuple[int, str]]:
    """The content signs of spam: (points, description). `subject` and `text` as
    received; `own_subject` and `own_text` folded and cut to the sender's own words
    (Facts.subject, Facts.body)."""
    if GTUBE in text or GTUBE in subject:
        return [(DECISIVE, "the GTUBE anti-spam test string")]
    book = words or default_words()
    strong: dict[str, str] = {}  # phrase -> the words that matched it
    weak: dict[str, str] = {}
    # The subject of a forward is the forwarded mail's, not the sender's own words.
    forward = _FORWARD.match(subject) is not None
    own = own_text if forward else f"{own_subject}\n\n{own_text}"  # read in one pass
    for phrase, start, end in book.scan(own):
        (strong if phrase.strength == PHRASES else weak).setdefault(phrase.text, own[start:end])
    found: list[tuple[int, str]] = []
    if strong:
        quoted = ", ".join(f'"{" ".join(m.split())[:40]}"' for m in list(strong.values())[:SHOWN])
        found.append((PHRASE_POINTS * len(strong), f"spam phrasing {quoted}"))
    shouting = not forward and _capitals(subject)
    if len(weak) + shouting >= WEAK_PER_POINT:
        shown = [f'"{" ".join(m.split())[:30]}"' for m in list(weak.values())[:SHOWN]]
        if shouting:
            shown.insert(0, "a subject in capitals")
        found.append(((len(weak) + shouting) // WEAK_PER_POINT, f"sales talk ({', '.join(shown)})"))
    links = set(_URL.findall(own_text))
    if links:
        wordcount = len(_WORDS.findall(_URL.sub(" ", own_text)))
        if len(links) >= MANY_LINKS or wordcount < FEW_WORDS:
            found.append(
                (1, f"mostly links ({_count(len(links), 'link')}, {_count(wordcount, 'word')})")
            )
        bare = [ip for ip in _IP_URL.findall(own_text) if _public(ip)]
        if bare:
            found.append((1, f"a link to a bare IP address ({bare[0]})"))
    if _HTML_SOURCE.match(text) and "<" in own_text:
        found.append((1, "HTML code sent as plain text"))
    return found


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _capitals(subject: str) -> bool:
    """A subject of several words, all in capitals (letters that have a case)."""
    if subject != subject.upper():
        return False  # a lower-case letter: nearly every subject, told at once
    return sum(c.isupper() for c in subject) >= 10 and len(subject.split()) >= 2


def _public(ip: str) -> bool:
    try:
        return ipaddress.ip_address(ip).is_global
    except ValueError:
        return False
