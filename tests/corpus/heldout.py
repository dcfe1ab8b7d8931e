"""Held-out messages: the test split of the corpus.

Written in one go after the rules were first frozen and before the classifier had ever seen
them, with vocabulary and situations deliberately different from ``phrases.py``, so that the test
figure measures how the rules generalise rather than how well they fit their own examples.
Format: ``(language, labels, subject, text, note)``.
"""

# ruff: noqa: F403, F405  (the shared shorthands)
from __future__ import annotations

from shorthands import *  # the shorthands every batch shares

Letter = tuple[str, tuple[str, ...], str, str, str | None]


HELDOUT: list[Letter] = [
    # ---------------------------------------------------------------- access
    (
        "fr",
        A,
        "Mes infos",
        "Bonjour, pouvez-vous me transmettre tout ce que votre société a enregistré à mon nom "
        "(coordonnées, échanges avec les conseillers, résultats) ? Merci.",
        None,
    ),
    (
        "fr",
        A,
        "",
        "bonsoir je voudrais recevoir l'integralite de mon dossier personnel svp",
        "no accents",
    ),
    (
        "fr",
        A,
        "RGPD art. 15",
        "Madame, Monsieur, en application du droit d'accès prévu par le RGPD, je sollicite la "
        "communication des données me concernant. Cordialement, J. Moreau",
        "formal",
    ),
    (
        "fr",
        A,
        "Question",
        "Est-ce que vous pourriez me dire quelles informations vous possédez sur moi ? Je n'ai "
        "jamais été inscrite chez vous.",
        None,
    ),
    (
        "fr",
        A,
        "",
        "Comment avez-vous eu mon adresse mail ? Je ne me suis jamais inscrit.",
        "asking the source of the data is an access request",
    ),
    (
        "en",
        A,
        "Copy of records",
        "Hello, I'd be grateful if you could provide a copy of the personal information your "
        "company "
        "stores about me, including any notes from phone calls.",
        None,
    ),
    ("en", A, "", "what do u know about me? i want a full copy", "SMS style"),
    (
        "en",
        A,
        "Formal request",
        "Dear Sir/Madam, I am making a subject access request. Please confirm whether you "
        "process "
        "my "
        "personal data and supply a copy. Regards, H. Lewis",
        "formal",
    ),
    (
        "en",
        A,
        "Data held",
        "Could you please list all the information your organisation has about me and explain "
        "why "
        "you hold it?",
        None,
    ),
    ("en", A, "", "HOW DID YOU GET MY PHONE NUMBER", "capitals, source of data"),
    # ---------------------------------------------------------- rectification
    (
        "fr",
        R,
        "Erreur sur mon profil",
        "Bonjour, ma date de naissance sur mon espace apprenant n'est pas la bonne : je suis "
        "née "
        "le "
        "12/04/1988. Pouvez-vous la rectifier ?",
        None,
    ),
    (
        "fr",
        R,
        "",
        "svp changez mon numero de tel, c'est le 07 11 22 33 44 maintenant",
        "SMS style",
    ),
    (
        "fr",
        R,
        "Nom de famille",
        "Suite à mon mariage, mon nom a changé : merci de mettre à jour mon dossier au nom de "
        "Mme Caroline Petit.",
        None,
    ),
    (
        "fr",
        R,
        "",
        "Mon prénom est écrit Stephane sans accent sur mon diplôme, il faut corriger en Stéphane.",
        None,
    ),
    (
        "en",
        R,
        "Wrong spelling",
        "My first name is spelled wrong on my account - it's Siobhan, not Shivon. Please amend "
        "it.",
        None,
    ),
    ("en", R, "", "please update my home address to 14 Rose Lane, Bristol BS1 4DJ", None),
    (
        "en",
        R,
        "Inaccurate data",
        "The grade recorded for my module 3 is incorrect in your records; I would like my data "
        "corrected.",
        None,
    ),
    (
        "en",
        R,
        "",
        "my email changed can you put the new one on my profile: kate.m@example.net",
        None,
    ),
    # ---------------------------------------------------------------- erasure
    (
        "fr",
        E,
        "Désinscription définitive du site",
        "Je ne veux plus du tout avoir de compte chez vous. Supprimez-le avec tout ce qu'il "
        "contient.",
        "subject says désinscription but the request is erasure",
    ),
    ("fr", E, "", "Bonjour effacez moi de votre base de donnee merci", "no accents, typo"),
    (
        "fr",
        E,
        "Effacement",
        "Madame, Monsieur, je vous demande d'effacer sans délai l'ensemble des informations "
        "personnelles me concernant, conformément au RGPD.",
        "formal",
    ),
    ("fr", E, "", "Je veux disparaître de vos fichiers. Compte, historique, tout.", None),
    (
        "fr",
        E,
        "Compte",
        "Pouvez-vous détruire mon compte ? Je ne m'en sers plus depuis deux ans.",
        None,
    ),
    ("fr", E, "", "SUPPRESSION DE MON COMPTE IMMEDIATEMENT", "capitals"),
    (
        "en",
        E,
        "Remove me",
        "Please erase my profile and everything linked to it from your systems.",
        None,
    ),
    ("en", E, "", "i want my account gone. all of it. thanks", None),
    (
        "en",
        E,
        "Deletion request",
        "Hi there, I finished my course last year and would like all my personal data deleted "
        "now.",
        None,
    ),
    ("en", E, "", "Can you permanently delete my learner account? I no longer need it.", None),
    (
        "en",
        E,
        "Account closure",
        "Please close my account and remove all my personal details.",
        None,
    ),
    ("en", E, "", "plz wipe all my info from ur database", "SMS style"),
    # ------------------------------------------------------------- restriction
    (
        "fr",
        RS,
        "Contestation",
        "Je conteste les informations de mon dossier. En attendant votre vérification, je vous "
        "demande de ne plus les utiliser, mais surtout ne les supprimez pas.",
        None,
    ),
    (
        "fr",
        RS,
        "",
        "Merci de suspendre tout traitement de mes données jusqu'à la décision du tribunal.",
        None,
    ),
    (
        "fr",
        RS,
        "Limitation",
        "Je souhaite que l'utilisation de mes données soit limitée le temps de régler notre "
        "différend.",
        None,
    ),
    (
        "fr",
        RS,
        "",
        "Conservez mes données, j'en aurai besoin pour le prud'hommes, mais ne les traitez plus "
        "d'ici là.",
        None,
    ),
    (
        "en",
        RS,
        "Restrict processing",
        "Please restrict the use of my personal data while my complaint about my exam result is "
        "investigated.",
        None,
    ),
    (
        "en",
        RS,
        "",
        "I need you to keep my records for my court case but stop processing them in the "
        "meantime.",
        None,
    ),
    (
        "en",
        RS,
        "Hold",
        "Could you freeze my account data (not delete it) until we sort out the billing dispute?",
        None,
    ),
    ("en", RS, "", "Article 18 request: limit processing of my data pending verification.", None),
    # --------------------------------------------------------------- objection
    (
        "fr",
        O,
        "Opposition",
        "Je m'oppose à l'utilisation de mes données de connexion pour évaluer ma progression.",
        None,
    ),
    (
        "fr",
        O,
        "",
        "Je ne veux pas que mes résultats soient transmis à Pôle emploi, je m'y oppose.",
        None,
    ),
    (
        "fr",
        O,
        "Profilage",
        "Je refuse tout profilage à partir de mon activité sur la plateforme.",
        None,
    ),
    (
        "fr",
        O,
        "",
        "En vertu de mon droit d'opposition, cessez d'exploiter mes données à des fins d'études "
        "statistiques.",
        None,
    ),
    (
        "en",
        O,
        "Objection",
        "I object to you using my learning data to build profiles of me.",
        None,
    ),
    (
        "en",
        O,
        "",
        "Please stop analysing my platform activity, I don't consent to that kind of monitoring "
        "and object to it.",
        None,
    ),
    (
        "en",
        O,
        "Legitimate interest",
        "I'm exercising my right to object to the processing of my data for your internal "
        "research.",
        None,
    ),
    (
        "en",
        O,
        "",
        "I do not want my results shared with my employer and I object to that processing.",
        None,
    ),
    # ----------------------------------------------------- marketing objection
    (
        "fr",
        M,
        "Appels",
        "Vos commerciaux me téléphonent sans arrêt. Je ne veux plus aucun appel.",
        None,
    ),
    ("fr", M, "", "ne menvoyez plus de mail svp", "SMS style"),
    (
        "fr",
        M,
        "Newsletter",
        "Bonjour, pourriez-vous me retirer de votre newsletter ? Merci.",
        None,
    ),
    ("fr", M, "", "Je ne souhaite plus être sollicité pour vos offres de formation.", None),
    ("fr", M, "Courrier", "Arrêtez de m'envoyer vos catalogues par la poste.", None),
    ("fr", M, "", "STOP SMS", "capitals"),
    ("en", M, "Calls", "Your sales team rings me several times a week. Please stop.", None),
    ("en", M, "", "take me off your newsletter list pls", None),
    (
        "en",
        M,
        "Marketing",
        "I don't wish to receive any further promotional material from you.",
        None,
    ),
    ("en", M, "", "Please don't contact me again about courses.", None),
    (
        "en",
        M,
        "Stop the emails",
        "I've unsubscribed three times and I'm still getting your emails. Stop.",
        None,
    ),
    ("en", M, "", "No more texts please.", None),
    # ------------------------------------------------------ consent withdrawal
    (
        "fr",
        C,
        "Consentement",
        "Je retire l'accord que j'avais donné pour l'utilisation de mon témoignage vidéo.",
        None,
    ),
    ("fr", C, "", "je ne donne plus mon consentement pour les cookies publicitaires", None),
    (
        "fr",
        C,
        "Photo",
        "J'avais accepté que ma photo figure sur votre site. Je révoque ce consentement.",
        None,
    ),
    (
        "fr",
        C,
        "",
        "Je souhaite annuler mon consentement au partage de mes données avec l'école partenaire.",
        None,
    ),
    ("en", C, "Consent", "I'm revoking the consent I gave for you to record my calls.", None),
    ("en", C, "", "please withdraw my consent for the marketing cookies on your site", None),
    (
        "en",
        C,
        "Testimonial",
        "I no longer consent to my testimonial appearing on your website.",
        None,
    ),
    (
        "en",
        C,
        "",
        "I gave permission to share my data with your partner school; I'm now withdrawing it.",
        None,
    ),
    # ------------------------------------------------------------ portability
    (
        "fr",
        P,
        "Changement d'organisme",
        "Je change d'organisme de formation : pouvez-vous leur transmettre mes données "
        "directement ?",
        None,
    ),
    ("fr", P, "", "je voudrais mes donnees en format json pour les importer ailleurs", None),
    (
        "fr",
        P,
        "Portabilité",
        "Merci de me fournir mes données dans un fichier exploitable par ordinateur (CSV).",
        None,
    ),
    ("fr", P, "", "J'aimerais exporter mon historique de formation et mes notes.", None),
    (
        "en",
        P,
        "Move my data",
        "I'm moving to another provider. Could you send them my data directly?",
        None,
    ),
    ("en", P, "", "Can I get my data in a machine-readable format like CSV?", None),
    (
        "en",
        P,
        "Portability",
        "Please provide an export of all my course records so I can upload them elsewhere.",
        None,
    ),
    ("en", P, "", "i need a json export of my data", None),
    # ------------------------------------------------------------ post mortem
    (
        "fr",
        PM,
        "Décès de mon époux",
        "Mon époux est décédé en février. Je voudrais que son compte soit supprimé et que vous "
        "cessiez de lui écrire.",
        "post_mortem alone",
    ),
    (
        "fr",
        PM,
        "",
        "bonjour ma fille est décédée l'an dernier et je reçois encore vos mails à son nom",
        "post_mortem alone",
    ),
    (
        "fr",
        PM,
        "Succession",
        "Étude de Me Fabre, notaires. Dans le cadre du règlement de la succession de M. Louis "
        "Bret, "
        "nous vous remercions de nous communiquer les données le concernant.",
        "notary: post_mortem alone even when asking a copy",
    ),
    (
        "fr",
        PM,
        "Mes directives",
        "Je voudrais laisser des instructions pour mes données après mon décès : tout supprimer.",
        "own directives",
    ),
    (
        "en",
        PM,
        "Bereavement",
        "My wife passed away in March. Please remove her account and stop the emails.",
        "post_mortem alone",
    ),
    ("en", PM, "", "my dad died last year, how do i close his account?", "post_mortem alone"),
    (
        "en",
        PM,
        "Estate",
        "I am the executor of my late uncle's estate and request a copy of his personal data.",
        "post_mortem alone",
    ),
    (
        "en",
        PM,
        "After my death",
        "I would like to appoint my sister to manage my data after my death.",
        "own directives",
    ),
    # ---------------------------------------------------------- minor parental
    (
        "fr",
        ("minor_parental", "erasure"),
        "Mon fils",
        "Bonjour, mon fils (13 ans) s'est créé un compte chez vous en mentant sur son âge. Je "
        "vous "
        "demande de le supprimer. Je suis sa mère et je peux le prouver.",
        None,
    ),
    (
        "fr",
        ("minor_parental", "erasure"),
        "",
        "ma fille a 12 ans elle s'est inscrite sans permission, effacez ses données svp",
        None,
    ),
    (
        "fr",
        ("minor_parental", "access"),
        "Données de mon enfant",
        "Mon enfant de 14 ans utilise votre plateforme. J'aimerais savoir quelles données vous "
        "avez "
        "collectées sur lui.",
        None,
    ),
    (
        "fr",
        ("minor_parental", "erasure"),
        "Enfant mineur",
        "Je suis le père d'un collégien de 13 ans inscrit chez vous à notre insu : merci "
        "d'effacer son "
        "compte.",
        None,
    ),
    (
        "en",
        ("minor_parental", "erasure"),
        "My son",
        "My son is only 12 and opened an account with you without asking us. Please delete it "
        "and "
        "everything about him.",
        None,
    ),
    (
        "en",
        ("minor_parental", "erasure"),
        "",
        "my daughter is 14, she signed up using my card. remove her data please",
        None,
    ),
    (
        "en",
        ("minor_parental", "access"),
        "Child's data",
        "As the parent of a 13-year-old using your site, I'd like a copy of the data you hold "
        "about "
        "her.",
        None,
    ),
    (
        "en",
        ("minor_parental", "marketing_objection"),
        "",
        "My son is 11 and keeps getting your marketing texts. Stop texting him.",
        None,
    ),
    # ----------------------------------------------------------------- combos
    (
        "fr",
        ("access", "erasure"),
        "Avant suppression",
        "Je souhaite d'abord savoir quelles données vous avez sur moi, puis que vous les "
        "effaciez "
        "toutes.",
        None,
    ),
    (
        "en",
        ("access", "erasure"),
        "",
        "Please send me everything you hold on me, and once that's done, delete my account.",
        None,
    ),
    (
        "fr",
        ("erasure", "marketing_objection"),
        "Ras le bol",
        "Arrêtez vos appels incessants et effacez mon numéro et mes coordonnées de vos bases.",
        None,
    ),
    (
        "en",
        ("erasure", "marketing_objection"),
        "",
        "Stop emailing me and erase my personal data.",
        None,
    ),
    (
        "fr",
        ("consent_withdrawal", "erasure"),
        "",
        "Je retire mon consentement et je veux que vous supprimiez mes données.",
        None,
    ),
    (
        "en",
        ("rectification", "access"),
        "",
        "My surname is wrong on your system, please fix it, and send me a copy of my data.",
        None,
    ),
    # ------------------------------------------------------- negation/contrast
    (
        "fr",
        M,
        "Pas de suppression",
        "Surtout ne supprimez pas mon compte, j'ai encore des cours ! Je veux seulement ne plus "
        "recevoir vos SMS.",
        "negated erasure, marketing only",
    ),
    (
        "en",
        M,
        "",
        "I'm not closing my account, I just don't want any more promotional emails.",
        "negated erasure, marketing only",
    ),
    (
        "fr",
        A,
        "",
        "Pas besoin de supprimer quoi que ce soit, je veux juste voir mes données.",
        "negated erasure, access",
    ),
    (
        "en",
        RS,
        "",
        "Don't delete my information - I may need it for a legal claim - but please stop using "
        "it "
        "for now.",
        "negated erasure, restriction",
    ),
    # ----------------------------------------------------------------- other
    (
        "fr",
        X,
        "Question données",
        "Bonjour, vos serveurs sont-ils situés en France ? Je me pose la question pour mes "
        "données.",
        "policy question",
    ),
    (
        "fr",
        X,
        "",
        "Pendant combien d'années gardez-vous les résultats d'examen ?",
        "policy question",
    ),
    (
        "fr",
        X,
        "Planning",
        "Bonjour, je n'ai pas accès à mon planning de cours depuis la mise à jour.",
        None,
    ),
    (
        "fr",
        X,
        "Remboursement",
        "J'ai annulé ma formation dans le délai de rétractation, quand serai-je remboursé ?",
        None,
    ),
    (
        "fr",
        X,
        "Re: Votre demande",
        "Merci, bien reçu.\n\nLe 3 avril 2025 à 09:00, Privacy Desk <dpo@studi.fr> a écrit :\n"
        "> Votre demande d'effacement a été traitée. Vos données ont été supprimées.",
        "thanks for our answer about erasure",
    ),
    (
        "fr",
        X,
        "Absence prolongée",
        "Bonjour, je suis en arrêt maladie jusqu'au 30 juin. Je traiterai votre message à mon "
        "retour.",
        "out-of-office",
    ),
    ("fr", X, "", "Bonjour, quel est le numéro de votre DPO ?", "question"),
    (
        "fr",
        X,
        "Offre",
        "Votre compte bancaire a été suspendu, cliquez sur ce lien pour le réactiver.",
        "spam",
    ),
    ("fr", X, "Examen", "Est-il possible de repasser l'examen final le mois prochain ?", None),
    (
        "en",
        X,
        "Servers",
        "Are your servers located in the EU? I'm just wondering where my data is kept.",
        "policy question",
    ),
    ("en", X, "", "What happens to my data if I stop my course halfway?", "policy question"),
    (
        "en",
        X,
        "Certificate",
        "Hi, I passed the exam in May but I still haven't got my certificate.",
        None,
    ),
    (
        "en",
        X,
        "Billing",
        "Why was I charged 49 euros on the 3rd? I thought my plan was free.",
        None,
    ),
    (
        "en",
        X,
        "Re: Your request [DSR-2025-000777]",
        "Perfect, thank you!\n\nOn 3 Apr 2025, Privacy Desk <dpo@studi.fr> wrote:\n> Your data "
        "has "
        "been deleted as requested.",
        "thanks for our answer about erasure",
    ),
    (
        "en",
        X,
        "Auto: away",
        "I'm away until 2 June with limited access to email. For anything urgent, call the "
        "front "
        "desk.",
        "out-of-office",
    ),
    ("en", X, "", "Great course, really enjoyed module 2!", None),
    (
        "en",
        X,
        "Prize",
        "You're our lucky winner! Claim your reward now by entering your card details.",
        "spam",
    ),
    ("en", X, "Course change", "Can I switch from the evening group to the weekend group?", None),
]
