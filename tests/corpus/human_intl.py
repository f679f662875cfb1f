"""Mail written by people in English, German and French (and a few mixed)."""

from make_corpus import NEWSLETTER_EN, NEWSLETTER_NL, human

# --- English ------------------------------------------------------------------------------------

human("en-unsubscribe-short", "unsubscribe", "en", ("Tom Clarke", "tom.clarke@gmail.com"),
      "Unsubscribe", "Please unsubscribe me. Thanks!", client="iphone-en")

human("en-remove-from-list", "unsubscribe", "en", ("Priya Sharma", "priya.sharma@outlook.com"),
      "mailing list",
      "Hi,\n\nCould you please take me off your mailing list? I moved back to the UK and can't shop with you anymore.\n\nBest,\nPriya",
      client="outlook-web")

human("en-reply-newsletter-stop", "unsubscribe", "en", ("James O'Neill", "jamesoneill@icloud.com"),
      "Re: The Green Post - March", "Stop sending me these emails please.", client="iphone-en", quote=NEWSLETTER_EN,
      quote_style="en", notes="reply quoting the newsletter footer")

human("en-expat-dutch-footer", "unsubscribe", "en", ("Anna Kowalski", "anna.kowalski@gmail.com"),
      "Re: De Groene Post - maart",
      "Sorry, I don't read Dutch. I no longer want to receive this newsletter, please remove me.",
      client="gmail", quote=NEWSLETTER_NL, notes="English reply to the Dutch newsletter")

human("en-access-request-formal", "rights_request", "en", ("David Miller", "david.miller@protonmail.example"),
      "Subject access request",
      "Dear Sir or Madam,\n\nUnder Article 15 of the GDPR I am requesting a copy of all personal data you hold about me, "
      "the purposes for which it is processed, the recipients it has been disclosed to and how long it will be stored.\n\n"
      "My customer number is 301877.\n\nYours faithfully,\nDavid Miller", types="access", client="thunderbird")

human("en-what-data-do-you-have", "rights_request", "en", ("", "sarah.j.evans@gmail.com"),
      "my data", "What personal data do you have about me, and where did you get my phone number from?", types="access",
      client="gmail")

human("en-rectification-address", "rights_request", "en", ("Michael Brown", "m.brown@outlook.com"),
      "Wrong address on my account",
      "Hello,\n\nMy address on your system is incorrect - it should be 14 Canal Street, not 41. Please correct my details.\n\nMichael",
      types="rectification", client="outlook")

human("en-delete-account", "rights_request", "en", ("Emily Chen", "emily.chen@gmail.com"),
      "Delete my account", "Please delete my account and all my data. I don't use the app anymore.", types="erasure",
      client="iphone-en")

human("en-unsubscribe-and-delete", "rights_request", "en", ("Oliver Smith", "oliver.smith@hotmail.com"),
      "unsubscribe",
      "Unsubscribe me and delete my data. I never signed up for this in the first place.", types="erasure",
      client="outlook-web", notes="unsubscribe and delete my data")

human("en-right-to-be-forgotten", "rights_request", "en", ("Dr. Hannah Weiss", "h.weiss@uni-example.ac.uk"),
      "Erasure request",
      "Dear Groenhuis team,\n\nI am exercising my right to be forgotten under Article 17 GDPR. Please erase all personal data "
      "you hold about me and confirm in writing once this has been done.\n\nKind regards,\nHannah Weiss", types="erasure",
      client="outlook")

human("en-restrict-processing", "rights_request", "en", ("Lucas Martin", "lucas.martin@gmail.com"),
      "Restriction of processing",
      "Hello,\n\nI contest the accuracy of the payment record you hold about me. While you verify it, please restrict the "
      "processing of my personal data (Article 18 GDPR) and do not pass it on to any debt collector.\n\nLucas Martin",
      types="restriction", client="gmail")

human("en-portability", "rights_request", "en", ("Grace Taylor", "grace.taylor@icloud.com"),
      "Data export",
      "Hi, I'm switching to a different gardening app. Could you export my plant list and care notes in a machine-readable "
      "format (CSV or JSON) so I can import them there? Thanks, Grace", types="portability", client="iphone-en")

human("en-object-direct-marketing", "rights_request", "en", ("R. Patel", "r.patel@btinternet.example"),
      "Objection",
      "I object to the processing of my personal data for direct marketing purposes, including profiling. "
      "Please confirm that you will stop.", types="objection", client="outlook")

human("en-withdraw-consent-photos", "rights_request", "en", ("Chloe Dupont", "chloe.dupont@gmail.com"),
      "My photos",
      "Last summer I agreed that you could use photos of my garden on your website. I'm withdrawing that consent - "
      "please take them down.", types="withdraw_consent", client="gmail")

human("en-follow-up", "rights_request", "en", ("David Miller", "david.miller@protonmail.example"),
      "Re: Subject access request",
      "Dear Sir or Madam,\n\nI sent you a subject access request on 4 March and have not received a response. "
      "Please treat this as a reminder; the one-month deadline is approaching.\n\nDavid Miller", types="follow_up",
      client="thunderbird", in_reply_to="<dm.sar.0304@protonmail.example>", notes="reminder of an earlier request")

human("en-breach-wrong-invoice", "complaint", "en", ("Mark Johnson", "mark.johnson@gmail.com"),
      "Received someone else's invoice",
      "Hi, I just received an invoice by email that belongs to another customer - it has her name, home address and "
      "phone number on it. I think this was sent to the wrong person. You may want to look into this.",
      types="breach", client="gmail")

human("en-breach-leaked-password", "complaint", "en", ("Nora Lindqvist", "nora.lindqvist@outlook.com"),
      "Data leak?",
      "Your password reset email contained my password in plain text, and today I found my Groenhuis login in a leaked "
      "credentials list. Has your customer database been hacked?", types="breach", client="outlook-web")

human("en-security-report", "complaint", "en", ("Security Researcher", "bugs@whitehat-example.io"),
      "Security vulnerability report: open redirect",
      "Hello,\n\nI'd like to report a security vulnerability in groenhuis.nl: the login page has an open redirect via the "
      "'next' parameter that could be abused for phishing. I have not accessed any personal data. I follow coordinated "
      "disclosure and will wait 90 days before publishing.\n\nRegards,\nA. Researcher", types="security_report",
      client="thunderbird")

human("en-complaint-ico", "complaint", "en", ("Brian Walsh", "brian.walsh@gmail.com"),
      "Formal complaint",
      "I want to lodge a formal complaint about how you handled my personal data: you shared my details with a delivery "
      "partner who then sent me marketing. I have also contacted the Dutch data protection authority.", client="gmail")

human("en-slow-delivery", "question", "en", ("Laura Davies", "laura.davies@hotmail.com"),
      "Order 100389",
      "Hi there,\n\nMy order 100389 was supposed to arrive last Friday. Could you tell me where it is?\n\nThanks,\nLaura",
      client="outlook-web")

human("en-app-slow", "question", "en", ("Ben", "ben.harris@gmail.com"),
      "App", "The app is really slow since the update and the photos don't load. Is this a known issue?", client="iphone-en",
      notes="service complaint: a question")

human("en-shipping-uk", "question", "en", ("Fiona Campbell", "fiona.campbell@outlook.com"),
      "Shipping to Scotland",
      "Do you ship bulbs to the UK after Brexit? If so, what are the costs to Edinburgh?", client="outlook")

human("en-wholesale", "question", "en", ("Garden Supplies Ltd", "purchasing@gardensupplies.example"),
      "Wholesale enquiry",
      "Dear Sir/Madam,\n\nWe are a garden retailer in Belgium and are interested in stocking your raised beds. Could you send "
      "us your wholesale price list and minimum order quantities?\n\nBest regards,\nJan Peeters\nPurchasing", client="outlook")

human("en-reply-newsletter-question", "question", "en", ("Olga Petrova", "olga.petrova@gmail.com"),
      "Re: The Green Post - March",
      "Lovely newsletter! Is the 20% discount on raised beds also valid for the large cedar model?",
      client="gmail", quote=NEWSLETTER_EN, quote_style="en", notes="reply quoting the newsletter footer")

human("en-complaint-service-threat", "question", "en", ("Steve Morgan", "steve.morgan@gmail.com"),
      "Refund",
      "I returned the greenhouse three weeks ago and still haven't had my refund. If I don't hear from you by Friday I will "
      "file a complaint with my credit card company.", client="gmail", notes="conditional threat about a refund")

human("en-thanks", "question", "en", ("Karen White", "karen.white@icloud.com"),
      "Thank you", "Just wanted to say thanks for the quick help with my order. Great service!", client="iphone-en")

human("en-cold-pitch", "question", "en", ("Anil Kumar", "anil.kumar@webdevagency.example"),
      "Website redesign proposal",
      "Hi,\n\nI came across your website and noticed it isn't mobile-friendly on some pages. We are a web agency and can "
      "redesign it at a competitive price. Would you be open to a quick call this week?\n\nBest regards,\nAnil Kumar",
      client="gmail", notes="cold sales pitch written by a person")

# --- German ---------------------------------------------------------------------------------------

human("de-auskunft-art15", "rights_request", "de", ("Thomas Müller", "thomas.mueller@web.de"),
      "Auskunftsersuchen nach Art. 15 DSGVO",
      "Sehr geehrte Damen und Herren,\n\nhiermit bitte ich Sie gemäß Art. 15 DSGVO um Auskunft darüber, welche personenbezogenen "
      "Daten Sie über mich gespeichert haben, zu welchem Zweck und an wen Sie diese weitergegeben haben.\n\n"
      "Mit freundlichen Grüßen\nThomas Müller", types="access", client="thunderbird")

human("de-loeschung", "rights_request", "de", ("Sabine Schneider", "sabine.schneider@gmx.de"),
      "Löschung meiner Daten",
      "Guten Tag,\n\nbitte löschen Sie mein Kundenkonto und alle meine Daten. Ich bestelle nicht mehr bei Ihnen.\n\nViele Grüße\nSabine Schneider",
      types="erasure", client="roundcube")

human("de-newsletter-abmelden", "unsubscribe", "de", ("Klaus Weber", "klaus.weber@web.de"),
      "Newsletter", "Bitte melden Sie mich vom Newsletter ab. Danke.", client="thunderbird")

human("de-frage-lieferung", "question", "de", ("Julia Fischer", "julia.fischer@gmx.de"),
      "Lieferung nach Deutschland",
      "Hallo,\n\nliefern Sie auch nach Deutschland? Ich wohne in Kleve, direkt an der Grenze. Was kostet der Versand?\n\nLG Julia",
      client="android")

human("de-beschwerde-datenschutz", "complaint", "de", ("Dr. Andreas Wolf", "a.wolf@wolf-kanzlei.example"),
      "Beschwerde wegen Datenschutzverstoß",
      "Sehr geehrte Damen und Herren,\n\nich beschwere mich hiermit über die Weitergabe meiner Daten an einen Werbepartner ohne "
      "meine Einwilligung. Dies ist ein Verstoß gegen die DSGVO. Eine Beschwerde bei der zuständigen Aufsichtsbehörde habe "
      "ich bereits eingereicht.\n\nMit freundlichen Grüßen\nDr. A. Wolf", client="outlook")

human("de-widerspruch-werbung", "rights_request", "de", ("Petra Hoffmann", "petra.hoffmann@web.de"),
      "Widerspruch",
      "Hiermit widerspreche ich der Verarbeitung meiner Daten für Werbezwecke (Art. 21 DSGVO). Bitte senden Sie mir keine "
      "Werbung mehr.", types="objection", client="roundcube")

human("de-berichtigung", "rights_request", "de", ("Jürgen Becker", "juergen.becker@gmx.de"),
      "Falsche Adresse",
      "Guten Tag,\n\nin meinem Kundenkonto ist meine Adresse falsch gespeichert. Richtig ist: Hauptstraße 12, 47533 Kleve. "
      "Bitte berichtigen Sie meine Daten.\n\nMfG J. Becker", types="rectification", client="thunderbird")

human("de-datenpanne", "complaint", "de", ("Monika Richter", "monika.richter@web.de"),
      "Fremde Rechnung erhalten",
      "Hallo,\n\nich habe heute per E-Mail die Rechnung eines anderen Kunden mit Namen und Anschrift erhalten. Das ist eine "
      "Datenpanne. Bitte prüfen Sie das.\n\nMonika Richter", types="breach", client="android")

# --- French -----------------------------------------------------------------------------------------

human("fr-desinscription", "unsubscribe", "fr", ("Claire Martin", "claire.martin@orange.fr"),
      "Désinscription", "Bonjour, je souhaite me désinscrire de votre newsletter. Merci.", client="iphone-en")

human("fr-acces-rgpd", "rights_request", "fr", ("Pierre Dubois", "pierre.dubois@free.fr"),
      "Demande d'accès RGPD",
      "Madame, Monsieur,\n\nConformément à l'article 15 du RGPD, je vous demande de me communiquer une copie de l'ensemble des "
      "données personnelles me concernant que vous détenez.\n\nCordialement,\nPierre Dubois", types="access", client="thunderbird")

human("fr-suppression", "rights_request", "fr", ("Sophie Bernard", "sophie.bernard@orange.fr"),
      "Suppression de mon compte",
      "Bonjour,\n\nMerci de supprimer mon compte et toutes mes données personnelles.\n\nSophie Bernard", types="erasure",
      client="roundcube")

human("fr-question-livraison", "question", "fr", ("Marc Lefèvre", "marc.lefevre@free.fr"),
      "Livraison en Belgique",
      "Bonjour,\n\nEst-ce que vous livrez en Belgique ? J'habite à Liège.\n\nMerci d'avance,\nMarc", client="gmail")

human("fr-plainte-cnil", "complaint", "fr", ("Nathalie Roux", "nathalie.roux@orange.fr"),
      "Réclamation",
      "Madame, Monsieur,\n\nJe porte plainte contre votre société pour l'utilisation de mes données sans mon consentement à des "
      "fins de prospection. J'ai également déposé une réclamation auprès de la CNIL.\n\nNathalie Roux", client="outlook")

human("fr-opposition-prospection", "rights_request", "fr", ("Alain Girard", "alain.girard@free.fr"),
      "Opposition",
      "Bonjour,\n\nJe m'oppose au traitement de mes données à des fins de prospection commerciale. Merci de ne plus m'envoyer "
      "de publicités.\n\nA. Girard", types="objection", client="thunderbird")

human("fr-rectification", "rights_request", "fr", ("Julie Moreau", "julie.moreau@orange.fr"),
      "Erreur dans mon nom",
      "Bonjour, mon nom est mal orthographié dans votre fichier client : c'est Moreau, pas Moreaux. Merci de rectifier mes "
      "données.", types="rectification", client="iphone-en")

human("fr-question-app", "question", "fr", ("Luc Fontaine", "luc.fontaine@gmail.com"),
      "Application", "L'application ne fonctionne plus depuis la mise à jour. Pouvez-vous m'aider ?", client="android")
