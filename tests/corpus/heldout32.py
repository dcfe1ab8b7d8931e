"""Thirty-second held-out batch: another test split of the corpus, with who is asking.

Written on 1 December 2026 in one separate pass, blind: its author read only the product
specification (the request types and labelling rules), the privacy policy, the label shorthands
and the format header of an earlier batch (not its messages), never the classifier's rules,
its code or any other batch's messages, and the classifier was not run on it before it was frozen.
Its voices: French and English from around the world. Belgian, Swiss and Québécois French
(septante, nonante, GSM, natel, "courriel", "infolettre", "tantôt", "à tantôt", "c'est plate",
"magasiner", "je ne sais pas me connecter", "je me réjouis de votre réponse"); West and Central
African and Maghrebi francophone writers from Senegal, Côte d'Ivoire, Cameroon, Congo, Morocco and
Algeria in the formal letter register ("je viens par la présente", "Monsieur le responsable",
"je vous prie de bien vouloir", "bien vouloir me faire parvenir", "c'est pour vous dire que",
"dans l'attente d'une suite favorable"); learners in the overseas territories (Réunion,
Guadeloupe, Nouvelle-Calédonie) with their time differences and slow post; English from Indian,
Nigerian, Filipino, Irish and Scottish writers ("kindly do the needful", "please revert",
"I am having a query", "greetings of the day", "good day sir/ma", "po", "ma'am/sir", "I'm after
changing", "ye", "wee bit", "outwith", "aye"); messages sent through web contact forms with
their field labels ("Nom :", "Objet :", "Message :", "Type of request: [Other]"), where the form's
category and the message disagree; and code-switching between French and English within one
message (a bilingual Cameroonian, a Montrealer, expatriate learners). Around them again: parents
of young children, heirs, notaries, a liquidator of an estate, trusted persons, lawyers, a
Belgian administrator and a Swiss curator of protected adults, union representatives, request
services acting under mandate, spouses, an employer, reminders, withdrawals of an earlier request,
questions about the policy only, near misses that mention data but ask no right, course, billing,
password, certificate and exam questions, phishing, spam, auto-replies and bounces. Every name,
address, phone number, date and reference is invented.

Each entry: ``(language, labels, requester, intent, subject, text, origin)``. ``requester`` is
who is asking (``self``, ``parent``, ``heir_or_trusted_person``, ``lawyer_or_representative``,
``other_third_party``); ``intent`` is ``None``, ``"cancel"`` (the person withdraws a request) or
``"question_only"`` (a question about the policy, no request), both filed as ``other``. Only what
the sender asks in the new text is labelled, never what a quoted message says.
"""

# ruff: noqa: E501, F403, F405
from shorthands import *

RM = ("rectification", "marketing_objection")

HELDOUT32: list[Entry] = [
    # ---- access ----
    (
        "fr",
        A,
        S,
        None,
        "Demande d'accès à mes données personnelles",
        """Monsieur le responsable,

Je viens par la présente solliciter auprès de votre haute bienveillance la communication de l'ensemble des données personnelles me concernant détenues par le Groupe Studi. Je suis inscrit chez Comptalia depuis octobre 2024 en BTS Comptabilité et Gestion, numéro apprenant CPT-2024-66810.

Je vous prie de bien vouloir me faire parvenir une copie de ces données ainsi que les informations relatives à leur utilisation, à mon adresse électronique enregistrée.

Dans l'attente d'une suite favorable, veuillez agréer, Monsieur le responsable, l'expression de mes salutations distinguées.

Mamadou Lamine Sarr
Dakar, Sénégal""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Query regarding my personal data",
        """Greetings of the day.

I am having a query regarding my personal data. Kindly share the complete details of personal information stored in your system pertaining to me, including the call recordings if any, as your counsellor called me multiple times before I enrolled in Digital Campus.

Kindly do the needful and revert at the earliest.

Thanks & Regards,
Pradeep Kumar Venkataraman
Bengaluru""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Mon dossier",
        """Bonjour, j'aimerais savoir c'est quoi exactement les informations que vous avez sur moi. Une conseillère m'a appelée sur mon cellulaire la semaine passée pis elle connaissait mon niveau d'études, mon employeur, toute. Je veux recevoir une copie de mon dossier au complet, incluant les notes qu'elle a prises pendant l'appel. Merci!

Marie-Ève Gagnon-Lavoie
Sherbrooke (Qc)""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Information request",
        """Good day Sir/Ma,

I hope this mail meets you well. Please I want to know all the information your organisation is holding about me and who you have shared it with. I registered for a Digital Campus programme in February 2025 with this same email.

Kindly send me a copy.

Thanks and God bless.
Chinedu Okafor
Enugu""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "[Formulaire de contact] Autre",
        """Nom : Benjelloun
Prénom : Salma
Email : salma.benjelloun.pro@exemple.ma
Téléphone : +212 6 61 48 20 93
Formation : Bachelor Marketing Digital (Digital Campus)
Objet : Autre
Message : Bonjour, je souhaite obtenir une copie de toutes les données personnelles que vous détenez me concernant (dossier d'inscription, résultats, échanges avec les conseillers pédagogiques). Merci infiniment.""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "my data",
        """Hi, could ye send me a copy of whatever data ye hold on me? Cheers, Ciarán""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Quelles données avez-vous ?",
        """Bonjour,

Je suis apprenante chez Ecolems depuis le mois de mars. La semaine dernière j'ai reçu sur mon GSM (0470 58 71 92) un appel d'un organisme que je ne connais pas et qui semblait savoir que je suivais une formation chez vous. Je voudrais donc savoir quelles données vous avez sur moi et à qui vous les transmettez. Pouvez-vous m'envoyer la liste complète, avec les destinataires ?

Merci d'avance,
Marie-Laure Dewaele
Namur""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Request for copy of personal data po",
        """Good day po ma'am/sir,

I would like to request a copy of my personal data in your records po. I am enrolled in Digital Campus online since last year (Web Developer course). Hoping for your kind consideration.

Thank you and God bless!
Ma. Cristina Dela Cruz
Quezon City""",
        W,
    ),
    (
        "fr",
        A,
        L,
        None,
        "Demande de communication de données — M. Kouassi Yao Serge",
        """Maître Adjoua Konan-Brou
Avocat au Barreau d'Abidjan
Cocody, Rue des Jardins, Lot 214

Monsieur le Délégué à la protection des données,

Agissant en qualité de conseil de M. Kouassi Yao Serge, apprenant inscrit au sein de l'École Supérieure des Métiers de l'Immobilier (référence dossier ESMI-25-30417), et en vertu du mandat spécial qu'il m'a confié et dont copie est jointe, j'ai l'honneur de solliciter la communication de l'intégralité des données à caractère personnel le concernant traitées par votre groupe.

Je vous saurais gré de bien vouloir joindre à cette communication l'indication des finalités des traitements, des catégories de destinataires, des durées de conservation appliquées ainsi que de la source des données lorsqu'elles n'ont pas été collectées auprès de mon client.

Je vous prie de bien vouloir adresser votre réponse à mon cabinet.

Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.

Me A. Konan-Brou""",
        W,
    ),
    (
        "en",
        A,
        L,
        None,
        "Subject access request on behalf of our member",
        """Dear Data Protection Officer,

I write as the workplace representative of the Caledonian Clerical Workers' Union for our member Ms Morag MacLeod, of 7 Kilmuir Place, Portree. Her signed authority for us to act on her behalf in this matter is attached.

Ms MacLeod is enrolled on a Comptalia payroll course funded by her employer. We request a copy of all the personal data you hold about her, including any notes or recordings of her telephone conversations with your sales adviser in September 2026 and any information you have received from or sent to her employer.

Please send the response to me at the address below.

Yours sincerely,
Duncan Gillespie
Branch Representative, CCWU Highland Branch""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Mes documents",
        """Salam, bonjour.

Je suis Karim Bouzid, étudiant à l'ESMI en alternance (BTS Professions Immobilières). Pour l'inscription j'avais envoyé mon passeport, ma carte d'identité algérienne et un relevé bancaire. Je veux savoir est-ce que vous avez gardé ces documents, et je veux une copie de tout ce que vous avez sur moi.

Merci beaucoup.""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "From where you got my number",
        """Dear Sir/Madam,

This is to inform you that I had enquired about your Comptalia course in August 2025 but did not join. Now I want to know from where you had got my mobile number in the first place and what all details you are having about me in your records.

Please revert with the details.

Regards,
Rahul Deshpande""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "copie de mon dossier",
        """Bonjour, je suis à Saint-Pierre (974). Je voudrais recevoir une copie de mon dossier apprenant Studi avec toutes mes données, par courriel svp car le courrier met trois semaines à arriver ici. Jean-Claude Payet, n° apprenant 8812045""",
        W,
    ),
    (
        "en",
        A,
        T,
        None,
        "My wife's details",
        """Hello,

I am writing about my wife, Ngozi Eze-Obi, who is enrolled with Digital Campus. She is travelling at the moment and asked me to take care of her paperwork. I would like to see what personal information you hold on her, so please send me a copy to this email address.

Regards,
Emeka Obi""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Demande de renseignements selon le RGPD et la LPD",
        """Madame, Monsieur,

Domicilié à Neuchâtel et inscrit à une formation Digital Campus depuis l'été dernier, je me permets de vous écrire afin d'obtenir une copie des données personnelles me concernant que vous traitez, en application du RGPD et, pour autant qu'elle s'applique, de la loi fédérale sur la protection des données.

Je vous saurais gré d'y joindre les finalités, les destinataires et la durée de conservation. Mon numéro de natel enregistré est le +41 79 552 18 04.

Je me réjouis de votre réponse et vous adresse mes salutations les meilleures.

Loïc Perrenoud""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "data",
        """Send us a copy of my data please. Callum Fraser, learner no. DC-40917""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Demande d'information sur mes données",
        """Bonjour Monsieur,

C'est pour vous dire que je souhaite savoir toutes les informations que votre école garde sur moi depuis mon inscription en 2023, avec les relevés de notes, les pièces que j'ai fournies et les appels avec les conseillers. Bien vouloir me faire parvenir le tout à cette adresse.

Mbuyi Kalonji Patrick
Kinshasa / Gombe""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Enregistrement appel conseiller",
        """Bonjour, est-ce que je peux avoir l'enregistrement de mon appel avec mon conseiller du 14 octobre ? Il m'a dit au début que l'appel était enregistré. Je veux l'écouter car il m'avait promis une prise en charge totale par le CPF et maintenant on me demande de payer la différence. Merci de me l'envoyer.

Ketty Lubin
Les Abymes, Guadeloupe""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Website enquiry: Other",
        """Type of request: [Other]
Full name: Oluwaseun Adeyemi
Email: seun.adeyemi.studies@example.ng
Country: Nigeria
Programme: Bachelor Digital Marketing
Message: I need a copy of all the data you have about me including my exam results and the log of when I connected to the platform. Thank you.""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "RELANCE - demande de copie de mes données du 2 octobre",
        """Monsieur le responsable,

Je reviens vers vous concernant ma demande du 2 octobre 2026 par laquelle je sollicitais copie de l'ensemble de mes données personnelles. Plus d'un mois s'est écoulé sans aucune réponse de votre part, pas même un accusé de réception.

Je vous prie de bien vouloir y donner suite dans les meilleurs délais.

Veuillez recevoir mes salutations distinguées.

Tchoumi Fotso Armel
Douala, Cameroun""",
        W,
    ),
    # ---- rectification ----
    (
        "fr",
        R,
        S,
        None,
        "Erreur dans mon nom",
        """Bonjour, mon nom est mal écrit dans mon dossier : c'est Bouchard-Pelletier avec un trait d'union, pas « Bouchard Pelletier ». Pouvez-vous corriger ça? Ça va paraître sur mon attestation pis c'est plate d'avoir un nom croche sur un document officiel. Merci!

Jean-François Bouchard-Pelletier""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Correction of DOB in profile",
        """Respected Sir/Madam,

My date of birth is wrongly mentioned as 12/05/1997 in my learner profile. Actual DOB is 05/12/1997 (5th December 1997). Kindly rectify the same at the earliest as it is required for my exam registration.

Thanking you,
Sneha Kulkarni
Learner ID: DC-2025-118273""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Changement de nom suite à mariage",
        """Monsieur le responsable,

Je viens par la présente vous informer de mon changement de nom suite à mon mariage célébré le 6 septembre 2026 à Thiès. Je vous prie de bien vouloir mettre à jour mon dossier apprenant : mon nom d'usage est désormais Fatou Diop épouse Faye. Vous trouverez ci-joint l'extrait d'acte de mariage.

Je vous prie d'agréer l'expression de ma considération distinguée.

Fatou Diop épouse Faye
Apprenante Comptalia n° 55120""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Wrong middle name",
        """Hi po, my middle name is wrong in my account. It's "Santos" not "Santo". Kindly correct po. Thank you! Jerome S. Bautista""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Nouvelle adresse",
        """Bonjour,

J'ai déménagé. Ma nouvelle adresse : rue des Glycines 48 boîte 3, 4020 Liège. Pouvez-vous mettre à jour mes coordonnées ? L'ancienne adresse à Seraing n'est plus bonne.

Merci, à tantôt,
Geoffrey Vandenbroucke""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "New phone number",
        """Hiya,

I'm after changing my phone number. The old one (087 341 2290) isn't mine anymore, so you're probably ringing some poor fella who has no idea what Comptalia is. New one is +353 86 714 5203. Can you update it on my file?

Thanks a mil,
Siobhán Ní Bhriain""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Niveau d'études erroné",
        """Bonjour,

Dans mon profil il est indiqué que j'ai un niveau Bac, alors que je suis titulaire d'une Licence en sciences économiques (Université de Fès, 2019). Merci de corriger cette information, qui est fausse et qui sert pour mon orientation.

Cordialement,
Youssef El Amrani""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Address correction",
        """Hi there,

Your records have me living in England. I'm in Inverness, which is a wee bit further north! Could you correct my address to 14 Braeside Crescent, Inverness IV2 9XY, Scotland, please.

Many thanks,
Morven Sutherland""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Mise à jour coordonnées Nouméa",
        """Bonjour,

Le numéro enregistré dans mon compte est un ancien numéro de métropole qui n'est plus valide. J'habite maintenant à Nouméa : merci de le remplacer par le +687 78 41 26 et de corriger mon adresse postale (12 rue Jules Garnier, 98800 Nouméa). Le pays indiqué est encore « France métropolitaine », ce qui est faux.

Bien à vous,
Léa Wahnyamala""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Inversion nom et prénom",
        """Bonjour Monsieur,

Sur mon compte et sur mes convocations, mon nom et mon prénom ont été inversés : Ngono Etoa est mon nom de famille et Brigitte mon prénom. Je vous prie de bien vouloir rectifier cette erreur dans mes données.

Merci et bonne journée.
NGONO ETOA Brigitte""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Title in my account",
        """Good afternoon. My title in your system is "Mr" but I am a woman. Kindly change it to Mrs. Thank you. Adaeze Nwosu""",
        W,
    ),
    (
        "fr",
        R,
        L,
        None,
        "Curatelle — correction de l'adresse de correspondance",
        """Madame, Monsieur,

En ma qualité de curatrice de représentation et de gestion de M. Alain Rochat, désignée par décision de la Justice de paix du district de Lausanne du 3 mars 2025 (copie jointe), je vous informe que toute correspondance le concernant doit désormais être adressée à l'Office des curatelles, case postale 118, 1014 Lausanne, et non plus à son ancienne adresse qui figure à tort dans vos fichiers.

Je vous prie de bien vouloir corriger ses coordonnées en conséquence.

Avec mes salutations distinguées,
Sabine Chappuis, curatrice professionnelle""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Faute dans mon adresse mail",
        """Bonjour, l'adresse mail enregistrée dans mon dossier contient une faute (sully.hoarau974@… avec deux « r » à Hoarau). Du coup je ne reçois pas mes convocations. La bonne adresse est celle depuis laquelle je vous écris. Merci de la rectifier. Sully Hoarau, Le Tampon""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Update employer details",
        """Dear Team,

Please update my employer details in my profile: I have left Vantara Infotech Pvt Ltd and I am now working with Sahyadri Analytics, Pune, as Senior Accountant since 1st November 2026. The old employer name is outdated.

Kindly do the needful.

Regards,
Nikhil Joshi""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "2e relance : correction de mon prénom",
        """Bonjour,

Ça fait deux fois que je demande la correction de mon prénom (Nadia et PAS Nadjia), la première fois le 20 septembre et la deuxième le 12 octobre. C'est toujours faux sur la plateforme et sur mon relevé de notes. Merci de corriger enfin.

Nadia Hamdani
Oran""",
        W,
    ),
    # ---- erasure ----
    (
        "fr",
        E,
        S,
        None,
        "Effacer mon compte",
        """Effacez mon compte svp. Je magasinais des formations, j'ai finalement rien acheté chez vous. Merci.""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Deletion of my details",
        """Dear Team,

Kindly delete all my personal details from your database as I am no longer interested in the course. Please confirm once done.

Regards,
Arvind Subramaniam""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Objet : Demande de suppression de mes données",
        """Monsieur le Délégué,

Je viens par la présente vous demander de bien vouloir procéder à l'effacement de l'ensemble des données personnelles me concernant, détenues par vos services depuis ma demande de documentation du mois de mai 2025.

Je vous prie de bien vouloir me faire parvenir une confirmation écrite de cette suppression.

Dans l'attente d'une suite favorable, je vous prie d'agréer l'expression de mes sentiments respectueux.

Ousmane Ba
Saint-Louis, Sénégal""",
        W,
    ),
    (
        "en",
        E,
        L,
        None,
        "Delete my mother's account",
        """Good day Sir/Ma,

I hold a registered power of attorney for my mother, Mrs Florence Adigun, who had a stroke in August and can no longer manage her affairs (copy attached). She had an account with Digital Campus. Please delete her account and everything about her. She will not be needing it again.

Thanks,
Tunde Adigun""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Suppression compte Ecolems",
        """Bonjour,

Je voudrais que vous supprimiez mon compte et toutes mes données. J'ai terminé ma formation il y a à peu près nonante jours et je n'en ai plus besoin, j'ai eu mon attestation.

Bien à vous,
Nathalie Peeters
Wavre""",
        W,
    ),
    (
        "en",
        E,
        T,
        None,
        "Free trial - my neighbour",
        """Aye, hello. My neighbour, Mrs Jean Kerr, is 81 and no great with computers. She somehow got signed up for a free trial on Digital Campus in the summer and keeps asking me what it is. Please delete her details. Ta. Fraser McAllister""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Je ne suis pas votre apprenant",
        """Bonjour,

Quelqu'un s'est inscrit chez vous avec mon adresse mail. Je ne suis pas votre apprenant, je n'ai jamais demandé quoi que ce soit à Studi. Supprimez mon adresse de vos fichiers, s'il vous plaît.

Rachid Belkacem""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Account deletion po",
        """Hello po, I want to delete my account po because I will not continue my studies anymore. Salamat po.""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "[Formulaire] Réclamation",
        """Nom : Koffi
Prénom : Ange-Michel
Email : angemichel.koffi@exemple.ci
Pays : Côte d'Ivoire
Objet : Réclamation
Message : Je veux la suppression de mon compte et de toutes mes informations chez vous, je ne suis plus intéressé par la formation. Merci de faire vite.""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Data deletion",
        """Hello,

I want all my data deleted, the whole lot. I'm not a student of yours and never was. I filled in a brochure request form on your site once in 2022 and that was the end of it as far as I was concerned.

Let me explain how I got here, because it's a bit of a saga. Back in 2022 I was thinking about retraining. I'd been working in a hotel in Kenmare for nine years, the hours were killing me, and a friend of mine had done one of those online accountancy courses and said it was grand. So one evening I went looking, found Comptalia, and filled in the little form for the brochure. Name, email, phone, what I was working at, when I might want to start, how I'd pay for it. I never got a paper brochure, to be fair, but I did get a phone call from a lovely young one in France the next week, and we had a long chat about "my career goals" and "my obstacles", and I told her straight that I'd have to think about it, and that was that.

Except it wasn't, because I ended up taking a job with the county council instead, with training included, and I forgot all about ye. Then last month I was applying for something else and the question came up about where my details are held, and it got me thinking that there's a company somewhere with notes on my "motivations" and "factors that might lead to a refusal" from a phone call four years ago. I don't like that one bit.

So, to be clear: I am not asking for a copy of anything, I don't want to chat about it, I'm not giving out about the girl on the phone, she was very nice. I just want everything ye have on me deleted: the form, the notes from that call, the phone number, the lot. Please confirm by email when it's done. My details at the time were the same as now, this email and 087 219 6634.

Sound, thanks.
Pádraig Ó Súilleabháin
Cork""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Renonciation et effacement",
        """Madame, Monsieur,

Par la présente, je vous informe que je renonce à mon inscription au Bachelor Digital Campus, dans le délai de rétractation. Je vous prie en outre d'effacer l'ensemble des données personnelles que j'ai transmises lors de l'inscription.

Avec mes salutations distinguées,
Céline Gander
Sion""",
        W,
    ),
    (
        "fr",
        E,
        L,
        None,
        "Administration de M. Dimitri Lambotte — suppression des données",
        """Madame, Monsieur,

En ma qualité d'administrateur de la personne et des biens de Monsieur Dimitri Lambotte, désigné par ordonnance du juge de paix du canton de Charleroi du 14 janvier 2026 (copie jointe), je sollicite la suppression de toutes les données personnelles le concernant. Monsieur Lambotte s'est inscrit en ligne à plusieurs formations sans pouvoir en mesurer la portée ; les inscriptions ont été annulées par ailleurs.

Je vous remercie de me confirmer l'effacement par retour de courriel.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Me Olivier Debroux, avocat, administrateur""",
        W,
    ),
    (
        "en",
        E,
        T,
        None,
        "Former apprentice's account",
        """Hello,

We are the employer of a former apprentice, Mr Tunde Bakare, who followed a Comptalia course paid for by our company until he left us in October. Please close and delete his learner account and the data you hold on him from our company enrolment.

Regards,
Folake Adesanya
HR Manager, Harbourline Logistics Ltd""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Suppression de mon dossier",
        """Bonjour Monsieur le responsable,

Je vous prie de bien vouloir supprimer mon dossier : ma photo, la copie de ma pièce d'identité et les diplômes que j'avais envoyés pour l'inscription. Je ne m'inscris plus chez vous.

Merci d'avance.
Nzinga Makiadi Grâce
Brazzaville""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Reminder: deletion of my data (3rd mail)",
        """Dear Sir/Madam,

This is my third mail regarding deletion of my data, first sent on 2nd October and then on 21st October. Till date I have not received any confirmation. Please delete my data ASAP and confirm.

Regards,
Meenakshi Iyer""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "mes infos",
        """Bonjour, je ne veux plus que vous gardiez mes informations. Supprimez tout svp. Merci. Jessica Lapin, Sainte-Anne""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Delete my data pls",
        """Good morning. I am an Anglophone from Bamenda but I enrolled in the French BTS because the course was not available in English. S'il vous plaît, delete my data, I have stopped the training since September. Thank you so much.

Ambe Nkwenti Clarisse""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Demande d'effacement",
        """Bonjour,

Je vous écris parce qu'au printemps, j'ai rempli un formulaire sur votre site pour avoir de l'information sur le certificat en comptabilité. Finalement, je me suis inscrite au cégep près de chez nous. Je ne vois pas pourquoi vous garderiez mes informations. Je vous demande de les effacer au complet : nom, courriel, numéro de cellulaire, et tout ce que la conseillère a noté lors de nos deux appels.

Merci de me confirmer quand ce sera fait.

Geneviève Thibodeau
Trois-Rivières""",
        W,
    ),
    ("en", E, S, None, "Erasure", """Delete my data.""", W),
    (
        "fr",
        E,
        T,
        None,
        "Compte de mon fils",
        """Bonjour,

Mon fils Maxime a 24 ans. Il s'était inscrit chez vous l'an dernier puis il est parti travailler au Canada et ne s'occupe plus de rien. Je souhaite que vous supprimiez son compte et ses données, ça ne sert plus à rien.

Cordialement,
Martine Grondin""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Old profile",
        """Good day ma,

I registered with my old email (ify.nnamdi1990@example.ng) before, then I created a new account with this one when I enrolled. Kindly erase that old profile and everything attached to it, I only want this current account to remain.

Thank you,
Ifeoma Nnamdi""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Photo et CV",
        """Bonjour, merci de supprimer de la plateforme ma photo de profil et le CV que j'avais déposés pour le service alternance. Le reste du compte peut rester. Hajar Tazi""",
        W,
    ),
    # ---- restriction ----
    (
        "fr",
        RS,
        S,
        None,
        "Litige — ne pas supprimer mes données",
        """Bonjour,

Je suis actuellement en litige avec mon ancien employeur devant le tribunal du travail de Bruxelles au sujet de la formation que j'ai suivie chez vous en alternance. Je vous demande de ne surtout pas supprimer mes données (assiduité, résultats, échanges avec le tuteur) car j'en aurai besoin, mais de cesser de les utiliser à toute autre fin le temps de la procédure.

Merci de me confirmer la limitation.

Sophie Lejeune
Schaerbeek""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Freeze my data",
        """Dear Sir,

Kindly block my data and do not use it for any purpose till my complaint regarding the refund is resolved. Do not delete it as I may need the same as evidence.

Regards,
Harpreet Singh Bedi""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Verrouillage de mes données",
        """Madame, Monsieur,

Votre politique de confidentialité mentionne un droit de « verrouiller » les données. Je vous demande d'appliquer ce verrouillage à mes données personnelles : qu'elles soient conservées en l'état, mais plus utilisées, jusqu'à nouvel avis de ma part.

Avec mes salutations les meilleures,
Valérie Monnier
Fribourg""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Put a hold on my data",
        """Hi,

I'd like you to put a hold on using my data. I'm not asking you to delete it, I might come back to finish the course next year, I just want it locked so nobody does anything with it in the meantime.

Thanks,
Aoife Brennan""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Limitation du traitement",
        """Monsieur le responsable,

Par mon courrier du 28 octobre, je me suis opposé à l'utilisation de mes données pour vos statistiques d'apprentissage. Dans l'attente de votre décision sur cette opposition, je sollicite la limitation du traitement de mes données, conformément à la réglementation.

Veuillez agréer, Monsieur, mes salutations distinguées.

Cheikh Tidiane Mbaye""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Please do not use my data muna",
        """Ma'am/Sir, please do not use or process my information muna while I am settling my account issue with your finance team. Just keep it, don't delete po. Thank you. Rhea Mae Villanueva""",
        W,
    ),
    (
        "fr",
        RS,
        L,
        None,
        "Mme Aïcha Traoré — limitation du traitement",
        """Maître Bakary Coulibaly
Avocat à la Cour, Dakar

Madame, Monsieur,

Je vous écris au nom et pour le compte de ma cliente, Mme Aïcha Traoré, apprenante Comptalia, dont je joins le pouvoir. Ma cliente entend engager une action relative aux conditions de sa formation et de son financement.

Dans cette perspective, je vous demande de limiter le traitement de ses données à leur seule conservation, et de n'en faire aucun autre usage ni aucune suppression jusqu'à l'issue du litige.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Keep but don't process",
        """Hello,

I've finished my course. Please don't delete my account, I know I can ask for it to be restricted instead of erased. So: keep it archived, stop processing it for anything else.

Thanks,
Euan Robertson
Dundee""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Bloquer mes données",
        """Bonjour, c'est pour vous dire que je veux que vous bloquiez mes données personnelles, ne les utilisez plus pour rien mais gardez-les, je vais reprendre ma formation quand j'aurai les moyens. Merci. Kabongo Ilunga Christian, Lubumbashi""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "restriction",
        """I want you to restrict the processing of my data. Thank you. Obinna Chukwu""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Garder mes données sans les traiter",
        """Bonjour,

Je mets ma formation sur pause pour un bout de temps. Je veux que vous gardiez mes données, pas de suppression, mais que vous arrêtiez de les traiter d'ici à ce que je vous redonne des nouvelles. Est-ce que c'est possible de limiter ça?

Merci,
Patrice Lévesque
Québec""",
        W,
    ),
    (
        "fr",
        RS,
        L,
        None,
        "Mme Christelle Técher — limitation du traitement",
        """Madame, Monsieur,

L'Association Réunionnaise de Défense des Consommateurs intervient pour le compte de Mme Christelle Técher, de Saint-Paul, en vertu du mandat qu'elle nous a signé (joint). Mme Técher conteste la façon dont ses informations sont utilisées depuis son inscription et a saisi la CNIL. Dans l'attente, elle demande que ses données soient gelées : conservées, mais plus utilisées.

Cordialement,
Josiane Lauret, juriste de l'association""",
        W,
    ),
    # ---- objection ----
    (
        "fr",
        O,
        S,
        None,
        "Opposition statistiques",
        """Bonjour,

Je m'oppose à ce que mes résultats et ma progression soient utilisés pour vos statistiques d'apprentissage et votre « suivi personnalisé ». Je suis la formation pour moi, pas pour alimenter vos tableaux de bord.

Bien à vous,
Thibault Verhaegen
Gand""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Objection to display of my name and photo",
        """Respected Sir/Madam,

I object to my name and photo being displayed in the learners' community forum of Digital Campus. For personal reasons I do not wish other learners to identify me. Kindly stop showing them.

Regards,
Kavya Raghunathan""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Transfert hors UE",
        """Bonjour,

J'ai lu dans votre politique que certaines données peuvent être transférées vers des prestataires hors Union européenne. Je m'oppose à ce que mes données soient transférées hors de l'UE.

Merci,
Imane Chraïbi
Rabat""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Opt out of tracking my progress",
        """Hi, I don't want you using my data to track my progress for your "personalised monitoring". Opt me out of that, please. I'll do the coursework at my own pace without being analysed. Niamh Gallagher""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Opposition — publication de mon nom",
        """Madame, Monsieur,

Je fais valoir mon droit d'opposition pour motif légitime : pour des raisons de sécurité personnelle (une procédure pénale est en cours contre une personne qui me harcèle), je m'oppose à ce que mon nom et ma photo apparaissent dans la liste des diplômés publiée sur vos réseaux et sur votre site.

Je vous remercie de votre discrétion.

Avec mes salutations distinguées,
Anne-Sophie Berset
Bulle""",
        W,
    ),
    (
        "en",
        O,
        L,
        None,
        "Objection on behalf of our client",
        """Dear Sir/Ma,

We act as solicitors to Mr Babajide Ogunleye (letter of authority attached). Our client objects to the processing of his personal data for analytics purposes. Kindly acknowledge receipt and confirm compliance.

Yours faithfully,
For: Adeola Ogunleye & Co., Legal Practitioners, Ibadan""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Enregistrement des appels",
        """Bonjour, je m'oppose à l'enregistrement de mes appels avec les conseillers pédagogiques. J'aime pas pantoute être enregistrée, même « pour la qualité du service ». Merci d'en prendre note. Mélanie Côté""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Data sharing po",
        """Good day po. I read that my data is shared with search engine and analytics providers. I don't agree po, I object to this for my data. Thank you po. Janine Mercado""",
        W,
    ),
    (
        "fr",
        O,
        L,
        None,
        "Opposition au nom de notre adhérente",
        """Madame, Monsieur,

Le syndicat SNPA-Formation, par ma voix, intervient pour le compte de notre adhérente Mme Fabienne Lebon, apprenante en alternance (mandat joint). Mme Lebon s'oppose à la transmission à son employeur de ses notes de devoirs intermédiaires et de ses relevés de connexion, au-delà de ce qu'exige le contrat d'apprentissage.

Merci de nous confirmer la prise en compte de cette opposition.

Jean-Marc Hoarau
Délégué syndical, Saint-Denis (974)""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Proctoring recordings",
        """Hi,

I object to the webcam recordings from my online exams being reused to train your anti-cheating software. I accepted the proctoring for the exam itself, not for anything else.

Regards,
Isla Campbell
Aberdeen""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Annuaire des promotions",
        """Bonjour,

Je m'oppose à l'utilisation de mes données dans l'annuaire des promotions visible par les autres apprenants. Je ne veux pas que mon numéro et mon adresse mail soient accessibles.

Merci,
Manga Essomba Hervé
Yaoundé""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Partage avec les réseaux sociaux",
        """Bonjour, je m'oppose à ce que mes données soient partagées avec Facebook ou Google à travers vos outils de mesure et vos boutons de connexion. Merci de cesser. Amel Saidi, Constantine""",
        W,
    ),
    # ---- marketing_objection ----
    (
        "fr",
        M,
        S,
        None,
        "Infolettre",
        """Arrêtez de m'envoyer votre infolettre svp, c'est rendu du pourriel à ce stade-ci.""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Stop calling me",
        """Sir,

Kindly stop calling me. I have told your counsellor 5 times that I am not interested. Please remove my number from your calling list.

Rohit Malhotra""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "SMS publicitaires",
        """Monsieur le responsable,

Je vous prie de bien vouloir cesser de m'envoyer des SMS publicitaires concernant vos formations. J'en reçois plusieurs par semaine sur mon numéro +221 77 418 26 90.

Salutations distinguées,
Aminata Ndiaye""",
        W,
    ),
    ("en", M, S, None, "unsubscribe", """Unsubscribe me please""", W),
    (
        "fr",
        M,
        S,
        None,
        "Stop aux appels",
        """Bonjour,

Stop aux appels ! Vos conseillers me téléphonent sur mon GSM à 20h passées, trois fois cette semaine. Je ne veux plus être appelé pour vos offres.

Merci,
Kevin Maes
Mons""",
        W,
    ),
    (
        "en",
        M,
        T,
        None,
        "Catalogues",
        """You keep posting catalogues to a Mr D. Robertson at 3 Loch Road, Oban. He moved out two years ago and I don't know where he went. Stop sending him catalogues here, I've had three this month. Cheers. A. Mackintosh""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Vos appels",
        """Bonjour Monsieur le responsable,

C'est pour vous dire que vos appels commerciaux me dérangent beaucoup. On m'appelle même le dimanche. Je vous prie de bien vouloir retirer mon numéro de vos listes d'appels.

Merci.
Yao Kouamé Bernard
Bouaké""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Mailing list",
        """Please remove me from your mailing list. Thank you. Temitope Alabi""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Appels à 5h du matin",
        """Bonjour,

Vos conseillers m'appellent à 5h du matin heure de La Réunion ! Avec le décalage ils doivent croire qu'il est 8h. Je ne veux plus de vos appels commerciaux, ni le matin ni le soir.

Merci,
Nadège Fontaine
Saint-Denis""",
        W,
    ),
    (
        "en",
        M,
        T,
        None,
        "Promo texts to my lola",
        """Hi, my lola (grandmother) keeps receiving your promo texts po on her phone. She is 78 and does not understand them, she thinks she owes you money. Please stop texting her po. Her number is +63 917 555 0148. Thank you po. Paolo Santiago""",
        W,
    ),
    (
        "fr",
        M,
        L,
        None,
        "Curatelle de M. Pierre-Alain Favre — offres commerciales",
        """Madame, Monsieur,

En ma qualité de curateur de M. Pierre-Alain Favre, à Yverdon-les-Bains (décision de la Justice de paix du district du Jura-Nord vaudois jointe), je vous prie de ne plus adresser à mon pupille aucune offre commerciale, ni par courriel, ni par SMS, ni par téléphone. Il y répond sans toujours en mesurer la portée.

Meilleures salutations,
Roland Jeanneret, curateur""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Emails",
        """Would ye ever stop emailing me. The unsubscribe link at the bottom doesn't work, I've clicked it twice. Eoin""",
        W,
    ),
    (
        "fr",
        M,
        T,
        None,
        "Appels à mon mari",
        """Bonjour,

Mon mari, Alain Hoareau, reçoit vos appels commerciaux plusieurs fois par semaine sur son portable alors qu'il n'a jamais voulu s'inscrire. Il en a assez et il m'a dit de vous écrire. Merci de ne plus l'appeler.

Marie-Josée Hoareau""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Stop calling my line",
        """Good evening,

Your staff keep calling my phone number, 0803 555 0142, asking for "Chidi". Chidi is my nephew, he gave my number when he enquired about your course. The number is mine, not his, and I do not want any of your sales calls on it. Please stop.

Mrs Comfort Eze""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Bloctel",
        """Bonjour, je suis inscrit sur Bloctel depuis 2023 et vous m'appelez quand même pour me vendre des formations. Je m'oppose à vos appels de prospection, rayez mon numéro. Didier Naud, Baie-Mahault""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Survey invitations",
        """Dear Team,

Please do not send me any further survey invitations and promotional offers. I am receiving them almost every week.

Regards,
Lakshmi Narayanan""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "newsletter",
        """Hi, pouvez-vous me unsubscribe de la newsletter? Je la reçois en double en plus, sur mes deux adresses. Thanks! Alexandre Nguyen, Montréal""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Second request - stop calling",
        """Second request: stop calling me. First one was sent on 3 November. Still getting calls. Gráinne Doyle""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "SMS et appels",
        """Arrêtez les SMS et les appels pour vos formations svp, mi pa intérésé. Merci. Steeve Bernard""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Website enquiry: Marketing preferences",
        """Type of request: [Marketing preferences]
Name: Kenneth Dunlop
Email: k.dunlop.glasgow@example.co.uk
Message: No more emails or phone calls with offers, thanks.""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Publicité",
        """Bonjour, je ne veux plus recevoir de publicité de Comptalia ni de l'ESMI, ni par mail ni par téléphone. Merci. Sofiane Merabet""",
        W,
    ),
    # ---- consent_withdrawal ----
    (
        "fr",
        C,
        S,
        None,
        "Témoignage vidéo",
        """Bonjour,

L'an dernier j'avais accepté que mon témoignage vidéo soit utilisé sur votre site et sur YouTube. Je retire mon consentement pour cette utilisation.

Cordialement,
Ibrahima Fall""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Withdrawal of consent - photograph",
        """Respected Sir/Madam,

I hereby withdraw my consent given on 10/03/2025 for using my photograph in your brochures and social media posts.

Thanking you,
Deepika Menon""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Témoins de mesure d'audience",
        """Bonjour, je retire mon consentement aux témoins (cookies) de mesure d'audience sur votre site. Merci. Simon Lachance""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Success stories wall",
        """Hi,

I gave consent for my name and quote to go on your "success stories" page after I passed my exam. Withdrawing that consent now.

Thanks,
Declan Moriarty""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Connexion Facebook",
        """Monsieur le responsable,

J'avais choisi la connexion à la plateforme par mon compte Facebook. Je retire le consentement que j'avais donné à cette liaison et au partage de données qui en découle.

Veuillez agréer mes salutations distinguées.
Mariama Baldé""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Recording of live classes",
        """Good day,

I withdraw my consent for you to record the live virtual classes where my face and voice appear. I will keep attending but I do not consent to be recorded anymore.

Thank you,
Uchenna Madu""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Partage avec les entreprises partenaires",
        """Bonjour,

J'avais coché la case pour que mes coordonnées soient partagées avec les entreprises partenaires pour trouver une alternance. J'ai trouvé mon entreprise : je retire mon accord pour ce partage.

Merci,
Laura Janssens
Bruxelles""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Promo video consent",
        """Hello ma'am/sir,

I gave my consent before po for my interview to be used in your promotional video. I withdraw that consent now po, for personal reasons.

Thank you and God bless,
Kristine Joy Ramos""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Données de santé — tiers-temps",
        """Bonjour,

J'avais transmis un certificat médical pour bénéficier d'un tiers-temps aux examens et j'avais donné mon consentement au traitement de ces informations de santé. Je retire ce consentement : je n'aurai plus besoin d'aménagement.

Merci,
Meryem Alaoui""",
        W,
    ),
    ("en", C, S, None, "cookies", """Withdraw my consent for the cookies please.""", W),
    (
        "fr",
        C,
        S,
        None,
        "Géolocalisation",
        """Bonjour, je retire mon consentement pour la géolocalisation dans l'application mobile Studi. Merci. Tchakounté Jules""",
        W,
    ),
    # ---- portability ----
    (
        "fr",
        P,
        S,
        None,
        "Export de mon historique",
        """Bonjour,

Je change d'école à la rentrée de janvier. Je voudrais recevoir l'export de mon historique de formation et de mes résultats dans un format lisible par machine (CSV par exemple), pour le transmettre à ma nouvelle école.

Merci,
Arnaud Willems
Louvain-la-Neuve""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Data in machine readable format",
        """Dear Sir/Madam,

Kindly provide my data in machine readable format (JSON or CSV) so that I can transfer the same to another institute. Learner ID: CPT-2024-77104.

Please revert.
Regards,
Siddharth Rao""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Transfert de mon dossier",
        """Bonjour,

Je voudrais que mes données (résultats, modules complétés, heures de formation) soient transmises directement à l'École Boréale de Gestion, où je continue mon parcours, dans un format qu'ils peuvent importer. Est-ce possible de le faire de votre côté?

Merci beaucoup,
Émilie Beaudoin""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Port my data",
        """Good day. I want to port my data to another training provider. Please send it in a structured, machine-readable format. Thanks. Kelechi Amadi""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Portabilité",
        """Madame, Monsieur,

Je vous prie de m'adresser les données que je vous ai fournies ainsi que l'historique de ma formation dans un format structuré, couramment utilisé et lisible par machine, au titre de mon droit à la portabilité.

Avec mes salutations les meilleures,
Nicolas Bühler
Bienne""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Export of my progress",
        """Hi, could I get an export of all my course progress and quiz scores as a CSV file? Want to bring them with me to another course provider. Thanks, Róisín Kavanagh""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Transmission de mes données à une autre école",
        """Monsieur le responsable,

Je viens par la présente solliciter la transmission directe de mes données de formation (modules validés, notes, heures de connexion) à l'Institut Supérieur de Gestion de Thiès, où je poursuis mes études, dans un format exploitable par leur système.

Je vous prie d'agréer l'expression de mes salutations distinguées.

Abdoulaye Gueye""",
        W,
    ),
    (
        "en",
        P,
        L,
        None,
        "Data portability request under mandate — ref PRX-88213",
        """To the Data Protection Officer, Studi Group

PrivaRight Services Ltd acts for the data subject named below under the enclosed signed mandate.

Data subject: Ms Aisling Doherty, email a.doherty.learn@example.ie
Request: Article 20 GDPR, data portability. Please provide the personal data she has provided to you, including her account data and training activity, in a structured, commonly used and machine-readable format (JSON preferred).

Please deliver the export to the data subject's registered email address and notify us at requests@privaright.example.

PrivaRight Services Ltd, Dublin""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "export csv",
        """Export de mes données en CSV svp, je pars chez un autre organisme. Merci. Sandrine Rivière, 974""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Request for my data file",
        """Good day po ma'am/sir. I am transferring to a local college po and they asked for my records in a digital file. Can you send me my grades, completed modules and training hours in a file like Excel or CSV so I can upload it to their system? Thank you po. Mark Anthony Reyes""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Récupérer mes données",
        """Bonjour,

Je souhaite récupérer toutes mes données de formation dans un fichier réutilisable (JSON ou CSV) afin de les importer dans mon nouvel établissement à Alger.

Merci d'avance,
Lyes Ait Ouali""",
        W,
    ),
    # ---- multi-label ----
    (
        "fr",
        AE,
        S,
        None,
        "Copie puis suppression de mes données",
        """Monsieur le responsable,

Je viens par la présente vous prier de bien vouloir, dans un premier temps, me faire parvenir une copie de l'ensemble des données personnelles me concernant, puis, une fois cette copie reçue, procéder à leur suppression définitive.

Dans l'attente d'une suite favorable, veuillez recevoir mes salutations respectueuses.

Seydou Konaté
Abidjan, Côte d'Ivoire""",
        W,
    ),
    (
        "en",
        AE,
        L,
        None,
        "Copy and delete - my father's data",
        """Dear Team,

I am holding a registered General Power of Attorney for my father, Mr Ashok Chaturvedi (74), who is not keeping well (copy of the POA enclosed). Kindly send me a copy of all the data you are having about him, and after that delete everything from your system. Please confirm both.

Thanks & Regards,
Anjali Chaturvedi""",
        W,
    ),
    (
        "fr",
        AE,
        S,
        None,
        "Mon dossier pis sa suppression",
        """Bonjour,

J'ai abandonné mon certificat en immobilier. Avant de fermer mon compte, je veux recevoir une copie de tout ce que vous avez sur moi (mes travaux, mes notes, mes échanges avec les tuteurs). Après ça, effacez tout, s'il vous plaît.

Merci,
Karine Fortin""",
        W,
    ),
    (
        "en",
        AE,
        S,
        None,
        "Data",
        """Hello,

Two things. First, send me a copy of everything you hold on me. Second, once I've got it, delete the lot. I finished with Comptalia in 2024 and I'd rather not be on anyone's books.

Ta,
Graeme Murdoch
Paisley""",
        W,
    ),
    (
        "fr",
        EM,
        S,
        None,
        "Désinscription et effacement",
        """Bonjour,

Désinscrivez-moi de toutes vos listes (mails et SMS) et effacez mes données, s'il vous plaît. Je ne compte pas m'inscrire.

Bien à vous,
Julie Dubois
Tournai""",
        W,
    ),
    (
        "en",
        EM,
        S,
        None,
        "Unsubscribe and delete",
        """Good day,

Please unsubscribe me from all your marketing emails and delete my data from your database. I am no longer interested.

Thanks,
Funmilayo Bello""",
        W,
    ),
    (
        "fr",
        EM,
        S,
        None,
        "Arrêtez et supprimez",
        """Bonjour,

Je reçois vos publicités tous les jours. Arrêtez de m'envoyer vos offres et supprimez toutes mes données de vos fichiers.

Merci.
Zineb Lahlou, Marrakech""",
        W,
    ),
    (
        "en",
        EM,
        T,
        None,
        "Please remove my mother",
        """Hi ma'am/sir, please remove my mother, Erlinda Tolentino, from your mailing list po and delete all her information also. She does not use email and I am the one who reads it for her. Thank you po. Angelica Tolentino""",
        W,
    ),
    (
        "fr",
        CM,
        S,
        None,
        "Retrait du consentement à la prospection",
        """Madame, Monsieur,

Je retire le consentement que j'avais donné lors de ma demande de documentation pour recevoir vos offres commerciales, et je vous demande de ne plus me solliciter, ni par courriel ni par téléphone.

Meilleures salutations,
Jacqueline Rappaz
Martigny""",
        W,
    ),
    (
        "en",
        CM,
        S,
        None,
        "Marketing consent",
        """Hi there, I'm withdrawing my consent to marketing. Take me off the email list and don't ring me with offers either. Thanks, Conor Fitzgerald""",
        W,
    ),
    (
        "fr",
        AP,
        S,
        None,
        "Copie et export de mes données",
        """Bonjour Monsieur,

Je souhaite recevoir une copie de toutes les données que vous avez sur moi, et aussi un fichier exportable (CSV ou autre) avec mes notes et mes modules validés, pour que je puisse le transférer à une autre école à Buea.

Merci d'avance,
Fonkou Nadège""",
        W,
    ),
    (
        "en",
        AP,
        S,
        None,
        "Access and portability request",
        """Dear DPO,

I am requesting (1) a copy of my personal data along with the details of how it is used and who it is shared with, and (2) my training data in a machine-readable format for portability to another institute.

Kindly do the needful within the statutory timeline.

Regards,
Venkatesh Iyengar""",
        W,
    ),
    (
        "fr",
        RRS,
        S,
        None,
        "Erreur dans mes heures de formation",
        """Bonjour,

Le relevé de mes heures de formation est faux : il manque toutes les heures de septembre (classes virtuelles suivies depuis Saint-Benoît, j'ai les captures d'écran). Je demande la correction de ce relevé et, en attendant qu'il soit corrigé, que vous ne l'utilisiez pas et que vous ne le transmettiez pas à mon financeur.

Merci,
Johan Ramassamy""",
        W,
    ),
    (
        "en",
        RRS,
        S,
        None,
        "Incorrect record - please correct and restrict",
        """Good day,

My learner record shows that I failed module 3, but I passed it on 14th August (I have the result email). Kindly correct this record, and until it is corrected please restrict its use, especially do not send it to my sponsor.

Thank you,
Olumide Fashola""",
        W,
    ),
    (
        "fr",
        ORS,
        L,
        None,
        "Opposition et limitation — M. Éric Vuilleumier",
        """Madame, Monsieur,

Je représente M. Éric Vuilleumier (procuration jointe). Mon mandant s'oppose, pour des raisons tenant à sa situation particulière, à l'utilisation de ses données de progression à des fins de suivi personnalisé et de statistiques. Il vous demande en outre, dans l'attente de votre décision sur cette opposition, de limiter le traitement de ses données.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Me Claude Jaquier, avocat, Genève""",
        W,
    ),
    (
        "fr",
        OE,
        S,
        None,
        "Je m'oppose et je veux la suppression",
        """Monsieur le responsable,

C'est pour vous dire que je m'oppose au traitement de mes données par votre école, pour des raisons personnelles, et je vous prie de bien vouloir les supprimer toutes.

Merci.
Lukusa Mbombo Jean-Pierre
Kinshasa""",
        W,
    ),
    (
        "en",
        OE,
        S,
        None,
        "Objection and erasure",
        """Hello,

I object to you processing my data for your learning statistics, and I want my data erased once that's stopped. I've left the course.

Thanks,
Orla Quinn""",
        W,
    ),
    (
        "fr",
        CE,
        S,
        None,
        "Retrait consentement et suppression",
        """Bonjour, je retire mon consentement pour tout ce que vous faites avec mes données et je veux que vous supprimiez mon compte. Merci. Murielle Calixte, Le Gosier""",
        W,
    ),
    (
        "en",
        CE,
        S,
        None,
        "Withdraw consent and delete",
        """Hi. I withdraw my consent for the cookies and tracking on your site and I want my account and data deleted. Cheers. Hamish Drummond""",
        W,
    ),
    (
        "fr",
        PE,
        S,
        None,
        "Export puis suppression",
        """Bonjour,

Je voudrais récupérer mes données (résultats, attestations, historique) dans un fichier exploitable, CSV de préférence, pour les garder de mon côté. Ensuite vous pouvez tout supprimer.

Merci,
Quentin Lemaire
Charleroi""",
        W,
    ),
    (
        "en",
        PE,
        S,
        None,
        "Export then delete po",
        """Good day po. Can you send me my data in CSV file po so I can keep my records, then delete my account and data after. Thank you po. Jonathan Dizon""",
        W,
    ),
    (
        "fr",
        AR,
        S,
        None,
        "Mes données et une erreur",
        """Bonjour,

Je voudrais une copie de toutes les données que vous avez sur moi. Aussi, mon lieu de naissance est faux dans mon profil : c'est Tizi Ouzou et non Tiaret. Merci de le corriger.

Cordialement,
Mourad Haddad""",
        W,
    ),
    (
        "en",
        AO,
        S,
        None,
        "Access and objection",
        """Dear Sir/Madam,

Kindly share the details of personal data you are holding about me. Further, I object to my data being used for your analytics and personalised monitoring.

Regards,
Priya Sharma""",
        W,
    ),
    (
        "fr",
        AM,
        S,
        None,
        "D'où vous avez mon numéro ?",
        """Bonjour,

Vos conseillers m'appellent depuis deux semaines. Je veux savoir d'où vous avez eu mon numéro et quelles informations vous avez sur moi. Et arrêtez de m'appeler.

N'Guessan Affoué Pélagie
Yamoussoukro""",
        W,
    ),
    (
        "en",
        APE,
        L,
        None,
        "Data subject request under mandate — ref MND-2026-44107",
        """To: Data Protection Officer, Studi Group (Comptalia, Digital Campus, Ecolems, ESMI)

We act on behalf of the data subject below under the attached signed authority.

Data subject: Mr Declan Hughes, born 02/07/1991, email declanhughes.dev@example.ie

Requests:
1. Access (Art. 15): a copy of all personal data and the Art. 15(1) information.
2. Portability (Art. 20): the data he provided and his activity data in JSON.
3. Erasure (Art. 17): once 1 and 2 are fulfilled, erase all personal data not subject to a legal retention duty.

Please respond to the data subject's registered email and copy us.

Consent & Rights Desk Ltd, Galway""",
        W,
    ),
    (
        "fr",
        ERS,
        S,
        None,
        "Suppression et limitation de ce qui reste",
        """Madame, Monsieur,

Je vous demande de supprimer toutes les données me concernant qui peuvent l'être. Pour celles que vous devez conserver (je crois comprendre que l'historique des examens est gardé dix ans), je vous demande d'en limiter le traitement à la seule conservation.

Avec mes salutations distinguées,
Martine Reymond
La Chaux-de-Fonds""",
        W,
    ),
    (
        "en",
        CEM,
        S,
        None,
        "Consent withdrawal, unsubscribe and delete",
        """Good day Sir/Ma,

I withdraw all consent I gave to your organisation. Please stop sending me marketing messages by email and SMS, and delete my data completely from your records.

Thanks,
Ngozi Uche""",
        W,
    ),
    (
        "fr",
        RM,
        S,
        None,
        "Courriel erroné et appels",
        """Bonjour,

Mon courriel dans votre système est erroné (il manque le point entre mon prénom et mon nom). Pouvez-vous le corriger? Et tant qu'à faire, arrêtez de m'appeler pour me vendre d'autres formations, j'en ai assez d'une.

Merci,
Stéphanie Ouellet
Laval""",
        W,
    ),
    # ---- minor_parental ----
    (
        "fr",
        MP_E,
        PA,
        None,
        "Données de ma fille de 13 ans",
        """Bonjour,

Ma fille, qui a 13 ans, s'est inscrite à un webinaire découverte de Digital Campus en utilisant son adresse mail et son numéro de GSM, sans nous en parler. Depuis elle reçoit des messages. Je vous demande de supprimer toutes ses données.

Je peux vous fournir une copie de sa carte d'identité et de la mienne.

Bien à vous,
Stéphanie Claes
Liège""",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "My son's data",
        """Respected Sir/Madam,

My son aged 14 years has filled your enquiry form for a web development course without my knowledge. He is a minor. Kindly delete all his details from your system at the earliest.

Regards,
Suresh Nair (father)""",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "Mon garçon de 12 ans",
        """Bonjour,

Mon garçon de 12 ans a rempli un formulaire sur votre site en jouant sur la tablette. Il a mis son nom, sa date de naissance et mon numéro de cellulaire. Je veux que vous effaciez tout ça.

Merci,
Isabelle Tremblay""",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "Suppression des données de mon enfant mineur",
        """Monsieur le responsable,

Je viens par la présente porter à votre connaissance que mon fils Alioune, âgé de 14 ans, a créé un compte sur votre plateforme Ecolems en se déclarant majeur. Je vous prie de bien vouloir supprimer l'ensemble des données le concernant. Vous trouverez ci-joint la copie de son extrait de naissance et de ma pièce d'identité.

Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.

Moussa Diagne, père""",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "My daughter is a minor",
        """Good day Sir/Ma,

My daughter, 13 years old, registered on your platform with my email while doing her holiday research. She is a minor and I did not authorise it. Please delete all her data.

Thank you,
Mrs Bisi Afolabi""",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "Compte créé par mon fils",
        """Bonjour, mon fils de 11 ans a créé un compte chez vous avec ma carte bancaire pour un essai gratuit. Merci de supprimer son compte et ses données. Je suis sa mère, je peux envoyer le livret de famille. Corinne Payet, Saint-Leu (974)""",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "Son's account",
        """Hi,

My lad is 14. He set up an account on Digital Campus to get at the free coding videos and put in his real name, school and date of birth. Please delete the account and all his details. I'm his father and can send proof.

Thanks,
Brendan Keane""",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "Mon neveu mineur",
        """Bonjour,

Je suis la tutrice légale de mon neveu Ayoub, âgé de 13 ans (jugement de kafala joint). Il s'est inscrit sur votre site à un essai. Merci de supprimer toutes ses données personnelles.

Cordialement,
Khadija Ennaji
Tanger""",
        W,
    ),
    (
        "fr",
        MP_A,
        PA,
        None,
        "Données concernant mon fils",
        """Madame, Monsieur,

Mon fils de 14 ans a reçu un appel d'une de vos conseillères sur son natel. Je souhaite savoir quelles données vous détenez sur lui et d'où elles proviennent. Merci de m'en adresser une copie ; je joins une copie du livret de famille.

Salutations,
Daniel Pittet
Morges""",
        W,
    ),
    (
        "en",
        MP_A,
        PA,
        None,
        "Data of my child",
        """Good day ma'am/sir,

My daughter is 12 years old and I found out she signed up on your website. Can I please request a copy of all the information you have about her po? I am her mother and I can send her birth certificate.

Thank you,
Maricel Gonzales""",
        W,
    ),
    (
        "fr",
        MP_AE,
        PA,
        None,
        "Ma fille de 14 ans — copie et suppression",
        """Monsieur le responsable,

Ma fille Ndzié, 14 ans, s'est inscrite à votre plateforme sans autorisation. Je vous prie de bien vouloir me faire parvenir la copie des données la concernant, puis de les supprimer. Ci-joint son acte de naissance.

Salutations distinguées,
Essomba Marie-Thérèse, mère
Yaoundé""",
        W,
    ),
    (
        "en",
        MP_AE,
        PA,
        None,
        "My 13-year-old",
        """Hello,

My daughter Eilidh is 13 and has somehow ended up on your system after filling in a form on your site. I'd like to see what you hold on her, and then I want it all deleted. I'm her mum; happy to send ID and her birth certificate.

Thanks,
Kirsty Fraser""",
        W,
    ),
    (
        "fr",
        MP_EM,
        PA,
        None,
        "SMS à ma fille de 14 ans",
        """Bonjour,

Ma fille a 14 ans et elle reçoit vos SMS publicitaires sur son portable depuis qu'elle a rempli un formulaire. Arrêtez de lui envoyer des publicités et supprimez ses données.

Merci,
Samia Boudiaf (mère)""",
        W,
    ),
    (
        "en",
        MP_C,
        PA,
        None,
        "Consent for my daughter's photo",
        """Dear Sir/Madam,

My daughter (13 years) attended your free coding workshop and I had given consent for her photograph to be used on your social media page. I hereby withdraw that consent.

Regards,
Ramesh Pillai""",
        W,
    ),
    (
        "fr",
        MP_R,
        PA,
        None,
        "Erreur date de naissance de mon fils",
        """Bonjour,

Mon fils de 14 ans est inscrit chez Studi en préparation du brevet. Sa date de naissance est fausse dans son dossier (02/11/2011 au lieu du 11/02/2012). Je suis sa mère, merci de la corriger.

Cordialement,
Laurence Jean-Baptiste
Pointe-à-Pitre""",
        W,
    ),
    # ---- post_mortem ----
    (
        "fr",
        PM,
        H,
        None,
        "Décès de mon père",
        """Monsieur le responsable,

J'ai la profonde douleur de vous informer du décès de mon père, feu El Hadji Malick Sow, apprenant Comptalia, survenu le 9 octobre 2026 à Dakar. En ma qualité de fils aîné, je vous prie de bien vouloir clôturer son compte et supprimer ses données. Vous trouverez ci-joint l'acte de décès et un certificat d'hérédité.

Veuillez agréer l'expression de mes salutations distinguées.

Abdou Karim Sow""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Account of my late mother",
        """Respected Sir/Madam,

With deep sorrow I inform you that my mother, Mrs Lalitha Ramachandran, expired on 22nd September 2026. She had enrolled in a Comptalia course. Kindly close her account and remove her details. I am enclosing the death certificate and my ID proof.

Regards,
Karthik Ramachandran""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Succession de feu M. Jacques Delvaux",
        """Madame, Monsieur,

En charge du règlement de la succession de feu Monsieur Jacques Delvaux, décédé à Liège le 4 août 2026, je vous saurais gré de bien vouloir me communiquer l'état du compte du défunt auprès de votre établissement (contrat en cours, sommes dues ou à rembourser) et de procéder ensuite à la clôture de son compte et à la suppression de ses données.

Je joins l'acte de décès et l'acte de notoriété.

Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.

Maître Hélène Wauters, notaire à Liège""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Succession de ma mère",
        """Bonjour,

Je suis la liquidatrice de la succession de ma mère, Thérèse Bergeron, décédée le 30 août dernier à Saguenay. Elle suivait une formation en ligne chez vous. Je voudrais fermer son compte et que ses renseignements personnels soient détruits. Je peux vous envoyer le certificat de décès et le testament.

Merci,
Josée Bergeron-Lapointe""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "My late husband",
        """Good day,

My husband, Mr Samuel Okonkwo, passed away in July. Your emails and messages still come to his address and phone and it pains me every time. Please stop sending him anything.

Mrs Ebele Okonkwo""",
        W,
    ),
    (
        "fr",
        PM,
        S,
        None,
        "Directives relatives à mes données après mon décès",
        """Madame, Monsieur,

Je souhaite définir des directives relatives au sort de mes données personnelles après mon décès. Je demande qu'à mon décès toutes mes données détenues par votre groupe soient supprimées, à l'exception de mes attestations de réussite qui devront être remises à ma sœur, Mme Catherine Bonvin, que je désigne pour exécuter ces directives.

Avec mes salutations distinguées,
Françoise Bonvin
Sierre""",
        W,
    ),
    (
        "en",
        PM,
        S,
        None,
        "What happens to my data when I die",
        """Hi,

I've been putting my affairs in order. I'd like to register a directive: when I die, please delete all my data with you, and let my brother Michael O'Connell know when it's done. His email is in the attached note.

Thanks,
Bridget O'Connell""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Mon frère décédé",
        """Bonjour,

Mon frère, Thierry Grondin, est décédé le 17 octobre. Il avait passé son diplôme chez vous l'an dernier. Comment on peut récupérer ses attestations et son diplôme pour la famille ? Je peux envoyer l'acte de décès.

Merci,
Sylvie Grondin, Saint-André""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Account of my husband who passed away",
        """Good day po ma'am/sir,

My husband, Rodel Castillo, passed away last month. He was studying in Digital Campus. Please close his account po and delete his information. I can send the death certificate. Thank you and God bless.

Rowena Castillo""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Directives de feu M. Henri Lacour",
        """Madame, Monsieur,

M. Henri Lacour, décédé le 2 novembre 2026 à Nouméa, m'avait désignée comme personne de confiance dans ses directives relatives à ses données après sa mort, dont je joins une copie avec l'acte de décès. Conformément à ces directives, je vous demande de supprimer ses données et de m'adresser la copie de son dernier certificat.

Cordialement,
Géraldine Hnawia""",
        W,
    ),
    (
        "fr",
        PM,
        S,
        None,
        "Mes données après ma mort",
        """Monsieur le responsable,

Je viens par la présente vous faire connaître mes volontés : en cas de décès, je veux que toutes mes données chez vous soient supprimées et que personne d'autre ne puisse y accéder. Je vous prie d'enregistrer cette directive.

Mbarga Onana Théophile""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "My dad's account",
        """Hello,

My dad, Robert Fraser, passed away last month. He was doing a Comptalia bookkeeping course to keep his mind busy in retirement. Could you close his account please? I can send the death certificate.

Thanks,
Jenna Fraser
Perth""",
        W,
    ),
    # ---- other: questions about the policy ----
    (
        "fr",
        X,
        S,
        Q,
        "Question",
        """Bonjour, combien de temps vous gardez mes renseignements après la fin de ma formation? C'est juste par curiosité, je ne demande rien de spécial. Merci! Catherine Roy""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Query regarding data transfer",
        """Dear Sir/Madam,

I am having a query: whether my personal data is transferred outside the European Union, and if yes, to which countries? I am asking only for information.

Please revert.
Regards,
Aditya Banerjee""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Demande d'information",
        """Monsieur le responsable,

Je voudrais savoir si les informations que je vous fournis dans le cadre de ma formation sont communiquées à mon employeur ou à une administration. Merci de bien vouloir m'éclairer.

Respectueusement,
Pape Moussa Thiam""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Question about data",
        """Good day. Please do you sell learners' data to third parties or other companies? Just want to be sure before I register. Thanks. Yetunde Afolayan""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "DPO",
        """Bonjour, qui est votre délégué à la protection des données et quelle est son adresse postale ? Je n'ai pas trouvé sur le site belge. Merci, Florence Mertens""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Exam records",
        """Hi po, just want to ask lang po how long will you keep my exam records after I finish? Thank you po.""",
        W,
    ),
    (
        "fr",
        X,
        PA,
        Q,
        "Âge minimum",
        """Bonjour,

Ma fille de 15 ans voudrait suivre une de vos formations en ligne. À partir de quel âge un enfant peut-il s'inscrire seul, et est-ce que vous demandez l'accord des parents pour ses données ?

Merci,
Valérie Maillot, Saint-Pierre""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Bloctel",
        """Hi, your privacy policy mentions registering with Bloctel to stop phone marketing. Does that work for UK mobile numbers or is it only French ones? Just wondering. Cheers, Stuart McIntyre""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Certificate question",
        """Hi there, if I ever delete my account, would I lose my certificate, or do ye keep a record somewhere? Not deleting anything yet, just asking. Thanks, Saoirse""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Hébergement des données",
        """Bonjour,

Vos serveurs sont-ils situés en Suisse, dans l'Union européenne ou ailleurs ? Et la loi suisse sur la protection des données s'applique-t-elle aux apprenants domiciliés en Suisse ? Je me réjouis de votre réponse.

Meilleures salutations,
Marc-Henri Dufaux""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Délais",
        """Bonjour Monsieur, c'est pour vous dire que je voudrais savoir quel est le délai de réponse quand on fait une demande sur ses données personnelles chez vous. Merci. Ilunga Mwamba Sylvie""",
        W,
    ),
    (
        "en",
        X,
        L,
        Q,
        "Procedure for requests by representatives",
        """Dear Data Protection Officer,

Our firm regularly assists clients in Ireland with data protection matters. Could you tell us what documentation you require when a request is made by a solicitor on behalf of a client, and whether you accept a scanned signed authority? We are not making a request at this stage.

Kind regards,
Fiona Byrne
Byrne & Costello Solicitors, Limerick""",
        W,
    ),
    # ---- other: withdrawals of an earlier request ----
    (
        "fr",
        X,
        S,
        CANCEL,
        "Oubliez ma demande",
        """Bonjour, oubliez ma demande de suppression de la semaine passée. Finalement je m'inscris au certificat en janvier! Merci pis désolée pour le dérangement. Audrey Pelletier""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Ignore previous mail",
        """Dear Team, please ignore my previous mail dated 18th November regarding deletion of my data. Issue is resolved with the counsellor and I am continuing the course. Regards, Manoj Tiwari""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "Annulation de ma demande",
        """Monsieur le responsable,

Je viens par la présente annuler ma demande d'accès à mes données du 5 novembre 2026. J'ai pu retrouver les informations souhaitées dans mon espace apprenant.

Veuillez agréer mes salutations distinguées.
Rokhaya Ndoye""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Disregard my request",
        """Good day. Kindly disregard my data request sent last week, I sent it by mistake. Thank you. Tobi Olaniyan""",
        W,
    ),
    (
        "fr",
        X,
        L,
        CANCEL,
        "M. Kouamé Brou — retrait de la demande",
        """Madame, Monsieur,

Pour faire suite à mon courrier du 12 novembre, je vous informe que mon client, M. Kouamé Brou, retire la demande de suppression de ses données que j'avais formulée en son nom, un accord ayant été trouvé avec vos services pédagogiques.

Veuillez agréer mes salutations distinguées.
Me Jean-Luc Gnagne, avocat""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Cancel that",
        """Hiya, cancel that request I sent about stopping the emails. Turns out I actually want the offers, there's a course I've my eye on. Ta. Ailsa Grant""",
        W,
    ),
    # ---- other: auto-replies and bounces ----
    (
        "fr",
        X,
        S,
        None,
        "Réponse automatique : Absent du bureau",
        """Bonjour,

Je suis absent du bureau jusqu'au lundi 8 décembre inclus. Pour toute urgence, vous pouvez contacter le secrétariat au 02 318 54 70.

Bien à vous,
Bart Vermeulen""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Out of Office: Re: Your request",
        """Greetings! I am on leave from 28th November to 6th December with limited access to mail. For urgent matters kindly contact my colleague at the below number. Regards, Ravi Shankar""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Réponse automatique",
        """Bonjour! Je suis présentement en vacances et de retour le 15 décembre. Je prendrai connaissance de votre courriel à mon retour. Bonne journée!""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Automatic reply",
        """Thank you for your email! I am currently out of the office po and will reply as soon as I get back. Have a blessed day!""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Accusé de réception automatique",
        """Ceci est un message automatique. Votre courriel a bien été reçu par le service comptabilité de SENEGAL CONSULT SARL et sera traité dans les meilleurs délais. Merci de ne pas répondre à ce message.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Undelivered Mail Returned to Sender",
        """This is the mail system at host mx2.example.ng.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<funke.adeyemi@example.ng>: host mail.example.ng said: 550 5.1.1 Mailbox does not exist""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Non remis : Votre demande DSR-2026-004418",
        """Le message n'a pas pu être remis aux destinataires suivants : nadia.belkhir@exemple.dz
Le serveur de destination a renvoyé l'erreur : 552 Boîte aux lettres pleine.""",
        W,
    ),
    # ---- other: spam and phishing ----
    (
        "en",
        X,
        S,
        None,
        "Improve your website ranking",
        """Hello Sir/Madam,

Greetings of the day! We are a leading SEO company from India. We can bring your website studi.com to the first page of Google in 3 months. Kindly revert with your requirements so we can send our affordable packages.

Regards,
Digital Growth Team""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Business Proposal",
        """Dear Friend, I am Barrister James Okoro, personal attorney to a late foreign contractor who left USD 8.4 million unclaimed. I need your cooperation to transfer this fund. Reply with your full name and phone number for more details.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Partenariat éditorial",
        """Bonjour, nous proposons des articles sponsorisés avec liens vers votre site sur plus de 300 blogs francophones (France, Belgique, Suisse, Québec). Tarifs dégressifs. Seriez-vous intéressé par un partenariat ? Cordialement, l'équipe NetLinkPro""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Instant loan approval",
        """Get instant loan approval up to PHP 500,000! No collateral needed. Click here to apply now and receive your cash within 24 hours.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Votre boîte mail est pleine",
        """Cher utilisateur, votre boîte aux lettres a atteint 98 % de sa capacité. Vous ne pourrez plus recevoir de messages. Cliquez ici pour valider votre compte et augmenter votre quota sous 24 heures. Service informatique""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Overdue invoice - action required",
        """Your invoice INV-20931 is overdue. Please review the attached document via the secure link below and confirm payment details to avoid suspension of services. Accounts Department""",
        W,
    ),
    # ---- other: thanks ----
    (
        "fr",
        X,
        S,
        None,
        "RE: Votre demande d'accès",
        """Bien reçu, merci beaucoup pour votre diligence. Que Dieu vous bénisse. Mariama Sy""",
        W,
    ),
    ("en", X, S, None, "RE: Your request has been completed", """Noted with thanks.""", W),
    (
        "fr",
        X,
        S,
        None,
        "Re: Confirmation",
        """Merci beaucoup, c'est parfait! Bonne fin de semaine! Julie""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Re: Confirmation of erasure",
        """Grand, thanks a million for sorting that so quick. Much appreciated. Aoibheann""",
        W,
    ),
    # ---- other: course, billing, password, certificate, exam ----
    (
        "fr",
        X,
        S,
        None,
        "Connexion impossible",
        """Bonjour, je ne sais pas me connecter à la plateforme depuis hier, il me dit que mon mot de passe est incorrect alors que je l'ai changé. Pouvez-vous m'aider ? Merci, Jérôme Lambert, Namur""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "Login issue of my son",
        """Dear Sir,

My son Arjun Mehta (22 years) is unable to login to his Digital Campus account since 3 days, OTP is not coming to his mobile. He is busy with his internship so I am writing. Kindly resolve the issue at the earliest.

Regards,
Vinod Mehta""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Attestation de fin de formation",
        """Monsieur le responsable,

J'ai terminé ma formation de Gestionnaire de paie le 30 septembre 2026. Je vous prie de bien vouloir me faire parvenir mon attestation de fin de formation, dont j'ai besoin pour un dossier de recrutement.

Respectueusement,
Ndèye Coumba Gaye""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "Certificate of completion for our staff",
        """Good day,

Our staff member, Mr Ikenna Obi, completed the Comptalia accounting course which our company sponsored. Kindly send us his certificate of completion for our records and for the training levy refund.

Regards,
Bukola Ajayi
Admin Manager, Westgate Finance Ltd""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Date de l'examen",
        """Bonjour, je voudrais savoir la date exacte de l'examen du BTS CG et si on peut composer depuis Douala ou s'il faut venir en France. Merci. Tamo Kenfack Lionel""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Refund po",
        """Hello po, I paid twice for my installment this month po (screenshot attached). Can I request a refund for the double payment? Thank you po. Liezl Marasigan""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Dossier CPF",
        """Bonjour, mon dossier CPF est bloqué depuis un mois sur « en attente de validation par l'organisme ». Pouvez-vous le débloquer ? Je commence en janvier. Merci. Mickaël Techer, Saint-Louis (974)""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Invoice",
        """Hi, could ye send me an invoice with your VAT number on it? My employer in Galway won't reimburse without it. Thanks, Seán""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Annuler mon inscription à l'examen",
        """Bonjour, je voudrais supprimer mon inscription à la session d'examen de juin 2027, je ne serai pas prête. Je préfère passer en décembre. Merci de me dire si c'est possible. Oumaima Berrada""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Download course materials",
        """Dear Team, can I export all the course PDFs and video lectures to my laptop for offline study? My internet is not stable in my village. Kindly advise. Regards, Ganesh Patil""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Contestation de note",
        """Bonjour,

Je conteste ma note de 7/20 au devoir de droit immobilier : le correcteur n'a pas tenu compte de ma deuxième partie. Je demande une double correction. Merci.

Walid Boukhari, Annaba""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "My wife's account access",
        """Good day, my wife Amaka Nwachukwu can't access her account since yesterday. It says "account suspended" but she has paid all her fees. Please help her. Emeka Nwachukwu""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Quelqu'un utilise mon compte",
        """Bonjour, je pense que quelqu'un utilise mon compte apprenant : il y a des connexions la nuit et des devoirs rendus que je n'ai pas faits. J'ai changé mon mot de passe. Que dois-je faire d'autre ? Mukendi Tshibangu Alain""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Assiduité d'un bénéficiaire",
        """Bonjour,

Je suis conseillère à France Travail, agence de Saint-Denis. M. Ludovic Rivière, que j'accompagne, suit une formation Comptalia financée par nos services. Pouvez-vous m'indiquer s'il est assidu et m'envoyer une attestation de présence pour novembre ?

Cordialement,
Christine Boyer""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Remboursement pour ma femme",
        """Bonjour, ma femme a annulé son inscription le 3 novembre dans les délais et n'a toujours pas été remboursée (1 290 €). Pouvez-vous me dire où en est le remboursement ? Merci. Hamid Ouazzani""",
        W,
    ),
    (
        "en",
        X,
        PA,
        None,
        "Exam timetable for my daughter",
        """Hello,

My daughter Caoimhe is 17 and doing the Digital Campus web design course alongside school. Could you tell me when her final assessment is scheduled? She's hopeless at reading emails.

Thanks,
Mairéad Lynch""",
        W,
    ),
    (
        "fr",
        X,
        L,
        None,
        "Litige facturation — Mme Affoué Kassi",
        """Madame, Monsieur,

Je suis le conseil de Mme Affoué Kassi. Ma cliente conteste la facture n° F-2026-10884 d'un montant de 2 450 €, la formation n'ayant jamais été accessible depuis Abidjan. Je vous prie de bien vouloir annuler cette facture et suspendre les relances de paiement.

Veuillez agréer mes salutations distinguées.
Me Raoul Assi, avocat au Barreau de Côte d'Ivoire""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Reconnaissance au Québec",
        """Bonjour, est-ce que vos diplômes sont reconnus au Québec? Je voudrais faire le BTS comptabilité mais si ça vaut rien ici, c'est plate de payer pour ça. Merci. Frédéric Gauthier""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "TR: Vos offres de Noël",
        """C'est vous qui m'avez envoyé ça ? Je croyais que Comptalia c'était sérieux.

---------- Message transféré ----------
De : Comptalia <offres@comptalia-promo.example>
Objet : -50 % sur toutes nos formations jusqu'au 24 décembre !
Profitez de nos offres de Noël. Pour ne plus recevoir nos communications, cliquez ici.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Is this from you?",
        """Hi, I got the email below. Is this really from Studi or is it a scam?

> Dear learner, your account will be deleted in 24 hours unless you confirm your bank details here.

Thanks, Mary-Rose Villareal""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "[Formulaire de contact] Suppression de données",
        """Nom : Ouédraogo
Prénom : Salif
Email : salif.ouedraogo@exemple.bf
Objet : Suppression de données
Message : Bonjour, j'ai oublié mon mot de passe et le lien de réinitialisation ne marche pas. Comment faire pour me reconnecter ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Website enquiry: Data deletion",
        """Type of request: [Data deletion]
Name: Abhishek Gupta
Email: abhishek.gupta.dc@example.in
Message: How do I change my course from the BTS to the Bachelor programme? Is the fee difference payable?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Changement de formation",
        """Bonjour, je suis inscrite en BTS MCO chez Studi et je voudrais passer au BTS NDRC, est-ce possible sans repayer ? Merci infiniment. Hanane Ziani, Casablanca""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Re: Erasure completed",
        """Thanks for the confirmation that my data was deleted. One more question: will I still receive my paper certificate by post, since it was already issued? Regards, Grace Adebayo""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Comportement d'un conseiller",
        """Bonjour, je tiens à signaler que le conseiller qui m'a appelé hier a été très insistant et même impoli quand j'ai dit que je réfléchissais. Ce n'est pas acceptable. Je ne demande rien d'autre, je voulais que vous le sachiez. Thierry Dumont, Verviers""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Payment plan",
        """Good day Sir/Ma, please I want to pay my school fees in installments of 3 months instead of the full amount. Is that possible? Thanks and God bless. Chiamaka Eze""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Identifiants de mon petit frère",
        """Bonjour Monsieur, je suis le grand frère de Matondo Lusamba Dieudonné (20 ans), inscrit chez Digital Campus. Il n'a jamais reçu ses identifiants pour se connecter. Bien vouloir les lui renvoyer. Merci. Lusamba Nsimba Patrick""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Horaires des classes virtuelles",
        """Bonjour, les classes virtuelles de mon parcours sont à 9h heure de Paris, c'est-à-dire 19h ou 20h à Nouméa selon la saison. Est-ce qu'il existe des replays ou des créneaux adaptés au Pacifique ? Merci. Yann Wamytan""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "VAE",
        """Bonjour! Sorry, I'm a bit lost, je cherche le formulaire pour la VAE (validation des acquis). My French is okay but the website is confusing. Where do I find it? Merci! Wirba Emmanuel""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Were you hacked?",
        """Hello, I got an email from some company saying my details were "involved in a security incident". It didn't say who they were. Was it you? Regards, Ifeanyi Obi""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "Enrolling our staff",
        """Hi there,

We're a small accountancy practice in Stirling and we'd like to put five of our staff through the Comptalia payroll course. Do you do group rates and can we be invoiced as a company?

Cheers,
Alison McKenzie""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Relevé de notes d'une étudiante",
        """Madame, Monsieur,

Nous avons reçu la candidature de Mme Clara Dupuis, qui déclare avoir suivi votre Bachelor. Pourriez-vous nous transmettre son relevé de notes afin de compléter son dossier d'admission ?

Bien à vous,
Service des admissions, Haute École de Gestion de Namur""",
        W,
    ),
    (
        "fr",
        X,
        PA,
        None,
        "Abonnement de mon fils de 16 ans",
        """Bonjour, mon fils de 16 ans a souscrit un abonnement mensuel chez vous avec ma carte bancaire. Je voudrais l'annuler et être remboursé du mois de novembre. Merci. Véronique Saint-Jean, Basse-Terre""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "Course fees for my cousin",
        """Hello, my cousin in Cebu is interested in your web developer course po. How much is the fee and is there an intake in January? She asked me to ask. Thanks! Carlo Mendoza""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Diplôme de mon fils",
        """Bonjour, mon fils Rayan, qui a 23 ans, a réussi son BTS en juillet et n'a toujours pas reçu son diplôme. Quand est-ce qu'il va le recevoir ? Merci. Mohamed Cherif""",
        W,
    ),
    (
        "fr",
        X,
        L,
        None,
        "Résiliation du contrat — M. Alain Rochat",
        """Madame, Monsieur,

En ma qualité de curatrice de M. Alain Rochat, je vous prie de résilier le contrat de formation qu'il a conclu le 12 octobre 2026 et de cesser toute facturation. Je joins la décision de la Justice de paix.

Avec mes salutations distinguées,
Sabine Chappuis, curatrice""",
        W,
    ),
]
