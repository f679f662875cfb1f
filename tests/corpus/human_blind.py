"""Mail written apart from the phrase lists: about a hundred messages as they reach
info@groenhuis.nl. Half of them were held out until their one evaluation (figures in
tests/corpus/README.md); since then all of them tune the lists.

People writing in Dutch, English, German and French (and a few mixing Dutch and
English): newsletter opt-outs, every GDPR right (restriction and portability on their
own too), withdrawn consent, direct-marketing objections, lawyers and agents writing for
a client, a daughter writing for her mother, replies quoting the newsletter footer or an
earlier request, legal disclaimers, breach reports, privacy complaints, conditional
threats, service complaints, invoices, sales, a partnership and a job application.

Machine mail: out-of-office replies with and without Auto-Submitted, bounces and delay
warnings, read receipts, newsletters and notifications, list mail, spam flagged by a
filter, a challenge-response and a feedback report.

make_corpus.py imports this file after all others, so the other files' messages keep
their positions and dates.
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

# === Dutch ====================================================================================

# --- newsletter opt-outs ----------------------------------------------------------------------

human("blind-nl-afmelden-trein", "unsubscribe", "nl", ("Femke Brouwers", "femkebrouwers@icloud.com"),
      "groene post",
      "hoi zit in de trein en die afmeldlink onderaan doet t niet op mn telefoon. kunnen jullie me gewoon "
      "afmelden voor de groene post\nthx femke", client="iphone", notes="phone mail, no capitals")

human("blind-nl-onderwerp-geen-nieuwsbrief", "unsubscribe", "nl", ("", "a.wolters@telfort.nl"),
      "geen nieuwsbrief meer svp", "", client="android", notes="subject only")

human("blind-nl-overleden-man-verzendlijst", "unsubscribe", "nl", ("Joke Hazelhoff", "jhazelhoff@planet.nl"),
      "Nieuwsbrief op naam van mijn man",
      "Geachte mensen,\n\nMijn man Gerard is in januari overleden. Er komt nog steeds elke maand een nieuwsbrief van u "
      "op zijn naam binnen. Dat doet mij iedere keer weer pijn. Wilt u hem van de verzendlijst halen?\n\n"
      "Met vriendelijke groet,\nJoke Hazelhoff", client="outlook-web", notes="newsletter opt-out for a deceased husband")

human("blind-nl-reply-nieuwsbrief-te-vaak", "unsubscribe", "nl", ("Saskia Blom", "saskiablom@hotmail.com"),
      "RE: De Groene Post - maart", "Veel te vaak deze mails. Zet me er maar af.\n\nSaskia",
      client="outlook", quote=NEWSLETTER_NL, quote_style="outlook", notes="Outlook reply quoting the newsletter")

# --- rights requests ----------------------------------------------------------------------------

human("blind-nl-inzage-art15-formeel", "rights_request", "nl", ("Th. Verbeek", "th.verbeek@xs4all.nl"),
      "Verzoek om inzage ex art. 15 AVG",
      "Geachte heer, mevrouw,\n\nOp grond van art. 15 van de Algemene verordening gegevensbescherming verzoek ik u mij "
      "binnen de wettelijke termijn van een maand te laten weten of u persoonsgegevens van mij verwerkt, en zo ja, mij "
      "daarvan een kopie te verstrekken.\n\nIk verzoek u daarbij in ieder geval aan te geven:\n"
      "- voor welke doeleinden u mijn gegevens verwerkt;\n- aan welke ontvangers u ze heeft verstrekt;\n"
      "- hoe lang u ze bewaart;\n- waar u ze vandaan heeft, voor zover niet van mijzelf.\n\n"
      "Mijn klantnummer is 2087731. Ik woon aan de Lindenlaan 4 te Houten.\n\nHoogachtend,\n\nTh. Verbeek",
      types="access", client="thunderbird", notes="formal letter with article number")

human("blind-nl-wat-hebben-jullie-van-mij", "rights_request", "nl", ("Dewi", "dewi.soekhlal@gmail.com"),
      "", "wat hebben jullie eigenlijk allemaal van mij opgeslagn?? wil dat graag zien ook wat ik allemaal in de app heb gedaan",
      types="access", client="iphone", notes="phone mail, no subject")

human("blind-nl-app-account-wissen", "rights_request", "nl", ("Lars Timmerman", "lars.timmerman@outlook.com"),
      "Account plantenapp",
      "Hallo,\n\nIk gebruik jullie plantenapp al een jaar niet meer en heb hem van mijn telefoon gehaald. Ik wil graag dat "
      "jullie mijn account opheffen en alles wissen wat er nog van mij in staat: mijn foto's, mijn tuinlogboek en mijn "
      "e-mailadres.\n\nBedankt alvast,\nLars", types="erasure", client="outlook-web")

human("blind-nl-artikel17-gegevenswissing", "rights_request", "nl", ("Marjolein Sturm", "m.sturm@ziggo.nl"),
      "Recht op vergetelheid",
      "Geachte Groenhuis,\n\nIk beroep mij op artikel 17 AVG, het recht op gegevenswissing. Ik ben al twee jaar geen klant "
      "meer en zie geen reden waarom u mijn naam, adres, telefoonnummer en aankoopgeschiedenis nog zou bewaren. Ik verzoek "
      "u die gegevens te wissen en mij te bevestigen dat dit is gebeurd. Als u iets wettelijk moet bewaren voor de "
      "Belastingdienst, hoor ik graag welke gegevens dat zijn.\n\nMet vriendelijke groet,\nMarjolein Sturm",
      types="erasure", client="roundcube", notes="article number")

human("blind-nl-achternaam-verkeerd-gespeld", "rights_request", "nl", ("Ans Oudejans", "ans.oudejans@kpnmail.nl"),
      "naam fout gespeld",
      "Goedendag,\n\nAl jaren staat mijn naam bij u verkeerd: Oudejands in plaats van Oudejans. Zo staat het op mijn "
      "klantenpas, op de pakketjes en in elke mail die ik van u krijg. Wilt u het in uw bestand verbeteren?\n\nAns Oudejans",
      types="rectification", client="applemail")

human("blind-nl-beperking-tijdens-geschil", "rights_request", "nl", ("H. Zwart", "h.zwart@home.nl"),
      "Beperking van de verwerking (art. 18 AVG)",
      "Geachte heer/mevrouw,\n\nTussen ons loopt een geschil over de vraag of ik de factuur voor de aanleg van mijn tuin "
      "verschuldigd ben; mijn advocaat heeft u daarover geschreven. Zolang dat geschil niet is beslecht, verzoek ik u op grond "
      "van artikel 18 AVG de verwerking van mijn persoonsgegevens te beperken. U mag ze bewaren, maar niet gebruiken of "
      "doorgeven, ook niet aan een incassobureau.\n\nGraag ontvang ik uw bevestiging dat de verwerking is beperkt.\n\n"
      "Hoogachtend,\nH. Zwart", types="restriction", client="outlook", notes="restriction on its own")

human("blind-nl-gegevens-op-slot", "rights_request", "nl", ("Koen Drost", "koen.drost@live.nl"),
      "gegevens bevriezen",
      "Beste,\n\nIk heb een schadeclaim lopen bij mijn verzekeraar over de boom die jullie hoveniers vorig jaar bij mij hebben "
      "geplant en die in de storm op de schuur van de buren is gevallen. Ik heb mijn gegevens bij jullie daarom nog nodig als "
      "bewijs. Verwijder ze dus alsjeblieft niet, maar gebruik ze ook nergens meer voor tot de zaak rond is. Gewoon op slot "
      "zetten.\n\nKoen Drost", types="restriction", client="gmail", notes="restriction in plain words, no article")

human("blind-nl-overstap-export-tuinlogboek", "rights_request", "nl", ("Wietske Dijkstra", "wietske.dijkstra@gmail.com"),
      "export van mijn gegevens uit de app",
      "Hallo Groenhuis,\n\nIk stap over naar een andere tuinapp. Daar kan ik gegevens importeren als CSV of JSON. Kunnen "
      "jullie mij mijn plantenlijst, het tuinlogboek met alle aantekeningen en mijn bestelgeschiedenis in zo'n bestand "
      "sturen? Als het kan rechtstreeks naar die nieuwe app, anders naar mij. Mijn account hoeft niet weg.\n\n"
      "Vriendelijke groet,\nWietske", types="portability", client="gmail", notes="portability on its own")

human("blind-nl-toestemming-locatie-intrekken", "rights_request", "nl", ("Bas van Wijngaarden", "basvw@ziggo.nl"),
      "locatie in de app",
      "Bij het installeren van de app heb ik toestemming gegeven om mijn locatie te gebruiken voor de vorstwaarschuwingen. "
      "Die toestemming trek ik hierbij in. Ik zet het ook uit op mijn telefoon, maar ik wil zeker weten dat jullie de "
      "locaties die al zijn opgeslagen niet meer gebruiken.\n\nBas", types="withdraw_consent", client="iphone")

human("blind-nl-tuinfoto-toestemming-ingetrokken", "rights_request", "nl",
      ("Greet Vos-Hamersma", "greet.hamersma@icloud.com"),
      "Foto van mijn tuin op uw website",
      "Beste mensen,\n\nNa de tuinwedstrijd van vorig voorjaar heb ik een formulier getekend waarmee ik toestemming gaf om "
      "foto's van mijn tuin met mijn naam en woonplaats op uw website en in de folder te gebruiken. Daar heb ik nu spijt van, "
      "want er komen onbekenden aan de deur. Ik trek die toestemming in.\n\nMet vriendelijke groet,\nGreet Vos-Hamersma",
      types="withdraw_consent", client="ipad")

human("blind-nl-bezwaar-reclamefolder-post", "rights_request", "nl", ("C.J. Mol", "cjmol@kpnmail.nl"),
      "Bezwaar",
      "Geachte heer, mevrouw,\n\nSinds kort ontvang ik op naam gestelde reclamefolders van Groenhuis in de brievenbus. Ik "
      "maak bezwaar tegen het gebruik van mijn naam en adres voor direct marketing, per post en op welke andere manier ook."
      "\n\nC.J. Mol", types="objection", client="webmail-html", notes="direct-marketing objection, by post; HTML only")

human("blind-nl-bezwaar-analyse-koopgedrag", "rights_request", "nl", ("Pieter-Jan Roos", "pj.roos@xs4all.nl"),
      "Persoonlijke aanbiedingen",
      "Hallo,\n\nIn de app krijg ik 'aanbiedingen speciaal voor jou' op basis van wat ik eerder heb gekocht. In jullie "
      "privacyverklaring lees ik dat dit gebeurt op grond van jullie gerechtvaardigd belang. Daartegen maak ik bezwaar: ik wil "
      "niet dat mijn aankopen worden geanalyseerd om een profiel van mij te maken. Mijn bestellingen mogen jullie natuurlijk "
      "gewoon blijven afhandelen.\n\nPieter-Jan", types="objection", client="thunderbird", notes="objection to profiling")

human("blind-nl-uitschrijven-en-alles-weg", "rights_request", "nl", ("", "ton.vdlinden@hotmail.com"),
      "uitschrijven",
      "schrijf me uit en gooi ook al mn gegevens weg ik koop toch nooit meer wat bij jullie na dat gedoe met die retour",
      client="android", types="erasure", notes="unsubscribe and erase; no punctuation")

human("blind-nl-advocaat-inzage-client", "rights_request", "nl", ("mr. S.E. Kooijman", "s.kooijman@kooijman-advocaten.example"),
      "Inzageverzoek AVG namens cliënt de heer R. Baptist",
      "Geachte heer/mevrouw,\n\nIk sta de heer R. Baptist te Nieuwegein bij. Namens hem verzoek ik u op grond van artikel 15 "
      "AVG om een volledig overzicht van de persoonsgegevens die u over cliënt verwerkt, met inbegrip van interne notities en "
      "correspondentie over zijn klacht over de levering van 12 februari jl. Een door cliënt ondertekende machtiging treft u "
      "bijgaand aan.\n\nIk verzoek u uw reactie aan mij te richten.\n\nMet vriendelijke groet,\n\nmr. S.E. Kooijman\nadvocaat\n"
      "Kooijman Advocaten | Lange Nieuwstraat 31 | 3512 PE Utrecht\n\n"
      "Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde. Bent u niet de "
      "juiste geadresseerde, verwijder dit bericht dan en stel de afzender op de hoogte. Aan dit bericht kunnen geen rechten "
      "worden ontleend.", types="access", client="outlook",
      attachment=("machtiging_Baptist.pdf", "application/pdf"),
      notes="lawyer for a client; disclaimer with 'verwijder dit bericht'")

human("blind-nl-namens-moeder-verpleeghuis", "rights_request", "nl", ("Ingrid Scholten", "ingrid.scholten@gmail.com"),
      "Account van mijn moeder",
      "Goedemiddag,\n\nMijn moeder, mevrouw W. Scholten-Brink (Kerkstraat 9, IJsselstein), woont sinds kort in een "
      "verpleeghuis en heeft dementie. Ik ben haar mentor en regel haar zaken. Zij heeft een klantaccount en een klantenkaart "
      "bij u, maar zal die niet meer gebruiken. Wilt u haar account opheffen en haar gegevens verwijderen? Een kopie van de "
      "beschikking van de kantonrechter kan ik sturen als u die nodig heeft.\n\nMet vriendelijke groet,\nIngrid Scholten",
      types="erasure", client="gmail", notes="on behalf of a parent")

human("blind-nl-wbp-overzicht", "rights_request", "nl", ("G.H. Lambermont", "ghlambermont@planet.nl"),
      "Verzoek ex artikel 35 Wbp",
      "Geachte directie,\n\nHierbij verzoek ik u, met een beroep op artikel 35 van de Wet bescherming persoonsgegevens, mij "
      "binnen vier weken een volledig overzicht te doen toekomen van de mij betreffende persoonsgegevens die door u worden "
      "verwerkt, alsmede van het doel van de verwerking, de ontvangers en de herkomst van die gegevens.\n\nHoogachtend,\n\n"
      "G.H. Lambermont\nPostbus 112\n3430 AC Nieuwegein", types="access", client="outlook", notes="old Wbp wording")

human("blind-nl-herinnering-verwijderverzoek", "rights_request", "nl", ("Esther Faber", "esther.faber@live.nl"),
      "FW: verwijderen gegevens",
      "Hallo,\n\nOp 5 februari heb ik jullie onderstaande mail gestuurd en ik heb nog steeds niets gehoord, zelfs geen "
      "ontvangstbevestiging. Wilt u mijn verzoek alsnog uitvoeren? Als ik voor 1 juni geen bevestiging heb, dien ik een "
      "klacht in bij de Autoriteit Persoonsgegevens.\n\nEsther Faber\n\n________________________________\n"
      "Van: Esther Faber <esther.faber@live.nl>\nVerzonden: maandag 5 februari 2024 21:17\nAan: info@groenhuis.nl\n"
      "Onderwerp: verwijderen gegevens\n\nBeste Groenhuis,\n\nIk wil graag dat u al mijn persoonsgegevens verwijdert, "
      "inclusief mijn account in de webshop en mijn inschrijving voor de workshops.\n\nMet vriendelijke groet,\nEsther Faber",
      types="erasure", client="outlook-web",
      notes="forwards her own unanswered erasure request and restates it; conditional threat to go to the AP")

human("blind-nl-camerabeelden-gestruikeld", "rights_request", "nl", ("Rinus Bakkenes", "rinus.bakkenes@ziggo.nl"),
      "camerabeelden zaterdag 11 mei",
      "Goedendag,\n\nAfgelopen zaterdag 11 mei ben ik rond half elf in uw winkel in Nieuwegein bij de kassa over een pallet "
      "gestruikeld. Ik heb nog steeds last van mijn knie. Ik wil graag de camerabeelden zien waarop ik te zien ben, ook voor "
      "mijn verzekering. Kunt u mij daarvan een kopie geven?\n\nIk droeg een rode jas en had een kar met potgrond.\n\n"
      "Met vriendelijke groet,\nRinus Bakkenes\n06-41822903", types="access", client="applemail",
      notes="access to camera footage")

human("blind-nl-niet-meer-bellen-nummer-weg", "rights_request", "nl", ("M. Hoogendijk", "marga.hoogendijk@hetnet.example"),
      "telefonische verkoop",
      "Ik word nu voor de derde keer deze maand gebeld door iemand van jullie over een abonnement op de plantenbox. Ik wil "
      "niet meer gebeld worden voor reclame en ik wil dat jullie mijn telefoonnummer uit jullie bestand verwijderen.\n\n"
      "M. Hoogendijk", types="erasure;objection", client="webmail-html",
      notes="objection to telemarketing and erasure of the phone number")

human("blind-nl-onderwerp-account-verwijderen", "rights_request", "nl", ("", "jeroen.pals@icloud.com"),
      "Graag mijn account en gegevens verwijderen", "", types="erasure", client="iphone", notes="subject only")

human("blind-nl-reply-nieuwsbrief-waar-adres-vandaan", "rights_request", "nl",
      ("Monique Terpstra", "moniqueterpstra@gmail.com"),
      "Re: De Groene Post - maart",
      "Ik heb me nooit voor deze nieuwsbrief aangemeld en ik heb ook nooit iets bij jullie gekocht. Hoe komen jullie aan mijn "
      "e-mailadres? Ik wil weten welke gegevens jullie van mij hebben en van wie jullie die hebben gekregen.",
      types="access", client="gmail", quote=NEWSLETTER_NL,
      notes="reply quoting the newsletter footer; asks for her data and where it came from")

human("blind-nl-gemengd-account-deleten", "rights_request", "nl", ("Sem", "sem.vanbeek@gmail.com"),
      "account deleten",
      "Hoi! Ik wil graag mijn account deleten, en ook alle data die jullie van me hebben. I don't use the app anymore sinds "
      "ik in een appartement zonder tuin woon haha. Thanks!", types="erasure", client="iphone",
      notes="mixed Dutch and English")

# --- questions about privacy that are not requests ----------------------------------------------

human("blind-nl-hoe-werkt-inzageverzoek", "question", "nl", ("Anja Gerritsen", "anja.gerritsen@kpnmail.nl"),
      "Vraag over inzage",
      "Goedemiddag,\n\nStel dat ik zou willen weten welke gegevens u van mij heeft, hoe gaat dat dan precies? Moet ik een "
      "kopie van mijn ID meesturen en hoe lang duurt het? Ik wil het nu nog niet aanvragen, ik wil eerst weten hoe het "
      "werkt.\n\nGroet,\nAnja Gerritsen", client="outlook-web",
      notes="asks how an access request works without making one")

human("blind-nl-delen-met-google-facebook", "question", "nl", ("Hüseyin Aydın", "h.aydin@hotmail.com"),
      "vraag privacyverklaring",
      "Hallo, ik las jullie privacyverklaring. Daar staat dat jullie gegevens delen met 'partners'. Zijn dat ook Google en "
      "Facebook? Krijgen die te zien wat ik in de webshop bekijk?", client="android",
      notes="question about the privacy statement")

# --- complaints and breach reports ---------------------------------------------------------------

human("blind-nl-klacht-ap-na-afmelding", "complaint", "nl", ("R. Hulshof", "rob.hulshof@ziggo.nl"),
      "Klacht ingediend bij Autoriteit Persoonsgegevens",
      "Geachte heer/mevrouw,\n\nIn november heb ik mij afgemeld voor uw nieuwsbrief en dat heeft u toen ook bevestigd. "
      "Sindsdien heb ik nog elf mails van u gekregen. Ik heb vandaag via het klachtenformulier van de Autoriteit "
      "Persoonsgegevens een klacht tegen Groenhuis ingediend. Ter informatie.\n\nR. Hulshof", client="outlook",
      notes="has complained to the AP")

human("blind-nl-camera-filmt-onze-tuin", "complaint", "nl", ("Wendelien Post", "wendelien.post@gmail.com"),
      "Camera bij uw laaddock",
      "Beste meneer of mevrouw,\n\nSinds de verbouwing hangt er aan de achterkant van uw pand, bij het laaddock, een camera die "
      "recht op onze achtertuin en ons keukenraam is gericht. Ik heb dat twee keer bij de bedrijfsleider gemeld, maar er "
      "gebeurt niets. Ik vind dit een ernstige inbreuk op onze privacy en ga er een klacht over indienen bij de Autoriteit "
      "Persoonsgegevens.\n\nWendelien Post\nTuinweg 15", client="gmail",
      notes="privacy complaint; will go to the AP, not conditional")

human("blind-nl-ap-zaak-inzage-onbeantwoord", "complaint", "nl", ("drs. F.A. Wijnands", "fa.wijnands@wijnands-consult.example"),
      "Mijn inzageverzoek van 11 december 2023",
      "Geachte functionaris gegevensbescherming,\n\nOp 11 december 2023 heb ik bij u een verzoek om inzage ingediend. Ondanks "
      "twee herinneringen heb ik geen enkele reactie ontvangen; de wettelijke termijn is ruimschoots verstreken. Ik heb de "
      "zaak daarom voorgelegd aan de Autoriteit Persoonsgegevens, waar mijn klacht is geregistreerd onder nummer "
      "z2024-01877.\n\nHoogachtend,\ndrs. F.A. Wijnands", client="outlook",
      notes="complaint lodged with the AP about an unanswered request")

human("blind-nl-klacht-account-zoon", "complaint", "nl", ("Erik-Jan Mulders", "ej.mulders@ziggo.nl"),
      "Klacht over account van mijn zoon",
      "Geachte heer/mevrouw,\n\nMijn zoon van twaalf heeft zonder dat wij het wisten een account in uw plantenapp aangemaakt. "
      "Er is nergens naar zijn leeftijd gevraagd of om toestemming van ons als ouders. Nu krijgt hij pushberichten met "
      "aanbiedingen en zie ik dat de app zijn locatie bijhoudt. Ik vind het onacceptabel dat u zo omgaat met de gegevens van "
      "een kind en dien hierbij een klacht in.\n\nMet vriendelijke groet,\nErik-Jan Mulders", client="outlook",
      notes="privacy complaint about a child's data")

human("blind-nl-medewerker-zocht-adres-op", "complaint", "nl", ("Natasja", "natasja.k@live.nl"),
      "medewerker heeft mijn adres opgezocht",
      "Ik wil iets melden wat me echt heel erg dwarszit. De ex van mijn zus werkt bij jullie in de winkel in Houten. Ik ben "
      "vorige maand verhuisd en heb mijn nieuwe adres maar aan een paar mensen gegeven, en aan jullie omdat ik een bestelling "
      "liet bezorgen. Vorige week stond hij ineens voor mijn deur en zei letterlijk 'ik zag je adres in het systeem'. Hij had "
      "daar helemaal niks te zoeken. Hoe kan het dat een medewerker zomaar in klantgegevens kan kijken?? Ik wil dat jullie "
      "dit uitzoeken.\n\nNatasja", types="breach", client="iphone",
      notes="a staff member looked up her address without reason")

human("blind-nl-brief-voor-buurman", "complaint", "nl", ("J.W. de Ruiter", "jwderuiter@home.nl"),
      "Brief van u voor mijn buurman ontvangen",
      "Geachte heer, mevrouw,\n\nVandaag kreeg ik per post een envelop van Groenhuis met mijn adres erop, maar de brief erin "
      "is gericht aan mijn buurman, de heer Van Kempen. Het gaat over zijn garantieclaim op een grasmaaier en er staan zijn "
      "telefoonnummer, zijn rekeningnummer en een kopie van zijn kassabon in. Ik heb niet verder gelezen dan nodig was om dat "
      "te zien en geef de brief bij hem af, maar zoiets hoort natuurlijk niet te gebeuren.\n\nMet vriendelijke groet,\n"
      "J.W. de Ruiter", types="breach", client="outlook", notes="misdirected letter")

human("blind-nl-wachtwoord-leesbaar-in-mail", "complaint", "nl", ("Tim Verschuur", "tim.verschuur@gmail.com"),
      "wachtwoord in platte tekst???",
      "Ik klikte in de app op 'wachtwoord vergeten' en kreeg een mail terug met mijn HUIDIGE wachtwoord er gewoon leesbaar "
      "in. Dus jullie slaan wachtwoorden onversleuteld op en mailen ze rond? Ik gebruik dat wachtwoord (stom genoeg) ook "
      "voor andere dingen. Graag uitleg wat jullie hiermee gaan doen.", types="breach", client="gmail",
      notes="password visible in plain text")

human("blind-nl-klantenlijst-op-telegram", "complaint", "nl", ("Mehmet Yılmaz", "mehmet.yilmaz@outlook.com"),
      "Jullie klantgegevens liggen op straat",
      "Goedenavond,\n\nEen vriend stuurde me een link naar een Telegramkanaal waar een bestand wordt aangeboden met de naam "
      "'klanten Groenhuis 2023'. Ik heb erin gekeken: namen, e-mailadressen, telefoonnummers, postcodes en klantnummers. Ik "
      "sta er zelf ook in, met een telefoonnummer dat ik alleen bij jullie heb opgegeven. Een schermafbeelding zit in de "
      "bijlage. Weten jullie hiervan?\n\nMehmet Yılmaz", types="breach", client="outlook-web",
      attachment=("schermafbeelding_telegram.png", "image/png"), notes="a leaked customer list found online")

human("blind-nl-factuur-ander-in-mijn-account", "complaint", "nl", ("", "lindavanhees@hotmail.com"),
      "verkeerde factuur in mijn account",
      "Hallo, als ik inlog en naar Mijn bestellingen ga staat er bovenaan een factuur die niet van mij is. Van een meneer uit "
      "Zeist, met zijn adres en wat hij gekocht heeft (een vijverpomp). Mijn eigen bestelling van vorige week staat er niet "
      "meer bij. Kunnen jullie dat fixen? En kan hij dan ook mijn gegevens zien?\n\nLinda", types="breach", client="android",
      notes="someone else's invoice in her account")

human("blind-nl-bestelnummer-in-link", "complaint", "nl", ("Stijn Koopmans", "stijn@koopmans-dev.example"),
      "Bestellingen van anderen zichtbaar via track & trace-link",
      "Hoi,\n\nIn de sms over mijn bezorging zit een link die eindigt op ?order=100934. Als ik dat getal één hoger of lager "
      "maak, zie ik de bestelling van een andere klant: naam, bezorgadres, telefoonnummer en wat er besteld is. Ik heb het bij "
      "twee nummers geprobeerd om het zeker te weten en daarna niet verder gekeken. Lijkt me iets om snel dicht te zetten.\n\n"
      "Groet,\nStijn Koopmans", types="breach", client="thunderbird",
      notes="other customers' orders visible by changing a number in a link")

human("blind-nl-gemengd-mail-van-someone-else", "complaint", "nl", ("Chloé de Wit", "chloe.dewit@gmail.com"),
      "mail niet voor mij",
      "Hey, ik kreeg net jullie 'je bestelling is verzonden' mail maar het is de order van someone else. Naam, adres, "
      "telefoonnummer, alles staat erin. Just letting you know. Misschien ook checken of mijn order dan bij haar is "
      "terechtgekomen?", types="breach", client="iphone",
      notes="mixed Dutch and English; shipping mail sent to the wrong recipient")

# --- questions: service, orders, invoices, sales, jobs --------------------------------------------

human("blind-nl-geld-terug-anders-ap", "question", "nl", ("S. Beukers", "sandrabeukers@planet.nl"),
      "Terugbetaling retour 100688",
      "Goedemiddag,\n\nOp 24 april heb ik de tuinbank (order 100688) teruggestuurd met het retourlabel. Volgens PostNL is hij "
      "op de 26e bij u afgeleverd. Mijn € 249 heb ik nog steeds niet terug. Als het geld er niet binnen vijf werkdagen is, "
      "stap ik naar de Geschillencommissie en de Autoriteit Persoonsgegevens.\n\nS. Beukers", client="outlook-web",
      notes="refund question with a conditional threat naming the AP: a question")

human("blind-nl-waar-blijft-bestelling", "question", "nl", ("Gijs", "gijs.hofstede@gmail.com"),
      "bestelling", "waar blijft mn bestelling 100812?? al 9 dagen geleden besteld en staat nog steeds op 'in behandleing'",
      client="iphone", notes="phone mail, typing slip")

human("blind-nl-factuur-op-bedrijfsnaam", "question", "nl", ("Maaike Rozendaal", "administratie@rozendaal-bloemwerk.example"),
      "Factuur op bedrijfsnaam graag",
      "Goedemorgen,\n\nVorige week heb ik voor ons bedrijf twaalf plantenbakken besteld (order 100870), maar de factuur staat "
      "op mijn eigen naam en zonder ons btw-nummer. Kunnen jullie een nieuwe factuur maken op naam van Rozendaal Bloemwerk, "
      "KvK 81234567, btw NL862345678B01?\n\nAlvast dank,\nMaaike Rozendaal\nRozendaal Bloemwerk", client="outlook",
      notes="invoice")

human("blind-nl-app-loopt-vast-bij-foto", "question", "nl", ("Harm", "harm.zijlstra@kpnmail.nl"),
      "app",
      "Elke keer als ik een foto van een plant wil toevoegen loopt de app vast en moet ik opnieuw beginnen. Al een week zo. "
      "iPhone 12, nieuwste versie. Waardeloos zo", client="iphone", notes="service complaint: a question")

human("blind-nl-sollicitatie-zaterdagbaan", "question", "nl", ("Noor Hermans", "noor.hermans2007@gmail.com"),
      "Sollicitatie zaterdagbaan",
      "Beste meneer/mevrouw,\n\nIk ben Noor, 16 jaar, en ik zit in 5 havo. Ik zou graag op zaterdag bij jullie willen werken, "
      "het liefst op de afdeling kamerplanten. Thuis heb ik er zelf meer dan dertig. Mijn cv zit in de bijlage.\n\n"
      "Met vriendelijke groet,\nNoor Hermans", client="gmail", attachment=("CV_Noor_Hermans.pdf", "application/pdf"),
      notes="job application")

human("blind-nl-samenwerking-hovenier", "question", "nl", ("Jasper Valk", "jasper@valkhoveniers.example"),
      "Samenwerking",
      "Beste Groenhuis,\n\nWij zijn een hoveniersbedrijf uit Culemborg met acht man personeel. Veel van onze klanten kopen "
      "hun planten bij jullie. Staan jullie open voor een samenwerking, bijvoorbeeld een vaste korting voor onze klanten of "
      "een vermelding op jullie site als aanbevolen hovenier? Ik kom graag een keer langs om kennis te maken.\n\n"
      "Groenhartelijke groet,\nJasper Valk\nValk Hoveniers", client="outlook", notes="partnership question")

human("blind-nl-reply-nieuwsbrief-korting-winkel", "question", "nl", ("Ria Zandbergen", "ria.zandbergen@gmail.com"),
      "Re: De Groene Post - maart",
      "Geldt die 20% korting op de moestuinbakken ook als ik ze in de winkel in Nieuwegein koop, of alleen online?",
      client="gmail", quote=NEWSLETTER_NL, notes="reply quoting the newsletter footer; asks about the offer")

human("blind-nl-reply-nieuwsbrief-bezorgen-texel", "question", "nl", ("Dirk Kaan", "dirkkaan@hotmail.com"),
      "RE: De Groene Post - maart",
      "Goedemiddag,\n\nBezorgen jullie de moestuinbakken ook op Texel? En wat kost dat dan extra?\n\nDirk Kaan",
      client="outlook", quote=NEWSLETTER_NL, quote_style="outlook",
      notes="Outlook reply quoting the newsletter footer; asks about delivery")

human("blind-nl-offerte-met-disclaimer", "question", "nl", ("Petra Smits", "p.smits@zorggroep-lekstroom.example"),
      "Offerte beplanting binnentuin",
      "Goedemorgen,\n\nVoor onze nieuwe locatie in Vianen zoeken wij een bedrijf dat de binnentuin (ca. 80 m²) kan beplanten "
      "en onderhouden. Kunt u een offerte maken, inclusief onderhoud voor één jaar? Ik ben bereikbaar op 030-2990144.\n\n"
      "Met vriendelijke groet,\n\nPetra Smits\nMedewerker facilitaire zaken\nZorggroep Lekstroom\n\n"
      "De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Indien u dit bericht "
      "onterecht heeft ontvangen, wordt u verzocht de afzender te informeren en het bericht te verwijderen. Zorggroep "
      "Lekstroom aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het gebruik van e-mail.",
      client="outlook", notes="sales question; disclaimer asking to delete the message")

human("blind-nl-doorgestuurd-dubbel-afgeschreven", "question", "nl", ("Frank Steenbergen", "frank.steenbergen@ziggo.nl"),
      "Fwd: Uw bestelling",
      "Goedendag,\n\nMijn vrouw heeft onderstaande bestelling gedaan en ik zie nu twee keer € 87,40 van onze rekening afgaan, "
      "op 21 en op 22 mei. Kunnen jullie kijken of er iets dubbel is gegaan en het teveel terugstorten?\n\nFrank Steenbergen",
      client="gmail", quote_style="forward",
      quote="Bedankt voor je bestelling!\n\nBestelnummer: 100851\n1x Olijfboom in pot, 120 cm - EUR 79,95\n"
            "Verzendkosten - EUR 7,45\nTotaal: EUR 87,40\n\nBetaald met iDEAL",
      notes="forwarded order confirmation; payment question")

human("blind-nl-klacht-olijfboom-dood", "question", "nl", ("Marco Visscher", "marco.visscher@xs4all.nl"),
      "Klacht",
      "Geachte heer/mevrouw,\n\nHierbij wil ik een klacht indienen. De olijfboom die ik op 4 mei in uw winkel heb gekocht "
      "heeft binnen twee weken al zijn blad verloren en is volgens mij dood. Hij heeft binnen gestaan, zoals uw medewerker "
      "adviseerde. Ik wil graag een nieuwe boom of mijn geld terug. De kassabon heb ik nog.\n\nMet vriendelijke groet,\n"
      "Marco Visscher", client="thunderbird", notes="service complaint using the word 'klacht': a question")

human("blind-nl-gemengd-invoice-engels", "question", "nl", ("Bram Kuijpers", "bram@kuijpers-design.example"),
      "invoice order 100922",
      "Hi Groenhuis,\n\nIk heb een invoice nodig voor order 100922, op naam van mijn bedrijf Kuijpers Design. Mijn boekhouder "
      "is Engels, so if possible in English? Het adres is Oudegracht 210, Utrecht. Thanks!\n\nBram", client="applemail",
      notes="mixed Dutch and English; invoice")

# === English ==================================================================================

human("blind-en-take-me-off-list", "unsubscribe", "en", ("Kayleigh Morris", "kayleigh.morris@icloud.com"),
      "", "hi can u take me off the mailing list pls, 3 emails a week is a bit much x", client="iphone-en",
      notes="phone mail, no subject")

human("blind-en-gemengd-mailinglijst", "unsubscribe", "en", ("Daniel Okafor", "daniel.okafor@gmail.com"),
      "newsletter",
      "Hi there, could you please remove me from the mailinglijst? My Dutch isn't good enough for the nieuwsbrief anyway. "
      "Bedankt!\n\nDaniel", client="gmail", notes="mixed Dutch and English")

human("blind-en-access-call-notes", "rights_request", "en", ("Helen Fairbairn", "helen.fairbairn@outlook.com"),
      "Request under Article 15 GDPR",
      "Dear Groenhuis team,\n\nI am writing to request access to the personal data you hold about me, under Article 15 of "
      "the GDPR. Besides my account and order data, I would specifically like copies of any recordings or notes of my phone "
      "calls with your customer service in January about a damaged delivery.\n\nThis is the email address registered on my "
      "account.\n\nKind regards,\nHelen Fairbairn", types="access", client="outlook-web")

human("blind-en-portability-garden-journal", "rights_request", "en", ("Marco Bianchi", "marco.bianchi@gmail.com"),
      "Data export (Art. 20)",
      "Hello,\n\nI'd like to exercise my right to data portability. Please send me the data I provided through your plant "
      "care app (my plant list, care reminders and the garden journal entries with photos) in a structured, "
      "machine-readable format. JSON or CSV is fine. I'm not asking you to delete anything.\n\nThanks,\nMarco",
      types="portability", client="thunderbird", notes="portability on its own")

human("blind-en-objection-legitimate-interest", "rights_request", "en", ("Dr Aisha Rahman", "a.rahman@uni-research.example"),
      "Objection to processing (Art. 21 GDPR)",
      "Dear Data Protection Officer,\n\nYour privacy statement says that you analyse customers' purchase histories and app "
      "usage on the basis of your legitimate interests. I object to this processing of my personal data under Article 21(1) "
      "GDPR. Please stop it and confirm to me that you have done so.\n\nYours sincerely,\nDr Aisha Rahman",
      types="objection", client="outlook")

human("blind-en-agent-erasure-authorisation", "rights_request", "en", ("ClearTrace Privacy Desk", "requests@cleartrace-privacy.example"),
      "Erasure request on behalf of Ms Laura Jensen [CT-55120-LJ]",
      "Dear Groenhuis,\n\nClearTrace acts on behalf of Ms Laura Jensen (laura.jensen@gmail.com, Utrecht) under the signed "
      "authorisation attached. On her behalf we request the erasure of all personal data you hold about her under Article 17 "
      "GDPR, and written confirmation once this has been done.\n\nPlease reply to this address and quote reference "
      "CT-55120-LJ.\n\nKind regards,\nThe ClearTrace Privacy Desk\n\nCONFIDENTIALITY NOTICE: This email and any attachments "
      "are intended solely for the addressee. If you have received it in error, please notify the sender and delete it from "
      "your system.", types="erasure", client="gmail",
      attachment=("authorisation_L_Jensen.pdf", "application/pdf"),
      notes="agent acting for a client; disclaimer with 'please delete'")

human("blind-en-second-request-access", "rights_request", "en", ("Tomasz Nowak", "tomasz.nowak@gmail.com"),
      "Re: Subject access request",
      "Hello,\n\nThis is my second request. I sent the message below on 8 April and have not had any reply. Please "
      "provide a copy of my personal data as requested. If I don't hear from you within 14 days I will escalate this to the "
      "Autoriteit Persoonsgegevens.\n\nTomasz Nowak\n\n"
      "On Mon, 8 Apr 2024 at 19:42, Tomasz Nowak <tomasz.nowak@gmail.com> wrote:\n> Dear Groenhuis,\n>\n"
      "> Under Article 15 GDPR, please send me a copy of all personal data you hold\n"
      "> about me, including my order history and any notes on my account.\n>\n> Regards,\n> Tomasz Nowak",
      types="access", client="gmail",
      notes="second request quoting the first; conditional threat to go to the AP")

human("blind-en-unsubscribe-and-erase", "rights_request", "en", ("", "mike.hollis77@hotmail.com"),
      "unsubscribe",
      "Unsubscribe me and erase every bit of data you have on me. Don't want to hear from you again.",
      types="erasure", client="outlook-web", notes="unsubscribe and erase")

human("blind-en-question-google-meta", "question", "en", ("Jonas Weber", "jonas.weber@mailbox.example"),
      "Quick question about your privacy policy",
      "Hi,\n\nBefore I create an account: does your web shop share my browsing or purchase data with Google or Meta for "
      "advertising? Your privacy policy mentions 'partners' but doesn't name them.\n\nThanks,\nJonas", client="gmail",
      notes="question about the privacy statement")

human("blind-en-how-would-i-delete-later", "question", "en", ("Ravi Patel", "ravi.patel@outlook.com"),
      "Deleting my account later?",
      "Hi,\n\nI'm thinking about closing my account at some point, but not yet, I still have an open order. When the time "
      "comes, how do I get my account and data deleted? Is there a button in the app or do I email you? And would you keep "
      "my invoices?\n\nThanks,\nRavi", client="outlook-web",
      notes="asks how erasure works without asking for it yet")

human("blind-en-order-two-weeks-late", "question", "en", ("Grace Whitfield", "grace.whitfield@hotmail.com"),
      "Order 100799 - still not delivered",
      "Hello,\n\nI ordered a set of terracotta pots (order 100799) on 13 May and was told delivery would take 3-5 working "
      "days. It has now been two weeks and the tracking hasn't changed since 'left the warehouse'. Really disappointing. Can "
      "you tell me where it is, or refund me?\n\nGrace", client="outlook-web", notes="service complaint: a question")

human("blind-en-reply-newsletter-raised-bed-size", "question", "en", ("Eleanor Marsh", "eleanor.marsh@icloud.com"),
      "Re: The Green Post - March",
      "Hi, do the raised beds in the offer also come in a 120 cm length? My balcony is quite narrow.\n\nEleanor",
      client="iphone-en", quote=NEWSLETTER_EN, quote_style="en",
      notes="reply quoting the newsletter footer; asks about a product")

human("blind-en-wrong-recipient-order-mail", "complaint", "en", ("Oliver Bennett", "oliver.bennett@gmail.com"),
      "I got someone else's order confirmation",
      "Hi,\n\nThis morning I received an order confirmation from you that is clearly meant for someone else, a Mrs J. Hoekstra "
      "in Amersfoort. It shows her full address, phone number, what she ordered and the last digits of her card. I've never "
      "ordered anything from you. I've deleted it, but thought you should know someone's details are going to the wrong "
      "inbox.\n\nOliver", types="breach", client="gmail", notes="order confirmation sent to the wrong recipient")

human("blind-en-formal-complaint-us-agency", "complaint", "en", ("Catherine Doyle", "catherine.doyle@icloud.com"),
      "Formal complaint - sharing of my data",
      "To whom it may concern,\n\nI wish to make a formal complaint about the way Groenhuis has handled my personal data. "
      "After I signed up for your loyalty card I began receiving emails from an American marketing agency that referred to "
      "my purchases at Groenhuis. I never agreed to my data being passed on, let alone outside the EU. I have also submitted "
      "a complaint to the Autoriteit Persoonsgegevens.\n\nCatherine Doyle", client="applemail",
      notes="formal complaint; also lodged with the AP")

# === German ===================================================================================

human("blind-de-auskunft-art15", "rights_request", "de", ("Katrin Vogel", "katrin.vogel@web.de"),
      "Auskunftsersuchen nach Art. 15 DSGVO",
      "Sehr geehrte Damen und Herren,\n\nim vergangenen Sommer habe ich in Ihrem Onlineshop Gartenmöbel bestellt. Hiermit "
      "bitte ich Sie gemäß Art. 15 DSGVO um Auskunft darüber, welche personenbezogenen Daten Sie über mich speichern, zu "
      "welchen Zwecken und an wen Sie diese weitergegeben haben. Bitte senden Sie mir außerdem eine Kopie dieser Daten.\n\n"
      "Mit freundlichen Grüßen\nKatrin Vogel\nAachener Str. 17\n52062 Aachen", types="access", client="thunderbird")

human("blind-de-newsletter-abbestellen", "unsubscribe", "de", ("Uwe Brandt", "uwe.brandt@gmx.de"),
      "Newsletter abbestellen",
      "Hallo,\n\nbitte nehmen Sie mich aus Ihrem Newsletter-Verteiler. Ich verstehe leider kein Niederländisch.\n\n"
      "Danke und Gruß\nUwe Brandt", client="webmail-html")

human("blind-de-fremde-rechnung-im-paket", "complaint", "de", ("Sabine Krüger", "sabine.krueger@web.de"),
      "Fremde Rechnung in meinem Paket",
      "Guten Tag,\n\nin meinem Paket (Bestellung 100903) lag nicht meine Rechnung, sondern die einer anderen Kundin aus Arnheim, "
      "mit Name, Anschrift, Telefonnummer und allen bestellten Artikeln. Vermutlich ist meine Rechnung bei ihr gelandet. Das "
      "ist eine Datenpanne. Bitte teilen Sie mir mit, was Sie jetzt unternehmen.\n\nFreundliche Grüße\nSabine Krüger",
      types="breach", client="gmail", notes="someone else's invoice in the parcel")

human("blind-de-beschwerde-cookies", "complaint", "de", ("Jörg Lehmann", "joerg.lehmann@gmx.de"),
      "Beschwerde: Tracking trotz Ablehnung",
      "Sehr geehrte Damen und Herren,\n\nauf Ihrer Website werden Tracking-Cookies gesetzt, obwohl ich im Cookie-Banner alles "
      "abgelehnt habe. Das habe ich mit den Entwicklerwerkzeugen meines Browsers überprüft. Ich lege hiermit förmlich "
      "Beschwerde ein und werde mich außerdem an die niederländische Datenschutzbehörde wenden.\n\nMit freundlichen Grüßen\n"
      "Jörg Lehmann", client="thunderbird", notes="privacy complaint; will go to the Dutch DPA")

# === French ===================================================================================

human("blind-fr-opposition-prospection", "rights_request", "fr", ("Hélène Marchand", "helene.marchand@orange.fr"),
      "Opposition à la prospection commerciale",
      "Bonjour,\n\nDepuis un achat en ligne l'an dernier, je reçois régulièrement vos offres par e-mail et par SMS. Conformément "
      "à l'article 21 du RGPD, je m'oppose à l'utilisation de mes données à des fins de prospection commerciale, par tous les "
      "canaux.\n\nCordialement,\nHélène Marchand", types="objection", client="gmail",
      notes="direct-marketing objection")

human("blind-fr-limitation-traitement", "rights_request", "fr", ("François Garnier", "f.garnier@orange.fr"),
      "Demande de limitation du traitement",
      "Madame, Monsieur,\n\nLe 21 mai, je vous ai signalé que l'adresse que vous avez enregistrée pour moi est inexacte : vos "
      "colis arrivent chez mon ancien propriétaire. En attendant que vous ayez vérifié ce point, je vous demande, en "
      "application de l'article 18 du RGPD, de limiter le traitement de mes données personnelles.\n\n"
      "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.\nFrançois Garnier", types="restriction",
      client="roundcube", notes="restriction while an earlier correction is checked")

human("blind-fr-plainte-autorite", "complaint", "fr", ("Julien Lefèvre", "julien.lefevre@free.fr"),
      "Plainte concernant mes données personnelles",
      "Madame, Monsieur,\n\nMalgré deux demandes de ma part, vous avez continué à utiliser mon adresse pour vos envois "
      "publicitaires et vous ne m'avez jamais répondu. Je vous informe que j'ai déposé aujourd'hui une plainte auprès de "
      "l'Autoriteit Persoonsgegevens, l'autorité néerlandaise de protection des données.\n\nJulien Lefèvre",
      client="thunderbird", notes="has complained to the Dutch DPA")

human("blind-fr-livraison-belgique", "question", "fr", ("Nathalie Peeters", "nathalie.peeters@skynet.example"),
      "Livraison en Belgique ?",
      "Bonjour,\n\nLivrez-vous en Belgique (Liège) ? Je voudrais commander deux bacs potagers surélevés. Quels seraient les "
      "frais de port ?\n\nMerci d'avance,\nNathalie", client="applemail")

# === machine mail =============================================================================

# --- out-of-office and other auto-replies ---------------------------------------------------------

auto_reply("blind-ooo-exchange-nl-vakantie", "nl", ("Ilse Lammers", "i.lammers@waterschap-rivierland.example"),
           "Automatisch antwoord: Uw vraag [GH-2024-0466]",
           "Beste afzender,\n\nTot en met vrijdag 14 juni ben ik met vakantie. Uw bericht wordt niet doorgestuurd. "
           "Voor dringende vragen kunt u bellen met 0344-649090.\n\nMet vriendelijke groet,\nIlse Lammers",
           EXCHANGE_OOF.format(id=OUR_REPLY_ID, addr="i.lammers@waterschap-rivierland.example"), html=True,
           notes="Exchange Online out-of-office with Auto-Submitted")

auto_reply("blind-ooo-outlook-nl-zonder-autosubmitted", "nl", ("Wouter Brink", "w.brink@brink-makelaardij.example"),
           "Automatisch antwoord: Uw vraag [GH-2024-0470]",
           "Ik ben vandaag niet op kantoor en lees uw bericht morgen. Met spoed? Bel dan 030-7001122.\n\nWouter Brink",
           "Thread-Topic: Uw vraag [GH-2024-0470]\nContent-Language: nl-NL\nX-Auto-Response-Suppress: All\n"
           "X-MS-Exchange-Inbox-Rules-Loop: w.brink@brink-makelaardij.example\n",
           notes="Exchange out-of-office without Auto-Submitted")

auto_reply("blind-ooo-gmail-nl-verlof", "nl", ("Lotte Mertens", "lottemertens@gmail.com"),
           "Met verlof",
           "Hoi, ik ben met ouderschapsverlof tot half juli en kijk maar af en toe in mijn mail. Ik reageer zo snel als ik "
           "kan.\n\nLotte", "Auto-Submitted: auto-replied\n", notes="Gmail vacation responder")

auto_reply("blind-ooo-nl-privacy-doorverwijzing", "nl", ("Tuincentrum De Vlasakker", "info@devlasakker.example"),
           "Re: Uw vraag [GH-2024-0473]",
           "Bedankt voor uw bericht. Wij zijn tot en met 10 juni gesloten in verband met de verbouwing.\n\n"
           "Wilt u inzage in of verwijdering van uw gegevens, mail dan naar privacy@devlasakker.example. Afmelden voor onze "
           "nieuwsbrief kan via de link onderaan elke nieuwsbrief.\n\nTeam De Vlasakker",
           "Auto-Submitted: auto-replied\nX-Autorespond: Bedankt voor uw bericht\n",
           notes="autoresponder whose text names privacy rights and unsubscribing")

auto_reply("blind-ooo-nl-precedence-only", "nl", ("Familie Wagenaar", "wagenaar.thuis@home.nl"),
           "Niet thuis",
           "Wij zijn op vakantie in Portugal tot 16 juni. Uw mail lezen wij als we terug zijn.",
           "Precedence: auto_reply\n", notes="Precedence: auto_reply only")

auto_reply("blind-ooo-en-exchange-conference", "en", ("Rachel Ellis", "r.ellis@kewgardenssupply.example"),
           "Automatic reply: Your question [GH-2024-0475]",
           "Thank you for your email. I am attending the Garden Retail Summit until Thursday 6 June with limited access to "
           "email. For urgent matters please contact orders@kewgardenssupply.example.\n\nBest regards,\nRachel Ellis",
           "Thread-Topic: Your question [GH-2024-0475]\nContent-Language: en-GB\nauto-submitted: auto-generated\n"
           "x-ms-exchange-generated-message-source: Mailbox Rules Agent\nX-Auto-Response-Suppress: All\n", html=True,
           notes="Exchange out-of-office in English with Auto-Submitted")

auto_reply("blind-ooo-en-x-autoreply", "en", ("Sam Hughes", "sam@hughesandco.example"),
           "Away until Monday",
           "Hi, I'm away from the office until Monday 10 June. Your email has not been forwarded.\n\nSam",
           "X-Autoreply: yes\nPrecedence: bulk\n", notes="X-Autoreply and Precedence, no Auto-Submitted")

auto_reply("blind-ooo-de-abwesend", "de", ("Martina Schulz", "m.schulz@gartenbau-schulz.example"),
           "Abwesenheitsnotiz: Ihre Anfrage [GH-2024-0478]",
           "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21. Juni nicht im Büro. Ihre E-Mail wird nicht "
           "weitergeleitet.\n\nMit freundlichen Grüßen\nMartina Schulz",
           "Auto-Submitted: auto-replied\n", notes="German out-of-office")

auto_reply("blind-autoreply-en-ticket", "en", ("Petal & Pot Support", "support@petalandpot.example"),
           "[Ticket #40213] We've received your request",
           "Hi there,\n\nThanks for getting in touch. We've received your request and a member of our team will get back to you "
           "within 2 working days. Your ticket number is #40213.\n\nPetal & Pot Support",
           "Auto-Submitted: auto-replied\nX-Mailer: Freshdesk\n", html=True, notes="helpdesk acknowledgement")

# --- bounces and delay warnings ---------------------------------------------------------------------

dsn("blind-bounce-postfix-en-user-unknown", "en",
    "Mail Delivery System <MAILER-DAEMON@mail.brightgarden.example>",
    "Undelivered Mail Returned to Sender",
    "This is the mail system at host mail.brightgarden.example.\n\nI'm sorry to have to inform you that your message could "
    "not\nbe delivered to one or more recipients. It's attached below.\n\n<lucy@oldnursery.example>: host "
    "mx.oldnursery.example[185.40.2.9] said: 550 5.1.1\n    <lucy@oldnursery.example>: Recipient address rejected: User unknown",
    "Reporting-MTA: dns; mail.brightgarden.example\nX-Postfix-Queue-ID: 4Tr8Wq1Zk3z4xPd\n\n"
    "Final-Recipient: rfc822; lucy@oldnursery.example\nOriginal-Recipient: rfc822;lucy@oldnursery.example\nAction: failed\n"
    "Status: 5.1.1\nRemote-MTA: dns; mx.oldnursery.example\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <lucy@oldnursery.example>: Recipient address rejected: User unknown\n",
    notes="bounce; Postfix, user unknown")

dsn("blind-bounce-outlook-nl-postvak-vol", "nl",
    "Microsoft Outlook <postmaster@outlook.com>",
    "Onbestelbaar: Re: Uw vraag [GH-2024-0471]",
    "Uw bericht heeft deze ontvangers niet bereikt:\n\nm.devos@outlook.com\n\nHet postvak van de ontvanger is vol en kan op "
    "dit moment geen berichten meer ontvangen. Probeer het bericht later opnieuw te verzenden of neem op een andere manier "
    "contact op met de ontvanger.",
    "Reporting-MTA: dns;DB8EUR05HT123.eop-eur05.prod.protection.outlook.com\n\nFinal-Recipient: rfc822;m.devos@outlook.com\n"
    "Action: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\n",
    extra="X-MS-Exchange-Message-Is-Ndr: \nContent-Language: nl-NL\n", original="message",
    notes="bounce; Outlook.com NDR in Dutch, mailbox full")

dsn("blind-bounce-gmail-nl-adres-niet-gevonden", "nl",
    "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    "Delivery Status Notification (Failure)",
    "Adres niet gevonden\n\nJe bericht is niet bezorgd bij petra.vanloon1984@gmail.com omdat het adres niet is gevonden of geen "
    "e-mail kan ontvangen.\n\nDe reactie van de externe server is:\n550 5.1.1 The email account that you tried to reach does "
    "not exist.",
    "Reporting-MTA: dns; googlemail.com\nArrival-Date: Mon, 03 Jun 2024 22:15:02 -0700 (PDT)\n\n"
    "Final-Recipient: rfc822; petra.vanloon1984@gmail.com\nAction: failed\nStatus: 5.1.1\n"
    "Remote-MTA: dns; gmail-smtp-in.l.google.com.\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach "
    "does not exist.\n", extra="Auto-Submitted: auto-replied\n", notes="bounce; Gmail DSN with a Dutch text")

dsn("blind-bounce-en-rejected-as-spam", "en",
    "Mail Delivery System <Mailer-Daemon@cp12.sharedhost.example>",
    "Mail delivery failed: returning message to sender",
    "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to "
    "one or more of its recipients. This is a permanent error. The following address(es) failed:\n\n"
    "  accounts@greenleaf-wholesale.example\n    host mx.greenleaf-wholesale.example [91.200.1.4]\n"
    "    SMTP error from remote mail server after end of data:\n    554 5.7.1 Message rejected as spam",
    "Reporting-MTA: dns; cp12.sharedhost.example\n\nAction: failed\nFinal-Recipient: rfc822;accounts@greenleaf-wholesale.example\n"
    "Status: 5.7.1\nRemote-MTA: dns; mx.greenleaf-wholesale.example\nDiagnostic-Code: smtp; 554 5.7.1 Message rejected as spam\n",
    extra="X-Failed-Recipients: accounts@greenleaf-wholesale.example\nAuto-Submitted: auto-replied\n",
    notes="bounce; Exim, rejected as spam")

dsn("blind-delay-exchange-en", "en",
    "Microsoft Outlook <postmaster@hortimarkt-partners.example>",
    "Delivery delayed:Your question [GH-2024-0480]",
    "Delivery is delayed to these recipients or groups:\n\nfinance@hortimarkt-partners.example\n\nThis message hasn't been "
    "delivered yet. Delivery will continue to be attempted.\n\nThe server will keep trying to deliver this message for the "
    "next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.",
    "Reporting-MTA: dns;EXCH02.hortimarkt.local\n\nFinal-Recipient: rfc822;finance@hortimarkt-partners.example\n"
    "Action: delayed\nStatus: 4.4.7\nWill-Retry-Until: Fri, 07 Jun 2024 08:00:00 +0000\n",
    extra="X-MS-Exchange-Message-Is-Ndr: \n", notes="dsn-delay/warning; Exchange, in English")

dsn("blind-delay-nl-provider", "nl",
    "Mail Delivery System <MAILER-DAEMON@smtp.webhuis.example>",
    "Waarschuwing: bericht nog niet afgeleverd",
    "Dit is een automatisch bericht van de mailserver smtp.webhuis.example.\n\nUw bericht aan "
    "<info@kwekerij-hazenberg.example> kon de afgelopen 24 uur nog niet worden afgeleverd. De server blijft het nog 4 dagen "
    "proberen. U hoeft het bericht niet opnieuw te versturen.",
    "Reporting-MTA: dns; smtp.webhuis.example\n\nFinal-Recipient: rfc822; info@kwekerij-hazenberg.example\nAction: delayed\n"
    "Status: 4.4.2\nDiagnostic-Code: smtp; 421 4.4.2 mx.kwekerij-hazenberg.example: connection dropped\n",
    extra="Auto-Submitted: auto-replied\n", notes="dsn-delay/warning; Dutch text")

# --- read receipts -----------------------------------------------------------------------------------


def read_receipt(name: str, lang: str, sender: tuple[str, str], subject: str, text: str, ua: str,
                 disposition: str) -> None:
    n = _n()
    display, addr = sender
    domain = addr.split("@")[1]
    b = f"mdn{_digest('bmdn', n)[:18]}"
    raw_noise(name, lang, (
        f"Return-Path: <{addr}>\nDelivered-To: {INFO}\n" + _received(n, f"smtp.{domain}", f"31.{n % 250}.8.9")
        + f"From: {display} <{addr}>\nTo: {INFO}\nSubject: {subject}\nDate: {_date(n)}\n"
        f"Message-ID: <{_digest('bmdnid', n)[:20]}@{domain}>\nMIME-Version: 1.0\n"
        f'Content-Type: multipart/report; report-type=disposition-notification; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{_qp(text)}\n"
        f"--{b}\nContent-Type: message/disposition-notification\n\nReporting-UA: {ua}\nFinal-Recipient: rfc822;{addr}\n"
        f"Original-Message-ID: {OUR_REPLY_ID}\nDisposition: {disposition}\n\n--{b}--\n"
    ), "read receipt")


read_receipt("blind-mdn-outlook-nl-gelezen", "nl", ("Hanneke Bos", "hanneke.bos@gemeente-vianen.example"),
             "Gelezen: Uw vraag [GH-2024-0461]",
             "Uw bericht\n\n  Aan: Hanneke Bos\n  Onderwerp: Uw vraag [GH-2024-0461]\n  Verzonden: dinsdag 4 juni 2024 "
             "09:41:27 (UTC+02:00)\n\nis gelezen op dinsdag 4 juni 2024 10:03:55 (UTC+02:00).",
             "EXCH01.gemeente-vianen.local; Microsoft Outlook 16.0",
             "manual-action/MDN-sent-manually; displayed")

read_receipt("blind-mdn-outlook-nl-niet-gelezen", "nl", ("Bert Smeets", "b.smeets@smeets-transport.example"),
             "Niet gelezen: Uw vraag [GH-2024-0463]",
             "Uw bericht\n\n  Aan: Bert Smeets\n  Onderwerp: Uw vraag [GH-2024-0463]\n  Verzonden: woensdag 5 juni 2024 "
             "14:12:09 (UTC+02:00)\n\nis verwijderd zonder te zijn gelezen op woensdag 5 juni 2024 16:40:18 (UTC+02:00).",
             "EXCH03.smeets.local; Microsoft Outlook 16.0",
             "manual-action/MDN-sent-automatically; deleted")

read_receipt("blind-mdn-en-read", "en", ("Alan Price", "alan.price@pricelandscapes.example"),
             "Read: Your question [GH-2024-0468]",
             "Your message\n\n  To: Alan Price\n  Subject: Your question [GH-2024-0468]\n  Sent: 5 June 2024 11:20\n\n"
             "was read on 5 June 2024 13:02.", "mail.pricelandscapes.example; Microsoft Outlook 16.0",
             "manual-action/MDN-sent-manually; displayed")

# --- newsletters, marketing and notifications ------------------------------------------------------------

bulk("blind-newsletter-nl-zadenhandel", "nl", "Zaadhandel Ten Brinke <nieuws@zaadhandeltenbrinke.example>",
     "Zaaikalender juni + gratis zakje zonnebloemen",
     "Beste kweker,\n\nDe zaaikalender voor juni staat klaar: andijvie, boerenkool en bieten kunnen nu buiten worden "
     "gezaaid. Bij elke bestelling boven de 25 euro een gratis zakje zonnebloemzaad.\n\n"
     "Je ontvangt deze mail omdat je klant bent bij Zaadhandel Ten Brinke. Wil je geen mail meer? Meld je hier af.",
     "List-Unsubscribe: <https://zaadhandeltenbrinke.us14.list-manage.com/unsubscribe?u=4e2f&id=91ab>\n"
     "List-Unsubscribe-Post: List-Unsubscribe=One-Click\nX-Mailer: MailChimp Mailer - **CID91ab22cd**\n"
     "Feedback-ID: 14:14:us14:mailchimp\n", "mailing-list; supplier newsletter (Mailchimp)")

bulk("blind-newsletter-nl-avg-webinar", "nl", "Privacy Praktijk <nieuwsbrief@privacypraktijk.example>",
     "Webinar: wat doe je met een inzageverzoek of een datalek?",
     "Beste ondernemer,\n\nKrijgt u een verzoek om inzage of verwijdering van gegevens, of ontdekt u een datalek? In ons "
     "gratis webinar van 27 juni leggen we uit wat u moet doen, welke termijnen gelden en wanneer u de Autoriteit "
     "Persoonsgegevens moet inlichten.\n\nU ontvangt deze nieuwsbrief omdat u zich heeft ingeschreven op privacypraktijk.example. "
     "Uitschrijven kan altijd.",
     "List-Unsubscribe: <https://privacypraktijk.emailprovider.example/unsub/7f3e>\nPrecedence: bulk\nX-Mailer: Laposta\n",
     "mailing-list; newsletter about GDPR requests and breaches")

bulk("blind-newsletter-en-trade-magazine", "en", "HortiWeek <editor@hortiweek.example>",
     "This week: peat-free compost rules, spring footfall up 8%",
     "Good morning,\n\nIn this week's issue: the new rules on peat-free compost, why garden centre footfall rose 8% this "
     "spring, and five tips for your summer displays.\n\nYou are receiving this email because you subscribed to HortiWeek. "
     "Unsubscribe | Update preferences",
     "List-Unsubscribe: <mailto:unsubscribe@hortiweek.example?subject=unsubscribe>, <https://hortiweek.example/unsubscribe>\n"
     "List-Unsubscribe-Post: List-Unsubscribe=One-Click\nX-Mailer: Campaign Monitor\n",
     "mailing-list; trade magazine newsletter")

bulk("blind-notification-nl-boekhouding", "nl", "Boekhoudpakket <noreply@boekhoudpakket.example>",
     "Er staat een nieuwe inkoopfactuur voor u klaar",
     "Beste Groenhuis B.V.,\n\nIn uw administratie is een nieuwe inkoopfactuur binnengekomen van Potterie Van Hout "
     "(EUR 1.284,50). Log in om de factuur te controleren en te boeken.",
     "Auto-Submitted: auto-generated\n", "auto-reply; accounting notification from a no-reply address", html_only=True)

bulk("blind-notification-en-app-store", "en", "App Store Connect <no_reply@appstoreconnect.example>",
     "The status of your app has changed to Ready for Distribution",
     "Dear Groenhuis B.V.,\n\nThe status of Groenhuis Plantenhulp 3.4.1 for iOS has changed to Ready for Distribution.",
     "", "auto-reply; app store notification from a no-reply address")

# --- mailing lists ---------------------------------------------------------------------------------------

n0 = _n()
raw_noise("blind-list-mailman2-hoveniers", "nl", (
    "Return-Path: <hoveniers-utrecht-bounces@lists.groenvakwerk.example>\nDelivered-To: " + INFO + "\n"
    + _received(n0, "lists.groenvakwerk.example", "185.92.4.17")
    + "From: Arjen de Lange <arjen@delangetuinen.example>\nTo: hoveniers-utrecht@lists.groenvakwerk.example\n"
    "Subject: [Hoveniers Utrecht] Klant wil al zijn gegevens verwijderd hebben, facturen ook?\nDate: " + _date(n0) + "\n"
    "Message-ID: <" + _digest("bmm2", n0)[:20] + "@delangetuinen.example>\n"
    "X-BeenThere: hoveniers-utrecht@lists.groenvakwerk.example\nX-Mailman-Version: 2.1.39\nPrecedence: list\n"
    "List-Id: Hoveniers regio Utrecht <hoveniers-utrecht.lists.groenvakwerk.example>\n"
    "List-Unsubscribe: <https://lists.groenvakwerk.example/mailman/options/hoveniers-utrecht>,\n"
    " <mailto:hoveniers-utrecht-request@lists.groenvakwerk.example?subject=unsubscribe>\n"
    "List-Post: <mailto:hoveniers-utrecht@lists.groenvakwerk.example>\n"
    "Sender: \"Hoveniers Utrecht\" <hoveniers-utrecht-bounces@lists.groenvakwerk.example>\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
    "Hallo allemaal,\n\nEen oud-klant vraagt mij om al zijn gegevens te verwijderen. Moet ik dan ook de facturen weggooien, "
    "of mag ik die zeven jaar bewaren voor de belasting? Hoe doen jullie dat?\n\nArjen\n\n"
    "_______________________________________________\nHoveniers Utrecht mailinglijst\n"
    "hoveniers-utrecht@lists.groenvakwerk.example\n"
    "Afmelden: https://lists.groenvakwerk.example/mailman/listinfo/hoveniers-utrecht\n"
), "mailing-list; Mailman 2 post about an erasure request")

n0 = _n()
raw_noise("blind-list-groupsio-en", "en", (
    "Return-Path: <bounce+7f21c9+4412+main@gardenretail.groups.example>\nDelivered-To: " + INFO + "\n"
    + _received(n0, "web01.groups.example", "66.175.222.108")
    + "From: \"Megan Fisher via groups.example\" <megan.fisher=thornbury-nursery.example@groups.example>\n"
    "To: main@gardenretail.groups.example\nSubject: [gardenretail] Anyone using a loyalty app they like?\n"
    "Date: " + _date(n0) + "\nMessage-ID: <" + _digest("bgio", n0)[:16] + ".4412@groups.example>\n"
    "Reply-To: main@gardenretail.groups.example\nX-Original-From: Megan Fisher <megan.fisher@thornbury-nursery.example>\n"
    "Mailing-List: list main@gardenretail.groups.example; contact main+owner@gardenretail.groups.example\n"
    "List-Id: <main.gardenretail.groups.example>\nPrecedence: list\n"
    "List-Unsubscribe: <mailto:main+unsubscribe@gardenretail.groups.example>\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    "Hi all,\n\nWe're looking at loyalty apps for our two shops. Anything you'd recommend, or avoid?\n\nMegan\n\n"
    "_._,_._,_\nYou receive all messages sent to this group. Unsubscribe: main+unsubscribe@gardenretail.groups.example\n"
), "mailing-list; groups.io style list post")

# --- spam ------------------------------------------------------------------------------------------------

n0 = _n()
spam("blind-spam-flagged-nl-seo", "nl",
     f"Return-Path: <info@topvindbaar-seo.example>\nX-Spam-Flag: YES\n"
     f"X-Spam-Status: Yes, score=8.7 required=5.0 tests=BAYES_80,HTML_MESSAGE,RDNS_NONE\nX-Spam-Level: ********\n"
     f"From: Topvindbaar <info@topvindbaar-seo.example>\nTo: {INFO}\nSubject: Groenhuis staat niet op pagina 1 van Google\n"
     f"Date: {_date(n0)}\nMessage-ID: <{_digest('bsp1', n0)[:18]}@topvindbaar-seo.example>\nMIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=utf-8\n",
     "Beste ondernemer,\n\nUw website is slecht vindbaar. Wij zetten u binnen 30 dagen op pagina 1, gegarandeerd.\n",
     "flagged by SpamAssassin (X-Spam-Flag)")

n0 = _n()
spam("blind-spam-flagged-en-gdpr-fine", "en",
     f"Return-Path: <notice@eu-gdpr-compliance-office.example>\nX-Spam-Status: Yes, score=12.1 required=5.0\n"
     f"X-Spam: Yes\nFrom: EU GDPR Compliance Office <notice@eu-gdpr-compliance-office.example>\nTo: {INFO}\n"
     f"Subject: URGENT: GDPR violation notice for groenhuis.nl\nDate: {_date(n0)}\n"
     f"Message-ID: <{_digest('bsp2', n0)[:18]}@eu-gdpr-compliance-office.example>\nMIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=utf-8\n",
     "Your website groenhuis.nl violates Article 13 GDPR. Data subjects have filed complaints. To avoid a fine of up to "
     "EUR 20,000,000, register for our compliance certificate within 48 hours.\n",
     "flagged by a filter; a fake GDPR notice full of complaint words")

n0 = _n()
spam("blind-spam-flagged-nl-datalek-afpersing", "nl",
     f"Return-Path: <leak@protonmail.example>\nX-Spam-Flag: YES\nX-Spam-Status: Yes, score=15.4 required=5.0\n"
     f"From: Anoniem <leak@protonmail.example>\nTo: {INFO}\nSubject: Uw klantendatabase is gelekt\nDate: {_date(n0)}\n"
     f"Message-ID: <{_digest('bsp3', n0)[:18]}@protonmail.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n",
     "Wij hebben een kopie van uw klantendatabase. Betaal 2 BTC binnen 72 uur, anders publiceren wij alle gegevens en melden "
     "wij het datalek bij de pers.\n",
     "flagged by a filter; extortion naming a data breach")

# --- challenge-response and feedback report ------------------------------------------------------------------

n0 = _n()
raw_noise("blind-challenge-nl-bevestig-afzender", "nl", (
    f"Return-Path: <>\nDelivered-To: {INFO}\n" + _received(n0, "mx.spamvrij.example", "178.22.60.3")
    + f"From: Spamvrij <bevestigen@spamvrij.example>\nTo: {INFO}\nSubject: Bevestig uw bericht aan a.bosman@bosmanbouw.example\n"
    f"Date: {_date(n0)}\nMessage-ID: <{_digest('bcr', n0)[:18]}@spamvrij.example>\nAuto-Submitted: auto-replied\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    "Uw bericht aan a.bosman@bosmanbouw.example is tegengehouden. Deze ontvanger accepteert alleen mail van bekende "
    "afzenders. Klik binnen 7 dagen op de link hieronder om te bevestigen dat u een mens bent; daarna wordt uw bericht "
    "afgeleverd.\n\nhttps://spamvrij.example/bevestig?id=" + _digest("bcrl", n0)[:12] + "\n"
), "challenge-response")

n0 = _n()
fb = "arf" + _digest("barf", n0)[:12]
raw_noise("blind-feedback-report-en", "en", (
    f"Return-Path: <>\nDelivered-To: {INFO}\n" + _received(n0, "fbl.mailprovider.example", "65.55.10.1")
    + f"From: Feedback Loop <fbl@mailprovider.example>\nTo: {INFO}\nSubject: complaint about message from 198.2.17.40\n"
    f"Date: {_date(n0)}\nMessage-ID: <{_digest('barfid', n0)[:18]}@fbl.mailprovider.example>\nMIME-Version: 1.0\n"
    f'Content-Type: multipart/report; report-type=feedback-report; boundary="{fb}"\n\n'
    f"--{fb}\nContent-Type: text/plain; charset=utf-8\n\nThis is an email abuse report for an email message received "
    "from IP 198.2.17.40. A user marked it as junk.\n"
    f"--{fb}\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: FBL/1.0\nVersion: 1\n"
    "Source-IP: 198.2.17.40\nOriginal-Mail-From: <nieuwsbrief@groenhuis.nl>\n\n"
    f"--{fb}\nContent-Type: text/rfc822-headers\n\nFrom: The Green Post <nieuwsbrief@groenhuis.nl>\n"
    f"Subject: The Green Post - March\n--{fb}--\n"
), "feedback-report")
