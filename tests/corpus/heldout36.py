"""Thirty-sixth held-out batch: another test split of the corpus, with who is asking.

Written on 1 December 2026 in one separate pass, blind: its author read only the product
specification (the request types and labelling rules), the privacy policy, the label shorthands
and the format header of an earlier batch (not its messages), never the classifier's rules,
its code or any other batch's messages, and the classifier was not run on it before it was frozen.
Its voices are legalistic and adversarial writers: people threatening a CNIL complaint or a
lawsuit, formal notices (« mise en demeure », "letter before action"), consumer-association
templates in the style of UFC-Que Choisir, people citing the wrong law or a foreign one (CCPA
"do not sell my personal information", HIPAA, PIPEDA, COPPA, CASL, FDCPA, Quebec Law 25, the Swiss
nLPD, the UK GDPR and the Data Protection Act 2018, Belgian and Luxembourg rules and authorities),
US and Canadian English next to French, Belgian, Swiss and Quebec French, people demanding
compensation, an apology or damages along with a right (or instead of one), people disputing a
debt collection, a refusal or an invoice, journalists, researchers and a consumer association
asking general questions about the company's practices (not requests about their own data), and
requests made through a lawyer, a commissaire de justice (bailiff), a curator, a union
representative, a request service or an association holding a mandate; and again parents,
heirs, notaries, trusted persons, spouses, employers, reminders, withdrawals of an earlier
request, questions about the policy only, near misses that mention the law or data but ask no
right (a withdrawal from a sale contract, a police requisition, a debt validation), course,
billing, password and certificate questions, phishing, spam, auto-replies and bounces. Every
name, address, phone number, date and reference is invented.

Each entry: ``(language, labels, requester, intent, subject, text, origin)``. ``requester`` is
who is asking (``self``, ``parent``, ``heir_or_trusted_person``, ``lawyer_or_representative``,
``other_third_party``); ``intent`` is ``None``, ``"cancel"`` (the person withdraws a request) or
``"question_only"`` (a question about the policy, no request), both filed as ``other``. Only what
the sender asks in the new text is labelled, never what a quoted message says.
"""

# ruff: noqa: E501, F403, F405
from shorthands import *

ARE = ("access", "rectification", "erasure")
OM = ("objection", "marketing_objection")
ERM = ("erasure", "restriction", "marketing_objection")
MP_M = ("marketing_objection", MN)
MP_O = ("objection", MN)
MP_CE = ("consent_withdrawal", "erasure", MN)

HELDOUT36: list[Entry] = [
    # ---- access ----
    (
        "fr",
        A,
        S,
        None,
        "Mise en demeure – exercice du droit d'accès (article 15 du RGPD)",
        """Madame, Monsieur,

Par la présente, et en application de l'article 15 du Règlement (UE) 2016/679 (RGPD), je vous mets en demeure de me communiquer l'intégralité des données à caractère personnel me concernant que détient la société Comptalia, ainsi que :
- les finalités de chaque traitement ;
- les destinataires ou catégories de destinataires ;
- la durée de conservation envisagée ;
- la source des données lorsqu'elles n'ont pas été collectées auprès de moi.

Je vous rappelle que l'article 12.3 du RGPD vous impose de répondre dans un délai d'un mois à compter de la réception de la présente. À défaut de réponse complète dans ce délai, je saisirai la Commission nationale de l'informatique et des libertés sans autre préavis, et me réserve la possibilité d'engager toute action utile devant la juridiction compétente.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Gwenaëlle Tréguier
14 rue des Cordiers, 29200 Brest
Apprenante n° CP-2024-77310""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Subject Access Request – UK GDPR Article 15",
        """Dear Data Protection Officer,

This is a subject access request made under Article 15 of the UK GDPR and section 45 of the Data Protection Act 2018. I studied with Digital Campus between January and June 2025 while living in Leeds.

Please provide:
1. a copy of all personal data you hold about me, in whatever format (emails, CRM records, call notes, chat logs, call recordings);
2. the purposes of processing, the recipients, the retention periods and the source of any data not obtained from me.

I remind you that you have one calendar month to respond. If I do not receive a complete response by then, I will lodge a complaint with the Information Commissioner's Office without further notice.

Yours faithfully,
Harriet Ashworth-Lowe
harriet.ashworthlowe@mailbox.example""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Access request under PIPEDA",
        """Hello,

I'm writing from Mississauga, Ontario. I took the Digital Campus UX design program online in 2025. Under PIPEDA (Principle 4.9, individual access), I am requesting access to all personal information your organization holds about me, an account of how it has been used, and a list of the third parties it has been disclosed to.

I understand you're required to respond within 30 days. If not, I'll be filing a complaint with the Office of the Privacy Commissioner of Canada.

Thanks,
Devin MacAulay""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Demande d'accès – Loi 25",
        """Bonjour,

Je réside à Lévis (Québec) et je suis inscrite à une formation en comptabilité chez Comptalia depuis le printemps. En vertu de la Loi sur la protection des renseignements personnels dans le secteur privé, telle que modifiée par la Loi 25, je demande la communication de tous les renseignements personnels que vous détenez à mon sujet.

Je vous rappelle que vous avez 30 jours pour me répondre, sinon je m'adresserai à la Commission d'accès à l'information.

Merci,
Marie-Ève Gagnon-Tremblay""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Droit d'accès selon l'art. 25 nLPD",
        """Madame, Monsieur,

Domicilié à Yverdon-les-Bains, j'ai suivi en 2025 une formation à distance de l'Ecole Supérieure des Métiers de l'Immobilier. Conformément à l'art. 25 de la loi fédérale sur la protection des données (nLPD), je vous prie de bien vouloir me renseigner sur les données personnelles me concernant que vous traitez, la finalité du traitement, la durée de conservation, les destinataires et, le cas échéant, l'État vers lequel elles sont communiquées.

Je vous remercie de me faire parvenir ces renseignements par écrit, gratuitement, dans un délai de 30 jours.

Avec mes salutations distinguées,
Reto Bianchi-Favre""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "HIPAA records request",
        """To whom it may concern,

I am requesting a copy of my medical records under HIPAA. Specifically: the doctor's letter and the disability accommodation form I uploaded in March to get extra time on my Ecolems exams, and any notes your staff wrote about my condition.

Under federal law I am entitled to a copy within 30 days. Please send them to this email.

Regards,
Tamika Odom
Learner ID EL-5520-913""",
        W,
    ),
    (
        "fr",
        A,
        L,
        None,
        "V/Réf : Mme Sandrine Orsoni – demande de communication de données",
        """Madame, Monsieur le Délégué à la protection des données,

Je suis le conseil de Madame Sandrine Orsoni, apprenante de l'Ecole Supérieure des Métiers de l'Immobilier (identifiant ESMI-0923-4471), qui m'a donné mandat exprès, dont copie jointe, pour exercer en son nom les droits qu'elle tient du RGPD.

À ce titre, je vous demande de me communiquer l'ensemble des données personnelles de ma cliente, notamment les comptes rendus d'entretiens téléphoniques avec vos conseillers en formation, l'historique de ses connexions à la plateforme et les échanges relatifs au financement de sa formation, ainsi que les informations prévues à l'article 15.1 du règlement.

Vous trouverez en pièces jointes le mandat signé et la copie de la pièce d'identité de Madame Orsoni.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Maître Antoine Belcastel
Avocat au Barreau de Montpellier
9 boulevard Sarrail, 34000 Montpellier""",
        W,
    ),
    (
        "en",
        A,
        L,
        None,
        "Our client: Mr. Rafael Quintero – request for personal data",
        """Dear Sir or Madam,

This firm represents Mr. Rafael Quintero in connection with his enrollment in a Digital Campus program and the financing dispute that followed. A signed authorization from Mr. Quintero is attached.

On his behalf, we request a complete copy of all personal data your company maintains regarding Mr. Quintero, including but not limited to call recordings, sales notes, emails, text messages and any scoring or assessment of his file, together with the information required by Article 15 GDPR.

Kindly direct your response to the undersigned.

Very truly yours,
Laura P. Whitfield, Esq.
Whitfield & Nakamura LLP, 2200 Ross Avenue, Suite 410, Dallas, TX""",
        W,
    ),
    (
        "fr",
        A,
        L,
        None,
        "Demande d'accès formée par l'association au nom de Mme Rouquette",
        """Madame, Monsieur,

L'association Consommateurs Vigilants de l'Hérault, association de défense des consommateurs, a été mandatée par Madame Odile Rouquette, adhérente, pour l'assister dans ses démarches à l'égard de votre société (mandat ci-joint).

Madame Rouquette a été démarchée par téléphone à de nombreuses reprises au printemps 2026 avant de souscrire une formation Studi qu'elle conteste. Nous vous demandons, en son nom et sur le fondement de l'article 15 du RGPD, de lui communiquer l'ensemble des données la concernant, en particulier l'origine de ses coordonnées (site, partenaire, fichier acheté), les enregistrements des appels et les notes de vos conseillers.

Nous vous rappelons le délai d'un mois. Sans réponse, l'association accompagnera Madame Rouquette dans le dépôt d'une plainte auprès de la CNIL.

Pour l'association,
Jean-Claude Vidal, bénévole juriste""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Art. 15",
        "Droit d'accès, art. 15 RGPD. Merci de me transmettre copie de toutes mes données. N° apprenant 4471-88213.",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Personal request (not press)",
        """Hi, I know I've contacted your press office before for an article, but this one is personal, as a former Comptalia student: please send me a copy of all the personal data you hold on me. Thanks, Noor Haddad""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Recouvrement – quelles données avez-vous transmises ?",
        """Bonjour,

Je reçois depuis trois semaines des courriers et des appels du cabinet Recouvra Sud qui me réclame 1 240 € au titre d'une formation Comptalia que je conteste avoir souscrite. Je réglerai cette question par ailleurs.

En revanche, je vous demande, au titre de mon droit d'accès, de m'indiquer précisément quelles données me concernant vous avez transmises à ce cabinet, à quelle date, et sur quelle base légale, et de me fournir une copie de ces données.

Cordialement,
Yannick Le Floch""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Re: Security incident notice – which of MY data?",
        """I received your "security incident" email of 12 November. It's vague. I demand to know exactly which of my personal data were exposed: name? address? bank details? ID document? Send me the full list of data you hold on me and which of it was affected.

I reserve all my rights, including compensation under Article 82 GDPR.

Priyanka Deshmukh""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Enregistrement de l'appel du 4 septembre",
        """Madame, Monsieur,

Le 4 septembre 2026, votre conseillère m'a affirmé au téléphone que ma formation serait financée à 100 % par mon CPF. C'est faux. Je vous demande de me communiquer l'enregistrement de cet appel, que vous m'avez dit conserver « à des fins de qualité », ainsi que toutes les notes prises à cette occasion. J'entends les produire devant le tribunal.

Léonie Carrasco""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "SECOND NOTICE – Subject Access Request DSR-2026-004417",
        """SECOND NOTICE.

On 2 October 2026 I submitted a subject access request (your ref. DSR-2026-004417). The one-month deadline expired on 2 November. I have received nothing but your automatic acknowledgement.

Provide the data now. I will file with the CNIL on 8 December if I have not received a complete response.

M. Okafor""",
        W,
    ),
    (
        "fr",
        A,
        T,
        None,
        "Dossier de mon mari",
        """Bonjour,

Mon mari, Didier Fauchon, est inscrit chez Studi depuis janvier. C'est moi qui paie les mensualités sur notre compte commun. Je veux savoir ce que vous avez comme informations sur lui et sur sa formation (assiduité, notes, échanges avec vos conseillers). Je suis en droit de savoir à quoi sert notre argent.

Corinne Fauchon""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Demande d'accès – RGPD et loi belge du 30 juillet 2018",
        """Madame, Monsieur,

Je me permets de vous écrire depuis Namur en vertu du RGPD et de la loi belge du 30 juillet 2018 relative à la protection des personnes physiques à l'égard des traitements de données à caractère personnel. Je souhaite obtenir un accès complet aux données me concernant détenues par Digital Campus.

À défaut de réponse dans le mois, je saisirai l'Autorité de protection des données.

Je vous prie d'agréer mes salutations distinguées.
Séverine Dethier""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "CCPA Right to Know request",
        """Hi there,

I'm a California resident and I'm exercising my right to know under the CCPA/CPRA. Please disclose:
- the categories and specific pieces of personal information you've collected about me,
- the categories of sources,
- the business or commercial purpose,
- the categories of third parties you disclose it to.

I signed up for a free Digital Campus webinar last spring. My email is this one.

Thanks,
Kyle Brandt""",
        W,
    ),
    (
        "fr",
        A,
        L,
        None,
        "Sommation de communiquer – SCP Marchetti, commissaires de justice",
        """SCP Marchetti & Associés
Commissaires de justice associés
21 rue de l'Aiguillerie, 34000 Montpellier

Madame, Monsieur,

Agissant à la requête de Monsieur Hugo Perrault, demeurant 5 impasse des Lauriers, 30900 Nîmes, qui nous a donné mandat à cette fin, nous vous faisons sommation de communiquer à notre requérant, dans le délai légal d'un mois, l'ensemble des données à caractère personnel le concernant détenues par la société, conformément à l'article 15 du RGPD.

Nous vous précisons que faute d'exécution, notre requérant entend saisir la CNIL et toute juridiction compétente.

Pour la SCP,
Maître Delphine Marchetti""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "SAR",
        "SAR please. Full copy, including your advisers' notes on my calls. Learner 88-40172.",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Contestation de votre refus – demande d'accès",
        """Madame, Monsieur,

Vous m'avez répondu le 18 novembre que ma demande d'accès était « manifestement excessive » au motif que j'avais déjà reçu une copie de mes données en 2025. Je conteste formellement cette qualification : mes données ont changé depuis, et j'ai eu une dizaine d'échanges avec votre service commercial depuis juin.

Je vous renouvelle donc ma demande, limitée si vous le souhaitez aux données collectées depuis le 1er janvier 2026 (notes des conseillers, courriels, enregistrements). À défaut, je saisirai la CNIL en joignant votre refus.

Bastien Iribarne""",
        W,
    ),
    (
        "en",
        A,
        L,
        None,
        "Request on behalf of our client – Luxembourg",
        """Dear Sir or Madam,

We act on behalf of Ms. Ana Sofia Pereira, residing in Esch-sur-Alzette, Luxembourg, pursuant to the attached power of attorney.

Our client requests access to all personal data concerning her processed by your group in connection with her Ecolems training, together with the information listed in Article 15(1) GDPR. Please note that, absent a response within one month, our client will refer the matter to the Commission nationale pour la protection des données (CNPD).

Yours faithfully,
Me Julien Hoffmann
Étude Hoffmann Weber, avocats à la Cour, Luxembourg""",
        W,
    ),
    # ---- rectification ----
    (
        "fr",
        R,
        S,
        None,
        "Mise en demeure de rectifier mon nom",
        """Madame, Monsieur,

Mon nom est BEN HAMOU, en deux mots. Il figure dans vos fichiers, sur mon espace apprenant et sur mon attestation de fin de formation sous la forme « Benhamou ». Je vous ai signalé cette erreur deux fois par le chat, sans effet.

Je vous mets en demeure de rectifier cette donnée inexacte conformément à l'article 16 du RGPD dans le délai d'un mois. À défaut, je saisirai la CNIL.

Samir Ben Hamou""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Inaccurate record: 'abandoned'",
        """Your records list me as having "abandoned" the Comptalia bookkeeping course. I completed all twelve modules and passed the final assessment on 3 July. This entry is inaccurate and, frankly, defamatory, since it appeared on the document sent to my employer.

Correct it under Article 16 within one month, or I will file a complaint with the ICO and the CNIL.

Graham Pettigrew""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Adresse et nom erronés transmis au recouvrement",
        """Bonjour,

Le cabinet de recouvrement que vous avez mandaté m'écrit à mon ancienne adresse (12 rue Pasteur à Alès, que j'ai quittée en 2024) et sous mon nom de jeune fille, Mlle Roux. Je m'appelle désormais Mme Élodie Castagné et j'habite 3 chemin des Oliviers, 30100 Alès.

Je vous demande de rectifier ces données dans vos fichiers.

Élodie Castagné""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Wrong date of birth",
        """Hi, you have my date of birth as 1988-03-11. It's November 3rd, 1983 — looks like someone swapped the month and day, and the year too. Please fix it, it's on my transcript. Thanks, Jolene Fraser (Halifax, NS)""",
        W,
    ),
    (
        "fr",
        R,
        L,
        None,
        "Ma cliente Mme Aït-Kaci – mention « impayé » erronée",
        """Madame, Monsieur,

J'interviens pour le compte de Madame Nadia Aït-Kaci (mandat joint). Ma cliente a intégralement réglé le solde de sa formation Studi le 14 juin 2026, ainsi qu'en atteste le relevé bancaire joint. Son dossier porte pourtant toujours la mention « impayé – transmis au contentieux », laquelle est inexacte.

Je vous demande de rectifier sans délai cette donnée et de m'en confirmer la correction.

Maître Florence Darmanin, avocate
12 cours Gambetta, 13100 Aix-en-Provence""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Rectification courriel",
        "Bonjour, en vertu de l'article 28 de la Loi sur le privé, je demande la rectification de mon adresse courriel : utilisez dorénavant jb.lapointe@courriel.example et non plus l'ancienne. Merci. Jean-Benoît Lapointe",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "False note in my file",
        """One of your admissions advisers wrote in my file that I am "unemployed, on benefits, low motivation". I found this in the summary you sent me last week. It's false: I've been employed full time at a logistics firm since 2021.

Remove this inaccurate note and replace it with correct information. I also expect an explanation of who wrote it.

Ifeoma Adeyemi""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Rectification art. 16",
        "Rectification art. 16 : mon numéro est le 06 41 27 93 08, pas le 06 41 27 93 80. Merci de corriger.",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "THIRD request – spelling of my surname",
        "This is my third request to correct my surname. It is Okonkwo-Bailey, with a hyphen and an e-y. Your system still shows 'Okonkwo Baily'. Fix it or I go to the regulator.",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Civilité erronée",
        """Bonjour,

Depuis mon inscription, tous vos courriers et courriels me sont adressés à « Madame Camille Verdier ». Je suis un homme. J'ai déjà demandé la correction au service client. Je vous demande formellement de rectifier ma civilité dans vos fichiers, faute de quoi je saisirai le Défenseur des droits et la CNIL.

M. Camille Verdier""",
        W,
    ),
    (
        "fr",
        R,
        T,
        None,
        "Coordonnées erronées de notre salariée",
        """Bonjour,

Responsable formation de la société Transports Meunier, je vous signale que l'adresse postale de notre salariée Mme Laetitia Brun, inscrite à une formation Comptalia financée par notre entreprise, est erronée dans votre dossier : il faut lire 8 allée des Tilleuls, 69500 Bron.

Merci de corriger.
Hervé Gasnier""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Correction under Swiss nLPD Art. 32",
        "Under Art. 32 nLPD I request the correction of my nationality: your learner file says French, I am Swiss (Geneva). Please confirm. – Lukas Ammann",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Note E2 erronée dans mon dossier",
        """Madame, Monsieur,

Mon relevé de notes sur la plateforme indique 8/20 à l'épreuve E2, alors que le procès-verbal du jury que j'ai reçu le 2 octobre indique 12/20. La donnée inscrite dans votre système est donc inexacte. Je vous demande de la rectifier en application de l'article 16 du RGPD, car ce relevé est consulté par mon futur employeur.

Anaïs Peyrol""",
        W,
    ),
    (
        "en",
        R,
        L,
        None,
        "Power of attorney – update of contact details",
        """Hello,

I hold a power of attorney for my brother, Martin Sørensen, who is hospitalised long-term (copy attached). His file still lists his old flat in Lyon, where nobody lives any more. Please update his postal address to mine: 27 rue Vendôme, 69006 Lyon, so that his mail reaches someone.

Kind regards,
Henrik Sørensen""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Réf. DSR-2026-003981 – rectification non effectuée",
        "Vous m'avez confirmé le 9 octobre avoir corrigé mon employeur dans mon dossier (réf. DSR-2026-003981). C'est faux : l'ancien employeur apparaît toujours. Faites la rectification demandée. Sinon CNIL.",
        W,
    ),
    # ---- erasure ----
    (
        "fr",
        E,
        S,
        None,
        "Demande d'effacement de données personnelles (article 17 du RGPD)",
        """Objet : Demande d'effacement de données personnelles (article 17 du Règlement général sur la protection des données)

Madame, Monsieur,

En application de l'article 17 du RGPD, je vous prie d'effacer de vos fichiers l'ensemble des données à caractère personnel me concernant, à savoir notamment : mes nom, prénom, adresse postale, adresse électronique, numéro de téléphone, ainsi que toute donnée relative à mon parcours.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de ce courrier pour me répondre, conformément à l'article 12.3 du règlement. En l'absence de réponse satisfaisante dans ce délai, je me réserve le droit de saisir la Commission nationale de l'informatique et des libertés (CNIL).

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Mme Bernadette Lhuillier
6 place du Marché, 12000 Rodez""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "CCPA Request to Delete",
        "Pursuant to the California Consumer Privacy Act, I request that you delete any personal information about me which you have collected from me, and direct any service providers to do the same. Email: s.whitcombe@inbox.example. Sarah Whitcombe, San Diego, CA.",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Right to be forgotten",
        """I never signed up for anything with you. Your adviser called me in October and admitted my number came from a "partner site". I want every trace of me deleted from your systems — right to be forgotten, Article 17. I also expect a written apology for the six calls.

Bradley Furness""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Je vous somme d'effacer mes données",
        """Bonjour,

Étudiant à Liège, je me suis inscrit il y a deux ans à une session d'essai Digital Campus, que je n'ai jamais suivie. Je vous somme d'effacer toutes mes données personnelles, conformément à l'article 17 du RGPD. Pour info, je suis en contact avec l'Autorité de protection des données, qui m'a indiqué la marche à suivre si vous ne répondez pas.

Quentin Lambotte""",
        W,
    ),
    (
        "fr",
        E,
        L,
        None,
        "Mise en demeure – effacement des données de M. Sébastien Royer",
        """LETTRE RECOMMANDÉE AVEC AVIS DE RÉCEPTION
et par courriel à dpo@studi.fr

Madame, Monsieur,

J'ai l'honneur de vous informer que je suis le conseil de Monsieur Sébastien Royer, demeurant 40 avenue de la Liberté, 34500 Béziers.

Mon client a fait l'objet, entre mars et septembre 2026, de plus de quarante appels de prospection émanant de vos services, alors même qu'il n'a jamais consenti à être contacté. Il a, de surcroît, appris que ses coordonnées avaient été obtenues auprès d'un site comparateur dont il ignorait tout.

En conséquence, je vous mets en demeure :
1. d'effacer, dans le délai d'un mois prévu à l'article 12.3 du RGPD, l'intégralité des données personnelles concernant mon client, conformément à l'article 17.1 du règlement ;
2. de me confirmer par écrit cet effacement, y compris auprès de vos sous-traitants.

Par ailleurs, mon client entend obtenir réparation du préjudice moral subi, qu'il évalue à 2 500 euros, sur le fondement de l'article 82 du RGPD. Je vous invite à me faire part de vos propositions.

À défaut, j'ai d'ores et déjà reçu instruction de saisir la CNIL et le tribunal judiciaire de Béziers.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Maître Xavier Pontier
Avocat au Barreau de Béziers""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "My psychiatrist's letter – delete it",
        """I uploaded a letter from my psychiatrist last year to get exam accommodations at Ecolems. My exams are over. Under HIPAA you have no right to keep my mental health information — delete that letter and any notes about my diagnosis now. The rest of my account can stay.

J. Kowalczyk""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Contestation de votre refus d'effacement",
        """Madame, Monsieur,

Par courriel du 21 novembre, vous avez refusé d'effacer mon historique d'examens au motif que vous devez le conserver dix ans pour les formations menant à une certification professionnelle enregistrée.

Or la formation que j'ai suivie (« Initiation à la gestion locative », 35 heures) n'est pas une certification inscrite au RNCP : c'est un module court, sans titre à la clé. Votre motif ne s'applique donc pas.

Je réitère ma demande d'effacement de l'ensemble de mes données. Je joindrai votre réponse à ma plainte auprès de la CNIL si vous maintenez votre position.

Paul-Henri Casabianca""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Delete",
        "Delete my account and all my data. GDPR Art 17.",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Suppression selon l'art. 32 nLPD",
        "Madame, Monsieur, je demande la suppression de l'ensemble de mes données personnelles conformément à l'art. 32 al. 2 let. c nLPD. Je ne suis plus client depuis 2024. Salutations, Corinne Jaquier, Fribourg.",
        W,
    ),
    (
        "en",
        E,
        L,
        None,
        "Deletion request on behalf of consumer – OptOutNow",
        """OptOutNow Ltd acts as authorized agent for the consumer named below, under a signed mandate available on request.

Consumer: Emily Rourke
Email: e.rourke@fastmail.example
Phone: +44 7700 900418

Request type: DELETION (GDPR Article 17 / UK GDPR Article 17 / CCPA 1798.105)

Please delete all personal data relating to this consumer and confirm completion to privacy@optoutnow.example within the statutory time limit. Non-response will be reported to the competent supervisory authority.

OptOutNow Compliance Team""",
        W,
    ),
    (
        "fr",
        E,
        T,
        None,
        "Compte de mon frère",
        """Bonjour, mon frère Ahmed a été inscrit chez vous après un appel d'un commercial, il ne lit pas bien le français et n'a rien compris. Moi je vous demande de supprimer son compte et toutes ses informations. Je suis son frère. Karim Belkacem""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Law 25 – destruction of my personal information",
        "Hi, I live in Sherbrooke. Under Quebec's Law 25 you must destroy personal information once the purpose for which it was collected is achieved. My course ended in 2024. Please destroy everything you hold about me. – Olivia Paquette",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Contestation de créance et suppression de mon IBAN",
        """Madame, Monsieur,

Je conteste la créance de 960 € que votre service comptable me réclame, ayant exercé mon droit de rétractation dans les délais ; je m'en expliquerai avec le service concerné.

Indépendamment de ce litige, je vous demande d'effacer immédiatement mes coordonnées bancaires (IBAN et mandat SEPA) de vos fichiers. Je n'autorise plus aucun prélèvement.

Valérie Montagnac""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "4E DEMANDE",
        "SUPPRIMEZ MES DONNÉES. C'est la quatrième fois que je vous le demande. Vous êtes hors la loi. J'ai tout gardé, les dates, les captures. Dernier avertissement avant la CNIL.",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Letter before action – Data Protection Act 2018",
        """LETTER BEFORE ACTION

Dear Sirs,

I write in accordance with the Practice Direction on Pre-Action Conduct.

Between May and September 2026 your organisation processed my personal data without a lawful basis, contacting me repeatedly by telephone and SMS after I had made clear I had no interest in your courses. This has caused me considerable distress.

I require you, within 14 days of the date of this letter:
(a) to erase all personal data you hold about me pursuant to Article 17 UK GDPR; and
(b) to pay me the sum of £750 in compensation for distress under section 168 of the Data Protection Act 2018 and Article 82 UK GDPR.

If you fail to comply, I will issue a claim in the County Court without further notice and will rely on this letter on the question of costs.

Yours faithfully,
Duncan McFadyen
14 Holyrood Crescent, Glasgow""",
        W,
    ),
    (
        "en",
        E,
        T,
        None,
        "Former employee's records",
        """Hello,

We are Brightline Facilities Ltd. Last year we enrolled our then employee, Ms. Dana Kerrigan, in a Digital Campus course through our corporate account. She has since left the company. Please delete all records concerning her that we entered into your system when we enrolled her (name, work email, job title).

Regards,
Owen Pritchard, HR Manager""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Des excuses, et la suppression de ma fiche",
        """Je veux deux choses : des excuses écrites de la part de la personne qui m'a raccroché au nez après m'avoir traitée de « pas sérieuse », et la suppression de ma fiche prospect. Je ne veux plus exister dans vos fichiers.

Murielle Aubertin""",
        W,
    ),
    (
        "fr",
        E,
        L,
        None,
        "Curatelle renforcée – M. Gilles Aubry",
        """Madame, Monsieur,

Je suis la curatrice de Monsieur Gilles Aubry, placé sous curatelle renforcée par jugement du juge des contentieux de la protection de Montpellier du 6 mars 2025 (copie jointe).

Monsieur Aubry a souscrit en septembre dernier, sans mon assistance, une formation Studi à la suite d'un démarchage téléphonique. Indépendamment de la nullité de ce contrat, que je soulève par courrier séparé, je vous demande la suppression de son compte et de l'ensemble des données le concernant.

Catherine Valette, mandataire judiciaire à la protection des majeurs""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "droit à l'oubli",
        "droit à l'oubli svp. tout effacer. merci",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Re: Your reply about retention – I still want deletion",
        """Thanks for the breakdown of what you keep and why. I accept you must keep the exam history for the certification. Everything else — profile photo, forum posts, adviser notes, marketing data — please erase now, as your own plan says it can be erased.

> Your exam history is kept until 2035 under our retention rules.

Chloe Varga""",
        W,
    ),
    # ---- restriction ----
    (
        "fr",
        RS,
        S,
        None,
        "Ne rien effacer – limitation du traitement (art. 18.1.c)",
        """Madame, Monsieur,

J'ai engagé une action contre votre société devant le tribunal judiciaire de Montpellier au sujet de ma formation. J'ai appris que mes données seraient prochainement purgées.

Je vous demande expressément de NE PAS effacer mes données : elles me sont nécessaires pour la constatation et l'exercice de mes droits en justice. Je sollicite la limitation de leur traitement au sens de l'article 18.1.c du RGPD : conservation uniquement, aucune autre utilisation.

Jérémie Salvador""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Restriction pending accuracy check – Art 18(1)(a)",
        "On 5 November I disputed the accuracy of the financing information in my file. Pending your verification, I request that you restrict processing of my personal data under Article 18(1)(a) GDPR. Confirm in writing. – Aleksander Nowak",
        W,
    ),
    (
        "fr",
        RS,
        L,
        None,
        "Gel des données de Mme Lacombe dans l'attente de l'instance",
        """Madame, Monsieur,

Je vous informe que Madame Agathe Lacombe, que je représente (pouvoir joint), entend vous assigner dans les prochaines semaines au titre de l'exécution de son contrat de formation.

Dans l'attente, je vous demande de geler les données de ma cliente : aucune suppression, aucune modification, aucune utilisation autre que leur conservation, conformément à l'article 18 du RGPD. Ces éléments sont nécessaires à l'exercice de ses droits en justice.

Maître Guillaume Ferracci""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Verrouillage de mes données",
        "Bonjour, votre politique de confidentialité mentionne un droit de « verrouiller » les données. Je l'exerce : verrouillez mes données pendant l'examen de ma contestation de la facture 2026-FA-11827. Merci. Régis Pommier",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Freeze my data until CNIL decides",
        "Freeze my account data — don't use it, don't delete it — until the CNIL rules on my complaint (their ref. 26-018834). I need it intact. Marco Bellandi",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Limitation du traitement – exactitude contestée",
        """Madame, Monsieur,

Par courrier du 9 octobre, j'ai contesté l'exactitude des informations relatives à mon statut professionnel figurant dans mon dossier. Dans l'attente de votre vérification, je vous demande la limitation du traitement de mes données, ainsi que le permet le RGPD.

Veuillez agréer mes salutations distinguées.
Arnaud Vandenberghe, Charleroi""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Lock",
        "Lock my data. You may store it, nothing else. Ref learner 55-10982.",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "En attendant votre décision sur mon opposition",
        "J'ai formé une opposition le 3 novembre (réf. DSR-2026-005033). En attendant votre décision, je vous demande de limiter l'utilisation de mes données, comme le prévoit l'article 18.1.d du RGPD. Inès Marchal",
        W,
    ),
    (
        "en",
        RS,
        L,
        None,
        "Litigation hold – Ms. Tran",
        """Dear Data Protection Officer,

We represent Ms. Linh Tran (authorization enclosed), who anticipates filing a claim against your company concerning her enrollment.

We hereby request that you preserve all personal data relating to Ms. Tran and restrict its processing to storage only, pursuant to Article 18(1)(c) GDPR, pending resolution of the dispute. Please do not delete, alter or otherwise use any of it, including call recordings.

Sincerely,
Michael J. Osei, Attorney at Law""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Limitation",
        "Limitation du traitement svp, je conteste l'exactitude de mon dossier de financement.",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Call recordings of 14 Sept – do NOT delete",
        "Don't delete the recordings of my calls with your sales team on 14 September. Your policy says you purge them — I need them as evidence against you. Restrict them: keep them, don't use them. Hannah Lindqvist",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Litige facture – simple conservation de mes données",
        """Bonjour,

Tant que le litige sur la facture de septembre n'est pas tranché, je vous demande de limiter le traitement de mes données à leur simple conservation. Concrètement : pas de relances automatiques, pas de mise à jour de mon dossier. Ne supprimez rien non plus, j'en aurai besoin.

Fabrice Lemarié""",
        W,
    ),
    # ---- objection ----
    (
        "fr",
        O,
        S,
        None,
        "Opposition au profilage (article 21.1 du RGPD)",
        """Madame, Monsieur,

Sur le fondement de l'article 21.1 du RGPD, je m'oppose au traitement de mes données aux fins de « suivi personnalisé et statistiques d'apprentissage », fondé selon vous sur votre intérêt légitime.

Raisons tenant à ma situation particulière : je suis en situation de handicap, mon rythme d'apprentissage est irrégulier, et vos alertes automatiques de « décrochage » ont été transmises à mon conseiller France Travail, ce qui m'a porté préjudice.

Je vous demande de cesser ce traitement, sauf à démontrer des motifs légitimes et impérieux.

Héloïse Garnier""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Do Not Sell or Share My Personal Information",
        """Do Not Sell or Share My Personal Information.

I'm invoking my CCPA rights. I object to any sale, sharing or disclosure of my personal information to third parties, including your "analytics solution providers". Stop it.

— Trevor Alvarado, Sacramento""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Opposition à la transmission au recouvrement",
        """Madame, Monsieur,

Je m'oppose à la transmission de mes données à votre prestataire de recouvrement. Ma situation particulière le justifie : j'ai saisi la commission de surendettement de l'Hérault, dont le dossier est en cours d'instruction (copie jointe), et les relances de ce prestataire auprès de mon employeur me mettent en difficulté.

Aurélie Boissonnade""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Leaderboard",
        "I object to my name and scores appearing on the learner forum leaderboard. I never agreed to it and I have a stalker I'm trying to stay hidden from. Please stop displaying me. – Jess Mulligan",
        W,
    ),
    (
        "fr",
        O,
        L,
        None,
        "Opposition – enregistrement des appels de M. Kessler",
        """Madame, Monsieur,

Agissant pour le compte de Monsieur Thibaut Kessler (mandat joint), je vous notifie son opposition, au titre de l'article 21.1 du RGPD, à l'enregistrement et à l'exploitation de ses appels avec vos conseillers pédagogiques à des fins de « formation interne et d'amélioration de la qualité ».

Mon client fait valoir que ses échanges portent sur des éléments de santé qu'il ne souhaite pas voir écoutés par des tiers.

Maître Estelle Gauthier-Roux""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Opposition – analyse de navigation",
        "Je m'oppose au traitement de mes données de navigation sur votre plateforme à des fins d'analyse et d'amélioration de vos services. Je ne veux pas être suivie. Salutations, Martine Delvaux (Bruxelles)",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Published success-rate statistics",
        """I object to my exam results being used in the "success rate" statistics published on your website. My group had five people and anyone who knows us can work out who failed. Please exclude my data from that processing.

Kenji Watanabe-Ross""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Art. 21",
        "Art. 21 objection to all processing of my data based on your legitimate interests. Learner 77-20451.",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Transmission à mon employeur",
        """Bonjour,

Ma formation est cofinancée par mon employeur, mais je m'oppose à ce que vous lui transmettiez le détail de mon assiduité et de mes notes, au-delà de l'attestation de présence exigée. Le climat est tendu dans mon entreprise et ces éléments sont utilisés contre moi dans une procédure disciplinaire.

Olivier Castex""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Proctored exam recordings",
        "I object to the webcam recordings of my proctored exams being used to 'improve your algorithms'. That's not why I was recorded. Stop using them for that purpose. — Amara Nwosu",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Relance – opposition du 20 octobre",
        "Relance de mon opposition du 20 octobre au traitement de mes données à des fins statistiques. Pas de réponse à ce jour. Le délai court. Patrice Lavergne",
        W,
    ),
    (
        "en",
        O,
        L,
        None,
        "Objection on behalf of Ms. Beaulieu – staff representative",
        """Dear DPO,

I am the elected staff representative at Hôtellerie Beaulieu SAS and Ms. Clarisse Beaulieu (no relation to the company name) has given me a written mandate, attached, to act for her in this matter.

Ms. Beaulieu objects, under Article 21(1) GDPR, to the transmission of her weekly progress reports to her employer's HR department. Her training is funded through her CPF, not by the employer, and there is no reason for HR to receive this data.

Regards,
Stéphane Oukhaled""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Annuaire des anciens",
        "Je m'oppose à figurer dans l'annuaire des anciens élèves de l'ESMI que vous proposez aux agences immobilières partenaires. Raison : je suis en litige avec l'une d'elles. Retirez-moi. Cédric Arnal",
        W,
    ),
    # ---- marketing_objection ----
    (
        "fr",
        M,
        S,
        None,
        "STOP aux appels – Bloctel",
        """Troisième appel aujourd'hui. Je suis inscrit sur Bloctel depuis 2022, vous êtes en infraction avec la loi n° 2020-901 du 24 juillet 2020. Cessez immédiatement de m'appeler.

Prochaine étape : signalement à la DGCCRF et sur SignalConso.

Alain Bourdarias – 06 12 58 04 77""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Cease and desist – text messages",
        "Cease and desist: stop texting me. I have received nine promotional SMS from 'Studi Formation' in two weeks. Next one goes to my lawyer.",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Do-not-call list",
        "Put me on your internal do-not-call list right now. You called my cell at 8:15 this morning. This is a TCPA violation and I'm keeping a log. – Dale Hutchins",
        W,
    ),
    (
        "fr",
        M,
        T,
        None,
        "Vos commerciaux appellent ma mère de 82 ans",
        """Bonjour,

Vos commerciaux appellent ma mère, Mme Yvette Rigal, 82 ans, plusieurs fois par semaine pour lui proposer des formations en comptabilité. Elle ne comprend pas, elle est inquiète et croit qu'elle doit de l'argent. C'est honteux.

Arrêtez immédiatement de l'appeler (05 63 41 22 87). Si cela continue, je porte plainte.

Sa fille, Josiane Rigal-Cabrol""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Unsubscribe",
        "Unsubscribe. Now.",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Catalogue papier",
        "Je vous demande de cesser toute prospection par courrier postal. Je reçois votre catalogue papier tous les trimestres alors que je ne l'ai jamais demandé. Jean-Marc Teyssier, 7 rue des Écoles, 46000 Cahors",
        W,
    ),
    (
        "fr",
        M,
        L,
        None,
        "M. Fontanel – cessation du démarchage",
        """Madame, Monsieur,

Mon client, Monsieur Rémi Fontanel, m'informe être harcelé d'appels commerciaux émanant de vos services (plus de vingt appels en octobre, relevé joint). Je vous demande de cesser immédiatement toute sollicitation commerciale à son égard, par quelque canal que ce soit.

Je me réserve de saisir la CNIL et la DGCCRF.

Maître Sophie Lautrec""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Unsubscribe under CASL",
        "Under Canada's Anti-Spam Legislation you must honour unsubscribe requests within 10 business days. Consider this mine: no more commercial emails. — Gabrielle Fortin, Ottawa",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Opposition à la prospection commerciale (article 21.2 du RGPD)",
        """Madame, Monsieur,

En application de l'article 21.2 du RGPD, je m'oppose à l'utilisation de mes données à des fins de prospection commerciale, quel que soit le canal : courrier électronique, SMS, téléphone et courrier postal.

Ce droit d'opposition est absolu et n'a pas à être motivé. Je vous remercie de m'en confirmer la prise en compte.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Monique Servières""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Stop the emails + I want an apology",
        "Stop emailing me about Digital Campus bootcamps. Also, I want an apology for the eleven calls I got last week, one of them at 9 p.m. on a Sunday. Completely unprofessional. — Nate Kowalski",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Plus de SMS ni d'appels",
        "Ne plus me contacter par SMS ni par téléphone pour vos offres. Les courriels pédagogiques pour ma formation en cours, ça va, je les garde. Lina Bouzid",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Nouvel appel malgré ma demande du 12 octobre",
        """Je vous avais demandé le 12 octobre de ne plus m'appeler pour vos formations. Nouvel appel ce matin à 9h04, depuis le 04 67 80 12 55. J'ai tout noté, date et heure, et je transmets à la CNIL si ça se reproduit.

Retirez mon numéro de vos listes d'appel.

Dominique Pélissier""",
        W,
    ),
    (
        "en",
        M,
        T,
        None,
        "Your sales calls to our switchboard",
        """Hello,

Your sales team keeps calling our office switchboard asking for individual employees by name to offer them training. This is disrupting our reception. Please stop calling our employees at this number (+33 4 99 12 40 00).

Regards,
Facility Manager, Arkéa Ingénierie""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Prospection – art. 30 nLPD",
        "Je m'oppose à recevoir toute publicité de votre part, par courriel et par téléphone (art. 30 al. 2 let. b nLPD). Merci d'en prendre note. Sébastien Rochat, Neuchâtel",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "No more surveys",
        "Remove me from your surveys as well as your promotions. I don't want 'satisfaction surveys' or 'your opinion matters' emails either. – K. Obi",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "stop pub",
        "stop pub",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Re: Last chance: 30% off Comptalia!",
        """Take me off this list. I've clicked your unsubscribe link twice and it does nothing.

> Last chance! 30% off all Comptalia accounting programs until Sunday.
> Click here to unsubscribe.""",
        W,
    ),
    # ---- consent_withdrawal ----
    (
        "fr",
        C,
        S,
        None,
        "Retrait de mon consentement – vidéo témoignage",
        """Madame, Monsieur,

En mars 2025, j'ai accepté de tourner une vidéo témoignage pour Comptalia. Je retire aujourd'hui mon consentement à l'utilisation de mon image et de mon témoignage, conformément à l'article 7.3 du RGPD. Merci de ne plus diffuser cette vidéo, ni sur votre site, ni sur vos réseaux sociaux, ni dans vos publicités.

Je vous remercie de me confirmer la prise en compte de ce retrait.

Amandine Jolivet""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Cookie consent",
        "I withdraw my consent to all non-essential cookies on every one of your sites (Studi, Comptalia, Digital Campus). Your banner makes it nearly impossible to do it myself, which is itself a breach. — Felix Hartmann",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Partage de mes résultats avec mon employeur",
        "Lors de mon inscription, j'avais coché la case autorisant le partage de mes résultats avec mon employeur. Je retire ce consentement à compter d'aujourd'hui. Caroline Ménard",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Revoking LinkedIn sign-in consent",
        "I revoke the consent I gave for my LinkedIn profile data to be shared with you through 'Sign in with LinkedIn'. I'll use a password from now on. – Aidan Cho",
        W,
    ),
    (
        "fr",
        C,
        L,
        None,
        "Mme Perrin – retrait du consentement à la diffusion de son témoignage",
        """Madame, Monsieur,

Je représente Madame Lucie Perrin (mandat joint). Ma cliente retire le consentement qu'elle avait donné le 10 janvier 2026 à la diffusion de son témoignage écrit et de sa photographie sur la page « Ils ont réussi » de l'Ecole Supérieure des Métiers de l'Immobilier.

Je vous remercie de bien vouloir en tirer les conséquences sans délai.

Maître Yasmina Khelifi""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Withdrawing consent – Law 25",
        "Under Law 25 I withdraw the consent I gave for my information to be used for research and statistics. I'm in Montréal. Thanks, Maxime Bergeron",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Révocation de l'autorisation de droit à l'image",
        "Je révoque l'autorisation de droit à l'image que j'ai signée lors de la remise des diplômes du 28 juin à Pérols. Je ne souhaite plus que les photos où j'apparais soient utilisées. Bertrand Sallès",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Call recording consent",
        "When I call your pedagogical support line, I'm asked to consent to recording. I withdraw that consent, for all future calls. — Rebecca Stone",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "PIPEDA – withdrawal of consent",
        "Pursuant to PIPEDA Principle 4.3.8, I withdraw my consent to the use of my information for 'personalized learning statistics'. I understand I'll still receive my course. – Chantal Boudreau, Moncton",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Relance – retrait du consentement photo",
        "Relance : j'ai retiré mon consentement pour ma photo sur votre brochure le 30 septembre. Elle est toujours sur le PDF téléchargeable. Merci de respecter mon retrait. Maëlle Guillou",
        W,
    ),
    # ---- portability ----
    (
        "fr",
        P,
        S,
        None,
        "Droit à la portabilité (article 20)",
        """Madame, Monsieur,

Au titre de l'article 20 du RGPD, je demande à recevoir les données que je vous ai fournies et celles générées par mon activité (historique de formation, notes, devoirs rendus, attestations), dans un format structuré, couramment utilisé et lisible par machine. Je compte les transmettre à l'IUT de Béziers où je poursuis mes études.

Théo Cambon""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Export",
        "Export my data in JSON. Art. 20. Learner 60-31874.",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Transmission directe à un autre organisme (art. 20.2)",
        "Conformément à l'article 20.2 du RGPD, je vous demande de transmettre directement mes données de formation à l'organisme Cap Avenir Formation (contact : portabilite@capavenir.example), où je m'inscris. Clémence Rabier",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Data portability request",
        "This is a data portability request. Provide my personal data — course history, grades, submitted assignments — in a structured, machine-readable format (CSV or JSON is fine) so I can take it to another provider. — Mason Reid, Austin TX",
        W,
    ),
    (
        "fr",
        P,
        L,
        None,
        "Portabilité – M. Delorme",
        """Madame, Monsieur,

Mandaté par Monsieur Fabien Delorme (pouvoir joint), qui rejoint un autre organisme de formation, je vous demande de lui remettre, au titre de l'article 20 du RGPD, les données qu'il vous a fournies et celles issues de sa formation, dans un format structuré et lisible par machine.

Maître Olivier Ranchin""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Data delivery under Art. 28 nLPD",
        "Under Art. 28 of the Swiss nLPD I request that you deliver my personal data to me in a commonly used electronic format. I'm moving to another training provider in Lausanne. – Aurelia Keller",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Portabilité – Loi 25",
        "Bonjour, depuis septembre 2024 la Loi 25 me permet d'obtenir mes renseignements dans un format technologique structuré et couramment utilisé. Je le demande pour mon historique de formation. Merci. Frédérique Bouchard, Trois-Rivières",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Reminder – portability request",
        "Reminder: I asked for a machine-readable export of my data on 28 October. Still nothing. One month is up this week. — Lena Fischer",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "CSV",
        "Portabilité de mes données en CSV svp.",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Transfer my coursework",
        "Please transfer my coursework and grades from Digital Campus directly to my new employer's learning platform. Their admin contact is lms-admin@northwind.example. I consent to the transfer. – Priya Raman",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Un PDF scanné n'est pas « lisible par machine »",
        """Vous m'avez envoyé, en réponse à ma demande de portabilité, un PDF scanné de 40 pages. Ce n'est pas un format lisible par machine au sens de l'article 20. Je conteste votre réponse et vous demande un export JSON ou CSV de mes données, comme la loi l'exige.

Florian Mestre""",
        W,
    ),
    # ---- multi-label ----
    (
        "fr",
        AE,
        S,
        None,
        "Mise en demeure : accès puis effacement",
        """Madame, Monsieur,

Je vous mets en demeure, d'une part, de me communiquer copie de l'ensemble des données me concernant (article 15 du RGPD), et, d'autre part, une fois cette copie reçue, de procéder à leur effacement intégral (article 17).

Le délai d'un mois court à compter de ce jour. Passé ce délai, je saisirai la CNIL et solliciterai réparation de mon préjudice.

Hélène Castellan""",
        W,
    ),
    (
        "fr",
        EM,
        S,
        None,
        "Supprimez-moi et arrêtez les appels",
        "Arrêtez de m'appeler et supprimez toutes mes données de vos fichiers. Je n'ai jamais rien demandé. Sinon plainte. Jordan Masson",
        W,
    ),
    (
        "en",
        CEM,
        S,
        None,
        "Withdraw consent, delete, stop marketing",
        """I withdraw every consent I ever gave you. Delete all my personal data. And stop all marketing — email, SMS, phone, post. If I hear from your sales team again, I'll file a complaint with the CNIL and the ICO.

Rachel Abernathy""",
        W,
    ),
    (
        "fr",
        AR,
        S,
        None,
        "Copie de mon dossier et correction",
        """Bonjour,

Je demande copie de toutes les données que vous détenez sur moi. Par ailleurs, mon adresse est erronée dans votre dossier : c'est 18 rue Jean Jaurès, 11100 Narbonne, et non 81. C'est pour ça que votre recouvrement ne m'a jamais trouvée. Corrigez-la.

Patricia Gimenez""",
        W,
    ),
    (
        "fr",
        ERS,
        S,
        None,
        "Effacement – et limitation d'ici là",
        "Je demande l'effacement de mes données. Dans l'attente de votre décision, que j'imagine longue vu vos délais habituels, je demande que leur traitement soit limité : ne les utilisez plus. Gaëtan Fourcade",
        W,
    ),
    (
        "en",
        AO,
        L,
        None,
        "Mr. Hassan – access and objection",
        """Dear Data Protection Officer,

We act for Mr. Yusuf Hassan (authority enclosed). On his behalf we request:

1. access to all personal data you hold about him, including the results of any automated "dropout risk" scoring of his learning activity; and
2. pursuant to Article 21(1) GDPR, that you cease that profiling of our client, which he objects to on grounds relating to his particular situation.

Yours faithfully,
Carter & Boateng Solicitors, Manchester""",
        W,
    ),
    (
        "fr",
        ORS,
        S,
        None,
        "Opposition et limitation dans l'attente",
        "Je m'oppose au traitement de mes données à des fins de « statistiques d'apprentissage ». En attendant que vous vérifiiez si vos motifs prévalent sur les miens, limitez ce traitement. Simon Rieux",
        W,
    ),
    (
        "fr",
        CM,
        S,
        None,
        "Retrait du consentement à la prospection",
        "Je retire le consentement que j'ai donné lors du salon de l'étudiant à recevoir vos offres commerciales, et je vous demande de cesser toute prospection à mon égard (mail et téléphone). Océane Brunel",
        W,
    ),
    (
        "fr",
        APE,
        S,
        None,
        "Copie, export, puis suppression",
        """Madame, Monsieur,

Je quitte définitivement Comptalia. Je vous demande :
1) une copie de toutes mes données (article 15) ;
2) un export de mes données de formation dans un format réutilisable (article 20) ;
3) puis la suppression de l'ensemble, une fois les points 1 et 2 satisfaits (article 17).

Merci de respecter l'ordre.
Vincent Abadie""",
        W,
    ),
    (
        "en",
        OE,
        S,
        None,
        "Objection and erasure",
        "I object to your processing of my data for 'personalized monitoring' and, since you have no overriding grounds, erase the data collected for it. Article 21(1) then 17(1)(c). — Ingrid Solberg",
        W,
    ),
    (
        "fr",
        RRS,
        S,
        None,
        "Rectification et limitation",
        "Mon statut « boursier » dans votre dossier est faux, je ne l'ai jamais été. Rectifiez-le. Et tant que ce n'est pas fait, limitez l'utilisation de mon dossier : je ne veux pas qu'il serve à une décision de financement. Malik Diarra",
        W,
    ),
    (
        "en",
        AEM,
        S,
        None,
        "CCPA: know, delete, opt out",
        """Hi,

California resident here. Three requests under the CCPA:
1. Right to know — send me all the personal information you have on me.
2. Right to delete — then delete it.
3. Opt out — no more marketing emails or texts in the meantime.

Thanks, Jasmine Ortiz""",
        W,
    ),
    (
        "fr",
        CE,
        S,
        None,
        "Retrait du consentement et suppression de la vidéo",
        "Je retire mon consentement à l'utilisation de ma voix et de mon image dans le webinaire enregistré du 14 mai et je vous demande de supprimer cet enregistrement. Stéphanie Vidal-Roca",
        W,
    ),
    (
        "en",
        AC,
        S,
        None,
        "Withdraw consent + what do you have",
        "I withdraw my consent to cookies and analytics tracking on your learner platform, and I'd like a copy of all the data collected about me through them so far. — Nikolai Petrov",
        W,
    ),
    (
        "fr",
        AE,
        L,
        None,
        "Adhérente : Mme Bénédicte Roussel – accès et effacement",
        """Madame, Monsieur,

Notre association de consommateurs, mandatée par Madame Bénédicte Roussel (mandat et pièce d'identité joints), vous demande en son nom :
- la communication de l'ensemble des données la concernant, y compris la source de ses coordonnées ;
- puis leur effacement total.

Madame Roussel a été démarchée alors qu'elle n'avait jamais été en contact avec votre groupe. Nous étudions avec elle l'opportunité d'une plainte auprès de la CNIL.

Pour l'association Défense Conso Occitanie,
Marie-Laure Estève""",
        W,
    ),
    (
        "en",
        EM,
        L,
        None,
        "Authorized agent request – erasure and opt-out",
        """PrivacyShield Agents LLC submits this request as authorized agent for:

Name: Brandon Keel
Email: bkeel@mail.example

Requests: (1) erase all personal data; (2) opt the consumer out of all direct marketing, including phone and SMS, effective immediately.

Mandate attached. Please confirm to agents@privacyshield.example.""",
        W,
    ),
    (
        "fr",
        AM,
        S,
        None,
        "D'où tenez-vous mon numéro ?",
        "D'où tenez-vous mon numéro de portable ? Je veux la source exacte et une copie de ce que vous avez sur moi. Et cessez de m'appeler, c'est le cinquième appel. Eric Vaissière",
        W,
    ),
    (
        "en",
        PE,
        S,
        None,
        "Export then delete",
        "Send me an export of my course data in a machine-readable format, then delete my account and everything else. I'm done with Ecolems. — Shauna Kelleher",
        W,
    ),
    (
        "fr",
        CO,
        S,
        None,
        "Retrait et opposition",
        "Je retire mon consentement aux cookies de mesure d'audience et je m'oppose en outre à l'utilisation de mes données de progression pour le « suivi personnalisé », qui m'envoie des alertes culpabilisantes. Pierre-Yves Kerjean",
        W,
    ),
    (
        "en",
        ARS,
        S,
        None,
        "Access and restriction – dispute",
        """I am in dispute with your company about the financing of my course (case before the Tribunal judiciaire de Montpellier, hearing 12 February 2027).

I request (1) a copy of all my personal data, and (2) the restriction of processing: do not delete or modify anything pending the outcome of the case.

Olumide Bankole""",
        W,
    ),
    (
        "fr",
        ARE,
        S,
        None,
        "Mise en demeure – accès, rectification, effacement partiel",
        """Madame, Monsieur,

Je vous mets en demeure de :
1. me communiquer copie de l'intégralité des données me concernant ;
2. rectifier mon adresse électronique, qui est erronée (il manque un « l » : danielle.morel@…) ;
3. effacer les notes de vos conseillers commerciaux relatives à ma « situation familiale », que rien ne justifie.

Faute de réponse dans le délai légal, je saisirai la CNIL et j'en informerai l'UFC locale.

Danielle Morel""",
        W,
    ),
    (
        "en",
        OM,
        S,
        None,
        "Stop profiling me and stop marketing",
        "I object to your tutors scoring my 'likelihood to succeed' from my study data, and I want no more marketing of any kind — email, SMS or calls. — Joanna Pike",
        W,
    ),
    (
        "fr",
        AR,
        S,
        None,
        "Notes de la conseillère",
        """Bonjour,

Je souhaite recevoir copie des notes prises par votre conseillère lors de mes entretiens d'orientation. D'après ce qu'elle m'a lu au téléphone, elle a noté que j'étais « sans diplôme » : j'ai un BTS, il faut corriger cette mention.

Nadège Cordier""",
        W,
    ),
    (
        "fr",
        ERM,
        S,
        None,
        "Effacement, gel, et fin de la prospection",
        """Madame, Monsieur,

1) Je demande l'effacement de mes données personnelles.
2) D'ici votre réponse, limitez leur traitement au strict stockage.
3) Cessez immédiatement toute prospection commerciale à mon égard.

Je vous rappelle que le non-respect de ces demandes peut faire l'objet d'une sanction de la CNIL.

Georges Amblard""",
        W,
    ),
    (
        "en",
        AE,
        S,
        None,
        "Mixed – copy and deletion / copie et suppression",
        """Hello / Bonjour,

I'm an Erasmus student, sorry for the mix. Je voudrais une copie de mes données, and after that please delete my account. I won't continue the course.

Thanks / Merci, Giulia Santoro""",
        W,
    ),
    (
        "fr",
        EM,
        T,
        None,
        "Mon compagnon ne veut plus entendre parler de vous",
        "Bonjour, mon compagnon, M. Fabrice Olmeta, reçoit vos appels et vos SMS tous les jours. Il n'est pas intéressé. Supprimez son numéro de vos fichiers et ne l'appelez plus. Je vous écris de ma boîte, il n'a pas d'email. Stéphanie Roig",
        W,
    ),
    # ---- minor_parental ----
    (
        "fr",
        MP_E,
        PA,
        None,
        "Données de ma fille mineure (14 ans) – mise en demeure",
        """Madame, Monsieur,

Ma fille Lilou, âgée de 14 ans, s'est inscrite seule, avec sa propre adresse électronique, à une « semaine d'essai gratuite » Digital Campus. Elle a depuis été appelée trois fois par vos conseillers.

En ma qualité de titulaire de l'autorité parentale, je vous mets en demeure de supprimer l'intégralité des données la concernant, conformément à votre propre politique de confidentialité, qui prévoit la suppression des données des mineurs à la demande de leurs parents. Vous trouverez ci-joint copie du livret de famille et de ma pièce d'identité.

À défaut d'exécution dans le mois, je saisirai la CNIL.

Sandrine Pujol""",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "My 13-year-old son's account",
        "My son is 13. He created an account on your site to 'learn coding' using my credit card without permission. I want his account and all data about him deleted. I'm his mother. Birth certificate attached. — Kristen Doyle, Portland OR",
        W,
    ),
    (
        "fr",
        MP_EM,
        PA,
        None,
        "Vos commerciaux appellent mon fils de 15 ans",
        """Vos commerciaux appellent mon fils Mathis, 15 ans, sur son portable, pour lui vendre une formation à 4 000 €. C'est inadmissible. Je vous interdis de le rappeler et j'exige la suppression de toutes ses données. Je signale les faits à la DGCCRF.

Le père, Frédéric Carrère""",
        W,
    ),
    (
        "fr",
        MP_A,
        PA,
        None,
        "Communication des données de mon fils mineur",
        "Mon fils Enzo, 16 ans, a été inscrit à une préparation au CAP chez vous. Avant d'engager toute action, je demande, en tant que représentant légal, copie de l'ensemble des données le concernant, notamment les échanges avec vos conseillers. Christian Mazel",
        W,
    ),
    (
        "en",
        MP_AE,
        PA,
        None,
        "My daughter (12) – what do you have, then delete it",
        """I'm the legal guardian of my daughter Ava, who is 12. She apparently entered her name, our address and phone number in a quiz on one of your sites. I want to know exactly what you collected about her, and then I want all of it deleted.

Proof of guardianship attached.

Melissa Grant, Winnipeg, MB""",
        W,
    ),
    (
        "fr",
        MP_C,
        PA,
        None,
        "Retrait de l'autorisation – image de ma fille",
        "J'avais autorisé la diffusion d'une photo de ma fille Zoé (15 ans) prise lors de vos journées portes ouvertes. Je retire cette autorisation. Ne l'utilisez plus. Nathalie Ribes, mère de Zoé",
        W,
    ),
    (
        "en",
        MP_R,
        PA,
        None,
        "Wrong birth date for my son",
        "My son Liam (16) is enrolled in your accounting prep course. His date of birth is wrong on his file (2011 instead of 2010) and that's blocking his exam registration. As his parent, please correct it. — Sean Gallagher",
        W,
    ),
    (
        "fr",
        MP_RS,
        PA,
        None,
        "Gel des données de ma fille mineure",
        """Madame, Monsieur,

Ma fille Inès, 17 ans, a signé sans mon accord un contrat de formation avec votre école. Je conteste ce contrat. En attendant l'issue de ce litige, je vous demande en qualité de représentante légale de limiter le traitement de ses données : pas de relances, pas d'utilisation, simple conservation.

Karima Bensaïd""",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "Suppression des données de mon fils – LRAR",
        """Lettre recommandée avec accusé de réception

Madame, Monsieur,

Je soussigné Laurent Vigouroux, agissant en qualité de père et titulaire de l'autorité parentale sur mon fils Nolan Vigouroux, né le 3 avril 2013, vous demande de supprimer toutes les données personnelles le concernant que vous avez collectées lors de sa participation au webinaire « Découvre les métiers du numérique ».

Je rappelle que mon fils, âgé de 13 ans, ne pouvait consentir seul au traitement de ses données. Je vous demande confirmation écrite de la suppression dans le délai d'un mois.

Laurent Vigouroux""",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "Minor's data",
        "Hi, my daughter Sophie (14) signed up for your newsletter and a free trial. In Canada and in France she's too young to consent. Please delete everything about her. Her email is sophie.b.2012@mail.example. – Marc Bélanger (father)",
        W,
    ),
    (
        "fr",
        MP_EM,
        PA,
        None,
        "INADMISSIBLE",
        "INADMISSIBLE. Mon fils a 14 ans et reçoit vos SMS publicitaires tous les jours. Stop immédiatement et effacez son numéro et tout ce que vous avez sur lui. Sa mère, Aurélie Quintin",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "Données d'un enfant mineur – Belgique",
        "Madame, Monsieur, mon fils Arthur (13 ans) a créé un compte sur votre plateforme. En Belgique, l'âge du consentement numérique est de 13 ans mais il l'a fait sans nous en parler et nous ne le souhaitons pas. En notre qualité de parents, nous demandons la suppression de ce compte et de ses données. Famille Goossens, Wavre",
        W,
    ),
    (
        "en",
        MP_A,
        PA,
        None,
        "COPPA – review of my child's information",
        "Under COPPA I am entitled to review the personal information you collected from my child, who is 11. Please send me everything you have on him. I'll decide about deletion afterwards. — Derek Simmons, Columbus OH",
        W,
    ),
    (
        "fr",
        MP_M,
        PA,
        None,
        "Ne contactez plus mon fils",
        "Mon fils de 16 ans reçoit vos mails de promotion pour les bootcamps. Il peut garder son compte de cours, mais plus aucune publicité pour lui s'il vous plaît. Son père, Didier Gautier",
        W,
    ),
    (
        "en",
        MP_O,
        PA,
        None,
        "My daughter on your forum leaderboard",
        "My daughter Chloé is 15 and her full name shows on the public forum leaderboard of her course. I object to this, she's a minor and has been teased at school because of it. Please remove her from it. — Anne-Marie Dubois (mother)",
        W,
    ),
    (
        "fr",
        MP_CE,
        PA,
        None,
        "Vidéo de ma fille de 13 ans",
        "Ma fille Jade, 13 ans, apparaît dans une vidéo promotionnelle tournée lors d'un atelier découverte. Je retire l'autorisation que j'avais signée et je vous demande de supprimer cette vidéo et toutes les données de ma fille. Élise Navarro",
        W,
    ),
    # ---- post_mortem ----
    (
        "fr",
        PM,
        H,
        None,
        "Décès de mon père – compte Comptalia",
        """Madame, Monsieur,

Mon père, Jean-Pierre Castaing, est décédé le 27 août 2026. Il suivait une formation Comptalia. En ma qualité d'héritière, je vous demande de clôturer son compte et de supprimer ses données. Vous trouverez ci-joint l'acte de décès et l'acte de notoriété.

Je vous serais reconnaissante de faire cesser également les relances de paiement adressées à son nom, qui sont particulièrement pénibles pour ma mère.

Florence Castaing-Villa""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "My late husband's account",
        "My husband, Robert Kinsley, passed away in September. He was studying with Digital Campus. Please close his account and delete his information. I can provide the death certificate. — Margaret Kinsley",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Succession de M. Marcel Bonnafous",
        """Étude de Maître Hélène Sarda, notaire
4 place de la République, 81000 Albi

Madame, Monsieur,

Je suis chargée du règlement de la succession de Monsieur Marcel Bonnafous, décédé le 2 octobre 2026 à Albi. Les héritiers m'ont informée que le défunt était inscrit à une formation Studi.

Je vous prie de me faire connaître la situation de son compte (contrat en cours, sommes éventuellement dues ou à rembourser) et de me communiquer les éléments nécessaires au règlement de la succession. Un certificat de décès et une attestation dévolutive sont joints.

Maître Hélène Sarda""",
        W,
    ),
    (
        "fr",
        PM,
        S,
        None,
        "Directives relatives au sort de mes données après ma mort",
        """Madame, Monsieur,

En application de l'article 85 de la loi Informatique et Libertés, je souhaite définir des directives particulières relatives à la conservation, à l'effacement et à la communication de mes données personnelles après mon décès :
- à mon décès, mon compte apprenant et l'ensemble de mes données devront être supprimés, à l'exception de mes attestations de réussite ;
- ces attestations devront être transmises à ma sœur, Mme Agnès Ferrandi, que je désigne pour exécuter les présentes directives.

Je vous remercie d'enregistrer ces directives et de m'en accuser réception.

Jacques Ferrandi""",
        W,
    ),
    (
        "en",
        PM,
        S,
        None,
        "Instructions for my data after my death",
        "Your policy says I can set guidelines for what happens to my data after I die. I'd like to do that: delete everything, and let my partner Sam Okoye request my certificates. How do I register this formally? Is this email enough? — Tobi Adebayo",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Directives de feu M. Lucien Terral",
        "Je suis la personne désignée par feu M. Lucien Terral, décédé le 11 novembre, dans les directives qu'il vous avait confiées en 2025. Je vous demande de les mettre en œuvre : suppression de son compte et envoi de ses attestations. Acte de décès joint. Marthe Baylet",
        W,
    ),
    (
        "en",
        PM,
        L,
        None,
        "Estate of the late Ms. Olivia Grant",
        """Dear Sir or Madam,

We act for the executors of the estate of the late Ms. Olivia Grant, who died on 4 October 2026. Our clients have asked us to request that all accounts in Ms. Grant's name be closed and that her personal data be deleted, save to the extent you are required to retain it by law.

A copy of the grant of probate is enclosed.

Yours faithfully,
Hargreaves Milton LLP, Bristol""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Vous appelez encore mon mari, décédé depuis six mois",
        """Vous continuez d'appeler mon mari, Gérard Lapeyre, décédé en mai dernier, pour lui proposer des formations. Je vous l'ai dit deux fois au téléphone. C'est indécent.

J'exige que ces appels cessent, que son dossier soit supprimé, et je veux des excuses écrites.

Mme Odette Lapeyre""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "My mother's diploma – she passed away",
        "My mother, Denise Hollis, completed her bookkeeping diploma with Comptalia shortly before she passed away in July. As her son and heir, I'd like a copy of her certificate and transcript for the family. What do you need from me? — Paul Hollis",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Décès de ma mère – Belgique",
        "Madame, Monsieur, ma maman, Mme Josée Lemaire, domiciliée à Mons, est décédée le 19 septembre. Je suis son unique héritière. Je vous demande la clôture de son compte et l'effacement de ses données. Je tiens l'acte de décès et le certificat d'hérédité à votre disposition. Cordialement, Virginie Lemaire",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Liquidatrice de la succession de M. Roy",
        "Bonjour, je suis la liquidatrice de la succession de mon frère, M. Sylvain Roy, décédé à Québec le 8 octobre. Je vous demande de fermer son dossier de formation et de détruire ses renseignements personnels. Je peux vous transmettre la déclaration de décès et le testament. Merci, Louise Roy",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Second reminder – deceased learner's account",
        "Second reminder. On 20 October I sent you my father's death certificate and asked you to close Alan Mercer's account and delete his data. Your newsletters still arrive in his inbox, which I manage. Please act. — Laura Mercer",
        W,
    ),
    # ---- other: questions about the policy or practices ----
    (
        "en",
        X,
        S,
        Q,
        "Press inquiry – lead generation and DSARs",
        """Hello,

I'm a reporter with The Ledger Review, preparing an article on lead generation practices in the online-training sector. I'd be grateful if your DPO could answer a few questions by 10 December:

1. Does the Studi group buy prospect lists or leads from comparison websites?
2. How many data subject requests did you receive in 2025, and what share were answered within one month?
3. Have you been subject to any CNIL inquiry or sanction?
4. Do you record sales calls, and how long are recordings kept?

This is not a request about my own data.

Best regards,
Claire Hutton""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Question presse – enregistrements d'appels",
        "Bonjour, journaliste au Petit Écho du Languedoc, je prépare un article sur le démarchage des organismes de formation. Quelle est votre durée de conservation des enregistrements d'appels commerciaux, et sur quelle base légale ces appels sont-ils passés ? Merci, Julien Sarrazin",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Research – DSAR handling process",
        """Dear DPO,

I'm a PhD researcher at a university in Utrecht studying how organisations handle data subject access requests. Would you be willing to describe your process in general terms (intake channels, identity verification, typical response times), or share aggregated statistics? Nothing about any individual is requested. Answers would be anonymised in my thesis.

Kind regards,
Sanne de Vries""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Enquête universitaire – conformité RGPD des organismes de formation",
        "Bonjour, enseignante-chercheuse en droit du numérique, je mène une enquête sur la conformité RGPD des organismes de formation à distance. Accepteriez-vous de répondre à un questionnaire de 15 questions sur vos pratiques (registre, AIPD, transferts hors UE) ? Cordialement, Pr. Anne-Sophie Mercadier",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Do you sell personal information?",
        "Before I enroll: do you sell personal information? I'm in California and I'd like to know whether you honor 'Do Not Sell' signals like Global Privacy Control. Thanks. — Ben",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Durée de conservation",
        "Combien de temps gardez-vous mes données si je ne m'inscris finalement pas, après une simple demande de documentation ?",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Which law applies?",
        "I'm a Canadian learner. Which law applies to my data with you — PIPEDA or the GDPR? And which regulator would I complain to if needed? Just asking for now.",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Transferts hors UE",
        "Vos serveurs sont-ils situés hors de l'Union européenne ? Quels sont vos sous-traitants établis dans des pays tiers, et sur quelles garanties reposent ces transferts ? Je m'interroge avant de m'inscrire.",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Comparison of privacy practices – consumer survey",
        "We are a consumer-rights association compiling a public comparison of privacy practices among online schools. Could you tell us: whether marketing is opt-in, whether you use call recording, and your average DSAR response time? No personal data requested. — Consumer Watch Europe, survey team",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Qui est votre DPO ?",
        "Qui est votre délégué à la protection des données ? Nom, et numéro de désignation auprès de la CNIL svp.",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Recording calls without telling me?",
        "Is it legal for you to record calls without telling me at the start? Asking before I decide whether to file a complaint. Not requesting anything yet.",
        W,
    ),
    (
        "fr",
        X,
        L,
        Q,
        "Question sur la base légale de la prospection",
        "Maître Clémence Aubin, avocate. Je conseille une cliente qui envisage de s'inscrire à l'une de vos formations. Pourriez-vous m'indiquer, de manière générale, la base légale de vos appels de prospection et l'origine habituelle des coordonnées de vos prospects ? Je vous remercie.",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "APD ou CNIL ?",
        "Si je m'inscris depuis la Belgique, mes données relèvent-elles de l'Autorité de protection des données belge ou de la CNIL ? Merci d'avance.",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "If Studi is acquired",
        "Your policy says data may be transferred to new owners if the group is acquired. Would learners be informed beforehand and could they object? Purely a question.",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Pièces d'identité CPF",
        "Conservez-vous les copies de pièces d'identité envoyées pour le dossier CPF ? Si oui combien de temps ? Merci.",
        W,
    ),
    # ---- other: withdrawals of an earlier request ----
    (
        "fr",
        X,
        S,
        CANCEL,
        "Retrait de ma mise en demeure du 4 novembre",
        "Madame, Monsieur, je retire ma mise en demeure du 4 novembre : le problème a été réglé avec le service client. Vous pouvez classer ma demande. Cordialement, Hélène Faure",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Please disregard my SAR",
        "Please disregard my subject access request of 3 November. I got what I needed from my learner space. Thanks.",
        W,
    ),
    (
        "fr",
        X,
        L,
        CANCEL,
        "Désistement – demande d'effacement de M. Aubert",
        "Maître Ludovic Sénac. Mon client, M. Yves Aubert, me charge de vous informer qu'il se désiste de la demande d'effacement que je vous ai adressée pour son compte le 14 octobre, un accord ayant été trouvé. Je vous remercie d'en prendre acte.",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Cancel my deletion request",
        "Cancel my deletion request (DSR-2026-005287) — I've decided to re-enroll in January. Don't delete anything.",
        W,
    ),
    (
        "fr",
        X,
        PA,
        CANCEL,
        "Annulation de ma demande pour mon fils",
        "Finalement mon fils veut continuer sa formation, j'annule la demande de suppression que j'avais faite pour lui la semaine dernière. Merci. Mme Pradal",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Withdrawal – matter settled",
        "Following our call with your legal department, I withdraw my request ref. DSR-2026-005120 and will not be filing the CNIL complaint. Matter settled. — Andrew Lyle",
        W,
    ),
    # ---- other: disputes, compensation, notices and near misses ----
    (
        "fr",
        X,
        S,
        None,
        "Contestation de facture",
        "Je conteste la facture de 2 180 € que vous m'avez envoyée. Je n'ai jamais signé de contrat, seulement accepté un rendez-vous téléphonique. Je n'ai pas l'intention de payer. Karine Alibert",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Debt validation request – FDCPA",
        """To whom it may concern,

I received a collection letter regarding an alleged balance of $1,480 for a Digital Campus program. Under the Fair Debt Collection Practices Act, I dispute this debt and request validation: the original signed agreement, an itemized statement, and proof that you are authorized to collect.

Marcus Bell""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Dommages et intérêts – fuite de données",
        """Madame, Monsieur,

J'ai reçu votre notification de violation de données du 14 novembre. Mon adresse et mon numéro de téléphone ont donc été dérobés. Depuis, je reçois des SMS frauduleux.

Sur le fondement de l'article 82 du RGPD, je vous réclame 1 000 € de dommages et intérêts en réparation de mon préjudice moral. À défaut d'accord amiable sous quinze jours, je saisirai le tribunal judiciaire.

Anthony Ribière""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Formal apology demanded",
        "The calls stopped after I registered on Bloctel, fine. But I still expect a formal apology from your company for the way your adviser spoke to me on 2 October, and compensation for my time. — Simone Achterberg",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Plainte déposée auprès de la CNIL",
        "Pour information, j'ai déposé ce jour une plainte auprès de la CNIL (n° de suivi 26-022917) concernant vos pratiques de démarchage. Vous serez contactés par leurs services. Michel Soulié",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Exercice du droit de rétractation",
        """Madame, Monsieur,

Conformément à l'article L. 221-18 du code de la consommation, j'exerce mon droit de rétractation concernant le contrat de formation conclu à distance le 21 novembre 2026 (formation « Gestionnaire de paie »). Je vous demande le remboursement de l'acompte de 300 € dans un délai de 14 jours.

Audrey Marty""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Cancel my enrolment",
        "I want to cancel my enrolment and stop the monthly payments. I lost my job and can't continue. What's the procedure?",
        W,
    ),
    (
        "fr",
        X,
        L,
        None,
        "Mise en demeure de rembourser – Mme Cassagne",
        """Madame, Monsieur,

En ma qualité de conseil de Madame Élise Cassagne, je vous mets en demeure de lui rembourser la somme de 2 650 € indûment prélevée entre juillet et octobre 2026, ma cliente ayant régulièrement résilié son contrat le 30 juin 2026.

À défaut de règlement sous huitaine, je saisirai le tribunal compétent sans autre avis.

Maître Renaud Combes""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Recherche d'adresse – signification",
        "SCP Delmas, commissaires de justice. Nous sommes chargés de signifier un acte à M. Kévin Roussel, qui serait l'un de vos apprenants. Pourriez-vous nous communiquer sa dernière adresse connue ? Nous agissons pour un créancier tiers.",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Réquisition judiciaire",
        "Gendarmerie nationale, brigade de Lunel. Dans le cadre d'une enquête préliminaire, et sur réquisition du procureur de la République jointe, nous vous demandons de nous communiquer les données d'inscription et de connexion associées à l'adresse k.vernet@mail.example. Adjudant-chef R. Castel",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "Subpoena duces tecum",
        "Please find attached a subpoena duces tecum issued by the Superior Court of New Jersey in the matter of Delgado v. Delgado, commanding production of enrollment and payment records for Mr. Luis Delgado. Kindly advise whom to serve formally. — Paralegal, Brennan & Cole LLC",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Attestation d'assiduité de notre salarié",
        "Bonjour, nous finançons la formation de notre salarié M. Romain Tessier via notre OPCO. Pourriez-vous nous transmettre son attestation d'assiduité du mois d'octobre, exigée par l'OPCO pour le paiement ? Service RH, Garage Fabre & Fils",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Password reset not working",
        "I can't log into my learner account, the password reset link expires before I can click it. I have an exam Friday. Please help.",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Mes données de connexion ne fonctionnent plus",
        "Bonjour, mes données de connexion ne fonctionnent plus depuis la mise à jour de la plateforme. Identifiant : m.lacan. Pouvez-vous réinitialiser ? Merci.",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Devoir rendu par erreur",
        "Bonjour, j'ai déposé le mauvais fichier pour le devoir n°4 de comptabilité analytique. Est-il possible de supprimer mon dépôt pour que je puisse envoyer le bon ? Merci, Léa",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Certificate still not received",
        "I passed my final exam on 15 October and still haven't received my certificate. If it's not here by the end of the month, I'll involve a lawyer. — Hugo Marsh",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Date d'examen",
        "Bonjour, quand auront lieu les examens de la session de février pour le BTS Professions immobilières ? Merci.",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Conseillère désagréable",
        "Je tiens à signaler le comportement de votre conseillère, qui m'a parlé de façon méprisante lors de l'appel du 25 novembre. Je ne demande rien sur mes données, je veux juste que ce soit remonté à sa hiérarchie. Brigitte Ollier",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Thank you",
        "Thank you for the complete response to my access request — much better than I expected. You can close the file.",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Re: Votre demande d'accès – réponse",
        """Bien reçu, merci. Tout y est.

> Madame, veuillez trouver ci-joint la copie de vos données, conformément à l'article 15 du RGPD. Vous pouvez, si vous le souhaitez, demander leur effacement ou saisir la CNIL.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Fwd: newsletter",
        """FYI — forwarding this because the link to the free webinar is broken. Which date is the next session?

---------- Forwarded message ---------
From: Digital Campus <news@digitalcampus.example>
Subject: Join our free UX webinar!
To unsubscribe from these emails, click here. You can exercise your rights by writing to dpo@studi.fr.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Réponse automatique : absence",
        "Je suis absente du bureau jusqu'au 8 décembre inclus, sans accès à ma messagerie. Pour toute urgence, contactez le cabinet au 04 67 55 20 10. Maître Isabelle Combarel",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Automatic reply: Out of office",
        "Thank you for your message. I am out of the office until Monday, December 7, with limited access to email. For urgent legal matters, please contact my assistant at +1 416 555 0172.",
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

<l.garrigues@oldprovider.example>: host mx.oldprovider.example said: 550 5.1.1 User unknown (in reply to RCPT TO command)""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Audit RGPD offert – mise en conformité",
        "Madame, Monsieur le DPO, savez-vous que 78 % des organismes de formation ne sont pas conformes au RGPD ? Notre cabinet vous offre un audit flash gratuit de 30 minutes. Réservez votre créneau : cal.conformitexpress.example. Cordialement, l'équipe ConformitExpress",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "AVIS DE SANCTION – CNIL – action requise",
        "COMMISSION NATIONALE INFORMATIQUE ET LIBERTES. Votre organisme fait l'objet d'une amende administrative de 4 500 €. Pour éviter la majoration, réglez sous 48 h via le lien sécurisé : cnil-paiement-amende.example/regler. Service des sanctions.",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Invoice #INV-88231 overdue – legal action",
        "Your invoice INV-88231 is 45 days overdue. To avoid legal action, download the statement and pay within 24 hours: docs-secure-invoice.example/INV-88231.zip. Accounts Receivable",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "GDPR compliance webinar",
        "Join our free webinar 'DSAR automation for DPOs' on December 9 at 2 p.m. CET. Learn how to answer requests in 48 hours. Register now! To stop receiving these emails, reply STOP.",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Lettre ouverte – démarchage téléphonique",
        """Lettre ouverte

Notre association a recueilli, en 2026, plus de 60 témoignages de consommateurs de l'Hérault démarchés par téléphone par des organismes de formation, dont le vôtre. Nous demandons à votre groupe de revoir ses pratiques : transparence sur l'origine des fichiers, respect de Bloctel, enregistrement systématique du consentement.

Cette lettre sera publiée sur notre site le 15 décembre, accompagnée de votre éventuelle réponse.

Le bureau de l'association Consommateurs Vigilants de l'Hérault""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Refund dispute – I'll sue",
        "Your refund department has ignored me for six weeks. I paid for a course that was cancelled. If I don't get my $890 back by Friday I will file in small claims court and post about it everywhere. Order DC-2026-44817.",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Litige CPF",
        "Mon CPF a été débité de 3 400 € pour une formation que je n'ai jamais validée sur Mon Compte Formation. J'ai signalé la fraude à la Caisse des dépôts. Je vous demande d'annuler l'inscription et de recréditer mon compte. Julien Espinasse",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Complaint about sales tactics",
        "Your adviser told me the offer would 'expire in one hour' to pressure me into signing. That's a deceptive practice and I've reported it to the consumer protection office. I'm not asking you for anything, just letting you know.",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Attestation France Travail",
        "Bonjour, France Travail me demande une attestation d'inscription en formation avec les dates de début et de fin. Pouvez-vous me l'envoyer rapidement ? Sinon mes allocations sont suspendues. Merci. Yasmine Haddou",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Course content question",
        "In module 5 of the Comptalia payroll course, the example uses 2024 contribution rates. Are the 2026 rates going to be updated before the exam?",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Menace de procès – formation annulée",
        "Ma session de janvier a été annulée sans explication et on me propose un report en septembre. C'est une rupture de contrat. Mon avocat vous écrira si aucune solution n'est trouvée cette semaine. Sébastien Giraud",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Letter before action – misrepresentation",
        """Dear Sirs,

LETTER BEFORE ACTION

Your sales representative represented to me that the Digital Campus "Full Stack Developer" course was a recognised degree-level qualification. It is not. I relied on this misrepresentation when I paid £3,200.

I require a full refund within 14 days, failing which I will commence proceedings in the County Court without further notice.

Yours faithfully,
Aaron Whitley""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "/start",
        "/start",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Hi",
        "hi is anyone there",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Demande de devis",
        "Bonjour, je souhaiterais un devis pour la formation Gestionnaire de copropriété pour un financement par mon employeur. Merci. Clément Rouvière",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Is my data safe after the breach?",
        "After the breach notice, is my account still safe to use? Should I change my password? I'm not asking for anything else.",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Re: [DSR-2026-005410] Identity check",
        "Done, I've entered the code you sent. Anything else needed from me?",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Avis de réception",
        "Accusé de réception : votre courrier recommandé n° 1A 204 778 9913 2 a été distribué le 30/11/2026 à 10h12. Ceci est un message automatique de La Poste, merci de ne pas y répondre.",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Payment plan",
        "Can I switch from monthly to quarterly payments for my Ecolems course? My bank charges me for each direct debit.",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Réclamation – retard de correction",
        "Mes trois derniers devoirs n'ont pas été corrigés depuis six semaines. Je paie pour un suivi qui n'existe pas. Si rien ne bouge, j'écris à l'UFC-Que Choisir. Armelle Guichard",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Merci / Thanks",
        "Merci beaucoup for removing my old phone number so quickly, all good now. Have a nice day!",
        W,
    ),
    # ---- other: third parties, near misses and background ----
    (
        "en",
        X,
        T,
        None,
        "Employment verification",
        "Hello, we're conducting a pre-employment background check on a candidate, Ms. Deborah Lane, who lists a Digital Campus web development certificate on her résumé. Can you confirm she completed it, and the date? Signed consent from the candidate attached. — Verification Desk, TrueHire Screening Inc.",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Vérification de diplôme",
        "Bonjour, cabinet de recrutement Talents Sud. Un candidat, M. Loïc Barthe, nous présente une attestation de réussite Comptalia (n° CP-AT-2025-1187). Pouvez-vous nous confirmer son authenticité ? Cordialement, Émilie Roche",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "SMS suspect – est-ce vous ?",
        """Bonjour, j'ai reçu ce SMS : « STUDI : votre prélèvement a échoué, mettez à jour vos coordonnées bancaires sous 24 h : studi-paiement-maj.example ». Est-ce bien vous ? Ça ressemble à une arnaque.

Marion Teisseire""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Copy of my invoice",
        "Could you send me a copy of my 2026 invoices for the Ecolems course? I need them for my tax return (education expenses).",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Changement de formation",
        "Bonjour, je souhaite passer de la formation Assistant comptable à Gestionnaire de paie. Est-ce possible sans perdre ce que j'ai déjà payé ? Merci. Romane",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Bloctel et clients existants",
        "Simple question, je me renseigne : si je m'inscris sur Bloctel, est-ce que ça s'applique aussi à vos appels, vu que je suis déjà apprenante chez vous ? On m'a dit que les clients n'étaient pas protégés.",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "[Ticket #48213] We have received your request",
        "This is an automated response. Your request has been received by Whitfield & Nakamura LLP and assigned ticket #48213. A member of our team will respond within two business days. Please do not reply to this message.",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Partenariat – leads qualifiés formation",
        "Bonjour, nous commercialisons des fichiers de prospects « formation / reconversion » qualifiés et opt-in, 0,90 € le lead, livrés sous 48 h. Intéressés par un échantillon gratuit de 500 contacts ? L'équipe LeadBoost",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Sharing grades with employers",
        "General question: when an employer pays for an employee's training, what exactly do you share with that employer — attendance only, or grades too? I'm writing an article for an HR newsletter.",
        W,
    ),
    (
        "fr",
        X,
        L,
        None,
        "V/Réf : Mme Orsoni – accusé de réception",
        "Maître Antoine Belcastel. Je vous remercie de votre réponse du 20 novembre et des pièces communiquées, que je transmets à ma cliente. Je reviendrai vers vous si nécessaire.",
        W,
    ),
]
