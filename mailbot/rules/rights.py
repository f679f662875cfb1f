"""GDPR data-subject rights (Art. 15-22) and their pre-GDPR (Wbp) forms.

Each right is a phrase rule over the words people use ("inzage", "welke gegevens",
"vergeten worden"); article numbers next to a law's name ("art. 17 AVG", "Art. 15
DSGVO", "artikel 35 Wbp") name the right directly. An objection to direct marketing
is also an unsubscribe: the customer wants the mailings to stop either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailbot.model import Category, Right
from mailbot.rules.base import Finding, IntentRule, PhraseRule, combine
from mailbot.rules.facts import Facts

_CONTEXT = ("privacy",)

GENERIC = PhraseRule(
    "rights.generic",
    "mentions a GDPR request without naming the right",
    "rights",
    Category.RIGHTS_REQUEST,
    context=_CONTEXT,
    label="rights request",
)

PHRASE_RULES = tuple(
    PhraseRule(
        f"rights.{right.value}",
        f"asks for {right.value.replace('_', ' ')}",
        right.value,
        Category.RIGHTS_REQUEST,
        right=right,
        context=_CONTEXT,
        unless_hypothetical=True,
    )
    for right in Right
)

# Law names an article number must stand next to (before or after) to count.
_LAW = (
    r"(?:avg|gdpr|dsgvo|ds-gvo|rgpd|wbp|wet bescherming persoonsgegevens"
    r"|algemene verordening gegevensbescherming|general data protection regulation"
    r"|datenschutz-grundverordnung|reglement general sur la protection des donnees"
    r"|obecneho narizeni o ochrane osobnich udaju|opce uredbe o zastiti podataka|γκπδ"
    r"|dsg-ekd|kdg)"
)
# "artikel 15", "Art. 15", "§ 15", and in the other EU languages: artículo, articolo,
# artigo, articolul, článku/čl., članku/članka, άρθρο (accents folded away).
_ARTICLE = re.compile(
    r"(?<!\w)(?:art(?:ikel|icle|iculo|icolo|igo|icolul|\.)?|cl\.|clank\w*|clanak|αρθρ\w*|§)\s*(\d{1,2})(?![\da-z])"
    r"((?:\s*\(\d+\)|\.?,?\s*(?:lid|leden|abs\.?|absatz|alinea|para\.?|paragraph|sub|stav\w*|odst\.?"
    r"|παραγραφος)\s*\d+)*)"
)
_LAW_WORD = re.compile(rf"(?<!\w){_LAW}(?!\w)")
_GDPR_ARTICLES = {
    15: Right.ACCESS,
    16: Right.RECTIFICATION,
    17: Right.ERASURE,
    18: Right.RESTRICTION,
    20: Right.PORTABILITY,
    21: Right.OBJECTION,
}
_WBP_ARTICLES = {35: Right.ACCESS, 40: Right.OBJECTION, 41: Right.OBJECTION}
# The German churches' own data protection laws number the same rights differently.
_EKD_ARTICLES = {
    19: Right.ACCESS,
    20: Right.RECTIFICATION,
    21: Right.ERASURE,
    22: Right.RESTRICTION,
    24: Right.PORTABILITY,
    25: Right.OBJECTION,
}
_KDG_ARTICLES = {
    17: Right.ACCESS,
    18: Right.RECTIFICATION,
    19: Right.ERASURE,
    20: Right.RESTRICTION,
    22: Right.PORTABILITY,
    23: Right.OBJECTION,
}
ARTICLE_WEIGHT = 0.85


@dataclass(frozen=True, slots=True)
class ArticleRule:
    """A right named by its article: "artikel 15 AVG", "Art. 17 Abs. 1 DSGVO"."""

    name: str
    description: str
    right: Right

    def check(self, facts: Facts) -> Finding | None:
        for where, cited, article in facts.memo("articles", _articles):
            if article == self.right:
                return Finding(
                    self.name,
                    f'{self.right.value}: "{cited}" in {where}',
                    ARTICLE_WEIGHT,
                    Category.RIGHTS_REQUEST,
                    self.right,
                )
        return None


def _articles(facts: Facts) -> list[tuple[str, str, Right]]:
    return [
        (where, cited, right)
        for where, text in (("subject", facts.subject), ("body", facts.body))
        for cited, right in cited_articles(text)
    ]


def cited_articles(text: str) -> list[tuple[str, Right]]:
    """(citation, right) for every article of the GDPR or Wbp cited in folded text."""
    if not _LAW_WORD.search(text):
        return []
    out = []
    for match in _ARTICLE.finditer(text):
        number, detail = int(match.group(1)), match.group(2) or ""
        before = text[max(0, match.start() - 40) : match.start()]
        after = text[match.end() : match.end() + 40]
        law_after = _LAW_WORD.search(after[:40])
        law_before = _LAW_WORD.search(before)
        if not (law_after or law_before):
            continue
        law = (law_after or law_before).group(0)  # type: ignore[union-attr]
        right: Right | None
        if law == "wbp" or law.startswith("wet "):
            right = _WBP_ARTICLES.get(number)
        elif law == "dsg-ekd":
            right = _EKD_ARTICLES.get(number)
        elif law == "kdg":
            right = _KDG_ARTICLES.get(number)
        elif number == 7 and re.search(r"3", detail):
            right = Right.WITHDRAW_CONSENT  # Art. 7(3): withdrawing consent
        else:
            right = _GDPR_ARTICLES.get(number)
        if right is not None:
            out.append((match.group(0).strip(), right))
    return out


ARTICLE_RULES = tuple(
    ArticleRule(f"rights.article_{right.value}", f"cites the article for {right.value}", right)
    for right in Right
)


@dataclass(frozen=True, slots=True)
class MarketingObjection:
    """An objection to direct marketing also asks for the mailings to stop."""

    name: str = "rights.marketing_objection"
    description: str = "objects to direct marketing: also an unsubscribe"

    def check(self, facts: Facts) -> Finding | None:
        objections = facts.any_hits("objection")
        marketing = facts.any_hits("marketing")
        if not (objections and marketing):
            return None
        weight = combine([max(h.weight for h in objections), 0.3])
        return Finding(
            self.name,
            f'unsubscribe: objection "{objections[0].text[:40]}" with "{marketing[0].text[:30]}"',
            weight,
            Category.UNSUBSCRIBE,
        )


RULES: tuple[IntentRule, ...] = (GENERIC, *PHRASE_RULES, *ARTICLE_RULES, MarketingObjection())
