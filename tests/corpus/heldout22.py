"""Twenty-second blind batch: written to train the models that review the classifier's rules, with who is asking.

Written on 1 December 2026 in one separate pass, blind: its author read only the product
specification (the request types and labelling rules), the privacy policy, the label shorthands
and the format header of the fifteenth batch (not its messages), never the classifier's rules,
its code or any other batch's messages, and the classifier was not run on it before it was frozen.
Its voices differ from the earlier batches: two extremes of length. On one side very short
Telegram and SMS lines, a few words typed on a phone (no accents, "stp", "svp", "pls", "asap",
"jpeux", "u", "thx", emoji, capitals in anger) and voice-dictated messages with their
transcription errors (spoken punctuation written out as words, homophones, run-on sentences).
On the other side long formal letters by privacy-literate writers: learners, lawyers, curators,
union representatives, notaries and heirs who cite GDPR articles with their paragraphs, the
French Loi Informatique et Libertés (loi n° 78-17 and its articles on directives after death),
CNIL guidance and its complaint page, the one-month deadline of article 12(3), formal notices
and threats of complaint or of a referral to the courts. Between the two, a few replies written
above a quoted earlier mail (only the new text on top is labelled), and the usual parents,
heirs, trusted persons, lawyers, spouses, adult children, employers and social workers writing
for someone, reminders, withdrawals of an earlier request, questions about the policy only,
near misses that mention data but ask no right (password, invoice, certificate, exam date),
phishing, spam, auto-replies and bounces. Every name, address, phone number, date and reference
is invented.

Each entry: ``(language, labels, requester, intent, subject, text, origin)``. ``requester`` is
who is asking (``self``, ``parent``, ``heir_or_trusted_person``, ``lawyer_or_representative``,
``other_third_party``); ``intent`` is ``None``, ``"cancel"`` (the person withdraws a request) or
``"question_only"`` (a question about the policy, no request), both filed as ``other``. Only what
the sender asks in the new text is labelled, never what a quoted message says.
"""

# ruff: noqa: E501, F403, F405
from shorthands import *

RE_ = ("rectification", "erasure")
MO_ = ("objection", "marketing_objection")
CRS_ = ("consent_withdrawal", "restriction")
ARE_ = ("access", "rectification", "erasure")

HELDOUT22: list[Entry] = [
    # ---- very short Telegram and SMS lines ----
    ("fr", E, S, None, "", "supprimez mon compte svp", W),
    ("fr", M, S, None, "", "stop les sms de pub svp 🙏", W),
    ("en", A, S, None, "", "hi can i get a copy of all the data u have on me pls", W),
    (
        "fr",
        A,
        S,
        None,
        "",
        "bjr je veux savoir ce que vous avez sur moi comme infos. num apprenant CPT-448120",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "",
        "arretez de m'appeler tous les jours!!! jai deja dit non 3 fois a votre conseillere",
        W,
    ),
    ("en", E, S, None, "", "delete my acc asap. done with elephorm 👋", W),
    (
        "fr",
        R,
        S,
        None,
        "",
        "mon nom est mal ecrit c Meziane pas Mezianne, corrigez svp",
        W,
    ),
    ("fr", X, S, None, "", "mdp oublié jpeux plus me co 😩", W),
    ("en", X, S, None, "", "when is the next exam session for the bachelor? thx", W),
    ("fr", C, S, None, "", "je retire mon consentement pr les cookies pub. merci", W),
    (
        "fr",
        E,
        S,
        None,
        "",
        "bonjour je voudrais qu'on supprime mes données personnel point je ne suis plus inscrit chez compta lia depuis l'année dernière point merci beaucoup",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "",
        "slt jpeux recup mes notes et mes resultats ds un fichier pr les importer sur une autre plateforme ? genre un export",
        W,
    ),
    ("en", M, S, None, "", "stop texting me ur offers. STOP. not interested", W),
    (
        "fr",
        RS,
        S,
        None,
        "",
        "vs pouvez geler mes donnees le temps que je conteste ce qu'il y a dans mon dossier ? pas supprimer hein, juste plus rien en faire pour l'instant",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "",
        "je veux pas que mon employeur recoive mes stats de connexion, je m'y oppose",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "",
        "i said yes to the photo thing at the webinar, changed my mind, i withdraw my consent pls",
        W,
    ),
    ("fr", X, S, None, "", "c quand les resultats du bts blanc ??", W),
    ("fr", A, S, None, "", "Je veux mes données. RGPD art 15. Merci", W),
    (
        "en",
        E,
        S,
        None,
        "",
        "pls erase everything about me, i never even signed up, someone used my email address",
        W,
    ),
    ("fr", M, S, None, "", "desinscrivez moi de la newsletter ecolems", W),
    (
        "fr",
        AE,
        S,
        None,
        "",
        "envoyez moi une copie de mes donnees puis effacez tout apres",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "",
        "ignore my delete request from yesterday, i found the course again lol, staying 😅",
        W,
    ),
    ("fr", X, S, None, "", "ma facture de novembre est fausse, 2 prelevements", W),
    (
        "en",
        R,
        S,
        None,
        "",
        "wrong phone number on my profile, its 07700 900412 now not the old one",
        W,
    ),
    ("fr", M, S, None, "", "plus d appels svp. 06 41 28 93 07", W),
    ("en", X, S, Q, "", "how long do u keep data after i finish the course?", W),
    (
        "fr",
        O,
        S,
        None,
        "",
        "je refuse le profilage pour les pubs perso, je m y oppose",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "",
        "need my course progress + certificates exported as csv or json, moving to another provider",
        W,
    ),
    ("fr", E, S, None, "", "effacer mes donné svp jai fini la formation", W),
    (
        "fr",
        CM,
        S,
        None,
        "",
        "je retire mon consentement aux mails commerciaux et vous demande d'arreter de m'en envoyer. merci",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "",
        "what data do you hold on me? GDPR SAR. learner id ELP-20931",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        "bonjour mon attestation de fin de formation est pas dispo sur la plateforme",
        W,
    ),
    ("en", M, S, None, "", "no more marketing emails. thanks.", W),
    (
        "fr",
        A,
        S,
        None,
        "",
        "bjr svp vous pouvez m'envoyer ttes les notes d'appel de mon conseiller? jveux voir ce qu'il a ecrit sur moi",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "",
        "jretire mon accord pour les enregistrements des classes virtuelles ou on m'entend parler",
        W,
    ),
    ("en", E, S, None, "", "Delete me. Everything. Thank you.", W),
    (
        "fr",
        X,
        S,
        None,
        "🎁 Félicitations",
        "Vous avez été sélectionné ! Un iPhone 17 vous attend, cliquez ici pour réclamer votre lot avant minuit : http://studi-cadeaux-gagnant.win/claim",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "",
        "jai demenagé: 14 rue des Tanneurs 67000 Strasbourg. mettez a jour svp",
        W,
    ),
    ("fr", E, S, None, "suppression compte", "cf objet", W),
    (
        "en",
        RS,
        S,
        None,
        "",
        "dont delete anything yet but pls stop using my data until you sort out the mixup with the other Sam Okafor on your system",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "",
        "bonjour jaimerais ne plus recevoir vos publicités par courrier à la maison point virgule merci d'avance",
        W,
    ),
    ("en", X, S, None, "", "cant download my certificate, link broken 🙄", W),
    (
        "fr",
        O,
        S,
        None,
        "",
        "slt je m'oppose a ce que vous utilisiez mes donnees pr vos statistiques d'apprentissage perso, j'ai mes raisons (suivi medical, je veux pas qu'on voie mes absences)",
        W,
    ),
    ("en", AE, S, None, "", "send me everything you have then wipe it. thx", W),
    ("fr", X, S, None, "", "ok merci", W),
    ("en", C, S, None, "", "withdraw consent for partner offers pls", W),
    (
        "fr",
        A,
        S,
        None,
        "",
        "est ce que vous pouvez me dire qui a eu acces a mon dossier et a qui vous l'avez transmis ? moi perso",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "",
        "pls stop calling me at work, i'm a nurse and cant pick up, 3 calls today from digital campus",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "",
        "je souhaiterais que vous effaciez mon compte et toutes les informations me concernant virgule mon identifiant est Elise point Garnier 83 arobase gmail point com",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "",
        "can u send my data in a machine readable format? art 20",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "",
        "date de naissance fausse sur mon profil : 03/09/1996 et pas 09/03/1996",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        "jai pas recu le lien pour la classe virtuelle de ce soir",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "",
        "object to you sharing my progress with my employer. dont want my boss seeing it",
        W,
    ),
    # ---- long formal letters from privacy-literate learners ----
    (
        "fr",
        A,
        S,
        None,
        "Demande d'accès — article 15 du RGPD",
        """Madame, Monsieur le Délégué à la protection des données,

En application de l'article 15 du règlement (UE) 2016/679 (RGPD) et de l'article 49 de la loi n° 78-17 du 6 janvier 1978 modifiée, dite « Informatique et Libertés », je vous prie de bien vouloir me communiquer l'ensemble des données à caractère personnel me concernant que le Groupe Studi détient, au titre de ma formation COMPTALIA (DCG, promotion 2023-2025, numéro d'apprenant CPT-207719).

Je vous demande en outre de me préciser, conformément à l'article 15.1 : les finalités des traitements, les catégories de données concernées, les destinataires ou catégories de destinataires (en particulier ceux établis hors de l'Union européenne), la durée de conservation envisagée ou, à défaut, les critères utilisés pour la déterminer, la source des données lorsqu'elles n'ont pas été collectées auprès de moi, et l'existence éventuelle d'une prise de décision automatisée, y compris un profilage.

Je souhaite recevoir ces éléments sous une forme électronique d'usage courant, conformément à l'article 15.3, y compris les notes prises par les conseillers lors de nos échanges téléphoniques et les enregistrements de ces appels s'il en existe.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente pour y répondre (article 12.3 du RGPD). À défaut de réponse dans ce délai, je me réserve la possibilité de saisir la Commission nationale de l'informatique et des libertés.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hélène Vasseur-Lambin
27 allée des Peupliers, 49100 Angers""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Request for erasure under Article 17(1)(b) and (c) GDPR",
        """Dear Data Protection Officer,

I am writing to exercise my right to erasure under Article 17 of the General Data Protection Regulation.

I was enrolled on an ELEPHORM video-training subscription from March 2022 until I cancelled it in January 2024. I have no outstanding balance and no ongoing contract with any entity of the Studi Group. The purposes for which my personal data were collected no longer apply (Article 17(1)(a)), and to the extent that any processing relies on consent, I do not renew it (Article 17(1)(b)).

Please erase all personal data relating to me, including my account, my viewing history, any analytics identifiers linked to my profile, and any notes held by your sales advisers. Where you consider that a legal obligation requires you to keep certain records (for instance invoices), please identify them specifically, state the legal basis and the date on which they will be deleted, and restrict them to that purpose.

I would also ask you, in accordance with Article 19, to notify any processor or recipient to whom my data have been disclosed.

Under Article 12(3) you are required to act on this request without undue delay and in any event within one month. If I do not receive a satisfactory response, I will lodge a complaint with the CNIL.

My account email: t.ashworth.design@fastmail.co.uk
Account reference: ELP-118402

Yours faithfully,
Thomas Ashworth
Flat 3, 19 Cranleigh Road, Bristol BS6 5QF""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Opposition au traitement — art. 21.1 RGPD",
        """Monsieur le DPO,

Je suis apprenante ECOLEMS (Bachelor Management, numéro ECM-55310) et j'exerce par la présente mon droit d'opposition au titre de l'article 21, paragraphe 1, du RGPD, à l'égard du traitement que vous fondez sur votre intérêt légitime et qui consiste à produire des « statistiques d'apprentissage personnalisées » transmises à mon tuteur et à la coordination pédagogique (temps de connexion, heures de connexion, pages consultées).

Les raisons tenant à ma situation particulière sont les suivantes : je suis aidante familiale de ma mère et je ne peux me connecter que la nuit, de manière irrégulière. Ces indicateurs donnent de moi une image fausse (« décrochage », « connexions atypiques ») qui a déjà été évoquée lors d'un entretien, ce qui me porte préjudice.

Je vous demande donc de cesser ce traitement me concernant, sauf à démontrer l'existence de motifs légitimes et impérieux qui prévaudraient sur mes intérêts, droits et libertés, ce que je vous invite à faire par écrit.

Je n'entends pas, à ce stade, demander l'effacement de mes données : je souhaite poursuivre ma formation.

Dans l'attente de votre réponse dans le délai d'un mois prévu par l'article 12.3, je vous prie d'agréer mes salutations distinguées.

Nadia Bensalem""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Article 18 – restriction of processing pending verification",
        """Dear Sir or Madam,

Your adviser informed me on 18 November 2026 that my learner file at DIGITAL CAMPUS LIVE records me as having "abandoned" the UX Design course in 2025 and as having been "contacted for unpaid instalments". Both statements are inaccurate: I suspended the course with written agreement and every instalment was paid.

Pursuant to Article 18(1)(a) GDPR, I request that you restrict the processing of my personal data for the period enabling you to verify the accuracy of these entries. In practical terms: the data must be kept, not erased, but must not be used, shared with any funding body or debt-collection agency, or relied upon in any decision concerning my re-enrolment until the verification is complete.

Please confirm in writing that the restriction has been applied, and inform me before it is lifted, as Article 18(3) requires.

I attach the email of 4 April 2025 confirming the suspension and my bank statements.

Kind regards,
Priya Raman
Learner no. DCL-30418""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Exercice du droit à la portabilité (article 20 RGPD)",
        """Bonjour,

Conformément à l'article 20 du RGPD, je vous demande de me transmettre, dans un format structuré, couramment utilisé et lisible par machine (JSON ou CSV), les données à caractère personnel que j'ai fournies au Groupe Studi dans le cadre de ma formation COMNICIA « Chargé de communication » : informations de profil, historique des modules suivis, résultats aux évaluations, devoirs déposés et leurs corrections, attestations obtenues.

Je souhaite pouvoir les importer dans le portfolio de compétences de mon nouvel organisme. Si une transmission directe est techniquement possible, je vous indiquerai l'adresse de leur DPO, mais un envoi à moi-même me convient.

Je précise que je ne demande pas la suppression de mon compte.

Merci de me répondre dans le délai légal d'un mois.

Cordialement,
Bastien Morel-Ducros
Apprenant COMNICIA n° CMN-77102
bastien.moreld@laposte.net""",
        W,
    ),
    (
        "fr",
        PM,
        S,
        None,
        "Directives relatives à mes données après mon décès",
        """Madame, Monsieur,

En application de l'article 85 de la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés, je souhaite vous communiquer mes directives particulières relatives à la conservation, à l'effacement et à la communication de mes données à caractère personnel après mon décès.

1. À mon décès, je demande que mon compte d'apprenant COMPTALIA (n° CPT-090233) soit clôturé et que l'ensemble de mes données soit effacé, à l'exception de l'historique de mes examens de certification, que vous conserverez pour la durée prévue par votre politique afin que mes ayants droit puissent, si besoin, justifier de mes diplômes.
2. Je désigne comme personne chargée de l'exécution de ces directives ma fille, Mme Coralie Fournel, demeurant 8 rue Colbert, 37000 Tours, joignable au 06 52 18 40 77.
3. Aucune donnée ne devra être communiquée à d'autres personnes que celle désignée ci-dessus.

Je vous remercie de bien vouloir enregistrer ces directives et de m'en accuser réception. Je sais que je peux les modifier ou les révoquer à tout moment.

Fait à Tours, le 28 novembre 2026
Jean-Michel Fournel""",
        W,
    ),
    (
        "en",
        AO,
        S,
        None,
        "Subject access request and objection to profiling",
        """To the Data Protection Officer, Groupe Studi, 3839 Avenue Georges Frêche, 34470 Pérols

I make two requests under the GDPR.

First, a subject access request under Article 15: please provide a copy of all personal data you hold about me, together with the supplementary information listed in Article 15(1)(a) to (h), including any logic involved in the "learner engagement score" shown on my dashboard.

Second, an objection under Article 21(1) to the profiling used to build that score and to rank me for "priority re-enrolment offers". My particular situation: I am dyslexic and work more slowly on timed quizzes, which the score penalises. I ask you to stop that profiling concerning me.

I expect a reply within one calendar month as required by Article 12(3). Should you decide not to act on either request, please tell me why and remind me of my right to complain to the CNIL, as Article 12(4) requires.

Yours sincerely,
Dr Fiona McAllister
ECOLEMS MBA learner, ref ECM-61927""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Opposition à la prospection commerciale",
        """Madame, Monsieur,

Je m'oppose, en application de l'article 21.2 et 21.3 du RGPD, à toute utilisation de mes coordonnées à des fins de prospection commerciale par l'une quelconque des marques du Groupe Studi, et ce sur tous les canaux : courriel, SMS, appels téléphoniques et courrier postal.

J'ai reçu depuis le début du mois onze appels d'un « conseiller en orientation » de DIGITAL CAMPUS LIVE au 07 81 22 64 09, y compris un dimanche. Je rappelle que ce droit est absolu et ne nécessite aucune justification. Je suis par ailleurs inscrit sur Bloctel depuis 2022, ce que la loi n° 2020-901 du 24 juillet 2020 vous impose de respecter.

Je vous saurais gré de me confirmer par écrit mon inscription sur votre liste d'opposition. À défaut d'arrêt immédiat de ces sollicitations, je saisirai la CNIL et signalerai ces appels à la DGCCRF.

Salutations,
Raphaël Quentin-Abadie""",
        W,
    ),
    (
        "en",
        PE,
        S,
        None,
        "Data portability, then erasure",
        """Dear Privacy Team,

Please treat this letter as two successive requests.

1) Under Article 20 GDPR, export the data I provided in the context of my COMPTALIA bookkeeping course (profile, submitted assignments, quiz results, certificates) in a structured, machine-readable format — CSV or JSON is fine — and send it to the registered address on my account.

2) Once I have confirmed receipt of that export, erase my personal data under Article 17, keeping only what you are legally obliged to keep, with an explanation of what that is and for how long.

Please do not start the erasure before the export has been delivered; I do not want to lose my coursework.

Regards,
Marguerite Osei
Learner CPT-338851""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Rectification de données inexactes — article 16",
        """Monsieur, Madame,

Sur le fondement de l'article 16 du RGPD, je sollicite la rectification des données inexactes suivantes figurant dans mon dossier d'apprenante ECOLEMS (n° ECM-40027) :

— nom d'usage : « DA SILVA Ana » au lieu de « DA SILVA-ROCHE Ana », mon nom d'usage depuis mon mariage ;
— niveau d'études : « Bac » au lieu de « Bac+3 (licence AES, 2014) » ;
— mode de financement : « financement personnel » au lieu de « CPF + abondement employeur ».

Ces erreurs figurent sur mon attestation d'inscription, que mon employeur m'a demandée. Je joins une copie de mon livret de famille et de mon diplôme.

Je vous remercie de procéder à ces corrections et de m'en informer, ainsi que, le cas échéant, les destinataires auxquels ces données ont été communiquées (article 19).

Ana Da Silva-Roche""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Withdrawal of consent – Article 7(3) GDPR",
        """Dear Data Protection Officer,

At the DIGITAL CAMPUS LIVE open day on 12 September 2026 I signed a form consenting to the use of my photograph and a short filmed testimonial in your promotional material.

I hereby withdraw that consent, as Article 7(3) GDPR entitles me to do at any time. Please stop using the photograph and the video in any new material, and remove them from your website and social-media pages.

I understand that withdrawal does not affect the lawfulness of the use made before today.

With thanks,
Jonah Whitfield""",
        W,
    ),
    (
        "fr",
        AE,
        S,
        None,
        "Demande d'accès puis d'effacement",
        """Madame, Monsieur,

Ancien apprenant ELEPHORM (abonnement résilié en 2023), je vous adresse une double demande.

D'une part, au titre de l'article 15 du RGPD, je souhaite obtenir copie de l'intégralité des données me concernant, ainsi que la liste des sous-traitants auxquels elles ont été transmises, notamment ceux situés hors de l'Union européenne, et les garanties encadrant ces transferts (clauses contractuelles types ou autre).

D'autre part, après réception de cette copie, je demande l'effacement de mes données en application de l'article 17.1.a, les finalités pour lesquelles elles avaient été collectées ayant disparu.

Pour mémoire, l'article 12.3 vous impartit un délai d'un mois. En cas de refus, je vous remercie de motiver votre réponse et de m'indiquer les voies de recours, notamment la réclamation auprès de la CNIL (3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07).

Cordialement,
Victor Lemaire-Sand
victor.lemairesand@orange.fr""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Questions on your privacy policy before I enrol",
        """Hello,

I am considering enrolling on an ECOLEMS programme and have read your personal data protection policy dated 27 September 2023. Before signing up I would like clarification on a few points:

1. Which of your service providers are located outside the EU, and in which countries?
2. What exactly does "archived" mean in the retention section — are the data deleted at that point or merely moved?
3. Is the audience measurement cookie set before or after consent?
4. Who is your lead supervisory authority if I live in Belgium?

This is not a request concerning my own data; I simply want to understand the policy.

Thank you,
Lotte Vermeulen""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "RELANCE — demande d'effacement du 14 octobre 2026 restée sans réponse",
        """Madame, Monsieur,

Par courriel du 14 octobre 2026 adressé à dpo@studi.fr, je vous ai demandé l'effacement de l'ensemble de mes données personnelles (compte COMNICIA n° CMN-12954), sur le fondement de l'article 17 du RGPD.

À ce jour, soit plus d'un mois et demi plus tard, je n'ai reçu ni accusé de réception ni réponse, et je continue de recevoir des courriels de relance de votre service pédagogique, ce qui démontre que mes données sont toujours traitées.

Le délai d'un mois prévu par l'article 12.3 du RGPD est donc expiré, sans que vous m'ayez informé d'une éventuelle prolongation et de ses motifs.

Je vous mets en demeure de procéder à l'effacement demandé sous huit jours et de m'en confirmer l'exécution. À défaut, j'adresserai une réclamation à la CNIL via son téléservice (https://www.cnil.fr/fr/adresser-une-plainte), en joignant la présente et mon courriel initial.

Gaëlle Tissot""",
        W,
    ),
    (
        "en",
        ORS,
        S,
        None,
        "Objection to sharing with my employer and restriction meanwhile",
        """Dear DPO,

My employer, Harlow Freight Ltd, funds my COMPTALIA accounting course. I have learned that your platform sends them a monthly report with my connection times, quiz scores and "risk of drop-out" flag.

I object under Article 21(1) GDPR to this transmission. The course is part of a redundancy-related retraining plan and my employer is currently deciding on redeployment; the reports are being used in that process, which goes well beyond what I was told when I enrolled. The only information they need is the attendance certificate required by the funding agreement.

While you consider my objection, please restrict the processing under Article 18(1)(d): do not send any further reports to Harlow Freight until you have decided.

Regards,
Daniel Kowalczyk
Learner CPT-512290""",
        W,
    ),
    (
        "fr",
        PM,
        S,
        None,
        "Modification de mes directives post mortem",
        """Bonjour,

Le 3 février 2025, je vous ai adressé mes directives relatives au sort de mes données après mon décès, en désignant mon époux comme personne de confiance. Nous sommes aujourd'hui divorcés.

Je révoque cette désignation et désigne désormais mon frère, M. Laurent Peyrat, 44 boulevard Gambetta, 46000 Cahors. Le reste de mes directives (suppression de mon compte et de mes travaux, aucune communication à des tiers) demeure inchangé.

Merci de mettre à jour votre registre et de m'en accuser réception.

Sylvie Peyrat
Apprenante COMPTALIA, n° CPT-143378""",
        W,
    ),
    (
        "en",
        AR,
        S,
        None,
        "SAR + correction",
        """Dear Sir/Madam,

I request a copy of the personal data you hold about me (Article 15 GDPR). In particular I want to see the record of a phone call on 2 October 2026 in which an adviser apparently noted that I had "no budget and no intention to pay".

That note is inaccurate. I told the adviser that my training would be funded through my Personal Training Account and that I was waiting for approval. Under Article 16 please correct the note, or add my supplementary statement to it, so that it reflects what I actually said.

Sincerely,
Oluwaseun Adeyemi-Clarke""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "Retrait de ma demande d'effacement",
        """Madame, Monsieur,

Par lettre recommandée du 9 novembre 2026, je vous ai demandé l'effacement de mes données au titre de l'article 17 du RGPD.

Après échange avec le service pédagogique d'ECOLEMS, j'ai décidé de reprendre ma formation au second semestre. Je vous prie donc de considérer cette demande comme sans objet et de ne pas y donner suite. Mon compte doit rester actif.

Avec mes remerciements pour votre compréhension,

Mathilde Chauvet-Renard""",
        W,
    ),
    (
        "fr",
        CO,
        S,
        None,
        "Retrait du consentement et opposition",
        """Madame, Monsieur,

Lors de mon inscription à DIGITAL CAMPUS LIVE, j'ai coché la case autorisant le partage de mon profil avec vos « entreprises partenaires » à des fins de recrutement en alternance. Je retire ce consentement, conformément à l'article 7.3 du RGPD.

Par ailleurs, je m'oppose, au titre de l'article 21.1, au traitement par lequel mon CV est analysé automatiquement pour m'attribuer un « score d'employabilité » : étant en reconversion après un accident du travail, ce score me classe systématiquement en bas de liste, ce qui me cause un préjudice réel.

Je vous remercie de me confirmer la prise en compte de ces deux demandes.

Karim Aït-Hamou""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Second request – subject access request of 20 October",
        """Dear Data Protection Officer,

On 20 October 2026 I emailed dpo@studi.fr asking for a copy of my personal data under Article 15 GDPR (ELEPHORM account, email rosalind.tey@protonmail.com). I have had no acknowledgement.

The one-month period expired on 20 November. Please provide the data without further delay. If I have not received it within 14 days I will complain to the CNIL and, as a UK resident, also inform the ICO.

Rosalind Tey""",
        W,
    ),
    (
        "fr",
        ERS,
        S,
        None,
        "Effacement — et gel immédiat dans l'attente",
        """Monsieur le Délégué,

Je vous demande l'effacement de toutes les données me concernant détenues par COMPTALIA, au titre de l'article 17 du RGPD : je n'ai jamais conclu de contrat avec vous, ma fiche ayant été créée à partir d'un formulaire rempli par un tiers avec mon adresse électronique.

Dans l'attente de votre décision sur cet effacement, et puisque vous contestez peut-être le caractère illicite de la collecte, je demande la limitation du traitement (article 18.1.b) : aucune utilisation de ces données, ni appel, ni transmission.

Je joins une copie de ma pièce d'identité, dont je vous demande la destruction après vérification.

Florent Guillaumin""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Re: your invoice INV-2026-88412",
        """Hello,

I have been charged twice for my November instalment (two debits of EUR 89.00 on 3 and 5 November 2026). Please refund the duplicate payment to the card ending 4471.

I'm not making any data request, I just want my money back.

Best,
Callum Reid""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Limitation du traitement — art. 18.1.c RGPD",
        """Madame, Monsieur,

Je suis en litige avec le Groupe Studi concernant la résiliation de mon contrat de formation ECOLEMS, que je conteste devant le tribunal judiciaire de Montpellier.

Vous m'avez informé que mes données seraient effacées à l'échéance de leur durée de conservation. Or j'en ai besoin pour la constatation, l'exercice et la défense de mes droits en justice. Je vous demande donc, sur le fondement de l'article 18.1.c du RGPD, de ne pas les effacer et de les conserver sans les utiliser à d'autres fins, jusqu'à l'issue de la procédure.

Veuillez me confirmer la mise en œuvre de cette limitation.

Me répondre à l'adresse : sebastien.vaillant@free.fr

Sébastien Vaillant""",
        W,
    ),
    (
        "en",
        MO_,
        S,
        None,
        "Objection – Art. 21(1) and 21(2)",
        """Dear DPO,

I object to two kinds of processing.

(a) Direct marketing: under Article 21(2) and (3), stop using my data for marketing by any channel — email, SMS, phone and post. I understand this right is absolute.

(b) Your "learning analytics" programme, which I understand is based on legitimate interest. I am a freelance trainer myself and the heat-maps of my viewing habits on ELEPHORM reveal which client projects I am preparing. I object under Article 21(1) on these grounds and ask you to stop processing my viewing history for analytics.

I wish to keep my subscription.

Regards,
Ines Carvalho""",
        W,
    ),
    # ---- parents writing about a minor child ----
    (
        "fr",
        MP_E,
        PA,
        None,
        "Données de mon fils mineur — demande d'effacement",
        """Madame, Monsieur,

Je suis la mère de Noé Lacombe, né le 11 mars 2012, âgé de quatorze ans. J'ai découvert que mon fils avait créé un compte sur le site ELEPHORM pour suivre des tutoriels de montage vidéo, en indiquant une fausse date de naissance, et qu'il reçoit depuis lors vos courriels.

L'article 45 de la loi Informatique et Libertés fixe à quinze ans l'âge à partir duquel un mineur peut consentir seul au traitement de ses données dans le cadre des services de la société de l'information ; en deçà, le consentement du titulaire de l'autorité parentale est requis (article 8 du RGPD). Je ne l'ai jamais donné.

Je vous demande en conséquence d'effacer sans délai l'ensemble des données de mon fils (compte associé à l'adresse noe.lcb2012@gmail.com) et de m'en confirmer la suppression. Je tiens à votre disposition une copie du livret de famille et de ma pièce d'identité.

Dans l'attente de votre réponse dans le délai d'un mois, je vous prie d'agréer mes salutations.

Claire Lacombe
12 chemin de la Garenne, 31320 Castanet-Tolosan""",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "",
        "bjr ma fille a 13 ans elle sest inscrite sur votre site sans mon accord, supprimez son compte svp. c la maman. elle s'appelle Lou Maréchal",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "my daughter's details",
        "Hi, my daughter (16) registered for one of your Digital Campus Live webinars for a school project using her own email, jade.okonkwo.08@gmail.com. I'm her dad. Please delete everything you collected on her, she's a minor and we never agreed to this. Thanks, Emeka Okonkwo",
        W,
    ),
    (
        "en",
        MP_A,
        PA,
        None,
        "Information held about my grandson (I am his legal guardian)",
        """Dear Data Protection Officer,

I am the court-appointed legal guardian of my grandson, Tyler Brennan, who is 15. Last year, while he was in my care, a sales adviser from your COMNICIA brand telephoned him several times after he filled in an online form about "careers in social media".

I would like to know exactly what personal data you hold about Tyler, where it came from and whom it has been shared with. Please send me a copy. I can provide the guardianship order and my identification.

Yours sincerely,
Maureen Brennan""",
        W,
    ),
    (
        "fr",
        MP_A,
        PA,
        None,
        "Mon fils 17 ans",
        "Bonjour, mon fils Enzo (17 ans) suit une prépa en ligne chez vous, financée par nous. Je souhaiterais recevoir une copie des données que vous détenez sur lui, y compris les comptes rendus de ses entretiens avec le conseiller, comme le permet le RGPD. Je suis son père et titulaire de l'autorité parentale. Cordialement, Patrice Hamdi",
        W,
    ),
    (
        "fr",
        MP_C,
        PA,
        None,
        "",
        "bonsoir, ma fille de 16 ans apparait dans la video de presentation de digital campus live tournée a la journée portes ouvertes. je retire l'autorisation de droit a l'image que j'avais signée pour elle. merci de retirer la video. Mme Ferrand",
        W,
    ),
    (
        "en",
        MP_R,
        PA,
        None,
        "Wrong date of birth for my son",
        "Hello — my son Arjun Mehta is 17, but his ELEPHORM profile gives his birth year as 1990, which is why he keeps being offered adult financing plans. Please correct it to 14/06/2009. I'm his mother and I can send proof. Nisha Mehta",
        W,
    ),
    (
        "fr",
        MP_RS,
        PA,
        None,
        "Suspension du traitement des données de ma fille (14 ans)",
        """Madame, Monsieur,

Ma fille Inès, âgée de quatorze ans, a été inscrite à une formation COMPTALIA par un démarcheur au cours d'un appel téléphonique, ce que je conteste formellement. Je suis en train de réunir les éléments avec notre avocat.

Dans l'attente, je vous demande de ne plus utiliser aucune des données de ma fille : pas d'appels, pas de courriels, pas de transmission à quiconque. Ne supprimez rien pour le moment, ces éléments pourront servir dans la procédure.

En qualité de mère exerçant l'autorité parentale, je vous prie de me confirmer cette limitation.

Samia Rahmouni""",
        W,
    ),
    (
        "en",
        MP_P,
        PA,
        None,
        "",
        "Hi, my son (16) did the free ELEPHORM Blender course with you this summer. Could you send his projects and progress data in a file we can upload to his school's portfolio platform? I'm his father. Account: ollie.grant.16@outlook.com. Thanks, Martin Grant",
        W,
    ),
    (
        "fr",
        MP_EM,
        PA,
        None,
        "",
        "bonjour mon fils a 15 ans et il reçoit des sms de pub de votre part tous les 2 jours!! supprimez ses donnees et arretez les sms, il est mineur. son numero 07 68 41 92 30. Le papa, M. Diallo",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "",
        "bonjour je suis la maman de Timéo qui a 12 ans point il s'est inscrit sur votre site com nicia avec mon adresse mail virgule je voudrais que vous effaciez tout ce qui le concerne point merci",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "Re: Your request",
        """Yes, that's right — Chloé is 14 and I'm her mother. Please go ahead and delete her account and everything linked to it. I've attached a scan of my ID and her birth certificate as you asked.

Nathalie Brun

> On 24 Nov 2026, at 09:12, DPO Studi <dpo@studi.fr> wrote:
> Dear Mrs Brun,
> To process your request concerning the account chloe.b.2012@gmail.com we need proof of parental authority. Could you also confirm the age of the account holder?
> Kind regards, The DPO team""",
        W,
    ),
    (
        "fr",
        MP_AE,
        PA,
        None,
        "Données de ma fille mineure",
        "Bonjour, ma fille Zoé (15 ans dans 2 mois) a rempli un formulaire sur le site ECOLEMS. Je voudrais d'abord voir ce que vous avez enregistré sur elle, puis que tout soit supprimé. Je suis sa mère. Merci. Agnès Perrot",
        W,
    ),
    # ---- heirs, notaries, trusted persons ----
    (
        "fr",
        PM,
        H,
        None,
        "Succession de M. Gilbert Armand — compte COMPTALIA",
        """Maître Hugues Delacroix
Notaire
5 place de la Comédie, 34000 Montpellier

Objet : Succession de Monsieur Gilbert ARMAND, décédé le 2 septembre 2026

Madame, Monsieur,

Je suis chargé du règlement de la succession de Monsieur Gilbert Armand, né le 17 avril 1961, qui était inscrit à une formation COMPTALIA (numéro d'apprenant CPT-061877).

À la demande de ses héritiers, et conformément à l'article 85 de la loi n° 78-17 du 6 janvier 1978, je vous prie de bien vouloir :
— m'indiquer si le défunt vous avait communiqué des directives relatives au sort de ses données après son décès ;
— à défaut, procéder à la clôture de son compte et à la suppression des données le concernant, sous réserve de vos obligations légales de conservation ;
— me communiquer les éléments nécessaires au règlement de la succession (échéancier et sommes éventuellement restant dues ou à rembourser).

Vous trouverez ci-joint l'acte de décès et l'acte de notoriété.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Me Hugues Delacroix""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "",
        "bonjour mon mari est décédé en septembre et il reçoit toujours vos mails de comptalia, ça me fait mal à chaque fois. fermez son compte svp. il s'appelait Bernard Loisel",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "My late mother's certificates",
        "Hello, my mother, Anne Whitaker, passed away in October. She completed two ECOLEMS certificates in 2024 and we would like copies of them and of her course records for the family. I'm her son and executor. I can send the death certificate. Regards, Paul Whitaker",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Exécution des directives de Mme Odile Castan",
        """Madame, Monsieur,

Ma sœur, Mme Odile Castan, apprenante ECOLEMS, est décédée le 19 octobre 2026. Elle vous avait adressé de son vivant des directives particulières me désignant comme personne chargée de leur exécution (courrier du 6 mai 2025).

Conformément à ces directives et à l'article 85 de la loi Informatique et Libertés, je vous demande de procéder à la suppression de son compte et de ses travaux, et de m'en informer.

Je joins l'acte de décès, ma pièce d'identité et une copie de ses directives.

Hervé Castan""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Estate of the late Mr Desmond Ayoola",
        """Dear Sir or Madam,

I am the executor of the estate of Mr Desmond Ayoola, who died on 30 August 2026 and who held a DIGITAL CAMPUS LIVE learner account (ref. DCL-22901).

Under French law (Article 85 of the Loi Informatique et Libertés) the heirs may, in the absence of directives, have the deceased's accounts closed and oppose further processing of his data. On behalf of the heirs I ask you to close the account, stop all processing of his data and confirm what you will have to retain and why.

Enclosed: death certificate (with certified translation) and grant of probate.

Yours faithfully,
Grace Ayoola-Bennett""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "",
        "mon pere est decede le mois dernier, comment on supprime son compte comptalia ? jai son numero apprenant",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "",
        "pls stop calling my dad's mobile, he died in july. every week someone from studi asks for him. his name was Keith Larkin",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Décès de ma mère — mise à jour de ses données",
        """Bonjour,

Ma mère, Mme Josiane Leclerc, née le 2 février 1958, est décédée le 12 novembre dernier. Elle suivait une formation ELEPHORM en bureautique.

En tant que fille et héritière, je vous demande, comme l'article 85-II de la loi du 6 janvier 1978 le permet aux héritiers, de prendre en compte son décès, de clôturer son compte et de ne plus lui envoyer d'offres ni de relances. Je souhaite également récupérer, pour la famille, les attestations de formation qu'elle avait obtenues.

Pièces jointes : acte de décès, livret de famille.

Sandrine Leclerc""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Account of my late partner",
        "My partner Tomasz Zielinski died three weeks ago. We weren't married but I'm handling his affairs with his parents. He had an ELEPHORM subscription. Can you tell us what happens to his account and data, and close it? I can send the death certificate. — Ewa Nowak",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Vidéo témoignage de ma mère",
        "Bonjour, ma mère, Françoise Roux, décédée en août, avait enregistré un témoignage vidéo pour COMPTALIA il y a deux ans. La voir encore sur votre page d'accueil est très dur pour notre famille. Nous vous demandons de retirer cette vidéo. Son fils, Olivier Roux",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "2e relance : demande concernant feu M. Paul Ginestet",
        """Madame, Monsieur,

Je vous ai écrit le 2 octobre puis le 30 octobre 2026 au sujet des données de mon père, M. Paul Ginestet, décédé le 15 août 2026, dont je suis l'héritier. Je demandais la clôture de son compte ECOLEMS et la suppression de ses données.

Aucune réponse ne m'est parvenue. Je vous rappelle que vous devez répondre dans un délai d'un mois. Sans nouvelles de votre part sous quinze jours, je saisirai la CNIL.

Arnaud Ginestet""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "",
        "hi my sister Amira passed away in sept. she studied with comptalia. what info do u still have about her? im her brother, i can send proof",
        W,
    ),
    # ---- lawyers, curators, mandated representatives ----
    (
        "fr",
        A,
        L,
        None,
        "Mise en demeure — droit d'accès de Mme Lydie Parmentier",
        """SELARL Borel & Associés
Avocats au Barreau de Lyon
18 quai Saint-Antoine, 69002 Lyon

LRAR et courriel à dpo@studi.fr

Madame, Monsieur,

J'interviens en qualité de conseil de Madame Lydie Parmentier, ancienne apprenante COMPTALIA (n° CPT-250946), dont vous trouverez le mandat ci-joint.

Ma cliente vous a adressé le 22 septembre 2026 une demande d'accès à ses données fondée sur l'article 15 du RGPD. Vous lui avez répondu par un simple lien vers votre politique de confidentialité, ce qui ne satisfait en rien à vos obligations.

Je vous mets en demeure de communiquer, dans un délai de quinze jours à compter de la réception de la présente, une copie complète des données personnelles de ma cliente, y compris les enregistrements et comptes rendus des appels de vos conseillers commerciaux des mois de mai et juin 2025, ainsi que l'ensemble des informations visées à l'article 15.1 du RGPD.

À défaut, ma cliente saisira la CNIL d'une réclamation et se réserve d'engager toute action utile devant la juridiction compétente, notamment sur le fondement de l'article 82 du RGPD.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Me Julien Borel""",
        W,
    ),
    (
        "en",
        E,
        L,
        None,
        "Our client: Mr Neil Ferguson – erasure request",
        """Dear Data Protection Officer,

We act for Mr Neil Ferguson of 42 Moray Place, Edinburgh, a former ELEPHORM subscriber, and enclose his signed letter of authority.

Our client requests the erasure of all personal data you hold about him pursuant to Article 17(1)(a) GDPR. His subscription ended in 2023 and he has no continuing relationship with your group. Please confirm erasure in writing, specifying any data retained and the legal basis for retention.

Please correspond with this firm in relation to this matter and not with our client directly.

Yours faithfully,
Hallam Reid LLP, Solicitors""",
        W,
    ),
    (
        "fr",
        M,
        L,
        None,
        "Mme Roussel — mesure de curatelle renforcée",
        "Madame, Monsieur, je suis mandataire judiciaire à la protection des majeurs et j'exerce la curatelle renforcée de Mme Yvette Roussel (jugement du tribunal de proximité de Vienne du 3 mars 2025, copie jointe). Mme Roussel reçoit de très nombreux appels de vos conseillers DIGITAL CAMPUS LIVE, qui l'ont déjà amenée à s'engager dans une formation qu'elle n'est pas en mesure de suivre. Je vous demande de cesser immédiatement toute prospection à son égard, par téléphone, SMS, courriel ou courrier. Cordialement, Laure Besnard, MJPM, ATMP Isère",
        W,
    ),
    (
        "fr",
        A,
        L,
        None,
        "Demande d'accès — majeur protégé sous tutelle",
        "Bonjour, en ma qualité de tuteur de M. Gérard Piquet (ordonnance jointe), je souhaite obtenir une copie de l'ensemble des données personnelles le concernant, ainsi que de tout contrat de formation qu'il aurait signé avec COMPTALIA en 2025, afin de vérifier la situation. Je vous remercie de me répondre à l'adresse ci-dessous. Frédéric Ollivier, Association tutélaire du Var, 9 rue Jean Aicard, 83000 Toulon",
        W,
    ),
    (
        "en",
        E,
        L,
        None,
        "Authorised erasure request on behalf of Ms Hanna Lindqvist",
        """Hello,

OptOut Nordic AB submits this request on behalf of our customer, Ms Hanna Lindqvist (email hanna.lindqvist@telia.se), under a signed mandate which is attached together with a copy of her passport.

Ms Lindqvist requests the erasure of her personal data held by any brand of the Studi Group under Article 17 GDPR. Please send your confirmation to privacy-requests@optoutnordic.example and copy Ms Lindqvist.

Request ID: ON-2026-118733

OptOut Nordic AB – Privacy Requests Team""",
        W,
    ),
    (
        "fr",
        O,
        L,
        None,
        "Transmission de données à l'employeur — opposition pour le compte de M. Blanchard",
        """Madame, Monsieur,

Je suis délégué syndical CFDT au sein de la société Transports Vidal et j'interviens, avec son accord écrit ci-joint, pour le compte de M. Rémi Blanchard, salarié inscrit à une formation COMPTALIA financée par l'employeur.

M. Blanchard s'oppose, sur le fondement de l'article 21.1 du RGPD, à la transmission à la direction de l'entreprise de ses résultats détaillés aux évaluations et de ses relevés de connexion. Ces données sont actuellement utilisées dans le cadre d'une procédure disciplinaire sans rapport avec la formation, ce qui constitue une situation particulière justifiant son opposition. Seule l'attestation d'assiduité prévue par la convention de formation doit être communiquée.

Nous vous remercions de bien vouloir cesser ces transmissions et de nous en confirmer la prise en compte.

Didier Maurel, délégué syndical""",
        W,
    ),
    (
        "en",
        ORS,
        L,
        None,
        "Client: Ms Chiara Bellini — Art. 21(1) objection and Art. 18(1)(d) restriction",
        """Dear Sirs,

We are instructed by Ms Chiara Bellini (ECOLEMS learner ECM-70215), authority enclosed.

Our client objects under Article 21(1) GDPR to the processing of her data for your "alumni success stories" programme, in which her name, photograph and current employer appear on your careers page on the basis of what you describe as legitimate interest. Our client is the subject of a protection order against a former partner and the publication of her employer's name exposes her to a real risk.

Pending your assessment of whether compelling legitimate grounds exist, we request under Article 18(1)(d) that the processing be restricted with immediate effect and that the page be taken down today.

Yours faithfully,
Morrison Kaur Solicitors""",
        W,
    ),
    (
        "fr",
        AE,
        L,
        None,
        "Dossier Chaouch c/ Groupe Studi",
        "Madame, Monsieur, agissant pour le compte de M. Yassine Chaouch (pouvoir ci-joint), je vous demande de me transmettre une copie de l'ensemble des données personnelles de mon client (art. 15 RGPD) puis, une fois cette communication effectuée, de procéder à leur effacement (art. 17), mon client n'ayant plus aucun lien contractuel avec ECOLEMS. Je vous rappelle le délai d'un mois de l'article 12.3. Me Sonia Benali, avocate au Barreau de Marseille",
        W,
    ),
    (
        "en",
        E,
        L,
        None,
        "Lasting power of attorney – my mother's account",
        "Dear Sir or Madam, I hold a registered lasting power of attorney for property and financial affairs for my mother, Mrs Patricia Holloway, who has advanced dementia. She was signed up to a COMPTALIA course over the phone in 2025. Please close her account and delete her personal data. A certified copy of the LPA is attached. Yours faithfully, Simon Holloway",
        W,
    ),
    (
        "fr",
        R,
        L,
        None,
        "Rectification — Mme Océane Féraud",
        "Maître, Madame, Monsieur, je représente Mme Océane Féraud, apprenante COMNICIA. Son dossier mentionne à tort un « abandon de formation » en juin 2026, alors que la suspension avait été acceptée par votre service pédagogique (courriel du 28 mai 2026 joint). Je vous demande de rectifier cette mention conformément à l'article 16 du RGPD et de me confirmer la correction. Me Aurélien Tessier",
        W,
    ),
    (
        "en",
        RS,
        L,
        None,
        "Preservation and restriction – Garcia v. Studi",
        "Dear DPO, this firm represents Ms Lucia Garcia in a pending claim against Studi concerning her DIGITAL CAMPUS LIVE enrolment contract. We ask that you do not erase any of her personal data while the claim is pending, and that you use it for no purpose other than the defence of the claim (Article 18(1)(c) GDPR). Please confirm. Bennett & Ruiz LLP",
        W,
    ),
    (
        "fr",
        P,
        L,
        None,
        "Portabilité des données de M. Lucas Verdier",
        "Bonjour, en vertu du mandat joint, je sollicite pour le compte de M. Lucas Verdier la transmission de ses données (résultats, travaux, attestations) dans un format structuré et lisible par machine, au titre de l'article 20 du RGPD, afin qu'il puisse les présenter à un autre organisme. Cabinet Verne Conseil, Me Hélène Verne",
        W,
    ),
    (
        "fr",
        A,
        L,
        None,
        "Demande d'accès pour un adhérent",
        "Bonjour, représentant syndical FO, j'accompagne Mme Carole Nguyen dans un litige avec son employeur. Avec son mandat signé (joint), je vous demande communication des données que vous détenez sur elle au titre de sa formation COMPTALIA, notamment les rapports transmis à son employeur. Jean-Luc Fabre, Union départementale FO de l'Hérault",
        W,
    ),
    (
        "en",
        AO,
        L,
        None,
        "Data subject requests on behalf of Mr Kwame Mensah",
        """Dear Data Protection Officer,

We represent Mr Kwame Mensah, a learner with your ELEPHORM brand. His signed authority is attached.

1. Access (Article 15 GDPR): please provide a copy of all personal data concerning our client, including any risk or fraud score attached to his account following the payment dispute of March 2026.
2. Objection (Article 21(1) GDPR): our client objects to the continued use of that score in decisions about his access to the platform. The dispute was resolved in his favour by his bank; continuing to flag him is disproportionate given his particular situation.

We look forward to your response within one month.

Achterberg & Mensah Advocaten, Rotterdam""",
        W,
    ),
    (
        "fr",
        RS,
        L,
        None,
        "Mme Aubert — curatelle",
        "Madame, Monsieur, curatrice de Mme Josette Aubert, je conteste la validité du contrat de formation qu'elle a signé en octobre. Dans l'attente de l'examen de ce dossier, merci de suspendre toute utilisation de ses données (pas d'appels, pas de prélèvement de relance, aucune transmission) sans les supprimer. Jugement de curatelle en pièce jointe. Cordialement, Martine Vidalenc",
        W,
    ),
    (
        "en",
        A,
        L,
        None,
        "Request for records – client Jamal Harris",
        "To whom it may concern: this office represents Jamal Harris in connection with an employment matter. Mr. Harris completed a DIGITAL CAMPUS LIVE program in 2025. Pursuant to his rights under the GDPR and the enclosed authorization, we request a complete copy of all personal data you maintain regarding Mr. Harris, including enrollment records, grades and correspondence. Sincerely, Dana W. Pruitt, Esq., Pruitt Law Group, Chicago IL",
        W,
    ),
    (
        "fr",
        O,
        L,
        None,
        "Opposition — M. Stéphane Kiefer",
        "Madame, Monsieur, conseil de M. Stéphane Kiefer, je vous informe qu'il s'oppose, au titre de l'article 21.1 du RGPD, à l'utilisation de ses données de navigation et de connexion à des fins d'analyse comportementale. Sa situation particulière (il est lanceur d'alerte dans une procédure en cours et craint que ses habitudes de connexion soient exploitées) justifie cette opposition. Me Clément Aubry, avocat au Barreau de Strasbourg",
        W,
    ),
    (
        "fr",
        C,
        L,
        None,
        "Retrait de consentement — témoignage vidéo",
        "Madame, Monsieur, je suis l'avocate de Mme Leïla Haddad. Ma cliente avait consenti en 2024 à la diffusion d'un témoignage vidéo pour ECOLEMS. Elle retire ce consentement avec effet immédiat (art. 7.3 RGPD). Merci de cesser toute diffusion et de m'en confirmer l'exécution. Me Anne-Sophie Renaud",
        W,
    ),
    (
        "en",
        A,
        L,
        None,
        "REMINDER: subject access request for Ms Eilidh Campbell (our ref HC/2209)",
        "Dear DPO, we wrote on 14 October 2026 enclosing our client's authority and requesting a copy of her personal data under Article 15. We have received nothing. The statutory month has passed. Please provide the data within seven days, failing which our client will complain to the CNIL. Hunter Cairns, Solicitors, Glasgow",
        W,
    ),
    (
        "fr",
        ERS,
        L,
        None,
        "Effacement des données de M. Dupuis-Marchal",
        "Madame, Monsieur, pour le compte de M. Thierry Dupuis-Marchal (mandat joint), je vous demande l'effacement de ses données (art. 17 RGPD), collectées selon lui sans son accord via un comparateur de formations. En attendant votre décision, je vous demande de geler tout traitement (art. 18.1.b) : aucun appel, aucune relance. Service Juridique, Association Consommateurs Vigilants 33",
        W,
    ),
    # ---- other third parties without a mandate ----
    (
        "fr",
        E,
        T,
        None,
        "Compte de mon mari",
        "Bonjour, mon mari Alain n'est pas à l'aise avec l'informatique et m'a demandé de vous écrire : il voudrait que son compte ELEPHORM soit supprimé avec toutes ses données. Son adresse : alain.rigaud54@wanadoo.fr. Merci. Josiane Rigaud",
        W,
    ),
    (
        "en",
        M,
        T,
        None,
        "",
        "Hi, I'm writing for my mum, she's 79 and gets calls from your company nearly every day about courses. Please stop calling her, her number is 01632 960 118. She can't deal with it. Thanks, Gareth",
        W,
    ),
    (
        "fr",
        M,
        T,
        None,
        "Sollicitations adressées à nos salariés",
        "Madame, Monsieur, je suis DRH de la société Menuiseries Lebrun. Plusieurs de nos salariés, dont M. Kévin Marchand, reçoivent sur leur adresse professionnelle des offres commerciales de COMPTALIA. Merci de cesser ces envois vers les adresses @menuiserieslebrun.fr. Cordialement, Nathalie Cosson, DRH",
        W,
    ),
    (
        "en",
        A,
        T,
        None,
        "Training records of our employee",
        "Hello, I am the HR manager at Brightwell Logistics. Our employee Michael Osei completed a COMPTALIA course funded by us. Could you send us all the data you hold on him — attendance, grades, adviser notes — for our files? Regards, Joanne Pike, HR",
        W,
    ),
    (
        "fr",
        R,
        T,
        None,
        "Erreur de nom sur l'attestation",
        "Bonjour, responsable formation chez Bâtiplus, je vous signale que le nom de notre salariée est mal orthographié dans vos fichiers : il s'agit de Mme Ludivine Schaeffer (et non Schaefer). Pouvez-vous corriger ? Merci. Yannick Brossard",
        W,
    ),
    (
        "en",
        C,
        T,
        None,
        "",
        "hey, my colleague Ana asked me to tell you she doesn't want her photo in your brochure anymore, she said yes last year but changed her mind. she's on holiday till jan. can u take it out? — Ben (we work together at Clarity Labs)",
        W,
    ),
    (
        "fr",
        A,
        T,
        None,
        "Demande pour un apprenant sourd",
        "Bonjour, je suis interprète en langue des signes et j'accompagne M. Damien Lefort, apprenant ECOLEMS, qui est sourd. Il souhaite connaître les données que vous avez sur lui et recevoir une copie. Il est à côté de moi pendant que j'écris. Merci de répondre à cette adresse ou à la sienne : damien.lefort@mailo.com. Céline Aubin",
        W,
    ),
    (
        "fr",
        RS,
        T,
        None,
        "Situation de Mme Kadri",
        "Madame, Monsieur, assistante sociale au CCAS de Roubaix, j'accompagne Mme Fatiha Kadri, qui conteste avoir souscrit une formation DIGITAL CAMPUS LIVE lors d'un démarchage téléphonique. Le temps que la situation soit éclaircie, pourriez-vous suspendre l'utilisation de ses données et les relances ? Bien à vous, Émilie Vanhove",
        W,
    ),
    (
        "en",
        E,
        T,
        None,
        "",
        "my brother accidentally made 2 accounts on elephorm with his old email jakub.w.1999@gmail.com, can u delete that one pls. im his sister he asked me to message",
        W,
    ),
    (
        "fr",
        M,
        T,
        None,
        "",
        "mon pote Yanis veut plus recevoir vos sms de comnicia il ma demandé de vous ecrire. 06 12 77 48 03",
        W,
    ),
    (
        "en",
        P,
        T,
        None,
        "My wife's course data",
        "Hello, my wife Sofia is moving to a Spanish university and needs her ECOLEMS grades and course data in an electronic file they can import. She's very busy so I'm sending this for her. Her learner number is ECM-83301. Thank you, Diego Martín",
        W,
    ),
    (
        "fr",
        E,
        T,
        None,
        "Mon père, 82 ans",
        "Bonjour, mon père (82 ans) a été inscrit à une formation COMPTALIA après un appel alors qu'il n'a jamais voulu se former. Je souhaite que son compte et toutes ses données soient effacés. Il s'agit de M. Roger Baudin, 7 rue des Lilas 71100 Chalon-sur-Saône. Sa fille, Christine Baudin",
        W,
    ),
    (
        "fr",
        E,
        T,
        None,
        "",
        "bonjour mon fils Hugo a 19 ans il ne veut plus entendre parler de ecolems, il m'a demandé de vous demander de supprimer son compte et ses donnees. hugo.pasquier05@gmail.com. merci, sa mère",
        W,
    ),
    (
        "en",
        A,
        T,
        None,
        "Request on behalf of Mr Laurent",
        "Dear team, I'm the personal assistant to Mr Edouard Laurent, CFO at Veritas Partners. He has asked me to request a copy of all personal data your group holds about him. Please send it to me at this address. Kind regards, Priyanka Shah, Executive Assistant",
        W,
    ),
    (
        "fr",
        R,
        T,
        None,
        "Nom de l'entreprise erroné",
        "Bonjour, je suis le gérant de la SARL Garage Moulin. Notre apprenti M. Lucas Giraud est enregistré chez vous avec comme employeur « Garage Moulins Frères », qui n'existe plus. Merci de corriger en « SARL Garage Moulin ». Pascal Moulin",
        W,
    ),
    (
        "en",
        M,
        T,
        None,
        "Post for Ms J. Eastwood",
        "Please stop sending your paper catalogues to Ms Jennifer Eastwood at 23 Oak Terrace, Leeds LS6 2BJ. She doesn't live here anymore and I keep binning them. — the current occupant",
        W,
    ),
    (
        "fr",
        A,
        T,
        None,
        "Demandeur d'emploi suivi par France Travail",
        "Bonjour, conseillère France Travail, j'accompagne M. Ousmane Sy dans son projet de reconversion. Il souhaiterait savoir quelles données COMNICIA détient à son sujet, notamment sur son inscription de 2025. Pouvez-vous nous transmettre ces informations ? Cordialement, Aurélie Mangin",
        W,
    ),
    (
        "en",
        E,
        T,
        None,
        "",
        "I care for Mr Peter Dunn (87) at home. He was signed up to a course he cannot possibly follow. Please delete his account and his details. His email is p.dunn1939@btinternet.com. Thank you, Rachel (his carer)",
        W,
    ),
    (
        "fr",
        C,
        T,
        None,
        "",
        "bonjour, mon frère Mathis ne veut plus que vous utilisiez l'enregistrement de sa classe virtuelle sur youtube, il avait dit oui mais il retire son accord. il est en stage et peut pas écrire, je vous écris pour lui",
        W,
    ),
    # ---- not a rights request: questions, near misses, noise ----
    ("fr", X, S, Q, "", "vous vendez mes donnees a d'autres boites ou pas ?", W),
    (
        "en",
        X,
        S,
        Q,
        "Data question",
        "Quick question - does my employer get to see my quiz scores if they paid for the course? Just want to know before I start.",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Question sur vos durées de conservation",
        """Bonjour,

Votre politique indique que les données sont « archivées » trois ans après la dernière interaction avec vos sollicitations commerciales, cinq ans après la dernière utilisation de la plateforme pour l'historique de formation et dix ans pour les examens de certification inscrits au RNCP.

Je ne comprends pas bien l'articulation : si je termine un BTS en 2027 et que je ne me connecte plus jamais, mes notes d'examen sont-elles conservées jusqu'en 2037 ? Et le terme « archivage » signifie-t-il une suppression ou un stockage à accès restreint, au sens des recommandations de la CNIL sur l'archivage intermédiaire ?

Il s'agit d'une simple question de compréhension, je ne formule aucune demande sur mon dossier.

Merci d'avance,
Quentin Berthier""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "",
        "is my data stored in the EU or the US? asking for my thesis on edtech privacy",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "",
        "slt c'est quoi le delai pr que vous repondiez a une demande rgpd en general ?",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Breach notification",
        "Hi, I read on a forum that another online-training company had a data leak. If something like that happened at Studi, would I be told, and how quickly? Thanks, Harriet",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Cookies",
        "Bonjour, combien de temps restent vos cookies de mesure d'audience sur mon ordinateur ? Et qui y a accès ? Merci. Roselyne",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "",
        "who is ur DPO and what's the postal address, need it for a uni assignment comparing privacy policies",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "",
        "laissez tomber ma demande de suppression, je reprends la formation en janvier finalement 👍",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Withdrawing my objection",
        "Hello, last week I objected to my progress reports being shared with my manager. We've talked and I'm fine with it now, so please disregard my objection and carry on as before. Thanks, Owen Pritchard",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "Annulation",
        "Bonjour, j'avais demandé une copie de mes données la semaine dernière (réf. DSR-2026-004471). Je n'en ai finalement plus besoin, vous pouvez clore la demande. Bonne journée. Marion Lefebvre",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        "jai changé mon mdp mais la plateforme me dit toujours identifiants incorrects 😤",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Invoice request",
        "Hi, can you send me a PDF invoice for my COMNICIA course for my tax return? Order no. 2026-COM-55821. Thanks, Jasmine",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Attestation France Travail",
        "Bonjour, j'ai besoin d'une attestation d'inscription pour France Travail avant vendredi. Pouvez-vous me l'envoyer ? Kevin Ramos, ECOLEMS",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "",
        "exam date for the DCG UE6? can't find it on the platform",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Certificat",
        "Bonsoir, j'ai validé ma certification TOSA en octobre et je n'ai toujours pas reçu le certificat. Est-ce normal ? Merci, Adèle",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "",
        "my tutor hasnt marked my assignment in 3 weeks. who do i contact??",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Remboursement",
        "Bonjour, je me suis rétractée dans les 14 jours (courrier du 10 novembre) et je n'ai toujours pas été remboursée des 290 €. Merci de faire le nécessaire. Eva Santini",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        "est ce que je peux changer de formation en cours d'année sans repayer ?",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Is this email from you?",
        "I got an email saying 'your Studi data has been exposed, click here to check'. It looks fake to me, the sender is studi-alerts@secure-check.co. Is it from you? I haven't clicked. — Ravi",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Mail bizarre",
        "Bonjour, je reçois des SMS me demandant de payer 1,99 € pour « débloquer mon diplôme COMPTALIA ». C'est une arnaque ? Je n'ai rien payé. Louise",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "⚠️ Votre compte Studi sera suspendu",
        "Cher(e) apprenant(e), suite à une activité inhabituelle, votre compte sera suspendu sous 24h. Veuillez confirmer vos identifiants et votre carte bancaire via le lien suivant : https://studi-verification-compte.info/login. Service Sécurité Studi",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Partnership opportunity",
        "Hi there, we help education brands rank #1 on Google. Our SEO packages start at $299/month. Can I book 15 minutes with your marketing lead this week? Best, Kyle | RankRocket Agency",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Undelivered Mail Returned to Sender",
        "This is the mail system at host mx2.laposte.net.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<f.garnier.1987@laposte.net>: host smtp-in.laposte.net said: 550 5.1.1 mailbox unavailable",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Réponse automatique : Votre demande DSR-2026-004512",
        "Bonjour, je suis en congé maternité jusqu'au 2 mars 2027. Vos messages ne seront pas transférés. Pour toute urgence, contactez l'accueil au 04 67 00 00 00. Cordialement, Julie Marchetti",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Automatic reply: Re: your request",
        "Thank you for your email. I am out of the office with limited access to email until 8 December. I will respond on my return.",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Absence",
        "Je suis absent du bureau jusqu'au lundi 7 décembre inclus. En cas d'urgence merci de contacter mon collègue Thierry au 06 00 00 00 00.",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Re: Confirmation de votre désinscription",
        """Merci beaucoup, c'est parfait. Bonne fin de journée !

Le 27/11/2026 à 16:02, Délégué à la protection des données <dpo@studi.fr> a écrit :
> Bonjour Madame Chevalier,
> Conformément à votre demande d'opposition à la prospection, votre adresse a été retirée de nos listes de diffusion (courriel et SMS).
> Nous vous rappelons que vous pouvez également vous inscrire sur la liste Bloctel.
> Cordialement,
> Le DPO du Groupe Studi""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Re: Your access request DSR-2026-004377",
        """Got it, thanks. The file opened fine.

On Mon, 23 Nov 2026 at 10:41, DPO Studi <dpo@studi.fr> wrote:
> Dear Mr Abiodun,
> Please find enclosed the copy of your personal data requested under Article 15 GDPR, together with the information on purposes, recipients and retention periods.
> If you would also like us to erase your data, simply reply to this email.
> Kind regards,
> Studi DPO team""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Tr: Les offres de Noël COMPTALIA 🎄",
        """C'est pour ça que je me suis inscrite ? 😂 Bon je garde, ça m'intéresse en fait. Vous faites des facilités de paiement sur le BTS CG ?

---------- Message transféré ----------
De : COMPTALIA <newsletter@comptalia.com>
Objet : Les offres de Noël COMPTALIA 🎄
-30 % sur toutes nos formations jusqu'au 24 décembre !
Pour ne plus recevoir nos communications, cliquez ici.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "",
        "I changed my surname after marriage and I've already updated it myself in my profile settings. Will the diploma pick up the new name automatically or is it printed from what was there at enrolment? just curious",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Mes données",
        "Bonjour, je n'arrive pas à télécharger mes cours en PDF pour les lire hors ligne, le bouton ne marche plus depuis la mise à jour. Merci. Sarah",
        W,
    ),
    ("en", X, S, None, "", "hello?", W),
    (
        "fr",
        X,
        S,
        None,
        "",
        "Bonjour, mon employeur me demande une attestation de suivi avec mes heures de connexion pour le financement OPCO, vous pouvez la lui envoyer directement à rh@transalp.fr ? Merci",
        W,
    ),
    # ---- several rights at once, some as replies above a quoted mail ----
    (
        "fr",
        EM,
        S,
        None,
        "",
        "je garde mon compte pr finir le bts mais supprimez mon ancien CV et les notes d'appel du conseiller. et plus de sms promo svp merci",
        W,
    ),
    (
        "en",
        EM,
        S,
        None,
        "Re: [DSR-2026-004388] Acknowledgement of your request",
        """Thanks for the acknowledgement. One more thing, since I've realised it's how your advisers keep finding me: please delete my mobile number from your records altogether, I don't want it on file. And stop the marketing emails as well.

Leah Rosenthal

> On 26 Nov 2026, at 14:05, Studi DPO <dpo@studi.fr> wrote:
> Dear Ms Rosenthal,
> We have received your request for a copy of your personal data (reference DSR-2026-004388). We will answer by 26 December 2026 at the latest.
> The DPO team""",
        W,
    ),
    (
        "fr",
        EM,
        S,
        None,
        "",
        "effacez mon ancienne adresse postale de vos fichiers (jy habite plus) et plus de catalogues papier non plus svp",
        W,
    ),
    (
        "en",
        CM,
        S,
        None,
        "Newsletter and calls",
        "I withdraw my consent to your newsletters and offers — I ticked the box when I enrolled and I regret it. Also please stop phoning me. Regards, Marcus Feld",
        W,
    ),
    (
        "fr",
        CM,
        S,
        None,
        "Retrait de consentement — prospection",
        """Madame, Monsieur,

J'ai donné en 2024, lors de ma demande de documentation ECOLEMS, mon consentement à recevoir des offres commerciales par courriel et SMS.

Je le retire par la présente, conformément à l'article 7.3 du RGPD, et je m'oppose en outre à toute prospection par téléphone et par courrier postal (article 21.2). Je vous rappelle qu'aux termes de l'article 7.3, il doit être aussi simple de retirer son consentement que de le donner.

Merci de me confirmer la prise en compte sur l'ensemble de vos marques.

Danielle Morvan""",
        W,
    ),
    (
        "en",
        AP,
        S,
        None,
        "",
        "pls send me a copy of all my data AND an export in json i can give to my new school. thx 🙏",
        W,
    ),
    (
        "en",
        AP,
        S,
        None,
        "Articles 15 and 20 GDPR",
        """Dear Data Protection Officer,

I am a learner on the DIGITAL CAMPUS LIVE web development course (ref. DCL-48817) and I make two requests.

Under Article 15, please provide confirmation of whether you process my data, a copy of it, and the information set out in Article 15(1).

Under Article 20, please also provide the data I have provided to you — including my submitted projects, Git repository links, quiz answers and peer-review comments — in a structured, commonly used, machine-readable format so that I can reuse them with another provider.

I am keeping my account open.

Best regards,
Tomás Ferreira""",
        W,
    ),
    (
        "fr",
        RRS,
        S,
        None,
        "Note erronée",
        "Bonjour, ma note de l'UE 4 est enregistrée à 6/20 alors que j'ai eu 16/20 (copie corrigée jointe). Merci de corriger, et de ne pas utiliser cette note (ni pour mon livret ni pour le jury) tant que la correction n'est pas faite. Hugo Delattre, CPT-301642",
        W,
    ),
    (
        "en",
        RRS,
        S,
        None,
        "Re: Your adviser's note",
        """I've now seen the note you sent me, and it's wrong: I never said I was "unemployed and without funding". I'm employed and my employer is paying. Please correct it. Until it's corrected, please don't use that note for anything — I know it's been passed to the finance team.

Kelechi Obi

> From: DPO Studi <dpo@studi.fr>
> Sent: 25 November 2026 11:20
> Subject: Your adviser's note
> Dear Mr Obi, as requested, please find below the note recorded after your call of 9 October 2026: "Prospect unemployed and without funding, call back in January."
> Kind regards""",
        W,
    ),
    (
        "en",
        OE,
        S,
        None,
        "",
        "I object to being profiled for your targeted ads, and I want the profile you built on me deleted. I'm keeping my account for the course.",
        W,
    ),
    (
        "fr",
        OE,
        S,
        None,
        "Opposition et effacement — « score d'engagement »",
        """Madame, Monsieur le DPO,

J'ai découvert sur mon tableau de bord ECOLEMS un « score d'engagement » calculé à partir de mes horaires de connexion, et j'ai compris par mon tuteur qu'il sert à cibler les apprenants « à risque ».

En raison de ma situation particulière (travail de nuit à l'hôpital, connexions nécessairement irrégulières), je m'oppose à ce traitement sur le fondement de l'article 21.1 du RGPD. Je vous demande en outre d'effacer les scores et l'historique de calcul déjà constitués à mon sujet (article 17.1.c), sans toucher au reste de mon dossier de formation.

Je vous remercie de me répondre dans le délai d'un mois.

Mélanie Grosjean""",
        W,
    ),
    (
        "en",
        CE,
        S,
        None,
        "Webinar recordings",
        "Hi, I agreed to have the live sessions I took part in recorded, but I withdraw that consent and want the existing recordings where I appear (camera on) deleted. Sessions of 3, 10 and 17 November, ELEPHORM Photoshop masterclass. Thanks, Nadia Petrov",
        W,
    ),
    (
        "en",
        CRS_,
        S,
        None,
        "Recordings of my virtual classes",
        """Dear DPO,

I withdraw my consent to the recording of the virtual classes in which I speak (COMNICIA community management course, October–November 2026).

Please do not delete the existing recordings yet: I am in a dispute with a fellow learner who harassed me during two of those sessions and I may need them as evidence. Keep them, but do not use or share them in any way until I tell you the matter is closed.

Regards,
Amelia Grant-Hughes""",
        W,
    ),
    (
        "fr",
        PE,
        S,
        None,
        "",
        "exportez mes donnees en csv ou json stp puis supprimez mon compte, merci 🙂",
        W,
    ),
    (
        "en",
        AR,
        S,
        None,
        "",
        "what info do u have on me? and btw my address is wrong, its 9 Mill Lane, Bath BA2 4JX now",
        W,
    ),
    (
        "en",
        AM,
        S,
        None,
        "Data + calls",
        "Please send me a copy of the personal data you hold about me, including call recordings if any. And stop calling me with offers — three calls this week. Regards, Hamza Qureshi",
        W,
    ),
    (
        "en",
        APE,
        S,
        None,
        "Access, portability and erasure – closing my relationship with Studi",
        """To the Data Protection Officer, Studi Group

I am ending my relationship with your group and I make the following requests, in this order:

1. Article 15 GDPR – a copy of all personal data you hold about me, with the information required by Article 15(1), including any third countries to which my data have been transferred and the safeguards relied on.
2. Article 20 GDPR – the data I provided (profile, assignments, portfolio files, results) in a machine-readable format.
3. Article 17 GDPR – once I have confirmed receipt of both, the erasure of all my personal data, save what you must keep by law; for anything kept, tell me the legal basis and the date of deletion.

My learner number is ECM-29318 and my registered email is k.yamamoto.pro@gmail.com. Please reply within the month set by Article 12(3).

Kenji Yamamoto""",
        W,
    ),
    (
        "fr",
        AEM,
        S,
        None,
        "Mes données",
        "Bonjour, je veux une copie de toutes mes données, puis leur suppression complète. Et dès aujourd'hui, sans attendre la suite, arrêtez les appels commerciaux au 06 33 90 14 27 s'il vous plaît. Cordialement, Romain Tessier",
        W,
    ),
    (
        "en",
        AC,
        S,
        None,
        "Cookies and data",
        "Hello, I'd like a copy of the data you hold about me, and I withdraw my consent to the personalisation cookies on your sites — please stop personalising offers based on my browsing. Thanks, Elif Demir",
        W,
    ),
    (
        "fr",
        AE,
        S,
        None,
        "Re: Re: votre demande",
        "Oui je confirme : d'abord la copie de mes données, ensuite vous supprimez tout.\n\nLe 20 nov. 2026 à 09:30, dpo@studi.fr a écrit :\n> Bonjour, pouvez-vous nous confirmer que vous souhaitez une copie de vos données avant leur suppression, ou seulement la suppression ?\n> Cordialement, l'équipe DPO",
        W,
    ),
    (
        "fr",
        RE_,
        S,
        None,
        "",
        "corrigez mon prénom svp c Maëlys avec un tréma et supprimez la vieille photo de profil de mon ancien compte elephorm",
        W,
    ),
    (
        "en",
        ARE_,
        S,
        None,
        "GDPR requests – Articles 15, 16 and 17",
        """Dear Sir or Madam,

I write in respect of my COMPTALIA learner file (ref. CPT-415530).

(i) Under Article 15, please send me a copy of my personal data.
(ii) Under Article 16, please correct my date of birth, which is recorded as 12/07/1989 instead of 07/12/1989, and my nationality, recorded as "British" instead of "Irish".
(iii) Under Article 17, please delete the copy of my passport that I uploaded in 2024 for an exam registration; it is no longer needed and I was never told how long you would keep it.

I look forward to hearing from you within one month.

Yours faithfully,
Siobhán Kearney""",
        W,
    ),
    # ---- directives after death, and one more heir ----
    (
        "en",
        PM,
        S,
        None,
        "My wishes for my data after I die",
        "Hello, I'm 68 and tidying up my affairs. If I die, I'd like my ELEPHORM account and everything in it deleted, and my son James Coulter (j.coulter@btinternet.com) to be the person who sees that it's done. Please record this. Regards, Margaret Coulter",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "",
        "bonjour je suis la fille de M. René Dufresne decede le 3 novembre, il etait inscrit chez vous en comptabilite. on veut que son compte soit ferme et que vous arretiez de lui ecrire. je peux envoyer l'acte de deces",
        W,
    ),
    # ---- more of both extremes: chat lines, dictation, letters, replies on top ----
    (
        "fr",
        A,
        S,
        None,
        "",
        "coucou vous avez quoi comme infos sur moi exactement ? jvoudrais voir mon dossier complet stp",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Relance demande d'accès",
        "Bonjour, je vous ai demandé le 2 novembre une copie de mes données personnelles (compte ECOLEMS, amandine.roux.pro@gmail.com). Toujours rien reçu. Merci de me l'envoyer rapidement. Amandine Roux",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "",
        "bonjour je souhaiterais recevoir la copie de toutes les informations que vous avez sur moi point d'interrogation non pardon point je suis Marc Antoine Boyer inscrit en 2024",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Droit d'accès — enregistrements des appels",
        """Madame, Monsieur,

Le 15 octobre 2026, une conseillère COMNICIA m'a appelé et m'a indiqué que « l'appel était enregistré à des fins de qualité ». Au cours de cet appel, j'ai été poussé à accepter un financement que je conteste aujourd'hui.

Au titre de l'article 15 du RGPD, je demande la communication de l'enregistrement de cet appel et de tous ceux me concernant, des notes saisies dans votre outil de gestion de la relation client et de l'origine de mes coordonnées (article 15.1.g), que je n'ai jamais communiquées à votre groupe.

Je vous rappelle votre obligation de répondre dans le mois et, en cas de refus, de m'indiquer la possibilité d'introduire une réclamation auprès de la CNIL.

Alexandre Nicolaï
3 impasse des Vignes, 30900 Nîmes""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "",
        "SAR pls. all my data incl adviser notes. acc: liam.d.walsh@gmail.com",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Where did you get my number?",
        "Hi, someone from COMNICIA phoned me today although I've never contacted you. I want to know what data you hold on me and where you got my phone number from. Ruth Adebayo",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Re: [DSR-2026-004290] Your request has been closed",
        """You've closed this as done but I never received anything — no file, no link, nothing in my spam folder either. I'm still asking for a copy of my personal data. Please send it.

Ben Carrick

> On 28 Nov 2026, at 08:55, Studi DPO <dpo@studi.fr> wrote:
> Dear Mr Carrick,
> Your access request has been completed and the file has been sent to your registered address. This request is now closed.""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Art. 15",
        "Per Art. 15 GDPR I request access to my personal data and the info in 15(1)(a)-(h). ELP-77412. One month. Thanks.",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "",
        "can i see the report my tutor wrote about me? and anything else in my file",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "",
        "SUPPRIMEZ MON COMPTE !!!! ça fait 3 fois que je demande",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "",
        "bjr je voudrai que vous suprimier tout mes donné perso de chez vous merci",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Droit à l'effacement",
        """Madame, Monsieur,

Je vous demande, conformément à l'article 17 du RGPD et à l'article 51 de la loi Informatique et Libertés, d'effacer dans les meilleurs délais l'ensemble des données me concernant détenues par le Groupe Studi, toutes marques confondues.

J'ai suivi en 2021 une formation DIGITAL CAMPUS LIVE que j'ai achevée. Si vous estimez devoir conserver l'historique de mon examen de certification pendant la durée indiquée dans votre politique, je vous remercie de me le préciser, ainsi que la date à laquelle il sera lui-même supprimé.

Salutations distinguées,
Isabelle Fontaine-Roux""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Re: Votre désinscription",
        "Ce n'est pas ce que j'ai demandé. Je ne veux pas seulement ne plus recevoir vos mails : je veux que mon compte et toutes mes données soient supprimés.\n\n> Le 25/11/2026, dpo@studi.fr a écrit :\n> Bonjour, nous vous confirmons votre désinscription de notre newsletter.",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "effacement",
        "merci d'effacer mes données, formation terminée en 2022, je ne veux plus rien avoir chez vous. Cyril Marchand",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "",
        "hey can u remove my account + all my info from comptalia, not using it anymore",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Right to be forgotten",
        "I'd like to exercise my right to be forgotten. Please delete my account and all associated data. I completed my course in 2023 and have no further need for it. Learner ID DCL-10487. Yours, Hannah Oduya",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "",
        "Hello, this is Grace, I would like you to delete all my data full stop my email is grace dot Ellison at Yahoo dot com full stop thank you",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "RE: erasure – still waiting",
        "I asked on 1 October for my data to be deleted. It's now December and I'm still getting course reminders. Please delete everything as I asked. Niamh Gallagher",
        W,
    ),
    (
        "en",
        E,
        T,
        None,
        "My girlfriend's account",
        "Hi, my girlfriend Clara Mendes had an ELEPHORM account she doesn't use. She's asked me to get it deleted with her data since I'm the one who set it up for her. Email clara.mendes.92@gmail.com. Thanks, Pedro",
        W,
    ),
    ("fr", M, S, None, "", "stop pub", W),
    (
        "fr",
        M,
        S,
        None,
        "Démarchage",
        "Bonjour, votre société m'appelle sans arrêt au 06 72 44 19 86 pour des formations. Je ne veux plus être démarché, ni par téléphone ni par SMS. Merci. M. Lefranc",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "",
        "je veux plus recevoir vos emails commerciaux virgule je me suis désabonné deux fois avec le lien et ça marche pas point",
        W,
    ),
    (
        "fr",
        M,
        T,
        None,
        "",
        "bonjour je vous écris pour ma mère (74 ans) qui reçoit vos catalogues papier et des appels. merci d'arrêter, elle s'appelle Huguette Blanc, 5 rue du Moulin 24100 Bergerac",
        W,
    ),
    ("en", M, S, None, "", "unsubscribe 🙄", W),
    (
        "en",
        M,
        S,
        None,
        "Please remove me from your mailing list",
        "I keep receiving ECOLEMS promotional emails. Please remove me from your mailing list. Regards, Sandra Liu",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Marketing calls",
        "Dear Sir/Madam, I object under Article 21(2) GDPR to my data being used for direct marketing. Please stop calling 07911 123 456 and confirm that my number has been added to your suppression list. Note that I am also registered with Bloctel. Andrew Fielding",
        W,
    ),
    ("en", M, S, None, "", "no more sms ads pls", W),
    (
        "fr",
        R,
        S,
        None,
        "Changement de nom",
        "Bonjour, suite à mon mariage je m'appelle désormais Laura Pelletier-Gomez. Pouvez-vous mettre à jour mon nom dans mon dossier et sur mes attestations ? Acte de mariage joint. Merci",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "",
        "mon email a changé c maintenant yohan.brun@proton.me, l'ancien est fermé. merci de corriger",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Demande de rectification",
        """Madame, Monsieur,

En application de l'article 16 du RGPD, je vous prie de rectifier mon dossier COMPTALIA : mon numéro de sécurité sociale y est incomplet (il manque la clé), ce qui bloque la prise en charge par mon OPCO, et mon adresse postale est celle que j'ai quittée en 2024. Ma nouvelle adresse : 61 avenue Jean Jaurès, 13100 Aix-en-Provence.

Je vous remercie de me confirmer ces corrections.

Fabienne Ortiz""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "",
        "bjr mon numero de tel est faux sur mon compte: 06 18 52 73 40 svp",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Incorrect gender on my record",
        "Hi, my learner record lists me as 'Mrs'. I'm non-binary and I'd like the title changed to Mx, or removed. Thanks, Robin Sato",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "",
        "my surname is spelt Nguyen not Nyugen on the certificate, can u fix",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Outdated job title",
        "Your records still list me as 'student' but I'm now a qualified accountant — please update my profile to 'Accountant, Halden & Co'. It's what your advisers see and they keep pitching me entry-level courses. Regards, Femi Bakare",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "",
        "je m'oppose à ce que vous transmettiez mes résultats à mon entreprise, j'ai un litige prud'homal avec eux en ce moment",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Opposition",
        "Bonjour, je m'oppose à l'utilisation de mes données de navigation pour « améliorer vos services ». Je suis journaliste et je ne souhaite pas que mes recherches soient analysées. Merci. Claire Moulin",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Profilage",
        "Madame, Monsieur, vos conseillers m'ont classée « prospect froid / faible solvabilité » d'après mon code postal. Vu ma situation (je vis en foyer après une séparation), je m'oppose à ce profilage, que je trouve humiliant. Corinne Marty",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Objection – learning analytics",
        "I object to my data being used in your learning analytics. I have a chronic illness and my irregular study pattern is flagged as 'at risk', which has led to pressure from tutors. Please stop processing my data for that purpose. Lena Fischer",
        W,
    ),
    (
        "en",
        O,
        T,
        None,
        "On behalf of my husband",
        "My husband is a police officer and for safety reasons doesn't want his name and photo in your public 'graduates' wall on the DIGITAL CAMPUS LIVE site, which you run on the basis of legitimate interest. He asked me to write. His name is Mark Doyle. — Susan Doyle",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "",
        "i object to u sharing my data with the analytics companies, my reasons: im a domestic abuse survivor and want minimum tracking",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "",
        "svp ne faites plus rien avec mes donnees tant que vous avez pas verifie cette histoire de double compte",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Limitation",
        "Madame, Monsieur, je conteste l'exactitude du relevé d'heures de connexion que vous avez transmis à mon financeur (il m'attribue 12 h au lieu de 86 h). Conformément à l'article 18.1.a du RGPD, je demande la limitation du traitement de ces données pendant votre vérification. Benoît Carré",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Hold my data",
        "Please keep my data but stop using it while my complaint about the adviser is investigated. I don't want it deleted, I'll need it. Jonas Berg",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "",
        "dont delete my stuff but freeze it pls, i'm disputing the account closure with your support team",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Consentement",
        "Bonjour, je retire le consentement que j'ai donné pour que mes coordonnées soient transmises aux écoles partenaires. Merci d'en tenir compte. Léa Vidal",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "",
        "I withdraw my consent for you to use my testimonial quote on the ECOLEMS website. Thanks, Priscilla Owusu",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Cookie consent",
        "I accepted all cookies on your site by mistake and can't find the settings to change it. Please record that I withdraw my consent to the advertising and personalisation cookies. Regards, Tom",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Portabilité",
        "Bonjour, je souhaite exercer mon droit à la portabilité : merci de me fournir mes données (notes, devoirs, attestations) en format CSV ou JSON. Je change d'organisme. Maxime Girard, ECM-52260",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "",
        "can u export my data (grades, projects) in a format i can upload elsewhere? portability right",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Data portability – Article 20",
        "Dear DPO, under Article 20 GDPR please send me, in a structured, commonly used and machine-readable format, the personal data I have provided to ELEPHORM, including my course progress and saved notes. Where technically feasible, transmit them directly to the data controller at privacy@learnwell.example. Regards, Oskar Nilsson",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "",
        "Hi, I'm switching to another platform, could you send my course history and certificates as a JSON file? I still want to keep my account open. Cheers, Aditi",
        W,
    ),
]
