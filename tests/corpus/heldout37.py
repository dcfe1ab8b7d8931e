"""Thirty-seventh held-out batch: another test split of the corpus, with who is asking.

Written on 1 December 2026 in one separate pass, blind: its author read only the product
specification (the request types and labelling rules), the privacy policy, the label shorthands
and the format header of an earlier batch (not its messages), never the classifier's rules,
its code or any other batch's messages, and the classifier was not run on it before it was frozen.
Its voices differ from the earlier batches: the request hidden in noise. A rights request buried
inside a long message about something else (a billing dispute, a complaint about a tutor, a bug
report, a change of exam session), requests made only in a P.S. or in a last line, requests said
only in the subject line over an empty or unrelated body, and the reverse (a subject that sounds
like a request over a body that asks nothing, or a "désinscription" from an exam session and an
"opposition" on a direct debit), long corporate signatures and legal disclaimers ("This e-mail and
any attachments are confidential... please delete it"), emojis and bullet lists, text pasted from
an HTML mail (flattened tables, links in angle brackets, "[image: logo]"), text copied from a PDF
with broken line wraps and hyphenation, messages with several greetings left over from editing,
and mails that answer our own earlier message with the old text quoted below, where only the new
text counts (a confirmation, a new request on top of an old one, a withdrawal, a thank-you); and
again parents, heirs, notaries, trusted persons, lawyers, curators, request services under
mandate, spouses, employers and colleagues, reminders, questions about the policy only, near
misses, auto-replies, bounces, spam and phishing. Every name, address, phone number, date and
reference is invented.

Each entry: ``(language, labels, requester, intent, subject, text, origin)``. ``requester`` is
who is asking (``self``, ``parent``, ``heir_or_trusted_person``, ``lawyer_or_representative``,
``other_third_party``); ``intent`` is ``None``, ``"cancel"`` (the person withdraws a request) or
``"question_only"`` (a question about the policy, no request), both filed as ``other``. Only what
the sender asks in the new text is labelled, never what a quoted message says.
"""

# ruff: noqa: E501, F403, F405
from shorthands import *

HELDOUT37: list[Entry] = [
    # ---- access ----
    (
        "fr",
        A,
        S,
        None,
        "Double prélèvement novembre + réclamation",
        """Bonjour,

Je vous écris pour la troisième fois au sujet de ma mensualité de novembre. J'ai été prélevée deux fois (2 x 89,00 € le 5 et le 6 novembre, libellé STUDI*COMPTALIA ECHEANCE), ma banque me confirme que les deux opérations sont passées. Votre service client m'a répondu le 12 novembre qu'il « transmettait au service comptable » et depuis plus rien. Je précise que je suis en BTS Comptabilité et Gestion, numéro d'apprenante CPT-2025-40817, et que je n'ai jamais demandé de changement d'échéancier.

Par ailleurs, et c'est la raison pour laquelle j'écris aussi à cette adresse : je veux recevoir une copie de toutes les données personnelles que vous détenez sur moi, y compris les notes prises par vos conseillers lors de nos appels et les enregistrements s'il y en a. On m'a parlé au téléphone d'un « historique » où il serait écrit que j'avais accepté un changement de date de prélèvement, je veux le voir.

Pour le remboursement, merci de me donner un délai précis. Je n'ai pas envie de faire opposition mais je le ferai si rien ne bouge d'ici la fin du mois.

Pour que vous ayez tout sous les yeux, voici le récapitulatif de mes échanges :
- 7 novembre : appel au service client, on me dit que c'est « un bug connu » et que le remboursement sera automatique sous 5 jours ouvrés ;
- 12 novembre : réponse écrite, « transmis au service comptable » ;
- 19 novembre : nouvel appel, une autre conseillère me dit qu'elle ne voit « qu'un seul prélèvement » dans son outil et que c'est ma banque qui se trompe ;
- 24 novembre : je renvoie le relevé bancaire en pièce jointe, pas de réponse.

Je suis en reconversion, je paie ma formation moi-même, et 89 € ce n'est pas rien pour moi en ce moment. Je vous remercie de traiter ce dossier sérieusement et de ne pas me renvoyer encore une fois d'un service à l'autre.

Cordialement,
Maëlle Jouanneau
06 47 18 90 23""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Complaint about my tutor (Financial Accounting module)",
        """Hello,

I'm writing to complain about the way my tutor on the Financial Accounting module has been handling my assignments. Three of my last four submissions were marked late even though the upload receipts show they went in before the deadline, and the comments I got back were, frankly, dismissive ("not at the expected level, see the course again"). When I asked for a call, the call was cancelled twice with no explanation. I've been a learner with you for almost two years (learner no. DGC-24-11592) and have never had an issue before.

I would like a different tutor for the rest of the module, and I'd like the three late penalties reviewed.

I'd also like to see everything your tutor and the pedagogy team have written about me in my file — notes, comments, flags, whatever exists. Please send me a copy of all of it along with the rest of the personal data you hold on me, so I can understand where these remarks come from.

Thanks,
Priya Raghunathan""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Demande de copie de mes données personnelles (art. 15 RGPD) - Jérôme Tassin, né le 02/04/1988",
        "Envoyé depuis mon smartphone Galaxy",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Exam session - moving from March to June",
        """Hi there,

Could you move my sitting of the Real Estate Negotiation certification exam from the 17 March session to the June one? My daughter is due in early March and I won't be in any state to sit an exam. I've attached the doctor's note in case you need it. My learner number is ESI-2024-07731.

If there's a fee for the change please tell me before you process it.

Many thanks,
Tom Whitcombe

PS: could you also send me a copy of the personal data you hold on me? I'm curious what's in there after two years of calls with advisers.""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Re: [DSR-2026-004512] Votre demande de suppression",
        """Avant que vous supprimiez quoi que ce soit, je veux d'abord recevoir une copie de mon dossier complet. Merci de me l'envoyer.

R. Benhamou

Le 18 nov. 2026 à 10:02, Délégué à la protection des données <dpo@studi.fr> a écrit :
> Bonjour,
>
> Nous avons bien reçu votre demande de suppression de vos données personnelles, enregistrée sous la référence DSR-2026-004512.
> Elle sera traitée au plus tard le 18 décembre 2026. Pour des raisons de sécurité, nous allons vous envoyer un code de vérification à l'adresse e-mail enregistrée sur votre compte.
>
> Cordialement,
> Le Délégué à la protection des données - Groupe Studi""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Subject access request",
        """Dear Data Protection Officer,

Please provide me with a copy of the personal data you hold about me under Article 15 of the GDPR, together with the purposes, recipients and retention periods. My learner email is k.adeyemi@mail.example and I was enrolled at Digital Campus in 2023-2024.

Kind regards,

Kunle Adeyemi
Senior Analyst, Treasury Operations
Harrowgate Capital Partners LLP
12 Finsbury Lane, London EC2X 9ZZ
T: +44 20 7946 0381 | M: +44 7700 900 615

This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately by return e-mail and delete this e-mail and any attachments from your system; you must not copy, distribute or otherwise use its contents. Harrowgate Capital Partners LLP is authorised and regulated by the Financial Conduct Authority. Registered in England and Wales no. OC999123. E-mails may be monitored for compliance purposes. Please consider the environment before printing this e-mail.""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "demande",
        """Madame, Monsieur,

Objet : demande d'ac-
cès à mes données per-
sonnelles

Conformément à l'article 15 du Règle-
ment général sur la protection des don-
nées, je vous prie de bien vouloir me com-
muniquer l'ensemble des données à carac-
tère personnel me concernant que vous
traitez, ainsi que les informations rela-
tives aux finalités, aux destinataires et
à la durée de conservation.

Identifiant apprenant : ECM-2022-33105
Adresse : 7 impasse des Rou-
gets, 29200 Brest

Je vous prie d'agréer, Madame, Mon-
sieur, l'expression de mes salutations dis-
tinguées.

Odile Kerbrat""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "New contact form submission",
        """[image: Studi logo]

New message from the contact form

Name | Daniel Okonkwo-Reyes
Email | d.okonkwo.reyes@mail.example
Brand | Digital Campus
Request type | Other
Message | Hi, I want to know what data you hold on me and who you have shared it with. Please send me a copy. I studied UX design with you in 2024.

Sent from studi.com <https://www.studi.com/contact>
[image: facebook] [image: linkedin] [image: instagram]""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "mes infos 📂",
        """Coucou l'équipe 👋

Je voudrais recevoir :
📂 tout ce que vous avez sur moi (fiche, historique, notes)
📞 les comptes rendus des appels avec la conseillère
📧 la liste des mails que vous m'avez envoyés

Merci d'avance 🙏😊
Inès (apprenante Studi, inès.barrault@exemple.fr)""",
        W,
    ),
    (
        "fr",
        A,
        L,
        None,
        "Demande de données",
        """Bonjour,

Madame, Monsieur,

Bonjour à l'équipe DPO,

Je dispose d'une procuration générale de mon père, M. Fernand Aubry, 84 ans, qui ne peut plus gérer ses affaires seul (procuration notariée jointe). Il a suivi chez Comptalia une formation en 2019-2020 et reçoit toujours des courriers à votre en-tête. En son nom, je vous demande la copie de l'ensemble des données personnelles que vous détenez sur lui, y compris son historique de formation.

Bien cordialement,
Sylvain Aubry
(mandataire de M. Fernand Aubry)""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "RELANCE 2 - demande d'accès DSR-2026-003907 sans réponse",
        """Bonjour,

Relance n°2 : ma demande d'accès à mes données du 14 octobre (réf. DSR-2026-003907) est toujours sans réponse. Le délai d'un mois est dépassé depuis le 14 novembre. Sans réponse sous huit jours je saisirai la CNIL.

Fabrice Lemonnier

-------- Message d'origine --------
De : Fabrice Lemonnier
Date : 14/10/2026 08:41
À : dpo@studi.fr
Objet : Demande d'accès

Bonjour, je souhaite obtenir une copie de mes données. Merci.""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Bug: course PDF download crashes the app (Android)",
        """Hi support,

Steps to reproduce:
1. Open the app (v5.12.3, Android 15, Pixel 8)
2. Go to Module 4 > Resources
3. Tap "Download PDF" on any resource
Expected: PDF opens. Actual: the app freezes for ~5 s and closes. Happens every time, also after reinstalling. Works fine on the website.

Also — unrelated — what personal data do you have about me? Please send me a copy.

Cheers,
Lukas Brenner""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Changement de session d'examen - DCG UE 6",
        """Bonjour,

Suite à ma mutation professionnelle à Lyon, je ne pourrai pas passer l'UE 6 à la session de mai au centre de Montpellier. Est-il possible de me réinscrire à la session d'octobre, ou de changer de centre d'examen pour Lyon ? J'ai vu qu'il fallait passer par le service examens, mais le formulaire ne me propose que des sessions déjà complètes.

Mon financement passe par mon employeur (plan de développement des compétences) et par l'OPCO. À ce sujet, mon nouveau responsable m'a dit avoir reçu de votre part un « relevé d'assiduité » me concernant. Je voudrais savoir exactement quelles informations vous avez transmises à mon employeur et à l'OPCO, à quelles dates, et recevoir une copie de ces données.

Merci pour votre aide sur les deux points.

Bien cordialement,
Sandrine Vautrin
Apprenante Comptalia - n° CPT-2023-12088""",
        W,
    ),
    ("en", A, S, None, "sar", "copy of my data pls", W),
    (
        "fr",
        A,
        S,
        None,
        "Personal data / données personnelles",
        """Bonjour, hello,

Je suis étudiant Erasmus, sorry my French is not perfect. Je voudrais a copy of all my personal data que vous avez, s'il vous plaît — including the registration form and the payment info. Mon email : giulio.ferrante@mail.example

Merci / thank you,
Giulio""",
        W,
    ),
    (
        "en",
        A,
        L,
        None,
        "Call recordings - our client Mr Callum Fairweather",
        """CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.

Dear Sir or Madam,

We are instructed by Mr Callum Fairweather (signed authority attached), who spoke with your advisers at least five times between January and March 2026 about your real-estate agent course. On his behalf, please provide copies of all recordings of those calls you keep, along with any written notes from them and the other personal data you hold about him.

Yours faithfully,
Linton Marsh Solicitors (fictional)
Ref: LM/CF/0926""",
        W,
    ),
    (
        "fr",
        A,
        T,
        None,
        "Vos appels à ma fille",
        """Bonjour,

Votre conseiller a appelé hier ma fille Yasmine, 19 ans, sur son portable, alors qu'elle affirme n'avoir jamais rempli de formulaire chez vous, ni chez Ecolems ni ailleurs dans votre groupe. Je ne vous demande pas d'arrêter pour l'instant : je veux d'abord savoir d'où vous tenez son numéro, et ce que vous avez d'autre sur elle. Envoyez-moi tout ce qui la concerne.

Numéro concerné : 07 81 56 04 39.

Karim Aït-Saïd""",
        W,
    ),
    ("en", A, S, None, "", "hey, can I get all the data you have on me? thx 😊", W),
    (
        "fr",
        A,
        S,
        None,
        "Re: [DSR-2026-004388] Vérification d'identité",
        """Voici ma pièce d'identité en pièce jointe (recto verso). Pour rappel, je demande l'accès à l'ensemble de mes données, y compris l'historique de mes examens.

Bonne journée,
Hélène Courtade

Le lun. 16 nov. 2026 à 14:27, dpo@studi.fr a écrit :
> Bonjour,
> Afin de traiter votre demande, nous avons besoin de vérifier votre identité. Nous vous avons envoyé un code à l'adresse enregistrée sur votre compte.
> Si vous ne l'avez pas reçu, répondez à ce message.
> Le Délégué à la protection des données""",
        W,
    ),
    # ---- rectification ----
    (
        "fr",
        R,
        S,
        None,
        "Changement de session + erreur sur mon nom",
        """Bonjour,

J'ai bien reçu ma convocation pour l'examen de l'UE 2 le 9 mars. Malheureusement je suis en déplacement professionnel à cette date (Singapour, du 5 au 15 mars). Pouvez-vous me basculer sur la session suivante ? J'ai lu dans le règlement que le changement était possible jusqu'à 30 jours avant l'épreuve, je suis donc dans les temps.

Au passage, mon nom est mal orthographié sur la convocation et sur mon espace apprenant : c'est « Nguyễn Thị Lan » (ou « Nguyen Thi Lan » sans accents si votre système ne les accepte pas), et non « Nguyen Thi Ian ». Merci de corriger partout, je ne voudrais pas avoir de problème le jour de l'examen avec ma pièce d'identité.

Cordialement,
Nguyễn Thị Lan""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Bug report: profile name doesn't update",
        """Hi,

I tried to change my surname in My Profile > Personal details and the field is greyed out. The help article says to contact support, so here I am.

I married in June and my name is now Dr Ellen Marsh-Okafor (previously Ellen Clarke). The platform, my invoices and — most importantly — the certificate records still show Clarke. Please update my name everywhere, including the certification file, before my certificate is issued in January.

Marriage certificate attached.

Ellen""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Changement d'adresse postale : 14 rue des Tanneurs, 67000 Strasbourg (ancienne : 3 allée des Saules, 57000 Metz)",
        "Cordialement\nM. Faure",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Thank you to Mrs Delmas",
        """Hello,

I just wanted to say a big thank you to Mrs Delmas, my tutor for the payroll module. She took the time to go through my mock exam line by line and I finally understand social contributions. Please pass this on to her and her manager.

All the best,
Aisling Brennan

PS my date of birth on my profile is wrong (you have 03/11/1996, it's 11/03/1996 — US/UK date mix-up I think), please fix.""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Fwd: Vos informations",
        """Bonjour, voici le tableau que j'avais préparé, certaines données chez vous sont fausses, merci de les corriger :

Champ | Valeur actuelle chez vous | Valeur correcte
Nom | DUPUIS | DUPUY
Téléphone | 06 12 00 00 00 | 06 38 71 25 90
Adresse | 5 rue Nationale, Tours | 18 bis rue Colbert, 37000 Tours
Employeur | Agence Lumière | Cabinet Orval Immobilier

[image: signature]
Pauline Dupuy
Négociatrice - Cabinet Orval Immobilier
<https://www.orval-immo.example>""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Email address",
        """Hello,

Please update the email address on my learner account from sam.ortiz@oldcorp.example to sam.ortiz@mail.example — I've left that company and will lose access to the old mailbox at the end of the month.

Sam Ortiz
Regional Account Manager | Oldcorp Logistics Ltd
Unit 4, Meridian Park, Leicester LE19 9XX
Tel +44 116 496 0217

-----------------------------------------------------------------
The information in this email is confidential and intended solely for the addressee. Access to this email by anyone else is unauthorised. If you are not the intended recipient, any disclosure, copying, distribution or any action taken or omitted to be taken in reliance on it is prohibited and may be unlawful. Oldcorp Logistics Ltd accepts no liability for any damage caused by any virus transmitted by this email. Registered office as above. Company no. 09999876.
-----------------------------------------------------------------""",
        W,
    ),
    (
        "fr",
        R,
        T,
        None,
        "Dossier de financement de Mme Rivolier",
        """Madame, Monsieur,

Je constate que le dossier de fi-
nancement de notre salariée, Mme
Anne-Claire Rivolier, mentionne un
employeur erroné (« SARL Vitalis
Conseil »). Elle est salariée de
la société « Bâtir Ensemble SCOP »
depuis le 1er septembre 2025. Je
vous demande de rectifier cette in-
formation dans son dossier, ainsi
que l'adresse professionnelle asso-
ciée (12 rue du Port, 44000 Nantes).

Meilleures salutations,
Gilles Tanguy
Responsable RH - Bâtir Ensemble SCOP""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "RE: [DSR-2026-004655] Your erasure request",
        """No, you've misunderstood — I don't want my account deleted. I only want the phone number corrected: it's 07700 900 412 now, the old one (07700 900 998) belongs to someone else.

Jonah

From: Data Protection Officer <dpo@studi.fr>
Sent: 20 November 2026 16:05
To: Jonah Pettersen
Subject: [DSR-2026-004655] Your erasure request

Dear learner,
We have received your request to erase your personal data (reference DSR-2026-004655). We will process it by 20 December 2026.
Kind regards,
The Data Protection Officer, Studi Group""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Nom mal écrit",
        """Bonjour 🙂

Sur mon espace et sur mes attestations :
❌ Dupont-Moreau
✅ Dupond-Moreau (avec un D)

Merci de corriger 🙏
Clémence""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Factures à mon ancien nom / demande de remboursement",
        """Bonjour,

Je conteste la facture n° F-2026-118374 d'un montant de 240 € au titre de « frais de dossier » : ces frais n'étaient pas mentionnés dans le devis que j'ai signé en juillet (j'ai le PDF si besoin). Je demande leur remboursement.

Autre chose : les factures sont toujours émises à mon nom de jeune fille (Mme Laure Besnier) et à mon ancienne adresse à Angers. Depuis mon mariage je m'appelle Laure Kervella et j'habite 22 rue de Brest, 56100 Lorient. Je vous l'ai déjà signalé par téléphone en septembre. Merci de corriger mes coordonnées dans mon dossier, sinon mon employeur refusera la prise en charge.

Dans l'attente de votre retour sur le remboursement,
Laure Kervella""",
        W,
    ),
    (
        "en",
        R,
        L,
        None,
        "My brother's address",
        """Good morning,

Hello,

Hi team,

(sorry, I started this message three times)

I'm the court-appointed deputy for my brother, Robin Achterberg, who lost capacity after a stroke last year (deputyship order attached). He was enrolled on your accounting course. He now lives at Willowbank Care Home, 2 Orchard Lane, Norwich NR9 9ZZ — please correct the address on his record, your letters keep going to his old flat.

Regards,
Hilde Achterberg""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Niveau d'études",
        """Bonjour,

En regardant la fiche de préinscription que votre conseiller m'a envoyée pour signature, je vois que mon niveau d'études est erroné : vous indiquez « Baccalauréat », or je suis titulaire d'un BTS MCO obtenu en 2019. Merci de corriger ma fiche, cela conditionne apparemment l'accès au bachelor.

Signature électronique en attente de correction.

Yanis Boudjema""",
        W,
    ),
    (
        "fr",
        R,
        L,
        None,
        "M. Gaston Peyrel - changement d'adresse (mesure de curatelle)",
        """Madame, Monsieur,

En qualité de curatrice de M. Gaston Peyrel (jugement du juge des contentieux de la protection de Périgueux du 3 février 2026, copie jointe), je vous informe que l'intéressé réside désormais à l'adresse suivante : Résidence Les Tilleuls, 9 avenue Pasteur, 24000 Périgueux.

Je vous demande de rectifier son adresse dans vos fichiers et de m'adresser en copie toute correspondance le concernant.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Mme Solène Carrère
Mandataire judiciaire à la protection des majeurs
Association Tutélaire de Dordogne (fictive) - 5 rue des Jacobins, 24000 Périgueux""",
        W,
    ),
    ("en", R, S, None, "", "my surname is spelled wrong lol. it's Kowalczyk not Kowalcyk", W),
    (
        "fr",
        R,
        S,
        None,
        "3ème relance - correction date de naissance",
        """Bonjour,

Troisième relance pour la correction de ma date de naissance (vous avez le 12/07/1979 au lieu du 21/07/1979). Première demande le 2 septembre, deuxième le 6 octobre. Ce n'est pourtant pas compliqué.

Cordialement
Bernard Lhuillier
Envoyé de mon Galaxy""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Adviser notes",
        """Hello,

During my last call, your adviser read out loud from my file and I heard things like "not motivated, unemployed, funding uncertain". That is false: I have been employed full time as a lettings assistant since 2024 and my funding (CPF + employer) was approved in October. I don't know who wrote that but please correct these notes in my record — it's not fair that every new adviser reads that about me.

Thanks,
Fatoumata Camara""",
        W,
    ),
    # ---- erasure ----
    (
        "fr",
        E,
        S,
        None,
        "Merci de supprimer mes données + remboursement double prélèvement",
        """Bonjour,

J'ai été prélevé deux fois de 59 € le 3 novembre pour mon abonnement Digital Campus (relevé joint). Pouvez-vous me rembourser le second prélèvement sur le même IBAN ? C'est la deuxième fois que ça arrive cette année.

Merci,
Arnaud Picard""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Very disappointed with the Property Management course",
        """Hello,

I've been trying to get help with the Property Management course for six weeks now. My tutor, who I won't name here, answers one message out of three, usually with a link to the same generic FAQ. The live sessions are constantly rescheduled at the last minute (four times in October alone) and the replays are uploaded days later, sometimes without sound. I work full time and I chose distance learning precisely because I was told I'd have "personalised follow-up". That is not what I've received.

I raised this with the pedagogy manager on 2 November and was promised a call back within 48 hours. Nothing. I raised it again on the learner forum and my post was hidden "pending moderation".

To give you a concrete idea, here is what the last month looked like:
- 6 October: live session on residential leases cancelled one hour before, "technical reasons";
- 9 October: assignment 3 returned with a mark and a single line of feedback ("see module 2");
- 14 October: my question about service charges answered with the FAQ link, for the third time;
- 21 October: live session moved from 7 pm to 12.30 pm, which is impossible for anyone with a job;
- 28 October: replay of the 21 October session uploaded without sound;
- 30 October: my request to change tutor answered with "all our tutors follow the same standards".

I'm not asking for miracles. Other learners on the forum say the same thing, and several have told me they were advised by their advisers to "just be patient". I have been patient for six weeks, and I have paid for nine months of a course I can no longer follow in good conditions. I also find it difficult to accept that criticism on the forum gets hidden while the course itself carries on as if nothing happened.

I've decided to leave. I'll deal with the refund question with your customer service separately since I understand it's a different department. But for your department: close my account and erase everything you have on me — profile, forum posts, the lot. I don't want to hear from any of your brands again.

Regards,
Gareth Llewellyn-Hughes""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Question sur mon attestation de fin de formation",
        """Bonjour,

Je n'arrive pas à télécharger l'attestation de fin de formation sur mon espace (le bouton est grisé). Pouvez-vous me l'envoyer par mail ? J'en ai besoin pour Pôle emploi / France Travail.

Merci,
Sylvie Marchand

PS : une fois l'attestation reçue, supprimez mon compte Ecolems et mes données, je ne m'en sers plus depuis 2021.""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Account deletion",
        """Please delete my account and all my personal data. Learner no. STU-2022-55810.

Regards,
Hannah Vos
Paralegal | Ostrander & Kemp LLP
T +31 20 555 0192

This message (including any attachments) is confidential and may be privileged. If you have received it by mistake please notify the sender by return e-mail and delete this message from your system. Any unauthorised use or dissemination of this message in whole or in part is strictly prohibited. Ostrander & Kemp LLP does not accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission.""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Demande d'effacement",
        """Madame, Monsieur,

En application de l'ar-
ticle 17 du RGPD, je vous de-
mande de procéder à l'effa-
cement de l'ensemble des don-
nées me concernant (compte
apprenant, historique de for-
mation, données de prospec-
tion) et de m'en confirmer
l'exécution.

Références : apprenant n°
CPT-2021-20931.

Salutations distinguées,

Gérard Poulain""",
        W,
    ),
    (
        "en",
        E,
        T,
        None,
        "Please delete",
        """[image: Mailtrack] Sender notified by Mailtrack

Hi,

My partner, Olivia Brandt, signed up for a Digital Campus free webinar in 2023 and never went further. She's overwhelmed with work at the moment, so I'm writing myself: please delete her details from your systems (olivia.brandt@mail.example).

Thanks,
Sebastian Kohl

[image: Olivia Brandt photo]
Olivia Brandt | Freelance illustrator
<https://www.oliviabrandt.example> | Instagram <https://instagram.example/olivia.brandt.art>
[image: Book a call] <https://calendly.example/olivia>""",
        W,
    ),
    (
        "fr",
        E,
        T,
        None,
        "🗑️",
        """🗑️ Supprimez tout 🗑️
compte, historique, coordonnées de mon fils Mathis (20 ans), tout !!
Il est parti vivre au Canada et ne lit plus ce mail : mathis.guerin@exemple.fr
Sa mère, Brigitte Guérin""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Re: [DSR-2026-004702] Please confirm your request",
        """Yes. Confirmed. Delete it.

On Tue, 24 Nov 2026 at 09:12, Data Protection Officer <dpo@studi.fr> wrote:
> Dear learner,
> We received a message from you about your account. Could you confirm that you want your account and your personal data to be erased? Please note that certification exam history may be kept for the legal retention period.
> Reference: DSR-2026-004702
> The Data Protection Officer""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Erreur 500 sur la page Supprimer mon compte",
        """Bonjour,

Je vous signale un bug : sur la plateforme, Paramètres > Confidentialité > « Supprimer mon compte », le bouton renvoie une page « Erreur 500 - Internal Server Error » (testé sur Firefox et Chrome, le 25/11 vers 21h). Capture d'écran jointe.

Du coup je vous le demande ici : supprimez mon compte et mes données personnelles.

Merci,
Quentin Arnoux""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Exam result and next steps",
        """Dear exams team,

I'm delighted to say I passed the final exam of the Real Estate Transaction certification (session of 6 November). Thank you to everyone involved.

A couple of things: my certificate hasn't been issued yet — can you tell me when to expect it? And I no longer need the platform after that, so once the certificate is issued please delete my account and my personal data.

Best wishes,
Rafael Mendes""",
        W,
    ),
    (
        "fr",
        E,
        L,
        None,
        "Mise en demeure - effacement des données de Mme Capucine Royer",
        """Maître Édouard Valras
Avocat au Barreau de Bordeaux
18, cours de l'In-
tendance - 33000 Bordeaux

LRAR et courriel
Bordeaux, le 23 novembre 2026

Madame, Monsieur,

J'interviens en qualité de conseil de Ma-
dame Capucine Royer, ancienne appre-
nante de votre établissement (Ecole Supé-
rieure des Métiers de l'Immobilier, pro-
motion 2023).

Ma cliente vous a demandé à deux re-
prises l'effacement de ses données person-
nelles, sans réponse. Je vous mets en de-
meure de procéder à l'effacement de l'en-
semble des données la concernant, sous
réserve des seules obligations légales de
conservation, et de m'en justifier dans un
délai de quinze jours.

À défaut, je saisirai la CNIL.

Veuillez agréer, Madame, Monsieur, l'ex-
pression de mes salutations distinguées.

É. Valras
Page 1/1""",
        W,
    ),
    (
        "en",
        E,
        L,
        None,
        "Erasure request on behalf of our user - ref PSW-88213",
        """[image: Privasweep]

Erasure request — GDPR Art. 17

Privasweep acts on behalf of the data subject below under a signed mandate (attached: mandate.pdf, ID_redacted.pdf).

Data subject | Nadia Ferreira
Email | n.ferreira@mail.example
Phone | +33 6 72 14 55 08
Request | Erasure of all personal data
Reply to | requests@privasweep.example

Please confirm completion within one month.

You are receiving this email because a Privasweep user asked us to contact you. Privasweep SAS, 40 rue Imaginaire, 75011 Paris. Unsubscribe <https://privasweep.example/u/xyz>""",
        W,
    ),
    (
        "fr",
        E,
        L,
        None,
        "Suppression compte",
        """Bonjour,

Bonsoir,

Madame, Monsieur,

Tutrice de mon frère majeur, M. Thibault Renaud, placé sous tutelle par jugement du 12 mai 2026 (copie jointe), je vous demande de supprimer son compte Studi ainsi que toutes les données associées.

Cordialement,
Mélanie Renaud""",
        W,
    ),
    ("en", E, S, None, ".", "delete my data", W),
    (
        "fr",
        E,
        S,
        None,
        "Suppression de mes données - 5 semaines sans réponse",
        """Bonjour,

Je vous ai demandé le 16 octobre la suppression de mes données (mail envoyé à cette adresse, copie ci-dessous). Cela fait plus de cinq semaines. Merci de procéder à la suppression et de me le confirmer.

Véronique Estrade

> Le 16/10/2026, Véronique Estrade a écrit :
> Bonjour, merci de supprimer mon compte et toutes mes données. V. Estrade""",
        W,
    ),
    (
        "en",
        E,
        T,
        None,
        "Former employee - data deletion",
        """Hello,

I'm the HR officer at Calloway Homes. Our former employee, Mr Dominic Reyes, attended your lettings agent course in 2024 through our company training plan. He has left us and asked us to make sure his details are deleted by the training providers we used. Please delete his personal data from your records.

Kind regards,
Bethany Croft
HR Officer, Calloway Homes Ltd""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Question",
        """Bonjour,

J'ai lu votre politique de confidentialité. Si je comprends bien, vous gardez 3 ans les données marketing, 5 ans l'historique de formation et 10 ans l'historique des examens certifiants. Ma formation n'était pas certifiante (c'était un module court Excel en 2022) et je n'ai plus aucun contact avec vous depuis.

Bref, supprimez tout ce qui peut l'être.

Marc-Antoine Delorme""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Account",
        "Hiii 👋 pls delete my account + all my info, je ne l'utilise plus, thanks!! ✌️",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Notes d'appel",
        """Bonjour,

Je souhaite que vous effaciez les notes prises par votre conseiller commercial lors de nos appels de septembre (j'ai appris qu'il y avait noté des éléments sur ma situation familiale et ma santé que j'avais évoqués en confiance). Je garde mon compte et ma formation, je demande seulement la suppression de ces notes.

Merci,
Nadège Fontaine""",
        W,
    ),
    (
        "en",
        E,
        T,
        None,
        "Webinar recording",
        """Hi,

In the recording of the "Start your career in real estate" webinar of 4 November, which is now on your YouTube channel and in the learner area, my colleague Moira Donnelly appears on camera for about ten minutes during the Q&A, with her full name displayed. She's on sick leave and I don't think she knows. Please delete that recording or cut her out of it.

Thanks,
Aidan Kerr""",
        W,
    ),
    ("fr", E, S, None, "", "supprimer mon compte", W),
    # ---- restriction ----
    (
        "fr",
        RS,
        S,
        None,
        "Litige facture F-2026-097712",
        """Bonjour,

Je conteste toujours la facture F-2026-097712 (résiliation anticipée facturée 1 150 €). J'ai résilié dans le délai de rétractation de 14 jours, le 8 septembre, par mail au service client (copie jointe). Votre service recouvrement me relance, et je viens de saisir le médiateur de la consommation.

En attendant que ce litige soit tranché, je vous demande de limiter l'utilisation de mes données : ne les utilisez plus pour quoi que ce soit, mais ne les supprimez pas non plus, j'en aurai besoin comme preuve pour la médiation (en particulier l'historique de mes échanges avec le service client).

Cordialement,
Florian Massé""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Don't delete - restrict",
        """Hello,

Please don't delete my data — I need it for a legal claim against my former employer, who funded my course and says I never attended. But please stop using it for anything else. I'm asking for restriction of processing under Article 18.

Thanks,
Ifeoma Nwachukwu""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Demande de limitation",
        """Madame, Monsieur,

Je conteste l'exactitude de cer-
taines données figurant dans mon dos-
sier (résultats du bloc 3). Dans l'at-
tente de la vérification, je sollicite
la limi-
tation du traitement de ces données
conformément à l'article 18 du RGPD.

Cordialement,
Justine Allard""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Exam session choice for spring",
        """Hi exams team,

I'd like to register for the April session of the Accounting Certificate, block 2. The registration page says "sessions full" but a classmate registered yesterday, so I'm confused. Could you check?

Thanks,
Ben Achebe

P.S. My block 1 grade on file shows 8/20 but my paper was marked 12/20 (photo of the marked paper attached). Until you've checked which one is right, please restrict processing of that grade — don't send it to anyone or use it for my file.""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Verrouillage de mes données (pas suppression)",
        "Merci.\n-- \nJ. Lemaire",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "My data 🔒",
        """Hey DPO people,

🔒 lock my data please
❌ don't delete it (I might come back in 2027)
❌ don't use it for anything in the meantime

thanks!
Zoe Hartmann""",
        W,
    ),
    (
        "fr",
        RS,
        L,
        None,
        "Mon client M. Hugo Ferrand - limitation du traitement",
        """Madame, Monsieur,

Je représente M. Hugo Ferrand, qui conteste devant le tribunal judiciaire de Montpellier la note éliminatoire qui lui a été attribuée à l'épreuve finale de sa certification. Dans l'attente de l'issue de cette procédure, je vous demande de limiter le traitement des données le concernant (les marquer comme contestées, ne plus les utiliser ni les communiquer), et de les conserver en l'état.

Mandat et pouvoir joints.

Me Aurélie Sanchez, avocate""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Re: [DSR-2026-004590] Confirmation of erasure plan",
        """Wait — don't erase yet. Just freeze my data for now, don't use it; I may come back next year and want to keep my progress.

Kasia

On 21 Nov 2026, at 11:40, Data Protection Officer <dpo@studi.fr> wrote:
> Dear learner,
> Following your request, here is the erasure plan for your data: profile — erased now; training history — erased now; marketing contacts — erased now. We will execute it on 1 December 2026 unless you tell us otherwise.
> The Data Protection Officer""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Formulaire de contact - nouveau message",
        """[image: Comptalia]

Nouveau message depuis le formulaire

Nom | Bénédicte Garnier
E-mail | b.garnier@exemple.fr
Type de demande | Limitation du traitement
Message | Je souhaite que vous suspendiez tout traitement de mes données le temps que vous répondiez à ma réclamation envoyée le 10/11. Ne les effacez pas.

Comptalia <https://www.comptalia.com> - Mentions légales <https://www.comptalia.com/mentions>""",
        W,
    ),
    (
        "fr",
        RS,
        L,
        None,
        "Demande",
        """Bonjour,
Bon après-midi,
Chère équipe,

Délégué syndical mandaté par M. Daniel Mbeki (mandat joint), je vous demande de limiter le traitement de ses données personnelles le temps de l'instruction de sa réclamation sur les pénalités de retard. Ne supprimez rien.

Salutations syndicales,
Patrick Guéguen""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Report de mon parcours et session d'examen",
        """Bonjour,

Je dois malheureusement mettre ma formation en pause : j'attends un enfant pour février et je serai en congé maternité jusqu'à l'automne. J'ai déjà prévenu ma coach pédagogique. J'aimerais savoir :
- si je peux décaler ma session d'examen de juin à décembre 2027 sans frais ;
- si mon accès à la plateforme reste ouvert pendant la pause ;
- comment se passe la reprise pour les devoirs déjà rendus.

Et je suspends mon parcours pendant un an : d'ici là, je ne veux pas que mes données soient utilisées (ni relances, ni statistiques, ni rien), mais je ne veux pas non plus qu'elles soient supprimées. Mettez-les en sommeil, en quelque sorte.

Merci beaucoup,
Amandine Courtois""",
        W,
    ),
    # ---- objection ----
    (
        "fr",
        O,
        S,
        None,
        "Réclamation - forum et suivi pédagogique",
        """Bonjour,

Je souhaite faire part d'un vrai malaise avec le fonctionnement du suivi pédagogique. Ma coach m'a appelée la semaine dernière en me disant qu'elle « voyait » que je me connectais surtout entre minuit et deux heures du matin et que « ce n'était pas bon pour ma réussite ». Elle a aussi cité un message que j'avais posté sur le forum entre apprenants, dans lequel je me plaignais d'un devoir. Je me suis sentie surveillée.

Je ne remets pas en cause la qualité des cours, ni ma coach personnellement, qui est bienveillante. Mais je m'oppose à ce que mes heures de connexion, mes résultats et mes échanges sur le forum soient utilisés pour vos « statistiques d'apprentissage » et votre « suivi personnalisé ». Ma situation est particulière : je travaille de nuit dans un hôpital, et ces horaires n'ont rien d'anormal.

Je continue ma formation normalement.

Cordialement,
Lucie Ferrand-Baptiste""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Slow video player",
        """Hi,

The video player in Module 3 buffers constantly, even on a 500 Mb connection. Other sites are fine. Is there a download option?

Thanks,
Ahmed Qureshi

P.S. I object to my data being passed to your analytics providers for "optimising the platform" — I'm fine with you using it internally to run my course.""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Opposition - art. 21",
        """Madame, Monsieur,

Je m'oppose, pour des raisons te-
nant à ma situation particulière, au
traitement de mes données de con-
nexion et de progression à des fins
de statistiques d'apprentissage et de
suivi personnalisé (article 21.1 du
RGPD). J'exerce un mandat d'élue
locale et je ne souhaite pas que mes
habitudes de connexion soient analy-
sées.

Marie-Hélène Castagnet""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Objection to profiling — Art 21(1) — learner ref DGC-25-30451",
        "Sent from Outlook for Android",
        W,
    ),
    (
        "fr",
        O,
        T,
        None,
        "Bug classement public",
        """Bonjour,

Depuis la mise à jour du 20 novembre, le « classement de la promo » affiche le prénom, le nom et la photo de ma compagne, Clémence Daumas, avec son score aux quiz, visible par tous les apprenants du parcours. Je pense que c'est un bug car ce n'était pas le cas avant. Elle a quitté un conjoint violent et ne doit pas être retrouvable.

Bug ou pas, je m'oppose à l'affichage de son nom et de ses résultats dans ce classement.

Julien Ravel""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Re: [DSR-2026-004470] Your request",
        """I'm not asking you to delete anything. I object to the tracking of my login times and progress for the "learning statistics" you mention in your policy. That's all.

R. Iqbal

> On 17 Nov 2026, Data Protection Officer <dpo@studi.fr> wrote:
> Dear learner, we have received your message. We understood it as a request to erase your personal data. If this is not correct, please reply to this email.""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Mes données de progression 🚫📊",
        """Bonjour !

🚫 je ne veux pas que ma progression serve à vos stats
🚫 ni que mon employeur reçoive mes temps de connexion
✅ je continue ma formation, tout va bien de ce côté 😊

Je m'oppose à ces deux traitements. Merci !
Élodie P.""",
        W,
    ),
    (
        "en",
        O,
        L,
        None,
        "Objection on behalf of union members - data shared with employer",
        """Dear DPO,

I am the elected union representative (Unite the Workforce branch 14, fictional) acting under written mandate from Ms Carla Benedetti, a lettings negotiator enrolled on your programme through her employer's training plan. Her employer has been using the weekly attendance and quiz reports you send it in disciplinary discussions. On Ms Benedetti's behalf I object to the transmission of her detailed activity data to her employer beyond what is strictly needed to confirm attendance.

Mandate attached.

Regards,
Harold Finch-Mayer""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Mon employeur et mes résultats",
        """Bonjour,

Ma formation est financée par mon employeur. J'ai appris que vous lui envoyez chaque mois mes notes détaillées et mon temps de connexion. Je refuse que mon employeur reçoive autre chose que l'attestation d'assiduité ; je m'oppose à l'envoi de mes résultats.

Cordialement,
Benoît Salvetat""",
        W,
    ),
    (
        "fr",
        O,
        L,
        None,
        "Appels enregistrés",
        """Bonjour,

Bonjour à vous,

Madame, Monsieur,

Agent artistique de M. Peter Sandoval, comédien de doublage, et titulaire d'un mandat écrit de sa part (joint), je vous indique que ses appels avec vos conseillers sont enregistrés « à des fins de qualité ». En son nom, je m'oppose à l'utilisation de ces enregistrements de sa voix pour la formation de vos équipes : sa voix est son outil de travail.

Cordialement,
Émilie Sarrazin - Agence Voix Off Sud""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Fwd: Message depuis l'application",
        """Texte envoyé depuis l'appli :

Type | Opposition
Message | Je m'oppose à ce que mes échanges avec les autres apprenants (messagerie interne) soient analysés par vos outils. Je continue à utiliser la messagerie.
Apprenant | Yohann Leroux - DGC-2024-88120

[image: Digital Campus] Télécharger l'application <https://apps.example/digitalcampus>""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Change of exam date + photo",
        """Hi,

Please change my exam date from 12 January to 9 February if there are places — I have surgery on the 10th of January.

Also, at my last exam you took my photo for the identity check. I object to you keeping using that photo after the exam for anything else (I saw it on my profile page!).

Thanks,
Nora Halvorsen""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "",
        "Opposition au traitement de mes données pour vos statistiques. Merci.",
        W,
    ),
    # ---- marketing_objection ----
    (
        "fr",
        M,
        S,
        None,
        "TR: 🎓 Dernière chance : -30 % sur votre BTS !",
        """Encore ?! Ça fait trois fois que je clique sur « se désinscrire ». STOP. Je ne veux plus recevoir vos offres.

---------- Message transféré ---------
De : Studi <offres@news.studi.fr>
Date : mar. 24 nov. 2026 à 18:02
Objet : 🎓 Dernière chance : -30 % sur votre BTS !

[image: Studi]
Black Friday : -30 % sur tous nos BTS jusqu'à dimanche minuit !
Découvrir les formations <https://www.studi.com/bts?utm_source=newsletter>
Vous recevez cet e-mail car vous êtes inscrit à la newsletter Studi. Se désinscrire <https://news.studi.fr/u/...>""",
        W,
    ),
    ("en", M, S, None, "UNSUBSCRIBE", "[image: Sent from Yahoo Mail on Android]", W),
    (
        "fr",
        M,
        S,
        None,
        "Facture contestée + appels",
        """Bonjour,

Je reviens vers vous concernant la facture n° F-2026-120045. Vous me facturez le module « Préparation à l'oral » que je n'ai jamais commandé : dans mon contrat (signé le 3 juin, réf. CT-77820) il n'apparaît nulle part. J'ai écrit au service client le 4 et le 18 novembre, sans réponse autre que l'accusé automatique. Je refuse de payer cette facture et je vous demande un avoir.

Pendant ce temps, votre service commercial, lui, est très réactif : il m'appelle trois fois par semaine pour me vendre un BTS Négociation et Digitalisation de la Relation Client. Alors arrêtez de m'appeler pour me vendre des formations, sur mon portable comme au bureau. Si j'ai besoin de quelque chose, je sais où vous trouver.

Et je veux une réponse sur la facture.

Stéphane Roux
06 59 30 12 84""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Login problem",
        """Hi,

I can't log in since the new login page — it keeps saying "session expired" straight after I enter my password. I've cleared cookies and tried two browsers.

Thanks,
Mei Tanaka

P.S. Please take me off the SMS list.""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "📵",
        """📵 Plus d'appels svp
📵 Plus de SMS
Merci 🙏
— Jordan, 07 63 84 20 11""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Promotional emails",
        """Please stop sending me your promotional emails. I'm no longer interested.

Regards,
Derek Lomax
Facilities Coordinator, Brightwater Estates
Tel: 0161 496 0742

Brightwater Estates Ltd. This e-mail is confidential and intended for the addressee only. If you received it in error, please delete it and notify us. To unsubscribe from Brightwater Estates marketing communications, reply STOP to any of our newsletters. Brightwater Estates Ltd is registered in England no. 08888765.""",
        W,
    ),
    (
        "fr",
        M,
        T,
        None,
        "Catalogue",
        """Bonjour,

Madame, Monsieur,

Bonjour à toute l'équipe,

Ma mère, Mme Colette Marin, 89 ans, reçoit chaque trimestre votre catalogue papier Comptalia à son domicile (8 rue des Lilas, 16000 Angoulême). Elle n'a aucune intention de reprendre des études ! Merci de ne plus lui envoyer de courrier publicitaire.

Sylvie Marin-Daubert""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Re: [DSR-2026-004231] Your access request",
        """Thanks for this. Also, no more phone calls please — your sales team rang me twice yesterday.

Eamon

On 13 Nov 2026, Data Protection Officer <dpo@studi.fr> wrote:
> Dear learner,
> We have received your request to access your personal data (reference DSR-2026-004231). We will answer by 13 December 2026.
> The Data Protection Officer""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Lien de désinscription cassé",
        """Le lien de désinscription ne marche pas (page blanche). Retirez-moi de la liste svp.

> Vous recevez ce message car vous avez demandé de la documentation sur nos formations.
> Se désinscrire <https://news.ecolems.fr/unsubscribe?id=%%SUBSCRIBER_ID%%>
> ECOLEMS - 3839 Avenue Georges Frêche - 34470 Pérols""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Changing my exam centre",
        """Hello,

I'm moving to Toulouse in January. Could I take my exam in the Toulouse centre instead of Bordeaux for the February session? My learner number is CPT-2025-61204. I've uploaded my new proof of address in the documents section.

Also, can you confirm that the practice exam counts towards the final grade? The course guide says one thing and my tutor says another.

And stop the promo emails, I'm already enrolled for heaven's sake.

Thanks,
Chloé Wainwright""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Bloctel",
        """Bonjour, je suis inscrite sur Bloctel depuis 2023 et vous m'appelez quand même, encore ce matin à 8h50 (numéro 09 70 00 00 00). Je ne veux plus être démarchée par téléphone par votre groupe.
Mme Girardot""",
        W,
    ),
    ("en", M, S, None, "", "stop texting me", W),
    (
        "fr",
        M,
        T,
        None,
        "Appels pour mon mari",
        """Bonjour,

Je suis l'épouse de M. Patrice Lenoir. Vos conseillers appellent sans arrêt sur son portable et sur notre fixe pour lui proposer une formation d'agent immobilier. Il ne veut plus être appelé, il me l'a dit plusieurs fois mais il n'ose pas vous le dire lui-même. Arrêtez de l'appeler, merci.

Mme Lenoir""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Newsletter",
        """Bonjour / hello,

I keep getting the newsletter in French ET en anglais, twice a week. Trop c'est trop: please remove me from all your mailing lists, email only (I'm fine with the course notifications).

Merci,
Aurélien Smith""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Relance - appels commerciaux",
        """Bonjour,

Je vous ai déjà demandé le 2 octobre (par mail à cette adresse) de ne plus m'appeler. J'ai encore reçu deux appels cette semaine. Merci de faire le nécessaire cette fois.

Guillaume Bertin
06 22 91 47 30""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Three brands, one inbox",
        """Hi,

I get emails from Comptalia, from Studi AND from Digital Campus — sometimes the same offer three times on the same day. I only ever asked for a brochure once, in 2024. Stop all of them, please, across every brand.

Cheers,
Naomi Fletcher""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Lien de désabonnement = 404",
        """Bonjour,

Votre lien de désabonnement en bas des newsletters Digital Campus mène à une page 404 (https://news.digitalcampus.example/unsub). Je vous le signale pour que vous corrigiez, et pendant ce temps merci de me désabonner manuellement : rachid.moussaoui@exemple.fr.

Rachid""",
        W,
    ),
    (
        "fr",
        M,
        T,
        None,
        "Enquêtes et invitations",
        """Bonjour,

Notre boîte partagée accueil@cabinet-vernet.example reçoit chaque semaine vos enquêtes de satisfaction et « invitations exclusives » aux journées portes ouvertes, adressées à notre ancienne collègue Mme Laure Pettigrew, qui a quitté le cabinet. Merci de cesser ces envois à son nom.

Cordialement,
Georges Vernet""",
        W,
    ),
    (
        "fr",
        M,
        L,
        None,
        "Courrier",
        """Bonjour, en qualité de curateur de M. René Aubanel (jugement joint), je vous demande de ne plus lui adresser de catalogue papier ni de courrier publicitaire (12 chemin du Moulin, 84000 Avignon). Cordialement, Y. Castel, mandataire judiciaire""",
        W,
    ),
    (
        "en",
        M,
        T,
        None,
        "Your sales calls to our reception",
        """Good morning,

I'm the office manager at Halden & Pryce Estate Agents. Your sales reps keep calling our reception line asking to speak to one of our negotiators, Ms Lydia Coombe, about your courses. She has asked me to tell you she is not interested. Please stop calling her, here and on her mobile.

Regards,
Janet Halden
Halden & Pryce Estate Agents | 3 Market Street, Harrogate HG1 9ZZ
This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.""",
        W,
    ),
    ("fr", M, S, None, "STOP SMS", "STOP", W),
    (
        "en",
        M,
        S,
        None,
        "Mailing list",
        """Hi,

Remove me from your mailing list.

Kind regards,
Wojciech Nowak
Project Engineer
Kestrel Infrastructure Group

IMPORTANT NOTICE: This message and any attachments are intended for the named recipient only and may contain confidential, proprietary or legally privileged information. No confidentiality or privilege is waived or lost by any mistransmission. If you receive this message in error, please immediately delete it and all copies of it from your system, destroy any hard copies of it and notify the sender. You must not, directly or indirectly, use, disclose, distribute, print, or copy any part of this message if you are not the intended recipient. Kestrel Infrastructure Group reserves the right to monitor all e-mail communications through its networks. Any views expressed in this message are those of the individual sender, except where the message states otherwise and the sender is authorised to state them to be the views of any such entity.""",
        W,
    ),
    ("fr", M, S, None, "", "arrêtez les pubs svp 🙏", W),
    # ---- consent_withdrawal ----
    (
        "fr",
        C,
        S,
        None,
        "Attestation de réussite + témoignage",
        """Bonjour,

J'ai obtenu mon titre professionnel de gestionnaire de paie en octobre (session du 14/10), merci à toute l'équipe ! Pourriez-vous me faire parvenir l'attestation de réussite en version papier ? Je n'ai que la version PDF et mon futur employeur souhaite un original. Mon adresse : 4 place du Marché, 71100 Chalon-sur-Saône.

Autre point : j'avais accepté en 2025 que mon témoignage vidéo soit utilisé sur votre site et vos réseaux. Ma situation a changé et je retire mon consentement pour l'utilisation de ce témoignage à partir de maintenant.

Merci encore,
Laetitia Gaudin""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Cookies",
        """Hello,

I accepted all cookies on your site by mistake and your cookie banner doesn't come back. I withdraw the consent I gave for audience measurement and personalisation cookies.

Julian Ashby""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Problème de connexion Facebook",
        """Bonjour,

Depuis hier, le bouton « Se connecter avec Facebook » m'affiche une erreur. Je vais désormais me connecter avec mon e-mail et un mot de passe, c'est fait.

PS : du coup je retire mon accord pour la connexion via Facebook et pour tout partage de données avec ce réseau social.

Cordialement,
Anthony Vidal""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Withdrawal of consent – my photo in the alumni brochure",
        "Regards, T. Okafor",
        W,
    ),
    (
        "fr",
        C,
        L,
        None,
        "Enregistrement des classes virtuelles",
        """Madame, Monsieur,

Tutrice de Mme Armelle Kerouac
(jugement de tutelle joint), je vous
informe que lors de son inscrip-
tion elle avait accepté que sa par-
ticipation aux classes virtuelles
(image et voix) soit enregistrée et
diffusée en replay. Je retire ce con-
sentement en son nom à compter de
ce jour.

Sincères salutations,
Gwenaëlle Kerouac""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Re: [DSR-2026-004119] Request completed",
        """One more thing while I have you: I'm withdrawing the consent I ticked at registration for the "career network" programme (sharing my CV with partner agencies). Please record it.

Thanks, Lena

On 9 Nov 2026, Data Protection Officer <dpo@studi.fr> wrote:
> Dear learner, your request to correct your postal address (reference DSR-2026-004119) has been completed. Kind regards, the Data Protection Officer""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Photo Instagram 📸",
        """Coucou 😊
Vous avez publié sur le compte Instagram de l'école une photo de la journée portes ouvertes où on me voit très bien 📸. J'avais signé l'autorisation ce jour-là mais je retire mon consentement ❌ merci de ne plus l'utiliser.
Anaïs""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Learning analytics pilot",
        """Dear all,

Hello,

Good evening,

In September I agreed to take part in your "learning analytics pilot" (the optional research study on study habits). I withdraw my consent to take part, effective now.

Best,
Mireille Okoro""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Case « personnalisation » impossible à décocher",
        """Bonjour,

Dans Mon compte > Préférences, la case « J'accepte que mes données soient utilisées pour personnaliser mon expérience » est cochée et grisée : impossible de la décocher (Safari et Chrome). C'est un bug je suppose.

Considérez que je retire ce consentement.

Paul-Henri Besson""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Contact form: new message",
        """[image: Studi]
Contact form

First name | Kwame
Last name | Asante
Email | kwame.asante@mail.example
Topic | Withdraw consent
Message | I agreed to be listed in the public alumni directory. I no longer consent to that.

studi.com <https://www.studi.com> | Privacy <https://www.studi.com/privacy>""",
        W,
    ),
    # ---- portability ----
    (
        "fr",
        P,
        S,
        None,
        "Changement d'organisme de formation",
        """Bonjour,

Pour des raisons personnelles (déménagement à La Réunion et décalage horaire peu compatible avec les classes virtuelles), je vais poursuivre mon bachelor dans un autre organisme à partir de janvier. J'ai déjà vu avec le service client pour la fin de mon contrat et le solde, tout est réglé.

Le nouvel organisme me demande mon historique : modules validés, notes, heures de formation, attestations. Pouvez-vous me transmettre mes données dans un format lisible par machine (CSV ou JSON), pour qu'ils puissent les importer dans leur plateforme ?

Merci pour ces deux années,
Kévin Payet""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Thanks & one request",
        """Hi,

Just finished the last module of the UX course — thanks for a great year!

PS: I'd like an export of my learning records in a machine-readable format (JSON or CSV) so I can import them into my new employer's LMS.

Sophie Ng""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Portabilité de mes données — format CSV",
        "Bien à vous\nDelphine Arnal",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Bug: 'Export my data' gives an empty file",
        """Hello,

In My account > Privacy, the "Export my data" button downloads a file called export.json that is 0 bytes. Tried three times over two days.

Can you send me the export of my data directly (JSON is fine)? I need it to move my records to another provider.

Thanks,
Aleksander Wiśniewski""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Droit à la portabilité",
        """Madame, Monsieur,

Conformément à l'article 20 du
RGPD, je vous demande de me trans-
mettre les données que je vous ai
fournies, dans un format structuré,
couramment utilisé et lisible par
machine.

Je vous prie d'agréer mes saluta-
tions distinguées.

Baptiste Morvan
n° apprenant ECM-2023-41187""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Fwd: request",
        """[image: Gmail]
Request | Data portability
Format | JSON
Name | Ruth Abernathy
Learner no. | DGC-2023-10942
Notes | Everything I provided plus my progress and grades.

---
Sent via GDPR Helper browser extension <https://gdprhelper.example>""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Export 📦",
        """Salut 👋
📦 je voudrais un export de mes données (CSV ou JSON)
➡️ pour les importer sur mon nouvel espace Moodle au boulot
Merci !! 😄
Hugo L.""",
        W,
    ),
    (
        "en",
        P,
        L,
        None,
        "Data portability request - mandate ref. MND-4471",
        """Dear Sir or Madam,

We act on behalf of Mr Stefan Lindgren (mandate and ID attached) and request, under Article 20 GDPR, a machine-readable copy (JSON or CSV) of the personal data he provided to Digital Campus, including his course progress, to be delivered to him at his registered email address.

Yours faithfully,
Rightful Requests Ltd
Data rights agent""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Re: [DSR-2026-004377] Votre demande d'accès",
        """En fait je ne veux pas une simple copie lisible : je veux exercer mon droit à la portabilité, fichier JSON, pour transférer mon historique à ma nouvelle école. Merci de modifier ma demande en ce sens.

Noémie

Le 15/11/2026 à 09:30, dpo@studi.fr a écrit :
> Bonjour, nous avons bien reçu votre demande d'accès (référence DSR-2026-004377). Elle sera traitée au plus tard le 15 décembre 2026.""",
        W,
    ),
    (
        "fr",
        P,
        L,
        None,
        "Export",
        """Bonjour,

Re-bonjour,

Madame, Monsieur,

Le service MesDroits (fictif) agit pour le compte de M. Tariq Haddad, en vertu du mandat joint. Il demande l'export de ses données au format CSV, au titre du droit à la portabilité, afin de les transférer à un autre organisme de formation.

L'équipe MesDroits""",
        W,
    ),
    # ---- post_mortem ----
    (
        "fr",
        PM,
        H,
        None,
        "Prélèvements après le décès de ma mère",
        """Bonjour,

Ma mère, Mme Josiane Berthelot, est décédée le 30 septembre dernier. Elle suivait une formation de comptabilité chez Comptalia, qu'elle avait commencée pour « s'occuper l'esprit » après sa retraite. Malgré l'envoi de l'acte de décès au service client le 10 octobre, les mensualités continuent d'être prélevées sur son compte bancaire, que la banque n'a pas encore clôturé (succession en cours chez Me Duroc, notaire à Vierzon).

J'ai écrit trois fois au service client pour demander l'arrêt des prélèvements et le remboursement de ceux d'octobre et novembre ; je réessaie donc par ici.

Par ailleurs, je vous demande en tant que fille et héritière de supprimer son compte et ses données. Elle ne voulait pas que ses informations restent « traîner sur internet », elle me l'avait dit.

Acte de décès et attestation de dévolution successorale en pièces jointes.

Cordialement,
Corinne Berthelot-Hamon""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "My late mother's account",
        """Dear Sir/Madam,

My mother, Margaret Olsen, passed away in August. Please close her learner account and delete her data. Her death certificate and my grant of letters of administration are attached.

Yours faithfully,

Erik Olsen
Chartered Surveyor MRICS
Olsen & Vale Surveyors
45 Quayside, Newcastle NE1 9ZZ
T 0191 496 0551

Olsen & Vale Surveyors is a trading name of Olsen & Vale Ltd, registered in England no. 07777123. This email and any attachment are confidential; if you have received it in error please notify the sender and delete it. We will never ask you to change bank details by email.""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Succession de M. Roland Chapuis",
        """Office notarial de Me Claire Ver-
dier, notaire à Annecy
12 rue Royale, 74000 Annecy

Dossier : Succession CHAPUIS Roland
Réf. : CV/2026/1187

Madame, Monsieur,

Je suis chargée du règlement de la suc-
cession de M. Roland Chapuis, décé-
dé le 2 août 2026, qui était inscrit
auprès de votre établissement. Je vous
remercie de bien vouloir m'indiquer
les données et éventuels contrats le
concernant et de procéder à la clô-
ture de son compte, conformément à
la volonté des héritiers.

Acte de décès et attestation de
mandat joints.

Me Claire Verdier""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Re: [DSR-2026-004160] Additional information needed",
        """Here is the death certificate you asked for, and the marriage certificate. Please go ahead and delete my husband's account as I asked.

Sheila Rowntree

On 8 Nov 2026, Data Protection Officer <dpo@studi.fr> wrote:
> Dear Mrs Rowntree,
> We are sorry for your loss. To process your request about your late husband's account, we need a copy of the death certificate and a document showing your relationship to him.
> The Data Protection Officer""",
        W,
    ),
    (
        "fr",
        PM,
        S,
        None,
        "Directives",
        """Bonjour,

Je souhaite définir mes directives concernant mes données après ma mort : à mon décès, je veux que toutes mes données chez vous soient supprimées, à l'exception de mon historique d'examens si la loi l'impose. Je désigne comme personne de confiance mon frère, M. Olivier Santoni, 06 14 72 39 58, chargé de vous informer de mon décès et de veiller à l'application de ces directives.

Merci d'enregistrer ces directives dans mon dossier.

Nathalie Santoni
Apprenante ESMI n° ESM-2025-02214""",
        W,
    ),
    (
        "en",
        PM,
        S,
        None,
        "Re-sit and a directive",
        """Hi,

I failed block 3 (10/20 needed, I got 9.5 — so close!). Could you register me for the April re-sit please?

PS: I've been putting my affairs in order after a health scare. I'd like to register a directive with you: if I die, my data should be deleted and my partner, Alex Moreno (alex.moreno@mail.example), is the person to inform and to act on this.

Thanks,
Jamie Castell""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Décès de mon frère Julien Marchetti — clôture du compte",
        "Acte de décès en PJ.\nPierre Marchetti",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Directives of Mr Howard Tennant",
        """[image: logo]

Message from | Ms Fiona Tennant
Relationship | Trusted person named in directives
Deceased | Howard Tennant, born 14/06/1961, died 02/10/2026
Request | Apply his directives: delete his data and send me confirmation
Attachments | directives.pdf, death_certificate.pdf

Powered by FormFlow <https://formflow.example>""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Attestations de mon père",
        """Bonjour,

Mon père, M. Alain Rouquette, nous a quittés le 11 septembre. Il avait obtenu plusieurs certificats chez vous (paie, fiscalité). Pour le dossier de succession et par souvenir, nous aimerions obtenir une copie de ses attestations et de ses données de formation. Je suis son fils et héritier, justificatifs joints.

Sébastien Rouquette""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Your emails to my son",
        """Please stop sending emails to my son, Liam Gallagher-Price. He died in a road accident in September, aged 22. Every time your newsletter arrives addressed to him it is like being hit again. I'm his father. Please close everything you have on him.

Declan Price""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Compte de mon épouse",
        """Bonjour,

Madame, Monsieur,

Bonjour,

Mon épouse, Mme Françoise Delattre, est décédée le 19 octobre. Je souhaite que son compte apprenant soit fermé et ses données effacées. Je joins l'acte de décès et le livret de famille.

Jean-Pierre Delattre""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "2e relance - compte de ma mère décédée",
        """Bonjour,

Je relance concernant le compte de ma mère, Mme Yvette Garnier, décédée en juillet : j'ai demandé le 5 octobre sa suppression, avec l'acte de décès. Aucune nouvelle, et ce matin encore un mail « Reprenez votre formation, Yvette ! ».

Hélène Garnier-Petit""",
        W,
    ),
    # ---- several rights ----
    (
        "fr",
        AE,
        S,
        None,
        "Plainte - coach pédagogique",
        """Bonjour,

Je souhaite porter réclamation contre ma coach pédagogique. Lors de notre dernier rendez-vous téléphonique, le 13 novembre, elle m'a reproché mon « manque d'implication » en citant mes heures de connexion et le nombre de vidéos que j'avais regardées, puis elle a évoqué devant moi des difficultés personnelles que j'avais confiées à un autre membre de l'équipe il y a un an (décès dans ma famille). Je ne savais pas que ces informations étaient notées et partagées, et je l'ai très mal vécu.

J'ai décidé d'arrêter ma formation. Je règle la question de la résiliation avec le service client.

Côté données : envoyez-moi d'abord une copie de tout ce que vous avez sur moi, notes des coachs comprises, puis supprimez tout.

Salutations,
Raphaëlle Oudin""",
        W,
    ),
    (
        "en",
        AE,
        S,
        None,
        "my data ✅✅",
        """Hi!! 👋
✅ copy of all my data
✅ THEN delete my account (not before I get the copy pls)
🙏 thanks
Ana Lucía Ortega""",
        W,
    ),
    (
        "en",
        AE,
        L,
        None,
        "Our client Ms Rebecca Thorne - GDPR requests",
        """HARTWELL
& BOYD
SOLICITORS

Our ref: HB/RT/2026-114
Your ref: —
Date: 26 Novem-
ber 2026

Dear Sirs,

Our client: Ms Rebecca Thorne

We act for the above-named, who was
enrolled on your Digital Campus
programme between 2022 and 2024. We
enclose her signed authority.

On our client's behalf we request (1) a
copy of all personal data you hold
about her, with the information re-
quired by Article 15(1) GDPR, and (2)
following delivery of that copy, the
erasure of her personal data under
Article 17.

Yours faithfully,
Hartwell & Boyd

Page 1 of 1""",
        W,
    ),
    (
        "fr",
        EM,
        S,
        None,
        "Désabonnement",
        """Et supprimez mon compte aussi, définitivement. Je ne reviendrai pas.

Cordialement,
Marion Lacombe""",
        W,
    ),
    (
        "en",
        EM,
        S,
        None,
        "Refund for October - still waiting",
        """Hello,

On 2 October I cancelled my subscription within the cooling-off period (confirmation no. CNL-203391) and was promised a refund of the £420 deposit within 14 days. Seven weeks later, nothing. Your customer service chat closes the conversation every time I ask for a date. Please escalate this.

Regards,
Imogen Atkinson

PS — remove me from all mailing lists and delete my data.""",
        W,
    ),
    (
        "fr",
        EM,
        S,
        None,
        "Re: 🎁 Votre cadeau de Noël vous attend",
        """Non merci. Désinscrivez-moi de vos mails ET supprimez mes données, je n'ai jamais été élève chez vous, j'ai juste téléchargé une brochure en 2023.

Le dim. 22 nov. 2026 à 10:00, Digital Campus <news@digitalcampus.example> a écrit :
> 🎁 Votre cadeau de Noël vous attend !
> -20 % sur toutes nos formations web jusqu'au 31 décembre.
> [image: bannière Noël]
> Je découvre <https://www.digitalcampus.example/noel>
> Se désinscrire <https://news.digitalcampus.example/u>""",
        W,
    ),
    (
        "fr",
        CM,
        S,
        None,
        "Consentement",
        """Bonjour,

Je retire mon consentement à recevoir vos offres commerciales par SMS et par e-mail. Désinscrivez-moi de toutes vos listes.

Merci,
Agathe Brunel""",
        W,
    ),
    (
        "en",
        CM,
        S,
        None,
        "Preferences",
        """[image: Comptalia]
Your communication preferences

Email offers | ☐ (untick = no)
SMS offers | ☐
Phone calls | ☐

I couldn't save this form on your site (spinning wheel), so I'm pasting it here: I withdraw my marketing consent for all three channels. Please unsubscribe me.

— Viktor Hall""",
        W,
    ),
    (
        "en",
        CM,
        S,
        None,
        "Marketing consent",
        """Dear Studi team,

I withdraw my consent to receive marketing communications and I ask you to stop all marketing emails and calls to me.

Regards,
Dr. Annika Sørensen
Consultant Anaesthetist
St Elsewhere University Hospital (fictional) NHS Trust

This email, and any files transmitted with it, is confidential and intended solely for the use of the individual or entity to whom it is addressed. If you have received this email in error, please notify the sender and delete it. This email may contain patient-identifiable information and should be handled in accordance with NHS information governance policies. NHSmail is approved for exchanging patient data and other sensitive information with NHSmail and other accredited non-NHSmail organisations. For more information and to find out how you can switch, visit the NHSmail support site.""",
        W,
    ),
    (
        "fr",
        AP,
        L,
        None,
        "Copie + export",
        """Bonjour,

Avocate de M. Ludovic Perrot (pouvoir joint), je vous demande pour son compte une copie de ses données (avec les informations sur l'usage que vous en faites) et, à côté, un export CSV de son historique de formation pour qu'il puisse le réutiliser ailleurs.

Me Inès Gardel""",
        W,
    ),
    (
        "en",
        AP,
        S,
        None,
        "My data",
        """Hi,

Hello,

Dear DPO,

Two things: a copy of all the personal data you hold on me, and a machine-readable export (JSON) of my course records to take to my next provider.

Regards,
Chidi Eze""",
        W,
    ),
    (
        "fr",
        RRS,
        S,
        None,
        "Date de naissance erronée",
        """Bonjour,

Votre fichier indique que je suis né le 01/01/1900 (!), ce qui me fait refuser le financement par mon OPCO, leur système me considérant comme « hors tranche d'âge ». Je suis né le 17/05/1991. Merci de corriger ma date de naissance, et d'ici à ce que la correction soit faite, de ne pas utiliser ni transmettre cette donnée fausse à qui que ce soit.

Antoine Meyer""",
        W,
    ),
    (
        "en",
        RRS,
        S,
        None,
        "Bug: wrong employer in my funding file",
        """Hello,

When I open my funding file in the learner area, it lists my employer as "Pennington Lettings". I've never worked there — I work for Alder & Finch Property. I think someone else's record got merged with mine. Please correct the employer, and until it's fixed please don't process or send my funding file to anyone.

Tobias Reinholt""",
        W,
    ),
    (
        "fr",
        ORS,
        S,
        None,
        "Partage avec mon employeur",
        """Bonjour,

Je m'oppose à ce que vous transmettiez mes résultats détaillés à mon employeur (qui ne finance plus ma formation depuis septembre, je la paie moi-même). Le temps d'examiner mon opposition, merci de geler tout envoi et tout traitement de mes données à cette fin.

Cordialement,
Sofiane Haddadi""",
        W,
    ),
    (
        "en",
        ORS,
        L,
        None,
        "Mrs Wanjiru Kamau - objection and restriction",
        """Dear Data Protection Officer,

We represent Mrs Wanjiru Kamau (authority enclosed). Mrs Kamau objects, on grounds relating to her particular situation (she is the subject of a protection order), to the publication of her name and photo in your learner community and alumni pages. Pending your assessment of that objection, we ask that you restrict the processing of that data.

Yours faithfully,
Kingsley Adebayo
Adebayo Legal (fictional)""",
        W,
    ),
    (
        "en",
        OE,
        S,
        None,
        "Recorded calls",
        """Hi,

I object to you recording and keeping my calls with your advisers, and I want the recordings you already have deleted.

Thanks,
Lorenzo Bianchi""",
        W,
    ),
    (
        "fr",
        CE,
        S,
        None,
        "Photo de la remise des diplômes",
        """Bonjour,

J'avais donné mon accord pour que ma photo de la remise des diplômes de juin figure dans votre brochure 2027. Je retire ce consentement et je vous demande de supprimer cette photo de vos fichiers.

Merci,
Océane Lefort""",
        W,
    ),
    (
        "en",
        CE,
        S,
        None,
        "Virtual class recordings",
        """Dear team,

I withdraw my consent to being recorded during virtual classes, and please delete the recordings in which I appear (sessions of 3, 10 and 17 November).

Regards,
Halima Yusuf""",
        W,
    ),
    (
        "fr",
        PE,
        S,
        None,
        "Export puis suppression",
        """Bonjour,

1) Envoyez-moi un export JSON de mes données (profil + parcours + notes)
2) Une fois que je l'ai reçu, supprimez mon compte et tout le reste.

Merci,
Tristan Morel""",
        W,
    ),
    (
        "en",
        AR,
        S,
        None,
        "Address and surname",
        """Hello,

Please send me what you have on me — I suspect you still have my old address in Leeds. And in any case, correct my surname to Hargreaves-Lin (not Hargreaves Lin, the hyphen matters).

Thanks,
Jessica Hargreaves-Lin""",
        W,
    ),
    (
        "fr",
        AR,
        S,
        None,
        "Demande d'accès et de rectification",
        """Madame, Monsieur,

Je vous prie de bien vou-
loir me communiquer l'en-
semble des données me con-
cernant et de rectifier mon
adresse électronique, qui
est désormais
m.delacroix@exemple.fr.

Salutations distinguées,
Martine Delacroix""",
        W,
    ),
    (
        "fr",
        AO,
        S,
        None,
        "Profilage",
        """Bonjour,

Je voudrais savoir quelles données vous utilisez pour me « profiler » (votre politique parle de suivi personnalisé et de statistiques d'apprentissage) : envoyez-moi une copie de ces données. Et je m'oppose à ce traitement pour l'avenir.

Élise Marchal""",
        W,
    ),
    (
        "en",
        CEM,
        S,
        None,
        "enough",
        """I withdraw every consent I ever gave you, unsubscribe me from everything (email, SMS, phone) and delete my data.

M. Rossi""",
        W,
    ),
    (
        "fr",
        AEM,
        S,
        None,
        "Ras-le-bol",
        """Bonjour,

Ça fait DEUX ANS que je reçois vos mails et vos appels alors que je n'ai jamais été inscrite chez vous. J'ai dû remplir un formulaire un jour sur un site de comparaison de formations, je ne sais même plus lequel. Votre conseillère de ce matin a été insistante, limite agressive (« vous ne voulez pas évoluer dans votre carrière ? »). Je suis infirmière, j'évolue très bien merci.

Donc :
- arrêtez les mails et les appels,
- dites-moi ce que vous avez sur moi et d'où vous le tenez,
- puis effacez tout.

Sans réponse, je saisis la CNIL.

Carole Verbeke""",
        W,
    ),
    (
        "en",
        ERS,
        S,
        None,
        "Erasure - with a caveat",
        """Hello,

I understand from your policy that the history of my professional certification exams is kept for 10 years. Please erase everything you're allowed to erase now, and for what you must keep, restrict it: keep it locked away and don't use it for anything else.

Regards,
Owen Pritchard""",
        W,
    ),
    # ---- minor_parental ----
    (
        "fr",
        MP_E,
        PA,
        None,
        "Abonnement souscrit par ma fille mineure avec ma carte",
        """Bonjour,

Je découvre sur mon relevé de compte deux prélèvements de 29,90 € « DIGITAL CAMPUS LIVE » (octobre et novembre). Après discussion, ma fille Léna, 14 ans, m'a avoué s'être inscrite à un « essai gratuit » de formation au développement web en utilisant ma carte bancaire, qu'elle avait prise dans mon portefeuille. L'essai s'est transformé en abonnement payant.

Je vous demande le remboursement des deux mensualités et la résiliation de l'abonnement. J'ai fait le nécessaire auprès de ma banque pour la carte. Je trouve d'ailleurs inquiétant qu'il soit possible de souscrire un abonnement payant sans aucune vérification d'âge ni confirmation par SMS du titulaire de la carte : ma fille a simplement recopié les chiffres, la date et le cryptogramme. Je ne suis pas la seule dans ce cas, si j'en crois les avis en ligne.

Pour votre information, Léna a passé beaucoup de temps sur la plateforme ces dernières semaines, souvent tard le soir, et elle a participé à au moins deux classes virtuelles avec caméra allumée, sous son vrai prénom, avec des adultes. Elle a aussi rempli un « questionnaire de projet professionnel » où elle a indiqué le nom de son collège, et elle a reçu au moins un appel d'un conseiller qui lui a proposé un « financement » (à 14 ans !). Je ne vous en fais pas un procès, elle a menti sur son âge, mais je tiens à ce que vous le sachiez.

Et surtout, je vous demande de supprimer toutes les données que vous avez collectées sur ma fille : nom, date de naissance (elle a sans doute menti sur son âge), adresse e-mail, photo de profil, historique. Elle est mineure et n'avait pas à être inscrite. Je joins le livret de famille et ma pièce d'identité.

Compte concerné : lena.vasseur2012@exemple.fr

Cordialement,
Caroline Vasseur""",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "Delete my 13-year-old son's account - username oliverplays_11",
        "Sent from my iPad",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "Compte de mon fils 👦",
        """Bonjour,
👦 mon fils Enzo a 12 ans
📱 il s'est inscrit tout seul sur votre appli
🗑️ merci de supprimer son compte et ses infos
📎 livret de famille en PJ
Merci ! Sabrina Ferreira""",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "Request concerning my daughter",
        """Dear Sir or Madam,

I am the mother of Amelia
Novak, aged 13. I have dis-
covered that she created an ac-
count on your Digital Campus
platform using the email ad-
dress amelia.n.art@mail.exam-
ple. As her parent, I ask that
you delete her account and all
personal data collected about
her. Proof of parental responsi-
bility attached.

Yours faithfully,
Dr Katarzyna Novak""",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "Problème d'accès au module 5 (BTS GPME)",
        """Bonjour,

Le module 5 de mon BTS GPME reste verrouillé alors que j'ai validé le module 4 la semaine dernière (note 14/20). Pouvez-vous vérifier ? Numéro d'apprenant : CPT-2025-70219.

Merci,
Laurent Giraud

PS : ma fille de 12 ans s'est créé un compte chez vous avec ma deuxième adresse mail pour « faire comme papa ». Son compte est au nom de Jade Giraud. Supprimez-le, s'il vous plaît, avec tout ce qu'il contient.""",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "Account created by my ward",
        """Hello,

I am the legal guardian of Noah Bellamy, who is 15 and lives with me under a special guardianship order (copy attached). He signed up for your coding bootcamp taster without my knowledge and gave your advisers his phone number, school and home address. Please delete all of his data.

Regards,
Patricia Bellamy""",
        W,
    ),
    (
        "fr",
        MP_A,
        PA,
        None,
        "Ce que vous savez sur mon fils",
        """Bonjour,

Mon fils Maxime, 13 ans, a reçu plusieurs appels de vos conseillers sur son portable. Je veux savoir ce que vous avez collecté sur lui, comment, et à qui vous l'avez transmis. Merci de me communiquer ces données. Je suis sa mère et je joins le livret de famille.

Isabelle Moreau""",
        W,
    ),
    (
        "en",
        MP_A,
        PA,
        None,
        "My daughter (14) - what data do you hold?",
        """Hi,

Hello,

My daughter Sienna (14) told me she filled in a "career test" on one of your websites. As her father I'd like to see what personal data you collected from her. Birth certificate attached.

Mark Lowell""",
        W,
    ),
    (
        "fr",
        MP_AE,
        PA,
        None,
        "Données de mon fils mineur - copie puis suppression",
        """Madame, Monsieur,

Je suis le père de Théo Martinez, 14 ans, qui s'est inscrit à une classe virtuelle gratuite d'initiation à la comptabilité (il veut « faire comme sa sœur »). Je souhaite d'abord recevoir une copie des données que vous détenez sur lui, puis leur suppression complète.

Pièces jointes : livret de famille, pièce d'identité.

Raúl Martinez""",
        W,
    ),
    (
        "en",
        MP_AE,
        PA,
        None,
        "Contact form - new message",
        """[image: Digital Campus]
Name | Grace Mwangi
Relationship | Parent
Child | Daniel Mwangi, 12
Message | My son registered on your site. Send me a copy of his data and then delete it all.

Digital Campus <https://www.digitalcampus.example> | Legal <https://www.digitalcampus.example/legal>""",
        W,
    ),
    (
        "fr",
        MP_C,
        PA,
        None,
        "Photo de mon fils - journée portes ouvertes",
        """Bonjour,

Lors de la journée portes ouvertes du 14 novembre, mon fils Nolan (16 ans) a signé seul une autorisation d'utilisation de son image. En tant que mère, je retire ce consentement pour lui.

Cordialement,
Virginie Chabert""",
        W,
    ),
    (
        "en",
        MP_C,
        PA,
        None,
        "Re: Your child's participation in our youth coding challenge",
        """I withdraw the consent I gave for my son Ethan (13) to take part in your online coding challenge and for his results to be published.

Regards, Sarah Whitfield

On 2 Nov 2026, Digital Campus Events <events@digitalcampus.example> wrote:
> Thank you for authorising your child's participation in the Youth Coding Challenge! Results will be published on our website.""",
        W,
    ),
    (
        "fr",
        MP_R,
        PA,
        None,
        "Date de naissance de ma fille",
        """Bonjour,

Ma fille Chloé Benali (15 ans) est inscrite en prépa BTS avec notre accord, mais son dossier indique une date de naissance en 2001 au lieu de 2011, ce qui la fait passer pour majeure (elle reçoit des offres de crédit de formation !). Merci de corriger : née le 04/03/2011. Je suis sa mère.

Nadia Benali""",
        W,
    ),
    (
        "en",
        MP_RS,
        PA,
        None,
        "Son's account - freeze please",
        """Hello,

I believe my son Callum (14) signed up on your platform. Until I can confirm with him which details are his, please freeze his data: do not use it, contact him or pass it on.

Regards,
Fiona McAllister""",
        W,
    ),
    (
        "fr",
        MP_EM,
        PA,
        None,
        "Appels à ma fille de 16 ans",
        """Bonjour,

Vos commerciaux appellent ma fille Manon, 16 ans, pour lui vendre un BTS. Elle avait rempli un formulaire sur un salon étudiant. Arrêtez de l'appeler et de lui envoyer des mails, et supprimez ses données. Je suis son père.

Frédéric Aubert""",
        W,
    ),
    # ---- other: questions about the policy only ----
    (
        "fr",
        X,
        S,
        Q,
        "Suppression de mes données",
        """Bonjour,

Avant de faire quoi que ce soit, j'ai deux questions :
- si je demande la suppression de mes données, est-ce que je perds mon attestation de réussite et la possibilité d'en redemander une copie plus tard ?
- combien de temps gardez-vous l'historique des examens ?

Je ne demande rien pour l'instant, je veux juste comprendre.

Merci,
Camille Roussel""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Retention of exam history",
        """Hello,

How long do you keep the history of certification exams after a course ends? I'm asking because a future employer may want to verify my results in a few years.

Best regards,
Marcus Eriksen
Compliance Officer | Nordvik Shipping AS

This e-mail is intended only for the addressee and may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail. Any unauthorised use, disclosure or copying is prohibited.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Hébergement des données",
        "Bonjour, mes données sont-elles hébergées hors de l'Union européenne ? Et si oui, dans quels pays ? Merci. A. Lemaire",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Data access request",
        """Just a question before I send anything — for an access request, do I need to send a copy of my ID, or is my learner number enough?

Thanks,
Priscilla Odum""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Question cookies",
        """[image: logo Studi]
Votre question | Vous dites conserver les données de mesure d'audience 13 mois. Est-ce que ça vaut aussi pour les cookies de personnalisation des offres ?
Nom | Armand Tessier
E-mail | a.tessier@exemple.fr
Envoyé depuis studi.com <https://www.studi.com/contact>""",
        W,
    ),
    (
        "en",
        X,
        T,
        Q,
        "Do you share trainee progress with employers?",
        """Hello,

I'm the L&D manager at Fairhaven Property Group. Before we enrol a dozen of our staff next year, our works council wants to know: what data about trainees' progress do you normally share with the employer who pays for the course, and for how long do you keep it?

Kind regards,
Miriam Oduya
L&D Manager, Fairhaven Property Group""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Bloctel",
        "Bonjour, une petite question : si je m'inscris sur Bloctel, est-ce que ça suffit pour que vos conseillers ne m'appellent plus, ou il faut aussi vous écrire ? Merci. Jacqueline F.",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Complaint address",
        """Hi,

Who is your data protection officer, and what is the postal address of the French authority (CNIL) if I ever wanted to complain? Not complaining yet, just want to have it handy.

Cheers,
Ollie Brennan""",
        W,
    ),
    (
        "fr",
        X,
        PA,
        Q,
        "Inscription d'un mineur",
        """Bonjour,

Mon fils a 14 ans et voudrait suivre votre initiation au développement web. Peut-il s'inscrire seul, ou faut-il l'accord d'un parent ? Et quelles données lui demanderez-vous ?

Merci,
Céline Hamel""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Re: [DSR-2026-004501] Your access request",
        """Thanks. Quick question: will the copy include the advisers' call notes, or only my profile and course data?

Femi

On 19 Nov 2026, Data Protection Officer <dpo@studi.fr> wrote:
> Dear learner, we have received your request to access your personal data (reference DSR-2026-004501). We will answer by 19 December 2026.
> The Data Protection Officer""",
        W,
    ),
    # ---- other: withdrawals of an earlier request ----
    (
        "fr",
        X,
        S,
        CANCEL,
        "Re: [DSR-2026-004612] Votre demande de suppression",
        """Finalement j'annule ma demande de suppression : je reprends une formation chez vous en janvier. Merci de ne rien effacer.

Gaëlle Perrin

Le 23/11/2026 à 15:12, dpo@studi.fr a écrit :
> Bonjour, nous avons bien reçu votre demande de suppression de vos données (référence DSR-2026-004612). Elle sera traitée au plus tard le 23 décembre 2026.""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Please ignore my previous email",
        """Hello,

Please disregard my email of yesterday asking you to delete my account — my son wrote it from my laptop as a joke. I want to keep my account and my data as they are.

Apologies,
Gordon McLeish""",
        W,
    ),
    ("fr", X, S, CANCEL, "Annulation demande DSR-2026-004120", "Envoyé de mon iPhone", W),
    (
        "en",
        X,
        S,
        CANCEL,
        "Re: unsubscribe",
        """Never mind my unsubscribe request from last week, I actually like the newsletter and want to keep receiving it. Please cancel that request.

Yusuf

> On 20 Nov 2026, Yusuf Demir wrote:
> Unsubscribe me please.""",
        W,
    ),
    (
        "fr",
        X,
        L,
        CANCEL,
        "Désistement - demande d'effacement de M. Karim Belkacem",
        """Madame, Monsieur,

Suite à l'accord intervenu entre votre société et mon client, M. Karim Belkacem, je vous informe que nous retirons la demande d'effacement de ses données formée par mon courrier du 4 novembre 2026. Merci de classer cette demande.

Me Jean-Baptiste Orsini
Avocat au Barreau de Marseille

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire.""",
        W,
    ),
    (
        "en",
        X,
        PA,
        CANCEL,
        "Re: my daughter's account",
        """Hello again,

Please stop the deletion of my daughter Ruby's account that I asked for on Monday — we talked it through and she's allowed to keep it after all (she's 15 and I've now given my permission).

Thanks,
Claire Dawson""",
        W,
    ),
    # ---- other: auto-replies and bounces ----
    (
        "fr",
        X,
        S,
        None,
        "Réponse automatique : [DSR-2026-004533] Votre demande",
        """Bonjour,

Je suis absente du bureau jusqu'au 5 janvier inclus, avec un accès limité à ma messagerie. Pour toute urgence, merci de contacter Mme Lucas au 04 67 00 00 00.

Cordialement,
Nathalie Brun
Responsable administrative | Cabinet Brun & Associés - Experts-comptables
25 boulevard de la Liberté, 34000 Montpellier

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu ce message par erreur, merci de le supprimer et d'en avertir immédiatement l'expéditeur.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Automatic reply: Your request has been received",
        """Thank you for your email. I am out of the office on annual leave until Monday 7 December with no access to email. If your matter is urgent, please contact my colleague David Ng on +44 20 7946 0000.

This email and any attachments are confidential. If you are not the intended recipient, please delete it and notify the sender.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Undelivered Mail Returned to Sender",
        """This is the mail system at host mx2.mail.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<t.carlisle@mail.example>: host mx.mail.example said: 550 5.1.1 <t.carlisle@mail.example>: Recipient address rejected: User unknown in virtual mailbox table

--- Original message ---
From: dpo@studi.fr
Subject: [DSR-2026-004388] Vérification d'identité
Bonjour, afin de traiter votre demande d'accès, nous avons besoin de vérifier votre identité.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Votre message a bien été reçu [Ticket #55120]",
        """Bonjour,

Nous accusons réception de votre message. Notre service client vous répondra dans un délai de 48 heures ouvrées.

Ceci est un message automatique, merci de ne pas y répondre.

L'équipe Support - Agence Immo Horizon""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Auto: Re: Your erasure plan",
        """Hi! I'm on parental leave until March 2027 🍼 and not checking this inbox. For anything about the Oakridge account please write to team@oakridge.example. Thanks!

— Priya""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Lu : [DSR-2026-004470] Votre demande",
        """Votre message

  À : Romain Iqbal
  Objet : [DSR-2026-004470] Votre demande
  Envoyé : 17/11/2026 10:14

a été lu le 17/11/2026 11:02.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Delivery Status Notification (Delay)",
        """This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed:
     learner.mail@slowhost.example

Message will be retried for 2 more day(s)""",
        W,
    ),
    # ---- other: spam and phishing ----
    (
        "en",
        X,
        S,
        None,
        "Boost your rankings 🚀",
        """[image: SEO Masters]
Hi Team Studi,

I was checking your website studi.com and noticed some errors:
• Low domain authority
• Missing meta tags
• Slow mobile loading

We can get you on page 1 of Google in 30 days! Reply YES for a free audit.

Unsubscribe <https://seo-masters.example/unsub> | Remove me <https://seo-masters.example/remove>""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Alerte : votre boîte DPO est presque pleine",
        """[image: Microsoft]
Cher utilisateur dpo@studi.fr,

Votre boîte aux lettres a atteint 98 % de sa capacité. Les nouveaux messages seront rejetés sous 24 heures.
Pour éviter la suppression de vos données, validez votre compte ici : Valider maintenant <http://m1crosoft-verif.example/login>

Équipe de sécurité Microsoft 365""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Automate your DSARs — 15 min demo?",
        """Hi DPO team,

Handling access, erasure and portability requests by hand? Our platform, RightsFlow, automates DSAR intake, identity verification and data discovery across 200+ systems, so you can answer every request to delete or access data in days, not weeks.

Would you have 15 minutes next Tuesday for a demo?

Best,
Chad Whitmore
Account Executive, RightsFlow (fictional)
If you'd rather not hear from me, just reply "unsubscribe".""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Facture impayée N°88412 - dernier rappel",
        """Bonjour,

Sauf erreur de notre part, la facture N°88412 d'un montant de 1 870,00 € TTC reste impayée. Merci de procéder au règlement sous 48 h via le lien sécurisé ci-dessous afin d'éviter des pénalités :
Régler la facture <http://paiement-factures-pro.example/88412>

Service comptabilité
Pièce jointe : Facture_88412.zip""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "💰💰 You've been selected 💰💰",
        """Congratulations!!! 🎉 You have been selected for an exclusive crypto opportunity 🚀🚀 Turn €250 into €25,000 in 30 days 📈 Limited spots ⏳ Click here 👉 <http://crypto-gains.example>

To stop receiving these messages click here <http://crypto-gains.example/stop>""",
        W,
    ),
    # ---- other: thanks and acknowledgements ----
    (
        "fr",
        X,
        S,
        None,
        "RE: [DSR-2026-003318] Votre demande d'accès",
        """Merci, j'ai bien reçu le fichier. Bonne journée.

Amélie Granger

-----Message d'origine-----
De : dpo@studi.fr
Envoyé : jeudi 26 novembre 2026 11:20
Objet : [DSR-2026-003318] Votre demande d'accès
Bonjour, vous trouverez ci-joint la copie de vos données personnelles ainsi que les informations prévues par l'article 15 du RGPD. Votre demande est close.""",
        W,
    ),
    ("en", X, S, None, "Re: [DSR-2026-004119] Request completed", "Thanks, received 👍", W),
    (
        "fr",
        X,
        S,
        None,
        "Re: [DSR-2026-004027] Suppression effectuée",
        """Bonjour,

Merci pour la rapidité, c'est rare de nos jours ! Bonne continuation à votre équipe.

Yves Carpentier

Le 12/11/2026, dpo@studi.fr a écrit :
> Bonjour, nous vous confirmons que vos données ont été supprimées conformément au plan communiqué le 5 novembre. Votre historique d'examens certifiants est conservé jusqu'au 30/06/2034 (obligation liée à la certification).""",
        W,
    ),
    (
        "en",
        X,
        L,
        None,
        "RE: Our client Ms Ada Whitlock - your reply",
        """Dear Sirs,

We acknowledge receipt of your letter of 25 November and the data package for our client, which we have forwarded to her. We have no further requests at this stage.

Yours faithfully,
Pemberton Shaw LLP

This email is sent on behalf of Pemberton Shaw LLP, a limited liability partnership. It is confidential and may be subject to legal professional privilege. If you have received it in error, please notify us and delete it. We do not accept service of documents by email.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Merci 🙏",
        """Un grand merci à la personne qui a traité ma demande la semaine dernière, tout est en ordre 😊🙏
Bonne journée !
Maud""",
        W,
    ),
    # ---- other: billing ----
    (
        "fr",
        X,
        S,
        None,
        "Opposition",
        """Bonjour,

Je vous informe que j'ai fait opposition auprès de ma banque sur le prélèvement du 5 novembre (89 €), car il correspond à une mensualité postérieure à ma résiliation du 15 octobre. Merci de mettre à jour votre échéancier pour qu'il n'y ait plus de prélèvement, et de m'envoyer un solde de tout compte.

Cordialement,
Didier Montagne""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "Overcharged",
        """Hello,

Our employee Natasha Volkova was charged £1,290 instead of the £990 on her quote (quote Q-55821, attached) for the course we are sponsoring. Please refund her the difference and send a corrected invoice — we will only reimburse the quoted amount.

Regards,
Peter Lang
Finance Officer, Marlowe Homes""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Échéancier",
        """Bonjour, est-il possible de passer de 12 à 18 mensualités ? Je traverse une période financière difficile. Merci d'avance. Bruno Lefèvre, apprenant Comptalia CPT-2024-58110""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Invoice needed for my employer",
        """Hi,

My employer needs an invoice in its name (Greenleaf Estates Ltd, 14 High Street, Bath BA1 9ZZ, VAT GB999999973) for the course I'm taking, instead of my personal name. Could you issue one?

Thanks,
Callum Reid""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Remboursement CPF",
        """Bonjour,

Ma formation a été financée par mon CPF mais vous m'avez aussi prélevé 150 € de « reste à charge » alors que mon compte CPF couvrait la totalité. Pouvez-vous vérifier et me rembourser ?

Cordialement,
Samia Ouali""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Direct debit cancelled",
        """Hi,

Just to let you know I've cancelled the direct debit with my bank because my course finished in October and you took another payment in November. Please confirm my account is closed from a billing point of view and refund November.

Thanks,
Declan Moore""",
        W,
    ),
    # ---- other: complaints about a tutor or course ----
    (
        "fr",
        X,
        S,
        None,
        "Réclamation - correcteur",
        """Bonjour,

Je souhaite contester la note de mon devoir n°4 (6/20). Le correcteur a manifestement corrigé un autre sujet que celui qui m'a été donné : ses commentaires parlent d'une SCI alors que mon sujet portait sur une copropriété. Je demande une seconde correction par un autre correcteur.

Je vous mets en copie mon devoir et le sujet.

Merci,
Aurore Picot""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Tutor change request",
        """Hello,

I'd like to request a change of tutor. My current tutor and I have very different schedules (he's only available during my working hours) and we've only managed one call in two months. Is it possible to be assigned someone available evenings or Saturdays?

Best,
Hamid Farouk""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Plainte",
        """Bonjour,

La classe virtuelle de mardi soir a été annulée pour la troisième fois, prévenus 10 minutes avant. Je paie pour une formation avec des classes virtuelles, pas pour des replays d'il y a deux ans. J'attends un geste commercial.

Rémi Cordier""",
        W,
    ),
    # ---- other: bug reports ----
    (
        "en",
        X,
        S,
        None,
        "Bug: I can see another learner's grades",
        """Hello,

Urgent: when I open "My results" I see the grades, name and email of another learner (a "Sophie L." from the Property Management course), not mine. I haven't shared this with anyone. I thought you should know as soon as possible — this looks like a data leak.

Screenshot attached (I blurred her details).

Regards,
Tomasz Zieliński""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Bug quiz module 7",
        """Bonjour,

Le quiz final du module 7 (Fiscalité des entreprises) bloque à la question 12 : le bouton « Valider » ne réagit plus. J'ai essayé sur ordinateur et tablette.

[image: capture.png]

Merci de me débloquer,
Lucas Vidal

--
Lucas Vidal
Assistant comptable - Fiduciaire du Lac
Ce courriel et ses éventuelles pièces jointes peuvent contenir des informations confidentielles. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en informer l'expéditeur. Toute diffusion non autorisée est interdite.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "App notifications",
        """Hi, the app sends me the same "new content available" notification five times a day since the last update (iOS 19). Can you fix it? Not asking to stop course notifications, just the duplicates. Thanks, Jade""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Vidéos",
        """Bonjour,

Bonsoir,

Madame, Monsieur,

Les vidéos du bloc 2 ne se lancent plus depuis vendredi (écran noir, le son fonctionne). Pouvez-vous regarder ?

Merci,
Estelle Royer""",
        W,
    ),
    # ---- other: exam sessions, certificates, passwords ----
    (
        "fr",
        X,
        S,
        None,
        "URGENT - désinscription",
        """Bonjour,

Je souhaite me désinscrire de la session d'examen du 16 mars et me réinscrire à celle de juin : je ne serai pas prête. Y a-t-il des frais ? Mon numéro d'apprenante : ESM-2025-11940.

Merci de votre réponse rapide,
Marine Tual""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Unsubscribe",
        """Hi,

Please unsubscribe me from Thursday's live revision session (Contract Law, 7 pm) — I have a work dinner and can't attend. Can I get the replay instead?

Thanks,
Becky Norris""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Session d'examen de février",
        """Bonjour,

Je n'ai toujours pas reçu ma convocation pour l'examen du 4 février. Pouvez-vous me dire quand elle sera envoyée, et si le centre d'examen de Nantes est confirmé ?

Cordialement,
Hervé Le Goff""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Exam accommodations",
        """Hello,

I have dyslexia and would like to request extra time for my final exam in April. What documents do you need from me? I have a report from my educational psychologist.

Best,
Freya Lindahl""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Mon diplôme",
        """Bonjour,

J'ai réussi mon titre professionnel en septembre et je n'ai toujours pas reçu le parchemin. Quand sera-t-il envoyé ?

Merci,
Ophélie Barbier""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Certificate",
        """Dear all,

Could you send me a duplicate of my completion certificate from 2023? I lost the original in a house move. I'm happy to pay a fee if needed.

Best wishes,
Ruth Kavanagh""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Attestation de présence pour Pôle emploi",
        "Bonjour, j'ai besoin d'une attestation de présence de septembre à novembre pour France Travail, c'est possible ? Merci. Kévin M.",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Mot de passe",
        """Bonjour, je n'arrive plus à me connecter : le lien « mot de passe oublié » m'envoie un mail qui expire avant que je clique dessus. Pouvez-vous réinitialiser mon mot de passe ? Identifiant : s.navarro@exemple.fr
Sandra""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Access to my data",
        """Hi,

I can't get into my learner area since the update — my password is rejected and the reset email never arrives (checked spam). I have an exam in two weeks and need my course materials. Please help!

Thanks,
Dominic Ashford""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Droit d'accès",
        """Bonjour,

Je n'ai plus accès à la plateforme depuis le 1er décembre, alors que ma formation court jusqu'en juin 2027. Le message indique « abonnement expiré ». Merci de rétablir mon accès.

Lina Cherif""",
        W,
    ),
    # ---- other: near misses and subjects that promise more than the body asks ----
    (
        "en",
        X,
        S,
        None,
        "GDPR request",
        """Hello,

I'm writing a dissertation on data protection in online education. Could someone from your DPO team answer a few questions in a short interview (20 minutes, by video)? I can send the questions in advance.

Many thanks,
Isabel Carvalho
MSc student, University of Nowhere (fictional)""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Rectification",
        """Bonjour,

Je voulais vous signaler une coquille dans le support de cours du module 3 (page 14) : le taux de TVA intermédiaire indiqué est 5,5 % au lieu de 10 %. Ça m'a valu une erreur dans mon devoir !

Bonne journée,
Olivier Pagès""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Delete",
        """Hi,

How do I delete a draft assignment I uploaded by mistake? There's no delete button, only "submit".

Ta,
Ryan Doyle""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Demande de suppression",
        """Bonjour,

Je voulais vous demander la suppression de mon compte, mais en fait je vais reprendre ma formation en janvier. Pouvez-vous plutôt me dire comment réactiver mon accès après ma pause ?

Merci,
Julie Carré""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Fwd: your privacy policy",
        """Is this the latest version of your privacy policy? The date at the top says 2023.

---------- Forwarded message ---------
From: Studi <no-reply@studi.fr>
Subject: Our privacy policy
> Personal Data Protection Policy — Version updated on September 27, 2023
> You have the right of access, rectification and erasure of your personal data. Your personal data will be deleted upon your simple request...""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "TR: Offre spéciale Noël -25 %",
        """Bonjour, cette offre est-elle cumulable avec mon financement CPF ? Je suis intéressé par le BTS Comptabilité.
Merci, Patrick

---------- Message transféré ---------
De : Comptalia <offres@news.comptalia.example>
Objet : Offre spéciale Noël -25 %
> -25 % sur nos BTS jusqu'au 24 décembre !
> Se désinscrire <https://news.comptalia.example/u>""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Re: [DSR-2026-004702] Please confirm your request",
        """I'll think about it and get back to you next week.

Harriet

On Tue, 24 Nov 2026 at 09:12, Data Protection Officer <dpo@studi.fr> wrote:
> Could you confirm that you want your account and your personal data to be erased?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Mes données",
        """Bonjour,

J'ai changé de téléphone et l'appli me demande de me reconnecter, mais toutes mes données ont disparu (notes de cours personnelles, favoris, progression hors-ligne). Est-ce qu'elles sont sauvegardées quelque part ? Comment les récupérer dans l'appli ?

Merci,
Fanny Robin""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Marketing objection",
        """Hello,

I'm a marketing student on your Digital Campus bachelor. For my assignment on "handling objections in sales calls", can I use anonymised examples from the course's sales role-play videos? Who should I ask for permission?

Thanks,
Leo Marchetti""",
        W,
    ),
    # ---- other: third parties with no rights request ----
    (
        "en",
        X,
        T,
        None,
        "Monthly attendance report - training agreement TA-2026-0419",
        """Good morning,

As per our training agreement TA-2026-0419, could you send the October attendance report for our three apprentices? It hasn't arrived yet and we need it for our OPCO claim.

Regards,
Samuel Okafor
Training Coordinator, Redbrick Lettings Ltd

DISCLAIMER: This email and any attachments are confidential and may be privileged. If you are not the intended recipient please delete it and notify the sender. Redbrick Lettings Ltd accepts no liability for viruses.""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Coordonnées d'une camarade",
        """Bonjour,

J'ai suivi la classe virtuelle de lundi avec une apprenante, Léa (je ne connais pas son nom), avec qui nous voulions réviser ensemble. Pouvez-vous me donner son e-mail ou son téléphone ?

Merci,
Inès Bouaziz""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Question sur mon inscription",
        """Bonjour,

Madame,

Bonjour Madame Thibault,

Suite à notre appel de ce matin, je vous confirme que je souhaite m'inscrire au BTS Professions Immobilières en alternance pour la rentrée de février. Pouvez-vous m'envoyer le dossier d'inscription et la liste des pièces à fournir ?

Bien cordialement,
Mathilde Rey""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Course content",
        """Hello,

Is the Excel module still included in the Accounting Assistant course? The brochure from last year listed it, the new one doesn't.

Thanks,
Karen Holt""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Alternance",
        """Bonjour, est-ce que vous aidez à trouver une entreprise pour l'alternance ou je dois chercher seule ? Merci 🙂 Zoé""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "Complaint",
        """Your adviser promised my father on the phone that his course was "100% funded by the state". It wasn't. He's 67 and now paying £60 a month. I want a manager to call him about what he was told.

Gary Whitlam""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Facture formation de notre salarié",
        """Bonjour,

Je suis comptable chez Immobilière du Vercors. Nous finançons la formation de notre salarié M. Loïc Bernard (négociateur). Pourriez-vous nous adresser la facture de novembre, qui ne nous est pas parvenue ? Notre adresse de facturation : 3 rue du Lac, 38000 Grenoble.

Cordialement,
Sabine Roche
Service comptabilité

[image: logo Immobilière du Vercors]
Ce message est confidentiel. S'il ne vous est pas destiné, merci de le supprimer et d'en informer l'expéditeur.""",
        W,
    ),
    (
        "fr",
        X,
        L,
        Q,
        "Question - politique de conservation",
        """Maître,
Madame, Monsieur,

Dans le cadre d'une consultation pour un client (sans lien avec une demande le concernant à ce stade), pourriez-vous m'indiquer, d'une manière générale, pendant combien de temps vous conservez les données de prospection d'une personne qui n'a jamais été inscrite ?

Bien à vous,
Me Charlotte Méric
Avocate au Barreau de Lyon""",
        W,
    ),
    (
        "fr",
        X,
        PA,
        None,
        "Planning de mon fils en alternance",
        """Bonjour,

Mon fils Hugo, 17 ans, est en BTS en alternance chez vous. Il a perdu son planning de janvier (il perd tout...). Pouvez-vous le lui renvoyer, et me dire quand a lieu sa prochaine évaluation ? Je suis sa mère et je signe ses documents.

Merci beaucoup,
Karine Lambert""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Votre alternant - dates de la prochaine session",
        """Bonjour,

Je suis la tutrice en entreprise de votre alternante Mlle Sarah Costa (Agence Immo du Rhône). Pouvez-vous m'indiquer les dates de sa prochaine semaine de cours, pour que j'organise le planning de l'agence ?

Cordialement,
Hélène Dufresne
Directrice d'agence""",
        W,
    ),
]
