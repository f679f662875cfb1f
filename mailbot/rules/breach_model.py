"""A second reading for breach reports: word weights learnt from labelled mail.

People tell a breach as a story of what happened to them ("the workshop mail went to
everyone and I can read all the addresses"), and phrase lists recognise about a third
of the stories told in words they were not written for (tests/corpus/README.md). This
reading scores the sender's own words (folded, quotes and signatures removed: the
text the rules read) with a logistic regression over TF-IDF weighted words and word
pairs, trained offline (`mailbot train-breach-model`) and shipped as a data file.

It is explainable: the score is a sum of one weight per word, and the evidence names
the words that weighed most. It is offline: the runtime is this file and a JSON file,
no library and no download. It only ever turns a question into a possible breach
(classify.py), never a rights request, complaint or unsubscribe into anything else, and
such a case is always marked for review.
"""

from __future__ import annotations

import json
import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("breach_model.json")
FORMAT = 2  # {"terms": [...], "idf": [...], "coef": [...]}: parallel lists, small in memory
_WORD = re.compile(r"\w\w+")  # scikit-learn's default token pattern, applied to folded text
SHOWN_WORDS = 4  # words named in the evidence
# Fewer words of the sender's own say too little for word weights: "can I order for
# someone else, to another address?" weighs like a story of a misdelivery. Every breach
# report of the training mail had 26 words or more; the rules still read short ones.
MIN_WORDS = 20
# How the reading names itself in a verdict's evidence; `by_reading` tells from the
# stored evidence of a case whether the words alone raised the breach.
MARK = "statistical reading"


def by_reading(evidence: Iterable[str]) -> bool:
    return any(MARK in item for item in evidence)


def reading_text(subject: str, body: str) -> str:
    """What the model reads: the folded subject and the sender's own words (Facts)."""
    return f"{subject}\n{body}"


def terms(text: str) -> list[str]:
    """Words of two or more letters and adjacent word pairs: the model's features.
    The trainer uses this same function, so training and scoring cannot drift."""
    return _terms_of(_WORD.findall(text))


def _terms_of(words: list[str]) -> list[str]:
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


@dataclass(frozen=True, slots=True)
class Reading:
    probability: float
    words: tuple[str, ...]  # the terms that raised the score most, strongest first


@dataclass(frozen=True)
class BreachModel:
    """Logistic regression over sublinear TF-IDF, L2-normalised (as scikit-learn's
    TfidfVectorizer(sublinear_tf=True) and LogisticRegression compute it)."""

    intercept: float
    threshold: float
    index: dict[str, int]  # term -> position in idf and coef
    idf: array  # type: ignore[type-arg]
    coef: array  # type: ignore[type-arg]
    trained_on: dict[str, int]

    @classmethod
    def from_json(cls, data: dict[str, object]) -> BreachModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"breach model: format {data.get('format')!r}, expected {FORMAT}")
        terms_, idf, coef = data.get("terms"), data.get("idf"), data.get("coef")
        if not isinstance(terms_, list) or not terms_:
            raise ValueError("breach model: no terms")
        if not isinstance(idf, list) or not isinstance(coef, list) \
                or not len(terms_) == len(idf) == len(coef):
            raise ValueError("breach model: terms, idf and coef differ in length")
        threshold = float(data["threshold"])  # type: ignore[arg-type]
        if not 0.0 < threshold < 1.0:
            raise ValueError(f"breach model: threshold {threshold} outside (0, 1)")
        trained = data.get("trained_on", {})
        counts = trained if isinstance(trained, dict) else {}
        return cls(
            intercept=float(data["intercept"]),  # type: ignore[arg-type]
            threshold=threshold,
            index={str(t): i for i, t in enumerate(terms_)},
            idf=array("d", idf),
            coef=array("d", coef),
            trained_on={str(k): int(v) for k, v in counts.items()},
        )

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> BreachModel:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))

    def read(self, text: str) -> Reading:
        """The probability that `text` (folded, the sender's own words) reports a breach."""
        words = _WORD.findall(text)
        if len(words) < MIN_WORDS:
            return Reading(0.0, ())
        index = self.index
        counts = Counter(t for t in _terms_of(words) if t in index)
        if not counts:
            return Reading(0.0, ())  # no known word: nothing read, nothing suspected
        values = {t: (1.0 + math.log(n)) * self.idf[index[t]] for t, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values()))
        parts = {t: v / norm * self.coef[index[t]] for t, v in values.items()}
        z = self.intercept + sum(parts.values())
        probability = 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0
        # Short function words ("en", "the") weigh in the score (stories are told in
        # full sentences) but tell staff nothing, so the evidence names the others.
        raised = sorted((p, t) for t, p in parts.items() if p > 0 and _telling(t))
        return Reading(probability, tuple(t for _, t in reversed(raised[-SHOWN_WORDS:])))


def _telling(term: str) -> bool:
    return any(len(word) > 3 for word in term.split(" "))


@cache
def default_model() -> BreachModel:
    """The packaged model, loaded once per process."""
    return BreachModel.load()
