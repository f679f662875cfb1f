"""Inbound -> Verdict: the noise screen, then the intent rules, then one category.

Pure: no I/O after construction, so a verdict can be re-derived for `classify
--explain` and checked against a corpus (`mailbot eval`). Every verdict records the
rules that fired and a short reason for each, for the staff and auditors who read the
case. A person's message that carries signs of a mass mailing short of spam, or reads
like spam, keeps its category but is not answered automatically (SUSPECT_POINTS,
rules/spam.py and rules/spam_words.py); words never make a message noise.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Protocol

from mailbot import language
from mailbot.model import Category, Inbound, Right, Verdict
from mailbot.rules import breach, complaint, noise, question, rights, spam, spam_words, unsubscribe
from mailbot.rules.base import Finding, IntentRule, combine
from mailbot.rules.breach_model import MARK, BreachModel, default_model, reading_text
from mailbot.rules.facts import Facts
from mailbot.rules.phrases import Phrasebook, default_phrasebook

# Intent rules, all of which run on every human message; their order is the order
# of the evidence shown. The noise screen has its own ordered list (rules/noise.py).
INTENT_RULES: tuple[IntentRule, ...] = (
    *breach.RULES,  # a breach report starts a 72-hour clock: shown first
    *complaint.RULES,
    *rights.RULES,
    *unsubscribe.RULES,
    *question.RULES,
)
# When several intents are present the case is handled as the first of these.
PRECEDENCE = (Category.COMPLAINT, Category.RIGHTS_REQUEST, Category.UNSUBSCRIBE, Category.QUESTION)
FALLBACK_CONFIDENCE = 0.3  # nothing recognised: a question, for a person to look at
# Signs of a mass mailing (rules/spam.py) short of spam, added to the signs of spam in
# the words (rules/spam_words.py: words alone never make noise): still a person's
# message for all we know, but a person looks at it before anything is sent back.
SUSPECT_POINTS = 2
SUSPECT_RULE = "spam.suspect"
# The statistical breach reading (rules/breach_model.py): a question whose words read
# like a breach report becomes a possible breach, always for review.
BREACH_READING_RULE = "breach.reading"
# With no words to go on and nothing in the address: English, which a Dutch reader
# follows more often than a foreign reader follows Dutch.
UNKNOWN_LANGUAGE = "en"
LANGUAGE_SAMPLE = 2_000  # characters; a few hundred words settle the language


class Classifier(Protocol):
    def classify(self, inbound: Inbound) -> Verdict: ...


@dataclass(frozen=True)
class ClassifyContext:
    own_addresses: frozenset[str] = frozenset()
    loop_header: str = "X-Mailbot-Loop"
    review_threshold: float = 0.5
    breach_reading: bool = True
    breach_threshold: float | None = None  # None: the model's own


class RuleClassifier:
    """The rule-based classifier: headers decide noise, phrases decide intent."""

    def __init__(
        self, context: ClassifyContext | None = None, phrasebook: Phrasebook | None = None
    ) -> None:
        ctx = context or ClassifyContext()
        self.context = ClassifyContext(
            own_addresses=frozenset(a.strip().lower() for a in ctx.own_addresses),
            loop_header=ctx.loop_header.strip().lower(),
            review_threshold=ctx.review_threshold,
            breach_reading=ctx.breach_reading,
            breach_threshold=ctx.breach_threshold,
        )
        self.phrasebook = phrasebook or default_phrasebook()
        self.breach_model: BreachModel | None = default_model() if ctx.breach_reading else None

    def classify(self, inbound: Inbound) -> Verdict:
        screened = noise.screen(inbound, self.context)
        if screened is not None:
            rule, result = screened
            lang = self._language(inbound)
            if result.noise is not None:
                return Verdict(
                    category=Category.NOISE,
                    noise=result.noise,
                    language=lang,
                    confidence=result.confidence,
                    evidence=(result.evidence,),
                    rules=(rule.name,),
                    answerable=False,
                )
            # A robot acting on a person's behalf: act on it, never answer it.
            intent = result.intent or Category.QUESTION
            return Verdict(
                category=intent,
                intents=(intent,),
                language=lang,
                confidence=result.confidence,
                evidence=(result.evidence,),
                rules=(rule.name,),
                answerable=False,
            )
        facts = Facts.prepare(inbound.subject, inbound.text, self.phrasebook)
        findings = [f for rule in INTENT_RULES if (f := rule.check(facts)) is not None]
        # The language of the customer's own words, not of the newsletter they quote.
        lang = self._language(inbound, facts.subject + "\n" + facts.body[:LANGUAGE_SAMPLE])
        verdict = self._decide(findings, lang, inbound.truncated)
        if self.breach_model and verdict.category == Category.QUESTION and not verdict.breach:
            verdict = self._read_for_breach(verdict, facts)
        if facts.corrections and findings:
            read = ", ".join(f'"{a}" as "{b}"' for a, b in facts.corrections[:3])
            verdict = replace(verdict, evidence=(*verdict.evidence, f"spelling: read {read}"))
        made = spam.signs(inbound, self.context.own_addresses)
        words = spam_words.signs(inbound.subject, inbound.text, facts.subject, facts.body)
        if spam.points(made) + spam_words.points(words) >= SUSPECT_POINTS:
            # Why, in words staff read at a glance.
            why = [f"made like bulk mail ({'; '.join(t for _, t in made)})"] if made else []
            why += [f"reads like spam ({'; '.join(t for _, t in words)})"] if words else []
            verdict = replace(
                verdict,
                answerable=False,
                needs_review=True,
                evidence=(*verdict.evidence, f"not answered automatically: {' and '.join(why)}"),
                rules=(*verdict.rules, SUSPECT_RULE),
            )
        return verdict

    def _read_for_breach(self, verdict: Verdict, facts: Facts) -> Verdict:
        """A question that reads like a breach report: a possible breach, for the privacy
        officer to judge (the alert goes out as for any breach) and always for review."""
        assert self.breach_model is not None
        reading = self.breach_model.read(reading_text(facts.subject, facts.body))
        threshold = self.context.breach_threshold or self.breach_model.threshold
        if reading.probability < threshold:
            return verdict
        words = ", ".join(f'"{w}"' for w in reading.words)
        evidence = (f"breach ({MARK}, {reading.probability:.2f}): reads like a "
                    f"breach report; the words that weighed most, short ones aside: {words}")
        return replace(
            verdict,
            category=Category.COMPLAINT,
            intents=tuple(c for c in Category if c == Category.COMPLAINT or c in verdict.intents),
            breach=True,
            confidence=min(reading.probability, 0.99),
            needs_review=True,
            evidence=(evidence, *verdict.evidence),
            rules=(BREACH_READING_RULE, *verdict.rules),
        )

    @staticmethod
    def _language(inbound: Inbound, own_words: str | None = None) -> str:
        """The language of the customer's own words (not of the newsletter they
        quote), else of the whole text, else a guess from headers and address."""
        found, sure = language.detect(own_words) if own_words is not None else (None, 0.0)
        if found is None or sure < 0.5:
            whole = inbound.subject + "\n" + inbound.text[:LANGUAGE_SAMPLE]
            found = language.detect(whole)[0] or found
        if found is None:
            found = language.guess(
                inbound.header("content-language"), inbound.sender, UNKNOWN_LANGUAGE
            )
        return found

    def _decide(self, findings: list[Finding], lang: str, truncated: bool) -> Verdict:
        threshold = self.context.review_threshold
        scores: dict[Category, float] = {}
        for intent in Category:
            weights = [f.weight for f in findings if f.intent == intent]
            if weights:
                scores[intent] = combine(weights)
        sure = [c for c in PRECEDENCE if scores.get(c, 0.0) >= threshold]
        right_scores = {
            right: combine([f.weight for f in findings if f.right == right])
            for right in Right
            if any(f.right == right for f in findings)
        }
        rights_found = tuple(r for r in Right if right_scores.get(r, 0.0) >= threshold)
        breach_found = any(f.breach and f.weight >= threshold for f in findings)
        counted = [
            f
            for f in findings
            if scores.get(f.intent or Category.QUESTION, 0.0) >= threshold
            and (f.right is None or f.right in rights_found)
        ]
        # Evidence that did not reach the threshold is shown only when it is all there is.
        shown = counted or findings
        evidence = [f.evidence for f in shown]
        if truncated:
            evidence.append("text: message too large; judged on its headers and subject only")
        if sure:
            category = sure[0]
            confidence = scores[category]
            intents = tuple(c for c in Category if c in sure)
            needs_review = truncated
        else:
            category = Category.QUESTION
            confidence = max(scores.values(), default=FALLBACK_CONFIDENCE)
            intents = tuple(c for c in Category if c in scores)
            needs_review = True
            if not findings:
                evidence.append("question: no request recognised (fallback)")
        if category != Category.RIGHTS_REQUEST and Category.RIGHTS_REQUEST not in intents:
            rights_found = ()
        return Verdict(
            category=category,
            intents=intents,
            rights=rights_found,
            breach=breach_found,
            language=lang,
            confidence=min(confidence, 0.99),
            evidence=tuple(dict.fromkeys(evidence)),
            rules=tuple(dict.fromkeys(f.rule for f in shown)),
            needs_review=needs_review,
        )


def explain(verdict: Verdict) -> list[str]:
    """A readable, multi-line account of a verdict (for `classify --explain`)."""
    yes_no = {True: "yes", False: "no"}
    lines = [
        f"category:   {verdict.category.value}  (confidence {verdict.confidence:.2f})",
        f"intents:    {', '.join(i.value for i in verdict.intents) or '-'}",
        f"rights:     {', '.join(r.value for r in verdict.rights) or '-'}",
        f"breach:     {yes_no[verdict.breach]}",
        f"noise:      {verdict.noise.value if verdict.noise else '-'}",
        f"language:   {verdict.language}",
        f"review:     {yes_no[verdict.needs_review]}   answerable: {yes_no[verdict.answerable]}",
        "rules fired:",
        *(f"  - {name}" for name in verdict.rules or ("(none)",)),
        "evidence:",
        *(f"  - {line}" for line in verdict.evidence or ("(none)",)),
    ]
    return lines


def verdict_line(file: str, verdict: Verdict) -> str:
    """One line per message, e.g. `a.eml  rights_request  [access, erasure]  nl  0.92`."""
    category = verdict.category.value
    if verdict.noise is not None:
        category += f":{verdict.noise.value}"
    flags = ("  review" if verdict.needs_review else "") + (
        "" if verdict.answerable else "  no-reply"
    )
    if verdict.breach:
        flags += "  breach"
    rights_list = ", ".join(r.value for r in verdict.rights)
    return (
        f"{file}  {category}  [{rights_list}]  {verdict.language}  {verdict.confidence:.2f}{flags}"
    )


def verdict_json(file: str, verdict: Verdict) -> dict[str, object]:
    """The stable JSON form: file, category, intents, rights, breach, noise, language,
    confidence, evidence, rules, needs_review, answerable."""
    return {"file": file, **verdict.as_json()}
