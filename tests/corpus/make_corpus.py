"""Writes the project's labelled mail corpus: tests/corpus/mail/*.eml and labels.csv.

    python tests/corpus/make_corpus.py [--out DIR]

The organisation is "Groenhuis", a Dutch garden centre with a web shop, a plant-care
app and a newsletter ("De Groene Post"); its mailbox is info@groenhuis.nl. Messages
are written out with the headers and MIME structure that the named mail programs and
servers produce (iPhone Mail, Outlook, Gmail, Exchange, Postfix, ...). The output is
deterministic: same script, same bytes. The .eml files and labels.csv are committed;
the evaluation reads those, not this script.

human_blind.py holds messages written apart from the phrase lists (see its docstring).
human_blind2.py holds a second such file, written later; its messages are marked
`held_out` in the notes (HELD_OUT_PREFIX) and never used to tune the lists, and `mailbot
eval` reports them apart. tests/corpus/README.md gives the figures of both files.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import quopri
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
INFO = "info@groenhuis.nl"
MX = "mx1.groenhuis.nl"
CET = timezone(timedelta(hours=1))
START = datetime(2024, 3, 4, 8, 3, 11, tzinfo=CET)
NEWSLETTER_FROM = "De Groene Post <nieuwsbrief@groenhuis.nl>"

NEWSLETTER_NL = """\
De Groene Post - maart

Het voorjaar komt eraan! Deze maand: zaaien op de vensterbank, de beste
pootaardappels en 20% korting op alle moestuinbakken.

Bekijk de aanbiedingen in onze webshop.

Je ontvangt deze e-mail omdat je je hebt aangemeld voor De Groene Post.
Wil je deze nieuwsbrief niet meer ontvangen? Klik hier om je af te melden.
Groenhuis B.V. | Tuinweg 12 | 3431 AB Nieuwegein"""

NEWSLETTER_EN = """\
The Green Post - March

Spring is coming! This month: sowing on the windowsill and 20% off raised beds.

You receive this email because you subscribed to The Green Post.
Click here to unsubscribe. Manage your preferences.
Groenhuis B.V. | Tuinweg 12 | 3431 AB Nieuwegein | The Netherlands"""


@dataclass(frozen=True)
class Item:
    name: str
    cls: str
    types: str
    lang: str
    notes: str
    raw: bytes


ITEMS: list[Item] = []
# Messages of the blind file not yet used to tune the phrase lists or train the breach
# reading (human_blind3.py): marked `held_out` in the notes, so `mailbot eval` reports them apart.
HELD_OUT_PREFIX = ("blind3-",)

def _when(index: int) -> datetime:
    return START + timedelta(hours=7 * index, minutes=13 * index % 60, seconds=index * 7 % 60)


def _digest(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def _qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def _b64(text: str) -> str:
    data = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return data


def _ascii(text: str) -> bool:
    return all(ord(c) < 128 for c in text)


def _encode_word(text: str) -> str:
    if _ascii(text):
        return text
    return "=?UTF-8?Q?" + _qp(text).replace("=\n", "").replace(" ", "_").replace("?", "=3F") + "?="


def _address(name: str, addr: str) -> str:
    if not name:
        return addr
    if _ascii(name):
        quoted = f'"{name}"' if any(c in name for c in ",.;:@()") else name
        return f"{quoted} <{addr}>"
    return f"{_encode_word(name)} <{addr}>"


def _html(text: str, style: str) -> str:
    paragraphs = []
    for block in text.split("\n\n"):
        lines = [
            line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            for line in block.split("\n")
        ]
        if style == "outlook":
            paragraphs.append(
                "".join(f'<p class="MsoNormal">{line}<o:p></o:p></p>\n' for line in lines)
                + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            )
        else:
            paragraphs.append("<div>" + "<br>\n".join(lines) + "</div><div><br></div>\n")
    body = "".join(paragraphs)
    if style == "outlook":
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:Calibri} --></style>\n"
            '</head><body lang="NL" link="#0563C1"><div class="WordSection1">\n'
            f"{body}</div></body></html>\n"
        )
    return f'<div dir="ltr">{body}</div>\n'


def _received(index: int, host: str, ip: str, helo: str | None = None) -> str:
    when = format_datetime(_when(index) - timedelta(seconds=3))
    helo = helo or host
    qid = _digest("q", index)[:10].upper()
    return (
        f"Received: from {helo} ({host} [{ip}])\n"
        f"\tby {MX} (Postfix) with ESMTPS id 4T{qid}\n"
        f"\tfor <{INFO}>; {when} (CET)\n"
    )


# Mail programs: how each writes its headers and body structure.
CLIENTS = {
    "iphone": ("iPhone Mail (21D61)", "plain-qp", "Verstuurd vanaf mijn iPhone"),
    "iphone-en": ("iPhone Mail (21D61)", "plain-qp", "Sent from my iPhone"),
    "ipad": ("iPad Mail (21D61)", "plain-qp", "Verzonden vanaf mijn iPad"),
    "android": (None, "alt", "Verzonden vanaf mijn Galaxy"),
    "outlook": ("Microsoft Outlook 16.0", "alt-outlook", None),
    "outlook-web": (None, "alt-outlook", None),
    "outlook-ios": (None, "alt", "Outlook voor iOS downloaden"),
    "gmail": (None, "alt", None),
    "thunderbird": ("Mozilla Thunderbird", "plain-flowed", None),
    "roundcube": ("Roundcube Webmail/1.6.5", "plain-qp", None),
    "applemail": ("Apple Mail (2.3774.400.31)", "plain-qp", None),
    "webmail-html": (None, "html-only", None),
}
PROVIDERS = {
    "gmail.com": ("mail-wm1-f54.google.com", "209.85.128.54"),
    "hotmail.com": ("mail-am6eur05olkn2020.outbound.protection.outlook.com", "40.92.64.20"),
    "outlook.com": ("mail-db8eur05olkn2019.outbound.protection.outlook.com", "40.92.89.19"),
    "live.nl": ("mail-vi1eur04olkn2050.outbound.protection.outlook.com", "40.92.75.50"),
    "ziggo.nl": ("smtpq2.tb.ukmail.iss.as9143.net", "212.54.57.97"),
    "kpnmail.nl": ("ewsoutbound.kpnmail.nl", "195.121.94.167"),
    "xs4all.nl": ("ewsoutbound.so.kpn.org", "195.121.94.185"),
    "icloud.com": ("mr85p00im-zteg06021601.me.com", "17.58.23.188"),
    "me.com": ("mr85p00im-zteg06021601.me.com", "17.58.23.188"),
    "planet.nl": ("ewsoutbound.kpnmail.nl", "195.121.94.168"),
    "home.nl": ("smtpq4.tb.ukmail.iss.as9143.net", "212.54.57.99"),
    "telfort.nl": ("ewsoutbound.kpnmail.nl", "195.121.94.169"),
    "web.de": ("mout.web.de", "212.227.15.3"),
    "gmx.de": ("mout.gmx.net", "212.227.17.22"),
    "orange.fr": ("smtp-out.orange.fr", "80.12.242.84"),
    "free.fr": ("smtp5-g21.free.fr", "212.27.42.5"),
}


def _client_msgid(client: str, domain: str, index: int) -> str:
    h = _digest("m", index, client).upper()
    if client.startswith(("iphone", "ipad", "applemail")):
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if client == "gmail" or (client == "android" and domain == "gmail.com"):
        return f"<CA+{_digest('g', index)[:40]}@mail.gmail.com>"
    if client.startswith("outlook"):
        return f"<AM0PR07MB{h[:4]}{h[4:20]}@AM0PR07MB{h[:4]}.eurprd07.prod.outlook.com>"
    return f"<{h[:12].lower()}.{h[12:20].lower()}@{domain}>"


def human(
    name: str,
    cls: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    body: str,
    *,
    types: str = "",
    client: str = "gmail",
    quote: str | None = None,
    quote_style: str = "gmail",
    to: str | None = None,
    cc: str | None = None,
    reply_to: str | None = None,
    extra: str = "",
    notes: str = "",
    in_reply_to: str | None = None,
    attachment: tuple[str, str] | None = None,
) -> None:
    """A message written by a person in a mail program."""
    index = len(ITEMS)
    display, addr = sender
    domain = addr.split("@", 1)[1]
    host, ip = PROVIDERS.get(domain, (f"mail.{domain}", f"185.{index % 200}.{index % 97}.{index % 250 + 3}"))
    mailer, shape, signature = CLIENTS[client]
    text = body.rstrip("\n") + "\n"
    if signature:
        text += f"\n{signature}\n"
    if quote:
        text += "\n" + _quoted(quote, quote_style, index)
    date = format_datetime(_when(index))
    head = f"Return-Path: <{addr}>\nDelivered-To: {INFO}\n"
    head += _received(index, host, ip)
    head += f"From: {_address(display, addr)}\n"
    head += f"To: {to or 'Groenhuis <' + INFO + '>'}\n"
    if cc:
        head += f"Cc: {cc}\n"
    if reply_to:
        head += f"Reply-To: {reply_to}\n"
    head += f"Subject: {_encode_word(subject)}\nDate: {date}\n"
    head += f"Message-ID: {_client_msgid(client, domain, index)}\n"
    if in_reply_to:
        head += f"In-Reply-To: {in_reply_to}\nReferences: {in_reply_to}\n"
    if client.startswith("outlook"):
        head += f"Thread-Topic: {_encode_word(subject)}\nThread-Index: AdpuR{_digest('t', index)[:20]}==\n"
        head += "Content-Language: nl-NL\nX-MS-Has-Attach: \nX-MS-TNEF-Correlator: \n"
    if mailer:
        key = "User-Agent" if client in ("thunderbird", "roundcube") else "X-Mailer"
        head += f"{key}: {mailer}\n"
    head += extra
    boundary = f"_000_{_digest('b', index)[:24]}_"
    if shape == "plain-qp":
        part = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n"
        payload = _qp(text)
    elif shape == "plain-flowed":
        part = "Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 8bit\n"
        payload = text
    elif shape == "html-only":
        part = "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n"
        payload = _qp(_html(text, "plain"))
    else:
        style = "outlook" if shape == "alt-outlook" else "plain"
        part = f'Content-Type: multipart/alternative; boundary="{boundary}"\n'
        payload = (
            f"--{boundary}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n{_qp(text)}\n"
            f"--{boundary}\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n{_qp(_html(text, style))}\n"
            f"--{boundary}--\n"
        )
    head += "MIME-Version: 1.0\n"
    if attachment:
        outer = f"mix{boundary}"
        filename, ctype = attachment
        head += f'Content-Type: multipart/mixed; boundary="{outer}"\n'
        payload = (
            f"--{outer}\n{part}\n{payload}\n"
            f"--{outer}\nContent-Type: {ctype}; name=\"{filename}\"\n"
            f"Content-Disposition: attachment; filename=\"{filename}\"\nContent-Transfer-Encoding: base64\n\n"
            f"{_b64('placeholder content of ' + filename)}\n--{outer}--\n"
        )
    else:
        head += part
    add(name, cls, types, lang, notes, head + "\n" + payload)


def _quoted(quote: str, style: str, index: int) -> str:
    when = _when(index) - timedelta(days=3, hours=2)
    if style == "outlook":
        return (
            "________________________________\n"
            f"Van: {NEWSLETTER_FROM if 'Groene' in quote or 'Green' in quote else 'Groenhuis <' + INFO + '>'}\n"
            f"Verzonden: {when.strftime('%d-%m-%Y %H:%M')}\n"
            "Aan: klant\n"
            "Onderwerp: De Groene Post - maart\n\n" + quote + "\n"
        )
    if style == "forward":
        return (
            "---------- Forwarded message ---------\n"
            f"Van: Groenhuis <{INFO}>\nDate: {when.strftime('%a, %d %b %Y om %H:%M')}\n"
            "Subject: Uw bestelling\nTo: klant\n\n" + quote + "\n"
        )
    if style == "en":
        header = f"On {when.strftime('%a, %d %b %Y at %H:%M')}, Groenhuis <{INFO}> wrote:"
    else:
        header = f"Op {when.strftime('%d-%m-%Y')} om {when.strftime('%H:%M')} schreef De Groene Post <nieuwsbrief@groenhuis.nl>:"
    return header + "\n\n" + "".join(f"> {line}\n" if line else ">\n" for line in quote.split("\n"))


def add(name: str, cls: str, types: str, lang: str, notes: str, raw: str) -> None:
    ITEMS.append(Item(name, cls, types, lang, notes, raw.encode("utf-8")))


def write(root: Path = HERE) -> None:
    """Write mail/*.eml and labels.csv under `root` (default: beside this script)."""
    out = root / "mail"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    names = set()
    rows = []
    for index, item in enumerate(ITEMS):
        file = f"{index + 1:03d}-{item.name}.eml"
        if item.name in names:
            raise SystemExit(f"duplicate name {item.name}")
        names.add(item.name)
        (out / file).write_bytes(item.raw)
        notes = item.notes
        if item.name.startswith(HELD_OUT_PREFIX):
            notes = ("held_out; " + notes).rstrip("; ")
        rows.append(
            {"file": f"mail/{file}", "expected_class": item.cls,
             "expected_request_types": item.types, "language": item.lang, "notes": notes}
        )
    with open(root / "labels.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(
            handle,
            ["file", "expected_class", "expected_request_types", "language", "notes"],
            lineterminator="\n",
        )
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(ITEMS)} messages to {out}", file=sys.stderr)


def main() -> None:
    sys.path.insert(0, str(HERE))
    # This file as a module: the message files add to its ITEMS, in this order.
    import make_corpus  # noqa: I001
    import human_nl  # noqa: F401
    import human_intl  # noqa: F401
    import machine_mail  # noqa: F401
    import human_blind  # noqa: F401  (written apart from the phrase lists)
    import human_breach  # noqa: F401
    import human_blind2  # noqa: F401  (the same, held out)
    import human_blind3  # noqa: F401  (the same, written later, held out)

    args = sys.argv[1:]
    root = Path(args[args.index("--out") + 1]) if "--out" in args else HERE
    make_corpus.write(root)


if __name__ == "__main__":
    main()
