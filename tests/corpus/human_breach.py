"""Mail written by people that tells of a suspected personal-data breach in everyday
words (a letter in the wrong letterbox, an app that shows another customer, staff who
talk about a customer), and near-misses that sound alike but are no breach (a parcel
at the neighbours', a forgotten password, a worry without an incident)."""

from make_corpus import NEWSLETTER_NL, human

# --- breach reports, Dutch --------------------------------------------------------------------

human("breach-nl-brief-andere-klant-bus", "complaint", "nl", ("", "h.verbeek@kpnmail.nl"),
      "", "Er lag vanmorgen een brief van jullie in mijn bus voor een mevrouw Kok uit Utrecht. "
      "Haar klantnummer en rekeningnummer staan er gewoon op. wat moet ik daarmee", types="breach",
      client="iphone", notes="misdirected letter, phone one-liner")

human("breach-nl-actiemail-alle-adressen", "complaint", "nl", ("Saskia Hoekstra", "saskia.hoekstra@gmail.com"),
      "Jullie mail over de voorjaarsactie",
      "Hallo,\n\nJullie mail over de voorjaarsactie is naar honderden mensen tegelijk gegaan en ik kan bovenaan al hun "
      "e-mailadressen lezen. Er staat ook het adres van mijn collega tussen, dus die weet nu dat ik bij jullie klant ben. "
      "Niet handig!\n\nSaskia", types="breach", client="gmail",
      notes="mass mail with all recipients visible, no cc/bcc wording")

human("breach-nl-medewerkster-roddelt", "complaint", "nl", ("Gonny Vos", "gonny.vos@hetnet.nl"),
      "Uw medewerkster in Houten",
      "Geachte heer/mevrouw,\n\nUw medewerkster bij de kassa in Houten heeft met mijn buurvrouw besproken wat ik allemaal bij "
      "u koop en dat ik mijn rekening in termijnen betaal. Mijn buurvrouw vertelde het mij zelf op de verjaardag. Dat gaat "
      "niemand iets aan en ik wil weten wat u hieraan doet.\n\nG. Vos", types="breach", client="outlook",
      notes="employee discloses a customer's purchases and payment plan")

human("breach-nl-klantenlijst-google", "complaint", "nl", ("Thijs van Rooij", "thijs.vanrooij@xs4all.nl"),
      "Klantenlijst vindbaar via Google",
      "Beste Groenhuis,\n\nToen ik mijn eigen naam googelde kwam ik uit op een bestand op jullie website (groenhuis.nl/export/"
      "leden_2023.csv). Daarin staan honderden klanten met adres, telefoonnummer en e-mail, ook ik. Iedereen kan dit dus "
      "openen. Haal het alsjeblieft direct weg.\n\nThijs", types="breach", client="thunderbird",
      notes="customer list openly on the web site")

human("breach-nl-sms-kende-bestelling", "complaint", "nl", ("Marjan", "marjan.kuipers@live.nl"),
      "rare sms",
      "Ik kreeg net een sms dat mijn pakket van Groenhuis niet bezorgd kon worden en dat ik 1,95 moest betalen. Er stond "
      "mijn ordernummer in en mijn volledige adres. Alleen jullie weten dat ik die bestelling heb gedaan, hoe komen die "
      "oplichters daaraan?", types="breach", client="android", notes="phishing that knew the order number")

human("breach-nl-map-afleverlijsten-trein", "complaint", "nl", ("Robert Meijer", "robert.meijer@planet.nl"),
      "Map gevonden in de trein",
      "Goedendag,\n\nIn de trein van Utrecht naar Amersfoort heeft iemand in een Groenhuis-jas een map laten liggen. Er zitten "
      "afleverlijsten in met namen, adressen en telefoonnummers van tientallen klanten en wat ze besteld hebben. Ik heb "
      "de map meegenomen. Waar kan ik hem afgeven?\n\nRobert Meijer", types="breach", client="applemail",
      notes="lost papers with customer data found by a stranger")

human("breach-nl-app-ingelogd-als-ander", "complaint", "nl", ("Eva", "eva.dijkman@icloud.com"),
      "App",
      "Na de update van vanochtend opende ik de app en ben ik ineens ingelogd als een ander. Ik zie haar bestellingen, "
      "haar adres in Amersfoort en de laatste cijfers van haar bankrekening. Mijn eigen account is weg.", types="breach",
      client="iphone", notes="logged in as another user")

human("breach-nl-wachtwoord-teruggestuurd", "complaint", "nl", ("Frank de Lange", "frank.delange@ziggo.nl"),
      "wachtwoord vergeten functie",
      "Ik klikte op 'wachtwoord vergeten' en kreeg een mail met gewoon mijn oude wachtwoord erin, letterlijk. Dus jullie "
      "bewaren dat gewoon zo dat iedereen met toegang het kan lezen? Dat is toch niet veilig.", types="breach",
      client="outlook-web", notes="password stored and mailed readably")

human("breach-nl-camerabeeld-facebook", "complaint", "nl", ("Yvonne Bakker", "yvonne.bakker@hotmail.com"),
      "Foto van mij op Facebook",
      "Op de Facebookpagina van jullie vestiging Zeist staat sinds gisteren een beeld van de beveiligingscamera met mij "
      "erop bij de kassa, met de tekst 'wie kent deze dame?'. Ik heb gewoon betaald, de pinautomaat deed raar. Mijn hele "
      "familie heeft het al gezien. Haal het weg!!", types="breach", client="android",
      notes="camera image of a customer posted online")

human("breach-nl-cursus-bijlage-deelnemers", "complaint", "nl", ("Hans Wolters", "hans.wolters@gmail.com"),
      "Bevestiging snoeicursus",
      "Beste mensen,\n\nBij de bevestiging van de snoeicursus zat een Excel-bestand met alle deelnemers van dit voorjaar: "
      "namen, geboortedata, mobiele nummers en of ze betaald hebben. Ik denk dat dat er per vergissing bij is gedaan.\n\n"
      "Groet,\nHans", types="breach", client="gmail", attachment=("deelnemers_snoeicursus.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), notes="attachment with other people's data")

human("breach-nl-factuur-onbekende-man", "complaint", "nl", ("A. Doornbos", "a.doornbos@kpnmail.nl"),
      "Factuur",
      "Vandaag heb ik per post een factuur gekregen voor een bestelling die ik nooit heb gedaan, op naam van J. de Graaf, "
      "Lindelaan 3 in Bilthoven. Ik ken die man niet. Er staat ook zijn e-mail en telefoon op.", types="breach",
      client="outlook", notes="wrongly addressed invoice")

human("breach-nl-bezorger-foto-rijbewijs", "complaint", "nl", ("Kevin Smit", "kevinsmit88@gmail.com"),
      "bezorger",
      "jullie bezorger moest mijn leeftijd checken voor de onkruidverdelger, prima, maar hij maakte met zijn eigen telefoon "
      "een foto van mijn rijbewijs. Waarom?? en waar blijft die foto nu", types="breach", client="android",
      notes="driver photographs an ID with his own phone")

human("breach-nl-ex-nieuw-adres", "complaint", "nl", ("Linda", "linda.vanes@protonmail.com"),
      "WAAROM",
      "MIJN EX STOND GISTEREN VOOR MIJN NIEUWE DEUR. hij heeft jullie klantenservice gebeld met mijn klantnummer en daar "
      "hebben ze hem gewoon verteld waar de laatste bestelling heen ging. Ik ben verhuisd om een reden. Hoe kan dit",
      types="breach", client="iphone", notes="address told to an ex-partner over the phone")

human("breach-nl-afrekenen-gegevens-ingevuld", "complaint", "nl", ("Peter Brouwer", "p.brouwer@ziggo.nl"),
      "webshop",
      "Goedemiddag,\n\nToen ik in de webshop wilde afrekenen stonden de bezorggegevens van een andere persoon al ingevuld: "
      "naam, straat en huisnummer, telefoonnummer. Ik heb de pagina opnieuw geladen en toen was het weer iemand anders.\n\n"
      "Peter Brouwer", types="breach", client="outlook-web", notes="checkout prefilled with another customer's data")

human("breach-nl-kopie-factuur-drie-anderen", "complaint", "nl", ("Ineke Post", "ineke.post@home.nl"),
      "Re: kopie factuur",
      "Ik had om een kopie van mijn factuur van april gevraagd, maar ik krijg er drie terug en geen ervan is van mij. "
      "Mensen uit Gouda, Delft en Leiden met alles erop.\n\nIneke", types="breach", client="applemail",
      notes="copies of other customers' invoices")

human("breach-nl-app-tuinen-in-de-buurt", "complaint", "nl", ("Bas Hermans", "bas.hermans@gmail.com"),
      "Tuinen in de buurt",
      "In de plantenapp kan ik bij 'Tuinen in de buurt' op de kaart precies zien waar andere gebruikers wonen, tot op het "
      "huisnummer, met hun volledige naam erbij. Volgens mij weten die mensen dat niet. Ik kan zo bij ze aanbellen.",
      types="breach", client="gmail", notes="app feature exposes other users' home addresses")

human("breach-nl-inbraak-filiaal-computer", "complaint", "nl", ("Jan Timmermans", "jan.timmermans@telfort.nl"),
      "Inbraak Nieuwegein",
      "Ik las in de krant dat er bij jullie in Nieuwegein is ingebroken en dat er ook een computer en de kassalade zijn "
      "meegenomen. Ik heb daar een klantenpas met mijn adres en geboortedatum. Staan die gegevens op die computer?",
      types="breach", client="thunderbird", notes="stolen computer, customer asks whether his data is on it")

human("breach-nl-voicemail-andere-klant", "complaint", "nl", ("", "sanne.brink@hotmail.com"),
      "voicemail",
      "Er staat een voicemail van een medewerker van jullie op mijn telefoon voor meneer Van Dalen, met zijn adres, wat hij "
      "heeft besteld en dat zijn betaling is mislukt. Verkeerd nummer gebeld denk ik. Wilde het even laten weten.",
      types="breach", client="android", notes="voicemail with another customer's details")

human("breach-nl-nieuwsbrief-andere-naam-punten", "complaint", "nl", ("Marco Visser", "marco.visser@live.nl"),
      "Re: De Groene Post - maart",
      "De nieuwsbrief van vandaag begint bij mij met 'Beste Ahmed' en daaronder staan een klantnummer, een adres in "
      "Tilburg en 340 spaarpunten die niet van mij zijn. Ik heet Marco.", types="breach", client="gmail",
      quote=NEWSLETTER_NL, notes="personalised newsletter with another customer's details")

human("breach-nl-bestellingen-breda-typo", "complaint", "nl", ("", "tineke1971@hotmail.com"),
      "",
      "hallo ik heb me opnieuw ingelogt op de site en bij mijn bestellingen staan allemaal dingen die ik nooit besteld "
      "heb met een adres in breda erbij?? en een telefoonnr wat ik niet ken", types="breach", client="android",
      notes="typos, no subject, other customer's orders in own account")

human("breach-nl-review-volledige-naam", "complaint", "nl", ("Anja", "anja.roelofs@gmail.com"),
      "Mijn review",
      "Ik heb een review geschreven over de kersenboom en daarbij alleen 'Anja' als naam opgegeven. Nu staat er op jullie "
      "site mijn volledige naam, woonplaats en e-mailadres onder. Dat heb ik nooit zo gewild.", types="breach",
      client="iphone", notes="personal data published with a review")

human("breach-nl-kassamedewerker-systeem", "complaint", "nl", ("Willemijn Hofman", "w.hofman@xs4all.nl"),
      "Onprettige ervaring",
      "Geachte heer, mevrouw,\n\nEen kassamedewerker feliciteerde me met mijn verjaardag en wist ook dat ik vorige maand "
      "een grote bestelling had gedaan voor mijn moeder. Ze zei dat ze het 'even had nagekeken in het systeem' omdat ze "
      "me herkende van school. Ik vind dat heel eng en wil niet dat medewerkers zomaar in mijn klantgegevens snuffelen.\n\n"
      "Met vriendelijke groet,\nWillemijn Hofman", types="breach", client="outlook",
      notes="employee browsed a customer's record for personal reasons")

human("breach-nl-vereniging-ledenlijst", "complaint", "nl", ("Tuinvereniging De Eendracht", "secretaris@de-eendracht.nl"),
      "Ledenoverzicht",
      "Geachte heer/mevrouw,\n\nAls secretaris van volkstuinvereniging De Eendracht ontving ik van uw zakelijke afdeling een "
      "overzicht van al onze leden die met de verenigingskorting bestellen, met hun privéadressen en bestelbedragen. Wij "
      "hebben daar nooit om gevraagd en de leden weten hier niets van. Graag uw uitleg.\n\nMet vriendelijke groet,\n"
      "K. Zwart, secretaris", types="breach", client="roundcube",
      notes="members' addresses and order totals sent to an association")

# --- breach reports, English, German, French ----------------------------------------------------

human("breach-en-spreadsheet-courier", "complaint", "en", ("Oliver Grant", "oliver.grant@outlook.com"),
      "Wrong attachment?",
      "Hi,\n\nYour delivery confirmation came with a spreadsheet attached listing what looks like the whole day's route: "
      "dozens of customers with their home addresses, phone numbers and what they ordered. I assume this was meant for "
      "your courier and not for me.\n\nOliver", types="breach", client="outlook", notes="route list sent to a customer")

human("breach-en-caller-knew-order", "complaint", "en", ("Helen Price", "helen.price@btinternet.com"),
      "Suspicious phone call",
      "Someone rang me this afternoon saying they were from Groenhuis. They knew my full name, the rose bushes I ordered "
      "last week and the last four digits of my card, and asked me to confirm my bank login. I hung up. How did they "
      "know all this?", types="breach", client="gmail", notes="scam call that knew order details")

human("breach-en-forms-car-park", "complaint", "en", ("Mark Davies", "mark.davies@yahoo.co.uk"),
      "loyalty forms",
      "Filled in a loyalty card form at the Utrecht store on Saturday. When I left I saw a pile of those forms blowing "
      "around the car park next to your paper bin, with people's signatures, addresses and bank numbers on them. I "
      "picked up a few, including mine.", types="breach", client="iphone-en", notes="paper forms dumped outside")

human("breach-de-app-fremde-gartenfotos", "complaint", "de", ("Sabine Krüger", "sabine.krueger@web.de"),
      "Ihre Pflanzen-App",
      "Guten Tag,\n\nseit dem letzten Update zeigt mir Ihre App statt meiner eigenen Gartenfotos die Fotos, den Namen und "
      "die Adresse einer Frau aus Köln. Offenbar sieht diese Frau jetzt vielleicht auch meine Daten.\n\nMit freundlichen "
      "Grüßen\nSabine Krüger", types="breach", client="thunderbird", notes="app shows another user's profile")

human("breach-de-passwort-klartext", "complaint", "de", ("Thomas Weber", "t.weber@gmx.de"),
      "Passwort per E-Mail",
      "Ich habe mein Passwort zurückgesetzt und Sie haben mir mein neues Passwort im Klartext per E-Mail geschickt, "
      "zusammen mit meinem Benutzernamen. Das ist nicht in Ordnung.", types="breach", client="gmail",
      notes="password sent in plain text")

human("breach-fr-newsletter-tous-destinataires", "complaint", "fr", ("Camille Martin", "camille.martin@orange.fr"),
      "Votre dernier courriel",
      "Bonjour,\n\nVotre dernier courriel a été envoyé avec tous les destinataires en copie : je vois les adresses e-mail de "
      "centaines de clients, et ils voient la mienne.\n\nCordialement,\nCamille Martin", types="breach",
      client="gmail", notes="all recipients in copy")

human("breach-fr-livreur-photo-identite", "complaint", "fr", ("Julien Lefèvre", "julien.lefevre@free.fr"),
      "Livraison",
      "Lors de la livraison, votre livreur a pris en photo ma carte d'identité avec son téléphone personnel. Je ne "
      "trouve pas cela normal, qu'allez-vous faire de cette photo ?", types="breach", client="android",
      notes="driver photographs an ID card")

# --- near-misses: no breach ----------------------------------------------------------------------

human("breach-nl-mis-pakket-bij-buren", "question", "nl", ("Rianne Bos", "rianne.bos@gmail.com"),
      "Pakket bij de buren",
      "Hoi, mijn pakket is volgens de track & trace bij de buren op nummer 8 afgeleverd, maar die zijn drie weken op "
      "vakantie. Kunnen jullie het opnieuw sturen?\n\nRianne", client="gmail", notes="near-miss: parcel at the neighbours'")

human("breach-nl-mis-app-traag", "question", "nl", ("", "gert.jonker@ziggo.nl"),
      "app",
      "De app is sinds de update heel traag en de foto's van mijn planten laden niet meer. Ik zie alleen grijze vakjes.",
      client="android", notes="near-miss: app complaint without data")

human("breach-nl-mis-pakket-niet-voor-ons", "question", "nl", ("Familie Peters", "fam.peters@kpnmail.nl"),
      "pakket voor de deur",
      "Er staat hier een doos van jullie voor de deur die niet voor ons is, de bezorger heeft zich denk ik vergist in het "
      "huisnummer. Moeten we hem terugbrengen naar de winkel of komt iemand hem halen?", client="iphone",
      notes="near-miss: someone else's parcel, no data mentioned")

human("breach-nl-mis-zorgen-hacks", "question", "nl", ("Truus Prins", "truus.prins@hetnet.nl"),
      "Veiligheid van mijn gegevens",
      "Goedemorgen,\n\nJe leest tegenwoordig zoveel over webwinkels die gehackt worden. Hoe zijn mijn betaalgegevens bij "
      "jullie eigenlijk beveiligd? Ik bestel graag bij jullie maar wil zeker weten dat het veilig is.\n\nTruus Prins",
      client="outlook", notes="near-miss: a general worry, no incident")

human("breach-nl-mis-welke-gegevens", "rights_request", "nl", ("Dirk Bosman", "dirk.bosman@gmail.com"),
      "klantenpas",
      "Welke gegevens hebben jullie eigenlijk allemaal van mij opgeslagen sinds ik de klantenpas heb? Graag een overzicht.",
      types="access", client="gmail", notes="near-miss: access request")

human("breach-nl-mis-adres-telefoon-wissen", "rights_request", "nl", ("Nathalie Groen", "nathalie.groen@live.nl"),
      "na mijn bestelling",
      "Mijn bestelling is goed aangekomen, dank. Ik wil nu wel dat jullie mijn adres en telefoonnummer uit jullie systeem "
      "verwijderen, ik bestel waarschijnlijk niet meer.", types="erasure", client="iphone",
      notes="near-miss: erasure request")

human("breach-nl-mis-wachtwoord-vergeten", "question", "nl", ("", "ellen.mos@hotmail.com"),
      "inloggen",
      "Ik ben mijn wachtwoord vergeten en de mail om het te herstellen komt niet aan, ook niet in de spam. Kunnen jullie "
      "helpen?", client="android", notes="near-miss: forgotten password")

human("breach-nl-mis-naam-verkeerd-gespeld", "rights_request", "nl", ("Ruud Janssen", "ruud.janssen@planet.nl"),
      "Mijn naam",
      "Op al jullie pakketjes en mails staat mijn naam als 'Jansens' in plaats van 'Janssen'. Willen jullie dat in "
      "jullie systeem verbeteren?\n\nRuud Janssen", types="rectification", client="applemail",
      notes="near-miss: rectification of a misspelled name")

human("breach-nl-mis-nepmail-cadeaubon", "question", "nl", ("Bert Kooiman", "bert.kooiman@kpnmail.nl"),
      "Is dit echt van jullie?",
      "Ik kreeg een mail dat ik een Groenhuis-cadeaubon van 500 euro heb gewonnen en dat ik op een link moet klikken. "
      "Het afzendadres is raar. Is dit echt van jullie? Ik vertrouw het niet.", client="outlook-web",
      notes="near-miss: phishing without personal details")

human("breach-nl-mis-spam-tuinmeubelen", "question", "nl", ("Carla Mertens", "carla.mertens@gmail.com"),
      "spam",
      "Ik krijg de laatste weken elke dag mails van een tuinmeubelenwinkel uit Duitsland met bijna dezelfde naam als "
      "jullie. Hebben jullie daar iets mee te maken? Het lijkt me een nepbedrijf.", client="gmail",
      notes="near-miss: spam from an unrelated company")

human("breach-nl-mis-factuur-bedrag", "question", "nl", ("Hanneke de Vries", "hanneke.devries@ziggo.nl"),
      "factuur klopt niet",
      "Ik heb de factuur van mijn bestelling ontvangen maar het bedrag klopt niet: ik heb maar twee potten besteld en er "
      "staan er vier op. Kunnen jullie dat nakijken?", client="outlook", notes="near-miss: invoice amount wrong")

human("breach-en-mis-photo-neighbours-door", "question", "en", ("Sophie Turner", "sophie.turner@gmail.com"),
      "Order marked delivered",
      "My order says delivered but it's not here. The photo in the tracking email shows a door that isn't mine, I think "
      "it's one of my neighbours'. Could you check with the driver?", client="gmail",
      notes="near-miss: misdelivered parcel, no data exposed")

human("breach-de-mis-wie-lange-gespeichert", "question", "de", ("Jürgen Hoffmann", "j.hoffmann@t-online.de"),
      "Frage",
      "Wie lange bewahren Sie eigentlich Bestellungen und Rechnungen auf? Ich frage nur für meine eigene Buchhaltung.",
      client="thunderbird", notes="near-miss: retention question")

human("breach-fr-mis-mot-de-passe-oublie", "question", "fr", ("Nathalie Dubois", "nathalie.dubois@laposte.net"),
      "Mot de passe",
      "Bonjour, j'ai oublié mon mot de passe et je ne reçois pas le lien de réinitialisation. Pouvez-vous m'aider ?",
      client="iphone", notes="near-miss: forgotten password")
