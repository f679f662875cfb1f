"""The statistical breach reading: its scoring is scikit-learn's arithmetic, the shipped
model is what the trainer makes of the committed corpora, and it reads as documented."""

from __future__ import annotations

import json
import math
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailbot.classify import ClassifyContext, RuleClassifier
from mailbot.model import Category, Inbound
from mailbot.parse import parse
from mailbot.rules.breach_model import MIN_WORDS, BreachModel, default_model, terms
from mailbot.rules.text import fold

sklearn = pytest.importorskip("sklearn")  # the `train` extra; the test extra includes it

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"

STORY = (
    "Gisteren kreeg ik jullie mail over de workshop, maar hij was naar iedereen tegelijk "
    "gestuurd en bovenaan staan alle e-mailadressen van de andere deelnemers, met hun "
    "volledige namen erbij. Ik ken er een paar van en die zullen hier ook niet blij mee zijn."
)


def message(subject: str, body: str) -> Inbound:
    mail = EmailMessage()
    mail["From"] = "Klant <klant@example.nl>"
    mail["To"] = "info@example.org"
    mail["Subject"] = subject
    mail.set_content(body)
    return parse(mail.as_bytes())


def test_terms_are_words_and_word_pairs() -> None:
    assert terms("mijn adres, a b") == ["mijn", "adres", "mijn adres"]


def test_scoring_matches_scikit_learn() -> None:
    from mailbot.train import MIN_DOCUMENTS, fit

    rows = [
        ("alle adressen zichtbaar in de mail naar iedereen per ongeluk", True),
        ("een brief van een andere klant met haar adres in mijn envelop", True),
        ("mijn gegevens staan op internet iedereen kan ze lezen", True),
        ("de medewerker vertelde mijn buurvrouw wat ik kocht", True),
        ("een factuur van iemand anders in mijn account met zijn adres", True),
        ("wanneer is de winkel open op zondag", False),
        ("kan ik mijn bestelling ruilen voor een andere maat", False),
        ("de app is traag en laadt de planten niet", False),
        ("graag een kopie van mijn factuur van maart", False),
        ("hoe vaak moet ik de olijfboom water geven", False),
        ("mijn adres is veranderd kunt u het aanpassen", False),
        ("iedereen kon de adressen van alle klanten zien per ongeluk", True),
        ("mijn adres staat verkeerd in de app kunt u het aanpassen", False),
    ]
    data = fit(rows)
    model = BreachModel.from_json(json.loads(json.dumps(data)))
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=terms, min_df=MIN_DOCUMENTS, sublinear_tf=True)
    matrix = vectorizer.fit_transform([t for t, _ in rows])
    reference = LogisticRegression(C=10.0, class_weight="balanced", max_iter=10_000)
    reference.fit(matrix, [y for _, y in rows])
    probe = " ".join(["alle adressen van iedereen zichtbaar in mijn account"] * 3)
    expected = reference.predict_proba(vectorizer.transform([probe]))[0, 1]
    assert math.isclose(model.read(probe).probability, expected, abs_tol=1e-4)


def test_the_shipped_model_is_what_the_trainer_makes_of_the_corpora(tmp_path: Path) -> None:
    if not (SHARED / "labels.csv").is_file():
        pytest.skip("../shared/corpus is not beside the checkout")
    from mailbot.train import train_command

    out = tmp_path / "model.json"
    import io

    text = io.StringIO()
    assert train_command([ROOT / "tests" / "corpus", SHARED], out, text,
                         ROOT / "tests" / "shared_disputes.csv") == 0
    fresh, shipped = BreachModel.load(out), default_model()
    assert fresh.trained_on == shipped.trained_on
    assert fresh.index == shipped.index
    assert math.isclose(fresh.intercept, shipped.intercept, abs_tol=1e-3)
    worst = max(abs(a - b) for a, b in zip(fresh.coef, shipped.coef, strict=True))
    assert worst < 1e-3, "retrain: mailbot train-breach-model tests/corpus ../shared/corpus ..."
    assert "breach reports" in text.getvalue()


def test_a_story_of_a_breach_is_read_as_a_possible_breach() -> None:
    verdict = RuleClassifier().classify(message("workshop", STORY))
    rules = RuleClassifier(ClassifyContext(breach_reading=False))
    rules_only = rules.classify(message("workshop", STORY))
    assert not rules_only.breach and rules_only.category is Category.QUESTION
    assert verdict.breach and verdict.category is Category.COMPLAINT and verdict.needs_review
    assert verdict.rules[0] == "breach.reading"
    assert "statistical reading" in verdict.evidence[0] and '"' in verdict.evidence[0]
    shown = verdict.evidence[0].rsplit(": ", 1)[1].split(", ")
    assert shown and all(any(len(w) > 3 for w in s.strip('"').split()) for s in shown)


def test_the_reading_never_changes_a_recognised_request() -> None:
    body = STORY + "\nVerwijder al mijn gegevens uit jullie systemen, ik wil vergeten worden."
    verdict = RuleClassifier().classify(message("verwijderen", body))
    assert verdict.category is Category.RIGHTS_REQUEST
    assert "breach.reading" not in verdict.rules


def test_short_mail_is_left_to_the_rules() -> None:
    short = "Kan ik een bestelling plaatsen voor iemand anders, op een ander adres?"
    assert len(short.split()) < MIN_WORDS
    assert default_model().read(fold(short)).probability == 0.0
    assert not RuleClassifier().classify(message("", short)).breach


def test_a_higher_threshold_is_stricter() -> None:
    p = default_model().read(fold("workshop\n" + STORY)).probability
    assert 0.5 <= p < 0.99
    strict = RuleClassifier(ClassifyContext(breach_threshold=min(0.999, p + 0.005)))
    assert not strict.classify(message("workshop", STORY)).breach


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"format": 1}, "format"),
        ({"threshold": 1.5}, "threshold"),
        ({"terms": []}, "no terms"),
        ({"coef": [2.0, 1.0]}, "differ in length"),
    ],
)
def test_a_broken_model_file_is_refused(change: dict[str, object], error: str) -> None:
    data = {"format": 2, "threshold": 0.5, "intercept": -1.0, "terms": ["adres"], "idf": [1.0],
            "coef": [2.0]}
    with pytest.raises(ValueError, match=error):
        BreachModel.from_json({**data, **change})
