"""Realistic human mail for ONRO's info@ mailbox: Dutch and English, 2-5 KB each.

Rights requests, unsubscribes, complaints and questions from distinct senders (one
address per message, so the per-address reply caps in `mailbot.policy` never
suppress a reply). Headers look like mail that came through a provider (Received,
DKIM, Authentication-Results); about half the messages carry an HTML alternative,
and a quoted earlier message or a longer signature fills them up to their size.
"""

from __future__ import annotations

import html
import quopri
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

FIRST = ["Piet", "Anna", "Mark", "Sanne", "Jeroen", "Fatima", "Daan", "Lotte", "Bram", "Eva",
         "Noah", "Emma", "Sem", "Julia", "Thijs", "Fleur", "Youssef", "Iris", "Ruben", "Naomi",
         "John", "Emily", "James", "Sarah", "Oliver", "Grace", "Liam", "Chloe", "Ethan", "Zoe"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "El Amrani", "Hendriks", "van Dijk", "Bos", "Vos", "Peters", "Dekker", "Carter", "Clark",
        "Walker", "Hughes", "Turner", "Wright", "Evans", "Brooks", "Kaya", "Yilmaz"]
DOMAINS = {"nl": ["example.nl", "ziggo-mail.example.nl", "kpnmail.example.nl", "hetnet.example.nl"],
           "en": ["example.com", "example.co.uk", "mail.example.org", "example.ie"]}

BODIES: dict[tuple[str, str], list[tuple[str, str]]] = {
    ("nl", "rights_request"): [
        ("Inzageverzoek", ("Op grond van artikel 15 AVG verzoek ik u om inzage in de "
         "persoonsgegevens die u van mij verwerkt, met de doeleinden en de bewaartermijnen.")),
        ("Verwijder mijn gegevens", ("Ik wil dat u al mijn persoonsgegevens verwijdert. Ik ben "
         "geen klant meer en zie geen reden waarom u mijn gegevens nog bewaart.")),
        ("Correctie adresgegevens", ("Mijn adres staat verkeerd in uw administratie. Ik verzoek "
         "u mijn gegevens te corrigeren op grond van artikel 16 AVG.")),
        ("Bezwaar tegen verwerking", ("Ik maak bezwaar tegen de verwerking van mijn "
         "persoonsgegevens voor direct marketing en profilering.")),
    ],
    ("nl", "unsubscribe"): [
        ("Afmelden nieuwsbrief", ("Graag wil ik mij afmelden voor de nieuwsbrief. Ik ontvang "
         "hem nu elke week en lees hem eigenlijk nooit.")),
        ("Uitschrijven", ("Wilt u mij uitschrijven voor alle mailings? Ik wil geen reclame meer "
         "van u ontvangen.")),
    ],
    ("nl", "complaint"): [
        ("Klacht over mijn gegevens", ("Ik wil een klacht indienen: mijn gegevens zijn zonder "
         "mijn toestemming gedeeld met een ander bedrijf. Dit is een privacyklacht.")),
        ("Klacht behandeling verzoek", ("Ik ben zeer ontevreden over de manier waarop mijn "
         "eerdere verzoek is behandeld en dien hierbij een klacht in.")),
    ],
    ("nl", "question"): [
        ("Vraag over facturen", ("Waar kan ik in de app mijn facturen van vorig jaar terugvinden? "
         "Ik heb ze nodig voor mijn belastingaangifte.")),
        ("Vraag over openingstijden", ("Kunt u mij vertellen of uw kantoor tussen kerst en oud "
         "en nieuw open is? Ik wil graag langskomen om iets af te geven.")),
    ],
    ("en", "rights_request"): [
        ("Subject access request", ("Under Article 15 GDPR I would like to receive a copy of "
         "all personal data you hold about me, and how long you keep it.")),
        ("Please delete my data", ("I would like you to erase all of my personal data. I closed "
         "my account last year and see no reason for you to keep it.")),
        ("Data portability request", ("Under Article 20 GDPR I would like to receive my personal "
         "data in a machine-readable format so that I can move to another provider.")),
    ],
    ("en", "unsubscribe"): [
        ("Unsubscribe", ("Please unsubscribe me from your newsletter. I no longer wish to "
         "receive marketing emails from you.")),
        ("Stop sending me emails", ("Please remove me from your mailing list. I never signed up "
         "for these emails in the first place.")),
    ],
    ("en", "complaint"): [
        ("Complaint about my data", ("I want to file a complaint: my personal data was shared "
         "with a third party without my consent. This is a privacy complaint.")),
    ],
    ("en", "question"): [
        ("Question about invoices", ("Could you tell me where I can find my invoices in the app? "
         "I need last year's for my accountant.")),
        ("Question about pricing", ("Do you offer a discount for non-profit organisations? We "
         "are a small charity and would like to use your service.")),
    ],
}

FILLER = {
    "nl": ["Ik heb eerder al gebeld, maar daar kon men mij niet direct helpen.",
           "Mijn klantnummer staat hieronder, mocht u dat nodig hebben.",
           "Het zou fijn zijn als u de bevestiging per e-mail kunt sturen.",
           "Ik ben overdag slecht bereikbaar, dus liever per mail.",
           "Alvast bedankt voor de moeite en een fijne dag verder.",
           "Mocht er iets onduidelijk zijn, dan hoor ik het graag."],
    "en": ["I called earlier but nobody could help me straight away.",
           "My customer number is below in case you need it.",
           "I would appreciate a confirmation by email.",
           "I am hard to reach by phone during the day, so email is best.",
           "Thank you in advance for your help.",
           "Please let me know if anything is unclear."],
}
QUOTE = {
    "nl": ("Op {date} schreef ONRO Klantenservice <service@onro.eu>:", [
        "Beste klant,", "",
        "Bedankt voor uw bestelling bij ONRO. Uw pakket wordt binnen twee werkdagen bezorgd;",
        "u ontvangt een track-and-trace-code zodra het bij de vervoerder is aangemeld.", "",
        "Heeft u vragen over uw bestelling? Kijk dan op onze website onder Klantenservice,",
        "of bel ons op werkdagen tussen 9 en 17 uur. U kunt ook reageren op deze e-mail.", "",
        "Retourneren kan binnen 30 dagen na ontvangst. Meld uw retour aan via Mijn ONRO en",
        "stuur het artikel in de originele verpakking terug; het aankoopbedrag ontvangt u",
        "binnen 14 dagen na ontvangst van de retour op uw rekening.", "",
        "Wist u dat u in Mijn ONRO ook uw facturen kunt downloaden en uw adres kunt",
        "wijzigen? Log in met uw e-mailadres en het wachtwoord dat u bij uw eerste",
        "bestelling heeft gekozen.", "",
        "Uw bestelnummer: ONR-{order}", "Bezorgadres: zoals opgegeven bij uw bestelling",
        "Betaalwijze: iDEAL", "",
        "Met vriendelijke groet,", "Team ONRO Klantenservice", "",
        "ONRO B.V. | Postbus 1234 | 1000 AB Amsterdam | KvK 12345678",
        "Deze e-mail is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.",
        "Indien u deze e-mail onterecht heeft ontvangen, verzoeken wij u de afzender",
        "hiervan op de hoogte te stellen en de e-mail te verwijderen."]),
    "en": ("On {date}, ONRO Customer Service <service@onro.eu> wrote:", [
        "Dear customer,", "",
        "Thank you for your order with ONRO. Your parcel will be delivered within two",
        "working days; you will receive a tracking code once the carrier has it.", "",
        "Questions about your order? Visit the Customer Service pages on our website,",
        "or call us on working days between 9 am and 5 pm. You can also reply to this email.",
        "",
        "You can return items within 30 days of receipt. Register your return in My ONRO",
        "and send the item back in its original packaging; we refund the purchase price",
        "within 14 days of receiving the return.", "",
        "Did you know that My ONRO also lets you download your invoices and change your",
        "address? Sign in with your email address and the password you chose with your",
        "first order.", "",
        "Your order number: ONR-{order}", "Delivery address: as given with your order",
        "Payment method: credit card", "",
        "Kind regards,", "The ONRO Customer Service team", "",
        "ONRO B.V. | PO Box 1234 | 1000 AB Amsterdam | Chamber of Commerce 12345678",
        "This email is confidential and intended solely for the addressee. If you have",
        "received it in error, please notify the sender and delete it."]),
}
GREETING = {"nl": ("Geachte heer/mevrouw,", "Met vriendelijke groet,"),
            "en": ("Dear Sir or Madam,", "Kind regards,")}
CLIENTS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.5", "Apple Mail (2.3731)",
           "Roundcube Webmail/1.6.5"]


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _headers(rng: random.Random, sender: str, name: str, domain: str, subject: str,
             when: datetime, index: int) -> list[str]:
    hop = format_datetime(when)
    sig = "".join(rng.choice(B64) for _ in range(216))
    return [
        f"Return-Path: <{sender}>",
        f"Received: from mx{rng.randint(1, 9)}.{domain} (mx.{domain} [192.0.2.{rng.randint(2, 250)}])",
        f"\tby mail.onro.eu (Postfix) with ESMTPS id {rng.getrandbits(40):010X}",
        f"\tfor <info@onro.eu>; {hop}",
        f"Received: from [10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}]",
        f"\tby smtp.{domain} with ESMTPSA id {rng.getrandbits(48):012x}; {hop}",
        f"Authentication-Results: mail.onro.eu; dkim=pass header.d={domain};",
        f"\tspf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}",
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=s1;",
        "\th=from:to:subject:date:message-id:mime-version:content-type;",
        f"\tbh={sig[:43]}=;",
        *(f"\t{'b=' if i == 0 else ''}{sig[43 + i * 60:43 + (i + 1) * 60]}" for i in range(3)),
        f"Message-ID: <{when:%Y%m%d%H%M%S}.{index}.{rng.getrandbits(64):016x}@{domain}>",
        f"Date: {hop}",
        f"From: {name} <{sender}>",
        "To: ONRO <info@onro.eu>",
        f"Subject: {subject}",
        f"User-Agent: {rng.choice(CLIENTS)}",
        "MIME-Version: 1.0",
    ]


def _qp(text: str) -> str:
    return quopri.encodestring(text.encode()).decode("ascii").replace("\n", "\r\n")


def _assemble(head: list[str], text: str, with_html: bool, boundary: str) -> bytes:
    plain_head = "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable"
    if not with_html:
        return ("\r\n".join(head) + "\r\n" + plain_head + "\r\n\r\n" + _qp(text)).encode()
    body = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n"))
    page = f"<html><body style=\"font-family:Calibri,sans-serif\">\n{body}</body></html>\n"
    parts = [
        f"Content-Type: multipart/alternative; boundary=\"{boundary}\"", "",
        f"--{boundary}", plain_head, "", _qp(text),
        f"--{boundary}", "Content-Type: text/html; charset=\"utf-8\"",
        "Content-Transfer-Encoding: quoted-printable", "", _qp(page), f"--{boundary}--", "",
    ]
    return ("\r\n".join(head) + "\r\n" + "\r\n".join(parts)).encode()


def human_message(index: int, rng: random.Random, *, tag: str = "m",
                  when: datetime | None = None) -> tuple[str, bytes]:
    """One message from a sender unique to `tag` and `index`; returns (address, bytes)."""
    lang = "nl" if rng.random() < 0.6 else "en"
    category = rng.choices(["rights_request", "unsubscribe", "complaint", "question"],
                           weights=[35, 25, 10, 30])[0]
    subject, core = rng.choice(BODIES[(lang, category)])
    first, last = rng.choice(FIRST), rng.choice(LAST)
    domain = rng.choice(DOMAINS[lang])
    local = f"{first}.{last}".lower().replace(" ", "")
    sender = f"{local}.{tag}{index}@{domain}"
    when = when or datetime.now(UTC) - timedelta(minutes=rng.randint(0, 600))
    hello, bye = GREETING[lang]
    fill = FILLER[lang][:]
    rng.shuffle(fill)
    number = f"{rng.randint(100000, 999999)}"
    text = "\n\n".join([hello, core + " " + " ".join(fill[:rng.randint(1, 3)]), bye]) + "\n"
    text += "\n".join([f"{first} {last}", ("Klantnummer " if lang == "nl" else "Customer number ")
                       + number, f"+31 6 {rng.randint(10000000, 99999999)}"]) + "\n"
    head = _headers(rng, sender, f"{first} {last}", domain, subject, when, index)
    with_html = rng.random() < 0.5
    boundary = f"_000_{rng.getrandbits(64):016x}_"
    quote_head, quote = QUOTE[lang]
    quoted = [quote_head.format(date=format_datetime(when - timedelta(days=rng.randint(3, 90))))]
    quoted += ["> " + q.format(order=number) for q in quote]
    target = rng.randint(2048, 5120)
    data = _assemble(head, text, with_html, boundary)
    for n in range(1, len(quoted) + 1):  # quote more of the earlier mail up to the size
        candidate = _assemble(head, text + "\n" + "\n".join(quoted[:n]) + "\n", with_html, boundary)
        if len(candidate) > target:
            break
        data = candidate
    return sender, data
def human_messages(count: int, *, seed: int = 1, tag: str = "m") -> Iterator[tuple[str, bytes]]:
    rng = random.Random(seed)
    for i in range(count):
        yield human_message(i, rng, tag=tag)
