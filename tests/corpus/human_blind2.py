"""Mail written apart from the phrase lists, second set: fifty messages as they reach
info@groenhuis.nl, held out from tuning (see HELD_OUT_PREFIX in make_corpus.py) so that
they measure how the classifier does on mail it has never seen.

People writing in Dutch, English, German and French (two of them mixing Dutch and
English): breach reports told in everyday words (someone else's orders in an account, a
packing slip of another customer, a group mail with every address visible, a cashier
talking to the neighbours, a fake mail that knew the order number, a USB stick on the car
park, a stranger's garden in the app, a tablet left logged in, a private alias receiving
spam, a customer list sent as an attachment), requests for every GDPR right (alone and
combined, from a lawyer and from a son for his mother), newsletter and SMS opt-outs,
privacy complaints, service questions, an invoice, a sales enquiry and a job
application.

Machine mail: out-of-office replies, a bounce, list mail, a supplier newsletter, a read
receipt, a review notification and spam flagged by a filter.
"""

from machine_mail import (
    EXCHANGE_OOF,
    OUR_REPLY_ID,
    _date,
    _n,
    auto_reply,
    bulk,
    dsn,
    raw_noise,
    spam,
)
from make_corpus import (
    INFO,
    NEWSLETTER_EN,
    NEWSLETTER_NL,
    _digest,
    _qp,
    _received,
    human,
)

# === breach reports =============================================================================

human("blind2-nl-andermans-bestellingen-in-account", "complaint", "nl", ("Ilse Hoekstra", "ilsehoekstra@icloud.com"),
      "raar, andere bestellingen in mijn account",
      "Hoi, ik log net in op de webshop om mijn bestelling te volgen en onder 'mijn bestellingen' staan ineens 3 "
      "bestellingen die niet van mij zijn. Van een meneer R. Bosman uit Zwolle, met zijn adres en telefoonnummer erbij en "
      "wat hij allemaal gekocht heeft (vijverpomp enzo). Mijn eigen bestelling van vorige week zie ik niet eens meer.\n"
      "Kan iemand hier even naar kijken? Ik neem aan dat hij dan ook mijn gegevens kan zien...\n\ngr Ilse",
      types="breach", client="iphone", notes="another customer's orders, address and phone visible in own account")

human("blind2-nl-pakbon-andere-klant", "complaint", "nl", ("Ruud van Essen", "r.vanessen@kpnmail.nl"),
      "Pakbon van iemand anders in mijn pakket",
      "Goedemiddag,\n\nVandaag heb ik mijn bestelling ontvangen (bestelnummer 2024-118734, twee zakken potgrond en een "
      "hortensia). Alles was in orde, maar in de doos zat niet mijn pakbon maar die van een andere klant: mevrouw "
      "J. Lammers, met haar volledige adres in Amersfoort, haar telefoonnummer, e-mailadres en een lijst van wat zij "
      "besteld heeft. Ik vermoed dat zij dan de mijne heeft gekregen.\n\nIk heb de pakbon apart gelegd. Zal ik hem naar u "
      "terugsturen of vernietigen? En wilt u nagaan waar mijn pakbon terecht is gekomen?\n\nMet vriendelijke groet,\n\n"
      "Ruud van Essen\nDelft",
      types="breach", client="outlook", notes="packing slip of another customer in the parcel")

human("blind2-nl-workshop-mail-alle-adressen", "complaint", "nl", ("Marloes Jacobs", "marloes.jacobs@gmail.com"),
      "Re: Workshop kransen maken gaat niet door",
      "Hallo,\n\nJammer dat de workshop niet doorgaat, maar wat ik eigenlijk wilde zeggen: jullie mail is naar alle "
      "deelnemers tegelijk gestuurd en ik kan van iedereen het e-mailadres zien, zo'n 35 adressen in het Aan-veld. Bij de "
      "meeste staat gewoon voor- en achternaam. Er heeft ook al iemand op 'allen beantwoorden' gedrukt met haar 06-nummer "
      "eronder.\n\nIk vind het niet prettig dat mijn adres nu bij 35 vreemden ligt. Gebruik voortaan a.u.b. BCC.\n\n"
      "Groet,\nMarloes",
      types="breach", client="gmail", in_reply_to="<workshop-kransen.20240305@groenhuis.nl>",
      notes="reply to a group mail with all recipients in To")

human("blind2-nl-caissiere-vertelt-buurt", "complaint", "nl", ("W.J. Kuipers-de Bruin", "wj.kuipers@planet.nl"),
      "Klacht over medewerker filiaal Nieuwegein",
      "Geachte heer, mevrouw,\n\nIk wil u iets melden dat mij behoorlijk dwarszit. Vorige week zaterdag heb ik in uw "
      "winkel in Nieuwegein een flinke aankoop gedaan voor de tuin: een overkapping, tegels en een aantal grote planten, "
      "samen ruim 3.000 euro. Ik heb afgerekend met mijn klantenpas.\n\nAfgelopen dinsdag sprak mijn buurvrouw mij aan op "
      "straat. Haar dochter werkt bij u achter de kassa en had thuis verteld wat ik allemaal had gekocht en voor welk "
      "bedrag. Ze wist zelfs dat ik de overkapping in termijnen betaal. Inmiddels weet de halve straat het.\n\nIk vind "
      "dit ontoelaatbaar. Wat ik koop en hoe ik betaal gaat niemand iets aan, mijn buren al helemaal niet. Ik verwacht "
      "dat u dit met de betreffende medewerker bespreekt en mij laat weten welke maatregelen u neemt.\n\n"
      "Met vriendelijke groet,\n\nW.J. Kuipers-de Bruin\nNieuwegein",
      types="breach", client="outlook-web", notes="cashier told her family what a customer bought and how she pays")

human("blind2-nl-nepmail-kende-bestelnummer", "complaint", "nl", ("Henk Wijnands", "h.wijnands@home.nl"),
      "Fwd: Uw bestelling",
      "Is deze mail van jullie? Ik denk het niet want de link gaat naar een rare site. Maar ze weten wel precies mijn "
      "bestelnummer en dat ik een olijfboom heb besteld en op welke dag. Hoe komen ze daaraan?? Dat kan toch alleen via "
      "jullie. Ik heb niks betaald gelukkig\n\nHenk",
      types="breach", client="android",
      quote="Beste Henk Wijnands,\n\nUw bestelling 2024-120455 (Olijfboom Olea europaea, 150 cm) van 2 maart kan niet "
            "worden bezorgd wegens een onvolledig adres. Betaal EUR 1,95 verzendkosten via onderstaande link om een "
            "nieuwe bezorgdatum te kiezen:\n\nhttps://groenhuis-bezorging.info/betalen\n\nMet vriendelijke groet,\n"
            "Klantenservice Groenhuis",
      quote_style="forward", notes="forwards a phishing mail that knew his order number and product")

human("blind2-nl-usb-stick-parkeerplaats", "complaint", "nl", ("Pieter-Jan Hoogland", "pj.hoogland@xs4all.nl"),
      "Gevonden USB-stick met klantgegevens",
      "Goedendag,\n\nAfgelopen zondag vond ik op de parkeerplaats van uw vestiging in Houten, bij de karretjes, een "
      "USB-stick aan een groen Groenhuis-sleutelkoord. Omdat ik wilde weten van wie hij was, heb ik hem thuis even in mijn "
      "laptop gestoken. Er staan een paar Excel-bestanden op, waaronder 'deelnemers_spaaractie_2023.xlsx' met honderden "
      "namen, adressen, telefoonnummers en geboortedata. Tot mijn schrik sta ik er zelf ook in.\n\nIk heb verder niets "
      "geopend of gekopieerd. De stick ligt bij mij thuis. Ik breng hem graag terug, maar dan aan iemand die ervoor "
      "verantwoordelijk is en niet zomaar aan de kassa. Wilt u contact met mij opnemen?\n\nIk ga ervan uit dat u dit "
      "serieus neemt; al die mensen hebben er recht op te weten dat hun gegevens op straat hebben gelegen.\n\n"
      "Met vriendelijke groet,\nPieter-Jan Hoogland\n06-41877203",
      types="breach", client="thunderbird", notes="USB stick with a customer list found on the car park")

human("blind2-nl-app-tuin-van-vreemde", "complaint", "nl", ("", "kimberleyvos@hotmail.com"),
      "",
      "na de update zie ik in de plantenapp de tuin en fotos van een of andere Sandra, met haar straatnaam erbij. ik ben "
      "geen sandra",
      types="breach", client="iphone", notes="phone one-liner without subject: stranger's profile in the app")

human("blind2-nl-tablet-servicebalie-ingelogd", "complaint", "nl", ("Daan Mulder", "daan@muldermail.nl"),
      "Tablet bij de servicebalie",
      "Hallo,\n\nIk stond gisteren bij de servicebalie in jullie winkel in Veenendaal te wachten. Op de tablet die daar "
      "voor klanten staat ('bestel hier wat niet op voorraad is') was iemand nog ingelogd. Ik kon zo zijn naam, adres, "
      "telefoonnummer en al zijn bestellingen zien, en volgens mij had ik met zijn opgeslagen betaalgegevens ook nog kunnen "
      "bestellen. Ik heb het tegen een medewerker gezegd maar die haalde zijn schouders op: 'dat gebeurt wel vaker'.\n\n"
      "Ik heb daar zelf ook weleens iets besteld en nu vraag ik me af wie mijn gegevens allemaal heeft kunnen zien. Dat "
      "ding moet gewoon automatisch uitloggen.\n\nGroeten,\nDaan Mulder",
      types="breach", client="roundcube", notes="in-store tablet left logged in to a customer's account")

human("blind2-en-private-alias-spam", "complaint", "en", ("Kelly Hargreaves", "groenhuis@kellyandtom.net"),
      "My Groenhuis-only address is getting scam mail",
      "Hello,\n\nI use a separate email alias for every shop I register with. This address was created only for your web "
      "shop in 2022 and has never been given to anyone else.\n\nFor about two weeks now it has been receiving fake invoices "
      "and crypto scams, around ten a day, addressed to me by my full name. One of them even mentioned my street. So our "
      "customer data has ended up with people who shouldn't have it, either through you or a company you work with.\n\n"
      "Could you look into this and tell me what happened? I'd also like to know whether my password and payment details "
      "are affected. I've changed my password for now.\n\nRegards,\nKelly Hargreaves",
      types="breach", client="applemail", notes="shop-only alias address now receives targeted scams")

human("blind2-de-excel-anhang-kundenliste", "complaint", "de", ("Sabine Krüger", "sabine.krueger@gmx.de"),
      "Falscher Anhang in Ihrer Mail - Kundenliste",
      "Sehr geehrte Damen und Herren,\n\nich habe heute von Ihnen eine E-Mail zu meiner Rücksendung bekommen. Im Anhang war "
      "aber nicht das Retourenetikett, sondern eine Excel-Tabelle 'retouren_maerz.xlsx'. Darin stehen Namen, Adressen, "
      "E-Mail-Adressen und Bestellnummern von etwa 200 Kunden, auch aus Deutschland.\n\nIch habe die Datei gelöscht, "
      "nachdem ich gesehen habe, was das ist. Trotzdem sollten Sie das dringend prüfen. Wahrscheinlich haben andere Kunden "
      "dieselbe Mail bekommen, vielleicht auch mit meinen Daten.\n\nMein Retourenetikett brauche ich übrigens immer "
      "noch.\n\nMit freundlichen Grüßen\nSabine Krüger\nKleve",
      types="breach", client="thunderbird", notes="received a spreadsheet of 200 customers instead of a return label")

# === rights requests ==========================================================================

human("blind2-nl-klantenpas-alles-zien", "rights_request", "nl", ("Rob", "robbie.dekker@live.nl"),
      "gegevens klantenpas",
      "hallo, ik wil graag weten wat jullie alemaal bijhouden via mijn klantenpas. dus alle aankopen, welke winkel, "
      "tijdstip etc. en of dat gekopeld is aan de app. kunnen jullie me dat sturen? pasnummer 6003 1187 2290\n\nmvg Rob",
      types="access", client="android", notes="phone mail with typos")

human("blind2-nl-tuinontwerp-fotos-verwijderen", "rights_request", "nl", ("Bas Terpstra", "bas.terpstra@ziggo.nl"),
      "Tuinontwerp gaat niet door - gegevens verwijderen",
      "Beste mensen,\n\nIn februari is een ontwerper van jullie bij ons thuis geweest voor een tuinontwerp. Hij heeft de "
      "tuin opgemeten en veel foto's gemaakt, ook van de achterkant van ons huis en door de schuifpui naar binnen. We "
      "hebben besloten het ontwerp niet door te laten gaan (we gaan waarschijnlijk verhuizen).\n\nWe willen graag dat alle "
      "foto's, de plattegrond met maten en onze contactgegevens die voor dit project zijn vastgelegd, worden verwijderd. "
      "Kunnen jullie laten weten wanneer dat gebeurd is?\n\nMet vriendelijke groet,\nBas en Lieke Terpstra\nZeist",
      types="erasure", client="outlook", notes="delete photos and plans of a cancelled garden design")

human("blind2-nl-achternaam-geboortedatum-fout", "rights_request", "nl", ("Esther Schouten", "esther.schouten@outlook.com"),
      "Verkeerde gegevens op mijn account",
      "Goedemorgen,\n\nBij mijn account staat mijn achternaam verkeerd gespeld (Schoutens in plaats van Schouten) en mijn "
      "geboortedatum klopt ook niet: er staat 12-07-1986, dat moet 07-12-1986 zijn. Daardoor kreeg ik in juli een "
      "verjaardagskorting, wat op zich leuk was, maar ik wil wel dat het klopt. Ook op de klantenpas staat de verkeerde "
      "naam. In 'mijn gegevens' kan ik het niet aanpassen, de velden zijn grijs.\n\nKunt u dit corrigeren?\n\n"
      "Met vriendelijke groet,\nEsther Schouten",
      types="rectification", client="outlook-web", notes="wrong surname and birth date")

human("blind2-nl-advocaat-beperking-incasso", "rights_request", "nl", ("mr. L. Brinkman", "l.brinkman@brinkman-oosterhout.example"),
      "Cliënt dhr. A. Yilmaz - verzoek tot beperking van de verwerking (art. 18 AVG)",
      "Geachte heer, mevrouw,\n\nIk sta de heer A. Yilmaz te Utrecht bij in het geschil met uw onderneming over factuur "
      "2024-F-00871 ad EUR 2.480,00 voor de aanleg van een tuin. Mijn cliënt betwist de juistheid van deze vordering en "
      "van de daarbij door u vastgelegde gegevens, waaronder de aantekening dat hij in verzuim is.\n\nNamens cliënt "
      "verzoek ik u op grond van artikel 18 lid 1 sub a AVG de verwerking van deze gegevens te beperken zolang het geschil "
      "loopt. Concreet betekent dit dat u de gegevens niet verstrekt aan een incassobureau of kredietregistratie en ze "
      "uitsluitend bewaart.\n\nGraag verneem ik binnen de wettelijke termijn dat u aan dit verzoek gevolg geeft. Een "
      "machtiging van cliënt treft u bijgaand aan.\n\nHoogachtend,\n\nmr. L. Brinkman\nBrinkman & Oosterhout Advocaten\n"
      "Maliesingel 40, 3581 BK Utrecht\nT 030 - 231 77 40",
      types="restriction", client="outlook", cc="A. Yilmaz <a.yilmaz@ziggo.nl>",
      attachment=("Machtiging_Yilmaz.pdf", "application/pdf"), notes="lawyer for a client, article number, copy to client")

human("blind2-nl-bezwaar-aanbiedingen-op-maat", "rights_request", "nl", ("G. Hendriks", "g.hendriks@xs4all.nl"),
      "Bezwaar tegen persoonlijke aanbiedingen",
      "Geachte Groenhuis,\n\nSinds kort krijg ik in uw app 'aanbiedingen speciaal voor jou' die duidelijk gebaseerd zijn "
      "op wat ik met mijn klantenpas in de winkel koop. Toen ik laatst mierenlokdozen had gekocht, kreeg ik een week lang "
      "acties voor ongediertebestrijding.\n\nIk vind het prima dat u mijn aankopen registreert voor de spaarpunten, maar "
      "niet dat u daar een profiel van maakt om mij reclame te tonen. Daar maak ik bij deze bezwaar tegen. Wilt u dat "
      "stoppen?\n\nVriendelijke groet,\nG. Hendriks",
      types="objection", client="thunderbird", notes="objection to purchase-based profiling for offers")

human("blind2-nl-kweekdagboek-meenemen", "rights_request", "nl", ("Frits Dijkhuizen", "fritsdijkhuizen@me.com"),
      "Mijn kweekdagboek meenemen",
      "Hallo Groenhuis,\n\nIk houd al drie jaar in jullie app bij wat ik zaai en oogst in mijn moestuin (het "
      "kweekdagboek). Ik stap over naar een andere app omdat we op de volkstuin allemaal hetzelfde systeem gaan gebruiken. "
      "Kunnen jullie mij al mijn dagboekgegevens sturen in een bestand dat ik kan importeren, bijvoorbeeld CSV of JSON? "
      "Dus zaaidata, rassen, oogsten en notities. Foto's hoeven niet per se.\n\nIk las dat ik daar recht op heb "
      "(dataportabiliteit?). In de app zit geen exportknop.\n\nGroetjes,\nFrits Dijkhuizen",
      types="portability", client="applemail", notes="export of app diary to another app")

human("blind2-nl-vinkje-partners-intrekken", "rights_request", "nl", ("Annemarie Kok", "annemariekok@hotmail.com"),
      "vinkje partners",
      "Goedenavond,\n\nToen ik in 2021 een account aanmaakte heb ik, eerlijk gezegd zonder goed te lezen, het vakje "
      "aangevinkt dat jullie mijn gegevens mogen delen met 'zorgvuldig geselecteerde partners'. Daar heb ik nu spijt van, "
      "dus ik trek die toestemming hierbij in. Ik krijg de laatste tijd veel post van tuintijdschriften en een "
      "energieleverancier en daar hoeft niet nog meer bij te komen.\n\nHet vakje kan ik in mijn account niet meer "
      "terugvinden, vandaar deze mail.\n\nMet vriendelijke groet,\nAnnemarie Kok",
      types="withdraw_consent", client="outlook-web", notes="withdraws consent for sharing with partners")

human("blind2-nl-zoon-voor-moeder-mentor", "rights_request", "nl", ("Michiel Verhoeven", "michiel.verhoeven@gmail.com"),
      "Gegevens van mijn moeder, mw. T. Verhoeven-Smits",
      "Beste medewerker,\n\nIk schrijf namens mijn moeder, mevrouw T. Verhoeven-Smits (geb. 1939, Gageldonk 7, Breda). "
      "Zij heeft beginnende dementie en ik ben sinds kort haar mentor; een kopie van de beschikking stuur ik mee.\n\n"
      "Mijn moeder bestelt de laatste maanden via de telefoon en de webshop dingen die ze daarna vergeet, ik kom steeds "
      "nieuwe dozen tegen. Ik wil graag een overzicht van alle gegevens die u van haar heeft, inclusief de bestellingen "
      "van het afgelopen jaar. Daarna wil ik haar klantaccount laten opheffen en haar gegevens laten verwijderen, zodat "
      "er niet meer op haar naam besteld kan worden.\n\nU kunt mij bereiken op dit adres of op 06-28190044.\n\n"
      "Met vriendelijke groet,\nMichiel Verhoeven",
      types="access;erasure", client="gmail", attachment=("beschikking_mentorschap.pdf", "application/pdf"),
      notes="son as legal mentor for his mother: overview then deletion")

human("blind2-en-mixed-art15-art20", "rights_request", "en", ("Mateusz Kowalczyk", "m.kowalczyk.nl@gmail.com"),
      "Data request / verzoek gegevens",
      "Beste Groenhuis,\n\nSorry, mijn Nederlands is niet zo goed, so I'll continue in English.\n\nUnder Article 15 GDPR "
      "I would like a copy of all personal data you hold about me (web shop account, loyalty card and the plant app). "
      "Under Article 20 I'd also like the data I provided myself, such as my order history and my plant collection in "
      "the app, in a machine-readable format (CSV is fine).\n\nAccount e-mail: this address. Loyalty card: 6003 4419 "
      "0872.\n\nThanks in advance,\nMateusz Kowalczyk",
      types="access;portability", client="gmail", notes="mixed-language: Dutch opening, English request, article numbers")

human("blind2-de-loeschung-und-widerspruch", "rights_request", "de", ("Jürgen Albers", "j.albers@web.de"),
      "Löschung meiner Daten / Widerspruch Werbung",
      "Guten Tag,\n\nich habe im letzten Sommer einmal in Ihrem Webshop Pflanzen für meinen Balkon bestellt. Seitdem "
      "bekomme ich regelmäßig Werbung per Post und per E-Mail. Das möchte ich nicht mehr.\n\nHiermit widerspreche ich "
      "gemäß Art. 21 Abs. 2 DSGVO der Verwendung meiner Daten für Werbezwecke. Außerdem fordere ich Sie auf, meine "
      "personenbezogenen Daten nach Art. 17 DSGVO zu löschen, soweit Sie nicht gesetzlich zur Aufbewahrung verpflichtet "
      "sind. Bitte bestätigen Sie mir die Löschung schriftlich.\n\nMit freundlichen Grüßen\nJürgen Albers\n"
      "Emmerich am Rhein",
      types="erasure;objection", client="roundcube", notes="erasure and direct-marketing objection with articles")

human("blind2-fr-correction-adresse-prenom", "rights_request", "fr", ("Anaïs Lefebvre", "anais.lefebvre@orange.fr"),
      "Correction de mes coordonnées",
      "Bonjour,\n\nJ'ai déménagé en janvier et, bien que j'aie modifié mon adresse dans mon compte, vos factures "
      "mentionnent toujours mon ancienne adresse à Lille. Il semble que l'adresse de facturation n'ait pas été mise à "
      "jour. Pourriez-vous corriger mes données ? Ma nouvelle adresse : 14 rue des Tilleuls, 62000 Arras.\n\nPar ailleurs "
      "mon prénom est mal orthographié : c'est Anaïs avec un tréma, pas Anais.\n\nCordialement,\nAnaïs Lefebvre",
      types="rectification", client="applemail", notes="correct billing address and first name")

human("blind2-nl-locatie-app-uitzetten", "rights_request", "nl", ("Yara", "yara.elamrani@gmail.com"),
      "locatie",
      "hoi, ik had bij het instaleren van de app toestemming gegeven voor locatie voor 'tips in de buurt' maar dat wil ik "
      "niet meer. graag uitzetten en de locatiegegevens die jullie al hebben verwijderen. ik kan het zelf wel in mn "
      "instellingen uitzetten maar dan hebben jullie het nog steeds opgeslagen toch\n\ngroetjes Yara",
      types="withdraw_consent;erasure", client="iphone", notes="phone mail with typos: location consent and history")

# === newsletter and marketing opt-outs ========================================================

human("blind2-nl-uitschrijven-leest-nooit", "unsubscribe", "nl", ("Wim", "wimbeukers@ziggo.nl"),
      "Uitschrijven",
      "Graag uitschrijven voor De Groene Post, ik lees hem toch nooit.\nBedankt! Wim",
      client="iphone", notes="short phone mail")

human("blind2-nl-reply-tuin-verkocht", "unsubscribe", "nl", ("Hannie Brouwer", "hannie.brouwer@gmail.com"),
      "Re: De Groene Post - maart",
      "Hallo, wij hebben ons huis met tuin verkocht en wonen nu in een appartement op de 6e verdieping. Zaaien en "
      "pootaardappels is dus niet meer aan de orde 😊 Mogen we van de nieuwsbrief af? Bedankt voor al die jaren tips!\n\n"
      "Hannie en Cor",
      client="gmail", quote=NEWSLETTER_NL, notes="Gmail reply quoting the newsletter")

human("blind2-en-reply-take-me-off", "unsubscribe", "en", ("Dave Mitchell", "dave.mitchell@outlook.com"),
      "Re: The Green Post - March",
      "Please take me off this list. I only signed up for a discount code.\n\nDave",
      client="iphone-en", quote=NEWSLETTER_EN, quote_style="en", notes="phone reply quoting the English newsletter")

human("blind2-nl-sms-acties-stoppen", "unsubscribe", "nl", ("Sandra de Wit", "sandradewit@kpnmail.nl"),
      "sms berichten",
      "Ik krijg sinds kort sms'jes van jullie met aanbiedingen (vandaag weer 'laatste kans: 30% op tuinmeubelen'). Die "
      "hoef ik niet. De mails zijn prima. Mijn nummer is 06-51230987.\nGr Sandra de Wit",
      client="android", notes="opt-out of SMS marketing only")

human("blind2-fr-desinscription-langue", "unsubscribe", "fr", ("M. Garnier", "m.garnier@free.fr"),
      "Désinscription newsletter",
      "Bonjour,\n\nMerci de me retirer de votre liste de diffusion. Je ne lis pas le néerlandais et je ne comprends pas "
      "votre lettre d'information.\n\nBonne journée,\nM. Garnier",
      client="gmail", notes="newsletter opt-out")

human("blind2-nl-zakelijk-adres-van-lijst", "unsubscribe", "nl", ("Renate Post", "inkoop@hoveniersbedrijfpost.example"),
      "RE: De Groene Post - maart",
      "Goedemorgen,\n\nDeze nieuwsbrief komt binnen op ons algemene inkoopadres en wordt door drie collega's gelezen, of "
      "eigenlijk niet. Wilt u dit adres van de verzendlijst halen? Privé ben ik ook aangemeld, dat mag gewoon blijven.\n\n"
      "Met vriendelijke groet,\nRenate Post\nHoveniersbedrijf Post & Zn.",
      client="outlook", quote=NEWSLETTER_NL, quote_style="outlook",
      notes="Outlook reply: business address off the list, private subscription stays")

# === privacy complaints =========================================================================

human("blind2-nl-inzage-zes-weken-niets", "complaint", "nl", ("M. de Lange", "mdelange@telfort.nl"),
      "Re: Ontvangstbevestiging [GH-2024-0377]",
      "Geachte heer/mevrouw,\n\nOp 22 januari heb ik u gevraagd om een kopie van de gegevens die u over mij vastlegt. Ik "
      "kreeg daarop deze automatische ontvangstbevestiging, maar verder niets. We zijn nu zes weken verder en ook op mijn "
      "herinnering van 26 februari is niet gereageerd.\n\nU hoort binnen een maand te antwoorden. Ik geef u nog tot 15 "
      "maart. Heb ik dan niets ontvangen, dan stap ik naar de toezichthouder.\n\nMet vriendelijke groet,\nM. de Lange",
      types="access", client="outlook-web", in_reply_to="<reply.GH-2024-0377.1@groenhuis.nl>",
      notes="access request unanswered after six weeks, threat to go to the regulator")

human("blind2-nl-postcode-bij-contant-betalen", "complaint", "nl", ("Joost Verkerk", "joostverkerk@gmail.com"),
      "Postcode en telefoonnummer bij contant betalen??",
      "Hallo,\n\nZaterdag kocht ik in Woerden een paar zakjes zaad en wilde contant afrekenen. De caissière vroeg om mijn "
      "postcode, huisnummer en telefoonnummer 'voor het systeem'. Toen ik dat niet wilde geven zei ze dat ze de "
      "verkoop anders niet kon afsluiten. Ik heb het uiteindelijk toch gegeven omdat er een rij achter me stond, maar dit "
      "kan echt niet. Voor EUR 6,80 aan zaadjes hoeven jullie niet te weten waar ik woon.\n\nStop hiermee alsjeblieft.\n\n"
      "Joost",
      client="gmail", notes="address and phone demanded at the till for a cash purchase")

human("blind2-en-app-wants-contacts", "complaint", "en", ("Owen Pritchard", "owen.pritchard@gmail.com"),
      "Why does your plant app need my contacts?",
      "Hi,\n\nAfter the latest update the Groenhuis plant app won't open unless I allow access to my contacts and my "
      "precise location. It's a watering reminder, it has no business reading my address book. There's no explanation in "
      "the app and the privacy statement on your website doesn't mention contacts at all.\n\nThis is collecting far more "
      "than you need, and I'm honestly disappointed because I've been recommending the app to friends. Please fix "
      "this.\n\nBest,\nOwen Pritchard",
      client="gmail", notes="excessive app permissions")

human("blind2-de-ausweiskopie-fuer-retoure", "complaint", "de", ("Katrin Vogel", "katrin.vogel@gmx.de"),
      "Ausweiskopie für eine Rücksendung?",
      "Sehr geehrte Damen und Herren,\n\nich wollte einen defekten Rasensprenger zurückschicken (Bestellung 2024-117602, "
      "34,95 EUR). Ihr Kundendienst schreibt mir nun, dass ich dafür eine Kopie meines Personalausweises beifügen soll, "
      "'zur Verifizierung'. Das halte ich für völlig unverhältnismäßig. Sie haben meine Bestellnummer, meine Adresse und "
      "meine E-Mail-Adresse, mehr braucht es für eine Retoure nicht.\n\nEinen Ausweis schicke ich Ihnen sicher nicht. "
      "Bitte bearbeiten Sie die Rücksendung ohne diese Forderung, und überdenken Sie diese Praxis.\n\n"
      "Mit freundlichen Grüßen\nKatrin Vogel",
      client="thunderbird", notes="ID copy demanded for a return")

human("blind2-nl-verwijderd-toch-verjaardagsmail", "complaint", "nl", ("Marco Brink", "marcobrink@ziggo.nl"),
      "Ik was toch verwijderd??",
      "In december heb ik gevraagd om mijn account en al mijn gegevens te verwijderen. Ik kreeg netjes een mail terug dat "
      "het gedaan was. En vandaag krijg ik 'Gefeliciteerd Marco! Hier is je verjaardagskorting'. Jullie hebben mijn naam, "
      "mailadres en geboortedatum dus nog gewoon. Dan betekende die bevestiging helemaal niks.\n\nIk wil nu echt dat "
      "alles weg is en ik wil weten waarom het de eerste keer niet gebeurd is.\n\nMarco Brink",
      types="erasure", client="android", notes="confirmed deletion not carried out")

# === questions ===================================================================================

human("blind2-nl-taxushaag-niet-geleverd", "question", "nl", ("Linda Ouwehand", "linda.ouwehand@icloud.com"),
      "Bestelling 2024-119002 waar blijft het",
      "Hoi, ik heb 12 taxus haagplanten besteld die vorige week dinsdag zouden komen. Track & trace staat al 8 dagen op "
      "'in voorbereiding' en jullie chat zegt steeds dat ze morgen komen. Het plantgat ligt al een week open in de tuin. "
      "Wat is er aan de hand?\n\nLinda",
      client="iphone", notes="late delivery")

human("blind2-nl-factuur-btw-zzp", "question", "nl", ("Sjoerd Jansma", "info@groenwerkjansma.example"),
      "Factuur met btw voor aankoop 4 maart",
      "Goedemiddag,\n\nVoor mijn administratie (ik ben zelfstandig hovenier) heb ik een factuur nodig waarop de btw apart "
      "staat en mijn bedrijfsnaam 'Groenwerk Jansma' vermeld is. Op de kassabon staat alleen het totaalbedrag. Het gaat "
      "om een aankoop van 4 maart in Nieuwegein, pinbetaling EUR 612,40, rond half elf.\n\nKunnen jullie die alsnog "
      "maken?\n\nMet vriendelijke groet,\nSjoerd Jansma\nGroenwerk Jansma | KvK 81234567",
      client="outlook", notes="invoice with VAT for a shop purchase")

human("blind2-nl-app-crasht-mijn-planten", "question", "nl", ("Tom Rijnders", "tomrijnders@gmail.com"),
      "App crasht",
      "Sinds de update van vorige week crasht de app elke keer als ik op 'mijn planten' tik. Telefoon is een Samsung A52, "
      "Android 14. Opnieuw installeren helpt niet. Mijn herinneringen voor water geven komen ook niet meer door, mijn "
      "citroenboompje heeft het zwaar 😅",
      client="android", notes="service complaint: app crashes")

human("blind2-en-hotel-bay-laurel-quote", "question", "en", ("Sarah Whitfield", "s.whitfield@landgoed-hoogerhuis.example"),
      "Quote request: bay laurel standards and planters",
      "Dear Groenhuis team,\n\nI'm the facilities manager at Landgoed Hoogerhuis, a hotel near Amersfoort. We're "
      "redoing our terrace and courtyard and are looking for about 40 bay laurel standards (Laurus nobilis, stem "
      "height around 1.2 m) and 60 large planters to go with them.\n\nCould you send us a quote including delivery, and "
      "let us know whether you also offer planting? We'd need everything on site by mid-May.\n\nKind regards,\n"
      "Sarah Whitfield\nFacilities Manager, Landgoed Hoogerhuis",
      client="outlook", notes="business sales enquiry")

human("blind2-nl-sollicitatie-weekendhulp", "question", "nl", ("Noor Vermeulen", "noor.vermeulen07@gmail.com"),
      "Sollicitatie weekendhulp Houten",
      "Beste heer/mevrouw,\n\nMijn naam is Noor Vermeulen, ik ben 17 jaar en zit in 5 havo. Op jullie Instagram zag ik "
      "dat jullie in Houten weekendhulpen zoeken voor het voorjaar. Ik wil heel graag helpen op de plantenafdeling: thuis "
      "doe ik samen met mijn opa de moestuin en ik weet best veel van kamerplanten. Ik kan op zaterdag en in de "
      "meivakantie.\n\nMijn cv zit in de bijlage. Ik hoor graag of ik een keer langs mag komen!\n\nMet vriendelijke "
      "groet,\nNoor Vermeulen\n06-12598830",
      client="gmail", attachment=("CV_Noor_Vermeulen.pdf", "application/pdf"), notes="job application with CV")

human("blind2-de-lieferung-nach-deutschland", "question", "de", ("Thomas Berger", "thomas.berger@web.de"),
      "Lieferung nach Deutschland?",
      "Hallo,\n\nliefern Sie auch nach Deutschland? Ich wohne in Goch, direkt an der Grenze, und würde gern zwei Ihrer "
      "Hochbeete aus Lärchenholz bestellen. Im Shop kann ich bei der Adresse nur Niederlande und Belgien auswählen.\n\n"
      "Falls nicht: Kann ich die Bestellung in einer Ihrer Filialen abholen?\n\nViele Grüße\nThomas Berger",
      client="gmail", notes="delivery abroad")

human("blind2-fr-hortensias-feuilles-brunes", "question", "fr", ("Claire Dubois", "claire.dubois@skynet.be"),
      "Hortensias Annabelle - feuilles qui brunissent",
      "Bonjour,\n\nJ'ai commandé sur votre site trois hortensias 'Annabelle', livrés chez moi en Belgique il y a deux "
      "semaines. Les feuilles brunissent et se dessèchent sur les bords, alors que je les arrose tous les deux jours. "
      "Est-ce un problème d'arrosage ou de soleil ? Ils sont plantés plein sud.\n\nEt s'ils ne reprennent pas, est-ce "
      "que votre garantie sur les plantes s'applique ? Je joins une photo.\n\nMerci d'avance,\nClaire Dubois",
      client="applemail", attachment=("hortensias.jpg", "image/jpeg"), notes="plant care and warranty")

human("blind2-nl-mixed-spaarpunten-weg", "question", "nl", ("Jeroen Smits", "jeroen.smits@outlook.com"),
      "spaarpunten gone?",
      "Hoi, quick question: mijn spaarpunten op de klantenpas zijn gone. Last week I had 1.240 punten, nu zegt de app 0. "
      "I didn't redeem anything. Is dit een bug of zijn ze verlopen? Ik was juist aan het sparen voor die barbecue haha.\n\n"
      "Thanks! Jeroen",
      client="outlook-ios", notes="mixed-language Dutch/English: loyalty points gone")

human("blind2-nl-groene-post-voor-moeder", "question", "nl", ("Gerda Smit", "gerda.smit@home.nl"),
      "Nieuwsbrief voor mijn moeder",
      "Goedendag,\n\nMijn moeder (82) heeft geen computer, maar ze leest graag over de tuin. Kan ik haar aanmelden voor "
      "De Groene Post op mijn e-mailadres, zodat ik hem kan uitprinten? Of hebben jullie ook een papieren versie die per "
      "post kan?\n\nMet vriendelijke groet,\nGerda Smit",
      client="webmail-html", notes="wants to subscribe someone to the newsletter")

# === machine mail ==============================================================================

auto_reply("blind2-nl-ooo-kantoorverhuizing", "nl", ("Dijkstra, Marieke", "m.dijkstra@woningcorporatie-lek.example"),
           "Automatisch antwoord: Uw vraag [GH-2024-0412]",
           "Beste afzender,\n\nVanwege de verhuizing van ons kantoor ben ik tot en met dinsdag 19 maart beperkt "
           "bereikbaar. Uw e-mail wordt na die datum beantwoord. Voor reparatieverzoeken belt u 0347-720 900.\n\n"
           "Met vriendelijke groet,\nMarieke Dijkstra",
           EXCHANGE_OOF.format(id=OUR_REPLY_ID, addr="m.dijkstra@woningcorporatie-lek.example"), html=True,
           notes="Exchange out-of-office")

dsn("blind2-en-bounce-blocklisted", "en",
    "Mail Delivery System <MAILER-DAEMON@mx2.groenhuis.nl>",
    "Undelivered Mail Returned to Sender",
    "This is the mail system at host mx2.groenhuis.nl.\n\nI'm sorry to have to inform you that your message could not "
    "be delivered to one or more recipients. It's attached below.\n\n<e.verbruggen@telenet-mail.example>: host "
    "mx.telenet-mail.example[195.130.132.10] said: 550 5.7.1 Service unavailable; client host [185.40.4.12] blocked "
    "using zen.spamhaus.org (in reply to RCPT TO command)",
    "Reporting-MTA: dns; mx2.groenhuis.nl\nX-Postfix-Queue-ID: 4TvL9x0Qk2z1xP\n\n"
    "Final-Recipient: rfc822; e.verbruggen@telenet-mail.example\nOriginal-Recipient: rfc822;e.verbruggen@telenet-mail.example\n"
    "Action: failed\nStatus: 5.7.1\nRemote-MTA: dns; mx.telenet-mail.example\n"
    "Diagnostic-Code: smtp; 550 5.7.1 Service unavailable; client host [185.40.4.12] blocked using zen.spamhaus.org\n",
    extra="Auto-Submitted: auto-replied\n", original="message", notes="bounce; Postfix, rejected by a blocklist")

n0 = _n()
raw_noise("blind2-nl-list-groupsio-moestuin", "nl", (
    "Return-Path: <bounce+7f21c3+88412+5501233+2219@groups.io>\nDelivered-To: " + INFO + "\n"
    + _received(n0, "web01.groups.io", "66.175.222.12")
    + "From: \"Ton Bakker via groups.io\" <tonbakker=ziggo.nl@groups.io>\nTo: moestuinders-nl@groups.io\n"
    "Subject: [moestuinders-nl] Pootaardappels voorkiemen: wanneer beginnen?\nDate: " + _date(n0) + "\n"
    "Message-ID: <" + _digest("gio", n0)[:12] + ".88412@groups.io>\nReply-To: moestuinders-nl@groups.io\n"
    "List-Id: <moestuinders-nl.groups.io>\nList-Subscribe: <mailto:moestuinders-nl+subscribe@groups.io>\n"
    "List-Unsubscribe: <mailto:moestuinders-nl+unsubscribe@groups.io>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
    "List-Post: <mailto:moestuinders-nl@groups.io>\nPrecedence: list\nX-Groupsio-MsgNum: 88412\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + _qp("Hallo allemaal,\n\nIk heb bij het tuincentrum Frieslanders en Doré gekocht. Wanneer zetten jullie ze te "
          "voorkiemen? Ik zat aan half maart te denken, in eierdozen op de zolder.\n\nGroet, Ton\n\n"
          "_._,_._,_\n------------------------------------\nGroups.io Links:\n\nYou receive all messages sent to this "
          "group.\n\nView/Reply Online (#88412)\nUnsubscribe: moestuinders-nl+unsubscribe@groups.io\n_._,_._,_\n")
), "mailing-list; groups.io post")

bulk("blind2-nl-newsletter-bollenkweker", "nl", "Bollenkwekerij Zandvliet <nieuws@bollenzandvliet.example>",
     "Vakhandel: zomerbloeiers nu bestellen voor levering week 14",
     "Beste relatie,\n\nDe zomerbloeiers zijn binnen: dahlia's, gladiolen en lelies in 24 nieuwe soorten. Bestel voor "
     "22 maart en ontvang de vroegboekkorting van 8% op uw hele order. Levering vanaf week 14.\n\n"
     "U ontvangt deze e-mail als zakelijke relatie van Bollenkwekerij Zandvliet. Uitschrijven | Voorkeuren wijzigen",
     "List-Unsubscribe: <https://bollenzandvliet.m.spotler.com/unsubscribe?e=aW5mb0Bncm9lbmh1aXM>\n"
     "List-Unsubscribe-Post: List-Unsubscribe=One-Click\nX-Mailer: Spotler Mail\nPrecedence: bulk\n"
     "Feedback-ID: 1127:spotler:bollenzandvliet\n",
     "mailing-list; supplier newsletter (Spotler)")

n0 = _n()
b0 = f"mdn{_digest('b2mdn', n0)[:18]}"
raw_noise("blind2-de-mdn-gelesen", "de", (
    f"Return-Path: <h.schmitz@gartenbau-schmitz.example>\nDelivered-To: {INFO}\n"
    + _received(n0, "mail.gartenbau-schmitz.example", f"88.{n0 % 200}.14.3")
    + f"From: Schmitz, Heike <h.schmitz@gartenbau-schmitz.example>\nTo: {INFO}\n"
    "Subject: Gelesen: Ihre Anfrage [GH-2024-0430]\nDate: " + _date(n0) + "\n"
    f"Message-ID: <{_digest('b2mdnid', n0)[:20]}@gartenbau-schmitz.example>\nContent-Language: de-DE\nMIME-Version: 1.0\n"
    f'Content-Type: multipart/report; report-type=disposition-notification; boundary="{b0}"\n\n'
    f"--{b0}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + _qp("Ihre Nachricht\n\n  An: Schmitz, Heike\n  Betreff: Ihre Anfrage [GH-2024-0430]\n"
          "  Gesendet: Dienstag, 12. März 2024 09:14:22 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\n"
          "wurde am Dienstag, 12. März 2024 10:02:47 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.")
    + f"\n--{b0}\nContent-Type: message/disposition-notification\n\n"
    "Reporting-UA: EXCH02.gartenbau-schmitz.local; Microsoft Outlook 16.0\n"
    "Final-Recipient: rfc822;h.schmitz@gartenbau-schmitz.example\n"
    f"Original-Message-ID: {OUR_REPLY_ID}\nDisposition: manual-action/MDN-sent-manually; displayed\n\n--{b0}--\n"
), "read receipt; Outlook in German")

n0 = _n()
spam("blind2-fr-spam-colis-frais-douane", "fr",
     f"Return-Path: <suivi@colis-livraison-fr.example>\nX-Spam-Flag: YES\n"
     f"X-Spam-Status: Yes, score=11.8 required=5.0 tests=BAYES_95,HTML_MESSAGE,PHISH_PARCEL,URIBL_DBL_SPAM\n"
     f"X-Spam-Level: ***********\nFrom: Service Colis <suivi@colis-livraison-fr.example>\nTo: {INFO}\n"
     f"Subject: Votre colis est en attente - frais de douane 2,99 EUR\nDate: {_date(n0)}\n"
     f"Message-ID: <{_digest('b2s1', n0)[:18]}@colis-livraison-fr.example>\nMIME-Version: 1.0\n"
     "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n",
     _qp("<html><body><p>Bonjour,</p><p>Votre colis n&deg; FR839201774 est bloqu&eacute; au centre de tri. Des frais de "
         "douane de 2,99 EUR doivent &ecirc;tre r&eacute;gl&eacute;s avant la livraison.</p><p><a href=\"https://"
         "colis-livraison-fr.example/payer\">Payer maintenant</a></p></body></html>"),
     "flagged by our SpamAssassin: parcel phishing in French")

auto_reply("blind2-de-ooo-abwesenheitsnotiz", "de", ("Lena Hoffmann", "l.hoffmann@baumschule-hoffmann.example"),
           "Abwesenheitsnotiz: Ihre Anfrage [GH-2024-0430]",
           "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 22. März nicht im Büro und habe keinen Zugriff "
           "auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an unser Büro unter +49 2821 71 33 0.\n\n"
           "Mit freundlichen Grüßen\nLena Hoffmann\nBaumschule Hoffmann",
           "Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n", notes="German out-of-office")

bulk("blind2-nl-notification-nieuwe-review", "nl", "Kiyoh <noreply@kiyoh.example>",
     "Er is een nieuwe beoordeling geplaatst voor Groenhuis",
     "Beste Groenhuis,\n\nEr is een nieuwe beoordeling geplaatst: 4 van de 5 sterren.\n\n\"Mooie planten, snel "
     "geleverd. Alleen de doos was wat gedeukt.\"\n\nBekijk en reageer op de beoordeling in je dashboard.\n\n"
     "Dit is een automatisch bericht, je kunt hier niet op antwoorden.",
     "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n",
     "auto-reply; review platform notification from a no-reply address", html_only=True)
