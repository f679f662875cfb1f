"""Which of our four languages a message is written in, by counting function words.

Function words ("de", "het", "the", "und", "les") make up a large share of any text
and hardly overlap between Dutch, English, German and French, so counting them is
fast, needs no model, and the reason for an answer can be shown. When the text gives
too little to go on, `guess` reads the message's Content-Language and the country of
the sender's domain; with nothing there either, the caller's fallback (the classifier
answers English).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

MAX_CHARS = 4_000  # at most this much text is read
MIN_HITS = 3  # fewer function words than this is a guess, not a detection

# Words shared between languages ("de", "en", "in", "die", "is") count for each of
# them and so cancel out; the distinctive ones decide.
_WORDS = {
    "nl": """
        de het een en van ik je jij u uw wij we zij ze hij mij me mijn is zijn was niet wel
        dat dit die deze er op in met voor aan om bij naar uit ook als maar of dan nog geen
        graag heb hebben heeft wordt worden kan kunt kunnen wil zou moet al hier daar wat
        wie hoe waarom omdat door over tot onze ons jullie gaarne alstublieft bedankt dank
        groet vriendelijke beste geachte heer mevrouw gegevens verzoek
        hallo hoi goedemorgen goedemiddag goedenavond alvast even heel veel nu alles iets
        niets iemand niemand waar wanneer welke bericht bijlage hun zouden moeten willen
        weten groeten groetjes mvg hartelijk bestelling factuur klant vraag vragen ontvangen
        gestuurd verstuurd vandaag morgen gisteren nieuwe goed zijn
    """,
    "en": """
        the a an and of to i you your we they he she it is are was were be been not that
        this these those there on in with for at by from as but or if then no yes have has
        had will would can could should may my me our us what who how why because about
        please thank thanks regards dear sir madam request data any which
        hello hi hey just some there all more new also get got like know time good well
        very much many only other into out up over after before when where while than so
        its his her him them their been being does did done make made see use used using
        best message attached attachment testing body text sent send find found let way
        works working hope think want need help today tomorrow yesterday week everyone
        something nothing anything here
    """,
    "de": """
        der die das den dem des ein eine einen einem einer und ich sie du wir ihr mir mich
        mein meine meiner ihre ihren ist sind war nicht dass auf mit für von zu bei aus nach
        auch als aber oder wenn dann noch kein keine habe haben hat wird werden kann können
        möchte bitte danke vielen grüßen freundlichen sehr geehrte herren damen daten
        anfrage guten morgen tag abend dank ja nein nur schon noch mehr gut heute gestern
        woche nachricht anhang bestellung rechnung frage fragen würde möchten wurde worden
        sein seine ihrem unser unsere euch etwas nichts alles dort wo wann warum wie was
        welche lg mfg
    """,
    "fr": """
        le la les un une des et de du je tu vous nous il elle ils mon ma mes votre vos est
        sont était pas ne que qui ce cette ces sur avec pour par dans au aux mais ou si
        alors aucun ai avez avons sera peut pouvez l qu j merci bonjour madame monsieur
        cordialement veuillez données demande bonsoir salut oui non très bien aussi encore
        plus moins tout tous toutes rien ici où quand pourquoi comment quel quelle pièce
        jointe commande facture aujourd hui demain semaine avec sans chez leur leurs notre
        nos mes son sa ses
    """,
}
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in _WORDS.items()
}


def _plain(word: str) -> str:
    """The word as it reads without accents ("für" -> "fur", "ß" -> "ss")."""
    decomposed = unicodedata.normalize("NFKD", word.replace("ß", "ss"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# word -> the languages it is a function word of; also without accents, so that
# text folded for matching can be given as it is
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in FUNCTION_WORDS.items():
    for _word in {*_words, *map(_plain, _words)}:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)

_WORD = re.compile(r"[a-zà-öø-ÿß]+")


def _without_links(text: str) -> str:
    """The text without links and addresses: they are in no language."""
    if "@" not in text and "http" not in text and "www." not in text:
        return text
    return " ".join(
        token
        for token in text.split()
        if "@" not in token and not token.startswith(("http://", "https://", "www."))
    )


# Letters that only one of the four languages uses often.
_MARKS = {"de": "äöüß", "fr": "éèêàçùœ"}


# Country domains whose people read one of our languages first. A generic domain
# (gmail.com, .org) says nothing, and neither does a country we have no language for.
_COUNTRY = {
    "nl": "nl", "be": "nl", "sr": "nl", "aw": "nl", "cw": "nl", "sx": "nl",
    "de": "de", "at": "de", "ch": "de", "li": "de",
    "fr": "fr", "mc": "fr", "lu": "fr",
    "uk": "en", "ie": "en", "us": "en", "au": "en", "nz": "en", "ca": "en",
}  # fmt: skip


def guess(content_language: str | None, sender: str, fallback: str) -> str:
    """The reply language when the words give none: the sender's Content-Language
    header, else the country of the sender's domain, else `fallback`."""
    for tag in (content_language or "").lower().replace(";", ",").split(","):
        code = tag.strip().split("-")[0]
        if code in FUNCTION_WORDS:
            return code
    domain = sender.rpartition("@")[2].lower().rstrip(".")
    return _COUNTRY.get(domain.rpartition(".")[2], fallback)


def detect(text: str) -> tuple[str | None, float]:
    """Return (ISO 639-1 code, confidence 0..1); None for the code when the text gives
    too little to go on (see `guess`)."""
    sample = _without_links(text[:MAX_CHARS].lower())
    words = _WORD.findall(sample)
    if not words:
        return None, 0.0
    scores = dict.fromkeys(FUNCTION_WORDS, 0.0)
    for word, count in Counter(words).items():
        for lang in _LANGUAGES_OF.get(word, ()):
            scores[lang] += count
    if not sample.isascii():
        for lang, letters in _MARKS.items():
            scores[lang] += min(3.0, 0.25 * sum(sample.count(letter) for letter in letters))
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    # A short text ("Hello, testing") has few words to go on: a third of them will do,
    # and two are enough when no other language has any.
    needed = min(MIN_HITS, max(1, len(words) // 3))
    if second == 0:
        needed = min(needed, 2)
    if top < needed or top == second:
        return None, round(min(0.3, top / 20), 3)
    margin = (top - second) / top  # how clearly the winner stands out
    coverage = min(1.0, top / (0.15 * len(words) + 1))  # share of words that are function words
    confidence = round(max(0.0, min(1.0, 0.5 * margin + 0.5 * coverage)), 3)
    if confidence < 0.2:
        return None, confidence
    return best, confidence


def explain(text: str) -> dict[str, int]:
    """Function-word counts per language, for `classify --explain`."""
    words = _WORD.findall(_without_links(text[:MAX_CHARS].lower()))
    return {lang: sum(lang in _LANGUAGES_OF.get(w, ()) for w in words) for lang in FUNCTION_WORDS}
