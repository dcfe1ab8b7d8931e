"""43rd held-out batch: another test split of the corpus, with who is asking.

Written on 1 December 2026 in one separate pass, blind: its author read only the product
specification, the privacy policy, the label shorthands and the format header of an earlier
batch, never the classifier's rules, its code or any other batch's messages, and the classifier
was not run on it before it was frozen. Its voices are forms, lists and templates: requests sent
through structured forms (field labels, ticked and unticked checkboxes, drop-down values pasted as
text), numbered or bulleted lists of several demands, request-letter templates filled in partially
or wrongly (placeholders left in, the wrong right ticked and corrected in the text), tables
flattened into text, copies of an earlier request pasted under a new instruction, a company's DPO
or customer service forwarding a learner's request, terse business or legal English and French
with references, and multi-request letters mixing rights; and, beside them, parents of minors,
heirs, lawyers, reminders, withdrawals of an earlier request, questions about the policy only,
support questions that ask no right, spam and auto-replies, in French and English about half each.
Every name, address, phone number, date and reference is invented.

Each entry: ``(language, labels, requester, intent, subject, text, origin)``. ``requester`` is
who is asking (``self``, ``parent``, ``heir_or_trusted_person``, ``lawyer_or_representative``,
``other_third_party``); ``intent`` is ``None``, ``"cancel"`` (the person withdraws a request) or
``"question_only"`` (a question about the policy, no request), both filed as ``other``. Only what
the sender asks in the new text is labelled, never what a quoted message says.
"""

# ruff: noqa: E501, F403, F405
from shorthands import *

HELDOUT43: list[Entry] = [
    # ---- access ----
    (
        "fr",
        A,
        S,
        None,
        "Formulaire de contact - Données personnelles",
        """Nom : Verlaguet
Prénom : Solène
Email : solene.verlaguet@laposte.net
N° apprenant : CPT-448213
Marque : COMPTALIA
Objet de la demande : Droit d'accès
Détails : je souhaite recevoir une copie de l'ensemble des informations que vous détenez sur moi, y compris les notes des conseillers qui m'ont appelée en 2025.
[x] J'atteste être la personne concernée""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Subject access request – ref. SAR/0419",
        """To: Data Protection Officer, Studi Group

Re: Subject access request under Art. 15 GDPR
Data subject: Mr Hamish Oduya
Learner no.: ELP-20931 (ELEPHORM)

Please provide:
1. a copy of all personal data held;
2. the purposes and legal bases;
3. the recipients, including any processors outside the EU;
4. the retention period for each category;
5. the source of any data not collected from me.

Response within one calendar month please.
H. Oduya""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "",
        """Bonjour,
Type de demande (menu déroulant) : Accès à mes données
Canal de réponse souhaité : Email
Commentaire : je voudrais savoir qui a reçu mes coordonnées, j'ai été appelé par un organisme que je ne connais pas et qui citait ma formation Comnicia.
Cordialement
Yanis Belkhodja""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Data request form",
        """Full name: Priya Ramdhony
Email used on platform: p.ramdhony@outlook.com
Brand: DIGITAL CAMPUS LIVE
Request type:
[x] Access – a copy of my data
[ ] Rectification
[ ] Erasure
[ ] Portability
[ ] Other
Details: Everything you have, including the recordings of the live sessions where I spoke, if you keep those tied to my name.""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Modèle CNIL - demande d'accès",
        """Madame, Monsieur,

En application de l'article 15 du RGPD, je vous prie de bien vouloir m'indiquer si des données me concernant figurent dans vos fichiers et, le cas échéant, de m'en adresser une copie.

Je vous remercie de me préciser également la finalité des traitements, les destinataires et la durée de conservation.

Fait à [VILLE], le <insérer la date>

Gaëtan Morvillier
né le 14/02/1991, apprenant ECOLEMS""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Re: Your request",
        """Sorry, my previous form came through blank, the attachment didn't upload. Here it is in the body:

- Name: Tomasz Wierzbicki
- Course: ELEPHORM – After Effects complete
- What I want: to see what data you store about me. Login history, payment records, anything an advisor wrote down.

Thanks""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Demande RGPD",
        """Réf. client : CMN-77120
Demande : communication des données (art. 15)
Périmètre : historique de formation, données de facturation, enregistrements d'appels éventuels
Format : PDF par mail
Merci.
M. Rakotomalala""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "",
        """hi, quick one. can I get a copy of whatever personal info you've got on file for me? account is under dana.kowalczyk@gmail.com, comptalia bachelor. no rush but within the legal deadline would be nice""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Tableau - données demandées",
        """Bonjour, je reprends le tableau de votre page d'aide, avec ce que je demande :
Catégorie | Je demande une copie ?
Profil | oui
Historique de formation | oui
Examens de certification | oui
Données marketing | oui
Cookies / mesure d'audience | non merci
Envoyez le tout à l'adresse de mon compte, merci.
Apolline Jaouen — DIGITAL CAMPUS LIVE""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Fw: request from learner – please process",
        """Hi DPO team,
Forwarding below a message that came into the Elephorm support inbox. Looks like one for you.
Kind regards,
Megan – Customer Care

---------- Forwarded message ----------
From: Leon Achterberg <l.achterberg@web.de>
Subject: my data

Hello, I would like to know which personal data you hold about me and where it is stored (EU or not). Customer number ELP-55302.""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Ma demande du 3 octobre - RELANCE",
        """Relance n°2.
Le 3 octobre j'ai demandé une copie de mes données personnelles (demande d'accès) via le formulaire du site Comptalia. Aucune réponse à ce jour, alors que le délai d'un mois est dépassé.
Merci de me transmettre ces éléments sous huitaine, à défaut je saisirai la CNIL.
Bérénice Taillandier""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Reminder – SAR dated 2 Oct",
        """Dear Sir/Madam,
I refer to my subject access request of 2 October (copy pasted below). One month has passed without a reply.

> I am writing to request a copy of all personal data you hold on me under Article 15 GDPR.

Please treat this as a formal reminder.
Oluwaseun Adeyemi""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "",
        """Objet : demande d'accès
1) copie de mes données
2) liste des sociétés à qui vous les avez transmises
3) d'où vient mon numéro de portable, je ne l'ai jamais donné sur votre site
Merci d'avance, Karim Haddouche (ECOLEMS)""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Access request (template)",
        """Dear [COMPANY NAME],

I am writing to make a subject access request for all personal data you hold about me.

My details:
Name: Ruth Abernethy
Address: [YOUR ADDRESS]
Account: comnicia – r.abernethy@btinternet.com

Sorry, ignore the brackets, I used a template. Just send everything to my account email.""",
        W,
    ),
    # ---- rectification ----
    (
        "fr",
        R,
        S,
        None,
        "Formulaire - modification",
        """Nom : Dufresnoy
Prénom : Anne-Claire (et non "Anne Claire" sans tiret comme sur mon attestation)
Email : acdufresnoy@free.fr
Objet de la demande : Rectification
Détails : merci de corriger mon prénom dans mon dossier ECOLEMS avant l'édition de mon certificat.""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Request type: Rectification",
        """Request type: Rectification
Field to correct: Date of birth
Current value: 03/11/1989
Correct value: 11/03/1989 (day and month swapped)
Learner ID: CPT-301774
Name: Ines Carvalho""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "changement d'adresse et nom",
        """Bonjour,
- nouveau nom d'usage : Mme Lemarchand (anciennement Mme Gorce)
- nouvelle adresse : 12 rue des Tanneurs, 67000 Strasbourg
- nouveau téléphone : 06 71 38 20 95
Merci de mettre à jour mon compte Comptalia, les courriers partent encore à l'ancienne adresse.
Élodie Lemarchand""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Wrong employer on my record",
        """Hi,
Your record shows me as employed by "Norvale Logistics". I left in 2024 and that's showing up on the funding paperwork. Please update employer to: Self-employed. Also job title → Freelance bookkeeper.
Thanks, Aaron Pemberton""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Erreur dans le formulaire - correction",
        """Dans le formulaire que j'ai rempli j'ai coché "Suppression" mais c'est une erreur : je ne veux rien supprimer, je veux seulement que vous corrigiez mon adresse mail (ancienne : m.oukacha@orange.fr, nouvelle : myriam.oukacha@proton.me). Merci de ne pas fermer mon compte !""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "",
        """Name on certificate: "Jon Ekwueme"
Name on passport: "Jonathan Ekwueme"
Please correct the name held on my ELEPHORM account to match the passport. Scan available on request.""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Dossier apprenant n° CMN-10442",
        """Madame, Monsieur,
Votre fichier mentionne un niveau d'études « Bac » alors que je suis titulaire d'un BTS depuis 2019. Je vous demande de rectifier cette donnée inexacte, qui conditionne l'offre de financement qui m'a été faite.
Salutations, Fabrice N'Diaye""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Update my details pls",
        """* surname: Okafor-Lindqvist (was Okafor)
* email stays the same
* phone: +44 7700 918 442
cheers, Grace""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "RE: Votre attestation de formation",
        """Sur l'attestation jointe à votre mail, les heures indiquées sont justes mais mon nom est écrit "Guilllaume" avec trois L. Pouvez-vous corriger dans votre base et me renvoyer le document ? Guillaume Serrurier""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Form submission – DIGITAL CAMPUS LIVE",
        """Topic: My personal data
Sub-topic (dropdown): Correct inaccurate data
Message: Gender is recorded as "M", should be "F". Also my pronouns field is empty, please set "she/her".
Email: sam.villeneuve@icloud.com""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "",
        """bonjour je vous écris pour la 2e fois, ma date de naissance est toujours fausse sur mon espace (01/01/1900 !!) merci de mettre 22/07/1996. relance de ma demande du mois dernier. Lucas Ferrandi""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Ref: RECT-2026-11",
        """Further to your call today: confirmed, please amend the billing address on my record to Flat 4, 19 Harcourt Road, Bristol BS6 7RJ. Existing entry is outdated. — M. Ashworth""",
        W,
    ),
    # ---- erasure ----
    (
        "fr",
        E,
        S,
        None,
        "Demande de suppression",
        """Nom : Chabert
Prénom : Noémie
Email : noemie.chabert@sfr.fr
Objet de la demande : [ ] Accès [ ] Rectification [x] Effacement [ ] Opposition
Détails : Je n'ai jamais suivi la formation, j'ai seulement demandé une brochure. Merci d'effacer toutes mes données.""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Erasure request – Art. 17",
        """Data subject: Kwame Asante-Boateng
Email: kab.asante@gmail.com
Brand: COMNICIA
Request: Erasure of all personal data (Art. 17(1)(a) – no longer necessary).
Please confirm in writing which data, if any, you retain and on what legal ground.""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "clôture compte",
        """Bonjour, merci de fermer mon compte Elephorm et de supprimer tout ce qui va avec. Je n'utilise plus la plateforme depuis 2022. Théo Marchetti""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "",
        """Please delete:
- my account
- my profile photo
- my forum posts (or anonymise them)
- any call notes
Learner: Beatriz Fonseca, ECOLEMS""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Lettre type - droit à l'effacement",
        """Madame, Monsieur,
Conformément à l'article 17 du RGPD, je vous demande de procéder à l'effacement des données me concernant : [préciser les données].
=> toutes, en fait.
Je vous remercie de me confirmer l'effacement dans un délai d'un mois.
Pauline Vasseur, 8 allée des Cerisiers, 44300 Nantes""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Re: Re: account deletion",
        """This is my third message. I asked on 14 September for my Digital Campus Live account and data to be erased. You acknowledged and then nothing. Please action the deletion and confirm.
Dominic Haverford""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Droit à l'oubli",
        """Je souhaite exercer mon droit à l'oubli. Mon nom apparaît encore dans le classement public des meilleurs apprenants 2023 de Comptalia et plus généralement je veux disparaître de vos bases.
Jade Rouanet""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Close account & erase",
        """Account email: mira.halvorsen@yahoo.no
Action requested: close account AND erase personal data (not just deactivate)
Reason: no longer a learner
Thank you""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "",
        """Suite à mon désistement pendant le délai de rétractation (dossier n° DCL-2026-0871), merci de supprimer mes données, je n'ai jamais commencé la formation.
Armand Leclercq""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Webform – Privacy",
        """Name: Chidi Nwosu
Email: chidi.nwosu@proton.me
What would you like us to do? (drop-down): Delete my data
Anything else?: I made two accounts by mistake (chidi.nwosu@proton.me and cnwosu@proton.me). Delete both please.""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Suppression données - ref DPO-7741",
        """Je reprends ma demande réf. DPO-7741 que vous avez clôturée sans l'exécuter : mes données sont toujours là, j'ai pu me reconnecter ce matin. Je demande de nouveau leur suppression complète.
S. Boukari""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "",
        """Hey, I'd like to be forgotten by you lot. Everything. The account is under my old uni email s.mcallister@student.gla.ac.uk which I can't access anymore, so reply here. Thanks, Sean McAllister""",
        W,
    ),
    # ---- restriction ----
    (
        "fr",
        RS,
        S,
        None,
        "Demande de limitation du traitement",
        """Nom : Garnier-Diop
Prénom : Aïssatou
Objet de la demande : Limitation (gel) des données
Détails : je conteste l'exactitude des résultats d'examen enregistrés sur mon dossier ECOLEMS. Pendant la vérification, je vous demande de ne plus utiliser ces données (ni transmission à l'organisme certificateur).""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Restriction of processing – Art. 18",
        """Ref: my complaint ref. CC-2026-3319
While the accuracy of my payment history is being checked, please restrict processing of my account data: keep it, but do not use it for collections or pass it to any third party.
Lars Engström""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "",
        """Bonjour, ne supprimez pas mes données pour l'instant (j'en ai besoin pour un litige prud'homal avec mon ancien employeur qui a financé la formation), mais ne les utilisez plus à aucune autre fin. Merci de geler mon dossier. Véronique Astier""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Freeze my account data",
        """1. Do not delete anything.
2. Do not process my data for anything other than storage.
3. Keep this in place until my dispute with the financing body is settled.
– Hannah Ferreira-Blake, COMPTALIA""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Formulaire RGPD",
        """Type de demande : [ ] Suppression [x] Limitation
Justification : j'ai contesté la facture du 02/09 ; tant que ce n'est pas tranché, gelez l'usage de mes données de facturation.
Email : r.benhamou@gmail.com""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "",
        """I objected to your use of my data last week (ref OBJ-2290). Until you decide on that objection, please restrict processing of my profile as Art. 18(1)(d) allows.
Best, Yusuf Demir""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Gel des données - relance",
        """Relance : le 20 octobre je vous ai demandé le gel (limitation) de mes données le temps de vérifier l'exactitude de mon historique de connexions, contesté par Pôle emploi. Pas de réponse. Merci de confirmer que le traitement est bien suspendu.
Christelle Mabille""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Legal hold – please do not erase",
        """Hi,
I know your policy says data is archived after some years. I need my certification exam history kept (I'm appealing a grade) but not used for anything else until the appeal ends. Please lock it.
Olumide Bakare, ECOLEMS learner ECM-88103""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "",
        """Demande :
- conserver mes données (litige en cours)
- mais ne plus les traiter, ni pour relances, ni pour statistiques
Merci de me confirmer la limitation.
Sandrine Quéré""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Request – restriction",
        """Type: Restriction
Scope: training history
Reason: inaccurate completion dates, I'm disputing them with HR
Please mark it restricted until corrected.
Niamh Gallagher""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Dossier ELP-40971",
        """Madame, Monsieur, je sollicite la limitation du traitement de mes données au titre de l'article 18 du RGPD, le traitement me paraissant illicite ; je m'oppose néanmoins à leur effacement, car j'en aurai besoin pour faire valoir mes droits. Cordialement, Hervé Coutant""",
        W,
    ),
    # ---- objection ----
    (
        "fr",
        O,
        S,
        None,
        "Opposition au profilage",
        """Nom : Benaïssa
Prénom : Rachid
Objet de la demande : Opposition
Détails : je m'oppose à l'utilisation de mon âge, de mon niveau d'études et de ma situation professionnelle pour me classer dans vos segments. Cela me porte préjudice dans mes recherches de financement.""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Objection – Art. 21(1)",
        """I object, on grounds relating to my particular situation, to the use of my photo from the graduation ceremony on your website's "success stories" page. I am in a sensitive job and do not want my face associated publicly with the course.
Fiona Drummond""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "",
        """Je m'oppose à ce que mes données de navigation sur la plateforme Elephorm soient utilisées pour vos analyses d'audience. Je ne veux pas de suivi de ce type. Arnaud Pichon""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Research project – I object",
        """You mentioned in a newsletter that learner data is used for a "learning analytics research project" with a university. I object to my data being used for that study. Learner ID DCL-61820, Marco Bellucci.""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Formulaire - opposition",
        """Type de demande : Opposition (motif légitime)
Détails : votre conseiller pédagogique m'appelle chaque semaine pour "suivre mon assiduité". Je suis en congé maladie et je m'oppose à ce suivi d'assiduité tant que je le suis.
Email : clara.fontanel@gmail.com""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "",
        """Objection to processing:
(a) use of my learning data to train your recommendation engine — object
(b) sharing of my progress with my former employer — object
Grounds: I left that employer under a settlement and my progress is none of their business now.
Rhys Llewellyn""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Témoignage vidéo",
        """Bonjour, ma vidéo de fin de formation tourne encore dans vos publicités YouTube Comnicia. Ma situation a changé (je suis désormais dans la fonction publique) et je m'oppose à cette diffusion. Merci de la retirer. Ludivine Carré""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Re: Your learner survey results",
        """I see my survey answers were quoted (with my first name and city) in your public report. I object to that use of my data. Please stop.
Thanks, Ayesha Siddiqui""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Opposition - réf. OPP/2611",
        """Réf. OPP/2611
Je m'oppose au transfert de mes données vers vos prestataires situés hors UE pour l'analyse statistique. Motif : exigence de confidentialité liée à mon activité (juriste).
Bastien Loiseau""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "objecting",
        """hi, i object to you using my data for the "learner scoring" thing your advisor mentioned on the phone (the score that decides who gets called first). please stop scoring me. – jess t""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "",
        """Opposition.
Je ne souhaite plus que ma photo de profil soit affichée aux autres apprenants dans les classes virtuelles DIGITAL CAMPUS LIVE. Raisons personnelles (harcèlement passé).
Lina Ferhat""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Reminder: objection not handled",
        """Second reminder. On 1 October I objected to your use of my exam results in your published pass-rate statistics by name. I have had no response. Kindly confirm that processing has ceased.
P. Vandermeer""",
        W,
    ),
    # ---- marketing_objection ----
    (
        "fr",
        M,
        S,
        None,
        "STOP démarchage",
        """Nom : Peyrat
Téléphone : 06 45 12 88 30
Objet : Opposition à la prospection
Canaux concernés : [x] Téléphone [x] SMS [ ] Email [ ] Courrier
Détails : trois appels cette semaine pour une formation Comptalia que je n'ai pas demandée.""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Unsubscribe",
        """Please take me off all your marketing lists. Email and post. I keep getting the paper catalogue for ELEPHORM.
Mrs J. Whitcombe, 22 Larch Close, Leeds LS8 2QF""",
        W,
    ),
    ("fr", M, S, None, "", """arrêtez de m'appeler svp. numéro 07 62 91 04 17. merci""", W),
    (
        "en",
        M,
        S,
        None,
        "Marketing preferences",
        """Channel | Keep?
Email newsletters | No
SMS offers | No
Phone calls | No
Surveys | No
Just course-related service emails, please. Tobias Krüger""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Désinscription newsletter ECOLEMS",
        """Bonjour,
Le lien de désinscription en bas de vos mails renvoie une erreur 404. Je vous demande donc par ce biais de ne plus m'envoyer de newsletters ni d'offres commerciales.
Adresse : marion.delcourt@hotmail.fr""",
        W,
    ),
    ("en", M, S, None, "", """Stop the texts. I've replied STOP twice. 07412 336 901""", W),
    (
        "fr",
        M,
        S,
        None,
        "Prospection téléphonique - réf. appel 15/11",
        """Je suis inscrit sur Bloctel et votre conseiller m'a quand même appelé le 15/11 à 19h40. Je vous demande de cesser toute prospection téléphonique à mon égard. Jérôme Vautrin, 06 18 57 29 63""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Opt out – all channels",
        """Opt-out request
Name: Aleksandra Nowak
Email: a.nowak@wp.pl
Mobile: +48 601 224 118
Channels: email / SMS / phone / post
Effective: immediately""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "",
        """Bonjour, je ne veux plus recevoir vos "invitations à des enquêtes de satisfaction" ni vos promos black friday. Merci. Aurore""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Re: 🎓 Last chance: -40% on Digital Campus Live",
        """Remove me from this mailing please.

> Last chance! -40% on all bootcamps until midnight. Click here >>""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Relance - désabonnement",
        """Je vous ai demandé le 2 novembre de ne plus me démarcher par SMS. J'en reçois toujours (dernier le 27/11). Merci de faire le nécessaire cette fois.
Sofiane Kaci""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "",
        """Please remove my number from your call list. I'm a current learner and happy with the course, I just don't want sales calls about other programmes. – Adebola""",
        W,
    ),
    # ---- consent_withdrawal ----
    (
        "fr",
        C,
        S,
        None,
        "Retrait du consentement - photos",
        """Nom : Lemoine-Tessier
Prénom : Capucine
Objet de la demande : Retrait de consentement
Détails : j'avais signé l'autorisation d'utilisation de mon image lors de la remise des diplômes 2024. Je retire ce consentement.""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Withdrawal of consent – testimonial",
        """I hereby withdraw the consent I gave on the testimonial release form (signed 12/05/2025) for COMNICIA to use my written testimonial and first name.
Regards, Callum Reid""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "",
        """Je retire mon accord pour l'enregistrement de mes sessions de coaching individuel. Je ne veux plus être enregistrée à partir de maintenant. Merci. Yasmina Oulhaj""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Cookies",
        """I accepted all cookies on your site by mistake and can't find the banner again. Please treat this as my withdrawal of consent for the non-essential cookies / tracking on my account.
Petra Novak""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Formulaire consentements",
        """Consentements donnés :
[x] Utilisation de mon image → je retire
[x] Témoignage écrit → je retire
[ ] Partage avec partenaires (jamais donné)
Merci de prendre en compte. Maxime Royer""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "",
        """Withdrawing my consent for you to share my CV with your "recruitment partners" network. I ticked that box when enrolling, please untick it. Li Wei Tan""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Retrait consentement - réf. CONS-0912",
        """Je reviens sur le consentement donné lors de mon inscription à l'étude "parcours apprenants" (réf. CONS-0912). Je ne souhaite plus participer ni que mes données y servent.
Delphine Aubrac""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Recording consent",
        """Form field "I agree to my webcam being recorded during proctored exams" – I no longer agree. What are the alternatives for my exam on 18 January? Please record the withdrawal anyway.
Ibrahim Sow""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "",
        """Bonjour, j'ai donné mon consentement pour que ma voix soit utilisée dans la vidéo de présentation d'ELEPHORM. Je le retire. Karine""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Reminder – consent withdrawal",
        """Following up: on 30 October I withdrew consent for my photo in your brochure. The new brochure (November) still has it. Please confirm the withdrawal has been recorded.
Emma Lindahl""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Géolocalisation appli",
        """Dans l'application mobile Comptalia, j'avais autorisé la géolocalisation "pour trouver un centre d'examen". Je retire ce consentement et vous demande de ne plus collecter ma position.
Nicolas Brémond""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "",
        """Consent withdrawal:
- alumni directory listing: withdraw
- LinkedIn badge sharing: withdraw
Name: Oksana Hrytsenko, DIGITAL CAMPUS LIVE""",
        W,
    ),
    # ---- portability ----
    (
        "fr",
        P,
        S,
        None,
        "Demande de portabilité",
        """Nom : Falcoz
Prénom : Mathis
Objet de la demande : Portabilité
Format souhaité : CSV ou JSON
Détails : je change d'organisme pour finir mon cursus, j'ai besoin de mon historique de formation et de mes notes dans un format réutilisable.""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Data portability request",
        """Under Article 20 GDPR please provide the personal data I provided to you in a structured, commonly used and machine-readable format (JSON preferred).
Learner: Adaeze Obi, ELP-71104""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "",
        """Pouvez-vous transmettre directement mon dossier (progression, résultats aux quiz, heures) à mon nouvel organisme, l'Institut Carpentier (contact : scolarite@institut-carpentier.fr) ? C'est mon droit à la portabilité. Léa Morisset""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Export",
        """Request: portability
Data: course progress, quiz scores, certificates, forum posts
Format: machine-readable (CSV/JSON), not a PDF please
Deliver to: account email
– Jasper Holm""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Portabilité vers mon employeur",
        """Mon nouvel employeur veut un export de mes résultats de formation COMNICIA pour son LMS interne. Merci de me fournir mes données dans un format exploitable (CSV) pour que je puisse les lui transmettre. Réf. CMN-20418. Baptiste Ravel""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "",
        """Can you send all my Elephorm course data to Coursehub Ltd directly? They can import JSON. Their DPO: privacy@coursehub.example. Thanks, Riya Menon""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "RE: RE: export données",
        """Le PDF que vous m'avez envoyé ne répond pas à ma demande : j'ai demandé la portabilité, donc un fichier lisible par machine (CSV/JSON). Merci de me renvoyer mes données dans ce format.
Ophélie Garnaud""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Portability – template letter",
        """Dear Sir or Madam,
I am writing to request that you transmit the following personal data to [NAME OF NEW CONTROLLER]: my learning records.
(I haven't chosen the new school yet – just send it to me for now in a machine-readable file.)
Yours faithfully,
Kofi Mensah""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "",
        """- export JSON de mes données apprenant
- envoyé à mon adresse de compte
c'est tout, merci. Rémi (DCL-30992)""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Reminder: portability request",
        """Hi, my portability request from 5 November (ref PORT-3381) is still open. I need the machine-readable export of my course history before 15 December, my new college's deadline.
Chloe Barrington""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Formulaire - Portabilité ECOLEMS",
        """Type de demande : Portabilité
Destinataire : moi-même
Données : notes, devoirs rendus, attestations
Format : JSON
Email : hugo.lambrecht@gmail.com""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "",
        """I'd like to take my data with me to another provider. Whatever you hold from my enrolment and progress, in CSV if possible. Customer no. CPT-91034. Thanks, Marta Ruiz""",
        W,
    ),
    # ---- post_mortem ----
    (
        "fr",
        PM,
        H,
        None,
        "Décès d'un apprenant",
        """Nom du défunt : Gérard Fauconnier
Date du décès : 04/10/2026
Lien avec le défunt : fils
Demande : clôture du compte COMPTALIA de mon père et suppression de ses données
Pièces jointes : acte de décès, livret de famille
Contact : Olivier Fauconnier, 06 33 41 72 08""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Late husband's account",
        """Dear DPO,
My husband, Derek Halloran, passed away on 2 September. He had an ELEPHORM subscription. Please close his account, delete his data and stop the emails addressed to him. Death certificate attached.
Margaret Halloran""",
        W,
    ),
    (
        "fr",
        PM,
        S,
        None,
        "Directives post-mortem",
        """Je soussigné Alain Rigaud, apprenant ECOLEMS (ECM-10238), définis les directives suivantes relatives à mes données après mon décès :
1. suppression de mon compte et de mes données ;
2. communication de mes attestations de formation à ma fille ;
3. personne de confiance : Julie Rigaud, julie.rigaud@gmail.com.
Fait à Montpellier, le 28/11/2026.""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Estate of the late Mr P. Osei",
        """Our ref: EST/OSEI/2026
We act as executors of the estate of the late Mr Prince Osei (d. 17 August 2026), a learner with COMNICIA. Please confirm the closure of his account and the deletion of his personal data, and provide any certificates earned for the family. Grant of probate attached.
Carrow & Lyle, Solicitors""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Succession Mme Brunet - ref 26/1187",
        """Maître Fabienne Ogier, notaire à Angers
Réf. dossier : 26/1187
Objet : succession de Mme Colette Brunet, décédée le 12/07/2026
Nous vous remercions de nous indiquer si la défunte disposait d'un compte auprès de vos services et, le cas échéant, de procéder à sa clôture.""",
        W,
    ),
    (
        "en",
        PM,
        S,
        None,
        "My wishes for my data",
        """Directive on my data after death:
- Delete everything except my certificates
- Certificates to be sent to my brother, Ewan Munro (trusted person), ewan.munro@gmail.com
Signed: Callum Munro, learner DCL-44821, 30/11/2026""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "",
        """Bonjour, ma mère est décédée en août. Elle suivait une formation Comnicia et reçoit encore vos mails de relance ("vous n'êtes pas venue depuis 90 jours"), c'est très dur. Pouvez-vous tout arrêter et supprimer son compte ? Son email : b.lhermitte@orange.fr. Sa fille, Sabine.""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Re: Your deceased father's account – documents needed",
        """Attached as requested: death certificate and proof I'm his heir. Please go ahead with the deletion of my father's account (Raymond Okonkwo, CPT-52247).
Chinedu Okonkwo

> To process your request, please send us a death certificate and proof of your status as heir.""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Personne de confiance - M. Tavernier",
        """Je suis la personne de confiance désignée par M. Pascal Tavernier, décédé le 21/10/2026, dans ses directives déposées chez vous en 2025. Je vous demande d'appliquer ces directives : transmission de ses attestations à moi-même puis suppression du compte.
Hélène Marcoux""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "",
        """My brother died last month. Can I get a copy of the certificate he earned on Digital Campus Live? He was so proud of it and we'd like to frame it for the memorial. His name was Tomás Kiely, email tkiely88@gmail.com. - Siobhan Kiely""",
        W,
    ),
    (
        "fr",
        PM,
        S,
        None,
        "Formulaire - directives",
        """Objet de la demande : Directives après décès
[x] Je souhaite que mes données soient supprimées à mon décès
[ ] Je souhaite que mes données soient transmises à un proche
Personne de confiance : aucune
Nom : Micheline Arnaud, apprenante COMPTALIA""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Request from next of kin",
        """Deceased: Anita Sharma
Date of death: 09/09/2026
Relationship: daughter
Request: access to her training records and then closure of the account
Documents: death certificate, birth certificate showing relationship
Contact: Neha Sharma""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Relance - compte de mon époux décédé",
        """Madame, Monsieur,
Je vous ai écrit le 15 septembre pour demander la clôture du compte de mon mari, décédé en juin, en joignant l'acte de décès. Aucune réponse et les courriers publicitaires à son nom continuent. Je vous remercie de traiter ma demande.
Françoise Delattre""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Fw: notary letter – deceased learner",
        """Hi DPO,
Passing this on from the Comptalia admissions mailbox.
Regards, Sarah (Admissions)

---
We are handling the estate of the late M. Julien Perrot (died 3 November 2026). On behalf of his heirs we ask you to delete his learner account and confirm in writing. — Étude Vidal & Associés""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "",
        """Mon fils est décédé à 24 ans. Il était apprenant ELEPHORM. Je voudrais récupérer ses travaux (ses projets de montage) avant que son compte soit supprimé. Comment faire ? Je peux fournir l'acte de décès. Patricia Lenoir""",
        W,
    ),
    (
        "en",
        PM,
        S,
        None,
        "Update to my post-death directives",
        """I filed directives last year (ref DIR-0447). Please amend: trusted person is now my partner, Jonas Weber (jonas.weber@posteo.de), instead of my sister. Everything else unchanged.
Ingrid Sørensen""",
        W,
    ),
    # ---- minor_parental ----
    (
        "fr",
        MP_E,
        PA,
        None,
        "Données de mon fils mineur",
        """Nom du parent : Corinne Vial
Nom de l'enfant : Enzo Vial
Âge : 14 ans
Objet de la demande : suppression des données d'un mineur
Détails : mon fils s'est inscrit seul à un essai gratuit ELEPHORM avec mon adresse mail. Merci de supprimer son compte et ses données. Je joins mon livret de famille.""",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "My daughter (13) signed up",
        """Hello, my 13-year-old daughter Amelia created an account on Digital Campus Live without asking us. Please delete her account and anything you collected. Parent: Robert Kenning. I can send proof I'm her father.""",
        W,
    ),
    (
        "fr",
        MP_A,
        PA,
        None,
        "",
        """Bonjour, je suis le père de Noa (16 ans), inscrit en formation COMNICIA dans le cadre de son apprentissage. Je voudrais savoir quelles données vous détenez sur lui et en avoir une copie. Frédéric Landais""",
        W,
    ),
    (
        "en",
        MP_A,
        PA,
        None,
        "Access request on behalf of my son (15)",
        """Parent: Diane Whitaker
Child: Oscar Whitaker, age 15
Request: copy of the personal data you hold on my son, incl. who you shared it with
Proof of parental responsibility: attached""",
        W,
    ),
    (
        "fr",
        ("objection", MN),
        PA,
        None,
        "Photo de ma fille sur votre site",
        """Ma fille Louna, 15 ans, apparaît sur une photo de la page d'accueil ECOLEMS (journée portes ouvertes). Je m'oppose en tant que mère à cette utilisation de son image. Merci de la retirer. Stéphanie Guérin""",
        W,
    ),
    (
        "en",
        MP_EM,
        PA,
        None,
        "Stop marketing to my child and delete",
        """1. Stop sending marketing emails and texts to my son Kai (14): kai.b2012@gmail.com / 07700 314 229.
2. Delete his data, he is a minor and never had our permission.
– Lauren Brightwell (mother)""",
        W,
    ),
    (
        "fr",
        MP_R,
        PA,
        None,
        "Erreur date de naissance - mineur",
        """Je suis la mère de Chloé Pasquier (17 ans), apprentie. Sa date de naissance est fausse dans votre dossier (2007 au lieu de 2009), ce qui la fait passer pour majeure. Merci de corriger. Nathalie Pasquier""",
        W,
    ),
    (
        "en",
        MP_C,
        PA,
        None,
        "Withdrawing consent for my son's photo",
        """I signed the image release for my son, Ethan Moreau (16), at the summer workshop. As his parent, I now withdraw that consent. Please do not use any photos of him.
Claire Moreau""",
        W,
    ),
    (
        "fr",
        MP_AE,
        PA,
        None,
        "",
        """Madame, Monsieur,
Mon fils Lilian, 12 ans, a créé un compte sur votre plateforme COMPTALIA en mentant sur son âge. Je vous demande :
- de m'indiquer quelles données vous avez collectées,
- puis de les supprimer intégralement.
Ci-joint copie du livret de famille.
Marc Guillot""",
        W,
    ),
    (
        "en",
        MP_RS,
        PA,
        None,
        "Please freeze my daughter's account",
        """Legal guardian: Samuel Oyelaran
Minor: Tolu Oyelaran (17)
Request: pause/restrict use of her data while we sort out a dispute over the enrolment contract her school signed. Don't delete, just stop using it.""",
        W,
    ),
    (
        "fr",
        MP_P,
        PA,
        None,
        "Export des données de ma fille",
        """Ma fille Inès (16 ans) change d'établissement en janvier. Je souhaite récupérer son historique de formation ELEPHORM dans un format exploitable (CSV) pour le transmettre au nouveau CFA. Karima Belaïd, mère""",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "Reminder – deletion of my son's data",
        """I wrote on 10 October asking you to delete the data of my son Finn (13), who signed up for a free trial with a fake birth year. I've had no reply and he still gets emails. Please delete his data.
Gareth Lowe""",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "Formulaire parent",
        """Je suis : [x] Parent [ ] Tuteur [ ] Autre
Âge de l'enfant : 11 ans
Demande : effacement
Email utilisé par l'enfant : mathislbg2015@gmail.com
Nom du parent : Aurélie Lebigot""",
        W,
    ),
    (
        "en",
        ("objection", MN),
        PA,
        None,
        "",
        """My son (15) is in your DIGITAL CAMPUS LIVE junior coding club. I don't want his performance data used in your "learner analytics" study. Please stop it for him. — Priyanka Bose""",
        W,
    ),
    (
        "fr",
        MP_EM,
        PA,
        None,
        "",
        """Mon fils de 14 ans reçoit vos SMS de promo et vos appels. Arrêtez de le démarcher et supprimez son numéro et ses données, il n'a jamais eu notre accord. 06 92 17 45 88. Mme Rolland""",
        W,
    ),
    # ---- several rights in one message ----
    (
        "fr",
        AE,
        S,
        None,
        "Demande RGPD - accès puis suppression",
        """Madame, Monsieur,
Je vous demande :
1° de me communiquer une copie de toutes les données me concernant ;
2° une fois cette copie reçue, de les effacer définitivement.
Apprenante COMNICIA, n° CMN-33917.
Anouk Desrosiers""",
        W,
    ),
    (
        "en",
        AP,
        S,
        None,
        "Copy + export",
        """Request type: [x] Access [ ] Erasure [x] Portability
Details: I want (a) the full copy with the Art. 15 info and (b) a JSON export of my course records to take to my new school.
Name: Gabriel Nunes""",
        W,
    ),
    (
        "fr",
        EM,
        S,
        None,
        "",
        """Plus de pub, plus d'appels, et supprimez mes coordonnées de vos fichiers. Merci. Patrice Laborde 06 27 84 10 36""",
        W,
    ),
    (
        "en",
        CM,
        S,
        None,
        "Unsubscribe + consent",
        """- Unsubscribe me from all marketing (email, SMS)
- I also withdraw the consent I gave at sign-up for "personalised offers"
Laura Kinsella""",
        W,
    ),
    (
        "fr",
        RRS,
        S,
        None,
        "Rectification et gel",
        """Objet : contestation de mon historique de formation COMPTALIA
1. Les heures de connexion affichées (12 h) sont fausses : j'en ai fait 61. Merci de rectifier.
2. En attendant la correction, ne transmettez pas ces chiffres à mon OPCO.
Valentin Moreau""",
        W,
    ),
    (
        "en",
        ORS,
        S,
        None,
        "Objection and restriction",
        """I object to the use of my profile for automated "dropout risk" scoring, and until you have assessed my objection, please restrict processing of that profile.
Ref: learner ELP-63309, Hannah Gold""",
        W,
    ),
    (
        "fr",
        OE,
        S,
        None,
        "",
        """Je m'oppose à l'utilisation de mon témoignage... non, pardon, je n'avais pas signé de consentement, vous l'avez repris de mon avis Google. Je m'oppose à cette utilisation et je veux que vous supprimiez ce témoignage et toutes mes données. Gwenaëlle Le Bihan""",
        W,
    ),
    (
        "en",
        CE,
        S,
        None,
        "Photos – withdraw + delete",
        """I withdraw my consent for the graduation photos and I want all existing copies deleted from your servers, not just taken offline.
Zara Hussain""",
        W,
    ),
    (
        "fr",
        PE,
        S,
        None,
        "Export puis fermeture",
        """- Envoyez-moi mes données en CSV (portabilité)
- Ensuite fermez mon compte ELEPHORM et supprimez tout
Merci, Florent Gaudin""",
        W,
    ),
    (
        "en",
        AR,
        S,
        None,
        "Access + correction",
        """Two things:
1) I want a copy of all data you hold on me.
2) My surname is spelled wrong (Mcdonald → MacDonald). Please fix.
Eilidh MacDonald""",
        W,
    ),
    (
        "fr",
        ARS,
        S,
        None,
        "",
        """Je souhaite obtenir une copie de mes résultats d'examen et de toutes mes données, et je demande que ces résultats ne soient plus utilisés (ni transmis à qui que ce soit) tant que ma réclamation sur la note n'est pas tranchée. Samia Khelifi""",
        W,
    ),
    (
        "en",
        AO,
        S,
        None,
        "SAR + objection",
        """Please (i) tell me what data you hold on me and where it came from, and (ii) stop using my data for the learner "engagement profiling" your advisor mentioned — I object to it.
Rosalind Achebe""",
        W,
    ),
    (
        "fr",
        AM,
        S,
        None,
        "",
        """1) d'où tenez-vous mon numéro ? je veux une copie de ce que vous avez sur moi
2) ne m'appelez plus jamais pour vendre vos formations
Gilles Farge""",
        W,
    ),
    (
        "en",
        APE,
        S,
        None,
        "GDPR requests – three parts",
        """Part A: copy of my data (Art. 15)
Part B: the data I provided, in machine-readable format (Art. 20)
Part C: after sending A and B, erase everything (Art. 17)
Name: Marek Dvořák, COMPTALIA""",
        W,
    ),
    (
        "fr",
        ERS,
        S,
        None,
        "Réclamation en cours",
        """Je vous demande de supprimer mon compte. En attendant que la suppression soit effective et que ma réclamation sur le remboursement soit réglée, gelez l'usage de mes données. Nadia Chérif""",
        W,
    ),
    (
        "en",
        CO,
        S,
        None,
        "",
        """I withdraw my consent for my voice recording in your course trailer, and I also object to my name being used in your partner's case study. Both, please. — Felix Arnaud""",
        W,
    ),
    (
        "fr",
        CEM,
        S,
        None,
        "Désinscription totale",
        """Je retire mon consentement à recevoir vos offres, je ne veux plus aucun message commercial (mail, SMS, téléphone) et je demande la suppression de mes données. Corentin Blanchard""",
        W,
    ),
    (
        "en",
        AEM,
        S,
        None,
        "Data request form (3 options selected)",
        """[x] Send me a copy of my data
[x] Delete my data
[x] Stop marketing
[ ] Correct my data
Email: ollie.stratton@gmail.com""",
        W,
    ),
    (
        "fr",
        AC,
        S,
        None,
        "",
        """Je voudrais voir toutes les données que vous avez sur moi et je retire mon consentement à l'enregistrement de mes classes virtuelles. Mélanie Voisin (DIGITAL CAMPUS LIVE)""",
        W,
    ),
    (
        "en",
        ("rectification", "erasure"),
        S,
        None,
        "Two requests",
        """• Fix my email address on the account: new one is d.ostrowski@fastmail.com
• Delete the old phone number you have, I don't want you to hold any phone number at all
Dariusz Ostrowski""",
        W,
    ),
    (
        "fr",
        ("access", "rectification", "marketing_objection"),
        S,
        None,
        "Plusieurs demandes",
        """Bonjour,
a) merci de m'envoyer la copie de mes données ;
b) corrigez mon adresse postale (14 bis rue Paul-Bert, 69003 Lyon) ;
c) arrêtez les catalogues papier et les mails promotionnels.
Laurent Sabatier""",
        W,
    ),
    (
        "en",
        ("objection", "marketing_objection"),
        S,
        None,
        "",
        """Stop the sales calls, and separately I object to you using my browsing on your site to build an interest profile about me. Two separate things. – Noor Haddad""",
        W,
    ),
    (
        "fr",
        ("portability", "consent_withdrawal"),
        S,
        None,
        "",
        """Je pars chez un autre organisme : envoyez-lui mes données en JSON (contact@formapro-lille.fr). Et je retire mon consentement au partage avec vos "partenaires recrutement". Quentin Jacob""",
        W,
    ),
    # ---- requests by lawyers, representatives and other third parties ----
    (
        "fr",
        A,
        L,
        None,
        "Notre client M. Sylvain Roche - demande d'accès",
        """Maître Claire Beaumont, avocate au barreau de Lyon
N/Réf : 26-0412 CB
Madame, Monsieur,
Agissant pour le compte de M. Sylvain Roche, apprenant COMPTALIA, dont je vous joins le mandat, je vous prie de me communiquer l'ensemble des données le concernant au titre de l'article 15 du RGPD.
Veuillez agréer...""",
        W,
    ),
    (
        "en",
        E,
        L,
        None,
        "Erasure request on behalf of client",
        """Our ref: KLP/2026/118
We act for Ms Ngozi Eze (COMNICIA learner). Signed authority enclosed. Our client requests erasure of all personal data relating to her under Article 17. Please confirm within one month.
Kendrick Lowe Partners LLP""",
        W,
    ),
    (
        "fr",
        RS,
        L,
        None,
        "Mise en demeure - limitation du traitement",
        """Lettre recommandée - copie par mail
Objet : mise en demeure
Cabinet Lefort Avocats, pour Mme Hélène Garaud (mandat joint)
Nous vous mettons en demeure de limiter le traitement des données de notre cliente, dont l'exactitude est contestée devant le tribunal judiciaire de Nantes (RG 26/03391), jusqu'à l'issue de la procédure.""",
        W,
    ),
    (
        "en",
        O,
        L,
        None,
        "Objection – court-appointed deputy",
        """I am the court-appointed deputy for Mr Alan Pryce, who lacks capacity. On his behalf I object to the continued use of his data for your analytics and profiling. Deputyship order attached.
Joan Sutcliffe""",
        W,
    ),
    (
        "fr",
        E,
        L,
        None,
        "",
        """Je suis la curatrice de M. Denis Lacombe (jugement du 12/03/2025 joint). Il a souscrit plusieurs formations ELEPHORM sans en mesurer la portée. Je demande la suppression de son compte et de ses données. UDAF - Mme Prévot""",
        W,
    ),
    (
        "en",
        AP,
        L,
        None,
        "DSR via request service",
        """This request is submitted by MyDataRights Ltd on behalf of the data subject below, under written mandate (attached).
Data subject: Victor Ilunga
Email: v.ilunga@gmail.com
Rights: access (Art. 15) and portability (Art. 20)
Reply to: requests@mydatarights.example""",
        W,
    ),
    (
        "fr",
        R,
        L,
        None,
        "Procuration - rectification",
        """Je soussignée Monique Barral, titulaire d'une procuration de ma fille majeure Émilie Barral (jointe), demande que son adresse soit corrigée dans vos fichiers COMNICIA : 3 impasse des Lilas, 31200 Toulouse.""",
        W,
    ),
    (
        "en",
        A,
        T,
        None,
        "Employee's training data",
        """HR Department – Blackthorn Facilities Ltd
We funded training for our employee, Mr K. Adjei, on ELEPHORM. Please send us all data you hold on his training, including time spent and results, for our records.
Regards, HR""",
        W,
    ),
    (
        "fr",
        E,
        T,
        None,
        "",
        """Bonjour, je suis l'épouse de M. Thierry Caron. Il ne veut plus entendre parler de votre formation. Supprimez son compte s'il vous plaît. Sylvie Caron""",
        W,
    ),
    (
        "en",
        A,
        T,
        None,
        "My son's account",
        """My son, Jamie (22), is enrolled on DIGITAL CAMPUS LIVE. I pay for it. Can you send me what data you have about him and his attendance? Mark Dunleavy""",
        W,
    ),
    (
        "fr",
        M,
        T,
        None,
        "Appels pour mon père",
        """Vos conseillers appellent sans arrêt mon père (78 ans) au 04 67 22 19 81, qui ne comprend pas ce qu'on lui propose. Arrêtez de l'appeler. Sa fille, Delphine Morel""",
        W,
    ),
    (
        "en",
        ("rectification",),
        L,
        None,
        "Power of attorney – correction",
        """I hold lasting power of attorney for my mother, Mrs Edith Cole (attached). Her postal address on your records is wrong; please update it to 5 Mill Lane, Hexham NE46 3AB.
Simon Cole""",
        W,
    ),
    # ---- other: questions about the policy only ----
    (
        "fr",
        X,
        S,
        Q,
        "Question sur la conservation",
        """Nom : Tessier
Objet de la demande : Autre / question
Détails : combien de temps gardez-vous l'historique de formation une fois la formation terminée ? Je ne demande rien d'autre, c'est pour savoir.""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Retention periods?",
        """Quick question before I enrol: how long do you keep exam results? I've read something about 10 years, does that apply to all courses or only certified ones?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "",
        """Bonjour, vos serveurs sont-ils en France ? Vos prestataires hors UE ont-ils accès à mes données ? Juste une question, merci.""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Question – who do you share data with",
        """Topic (dropdown): Privacy question
Message: Do you sell learner data to recruiters or other companies? Your policy is a bit vague on "partners".""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Cookies",
        """Combien de temps durent vos cookies de mesure d'audience ? Et où peut-on changer ses choix après coup ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "",
        """Hi, if I ask you to delete my data, will I lose my certificate? I'm not asking yet, just want to know what happens first.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Délai de réponse",
        """Quel est votre délai pour répondre à une demande d'accès ? Un mois ou plus ? Et que se passe-t-il si vous ne répondez pas ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Questions about your privacy policy",
        """1. Who is the data controller — Studi or the brand?
2. What is your DPO's postal address?
3. Is the policy the same for ELEPHORM and COMPTALIA?
Just for my information, no request. Thanks.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "",
        """Si je ne me connecte plus pendant 5 ans, mes données sont-elles supprimées automatiquement ou juste archivées ? Question de curiosité.""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Breach notification",
        """Your policy says you'll notify within 72 hours if you're hacked. Has there been any breach this year affecting learners? I'm just asking.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Données utilisées pour le marketing",
        """Quelles données utilisez-vous exactement pour m'envoyer des "offres personnalisées" ? Âge, niveau d'études… ? Je veux comprendre avant de décider quoi que ce soit.""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "",
        """Does the "right to lock" data in your policy mean the same as restriction under GDPR? Curious, I'm studying data protection on one of your courses.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Question - RGPD mineurs",
        """Mon fils de 15 ans veut s'inscrire à une formation ECOLEMS. Est-ce qu'il a besoin de notre accord pour le traitement de ses données ? Quelles données collectez-vous pour un mineur ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Bloctel?",
        """What's Bloctel and does it cover calls from your advisers if I'm already a learner? Not signing up to anything yet, just asking.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "",
        """Bonjour, où puis-je trouver la version à jour de votre politique de confidentialité ? Celle que j'ai date de septembre 2023. Merci.""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Portability – what format?",
        """If someone asks for portability, what format do you give, JSON or CSV? And does it include quiz answers? Asking for a friend who might request it.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Question concernant les appels enregistrés",
        """Enregistrez-vous les appels avec vos conseillers ? Si oui combien de temps les gardez-vous ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "",
        """Survey for my master's thesis: how many data subject requests do e-learning providers like yours receive per year, and how long do you take to answer on average? Any figures welcome.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Transfert en cas de rachat",
        """Votre politique dit qu'en cas de rachat du groupe les données sont transférées au repreneur. Est-ce que je serais prévenu ? Simple question.""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Directives after death – how?",
        """How does one set directives for data after death with you? Is there a form? I may do it later, I just want to know the process.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "",
        """Est-ce que je peux demander une copie de mes données par Telegram ou uniquement par mail ? (pas de demande pour l'instant)""",
        W,
    ),
    # ---- other: withdrawals of an earlier request ----
    (
        "fr",
        X,
        S,
        CANCEL,
        "Annulation de ma demande de suppression",
        """Bonjour,
Je vous ai envoyé hier le formulaire de suppression de mes données (ci-dessous). Merci de ne pas en tenir compte, j'ai finalement décidé de reprendre ma formation.

> Objet de la demande : Effacement
> Détails : supprimez tout.

Cordialement, Agathe Ferrand""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Withdraw SAR ref SAR/0921",
        """Please withdraw my subject access request ref. SAR/0921. The issue has been resolved with customer service. No further action needed.
R. Okoye""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "",
        """oubliez ma demande de portabilité de la semaine dernière, je reste chez vous finalement""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Re: [DSR-2026-004417] Your erasure request",
        """Please cancel this. I only wanted to stop the emails and that's sorted. Don't delete my account, I still need my course.

> We have received your erasure request. Reference DSR-2026-004417.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "Formulaire - annulation",
        """Objet de la demande : Annuler une demande en cours
Référence : DSR-2026-003180
Motif : demande faite par erreur (j'avais coché la mauvaise case)
Email : k.amrani@gmail.com""",
        W,
    ),
    (
        "en",
        X,
        L,
        CANCEL,
        "Our ref KLP/2026/118 – withdrawn",
        """Further to our letter of 3 November, our client Ms Eze has instructed us to withdraw her erasure request. Please close the file.
Kendrick Lowe Partners LLP""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "Retrait de ma demande d'opposition",
        """Finalement, je retire ma demande d'opposition concernant ma photo sur le site, elle ne me dérange plus. Vous pouvez la laisser. Ludivine""",
        W,
    ),
    (
        "en",
        X,
        PA,
        CANCEL,
        "",
        """I asked you last week to delete my son's account (he's 14). We've talked and he can keep it with our consent now. Please don't delete it. Thanks, Robert Kenning""",
        W,
    ),
    (
        "fr",
        X,
        H,
        CANCEL,
        "Demande concernant mon père - annulation",
        """Je vous avais demandé la clôture du compte de mon père décédé. Ma sœur s'en occupe déjà de son côté ; merci d'annuler ma demande pour éviter les doublons. Olivier Fauconnier""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Cancel my restriction request",
        """The dispute with the financing body was settled yesterday, so please lift / cancel the restriction request I made (ref RS-0332). Business as usual.
Hannah Ferreira-Blake""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "",
        """Bonjour, je me suis trompé d'adresse : la demande d'accès que je vous ai envoyée ce matin concernait un autre organisme. Merci de l'annuler. Y. Belkhodja""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "/cancel",
        """/cancel
I'd like to cancel the data export I requested yesterday, don't need it anymore.""",
        W,
    ),
    # ---- other: auto-replies, bounces, spam, phishing ----
    (
        "fr",
        X,
        S,
        None,
        "Réponse automatique : Demande RGPD",
        """Bonjour,
Je suis absente du 28/11 au 08/12 inclus, sans accès à ma messagerie. Pour toute urgence, contactez mon collègue Julien Abadie (j.abadie@cabinet-lefort.example).
Cordialement,
Hélène Gros""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Automatic reply: [DSR-2026-004512] We have received your request",
        """Thank you for your email. I am out of the office until Monday 8 December with limited access to email. I will respond on my return.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Undelivered Mail Returned to Sender",
        """This is the mail system at host mx2.studi-relay.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<noemie.chabert@sfr.fr>: host smtp-in.sfr.fr said: 550 5.1.1 mailbox unavailable

Final-Recipient: rfc822; noemie.chabert@sfr.fr
Action: failed
Status: 5.1.1""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Non remis : Votre demande d'accès",
        """Votre message n'a pas pu être remis à ces destinataires :
b.lhermitte@orange.fr
La boîte aux lettres du destinataire est pleine. Réessayez plus tard.
Code d'état : 552 5.2.2""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Invoice #INV-88213 overdue – action required",
        """Dear Accounts,
Please find attached invoice INV-88213 for data protection consultancy services. Payment overdue. Click the secure link below to view and settle:
hxxp://secure-docs-view.example/inv88213
Regards, Billing Dept""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Votre boîte mail dpo@studi.fr va être désactivée",
        """Cher utilisateur,
Votre quota de stockage est atteint. Pour éviter la suppression de vos messages, validez votre compte sous 24 h :
[Valider maintenant]
Service informatique""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "GDPR compliance audit – 30% off",
        """Hi there,
Is your company ready for the next CNIL inspection? Our automated DSAR tool handles access, erasure and portability requests in minutes.
✔ Templates ✔ Deadlines ✔ Reporting
Book a demo this week and get 30% off the first year.
– Lena, Privalytix""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Partenariat - base de données qualifiée",
        """Bonjour,
Nous proposons des fichiers B2C qualifiés (200 000 contacts intéressés par la formation à distance), conformes RGPD, opt-in vérifié. Tarif dégressif. Souhaitez-vous un échantillon ?
Cordialement, DataLeads Pro""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Re: your data request",
        """Congratulations! Your email was selected in our monthly draw. To claim your £500 voucher, reply with your full name, address and bank details.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Accusé de réception",
        """Ceci est un accusé de réception automatique. Votre message a bien été reçu par le service juridique de la société Arvalis Conseil et sera traité dans les meilleurs délais. Merci de ne pas répondre à ce message.""",
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
     p.vandermeer@kpnmail.example
Message will be retried for 2 more day(s)""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Newsletter CNIL - novembre",
        """La lettre d'information de la CNIL - Novembre 2026
- Sanctions : bilan des contrôles sur le démarchage téléphonique
- Droit d'accès : nouvelle fiche pratique
- Agenda : webinaire "RGPD et formation en ligne"
Se désinscrire""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Your DocuSign envelope is ready",
        """Studi Group DPO has sent you a document to review and sign: "Data_Processing_Agreement_FINAL.pdf"
REVIEW DOCUMENT
Do not share this email. Powered by DocuSign.
(sent from: no-reply@docusign-secure-mail.example)""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        """Bonjour, je suis développeur freelance spécialisé RGPD, je peux automatiser le traitement de vos demandes d'accès et de suppression. Disponible pour un appel cette semaine ? Tarif jour 450 €. Cordialement, Sylvain""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Automatic reply",
        """I'm on parental leave until February 2027. Your message will not be forwarded. For learner questions please contact support@comptalia.example.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "[Telegram] Nouveau message",
        """👋 Gagnez 1000 USDT en rejoignant notre canal crypto-formation ! Places limitées ➡️ t.me/crypto_gainz_2026""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Mail delivery failed: returning message to sender",
        """This message was created automatically by mail delivery software.
A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.
  kab.asante@gmai.com
    Domain gmai.com has no MX record""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Réponse automatique - Étude Vidal & Associés",
        """L'étude est fermée du 24 décembre au 2 janvier. Vos courriels seront traités à la réouverture. Pour les urgences, contactez le 04 67 55 20 13.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Webinar invite: DSARs at scale",
        """Join 1,200 privacy professionals on 11 December for "DSARs at scale: automating access and erasure". Speakers from three EU regulators. Register free.
Unsubscribe | Manage preferences""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Votre colis n'a pas pu être livré",
        """Votre colis n°FR8821047 est en attente. Frais de réexpédition : 1,99 €. Payez ici sous 48h : hxxps://colis-suivi-fr.example""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Password expiry notice – Studi webmail",
        """Your password for dpo@studi.fr expires today. Keep your current password by confirming your credentials below:
[KEEP SAME PASSWORD]
IT Helpdesk""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Accusé de lecture",
        """Votre message
  À : Françoise Delattre
  Objet : Votre demande concernant le compte de votre époux
a été lu le 01/12/2026 à 09:42.""",
        W,
    ),
    # ---- other: support questions that ask no right ----
    (
        "fr",
        X,
        S,
        None,
        "Formulaire de contact",
        """Nom : Brossard
Prénom : Kévin
Objet de la demande (menu) : Données personnelles
Détails : je n'arrive plus à me connecter à mon espace COMPTALIA depuis la mise à jour, mot de passe refusé. Pouvez-vous m'aider ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Request type: Other",
        """Request type: Other
Details: My certificate PDF won't download, it says "error 500". Course: ELEPHORM Premiere Pro. Can you resend it?
Email: t.hargreaves@gmail.com""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Facture",
        """Bonjour, pouvez-vous m'envoyer une facture au nom de mon entreprise (SARL Bâti-Rénov, SIRET 812 334 905 00017) pour ma formation Comnicia ? Merci.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "",
        """Hi, I was charged twice for November (two payments of €59 on 3 Nov). Can you refund one of them? Thanks, Anders""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Examen - date",
        """Quand aura lieu la prochaine session d'examen pour le BTS Comptabilité chez COMPTALIA ? Je n'ai pas reçu ma convocation.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Change of course",
        """Hello, I'd like to switch from the UX design bootcamp to the web development one on Digital Campus Live. Is that possible mid-year and is there a fee?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        """1. Mon tuteur ne répond plus depuis 3 semaines
2. Le module 4 ne s'affiche pas
3. Je voudrais décaler mon examen
Merci de me dire qui contacter pour chaque point. Apprenante ECOLEMS, Sarah Benali""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Fw: learner question – not privacy?",
        """Hi DPO,
Not sure this is for you but the learner put "data" in the subject so sending it over.
Tom, Support

---
Subject: data
Hi, my mobile data runs out fast when I stream your videos. Is there a way to download lessons for offline viewing?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "CPF - financement",
        """Bonjour, mon dossier CPF est bloqué "en attente de validation de l'organisme" depuis 15 jours. Pouvez-vous le valider ? N° dossier 7712 0044 9931.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Telegram bot not working",
        """The bot keeps replying "unknown command" when I type /start. Is it down? I just wanted to check my course schedule.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Résiliation abonnement",
        """Je souhaite résilier mon abonnement mensuel ELEPHORM à la fin du mois. Je garde mon compte pour l'instant. Comment faire ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "",
        """Can I get an attestation of attendance for my employer? They need it for the training budget. Course ran 2 Sept – 28 Nov. — Kenji Watanabe""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Changement de mot de passe",
        """Le lien "mot de passe oublié" m'envoie un mail vide. Pouvez-vous réinitialiser mon mot de passe ? Email du compte : fanny.roussel@gmail.com""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Accessibility",
        """Are the course videos subtitled? I'm hard of hearing and the live sessions don't seem to have captions.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Demande de rendez-vous conseiller",
        """Bonjour, je voudrais être rappelée par un conseiller pour parler d'une formation en gestion de paie. Disponible le mardi après 17h au 06 51 83 27 40. Merci.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Complaint about tutor",
        """I want to make a complaint about the way my tutor spoke to me in the live session on 25 November. Who handles complaints? This isn't a data thing, I know.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        """Je suis demandeur d'emploi, est-ce que France Travail peut financer une formation DIGITAL CAMPUS LIVE ? Merci de me renseigner.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Form submission",
        """Name: Olivia Brandt
Topic: Technical issue
Message: The quiz in module 6 marks every answer wrong even when it's right. Screenshot attached.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Changement de date de session",
        """Bonjour, est-il possible de décaler ma session de classe virtuelle du 12/12 au 19/12 ? J'ai un empêchement professionnel. Merci, Thibault""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Recommendation letter",
        """Would one of my tutors be able to write me a recommendation letter for a master's application? I finished the COMNICIA programme in June.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Délai de rétractation",
        """Je me suis inscrit il y a 5 jours, puis-je encore me rétracter et être remboursé ? (je ne parle pas de mes données, juste du contrat)""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "",
        """Hi, how do I change the language of the platform to English? Everything is in French on my dashboard. Thanks""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Pb paiement",
        """Ma carte a été refusée pour l'échéance de décembre alors qu'elle est valide. Pouvez-vous relancer le prélèvement ? Apprenant CPT-66019""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Invoice address",
        """Could you re-issue the November invoice to my practice, "Lumen Dental Ltd", VAT no. GB 482 1190 37? My accountant needs it for the expense claim. Thanks, Dr A. Fairweather""",
        W,
    ),
    # ---- other: near misses that mention data but ask no right ----
    (
        "fr",
        X,
        S,
        None,
        "Mes données de connexion",
        """Bonjour, mon tableau de bord affiche 0 h de connexion alors que j'ai suivi 4 modules cette semaine. Est-ce un bug d'affichage ? Mon attestation de présence en dépend pour mon employeur.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Is this email really from you?",
        """I received an email asking me to "confirm my personal data" via a link to studi-verify-account.example. Is that legit or a scam? I haven't clicked.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        """Merci pour votre réponse à ma demande d'accès, j'ai bien reçu le fichier et tout est clair. Bonne journée ! Solène Verlaguet""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Re: [DSR-2026-004102] Your request is completed",
        """Thanks, received the export and it opened fine in Excel. All good, you can close it.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Mon adresse mail a changé ?",
        """Je reçois vos mails sur une adresse que je n'utilise plus. Comment je fais pour modifier moi-même mon adresse dans mon espace ? Je ne trouve pas le menu.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "",
        """Where in my account settings can I download my certificates myself? I used to see a "Documents" tab but it's gone.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Vol de mon ordinateur",
        """On m'a volé mon ordinateur portable sur lequel j'étais connectée à la plateforme COMNICIA. Dois-je changer mon mot de passe ? Pouvez-vous déconnecter toutes les sessions ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Someone else's data in my account",
        """When I open "My documents" I see an invoice for another learner (a Mr D. Pellegrini). I thought you'd want to know, looks like a bug. I haven't downloaded it.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Je pense avoir été piraté",
        """Quelqu'un s'est connecté à mon compte ECOLEMS depuis l'étranger (notification reçue). J'ai changé mon mot de passe. Faut-il faire autre chose de mon côté ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Fw: Complaint to CNIL – copy for information",
        """For your information, I've filed a complaint with the CNIL about the calls I received in September. Copy below. No need to reply to me.

> Complaint no. 26-118840: repeated telephone canvassing by a training provider...""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Question pour mon mémoire",
        """Étudiante en master droit du numérique, je travaille sur le RGPD dans l'e-learning. Accepteriez-vous un entretien de 30 minutes avec votre DPO ? Merci. Camille Vidot""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Press enquiry",
        """Hi, I'm a reporter at EdTech Weekly. We're writing about how online schools handle learner data after course completion. Could your DPO comment by Friday?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        """Est-ce que mes données personnelles sont visibles par les autres apprenants dans le forum ? Mon nom complet apparaît à côté de mes messages, c'est normal ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Re: Your data request – identity check",
        """Sorry, the code you sent expired before I saw it. Can you send a new one?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Code de vérification",
        """Je n'ai pas reçu le code de vérification pour ma demande en cours (réf DSR-2026-003955). Il est peut-être dans mes spams ? Pouvez-vous le renvoyer ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Status of my request?",
        """Just checking the status of DSR-2026-004377, submitted last Thursday. The due date you gave is in January, so no rush, just want to know it's in the queue.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Mise à jour de vos CGV",
        """J'ai reçu le mail sur la mise à jour de vos conditions générales. Je n'ai rien à faire, c'est bien ça ? Merci.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "",
        """My employer asked me for a copy of my completion certificate. Am I allowed to share it, or does it contain data I shouldn't share? Not sure what's on it.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "RE: Notification de violation de données",
        """J'ai bien reçu votre notification concernant l'incident de sécurité. Merci pour la transparence. Dois-je faire opposition sur ma carte bancaire ou les données de paiement n'étaient-elles pas concernées ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Fw: message from learner (wrong inbox)",
        """Hello DPO, sent to us by mistake, it's about the course content.
Amira, Comnicia Customer Service

---
Hi, the video in chapter 3 says the GDPR applies only to companies over 250 employees. I think that's wrong? Might want to fix the content.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        """Je voulais juste vous dire que le nouvel espace "mes données" est bien plus clair qu'avant. Bravo à l'équipe. Aucune demande particulière.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Template for my own business",
        """I'm a Comptalia learner and I run a small bakery. Could you share the template letter you use to answer access requests, so I can adapt it for my customers? Not a request about my data.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Demande de stage",
        """Bonjour, je vous envoie mon CV et ma lettre de motivation pour un stage au service juridique/DPO de votre groupe à partir de février 2027. Cordialement, Inès Marchal""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "",
        """Do you have a Data Processing Agreement we could sign? Our company wants to enrol 40 employees on ELEPHORM and our legal team needs the DPA before signing the purchase order. — Procurement, Halden Logistics""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Fausse annonce à votre nom",
        """Je vois une annonce Facebook "Comptalia - formation gratuite, entrez votre IBAN". C'est vous ? Ça ressemble à une arnaque, je préfère vous prévenir.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Re: Your request is complete [DSR-2026-003870]",
        """Got it, thanks. Small question: the file lists "analytics identifiers" — what are those exactly? Not asking for anything else.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        """Ma demande d'effacement a bien été traitée, je n'ai plus de mails. Merci et bonne continuation.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Login with Google",
        """If I sign in with my Google account, do you get access to my Gmail contacts? I want to make sure before I click "continue with Google".""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Formulaire - Autre",
        """Objet de la demande : Autre
Détails : j'ai reçu deux fois le même questionnaire de satisfaction, je l'ai rempli une fois, c'est bon ? (pas besoin de me désinscrire, les questionnaires ne me dérangent pas)""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Exam proctoring – what's recorded?",
        """For the proctored exam next week, is my webcam recorded or only watched live? I'm fine either way, just want to prepare my room.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        """Bonjour, mon entreprise (Dalmasso BTP) souhaite inscrire trois salariés à la formation Comptalia "gestion de paie". Pouvez-vous nous faire un devis ? Contact : rh@dalmasso-btp.example""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Re: your newsletter",
        """Loved the article on Excel pivot tables in this month's newsletter! Any chance of a follow-up on Power Query?""",
        W,
    ),
]
