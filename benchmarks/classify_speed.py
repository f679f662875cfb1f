"""How many messages per second `RuleClassifier.classify` handles on one core.

    PYTHONPATH=. python benchmarks/classify_speed.py [CORPUS_DIR]

Parses every file of the shared corpus once (parsing is not timed), then classifies
the parsed messages repeatedly and prints messages per second: for all messages,
for the human ones only (they take the longer path through the phrase rules; in
this corpus they are mostly long spam and newsletters), for typical customer mail
(short requests with a quoted newsletter, a signature and a disclaimer), and for the
project's own labelled corpus (tests/corpus: Dutch customer mail and machine mail).
"""

from __future__ import annotations

import sys
import time
from email.message import EmailMessage
from pathlib import Path

from mailbot.classify import RuleClassifier
from mailbot.model import Category, Inbound
from mailbot.parse import parse

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
PROJECT_CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "mail"

TYPICAL = [
    ("Afmelden", "Graag wil ik mij afmelden voor de nieuwsbrief."),
    (
        "Vraag over mijn bestelling",
        "Hallo, wanneer wordt mijn bestelling geleverd? Ordernummer 12345.",
    ),
    ("Inzageverzoek AVG", "Ik wil graag inzage in de persoonsgegevens die u van mij verwerkt."),
    ("", "Wilt u al mijn gegevens verwijderen en mij niet meer mailen?"),
    ("Klacht", "Ik dien een klacht in: u heeft mijn gegevens zonder toestemming gedeeld."),
    ("Please unsubscribe me", "Please remove me from your mailing list. Thanks."),
    ("Data access request", "Under Article 15 GDPR I request a copy of my personal data."),
    ("Datalek", "Ik ontving een brief met de gegevens van iemand anders."),
    ("Re: Nieuwsbrief juni", "Bedankt, leuk artikel! Is de workshop ook in het Engels?"),
    ("Adreswijziging", "Mijn nieuwe adres is Dorpsstraat 1, 1234 AB Ergens. Wilt u dit aanpassen?"),
]
QUOTE = (
    "\n\nMet vriendelijke groet,\nJan Jansen\n\nDisclaimer: dit bericht is uitsluitend bestemd "
    "voor de geadresseerde.\n\nOp 12 mei 2024 om 10:00 schreef Info <info@example.nl>:\n"
    + "> Nieuws van deze maand. Klik hier om je af te melden.\n"
    * 20
)


def typical_mail() -> list[Inbound]:
    out = []
    for number, (subject, body) in enumerate(TYPICAL):
        message = EmailMessage()
        message["From"] = f"Klant {number} <klant{number}@example.nl>"
        message["To"] = "info@example.org"
        message["Subject"] = subject
        message["Message-ID"] = f"<{number}@example.nl>"
        message.set_content(body + QUOTE)
        out.append(parse(message.as_bytes()))
    return out


def rate(classifier: RuleClassifier, messages: list[Inbound], seconds: float = 2.0) -> float:
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for message in messages:
            classifier.classify(message)
        done += len(messages)
    return done / (time.perf_counter() - start)


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix not in (".csv", ".md"))
    if not files:
        print(f"no corpus at {corpus}")
        return 1
    start = time.perf_counter()
    messages = [parse(p.read_bytes()) for p in files]
    parse_rate = len(messages) / (time.perf_counter() - start)
    classifier = RuleClassifier()
    human = [m for m in messages if classifier.classify(m).category != Category.NOISE]
    print(
        f"corpus: {len(messages)} files, {len(human)} classed human; parse {parse_rate:,.0f} msg/s"
    )
    print(f"classify, all messages:   {rate(classifier, messages):,.0f} msg/s")
    print(f"classify, human messages: {rate(classifier, human):,.0f} msg/s")
    print(f"classify, typical customer mail: {rate(classifier, typical_mail()):,.0f} msg/s")
    own = [parse(p.read_bytes()) for p in sorted(PROJECT_CORPUS.glob("*.eml"))]
    if own:
        print(f"classify, project corpus ({len(own)} messages): {rate(classifier, own):,.0f} msg/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
