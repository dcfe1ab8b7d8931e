"""Hand-written request phrasings and whole letters for the classifier corpus.

See build_corpus.py for how they become ``requests.jsonl``.

Every sentence here was written for Privacy Desk. Labels follow DESIGN §2: ``other`` alone,
``minor_parental`` with the right the parent exercises, ``post_mortem`` alone, "unsubscribe / stop
calling" is ``marketing_objection`` alone unless consent withdrawal or erasure is asked explicitly.
"""

# ruff: noqa: F403, F405  (the shared shorthands)
from __future__ import annotations

from shorthands import *  # the shorthands every batch shares

Core = tuple[str, tuple[str, ...], str, int]
Letter = tuple[str, tuple[str, ...], str, str, str | None]


def _c(lang: str, labels: tuple[str, ...], *texts: str, copies: int = 2) -> list[Core]:
    return [(lang, labels, t, copies) for t in texts]


CORES: list[Core] = [
    # ---------------------------------------------------------------- access
    *_c(
        "fr",
        A,
        "Je souhaite obtenir une copie de toutes les données personnelles que vous détenez sur "
        "moi.",
        "Pourriez-vous m'envoyer l'ensemble des informations que vous avez me concernant ?",
        "Quelles données avez-vous sur moi exactement ? Je veux tout voir.",
        "J'aimerais exercer mon droit d'accès à mes données personnelles.",
        "Merci de me communiquer les données que vous conservez à mon sujet et à qui vous les "
        "avez transmises.",
        "Je voudrais savoir ce que vous savez de moi, toutes les infos de mon dossier.",
        "Envoyez-moi mes données svp, tout ce qui est enregistré dans mon dossier apprenant.",
        "Qui vous a donné mon numéro de téléphone ? Je veux savoir d'où viennent mes coordonnées.",
        "Je demande à recevoir une copie de mon dossier complet, y compris les notes de vos "
        "conseillers.",
        "Pouvez-vous me dire quelles informations personnelles vous traitez à mon sujet et dans "
        "quel but ?",
        "Je veux consulter mes données personnelles.",
        "Donnez moi acces a mon dossier et a tout ce que vous avez stocké sur moi",
    ),
    *_c(
        "en",
        A,
        "I would like a copy of all the personal data you hold about me.",
        "Please send me everything you have on me.",
        "What information do you store about me? I want to see all of it.",
        "This is a subject access request for my personal data.",
        "Can you tell me what data you keep on me and who you shared it with?",
        "I want to know where you got my phone number from.",
        "Please provide me with a full copy of my learner file, including call notes from your "
        "advisers.",
        "I'd like to access my personal information.",
        "Send me all the info you've got about me, including my records from the learning "
        "platform.",
        "Could you let me see the data your company has collected about me?",
        "I'm exercising my right of access - please list every piece of data you process "
        "about me.",
        "gimme a copy of my data pls",
    ),
    # ---------------------------------------------------------- rectification
    *_c(
        "fr",
        R,
        "Mon nom est mal orthographié dans votre fichier, c'est Lefèvre et non Lefebvre. Merci de "
        "corriger.",
        "Je souhaite faire rectifier ma date de naissance, qui est erronée sur mon espace.",
        "Pouvez-vous mettre à jour mon adresse postale ? J'ai déménagé au 8 avenue Foch, 75016 "
        "Paris.",
        "Mon adresse mail a changé, merci de la modifier dans vos fichiers : "
        "nouvelle.adresse@exemple.fr",
        "Il y a une erreur dans mon numéro de téléphone, le bon est le 06 98 76 54 32.",
        "Je demande la rectification de mes données : mon prénom est Anaïs avec un tréma.",
        "Mon attestation indique un mauvais nom de famille, il faut corriger mes informations.",
        "Vous avez enregistré une mauvaise adresse, pouvez vous la changer svp",
        "Mes informations personnelles sont inexactes, je souhaite qu'elles soient corrigées.",
        "Merci de changer mon nom d'usage : je m'appelle désormais Mme Dubois.",
    ),
    *_c(
        "en",
        R,
        "My surname is misspelled in your records, it should be Whitaker, not Whittaker. Please "
        "fix it.",
        "Please correct my date of birth, it shows 1990 instead of 1991.",
        "Could you update my postal address? I moved to 22 Baker Road, Leeds.",
        "My email address has changed, please update it to new.me@example.com.",
        "The phone number on my account is wrong. The right one is 07700 900456.",
        "I am requesting rectification of inaccurate personal data on my profile.",
        "My certificate shows the wrong name, please correct my details.",
        "you have my address wrong can u change it",
        "My personal details are out of date and I'd like them corrected.",
        "Please change my last name on file, I got married and I'm now Mrs Hughes.",
    ),
    # ---------------------------------------------------------------- erasure
    *_c(
        "fr",
        E,
        "Je souhaite que vous supprimiez mon compte et toutes mes données personnelles.",
        "Merci d'effacer définitivement mes informations de vos bases.",
        "Supprimez mon compte svp, je n'utilise plus la plateforme.",
        "J'exerce mon droit à l'effacement : je veux que toutes mes données soient détruites.",
        "Je veux que vous m'oubliiez complètement, plus aucune trace de moi chez vous.",
        "Pouvez-vous fermer mon compte et effacer mes données ?",
        "Je demande la suppression de l'ensemble des données me concernant.",
        "Comment faire pour supprimer mon compte ? Je ne trouve pas l'option.",
        "Je ne veux pas que vous gardiez mes données, effacez tout.",
        "Merci de retirer toutes mes informations personnelles de vos fichiers.",
        "Je refuse que vous conserviez mes informations. Supprimez-les.",
        "Droit à l'oubli : je vous demande de supprimer mon profil apprenant.",
    ),
    *_c(
        "en",
        E,
        "Please delete my account and all my personal data.",
        "I want you to erase all the information you have about me.",
        "Kindly remove my data from your systems.",
        "I am exercising my right to erasure under the GDPR.",
        "Please close my account and wipe my data.",
        "How do I delete my account? I can't find the option anywhere.",
        "I want to be forgotten. Remove every record of me.",
        "I don't want you to keep my data anymore. Delete it.",
        "Get rid of all my personal information please.",
        "Right to be forgotten: please delete my learner profile.",
        "I request the deletion of all personal data concerning me.",
        "delete my account now",
    ),
    # ------------------------------------------------------------- restriction
    *_c(
        "fr",
        RS,
        "Je demande la limitation du traitement de mes données le temps que vous vérifiiez leur "
        "exactitude.",
        "Ne supprimez pas mes données, j'en ai besoin pour un litige, mais cessez de les utiliser "
        "en attendant.",
        "Merci de geler mes données personnelles jusqu'à la fin de la procédure en cours.",
        "Je souhaite que le traitement de mes données soit suspendu pendant l'examen de ma "
        "contestation.",
        "Pouvez-vous bloquer l'utilisation de mes données sans les effacer ?",
        "Conformément à l'article 18 du RGPD, je demande la limitation du traitement.",
        "Je veux que mes données soient verrouillées : conservez-les mais ne les utilisez plus.",
        "Gardez mes infos pour l'instant mais ne vous en servez plus jusqu'à nouvel ordre.",
    ),
    *_c(
        "en",
        RS,
        "I request restriction of processing of my personal data while you check its accuracy.",
        "Don't delete my data, I need it for a legal claim, but stop processing it for now.",
        "Please freeze my personal data until my complaint is resolved.",
        "I want the processing of my data suspended while my dispute is reviewed.",
        "Can you lock my data so it is kept but not used?",
        "Under Article 18 GDPR I ask you to restrict the processing of my data.",
        "Keep my records for now but do not use them in any way until further notice.",
        "please put a hold on using my data, don't erase it though",
    ),
    # --------------------------------------------------------------- objection
    *_c(
        "fr",
        O,
        "Je m'oppose au traitement de mes données personnelles à des fins de statistiques.",
        "Je ne veux plus que mes données soient utilisées pour du profilage.",
        "J'exerce mon droit d'opposition au traitement de mes données pour des raisons tenant à "
        "ma situation.",
        "Arrêtez d'utiliser mes données pour vos analyses et vos études internes.",
        "Je refuse que mes données servent à mesurer mon activité sur la plateforme.",
        "Je m'oppose à ce que mes résultats soient partagés avec mon employeur.",
        "Conformément à l'article 21 du RGPD, je m'oppose au traitement de mes données fondé sur "
        "votre intérêt légitime.",
        "Je ne souhaite pas que mes données soient utilisées pour entraîner vos outils d'analyse.",
    ),
    *_c(
        "en",
        O,
        "I object to the processing of my personal data for statistical purposes.",
        "I don't want my data used for profiling anymore.",
        "I am exercising my right to object to processing based on your legitimate interests.",
        "Stop using my data for your analytics.",
        "I object to my results being shared with my employer.",
        "Please stop tracking my activity on the learning platform, I object to it.",
        "I do not agree to my personal data being used to train your analysis tools.",
        "Under Article 21 GDPR I object to the processing of my data on grounds relating to my "
        "situation.",
    ),
    # ----------------------------------------------------- marketing objection
    *_c(
        "fr",
        M,
        "Arrêtez de m'appeler, je ne suis pas intéressé par vos formations.",
        "Je ne veux plus recevoir vos newsletters.",
        "Désinscrivez-moi de votre liste de diffusion.",
        "STOP aux SMS publicitaires svp",
        "Merci de ne plus me démarcher par téléphone.",
        "Je m'oppose à la prospection commerciale par email et par SMS.",
        "Vous m'appelez tous les jours, c'est du harcèlement, arrêtez.",
        "Plus de pub svp, ni par mail ni par courrier.",
        "Je souhaite me désabonner de toutes vos communications commerciales.",
        "Retirez mon numéro de vos listes d'appel.",
        "Je ne veux plus être contacté par vos conseillers en formation.",
        "Je suis inscrit sur Bloctel et vous continuez à m'appeler !",
    ),
    *_c(
        "en",
        M,
        "Stop calling me. I'm not interested.",
        "Unsubscribe me from your newsletter.",
        "Please remove me from your mailing list.",
        "No more marketing texts please.",
        "I don't want to receive any more promotional emails.",
        "Stop sending me offers by post.",
        "Your advisers keep ringing me every day, make it stop.",
        "I object to direct marketing by phone, email and SMS.",
        "Take my number off your call list.",
        "opt me out of all marketing",
        "Please stop contacting me about your courses.",
        "I keep getting spam from you, unsubscribe me!!",
    ),
    # ------------------------------------------------------ consent withdrawal
    *_c(
        "fr",
        C,
        "Je retire mon consentement au traitement de mes données personnelles.",
        "Je retire le consentement que j'ai donné pour les cookies de mesure d'audience.",
        "Je ne consens plus à ce que vous utilisiez ma photo sur votre site.",
        "Je révoque mon accord pour l'enregistrement de mes appels avec vos conseillers.",
        "Merci d'annuler le consentement que j'avais coché lors de mon inscription.",
        "Je reviens sur mon consentement concernant l'utilisation de mon témoignage.",
        "Je n'autorise plus l'utilisation de mon image dans vos vidéos promotionnelles.",
        "Je souhaite retirer mon consentement au partage de mes données avec vos partenaires.",
    ),
    *_c(
        "en",
        C,
        "I withdraw my consent to the processing of my personal data.",
        "I'm withdrawing the consent I gave for analytics cookies.",
        "I no longer consent to you using my photo on your website.",
        "Please revoke my consent for recording my calls with your advisers.",
        "I want to take back the consent I ticked when I signed up.",
        "I withdraw my permission to use my testimonial.",
        "I no longer authorise the use of my image in your promotional videos.",
        "I withdraw my consent to sharing my data with your partners.",
    ),
    # ------------------------------------------------------------ portability
    *_c(
        "fr",
        P,
        "Je souhaite exercer mon droit à la portabilité de mes données.",
        "Pouvez-vous m'envoyer mes données dans un format structuré et lisible par machine, en "
        "CSV ou JSON ?",
        "Je voudrais récupérer mes données pour les transférer à un autre organisme de formation.",
        "Merci de transmettre directement mes données à mon nouvel organisme de formation.",
        "J'aimerais un export de mes résultats et de mon historique de formation en fichier JSON.",
        "Je veux exporter toutes mes données pour les réutiliser ailleurs.",
        "Conformément à l'article 20 du RGPD, je vous demande mes données dans un format "
        "couramment utilisé.",
        "Donnez-moi mes données en fichier csv svp, je change d'école",
    ),
    *_c(
        "en",
        P,
        "I want to exercise my right to data portability.",
        "Please send me my data in a structured, machine-readable format such as CSV or JSON.",
        "I'd like to get my data so I can move it to another training provider.",
        "Please transfer my data directly to my new school.",
        "Can I have an export of my course history and results as a JSON file?",
        "I want to export all my data to reuse it elsewhere.",
        "Under Article 20 GDPR, please provide my personal data in a commonly used format.",
        "need my data in csv pls, switching to another provider",
    ),
    # ------------------------------------------------------------ post mortem
    *_c(
        "fr",
        PM,
        "Mon père est décédé le mois dernier. Que devient son compte et comment le supprimer ?",
        "Je suis l'héritière de Mme Perrin, décédée en janvier, et je demande la clôture de son "
        "compte.",
        "Je souhaite définir des directives sur le sort de mes données après ma mort.",
        "Notaire en charge de la succession de M. Garnier, je vous demande de me communiquer ses "
        "données.",
        "Ma mère nous a quittés en décembre, je voudrais que vous effaciez toutes ses "
        "informations.",
        "En cas de décès, je désigne ma sœur comme personne de confiance pour mes données.",
        "Mon mari est décédé, merci d'arrêter les relances et de fermer son espace.",
        "Mon frère est mort dans un accident, vous continuez à lui envoyer des emails.",
    ),
    *_c(
        "en",
        PM,
        "My father passed away last month. What happens to his account and how can I delete it?",
        "I am the executor of the late Mr Harris's estate and request access to his records.",
        "I want to set directives for what happens to my data after my death.",
        "As the notary handling Mrs Collins' estate, I ask you to close her account.",
        "My mother died in December, please erase all her information.",
        "In the event of my death, I appoint my brother as the trusted person for my data.",
        "My husband is deceased. Please stop emailing him and close his learner space.",
        "My son died in a car accident, you keep sending him course reminders.",
    ),
    # ---------------------------------------------------------- minor parental
    *_c(
        "fr",
        ("minor_parental", "erasure"),
        "Mon fils a 14 ans et s'est inscrit sans mon accord, merci d'effacer ses données.",
        "Ma fille de 13 ans a créé un compte chez vous. Je demande la suppression de ses "
        "informations.",
        "Je suis le père d'un enfant mineur de 12 ans inscrit sur votre site, supprimez son "
        "compte.",
        "Mon ado de 14 ans reçoit vos mails, je veux que toutes ses données soient effacées.",
        "En tant que titulaire de l'autorité parentale, je demande l'effacement des données de "
        "mon fils mineur.",
        "Ma fille n'a que 11 ans, elle n'avait pas le droit de s'inscrire. Effacez tout ce qui la "
        "concerne.",
        copies=2,
    ),
    *_c(
        "fr",
        ("minor_parental", "access"),
        "Mon fils de 13 ans est inscrit chez vous, je veux savoir quelles données vous avez sur "
        "lui.",
        "Je suis la mère d'une mineure de 14 ans, merci de m'envoyer une copie de ses données.",
        copies=2,
    ),
    *_c(
        "fr",
        ("minor_parental", "marketing_objection"),
        "Ma fille de 12 ans reçoit vos SMS publicitaires, arrêtez de la contacter.",
        copies=1,
    ),
    *_c(
        "en",
        ("minor_parental", "erasure"),
        "My son is 14 and signed up without my permission, please delete his data.",
        "My 13-year-old daughter created an account with you. I want her information erased.",
        "I am the parent of a minor aged 12 registered on your site, remove his account.",
        "My teenager is only 14 and gets your emails. Delete everything you have on him.",
        "As the holder of parental responsibility, I request erasure of my minor child's data.",
        "My daughter is 11, she wasn't allowed to register. Erase everything about her.",
        copies=2,
    ),
    *_c(
        "en",
        ("minor_parental", "access"),
        "My 13 year old son is registered with you, I want to know what data you hold on him.",
        "I'm the mother of a 14-year-old girl, please send me a copy of her data.",
        copies=2,
    ),
    *_c(
        "en",
        ("minor_parental", "marketing_objection"),
        "My 12 year old keeps getting your promotional texts, stop contacting her.",
        copies=1,
    ),
    # ---------------------------------------------------------------- combos
    *_c(
        "fr",
        ("access", "erasure"),
        "Envoyez-moi d'abord une copie de mes données, puis supprimez tout.",
        "Je veux savoir ce que vous avez sur moi et ensuite que vous l'effaciez.",
        copies=2,
    ),
    *_c(
        "en",
        ("access", "erasure"),
        "Send me a copy of my data, then delete everything.",
        "Tell me what you hold on me and afterwards erase it all.",
        copies=2,
    ),
    *_c(
        "fr",
        ("erasure", "marketing_objection"),
        "Arrêtez de m'appeler et supprimez toutes mes données.",
        copies=2,
    ),
    *_c(
        "en",
        ("erasure", "marketing_objection"),
        "Stop calling me and delete all my data.",
        copies=2,
    ),
    *_c(
        "fr",
        ("consent_withdrawal", "marketing_objection"),
        "Je retire mon consentement et je ne veux plus recevoir vos emails commerciaux.",
        copies=1,
    ),
    *_c(
        "en",
        ("consent_withdrawal", "marketing_objection"),
        "I withdraw my consent and don't want any more marketing emails.",
        copies=1,
    ),
    *_c(
        "fr",
        ("access", "rectification"),
        "Je voudrais voir les données que vous avez sur moi et corriger mon adresse qui est "
        "fausse.",
        copies=1,
    ),
    *_c(
        "en",
        ("portability", "erasure"),
        "Export my data in JSON for my new provider and then delete my account.",
        copies=1,
    ),
    # ------------------------------------------------------------------ other
    *_c(
        "fr",
        X,
        "Combien de temps conservez-vous mes données ?",
        "Est-ce que vous vendez les données de vos apprenants à des tiers ?",
        "Je n'arrive pas à me connecter à la plateforme depuis ce matin.",
        "Quand aura lieu le prochain examen de comptabilité ?",
        "J'ai été prélevé deux fois ce mois-ci, pouvez-vous me rembourser ?",
        "Pouvez-vous m'envoyer ma facture de janvier ?",
        "Où puis-je trouver votre politique de confidentialité ?",
        "Le module 4 ne se charge pas, la vidéo reste noire.",
        "Merci pour votre réponse rapide, bonne journée.",
        "Quel est le délai pour obtenir mon attestation de fin de formation ?",
        "Est-ce que ma formation est éligible au CPF ?",
        "Qui est votre délégué à la protection des données ?",
        copies=2,
    ),
    *_c(
        "en",
        X,
        "How long do you keep my data?",
        "Do you sell learners' data to third parties?",
        "I can't log in to the platform since this morning.",
        "When is the next accounting exam?",
        "I was charged twice this month, can I get a refund?",
        "Could you send me my invoice for January?",
        "Where can I find your privacy policy?",
        "Module 4 won't load, the video stays black.",
        "Thanks for the quick reply, have a nice day.",
        "How long does it take to get my completion certificate?",
        "Is my course eligible for funding?",
        "Who is your data protection officer?",
        copies=2,
    ),
]

SUBJECTS: dict[tuple[str, str], list[str]] = {
    ("fr", "access"): ["Demande d'accès à mes données", "Droit d'accès", "Mes données"],
    ("en", "access"): ["Subject access request", "Access to my data", "SAR"],
    ("fr", "rectification"): ["Correction de mes informations", "Rectification", "Erreur"],
    ("en", "rectification"): [
        "Correction of my details",
        "Rectification request",
        "Wrong details",
    ],
    ("fr", "erasure"): ["Suppression de compte", "Effacement de mes données", "Droit à l'oubli"],
    ("en", "erasure"): ["Delete my account", "Erasure request", "Deletion"],
    ("fr", "restriction"): ["Limitation du traitement", "Gel de mes données"],
    ("en", "restriction"): ["Restriction of processing", "Data hold"],
    ("fr", "objection"): ["Opposition", "Droit d'opposition"],
    ("en", "objection"): ["Objection", "Right to object"],
    ("fr", "marketing_objection"): ["Désinscription", "STOP", "Démarchage"],
    ("en", "marketing_objection"): ["Unsubscribe", "STOP", "Stop calling"],
    ("fr", "consent_withdrawal"): ["Retrait du consentement", "Consentement"],
    ("en", "consent_withdrawal"): ["Withdrawal of consent", "Consent"],
    ("fr", "portability"): ["Portabilité", "Export de mes données"],
    ("en", "portability"): ["Data portability", "Export"],
    ("fr", "post_mortem"): ["Décès", "Compte d'une personne décédée", "Succession"],
    ("en", "post_mortem"): ["Bereavement", "Deceased account", "Estate"],
    ("fr", "minor_parental"): ["Compte de mon enfant", "Mon fils", "Enfant mineur"],
    ("en", "minor_parental"): ["My child's account", "Minor", "My daughter"],
    ("fr", "other"): ["Question", "Facture", "Problème de connexion"],
    ("en", "other"): ["Question", "Invoice", "Login problem"],
}

AM = ("access", "minor_parental")
EM = ("erasure", "minor_parental")

LETTERS: list[Letter] = [
    # ---------------------------------------------------- negation and contrast
    (
        "fr",
        M,
        "SMS",
        "Bonjour, je ne veux pas supprimer mon compte, juste ne plus recevoir vos SMS. Merci",
        "negation then contrast: erasure is explicitly not wanted",
    ),
    (
        "fr",
        M,
        "",
        "je veux pas qu'on efface mon compte hein, j'ai encore des cours, mais arretez les mails "
        "de promo",
        "negation of erasure, marketing only",
    ),
    (
        "fr",
        E,
        "Compte",
        "Je ne souhaite plus recevoir de relances de paiement car j'ai tout réglé. Par contre je "
        "veux "
        "que mon compte soit supprimé maintenant que ma formation est terminée.",
        "payment reminders are not marketing; erasure asked",
    ),
    (
        "en",
        M,
        "emails",
        "Hi, I don't want to delete my account, I just want to stop getting your marketing "
        "emails.",
        "negation then contrast",
    ),
    (
        "en",
        M,
        "",
        "not asking you to erase anything!! just stop phoning me during work hours",
        "negation of erasure",
    ),
    (
        "en",
        RS,
        "Please don't delete",
        "Please do NOT delete my data, I need my training records for a dispute with my employer. "
        "Just stop using them until it's settled.",
        "restriction, erasure explicitly refused",
    ),
    (
        "fr",
        A,
        "Mes données",
        "Je ne demande pas la suppression de mes données, seulement une copie de ce que vous avez "
        "sur moi.",
        "negated erasure, access",
    ),
    (
        "en",
        R,
        "",
        "No need to delete anything, only my email address is wrong on my profile: it's "
        "j.doe@example.org",
        "negated erasure, rectification",
    ),
    (
        "fr",
        X,
        "Question suppression",
        "Bonjour, si je supprime mon compte, est-ce que je perds mes attestations ? Je ne veux "
        "pas le "
        "supprimer pour l'instant, je me renseigne.",
        "hypothetical question, explicitly no request",
    ),
    (
        "en",
        X,
        "Account question",
        "If I delete my account, will I lose my certificates? Not deleting it yet, just asking.",
        "hypothetical question, explicitly no request",
    ),
    # ------------------------------------------------------------ angry letters
    (
        "fr",
        ("erasure", "marketing_objection"),
        "INADMISSIBLE",
        "Madame, Monsieur,\n\nCela fait TROIS SEMAINES que vos conseillers m'appellent matin, "
        "midi et "
        "soir alors que je n'ai jamais demandé quoi que ce soit. J'ai simplement téléchargé une "
        "brochure "
        "il y a deux ans !!! C'est scandaleux. Je vous ordonne d'arrêter immédiatement ces appels "
        "et de "
        "supprimer toutes les données que vous avez sur moi, sinon je saisis la "
        "CNIL.\n\nFurieux,\n"
        "Patrick Morel",
        "angry letter: marketing objection and explicit erasure",
    ),
    (
        "en",
        ("erasure", "marketing_objection"),
        "This is harassment",
        "I have told your sales people FOUR times to stop calling me. Four! I never signed up for "
        "anything. I want every single piece of data you have about me deleted and I want the "
        "calls to "
        "stop today or I'm reporting you to the ICO.\n\nVery angry,\nSteve",
        "angry letter: marketing objection and explicit erasure",
    ),
    (
        "fr",
        M,
        "ca suffit",
        "ARRETEZ DE M APPELER !!!!! c'est la 5eme fois cette semaine je suis au travail",
        "capitals, no accents",
    ),
    ("en", M, "STOP", "STOP TEXTING ME. I NEVER GAVE YOU MY NUMBER.", "capitals"),
    (
        "fr",
        ("access", "marketing_objection"),
        "Démarchage abusif",
        "Je reçois des appels de vos conseillers alors que je ne vous ai jamais donné mon numéro. "
        "Je "
        "veux savoir où vous avez obtenu mes coordonnées et que ces appels cessent.",
        "source of data is an access question, plus marketing objection",
    ),
    (
        "en",
        ("access", "marketing_objection"),
        "Where did you get my number",
        "Your company keeps calling me. I want to know where you got my details from, and stop "
        "calling.",
        "source of data is an access question, plus marketing objection",
    ),
    # --------------------------------------------------------- formal templates
    (
        "fr",
        A,
        "Demande d'accès - article 15 RGPD",
        "Madame, Monsieur,\n\nConformément à l'article 15 du Règlement général sur la protection "
        "des "
        "données (RGPD), je vous prie de bien vouloir m'indiquer si des données me concernant "
        "sont "
        "traitées et, le cas échéant, de m'en communiquer une copie, ainsi que les finalités, les "
        "destinataires, la durée de conservation et la source de ces données.\n\nJe vous remercie "
        "de me "
        "répondre dans le délai d'un mois prévu par l'article 12.\n\nVeuillez agréer, Madame, "
        "Monsieur, "
        "l'expression de mes salutations distinguées.\n\nClaire Fontaine",
        "formal template",
    ),
    (
        "fr",
        E,
        "Demande d'effacement (article 17 du RGPD)",
        "Madame, Monsieur,\n\nEn application de l'article 17 du RGPD, je vous demande d'effacer "
        "les "
        "données personnelles me concernant figurant dans vos fichiers. Je vous rappelle que vous "
        "disposez d'un délai d'un mois pour donner suite à ma demande.\n\nJe vous prie d'agréer "
        "mes "
        "salutations distinguées.\n\nLucas Bernard",
        "formal template",
    ),
    (
        "fr",
        O,
        "Opposition - article 21",
        "Madame, Monsieur,\n\nSur le fondement de l'article 21 du RGPD, je m'oppose, pour des "
        "raisons "
        "tenant à ma situation particulière, au traitement de mes données personnelles réalisé à "
        "des fins "
        "d'évaluation de mon assiduité.\n\nCordialement,\nNadia Haddad",
        "formal template",
    ),
    (
        "fr",
        M,
        "Opposition à la prospection",
        "Madame, Monsieur,\n\nJe vous demande, conformément à l'article 21 du RGPD, de ne plus "
        "utiliser "
        "mes coordonnées à des fins de prospection commerciale, que ce soit par téléphone, "
        "courriel ou "
        "SMS.\n\nSalutations,\nG. Petit",
        "article 21 but marketing purpose: marketing_objection only",
    ),
    (
        "fr",
        P,
        "Portabilité - article 20",
        "Madame, Monsieur,\n\nAu titre de l'article 20 du RGPD, je vous demande de me transmettre "
        "les "
        "données que je vous ai fournies dans un format structuré, couramment utilisé et lisible "
        "par "
        "machine.\n\nCordialement,\nÉlodie Blanc",
        "formal template",
    ),
    (
        "fr",
        RS,
        "Limitation du traitement (art. 18)",
        "Madame, Monsieur,\n\nJe conteste l'exactitude des données relatives à mes résultats "
        "d'examen. "
        "Je vous demande, en application de l'article 18 du RGPD, de limiter leur traitement "
        "pendant la "
        "durée de vérification.\n\nBien à vous,\nHugo Lambert",
        "formal template",
    ),
    (
        "en",
        A,
        "Data Subject Access Request",
        "Dear Data Protection Officer,\n\nPursuant to Article 15 of the General Data Protection "
        "Regulation, I hereby request confirmation of whether you process personal data "
        "concerning me "
        "and, where that is the case, a copy of that data together with the purposes, recipients, "
        "retention periods and source.\n\nI look forward to your response within one "
        "month.\n\nYours "
        "faithfully,\nRebecca Stone",
        "formal template",
    ),
    (
        "en",
        E,
        "Request for erasure under Article 17",
        "Dear Sir or Madam,\n\nI am writing to request that you erase all personal data about me "
        "which "
        "you hold, in accordance with Article 17 of the GDPR.\n\nPlease confirm once this has "
        "been "
        "done.\n\nYours faithfully,\nMark Ellis",
        "formal template",
    ),
    (
        "en",
        C,
        "Withdrawal of consent - Article 7(3)",
        "Dear Sir or Madam,\n\nUnder Article 7(3) GDPR I withdraw, with immediate effect, the "
        "consent I "
        "gave for the publication of my photograph and quote on your website.\n\nRegards,\nAisha "
        "Khan",
        "formal template",
    ),
    (
        "en",
        RS,
        "Restriction of processing",
        "Dear DPO,\n\nI contest the accuracy of the attendance data you hold about me. Pursuant "
        "to "
        "Article 18 GDPR, please restrict its processing while you verify it.\n\nKind "
        "regards,\nT. Nolan",
        "formal template",
    ),
    # ------------------------------------------------------------ third parties
    (
        "fr",
        EM,
        "Mon fils",
        "Bonjour, mon fils Théo a 14 ans. Il s'est inscrit sur votre site avec son adresse perso "
        "pour "
        "une formation en graphisme, sans nous demander. En tant que parents nous voulons que son "
        "compte et ses données soient supprimés. Je peux vous envoyer le livret de famille.\n\n"
        "Sandrine Roux",
        "parent of a 14-year-old",
    ),
    (
        "en",
        EM,
        "My daughter's account",
        "Hello, my daughter Lily is 13. She created an account on Elephorm without asking us. As "
        "her "
        "father I'd like her account and all her data removed. I can send proof that I'm her "
        "parent.\n\n"
        "James Walker",
        "parent of a 13-year-old",
    ),
    (
        "fr",
        EM,
        "",
        "mon gamin de 12 ans s'est inscrit chez vous avec ma carte, supprimez son compte svp",
        "parent, SMS style",
    ),
    (
        "en",
        AM,
        "Minor",
        "I'm the legal guardian of a 14 year old boy who registered with you. Before anything "
        "else, what "
        "personal data have you collected about him?",
        "guardian asks access for a minor",
    ),
    (
        "fr",
        PM,
        "Succession de M. Dupuis",
        "Maître,\n\nJe suis notaire et je suis chargée de la succession de M. Henri Dupuis, "
        "décédé le "
        "3 février 2025. Les héritiers souhaitent la clôture de son compte apprenant et "
        "l'effacement de "
        "ses données. Vous trouverez ci-joint l'acte de décès.\n\nMe Sophie Carré, notaire",
        "notary for a deceased person: post_mortem alone",
    ),
    (
        "en",
        PM,
        "Estate of Mr Kelly",
        "Dear Sir/Madam,\n\nI am the solicitor acting for the estate of the late Brian Kelly, who "
        "died "
        "on 2 January 2025. His family asks that all his data be deleted and that marketing to "
        "his "
        "address stops. The death certificate is attached.\n\nFiona Reid, Solicitor",
        "solicitor for an estate: post_mortem alone, even with deletion and marketing",
    ),
    (
        "fr",
        PM,
        "",
        "bonjour mon pere est decede en mars et vous lui envoyez encore des pubs, je veux que son "
        "compte "
        "soit supprimé",
        "heir, no accents: post_mortem alone",
    ),
    (
        "en",
        PM,
        "my mum",
        "my mum passed away in june and i keep getting emails addressed to her. please close her "
        "account, i'm her daughter and only heir",
        "heir: post_mortem alone",
    ),
    (
        "fr",
        PM,
        "Directives post mortem",
        "Je souhaite qu'à mon décès toutes mes données soient supprimées et je désigne mon fils "
        "Paul "
        "comme personne chargée d'exécuter ces directives.",
        "own directives for after death",
    ),
    (
        "fr",
        A,
        "Demande au nom de ma cliente",
        "Madame, Monsieur,\n\nJe suis l'avocat de Mme Léa Morin. Ma cliente souhaite obtenir la "
        "communication de l'intégralité des données personnelles la concernant que vous détenez, "
        "y "
        "compris les enregistrements d'appels. Vous trouverez ci-joint le mandat.\n\nMe Olivier "
        "Dumas, "
        "avocat au barreau de Lyon",
        "lawyer on behalf of a client: the client's right",
    ),
    (
        "en",
        E,
        "On behalf of my client",
        "Dear Sirs,\n\nWe act for Mr Daniel Price. Our client requests the erasure of all "
        "personal data "
        "you hold about him. Please find our letter of authority attached.\n\nHarper & Lowe LLP",
        "law firm on behalf of a client",
    ),
    (
        "fr",
        E,
        "Pour ma mère",
        "Bonjour, j'écris pour ma mère qui ne sait pas utiliser internet. Elle veut que son "
        "compte "
        "chez vous soit supprimé. Elle est d'accord et je peux envoyer une procuration.",
        "adult third party acting with mandate: erasure (not minor, not deceased)",
    ),
    # ------------------------------------------------------ quoted replies etc.
    (
        "fr",
        X,
        "Re: Votre demande de suppression [DSR-2025-000412]",
        "Merci beaucoup, c'est parfait !\n\nLe 12/03/2025 à 14:02, Privacy Desk <dpo@studi.fr> a "
        "écrit :"
        "\n> Bonjour,\n> Nous avons bien reçu votre demande de suppression de compte.\n> Elle "
        "sera "
        "traitée sous un mois.\n>\n> Le délégué à la protection des données",
        "thanks; the quoted part talks about erasure but is our own answer",
    ),
    (
        "en",
        X,
        "Re: Your erasure request [DSR-2025-000413]",
        "Great, thanks for confirming.\n\nOn Wed, 12 Mar 2025 at 14:02, Privacy Desk "
        "<dpo@studi.fr> "
        "wrote:\n> Hello,\n> We have received your request to delete your account and all your "
        "data.\n"
        "> It will be handled within one month.",
        "thanks; the quoted part talks about erasure but is our own answer",
    ),
    (
        "fr",
        X,
        "Re: Suppression de mon compte",
        "D'accord, merci pour l'information, je vais réfléchir.\n\n-----Message d'origine-----\n"
        "De : Julien Masson\nEnvoyé : jeudi 6 mars 2025 10:15\nÀ : dpo@studi.fr\nObjet : "
        "Suppression "
        "de mon compte\n\nBonjour, je veux supprimer mon compte et toutes mes données.",
        "the sender's own earlier request is quoted; the new text only thanks",
    ),
    (
        "fr",
        E,
        "Re: Suppression de mon compte",
        "Bonjour, je vous relance car je n'ai toujours pas de réponse à ma demande ci-dessous.\n\n"
        "Le 2 févr. 2025 à 18:20, Inès Caron <ines.caron@exemple.fr> a écrit :\n> Bonjour, merci "
        "de "
        "supprimer mon compte et mes données.",
        "reminder: carries the earlier request's label",
    ),
    (
        "en",
        A,
        "Re: Subject access request",
        "It has now been five weeks and I still haven't received anything. Please respond to my "
        "request "
        "below.\n\nOn 1 Feb 2025, at 09:00, Ryan Cole <ryan.cole@example.com> wrote:\n> Please "
        "send me "
        "a copy of all personal data you hold about me.",
        "reminder: carries the earlier request's label",
    ),
    (
        "fr",
        M,
        "TR: Nouvelles formations printemps",
        "Je vous ai déjà dit de ne plus m'envoyer ça !!!\n\n-------- Message transféré --------\n"
        "De : COMNICIA <news@comnicia.fr>\nObjet : Nouvelles formations printemps\n\nDécouvrez "
        "nos "
        "formations en communication digitale. Pour vous désinscrire, cliquez ici.",
        "forwarded newsletter with a complaint: marketing objection from the new text",
    ),
    (
        "en",
        M,
        "Fwd: Spring courses",
        "Take me off this list. Now.\n\n---------- Forwarded message ---------\nFrom: ELEPHORM "
        "<news@elephorm.com>\nSubject: Spring courses\n\nNew courses in 3D and video editing! To "
        "unsubscribe, click here.",
        "forwarded newsletter with a complaint",
    ),
    (
        "fr",
        X,
        "TR: Nouvelles formations printemps",
        "Pour info, ça t'intéresse peut-être ?\n\n-------- Message transféré --------\nDe : "
        "COMNICIA "
        "<news@comnicia.fr>\nObjet : Nouvelles formations printemps\n\nDécouvrez nos formations. "
        "Vous "
        "pouvez vous désinscrire à tout moment ou demander la suppression de vos données.",
        "forwarded newsletter, no request in the new text",
    ),
    (
        "en",
        X,
        "Fwd: Course news",
        "FYI\n\n---------- Forwarded message ---------\nFrom: Digital Campus Live <news@dcl.com>\n"
        "Subject: Course news\n\nYou can unsubscribe at any time or ask us to delete your data.",
        "forwarded newsletter, no request in the new text",
    ),
    (
        "en",
        X,
        "Re: your question",
        "> do you want me to delete your old account?\nNo thanks, keep it, I still use it.",
        "quoted question, the new text declines",
    ),
    # ----------------------------------------------------------- signatures etc.
    (
        "en",
        A,
        "Data request",
        "Hi, could you send me a copy of the data you hold about me?\n\nThanks,\nAlex\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee. If you have "
        "received "
        "it in error, please notify the sender and delete it immediately.",
        "legal disclaimer in the signature mentions deletion",
    ),
    (
        "fr",
        R,
        "Erreur de nom",
        "Bonjour, mon nom est mal écrit sur mon attestation, c'est Guérin avec un accent.\n\n"
        "Cordialement,\nMarc Guérin\n\nCe message et ses pièces jointes sont confidentiels. Si "
        "vous "
        "l'avez reçu par erreur, merci de le supprimer et d'en avertir l'expéditeur.",
        "disclaimer in the signature mentions deletion",
    ),
    (
        "en",
        X,
        "Question about my invoice",
        "Hi, when will I receive the invoice for my last payment?\n\n-- \nPriya Patel\nHead of "
        "Data "
        "Deletion & Privacy, Acme Ltd",
        "signature mentions deletion",
    ),
    (
        "fr",
        X,
        "Inscription",
        "Bonjour, je voudrais savoir si la formation commence en septembre ou en octobre.\n\n--\n"
        "Jérôme Lemoine\nResponsable désinscriptions et opposition, Mairie de Tours",
        "signature mentions opposition",
    ),
    # -------------------------------------------------------- out of office etc.
    (
        "fr",
        X,
        "Réponse automatique : Votre demande",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au 24 mars inclus, avec un accès limité à "
        "mes "
        "emails. Pour toute demande urgente, contactez ma collègue à l'adresse "
        "compta@exemple.fr.\n\n"
        "Cordialement,\nMarie Vidal",
        "out-of-office",
    ),
    (
        "en",
        X,
        "Automatic reply: Your data",
        "Thank you for your email. I am out of the office until Monday 24 March with no access to "
        "email. For urgent matters please contact support@example.com.",
        "out-of-office",
    ),
    (
        "fr",
        X,
        "Absence",
        "Je suis en congé jusqu'au 2 septembre. Votre message ne sera pas transféré. Pour toute "
        "demande "
        "de suppression de vos données, écrivez à dpo@exemple.fr.",
        "out-of-office mentioning deletion",
    ),
    (
        "en",
        X,
        "Out of Office",
        "I'm on annual leave until 5 August. Your message will not be forwarded. To unsubscribe "
        "from our "
        "mailing list or ask for deletion of your data, write to privacy@example.com.",
        "out-of-office mentioning unsubscribe and deletion",
    ),
    (
        "fr",
        X,
        "Accusé de réception",
        "Ceci est un message automatique. Nous avons bien reçu votre message et vous répondrons "
        "dans les "
        "meilleurs délais. Merci de ne pas répondre à ce courriel.",
        "auto-reply",
    ),
    (
        "en",
        X,
        "Delivery confirmation",
        "This is an automated response. We have received your message and will get back to you as "
        "soon "
        "as possible. Please do not reply to this email.",
        "auto-reply",
    ),
    # ------------------------------------------------------------- newsletters
    (
        "fr",
        X,
        "Vos nouvelles formations de mars",
        "Découvrez nos nouvelles formations en comptabilité et gestion ! -20 % sur les "
        "inscriptions "
        "jusqu'au 31 mars.\n\nConformément au RGPD, vous disposez d'un droit d'accès, de "
        "rectification "
        "et d'effacement de vos données. Pour vous désinscrire, cliquez ici.",
        "newsletter text with rights boilerplate",
    ),
    (
        "en",
        X,
        "Your weekly digest",
        "This week on Elephorm: 12 new tutorials, a free webinar on colour grading and "
        "more.\n\nYou are "
        "receiving this email because you subscribed. Unsubscribe | Manage preferences | Privacy "
        "policy. You have the right to access, rectify and delete your data.",
        "newsletter text with rights boilerplate",
    ),
    (
        "fr",
        X,
        "Offre spéciale",
        "Gagnez un iPhone 16 ! Cliquez sur ce lien pour participer au tirage au sort.",
        "spam",
    ),
    (
        "en",
        X,
        "You have won",
        "Congratulations!!! You have been selected to receive a $1000 gift card. Click here to "
        "claim.",
        "spam",
    ),
    # --------------------------------------------------------- policy questions
    (
        "fr",
        X,
        "Question RGPD",
        "Bonjour, combien de temps gardez-vous les données des anciens apprenants après la fin de "
        "la "
        "formation ? Merci.",
        "policy question about retention, phrased about data",
    ),
    (
        "fr",
        X,
        "",
        "est ce que mes donnees sont stockees en europe ou aux etats unis ?",
        "policy question, no accents",
    ),
    (
        "en",
        X,
        "GDPR question",
        "Do you share my data with partners? Just curious before I sign up.",
        "policy question phrased about my data",
    ),
    ("en", X, "", "what's your retention period for exam results?", "policy question"),
    (
        "fr",
        X,
        "Politique",
        "Quels sont mes droits concernant mes données personnelles chez vous ?",
        "general question about rights, no request",
    ),
    (
        "en",
        X,
        "Rights",
        "What rights do I have over my personal data with your company?",
        "general question about rights, no request",
    ),
    # ------------------------------------------------------------ subject only
    ("fr", E, "Supprimer mon compte", "", "subject only"),
    ("en", E, "Please delete my account", "", "subject only"),
    ("fr", M, "Désinscription newsletter", "", "subject only"),
    ("en", M, "Unsubscribe", "", "subject only"),
    ("fr", A, "Demande de copie de mes données", "", "subject only"),
    ("en", P, "Data portability request", "", "subject only"),
    ("fr", C, "Retrait de mon consentement", "", "subject only"),
    ("en", R, "Correct my name please", "", "subject only"),
    ("fr", X, "Facture", "", "subject only"),
    ("en", X, "Hello", "", "subject only"),
    # --------------------------------------------------------- mixed languages
    (
        "fr",
        E,
        "delete",
        "Bonjour, please delete mon compte, je ne parle pas bien anglais sorry",
        "mixed languages",
    ),
    (
        "en",
        M,
        "stop",
        "Hello, stop les appels please, I live in Paris but I don't speak French well",
        "mixed languages",
    ),
    (
        "fr",
        A,
        "",
        "Hello, je voudrais un export... non, juste une copie de mes données personnelles, thanks",
        "mixed languages, self-correction",
    ),
    (
        "en",
        E,
        "suppression",
        "Hi, I'd like the suppression of my compte and all my data please. Merci",
        "mixed languages",
    ),
    # ---------------------------------------------------------- SMS and typos
    ("fr", E, "", "slt jveux suprimer mon conpte stp c urgent", "SMS style and typos"),
    ("fr", M, "", "arreter de mapeler svp jsuis pa interesse ptdr", "SMS style and typos"),
    ("fr", A, "", "cc vs avez koi comme infos sur moi ? jveux les voir", "SMS style"),
    ("en", E, "", "pls delte my acount asap thx", "typos"),
    ("en", M, "", "stp calling me omg", "SMS style"),
    ("en", A, "", "wat data u got on me? send it pls", "SMS style"),
    ("fr", R, "", "mon adresse est fause sur mon profil, pouvez vous la coriger ?", "typos"),
    ("en", R, "", "my adress is wrong on my profle, can you corect it?", "typos"),
    # -------------------------------------------------------------- reminders
    (
        "fr",
        M,
        "Re: STOP",
        "Deuxième relance : vous m'appelez toujours. J'avais demandé que les appels cessent.",
        "reminder of a marketing objection",
    ),
    (
        "en",
        P,
        "Re: Data portability request",
        "Following up on my request from last month, still waiting for the export of my data.",
        "reminder, the subject names the request",
    ),
    (
        "fr",
        P,
        "Re: Portabilité",
        "Toujours rien reçu concernant ma demande de portabilité, merci de faire le nécessaire.",
        "reminder",
    ),
    (
        "en",
        E,
        "Reminder",
        "I asked you on 3 January to delete my account. Nothing has happened. Please act now.",
        "reminder restating the request",
    ),
    # -------------------------------------------------------------- misc other
    (
        "fr",
        X,
        "Changement de formation",
        "Bonjour, est-il possible de changer de parcours et de passer en BTS MCO ?",
        "course question",
    ),
    (
        "en",
        X,
        "Payment plan",
        "Can I pay my course in three instalments instead of one?",
        "billing question",
    ),
    (
        "fr",
        X,
        "Résiliation",
        "Je souhaite résilier mon abonnement mensuel à la fin du mois, comment faire ?",
        "cancelling a subscription is a billing matter, not erasure",
    ),
    (
        "en",
        X,
        "Cancel subscription",
        "How do I cancel my monthly subscription? I don't want to be charged again.",
        "cancelling a subscription is a billing matter",
    ),
    (
        "fr",
        X,
        "Certificat",
        "Bonjour, j'ai supprimé par erreur mon attestation PDF, pouvez-vous me la renvoyer ?",
        "'supprimé' describes what the learner did, not a request",
    ),
    (
        "en",
        X,
        "Lost file",
        "I accidentally deleted my certificate, could you send it again?",
        "'deleted' describes what the learner did",
    ),
    (
        "fr",
        X,
        "Mot de passe",
        "Je voudrais modifier mon mot de passe mais le lien ne marche pas.",
        "password change is support, not rectification",
    ),
    (
        "en",
        X,
        "Password",
        "I want to change my password but the reset link is broken.",
        "password change is support",
    ),
    ("fr", X, "", "ok merci bcp", "short thanks"),
    ("en", X, "", "ok thx", "short thanks"),
    # ------------------------------------------------------ more hard positives
    (
        "fr",
        O,
        "Partage avec mon employeur",
        "Je refuse que vous transmettiez mes résultats et mon assiduité à mon employeur, je m'y "
        "oppose "
        "formellement.",
        "objection to a specific processing",
    ),
    (
        "en",
        O,
        "Tracking",
        "I object to you tracking how long I spend on each video. Please stop this processing.",
        "objection to a specific processing",
    ),
    (
        "fr",
        C,
        "Cookies",
        "J'ai accepté les cookies par erreur sur votre site, je retire mon consentement.",
        "consent withdrawal",
    ),
    (
        "en",
        C,
        "Photo",
        "Last year I agreed you could use my photo in your brochure. I've changed my mind and "
        "withdraw "
        "that consent.",
        "consent withdrawal without the word 'withdraw consent' adjacent",
    ),
    (
        "fr",
        ("consent_withdrawal", "erasure"),
        "Consentement et suppression",
        "Je retire mon consentement et je demande que toutes mes données soient effacées.",
        "explicit consent withdrawal and erasure",
    ),
    (
        "en",
        ("consent_withdrawal", "marketing_objection"),
        "Unsubscribe and withdraw consent",
        "Unsubscribe me from everything. I also withdraw my consent to marketing.",
        "explicit consent withdrawal plus unsubscribe",
    ),
    (
        "fr",
        ("marketing_objection", "erasure"),
        "Désabonnement",
        "Désabonnez-moi de la newsletter et effacez aussi mon adresse de vos bases, je ne veux "
        "plus "
        "rien avoir à faire avec vous.",
        "unsubscribe plus explicit erasure",
    ),
    (
        "fr",
        ("rectification", "marketing_objection"),
        "Nom et appels",
        "Vous écorchez mon nom à chaque appel : c'est Nguyen, pas Nguen. Corrigez-le. Et "
        "d'ailleurs "
        "arrêtez de m'appeler.",
        "rectification and marketing objection",
    ),
    (
        "en",
        ("restriction", "access"),
        "Dispute",
        "I dispute my exam results. Please stop processing my data until this is resolved, and "
        "send me "
        "a copy of everything you have on my exams.",
        "restriction and access",
    ),
    (
        "fr",
        ("objection", "access"),
        "Profilage",
        "Je m'oppose au profilage de mes données et je veux savoir quelles données vous utilisez "
        "pour "
        "cela.",
        "objection and access",
    ),
]
