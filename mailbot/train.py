"""`mailbot train-breach-model`: learn rules/breach_model.json from labelled mail.

Offline and deterministic: the same corpora give the same file. Training needs
scikit-learn (the `train` extra); the daemon never does, it only reads the JSON
(rules/breach_model.py). Held-out rows (`held_out` in labels.csv) are left out, so
they stay a fair test of the result, and so is mail the noise screen would drop: the
model only ever reads a person's message.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from mailbot.classify import ClassifyContext, RuleClassifier
from mailbot.evaluate import Sample, load, read_disputes
from mailbot.model import Category
from mailbot.parse import parse
from mailbot.rules.breach_model import FORMAT, reading_text, terms
from mailbot.rules.facts import Facts

# Chosen by 5-fold cross-validation on the tuning corpora (tests/corpus/README.md):
# C=10 with 0.5 found 57% of breach reports the rules had not been shown, with about
# one false alarm per hundred other messages.
REGULARISATION = 10.0
THRESHOLD = 0.5
# A word seen in one or two messages says little in general; leaving them out also keeps
# the model small in the daemon's memory (8,300 terms instead of 12,900, about 1 MiB;
# recall in cross-validation the same within its spread).
MIN_DOCUMENTS = 3
DIGITS = 6


def training_rows(samples: Iterable[Sample], classifier: RuleClassifier) -> list[tuple[str, bool]]:
    """(the sender's own words, folded; is it a breach report) for each person's message."""
    rows: list[tuple[str, bool]] = []
    for sample in samples:
        if sample.held_out or sample.expected == Category.NOISE.value:
            continue
        inbound = parse(sample.data)
        if classifier.classify(inbound).category == Category.NOISE:
            continue
        facts = Facts.prepare(inbound.subject, inbound.text, classifier.phrasebook)
        rows.append((reading_text(facts.subject, facts.body), "breach" in sample.kinds))
    return rows


def fit(rows: list[tuple[str, bool]]) -> dict[str, object]:
    """The model as JSON-ready data (see BreachModel.from_json)."""
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise SystemExit(
            "mailbot train-breach-model needs scikit-learn: pip install 'mailbot[train]'"
        ) from exc
    positives = sum(1 for _, y in rows if y)
    if positives < 5 or positives == len(rows):
        raise ValueError(
            f"need at least 5 breach reports and other mail, got {positives} of {len(rows)}")
    vectorizer = TfidfVectorizer(analyzer=terms, min_df=MIN_DOCUMENTS, sublinear_tf=True)
    matrix = vectorizer.fit_transform([text for text, _ in rows])
    model = LogisticRegression(C=REGULARISATION, class_weight="balanced", max_iter=10_000)
    model.fit(matrix, [y for _, y in rows])
    order = sorted(vectorizer.vocabulary_.items())
    idf = vectorizer.idf_
    coef = model.coef_[0]
    return {
        "format": FORMAT,
        "about": "mailbot breach reading: logistic regression over sublinear TF-IDF of words "
                 "and word pairs; written by `mailbot train-breach-model`",
        "trained_on": {"messages": len(rows), "breach_reports": positives},
        "threshold": THRESHOLD,
        "intercept": round(float(model.intercept_[0]), DIGITS),
        "terms": [term for term, _ in order],
        "idf": [round(float(idf[i]), DIGITS) for _, i in order],
        "coef": [round(float(coef[i]), DIGITS) for _, i in order],
    }


def train_command(directories: list[Path], out_path: Path, out: TextIO,
                  disputes: Path | None = None) -> int:
    disputed = read_disputes(disputes) if disputes else {}
    samples: list[Sample] = []
    for directory in directories:
        names = {f for f in disputed if (directory / f).is_file()}
        samples += load(directory, {f: disputed[f] for f in names} or None)
    classifier = RuleClassifier(ClassifyContext(breach_reading=False))
    data = fit(training_rows(samples, classifier))
    out_path.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                        encoding="utf-8")
    trained = data["trained_on"]
    out.write(f"wrote {out_path}: {len(data['terms'])} terms "  # type: ignore[arg-type]
              f"from {trained['messages']} messages, {trained['breach_reports']} breach reports\n")  # type: ignore[index]
    return 0
