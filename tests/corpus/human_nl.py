"""Mail written by people, in Dutch: unsubscribes, rights requests, complaints, breach
reports and questions, as they reach info@groenhuis.nl."""

from make_corpus import NEWSLETTER_NL, human

# --- unsubscribes ----------------------------------------------------------------------------

human("nl-afmelden-iphone", "unsubscribe", "nl", ("Marieke de Boer", "mariekedeboer@icloud.com"),
      "Afmelden", "Graag afmelden voor de nieuwsbrief", client="iphone")

human("nl-uitschrijven-kort", "unsubscribe", "nl", ("", "r.vandijk@ziggo.nl"),
      "", "Ik wil me uitschrijven aub", client="iphone")

human("nl-uitschijven-typo", "unsubscribe", "nl", ("Gerda Smit", "gerdasmit58@hotmail.com"),
      "mails", "Hoe kan ik me uitschijven van jullie mails?? Ik krijg er bijna elke dag een\n\nGerda", client="android")

human("nl-afmelen-typo", "unsubscribe", "nl", ("kees", "keesbakker@kpnmail.nl"),
      "nieuwsbrief", "wil me afmelen van de nieuwsbrief\ngr kees", client="iphone")

human("nl-stop-met-mailen", "unsubscribe", "nl", ("P. Mulder", "p.mulder@planet.nl"),
      "STOP", "STOP MET MAILEN!!! ik heb hier nooit om gevraagd", client="webmail-html",
      notes="HTML-only webmail")

human("nl-reply-newsletter-haal-van-lijst", "unsubscribe", "nl", ("Anouk Visser", "anouk.visser@gmail.com"),
      "Re: De Groene Post - maart", "Haal mij alsjeblieft van jullie lijst, ik heb me nooit aangemeld.",
      client="gmail", quote=NEWSLETTER_NL, notes="reply quoting the newsletter footer")

human("nl-reply-newsletter-outlook", "unsubscribe", "nl", ("Henk Jansen", "h.jansen@home.nl"),
      "RE: De Groene Post - maart", "Graag geen nieuwsbrieven meer ontvangen.\n\nMvg,\nHenk Jansen",
      client="outlook", quote=NEWSLETTER_NL, quote_style="outlook", notes="Outlook reply, newsletter below")

human("nl-uitschrijven-alleen-onderwerp", "unsubscribe", "nl", ("Ingrid", "ingrid.peeters@me.com"),
      "Uitschrijven", "", client="iphone", notes="subject only")

human("nl-al-twee-keer-afgemeld", "unsubscribe", "nl", ("Bart Hendriks", "bart.hendriks@xs4all.nl"),
      "Nog steeds mails",
      "Goedemiddag,\n\nIk ontvang jullie mails nog steeds terwijl ik me al twee keer heb afgemeld via de link onderaan. "
      "Nu wil ik echt van de lijst af.\n\nBart Hendriks", client="thunderbird")

human("nl-vrouw-ook-afmelden", "unsubscribe", "nl", ("Wim Kramer", "wim.kramer@kpnmail.nl"),
      "nieuwsbrief vrouw",
      "Kunnen jullie het e-mailadres van mijn vrouw (els.kramer@kpnmail.nl) ook van de nieuwsbrief halen? "
      "Ze wil hem niet meer ontvangen.\n\nGroet, Wim", client="applemail")

human("nl-geen-reclame", "unsubscribe", "nl", ("", "fam.dekker@ziggo.nl"),
      "reclame", "Geen reclame meer sturen a.u.b.", client="android")

human("nl-geen-interesse-meer", "unsubscribe", "nl", ("Sandra Willems", "sandrawillems@live.nl"),
      "Groene Post",
      "Beste mensen van Groenhuis,\n\nIk heb geen interesse meer in de Groene Post, wilt u mij uitschrijven.\n\nBedankt,\nSandra",
      client="outlook-web")

human("nl-uitchrijven-typo", "unsubscribe", "nl", ("", "tonnie1962@hotmail.com"),
      "", "graag uitchrijven, dank", client="android")

human("nl-afmleden-typo", "unsubscribe", "nl", ("Lotte", "lotte.vermeulen@gmail.com"),
      "afmleden", "Graag afmleden voor alle mails van jullie. Thx", client="iphone")

human("nl-stop-reply", "unsubscribe", "nl", ("J. Bos", "jbos@telfort.nl"),
      "Re: De Groene Post - maart", "stop", client="iphone", quote=NEWSLETTER_NL,
      notes="one word reply to the newsletter")

human("nl-uit-mailingbestand-verhuisd", "unsubscribe", "nl", ("Ria van Leeuwen", "riavanleeuwen@ziggo.nl"),
      "Verhuisd",
      "Goedemorgen,\n\nMag mijn adres uit jullie mailingbestand? Ik ben verhuisd naar Groningen en kom niet meer in de winkel.\n\nVriendelijke groet,\nRia van Leeuwen",
      client="outlook")

human("nl-dubbele-nieuwsbrief", "unsubscribe", "nl", ("Piet de Wit", "pietdewit@gmail.com"),
      "Nieuwsbrief dubbel",
      "Hallo,\n\nIk krijg de nieuwsbrief dubbel, op twee adressen. Wilt u het adres p.dewit@werk-mail.nl afmelden? Dit adres mag blijven.\n\nPiet",
      client="gmail")

human("nl-niet-meer-bellen-mailen", "rights_request", "nl", ("Fatima El Amrani", "fatima.elamrani@hotmail.com"),
      "bellen", "Ik wil niet meer gebeld worden door jullie verkopers en ook geen mail meer.", client="iphone",
      types="objection", notes="objection to direct marketing by phone, and an unsubscribe")

human("nl-stoppen-met-sturen", "unsubscribe", "nl", ("Joke Meijer", "joke.meijer@kpnmail.nl"),
      "Groene Post",
      "Beste Groenhuis,\n\nIk zou graag willen dat jullie stoppen met het sturen van de Groene Post naar dit adres.\n\nMet vriendelijke groet,\nJoke Meijer",
      client="roundcube")

human("nl-abonnement-nieuwsbrief-opzeggen", "unsubscribe", "nl", ("G.J. Verhoeven", "gj.verhoeven@xs4all.nl"),
      "abonnement nieuwsbrief",
      "Geachte heer, mevrouw,\n\nHierbij zeg ik mijn abonnement op uw nieuwsbrief op.\n\nHoogachtend,\nG.J. Verhoeven",
      client="thunderbird")

human("nl-sms-en-mail", "unsubscribe", "nl", ("", "d.yilmaz@outlook.com"),
      "", "Jullie sms'jes en mails wil ik niet meer ontvangen. Hoe zet ik dat uit?", client="outlook-ios")

human("nl-geen-mail-meer-ouder", "unsubscribe", "nl", ("Hennie Post", "henniepost@home.nl"),
      "geen mail",
      "goedendag\nik wil geen mail meer van jullie ik ben 84 en heb geen tuin meer\nmet vriendelijke groeten Hennie Post",
      client="webmail-html", notes="HTML-only webmail, no punctuation")

human("nl-afmelden-engels-onderwerp", "unsubscribe", "nl", ("Daan", "daan.koster@gmail.com"),
      "unsubscribe", "Doe maar niet meer, die mails. Afmelden graag.", client="gmail")

# --- rights requests: access ------------------------------------------------------------------

human("nl-inzage-formeel", "rights_request", "nl", ("mr. A.C. Brouwer", "ac.brouwer@xs4all.nl"),
      "Verzoek om inzage persoonsgegevens",
      "Geachte heer/mevrouw,\n\nOp grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG) verzoek ik u mij "
      "inzage te geven in de persoonsgegevens die u van mij verwerkt. Ik ontvang graag een kopie van deze gegevens, "
      "de doeleinden van de verwerking, de ontvangers aan wie u mijn gegevens heeft verstrekt en de bewaartermijn.\n\n"
      "Mijn klantnummer is 204611.\n\nHoogachtend,\n\nA.C. Brouwer\nLindelaan 4\n3971 KL Driebergen",
      types="access", client="outlook")

human("nl-welke-gegevens-kort", "rights_request", "nl", ("Yvonne", "yvonne.koopman@icloud.com"),
      "", "Welke gegevens hebben jullie allemaal van mij? Wil graag een overzicht", types="access", client="iphone")

human("nl-hoe-aan-mijn-adres", "rights_request", "nl", ("R. Zwart", "rzwart@planet.nl"),
      "Folder ontvangen",
      "Ik kreeg vandaag een folder van Groenhuis in de bus, op mijn naam. Ik heb nooit iets bij jullie besteld. "
      "Ik wil weten hoe jullie aan mijn naam en adres komen en wat jullie nog meer van mij hebben.",
      types="access", client="android")

human("nl-advocaat-inzage", "rights_request", "nl", ("mr. L. Schouten | Schouten Advocaten", "l.schouten@schoutenadvocaten.nl"),
      "Inzageverzoek AVG namens cliënte mevrouw T. de Graaf",
      "Geachte heer, mevrouw,\n\nIk sta mevrouw T. de Graaf (geboren 14 juli 1979, wonende te Utrecht) bij. Namens cliënte "
      "verzoek ik u op grond van artikel 15 AVG om inzage in alle persoonsgegevens die u van haar verwerkt, waaronder "
      "klantgegevens, correspondentie, aantekeningen van uw klantenservice en gegevens uit uw app.\n\n"
      "Een door cliënte ondertekende machtiging en een kopie van haar identiteitsbewijs (afgeschermd) treft u als bijlage aan.\n\n"
      "Ik verzoek u binnen de wettelijke termijn van één maand te reageren.\n\nMet vriendelijke groet,\n\nmr. L. Schouten\n"
      "Schouten Advocaten\nOudegracht 201\n3511 NH Utrecht\nT 030 - 231 88 00\n\n"
      "Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht ten onrechte heeft ontvangen, "
      "verzoeken wij u het te verwijderen en de afzender te informeren.",
      types="access", client="outlook", attachment=("machtiging_TdGraaf.pdf", "application/pdf"),
      notes="lawyer on behalf of a client; disclaimer")

human("nl-kopie-klantenservice", "rights_request", "nl", ("Mohamed Bakkali", "m.bakkali@gmail.com"),
      "Kopie gegevens",
      "Goedendag,\n\nKunt u mij een kopie sturen van alle gegevens die u over mij heeft opgeslagen, inclusief de opnames "
      "van mijn telefoongesprekken met de klantenservice van vorige maand?\n\nAlvast bedankt,\nMohamed Bakkali",
      types="access", client="gmail")

human("nl-inzage-dreiging-ap", "rights_request", "nl", ("Esther Mol", "esthermol@ziggo.nl"),
      "inzage",
      "Ik vraag jullie om inzage in mijn persoonsgegevens. Als ik binnen een maand niets hoor, dien ik een klacht in "
      "bij de Autoriteit Persoonsgegevens.\n\nEsther Mol", types="access", client="iphone",
      notes="conditional threat: the request is the access, not a complaint")

human("nl-camerabeelden", "rights_request", "nl", ("Tom van der Linden", "tomvdlinden@hotmail.com"),
      "camerabeelden zaterdag",
      "Hallo,\n\nAfgelopen zaterdag ben ik in jullie winkel in Nieuwegein gevallen bij de kassa. Mag ik de camerabeelden "
      "waarop ik te zien ben inzien? Ik heb ze nodig voor mijn verzekering.\n\nTom", types="access", client="android")

human("nl-app-welke-data", "rights_request", "nl", ("Nina", "nina.jacobs@gmail.com"),
      "Vraag over de app",
      "Welke data verzamelt de Groenhuis app eigenlijk over mij? Ook mijn locatie? Ik wil graag een overzicht "
      "van alles wat jullie van mij hebben opgeslagen.", types="access", client="iphone")

human("nl-inzage-typo-geen-accenten", "rights_request", "nl", ("", "b.ozturk@live.nl"),
      "gegevens",
      "goeiedag ik wil graag weten wat jullie alemaal over mij hebben vastgelegd. mijn klantnr is 77812",
      types="access", client="android", notes="typos")

human("nl-inzage-waar-vandaan", "rights_request", "nl", ("Corrie Hoekstra", "corriehoekstra@kpnmail.nl"),
      "Waar heeft u mijn gegevens vandaan?",
      "Geachte mevrouw, heer,\n\nU belde mij gisteren over een aanbieding. Van wie heeft u mijn telefoonnummer gekregen? "
      "Ik wil ook weten welke gegevens u nog meer van mij heeft.\n\nMet vriendelijke groet,\nC. Hoekstra",
      types="access", client="outlook")

# --- rights requests: rectification -------------------------------------------------------------

human("nl-naam-verkeerd-gespeld", "rights_request", "nl", ("Ellen Janssen", "ellen.janssen@gmail.com"),
      "naam",
      "Hoi, mijn naam is verkeerd gespeld in jullie systeem: het is Janssen met dubbel s, niet Jansen. "
      "Kunnen jullie dat aanpassen? Het staat ook zo op de pakjes.", types="rectification", client="iphone")

human("nl-adreswijziging", "rights_request", "nl", ("Frank Bosman", "frank.bosman@ziggo.nl"),
      "Adreswijziging",
      "Goedendag,\n\nPer 1 april woon ik op de Kastanjelaan 18, 3722 GB Bilthoven. Wilt u dit aanpassen in mijn klantgegevens?\n\n"
      "Klantnummer 118203.\n\nMet vriendelijke groet,\nFrank Bosman", types="rectification", client="outlook")

human("nl-geboortedatum-klopt-niet", "rights_request", "nl", ("", "s.meijer1987@hotmail.com"),
      "geboortedatum",
      "In mijn account staat mijn geboortedatum verkeerd, het moet 12-05-1987 zijn en niet 05-12-1987. "
      "Ik kan het zelf niet wijzigen in de app. Willen jullie het corrigeren?", types="rectification", client="android")

human("nl-nieuwe-achternaam", "rights_request", "nl", ("Laura Smits", "laura.smits@outlook.com"),
      "Naamswijziging",
      "Beste Groenhuis,\n\nIk ben onlangs getrouwd en heet nu Laura Smits-de Vries. Willen jullie mijn achternaam "
      "in jullie administratie wijzigen?\n\nGroetjes,\nLaura", types="rectification", client="outlook-ios")

human("nl-emailadres-profiel-oud", "rights_request", "nl", ("A. Kuipers", "a.kuipers@gmail.com"),
      "oud e-mailadres",
      "Het e-mailadres in mijn klantprofiel (akuipers@versatel.nl) bestaat niet meer. Kunnen jullie het wijzigen in dit adres?",
      types="rectification", client="gmail")

human("nl-onjuiste-betaalachterstand", "rights_request", "nl", ("Hans Timmermans", "hanstimmermans@xs4all.nl"),
      "Onjuiste registratie",
      "Geachte heer/mevrouw,\n\nIn uw systeem sta ik geregistreerd met een betalingsachterstand. Dat is onjuist: de factuur van "
      "januari is op 3 februari voldaan (bewijs in de bijlage). Ik verzoek u deze onjuiste gegevens te corrigeren.\n\n"
      "Met vriendelijke groet,\nH. Timmermans", types="rectification", client="thunderbird",
      attachment=("betaalbewijs.pdf", "application/pdf"))

# --- rights requests: erasure ---------------------------------------------------------------------

human("nl-verwijder-alles-boos", "rights_request", "nl", ("", "mvdberg@hotmail.com"),
      "verwijderen",
      "Verwijder al mijn gegevens. Ik wil niks meer met jullie te maken hebben na dit gedoe.", types="erasure",
      client="iphone")

human("nl-afmelden-en-verwijderen", "rights_request", "nl", ("Karin Prins", "karin.prins@ziggo.nl"),
      "Afmelden",
      "Meld me af voor de nieuwsbrief en verwijder al mijn gegevens uit jullie bestand.\n\nKarin Prins",
      types="erasure", client="applemail", notes="unsubscribe and delete my data")

human("nl-account-opheffen", "rights_request", "nl", ("Jeroen", "jeroen.vos@gmail.com"),
      "account opheffen",
      "Hallo, graag mijn account opheffen en alle gegevens wissen. Ik gebruik de app niet meer.\n\nJeroen Vos",
      types="erasure", client="gmail")

human("nl-vergetelheid-art17", "rights_request", "nl", ("Drs. M.A. Groot", "ma.groot@planet.nl"),
      "Verzoek tot verwijdering (art. 17 AVG)",
      "Geachte heer, mevrouw,\n\nHierbij doe ik een beroep op mijn recht op vergetelheid. Ik verzoek u alle persoonsgegevens "
      "die u van mij verwerkt te verwijderen, ook bij de partijen aan wie u ze heeft doorgegeven, en mij dit schriftelijk te bevestigen.\n\n"
      "Hoogachtend,\nDrs. M.A. Groot", types="erasure", client="outlook")

human("nl-advocaat-verwijdering", "rights_request", "nl", ("Secretariaat Van Dam Advocatuur", "secretariaat@vandamadvocatuur.nl"),
      "Uw kenmerk onbekend / cliënt: dhr. R. Aydin",
      "Geachte heer, mevrouw,\n\nNamens onze cliënt, de heer R. Aydin, verzoeken wij u om verwijdering van alle "
      "persoonsgegevens die u van hem verwerkt, waaronder zijn klantaccount, bestelhistorie en gegevens in uw marketingbestanden "
      "(artikel 17 AVG). Cliënt heeft geen lopende bestellingen meer.\n\nWij zien uw bevestiging binnen een maand tegemoet.\n\n"
      "Met vriendelijke groet,\n\nmr. J. van Dam\nVan Dam Advocatuur\n\nAan deze e-mail kunnen geen rechten worden ontleend.",
      types="erasure", client="outlook", reply_to="mr. J. van Dam <j.vandam@vandamadvocatuur.nl>",
      notes="lawyer; sent by the secretary with Reply-To the lawyer")

human("nl-vernietigen", "rights_request", "nl", ("", "rob.hermans@kpnmail.nl"),
      "", "ik wil dat jullie mijn gegevens vernietigen, ook mijn oude bestellingen", types="erasure", client="android")

human("nl-verwijder-mn-gegevens-typo", "rights_request", "nl", ("", "nicky_2001@hotmail.com"),
      "account", "verwijder mn gegevens aub ik heb geen account meer nodig", types="erasure", client="iphone",
      notes="typos, no capitals")

human("nl-overleden-moeder", "rights_request", "nl", ("Anja Roos", "anja.roos@ziggo.nl"),
      "Account van mijn moeder",
      "Beste medewerker,\n\nMijn moeder, mevrouw W. Roos-Bakker, is vorige maand overleden. Zij had een account bij jullie en "
      "kreeg ook de nieuwsbrief. Kunnen jullie haar account en gegevens verwijderen?\n\nVriendelijke groet,\nAnja Roos",
      types="erasure", client="outlook")

# --- rights requests: restriction (Art. 18) ------------------------------------------------------

human("nl-beperking-betwiste-juistheid", "rights_request", "nl", ("Marco Dijkman", "marco.dijkman@xs4all.nl"),
      "Beperking van de verwerking",
      "Geachte heer, mevrouw,\n\nIk betwist de juistheid van de betalingsachterstand die u over mij registreert. Zolang dat wordt "
      "uitgezocht, verzoek ik u de verwerking van deze gegevens te beperken op grond van artikel 18 AVG. Geef ze in die tijd "
      "dus ook niet door aan het incassobureau.\n\nMet vriendelijke groet,\nMarco Dijkman", types="restriction", client="thunderbird")

human("nl-niet-gebruiken-niet-verwijderen", "rights_request", "nl", ("Saskia Lammers", "saskia.lammers@gmail.com"),
      "mijn gegevens",
      "Hallo,\n\nIk wil dat u mijn gegevens voorlopig niet meer gebruikt, maar ze ook nog niet verwijdert: ik heb ze nodig "
      "voor een procedure bij de geschillencommissie. Ik vraag dus om beperking van de verwerking.\n\nSaskia",
      types="restriction", client="gmail")

human("nl-verwerking-opschorten", "rights_request", "nl", ("Johan Kok", "johankok@home.nl"),
      "Verzoek",
      "Beste,\n\nWilt u het gebruik van mijn persoonsgegevens opschorten tot mijn geschil met uw bezorgdienst is opgelost? "
      "Verwijderen is nu nog niet de bedoeling.\n\nJohan Kok", types="restriction", client="applemail")

human("nl-afschermen-gegevens", "rights_request", "nl", ("I. Bulut", "ibulut@outlook.com"),
      "gegevens afschermen",
      "Geachte Groenhuis,\n\nIn verband met een lopend onderzoek verzoek ik u mijn klantgegevens af te schermen, zodat ze niet "
      "meer worden verwerkt behalve voor bewaring.\n\nGroeten,\nI. Bulut", types="restriction", client="outlook-web")

# --- rights requests: portability (Art. 20) ------------------------------------------------------

human("nl-app-gegevens-meenemen", "rights_request", "nl", ("Robin Dekker", "robin.dekker@gmail.com"),
      "overstappen",
      "Hoi! Ik stap over naar een andere tuinapp. Kan ik mijn plantgegevens en verzorgingsschema's meenemen? Graag in een "
      "bestand (CSV of zo) dat ik daar kan importeren.\n\nRobin", types="portability", client="iphone")

human("nl-overdraagbaarheid-formeel", "rights_request", "nl", ("E. Verbeek", "e.verbeek@xs4all.nl"),
      "Verzoek gegevensoverdraagbaarheid",
      "Geachte heer, mevrouw,\n\nOp grond van artikel 20 AVG verzoek ik u de persoonsgegevens die ik aan u heb verstrekt aan mij "
      "te leveren in een gestructureerde, gangbare en machineleesbare vorm, en deze rechtstreeks over te dragen aan "
      "Tuinplanner B.V. (privacy@tuinplanner.example).\n\nHoogachtend,\nE. Verbeek", types="portability", client="outlook")

human("nl-bestelgeschiedenis-overzetten", "rights_request", "nl", ("", "m.hoogendoorn@ziggo.nl"),
      "bestelgeschiedenis",
      "Kunnen jullie mijn bestelgeschiedenis en mijn tuinplan exporteren zodat ik die kan overzetten naar een andere webshop?",
      types="portability", client="android")

human("nl-gegevens-overdragen-nieuwe-aanbieder", "rights_request", "nl", ("Kim de Jong", "kimdejong@live.nl"),
      "mijn data",
      "Beste,\n\nIk wil mijn gegevens uit de Groenhuis app (planten, foto's, notities) overdragen aan mijn nieuwe app. "
      "Hoe krijg ik die in een formaat dat andere apps kunnen lezen?\n\nKim", types="portability", client="outlook-ios")

# --- rights requests: objection (Art. 21) ------------------------------------------------------------

human("nl-bezwaar-direct-marketing", "rights_request", "nl", ("W. van Rijn", "wvanrijn@planet.nl"),
      "Bezwaar",
      "Geachte heer, mevrouw,\n\nIk maak bezwaar tegen het gebruik van mijn gegevens voor direct marketing, per post, mail en telefoon.\n\n"
      "Hoogachtend,\nW. van Rijn", types="objection", client="outlook", notes="direct-marketing objection")

human("nl-geen-profilering", "rights_request", "nl", ("Sanne Kuiper", "sanne.kuiper@gmail.com"),
      "Gepersonaliseerde aanbiedingen",
      "Ik wil niet dat jullie mijn aankopen en gegevens gebruiken voor profilering en gepersonaliseerde aanbiedingen in de app. "
      "Ik maak daar bezwaar tegen.", types="objection", client="gmail")

human("nl-adres-doorverkopen", "rights_request", "nl", ("Gert-Jan Bakker", "gjbakker@kpnmail.nl"),
      "Doorverkopen adres",
      "Ik teken bezwaar aan tegen het doorverkopen of delen van mijn adres met andere bedrijven. Ik krijg sinds ik bij jullie "
      "bestelde folders van allerlei tuincentra.\n\nG.J. Bakker", types="objection", client="roundcube")

human("nl-bezwaar-telemarketing", "rights_request", "nl", ("", "a.vanvliet@hotmail.com"),
      "telefoon",
      "Ik maak bezwaar tegen het gebruik van mijn telefoonnummer voor telemarketing. Bel me niet meer.", types="objection",
      client="iphone")

# --- rights requests: withdrawing consent ----------------------------------------------------------

human("nl-toestemming-fotos-instagram", "rights_request", "nl", ("Lisa Hermans", "lisa.hermans@icloud.com"),
      "Foto's Instagram",
      "Hoi, vorig jaar heb ik toestemming gegeven om foto's van mijn tuin op jullie Instagram te zetten. Die toestemming trek ik in, "
      "willen jullie ze weghalen?\n\nLisa", types="withdraw_consent", client="iphone")

human("nl-toestemming-nieuwsbrief-intrekken", "rights_request", "nl", ("Mr. drs. P. Claassen", "p.claassen@xs4all.nl"),
      "Intrekking toestemming",
      "Geachte heer, mevrouw,\n\nHierbij trek ik mijn toestemming voor het ontvangen van uw nieuwsbrief en andere commerciële "
      "berichten in.\n\nHoogachtend,\nP. Claassen", types="withdraw_consent", client="thunderbird")

human("nl-toestemming-partners", "rights_request", "nl", ("Femke Peters", "femke.peters@outlook.com"),
      "delen met partners",
      "Bij het aanmaken van mijn account heb ik aangevinkt dat mijn gegevens met partners gedeeld mogen worden. "
      "Die toestemming wil ik intrekken.\n\nGroet, Femke", types="withdraw_consent", client="outlook-web")

human("nl-toestemming-tracking-app", "rights_request", "nl", ("", "thijs.vandenberg@gmail.com"),
      "tracking",
      "Mijn toestemming voor tracking en analytische cookies in jullie app trek ik hierbij in. Hoe regel ik dat?",
      types="withdraw_consent", client="gmail")

# --- rights requests: several, and follow-ups ------------------------------------------------------

human("nl-inzage-daarna-verwijderen", "rights_request", "nl", ("Martijn Wouters", "martijn.wouters@ziggo.nl"),
      "AVG",
      "Beste,\n\nIk wil eerst inzage in alle gegevens die jullie van mij hebben en daarna wil ik dat jullie alles verwijderen.\n\n"
      "Martijn", types="access;erasure", client="android")

human("nl-advocaat-inzage-correctie", "rights_request", "nl", ("mr. S. El Idrissi", "s.elidrissi@idrissi-advocaten.nl"),
      "AVG-verzoek namens dhr. K. Bos",
      "Geachte heer, mevrouw,\n\nNamens mijn cliënt, de heer K. Bos, verzoek ik u om inzage in zijn persoonsgegevens (art. 15 AVG). "
      "Voorts verzoekt cliënt u zijn adresgegevens te corrigeren: zijn juiste adres is Molenstraat 7, 5211 AB 's-Hertogenbosch "
      "(art. 16 AVG). De machtiging is bijgevoegd.\n\nHoogachtend,\n\nmr. S. El Idrissi", types="access;rectification",
      client="outlook", attachment=("machtiging.pdf", "application/pdf"))

human("nl-herinnering-inzageverzoek", "rights_request", "nl", ("Petra Scholten", "petra.scholten@gmail.com"),
      "Herinnering: inzageverzoek",
      "Geachte heer, mevrouw,\n\nOp 5 februari heb ik u een inzageverzoek gestuurd. Ik heb nog niets van u gehoord, terwijl de "
      "termijn van een maand inmiddels is verstreken. Ik verzoek u alsnog per omgaande te reageren.\n\nPetra Scholten",
      types="follow_up", client="gmail", notes="reminder of an earlier request")

human("nl-doorgestuurd-eigen-verzoek", "rights_request", "nl", ("Ahmet Kaya", "ahmet.kaya@hotmail.com"),
      "Fwd: verwijderen gegevens",
      "Dit stuurde ik jullie op 12 februari. Nog steeds geen reactie en nog steeds mails. Wanneer gaan jullie dit regelen?",
      types="follow_up", client="outlook-web",
      quote="Verwijder alstublieft al mijn gegevens en stuur me geen mails meer.\n\nAhmet Kaya", quote_style="forward",
      notes="forwards his own earlier request")

# --- complaints, breaches, security reports -----------------------------------------------------------

human("nl-klacht-partner-reclame-ap", "complaint", "nl", ("Hetty van Dam", "hettyvandam@ziggo.nl"),
      "Klacht",
      "Geachte heer/mevrouw,\n\nIk heb een klacht over de manier waarop u met mijn gegevens omgaat. Ik krijg reclame van een "
      "'partner' van u, terwijl ik daar nooit toestemming voor heb gegeven. Ik heb hiervan ook melding gedaan bij de "
      "Autoriteit Persoonsgegevens.\n\nMet vriendelijke groet,\nH. van Dam", client="outlook")

human("nl-formele-klacht-adres-aan-ex", "complaint", "nl", ("Naomi Brink", "naomi.brink@gmail.com"),
      "Formele klacht",
      "Hierbij dien ik een formele klacht in. Uw medewerker heeft mijn nieuwe adres telefonisch doorgegeven aan mijn ex-partner, "
      "die zich voordeed als familielid. Dit is een ernstige schending van mijn privacy.\n\nNaomi Brink", types="breach",
      client="gmail", notes="disclosure to an unauthorised person")

human("nl-incasso-zonder-toestemming", "complaint", "nl", ("R. de Haan", "rdehaan@kpnmail.nl"),
      "Incassobureau",
      "U heeft mijn gegevens zonder mijn toestemming aan een incassobureau gegeven voor een factuur die allang betaald is. "
      "Dat is in strijd met de AVG. Ik wil hier een klacht over indienen.", client="android")

human("nl-klacht-fg", "complaint", "nl", ("Ilse Verhagen", "ilse.verhagen@xs4all.nl"),
      "T.a.v. de functionaris gegevensbescherming",
      "Geachte functionaris gegevensbescherming,\n\nIk wil een klacht indienen over de camera's in het toilet van uw winkel in "
      "Nieuwegein. Ik vind dat een onacceptabele inbreuk op mijn privacy.\n\nMet vriendelijke groet,\nIlse Verhagen",
      client="thunderbird")

human("nl-datalek-factuur-ander", "complaint", "nl", ("Erik Mulder", "erik.mulder@gmail.com"),
      "Datalek!",
      "Ik kreeg vandaag een mail met de factuur van iemand anders: naam, adres, telefoonnummer en bestelling van een andere klant. "
      "Dit is toch een datalek? De factuur zit als bijlage bij deze mail.", types="breach", client="gmail",
      attachment=("factuur_2024-0412.pdf", "application/pdf"))

human("nl-verkeerde-ontvanger-bevestiging", "complaint", "nl", ("Monique Aarts", "monique.aarts@hotmail.com"),
      "bevestiging niet voor mij",
      "Goedemiddag,\n\nUw orderbevestiging is naar de verkeerde ontvanger gestuurd: ik ontving de bestelling van mevrouw "
      "Van den Heuvel uit Zeist, met haar adres en telefoonnummer. Ik heb zelf niets besteld.\n\nMonique Aarts",
      types="breach", client="outlook-web")

human("nl-gegevens-gelekt-phishing", "complaint", "nl", ("", "d.schipper@ziggo.nl"),
      "phishing met mijn klantnummer",
      "Mijn gegevens zijn gelekt! Sinds gisteren krijg ik phishingmails waarin mijn klantnummer en mijn laatste bestelling bij "
      "jullie staan. Hoe kan dat??", types="breach", client="iphone")

human("nl-app-andermans-tuin", "complaint", "nl", ("Joost", "joost.pauwels@gmail.com"),
      "app toont gegevens van een ander",
      "Als ik in de app op 'Mijn tuin' klik zie ik de tuinfoto's, naam en het adres van een andere gebruiker. "
      "Dat lijkt me niet de bedoeling.", types="breach", client="iphone")

human("nl-pakbon-van-iemand-anders", "complaint", "nl", ("Wilma Schouten", "wilmaschouten@home.nl"),
      "pakbon",
      "In mijn pakket zat een pakbon van iemand anders met naam, adres en telefoonnummer. Die van mij zit zeker bij die "
      "andere klant. Wat moet ik ermee?", types="breach", client="android")

human("nl-iedereen-in-cc", "complaint", "nl", ("Ruud Koster", "ruud.koster@xs4all.nl"),
      "Uw mail van vanochtend",
      "Geachte heer, mevrouw,\n\nUw uitnodiging voor de plantenmarkt is vanochtend verstuurd met alle ontvangers zichtbaar "
      "in de CC. Nu heeft iedereen elkaars e-mailadres. Dat is een datalek; ik neem aan dat u dit meldt.\n\nR. Koster",
      types="breach", client="thunderbird")

human("nl-kwetsbaarheid-webshop", "complaint", "nl", ("Sven Hoekman", "sven@hoekman-security.nl"),
      "Kwetsbaarheid in uw webshop (responsible disclosure)",
      "Beste Groenhuis,\n\nIk heb een kwetsbaarheid gevonden in het zoekveld van uw webshop: een cross-site scripting (XSS) "
      "lek waarmee een aanvaller scripts kan laten uitvoeren in de browser van bezoekers. Ik heb geen gegevens ingezien of "
      "opgeslagen. Details en een proof of concept stuur ik graag via een veilig kanaal.\n\nMet vriendelijke groet,\nSven Hoekman",
      types="security_report", client="thunderbird")

human("nl-klacht-geen-reactie-ap", "complaint", "nl", ("Bert Willemsen", "bertwillemsen@planet.nl"),
      "klacht afhandeling",
      "Ik heb in januari gevraagd mijn gegevens te verwijderen en kreeg nooit antwoord. Daarom dien ik nu een klacht in over "
      "de afhandeling. Een kopie van deze klacht stuur ik naar de Autoriteit Persoonsgegevens.\n\nB. Willemsen",
      client="webmail-html")

# --- questions (including service complaints) ---------------------------------------------------------

human("nl-app-traag", "question", "nl", ("Marloes", "marloes.bos@gmail.com"),
      "app", "de app is traag en crasht soms bij het openen van de plantenkalender", client="android",
      notes="service complaint: a question")

human("nl-app-crasht-update", "question", "nl", ("Peter van Wijk", "petervanwijk@ziggo.nl"),
      "App werkt niet meer",
      "Sinds de laatste update crasht de app steeds bij het openen. Ik heb een Samsung A52. Opnieuw installeren helpt niet. "
      "Wat kan ik doen?", client="android")

human("nl-factuur-dubbel-betaald", "question", "nl", ("Anita Veenstra", "anita.veenstra@kpnmail.nl"),
      "Factuur 2024-1187",
      "Goedemorgen,\n\nIk heb factuur 2024-1187 per ongeluk twee keer betaald. Kunnen jullie het bedrag terugstorten op "
      "NL12 RABO 0123 4567 89?\n\nMet vriendelijke groet,\nAnita Veenstra", client="outlook")

human("nl-factuur-nodig-administratie", "question", "nl", ("Hoveniersbedrijf Groen & Zo", "administratie@groenenzo.nl"),
      "factuur bestelling 100812",
      "Goedemiddag,\n\nKunt u mij de factuur sturen van bestelling 100812? Ik heb hem nodig voor onze administratie.\n\n"
      "Met vriendelijke groet,\nMiranda\nHoveniersbedrijf Groen & Zo", client="outlook")

human("nl-factuur-verkeerd-btw", "question", "nl", ("Dirk Boer", "dirk@boerhovenier.nl"),
      "Factuur klopt niet",
      "Op factuur 2024-0988 staat ons oude btw-nummer en de verkeerde bedrijfsnaam. Kunt u een nieuwe factuur sturen met "
      "Boer Hoveniers B.V. en NL859012345B01?", client="outlook",
      notes="correcting an invoice of a business: not personal data")

human("nl-offerte-fruitbomen", "question", "nl", ("Linda Jacobs | Jacobs Groen", "linda@jacobsgroen.nl"),
      "Offerteaanvraag fruitbomen",
      "Beste,\n\nWij zijn een hoveniersbedrijf en willen graag 40 halfstam fruitbomen (appel en peer) afnemen voor een project "
      "in Houten. Kunt u een offerte sturen, inclusief levering?\n\nMet vriendelijke groet,\nLinda Jacobs", client="outlook")

human("nl-zakelijke-tarieven", "question", "nl", ("", "info@tuinontwerpdevries.nl"),
      "zakelijk", "Hebben jullie ook zakelijke tarieven voor hoveniers?", client="applemail")

human("nl-tweede-paasdag-open", "question", "nl", ("Ria", "riabakker@hotmail.com"),
      "", "Zijn jullie op tweede paasdag open?", client="iphone")

human("nl-waar-blijft-bestelling", "question", "nl", ("Stefan Brouwer", "stefan.brouwer@gmail.com"),
      "Bestelling 100234",
      "Waar blijft mijn bestelling? Ordernummer 100234, besteld op 2 maart. Track & trace doet het niet.", client="gmail")

human("nl-pot-gebroken", "question", "nl", ("Hanneke", "hanneke.devos@icloud.com"),
      "kapotte pot",
      "Mijn pakket is beschadigd aangekomen, de grote terracotta pot is in drie stukken. Wat nu? Foto's kan ik sturen.",
      client="iphone")

human("nl-klacht-bezorger", "question", "nl", ("Gerard Pool", "g.pool@kpnmail.nl"),
      "Klacht over bezorging",
      "Ik heb een klacht over de bezorger: hij heeft het pakket met planten gewoon over het hek gegooid. De helft is kapot. "
      "Ik wil dat dit wordt vergoed.", client="outlook", notes="service complaint: a question")

human("nl-slechte-service", "question", "nl", ("", "bianca1975@live.nl"),
      "", "Slechte service!! Al drie keer gebeld en niemand neemt op. Ik wil gewoon weten wanneer mijn kas geleverd wordt.",
      client="android")

human("nl-reply-newsletter-tomaten", "question", "nl", ("Eva Smeets", "eva.smeets@gmail.com"),
      "Re: De Groene Post - maart",
      "Leuk artikel over zaaien! Welke tomatenrassen raden jullie aan voor op het balkon?",
      client="gmail", quote=NEWSLETTER_NL, notes="reply quoting the newsletter footer")

human("nl-reply-newsletter-korting", "question", "nl", ("Cor Huisman", "cor.huisman@ziggo.nl"),
      "RE: De Groene Post - maart",
      "Geldt de korting op de moestuinbakken ook in de winkel of alleen in de webshop?\n\nCor",
      client="outlook", quote=NEWSLETTER_NL, quote_style="outlook")

human("nl-bedankt-levering", "question", "nl", ("Marja", "marja.timmer@home.nl"),
      "bedankt", "Bedankt voor de snelle levering, de rozen zien er prachtig uit!", client="iphone")

human("nl-doorgestuurd-retour", "question", "nl", ("Kevin Smit", "kevin.smit@outlook.com"),
      "Fwd: Uw bestelling",
      "Zie hieronder. Ik heb de bestelling drie weken geleden teruggestuurd maar nooit een bevestiging of mijn geld gekregen.",
      client="outlook-web",
      quote="Bedankt voor uw bestelling bij Groenhuis!\nOrdernummer: 100187\nTotaal: EUR 64,95", quote_style="forward",
      notes="forwarded thread")

human("nl-gemengd-engels", "question", "nl", ("Sophie Wang", "sophie.wang@gmail.com"),
      "order",
      "Hi, ik heb een question over mijn order 100455. The delivery was supposed to be gisteren maar ik heb niks ontvangen. "
      "Kunnen jullie checken waar het pakket is?", client="gmail", notes="mixed Dutch and English")

human("nl-wachtwoord-reset", "question", "nl", ("", "jan.vdmeer@hotmail.com"),
      "inloggen", "Kan ik mijn wachtwoord resetten? Ik krijg geen mail als ik op 'wachtwoord vergeten' klik.", client="outlook-ios")

human("nl-olijfboom-winter", "question", "nl", ("Mieke Hoogland", "miekehoogland@ziggo.nl"),
      "Olijfboom",
      "Goedendag, hoe verzorg ik een olijfboom in de winter? Hij staat in een pot op het balkon.\n\nGroet Mieke", client="applemail")

human("nl-cadeaubon-geldig", "question", "nl", ("Tineke", "tinekevanes@kpnmail.nl"),
      "cadeaubon", "Is mijn cadeaubon nog geldig? Nummer 4432-9981-0012. Ik kreeg hem in 2022.", client="android")

human("nl-vacature", "question", "nl", ("Youssef Amrani", "youssef.amrani@gmail.com"),
      "Vacature",
      "Goedendag,\n\nHebben jullie een vacature voor een tuinmedewerker in de winkel in Nieuwegein? Ik heb ervaring bij een "
      "hoveniersbedrijf. Mijn cv zit in de bijlage.\n\nMet vriendelijke groet,\nYoussef Amrani", client="gmail",
      attachment=("cv_youssef_amrani.pdf", "application/pdf"))

human("nl-app-abonnement-opzeggen", "question", "nl", ("Linda", "linda.maas@icloud.com"),
      "Premium", "Ik wil mijn Premium-abonnement in de app opzeggen. Waar kan dat?", client="iphone",
      notes="cancelling a paid app subscription: not a mailing")

human("nl-bestelling-annuleren", "question", "nl", ("", "h.vandenbroek@ziggo.nl"),
      "annuleren", "Ik wil mijn bestelling 100601 annuleren, hij is nog niet verzonden.", client="android")

human("nl-bloembollen-niet-op", "question", "nl", ("Trudy Kok", "trudykok@hotmail.com"),
      "bloembollen",
      "De bloembollen die ik in oktober kocht zijn bijna allemaal niet opgekomen. Ik wil graag mijn geld terug of nieuwe bollen.",
      client="outlook-web")

human("nl-cold-pitch-seo", "question", "nl", ("Rick | GroeiOnline", "rick@groeionline-marketing.nl"),
      "Meer bezoekers voor groenhuis.nl?",
      "Hoi,\n\nIk zag dat groenhuis.nl op Google niet bovenaan staat bij 'tuincentrum Nieuwegein'. Wij helpen webshops aan meer "
      "bezoekers met SEO. Mag ik u volgende week even bellen?\n\nGroet,\nRick\nGroeiOnline", client="gmail",
      notes="cold sales pitch written by a person")

human("nl-privacyverklaring-vraag", "question", "nl", ("Anne Vermeer", "anne.vermeer@xs4all.nl"),
      "privacyverklaring",
      "In uw privacyverklaring staat dat u gegevens deelt met 'zorgvuldig geselecteerde partners'. Om welke partijen gaat het "
      "in het algemeen? Ik overweeg een account aan te maken.", client="thunderbird",
      notes="a general question about the privacy policy, not a request about her own data")

human("nl-twee-keer-afgeschreven", "question", "nl", ("Bas", "basvanleeuwen@gmail.com"),
      "afschrijving", "Kunnen jullie mij uitleggen waarom ik twee keer ben afgeschreven voor dezelfde bestelling?", client="gmail")

human("nl-dank-voor-antwoord", "question", "nl", ("M. Smulders", "msmulders@planet.nl"),
      "Re: Uw vraag [GH-2024-0312]",
      "Dank voor uw antwoord, daarmee is het voor mij opgelost.\n\nM. Smulders", client="outlook",
      in_reply_to="<case.GH-2024-0312@groenhuis.nl>")

human("nl-inloggen-ongeldige-gegevens", "question", "nl", ("", "e.kaya@outlook.com"),
      "inloggen lukt niet",
      "Ik kan niet inloggen in de app, ik krijg steeds de melding 'ongeldige inloggegevens' terwijl mijn wachtwoord klopt.",
      client="outlook-ios")

human("nl-plantenbak-antraciet", "question", "nl", ("Jolanda", "jolanda.kamp@home.nl"),
      "plantenbak", "Graag wil ik weten of de plantenbak Milano ook in antraciet leverbaar is.", client="applemail")

human("nl-verkeerd-bezorgadres-opgegeven", "question", "nl", ("Rutger", "rutger.vos@gmail.com"),
      "bestelling 100702",
      "Ik heb net een bestelling geplaatst maar het verkeerde bezorgadres opgegeven (mijn oude adres). Kunnen jullie het nog "
      "wijzigen voordat hij verzonden wordt? Het moet naar Lindenlaan 3 in Zeist.", client="gmail",
      notes="a delivery address for one order: customer care, not rectification")

human("nl-anders-geschillencommissie", "question", "nl", ("Jacqueline Bos", "jacqueline.bos@ziggo.nl"),
      "terugbetaling",
      "Ik wacht al zes weken op mijn terugbetaling van EUR 129,-. Als ik het geld niet binnen twee weken heb, dien ik een klacht in "
      "bij de Geschillencommissie.", client="outlook",
      notes="conditional threat about a refund: a question")

human("nl-contactformulier", "question", "nl", ("Groenhuis website", "website@groenhuis.nl"),
      "Contactformulier: vraag over levering",
      "Naam: Gijs Bouwman\nE-mail: gijs.bouwman@gmail.com\nTelefoon: 06-12345678\n\nBericht:\nLeveren jullie ook op zaterdag in "
      "Amersfoort? Ik wil een grote kuipplant laten bezorgen.", client="thunderbird",
      reply_to="Gijs Bouwman <gijs.bouwman@gmail.com>",
      extra="X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)\n",
      notes="our own website's contact form (PHPMailer), Reply-To the customer")

human("nl-bcc-gemeente-klacht", "question", "nl", ("Vereniging Tuinpark De Hoef", "bestuur@tuinparkdehoef.nl"),
      "Overlast vrachtwagens Tuinweg",
      "Geachte heer, mevrouw,\n\nNamens de bewoners van tuinpark De Hoef vragen wij aandacht voor de vrachtwagens die 's ochtends "
      "vroeg bij het Groenhuis-magazijn lossen. Kunnen de leveringen na 7.00 uur plaatsvinden?\n\nHet bestuur",
      client="outlook", to="Gemeente Nieuwegein <info@nieuwegein.example>",
      notes="we are in Bcc: our address is not among the recipients")

human("nl-veel-ontvangers", "question", "nl", ("Ton Verschoor", "ton.verschoor@kpnmail.nl"),
      "Parkeerplaats tuincentra",
      "Beste allemaal,\n\nOp zaterdag staat de Tuinweg vol met auto's van bezoekers van de tuincentra. Kunnen we samen "
      "afspreken wie de verkeersregelaars betaalt?\n\nTon Verschoor, buurtvereniging",
      client="outlook",
      to="info@groenhuis.nl, info@intratuin-nieuwegein.example, contact@tuincentrum-overvecht.example",
      cc="wijkagent@politie.example, buurtzaken@nieuwegein.example, redactie@nieuwegeinsekrant.example",
      notes="many recipients at other domains")

human("nl-naam-is-adres", "question", "nl", ("kees.vanderlaan@ziggo.nl", "kees.vanderlaan@ziggo.nl"),
      "openingstijden", "Tot hoe laat zijn jullie op koopavond open?", client="roundcube",
      notes="display name is the address itself")

human("nl-reply-to-prive", "question", "nl", ("Sabine Koning | Gemeente Utrecht", "s.koning@utrecht.example"),
      "Bestelling voor thuis",
      "Hallo, ik bestel vanaf mijn werk maar antwoord graag op mijn privéadres. Is de hortensia 'Annabelle' weer op voorraad?",
      client="outlook", reply_to="sabine.koning@gmail.com", notes="Reply-To at another domain")

human("nl-android-bijlage-foto", "question", "nl", ("Anton", "anton.derks@gmail.com"),
      "Wat is dit voor plant?",
      "Hallo, bijgaand een foto van een plant die bij ons in de tuin opkomt. Weten jullie wat het is en of het onkruid is?",
      client="android", attachment=("IMG_20240312_101544.jpg", "image/jpeg"))

# --- more of everything, as it comes in -----------------------------------------------------------------

human("nl-sms-service-afmelden", "unsubscribe", "nl", ("", "06tinavdberg@hotmail.com"),
      "sms", "Kunt u mij afmelden voor de sms-service met aanbiedingen? Ik krijg er te veel.", client="android")

human("nl-vinkje-nieuwsbrief-per-ongeluk", "unsubscribe", "nl", ("Ruben Claes", "ruben.claes@gmail.com"),
      "nieuwsbrief per ongeluk",
      "Bij het afrekenen heb ik per ongeluk het vakje voor de nieuwsbrief aangevinkt. Kan dat uit? Ik wil hem niet.",
      client="gmail")

human("nl-wanneer-volgende-nieuwsbrief", "question", "nl", ("Greet", "greetvanhoof@ziggo.nl"),
      "nieuwsbrief", "Wanneer komt de volgende nieuwsbrief? Ik ben benieuwd naar de zaaikalender.", client="iphone")

human("nl-aanmelden-nieuwsbrief", "question", "nl", ("Sem", "sem.vandenbosch@gmail.com"),
      "aanmelden", "Hoe kan ik me aanmelden voor de nieuwsbrief? Ik zie nergens een formulier op de site.", client="gmail",
      notes="subscribing, not unsubscribing")

human("nl-nieuwsbrief-komt-niet-meer", "question", "nl", ("Tiny Hermsen", "tinyhermsen@kpnmail.nl"),
      "Groene Post",
      "Ik ontvang de Groene Post sinds januari niet meer, terwijl ik me niet heb afgemeld. Kunnen jullie kijken wat er mis is?",
      client="outlook", notes="wants the newsletter back: not an unsubscribe")

human("nl-inzage-dossier-klacht", "rights_request", "nl", ("Leo Franssen", "leo.franssen@home.nl"),
      "dossier",
      "Geachte heer, mevrouw,\n\nGraag ontvang ik een kopie van mijn klantdossier, inclusief alle notities die uw medewerkers "
      "hebben gemaakt over mijn klacht van vorig jaar over de levering van de tuinkas.\n\nMet vriendelijke groet,\nL. Franssen",
      types="access", client="outlook")

human("nl-nieuw-telefoonnummer", "rights_request", "nl", ("", "w.hazelaar@gmail.com"),
      "telefoonnummer", "Ik heb een nieuw telefoonnummer: 06-41235678. Wilt u dit in mijn gegevens aanpassen?",
      types="rectification", client="iphone")

human("nl-beveiliging-inlog-http", "complaint", "nl", ("Daan Rietveld", "daan.rietveld@xs4all.nl"),
      "Melding beveiligingsprobleem",
      "Beste,\n\nIk wil een beveiligingsprobleem melden: de inlogpagina van jullie app stuurt het wachtwoord via een onversleutelde "
      "verbinding (http) naar de server. Iedereen op hetzelfde wifi-netwerk kan dat meelezen. Graag even laten weten of het "
      "is opgelost.\n\nDaan", types="security_report", client="thunderbird")

human("nl-gebeld-oplichter-bestelling", "complaint", "nl", ("Corine Wijers", "corine.wijers@hotmail.com"),
      "Zijn mijn gegevens gelekt?",
      "Ik werd vandaag gebeld door iemand die zich voordeed als Groenhuis. Hij wist precies wat ik vorige week had besteld en "
      "vroeg om mijn bankgegevens. Zijn mijn gegevens bij jullie gelekt?", types="breach", client="outlook-web")

human("nl-klantenkaart-opzeggen-verwijderen", "rights_request", "nl", ("Henny de Jong", "hennydejong@planet.nl"),
      "klantenkaart",
      "Ik wil graag mijn klantenkaart opzeggen en dat jullie al mijn gegevens verwijderen.\n\nH. de Jong",
      types="erasure", client="applemail")

human("nl-accounts-samenvoegen", "question", "nl", ("Marcel", "marcel.wijnen@gmail.com"),
      "twee accounts", "Kunt u mijn oude account (m.wijnen@versatel.nl) samenvoegen met mijn nieuwe? Dan zie ik al mijn bestellingen.",
      client="gmail")

human("nl-bel-me-terug", "question", "nl", ("", "j.vandermolen@ziggo.nl"),
      "", "Bel me even terug aub 0612345678 ivm bestelling", client="iphone")

human("nl-nog-niet-ontvangen-geld-terug", "question", "nl", ("Gonny Schaap", "gonnyschaap@hotmail.com"),
      "bestelling", "Ik heb mijn bestelling nog steeds niet ontvangen. Als het morgen niet binnen is wil ik mijn geld terug.",
      client="android")

human("nl-uit-klantenbestand-niet-benaderen", "rights_request", "nl", ("A.J. Koopmans", "aj.koopmans@kpnmail.nl"),
      "klantenbestand",
      "Geachte heer, mevrouw,\n\nGraag mijn gegevens uit uw klantenbestand verwijderen en mij niet meer benaderen.\n\n"
      "A.J. Koopmans", types="erasure", client="outlook")

human("nl-advocaat-sommatie-verwijdering", "rights_request", "nl", ("mr. F. Janssens | Janssens Legal", "f.janssens@janssenslegal.nl"),
      "Sommatie - cliënte mevrouw P. Aalbers",
      "Geachte heer, mevrouw,\n\nIk schrijf u namens mevrouw P. Aalbers. Cliënte is nooit klant van u geweest, maar ontvangt "
      "sinds maanden post en e-mail van Groenhuis. Zij betwist dat u een grondslag heeft voor het verwerken van haar gegevens.\n\n"
      "Cliënte sommeert u binnen veertien dagen alle persoonsgegevens van cliënte te verwijderen en dit schriftelijk te "
      "bevestigen. Bij gebreke daarvan zal cliënte een klacht indienen bij de Autoriteit Persoonsgegevens en zich het recht "
      "voorbehouden u in rechte te betrekken.\n\nHoogachtend,\n\nmr. F. Janssens", types="erasure", client="outlook",
      notes="lawyer's demand with a conditional threat: the request is the erasure")

human("nl-klantnummer-kwijt", "question", "nl", ("", "p.roozendaal@home.nl"),
      "", "hallo ik ben mijn klantnummer kwijt kunnen jullie die mailen", client="android")

human("nl-ideal-foutmelding", "question", "nl", ("Nadia", "nadia.bouzid@gmail.com"),
      "betalen lukt niet", "Ik krijg steeds een foutmelding bij het betalen met iDEAL (ING). Is er een storing?", client="iphone")

human("nl-engels-van-nederlander", "rights_request", "en", ("Joost Verkerk", "joost.verkerk@gmail.com"),
      "account", "Dear Groenhuis, please delete my account and all data you have on me. Regards, Joost", types="erasure",
      client="gmail", notes="a Dutch customer writing in English")

human("nl-app-locatie-facebook", "complaint", "nl", ("Tessa Vos", "tessa.vos@icloud.com"),
      "app deelt locatie",
      "Ik las dat jullie app mijn locatie deelt met Facebook zonder dat ik daar toestemming voor heb gegeven. Dat mag niet "
      "volgens de AVG. Ik wil hier een klacht over indienen.", client="iphone")

human("nl-toestemming-intrekken-typo", "rights_request", "nl", ("", "harm.bruins@ziggo.nl"),
      "toestemming", "ik trek mijn toestemiming in voor het gebruik van mijn gegevens voor reclame", types="withdraw_consent",
      client="android", notes="typo")

human("nl-afmelden-voor-alles-en-bezwaar", "rights_request", "nl", ("Wendy Maas", "wendy.maas@gmail.com"),
      "bezwaar reclame",
      "Ik maak bezwaar tegen alle reclame van Groenhuis, per mail, sms en post. Haal mij van al jullie lijsten.",
      types="objection", client="gmail", notes="direct-marketing objection with an unsubscribe")

human("nl-wat-doen-jullie-met-mijn-fotos", "rights_request", "nl", ("Emma de Ruiter", "emma.deruiter@outlook.com"),
      "foto's in de app",
      "Ik heb foto's van mijn tuin in de app gezet voor de plantherkenning. Bewaren jullie die? Ik wil weten welke foto's en "
      "gegevens jullie van mij hebben.", types="access", client="outlook-ios")

human("nl-beperken-tijdens-bezwaar", "rights_request", "nl", ("Koen Smeets", "koen.smeets@xs4all.nl"),
      "Beperking tijdens onderzoek",
      "Geachte heer, mevrouw,\n\nU onderzoekt nog of uw gerechtvaardigd belang zwaarder weegt dan mijn belang. Tot die beslissing "
      "verzoek ik u de verwerking van mijn gegevens te beperken.\n\nMet vriendelijke groet,\nK. Smeets", types="restriction",
      client="thunderbird")

human("nl-gegevens-meenemen-kort", "rights_request", "nl", ("", "fleur.bakker@gmail.com"),
      "export", "Kan ik al mijn gegevens uit de app downloaden om ze mee te nemen naar een andere app?", types="portability",
      client="iphone")

human("nl-verkeerde-mail-ontvangen-iemand-anders", "complaint", "nl", ("Jan Ruiter", "jan.ruiter@kpnmail.nl"),
      "mail niet voor mij bestemd",
      "Goedemorgen,\n\nIk ontving vanochtend een e-mail van jullie klantenservice die niet voor mij bestemd is: het gaat over "
      "de retour en het rekeningnummer van een andere klant. Ik heb hem verder niet doorgestuurd.\n\nJan Ruiter",
      types="breach", client="outlook")
