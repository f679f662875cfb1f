"""Spam words (rules/spam_words.py, spam_words.toml): they hold back the automatic reply,
never make noise, and a customer's ordinary words leave the reply alone."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from mailbot.classify import SUSPECT_RULE, ClassifyContext, RuleClassifier
from mailbot.model import Category, Inbound, Verdict
from mailbot.parse import parse
from mailbot.rules import noise, spam_words
from mailbot.rules.spam_words import GTUBE, SpamWordsError

CTX = ClassifyContext(own_addresses=frozenset({"info@example.org"}))
CLASSIFIER = RuleClassifier(CTX)


def mail(subject: str, body: str, **headers: str) -> Inbound:
    message = EmailMessage()
    message["From"] = headers.pop("From", "Jan de Vries <jan@example.nl>")
    message["To"] = "info@example.org"
    message["Subject"] = subject
    message["Date"] = "Mon, 04 Mar 2024 10:00:00 +0100"
    message["Message-ID"] = "<a1@example.nl>"
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return parse(message.as_bytes())


def classify(subject: str, body: str, **headers: str) -> Verdict:
    return CLASSIFIER.classify(mail(subject, body, **headers))


def held(verdict: Verdict) -> bool:
    """Kept as a case for a person to read, without an automatic reply."""
    return (
        verdict.category != Category.NOISE
        and not verdict.answerable
        and verdict.needs_review
        and verdict.rules[-1] == SUSPECT_RULE
    )


# --- the phrase file ---------------------------------------------------------------------


def test_the_packaged_file_loads_with_every_section() -> None:
    words = spam_words.load()
    sections = {section for section, _ in words.counts}
    assert sections == set(spam_words.SECTIONS)
    assert all(words.counts[(s, "phrases")] >= 10 for s in ("en", "nl", "de", "fr"))
    assert words.counts[("nl", "weak")] > 0


@pytest.mark.parametrize(
    "text, message",
    [
        ('[es]\nphrases = ["gratis"]\n', "unknown section [es]"),
        ('[nl]\nstrong = ["gratis"]\n', "[nl] unknown key 'strong'"),
        ('[en]\nphrases = ["you have won", ""]\n', "[en].phrases: '' is not a phrase"),
        ('[en]\nphrases = ["you have won", "   "]\n', "[en].phrases: '   ' is not a phrase"),
        ('[de]\nweak = ["gratis", 3]\n', "[de].weak: 3 is not a phrase"),
        ('[fr]\nphrases = ["gagner", "Gagner"]\n', "[fr].phrases: 'Gagner' is listed twice"),
        ('[en]\nphrases = ["re:(unclosed"]\n', "[en].phrases: 're:(unclosed'"),
        ('[en]\nphrases = [".. won"]\n', "[en].phrases: '.. won'"),
        ('[en]\nphrases = "you have won"\n', "[en].phrases must be a list"),
        ('en = ["you have won"]\n', "[en] must be a table"),
        ('[nl]\nweak = ["gratis"]\n', "no `phrases` in any section"),
        ("[en\nphrases = []\n", "spam_words.toml: "),
    ],
)
def test_a_bad_file_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "spam_words.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpamWordsError) as error:
        spam_words.load(path)
    assert message in str(error.value)
    assert str(error.value).startswith("spam_words.toml: ")


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SpamWordsError, match="spam_words.toml: missing"):
        spam_words.load(tmp_path / "spam_words.toml")


def test_a_phrase_added_to_the_file_counts(tmp_path: Path) -> None:
    path = tmp_path / "spam_words.toml"
    path.write_text('[nl]\nphrases = ["gouden bergen", "snel rijk"]\n', encoding="utf-8")
    words = spam_words.load(path)
    found = spam_words.signs("", "", "", "gouden bergen en snel rijk!", words)
    assert spam_words.points(found) == 2
    assert spam_words.signs("", "", "", "gouden bergen", words)[0][0] == 1


# --- GTUBE ---------------------------------------------------------------------------------


def test_gtube_alone_withholds_the_reply() -> None:
    found = spam_words.signs("Test", f"Hallo\n{GTUBE}\n", "test", "hallo")
    assert found == [(spam_words.DECISIVE, "the GTUBE anti-spam test string")]
    verdict = classify(f"Test {GTUBE}", "Hallo, ik heb een vraag over mijn bestelling.")
    assert held(verdict)
    assert "GTUBE" in verdict.evidence[-1]


def test_gtube_far_down_the_text_withholds_the_reply() -> None:
    # The noise screen looks for GTUBE at the start of the text; further down it still
    # keeps the reply back.
    body = "Hallo, ik heb een vraag over mijn bestelling.\n" + "Bla bla.\n" * 800 + GTUBE
    verdict = classify("Vraag", body)
    assert held(verdict) and "GTUBE" in verdict.evidence[-1]


# --- a customer's ordinary words keep the reply ----------------------------------------------


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Bestelling", "Hallo, is de verzending gratis als ik voor 50 euro bestel?"),
        ("Link werkt niet", "Als ik klik hier in jullie nieuwsbrief, gebeurt er niets."),
        ("Vraag", "Ik kreeg een gratis tas, maar als ik op klik hier druk zie ik niets."),
        ("Retour", "Kan ik mijn bestelling gratis retourneren? Met vriendelijke groet, Jan"),
        (
            "Garantie",
            "Mijn grasmaaier is kapot, valt dit onder de garantie? Ik wil mijn geld terug.",
        ),
        ("Order", "Hi, I ordered via https://www.example.org/shop/item/123 - when does it ship?"),
        ("Question", "Please feel free to call me. I work from home, deliver any time."),
        ("Afmelden", "Graag afmelden. Er staat: wilt u geen e-mails meer ontvangen, klik hier."),
    ],
)
def test_a_customer_mail_with_a_spam_word_in_it_still_gets_its_reply(
    subject: str, body: str
) -> None:
    verdict = classify(subject, body)
    assert verdict.answerable and SUSPECT_RULE not in verdict.rules


def test_gratis_and_klik_hier_with_a_weak_header_sign_still_get_the_reply() -> None:
    """Replies diverted to another domain (a Reply-To at home) is one weak sign; two weak
    words add nothing to it."""
    verdict = classify(
        "Actie",
        "Ik zag de actie: gratis bezorging, klik hier stond erbij. Geldt dat ook voor mij?",
        Reply_To="jan@thuis.example",
    )
    assert verdict.answerable


def test_a_customer_who_forwards_a_phishing_mail_is_judged_on_their_own_words() -> None:
    body = (
        "Hallo, is dit bericht echt van jullie? Ik vertrouw het niet.\n\n"
        "---------- Forwarded message ---------\n"
        "Van: Groenhuis <security@groenhuis-verify.example>\n"
        "Onderwerp: Uw account is geblokkeerd\n\n"
        "Geachte klant, uw account is geblokkeerd. Verifieer uw account binnen 24 uur: "
        "http://192.0.2.44/login en claim uw prijs. Klik hier.\n"
    )
    verdict = classify("Fwd: Uw account is geblokkeerd", body)
    assert verdict.answerable
    # Nor on the subject of the forwarded mail.
    own = "is dit echt van jullie?"
    assert (
        spam_words.signs("Fwd: UW ACCOUNT IS GEBLOKKEERD", "", "uw account is geblokkeerd", own)
        == []
    )
    assert (
        spam_words.points(
            spam_words.signs("Uw account is geblokkeerd", "", "uw account is geblokkeerd", own)
        )
        == 1
    )


# --- spam words hold the reply back, and never make noise -----------------------------------


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Uw account", "Uw account is geblokkeerd. Verifieer uw account via de link."),
        ("Your account", "Your account has been suspended. Verify your account today."),
        ("Ihr Konto", "Ihr Konto wurde gesperrt. Bestätigen Sie Ihr Konto sofort."),
        ("Votre compte", "Votre compte a été suspendu. Vérifiez votre compte maintenant."),
        ("Winner", "Hello dear,\nyou have won the lottery! Cheap V1agra too."),
        ("Gefeliciteerd", "U heeft gewonnen! Claim uw prijs."),
    ],
)
def test_two_spam_phrases_withhold_the_reply_but_keep_the_case(subject: str, body: str) -> None:
    message = mail(subject, body)
    assert noise.screen(message, CTX) is None  # words never make noise
    verdict = CLASSIFIER.classify(message)
    assert held(verdict)
    assert verdict.evidence[-1].startswith("not answered automatically: reads like spam (")


def test_one_spam_phrase_alone_keeps_the_reply() -> None:
    assert classify("Prijs", "Ik las dat u heeft gewonnen bij de tuinwedstrijd?").answerable


def test_one_spam_phrase_with_one_header_sign_withholds_the_reply() -> None:
    body = "Your account has been suspended, please log in to restore it."
    assert classify("Notice", body).answerable
    verdict = classify("Notice", body, Reply_To="restore@elsewhere.example")
    assert held(verdict)
    why = verdict.evidence[-1]
    assert "made like bulk mail (replies diverted to elsewhere.example)" in why
    assert 'reads like spam (spam phrasing "your account has been suspended")' in why


def test_a_page_of_spam_words_is_still_not_noise() -> None:
    body = (
        "Dear friend,\nYOU HAVE WON! Claim your prize, 100% free, no credit card needed. "
        "Online pharmacy: viagra, cialis, xanax. Make money fast, $$$ million dollars.\n"
    )
    verdict = classify("YOU HAVE WON A PRIZE TODAY", body)
    assert verdict.category != Category.NOISE and verdict.noise is None
    assert held(verdict)


def test_the_evidence_says_why_in_plain_words() -> None:
    verdict = classify("Prize", "You have won! Click here to claim your prize: $$$")
    why = verdict.evidence[-1]
    assert why.startswith("not answered automatically: reads like spam (spam phrasing ")
    assert '"you have won"' in why and '"click here to claim"' in why
    assert len(why) < 200


# --- the other content signs ----------------------------------------------------------------


def test_a_text_of_links_with_a_header_sign_withholds_the_reply() -> None:
    found = spam_words.signs("", "", "", "zie http://a.example/x http://b.example/y")
    assert found == [(1, "mostly links (2 links, 1 word)")]
    many = " ".join(f"https://shop{n}.example/p" for n in range(4)) + " " + "woord " * 60
    assert spam_words.points(spam_words.signs("", "", "", many)) == 1
    one = "Bij deze de link naar mijn bestelling, die ik graag wil ruilen: https://x.example/o/1"
    assert spam_words.signs("", "", "", one) == []


def test_a_link_to_a_public_ip_address_is_a_sign_a_home_router_is_not() -> None:
    text = "mijn modem op http://{ip}/status geeft een storing, wat moet ik instellen?"
    found = spam_words.signs("", "", "", text.format(ip="8.8.8.8"))
    assert found == [(1, "a link to a bare IP address (8.8.8.8)")]
    assert spam_words.signs("", "", "", text.format(ip="192.168.1.1")) == []


def test_html_source_sent_as_plain_text() -> None:
    text = '<html>\n<body>\n<a href="https://x.example/login.php">Inloggen</a>\n</body>\n</html>\n'
    found = spam_words.signs("", text, "", text)
    assert (1, "HTML code sent as plain text") in found


def test_a_subject_in_capitals_counts_as_one_weak_word() -> None:
    assert spam_words.signs("KLACHT OVER MIJN BESTELLING", "", "", "") == []
    found = spam_words.signs("GRATIS VOOR JOU VANDAAG", "", "gratis voor jou vandaag", "klik hier")
    assert found == [(1, 'sales talk (a subject in capitals, "gratis", "klik hier")')]
    assert spam_words.signs("Gratis voor jou", "", "gratis voor jou", "klik hier") == []


def test_disguised_drug_names_and_advance_fee_amounts() -> None:
    for text in ("via.gra", "v1agra", "c1alis", "us$ 10,500,000", "usd 4.5 million", "$$$"):
        assert spam_words.points(spam_words.signs("", "", "", text)) == 1, text
    for text in ("via grasmaaier", "sociale is", "€ 10.500", "$ 250"):
        assert spam_words.signs("", "", "", text) == [], text
