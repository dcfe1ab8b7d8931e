"""Thirty-fourth held-out batch: another test split of the corpus, with who is asking.

Written on 1 December 2026 in one separate pass, blind: its author read only the product
specification (the request types and labelling rules), the privacy policy, the label shorthands
and the format header of an earlier batch (not its messages), never the classifier's rules,
its code or any other batch's messages, and the classifier was not run on it before it was frozen.
Its voices are people with a reason to fear for their safety or their reputation, and the
incidents behind a request: victims of domestic violence or stalking who want an old address
hidden, corrected or erased and ask that nothing more be sent to a shared family mailbox;
people whose identity was stolen (an account opened in their name, a course bought with their
card); people who received someone else's mail, invoice or certificate from the desk, or whose
own went astray; people worried after a breach in the news; public figures, journalists, police
officers, gendarmes, prison staff, soldiers, nurses and a city councillor who want their data
kept out of testimonials, alumni directories, galleries and LinkedIn-style showcases; people
harassed by a former classmate through the forum, who want posts erased or, on the contrary,
frozen for a police complaint; and, writing for such people, a social worker, a women's shelter,
victim-support associations acting under mandate, lawyers, a guardian and a curator of protected
adults, a union representative, an employer, a spouse, a sister and worried parents of minors
and of adults; heirs and notaries of deceased learners, and learners setting their own directives
against a violent former partner. Registers run from frightened, urgent one-liners to cold
factual notes and formal complaints that mention the CNIL, in French, English and a little of
both; around them the ordinary background: course, exam, billing, password and certificate
questions, a police requisition, a press inquiry, questions about the policy only, withdrawals
of an earlier request, spam, phishing, auto-replies and bounces. Every name, address, phone
number, date and reference is invented.

Each entry: ``(language, labels, requester, intent, subject, text, origin)``. ``requester`` is
who is asking (``self``, ``parent``, ``heir_or_trusted_person``, ``lawyer_or_representative``,
``other_third_party``); ``intent`` is ``None``, ``"cancel"`` (the person withdraws a request) or
``"question_only"`` (a question about the policy, no request), both filed as ``other``. Only what
the sender asks in the new text is labelled, never what a quoted message says.
"""

# ruff: noqa: E501, F403, F405
from shorthands import *

RE = ("rectification", "erasure")
RM = ("rectification", "marketing_objection")
OM = ("objection", "marketing_objection")
MP_O = ("objection", MN)

HELDOUT34: list[Entry] = [
    # ---- access ----
    (
        "en",
        A,
        S,
        None,
        "Account opened in my name - Digital Campus",
        """Hello,

This morning I received a welcome email from Digital Campus for an account I never created. Someone used my name, my date of birth and my old email address (the one my ex-partner still has the password to). I have reported the identity theft to the police (complaint no. 2026/118/4471).

Under Article 15 GDPR, please send me everything you hold linked to my name or to that email address: the account details exactly as they were entered, the phone number and postal address given, the IP addresses and dates of the sign-up and of every login, and any payment information used.

Please reply to me here, not at the old address.

Nadia Ferrand""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Demande d'accès - coordonnées et destinataires",
        """Bonjour,

J'ai quitté le domicile conjugal en juillet et je suis aujourd'hui hébergée dans un lieu dont l'adresse doit rester secrète. Lors de l'audience, mon ex-conjoint a cité des informations sur ma formation Comptalia qu'il n'aurait jamais dû connaître.

Je vous demande donc, au titre de mon droit d'accès, la liste de toutes les adresses postales, adresses e-mail et numéros de téléphone enregistrés sur mon compte depuis mon inscription, avec les dates de chaque modification, ainsi que la liste des personnes ou organismes à qui vous avez communiqué mes coordonnées.

Merci de ne rien m'envoyer par courrier postal.

Sabrina M. (n° apprenante CPT-310552)""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "my certificate went to someone else",
        """A classmate told me she received MY certificate of completion (ESMI, property management) in her learner space instead of hers. So my full name, date of birth and grades went to a stranger. Under my right of access I want the list of every recipient my data has been disclosed to this year, including by mistake. Learner no. ESMI-40917. - Tom Berger""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "After the breach in the news",
        """Good evening,

I read in the regional press that an online training group in the Hérault had a data leak. I don't know if it is you. I'm a probation officer and my home address must not circulate. Please send me a full copy of the personal data you hold about me, so I can judge what might have been exposed.

Kind regards,
Owen Lachaud""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Connexions à mon compte",
        """Bonjour, je pense que quelqu'un se connecte à mon compte Studi à ma place : mon ex connaît les dates de mes examens blancs et même mes notes. Je souhaite obtenir l'historique des connexions à mon compte (dates, heures, adresses IP, appareils) sur les six derniers mois. C'est pour ma plainte.
Léa Dumont-Verdier""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Article 15 request",
        """Dear Data Protection Officer,

I am an investigative journalist and I have reason to believe that my details may have been looked up by someone acting on behalf of a person I have reported on. Pursuant to Article 15 GDPR I request:
1. a copy of all personal data concerning me, including notes taken by your training advisers during phone calls;
2. the purposes of each processing;
3. the recipients, including analytics or search-engine providers;
4. the retention periods;
5. the source of any data not collected from me.

I enrolled on the Digital Campus data journalism module in 2024 with this email address.

Regards,
Ingrid Solberg""",
        W,
    ),
    ("fr", A, S, None, "données", """Copie de mes données svp. N° apprenant ST-220871.""", W),
    (
        "fr",
        A,
        L,
        None,
        "Demande d'accès - Mme Karima B., apprenante ECOLEMS",
        """Maître Hélène Garaud
Avocate au barreau de Montpellier

Madame, Monsieur,

J'interviens pour le compte de Mme Karima B., dont je vous adresse en pièces jointes le mandat signé et une copie de la pièce d'identité. Ma cliente bénéficie d'une ordonnance de protection rendue le 14 octobre 2026 par le juge aux affaires familiales.

Au titre de l'article 15 du RGPD, elle sollicite la communication de l'ensemble des données la concernant et, en particulier :
- les notes prises par vos conseillers lors des appels téléphoniques (un homme se présentant comme son mari aurait appelé votre service en septembre) ;
- l'historique des modifications de ses coordonnées ;
- la liste des destinataires de ses données.

Je vous remercie de me faire parvenir votre réponse à mon cabinet exclusivement.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

H. Garaud""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "What other learners can see about me",
        """Hi, I work in a prison and an inmate recently mentioned details that I think come from my learner profile (my photo and the town I live in). Please send me a copy of all my profile data and of everything about me that is displayed to other learners or publicly. - D. Okafor""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Copie des messages du forum",
        """Bonjour,
Je suis harcelée depuis septembre par un ancien camarade de promo via la messagerie du forum Digital Campus. Il a effacé une partie de ses messages. Je demande une copie de tous les messages privés échangés entre lui et moi, y compris ceux qui ont été supprimés si vous les conservez encore, ainsi que des signalements que j'ai faits au modérateur. Mon avocate en a besoin.
Julie Carrasco""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Subject access request",
        """Subject access request. Full name: Marcus Feld. Learner ID: DC-88124. Please provide all personal data held about me, per Art. 15 GDPR, in electronic form.""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "RELANCE - demande d'accès du 2 octobre 2026 restée sans réponse",
        """Madame, Monsieur,

Le 2 octobre 2026, je vous ai adressé une demande d'accès à mes données personnelles (copie jointe). Le délai d'un mois est expiré depuis le 2 novembre sans aucune réponse ni prolongation motivée.

Je vous mets en demeure d'y répondre sous huit jours. À défaut, je saisirai la CNIL d'une plainte.

Patrice Olivaux
n° apprenant CPT-118830""",
        W,
    ),
    (
        "en",
        A,
        L,
        None,
        "Access request under mandate - Ms Amélie R.",
        """Dear DPO,

Safe Harbour Victim Support (Lyon) acts under a written mandate, attached, for a woman we support, Ms Amélie R., a Comptalia learner since 2025. She fled a violent partner in September and suspects that he changed the details on her account.

She wishes to know exactly what personal data your group holds about her, including every postal address and phone number on file and the history of changes to them. Her identity document is attached. Please send the copy to our secure address only.

Rosa Lindqvist, caseworker""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Paiement frauduleux - quelles données avez-vous sur moi ?",
        """Bonjour, ma banque m'a signalé un paiement de 1 290 € à STUDI que je n'ai jamais fait : quelqu'un a acheté une formation avec ma carte. J'ai fait opposition. Avant toute chose, je veux savoir quelles données personnelles à mon nom vous détenez (nom, adresse, téléphone, e-mail, compte apprenant éventuel) et d'où elles viennent. Merci.
Gérald Ponsin""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Copy of my data before deployment",
        """I'm an army reservist about to leave on a four-month deployment with no reliable internet. Before I go I'd like a copy of all the data you hold on me (training history, exam results, adviser notes), sent to my registered email. Cpl. Jonah Reeve, learner 55-ECL-0912""",
        W,
    ),
    (
        "fr",
        A,
        T,
        None,
        "ma fille est suivie",
        """Bonjour,
ma fille Clémence (24 ans) est suivie par un homme qui semble tout savoir de son emploi du temps de formation. Elle est très choquée et ne veut pas écrire elle-même. Pouvez-vous me transmettre la copie de ses données et la liste des personnes qui ont eu accès à son dossier ? Je suis sa mère.
Martine Goujon""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Recipients of my alumni profile",
        """I'm a nurse in an addiction-treatment unit. A patient showed me a printout of my ESMI alumni page. Under Art. 15, I'd like to know who the recipients of my alumni profile data are (which websites, partners, search engines) and to receive a copy of what is published. I'm not asking for anything else for now.
Priya Nandakumar""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Communication de mes coordonnées à des tiers",
        """Bonjour, je suis policier. J'ai des raisons de penser que quelqu'un a essayé d'obtenir mes coordonnées auprès de votre service en se faisant passer pour un proche. Je demande à savoir si mes données ont été communiquées à un tiers, à qui et quand, et à recevoir une copie de ce que vous détenez sur moi.
Cdt, Rémi Jaouen""",
        W,
    ),
    # ---- rectification ----
    (
        "fr",
        R,
        S,
        None,
        "CHANGEMENT D'ADRESSE - URGENT",
        """Bonjour, je ne vis plus au 14 rue des Tanneurs à Béziers. Merci de remplacer cette adresse par ma boîte postale : BP 42, 34501 Béziers Cedex. Mon ex-compagnon habite toujours à l'ancienne adresse. Merci de faire vite.
Sonia Raffin, apprenante ECOLEMS""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Change of email - please do not use the family mailbox",
        """Please change the email address on my account. The current one (harrison.family@example.net) is a shared family mailbox that my ex-husband still reads. My new address is the one I am writing from. Nothing about me should go to the family mailbox any more, including exam results and invoices.

Learner ID CPT-77013. Thank you.
Ellen Harrison""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Changement de nom",
        """Madame, Monsieur,
Suite à mon divorce (jugement du 3 septembre 2026, joint), je reprends mon nom de naissance. Merci de modifier mon nom sur mon compte et sur toutes mes futures attestations : Mme Céline AUBRY, et non plus Mme Céline FERRAGU. J'insiste sur l'importance de ce changement, qui est aussi une question de sécurité pour moi.
Céline Aubry""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Wrong phone number on my account",
        """Someone had access to my account for a few weeks this summer and changed the phone number on it. The number now on my profile is NOT mine. Please replace it with my real number, 06 44 18 92 07, and put back my own recovery email (the address I'm writing from). Learner DC-44081.""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Adresse mal saisie",
        """Mon voisin du dessous reçoit votre courrier à mon nom depuis deux mois, il m'a dit qu'il y avait mon relevé de notes dedans. Mon adresse est mal saisie : c'est 7 bis rue Lamartine, appartement 12, et non appartement 2. Merci de corriger.
Yanis Belkacem""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Mise à jour de mon profil",
        """Bonjour,
Mon profil apprenant indique toujours « Brigadier - Commissariat de Sète ». C'est obsolète depuis ma mutation. Merci de mettre à jour le champ employeur avec « Fonction publique d'État », sans autre précision.
Merci.""",
        W,
    ),
    (
        "fr",
        R,
        L,
        None,
        "M. Bernard Lesueur - mise à jour de l'adresse",
        """Madame, Monsieur,

Je suis la curatrice de M. Bernard Lesueur (jugement du tribunal judiciaire d'Alès, copie jointe), inscrit chez Comptalia. M. Lesueur réside désormais en résidence protégée. Je vous demande de remplacer son adresse postale par : Résidence Les Micocouliers, 12 route d'Uzès, 30100 Alès, et d'enregistrer mon adresse professionnelle comme adresse de correspondance. L'adresse actuellement enregistrée est celle d'un neveu avec lequel il est en conflit.

Isabelle Marty, mandataire judiciaire""",
        W,
    ),
    (
        "en",
        R,
        T,
        None,
        "Address change for one of our residents",
        """Hello, I'm a social worker at a women's shelter in Toulouse. One of our residents, Ms Fatou D., is a learner with Studi. Her file still shows the address of the home she fled. Could you change it to our shelter's PO box (BP 3318, 31027 Toulouse Cedex)? She is in the office with me and agrees, but she has no email address of her own right now.
Claire Mounier""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Mon prénom",
        """Bonjour,
Je suis une femme trans et mon prénom a été changé à l'état civil (jugement joint). Sur le forum Digital Campus, mon ancien prénom apparaît encore sur mon profil et sur mes anciens messages, et un ancien camarade s'en sert pour me harceler. Merci de remplacer partout mon ancien prénom par Maëlys.
Maëlys Ortiz""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "new number",
        """Please update my phone number to 06 71 29 30 84. The old one was stolen along with my phone.""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Emergency contact - please change today",
        """I need you to change the emergency contact on my Studi file. It is still Daniel Kerr, my ex-husband, against whom I have a protection order. Please put my sister instead: Fiona Kerr, 06 58 90 14 33. I'm scared he'll be called if something happens to me during an exam.
Ellie Kerr""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Date of birth",
        """My date of birth on my ECOLEMS account shows 12/03/1991; it should be 21/03/1991. I believe it was changed while my ex still had my password. Please correct it.""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Troisième relance - adresse toujours pas corrigée",
        """Troisième relance. Depuis le 5 septembre je vous demande de corriger mon adresse (remplacer 12 allée des Pins par 3 impasse du Moulin, 30400 Villeneuve). Vous continuez d'écrire à l'ancienne, où vit la personne qui me menace. Si ce n'est pas corrigé sous 48 heures, je dépose une plainte auprès de la CNIL.
Annie Vasseur""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Adresse de facturation",
        """L'adresse qui figure sur mes factures est celle de mon ex-conjoint (c'est lui qui avait payé l'acompte à l'époque). Je suis la seule titulaire du contrat. Merci de la remplacer par mon adresse actuelle : 22 rue Paul Bert, 69003 Lyon.
Hélène Vasseur-Picot""",
        W,
    ),
    (
        "en",
        R,
        L,
        None,
        "Rectification of surname - Mr A. Santini",
        """Dear Sir or Madam,

We represent Mr Aurelio Santini, a Comptalia learner. By decree of 9 November 2026 (copy attached), our client's surname was changed, for reasons related to his personal safety, to VIDAL. We ask you to rectify his surname in all your records, including his learner profile, invoices and certificates. Please confirm once done, to this office only.

Yours faithfully,
Pereira & Lang, avocats""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "name spelling / orthographe",
        """Hello, je suis irlandaise and my first name is spelled wrong everywhere on my account: it's Aoife, not Aiofe. Merci de corriger, it matters for the diploma. Aoife Brennan""",
        W,
    ),
    # ---- erasure ----
    (
        "fr",
        E,
        S,
        None,
        "aidez-moi s'il vous plaît",
        """Bonjour, je suis désolée si ce n'est pas la bonne adresse. J'ai été inscrite chez vous (ESMI) en 2023 quand j'habitais avec mon ex. Il m'a déjà retrouvée une fois à cause d'un courrier. Je veux que vous effaciez mon ancienne adresse, 5 chemin des Oliviers à Lunel, et tout ce qui me concerne et que vous n'êtes pas obligés de garder. Je ne veux plus exister dans vos fichiers. S'il vous plaît répondez uniquement sur cette adresse mail. Merci. L.""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Fake account in my name",
        """An account was opened in my name on Digital Campus with an email address that is not mine. I have never been your customer. Please close and delete that account and all data attached to it. Police report attached.
James Douglas""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "suppression",
        """Supprimez mon compte et toutes mes données, je suis suivie et je ne veux plus qu'il reste la moindre trace de moi chez vous. Merci. Inès K., n° 41122""",
        W,
    ),
    (
        "fr",
        E,
        T,
        None,
        "Faux compte au nom de mon amie",
        """Bonjour,
Quelqu'un a créé un compte sur votre forum Digital Campus au nom de mon amie, Élise Moreno, avec sa vraie photo, pour publier des messages humiliants. Elle est en arrêt maladie et m'a demandé de vous écrire. Supprimez ce compte et tout ce qu'il contient sur elle.
Nina Castaing""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Effacement de mes messages sur le forum",
        """Bonjour,
Je suis surveillant pénitentiaire. En 2024, j'ai posté sur le forum ECOLEMS des messages où je parle de mon établissement et de mes horaires de service. Je demande l'effacement de tous mes messages du forum et de ma photo de profil. Merci de me confirmer quand c'est fait.
Anthony Rivière""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Delete my forum profile",
        """Please delete my forum profile, profile picture and bio on the Studi community. A former classmate keeps quoting them in posts about me. My learner number is ST-60318.
Thank you, Hannah Wiltshire""",
        W,
    ),
    ("fr", E, S, None, "", """Supprimez mon compte. Urgent.""", W),
    (
        "en",
        E,
        S,
        None,
        "Graduation gallery photos",
        """There are photos of me in uniform in the 'Graduation day 2025' gallery on the Digital Campus website. Given my job, I want them deleted, together with any copy you keep in your files.
Sgt L. Moreau""",
        W,
    ),
    (
        "fr",
        E,
        T,
        None,
        "Pour ma femme",
        """Bonjour, je vous écris pour ma femme, Nathalie Perrin, apprenante chez Comptalia. Elle est harcelée par un ancien collègue et elle a peur. Elle voudrait que son compte et ses données soient supprimés. Elle n'ose pas écrire elle-même.
Cordialement, Franck Perrin""",
        W,
    ),
    (
        "en",
        E,
        L,
        None,
        "Erasure request on behalf of Ms Zoe Hartmann",
        """Dear Data Protection Officer,

I act for Ms Zoe Hartmann, a former learner of Digital Campus (signed mandate and copy of her passport attached). Ms Hartmann is the victim of stalking; a criminal complaint was lodged on 2 October 2026.

On her behalf, I request the erasure, under Article 17(1)(a) GDPR, of all personal data relating to her that is no longer necessary for the purposes for which it was collected, and in particular her contact details, profile photograph and forum activity. Where you consider that a legal obligation requires you to retain any item, please identify it and the retention period.

Please confirm in writing to my office.

Yours faithfully,
Samuel Okoye, solicitor""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Mon numéro de téléphone",
        """Je suis infirmière. Un patient a obtenu mon numéro de portable et je ne sais pas comment. Par précaution, merci d'effacer mon numéro de téléphone de vos fichiers, je ne veux plus que vous le conserviez. Je garde mon compte.
Audrey Lemaire""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Reminder: erasure request DSR-2026-004812",
        """Reminder: erasure request sent on 29 October 2026 (ref. DSR-2026-004812). No confirmation received. Please action it.""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Compte créé avec ma carte",
        """Un compte apprenant a été créé avec mon nom et ma carte bancaire (opposition faite, plainte n° 2026/00371). Je n'ai jamais rien souscrit chez vous. Supprimez ce compte et toutes les données me concernant qui y figurent.
Olivier Charrier""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "My video testimonial",
        """Hello, in 2023 I recorded a short video testimonial for Comptalia. Since then I have started working at a public prosecutor's office and I would like that video, and every other recording of me, to be deleted from your servers and your YouTube channel.
Laura Becque""",
        W,
    ),
    (
        "fr",
        E,
        L,
        None,
        "Demande d'effacement - Mme Yasmina T.",
        """Association Parenthèse - Aide aux victimes de l'Hérault
Objet : demande d'effacement de données

Madame, Monsieur,
Notre association accompagne Mme Yasmina T., victime de violences conjugales, qui nous a donné mandat écrit pour exercer ses droits auprès de vous (mandat et pièce d'identité joints). Mme T. a été inscrite par son ex-conjoint à une formation Studi en 2025 ; c'est lui qui a fourni ses coordonnées. Elle demande l'effacement de l'ensemble des données la concernant.
Merci d'adresser votre réponse à l'association.
Bien cordialement,
Jocelyne Arnaud, juriste""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Webinar replay",
        """I'm a city councillor. A 2024 webinar replay on the Studi website shows me asking questions, with my face and my name, and clips of it are circulating on social media with hostile captions. Please delete that replay, or at least my part of it, and any copy.
Cllr Ben Ashworth""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Attestation envoyée à une autre personne",
        """Vous avez envoyé mon attestation de fin de formation à une autre apprenante. Je n'ai plus confiance. Effacez toutes mes données, à part ce que la loi vous oblige à garder.
Mélanie Croze""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "delete my account",
        """Hi, sorry my French is bad. Je voudrais supprimer my account and all my data please. I move back to Cork and I do not want my ex to find me through the school. Thanks, Siobhan""",
        W,
    ),
    # ---- restriction ----
    (
        "fr",
        RS,
        S,
        None,
        "NE PAS SUPPRIMER - messages du forum",
        """Bonjour,
J'ai lu que les messages du forum sont supprimés au bout d'un certain temps. Un ancien camarade m'a harcelée par messages privés (compte « lucas_dc24 »). J'ai déposé plainte et j'ai besoin de ces messages pour la procédure. Je vous demande de les conserver et de bloquer leur effacement, sans les utiliser à d'autres fins, jusqu'à la fin de la procédure.
Camille Roussel""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Freeze the fake account",
        """Someone opened an account with my identity. I've filed a police report. I'm asking you to freeze that account: don't delete it (the police may need it), don't use the data and don't send anything from it until the investigation is over.
Alan Pike""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Bloquer mon adresse",
        """Je vous demande de bloquer mon adresse postale : ne l'utilisez plus pour aucun envoi, ne l'affichez nulle part et ne la communiquez à personne, en attendant que je vous donne une adresse sûre. Je sais que vous devez peut-être la garder pour les factures : gardez-la, mais gelée.
Nadège""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Contested entry in my file",
        """My learner file states that I was "excluded for inappropriate behaviour" from a live class in March 2026. That is false: the person who harassed me was excluded, not me. I contest the accuracy of this entry and will send you the tutor's emails. In the meantime, please restrict its processing: don't use it and don't show it to tutors or advisers.
Grace Adeyemi""",
        W,
    ),
    (
        "fr",
        RS,
        L,
        None,
        "Limitation du traitement - Mme Lucie Faure",
        """Maître Renaud Astier
Avocat

Madame, Monsieur,

Ma cliente, Mme Lucie Faure (mandat joint), engage une procédure contre un ancien apprenant qui l'a harcelée sur vos plateformes. Les données la concernant, y compris ses échanges sur le forum et les signalements qu'elle a effectués, lui sont nécessaires pour la constatation et l'exercice de ses droits en justice.

Je vous demande, au titre de l'article 18, 1, c) du RGPD, de limiter le traitement de ces données et de les conserver jusqu'à l'issue de la procédure, nonobstant vos durées de conservation habituelles.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

R. Astier""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Restrict my contact details",
        """Until the court order I've applied for is granted, I ask you to restrict the processing of my contact details (address, phone, email): keep them stored, but do not use them or disclose them to anyone, including people who call and claim to be family.
Beth Corran""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Contestation de ma date de fin de formation",
        """Bonjour,
Votre dossier indique que ma formation s'est terminée le 30 juin 2025, ce qui est inexact (je suivais encore des cours en septembre). Je conteste cette date. Le temps que vous vérifiiez, je demande la limitation du traitement de cette donnée.
Karim Hadj""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Art. 18",
        """Please restrict processing of my data (Art. 18 GDPR) pending my complaint. Learner ST-77310.""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Formation achetée avec ma carte volée",
        """Une formation a été achetée avec ma carte volée et le compte créé est à mon nom. Ne le supprimez pas pour l'instant (enquête en cours), mais bloquez-le : aucune utilisation, aucun envoi. Merci.
Corinne Vidal""",
        W,
    ),
    (
        "en",
        RS,
        T,
        None,
        "Mr Dylan Ashby",
        """Hello, I'm the social worker of one of your learners, Mr Dylan Ashby, who is in hospital after an assault by a family member. Could you please block any use of his address and phone number until he's discharged? He can't write himself at the moment.
Tom Ellery, hospital social services""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Relance demande de limitation",
        """Bonjour,
Le 20 octobre, je vous ai demandé de geler mes données (ne plus les utiliser ni les transmettre) le temps de l'enquête sur l'usurpation de mon identité. Je n'ai eu aucune réponse. Merci de traiter ma demande.
Stéphane Morel""",
        W,
    ),
    (
        "fr",
        RS,
        T,
        None,
        "Ma fille Camille",
        """Bonjour,
Ma fille Camille, 20 ans, est hébergée en foyer après des violences familiales. Elle m'a demandé de vous écrire : bloquez l'utilisation de son adresse et de son téléphone et ne communiquez rien à son père, en attendant qu'elle puisse vous écrire elle-même.
Sylvie Arnaud""",
        W,
    ),
    (
        "fr",
        RS,
        L,
        None,
        "Mme Odile Barre - demande de limitation",
        """Madame, Monsieur,
Mandataire judiciaire à la protection des majeurs, je suis le tuteur de Mme Odile Barre (jugement joint). Un contrat de formation a été souscrit à son nom en mai 2026 alors qu'elle était déjà sous tutelle ; nous en contestons la validité. Je vous demande de limiter le traitement de ses données personnelles jusqu'à ce que ce litige soit tranché.
Philippe Delorme""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Please don't archive my training history",
        """Your policy says training history is kept five years after the last use of the platform. For me that falls next month. I need this history for an employment tribunal hearing in March 2027, so please don't delete it: restrict it instead until the case is over.
Nathan Cole""",
        W,
    ),
    # ---- objection ----
    (
        "en",
        O,
        S,
        None,
        "Alumni directory - police officer",
        """I am a serving police officer. I've just found my full name, photo, town and current job title in the ESMI alumni directory, which is indexed by search engines. For my safety and my family's, I object to the processing of my data in this directory. Please confirm.
PC Aaron Whitfield""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Opposition - page « Ils ont réussi avec Comptalia »",
        """Je suis gendarme. Ma photo et le lien vers mon profil LinkedIn apparaissent sur la page « Ils ont réussi avec Comptalia ». Je n'ai jamais demandé à y figurer et ma fonction m'expose. Je m'oppose, pour des motifs légitimes tenant à ma sécurité, à cette publication.
Adjudant T. Garnier""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Objection",
        """I'm a journalist covering organised crime. My name, employer and city are listed in the Digital Campus alumni directory. I object to this processing on grounds relating to my particular situation (Art. 21(1) GDPR).
M. Delacroix""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Annuaire des anciens",
        """Bonjour,
Je travaille en centre pénitentiaire. Je viens de découvrir que mon nom et ma ville figurent dans l'annuaire des anciens d'ECOLEMS, accessible à tous les inscrits. Des détenus suivent aussi des formations à distance. Je m'oppose à ce que mes données apparaissent dans cet annuaire.
Sandrine Lopez""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Learner spotlight page",
        """I'm an A&E nurse. Your "Learner spotlight" page shows my name, photo and the hospital where I work. We get aggressive patients who look staff up online. I object to this use of my data.
Joanne Pritchard""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Mur des réussites",
        """Adjoint au maire de ma commune, je suis régulièrement pris à partie sur les réseaux sociaux. Votre « mur des réussites » sur Facebook affiche mon nom et mon diplôme Studi, et les commentaires sont devenus insultants. Je m'oppose à ce traitement de mes données.
Jean-Luc Ferrière""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Forum profile visibility",
        """I object to my profile (name, photo, city) being visible to other learners on the forum. A former classmate is using it to keep track of me.
Chloe Nguyen""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Liste de promotion",
        """Je m'oppose à figurer sur la liste de promotion visible par les autres apprenants de ma classe. Une personne de cette promo me harcèle depuis des mois.
Amandine""",
        W,
    ),
    (
        "en",
        O,
        L,
        None,
        "Objection on behalf of Ms Kate Marlowe",
        """Dear DPO,

We act for Ms Kate Marlowe, television presenter (letter of engagement attached). Our client's name and photograph appear in the Studi alumni directory and in a "Famous alumni" carousel on your home page. Because of her public profile she receives threats, some of which reference her training. On her behalf, we object under Article 21(1) GDPR to the processing of her personal data in the directory and carousel.

Kind regards,
Hollis Grant LLP""",
        W,
    ),
    (
        "fr",
        O,
        L,
        None,
        "Annuaire des anciens - personnels pénitentiaires",
        """Madame, Monsieur,
En tant que délégué syndical, mandaté par les trois agents dont la liste et les mandats sont joints, je vous informe qu'ils s'opposent, pour des raisons de sécurité liées à leur métier de surveillant, à la présence de leurs noms, photos et villes dans l'annuaire des anciens élèves ECOLEMS.
Syndicat pénitentiaire - section de Villeneuve-lès-Maguelone
Marc Giraudet""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "'Where are they now' newsletter",
        """Your alumni newsletter "Where are they now?" is going to feature former learners who joined the armed forces, and my adviser told me I'm in it. I'm a serving soldier. I object to my name and posting being used in it.
Pte Callum Fraser""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Suivi personnalisé",
        """Je m'oppose au suivi personnalisé et aux statistiques d'apprentissage établis à partir de mon activité sur la plateforme. Je veux bien suivre mes cours, mais sans être profilée.
Agathe Rolland""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Prestataires d'analyse",
        """Je m'oppose à ce que mes données soient transmises à vos prestataires d'analyse d'audience et de moteurs de recherche. Je veux continuer ma formation, mais pas que mon activité serve à ça.""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Replays des classes virtuelles",
        """Je suis journaliste et je participe aux classes virtuelles caméra allumée. Les replays sont accessibles à toute la promo et je ne sais pas qui les télécharge. Je m'oppose à l'enregistrement et à la diffusion de mon image dans ces replays, pour des motifs liés à ma profession.
Lucie Marchetti""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Second reminder - objection of 12 September, CNIL complaint to follow",
        """Dear Sir or Madam,

On 12 September 2026 I objected to the appearance of my name and photograph in your alumni directory, explaining that I am a prison governor and that this exposes me. I sent a reminder on 14 October. I have had no answer, and my profile is still online.

I renew my objection. If it is not acted upon within fifteen days, I shall lodge a complaint with the CNIL.

Yours faithfully,
Robert Anstey""",
        W,
    ),
    (
        "fr",
        O,
        T,
        None,
        "Noms de nos agents sur votre site",
        """Madame, Monsieur,
La direction du centre hospitalier de Sète a constaté que les noms, photos et services de plusieurs de nos infirmières apparaissent sur votre page « Témoignages de diplômés ». Des patients les y ont retrouvées. Nous nous opposons à ce que les noms de nos agents y figurent et vous demandons de les retirer.
Direction des ressources humaines""",
        W,
    ),
    # ---- marketing_objection ----
    (
        "fr",
        M,
        S,
        None,
        "Arrêtez de m'appeler",
        """Arrêtez de m'appeler sur ce numéro pour me proposer des formations. C'est un téléphone que je partage avec quelqu'un que je fuis, il risque de décrocher. Plus aucun appel commercial, s'il vous plaît.""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Unsubscribe",
        """Please unsubscribe me from all your marketing emails. Thanks.""",
        W,
    ),
    ("fr", M, S, None, "STOP", """STOP SMS""", W),
    (
        "en",
        M,
        S,
        None,
        "Paper catalogue",
        """Please stop sending your paper catalogue to 9 Orchard Lane. I moved out a year ago and my ex still lives there; every catalogue tells him I'm still studying with you. I don't want any more advertising by post.
K. Lambert""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Démarchage téléphonique",
        """Bonjour, je reçois encore des appels de vos conseillers alors que j'ai fini ma formation. Je ne veux plus être démarché par téléphone. Je me suis aussi inscrit sur Bloctel.
Gilles Fabre""",
        W,
    ),
    (
        "en",
        M,
        T,
        None,
        "Calls to my wife",
        """Your sales team keeps phoning my wife, Sarah Boyd, several times a week at her work, which is a secure unit where she's not supposed to take personal calls. Please stop calling her with offers.
Ian Boyd""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Désinscription newsletter",
        """Après la fuite de données dont parle la presse, je préfère ne plus recevoir vos newsletters ni vos offres par e-mail. Merci de me désinscrire.
Béatrice Lemoine""",
        W,
    ),
    ("en", M, S, None, "unsubscribe", """unsubscribe""", W),
    (
        "fr",
        M,
        S,
        None,
        "Courriers publicitaires à mon travail",
        """Je reçois vos offres commerciales par courrier à l'adresse de mon établissement pénitentiaire, où le courrier est ouvert par le vaguemestre. Je ne veux plus aucune publicité par courrier postal.
F. Ndiaye""",
        W,
    ),
    (
        "fr",
        M,
        T,
        None,
        "Appels à mon compagnon",
        """Vos conseillers appellent sans arrêt mon compagnon, Julien Marc, sur son portable de service de sapeur-pompier pour lui vendre des formations. Merci d'arrêter ces appels commerciaux.
Laurence Pagès""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Opposition à la prospection",
        """Je m'oppose à toute prospection commerciale de votre part, quel que soit le canal (e-mail, SMS, téléphone, courrier).
Vincent Tessier, CPT-552014""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Calls during night shifts",
        """I work night shifts in an intensive care unit. Your advisers call me at 10 a.m. when I'm asleep, to sell me another course. Please stop calling me for sales purposes.
Marta Kowalczyk""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "3e demande : ne plus m'appeler",
        """C'est la troisième fois que je vous demande de ne plus m'appeler pour vos offres. Hier encore, un conseiller m'a appelée. La prochaine fois, je porte plainte auprès de la CNIL.
Nathalie Brun""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Fwd: Black Friday -40 % sur toutes nos formations",
        """Please arrêtez the promotional emails, I never asked for them.

---------- Forwarded message ----------
From: Studi <offres@studi.example>
Subject: Black Friday -40 % sur toutes nos formations
Profitez de -40 % sur toutes nos formations jusqu'à dimanche minuit ! Pour ne plus recevoir nos offres, cliquez ici.""",
        W,
    ),
    # ---- consent_withdrawal ----
    (
        "fr",
        C,
        S,
        None,
        "Retrait de mon témoignage",
        """Bonjour,
En 2024, j'avais accepté que mon témoignage écrit et ma photo soient publiés sur le site Comptalia. Je suis désormais surveillante pénitentiaire et je retire mon consentement à cette publication.
Élodie Marchand""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Consent withdrawal - video testimonial",
        """I gave my consent in 2024 to the use of my video testimonial on Digital Campus's website and social media. I've since joined the police and I withdraw that consent.
Daniel Okonjo""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Photo dans la brochure",
        """J'avais signé une autorisation pour que ma photo soit utilisée dans votre brochure ESMI. Je retire cette autorisation : elle ne doit plus être utilisée dans les prochaines éditions.
Pauline Girard""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Cookies",
        """I withdraw my consent to the cookies used to personalise the offers you send me. Audience measurement is fine, the rest is not.""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Vitrine LinkedIn des diplômés",
        """J'avais coché la case pour apparaître dans la vitrine des diplômés avec lien vers mon profil LinkedIn. Depuis, on me contacte pour me menacer à cause de mon travail de journaliste. Je retire mon consentement.
Thomas Kerbrat""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Recording of live classes",
        """When I enrolled I agreed to be recorded in live classes. I now withdraw that consent: please don't record me any more.
Aisha Rahman""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Témoignage écrit",
        """Je retire mon consentement à l'utilisation de mon témoignage écrit (celui signé « Farid, 34 ans, Marseille »). Pour des raisons personnelles, je ne veux plus qu'il soit utilisé.""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Case study",
        """Last year I agreed to let ESMI use my story (nurse retraining in property management) as a case study on your blog. A former patient has found it and contacted me. I withdraw my consent.
Rebecca Hale""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Photo de remise de diplôme",
        """Militaire, j'avais donné mon accord pour la publication de ma photo de remise de diplôme sur vos réseaux. Je retire cet accord à compter d'aujourd'hui.
Sergent-chef Kevin Albert""",
        W,
    ),
    (
        "en",
        C,
        L,
        None,
        "Withdrawal of consent - testimonial of Mr Victor Lang",
        """Dear Sirs,

We are instructed by Mr Victor Lang, a well-known chef (authority attached). In 2023 he consented to the use of his name and a quote in your advertising for Comptalia. Our client hereby withdraws that consent, with effect from today.

Yours faithfully,
Carrow & Finch Solicitors""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Agrégation avec vos partenaires",
        """Je retire mon consentement à l'agrégation de mes données avec celles que vous recevez de vos partenaires commerciaux.""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Alumni success stories",
        """I had agreed to appear in your "Alumni success stories" emails. Given my new job in the prison service, I withdraw that consent.
Lee Carver""",
        W,
    ),
    # ---- portability ----
    (
        "en",
        P,
        S,
        None,
        "Export of my data",
        """I have changed my name and moved to another region for my safety, and I'm continuing my training with another provider. Please send me an export of my data (training history, results, submitted work) in a machine-readable format so I can transfer it.
J. Walsh""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Portabilité",
        """Bonjour, militaire muté outre-mer, je souhaite récupérer mes données de formation dans un format structuré et lisible par machine (JSON ou CSV) afin de les transmettre à l'organisme de formation de ma nouvelle affectation.
Caporal-chef Loïc Bernier""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Data portability",
        """Please provide my personal data in a structured, commonly used, machine-readable format (Art. 20 GDPR). Learner ID DC-30277.""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Fichier de mon historique",
        """Est-ce que vous pouvez m'envoyer un fichier CSV de mon historique de formation et de mes notes ? Je change d'école.
Merci, Sofiane""",
        W,
    ),
    (
        "en",
        P,
        L,
        None,
        "Portability request under mandate",
        """This request is submitted by DataRights Agent Ltd on behalf of our user, Ms Helena Voss, under the attached mandate. Ms Voss requests that her personal data be provided to her in a structured, commonly used, machine-readable format, pursuant to Article 20 GDPR. Please deliver the export to her registered email address.""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Export de mes données",
        """Policière mutée à Lille, je poursuis ma formation dans un autre organisme. Merci de m'envoyer un export de mes données (progression, résultats, devoirs rendus) dans un format réutilisable.
Sarah Lemaître""",
        W,
    ),
    ("en", P, S, None, "export", """Can I get my data as a JSON file? Thanks.""", W),
    (
        "fr",
        P,
        S,
        None,
        "Relance - portabilité",
        """Relance de ma demande de portabilité du 4 novembre : je n'ai toujours pas reçu le fichier de mes données. Merci.
Émilie Guerin""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Direct transfer to the hospital's training department",
        """I'm a nurse and my hospital's training department will take over my course. Under Art. 20(2), could you transmit my training data directly to them in a machine-readable format? Their contact: formation@ch-example.fr.
Nadia Benali""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Récupérer mes travaux",
        """Je suis journaliste indépendante et je quitte Digital Campus. Je voudrais récupérer toutes mes données (travaux rendus, notes, historique) dans un format exploitable pour les réutiliser ailleurs.
Anne-Sophie Perret""",
        W,
    ),
    # ---- multi-label ----
    (
        "en",
        AE,
        S,
        None,
        "Account opened under my identity",
        """Hello,

I've just learned that an ESMI account was opened under my identity in August: my name, my date of birth and my mobile number. I never signed up. I want two things: first, a copy of everything you hold about me and about that account (including the IP address used to create it), which I'll give to the police; then, once you've sent it, delete the account and all my data.

Thomas Ridley""",
        W,
    ),
    (
        "fr",
        AE,
        S,
        None,
        "Fuite de données - copie puis suppression",
        """Bonjour,
Suite à l'article paru hier sur une fuite de données dans un organisme de formation, je veux d'abord une copie de toutes mes données, puis que vous les supprimiez.
Laetitia Ramos""",
        W,
    ),
    (
        "fr",
        AE,
        L,
        None,
        "Mme Aurélie V. - accès et effacement",
        """Madame, Monsieur,
L'association SOS Femmes 30, mandatée par Mme Aurélie V. (mandat et pièce d'identité joints), vous demande en son nom : 1) la communication de toutes les données la concernant, notamment les coordonnées enregistrées et les personnes qui les ont modifiées ; 2) l'effacement de ces données une fois cette copie transmise.
Réponse à l'association uniquement, merci.
Christine Faure, travailleuse sociale""",
        W,
    ),
    (
        "fr",
        ARS,
        S,
        None,
        "Usurpation d'identité",
        """Bonjour,
Quelqu'un a ouvert un compte Comptalia à mon nom en octobre. Je vous demande une copie de toutes les données liées à ce compte (e-mail, téléphone, adresse, IP, dates), et, en attendant la fin de l'enquête, de bloquer ce compte : ne le supprimez pas, ne l'utilisez pas.
Benoît Lacaze""",
        W,
    ),
    (
        "fr",
        ARS,
        L,
        None,
        "M. Julien Petit - accès et limitation",
        """Je suis le curateur de M. Julien Petit (jugement joint). Il nous semble qu'un proche a utilisé son identité pour s'inscrire à plusieurs formations. Je vous demande la copie de toutes les données personnelles de M. Petit et la limitation de leur traitement pendant notre vérification.
Association tutélaire du Gard, service majeurs protégés""",
        W,
    ),
    (
        "fr",
        RRS,
        S,
        None,
        "Ancienne adresse",
        """Bonjour,
L'adresse sur mon compte n'est plus la bonne : remplacez-la par 18 rue Voltaire, 34000 Montpellier. Quant à l'ancienne, je vous demande de la geler : ne l'utilisez plus jamais, même pour une relance de paiement. Mon ex-mari y vit.
Fatima Cherki""",
        W,
    ),
    (
        "en",
        RRS,
        L,
        None,
        "Ms Jade Porter - correction and restriction",
        """Dear Privacy Team,

I am an Independent Domestic Violence Advisor and I hold signed authority from Ms Jade Porter (attached, with her ID) to act on her behalf with you. Ms Porter's record contains an incorrect mobile number, which belongs to her former partner; please replace it with 07 12 44 90 18. In addition, pending a decision of the family court, she asks you to restrict the processing of her postal address: keep it, but do not use or disclose it.

Kind regards,
Megan Lloyd, IDVA""",
        W,
    ),
    (
        "fr",
        RE,
        S,
        None,
        "Adresse à changer et ancienne adresse à effacer",
        """Je viens de déménager pour fuir mon ex-conjoint. Remplacez mon adresse par 4 place du Marché, 12100 Millau, et effacez l'ancienne de votre historique : je ne veux pas qu'elle reste dans vos fichiers.
Manon Teissier""",
        W,
    ),
    (
        "fr",
        RE,
        T,
        None,
        "Une personne que j'accompagne",
        """Bonjour,
Assistante sociale au CCAS, j'accompagne une apprenante de chez vous, Mme Rachida E., qui a dû quitter son logement en urgence. Pourriez-vous mettre à jour son adresse (celle du CCAS : 1 rue de la Mairie, 34400 Lunel) et supprimer l'ancienne de son dossier ?
Valérie Montel""",
        W,
    ),
    (
        "en",
        OE,
        S,
        None,
        "Alumni directory",
        """I'm a psychiatric nurse. A patient found my profile in the Digital Campus alumni directory. I object to appearing there and I want the profile deleted, not just hidden.
Sophie Blake""",
        W,
    ),
    (
        "fr",
        CE,
        S,
        None,
        "Vidéo témoignage",
        """Je retire mon consentement pour la vidéo témoignage tournée en 2024 et je vous demande de supprimer la vidéo et les photos du tournage de vos fichiers. Je suis gardien de prison depuis.
Mickaël Blanc""",
        W,
    ),
    (
        "en",
        CEM,
        S,
        None,
        "Testimonial, data and marketing",
        """Dear Studi,

I am a radio presenter. In 2023 I agreed to provide a testimonial with my photo for your Digital Campus adverts. I now withdraw that consent. I also want you to erase my personal data, and I don't want to receive any more marketing from you by any channel.

Rachel Stone""",
        W,
    ),
    (
        "fr",
        EM,
        S,
        None,
        "Mon numéro",
        """Effacez mon numéro de portable de vos fichiers et arrêtez de m'appeler pour vos formations. Quelqu'un que je fuis a eu ce numéro par un de vos anciens conseillers, je ne sais pas comment.
D. Pelletier""",
        W,
    ),
    (
        "fr",
        EM,
        T,
        None,
        "Pour ma sœur",
        """Bonjour,
ma sœur, Lucie Armand, est harcelée par son ancien compagnon. Elle m'a demandé de vous écrire : elle veut que vous supprimiez ses données et que vous arrêtiez de lui envoyer de la publicité, par e-mail et par courrier.
Julien Armand""",
        W,
    ),
    (
        "en",
        AO,
        S,
        None,
        "What do you publish about me?",
        """I'm a journalist. I want to know exactly what personal data about me you publish or share (directory, testimonials, partner websites): please send me a copy of all the data you hold about me. I also object to my appearing in the alumni directory.
Peter Nakamura""",
        W,
    ),
    (
        "fr",
        AO,
        S,
        None,
        "Mise en demeure - accès et opposition - saisine de la CNIL",
        """Madame, Monsieur,

Par courrier du 1er septembre 2026, je vous ai demandé :
- la communication de l'ensemble de mes données personnelles ;
- de cesser de faire figurer mon nom, ma photo et mon poste d'officier de police dans votre annuaire des anciens, auquel je m'opposais pour des raisons de sécurité.

Plus de deux mois après, je n'ai reçu aucune réponse et mon profil est toujours visible. Je vous mets en demeure de satisfaire ces deux demandes sous huit jours. À défaut, je saisirai la CNIL (3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07) d'une plainte, copie de la présente à l'appui.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Commandant Hervé Sauvage""",
        W,
    ),
    (
        "fr",
        ORS,
        S,
        None,
        "Opposition et gel de mes données",
        """Je suis policier et je m'oppose à ce que mes données apparaissent dans vos supports de communication (témoignages, annuaire). Le temps que vous examiniez mon opposition, je vous demande de limiter leur traitement : plus aucune publication.
Brigadier-chef Y. Lemoal""",
        W,
    ),
    (
        "en",
        AR,
        S,
        None,
        "Where is my mail going?",
        """A neighbour handed me an envelope from you that had been delivered to the wrong building. Please tell me which postal address you have on file for me and send me a copy of my data, and correct the address: it's 27 Rue Jean Jaurès, Flat 3, not Flat 8.
Oliver Grant""",
        W,
    ),
    (
        "fr",
        AP,
        S,
        None,
        "Copie et export de mes données",
        """Militaire en partance pour une mission de six mois, je veux une copie de toutes mes données et un export de mon historique de formation au format CSV pour le reprendre au retour avec un autre organisme.
Adjudant Frédéric Roux""",
        W,
    ),
    (
        "en",
        PE,
        S,
        None,
        "Moving on",
        """I'm leaving Studi and moving abroad. Please send me an export of my data in JSON, then delete my account and everything you don't legally need to keep.
Clara Jensen""",
        W,
    ),
    (
        "fr",
        ERS,
        S,
        None,
        "Mon profil et ses messages",
        """Bonjour,
Un ancien camarade me harcèle sur le forum. Je vous demande deux choses : supprimer mon profil et ma photo du forum, et en revanche conserver ses messages qui me concernent sans les utiliser ni les effacer, parce que je porte plainte et que les enquêteurs en auront besoin.
Océane Perrot""",
        W,
    ),
    (
        "fr",
        CO,
        S,
        None,
        "Photo et annuaire",
        """Je retire mon consentement pour l'utilisation de ma photo dans la vitrine « Nos diplômés » et je m'oppose à ma présence dans l'annuaire des anciens. Je travaille dans l'administration pénitentiaire.
Lionel Castel""",
        W,
    ),
    (
        "en",
        AEM,
        S,
        None,
        "After the breach",
        """After the data breach reported in the press this week, I want: a copy of everything you hold about me; the deletion of all of it afterwards; and no more marketing emails or calls, starting now.
Derek Holm""",
        W,
    ),
    (
        "fr",
        RM,
        S,
        None,
        "Boîte mail partagée",
        """Bonjour,
Mon adresse e-mail de contact est une boîte familiale que mon ex-mari consulte encore. Remplacez-la par celle-ci (celle d'où j'écris). Et je ne veux plus recevoir aucune offre commerciale, sur aucune adresse.
Sandrine Jolivet""",
        W,
    ),
    (
        "fr",
        APE,
        L,
        None,
        "Droits d'accès, de portabilité et d'effacement - Mme Inès Marchal",
        """Madame, Monsieur,

Je suis l'avocate de Mme Inès Marchal, apprenante Studi depuis 2024 (mandat et pièce d'identité joints). Ma cliente, victime de violences conjugales, a quitté la région.

En son nom, je vous demande :
1. la communication de l'ensemble des données la concernant (article 15 du RGPD) ;
2. la transmission de ses données de formation dans un format structuré et lisible par machine (article 20), afin qu'elle poursuive son parcours ailleurs ;
3. à l'issue de ces envois, l'effacement de ses données (article 17), sous réserve de vos obligations légales de conservation.

Merci d'adresser l'ensemble à mon cabinet exclusivement.

Maître Claire Dubreuil""",
        W,
    ),
    (
        "en",
        AC,
        S,
        None,
        "My consents",
        """Please send me a copy of my data, including the list of consents you have recorded for me. I withdraw my consent to the use of my photo on your websites.
Hugo Martins""",
        W,
    ),
    (
        "en",
        OM,
        S,
        None,
        "Being tracked",
        """I'm being stalked by someone I met on your Digital Campus course. I object to my profile being visible to other learners. Also, stop calling and texting me with sales offers: my phone is being monitored and I want as little contact as possible.
Anna""",
        W,
    ),
    (
        "en",
        CM,
        S,
        None,
        "Marketing consent",
        """I withdraw my consent to marketing and please unsubscribe me from emails and SMS.""",
        W,
    ),
    # ---- minor_parental ----
    (
        "fr",
        MP_E,
        PA,
        None,
        "Ma fille de 15 ans",
        """Bonjour,
Ma fille Zoé, 15 ans, s'est inscrite sans me le dire à l'essai gratuit Digital Campus. Un adulte l'a contactée via la messagerie du forum et lui a demandé où elle habitait. Je vous demande de supprimer immédiatement son compte et toutes ses données. Je joins le livret de famille et ma carte d'identité.
Caroline Hamon""",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "My son is 13",
        """My 13-year-old son registered for one of your free coding webinars by lying about his age. As his father, I ask you to delete all his data. Birth certificate attached.
Mark Jennings""",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "Données de mon neveu - tutelle",
        """Madame, Monsieur,
Je suis la tutrice légale de mon neveu Enzo, 12 ans (ordonnance du juge des tutelles jointe). Il s'est inscrit à un atelier de programmation gratuit chez vous avec son adresse. Pour des raisons de protection (son père ne doit pas connaître son lieu de vie), je vous demande de supprimer toutes ses données.
Marie-Paule Caron""",
        W,
    ),
    (
        "en",
        MP_O,
        PA,
        None,
        "My daughter's photo on your Instagram",
        """Your Instagram account posted a photo from an open day where my 16-year-old daughter is clearly recognisable, with her first name in the caption. She is being bullied at school about it. As her mother, I object to your using her image and name.
Dawn Reilly""",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "urgent ma fille",
        """Ma fille a 14 ans. Supprimez tout ce que vous avez sur elle, elle reçoit des messages d'un inconnu depuis votre site. Urgent. Mme Benhamou""",
        W,
    ),
    (
        "fr",
        MP_A,
        PA,
        None,
        "Données de mon fils mineur",
        """Bonjour,
Mon fils Nolan, 15 ans, suit un module gratuit chez vous. Je crains qu'un adulte le contacte par la messagerie. En tant que père titulaire de l'autorité parentale, je demande la copie de ses données, y compris de ses messages privés.
Sébastien Vial""",
        W,
    ),
    (
        "en",
        MP_A,
        PA,
        None,
        "What do you hold about my daughter?",
        """My daughter is 13. She says she only watched one video, but she's been getting calls from your advisers. What data do you hold about her? Please send me a copy. Proof of parental responsibility attached.
Gemma Watts""",
        W,
    ),
    (
        "fr",
        MP_AE,
        PA,
        None,
        "Mon fils de 16 ans",
        """Bonjour,
mon fils Hugo, 16 ans, s'est inscrit sur Digital Campus. Il s'y est fait harceler par un autre inscrit. Je demande d'abord une copie de ses données et des messages reçus, pour la plainte, puis la suppression de son compte.
Anne Delmas, sa mère""",
        W,
    ),
    (
        "en",
        MP_AE,
        PA,
        None,
        "Breach - my son's data",
        """My son is 17 and has an ECOLEMS account. Given the breach in the news, I want a copy of his data and then its deletion. I hold parental responsibility (document attached).
Andrew Pollard""",
        W,
    ),
    (
        "fr",
        MP_R,
        PA,
        None,
        "Coordonnées du responsable légal",
        """Bonjour,
Ma fille Inaya, 16 ans, est inscrite chez ECOLEMS. Le « responsable légal » enregistré est son père, dont l'autorité parentale a été retirée par jugement (copie jointe). Merci de remplacer ses coordonnées par les miennes : Mme Sonia Haddad, 06 22 81 47 90.
Sonia Haddad""",
        W,
    ),
    (
        "en",
        MP_RS,
        PA,
        None,
        "Keep the messages sent to my son",
        """My son Leo (14) received disturbing private messages from an adult on your forum. The police are investigating. Please don't delete anything from his account or those messages; lock them so they're kept for the investigation and not used otherwise.
Kevin Marsh, his father""",
        W,
    ),
    (
        "fr",
        MP_RS,
        PA,
        None,
        "Ne rien envoyer à l'adresse du père",
        """Ma fille Lina a 15 ans et suit une formation ESMI. Son père fait l'objet d'une interdiction de contact. Je vous demande de bloquer l'utilisation de l'ancienne adresse familiale dans le dossier de Lina : ne l'utilisez plus et ne la communiquez à personne.
Nadia Ferhat""",
        W,
    ),
    (
        "en",
        MP_C,
        PA,
        None,
        "Withdrawal of consent for my son's photo",
        """I signed a photo consent form for my son Jamie (16) at your open day. I withdraw that consent.
Paula Dunn""",
        W,
    ),
    (
        "fr",
        MP_P,
        PA,
        None,
        "Export des données de mon fils",
        """Bonjour, mon fils Mathis (17 ans) change d'établissement à cause d'un harcèlement. Merci de nous transmettre ses données de formation (progression, notes, devoirs) dans un fichier exploitable pour son nouvel organisme. Je suis sa mère.
Christelle Roussel""",
        W,
    ),
    (
        "en",
        MP_EM,
        PA,
        None,
        "My 15-year-old",
        """Your advisers keep calling my 15-year-old daughter's mobile. She gave her number on a form without asking me. Delete her data and stop all marketing to her.
Louise Carter""",
        W,
    ),
    # ---- post_mortem ----
    (
        "fr",
        PM,
        S,
        None,
        "Directives en cas de décès",
        """Bonjour,
Je suis victime de violences et j'ai peur. Si je venais à décéder, je ne veux pas que mon ex-mari, M. Éric Dalmasso, ait accès à quoi que ce soit me concernant chez vous. Je désigne ma sœur, Mme Coralie Santos, comme personne de confiance, et je demande que toutes mes données soient supprimées à mon décès.
Aurélie Dalmasso""",
        W,
    ),
    (
        "en",
        PM,
        S,
        None,
        "Directives",
        """I'm about to be deployed. If I die, I want all my data deleted and my brother, Sam Whitely, is the only person allowed to deal with it. Please record this.
L/Cpl Josh Whitely""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Ma sœur",
        """Madame, Monsieur,
Ma sœur, Émilie Rossi, a été tuée par son compagnon le 2 novembre. Elle suivait une formation Comptalia. Nous ne voulons pas qu'il puisse accéder à son compte, qu'il connaissait. Nous vous demandons de fermer son compte et de supprimer ses données. Je joins l'acte de décès et le livret de famille.
Sarah Rossi""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "My late husband",
        """My husband, Staff Sergeant Aidan Kell, was killed on duty last month. He was a Digital Campus learner. Please close his account and delete his data. Death certificate and marriage certificate attached.
Megan Kell""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Succession de M. Pierre Ginoux",
        """Maître Anne-Laure Vernet, notaire à Pézenas
Objet : Succession de M. Pierre Ginoux, décédé le 3 août 2026

Madame, Monsieur,
Chargée du règlement de la succession de M. Ginoux, je vous remercie de m'indiquer si le défunt était inscrit auprès de l'une de vos écoles et, le cas échéant, de clôturer son compte. Vous trouverez ci-joint l'acte de décès et l'attestation de dévolution.
Bien cordialement.""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "My son's coursework",
        """My son, Daniel Shaw, was a journalist. He died in October. He was finishing a Digital Campus course and I would like a copy of his written work to keep. I'm his father and only heir; documents attached.
Graham Shaw""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Application des directives de Mme Lucienne Baret",
        """Bonjour,
Mme Lucienne Baret, décédée le 19 octobre 2026, m'a désignée dans ses directives comme personne chargée de leur exécution. Elle demandait la suppression de ses comptes en ligne. Je vous transmets les directives, l'acte de décès et ma pièce d'identité.
Gisèle Carpentier""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Please stop emailing my sister",
        """My sister, Emma Doyle, died in September. You keep sending her promotional emails, which I see because I manage her mailbox. Please stop, and close her account. Death certificate attached.
Ruth Doyle""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Témoignage de ma mère",
        """Ma mère est décédée en juin. Son témoignage, avec sa photo, est toujours en ligne sur le site ESMI. C'est très douloureux pour nous de tomber dessus. Merci de le retirer. Je suis son fils, acte de décès joint.
Bruno Lefèvre""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Estate of Mr Harold Pike",
        """As executor of the estate of the late Harold Pike (died 2 September 2026), I request the closure of his Comptalia account and the deletion of his data: someone has tried to log into it since his death. Grant of probate and death certificate attached.
Jennifer Moss""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Mon père, in memoriam",
        """Mon père, capitaine de police, est décédé en service en 2025. Son nom apparaît dans votre annuaire des anciens avec la mention « in memoriam » et son grade. Nous n'avons jamais été consultés. Je vous demande de le retirer.
Claire Fontaine""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Directives de mon mari",
        """Mon mari, Jacques Lenoir, est décédé le 14 novembre. Il avait laissé des directives indiquant qu'il voulait que ses données soient conservées pour que nos enfants puissent récupérer ses travaux de formation. Je vous demande de les appliquer. Pièces jointes : directives, acte de décès.
Martine Lenoir""",
        W,
    ),
    # ---- other: questions about the policy only ----
    (
        "fr",
        X,
        S,
        Q,
        "Durée de conservation des adresses",
        """Bonjour, combien de temps conservez-vous les adresses postales des anciens apprenants ? Merci.""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Is this breach about you?",
        """Hi, there's an article about a data breach at a French online training company. Is the Studi group concerned? I'd just like to know.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Communication à la police",
        """Question : est-ce que vous communiquez l'adresse d'un apprenant à la police ou à quelqu'un qui se présente comme un proche et qui la demande ? Dans quels cas ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Erasure and forum posts",
        """If someone asks you to delete their data, are their old forum posts deleted too, or just anonymised? Asking before I decide anything.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Visibilité de mon adresse",
        """Est-ce que les autres apprenants et les formateurs peuvent voir mon adresse postale et mon numéro de téléphone ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Impersonation",
        """If someone calls your advisers pretending to be me and asks for my details, what checks do you do before giving any information?""",
        W,
    ),
    (
        "fr",
        X,
        PA,
        Q,
        "Données des mineurs",
        """Bonjour, mon fils de 14 ans voudrait suivre un de vos modules gratuits. Quelles données collectez-vous sur les mineurs, et les autres inscrits peuvent-ils le contacter ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Alumni directory",
        """Is the alumni directory opt-in or are all former learners in it by default?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Hébergement hors UE",
        """Bonjour, mes données sont-elles transférées hors de l'Union européenne ? Si oui, vers quels pays et avec quelles garanties ?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Rachat du groupe",
        """Que deviennent les données des apprenants si le groupe Studi est racheté par une autre société ?""",
        W,
    ),
    (
        "fr",
        X,
        T,
        Q,
        "Procédure pour les victimes",
        """Bonjour,
Je suis intervenante dans une association d'aide aux victimes. Plusieurs personnes que nous accompagnons sont ou ont été inscrites chez vous. Quelle est votre procédure quand une victime de violences veut protéger ou faire disparaître son adresse ? Quels justificatifs demandez-vous, et en combien de temps traitez-vous ces demandes ?
Merci,
Pascale Ribot""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "72 hours",
        """Your privacy policy says learners are notified within 72 hours if your systems are hacked. How would I be told: by email, by SMS, on the platform?""",
        W,
    ),
    # ---- other: withdrawal of an earlier request ----
    (
        "fr",
        X,
        S,
        CANCEL,
        "Annulation de ma demande de suppression",
        """Bonjour, finalement j'annule ma demande de suppression de compte envoyée lundi. J'étais paniquée, la situation s'est réglée avec l'aide de la gendarmerie et je veux terminer ma formation.
Aurore Blondel""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Please disregard",
        """Please disregard my access request from yesterday. I sent it in a panic and I no longer need it.""",
        W,
    ),
    (
        "en",
        X,
        L,
        CANCEL,
        "Withdrawal of request - Ms Priya Sandhu",
        """Dear Sir or Madam,

Further to our letter of 6 November 2026 on behalf of Ms Priya Sandhu, we write to inform you that our client has instructed us to withdraw her erasure request. Please take no further action on it.

Yours faithfully,
Baines Whitlock LLP""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "Erreur",
        """Ignorez mon message d'hier sur l'opposition à l'annuaire des anciens : je me suis trompée d'école. Désolée.""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "No need to change my address",
        """Hi, no need to change my address after all: I'm staying where I am. Please cancel my request.
Tim""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "Annulation portabilité",
        """J'annule ma demande de portabilité : je ne change finalement pas d'école. Merci.
Kevin Da Costa""",
        W,
    ),
    # ---- other: auto-replies and bounces ----
    (
        "fr",
        X,
        S,
        None,
        "Réponse automatique : Demande de données",
        """Bonjour,
Je suis absente du bureau jusqu'au 8 décembre inclus. Pour toute urgence, contactez le standard au 04 67 00 00 00.
Cordialement,
Maud Renard""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Out of Office: Your request",
        """I am currently out of the office with limited access to email. I will respond on my return on Monday 7 December.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Undelivered Mail Returned to Sender",
        """This is the mail system at host mx2.mailrelay.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<j.vandamme@oldmail.example>: host mail.oldmail.example said: 550 5.1.1 User unknown""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Non remis : Accusé de réception de votre demande",
        """Votre message n'a pas pu être remis à certains destinataires.
Destinataire : c.moulin@boite-supprimee.example
Motif : la boîte aux lettres du destinataire est pleine.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Réponse automatique",
        """Centre pénitentiaire - messagerie de service. Cette adresse n'est pas consultée. Les messages reçus ne sont ni lus ni transmis.""",
        W,
    ),
    (
        "en",
        X,
        L,
        None,
        "Automatic acknowledgement",
        """Thank you for contacting Hollis Grant LLP. This is an automatic acknowledgement. Your email has been received and will be dealt with by the relevant fee earner.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Absence",
        """Je suis en congé maternité jusqu'au 15 mars 2027. Vos messages ne seront pas transférés.""",
        W,
    ),
    # ---- other: spam and phishing ----
    (
        "en",
        X,
        S,
        None,
        "Remove negative articles about you - guaranteed",
        """Hello,
Are negative articles or personal information about you showing up on Google? Our reputation management experts can make them disappear in 30 days or your money back. Reply YES for a free audit.
ReputaClean Team""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Votre compte Studi sera suspendu",
        """Cher apprenant,
Suite à une activité suspecte, votre compte Studi sera suspendu sous 24 h. Pour éviter la suspension, confirmez vos informations bancaires sur : http://studi-verification.example/login
Le service sécurité""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Your data is on the dark web!",
        """ALERT: We found your email address in 14 dark web leaks. Scan your identity now for only 9.99 EUR per month and protect your family. Click here.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Référencement de votre site",
        """Bonjour, votre site studi.fr pourrait gagner 300 % de visibilité sur Google. Je vous propose un audit SEO gratuit. Disponible cette semaine pour un appel ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "I know what you did",
        """I have had access to your device for months and I have recorded you. Pay 1,200 USD in Bitcoin to the wallet below within 48 hours or I will send the videos to all your contacts.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Facture impayée n° 2026-88412",
        """Bonjour, vous trouverez ci-joint la facture impayée n° 2026-88412. Merci de régler sous 48 h pour éviter des pénalités. Ouvrir le document : facture_2026-88412.zip""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Crypto opportunity",
        """Dear partner, earn 8 % daily with our AI crypto trading bot. Minimum deposit 250 EUR. Limited places.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Félicitations !",
        """Félicitations ! Vous avez été sélectionné pour gagner un iPhone 17. Répondez à notre court questionnaire pour recevoir votre cadeau.""",
        W,
    ),
    # ---- other: incidents and near misses (no right asked) ----
    (
        "fr",
        X,
        T,
        None,
        "J'ai reçu l'attestation de quelqu'un d'autre",
        """Bonjour,
Dans mon espace apprenant, à la place de mon attestation de fin de formation, il y a celle d'une certaine Mme Léonie Garcia, avec sa date de naissance et ses notes. Je ne l'ai pas téléchargée. Je voulais vous prévenir, et j'attends toujours la mienne.
Sylvain Roche""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "Letters for someone who doesn't live here",
        """I keep receiving letters from you addressed to a Ms Kelly Ahern at my address. I don't know her and she has never lived here as far as I know. I've been returning them to sender. Thought you should know.""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "Someone else's invoice in my account",
        """There's an invoice in my account's documents section that isn't mine: it's in the name of another learner, with his address and the last digits of his card. You may want to look into this.
Aaron Kline""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Réquisition judiciaire - enquête n° 2026/4418",
        """Brigade de recherches de Lunel
Objet : Réquisition

Dans le cadre d'une enquête préliminaire, nous vous requérons de nous communiquer les informations d'identification (nom, adresse, téléphone, adresses IP de connexion) associées au compte apprenant « marco.sat34 » entre le 1er septembre et le 15 novembre 2026. La réquisition signée est jointe.
Maréchal des logis-chef P. Combes""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "Attendance of our employee",
        """Good morning, we are funding the Comptalia course of our employee, Mr Kieran Doyle, through our training plan. Could you send us his attendance and progress report for October? Many thanks, HR department, Halden Logistics""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Harcèlement sur le forum",
        """Bonjour,
Un ancien camarade de promo, pseudo « vinz_b », m'insulte depuis des semaines sur le forum et publie des sous-entendus sur ma vie privée. J'ai fait des signalements qui restent sans effet. Je vous demande de le bannir et de faire cesser ça. Je n'en peux plus.
Morgane Leduc""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Complaint lodged with the CNIL",
        """Dear Sir or Madam,
Please note that I have today lodged a complaint with the CNIL (reference 26-118842) concerning the sending of my exam results to a former address. I will forward the CNIL's correspondence to you in due course.
Regards,
Nicola Bright""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Remboursement - paiement frauduleux",
        """Bonjour, une formation a été payée avec ma carte sans mon accord (1 490 €). Ma banque me demande une attestation de votre part pour la contestation. Pouvez-vous annuler la commande et me rembourser ?
Hervé Gaillard""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Someone is logging into my account",
        """I got three emails saying someone logged into my account from a device I don't know. I think my ex knows my password. Please reset it and log out all sessions. I can't get in myself.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Est-ce vraiment vous ?",
        """J'ai reçu un SMS « Studi : votre paiement a échoué, mettez à jour votre carte » avec un lien bizarre. Est-ce que c'est vous ou une arnaque ? Je n'ai pas cliqué.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Thank you",
        """Thank you for removing my old address so quickly last week. You have no idea how much it means to me.
E.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Changer mon mot de passe",
        """Avec la fuite dont parle la presse, je suis inquiète. Comment je change mon mot de passe ? Je ne trouve pas l'option dans l'application.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Press inquiry - data incident",
        """Hello, I'm a reporter with a regional daily. We have been told that an incident exposed some learners' data at one of your schools last month. Could the group confirm or deny, and give a comment before Thursday noon?
Jake Morrow""",
        W,
    ),
    (
        "fr",
        X,
        L,
        None,
        "Mise en demeure - harcèlement sur vos forums",
        """Madame, Monsieur,

Je suis le conseil de Mme Adèle Brunet, apprenante Digital Campus (mandat joint). Depuis août 2026, ma cliente fait l'objet d'un harcèlement caractérisé de la part d'un autre apprenant, sur le forum et par messagerie privée. Malgré ses nombreux signalements, aucune mesure n'a été prise.

Je vous mets en demeure de faire cesser ces agissements sous huit jours, en suspendant le compte de l'auteur et en mettant en place une modération effective. À défaut, ma cliente se réserve d'engager votre responsabilité.

Maître Paul Esnault""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "My son's progress",
        """Hello, my son Ryan (he is 26) has been very low lately and I'm worried about him. Can you tell me whether he is keeping up with his course and logging in? I'm paying for it.
Diane Webb""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Question presse - ancienne élève",
        """Bonjour, je prépare un article sur la secrétaire d'État Mme Hélène Varga. Pouvez-vous me confirmer qu'elle a suivi une formation Comptalia et obtenu son diplôme en 2019 ?
Nicolas Ferté, journaliste""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "RE: [DSR-2026-005103] Votre demande a bien été enregistrée",
        """Ok merci beaucoup.

> Bonjour, votre demande d'effacement a bien été enregistrée sous la référence DSR-2026-005103.
> Nous vous répondrons au plus tard le 28 décembre 2026.
> Le délégué à la protection des données""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Hiding my profile photo",
        """How do I hide my profile photo myself in the app? I can't find the setting.""",
        W,
    ),
    # ---- other: course, exam, billing, certificate ----
    (
        "fr",
        X,
        S,
        None,
        "Date d'examen",
        """Bonjour, quelle est la date de la prochaine session d'examen du BTS Comptabilité et Gestion ? Merci.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Pausing my course during deployment",
        """I'm deploying for four months from January. Can I pause my course and my payments and pick up where I left off in May?
Cpl. Dan Foster""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Report d'examen",
        """Infirmière de nuit, je suis de garde le jour de mon examen du 12 décembre. Est-il possible de le reporter à la session suivante ?
Laure""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Facture de Mme Carole Fabre",
        """Bonjour, je suis l'expert-comptable de la société de Mme Carole Fabre. Pourriez-vous m'envoyer sa facture d'octobre pour la comptabilité ? Merci.
Cabinet Roque & Associés""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Financement CPF",
        """Bonjour, est-ce que la formation Gestionnaire de paie est éligible au CPF, et comment je fais la demande ?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Mot de passe",
        """J'ai oublié mon mot de passe et le mail de réinitialisation n'arrive jamais. Vous pouvez m'aider ?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Diplôme pas reçu",
        """J'ai réussi mon examen en juin et je n'ai toujours pas reçu mon diplôme. Vous pouvez vérifier ?
Kamel Ouali, ESMI-20563""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Module 4 question",
        """In module 4 of the Digital Marketing course, the quiz says the answer is B but the video says C. Which one is right?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Changement de formation",
        """Bonjour, je voudrais passer de la formation Assistant comptable à Comptable gestionnaire. Est-ce possible en cours d'année, et qu'en est-il du tarif ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Payment plan",
        """Hello, I had to leave home suddenly because of domestic violence and I've lost my income for now. Can my monthly instalments be suspended for two or three months? I do want to finish the course.
Kayleigh""",
        W,
    ),
    (
        "fr",
        X,
        PA,
        None,
        "Inscription de mon fils",
        """Bonjour, mon fils a 17 ans et voudrait s'inscrire au bac pro à distance. Est-ce qu'il peut le faire lui-même ou faut-il que je signe ?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Code de connexion",
        """Le code de double authentification n'arrive jamais sur mon nouveau téléphone. Comment je peux me connecter ?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Contacter mon tuteur",
        """Comment je peux joindre mon tuteur ? Il ne répond plus sur la messagerie depuis deux semaines.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Thanks!",
        """Just wanted to say thank you to the whole team: I passed my exam!""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Rétractation",
        """Bonjour, je me suis inscrit il y a 5 jours et je souhaite me rétracter. Comment obtenir le remboursement ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Sitting the exam remotely",
        """Can I sit my exam online from home instead of at the exam centre? My ex knows the date and I'd rather not be somewhere he can predict.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Mon ex réclame le remboursement",
        """Bonjour, c'est mon ex-compagnon qui avait payé ma formation. Depuis notre séparation, il exige d'être remboursé et menace de vous appeler pour annuler mon inscription. Est-ce qu'il peut faire ça ?
Jessica""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Extra time for exam",
        """I have a diagnosed anxiety disorder. How do I request extra time for the written exam? What documents do you need?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Comportement d'un formateur",
        """Je voudrais signaler le comportement d'un formateur lors de la classe virtuelle de mardi : remarques déplacées et humiliantes envers une apprenante. À qui dois-je m'adresser ?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Attestation pour France Travail",
        """Bonjour, France Travail me demande une attestation d'assiduité pour novembre. Pouvez-vous me l'envoyer ?
Romain Petitjean""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Rappel conseiller",
        """Bonjour, un conseiller peut-il me rappeler demain après 18 h ? Je voudrais des informations sur le BTS immobilier.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Invoice for my employer",
        """Bonjour, I need the invoice en anglais for my employer in Germany, is that possible? Merci.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Reporting a post",
        """Can I report a forum post anonymously, or will the author see who reported it?""",
        W,
    ),
    ("fr", X, S, None, "Merci", """Merci pour votre réponse rapide.""", W),
    (
        "fr",
        X,
        T,
        None,
        "Devoir de ma collègue",
        """Bonjour, je suis une collègue de Mme Chloé Bastide. Elle est en arrêt après une agression et ne pourra pas rendre son devoir de vendredi. Pouvez-vous prévenir son tuteur et lui accorder un délai ?
Karine Vial""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Stage",
        """Est-ce que l'école aide à trouver un stage pour la formation Négociateur immobilier ?""",
        W,
    ),
]
