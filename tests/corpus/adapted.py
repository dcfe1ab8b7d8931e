"""Messages adapted from how people write to organisations in public, paraphrased.

Each entry names the kind of public source its shape came from (published request-letter models
of data-protection authorities and consumer associations, account-deletion requests posted in
public issue trackers, unsubscribe requests to public mailing lists). The wording is ours: the
structure and register are borrowed, and every name, address and number is invented.
Format: ``(origin, language, labels, subject, text)``.
"""

from __future__ import annotations

Adapted = tuple[str, str, tuple[str, ...], str, str]

TEMPLATE = "public request-letter template"
TRACKER = "public issue tracker"
LIST = "public mailing list"

ADAPTED: list[Adapted] = [
    (
        TEMPLATE,
        "fr",
        ("access",),
        "Demande de droit d'accès",
        "Madame, Monsieur,\n\nJe vous prie de bien vouloir m'indiquer si des données me "
        "concernant figurent dans vos traitements et, le cas échéant, de m'en adresser une "
        "copie, accompagnée des informations prévues par le règlement sur leur origine, leurs "
        "destinataires et leur durée de conservation.\n\nVous trouverez ci-joint la copie d'un "
        "justificatif d'identité.\n\nJe vous prie d'agréer, Madame, Monsieur, mes salutations "
        "distinguées.\n\nPrénom NOM",
    ),
    (
        TEMPLATE,
        "fr",
        ("erasure",),
        "Demande de suppression de données",
        "Madame, Monsieur,\n\nJe vous demande, en application du droit à l'effacement, de "
        "supprimer de vos fichiers les informations suivantes me concernant : nom, adresse "
        "électronique, historique d'achats. Je vous remercie de me faire connaître les suites "
        "données dans un délai d'un mois.\n\nVeuillez agréer mes salutations distinguées.",
    ),
    (
        TEMPLATE,
        "fr",
        ("marketing_objection",),
        "Opposition à la prospection",
        "Madame, Monsieur,\n\nJe m'oppose à ce que mes coordonnées soient utilisées à des fins "
        "de prospection commerciale, par courrier, téléphone ou voie électronique, y compris "
        "par vos partenaires. Je vous remercie de prendre les mesures nécessaires et de m'en "
        "informer.\n\nSalutations distinguées.",
    ),
    (
        TEMPLATE,
        "fr",
        ("rectification",),
        "Demande de rectification",
        "Madame, Monsieur,\n\nLes informations que vous détenez sur moi comportent une erreur : "
        "ma date de naissance est inexacte. Je vous prie de procéder à sa rectification et de "
        "m'adresser une copie de l'enregistrement modifié.\n\nCordialement.",
    ),
    (
        TEMPLATE,
        "en",
        ("access",),
        "Subject access request",
        "Dear Sir or Madam,\n\nPlease supply the personal data you hold about me, which I am "
        "entitled to receive under data protection law, together with the source of the data, "
        "the purposes for which it is used and the organisations it is shared with. I enclose "
        "proof of identity. I look forward to your reply within one month.\n\nYours faithfully,"
        "\n[name]",
    ),
    (
        TEMPLATE,
        "en",
        ("erasure",),
        "Request to delete personal data",
        "Dear Sir or Madam,\n\nI am writing to ask you to erase the personal data you hold on "
        "me. I no longer consent to its use and there is no overriding reason for you to keep "
        "it. Please confirm when this has been done, and tell any third parties you shared it "
        "with.\n\nYours faithfully,",
    ),
    (
        TEMPLATE,
        "en",
        ("objection",),
        "Objection to processing",
        "Dear Sir or Madam,\n\nI object to you processing my personal data for the purpose of "
        "assessing my suitability for further programmes, on grounds relating to my particular "
        "situation. Please stop this processing and confirm that you have done so.\n\n"
        "Yours faithfully,",
    ),
    (
        TRACKER,
        "en",
        ("erasure",),
        "Please delete my account",
        "Hi, I can't find any option in the settings to remove my account. Could someone from "
        "the team delete it together with my uploads? Username is in the ticket metadata. "
        "Thanks!",
    ),
    (
        TRACKER,
        "en",
        ("erasure",),
        "Account removal request",
        "I no longer use this service and would like my account and all the data tied to it "
        "removed. I tried the help page but the delete button gives an error.",
    ),
    (
        TRACKER,
        "fr",
        ("erasure",),
        "Suppression de compte",
        "Bonjour, impossible de supprimer mon compte depuis l'interface (le bouton ne fait "
        "rien). Est-ce que vous pouvez le faire de votre côté ? Je ne me sers plus de "
        "l'application.",
    ),
    (
        TRACKER,
        "en",
        ("portability",),
        "Export my data",
        "Is there a way to get an export of all my projects and comments? I'd like to move to "
        "a self-hosted instance and need the data in a format I can import.",
    ),
    (
        LIST,
        "en",
        ("marketing_objection",),
        "unsubscribe",
        "Please remove me from this list. I have tried the link at the bottom but I keep "
        "getting messages.",
    ),
    (
        LIST,
        "fr",
        ("marketing_objection",),
        "désabonnement",
        "Merci de me retirer de cette liste de diffusion, le lien de désinscription ne "
        "fonctionne pas.",
    ),
]
