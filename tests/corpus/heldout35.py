"""Thirty-fifth held-out batch: another test split of the corpus, with who is asking.

Written on 1 December 2026 in one separate pass, blind: its author read only the product
specification (the request types and labelling rules), the privacy policy, the label shorthands
and the format header of an earlier batch (not its messages), never the classifier's rules,
its code or any other batch's messages, and the classifier was not run on it before it was frozen.
Its voices differ from the earlier batches: older learners and retirees (60 to 85) and the people
around them. Old-fashioned formal French and English ("Je me permets de vous adresser la
présente", "Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués",
"Dear Sirs", "Yours faithfully"), long digressions about a whole life (widowhood, the shop, the
farm, the grandchildren, the hip operation) before the ask, hand-written letters transcribed by
the post room ("[lettre manuscrite, scannée]" / "[handwritten letter, scanned]", with OCR errors
such as "rn" for "m", broken accents and words cut by line ends), writers who confuse email and
post, who mix up the group's brands or call them by wrong names, who ask a grandchild, a
neighbour or a home helper to type while writing as themselves (self); set against relatives,
guardians and curators (tutelle, curatelle, court deputies, mandataires judiciaires), holders of
powers of attorney, lawyers, home-care workers, care-home staff and neighbours writing about them
in their own names; grandparents who are the legal guardians of a minor grandchild and older
parents of teenagers; older people writing their own directives on their data after death, and
widows, children, executors and notaries after a death; reminders and withdrawals of an earlier
request; and the ordinary background of non-requests: questions about the policy only, course,
font-size, exam, certificate, invoice and funding questions, thanks and season's greetings,
complaints that ask no right, spam and phishing aimed at the elderly, auto-replies and bounces.
Every name, address, phone number, date and reference is invented.

Each entry: ``(language, labels, requester, intent, subject, text, origin)``. ``requester`` is
who is asking (``self``, ``parent``, ``heir_or_trusted_person``, ``lawyer_or_representative``,
``other_third_party``); ``intent`` is ``None``, ``"cancel"`` (the person withdraws a request) or
``"question_only"`` (a question about the policy, no request), both filed as ``other``. Only what
the sender asks in the new text is labelled, never what a quoted message says.
"""

# ruff: noqa: E501, F403, F405
from shorthands import *

#: combinations the shorthands lack (labels in any order)
RM = ("rectification", "marketing_objection")

HELDOUT35: list[Entry] = [
    # ---- access ----
    (
        "fr",
        A,
        S,
        None,
        "Courrier reçu le 14/10/2026 - service courrier",
        """[lettre manuscrite, scannée]

Bourges, le 9 octobre 2026

Madame, Monsieur,

Je me perrnets de vous adresser la présente afin de solliciter de votre haute bienveillance un renseignernent qui me tient à coeur.

Je suis âgé de soixante-dix-neuf ans. J'ai exercé toute ma carrière la profession d'aide-cornptable dans une cooperative agricole du Cher, puis, devenu veuf en 2017, j'ai voulu garder l'esprit en éveil et me suis inscrit auprès de votre école COMPTALIA pour une remise à niveau en fiscalité. Mon fils m'avait installé l'ordinateur. J'ai suivi les cours avec assiduité jusqu'en 2020, puis ma vue a baissé et j'ai dû renoncer, non sans regret.

Or, ces derniers mois, je reçois des lettres et des appels de toutes sortes de sociétés et je me dernande qui connaît quoi sur mon compte. Je vous prie donc de bien vouloir me faire connaître l'ensemble des inforrnations que vous conservez à mon sujet : mon dossier d'élève, mes coordonnées, les notes que vos conseillers ont pu prendre, et à qui vous les avez éventuellement cornmuniquées.

Je joins la photocopie de ma carte d'identité. Mon numéro d'élève était, je crois, le CPT-118 402.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Marcel Auberger
7, chemin des Peupliers
18000 Bourges""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Request for information held",
        """Dear Sirs,

I should be most obliged if you would furnish me with a copy of all records you hold concerning myself, together with a note of the purposes for which they are kept and of any persons to whom they have been passed.

I enrolled on a Digital Campus evening course in 2023, at the age of seventy-one, chiefly to keep up with my granddaughter, who runs a little online shop.

I am, Sirs,
Yours faithfully,

Harold P. Winterbottom (Mr)
14 Lavender Close, Harrogate HG2 7QS""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "demande",
        """Bonjour,

C'est mon petit-fils Théo qui tape ce message pour moi car je ne sais pas me servir de l'ordinateur. Je suis Mme Odette Ferrand, née le 3 mars 1946, j'ai fait une formation chez vous en secrétariat il y a quelques années.

Je voudrais savoir ce que vous avez comme renseignements sur moi dans vos fichiers. Vous pouvez répondre à cette adresse, c'est celle que j'ai donnée à l'inscription.

Merci beaucoup,
Odette Ferrand""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "my file",
        """What do you have on file about me? I would like to see it.
Margaret Dunmore, aged 81, enrolled 2024 (bookkeeping)""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Même demande que ma lettre",
        """Madame, Monsieur,

Je vous ai écrit par la poste le 3 octobre dernier à l'adresse de Pérols. Ma fille m'affirme qu'il faut aussi envoyer un « mail » pour que cela soit pris en compte, alors je vous recopie ma lettre ici, en espérant ne pas faire de doublon.

Je souhaite recevoir la copie de tout ce que vous détenez sur moi (inscription, résultats, enregistrements téléphoniques s'il y en a).

Avec mes remerciements anticipés,
Germaine Tissot, Mâcon""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "A question of what you keep",
        """Good afternoon,

I hope you will forgive a long preamble. I taught geography for thirty-four years at a comprehensive in Stockport, retired in 2011, and have since occupied myself with the allotment, the parish magazine and, latterly, a course in social media marketing with Digital Campus, which my daughter thought would help with the magazine's dwindling readership. It did, modestly. We now have a Facebook page with nearly two hundred followers, most of them my former pupils, who are themselves now grandparents, which is a sobering thought.

During the course, I filled in a great many forms and questionnaires, and I took part in several video sessions. I have no complaint whatever about the teaching. However, I have lately read a good deal in the newspapers about companies keeping information, and I find I should like to know exactly what your organisation holds about me: the forms, the recordings of the video sessions if you kept them, any marks, and the notes from telephone calls with the lady who enrolled me.

I should also like to know where that information came from (besides myself), who else has seen it and how long you propose to keep it.

With thanks and kind regards,
Dennis Whitcombe""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Communication de mon dossier - par courrier SVP",
        """Madame, Monsieur,

Je vous prie de m'adresser par voie postale, et non par internet que je ne consulte guère, la liste des données personnelles me concernant que détient votre établissement Ecolems, où j'ai suivi un module en 2022.

Mon adresse : Mme Simone Carrel, 22 rue du Lavoir, 74200 Thonon-les-Bains.

Recevez, Madame, Monsieur, mes salutations distinguées.""",
        W,
    ),
    (
        "fr",
        A,
        L,
        None,
        "Demande de communication - majeur protégé M. Gérard Lemoine",
        """Madame, Monsieur,

En ma qualité de tuteur de M. Gérard Lemoine, né le 12 juin 1951, placé sous tutelle par jugement du juge des contentieux de la protection de Tours en date du 14 mars 2025 (copie jointe), je sollicite la communication de l'ensemble des données à caractère personnel le concernant détenues par votre groupe, ainsi que les informations prévues à l'article 15 du RGPD.

Il apparaît en effet, au vu de ses relevés bancaires, que M. Lemoine aurait souscrit une formation auprès de l'une de vos écoles en 2024 ; je souhaite en connaître les conditions avant toute autre démarche.

Je vous remercie de me répondre à l'adresse de mon service.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Nathalie Brunet
Mandataire judiciaire à la protection des majeurs
UDAF 37""",
        W,
    ),
    (
        "en",
        A,
        L,
        None,
        "Subject access request - Mrs Eileen Carr (LPA)",
        """Dear Data Protection Officer,

I hold a registered Lasting Power of Attorney for property and financial affairs for my mother, Mrs Eileen Carr (date of birth 2 November 1943), who now has advanced dementia and lives in a care home in Chester. A certified copy of the LPA is attached.

Going through her post, I found correspondence from Comptalia. Acting under the LPA, I request a copy of all personal data you hold about her.

Yours sincerely,
Stephen Carr""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Notes de vos conseillers",
        """Bonjour,

Agent immobilier retraité depuis 2021, j'ai suivi en 2023 une formation à l'École supérieure des métiers de l'immobilier pour me remettre à la gestion locative (on ne se refait pas). Lors de mon inscription, un conseiller m'a longuement interrogé au téléphone sur mes revenus, ma retraite, mes motivations, ma santé même.

Je souhaiterais obtenir une copie de ce qu'il a noté à mon sujet, ainsi que du reste de mon dossier.

Cordialement,
Jean-Pierre Vidal""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Copy of my information by post please",
        """To whom it may concern,

I am writing on behalf of myself. Please send me a copy of what your computer holds on me. I do not have a printer, so I would be grateful if it could be sent by post to 3 Orchard Row, Ludlow SY8 1AB.

Thank you kindly,
Mrs Beryl Hancock""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "RAPPEL - demande du 2 septembre",
        """Madame, Monsieur,

Je vous ai écrit le 2 septembre pour obtenir la copie des données que Studi conserve sur moi. Trois mois bientôt et pas un mot. À mon âge, voyez-vous, on n'aime pas attendre : on ne sait jamais combien de temps il nous reste.

Je renouvelle donc ma demande.

André Poulain, 83 ans""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Second letter - no reply",
        """[handwritten letter, scanned]

Dear Sir or Madarn,

I wrote to you on the 4th of Septernber asking to see the infor-
mation you keep about me. I have had no reply. I should be
grateful if you would attend to it.

Yours faithfully,
Gwendolyn Pryce (Mrs)""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "données",
        """Je voudrais voir mes données svp.
Lucienne Barre""",
        W,
    ),
    (
        "en",
        A,
        L,
        None,
        "Our client: Mr Alistair Ferguson - request for personal data",
        """Dear Sirs,

We act for Mr Alistair Ferguson, of 22 Kirkgate, Perth, aged 77, whose signed authority is enclosed.

Our client believes that he was enrolled on a course by one of your group's brands following a series of telephone calls in the spring of 2026 of which he has only a partial recollection. On his behalf we request a copy of all personal data you hold about him, including any call recordings and call notes, and the information required by Article 15 UK/EU GDPR.

Yours faithfully,
McLeish & Dunn LLP""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Ce que vous savez de moi",
        """Bonjour Messieurs Dames,

Ce message est tapé par ma voisine, Mme Rossi, que je remercie de sa patience, mais c'est bien moi, Raymond Guichard, qui vous écris.

J'ai été inscrit chez Digital Campus (ou Studi, je n'ai jamais bien compris la différence) en 2022. Je voudrais recevoir tout ce que vous avez gardé sur moi.

Bien à vous,
Raymond Guichard
Rue de la Gare, 56300 Pontivy""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Recordings of my calls",
        """Hello,

Every time I rang your helpline, a voice said the call might be recorded for training purposes. I have had some twenty calls with your advisers since I started in 2025, some of them rather long, as I am not quick with computers.

I should like a copy of the recordings that exist, and of anything written down about me after those calls.

Regards,
Colin Ashby""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Retraité anglais - my data",
        """Hello, bonjour,

Je suis un retraité anglais installé en Dordogne depuis 2009, and my French is not perfect, excusez-moi. J'ai fait le cours de comptabilité de Comptalia pour m'occuper des comptes de notre gîte.

Je voudrais recevoir une copie de toutes les informations que vous avez sur moi, s'il vous plaît, et savoir à qui vous les avez données.

Merci, thank you,
Peter Langley, Eymet""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "D'où vient mon numéro ?",
        """Madame, Monsieur,

Un de vos conseillers m'a appelé hier en me disant que j'avais « demandé de la documentation ». Je n'ai rien demandé du tout. Je ne vous demande pas de cesser pour l'instant, je veux d'abord comprendre : d'où tenez-vous mon numéro, et que savez-vous d'autre de moi ? Envoyez-moi tout ce que vous avez.

Josette Marchal""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "From Grandad (typed by Lily)",
        """Hi, this is Lily typing for my grandad because his hands shake. These are his words:

"Dear Studi people, I am Frank Osei, 80 years old, I did your bookkeeping course in 2023. Please tell me everything you hold about me and send me a copy. Thank you very much. Frank Osei."

His email is this one, frank.osei.1946@example.net.""",
        W,
    ),
    # ---- rectification ----
    (
        "fr",
        R,
        S,
        None,
        "Orthographe de mon nom",
        """[lettre manuscrite, scannée]

Madarne, Monsieur,

Depuis rnon inscription à votre école COMPTALIA, tous vos courriers me sont adressés au nom de « Mme Jacqueline LEFEBURE ». Mon nom est LEFÈBVRE, avec un accent grave sur le premier E et un V, comme l'écrivait rnon défunt époux et comme l'écrivait déjà son père.

Je vous prie de bien vouloir rectifier mon nom dans vos fichiers.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

J. Lefèbvre
Saint-Quentin""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Change of address",
        """Dear Sirs,

Please amend my address in your records. I have left the family home, which had become too big after my husband's passing, and moved into a retirement flat.

New address: Flat 12, Heron Court, 4 Mill Lane, Salisbury SP1 3LT.

Yours faithfully,
Dorothy Saunders (Mrs)""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Mon nom d'usage",
        """Madame, Monsieur,

Veuve depuis deux ans, je ne souhaite plus être appelée « Madame Jean Moreau », comme cela se faisait de mon temps et comme vos courriers continuent de le faire. Je vous prie de m'inscrire désormais sous mon nom de jeune fille : Mme Hélène Dufresne.

Avec mes remerciements,
Hélène Dufresne""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Wrong date of birth",
        """Hello,

Your records have me as born in 1994. I was born in 1949. Flattering, but wrong, and it seems to confuse your system when I ask about the senior discount. Please correct it: 17 May 1949.

Arthur Penhaligon""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Nouveau numéro de téléphone",
        """Bonjour,

Nous avons résilié la ligne fixe, mon mari et moi, et je n'ai plus que le portable. Pouvez-vous remplacer le 02 41 88 30 17 par le 06 72 14 55 90 dans mon dossier ?

Merci,
Colette Brisset""",
        W,
    ),
    (
        "fr",
        R,
        L,
        None,
        "M. Roger Fabre - changement d'adresse (curatelle renforcée)",
        """Madame, Monsieur,

Je suis le curateur de M. Roger Fabre, placé sous curatelle renforcée par jugement du 2 février 2026 (copie jointe). M. Fabre a quitté son domicile et réside désormais à l'EHPAD Les Tilleuls, 8 avenue Foch, 26000 Valence.

Je vous prie de mettre à jour son adresse dans vos fichiers.

Sincères salutations,
Laurent Mazet, curateur""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Correct form of address",
        """Dear Sir or Madam,

Your letters are addressed to "Mr Thomas Ridley". I am a priest of the Church of England, retired but not defrocked, and the correct style is "The Revd Thomas Ridley". It is a small thing, but I should be grateful if you would correct your records.

With every good wish,
Thomas Ridley""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Nouvelle adresse mail",
        """Bonjour, c'est ma petite-fille qui écrit pour moi. Je m'appelle Marie-Thérèse Colin.

L'ancienne adresse wanadoo ne marche plus, ma petite-fille m'en a créé une nouvelle : mt.colin.1948@example.fr. Merci de la mettre à la place de l'ancienne dans mon dossier chez vous.

Marie-Thérèse Colin""",
        W,
    ),
    (
        "en",
        R,
        T,
        None,
        "Phone number for Mrs Agnes Boyle",
        """Hello,

I am a home carer with Brightside Care and visit Mrs Agnes Boyle three times a week. The phone number you have for her is her late sister's old number, and the messages from your school go to someone else entirely. Her number is 01632 960 441. Could you put it right on her file?

Thanks,
Kerry Mahon""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Ancien employeur erroné",
        """Madame, Monsieur,

Dans mon profil, vous indiquez que mon ancien employeur est « Boucherie Hamel ». J'ai été boucher, c'est vrai, mais à mon compte pendant trente-deux ans, à Yvetot, et la boucherie s'appelait « Maison Lecomte ». Hamel était mon concurrent ! Je vous demande de corriger cette information qui me fait bondir.

Gilbert Lecomte""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Spelling of name",
        """[handwritten letter, scanned]

Dear Sirs,

rny narne is spelt MACPHERSON, with a capital P, not
"Mcpherson". Kindly correct it on your records and
on any future correspondence.

Yours faithfully,
Isobel MacPherson""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Madame et non Monsieur",
        """Bonjour,

Depuis le début, vous m'écrivez « Monsieur Dominique Roux ». Je suis une femme, Dominique est aussi un prénom de femme, figurez-vous. Merci de corriger la civilité dans votre fichier.

Mme Dominique Roux, 68 ans""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Email address",
        """Dear Comptalia,

My son now looks after my emails for me. Please replace my old address with his one, robert.hale.jr@example.com, in your records, so that I do not miss anything. I am still the student, of course: Robert Hale senior.

Kind regards,
Robert Hale""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Erreur sur mon relevé - examen 2018",
        """Madame, Monsieur,

En consultant mon espace, je constate que pour l'examen blanc du 16 juin 2018 je suis noté « absent ». J'y étais, j'ai même la convocation tamponnée et le souvenir d'un orage mémorable ce jour-là. Je souhaite que cette information inexacte soit rectifiée.

Respectueusement,
Bernard Quéré""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "nouvelle adresse",
        """Nouvelle adresse : 12 rue des Glycines, 49100 Angers. Merci de corriger.
Mme Lemaire""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "RE: Change of address - second request",
        """Dear Sirs,

I wrote in August asking you to change my address to 9 Bramble Way, Truro TR1 2HH. Your brochures still go to my old house, where the new owners are growing tired of forwarding them. Please update my address.

Yours faithfully,
Muriel Trelawney""",
        W,
    ),
    (
        "fr",
        R,
        L,
        None,
        "Correction de la date de naissance de Mme Vernet",
        """Madame, Monsieur,

Mandataire judiciaire de Mme Paulette Vernet (tutelle, jugement joint), je constate sur les documents de votre école que sa date de naissance est enregistrée au 04/07/1964 au lieu du 04/07/1946. Je vous demande de rectifier cette erreur.

Fabienne Ortiz, ATI Bretagne""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "My status",
        """Hello,

My profile still says "jobseeker". I retired in March and draw my pension now; "retired" would be accurate. Would you change it, please.

Many thanks,
Leonard Firth""",
        W,
    ),
    # ---- erasure ----
    (
        "fr",
        E,
        S,
        None,
        "Suppression de mon dossier",
        """Madame, Monsieur,

Permettez-moi de me présenter : Yvonne Castagné, soixante-dix-neuf ans, ancienne institutrice à Rodez, mère de trois enfants et grand-mère de sept petits-enfants, dont l'aîné vient d'entrer à l'université de Toulouse, ce dont je ne suis pas peu fière.

En 2021, pendant ces longs mois où l'on ne pouvait voir personne, mon fils m'a inscrite à un cours de comptabilité chez vous, chez COMPTALIA, pour que je puisse tenir moi-même les comptes de l'association des anciens élèves de l'école normale, dont je suis trésorière depuis 1998. J'ai beaucoup appris, je le dis sans flatterie. Votre professeur, M. Alric, était d'une patience d'ange avec une élève qui confondait le débit et le crédit.

Aujourd'hui, l'association a été dissoute faute de membres (nous ne sommes plus très nombreux, hélas), et je n'ai plus l'usage de ces connaissances. Je range mes affaires, comme on dit, et je souhaite que l'on efface toute trace de moi dans vos ordinateurs : mon compte, mon dossier, mes devoirs, mes coordonnées.

Je vous remercie de bien vouloir me confirmer que c'est fait, par écrit.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments les meilleurs.

Yvonne Castagné""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Delete me please",
        """Please delete my account and everything about me. I'm 83 and shan't be studying any more, though I enjoyed it.
Norman Lacey""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Effacement",
        """[lettre manuscrite, scannée]

Messieurs,

Je vous prie de procéder à l'effacernent de rnes données personnelles,
toutes, sans exception. Je ne suis plus élève chez vous de-
puis 2019 et je ne vois pas pourquoi vous me garderiez.

Salutations.
E. Peyrac
Millau""",
        W,
    ),
    (
        "en",
        E,
        L,
        None,
        "Erasure request - Mr Douglas Kerr (deputyship)",
        """Dear Sir or Madam,

I am the property and affairs deputy appointed by the Court of Protection for Mr Douglas Kerr (order enclosed). Mr Kerr lacks capacity and was enrolled on an online course with one of your brands in 2025, which he cannot follow. The enrolment has now been cancelled with your billing department.

I now ask that all personal data relating to Mr Kerr be erased, save anything you are legally obliged to retain, and that you confirm the erasure in writing.

Yours faithfully,
Priya Raman, Deputy""",
        W,
    ),
    (
        "fr",
        E,
        L,
        None,
        "Mesure de tutelle - Mme Jeanne Bourdin - suppression du compte",
        """Madame, Monsieur,

Je suis tutrice de Mme Jeanne Bourdin, 84 ans, par jugement du 9 septembre 2025 dont je joins copie. Mme Bourdin a ouvert un compte sur votre plateforme Studi à la suite d'un appel téléphonique, sans être en état d'en comprendre la portée. Le contrat a été annulé.

Je vous demande de supprimer son compte et l'ensemble des données la concernant.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Claire Bourdin, sa fille et tutrice""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "effacer",
        """Bonjour. Message écrit par mon petit-fils Lucas à ma demande, je suis Paul Delorme, 77 ans.

Je ne veux plus de compte chez vous. Effacez tout ce qui me concerne, s'il vous plaît. Merci.

Paul Delorme""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Never heard of Ecolems",
        """Dear Sirs,

I received an email from "Ecolems" reminding me of my password. I never signed up with anyone called Ecolems. I did a course with Comptalia, years ago, which I understand is the same family. Whichever it is, delete whatever you have about me, under whatever name.

Yours faithfully,
Audrey Milner""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Compte",
        """Supprimez mon compte et mes données. Merci.
R. Vasseur""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "My registration only",
        """Dear Sir or Madam,

My late wife and I enrolled together on a Digital Campus course in 2022, but her affairs were dealt with separately by our solicitor last year and this letter concerns only my own registration.

I am Geoffrey Hale, born 1950. Please erase my account and personal details.

Yours faithfully,
Geoffrey Hale""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Droit à l'oubli",
        """Madame, Monsieur,

J'ai entendu à la radio que l'on avait désormais un « droit à l'oubli ». J'en use : oubliez-moi. Je veux dire par là que je vous demande d'effacer mes informations personnelles de vos fichiers.

Avec mes salutations,
Gisèle Amand""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "remove me",
        """Please remove me from your computer. I only tried the free week.
Stanley Booth""",
        W,
    ),
    (
        "fr",
        E,
        T,
        None,
        "Mon père, M. Lucien Aubry",
        """Bonjour,

Mon père, Lucien Aubry, 88 ans, ne sait plus très bien ce qu'il fait depuis quelques mois. Je viens de découvrir qu'il s'est inscrit chez vous en juin. Il n'y a pas encore de mesure de protection, le dossier est en cours chez le juge.

Je vous demande de supprimer son inscription et ses informations de vos fichiers.

Merci de votre compréhension,
Sylvie Aubry (sa fille)""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Radiation",
        """Madame, Monsieur,

Je désire la radiation de mon nom et de toutes les mentions me concernant de vos registres, quels qu'ils soient.

Veuillez agréer l'expression de ma considération.
Colonel (ER) Henri de Valmont""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Erasure - reminder",
        """[handwritten letter, scanned]

Dear Sirs,

Further to my letter of 12 August asking you to delete all my
personal details, I have received no acknowledgernent. May I
ask you to do so without further delay.

Yours faithfully,
Winifred Coles""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Fin d'activité - mon dossier ESMI",
        """Bonjour,

Je prends ma retraite à la fin de l'année après quarante ans dans l'immobilier, dont les deux derniers à me former chez vous à la loi ALUR et à ses suites (on n'arrête jamais d'apprendre, dans ce métier). Je ferme l'agence et je souhaite partir proprement : merci de supprimer mon dossier chez vous, sauf ce que la loi vous oblige à garder, et de me dire ce que vous gardez.

Cordialement,
Martine Chevrier""",
        W,
    ),
    (
        "en",
        E,
        T,
        None,
        "Mrs Pettigrew",
        """Hello,

I'm a carer for Mrs Ada Pettigrew, who is 86. She asked me to write to you as she has no computer. She did a typing course with you years ago and keeps getting emails she can't read. She wants you to delete her details from your system.

Thank you,
Joanne Fleet (Homecare Plus)""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "delete my data svp",
        """Bonjour, hello,

I am Mrs Ingrid Søndergaard, Danish, living in Antibes since 1998. J'ai suivi un cours chez Digital Campus en 2021. Je voudrais que vous effaciez toutes mes données personnelles, s'il vous plaît. Thank you very much.

Ingrid Søndergaard""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Erase my details",
        """Dear Sirs,

Please erase my details from your files. I have enclosed a photocopy of my bus pass for identification, which I trust will suffice.

Yours faithfully,
Edna Whitlock""",
        W,
    ),
    (
        "fr",
        E,
        L,
        None,
        "Notre client M. Fernand Giraud - demande d'effacement",
        """Madame, Monsieur,

Je vous écris en qualité de conseil de M. Fernand Giraud, 81 ans, demeurant 4 impasse des Vignes à Nîmes, qui m'a mandaté à cet effet (pouvoir joint).

Au visa de l'article 17 du Règlement (UE) 2016/679, mon client vous demande l'effacement de l'ensemble des données à caractère personnel le concernant.

Je vous prie de croire, Madame, Monsieur, en l'assurance de mes sentiments dévoués.

Maître Agnès Pellerin, avocate au barreau de Nîmes""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Mon adresse et le reste",
        """Bonsoir,

Je voudrais effacer mon adresse mail de votre ordinateur, et tout le reste aussi : mon nom, mon téléphone, mon dossier de formation. Je n'ai plus l'âge de tout ça.

Denise Houdart""",
        W,
    ),
    # ---- restriction ----
    (
        "fr",
        RS,
        S,
        None,
        "Mes résultats contestés",
        """Madame, Monsieur,

Les résultats de mes évaluations de 2024 qui figurent dans mon espace me paraissent faux : trois modules notés « non commencés » que j'ai pourtant terminés, j'en suis certain. Je ne vous demande pas encore de les corriger, je dois d'abord retrouver mes papiers, que ma femme a rangés quelque part dans le grenier.

D'ici là, je vous demande de geler ces informations : qu'elles ne soient ni utilisées ni transmises à qui que ce soit tant que nous n'avons pas tiré cela au clair.

Pierre-Yves Garnier""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Please do not delete - but stop using",
        """Dear Sirs,

Please do not delete anything about me yet: I may need my training records for a dispute with my pension provider about a retraining grant. But I do not want you to use my details for anything else in the meantime. Kindly keep them locked away until I write again.

Yours faithfully,
Raymond Tulley""",
        W,
    ),
    (
        "fr",
        RS,
        L,
        None,
        "M. Alain Perrot - verrouillage des données",
        """Madame, Monsieur,

Désignée mandataire spéciale de M. Alain Perrot par ordonnance du juge des tutelles du 20 octobre 2026 dans l'attente du jugement sur la mesure de protection (copie jointe), je vous demande de verrouiller les données de M. Perrot : aucune utilisation ni modification jusqu'à la décision du juge. Ne supprimez rien, ces éléments pourront être utiles à la procédure.

Agnès Leroy, mandataire spéciale""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Lock my data",
        """Hello. Your privacy page says I have the "right to lock" my data. I should like to use it. Lock mine, please.
Barbara Nuttall""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Suspension du traitement",
        """[lettre manuscrite, scannée]

Madame, Monsieur,

J'ai déposé une réclamation auprès de la CNIL au sujet des conditions dans lesquelles un de vos commerciaux m'a fait souscrire un contrat. Je vous prie de bien vouloir suspendre tout traitement de rnes inforrnations le temps que ma réclarnation soit exa-
rninée, sans rien effacer.

Veuillez agréer mes salutations distinguées.
Maurice Daguenet""",
        W,
    ),
    (
        "en",
        RS,
        L,
        None,
        "Our client Mrs Hilda Brennan - preservation and restriction",
        """Dear Sirs,

We act for Mrs Hilda Brennan, aged 79, in a claim concerning the sale to her of a training package in March 2026. Please ensure that no data concerning our client is deleted while the claim is pending, and that it is not otherwise processed in the meantime, save for storage.

Yours faithfully,
Hargreaves Solicitors""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Ne rien effacer",
        """Madame, Monsieur,

Je suis en litige avec votre société au sujet d'une formation que l'on m'a vendue en me faisant croire qu'elle était gratuite pour les retraités. Surtout, n'effacez rien de mon dossier, j'en aurai besoin devant le médiateur. Mais d'ici là, conservez mes données sans en faire quoi que ce soit d'autre.

Roland Bessière""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "The adviser's notes about me",
        """Hello,

I have seen, in the papers you sent me, that the adviser who enrolled me wrote that I seemed "confused, possibly not understanding". I was not confused; I was angry, which is a different thing. I will write separately about it once I have spoken to my daughter. Until then, I ask that those notes be set aside and not used for anything.

Yours,
Margaret Hollis""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Demande de limitation",
        """Bonjour,

Je demande la limitation du traitement de mes données personnelles (article 18 du RGPD), le temps que vous vérifiiez l'exactitude de mon adresse et de mon état civil, que j'ai signalés comme faux par téléphone la semaine dernière.

Cordialement,
Jacques Morvan""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Freeze",
        """[handwritten letter, scanned]

Dear Sirs,

I dispute the information you hold about my enrolrnent in
2025. Until the rnatter is resolved I ask you to restrict the
use of my data. Please do not destroy anything.

Yours faithfully,
Cyril Oakes""",
        W,
    ),
    # ---- objection ----
    (
        "fr",
        O,
        S,
        None,
        "Opposition - statistiques",
        """Madame, Monsieur,

Votre politique indique que vous faites des « statistiques d'apprentissage » et un « suivi personnalisé ». Pour des raisons qui tiennent à ma situation personnelle (j'ai été licenciée à 61 ans après qu'un logiciel a « mesuré ma productivité », et je ne veux plus jamais être mesurée), je m'oppose à ce que mes données servent à ces statistiques.

Je continue néanmoins ma formation, qui me plaît beaucoup.

Michèle Aubert""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Objection to analytics",
        """Dear Sir or Madam,

I object to my personal data being passed to your search engine and analytics providers. I am an old-fashioned man and I do not see why a firm in California should know how long I spend on chapter four.

Yours faithfully,
Cedric Hammond""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Mon âge sur le forum",
        """Bonjour,

Sur le forum des élèves, ma fiche affiche mon âge et ma ville. Des jeunes gens s'en amusent (« papi », etc.). Je m'oppose à ce que ces informations soient montrées aux autres élèves. Pour le reste, je suis content de vos cours.

Émile Forestier, 74 ans""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Progress calls",
        """Hello,

Since my husband died in the summer, I have found it hard to keep up with the course, and your tutors ring me every week about my "progress indicators". I know this is part of your personalised follow-up, but for the reasons I have given, I object to being followed up in this way. I'd rather go at my own pace without the monitoring.

Kind regards,
Pauline Greaves""",
        W,
    ),
    (
        "fr",
        O,
        L,
        None,
        "Mme Rolande Viguier - opposition",
        """Madame, Monsieur,

Curatrice de Mme Rolande Viguier (curatelle renforcée, jugement joint), je vous informe que Mme Viguier, en accord avec moi, s'oppose à l'utilisation de ses données pour l'agrégation et les statistiques que vous réalisez avec vos partenaires. Sa vulnérabilité justifie qu'on limite au strict nécessaire l'usage qui est fait de ses informations.

Françoise Pagès, curatrice""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Ma photo sur l'annuaire des élèves",
        """Madame, Monsieur,

Je découvre que ma photo et mon nom figurent dans l'annuaire des élèves accessible aux autres apprenants. Ancien gendarme, j'ai quelques raisons de ne pas souhaiter que mon visage circule. Je m'oppose à cette utilisation.

Respectueusement,
Alphonse Rigaud""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Learning statistics",
        """Dear Digital Campus,

I am 72 and do your course for pleasure, not for a job. I object to my results being used in your "learning statistics". I have nothing to prove to anyone now.

Regards,
Harriet Ogden""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Opposition pour motifs légitimes",
        """[lettre manuscrite, scannée]

Madame, Monsieur,

Conformément à ce que prévoit votre politique de confidentialité, je vous fais part de mon opposition, pour des motifs légitimes tenant à ma situation particulière, à l'enregistrement et au traitement de mes données de navigation et de progression.
Je suis sous traitement médical lourd et ne souhaite pas que mes absences sur la plate-
forrne soient analysées.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.
Lucienne Portal""",
        W,
    ),
    (
        "en",
        O,
        T,
        None,
        "My mother's data",
        """Hello,

My mother, Mrs Vera Kowalski, is 82 and studies with Comptalia. She is perfectly capable, but she has asked me to tell you that she does not like her details being sent to companies outside Europe. I'm writing in my own name, as her daughter: we object to that.

Anna Kowalski""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Transferts hors d'Europe",
        """Madame, Monsieur,

J'ai lu dans votre politique que certaines de mes données peuvent partir dans des pays tiers. Ayant connu d'autres époques, je suis assez chatouilleux sur ce chapitre : je m'oppose à tout transfert de mes données hors de l'Union européenne.

Bien à vous,
Georges Albrecht, Colmar""",
        W,
    ),
    # ---- marketing_objection ----
    (
        "fr",
        M,
        S,
        None,
        "Vos appels",
        """Cessez de m'appeler ! Quatre fois cette semaine, dont une à l'heure de la sieste. Je n'ai plus l'âge de reprendre des études.
Mme Raymonde Gaillard, 02 54 31 87 60""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Catalogues",
        """Dear Sirs,

Please stop sending me your paper catalogues. I am 84 and have neither the eyesight nor the shelf space.

Yours faithfully,
Mabel Ainsworth""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Publicités",
        """[lettre manuscrite, scannée]

Monsieur,

Je ne veux plus recevoir vos publicités par la poste. Ma boîte aux lettres
déborde et le facteur se plaint.

Merci.
Mme Veuve Brosseau, La Roche-sur-Yon""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Text messages",
        """Please stop sending text messages to my mobile. I only use it for emergencies and every beep gives me a fright. 07700 900 384.
Ernest Pike""",
        W,
    ),
    (
        "fr",
        M,
        T,
        None,
        "Appels à Mme Duval",
        """Bonjour,

Je suis auxiliaire de vie et j'interviens chez Mme Germaine Duval, 87 ans, à Laval. Elle reçoit presque tous les jours des appels de vos conseillers pour des formations. Cela la perturbe beaucoup, elle croit à chaque fois qu'il est arrivé quelque chose à ses enfants. Merci d'arrêter de l'appeler.

Sandrine Pottier, ADMR""",
        W,
    ),
    (
        "en",
        M,
        T,
        None,
        "Calls to my neighbour",
        """Hello,

I live next door to Mr Walter Finch, who is 91 and rather deaf. Your people ring him several times a week and he then comes round to ask me what they wanted. Please stop ringing him. His number is 01632 960 772.

Regards,
Sheila Morton""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Lettre d'information",
        """Bonjour,
Désinscrivez-moi de votre lettre d'information s'il vous plaît.
Cordialement, Armand Blanchet""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Studio keeps ringing",
        """Your company "Studio" (or Studi, my grandson says) keeps ringing me about courses. I did one course and that was enough. No more calls please.
Doris Yardley""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Bloctel",
        """Madame, Monsieur,

Je suis inscrit sur Bloctel depuis 2021 et vous m'appelez quand même ! Rayez mon numéro de vos listes d'appel, sans quoi je me plaindrai.

Gaston Lefort""",
        W,
    ),
    ("en", M, S, None, "UNSUBSCRIBE", """UNSUBSCRIBE""", W),
    ("fr", M, S, None, "stop pub", """Stop pub svp""", W),
    (
        "fr",
        M,
        L,
        None,
        "Sollicitations commerciales - M. Jean Cazals (tutelle)",
        """Madame, Monsieur,

Tuteur de M. Jean Cazals (jugement du 5 mai 2024, copie jointe), je vous demande de cesser immédiatement toute sollicitation commerciale à son égard, par téléphone, courrier, SMS et courriel. M. Cazals, très vulnérable, a déjà été conduit à souscrire des contrats qu'il ne pouvait comprendre.

Pascal Ribes, mandataire judiciaire""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Mailing lists",
        """Dear Sir,

Please take me off your mailing list: the postal one and the e-mail one. I have no complaint otherwise.

Yours faithfully,
Reginald Voss""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Plus de mails",
        """Bonjour, c'est Inès, la petite-fille de M. Roger Mallet, je tape pour lui. Il dit : « Je ne veux plus recevoir vos mails de publicité, ni vos offres, merci. Roger Mallet. »""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Call list",
        """Remove my number from your call list, please. 01632 960 519. Thank you.
Mrs P. Gould""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Le lien ne marche pas",
        """Bonjour,

Voilà trois fois que je clique sur « se désinscrire » en bas de vos courriels et je reçois toujours vos offres. Soit le lien ne marche pas, soit je ne sais pas m'en servir, ce qui est possible à 78 ans. Enlevez-moi de votre liste, s'il vous plaît.

Marcelle Jouve""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Calls to our house",
        """Good morning,

Please stop calling our house. The calls are for me (Brian Keeble; I enrolled in 2021) but it is usually my wife who answers, and she does not appreciate it during Countdown.

Brian Keeble""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Enquêtes de satisfaction",
        """Madame, Monsieur,

Depuis la fin de ma formation, je reçois chaque mois une « enquête de satisfaction » ou une invitation à « donner mon avis ». J'ai donné mon avis une fois, il était bon, il reste bon. Merci de ne plus m'envoyer ces sollicitations.

Lucien Bardet""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "A l'heure du dîner",
        """Messieurs,

Vos commerciaux ont la fâcheuse habitude de téléphoner à 19 h 30, à l'heure où nous passons à table, mon épouse et moi. Je vous demande de ne plus m'appeler pour me proposer des formations, à aucune heure.

Jean-Claude Marais""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Your leaflets",
        """[handwritten letter, scanned]

Dear Sirs,

Kindly stop sending leaflets and letters advertising your
courses to this address. I am not interested.

Yours faithfully,
H. Blackwood (Miss)""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "No more offers - plus d'offres",
        """Bonjour, good morning,

Je suis écossaise, retraitée à Biarritz. Please, plus de publicités, no more emails with offers, no more phone calls. Merci beaucoup.

Fiona Grant""",
        W,
    ),
    (
        "en",
        M,
        L,
        None,
        "Marketing to my father, Mr Samuel Adeyemi",
        """Dear Sirs,

I hold a power of attorney for my father, Mr Samuel Adeyemi, aged 85 (copy attached). He continues to receive marketing calls and letters from Comptalia. Acting under that power, I ask you to stop all marketing to him by every channel.

Yours faithfully,
Grace Adeyemi""",
        W,
    ),
    # ---- consent_withdrawal ----
    (
        "fr",
        C,
        S,
        None,
        "Mon témoignage sur votre site",
        """Madame, Monsieur,

En 2024, j'avais accepté avec plaisir que vous publiiez mon témoignage, avec ma photographie, sous le titre « À 71 ans, il décroche son titre professionnel ». Mes petits-enfants trouvaient cela formidable ; mes voisins un peu moins, et l'on m'en parle au marché plus que je ne voudrais. Je retire l'autorisation que je vous avais donnée, à compter de ce jour.

Recevez mes cordiales salutations,
Fernand Duclos""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Facebook log-in",
        """Hello,

My grandson set up my account so that I could sign in with Facebook. I no longer wish you to have anything to do with my Facebook; I withdraw my consent to that link.

Thank you,
Eleanor Pratt""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Enregistrement des classes virtuelles",
        """Bonjour,

Lors de mon inscription, j'avais coché la case acceptant que mes interventions dans les classes virtuelles soient enregistrées. Je ne suis plus d'accord ; je retire mon consentement pour la suite.

Cordialement,
Henriette Valade""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Cookies",
        """I withdraw my consent to your cookies. My nephew says I clicked "accept all" by mistake.
Ruth Abernethy""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Ma fille et mon dossier",
        """Madame, Monsieur,

J'avais autorisé vos services à parler de ma formation avec ma fille, Nadine, lorsque j'ai été hospitalisée l'an dernier. Je suis rétablie, Dieu merci, et je retire cette autorisation : désormais, c'est à moi seule qu'il faut s'adresser.

Jeannine Lavergne""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Research study",
        """Dear Sirs,

Last spring I agreed to take part in your research study on older learners and online training. On reflection I withdraw my consent to the use of my answers and my course data in that study.

Yours sincerely,
Dr Malcolm Reid (retired)""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Enregistrement de mes appels",
        """[lettre manuscrite, scannée]

Madame, Monsieur,

Je retire rnon consentement à l'enregistrernent de mes conversations téléphoniques avec vos conseillers pédagogiques.

Salutations distinguées.
Odile Berthon""",
        W,
    ),
    (
        "en",
        C,
        L,
        None,
        "Consents given by Mr Terence Wilde",
        """Dear Data Protection Officer,

I am the appointed deputy for Mr Terence Wilde (Court of Protection order attached). During his enrolment in 2025, Mr Wilde ticked a number of consent boxes which, in my view, he was not in a position to understand. On his behalf I withdraw every consent he gave you.

Yours faithfully,
Alison Marsh""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Ma surdité",
        """Bonjour,

J'avais signalé ma surdité pour bénéficier de sous-titres et d'un aménagement pour l'examen, et j'avais accepté que cette information soit utilisée à cette fin. L'examen est passé (et réussi !). Je retire mon consentement à l'utilisation de cette information de santé.

Roger Thévenot""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Photo de profil",
        """Bonjour,
J'avais accepté que ma photo apparaisse sur mon profil dans la communauté des élèves. Je retire cet accord.
Mme Claudine Rieu""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Consent to share with my former employer",
        """Hello,

When my former employer paid for part of my course, I agreed you could send them my attendance and results. I have now left them (retired, at last) and withdraw that consent.

Regards,
Philip Granger""",
        W,
    ),
    # ---- portability ----
    (
        "fr",
        P,
        S,
        None,
        "Transmettre mon dossier au GRETA",
        """Madame, Monsieur,

À 66 ans, je poursuis ma formation en comptabilité au GRETA de Chartres. Leur secrétariat me demande mon historique de formation chez vous « dans un fichier que leur ordinateur peut lire ». Pourriez-vous me le fournir sous cette forme, ou le leur transmettre directement ?

Avec mes remerciements,
Bernadette Lhermitte""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Transfer to U3A",
        """Dear Sirs,

I am moving my studies to the University of the Third Age, whose local branch keeps an online record of members' learning. Would you please transfer my course records directly to them in a form their system can use? Their contact is records@u3a-example.org.uk.

Yours faithfully,
Gordon Pilling""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Fichier Excel",
        """Bonjour,

Ancien comptable, je souhaiterais récupérer mes exercices, mes notes et mon suivi de progression sous forme de fichier Excel ou CSV, pour les réutiliser avec un autre logiciel de formation. Merci de me les transmettre.

Alain Chapuis""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Machine-readable copy",
        """Hi - typed by my grandson Josh, who says I should ask for my data "in a machine-readable format" so I can move it to another course provider. So that's what I'm asking for. I'm Agnes Wilkins, student since 2024.

Thank you,
Agnes Wilkins""",
        W,
    ),
    (
        "fr",
        P,
        L,
        None,
        "M. Daniel Favre - portabilité",
        """Madame, Monsieur,

Mandataire judiciaire de M. Daniel Favre (tutelle, jugement joint), je vous demande de transmettre directement à l'organisme Formavie Seniors, qui l'accueille désormais, ses données de formation dans un format structuré et lisible par machine, conformément à l'article 20 du RGPD.

Sabine Roussel, MJPM""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "My progress on a memory stick",
        """Hello,

I should like my course progress and results in a file (CSV, my son says) that I can keep on a memory stick and load into the new learning programme at the community centre. Could you send it?

Many thanks,
Vivian Cartwright""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Portabilité",
        """[lettre manuscrite, scannée]

Madame, Monsieur,

Je vous prie de bien vouloir me faire parvenir mes données dans un
format réutilisable, au titre du droit à la portabilité, afin que je puisse
les confier à un autre organisrne de formation.

Veuillez agréer mes salutations.
Marguerite Poncet""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Moving to another provider",
        """Dear Sir or Madam,

I intend to continue my accountancy studies with another provider. Please send my data directly to them in a standard electronic format; details below.

Provider: Northgate Learning, admissions@northgate-example.co.uk
Myself: Clifford Ames, student number CPT-220 117

Yours faithfully,
Clifford Ames""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Chambre des métiers",
        """Bonjour,

La Chambre des métiers, où je m'inscris pour un module de gestion (ma femme et moi reprenons une petite épicerie de village, à nos âges, oui !), me demande de leur transmettre mon dossier de formation Studi sous forme électronique. Pouvez-vous le leur envoyer directement, dans un format qu'ils peuvent importer ?

Merci,
Robert Fouquet""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "JSON",
        """Hi, Grandma here (Josephine Clay), my granddaughter is typing. Please send me all my course data as a JSON file so it can go into her learning app for me. Thanks!""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Export my data",
        """Bonjour,

Anglaise installée dans le Gers, j'ai suivi le cours de Digital Campus. Je voudrais exporter mes données, my course records, dans un fichier lisible par un ordinateur, pour les réutiliser ailleurs. Merci.

Patricia Hollings""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Reminder - transfer of my records",
        """Dear Sirs,

On 1 October I asked you to send my course records, in a machine-readable form, to Hillside Adult Learning. They have received nothing and neither have I. Please attend to this.

Yours faithfully,
Norah Beckett""",
        W,
    ),
    # ---- several requests ----
    (
        "fr",
        AE,
        S,
        None,
        "Copie puis suppression",
        """Madame, Monsieur,

Je me permets de vous adresser la présente pour deux demandes, que je vous prie de traiter dans l'ordre.

D'abord, je souhaite recevoir une copie de l'ensemble des données que vous conservez à mon sujet, afin de les archiver dans mes papiers (j'ai été secrétaire de mairie pendant trente ans, je garde tout). Ensuite, une fois cette copie reçue, je vous demande de tout effacer.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Huguette Béranger""",
        W,
    ),
    (
        "en",
        AE,
        S,
        None,
        "Copy and then delete",
        """Dear Sirs,

I'd like to see what you hold about me and then have it all deleted. I'm 78, I've finished with courses, and I'm putting my affairs in order.

Yours faithfully,
Walter Dobbs""",
        W,
    ),
    (
        "fr",
        AE,
        S,
        None,
        "Ce que vous avez et puis plus rien",
        """[lettre manuscrite, scannée]

Bonjour,

Je voudrais savoir ce que vous avez sur moi, qu'on m'en envoie la copie,
et après je veux que tout soit supprimé. Je ne veux plus entendre parler
de Studi ni de Comptalia ni d'aucun autre.

Merci. Fernande Gros, Aurillac""",
        W,
    ),
    (
        "fr",
        EM,
        S,
        None,
        "Qu'on ne me sollicite plus",
        """Madame, Monsieur,

Vous m'appelez, vous m'écrivez, vous m'envoyez des courriels. J'ai 82 ans et je n'ai plus rien à apprendre de vous. Cessez tous ces envois et ces appels publicitaires, et supprimez mes coordonnées de vos fichiers.

Solange Vidalie""",
        W,
    ),
    (
        "en",
        EM,
        S,
        None,
        "Stop and delete",
        """Stop sending me your adverts and delete my details. Thank you.
A. Fairbrother (Mrs)""",
        W,
    ),
    (
        "en",
        EM,
        T,
        None,
        "My father, Mr Dennis Royle",
        """Hello,

My father Dennis Royle is 89 and lives with us. He keeps getting calls and brochures from your company, which confuse him; he can't remember ever enrolling. I'm writing as his son: please stop contacting him and delete his details from your systems.

Mark Royle""",
        W,
    ),
    (
        "fr",
        EM,
        S,
        None,
        "désinscription et suppression",
        """Bonjour, je tape pour mon grand-père, M. Émile Jacquet, qui me dicte : « Je ne veux plus de vos publicités, ni par la poste ni par téléphone, et je veux que vous effaciez mon nom et mon adresse de vos listes. » Merci.""",
        W,
    ),
    (
        "fr",
        CM,
        S,
        None,
        "Retrait de consentement",
        """Madame, Monsieur,

Je retire le consentement que j'avais donné à recevoir vos offres commerciales et vous prie de ne plus m'en adresser, sous quelque forme que ce soit.

Veuillez agréer mes salutations distinguées.
Paulette Garrigues""",
        W,
    ),
    (
        "en",
        CM,
        S,
        None,
        "Withdrawal of consent to marketing",
        """Dear Sirs,

I hereby withdraw my consent to receive marketing from your company, and I ask that you stop sending it, by post, email and telephone alike.

Yours faithfully,
Lionel Ashcroft""",
        W,
    ),
    (
        "en",
        CM,
        S,
        None,
        "No longer consent",
        """I ticked the box for "news and offers" when I enrolled. I no longer consent. Please stop the emails and the texts.
Mrs June Halloran""",
        W,
    ),
    (
        "fr",
        AR,
        S,
        None,
        "Mon dossier et mon adresse",
        """Madame, Monsieur,

Je souhaiterais obtenir la copie de mon dossier chez vous. Par la même occasion, je vous signale que j'ai déménagé chez ma fille : veuillez corriger mon adresse, désormais 5 allée des Cerisiers, 35200 Rennes.

Avec mes remerciements,
Armande Kervella""",
        W,
    ),
    (
        "en",
        AR,
        S,
        None,
        "What you hold, and a correction",
        """Dear Sirs,

Please send me a copy of the personal information you keep about me. I understand my surname has been recorded as "Birtles" rather than "Bertles"; please correct that as well.

Yours faithfully,
Vernon Bertles""",
        W,
    ),
    (
        "fr",
        RM,
        S,
        None,
        "Adresse et publicité",
        """Bonjour,

Merci de corriger mon adresse dans votre fichier (nouvelle adresse : 3 place du Marché, 71100 Chalon-sur-Saône), mais surtout ne vous en servez pas pour m'envoyer vos catalogues : je ne veux plus de publicité.

Gérard Pelletier""",
        W,
    ),
    (
        "en",
        RRS,
        S,
        None,
        "Wrong details - please stop using them",
        """Dear Sir or Madam,

Your records show that I failed my module 3 assessment in 2025. I passed it; the certificate is on my mantelpiece. Please correct this, and until it is corrected, please do not use or pass on that result.

Yours faithfully,
Clement Osborne""",
        W,
    ),
    (
        "fr",
        ORS,
        S,
        None,
        "Opposition et gel",
        """Madame, Monsieur,

Pour des motifs personnels que je vous ai exposés par téléphone (je suis en conflit avec l'ancien employeur qui avait financé ma formation), je m'oppose à toute transmission de mes résultats à cet employeur, et je vous demande de geler mes données le temps que vous examiniez mon opposition.

Robert Chaumont""",
        W,
    ),
    (
        "fr",
        OE,
        S,
        None,
        "Suivi et suppression",
        """Madame, Monsieur,

Je m'oppose au suivi personnalisé de ma progression : ces relances permanentes me mettent dans un état d'angoisse que mon médecin m'a conseillé d'éviter. Par ailleurs, je souhaite que soient supprimées les statistiques déjà constituées à mon sujet.

Marthe Chabanne""",
        W,
    ),
    (
        "en",
        OE,
        S,
        None,
        "Objection and erasure",
        """Dear Sirs,

For reasons particular to my situation (I am a retired magistrate and prefer that my whereabouts not be tracked by anyone), I object to the processing of my browsing and usage data and ask that what you have already collected of it be erased.

Yours faithfully,
Hon. Eleanor Chadwick""",
        W,
    ),
    (
        "fr",
        CE,
        S,
        None,
        "Retrait et effacement",
        """Bonjour,

Je retire mon consentement à tout ce que j'ai accepté lors de mon inscription, et je vous demande d'effacer mes données.

Merci,
Louise Carrière""",
        W,
    ),
    (
        "en",
        CE,
        S,
        None,
        "Withdraw and erase",
        """Dear Sirs,

I withdraw my consent to the use of my health information (I told you about my arthritis so that I could have extra time in the exam) and ask that it be erased from your records.

Yours faithfully,
Phyllis Crane""",
        W,
    ),
    (
        "en",
        AP,
        S,
        None,
        "A copy, and a file for my new college",
        """Hello,

I'd like two things please: first, a copy of everything you hold about me, and second, my course records in an electronic file that I can hand to Westfield Adult College, where I'm continuing.

Thank you,
Douglas Meadows""",
        W,
    ),
    (
        "fr",
        PE,
        S,
        None,
        "Récupérer puis effacer",
        """Madame, Monsieur,

Je quitte votre école pour suivre des cours à l'Université inter-âges de ma ville. Je vous demande de me transmettre mes données de formation dans un format que je pourrai leur remettre, puis de les effacer de vos systèmes.

Jacqueline Bonnaud""",
        W,
    ),
    (
        "en",
        AM,
        S,
        None,
        "Where did you get my number",
        """Dear Sirs,

A young man from your company rang me three times last week. I have never been a customer of yours, to my knowledge. I wish to know what information you hold about me and where you obtained it. And stop ringing me.

Yours faithfully,
Edith Greenwood""",
        W,
    ),
    (
        "fr",
        CEM,
        S,
        None,
        "Tout arrêter",
        """Madame, Monsieur,

Je retire mon consentement à la prospection, je vous demande de cesser de m'envoyer vos courriers et vos messages publicitaires, et d'effacer toutes mes données.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.
Colette Lamarque""",
        W,
    ),
    (
        "en",
        CO,
        S,
        None,
        "Recording and monitoring",
        """Hello,

I withdraw my consent to the recording of my video classes. I also object to my study habits being monitored for your statistics; I am 75 and studying for pleasure and I find it intrusive.

Regards,
Beatrice Lowry""",
        W,
    ),
    (
        "fr",
        ARS,
        S,
        None,
        "Contestation de mon dossier",
        """Madame, Monsieur,

Un conseiller m'a affirmé au téléphone que j'avais « abandonné » ma formation en 2024, ce qui est faux : j'ai été opéré de la hanche et j'avais prévenu. Je vous demande la copie de mon dossier, et, en attendant que nous en parlions, de ne plus utiliser ces informations.

Henri Castel""",
        W,
    ),
    (
        "en",
        AEM,
        S,
        None,
        "Three things",
        """Dear Sirs,

Three things, if you please. Send me a copy of whatever you hold on me. Stop your advertising to me, by post and otherwise. Then delete the lot.

Yours faithfully,
Frederick Mallory""",
        W,
    ),
    # ---- minor's data, at a parent's or guardian's request ----
    (
        "fr",
        MP_E,
        PA,
        None,
        "Mon petit-fils Kévin, 14 ans - je suis sa tutrice",
        """Madame, Monsieur,

Je me permets de vous écrire au sujet de mon petit-fils, Kévin Marchetti, âgé de quatorze ans, dont je suis la tutrice depuis le décès de ses parents (jugement du juge des tutelles des mineurs d'Ajaccio du 7 avril 2022, que je joins).

Ce garçon, qui est très doué avec les ordinateurs, bien plus que sa grand-mère, s'est inscrit seul sur votre site Digital Campus en se vieillissant de quatre ans, pour suivre un cours de création de jeux vidéo. Il n'avait pas le droit de le faire sans mon accord et je ne l'ai pas donné.

Je vous demande donc de supprimer son compte et toutes les informations que vous avez recueillies sur lui.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments respectueux.

Antoinette Marchetti""",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "My granddaughter's account - special guardianship",
        """Dear Sirs,

I have a special guardianship order for my granddaughter, Chloe Bates, aged 13 (copy attached). She registered on one of your websites using my email address while staying with me, without my knowledge.

Please delete her account and any information about her that you hold.

Yours faithfully,
Maureen Bates""",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "Ma fille de 13 ans",
        """[lettre manuscrite, scannée]

Madame, Monsieur,

Père sur le tard (j'ai 63 ans et ma fille Léa en a 13), je ne
suis pas très au fait de ces choses d'internet. J'ai découvert que
Léa s'était inscrite à une formation sur votre site Studi.
Elle est mineure. Je vous prie de supprimer ses données.

Veuillez agréer mes salutations distinguées.
Jean-Marc Dubreuil
(copie du livret de famille jointe)""",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "Our son",
        """Dear Sir or Madam,

My husband and I adopted our son Aaron late in life; we are both in our sixties and he is fifteen. He has signed up to a Digital Campus coding course with a made-up date of birth. We would like you to delete his account and data, please.

Yours sincerely,
Patricia and Leonard Moss""",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "Compte de mon petit-fils - délégation d'autorité parentale",
        """Bonjour,

Je suis le grand-père de Yanis Benali, 12 ans, et je détiens une délégation d'autorité parentale par jugement du tribunal judiciaire de Lille (copie jointe). Yanis s'est créé un compte chez Ecolems. Merci de le supprimer avec ses informations.

Mohamed Benali""",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "Delete my grandson's details",
        """Hello,

I'm Joan Pritchard, 71. I have legal guardianship of my grandson Tyler (14) since his mum passed away; the court papers are attached. He made an account on your site. Please delete it and everything about him.

Joan Pritchard""",
        W,
    ),
    (
        "fr",
        MP_A,
        PA,
        None,
        "Informations sur ma fille mineure",
        """Madame, Monsieur,

Ma fille Camille, 16 ans, s'est inscrite chez Comptalia. Avant de décider quoi que ce soit, je voudrais savoir quelles informations vous avez recueillies sur elle. Je joins la copie du livret de famille.

Respectueusement,
Bernard Sauvage, 61 ans""",
        W,
    ),
    (
        "en",
        MP_A,
        PA,
        None,
        "Information held on my ward",
        """Dear Sirs,

As the legal guardian of my grandson, Ryan Doherty, aged 15 (guardianship order enclosed), I request a copy of all the personal data your company holds about him.

Yours faithfully,
Patrick Doherty""",
        W,
    ),
    (
        "fr",
        MP_AE,
        PA,
        None,
        "Notre petite-fille Jade",
        """Madame, Monsieur,

Nous sommes les grands-parents de Jade Morel, 11 ans, et ses tuteurs légaux depuis deux ans (jugement joint). Nous avons découvert qu'elle avait un compte sur votre plateforme, créé avec l'adresse de notre ordinateur commun. Nous voudrions d'abord savoir ce que vous avez sur elle, puis que vous effaciez tout.

Veuillez agréer nos salutations distinguées,
Josiane et René Morel""",
        W,
    ),
    (
        "en",
        MP_AE,
        PA,
        None,
        "My 14-year-old",
        """Dear Data Protection Officer,

My daughter Poppy, 14, has been using a Digital Campus account. Please send me a copy of what you hold about her, then delete it all. I am her mother; birth certificate attached.

Yours faithfully,
Rosemary Kingsley""",
        W,
    ),
    (
        "fr",
        MP_C,
        PA,
        None,
        "Consentement pour ma fille",
        """Madame, Monsieur,

L'an dernier, j'avais donné mon accord pour que ma fille Inès, 14 ans, apparaisse dans une vidéo de présentation de vos cours d'infographie. Je retire ce consentement.

Sophie Arnaud""",
        W,
    ),
    (
        "en",
        MP_R,
        PA,
        None,
        "My ward's date of birth",
        """Dear Sirs,

My grandson Oliver Grant (13), of whom I am legal guardian, has an account with your company on which his date of birth is recorded as 1996. Please correct it to 4 March 2013. I enclose the guardianship order.

Yours faithfully,
Kenneth Grant""",
        W,
    ),
    (
        "fr",
        MP_EM,
        PA,
        None,
        "Publicités envoyées à mon fils de 15 ans",
        """Bonjour,

Mon fils Nathan, 15 ans, reçoit vos courriels publicitaires depuis qu'il a rempli un formulaire sur votre site. Arrêtez de lui envoyer de la publicité et supprimez ses données, s'il vous plaît. Je suis sa mère (livret de famille joint).

Nadia Fontaine""",
        W,
    ),
    (
        "en",
        MP_P,
        PA,
        None,
        "My son's coursework",
        """Hello,

My son Ethan (16) did a Digital Campus course last year. As his father, I'd like his course records sent in a file his new school can load into their system. Birth certificate attached.

Regards,
Graham Hurst""",
        W,
    ),
    (
        "fr",
        MP_RS,
        PA,
        None,
        "Données de mon petit-fils",
        """Madame, Monsieur,

Tutrice de mon petit-fils Mathis Lebon, 15 ans (jugement joint), je conteste les informations qui figurent sur son compte : on y indique qu'il est majeur et salarié. En attendant que je puisse vous fournir les justificatifs, je vous demande de ne plus utiliser ses données.

Geneviève Lebon""",
        W,
    ),
    # ---- data after death ----
    (
        "fr",
        PM,
        S,
        None,
        "Mes directives pour après ma mort",
        """Madame, Monsieur,

J'ai eu quatre-vingts ans au printemps et, comme il se doit à cet âge, j'ai rendu visite à mon notaire, Maître Vialle, pour mettre mes affaires en ordre. Il m'a appris qu'on pouvait aussi donner des instructions sur ce que deviennent nos informations chez les entreprises après notre décès. Je trouve cela très moderne et très sage.

Élève de votre école Comptalia depuis 2022 (on ne se refait pas : j'ai tenu la comptabilité de la quincaillerie familiale pendant quarante ans), je vous fais donc connaître mes volontés : à mon décès, je souhaite que toutes les données me concernant soient supprimées, sans exception. Je désigne mon fils, M. Olivier Ménard, demeurant 11 rue Carnot à Limoges, pour veiller à leur exécution.

Je vous prie de bien vouloir enregistrer ces directives et de m'en accuser réception.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Raymond Ménard""",
        W,
    ),
    (
        "en",
        PM,
        S,
        None,
        "My wishes after my death",
        """Dear Sirs,

I am 84 and putting my house in order. When I die, I would like my account and all my personal information to be deleted, and I name my niece, Miss Harriet Lowe, as the person to see that this is done. Please note this on my file.

Yours faithfully,
Cecily Lowe""",
        W,
    ),
    (
        "fr",
        PM,
        S,
        None,
        "[lettre manuscrite, scannée] Directives",
        """[lettre manuscrite, scannée]

Madame, Monsieur,

Je soussignée Germaine Aubrac, née le 22/01/1944, vous fais part de rnes directives
pour après rnon décès : mes données pourront être conservées le temps
nécessaire à ma fille, Mme Anne Aubrac, qui désire garder rnes relevés de
notes en souvenir, puis effacées. Je désigne ma fille cornrne personne
de confiance.

Fait à Privas, le 2 novembre 2026.
G. Aubrac""",
        W,
    ),
    (
        "en",
        PM,
        S,
        None,
        "Trusted person",
        """Hello. I'd like to name my son, Daniel Ruiz, as my trusted person for my data when I pass away. He should receive a copy of my course certificates, and then everything should be deleted. Please record this. - Carmen Ruiz, 77""",
        W,
    ),
    (
        "fr",
        PM,
        S,
        None,
        "Après moi",
        """Bonjour,
C'est ma voisine Mme Perrin qui tape, mais c'est moi, Joseph Tardieu, qui parle. Je ne veux pas qu'il reste quoi que ce soit de moi chez vous quand je serai parti. Qu'on supprime tout à ce moment-là. Ma fille Hélène s'en occupera.
Joseph Tardieu""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Décès de ma mère, Mme Lucette Barbier",
        """Madame, Monsieur,

J'ai le regret de vous informer du décès de ma mère, Mme Lucette Barbier, survenu le 3 octobre 2026 à l'âge de 82 ans. Elle suivait une formation chez vous depuis 2024, ce dont elle était très fière.

En ma qualité de fille et d'héritière, je vous demande de clôturer son compte et de supprimer ses données. Vous trouverez ci-joint l'acte de décès et un acte de notoriété.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Christine Barbier""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "My late husband, Mr Alfred Harding",
        """Dear Sirs,

I am writing to tell you that my husband, Alfred Harding, passed away on 19 September. He was 81 and so enjoyed his bookkeeping course with you. Letters in his name still come to the house, which I find very hard. Please close his account and remove his details. I enclose a copy of the death certificate.

Yours faithfully,
Elsie Harding""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Succession de M. Paul Gervais",
        """Madame, Monsieur,

Chargé du règlement de la succession de M. Paul Gervais, décédé le 11 août 2026 à Vannes, je vous prie de bien vouloir m'indiquer si le défunt avait laissé auprès de vos services des directives relatives au sort de ses données, et, à défaut, de procéder à la clôture de son compte.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Maître Hervé Le Gall, notaire à Vannes""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Estate of the late Mr Cyril Banks",
        """Dear Sir or Madam,

I am the executor of the estate of the late Mr Cyril Banks, who died on 2 October 2026. Among his papers are letters from Comptalia. Please let me know what personal data of his you hold, and close any account. A copy of the grant of probate is enclosed.

Yours faithfully,
Anthony Banks""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Mon père est décédé",
        """Bonjour,
Mon père Georges Lenoir est décédé le mois dernier. Il recevait encore vos mails. Pouvez-vous supprimer tout ce qui le concerne ? Je suis son fils. Acte de décès joint.
Thierry Lenoir""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Directives de Mme Aubrac",
        """Madame, Monsieur,

Ma mère, Mme Germaine Aubrac, vous avait adressé ses directives en novembre dernier en me désignant comme personne de confiance. Elle est décédée le 24 novembre 2026. Conformément à ses volontés, je vous prie de m'adresser ses relevés de notes, puis d'effacer ses données. Je joins l'acte de décès.

Anne Aubrac""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Her photographs",
        """Dear Sirs,

My wife, Mrs Ruth Ellery, died in the summer. She had shared some photographs of her watercolours in the course forum, and I should very much like copies of them, and anything else she wrote there, for our grandchildren. I am her widower and sole heir; papers enclosed.

Yours faithfully,
Howard Ellery""",
        W,
    ),
    # ---- questions about the policy only ----
    (
        "fr",
        X,
        S,
        Q,
        "Question",
        """Bonjour,
Combien de temps gardez-vous les informations des anciens élèves ? J'ai arrêté en 2020.
Merci, Jeanne Rivière""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Selling data",
        """Dear Sirs,

My neighbour, who reads a great deal, assures me that all companies sell their customers' details. Is that so in your case? I should be glad to know before I enrol my husband.

Yours faithfully,
Mrs Iris Penrose""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Où sont mes renseignements ?",
        """[lettre manuscrite, scannée]

Madame, Monsieur,

Pourriez-vous me dire où sont gardés les renseignements des élèves ? Dans
vos bureaux de Pérols, ou dans ces « nuages » dont parle la télévision ?
Simple curiosité de ma part.

Respectueusement, Léon Bataille""",
        W,
    ),
    (
        "en",
        X,
        T,
        Q,
        "Retention - asking about my mum",
        """Hi,

How long do you keep information about learners who have stopped studying? Asking about my mum, who did a course with you years ago; she's 80 and was wondering.

Thanks,
Claire Dunstan""",
        W,
    ),
    (
        "fr",
        X,
        L,
        Q,
        "Droits d'un majeur protégé - procédure",
        """Madame, Monsieur,

Mandataire judiciaire à la protection des majeurs, je suis amené à gérer les affaires de plusieurs personnes inscrites à des formations en ligne. Pourriez-vous m'indiquer quels justificatifs vous exigez d'un tuteur ou d'un curateur qui souhaite exercer les droits d'une personne protégée sur ses données ?

Avec mes remerciements,
Thomas Girod, MJPM""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Certificate if I delete",
        """Hello. If I were to ask you to delete my data, would I lose my certificate? I don't want to ask yet, I just want to know.
Beryl Stokes""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "France Travail",
        """Bonjour,

Est-ce que vous transmettez les informations de vos élèves à France Travail ou à la caisse de retraite ? Je suis retraitée depuis un an et je ne voudrais pas d'ennuis avec ma pension.

Cordialement,
Odette Mounier""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Recorded calls",
        """Are your telephone calls with students recorded, and if so how long are the recordings kept? Just wondering.
Gerald Whitby""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "La CNIL ?",
        """Bonjour,
Dans votre politique, vous parlez de la CNIL. Qu'est-ce que c'est au juste, et en quoi cela me concerne-t-il ?
Marcel Brunel, 81 ans""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Post or email?",
        """Dear Sir,

If I should ever want to see the records you hold on me, must I write by post, or will an email do? I am not a great one for computers and prefer a proper letter, but my daughter says nobody reads letters any more.

Yours faithfully,
Albert Crowe""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Amérique",
        """Mes données partent-elles en Amérique ? Votre politique parle de « pays tiers ». Merci de me répondre simplement. Paule Simonin""",
        W,
    ),
    (
        "fr",
        X,
        T,
        Q,
        "Personnes âgées - par courrier ?",
        """Bonjour,

Je suis auxiliaire de vie et plusieurs des personnes que j'accompagne sont inscrites chez vous. Est-ce qu'une personne âgée qui n'a pas internet peut vous écrire par courrier pour ses données, et à quelle adresse ?

Merci,
Karima Belkacem""",
        W,
    ),
    # ---- withdrawals of an earlier request ----
    (
        "fr",
        X,
        S,
        CANCEL,
        "Annulez la demande de suppression",
        """Madame, Monsieur,

Mon petit-fils vous a envoyé la semaine dernière, en mon nom et sans me demander mon avis, une demande de suppression de mon compte. Je vous prie de l'annuler : je continue mes cours et je n'ai aucune envie d'arrêter.

Simone Labarthe""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Please disregard my letter",
        """Dear Sirs,

Please disregard my letter of 2 November asking you to delete my records. My daughter has explained that I should lose my certificates, which I worked hard for.

Yours faithfully,
Ivy Marsden""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "Annulation",
        """[lettre manuscrite, scannée]

Monsieur,

J'annule ma dernande du 5 novernbre. Je m'étais emporté après un appel de vos ser-
vices, mais votre conseillère m'a rappelé depuis et tout est arrangé.

Salutations.
Gaston Mérel""",
        W,
    ),
    (
        "en",
        X,
        L,
        CANCEL,
        "Withdrawal of request - Mrs Nora Quinn",
        """Dear Data Protection Officer,

On 3 November, as deputy for Mrs Nora Quinn, I asked you to erase her data. Her family has since told me that she takes great pleasure in revisiting her course material. Please treat that request as withdrawn.

Yours faithfully,
Simon Achebe""",
        W,
    ),
    (
        "fr",
        X,
        T,
        CANCEL,
        "Ma demande pour mon père",
        """Bonjour,

Je vous avais écrit le mois dernier pour que vous supprimiez l'inscription de mon père, M. Lucien Aubry. Après en avoir parlé avec lui, il tient à continuer. Je retire ma demande, excusez-moi pour le dérangement.

Sylvie Aubry""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "No longer needed",
        """I asked for a copy of my data last week. My son has since shown me how to see it all on the website, so I no longer need it. Cancel, please.
Leonard Birch""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "Oubliez ma lettre",
        """Finalement, je garde tout, oubliez ma lettre de lundi. Merci. Mme Aline Pujol""",
        W,
    ),
    # ---- course, access to the platform ----
    (
        "fr",
        X,
        S,
        None,
        "Les lettres sont trop petites",
        """Bonjour,

Les caractères de vos cours sont bien trop petits pour mes yeux de soixante-dix-huit ans, même avec mes lunettes neuves. Y a-t-il un moyen de les agrandir ?

Merci d'avance,
Jeanine Cordier""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Videos too fast",
        """Hello,

The young man in the videos talks terribly fast. Is there a way of slowing him down? I can't keep up with my notes.

Regards,
Mrs Elspeth Gow""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Mot de passe de Mme Ribot",
        """Bonjour,

Je suis aide à domicile chez Mme Lucienne Ribot. Elle n'arrive plus à se connecter à ses cours, elle a dû se tromper de mot de passe. Comment fait-on pour en avoir un nouveau ?

Merci,
Amandine Lacroix""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Cookies blocked",
        """My computer says "cookies blocked" when I try to watch the lessons. What must I do? I don't eat cookies on the computer, I promise.
Ronald Eaves""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Version papier des cours",
        """[lettre manuscrite, scannée]

Madame, Monsieur,

Serait-il possible de recevoir les cours sur papier, par la poste ? Je fatigue
vite devant l'écran et j'aimerais pouvoir les lire dans mon fauteuil.
Je suis prête à payer les frais d'envoi.

Avec mes remerciements,
Marie-Louise Fargeau""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Exam date",
        """Dear Sirs,

When is the next sitting of the bookkeeping examination? I should like to book it around my hip operation in February.

Yours faithfully,
Dennis Pollard""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Studi ou Comptalia ?",
        """Bonjour,

Je suis inscrit chez Comptalia mais les courriels pour mes cours arrivent au nom de Studi. Sur quel site dois-je aller pour travailler ? Je suis perdu.

Joseph Raynaud""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "Group enrolment - Meadowbank residents",
        """Hello,

I'm the activities coordinator at Meadowbank Care Home. Several of our residents would like to try one of your computer courses together. Do you offer a group rate or a taster session?

Best wishes,
Lorna Phelps""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Pas de réponse du tuteur",
        """Madame, Monsieur,

J'ai posé une question sur le forum du module 5 il y a trois semaines et le tuteur ne m'a toujours pas répondu. Je ne voudrais pas paraître impatient, mais à mon âge les semaines comptent double.

Bien cordialement,
Pierre Lacombe""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Forgotten password",
        """I changed my password last week and now I can't remember it. Can you help? I'm Maureen Cobb.""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Aider mon père à se connecter",
        """Bonjour,

Mon père, 84 ans, est inscrit chez vous. J'habite à 600 km et j'aimerais l'aider à distance à suivre ses cours. Y a-t-il un moyen pour moi de voir son écran ou de l'accompagner sans prendre sa place ?

Cordialement,
Stéphane Guérin""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Subtitles",
        """Hello, I wear hearing aids and struggle with the sound on the lessons. Are there subtitles I can switch on? Thank you, Arthur Dyson""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "My wife's exam",
        """Good morning,

My wife, Mrs Jean Lomax, is preparing for her final assessment with Comptalia and is too nervous to ask herself: could you tell us when and where it will take place?

Thank you,
Bill Lomax""",
        W,
    ),
    (
        "fr",
        X,
        L,
        None,
        "Poursuite de la formation par M. Hubert",
        """Madame, Monsieur,

Curatrice de M. Claude Hubert, je souhaiterais savoir si sa formation peut être suspendue quelques mois, le temps de sa convalescence, sans perdre ce qu'il a déjà accompli.

Cordialement,
Élise Marchand, curatrice""",
        W,
    ),
    # ---- invoices, funding, payment ----
    (
        "fr",
        X,
        L,
        None,
        "Factures 2026 - M. Lemoine",
        """Madame, Monsieur,

Dans le cadre du compte de gestion annuel que je dois remettre au greffe, je vous prie de m'adresser l'ensemble des factures 2026 établies au nom de M. Gérard Lemoine, dont je suis le tuteur.

Nathalie Brunet, UDAF 37""",
        W,
    ),
    (
        "en",
        X,
        L,
        None,
        "Refund of fees - Mr Douglas Kerr",
        """Dear Sirs,

Further to the cancellation of Mr Kerr's enrolment, I should be grateful if you would refund the £640 taken from his account in October to the deputyship account, details enclosed.

Yours faithfully,
Priya Raman, Deputy""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Prélèvement",
        """Bonjour,

J'ai arrêté ma formation en juillet, avec votre accord, et vous continuez à me prélever 39 euros chaque mois. Ma pension n'est pas bien grosse. Merci de faire le nécessaire.

Mme Suzanne Boyer""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Payment by cheque",
        """Dear Sirs,

May I pay my fees by cheque? I do not do internet banking and never shall.

Yours faithfully,
Miss Agatha Rowntree""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "CPF à la retraite",
        """Bonjour,

Puis-je encore utiliser mon compte personnel de formation maintenant que je suis à la retraite ? Il me reste 1 800 euros dessus.

Merci, Gilles Dumont""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "Mum's subscription",
        """Hi,

My mum, 79, signed up for one of your courses over the phone on Monday and has changed her mind. Is she still within the cooling-off period and how does she cancel? I'm her daughter; she's sitting next to me.

Thanks,
Helen Abbott""",
        W,
    ),
    (
        "fr",
        X,
        L,
        None,
        "Contrat de Mme Yvette Carles - demande de résolution",
        """Madame, Monsieur,

Je suis l'avocat de Mme Yvette Carles, 83 ans, qui a souscrit par téléphone le 14 mai 2026 un contrat de formation de 2 490 euros dans des conditions qui caractérisent, selon nous, un abus de faiblesse. Je vous demande de constater la nullité de ce contrat et de rembourser les sommes versées, faute de quoi je saisirai le tribunal.

Maître Julien Escande, avocat au barreau de Perpignan""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Aide au financement",
        """Bonjour,

Assistante sociale au CCAS de Vierzon, j'accompagne une retraitée qui souhaite suivre une formation en secrétariat pour aider l'association de son quartier. Existe-t-il des aides ou des tarifs réduits ?

Cordialement,
Émilie Renard""",
        W,
    ),
    # ---- certificates and exams ----
    (
        "fr",
        X,
        S,
        None,
        "Duplicata de diplôme",
        """Madame, Monsieur,

J'ai égaré, lors de mon déménagement en résidence seniors, le diplôme obtenu chez vous en 2019. Pourriez-vous m'en délivrer un duplicata ?

Avec mes remerciements,
Raymonde Cazenave""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Certificate not arrived",
        """Dear Sirs,

I passed my final assessment in September but the certificate has not arrived by post. Could you send another?

Yours faithfully,
Cuthbert Lane""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Attestation pour ma caisse de retraite",
        """[lettre manuscrite, scannée]

Madame, Monsieur,

Ma caisse de retraite complérnentaire me demande une attestation
de formation pour l'année 2025. Pourriez-vous me l'envoyer à mon
adresse ?

Salutations distinguées. Edmond Roche, Périgueux""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Wheelchair access at the exam centre",
        """Hello, is the exam centre in Lyon accessible by wheelchair? I'll be sitting the exam in January. Many thanks, Rosalind Ferrier""",
        W,
    ),
    (
        "fr",
        X,
        L,
        None,
        "Attestation de fin de formation - Mme Viguier",
        """Madame, Monsieur,

Curatrice de Mme Rolande Viguier, je vous prie de nous transmettre son attestation de fin de formation, nécessaire à son dossier auprès du département.

Françoise Pagès""",
        W,
    ),
    # ---- thanks and greetings ----
    (
        "fr",
        X,
        S,
        None,
        "Merci",
        """Madame, Monsieur,

Je tenais à vous remercier pour la rapidité avec laquelle vous avez traité ma demande. De nos jours, on n'a plus l'habitude d'être si bien servi.

Avec ma considération,
Eugène Marty""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Season's greetings",
        """Dear Data Protection Officer,

I don't suppose you get many Christmas cards, in your line of work, so here is one, with my thanks for your courteous letter in the spring. A very happy Christmas to you and your colleagues.

Warmest regards,
Olive Pemberton, 85""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Remerciements",
        """Bonjour,

Je voulais simplement vous remercier, au nom de ma mère et au mien, pour la gentillesse de votre collègue qui a pris le temps de lui expliquer les choses au téléphone la semaine dernière. Elle en parle encore.

Véronique Salles""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "A word of thanks",
        """Dear Sirs,

I am writing simply to say thank you. When I retired from the railway in 2016, I thought my learning days were over. My wife, God rest her, told me I'd go mad in front of the television, and she was right, as usual. After she passed, my daughter signed me up for your bookkeeping course, and I have now finished it, at seventy-four, with a merit. My tutor, Mrs Okafor, never once made me feel like an old fool, though I asked the same question about depreciation at least five times.

I have no request to make. I just wanted someone to know.

Yours faithfully,
Stanley Marsh""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Meilleurs voeux",
        """[lettre manuscrite, scannée]

Madame, Monsieur,

Permettez à une ancienne élève de vous présenter ses rneilleurs voeux
pour l'année qui vient, et de vous remercier pour les cours, qui ont
égayé mes hivers.

Louise Delmas, 82 ans, Cahors""",
        W,
    ),
    # ---- complaints and near misses that ask no right ----
    (
        "fr",
        X,
        S,
        None,
        "Réclamation - conseiller désagréable",
        """Madame, Monsieur,

Je tiens à vous signaler le comportement d'un de vos conseillers, qui m'a parlé au téléphone le 18 novembre comme à un enfant, en répétant trois fois « vous comprenez, Madame ? ». J'ai été directrice d'école pendant vingt ans ; je comprends fort bien. Je ne demande rien de particulier, mais je tenais à ce que vous le sachiez.

Danielle Ferrier""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Your privacy policy",
        """Dear Sirs,

I have read your privacy policy from beginning to end, which I suspect few people do. It is very long and the print is very small. I have no request; I merely offer the observation.

Yours faithfully,
Humphrey Bellamy""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Piratage ?",
        """Bonjour,

Une dame de mon club de bridge dit avoir reçu une lettre disant que les données des élèves de Studi ont été piratées. Est-ce vrai ? Je suis inquiète.

Madeleine Roussel""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "Scam calls in your name",
        """Hello,

I want to warn you that someone is ringing elderly people pretending to be from Comptalia and asking for bank details to "renew their course". My mother, who is 86 and has never been one of your students, got such a call yesterday. She didn't give anything, thank goodness. You may want to put a warning on your website.

Paul Whitfield""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Parler à quelqu'un",
        """Bonjour, je voudrais parler à quelqu'un au téléphone, je n'aime pas écrire. Pouvez-vous me donner un numéro ? Merci. Mme Rigal""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "Is this letter genuine?",
        """Hello,

My elderly neighbour, Mrs Doreen Parkes, has received a letter saying she owes Studi £190 in "late fees" and must call a number to pay. She has never studied with you as far as she knows. Could you tell me whether this letter is genuine? I've attached a photo of it.

Regards,
Tom Hendry""",
        W,
    ),
    # ---- spam ----
    (
        "fr",
        X,
        S,
        None,
        "Appareils auditifs 100 % remboursés !",
        """Madame, Monsieur,

Profitez de notre offre exceptionnelle : appareils auditifs nouvelle génération 100 % remboursés, essai gratuit à domicile pendant 30 jours. Un conseiller vous rappelle sous 24 h.

AudioConfort Seniors - Pour vous désinscrire, répondez STOP.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Funeral plan - lock in today's prices",
        """Dear Friend,

Don't leave your loved ones with the burden. Secure a guaranteed funeral plan today from just £12.99 a month, no medical questions asked. Over-50s only.

Click here to get your free quote.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Monte-escalier : devis gratuit",
        """Bonjour,

Restez chez vous en toute sécurité grâce à nos monte-escaliers sur mesure. Crédit d'impôt possible. Devis gratuit sous 48 h.

L'équipe SécuriMarche""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Boost your school's Google ranking",
        """Hi there,

I came across studi.fr and noticed some SEO issues that are costing you traffic. We help education brands reach page one within 90 days. Can I send you a free audit?

Best,
Kyle | RankRocket Digital""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Rencontres seniors",
        """Vous avez plus de 60 ans et vous êtes seul(e) ? Des milliers de célibataires de votre région vous attendent sur CoeurSenior. Inscription gratuite !""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "You have won!",
        """CONGRATULATIONS! Your email address has been selected in our International Seniors Lottery. You have won 850,000 EUR. To claim, send your full name, age and bank details to the claims agent below.""",
        W,
    ),
    # ---- phishing ----
    (
        "fr",
        X,
        S,
        None,
        "Studi : votre compte sera supprimé sous 48 h",
        """Cher(e) apprenant(e),

Suite à une mise à jour de nos systèmes, votre compte Studi sera définitivement supprimé sous 48 heures si vous ne confirmez pas vos coordonnées bancaires. Cliquez ici pour valider votre IBAN : http://studi-verification.example-secure.info

Le Service Client""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "TR: Ameli remboursement",
        """Bonjour,

Ma mère a reçu ce message et se demande si c'est vous ou la Sécu. Je préfère vérifier avant qu'elle ne clique. Merci.

Gilles Fabre

----- Message transféré -----
De : Assurance Maladie <remboursement@ameli-dossier.example.com>
Objet : Remboursement en attente

Vous avez droit à un remboursement de 198,40 EUR. Pour le recevoir, mettez à jour vos informations bancaires sous 24 h : http://ameli-dossier.example.com""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Hi Gran it's me",
        """Hi Gran, it's me, I've dropped my phone in the bath so this is my new number. Can you do me a favour? I need to pay my college fees today or they'll kick me off the course, can you send £450 and I'll pay you back Friday. Don't tell Mum x""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Vos droits CPF expirent",
        """Attention : vos droits CPF de 2 350 EUR expirent le 31/12/2026. Pour ne pas les perdre, confirmez votre numéro de sécurité sociale et votre formation Comptalia ici : http://moncpf-droits.example.net""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "FW: Pension payment suspended",
        """Is this from you? My father got it and it mentions his course. I've told him not to click anything.
Nigel Booth

---------- Forwarded message ----------
From: Pension & Training Services <support@pension-training.example.org>
Subject: Pension payment suspended

Dear Learner, due to your enrolment with Digital Campus, your pension payment has been suspended. Verify your identity within 24 hours to restore it: http://pension-training.example.org/verify""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Parcel awaiting delivery",
        """Royal Mail: your parcel of course books from Comptalia could not be delivered. A £2.99 redelivery fee is due. Pay now: http://rm-redeliver.example.co""",
        W,
    ),
    # ---- auto-replies and bounces ----
    (
        "fr",
        X,
        S,
        None,
        "Réponse automatique : Absence",
        """Bonjour,
Je suis en cure thermale à Dax jusqu'au 12 décembre et ne consulte pas mes messages. Je vous répondrai à mon retour.
Yolande Bérard""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Automatic reply: away",
        """Thank you for your email. I am visiting my grandchildren in Australia until 15 January and will reply on my return. - Margaret""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Réponse automatique",
        """Ceci est une réponse automatique. La boîte de l'EHPAD Les Glycines est consultée du lundi au vendredi. Pour toute urgence concernant un résident, appelez l'accueil au 04 75 00 00 00.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Undeliverable: Your request DSR-2026-004417",
        """Delivery has failed to these recipients or groups:

ethel.marchbanks@example-old.net
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Remote server returned '550 5.1.1 User unknown'""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Non remis : Accusé de réception",
        """Votre message n'a pas pu être remis au destinataire suivant :
m.lagarde.1947@example-fai.fr
Raison : boîte aux lettres pleine (552 Mailbox full).""",
        W,
    ),
]
