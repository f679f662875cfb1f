"""Text preparation for phrase rules: fold case and accents, keep only the new words.

A reply carries the newsletter it answers ("klik hier om je af te melden"), the
sender's signature and a legal disclaimer ("verwijder dit bericht"). None of that is
what the customer asks, so it is cut away before any phrase is matched.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol


class Matcher(Protocol):
    """What new_text needs of a phrase set (rules.phrases.PhraseSet)."""

    def match(self, text: str) -> re.Match[str] | None: ...


MAX_INPUT = 8_000  # characters of message text examined; requests come first

_MARKS = re.compile(r"[\u0300-\u036f]")
_ODD_CHARS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00b4": "'",
        "\u00a0": " ",
        "\u200b": " ",
        "\u200c": "",
        "\u200d": "",
        "\u2060": "",
        "\ufeff": "",
    }
)

_REPLY_PREFIX = re.compile(
    r"^(?:\s*(?:re|aw|antw|antwoord|fw|fwd|wg|tr|doorst|rif|sv|vs)\s*(?:\[\d+\])?\s*:\s*)+"
)
# "Op 12 mei 2024 om 10:00 schreef Info <info@example.nl>:", "On ... wrote:", ...
_WROTE = re.compile(
    r"^(?:op|on|am|le|el|il|den)\b.{0,300}?\b(?:schreef|wrote|schrieb|a ecrit|escribio|ha scritto|skrev)\b.{0,300}:$"
)
_SEPARATOR = re.compile(
    r"^(?:-{2,}|_{2,})?\s*(?:original message|oorspronkelijk bericht|oorspronkelijke bericht|"
    r"ursprungliche nachricht|message d'origine|message original|forwarded message|"
    r"doorgestuurd bericht|weitergeleitete nachricht|message transfere|"
    r"begin forwarded message|begin doorgestuurd bericht|anfang der weitergeleiteten nachricht)"
    r"\s*(?:-{2,}|:)\s*$"
)
_RULE_LINE = re.compile(r"^_{10,}$")
_FIELD_FROM = re.compile(r"^\*?(?:van|from|von|de|afzender)\s*:\*?\s*\S")
_FIELD_NEXT = re.compile(
    r"^\*?(?:verzonden|sent|gesendet|envoye|datum|date|aan|to|an|a|onderwerp|subject|betreff|objet|cc)\s*:"
)
_SIG_DASHES = re.compile(r"^--\s*$")


def fold(text: str) -> str:
    """Lower case without accents, typographic quotes or odd spaces; line breaks and
    positions of words kept (phrases allow any run of spaces between words)."""
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text.translate(_ODD_CHARS)))
    return text.casefold()


def clean_subject(subject: str) -> str:
    """Folded subject without reply/forward prefixes (Re:, AW:, Fwd:, Doorst:)."""
    return _REPLY_PREFIX.sub("", fold(subject)).strip()


def new_text(folded: str, signoff: Matcher | None = None) -> str:
    """The sender's own words from a folded body: stop at the first quoted-message
    header, forward marker or signature; drop "> " lines. (Disclaimer paragraphs are
    blanked later, with the other phrases: see rules/facts.py.)"""
    lines = folded[:MAX_INPUT].replace("\r", "").split("\n")
    kept: list[str] = []
    content_seen = False
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            kept.append("")
            continue
        if line.startswith((">", "|>")):
            continue
        if _is_quote_header(line, lines, index):
            break
        if _SIG_DASHES.match(line) and content_seen:
            break
        if content_seen and signoff is not None and len(line) <= 60 and _is_signoff(line, signoff):
            break
        kept.append(line)
        content_seen = True
    return "\n".join(kept).strip()


def _is_quote_header(line: str, lines: list[str], index: int) -> bool:
    if _SEPARATOR.match(line):
        return True
    if _WROTE.match(line):
        return True
    # Mail clients wrap a long "On ... wrote:" line in two or three.
    if re.match(r"^(?:op|on|am|le|el|il|den)\b", line) and not line.endswith(":"):
        joined = line
        for following in lines[index + 1 : index + 3]:
            joined += " " + following.strip()
            if _WROTE.match(joined):
                return True
    if _RULE_LINE.match(line) or _FIELD_FROM.match(line):
        # An Outlook header block: "Van: ..." followed by "Verzonden: ..." / "Aan: ...".
        after = [f.strip() for f in lines[index + 1 : index + 6] if f.strip()]
        if _RULE_LINE.match(line):
            return bool(after) and bool(_FIELD_FROM.match(after[0]))
        return any(_FIELD_NEXT.match(f) for f in after[:4])
    return False


def _is_signoff(line: str, signoff: Matcher) -> bool:
    """A short line that opens with a sign-off, optionally followed by a name."""
    match = signoff.match(line)
    if not match:
        return False
    rest = line[match.end() :].strip(" ,.!-")
    return len(rest.split()) <= 3
