"""Mail written by software: out-of-office replies, bounces and delay warnings, read
receipts, newsletters, notifications, list mail, spam, challenges, our own mail coming
back; and two robots acting for a person (one-click unsubscribes).

Headers follow what the named software sends. Nothing here is decided by its words:
the Dutch texts are what a person would read, the headers are what a program reads.
"""

from datetime import timedelta

from make_corpus import (
    INFO,
    _b64,
    _digest,
    _encode_word,
    _qp,
    _received,
    _when,
    add,
    format_datetime,
)

OUR_REPLY_ID = "<reply.GH-2024-0412.1@groenhuis.nl>"


def _date(n: int, shift_hours: int = 0) -> str:
    return format_datetime(_when(n) + timedelta(hours=shift_hours))


def _n() -> int:
    from make_corpus import ITEMS

    return len(ITEMS)


def auto_reply(name: str, lang: str, sender: tuple[str, str], subject: str, body: str, headers: str,
               *, html: bool = False, notes: str = "") -> None:
    n = _n()
    display, addr = sender
    domain = addr.split("@")[1]
    head = (
        f"Return-Path: <{addr}>\nDelivered-To: {INFO}\n" + _received(n, f"mail.{domain}", f"91.{n}.20.{n % 200 + 10}")
        + f"From: {display} <{addr}>\nTo: Groenhuis <{INFO}>\nSubject: {_encode_word(subject)}\nDate: {_date(n)}\n"
        f"Message-ID: <{_digest('ar', n)[:24]}@{domain}>\nIn-Reply-To: {OUR_REPLY_ID}\nReferences: {OUR_REPLY_ID}\n"
        + headers + "MIME-Version: 1.0\n"
    )
    if html:
        b = f"alt{_digest('arb', n)[:16]}"
        head += f'Content-Type: multipart/alternative; boundary="{b}"\n'
        html_body = "<html><body>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n")) + "</body></html>"
        payload = (
            f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{_qp(body)}\n"
            f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{_qp(html_body)}\n--{b}--\n"
        )
    else:
        head += "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n"
        payload = _qp(body)
    add(name, "noise", "", lang, ("auto-reply; " + notes).rstrip("; "), head + "\n" + payload)


def dsn(name: str, lang: str, sender: str, subject: str, human_text: str, fields: str, *,
        extra: str = "", notes: str = "bounce", return_path: str = "<>", original: str = "headers") -> None:
    n = _n()
    b = f"{_digest('dsn', n)[:20]}.{n}/mx.example"
    host = sender.split("@")[1].rstrip(">")
    orig_headers = (
        f"Return-Path: <{INFO}>\nFrom: Groenhuis <{INFO}>\nTo: klant@example.nl\nSubject: Uw vraag [GH-2024-0412]\n"
        f"Message-ID: {OUR_REPLY_ID}\nAuto-Submitted: auto-replied\nX-Mailbot-Loop: groenhuis\nDate: {_date(n, -1)}\n"
    )
    if original == "message":
        orig_part = f"Content-Type: message/rfc822\n\n{orig_headers}\nGoedendag, wij hebben uw bericht ontvangen.\n"
    else:
        orig_part = f"Content-Type: text/rfc822-headers\n\n{orig_headers}"
    head = (
        f"Return-Path: {return_path}\nDelivered-To: {INFO}\n" + _received(n, host, f"80.{n}.11.{n % 200 + 20}")
        + f"From: {sender}\nTo: {INFO}\nSubject: {_encode_word(subject)}\nDate: {_date(n)}\n"
        f"Message-ID: <{_digest('dsnid', n)[:20]}@{host}>\n" + extra
        + f'MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="{b}"\n'
    )
    payload = (
        f"This is a MIME-encapsulated message.\n\n--{b}\nContent-Description: Notification\n"
        f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{_qp(human_text)}\n"
        f"--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n{fields}\n"
        f"--{b}\nContent-Description: Undelivered Message\n{orig_part}\n--{b}--\n"
    )
    add(name, "noise", "", lang, notes, head + "\n" + payload)


def raw_noise(name: str, lang: str, raw: str, notes: str) -> None:
    add(name, "noise", "", lang, notes, raw)


# --- out-of-office and other auto-replies (Dutch) -----------------------------------------------

EXCHANGE_OOF = (
    "Thread-Topic: Uw vraag [GH-2024-0412]\nThread-Index: AQHacmV0c2l0ZW1z\nContent-Language: nl-NL\n"
    "X-MS-Has-Attach: \nX-MS-Exchange-Organization-SCL: -1\nX-MS-TNEF-Correlator: \n"
    "x-ms-exchange-parent-message-id: {id}\nauto-submitted: auto-generated\n"
    "x-ms-exchange-generated-message-source: Mailbox Rules Agent\nX-MS-Exchange-Inbox-Rules-Loop: {addr}\n"
    "X-Auto-Response-Suppress: All\n"
)

auto_reply("ooo-exchange-online", "nl", ("Vries, Jan de", "j.devries@gemeente-zeist.example"),
           "Automatisch antwoord: Uw vraag [GH-2024-0412]",
           "Geachte heer/mevrouw,\n\nIk ben afwezig tot en met maandag 11 maart. Uw e-mail wordt niet doorgestuurd. "
           "Voor dringende zaken kunt u contact opnemen met het KCC via 14 030.\n\nMet vriendelijke groet,\nJan de Vries",
           EXCHANGE_OOF.format(id=OUR_REPLY_ID, addr="j.devries@gemeente-zeist.example"), html=True,
           notes="Exchange Online out-of-office")

auto_reply("ooo-exchange-afwezig-no-autosubmitted", "nl", ("Karin Bakker", "k.bakker@bakkerhoveniers.example"),
           "Afwezig: Uw bestelling 100455",
           "Ik ben op vakantie tot 25 maart en lees mijn mail niet. Voor spoedzaken: bel 030-6012345.\n\nKarin",
           "Thread-Topic: Uw bestelling 100455\nContent-Language: nl-NL\nX-MS-Exchange-Inbox-Rules-Loop: k.bakker@bakkerhoveniers.example\n"
           "X-Auto-Response-Suppress: All\nX-MS-Exchange-Organization-AuthAs: Internal\n",
           notes="Exchange on-premises out-of-office without Auto-Submitted")

auto_reply("ooo-gmail-vacation", "nl", ("Sanne de Groot", "sannedegroot@gmail.com"),
           "Afwezig tot 18 maart",
           "Hoi! Ik ben op reis en heb beperkt toegang tot mijn mail. Na 18 maart reageer ik zo snel mogelijk.\n\nSanne",
           "Auto-Submitted: auto-replied\n", notes="Gmail vacation responder")

auto_reply("ooo-sieve-vacation", "nl", ("Mark Verhoef", "mark@verhoef-tuinen.example"),
           "Automatisch antwoord: De Groene Post - maart",
           "Beste afzender,\n\nDank voor uw bericht. Ik ben afwezig tot 14 maart. Uw bericht wordt na mijn terugkomst behandeld.\n\nMark Verhoef",
           "Auto-Submitted: auto-replied (vacation)\nPrecedence: bulk\n", notes="Dovecot Sieve vacation")

auto_reply("ooo-cpanel-autoresponder", "nl", ("Bloemenhuis Anja", "info@bloemenhuisanja.example"),
           "Bedankt voor uw e-mail",
           "Bedankt voor uw e-mail! Wij zijn tot en met 20 maart gesloten wegens vakantie. Daarna beantwoorden wij uw bericht.",
           "X-Autorespond: Bedankt voor uw e-mail\nPrecedence: auto_reply\n",
           notes="cPanel autoresponder without Auto-Submitted")

auto_reply("ooo-openxchange-x-autoreply", "nl", ("Hans Pieters", "hans.pieters@kpnmail.nl"),
           "Afwezigheidsbericht",
           "Ik ben tot 1 april afwezig. Uw mail wordt niet gelezen.\n\nHans Pieters",
           "X-Autoreply: yes\n", notes="KPN webmail (Open-Xchange) with X-Autoreply only")

auto_reply("ooo-exchange-parttime", "nl", ("Ellen Vink", "e.vink@scholengroep.example"),
           "Automatisch antwoord: Ontvangstbevestiging [GH-2024-0398]",
           "Ik werk op maandag, dinsdag en donderdag. Uw mail wordt dan beantwoord.\n\nMet vriendelijke groet,\nEllen Vink\nAdministratie",
           EXCHANGE_OOF.format(id=OUR_REPLY_ID, addr="e.vink@scholengroep.example"), html=True,
           notes="Exchange part-time notice")

auto_reply("ooo-ziggo-webmail", "nl", ("fam. Roelofs", "roelofs123@ziggo.nl"),
           "Re: Uw vraag [GH-2024-0412]",
           "Wij zijn met vakantie tot 2 april. Uw bericht is ontvangen.",
           "Auto-Submitted: auto-replied\nX-Autoreply: yes\n", notes="Ziggo webmail auto-reply")

auto_reply("ooo-gmail-english", "en", ("Paul Green", "paul.green@gmail.com"),
           "Out of office",
           "Thanks for your email. I'm out of the office until 15 March with limited access to email.\n\nPaul",
           "Auto-Submitted: auto-replied\n", notes="Gmail vacation responder")

auto_reply("autoreply-helpdesk-ticket", "nl", ("Klantenservice Tuinmeubelshop", "support@tuinmeubelshop.example"),
           "[#88123] Wij hebben uw vraag ontvangen",
           "Beste klant,\n\nBedankt voor uw bericht. Wij hebben uw vraag ontvangen onder ticketnummer 88123 en reageren "
           "binnen twee werkdagen.\n\nMet vriendelijke groet,\nKlantenservice Tuinmeubelshop",
           "Auto-Submitted: auto-replied\nX-Mailer: Zendesk Mailer\n", html=True, notes="helpdesk acknowledgement")

auto_reply("ooo-outlook-suppress-list", "nl", ("Gemeente Houten", "noreply-kcc@houten.example"),
           "Automatisch antwoord: Uw bericht",
           "Wij hebben uw bericht ontvangen. U krijgt binnen vijf werkdagen een reactie.",
           "X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply\n", notes="X-Auto-Response-Suppress only")

auto_reply("ooo-exchange-zwangerschapsverlof", "nl", ("Priscilla Tromp", "p.tromp@advocatenkantoor.example"),
           "Automatisch antwoord: AVG-verzoek namens cliënt",
           "Ik ben met zwangerschapsverlof tot 1 juli. Uw e-mail wordt niet doorgestuurd. Neem voor lopende zaken contact op "
           "met mijn collega mr. De Wit via secretariaat@advocatenkantoor.example.",
           EXCHANGE_OOF.format(id=OUR_REPLY_ID, addr="p.tromp@advocatenkantoor.example"), html=True,
           notes="Exchange out-of-office naming a GDPR request in its subject")

# --- bounces and delay warnings ---------------------------------------------------------------------

dsn("bounce-exchange-online-nl", "nl",
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@groenhuis.nl>",
    "Onbestelbaar: Uw vraag [GH-2024-0412]",
    "Bezorging is mislukt voor deze ontvangers of groepen:\n\nk.janssen@ziggo.nl\nHet e-mailadres dat u hebt opgegeven, kan "
    "niet worden gevonden. Controleer het e-mailadres van de ontvanger en probeer het bericht opnieuw te verzenden.\n\n"
    "Diagnostische gegevens voor beheerders:\n\nGenererende server: AM0PR07MB6052.eurprd07.prod.outlook.com\n"
    "k.janssen@ziggo.nl\nRemote Server returned '550 5.1.1 <k.janssen@ziggo.nl>: Recipient address rejected'",
    "Reporting-MTA: dns;AM0PR07MB6052.eurprd07.prod.outlook.com\nReceived-From-MTA: dns;AM0PR07MB6052.eurprd07.prod.outlook.com\n"
    "Arrival-Date: Mon, 4 Mar 2024 10:15:12 +0000\n\nFinal-Recipient: rfc822;k.janssen@ziggo.nl\nAction: failed\n"
    "Status: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 <k.janssen@ziggo.nl>: Recipient address rejected: User unknown\n",
    extra="X-MS-Exchange-Message-Is-Ndr: \nContent-Language: nl-NL\n", return_path="<>", original="message",
    notes="bounce; Exchange Online NDR in Dutch")

dsn("bounce-postfix-dutch-template", "nl",
    "Mail Delivery System <MAILER-DAEMON@smtp.hostingbedrijf.example>",
    "Onbestelbaar bericht teruggestuurd naar afzender",
    "Dit is het mailsysteem op host smtp.hostingbedrijf.example.\n\nHet spijt ons u te moeten melden dat uw bericht niet "
    "kon worden afgeleverd bij een of meer ontvangers. Het bericht is hieronder bijgevoegd.\n\n"
    "<petra@kwekerij-oud.example>: host mx.kwekerij-oud.example[185.3.4.5] zei: 550 5.1.1 Mailbox bestaat niet",
    "Reporting-MTA: dns; smtp.hostingbedrijf.example\nX-Postfix-Queue-ID: 4TqHk21Bz8z9vC\n\n"
    "Final-Recipient: rfc822; petra@kwekerij-oud.example\nOriginal-Recipient: rfc822;petra@kwekerij-oud.example\n"
    "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.kwekerij-oud.example\nDiagnostic-Code: smtp; 550 5.1.1 Mailbox bestaat niet\n",
    extra="Auto-Submitted: auto-replied\n", notes="bounce; Postfix with a Dutch bounce template")

dsn("delay-postfix-dutch", "nl",
    "Mail Delivery System <MAILER-DAEMON@smtp.hostingbedrijf.example>",
    "Vertraagde bezorging: Uw vraag [GH-2024-0412]",
    "Dit is het mailsysteem op host smtp.hostingbedrijf.example.\n\n#################################################\n"
    "# DIT IS SLECHTS EEN WAARSCHUWING. U HOEFT HET BERICHT NIET OPNIEUW TE VERSTUREN. #\n"
    "#################################################\n\nUw bericht kon de afgelopen 4 uur niet worden afgeleverd. "
    "Het systeem probeert het nog 5 dagen.",
    "Reporting-MTA: dns; smtp.hostingbedrijf.example\n\nFinal-Recipient: rfc822; jos@trage-server.example\n"
    "Action: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx.trage-server.example: Connection timed out\n"
    "Will-Retry-Until: Mon, 11 Mar 2024 10:00:00 +0100\n",
    extra="Auto-Submitted: auto-replied\n", notes="dsn-delay/warning in Dutch")

add("bounce-qmail-plain-nl", "noise", "", "nl", "bounce; qmail, plain text, no report structure",
    "Return-Path: <>\nDelivered-To: " + INFO + "\n" + _received(_n(), "mail.oudprovider.example", "62.58.4.9")
    + "Date: " + _date(_n()) + "\nFrom: MAILER-DAEMON@mail.oudprovider.example\nTo: " + INFO + "\n"
    "Subject: fout: bericht niet afgeleverd\nMessage-ID: <" + _digest("qm", _n())[:16] + "@mail.oudprovider.example>\n\n"
    "Hallo. Dit is het qmail-send programma op mail.oudprovider.example.\nHet spijt me u te moeten melden dat uw bericht niet "
    "afgeleverd kon worden bij een of meer\nadressen. Dit is een permanente fout; ik geef het op.\n\n"
    "<gvdberg@oudprovider.example>:\nDeze gebruiker bestaat niet. (#5.1.1)\n\n--- Hieronder een kopie van het bericht.\n\n"
    "Return-Path: <" + INFO + ">\nFrom: Groenhuis <" + INFO + ">\nSubject: Uw vraag [GH-2024-0412]\n\nGoedendag, wij hebben uw bericht ontvangen.\n")

add("bounce-exim-failed-recipients", "noise", "", "en", "bounce; Exim with X-Failed-Recipients",
    "Return-Path: <>\nDelivered-To: " + INFO + "\n" + _received(_n(), "server12.webhost.example", "5.9.8.7")
    + "X-Failed-Recipients: info@voormalig-tuincentrum.example\nAuto-Submitted: auto-replied\n"
    "From: Mail Delivery System <Mailer-Daemon@server12.webhost.example>\nTo: " + INFO + "\n"
    "Subject: Mail delivery failed: returning message to sender\nMessage-Id: <E1rhXyz-0004Ab-Q2@server12.webhost.example>\n"
    "Date: " + _date(_n()) + "\n\nThis message was created automatically by mail delivery software.\n\n"
    "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following "
    "address(es) failed:\n\n  info@voormalig-tuincentrum.example\n    domain has no MX or A record\n")

dsn("bounce-gmail-address-not-found", "en",
    "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    "Delivery Status Notification (Failure)",
    "Address not found\n\nYour message wasn't delivered to jan.klant.1980@gmail.com because the address couldn't be found, or "
    "is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach "
    "does not exist.",
    "Reporting-MTA: dns; googlemail.com\nArrival-Date: Mon, 04 Mar 2024 02:41:43 -0800 (PST)\n\n"
    "Final-Recipient: rfc822; jan.klant.1980@gmail.com\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; gmail-smtp-in.l.google.com.\n"
    "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n",
    notes="bounce; Gmail DSN")

dsn("bounce-mailbox-vol-kpn", "nl",
    "Mail Delivery System <MAILER-DAEMON@ewsoutbound.kpnmail.nl>",
    "Bericht kon niet worden afgeleverd: mailbox vol",
    "Uw bericht kon niet worden afgeleverd omdat de mailbox van de ontvanger vol is.\n\n<oma.jansen@kpnmail.nl>: 552 5.2.2 Mailbox vol",
    "Reporting-MTA: dns; ewsoutbound.kpnmail.nl\n\nFinal-Recipient: rfc822; oma.jansen@kpnmail.nl\nAction: failed\nStatus: 5.2.2\n"
    "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n", notes="bounce; mailbox full, Dutch text")

dsn("bounce-exchange-onprem-nl", "nl",
    "postmaster@gemeente-lopik.example",
    "Onbestelbaar: Ontvangstbevestiging [GH-2024-0398]",
    "Uw bericht heeft niet alle ontvangers bereikt.\n\n      Onderwerp: Ontvangstbevestiging [GH-2024-0398]\n"
    "      Verzonden: 4-3-2024 14:02\n\nDe volgende ontvangers zijn niet bereikbaar:\n\n      'r.smit@gemeente-lopik.example' op 4-3-2024 14:02\n"
    "            Dit e-mailadres bestaat niet.",
    "Reporting-MTA: dns;EXCH01.gemeente-lopik.local\n\nFinal-Recipient: rfc822;r.smit@gemeente-lopik.example\nAction: failed\n"
    "Status: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found\n",
    extra="X-MS-Exchange-Message-Is-Ndr: \n", notes="bounce; Exchange on-premises NDR in Dutch")

# --- read receipts -------------------------------------------------------------------------------------

for rr_name, rr_subject, rr_text, rr_reporting_ua in (
    ("mdn-outlook-gelezen", "Gelezen: Uw vraag [GH-2024-0321]",
     ("Uw bericht\n\n  Aan: Anita Veenstra\n  Onderwerp: Uw vraag [GH-2024-0321]\n  Verzonden: maandag 4 maart 2024 10:12:03 (UTC+01:00)\n\n"
      "is gelezen op maandag 4 maart 2024 11:40:51 (UTC+01:00)."), "Reporting-UA: AM0PR07MB6052.eurprd07.prod.outlook.com; Microsoft Outlook"),
    ("mdn-thunderbird-weergegeven", "Ontvangstbevestiging (weergegeven) - Uw vraag [GH-2024-0350]",
     ("Dit is een ontvangstbevestiging voor het e-mailbericht dat u hebt verzonden aan hanstimmermans@xs4all.nl.\n\n"
      "Opmerking: deze ontvangstbevestiging geeft alleen aan dat het bericht werd weergegeven op de computer van de ontvanger. "
      "Er is geen garantie dat de ontvanger de inhoud van het bericht heeft gelezen of begrepen."), "Reporting-UA: Mozilla/5.0 Thunderbird/115.8.1"),
):
    n = _n()
    b = f"mdn{_digest('mdn', n)[:18]}"
    raw_noise(rr_name, "nl", (
        f"Return-Path: <klant{n}@example.nl>\nDelivered-To: {INFO}\n" + _received(n, "smtp.example.nl", f"31.{n}.5.6")
        + f"From: Klant <klant{n}@example.nl>\nTo: {INFO}\nSubject: {rr_subject}\nDate: {_date(n)}\n"
        f"Message-ID: <{_digest('mdnid', n)[:20]}@example.nl>\nMIME-Version: 1.0\n"
        f'Content-Type: multipart/report; report-type=disposition-notification; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{_qp(rr_text)}\n"
        f"--{b}\nContent-Type: message/disposition-notification\n\n{rr_reporting_ua}\nFinal-Recipient: rfc822;klant{n}@example.nl\n"
        f"Original-Message-ID: {OUR_REPLY_ID}\nDisposition: manual-action/MDN-sent-manually; displayed\n\n--{b}--\n"
    ), "read receipt")

# --- newsletters, marketing and notifications ------------------------------------------------------------


def bulk(name: str, lang: str, sender: str, subject: str, text: str, headers: str, notes: str,
         *, html_only: bool = False, to: str = INFO) -> None:
    n = _n()
    addr = sender.split("<")[-1].rstrip(">")
    domain = addr.split("@")[1]
    b = f"bulk{_digest('bulk', n)[:18]}"
    head = (
        f"Return-Path: <bounce-{_digest('rp', n)[:10]}@bounce.{domain}>\nDelivered-To: {INFO}\n"
        + _received(n, f"mta{n}.{domain}", f"198.2.{n % 200}.{n % 90 + 10}")
        + f"From: {sender}\nTo: {to}\nSubject: {_encode_word(subject)}\nDate: {_date(n)}\n"
        f"Message-ID: <{_digest('bid', n)[:28]}@{domain}>\n" + headers + "MIME-Version: 1.0\n"
    )
    html = ("<html><body><table width=\"600\"><tr><td><img src=\"https://img." + domain + "/header.png\"></td></tr>"
            + "".join(f"<tr><td>{p}</td></tr>" for p in text.split("\n\n")) + "</table></body></html>")
    if html_only:
        head += "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n"
        payload = _qp(html)
    else:
        head += f'Content-Type: multipart/alternative; boundary="{b}"\n'
        payload = (
            f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{_qp(text)}\n"
            f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{_qp(html)}\n--{b}--\n"
        )
    add(name, "noise", "", lang, notes, head + "\n" + payload)


bulk("newsletter-mailchimp-kwekerij", "nl", "Kwekerij De Linde <nieuws@kwekerijdelinde.example>",
     "Nieuw in het assortiment: 12 soorten lavendel",
     "Beste tuinliefhebber,\n\nDit voorjaar hebben we 12 nieuwe soorten lavendel. Bestel voor 1 april en ontvang 10% korting.\n\n"
     "Je ontvangt deze mail omdat je klant bent van Kwekerij De Linde. Afmelden? Klik hier om je af te melden.",
     "List-Unsubscribe: <https://kwekerijdelinde.us21.list-manage.com/unsubscribe?u=8a1b&id=3c4d>, <mailto:unsubscribe-mc.us21_8a1b.3c4d@mailchimpapp.net>\n"
     "List-Unsubscribe-Post: List-Unsubscribe=One-Click\nX-Mailer: MailChimp Mailer - **CID3c4d5e6f7a**\nX-Campaign: mailchimp8a1b.3c4d5e6f7a\n"
     "X-campaignid: mailchimp8a1b.3c4d5e6f7a\nX-MC-User: 8a1b2c3d4e5f6a7b8c9d0e1f2\nFeedback-ID: 21:21:us21:mailchimp\n",
     "mailing-list; supplier newsletter (Mailchimp)")

bulk("newsletter-laposta-vereniging", "nl", "Tuinbranche Nederland <nieuwsbrief@tuinbranche.example>",
     "Nieuwsbrief maart: cao en vakbeurs",
     "In deze nieuwsbrief: de nieuwe cao voor het tuincentrum, de vakbeurs in Gorinchem en tips voor de AVG in de winkel.\n\n"
     "Wilt u deze nieuwsbrief niet meer ontvangen? Afmelden kan hier.",
     "List-Unsubscribe: <https://tuinbranche.email-provider.eu/unsubscribe/abc123>\nX-Mailer: Laposta\n",
     "mailing-list; trade association newsletter (Laposta)")

bulk("newsletter-brevo-leverancier", "nl", "Potterie Van Hout <marketing@potterievanhout.example>",
     "Voorjaarsactie: 25% op terracotta",
     "Alleen deze week: 25% korting op alle terracotta potten voor vakhandelaren.\n\nUitschrijven",
     "List-Unsubscribe: <https://r.sender-sib.com/unsub?x=9f8e7d>\nX-Mailer: Sendinblue\nX-sib-id: 9f8e7d6c5b4a\n"
     "Feedback-ID: 42.1337:brevo\n", "mailing-list; marketing (Brevo)")

bulk("marketing-phplist-no-list-unsubscribe", "nl", "Groothandel Tuinhout <info@groothandeltuinhout.example>",
     "Aanbieding schuttingen",
     "Schuttingschermen vanaf EUR 19,95. Bekijk ons assortiment op de website.",
     "X-Mailer: phpList v3.6.14\nPrecedence: bulk\nX-MessageID: 1442\nX-ListMember: info@groenhuis.nl\n",
     "mailing-list; bulk marketing without List-Unsubscribe (phpList, Precedence: bulk)")

bulk("notification-postnl-noreply", "nl", "PostNL <noreply@edm.postnl.nl>",
     "Je pakket is onderweg",
     "Goed nieuws! Je pakket van Groenhuis is onderweg. Verwachte bezorging: dinsdag tussen 14:00 en 16:30.",
     "Auto-Submitted: auto-generated\n", "auto-reply; transactional notification from a no-reply address", html_only=True)

bulk("notification-google-security", "en", "Google <no-reply@accounts.google.com>",
     "Security alert",
     "A new sign-in on Windows\n\ninfo@groenhuis.nl\nWe noticed a new sign-in to your Google Account on a Windows device.",
     "", "auto-reply; notification from a no-reply address")

bulk("notification-linkedin", "en", "LinkedIn <notifications-noreply@linkedin.com>",
     "You appeared in 9 searches this week",
     "Groenhuis, you appeared in 9 searches this week.\n\nUnsubscribe: https://www.linkedin.com/e/v2?e=...",
     "List-Unsubscribe: <https://www.linkedin.com/e/v2/unsub>\nX-LinkedIn-Class: EMAIL-DEFAULT\n",
     "mailing-list; social network notification")

bulk("notification-mollie", "nl", "Mollie <noreply@mollie.com>",
     "Uitbetaling verwerkt",
     "Beste Groenhuis B.V.,\n\nEr is een uitbetaling van EUR 4.812,33 naar je bankrekening verwerkt.",
     "", "auto-reply; payment provider notification from a no-reply address")

bulk("newsletter-html-only-beurs", "nl", "Vakbeurs Groen <info@vakbeursgroen.example>",
     "Uw gratis ticket voor Vakbeurs Groen 2024",
     "Registreer nu voor een gratis ticket voor Vakbeurs Groen, 10-12 september in Gorinchem.\n\n"
     "U ontvangt deze e-mail als relatie van Vakbeurs Groen. Afmelden",
     "List-Unsubscribe: <mailto:afmelden@vakbeursgroen.example?subject=afmelden>\nPrecedence: bulk\n",
     "mailing-list; trade fair invitation, HTML only", html_only=True)

# --- mailing lists ---------------------------------------------------------------------------------------

raw_noise("list-googlegroups-privacy", "nl", (
    "Return-Path: <privacy-professionals-nl+bncBD@googlegroups.com>\nDelivered-To: " + INFO + "\n"
    + _received(_n(), "mail-yb1-f190.google.com", "209.85.219.190")
    + "From: Rianne Bos <rianne.bos@privacybureau.example>\nTo: privacy-professionals-nl@googlegroups.com\n"
    "Subject: [privacy-nl] Ervaring met bewaartermijnen camerabeelden?\nDate: " + _date(_n()) + "\n"
    "Message-ID: <CAJ" + _digest("gg", _n())[:30] + "@mail.gmail.com>\n"
    "Mailing-list: list privacy-professionals-nl@googlegroups.com; contact privacy-professionals-nl+owners@googlegroups.com\n"
    "List-ID: <privacy-professionals-nl.googlegroups.com>\nList-Post: <https://groups.google.com/group/privacy-professionals-nl/post>\n"
    "Precedence: list\nList-Unsubscribe: <mailto:privacy-professionals-nl+unsubscribe@googlegroups.com>\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
    "Hoi allemaal,\n\nHoe lang bewaren jullie camerabeelden in de winkel? Wij zitten nu op 28 dagen, maar de AP noemt "
    "vier weken als richtlijn. Graag jullie ervaringen.\n\nRianne\n\n--\nJe ontvangt dit bericht omdat je bent geabonneerd op "
    "de groep privacy-professionals-nl. Stuur een e-mail naar privacy-professionals-nl+unsubscribe@googlegroups.com om je af te melden.\n"
), "mailing-list; Google Groups post about privacy")

raw_noise("list-mailman3-tuinbranche", "nl", (
    "Return-Path: <mkb-tuin-bounces@lists.tuinbranche.example>\nDelivered-To: " + INFO + "\n"
    + _received(_n(), "lists.tuinbranche.example", "185.21.4.5")
    + "From: Gerrit Hofman <g.hofman@tuincentrumhofman.example>\nTo: mkb-tuin@lists.tuinbranche.example\n"
    "Subject: [MKB-tuin] Wie heeft er een goede kassaleverancier?\nDate: " + _date(_n()) + "\n"
    "Message-ID: <" + _digest("mm", _n())[:20] + "@tuincentrumhofman.example>\nList-Id: MKB tuincentra <mkb-tuin.lists.tuinbranche.example>\n"
    "List-Unsubscribe: <mailto:mkb-tuin-leave@lists.tuinbranche.example>\nList-Post: <mailto:mkb-tuin@lists.tuinbranche.example>\n"
    "X-Mailman-Version: 3.3.8\nPrecedence: list\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    "Collega's, ons kassasysteem gaat eruit. Wie kan een leverancier aanraden?\n\nGerrit\n"
), "mailing-list; Mailman 3")

# --- spam ------------------------------------------------------------------------------------------------


def spam(name: str, lang: str, head: str, body: str, notes: str) -> None:
    n = _n()
    raw_noise(name, lang, f"Delivered-To: {INFO}\n" + _received(n, f"unknown-{n}.dynamic.example", f"103.{n}.{n % 200}.7", helo="User") + head + "\n" + body, "spam; " + notes)


n0 = _n()
spam("spam-flagged-by-our-server", "nl",
     f"Return-Path: <promo@goedkope-pillen.example>\nX-Spam-Flag: YES\nX-Spam-Status: Yes, score=14.2 required=5.0 tests=BAYES_99,URIBL_BLACK\n"
     f"X-Spam-Level: **************\nFrom: Apotheek Online <promo@goedkope-pillen.example>\nTo: {INFO}\n"
     f"Subject: Goedkope medicijnen zonder recept\nDate: {_date(n0)}\nMessage-ID: <{_digest('s1', n0)[:18]}@goedkope-pillen.example>\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n",
     "Bestel nu zonder recept. Discrete levering.\n", "flagged by our SpamAssassin")

n0 = _n()
spam("spam-rspamd-x-spam-yes", "en",
     f"Return-Path: <offer@crypto-gains.example>\nX-Spam: Yes\nX-Rspamd-Action: add header\nX-Spamd-Result: default: False [11.40 / 15.00]\n"
     f"From: Crypto Gains <offer@crypto-gains.example>\nTo: {INFO}\nSubject: Your account has 3.2 BTC waiting\n"
     f"Date: {_date(n0)}\nMessage-ID: <{_digest('s2', n0)[:18]}@crypto-gains.example>\nMIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=utf-8\n",
     "Claim your bitcoin now before it expires.\n", "flagged by rspamd (X-Spam: Yes)")

n0 = _n()
spam("spam-undisclosed-no-zone-no-msgid", "nl",
     "Return-Path: <winnaar@loterij-prijzen.example>\nFrom: Nationale Prijzen Loterij <winnaar@loterij-prijzen.example>\n"
     "To: undisclosed-recipients:;\nSubject: Gefeliciteerd! U heeft EUR 25.000 gewonnen\nDate: Mon, 11 Mar 2024 03:12:55\n"
     "Reply-To: claims.loterij@gmail.com\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n",
     "Geachte winnaar,\n\nUw e-mailadres is getrokken. Stuur uw naam, adres en een kopie van uw paspoort naar onze claimafdeling.\n",
     "undisclosed recipients, Date without zone, no Message-ID, Reply-To elsewhere")

n0 = _n()
spam("spam-phishing-own-address-in-name", "nl",
     f"Return-Path: <mailbox@mail-quota-check.example>\nFrom: \"{INFO}\" <mailbox@mail-quota-check.example>\nTo: {INFO}\n"
     f"Subject: Uw mailbox is bijna vol ({INFO})\nDate: {_date(n0)}\nMessage-ID: <{_digest('s4', n0)[:18]}@mail-quota-check.example>\n"
     "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n",
     _qp("<html><body><img src=\"https://mail-quota-check.example/logo.png\"><p>Uw mailbox is voor 98% vol. "
         "<a href=\"https://mail-quota-check.example/login?u=info\">Klik hier om uw opslag te verhogen</a>.</p></body></html>"),
     "phishing: our own address as display name of a foreign address, HTML only")

n0 = _n()
b0 = "malspam" + _digest("s5", n0)[:12]
spam("spam-malspam-invoice-zip", "nl",
     f"Return-Path: <admin@hacked-bakery.example>\nFrom: Boekhouding <admin@hacked-bakery.example>\nTo: {INFO}\n"
     f"Reply-To: boekhouding.facturen@outlook.example\nSubject: Factuur 2024-0031 openstaand\nDate: {_date(n0)}\n"
     f"Message-ID: <{_digest('s5', n0)[:18]}@hacked-bakery.example>\nMIME-Version: 1.0\n"
     f'Content-Type: multipart/mixed; boundary="{b0}"\n',
     f"--{b0}\nContent-Type: text/html; charset=utf-8\n\n<p>Geachte klant, in de bijlage vindt u de openstaande factuur. "
     f"Graag binnen 3 dagen betalen.</p>\n--{b0}\nContent-Type: application/zip; name=\"Factuur_2024-0031.zip\"\n"
     f"Content-Disposition: attachment; filename=\"Factuur_2024-0031.zip\"\nContent-Transfer-Encoding: base64\n\n"
     f"{_b64('PK placeholder')}\n--{b0}--\n",
     "malware invoice: Reply-To elsewhere, HTML only, zip attachment")

n0 = _n()
spam("spam-bulk-sendblaster", "nl",
     f"Return-Path: <sales@goedkope-led.example>\nFrom: LED Verlichting <sales@goedkope-led.example>\nTo: {INFO}\n"
     f"Subject: LED kweeklampen - groothandelsprijzen\nDate: {_date(n0)}\nMessage-ID: <{_digest('s6', n0)[:18]}@goedkope-led.example>\n"
     "X-Mailer: SendBlaster.4.4.2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n",
     "Beste ondernemer,\n\nWij leveren LED kweeklampen tegen groothandelsprijzen. Vraag vandaag nog een offerte aan.\n",
     "bulk-mail software (SendBlaster)")

n0 = _n()
harvested = ", ".join(f"info@{d}.example" for d in (
    "tuincentrum-a", "tuincentrum-b", "intratuin-x", "groencentrum-y", "boomkwekerij-z", "hovenier-1", "hovenier-2",
    "bloemist-3", "tuinshop-4", "plantenhal-5", "kweker-6", "tuinmarkt-7"))
spam("spam-harvested-recipients", "en",
     f"Return-Path: <export@garden-tools-factory.example>\nFrom: Garden Tools Factory <export@garden-tools-factory.example>\n"
     f"To: {harvested}, {INFO}\nSubject: Garden tools manufacturer - best price\nDate: {_date(n0)}\n"
     f"Message-ID: <{_digest('s7', n0)[:18]}@garden-tools-factory.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n",
     "Dear purchasing manager,\n\nWe are a manufacturer of garden tools with 20 years experience. Please find our catalogue.\n",
     "thirteen harvested recipients at thirteen domains")

n0 = _n()
spam("spam-foxmail-replyto-html", "en",
     f"Return-Path: <ts4@nj080.example>\nFrom: Lily <ts4@nj080.example>\nReply-To: 3163745494@qq.example\nTo: \"Groenhuis\" <{INFO}>\n"
     f"Subject: Flower pots from China factory\nDate: {_date(n0)}\nMessage-ID: <2C7BE61004190A0F{_digest('s8', n0)[:10].upper()}@MZZTQKTVAKJHJCZ>\n"
     "X-Mailer: Foxmail 7, 2, 53, 24[cn]\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n",
     _qp("<html><body><p>Dear friend,</p><p>We produce ceramic flower pots. <img src=\"http://nj080.example/pots.jpg\"></p></body></html>"),
     "Reply-To at another domain, HTML only")

n0 = _n()
spam("spam-sextortion-from-ourselves", "nl",
     f"Return-Path: <{INFO}>\nFrom: {INFO}\nTo: {INFO}\nSubject: Uw account is gehackt\nDate: {_date(n0)}\n"
     f"Message-ID: <{_digest('s9', n0)[:18]}@{_digest('s9h', n0)[:8]}.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n",
     "Ik heb toegang tot uw account en uw computer gehackt. Betaal 1200 euro in bitcoin of ik publiceer uw gegevens.\n",
     "forged: our own address as sender, arriving from outside")

# --- challenge-response, loops, feedback reports ------------------------------------------------------------

n0 = _n()
raw_noise("challenge-verify-sender", "nl", (
    f"Return-Path: <>\nDelivered-To: {INFO}\n" + _received(n0, "verify.mailcleaner.example", "176.9.1.2")
    + f"From: MailCleaner <verify@mailcleaner.example>\nTo: {INFO}\nSubject: Please confirm your email / Bevestig uw e-mailadres\n"
    f"Date: {_date(n0)}\nMessage-ID: <{_digest('cr', n0)[:18]}@mailcleaner.example>\nAuto-Submitted: auto-replied\n"
    "X-Challenge: verify-sender\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    "Uw bericht aan r.jansen@bedrijf.example wordt vastgehouden. Klik op de link om te bevestigen dat u een mens bent.\n"
), "challenge-response")

n0 = _n()
raw_noise("loop-our-own-reply-forwarded", "nl", (
    f"Return-Path: <srs0=abcd=kl=groenhuis.nl=info@forwarder.example>\nDelivered-To: {INFO}\n"
    + _received(n0, "forwarder.example", "94.1.2.3")
    + f"From: Groenhuis <{INFO}>\nTo: klant@forwarder.example\nSubject: Ontvangstbevestiging [GH-2024-0455]\n"
    f"Date: {_date(n0)}\nMessage-ID: <reply.GH-2024-0455.1@groenhuis.nl>\nAuto-Submitted: auto-replied\n"
    "X-Mailbot-Loop: groenhuis\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    "Goedendag,\n\nWij hebben uw bericht ontvangen en nemen binnen vijf werkdagen contact met u op.\n"
), "loop; our own acknowledgement forwarded back to us")

n0 = _n()
fb = "arf" + _digest("arf", n0)[:12]
raw_noise("feedback-report-ziggo", "nl", (
    f"Return-Path: <>\nDelivered-To: {INFO}\n" + _received(n0, "fbl.ziggo.example", "212.54.1.1")
    + f"From: Ziggo Abuse <fbl@ziggo.example>\nTo: {INFO}\nSubject: FW: De Groene Post - maart\nDate: {_date(n0)}\n"
    f"Message-ID: <{_digest('fbid', n0)[:18]}@fbl.ziggo.example>\nMIME-Version: 1.0\n"
    f'Content-Type: multipart/report; report-type=feedback-report; boundary="{fb}"\n\n'
    f"--{fb}\nContent-Type: text/plain; charset=utf-8\n\nDit is een melding van een klacht over e-mail (ARF).\n"
    f"--{fb}\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: Ziggo-FBL/1.0\nVersion: 1\n\n"
    f"--{fb}\nContent-Type: text/rfc822-headers\n\nFrom: De Groene Post <nieuwsbrief@groenhuis.nl>\nSubject: De Groene Post - maart\n--{fb}--\n"
), "feedback-report")

# --- robots acting for a person ---------------------------------------------------------------------------

n0 = _n()
add("apple-one-click-unsubscribe", "unsubscribe", "", "en", "Apple Mail one-click unsubscribe: act on it, never answer it", (
    "Return-Path: <wendy.vos@icloud.com>\nDelivered-To: " + INFO + "\n" + _received(n0, "st43p00im-ztfb10061701.me.com", "17.58.63.176")
    + "From: Wendy Vos <wendy.vos@icloud.com>\nTo: nieuwsbrief-afmelden@groenhuis.nl\nSubject: Unsubscribe\n"
    f"Date: {_date(n0)}\nMessage-Id: <{_digest('apple', n0)[:8].upper()}-1C2D-4E5F-8A9B-{_digest('apple2', n0)[:12].upper()}@icloud.com>\n"
    "X-Apple-Unsubscribe: true\nAuto-Submitted: auto-generated\nContent-Type: text/plain; charset=us-ascii\n"
    "Content-Transfer-Encoding: 7bit\nMime-Version: 1.0 (1.0)\n\n"
    "This message was automatically generated by Mail to unsubscribe from this mailing list.\n"))

n0 = _n()
add("gmail-mailto-unsubscribe", "unsubscribe", "", "en", "unsubscribe sent by Gmail's unsubscribe button on the user's behalf", (
    "Return-Path: <bram.dekker88@gmail.com>\nDelivered-To: " + INFO + "\n" + _received(n0, "mail-lf1-f44.google.com", "209.85.167.44")
    + "From: Bram Dekker <bram.dekker88@gmail.com>\nTo: afmelden@groenhuis.nl\nSubject: unsubscribe\n"
    f"Date: {_date(n0)}\nMessage-ID: <CA+{_digest('gu', n0)[:40]}@mail.gmail.com>\nMIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=\"UTF-8\"\n\nThis message was automatically generated by Gmail.\n"))

# --- a person forwarding a bounce (human, not noise) ------------------------------------------------------

n0 = _n()
add("nl-doorgestuurde-bounce-vraag", "question", "", "nl", "a person forwarding a bounce with a question: human", (
    "Return-Path: <m.kok@ziggo.nl>\nDelivered-To: " + INFO + "\n" + _received(n0, "smtpq2.tb.ukmail.iss.as9143.net", "212.54.57.97")
    + "From: Marianne Kok <m.kok@ziggo.nl>\nTo: " + INFO + "\nSubject: Fwd: Onbestelbaar: Bestelling retour\n"
    f"Date: {_date(n0)}\nMessage-ID: <{_digest('fwb', n0)[:16]}@ziggo.nl>\nMIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + _qp("Ik kreeg deze melding toen ik jullie retouradres mailde. Klopt retour@groenhuis.nl nog wel? Waar moet ik mijn "
          "retourformulier naartoe sturen?\n\nMarianne\n\n---------- Doorgestuurd bericht ---------\n"
          "Van: Mail Delivery System <MAILER-DAEMON@ziggo.nl>\nOnderwerp: Onbestelbaar: Bestelling retour\n\n"
          "Uw bericht kon niet worden afgeleverd bij retour@groenhuis.nl: 550 5.1.1 User unknown\n")))
