"""Held-out mail, written apart from the phrase lists: a third blind set of messages to info@groenhuis.nl,
written without looking at the classifier's rules or at earlier examples. It mixes breach reports told as
stories, near-misses that only sound like a breach, rights requests in everyday words, privacy complaints,
unsubscribes (some as replies to De Groene Post) and ordinary questions, mostly in Dutch with some English,
German and French, in the hurried, vague, angry or formal ways real customers write."""

from make_corpus import NEWSLETTER_NL, human

# ---------------------------------------------------------------- breach reports (complaint, breach)

human("blind3-bevestiging-andermans-bestelling", "complaint", "nl", ("Ruud Verhoef", "ruud.verhoef@kpnmail.nl"),
      "bestelling 40211??",
      "Ik krijg net een orderbevestiging binnen maar dit is niet mijn bestelling. Er staat een mevrouw uit "
      "Nieuwegein in\nmet haar adres, telefoonnummer en dat ze 3 hortensia's en een vijverpomp heeft besteld. "
      "Ik ken die vrouw helemaal\nniet. Hoe kan dat? En krijgt zij dan misschien ook mijn gegevens?\n"
      "Graag even uitzoeken want dit hoort niet.",
      types="breach", client="iphone",
      notes="order confirmation of another customer (name, address, phone, order) arrived in his mailbox")

human("blind3-klantenlijst-op-toonbank", "complaint", "nl", ("Hanneke de Bruin", "hannekedebruin@ziggo.nl"),
      "Lijst met klantgegevens bij de kassa Zeist",
      "Goedemiddag,\n\nVanmiddag stond ik bij de kassa in jullie filiaal in Zeist te wachten. Naast de "
      "pinautomaat lag een\nuitgeprinte lijst van de bezorgafspraken voor deze week: namen, adressen, "
      "telefoonnummers, en er stond\nzelfs bij wie er niet thuis is overdag en waar de sleutel ligt. Iedereen "
      "in de rij kon dat lezen.\nMijn eigen naam stond er ook op. Ik vind dat echt onverantwoord, zeker die "
      "opmerking over de sleutel.\n\nMet vriendelijke groet,\nHanneke de Bruin",
      types="breach", client="outlook",
      notes="printed delivery list with names, addresses, phones and key locations left readable at the till")

human("blind3-personeel-roddelt", "complaint", "nl", ("Joyce", "joyce_vd_berg@hotmail.com"),
      "medewerkers amersfoort",
      "zaterdag in de kas in amersfoort hoorde ik 2 medewerkers hardop over een klant praten, met volle naam "
      "(mijn\nbuurvrouw dus) dat ze al 4x iets had teruggebracht en 'zeker geen geld heeft' en dat haar "
      "rekening nog open\nstond. ze noemden ook de straat. er stonden meer mensen bij. dit vind ik echt "
      "niet kunnen, ik heb het haar\nmaar niet verteld. weten jullie wat jullie personeel rondvertelt??",
      types="breach", client="android",
      notes="staff loudly discussed a named customer's returns and unpaid bill in the shop; sender knows her")

human("blind3-app-andermans-tuin", "complaint", "nl", ("Sander", "sandermeijer88@gmail.com"),
      "app laat tuin van iemand anders zien",
      "Na de update van vanochtend log ik in op de plantenapp en ik zie opeens een hele andere tuin. Foto's "
      "van iemands\nachtertuin met het huis erbij, een lijst planten die niet van mij zijn en onder profiel "
      "staat een adres in\nHouten en een 06 nummer. Mijn eigen planten zijn weg. Ik heb niks aangeraakt "
      "verder. Dit lijkt me nogal\nernstig, die persoon ziet nu misschien mijn gegevens.",
      types="breach", client="gmail",
      notes="after an app update he sees another user's garden photos, address and phone number")

human("blind3-oplichter-kent-ordernummer", "complaint", "nl", ("Marian Kok", "marian.kok@live.nl"),
      "Telefoontje van iemand die zegt van Groenhuis te zijn",
      "Ik werd gisteren gebeld door een man die zei dat hij van jullie bezorgdienst was. Hij wist mijn "
      "ordernummer,\ndat ik een loungeset had besteld en dat die donderdag geleverd zou worden. Ik moest "
      "nog 'bezorgkosten'\nbetalen via een linkje. Ik heb gelukkig niet betaald, mijn zoon zei dat het "
      "oplichting is. Maar hoe weet\nzo iemand dat allemaal? Dat wist alleen Groenhuis. Ik wil weten "
      "hoe dit kan en wie er nog meer bij\nmijn gegevens kan.",
      types="breach", client="ipad",
      notes="scammer phoned knowing her order number, product and delivery date; only the company had that")

human("blind3-workshop-mail-alle-adressen", "complaint", "nl", ("Ellen Hoogeveen", "e.hoogeveen@xs4all.nl"),
      "Re: Herinnering workshop kransen binden",
      "Beste mensen,\n\nDe herinnering voor de workshop van vrijdag is naar alle deelnemers tegelijk "
      "gestuurd met alle\nmailadressen zichtbaar in het aan-veld. Het zijn er ruim veertig, met voor- en "
      "achternamen. Er heeft\ninmiddels al iemand op 'allen beantwoorden' geklikt om te vragen of iemand "
      "mee wil rijden. Graag\nin het vervolg BCC gebruiken, en ik zou het netjes vinden als jullie de "
      "deelnemers hierover informeren.\n\nGroet, Ellen",
      types="breach", client="roundcube",
      notes="workshop reminder sent with all ~40 participants' names and addresses visible in To")

human("blind3-camerabeeld-facebook", "complaint", "nl", ("Dennis Wolters", "dwolters@gmail.com"),
      "foto van mij op jullie facebook",
      "Op de facebookpagina van Groenhuis Houten staat een foto van jullie bewakingscamera op de parkeerplaats. "
      "Daar\nsta ik op, heel duidelijk herkenbaar, met mijn auto en het kenteken leesbaar. Erbij staat "
      "'wie kent deze\nmeneer, hij heeft een winkelwagen meegenomen'. Die kar heb ik gewoon teruggezet. "
      "Mijn collega's hebben\nhet al gezien. Haal dat weg en leg uit waarom jullie camerabeelden op internet zetten.",
      types="breach", client="android",
      notes="CCTV still showing him and his licence plate posted on the shop's Facebook page")

human("blind3-nieuwsbrief-andermans-punten", "complaint", "nl", ("Wim Brouwer", "wimbrouwer@home.nl"),
      "Re: De Groene Post",
      "Deze nieuwsbrief begint met 'Beste Marieke' en onderaan staat een klantnummer, het aantal spaarpunten en "
      "een\nverjaardag die niet van mij zijn. Ik ben Wim. Dus Marieke krijgt vermoedelijk die van mij "
      "met mijn gegevens.\nDat lijkt me niet de bedoeling.",
      types="breach", client="gmail", quote=NEWSLETTER_NL, quote_style="gmail",
      notes="reply to newsletter: his copy carried another customer's name, customer number, points and birthday")

human("blind3-usb-stick-parking", "complaint", "en", ("Tom Aldridge", "tom.aldridge@outlook.com"),
      "Found a USB stick with your customer files",
      "Hi,\n\nI found a USB stick on the ground in the car park of your Amersfoort store on Sunday. It has "
      "a Groenhuis\nsticker on it so I had a look to see who it belonged to. It contains spreadsheets with "
      "what look like\nhundreds of customer names, home addresses, phone numbers and garden design quotes. "
      "I have not copied\nanything. Who can I hand it to? Frankly somebody should be told about this.\n\n"
      "Tom",
      types="breach", client="outlook-web",
      notes="finder of a lost USB stick with customer spreadsheets asks where to return it")

human("blind3-offerte-link-nummer", "complaint", "en", ("Priya Raman", "priya.raman@gmail.com"),
      "quote link shows other people's gardens",
      "The link you sent for my garden design quote ends in a number. Out of curiosity I changed the last digit "
      "and\nnow I'm looking at somebody else's quote - their name, address, drawings of their back garden "
      "and the price.\nIt works for every number I try. No login needed. You might want to fix that "
      "quickly, anyone with the\nlink can browse through all of them.\nsent from phone sorry for typos",
      types="breach", client="iphone-en",
      notes="quote link with sequential id exposes other customers' names, addresses and designs")

human("blind3-rechnung-fremder-kunde", "complaint", "de", ("Jürgen Hartmann", "j.hartmann@web.de"),
      "Falsche Rechnung im Anhang",
      "Guten Tag,\n\nim Anhang Ihrer Mail mit meiner Rechnung war nicht meine Rechnung, sondern die eines "
      "anderen Kunden\naus Amersfoort, mit vollem Namen, Anschrift, Telefonnummer und allen Artikeln. "
      "Ich habe die Datei\ngelöscht. Bitte prüfen Sie, ob meine Rechnung umgekehrt bei jemand anderem "
      "gelandet ist.\n\nMit freundlichen Grüßen\nJürgen Hartmann",
      types="breach", client="thunderbird",
      notes="invoice e-mail carried another customer's invoice as attachment")

human("blind3-compte-commandes-autre", "complaint", "fr", ("Sophie Lemaire", "sophie.lemaire@orange.fr"),
      "Mon compte affiche les commandes de quelqu'un d'autre",
      "Bonjour,\nquand je me connecte à mon compte sur votre boutique en ligne, je vois dans « mes commandes » "
      "des achats\nque je n'ai jamais faits, avec le nom et l'adresse de livraison d'une autre personne aux "
      "Pays-Bas.\nJe ne sais pas si cette personne voit aussi mes informations. Pouvez-vous vérifier ?\n"
      "Cordialement,\nSophie Lemaire",
      types="breach", client="applemail",
      notes="web-shop account shows another person's orders and delivery address")

# ---------------------------------------------------------------- near-misses (question)

human("blind3-pakket-bij-buren", "question", "nl", ("Karin", "karin.vos@telfort.nl"),
      "pakket bij de buren",
      "Mijn pakket is bij de buren op nr 14 afgegeven terwijl ik gewoon thuis was. Heb het inmiddels "
      "opgehaald\nhoor, doos was nog dicht, er is niks mis mee. Maar kunnen jullie de bezorger vragen "
      "voortaan gewoon aan\nte bellen? Het is al de 2e keer.",
      client="iphone",
      notes="parcel left with neighbours, unopened; no data exposed, only a delivery complaint")

human("blind3-zijn-gegevens-veilig", "question", "nl", ("Gerrit Jansen", "g.jansen1951@kpnmail.nl"),
      "veiligheid",
      "Geachte heer/mevrouw,\n\nIn de krant las ik dat bij een andere winkelketen hackers gegevens van klanten "
      "hebben gestolen.\nIk heb bij u een klantenpas en heb weleens iets besteld. Hoe zit dat bij u, zijn mijn "
      "gegevens\nveilig? Ik ben niet zo handig met computers en maak me een beetje zorgen.\n\nMet vriendelijke "
      "groet,\nG. Jansen",
      client="outlook",
      notes="general worry after news about a hack elsewhere; nothing happened at Groenhuis")

human("blind3-nep-cadeaubon-mail", "question", "nl", ("Lotte", "lotte.schouten@gmail.com"),
      "is dit van jullie?",
      "Ik kreeg een mail 'Gefeliciteerd! U heeft een Groenhuis cadeaubon van 500 euro gewonnen' met een "
      "link om\nmijn bankgegevens in te vullen. Het kwam van een raar adres en er stond niet eens mijn "
      "naam in, gewoon\n'beste klant'. Ik denk dat het nep is maar wilde het even checken. Ik heb niet "
      "geklikt.",
      client="gmail",
      notes="generic phishing mail using the brand; it knew nothing about her")

human("blind3-app-logt-uit", "question", "nl", ("Bas", "bas.dekker@outlook.com"),
      "App",
      "Die plantenapp logt me steeds uit, elke keer als ik hem open moet ik opnieuw inloggen en dan zegt ie "
      "soms\n'sessie verlopen'. Ben ik gehackt ofzo? Alles in mn account ziet er verder normaal uit. "
      "Android 14,\nSamsung.",
      client="android",
      notes="app keeps logging him out; he wonders about hacking but everything looks normal")

human("blind3-postcode-kassa", "question", "en", ("Mark Evans", "mark.evans@icloud.com"),
      "postcode at checkout?",
      "Quick one: the cashier in Zeist asked for my postcode when I paid. I gave it but afterwards wondered "
      "why\nyou need that for buying a bag of compost? Is it kept somewhere? Just curious, not a big deal.",
      client="iphone-en",
      notes="asks why a postcode is asked at the till; curiosity, no request")

human("blind3-passwort-vergessen", "question", "de", ("Monika Weber", "monika.weber@gmx.de"),
      "Passwort vergessen",
      "Hallo, ich habe mein Passwort für den Webshop vergessen. Ich habe auf 'Passwort vergessen' geklickt, "
      "aber es\nkommt keine Mail an, auch nicht im Spam. Können Sie mir helfen? Ich möchte gern Samen "
      "bestellen.\nGruß Monika Weber",
      client="webmail-html",
      notes="forgot password, reset mail does not arrive")

# ---------------------------------------------------------------- rights requests

human("blind3-wat-weten-jullie", "rights_request", "nl", ("Niels Bakker", "niels.bakker@ziggo.nl"),
      "Wat hebben jullie van mij",
      "Ik wil graag weten wat jullie allemaal van mij bewaard hebben. Ik heb een klantenpas, de app en ik "
      "heb online\nbesteld. Dus alles: aankopen, adressen, wat de app bijhoudt, alles. Kunnen jullie dat "
      "op een rijtje\nzetten en opsturen?",
      types="access", client="iphone",
      notes="wants an overview of everything stored about him across loyalty card, app and web shop")

human("blind3-account-weg", "rights_request", "nl", ("Fleur", "fleurtjuh@hotmail.com"),
      "account weg",
      "hoi, kunnen jullie mn account weghalen? ik gebruik het nooit meer. en dan ook echt alles weg "
      "graag, niet\nalleen op inactief zetten",
      types="erasure", client="android",
      notes="close account and really remove everything")

human("blind3-verhuisd-adres", "rights_request", "nl", ("Familie Dijkstra", "dijkstra.fam@kpnmail.nl"),
      "Nieuw adres",
      "Wij zijn verhuisd van Zeist naar Bunnik. In ons klantaccount staat nog het oude adres en dat krijg "
      "ik er zelf\nniet uit (veld is grijs). Ook staat mijn naam fout, het is Dijkstra met ij, niet "
      "Dykstra.\nNieuw adres: Baron van Nagellstraat 3, 3981 Bunnik.\nGroet, Anke Dijkstra",
      types="rectification", client="ipad",
      notes="moved; asks to fix address and misspelled surname she can't edit herself")

human("blind3-geen-reclame-op-aankopen", "rights_request", "nl", ("Jeroen Peters", "jeroen.peters@xs4all.nl"),
      "Reclame",
      "Sinds ik bij jullie een kas heb gekocht krijg ik steeds folders thuis en mails over kassen, "
      "verwarming, tafels\nenz. Ik heb geen zin dat jullie mijn aankopen gebruiken om mij reclame te sturen. "
      "Dat wil ik niet.\nBestellen wil ik wel blijven doen.",
      types="objection", client="thunderbird",
      notes="objects to purchase history being used for advertising, wants to remain customer")

human("blind3-foto-workshop-intrekken", "rights_request", "nl", ("Ingrid Mulder", "ingrid.mulder@live.nl"),
      "foto workshop",
      "Bij de bloemschikworkshop in maart heb ik op het formulier aangevinkt dat jullie foto's van mij mochten "
      "gebruiken.\nIk ben daar toch op teruggekomen, ik sta nu op jullie website en in de folder. Ik wil dat "
      "niet meer,\nwil die toestemming intrekken.",
      types="withdraw_consent", client="gmail",
      notes="had ticked photo consent at a workshop, now takes it back")

human("blind3-plantenlijst-meenemen", "rights_request", "nl", ("Youssef El Amrani", "y.elamrani@gmail.com"),
      "plantenlijst exporteren",
      "In jullie app heb ik in 3 jaar zo'n 150 planten met verzorgingsnotities en foto's bijgehouden. Ik wil "
      "overstappen\nnaar een andere app. Kan ik al mijn gegevens ergens downloaden in een bestand (csv, json "
      "of zo) zodat ik\ndat daar kan importeren? Ik zie die optie nergens.",
      types="portability", client="gmail",
      notes="wants his plant list and notes as a file to import elsewhere")

human("blind3-niet-gebruiken-tot-uitgezocht", "rights_request", "nl", ("Mr. A. van Leeuwen",
      "a.vanleeuwen@planet.nl"),
      "Betwiste openstaande rekening",
      "Geachte heer, mevrouw,\n\nU heeft mij een aanmaning gestuurd voor een bestelling die ik nooit heb "
      "geplaatst. Volgens uw\nadministratie staat er een bedrag van 389 euro op mijn naam. Zolang niet is "
      "uitgezocht hoe dit zit, wil ik\ndat u mijn gegevens hiervoor niet verder gebruikt en zeker niet "
      "doorgeeft aan een incassobureau.\nBewaren mag, maar zet het stil.\n\nHoogachtend,\nA. van Leeuwen",
      types="restriction", client="outlook",
      notes="disputes an invoice; wants his data frozen, not used or passed to collectors, until resolved")

human("blind3-moeder-afmelden-alles-weg", "rights_request", "nl", ("Petra Visser", "petravisser@ziggo.nl"),
      "Namens mijn moeder",
      "Mijn moeder (mevr. T. Visser-de Graaf, Amersfoort) is vorige maand naar een verpleeghuis gegaan. Zij "
      "krijgt nog\nsteeds de Groene Post en post van jullie. Wilt u haar afmelden en haar gegevens "
      "verwijderen? Ze heeft\nniets meer aan een klantenpas. Ik regel haar zaken, zij staat naast me en "
      "vindt het goed.",
      types="erasure", client="outlook-web",
      notes="daughter on behalf of mother: unsubscribe and delete her details")

human("blind3-advocaat-inzage-wissen", "rights_request", "nl", ("mr. R.J. Koster", "rkoster@kosteradvocatuur.nl"),
      "Cliënt de heer M. Lambers - verzoek ex artikel 15 en 17 AVG",
      "Geachte heer/mevrouw,\n\nNamens mijn cliënt, de heer M. Lambers te Houten, verzoek ik u binnen de "
      "wettelijke termijn een\nvolledige kopie te verstrekken van alle persoonsgegevens die u van hem verwerkt, "
      "met doeleinden,\nontvangers en bewaartermijnen, en deze gegevens vervolgens te wissen voor zover "
      "er geen wettelijke\nbewaarplicht geldt. Een machtiging treft u bijgevoegd.\n\nHoogachtend,\n"
      "mr. R.J. Koster\nKoster Advocatuur",
      types="access;erasure", client="outlook", attachment=("machtiging_Lambers.pdf", "application/pdf"),
      notes="lawyer on behalf of a client asks for a copy of all data and then erasure")

human("blind3-app-locatie-stoppen", "rights_request", "nl", ("Marloes", "marloes.kuipers@icloud.com"),
      "locatie in app",
      "Ik had de app ooit toestemming gegeven voor mijn locatie (voor weerberichten voor mijn tuin). Ik wil dat "
      "niet\nmeer, heb het in de instellingen uitgezet. Maar alle locaties die jullie al hebben opgeslagen "
      "wil ik\nook weg hebben.",
      types="withdraw_consent;erasure", client="iphone",
      notes="turned off location permission and wants stored location history deleted")

human("blind3-copy-incl-camera", "rights_request", "en", ("Daniel Novak", "daniel.novak@gmail.com"),
      "Request for my data",
      "Hello,\n\nCould you send me everything you have on me? That includes my customer card history, "
      "anything from the\napp, notes from customer service calls, and any CCTV footage of me from your "
      "Zeist store on 14 March\nbetween 2 and 3 pm. I'd like it in a format I can actually open.\n\n"
      "Thanks,\nDaniel Novak",
      types="access", client="gmail",
      notes="wants all his data including call notes and CCTV footage of a given date")

human("blind3-moving-abroad", "rights_request", "en", ("Emma Clarke", "emma.clarke@hotmail.com"),
      "Moving back to the UK",
      "Hi there, I'm moving back to the UK next month so I won't be using my account anymore. Before you "
      "close it,\ncould you send me my order history and the garden plans I saved in the app as a file? "
      "After that please\nwipe the lot.\nCheers, Emma",
      types="erasure;portability", client="outlook-ios",
      notes="wants her order history and app plans as a file, then everything deleted")

human("blind3-no-profiling", "rights_request", "en", ("Lars Jensen", "lars.jensen@outlook.com"),
      "personalised offers",
      "Your app keeps showing me 'offers picked for you' based on what I buy and where I go in the shop. I "
      "don't want\nyou building a profile of me for marketing. Please stop doing that with my data.",
      types="objection", client="outlook-web",
      notes="objects to profiling for personalised marketing offers")

human("blind3-wrong-birthday", "rights_request", "en", ("Hannah Groot", "hannah.groot@gmail.com"),
      "wrong birthday on my card",
      "ur system has my birthday as 1 jan 1900 lol. its 23 july 1990. can u fix it, I never get the "
      "birthday voucher\nbecause of it",
      types="rectification", client="iphone-en",
      notes="birthday on loyalty account is wrong, asks correction")

human("blind3-auskunft-kundenkarte", "rights_request", "de", ("Stefan Krüger", "stefan.krueger@web.de"),
      "Meine Daten bei Ihnen",
      "Hallo,\nich kaufe öfter bei Ihnen in Amersfoort ein, wenn wir an der Küste sind, und habe eine "
      "Kundenkarte. Ich\nmöchte gern wissen, welche Daten Sie über mich gespeichert haben und wofür Sie "
      "die verwenden. Eine\nKopie per Mail reicht.\nViele Grüße\nStefan Krüger",
      types="access", client="gmail",
      notes="German customer with loyalty card wants to know what is stored and why")

human("blind3-supprimer-compte", "rights_request", "fr", ("Claire Dubois", "claire.dubois@free.fr"),
      "Suppression de mon compte",
      "Bonjour,\nJ'avais créé un compte sur votre site pour commander des bulbes, mais je n'en ai plus "
      "besoin. Merci de\nsupprimer mon compte ainsi que toutes les informations me concernant (adresse, "
      "téléphone, commandes).\nBien à vous,\nClaire Dubois",
      types="erasure", client="webmail-html",
      notes="French customer asks to delete account and all her information")

# ---------------------------------------------------------------- privacy complaints (complaint, no type)

human("blind3-geen-antwoord-ap", "complaint", "nl", ("Rob Hendriks", "rob.hendriks@kpnmail.nl"),
      "TWEEDE keer: nog steeds niks gehoord",
      "Op 2 februari heb ik gevraagd welke gegevens jullie van mij hebben. Daarna nog een keer gemaild en "
      "gebeld,\nmeisje aan de telefoon zou het doorzetten. Nu zes weken later nog steeds helemaal niks. "
      "Als ik deze\nweek niks hoor dien ik een klacht in bij de Autoriteit Persoonsgegevens. Ik ben er klaar mee.",
      client="outlook",
      notes="earlier access request ignored for six weeks; threatens the Dutch DPA")

human("blind3-tuinmeubel-partner", "complaint", "nl", ("Anouk Smit", "anouk.smit@gmail.com"),
      "Wie heeft mijn adres doorgegeven?",
      "Twee weken nadat ik bij jullie een parasol heb besteld krijg ik post én mail van een tuinmeubelzaak "
      "uit\nVeenendaal met 'als klant van Groenhuis krijgt u 15% korting'. Ik heb nooit gezegd dat jullie "
      "mijn\ngegevens aan andere bedrijven mogen geven. Daar ben ik echt niet blij mee. Wat is hier "
      "aan de hand?",
      client="gmail",
      notes="data apparently passed to a partner furniture shop without consent")

human("blind3-id-kopie-retour", "complaint", "nl", ("Koen van Dam", "koenvandam@hotmail.com"),
      "kopie paspoort bij retour??",
      "Ik wilde vandaag in Houten een kapotte tuinslang terugbrengen en de medewerker wilde een kopie van mijn "
      "paspoort\nmaken 'voor de administratie'. Toen ik dat weigerde kon ik niet ruilen. Dat mag toch "
      "helemaal niet,\nmijn BSN en foto bewaren voor een tuinslang van 12 euro? Wat doen jullie daar "
      "eigenlijk mee?",
      client="android",
      notes="shop demanded a passport copy for a return; he says this is not allowed")

human("blind3-verwijderd-toch-mail", "complaint", "nl", ("Saskia", "saskia.brouwer@live.nl"),
      "jullie zeiden dat alles verwijderd was",
      "In januari heb ik gevraagd mijn account en gegevens te verwijderen en ik kreeg netjes een mail dat dat "
      "gebeurd\nwas. Vandaag krijg ik 'We missen je, Saskia! Hier is 10% korting'. Dus jullie hebben "
      "helemaal niks\nverwijderd en gewoon gelogen. Ik wil weten wat er nu nog van mij is en waarom.",
      client="iphone",
      notes="erasure was confirmed but a win-back mail arrived afterwards; feels lied to")

human("blind3-spam-typo-name", "complaint", "en", ("Oliver Brandt", "o.brandt@xs4all.nl"),
      "You passed on my email address",
      "When I registered with you I misspelled my own name as 'Oliver Brnadt'. I've never used that spelling "
      "anywhere\nelse. Since last month I get spam from three different garden and DIY companies all "
      "addressed to 'Oliver\nBrnadt'. So you sold or shared my address. I did not agree to that and I'd "
      "like an explanation of who\nyou gave it to.",
      client="thunderbird",
      notes="typo in name only used with Groenhuis shows up in third-party spam; accuses them of sharing")

human("blind3-app-contacts-dpa", "complaint", "en", ("Julia Fischer-Smith", "julia.fs@gmail.com"),
      "your app and cookie banner",
      "Your plant app refuses to start unless I give it access to my contacts AND precise location. What does a "
      "plant\napp need my contacts for? And your website has a cookie banner with only 'accept all' and no "
      "way to\nrefuse. This isn't how it's supposed to work in the EU. If it's not changed I'll take it "
      "up with the\nDutch data protection authority.",
      client="gmail",
      notes="app forces contacts/location permission, cookie banner without reject; threatens DPA")

# ---------------------------------------------------------------- unsubscribes

human("blind3-stop-mails", "unsubscribe", "nl", ("Henk", "henkie62@hotmail.com"),
      "stop",
      "stop met die mails aub. elke week weer. hoef het niet",
      client="iphone",
      notes="short: stop the weekly mails")

human("blind3-afmelden-reply", "unsubscribe", "nl", ("Marjolein Post", "marjolein.post@ziggo.nl"),
      "Re: De Groene Post",
      "Graag afmelden, dank je.",
      client="gmail", quote=NEWSLETTER_NL, quote_style="gmail",
      notes="one-line reply to the newsletter asking to be taken off")

human("blind3-moeder-geen-tuin", "unsubscribe", "nl", ("Erik Vermeulen", "erik.vermeulen@gmail.com"),
      "Groene Post voor mijn moeder",
      "Mijn moeder woont sinds kort in een appartement zonder tuin en krijgt nog elke keer jullie "
      "nieuwsbrief\n(m.vermeulen@kpnmail.nl). Ze vraagt of ik haar eraf wil halen, ze weet zelf niet hoe. "
      "Klantenpas mag\nze houden, ze komt nog wel eens voor kamerplanten.",
      client="outlook-ios",
      notes="son asks to stop newsletter for his mother; she keeps her loyalty card")

human("blind3-link-werkt-niet", "unsubscribe", "nl", ("Tineke", "tineke.ras@planet.nl"),
      "Uitschrijven lukt niet",
      "Ik klik op de link onderaan om me uit te schrijven en dan krijg ik een foutmelding. Al drie keer "
      "geprobeerd.\nWillen jullie mij dan zelf van de lijst halen?",
      client="webmail-html",
      notes="unsubscribe link gives an error; asks to be removed manually")

human("blind3-oud-adres-eraf", "unsubscribe", "nl", ("Bram Timmer", "bram.timmer@outlook.com"),
      "nieuwsbrief dubbel",
      "Ik krijg de Groene Post twee keer, op dit adres en op mijn oude werkmail b.timmer@hoveniersbedrijf-"
      "oost.nl.\nDie laatste mag eraf, daar werk ik niet meer. Dit adres wil ik hem wel blijven krijgen.",
      client="outlook-web",
      notes="receives newsletter twice; wants only the old work address removed")

human("blind3-cant-read-dutch", "unsubscribe", "en", ("Ana Costa", "ana.costa@gmail.com"),
      "Re: De Groene Post",
      "Sorry, I don't read Dutch and I have no idea how I got on this list (maybe when I bought a plant "
      "in Zeist?).\nPlease stop sending it.",
      client="gmail", quote=NEWSLETTER_NL, quote_style="gmail",
      notes="expat replying to Dutch newsletter asking to stop it")

human("blind3-too-many-emails", "unsubscribe", "en", ("Rick de Wit", "rickdewit@outlook.com"),
      "enough",
      "Three emails this week about spring sales. That's it for me, take me off your mailing list.",
      client="outlook-ios",
      notes="annoyed by frequency, wants off the list")

human("blind3-keine-newsletter", "unsubscribe", "de", ("Heike Schulz", "heike.schulz@gmx.de"),
      "Newsletter",
      "Hallo,\nbitte schicken Sie mir keinen Newsletter mehr, ich verstehe leider kein Niederländisch.\n"
      "Danke und Gruß\nHeike Schulz",
      client="thunderbird",
      notes="German reader asks to stop Dutch newsletter")

# ---------------------------------------------------------------- questions

human("blind3-koningsdag-open", "question", "nl", ("Mieke", "mieke.bos@kpnmail.nl"),
      "open op koningsdag?",
      "Zijn jullie in Houten open op koningsdag? en zo ja tot hoe laat. wil perkplantjes halen",
      client="iphone",
      notes="opening hours on King's Day")

human("blind3-olijfboom-gele-bladeren", "question", "nl", ("Frank Huisman", "frank.huisman@ziggo.nl"),
      "Re: De Groene Post",
      "Leuk stuk over de olijfboom in deze nieuwsbrief. Mijn olijfboom (vorig jaar bij jullie gekocht, staat "
      "in een grote\npot op het zuiden) krijgt sinds twee weken gele bladeren die er af vallen. Te veel "
      "water of te weinig?\nMoet ik hem verpotten?",
      client="gmail", quote=NEWSLETTER_NL, quote_style="gmail",
      notes="reply to newsletter with a plant-care question about an olive tree")

human("blind3-dubbel-afgeschreven", "question", "nl", ("Linda Groen", "linda.groen@hotmail.com"),
      "2x betaald",
      "Hallo, bij mijn bestelling van zondag (ordernr 40877) is het bedrag van 64,95 twee keer van mijn "
      "rekening\nafgeschreven via iDEAL. De eerste keer leek de betaling te mislukken. Kunnen jullie er "
      "één terugstorten?\nGroetjes Linda",
      client="android",
      notes="charged twice via iDEAL, asks refund")

human("blind3-onvriendelijk-retour", "question", "nl", ("Theo Claassen", "t.claassen@home.nl"),
      "Behandeling bij de servicebalie",
      "Geachte directie,\n\nAfgelopen zaterdag kwam ik in Amersfoort een defecte vijverpomp terugbrengen, "
      "met bon. De jongeman\nachter de servicebalie zuchtte, draaide met zijn ogen en zei dat ik 'hem wel "
      "verkeerd aangesloten zou\nhebben'. Uiteindelijk kreeg ik een tegoedbon in plaats van mijn geld. Zo "
      "ga je niet met klanten om.\nIk ben al twintig jaar klant. Ik verwacht mijn geld terug.\n\nT. Claassen",
      client="outlook",
      notes="service complaint: rude staff at returns desk, wants refund instead of voucher")

human("blind3-app-traag-scannen", "question", "nl", ("Nina", "ninavanderlinden@gmail.com"),
      "app crasht",
      "als ik in de app een plant wil scannen met de camera loopt ie vast en sluit af. vroeger werkte dat "
      "prima.\niphone 12, laatste versie. opnieuw installeren helpt niet",
      client="iphone",
      notes="app crashes when scanning a plant")

human("blind3-seo-aanbod", "question", "nl", ("Kevin | GroeiOnline", "kevin@groeionline-marketing.nl"),
      "Meer bezoekers voor groenhuis.nl?",
      "Hoi team Groenhuis,\n\nIk heb even naar jullie website gekeken en zie veel kansen: jullie scoren niet "
      "op 'tuincentrum\nutrecht' en de laadtijd kan een stuk beter. Wij helpen tuincentra aan 40% meer "
      "organisch verkeer binnen\n3 maanden. Zullen we volgende week 15 minuten bellen?\n\nGroet,\nKevin "
      "Smeets\nGroeiOnline Marketing",
      client="webmail-html",
      notes="cold sales pitch from an SEO agency")

human("blind3-potgrond-niet-bezorgd", "question", "nl", ("Ahmed", "ahmed.bouzid@live.nl"),
      "waar blijft mijn bestelling",
      "10 zakken potgrond besteld op de 3e, zou binnen 3 werkdagen komen. Nu 9 dagen verder en track & trace "
      "zegt al\neen week 'in sorteercentrum'. Wanneer komt het? Anders wil ik geld terug",
      client="android",
      notes="late parcel; asks when it arrives or a refund")

human("blind3-punten-niet-bijgeschreven", "question", "nl", ("Yvonne Pauw", "yvonne.pauw@gmail.com"),
      "spaarpunten",
      "Ik heb vorige week voor ruim 200 euro gekocht in Zeist en mijn pas laten scannen, maar in de app staan "
      "de\npunten er niet bij. Kan dat nog worden bijgeschreven? Bon heb ik nog.",
      client="gmail",
      notes="loyalty points missing after purchase")

human("blind3-hovenier-schutting", "question", "nl", ("J. Wouters", "jwouters@xs4all.nl"),
      "Plaatsen jullie ook schuttingen?",
      "Goedendag, wij hebben een achtertuin van ca 8 x 12 meter in Zeist. Verkopen jullie alleen schuttingen "
      "of kunnen\njullie die ook komen plaatsen? En zo ja wat kost dat ongeveer? Graag een offerte.\n"
      "Met vriendelijke groet, J. Wouters",
      client="applemail",
      notes="asks whether they install fences and for a quote")

human("blind3-workshop-english", "question", "en", ("Sarah Mitchell", "sarah.mitchell@gmail.com"),
      "Re: De Groene Post",
      "Hi! Google Translate tells me there's a terrarium workshop mentioned in here. Is it given in English too, "
      "or\nis it fine if I join and someone helps me out now and then? And how do I sign up?",
      client="gmail", quote=NEWSLETTER_NL, quote_style="gmail",
      notes="reply to newsletter asking about a workshop in English")

human("blind3-grow-lights-supplier", "question", "en", ("Wei Zhang", "sales@brightleaf-lighting.com"),
      "LED grow lights - wholesale offer for garden centres",
      "Dear Purchasing Manager,\n\nBrightLeaf is a manufacturer of full-spectrum LED grow lights. We supply "
      "garden centres in\nGermany and Belgium and would like to offer Groenhuis our wholesale price list, "
      "MOQ 50 pcs.\nMay I send you a catalogue and free samples?\n\nBest regards,\nWei Zhang\nSales Manager",
      client="outlook-web",
      notes="cold wholesale offer from a supplier")

human("blind3-livraison-belgique", "question", "fr", ("Marc Peeters", "marc.peeters@telenet.be"),
      "Livraison en Belgique ?",
      "Bonjour,\nest-ce que vous livrez aussi en Belgique (Liège) ? Je voudrais commander deux grands pots en "
      "terre cuite\net un citronnier. Quels seraient les frais de livraison ?\nMerci d'avance,\nMarc Peeters",
      client="gmail",
      notes="asks about delivery to Belgium and shipping costs")
