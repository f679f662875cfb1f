"""The classifier: intents, rights, breach, category, evidence. (The labelled corpora are
checked in tests/test_eval.py.)"""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailbot.classify import (
    INTENT_RULES,
    ClassifyContext,
    RuleClassifier,
    explain,
    verdict_json,
    verdict_line,
)
from mailbot.model import Category, Inbound, Right, Verdict
from mailbot.parse import parse
from mailbot.rules import noise, phrases

CLASSIFIER = RuleClassifier(ClassifyContext(own_addresses=frozenset({"info@example.org"})))
U, R, C, Q = Category.UNSUBSCRIBE, Category.RIGHTS_REQUEST, Category.COMPLAINT, Category.QUESTION


def mail(subject: str, body: str, **headers: str) -> Inbound:
    message = EmailMessage()
    message["From"] = "Klant <klant@example.nl>"
    message["To"] = "info@example.org"
    message["Subject"] = subject
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return parse(message.as_bytes())


def classify(subject: str, body: str) -> Verdict:
    return CLASSIFIER.classify(mail(subject, body))


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in INTENT_RULES] + [rule.name for rule in noise.RULES]
    assert len(names) == len(set(names))
    assert all(rule.description for rule in INTENT_RULES)


# --- each intent and right, in Dutch and English -----------------------------------------

EXAMPLES = [
    # (subject, body, category, right)
    ("Afmelden", "Graag afmelden voor de nieuwsbrief.", U, None),
    ("", "Ik wil mij uitschrijven, ik wil geen nieuwsbrief meer.", U, None),
    ("Unsubscribe", "Please take me off your mailing list.", U, None),
    ("", "I no longer want to receive your newsletters.", U, None),
    ("Vraag", "Hoe laat is de winkel zaterdag open?", Q, None),
    ("Question", "Could you tell me when my order ships?", Q, None),
    ("Inzage", "Ik wil graag weten welke gegevens u van mij heeft.", R, Right.ACCESS),
    ("", "Under Article 15 GDPR I request a copy of my personal data.", R, Right.ACCESS),
    (
        "",
        "Mijn adres in uw systeem is onjuist, wilt u mijn gegevens corrigeren?",
        R,
        Right.RECTIFICATION,
    ),
    ("", "Please correct my name in your records, it is misspelled.", R, Right.RECTIFICATION),
    ("", "Verwijder al mijn persoonsgegevens uit uw bestand.", R, Right.ERASURE),
    ("", "I want to be forgotten: please delete my account and all my data.", R, Right.ERASURE),
    (
        "",
        "Ik verzoek u de verwerking van mijn gegevens te beperken tot de zaak is uitgezocht.",
        R,
        Right.RESTRICTION,
    ),
    (
        "",
        "Please restrict the processing of my personal data until this is resolved.",
        R,
        Right.RESTRICTION,
    ),
    (
        "Bezwaar",
        "Ik maak bezwaar tegen de verwerking van mijn gegevens voor profilering.",
        R,
        Right.OBJECTION,
    ),
    ("", "I object to the processing of my personal data for profiling.", R, Right.OBJECTION),
    (
        "",
        "Hierbij trek ik mijn toestemming voor het gebruik van mijn foto in.",
        R,
        Right.WITHDRAW_CONSENT,
    ),
    ("", "I hereby withdraw my consent to the processing of my data.", R, Right.WITHDRAW_CONSENT),
    (
        "",
        "Ik wil mijn gegevens meenemen naar een andere aanbieder, in een machineleesbaar bestand.",
        R,
        Right.PORTABILITY,
    ),
    (
        "",
        "Please send my data in a machine-readable format so I can move it (data portability).",
        R,
        Right.PORTABILITY,
    ),
    ("", "Op grond van artikel 17 AVG verzoek ik om verwijdering.", R, Right.ERASURE),
    ("", "Gemäß Art. 15 DSGVO bitte ich um Auskunft über meine Daten.", R, Right.ACCESS),
    (
        "",
        "Je demande la suppression de mes données conformément à l'article 17 du RGPD.",
        R,
        Right.ERASURE,
    ),
    (
        "",
        "Op basis van de Wet Bescherming Persoonsgegevens, artikel 35, verneem ik graag welke persoonsgegevens u verwerkt.",
        R,
        Right.ACCESS,
    ),
    (
        "Klacht",
        "Ik dien een klacht in: u heeft mijn gegevens zonder toestemming met derden gedeeld.",
        C,
        None,
    ),
    ("Complaint", "I want to lodge a complaint about how you handled my personal data.", C, None),
]


@pytest.mark.parametrize("subject, body, category, right", EXAMPLES)
def test_examples(subject: str, body: str, category: Category, right: Right | None) -> None:
    verdict = classify(subject, body)
    assert verdict.category == category, explain(verdict)
    assert category in verdict.intents
    if right is not None:
        assert right in verdict.rights, explain(verdict)
    assert not verdict.needs_review and verdict.noise is None and verdict.answerable


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Datalek", "Ik kreeg vandaag een brief met de gegevens van iemand anders erin."),
        ("", "Uw medewerker heeft mijn dossier naar de verkeerde ontvanger gestuurd."),
        ("Data breach", "My details were sent to the wrong person by your support team."),
        ("", "I think my account data has been leaked."),
    ],
)
def test_breach_is_a_complaint_with_the_flag(subject: str, body: str) -> None:
    verdict = classify(subject, body)
    assert verdict.breach and verdict.category == C, explain(verdict)


def test_service_complaint_is_a_question() -> None:
    verdict = classify("Klacht", "De app is traag en ik heb een klacht over de bezorging.")
    assert verdict.category == Q and not verdict.breach, explain(verdict)


def test_direct_marketing_objection_is_rights_request_and_unsubscribe() -> None:
    verdict = classify(
        "", "Ik maak bezwaar tegen het gebruik van mijn gegevens voor direct marketing."
    )
    assert verdict.category == R
    assert Right.OBJECTION in verdict.rights
    assert U in verdict.intents


def test_multiple_intents() -> None:
    verdict = classify(
        "Afmelden en inzage",
        "Schrijf mij uit voor de nieuwsbrief. Ook wil ik inzage in mijn gegevens. Hoe lang bewaart u die?",
    )
    assert verdict.category == R
    assert set(verdict.intents) == {U, R, Q}
    assert verdict.rights == (Right.ACCESS,)


def test_precedence_complaint_over_rights_over_unsubscribe() -> None:
    verdict = classify(
        "", "Verwijder mijn gegevens. Ik dien een klacht in bij de Autoriteit Persoonsgegevens."
    )
    assert verdict.category == C and R in verdict.intents


# --- what must not count ----------------------------------------------------------------

NEWSLETTER = (
    "Nieuws van deze maand: onze zomeractie.\n"
    "Wilt u deze nieuwsbrief niet meer ontvangen? Klik hier om u af te melden.\n"
    "Uw gegevens worden verwijderd als u zich uitschrijft.\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Leuk artikel, dank!\n\nOp 12 mei 2024 om 10:00 schreef Info <info@example.org>:\n"
        + "".join(f"> {line}\n" for line in NEWSLETTER.splitlines()),
        "Leuk artikel, dank!\n\nOp di 12 mei 2024 om 10:00 schreef Info\n<info@example.org>:\n\n"
        + NEWSLETTER,
        "Leuk artikel, dank!\n\n-----Oorspronkelijk bericht-----\nVan: Info\nVerzonden: maandag\n"
        + NEWSLETTER,
        (
            "Leuk artikel, dank!\n\nVan: Info <info@example.org>\nVerzonden: dinsdag 14 mei 2024 10:00\n"
            "Aan: klant@example.nl\nOnderwerp: Nieuwsbrief\n\n" + NEWSLETTER
        ),
        (
            "Nice article, thanks!\n\nOn Tue, May 14, 2024 at 10:00 AM Info <info@example.org> wrote:\n"
            "> To unsubscribe from this newsletter click here.\n> We will delete your data.\n"
        ),
        "Leuk artikel!\n\n---------- Forwarded message ---------\nFrom: Info\n\n" + NEWSLETTER,
    ],
)
def test_quoted_newsletter_footer_does_not_count(body: str) -> None:
    verdict = classify("Re: Nieuwsbrief mei", body)
    assert U not in verdict.intents and R not in verdict.intents, explain(verdict)
    assert verdict.category == Q


def test_disclaimer_does_not_trigger_erasure() -> None:
    body = (
        "Kunt u mij de openingstijden sturen?\n\nMet vriendelijke groet,\nPiet\n\n"
        "Disclaimer: dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit "
        "bericht ten onrechte heeft ontvangen, verwijder dit bericht dan en verwijder eventuele kopieën.\n"
    )
    verdict = classify("Openingstijden", body)
    assert verdict.category == Q and Right.ERASURE not in verdict.rights, explain(verdict)
    assert not any("erasure" in line for line in verdict.evidence)


def test_disclaimer_paragraph_without_signature() -> None:
    body = (
        "Graag ontvang ik een offerte?\n\n"
        "This e-mail is confidential and intended solely for the addressee. If you received "
        "this e-mail in error please delete this message and any personal data in it.\n"
    )
    verdict = classify("Offerte", body)
    assert R not in verdict.intents, explain(verdict)


def test_negation_cancels_a_phrase() -> None:
    verdict = classify("", "Ik wil mij niet afmelden, maar ik heb een vraag over mijn factuur.")
    assert U not in verdict.intents and verdict.category == Q, explain(verdict)


def test_conditional_complaint_threat_is_not_a_complaint() -> None:
    verdict = classify(
        "", "Als u niet binnen een maand reageert, dien ik een klacht in bij de toezichthouder."
    )
    assert C not in verdict.intents, explain(verdict)


def test_human_message_is_never_noise_because_of_its_words() -> None:
    verdict = classify(
        "Automatisch antwoord: afwezig", "Mail delivery failed. This is an automatic reply."
    )
    assert verdict.category != Category.NOISE and verdict.noise is None


def test_nothing_recognised_is_a_question_for_review() -> None:
    verdict = classify("", "Zie bijlage.")
    assert verdict.category == Q and verdict.needs_review and verdict.confidence < 0.5


def test_below_threshold_goes_to_review_as_question() -> None:
    weak = classify("", "Kunt u dit verwijderen")  # a bare "verwijderen": not yet a request
    assert weak.category == Q
    strict = RuleClassifier(ClassifyContext(review_threshold=0.99)).classify(
        mail("Afmelden", "Graag afmelden voor de nieuwsbrief.")
    )
    assert strict.category == Q and strict.needs_review and U in strict.intents


def test_truncated_message_is_judged_on_subject_and_reviewed() -> None:
    message = parse(b"From: a@example.nl\nSubject: Verwijder mijn gegevens\n\n", truncated=True)
    verdict = CLASSIFIER.classify(message)
    assert verdict.category == R and verdict.needs_review


def test_language() -> None:
    assert classify("", "Graag wil ik mij afmelden voor de nieuwsbrief.").language == "nl"
    assert classify("", "Please remove me from your mailing list, thank you.").language == "en"
    assert classify("", "Bitte löschen Sie alle meine Daten.").language == "de"
    assert classify("", "Je souhaite me désinscrire de votre newsletter.").language == "fr"
    assert classify("", "ok").language == "nl"  # no words; the sender's domain is Dutch


@pytest.mark.parametrize(
    ("sender", "content_language", "expected"),
    [
        ("klant@example.nl", None, "nl"),
        ("kunde@example.de", None, "de"),
        ("client@exemple.fr", None, "fr"),
        ("someone@example.com", None, "en"),  # nothing to go on: English
        ("someone@example.com", "nl-NL", "nl"),
        ("klant@example.nl", "de", "de"),  # the header is the sender's own statement
    ],
)
def test_language_without_words_is_guessed_from_headers_and_address(
    sender: str, content_language: str | None, expected: str
) -> None:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "info@example.org"
    message["Subject"] = "Lyrics"
    message.set_content("")
    if content_language:  # after set_content, which replaces the Content-* fields
        message["Content-Language"] = content_language
    assert CLASSIFIER.classify(parse(message.as_bytes())).language == expected


def test_words_outweigh_the_address() -> None:
    message = EmailMessage()
    message["From"] = "someone@example.com"
    message["To"] = "info@example.org"
    message["Subject"] = "nieuwsbrief"
    message.set_content("Ik wil graag afgemeld worden voor de nieuwsbrief, dank u wel.")
    assert CLASSIFIER.classify(parse(message.as_bytes())).language == "nl"


def test_a_negated_context_word_is_still_context() -> None:
    # "niet volgens de AVG" speaks of privacy all the same: a privacy complaint.
    verdict = classify(
        "app deelt locatie",
        "Jullie app deelt mijn locatie met derden. Dat mag niet volgens de AVG. "
        "Ik wil hier een klacht over indienen.",
    )
    assert verdict.category is C


def test_a_conditional_threat_is_not_a_complaint() -> None:
    verdict = classify(
        "inzage",
        "Ik vraag om inzage in mijn persoonsgegevens. Als ik binnen een maand niets hoor, "
        "dien ik een klacht in bij de Autoriteit Persoonsgegevens.",
    )
    assert verdict.category is R and verdict.rights == (Right.ACCESS,)


# --- output forms ---------------------------------------------------------------------------


def test_explain_line_and_json() -> None:
    verdict = classify("Inzage", "Ik wil inzage in mijn gegevens en verwijder daarna alles.")
    lines = explain(verdict)
    assert lines[0].startswith("category:") and any(line.startswith("  - ") for line in lines)
    line = verdict_line("a.eml", verdict)
    assert line.startswith("a.eml  rights_request  [access, erasure]  nl  0.")
    data = verdict_json("a.eml", verdict)
    for key in (
        "file",
        "category",
        "intents",
        "rights",
        "breach",
        "noise",
        "language",
        "confidence",
        "evidence",
    ):
        assert key in data
    assert data["file"] == "a.eml" and data["category"] == "rights_request"
    json.dumps(data)


# --- the phrase files ------------------------------------------------------------------------


def test_phrase_files_load_and_cover_all_languages() -> None:
    book = phrases.load()
    for topic in phrases.INTENT_TOPICS:
        assert book.pattern(topic) is not None, topic


@pytest.mark.parametrize(
    "content, message",
    [
        ("[nonsense]\nphrases = ['x']\n", "unknown section"),
        ("[unsubscribe]\nphrases = ['afmelden', 'Afmelden']\n", "listed twice"),
        ("[unsubscribe]\nphrases = ['.. afmelden']\n", "'..'"),
        ("[unsubscribe]\nstrong = ['x']\n", "unknown key"),
        ("[unsubscribe]\nphrases = 'x'\n", "list of strings"),
        ("[unsubscribe]\nphrases = ['re:(']\n", "phrases_nl.toml"),
    ],
)
def test_phrase_file_mistakes_are_reported(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "phrases_nl.toml").write_text(content, encoding="utf-8")
    with pytest.raises(phrases.PhraseError, match=message):
        phrases.load(tmp_path, languages=("nl",))


def test_a_new_phrase_needs_no_code(tmp_path: Path) -> None:
    (tmp_path / "phrases_nl.toml").write_text(
        "[unsubscribe]\nphrases = ['ik wil eruit']\n", encoding="utf-8"
    )
    classifier = RuleClassifier(phrasebook=phrases.load(tmp_path, languages=("nl",)))
    assert classifier.classify(mail("", "Ik wil eruit.")).category == U


# --- typing slips, sentences, weak words -------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "wil me afmelen van de nieuwsbrief",
        "Graag afmleden voor alle mails van jullie",
        "graag uitchrijven, dank",
    ],
)
def test_typing_slips_are_read_past(body: str) -> None:
    verdict = classify("", body)
    assert verdict.category == U, explain(verdict)
    assert any(line.startswith("spelling: read") for line in verdict.evidence)


def test_real_words_are_not_corrected() -> None:
    # "aanmelden" keeps its own first letters; "compliant" sits in a long text.
    verdict = classify("", "Hoe kan ik me aanmelden voor de nieuwsbrief?")
    assert verdict.category == Q and U not in verdict.intents, explain(verdict)
    long_text = "Our systems are compliant with the standard. " * 20 + "Is the order shipped?"
    verdict = classify("Order", long_text)
    assert not any("spelling" in line for line in verdict.evidence)


def test_a_phrase_gap_does_not_run_into_the_next_sentence() -> None:
    body = "Ik heb het verkeerde bezorgadres opgegeven (mijn oude adres). Kunt u de bestelling nog wijzigen?"
    verdict = classify("Bestelling", body)
    assert R not in verdict.intents, explain(verdict)
    # ... but an abbreviation is no sentence end.
    verdict = classify("", "Ik verzoek u op grond van art. 17 AVG mijn gegevens te verwijderen.")
    assert Right.ERASURE in verdict.rights


def test_a_weak_word_in_the_subject_is_not_a_request_on_its_own() -> None:
    verdict = classify("Factuur klopt niet", "Op de factuur staat de verkeerde bedrijfsnaam.")
    assert verdict.category == Q and verdict.rights == (), explain(verdict)


def test_context_in_a_long_letter_must_share_the_sentence() -> None:
    letter = (
        "Under Article 15 GDPR I request a copy of my personal data. "
        + "Please also list the purposes of the processing of my personal data. " * 6
        + "If you transfer my personal data to a third country, tell me about the safeguards "
        "concerning the transfer."
    )
    verdict = classify("Access request", letter)
    assert verdict.rights == (Right.ACCESS,), explain(verdict)


def test_a_one_word_stop_reply_is_an_unsubscribe() -> None:
    assert classify("Re: Nieuwsbrief maart", "STOP").category == U


def test_a_lawyers_conditional_threat_is_no_complaint() -> None:
    verdict = classify(
        "Sommatie",
        "Cliënte sommeert u binnen veertien dagen alle persoonsgegevens van cliënte te verwijderen. "
        "Bij gebreke daarvan zal cliënte een klacht indienen bij de Autoriteit Persoonsgegevens.",
    )
    assert verdict.category == R and C not in verdict.intents, explain(verdict)


@pytest.mark.parametrize(
    "body, right",
    [
        (
            "Solicito la supresión de mis datos personales de acuerdo con el artículo 17 del RGPD.",
            Right.ERASURE,
        ),
        ("Io sottoscritto richiedo accesso secondo l'Articolo 15 del GDPR.", Right.ACCESS),
        (
            "Ovime zahtijevam ispravak netočnih osobnih podataka prema članku 16. GDPR-a.",
            Right.RECTIFICATION,
        ),
        (
            "Pokud jsem udělil souhlas, tímto odvolávám souhlas se zpracováním.",
            Right.WITHDRAW_CONSENT,
        ),
        ("Ich bitte um Auskunft gemäß § 19 DSG-EKD über meine Daten.", Right.ACCESS),
        ("Bitte schränken Sie die Verarbeitung nach § 20 KDG ein.", Right.RESTRICTION),
    ],
)
def test_gdpr_requests_in_other_eu_languages_and_laws(body: str, right: Right) -> None:
    verdict = classify("", body)
    assert verdict.category == R and right in verdict.rights, explain(verdict)


def test_a_complaint_to_an_authority_in_another_language() -> None:
    verdict = classify(
        "Reclamación", "Por la presente estoy presentando una queja ante la autoridad de control."
    )
    assert verdict.category == C, explain(verdict)


def test_asking_how_a_right_works_is_a_question() -> None:
    verdict = classify(
        "Vraag over inzage",
        "Stel dat ik zou willen weten welke gegevens u van mij heeft, hoe gaat dat dan? "
        "Ik wil het nu nog niet aanvragen.",
    )
    assert verdict.category is Q and verdict.rights == ()
    # The same words as a request are one.
    verdict = classify("Inzage", "Ik wil weten welke gegevens u van mij heeft.")
    assert verdict.category is R and verdict.rights == (Right.ACCESS,)


def test_do_not_delete_but_stop_using_is_restriction() -> None:
    verdict = classify(
        "gegevens bevriezen",
        "Ik heb mijn gegevens nog nodig als bewijs. Verwijder ze dus alsjeblieft niet, "
        "maar gebruik ze nergens meer voor tot de zaak rond is.",
    )
    assert verdict.rights == (Right.RESTRICTION,)


@pytest.mark.parametrize(
    "body",
    [
        "Als ik inlog staat er een factuur die niet van mij is, van een meneer uit Zeist.",
        "The confirmation I got shows someone else's name and address.",
        "Je vois dans mon compte une facture d'un autre client.",
    ],
)
def test_someone_elses_data_seen_is_a_breach(body: str) -> None:
    verdict = classify("", body)
    assert verdict.breach and verdict.category is C
    assert "breach.foreign_data" in verdict.rules


@pytest.mark.parametrize(
    "body",
    [
        "Kan ik een bestelling plaatsen voor iemand anders, op een ander adres?",
        "I bought a present for someone else; can I see the order status?",
    ],
)
def test_ordering_for_someone_else_is_not_a_breach(body: str) -> None:
    assert not classify("", body).breach


@pytest.mark.parametrize(
    "body",
    [
        "Jullie hebben de uitnodiging met alle klanten in de cc gezet in plaats van bcc, "
        "nu heeft iedereen mijn e-mailadres.",
        "You sent the survey with cc instead of bcc: all email addresses are visible.",
    ],
)
def test_a_cc_instead_of_bcc_mailing_is_a_breach(body: str) -> None:
    verdict = classify("", body)
    assert verdict.breach and verdict.category is C
