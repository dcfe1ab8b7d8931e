"""Fifth held-out batch: the test split of the corpus, with who is asking.

Written in one separate pass, after the earlier batches and before the classifier was run on it,
in registers the other files do not use: SMS without accents, long formal letters citing
articles, angry complaints mixing several requests, forwarded mails with their quoted history,
English from non-native writers, French and English mixed in one message. Shapes marked
``public ...`` follow a kind of public text (request-letter models, account-deletion requests
in issue trackers), paraphrased; every name, address and number is invented.

Each entry: ``(language, labels, requester, intent, subject, text, origin)``. ``requester`` is
who is asking (``self``, ``parent``, ``heir_or_trusted_person``, ``lawyer_or_representative``,
``other_third_party``); ``intent`` is ``None``, ``"cancel"`` (the person withdraws a request) or
``"question_only"`` (a question about the policy, no request), both filed as ``other``.
"""

# ruff: noqa: E501, F403, F405  (one message a line: a data file read by people)
from __future__ import annotations

from shorthands import *  # the shorthands every batch shares

AE = ("access", "erasure")
ME = ("erasure", "marketing_objection")
MP_E = ("erasure", "minor_parental")
MP_A = ("access", "minor_parental")


CNIL_ACCESS = "public CNIL model letter, right of access"
CNIL_ERASE = "public CNIL model letter, right to erasure"
CNIL_OPPOSE = "public CNIL model letter, objection to prospection"
CNIL_RECTIFY = "public CNIL model letter, rectification"
ICO_SAR = "public ICO subject access request template"
ICO_ERASE = "public ICO right to erasure template"
ISSUE = "public issue-tracker account deletion request"
FORUM = "public support-forum post asking to close an account"
NOTARY = "public notary's letter about a succession"
CONSUMER = "public consumer-association complaint letter"

# fmt: off
SMS: list[Entry] = [
    ("fr", E, S, None, "", "slt vs pouvez effacer mon compte svp jen ai plus besoin", W),
    ("fr", E, S, None, "", "bjr jveux plus etre inscrit chez vs, virez tout ce que vs avez sur moi", W),
    ("fr", A, S, None, "", "coucou c possible davoir ce que vs avez comme infos sur moi ?? merci", W),
    ("fr", M, S, None, "", "arretez les sms pub svp ca fait 3 fois cette semaine", W),
    ("fr", M, S, None, "", "stop pub", W),
    ("fr", R, S, None, "", "mon nom est mal ecrit sur lattestation cest Mathys pas Mathis", W),
    ("fr", R, S, None, "", "jai demenagé nouvelle adresse 7 impasse des Saules 44300 nantes, changez svp", W),
    ("fr", P, S, None, "", "vs pouvez menvoyer mes resultats et mon historique en fichier csv pr que je les mette ailleurs", W),
    ("fr", X, S, None, "", "jarrive pas a me connecter depuis hier aidez moi", W),
    ("fr", X, S, None, "", "c quand le prochain examen blanc ?", W),
    ("fr", C, S, None, "", "je retire mon accord pr les photos de la remise des diplomes", W),
    ("fr", M, S, None, "", "vs mappelez tt le temps pr vendre des formations, laissez moi tranquille", W),
    ("fr", E, S, None, "", "svp suprimez mon conte et mes donees personnels", W),
    ("fr", A, S, None, "", "jvoudrais savoir quelles donnees vs gardez sur moi et a qui vs les donnez", W),
    ("fr", X, S, "question_only", "", "vs gardez les donnees cmb de temps apres la fin de la formation ?", W),
    ("fr", O, S, None, "", "jveux pas que mon employeur voie mes notes, vs avez pas le droit de lui envoyer", W),
    ("fr", RS, S, None, "", "touchez pas a mes donnees tant que mon litige est pas reglé, bloquez tout en attendant", W),
    ("fr", E, S, None, "Suppression", "bonjour je souhaiterai que mon compte soit suprimer definitivement merci", W),
    ("fr", M, S, None, "", "desinscrivez moi de votre newsletter je la lis jamais", W),
    ("fr", X, S, "cancel", "", "cest bon oubliez ma demande de tout a lheure je garde mon compte finalement", W),
    ("fr", X, S, None, "", "merci pr la reponse rapide !", W),
    ("fr", AE, S, None, "", "envoyez moi dabord une copie de mes infos et apres vous effacez tout", W),
    ("en", E, S, None, "", "pls delete my acc i dont use it anymore thx", W),
    ("en", M, S, None, "", "stop txting me promos!!!", W),
    ("en", A, S, None, "", "hi what info u got on me? send it pls", W),
    ("en", X, S, None, "", "hey when does module 4 open", W),
    ("en", R, S, None, "", "my email changed its now sam.quellec@example.net pls update", W),
    ("en", C, S, None, "", "i take back my consent for the survey thing", W),
    ("en", P, S, None, "", "can u export all my course data as json? moving to another school", W),
    ("en", X, S, "question_only", "", "do u guys sell data to advertisers? just asking", W),
    ("en", E, S, None, "", "rm my account + everything linked to it ty", W),
    ("en", M, S, None, "", "no more calls pls, ur sales team rang me 4 times", W),
    ("fr", O, S, None, "", "je refuse le profilage de mon parcours pr des stats, merci darreter", W),
    ("fr", X, S, "cancel", "", "annulez ma demande dacces svp jai retrouvé le document", W),
    ("en", X, S, "cancel", "", "pls ignore my delete request from this morning, changed my mind, keep the account", W),
    ("fr", A, S, None, "", "qui vs a donne mon numero de tel ???", W),
    ("fr", M, S, None, "", "plus de mails commerciaux merci", W),
    ("fr", E, S, None, "", "effacez moi de vos fichiers svp", W),
    ("en", O, S, None, "", "dont want my results on the public leaderboard, take them off and stop using them for rankings", W),
    ("fr", X, S, None, "", "mon cpf marche pas pour payer la formation ??", W),
    ("fr", R, S, None, "", "erreur sur ma date de naissance cest le 12/04/1999 pas le 21/04", W),
    ("en", RS, S, None, "", "pls dont delete anything but stop using my data until u check it, its wrong", W),
    ("fr", X, S, "question_only", "", "ou sont stockees mes donnees ? en france ou aux usa ?", W),
    ("en", X, S, None, "", "got the certificate thx a lot", W),
    ("fr", E, S, None, "", "Supression compte", W),
    ("en", M, S, None, "unsubscribe", "", W),
    ("fr", C, S, None, "", "je ne consens plus a lutilisation de ma photo sur votre site", W),
    ("en", A, S, None, "", "where did u get my number from? who gave it to u", W),
]

FORMAL: list[Entry] = [
    (
        "fr", A, S, None, "Demande d'accès — article 15 du RGPD",
        "Madame, Monsieur,\n\nEn application de l'article 15 du règlement (UE) 2016/679, je vous "
        "serais obligée de bien vouloir me faire parvenir l'ensemble des données à caractère "
        "personnel me concernant que votre organisme traite, ainsi que les finalités de ces "
        "traitements, les destinataires, la durée de conservation envisagée et l'origine des "
        "données lorsqu'elles n'ont pas été collectées auprès de moi.\n\nJe vous rappelle que "
        "vous disposez d'un délai d'un mois à compter de la réception de ce courrier pour me "
        "répondre.\n\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
        "distinguées.\n\nOdile Fréchard\n3 chemin des Vergnes\n63170 Aubière",
        CNIL_ACCESS,
    ),
    (
        "fr", E, S, None, "Exercice du droit à l'effacement",
        "Madame, Monsieur,\n\nConformément aux dispositions de l'article 17 du RGPD, je vous "
        "demande de procéder à l'effacement des données personnelles me concernant figurant "
        "dans vos traitements, dès lors qu'elles ne sont plus nécessaires au regard des "
        "finalités pour lesquelles elles ont été collectées, ma formation étant achevée depuis "
        "plus de deux ans.\n\nJe vous saurais gré de me confirmer cet effacement par écrit et "
        "de le notifier, le cas échéant, aux destinataires auxquels ces données ont été "
        "communiquées (article 19).\n\nVeuillez agréer, Madame, Monsieur, mes salutations "
        "distinguées.\n\nBenoît Laccourreye",
        CNIL_ERASE,
    ),
    (
        "fr", M, S, None, "Opposition à la prospection commerciale",
        "Madame, Monsieur,\n\nJe reçois régulièrement de votre part des courriers électroniques "
        "et des appels me proposant de nouvelles formations. Sur le fondement de l'article 21.2 "
        "du RGPD, je m'oppose à ce que mes données soient utilisées à des fins de prospection, "
        "quel que soit le canal.\n\nJe vous demande en conséquence de supprimer mes coordonnées "
        "de vos fichiers de prospection et de me confirmer la prise en compte de ma demande.\n\n"
        "Avec mes salutations,\nGhislaine Poirot-Vidal",
        CNIL_OPPOSE,
    ),
    (
        "fr", R, S, None, "Demande de rectification",
        "Madame, Monsieur,\n\nAu titre de l'article 16 du RGPD, je vous prie de rectifier les "
        "informations inexactes me concernant : mon nom d'usage figure dans votre espace "
        "apprenant sous la forme « Lemarquis » alors qu'il s'agit de « Le Marquis », en deux "
        "mots. Cette erreur a été reportée sur mon attestation de fin de formation.\n\nJe vous "
        "remercie de m'adresser une attestation corrigée.\n\nRespectueusement,\nYann Le Marquis",
        CNIL_RECTIFY,
    ),
    (
        "fr", RS, S, None, "Demande de limitation du traitement",
        "Madame, Monsieur,\n\nJe conteste l'exactitude des résultats d'évaluation enregistrés à "
        "mon nom pour le module de comptabilité analytique. Dans l'attente de la vérification "
        "que je vous demande, et en application de l'article 18, paragraphe 1, point a) du RGPD, "
        "je vous demande de limiter le traitement de ces données : elles ne doivent être ni "
        "utilisées, ni transmises au financeur de ma formation jusqu'à la fin de votre "
        "vérification.\n\nDans cette attente, veuillez agréer mes salutations.\nLaurence Tisserand",
        W,
    ),
    (
        "fr", P, S, None, "Droit à la portabilité (art. 20)",
        "Madame, Monsieur,\n\nJe souhaite exercer le droit à la portabilité prévu par l'article "
        "20 du règlement général sur la protection des données. Je vous remercie de me "
        "communiquer, dans un format structuré, couramment utilisé et lisible par machine, les "
        "données que je vous ai fournies (identité, parcours, travaux remis, résultats), afin "
        "que je puisse les transmettre à l'organisme de formation qui m'accueillera à la "
        "rentrée.\n\nSincères salutations,\nAgathe Morvillier",
        W,
    ),
    (
        "fr", O, S, None, "Opposition au traitement — article 21.1",
        "Madame, Monsieur,\n\nJ'ai appris que les réponses que j'ai données au questionnaire de "
        "satisfaction sont analysées pour établir un profil de « risque d'abandon » de chaque "
        "apprenant. Pour des raisons tenant à ma situation particulière, je m'oppose à ce "
        "traitement en vertu de l'article 21, paragraphe 1, du RGPD, et vous demande de cesser "
        "d'y soumettre mes données.\n\nJe vous prie d'agréer, Madame, Monsieur, mes "
        "salutations distinguées.\nThéo Vasseur-Blanc",
        W,
    ),
    (
        "fr", C, S, None, "Retrait de consentement",
        "Madame, Monsieur,\n\nLors de mon inscription, j'avais accepté que ma voix soit "
        "enregistrée pendant les classes virtuelles afin d'alimenter vos supports de cours. "
        "Conformément à l'article 7, paragraphe 3, du RGPD, je retire ce consentement à compter "
        "de ce jour.\n\nCordialement,\nMarion Chassagne",
        W,
    ),
    (
        "fr", AE, S, None, "Accès puis effacement",
        "Madame, Monsieur,\n\nJe vous demande, sur le fondement des articles 15 et 17 du RGPD, "
        "premièrement de me transmettre une copie complète des données me concernant, "
        "deuxièmement, une fois cette copie reçue, de procéder à leur effacement définitif.\n\n"
        "Je vous remercie de respecter le délai d'un mois prévu à l'article 12.3.\n\n"
        "Salutations distinguées,\nFabrice Delorme-Aït",
        CNIL_ACCESS,
    ),
    (
        "en", A, S, None, "Subject access request",
        "Dear Data Protection Officer,\n\nI am writing to make a subject access request under "
        "Article 15 of the UK GDPR and the EU GDPR. Please supply a copy of all personal data "
        "you hold about me, together with the purposes of the processing, the categories of "
        "data concerned, the recipients to whom it has been disclosed, the period for which it "
        "will be stored and the source of any data not collected from me.\n\nTo help you locate "
        "my records, I was enrolled on the bookkeeping diploma from September 2022 under the "
        "learner number LN-58213.\n\nI look forward to your response within one calendar "
        "month.\n\nYours faithfully,\nGwendolyn Pryce",
        ICO_SAR,
    ),
    (
        "en", E, S, None, "Request for erasure under Article 17",
        "Dear Sir or Madam,\n\nI am writing to request that you erase all personal data you "
        "hold about me, as I am entitled to under Article 17 of the General Data Protection "
        "Regulation. I no longer have any relationship with your organisation and the data is "
        "no longer necessary for the purpose for which it was collected.\n\nPlease confirm in "
        "writing once the data has been erased, and inform any third parties with whom it was "
        "shared.\n\nYours sincerely,\nRupert Okonedo",
        ICO_ERASE,
    ),
    (
        "en", R, S, None, "Rectification of inaccurate personal data",
        "Dear Sir or Madam,\n\nUnder Article 16 of the GDPR I ask you to rectify inaccurate "
        "personal data about me. Your records give my date of birth as 3 November 1988; the "
        "correct date is 3 September 1988, as shown on the enclosed identity document. The "
        "wrong date appears on my certificate of completion.\n\nYours faithfully,\nInes "
        "Waldgrave",
        W,
    ),
    (
        "en", RS, S, None, "Restriction of processing",
        "Dear Data Protection Officer,\n\nI have asked you separately to correct the attendance "
        "record for my course, which wrongly shows me absent for six sessions. While you verify "
        "this, I request under Article 18(1)(a) GDPR that you restrict the processing of that "
        "record: please do not use it or share it with my employer until the matter is "
        "resolved.\n\nKind regards,\nTobias Fennimore",
        W,
    ),
    (
        "en", O, S, None, "Objection to processing",
        "Dear Sir or Madam,\n\nI object under Article 21(1) of the GDPR to the processing of my "
        "personal data for the purpose of your 'learner engagement analytics', which you say "
        "relies on your legitimate interests. My circumstances mean I do not want my login "
        "times and activity to be monitored and analysed. Please stop this processing.\n\n"
        "Yours faithfully,\nPriyanka Holloway",
        W,
    ),
    (
        "en", P, S, None, "Data portability request",
        "Dear Sir or Madam,\n\nPursuant to Article 20 GDPR, I request that you provide me with "
        "the personal data I have provided to you in a structured, commonly used and "
        "machine-readable format. Where technically feasible, please transmit it directly to "
        "my new training provider, whose contact details I will supply on request.\n\nYours "
        "sincerely,\nDeclan Ashworth",
        W,
    ),
    (
        "en", M, S, None, "Objection to direct marketing",
        "Dear Sir or Madam,\n\nPlease accept this letter as notice under Article 21(3) of the "
        "GDPR that I object to the processing of my personal data for direct marketing. This "
        "includes emails, text messages, telephone calls and post. Please confirm that my "
        "details have been suppressed.\n\nYours faithfully,\nMorwenna Tait",
        W,
    ),
    (
        "en", C, S, None, "Withdrawal of consent",
        "Dear Sir or Madam,\n\nWhen I registered I consented to my testimonial and photograph "
        "being used on your website. I now withdraw that consent under Article 7(3) GDPR and ask "
        "that the testimonial be taken down.\n\nRegards,\nCallum Brightwater",
        W,
    ),
    (
        "fr", A, S, None, "Rappel — demande d'accès restée sans réponse",
        "Madame, Monsieur,\n\nPar courrier du 4 février, je vous ai demandé communication des "
        "données me concernant (article 15 du RGPD). Le délai d'un mois prévu par l'article 12 "
        "est aujourd'hui expiré sans que j'aie reçu de réponse. Je vous mets en demeure de me "
        "répondre sous huit jours, faute de quoi je saisirai la CNIL.\n\nSalutations,\n"
        "Norbert Quéméner",
        CONSUMER,
    ),
    (
        "en", A, S, None, "Follow-up: overdue subject access request",
        "Dear DPO,\n\nOn 2 March I made a subject access request. More than one month has now "
        "passed and I have received neither the data nor an explanation for the delay. Please "
        "treat this as a final reminder before I lodge a complaint with the supervisory "
        "authority.\n\nRegards,\nHester Malvern",
        ICO_SAR,
    ),
    (
        "fr", E, S, None, "Droit à l'oubli",
        "Madame, Monsieur,\n\nUne recherche sur mon nom fait apparaître la page « Nos lauréats "
        "2019 » de votre site, avec ma photographie et mon ancien employeur. Je vous demande, "
        "au titre du droit à l'effacement, de retirer ces informations de votre site et de vos "
        "bases.\n\nBien à vous,\nÉloïse Carrade",
        W,
    ),
    (
        "fr", X, S, "question_only", "Question sur votre politique de confidentialité",
        "Madame, Monsieur,\n\nAvant de m'inscrire à votre formation, je souhaiterais connaître "
        "la durée pendant laquelle vous conservez les copies des pièces d'identité transmises "
        "lors de l'inscription, ainsi que les catégories de destinataires de ces documents. "
        "Je n'ai pas trouvé cette information dans votre politique.\n\nCordialement,\n"
        "Sévérine Abgrall",
        W,
    ),
    (
        "en", X, S, "question_only", "Question about your privacy notice",
        "Dear Sir or Madam,\n\nYour privacy notice mentions 'selected partners'. Could you tell "
        "me who these partners are in general and on what legal basis learner data is shared "
        "with them? I am not making a request at this stage, I would simply like to understand "
        "the policy before enrolling.\n\nKind regards,\nBartholomew Ince",
        W,
    ),
    (
        "fr", E, S, None, "Demande de suppression de compte",
        "Madame, Monsieur,\n\nPar la présente, je sollicite la clôture de mon espace apprenant "
        "et l'effacement de l'ensemble des données qui y sont rattachées, conformément à "
        "l'article 17 du RGPD. Mon identifiant est apprenant-20871.\n\nJe vous remercie par "
        "avance et vous prie d'agréer mes salutations respectueuses.\nRomane Guilbaud",
        W,
    ),
    (
        "en", AE, S, None, "GDPR request",
        "To the Data Controller,\n\nPlease take this email as a formal request under Articles 15 "
        "and 17 of the GDPR. First, provide me with a copy of all personal data you hold about "
        "me. Second, once you have sent it, delete my data and my learner account.\n\nI expect "
        "a response within the statutory period.\n\nSincerely,\nAlastair Wrenfield",
        ICO_SAR,
    ),
    (
        "fr", M, S, None, "Bloctel",
        "Madame, Monsieur,\n\nMon numéro est inscrit sur la liste d'opposition Bloctel depuis "
        "2021. Vos conseillers m'ont pourtant appelé à trois reprises ce mois-ci pour me "
        "proposer une formation en langues. Je vous demande de cesser immédiatement ces appels "
        "et de retirer mon numéro de vos fichiers d'appel.\n\nSalutations,\nHervé Lannuzel",
        CONSUMER,
    ),
    (
        "fr", O, S, None, "Transmission de mes résultats à mon employeur",
        "Madame, Monsieur,\n\nMa formation est financée par mon entreprise, mais je n'ai jamais "
        "été informé que mes résultats détaillés lui seraient transmis chaque mois. Je m'oppose "
        "à cette transmission sur le fondement de l'article 21 du RGPD ; seule l'attestation de "
        "présence me paraît justifiée.\n\nRespectueusement,\nAnthony Kerbrat",
        W,
    ),
    (
        "en", E, S, None, "Account removal",
        "Hello,\n\nI would like my account and all associated personal information to be "
        "permanently removed from your systems, including backups once they rotate. I "
        "understand that invoices may need to be kept for accounting reasons; please tell me "
        "what you keep and for how long.\n\nThank you,\nLinnea Strand",
        W,
    ),
    (
        "fr", PM, S, None, "Directives relatives à mes données après mon décès",
        "Madame, Monsieur,\n\nEn application de l'article 85 de la loi Informatique et "
        "Libertés, je souhaite vous faire connaître mes directives particulières : après mon "
        "décès, mes données devront être effacées, à l'exception de mes attestations, qui "
        "pourront être communiquées à ma sœur, Clémence Arnoult, que je désigne comme personne "
        "chargée de leur exécution.\n\nCordialement,\nVictor Arnoult",
        W,
    ),
    (
        "en", PM, S, None, "Instructions for my data after death",
        "Dear DPO,\n\nFrench law lets me give directives about what happens to my personal data "
        "after my death. I would like my account to be deleted when I die, and I name my "
        "partner, Jonah Feldt, as the person to carry this out.\n\nRegards,\nMira Oyelaran",
        W,
    ),
]

ANGRY: list[Entry] = [
    (
        "fr", ME, S, None, "C'EST LA TROISIÈME FOIS",
        "Je vous ai déjà dit au téléphone que je ne voulais plus entendre parler de vous. Vos "
        "vendeurs continuent de m'appeler, vos mails arrivent tous les deux jours. MAINTENANT "
        "ÇA SUFFIT : vous arrêtez la prospection ET vous supprimez mon compte et tout ce qui va "
        "avec. Si je reçois encore un seul message je porte plainte.",
        W,
    ),
    (
        "en", ME, S, None, "Enough is enough",
        "I have unsubscribed FOUR times and I still get your 'last chance' offers. Stop emailing "
        "me. And while you're at it, delete my account, I want nothing to do with your company.",
        W,
    ),
    (
        "fr", ("access", "marketing_objection"), S, None, "Inadmissible",
        "Je n'ai jamais été votre client et pourtant vous m'envoyez des SMS pour vos formations. "
        "Je veux savoir immédiatement d'où vous tenez mon numéro et quelles données vous avez "
        "sur moi. Et vous arrêtez les SMS, évidemment.",
        W,
    ),
    (
        "en", ("access", "marketing_objection"), S, None, "Who sold you my number?",
        "Your call centre has rung me every evening this week. I never gave you my number. I "
        "demand to know where you got it and everything you hold on me. Stop calling.",
        W,
    ),
    (
        "fr", ("rectification", "restriction"), S, None, "Erreur grave sur mon dossier",
        "Vous avez indiqué que j'avais abandonné la formation alors que j'ai tout validé ! "
        "Corrigez ça immédiatement. Et tant que ce n'est pas corrigé, vous n'envoyez rien à "
        "Pôle emploi et vous n'utilisez pas ce dossier, je ne veux pas perdre mes droits à "
        "cause de vous.",
        W,
    ),
    (
        "en", ("rectification", "objection"), S, None, "Wrong grade AND shared with my boss??",
        "My grade for unit 5 is wrong, I got 15 not 5, fix it. And who said you could send my "
        "marks to my manager every month? I object to that, stop sharing my results with my "
        "employer.",
        W,
    ),
    (
        "fr", ("erasure", "objection"), S, None, "Vos statistiques",
        "Je viens de découvrir dans votre rapport annuel que mes réponses servent à vos "
        "statistiques de « réussite ». Je refuse que mes données soient utilisées pour vos "
        "statistiques, et puisque c'est comme ça, effacez mon compte.",
        W,
    ),
    (
        "en", ("consent_withdrawal", "erasure"), S, None, "my photo",
        "You put my photo on Instagram without asking properly. Whatever I 'agreed' to in the "
        "form, I withdraw my consent, take the photo down and delete it from your files.",
        W,
    ),
    (
        "fr", ("access", "portability"), S, None, "Je change d'organisme",
        "Franchement votre plateforme est une catastrophe, je pars chez un concurrent. Envoyez "
        "moi mes résultats et mes devoirs dans un fichier que je peux importer ailleurs, et "
        "donnez-moi aussi la liste de tout ce que vous avez enregistré sur moi.",
        W,
    ),
    (
        "fr", M, S, None, "harcèlement",
        "C'est du harcèlement. 6 appels en 2 jours pour me vendre une formation CPF. Retirez "
        "mon numéro de votre liste d'appels, sinon signalement à la CNIL et à Bloctel.",
        W,
    ),
    (
        "en", E, S, None, "DELETE. MY. ACCOUNT.",
        "I have been trying to close my account for weeks through your so-called help centre. "
        "Nobody answers. I want my account and every bit of my data wiped. Today.",
        W,
    ),
    (
        "fr", E, S, None, "Toujours rien !!!",
        "Ça fait un mois que j'ai demandé la suppression de mes données et toujours rien. Vous "
        "vous moquez de qui ? Je veux une confirmation que tout est effacé, pas un robot qui "
        "me répond « nous avons bien reçu votre demande ».",
        W,
    ),
    (
        "en", ("access", "erasure", "marketing_objection"), S, None, "complaint",
        "Three things, and I want all three done. One: tell me exactly what personal data you "
        "have about me. Two: stop sending me marketing emails. Three: after that, delete the "
        "lot.",
        W,
    ),
    (
        "fr", ("access", "erasure", "marketing_objection"), S, None, "Trois demandes",
        "1) Communiquez-moi toutes les données que vous détenez sur moi. 2) Arrêtez de "
        "m'envoyer vos newsletters. 3) Ensuite, supprimez tout. Je ne le répéterai pas.",
        W,
    ),
    (
        "en", O, S, None, "your chatbot",
        "I found out my forum posts are being used to train your AI tutor. Nobody asked me. I "
        "object to my posts being used to train anything, stop it.",
        W,
    ),
    (
        "fr", O, S, None, "Classement public",
        "Je ne supporte pas de voir mon nom dans votre classement des meilleurs apprenants "
        "affiché sur le site. Arrêtez d'afficher mon nom et mes notes, je n'ai rien demandé.",
        W,
    ),
    (
        "en", R, S, None, "get my name right",
        "For the third time: my surname is Ó Briain, with the accent and the space. Your "
        "certificate says OBRIAIN. Correct it and send me a new certificate, it is going to my "
        "employer.",
        W,
    ),
    (
        "fr", RS, S, None, "Ne supprimez rien !",
        "Surtout ne supprimez pas mon dossier, j'en ai besoin pour mon recours aux prud'hommes. "
        "Mais je ne veux plus que vous l'utilisiez pour quoi que ce soit en attendant, gelez-le.",
        W,
    ),
    (
        "en", X, S, None, "refund NOW",
        "Your course was cancelled twice and I paid 1,200 euros. I want my money back this "
        "week or I go to my bank. This is a disgrace.",
        W,
    ),
    (
        "fr", X, S, None, "Scandaleux",
        "Le formateur n'est jamais venu à la session de mardi et personne ne nous a prévenus. "
        "J'exige une explication et une session de remplacement.",
        W,
    ),
    (
        "en", ("marketing_objection", "consent_withdrawal"), S, None, "stop",
        "I did tick the box for 'news and offers' years ago. I withdraw that consent now. No "
        "more newsletters, no more texts.",
        W,
    ),
    (
        "fr", ("marketing_objection", "consent_withdrawal"), S, None, "Consentement",
        "J'avais accepté de recevoir vos offres par SMS à l'inscription. Je retire ce "
        "consentement : plus aucun SMS commercial, merci.",
        W,
    ),
    (
        "en", ("access", "rectification"), S, None, "What have you got and why is it wrong",
        "Your letter was addressed to the wrong address again — 41 Larch Road, I moved two years "
        "ago. Update it to 9 Kestrel Close. And send me a copy of everything you have on me, "
        "clearly your records are a mess.",
        W,
    ),
    (
        "fr", ("access", "rectification"), S, None, "Adresse fausse",
        "Vos courriers partent encore à mon ancienne adresse. Mettez à jour : 18 rue du Moulin "
        "Vert, 37000 Tours. Et je veux une copie de toutes les informations que vous avez sur "
        "moi pour vérifier le reste.",
        W,
    ),
    (
        "en", E, S, None, "remove me from your website",
        "Why is my full name and my company on your 'success stories' page? I never approved "
        "that. Remove it from the site and from wherever else you keep it.",
        W,
    ),
    (
        "fr", M, S, None, "Vos commerciaux",
        "Vos commerciaux me harcèlent au bureau. Je n'achèterai rien. Ne m'appelez plus, ni "
        "au bureau ni sur mon portable.",
        W,
    ),
    (
        "en", O, S, None, "sharing with the funding body",
        "I just learned you pass my login history to the agency that funds my course. They "
        "only need to know if I finished. I don't agree with them getting my activity logs, "
        "stop sending them.",
        W,
    ),
    (
        "fr", X, S, None, "Mot de passe",
        "TROIS fois que je réinitialise mon mot de passe et ça ne marche toujours pas. Votre "
        "site est nul. Débloquez mon accès, j'ai un examen vendredi.",
        W,
    ),
    (
        "en", ("erasure", "objection"), S, None, "tracking",
        "Your app tracks my location during exams? Absolutely not. I object to that tracking "
        "and I want the location data you already collected deleted.",
        W,
    ),
    (
        "fr", ("access", "objection"), S, None, "Analyse de mes données",
        "Vous analysez mes temps de connexion pour prévenir mon employeur quand je décroche ? "
        "Je m'y oppose. Et je veux voir quelles données exactement vous lui avez envoyées.",
        W,
    ),
]

FORWARDED: list[Entry] = [
    (
        "fr", E, S, None, "TR: Votre newsletter de mars",
        "Je ne veux plus rien avoir à faire avec vous : supprimez mon compte.\n\n"
        "---------- Message transféré ---------\nDe : Newsletter <news@formation.example>\n"
        "Date : mar. 4 mars 2025 à 09:12\nObjet : Votre newsletter de mars\nÀ : "
        "<anouk.b@example.org>\n\nDécouvrez nos nouvelles formations ! Pour vous désinscrire, "
        "cliquez ici.",
        W,
    ),
    (
        "en", M, S, None, "Fwd: Last chance: 30% off",
        "This is exactly what I asked you to stop sending.\n\n---------- Forwarded message "
        "---------\nFrom: Offers <offers@training.example>\nDate: Tue, 11 Mar 2025\nSubject: "
        "Last chance: 30% off\n\nDon't miss our spring sale! Unsubscribe | Manage preferences",
        W,
    ),
    (
        "fr", A, S, None, "RE: Votre demande [DSR-2025-004417]",
        "Bonjour,\n\nVotre réponse ne contient que mon nom et mon adresse. Je demandais une "
        "copie de TOUTES mes données : notes, connexions, échanges avec les formateurs.\n\n"
        "Le 12/03/2025 à 10:04, Service protection des données a écrit :\n> Bonjour, vous "
        "trouverez ci-joint les données demandées.\n> Cordialement",
        W,
    ),
    (
        "en", X, S, None, "RE: Your access request [DSR-2025-000981]",
        "Got it, thanks, the file opens fine.\n\nOn Thu, 13 Mar 2025 at 14:20, Data Protection "
        "<dpo@training.example> wrote:\n> Please find attached a copy of your personal data.\n"
        "> You have the right to request erasure of your data at any time.",
        W,
    ),
    (
        "fr", X, S, None, "RE: Suppression de votre compte",
        "Parfait, merci beaucoup.\n\n-----Message d'origine-----\nDe : DPO\nEnvoyé : lundi 10 "
        "mars 2025 16:02\nÀ : Lise Carmagnolle\nObjet : Suppression de votre compte\n\nNous "
        "vous confirmons la suppression de votre compte et de vos données.",
        W,
    ),
    (
        "fr", E, S, None, "TR: inscription",
        "Bonjour, ma fille a trouvé ce message, elle avait 22 ans quand elle s'est inscrite "
        "chez vous. Moi je vous écris pour mon propre compte : je ne veux plus avoir de compte "
        "chez vous, merci de le supprimer.\n\n---------- Message transféré ---------\nDe : "
        "Inscriptions\nObjet : Confirmation d'inscription\n\nBienvenue !",
        W,
    ),
    (
        "en", E, S, None, "Re: Re: account",
        "Still waiting. Delete my account please.\n\nOn Mon, 3 Mar 2025, Support wrote:\n> Could "
        "you confirm your learner number?\n>\n> On Sat, 1 Mar 2025, Ravi Dhanani wrote:\n>> "
        "Hello, please delete my account.",
        W,
    ),
    (
        "fr", A, S, None, "Re: relance",
        "Je relance ma demande ci-dessous, toujours sans réponse.\n\nLe 2 févr. 2025 à 18:40, "
        "Gaëlle Mornand <g.mornand@example.net> a écrit :\n> Bonjour, je souhaite recevoir une "
        "copie de mes données personnelles. Merci.",
        W,
    ),
    (
        "en", P, S, None, "Fwd: export",
        "Forwarding my earlier message as nobody replied. Still need the export.\n\nBegin "
        "forwarded message:\n\nFrom: Keelan Moss\nDate: 20 February 2025\nTo: support\nSubject: "
        "export\n\nCould you export my course history and grades in CSV so I can take them to "
        "my new college?",
        W,
    ),
    (
        "fr", M, S, None, "TR: SMS reçu",
        "Voilà encore le SMS que j'ai reçu ce matin. Je vous ai demandé de ne plus m'en "
        "envoyer !\n\n-------- Message transféré --------\n« FORMA+ : -40% sur nos formations "
        "bureautique jusqu'à dimanche ! STOP au 36111 »",
        W,
    ),
    (
        "en", X, S, None, "FW: invoice INV-2025-3318",
        "Hi, forwarding the invoice — the company name is wrong, it should be Harlow & Finch "
        "Ltd, can accounts reissue it?\n\n-----Original Message-----\nFrom: Billing\nSent: 5 "
        "March 2025\nTo: Nadia Korsgaard\nSubject: invoice INV-2025-3318\n\nPlease find your "
        "invoice attached.",
        W,
    ),
    (
        "fr", R, S, None, "RE: Votre attestation",
        "Bonjour, sur l'attestation ci-dessous mon prénom est écrit « Rozenn » au lieu de "
        "« Roxane ». Pouvez-vous corriger ?\n\n> Bonjour Rozenn,\n> Veuillez trouver votre "
        "attestation de formation.\n> L'équipe pédagogique",
        W,
    ),
    (
        "en", X, S, None, "Re: We have deleted your data",
        "Thank you, that's all I needed.\n\n> We confirm that your account and your personal "
        "data have been erased, except invoices kept for ten years.\n> Data Protection Team",
        W,
    ),
    (
        "fr", C, S, None, "RE: Votre consentement",
        "Non, finalement je retire mon consentement pour le partage avec vos partenaires.\n\n"
        "Le mer. 5 mars 2025 à 11:00, Équipe formation a écrit :\n> Souhaitez-vous que nous "
        "partagions vos coordonnées avec nos partenaires ? Répondez OUI ou NON.",
        W,
    ),
    (
        "en", O, S, None, "Fwd: Your weekly progress report was sent to your employer",
        "I never agreed to this. I object to my progress reports going to my employer.\n\n"
        "---------- Forwarded message ---------\nFrom: Progress bot\nSubject: Your weekly "
        "progress report was sent to your employer\n\nHi! Your manager has received your weekly "
        "report.",
        W,
    ),
    (
        "fr", X, S, "cancel", "RE: Votre demande de suppression [DSR-2025-006102]",
        "Bonjour, finalement j'annule ma demande de suppression, je reprends la formation en "
        "septembre.\n\nLe 14 mars 2025, Protection des données a écrit :\n> Nous avons bien reçu "
        "votre demande d'effacement.",
        W,
    ),
    (
        "en", X, S, "cancel", "Re: Your erasure request [DSR-2025-000212]",
        "Please cancel my request, I have re-enrolled and want to keep my account.\n\nOn Fri, "
        "14 Mar 2025, Data Protection wrote:\n> We have received your erasure request.",
        W,
    ),
    (
        "fr", E, S, None, "TR: Compte",
        "Vous voyez bien que vous ne tenez pas compte de mes demandes : voici mon message "
        "d'il y a deux mois. Effacez mes données.\n\nDe : Inès Valadier\nEnvoyé : 3 janvier "
        "2025\nÀ : contact\nObjet : Compte\n\nMerci de supprimer mon compte.",
        W,
    ),
    (
        "en", M, S, None, "Re: Webinar invitation",
        "Please take me off this mailing list.\n\n> Join our free webinar on Excel dashboards!\n"
        "> To stop receiving these emails, click here.",
        W,
    ),
    (
        "fr", X, S, None, "RE: Convocation examen",
        "Bien reçu, je serai présente. Merci.\n\n> Vous êtes convoquée à l'examen du 22 mars à "
        "9h, salle B12.\n> Pour exercer vos droits sur vos données, écrivez au DPO.",
        W,
    ),
    (
        "en", RS, S, None, "Fwd: dispute",
        "See the thread below. Until this dispute about my results is settled, please do not "
        "use my assessment data for anything.\n\nFrom: Zeynep Arslan\nSent: 2 March\nTo: "
        "Tutors\nSubject: dispute\n\nI dispute my result for the final assessment.",
        W,
    ),
    (
        "fr", ("access",), S, None, "Re: [DSR-2025-000734] Identité",
        "Voici le code reçu : 482913. Je confirme que je veux bien une copie de mes données.\n\n"
        "Le 1 mars 2025, Protection des données a écrit :\n> Pour confirmer votre demande, "
        "répondez avec le code à six chiffres.",
        W,
    ),
    (
        "en", E, S, None, "Fwd: account closure",
        "Sending again, see below.\n\n---------- Forwarded message ---------\nFrom: Oona "
        "Kestrel\nDate: 1 Feb 2025\nSubject: account closure\n\nHello, I'd like to have my "
        "account removed along with all my personal data. Thanks, Oona",
        W,
    ),
    (
        "fr", M, S, None, "TR: Publicité",
        "Encore une ! Désabonnez-moi.\n\n---------- Message transféré ---------\nDe : Promo\n"
        "Objet : Publicité\n\nOffre spéciale formation management.",
        W,
    ),
    (
        "en", X, S, "question_only", "Re: Privacy policy update",
        "Quick question on the update below: does the new policy mean you now keep exam "
        "recordings for five years instead of one? Why the change?\n\n> We have updated our "
        "privacy policy. Retention periods for exam recordings have changed.",
        W,
    ),
]

NON_NATIVE: list[Entry] = [
    ("en", E, S, None, "delete", "Hello, I want that you delete my account and all my informations from your system. Thank you very much.", W),
    ("en", E, S, None, "", "Good day sir, kindly do the needful and remove my profile from your website, I am not student anymore.", W),
    ("en", A, S, None, "information", "Hello, please I want to know which information you are having about me and for what you use it. Thanks", W),
    ("en", A, S, None, "", "Dear team, I request you to give me a copy of my personal datas which you are keeping. Regards", W),
    ("en", R, S, None, "my name", "Hello, my name in your system is not correct. Is write Mohamad but correct is Mohammed. Please change it, I need for the diploma.", W),
    ("en", R, S, None, "", "Hi, I have new phone number, the old is not working more. New is +33 6 41 27 90 18. Please actualise in my profile.", W),
    ("en", M, S, None, "", "Please not send me more advertising mails, I am not interest in it. Thank you", W),
    ("en", M, S, None, "calls", "Your company is calling me many times for to sell courses. I don't want receive this calls. Please stop it.", W),
    ("en", P, S, None, "", "Hello, I go to other school next year and they ask my notes and history. Can you give me all my datas in a file format like excel so I can give to them?", W),
    ("en", O, S, None, "", "Hello, I not agree that you are using my results for the statistic of the company. Please don't do this with my data.", W),
    ("en", C, S, None, "", "Before I have given my consent for the photos. Now I want to cancel this consent, please.", W),
    ("en", RS, S, None, "", "I think my data is wrong in your system. Until you verify, please you stop to use it but not delete it.", W),
    ("en", X, S, None, "", "Hello, I can not open the video of lesson 7, it say error. What I must do?", W),
    ("en", X, S, None, "", "Please, when I will receive my certificate? I finish the course since two weeks.", W),
    ("en", X, S, "question_only", "", "Hello, I want to ask how many time you keep the data of students after they finish? Only a question.", W),
    ("en", E, S, None, "account", "Hi! I make account by mistake two times. Please erase the second one, email ana.petrovska.2@example.com. Thank you.", W),
    ("en", AE, S, None, "", "Hello. First I want to see all data you have from me, after please to delete everything. Best", W),
    ("en", E, S, None, "", "Dear Sirs, according to GDPR law I am asking the erase of my personal data from your databases. With respect, Dragan", W),
    ("en", M, S, None, "", "I receive every day SMS from you with promotion. I say many times STOP. Please remove my number from this list.", W),
    ("en", A, S, None, "", "How you have my email address? I never was register on your site. Please explain me from where you take it.", W),
    ("en", O, S, None, "", "Hello, my company receive every week report of my activity on platform. I don't want this, please stop to send my activity to my company.", W),
    ("en", E, S, None, "", "I want to be forget by your company. Please take away all my informations.", W),
    ("en", R, S, None, "", "The birthday in my certificate is false, is 1992 and not 1993. Can you make correction?", W),
    ("en", X, S, "cancel", "", "Hello, yesterday I send request to delete my account. Please don't do it, I make mistake, I want continue the course.", W),
    ("en", P, S, None, "", "Please can you send my data to the new training center directly? They name is Centre Horizon, I give you the email if you need.", W),
    ("en", C, S, None, "", "I was agree for the newsletter of partners, now I revoke this agreement.", W),
    ("en", M, S, None, "", "Remove me from your mailing list please, too much emails.", W),
    ("en", E, S, None, "close", "Hello, I want close my account and that you not keep my data. Thanks", W),
    ("en", A, S, None, "", "My lawyer say me I have right to see my file. So please send me my complete file with all notes from teachers.", W),
    ("en", O, S, None, "", "I do not want that my name is appearing in the ranking of students on your website. Please remove me from the ranking.", W),
    ("en", X, S, None, "", "I have pay two times for the same course, please give back one payment.", W),
    ("en", RS, S, None, "", "Please freeze my data for now, do not use until my complaint is finish.", W),
    ("en", X, S, "question_only", "", "Is it possible to know if you give the data of students to other companies? I only want to understand, no request.", W),
    ("en", E, S, None, "", "Hello, i am writing from Brazil. I did course in 2020. Now please, delete my registration and information, i dont need more.", W),
    ("en", A, S, None, "", "Please can you tell me what personal information you have stored about me? Kind regard", W),
    ("en", M, S, None, "", "Hello, I don't want to be contact anymore by your salesmen. Thanks.", W),
    ("en", R, S, None, "", "My email is wrong in your system, there is a letter missing. Correct is kasia.wrobel@example.pl", W),
    ("en", X, S, None, "", "Hi, the teacher of module 2 is very good, I want to say thank you to her.", W),
    ("en", O, S, None, "", "I am against that you analyse my behaviour on the platform for profiling. Please stop this.", W),
    ("en", E, S, None, "", "Hello, I wish my all data to be suppressed from your files. Cordially, Amadou", W),
]

MIXED: list[Entry] = [
    ("fr", E, S, None, "delete account", "Bonjour, can you please supprimer mon compte? Je ne parle pas très bien anglais, thanks.", W),
    ("en", A, S, None, "", "Hi, je voudrais a copy of my data, all of it please. Merci!", W),
    ("fr", M, S, None, "", "Stop les newsletters please, c'est trop.", W),
    ("en", E, S, None, "account deletion", "Hello, I would like to delete my account. Bonne journée !", W),
    ("fr", R, S, None, "", "Hello, mon nom de famille is misspelled: c'est Vuillemin, pas Vuilemin. Merci de corriger.", W),
    ("fr", X, S, None, "", "Hi, le lien du webinar ne marche pas, can you resend it?", W),
    ("en", P, S, None, "", "Bonjour! Could you export my data en JSON? I'm moving to another platform. Merci", W),
    ("fr", O, S, None, "", "Je ne veux pas que mes infos soient shared with your partners, merci d'arrêter le partage.", W),
    ("fr", A, S, None, "", "Bonjour, I'd like savoir quelles données vous avez sur moi. Thanks", W),
    ("en", M, S, None, "", "Please stop calling me, je ne suis pas intéressé.", W),
    ("fr", C, S, None, "", "Je retire mon consent pour les emails partenaires, thanks.", W),
    ("en", X, S, "question_only", "", "Hello, juste une question: how long do you keep exam videos?", W),
    ("fr", E, S, None, "", "Bjr, pls delete tout ce que vous avez sur moi. Merci", W),
    ("en", AE, S, None, "", "Hi! Send me mes données first, then delete the account. Merci beaucoup", W),
    ("fr", RS, S, None, "", "Bonjour, please n'effacez rien mais n'utilisez plus mes données until my complaint is resolved.", W),
    ("fr", X, S, "cancel", "", "Hello, oubliez ma demande d'hier please, I keep my account. Merci", W),
    ("en", E, S, None, "GDPR", "Dear team / Chère équipe,\nPlease erase my personal data. / Merci d'effacer mes données personnelles.\nRegards / Cordialement", W),
    ("fr", M, S, None, "unsubscribe", "Désinscription svp, I never signed up for this.", W),
    ("en", O, S, None, "", "Hi, I don't want my profil to be used for the analytics, merci de stopper ça.", W),
    ("fr", X, S, None, "", "Bonjour, is the formation eligible au CPF ? Thanks", W),
    ("en", R, S, None, "", "Hello, j'ai changé d'adresse: new address is 5 rue Pasteur, 59800 Lille. Please update.", W),
    ("fr", A, S, None, "", "Hello, d'où vous avez mon email? I never registered.", W),
    ("en", C, S, None, "", "Bonjour, I withdraw my consentement for the recordings. Thanks", W),
    ("fr", P, S, None, "", "Salut, vous pouvez transfer mes résultats directement à mon nouvel organisme? Thanks!", W),
    ("en", X, S, None, "", "Merci for the great course, I learned a lot!", W),
    ("fr", E, S, None, "", "Bonjour/Hello, je souhaite close my account et effacer mes données. Merci", W),
    ("en", M, S, None, "", "No more SMS please, merci.", W),
    ("fr", X, S, "question_only", "", "Hello, est-ce que vous vendez les data des apprenants? Just curious.", W),
    ("en", PM, H, None, "", "Hello, mon père est décédé last month. He was a learner chez vous. What should I do to close his account?", W),
    ("fr", MP_E, PA, None, "", "Bonjour, my son is 14 ans et il s'est inscrit sans notre accord. Please delete son compte.", W),
]

THIRD_PARTIES: list[Entry] = [
    ("fr", MP_E, PA, None, "Compte de ma fille", "Bonjour, ma fille Léna, 13 ans, a créé un compte sur votre plateforme sans nous demander. En tant que mère, je vous demande de supprimer son compte et ses données. Je peux fournir le livret de famille.", W),
    ("fr", MP_A, PA, None, "Données de mon fils", "Madame, Monsieur, je suis le père de Noé Garnier, 16 ans, inscrit à votre préparation au code. Je souhaite obtenir la copie des données que vous détenez sur lui.", W),
    ("en", MP_E, PA, None, "my daughter's account", "Hello, my 12 year old daughter signed up to your coding club using my email. Please delete her account and any data about her. I'm her mother and can prove it.", W),
    ("en", MP_A, PA, None, "", "I am the legal guardian of a 15-year-old learner, Tomasz Wilk. I request access to the personal data you hold on him.", W),
    ("fr", MP_E, PA, None, "", "slt mon fils a 11 ans il sest inscrit sur votre appli en mentant sur son age, effacez tout svp je suis sa mere", W),
    ("en", ("marketing_objection", "minor_parental"), PA, None, "", "My son is 15 and he keeps getting your promotional texts on his phone. As his father I ask you to stop sending him marketing.", W),
    ("fr", ("marketing_objection", "minor_parental"), PA, None, "", "Bonjour, notre fille mineure (14 ans) reçoit vos publicités par mail. En tant que parents, nous vous demandons d'arrêter de lui envoyer ces mails.", W),
    ("fr", ("rectification", "minor_parental"), PA, None, "", "Bonjour, je suis la mère de Maël, 15 ans, élève chez vous : sa date de naissance est fausse dans votre fichier (2010 et non 2011). Merci de corriger.", W),
    ("en", MP_E, PA, None, "", "Dear Sir/Madam, as the parent with parental responsibility for my son (aged 13), I ask you to erase his account and all data about him from your service.", W),
    ("fr", PM, H, None, "Décès de ma mère", "Madame, Monsieur, ma mère, Jacqueline Ferrand, est décédée le 2 février. Elle suivait une formation chez vous. En tant qu'héritier, je vous demande de clôturer son compte. Je joins l'acte de décès.", W),
    ("en", PM, H, None, "My late husband", "Hello, my husband passed away in January. He had an account with you for his accounting course. I would like his account closed and his data deleted. I can send the death certificate.", W),
    ("fr", PM, H, None, "Succession de M. Brossard", "Maître, notaire à Vannes, chargé de la succession de M. Lucien Brossard, je vous prie de me faire connaître les données et éventuels avoirs que vous détenez au nom du défunt.", NOTARY),
    ("fr", PM, H, None, "", "Bonjour, mon frère est mort il y a trois semaines. Il reçoit toujours vos mails. Comment faire pour fermer son compte ? Merci", W),
    ("en", PM, H, None, "Estate of the late Mr Haldane", "Dear Sirs, we act as executors of the estate of the late Mr Graham Haldane. Please close any account held in his name and confirm what personal data you retain. Death certificate enclosed.", NOTARY),
    ("fr", PM, H, None, "", "Bonjour, mon père m'avait désigné comme personne de confiance pour ses données. Il est décédé en mars. Conformément à ses directives, merci de supprimer son compte.", W),
    ("en", PM, H, None, "", "Hi, my grandmother died last week. She was taking your online English course. I am her heir; please send me her certificates and then delete her account.", W),
    ("fr", PM, H, None, "Compte de mon épouse décédée", "Mon épouse nous a quittés en décembre. Je souhaiterais récupérer ses attestations de formation, qui comptent beaucoup pour nos enfants, puis que son compte soit fermé.", W),
    ("en", PM, H, None, "", "I was named trusted person by my friend Ada Lindqvist for her data after her death. She died on 3 March. Her wish was that her account be deleted.", W),
    ("fr", A, L, None, "Demande de communication — mon client", "Maître, avocat au barreau de Lyon, agissant pour le compte de mon client M. Karim Azoulay, je vous demande de me communiquer l'ensemble des données personnelles le concernant, en application de l'article 15 du RGPD. Vous trouverez ci-joint le mandat.", W),
    ("en", A, L, None, "Subject access request on behalf of our client", "Dear Sirs, we act for Ms Felicity Draycott and enclose her signed authority. On her behalf we request a copy of all personal data you hold about her under Article 15 GDPR.", ICO_SAR),
    ("fr", E, L, None, "Effacement des données de ma cliente", "Madame, Monsieur, en qualité de conseil de Mme Aurélie Vernet, je vous demande de procéder à l'effacement de ses données personnelles, conformément à l'article 17 du RGPD. Le pouvoir de ma cliente est joint.", W),
    ("en", E, L, None, "", "I am a solicitor acting for Mr Ewan Lachlan. My client instructs me to request that you delete all of his personal data. Please find the letter of authority attached.", W),
    ("fr", O, L, None, "", "Maître Solène Fabre, avocate. Ma cliente s'oppose à ce que ses résultats soient transmis à son employeur, au titre de l'article 21 du RGPD. Je vous prie de cesser cette transmission.", W),
    ("en", R, L, None, "", "We represent Mr Idris Okafor. His certificate shows an incorrect name. On his behalf we ask you to correct it to 'Idris Okafor-Bell'. Authority enclosed.", W),
    ("fr", A, L, None, "", "Bonjour, je suis mandataire de Mme Pélagie N'Diaye (procuration jointe) et je vous écris à sa place car elle ne maîtrise pas l'outil informatique. Elle souhaite recevoir une copie de ses données.", W),
    ("en", A, L, None, "", "Hello, I work for a consumer rights association and I am writing on behalf of one of our members, Mr Olu Adebayo, who has authorised us. He wants a copy of the personal data you hold about him.", CONSUMER),
    ("fr", E, L, None, "", "Je suis la tutrice légale de mon frère majeur, placé sous tutelle. Je vous demande de supprimer son compte et ses données. Le jugement de tutelle est joint.", W),
    ("en", E, T, None, "", "Hi, my colleague Jana asked me to write to you because she is on holiday: she wants her account on your platform deleted. Her email is jana.koller@example.com.", W),
    ("fr", E, T, None, "", "Bonjour, ma voisine âgée n'a pas internet, elle m'a demandé de vous écrire pour que vous supprimiez son compte. Elle s'appelle Mme Odette Ribaud.", W),
    ("en", A, T, None, "", "I'm the HR manager of Pellworth Logistics. Please send me the personal data you hold on our employee Marcus Dane, including his attendance.", W),
    ("fr", A, T, None, "", "Bonjour, je suis le responsable formation de l'entreprise où travaille M. Jordan Pelé. Pouvez-vous m'envoyer toutes les données que vous avez sur lui, notamment ses connexions ?", W),
    ("en", M, T, None, "", "Hello, I'm writing for my elderly father who keeps getting calls from your sales team. He doesn't use email. Please stop calling him, his number is 02 98 44 17 63.", W),
    ("fr", M, T, None, "", "Bonjour, je vous écris pour mon mari qui reçoit vos SMS publicitaires tous les jours. Merci de retirer son numéro de vos listes.", W),
    ("en", E, T, None, "", "My wife asked me to contact you: please delete her account, she no longer needs it. Her learner number is W-33019.", W),
    ("fr", R, T, None, "", "Bonjour, je suis l'assistante de M. Henri Loubet. Il me demande de vous signaler que son adresse postale a changé : 22 avenue Foch, 54000 Nancy. Merci de mettre à jour son dossier.", W),
    ("en", A, T, None, "", "Hi, I'm a friend of Lucas Marchetti. He asked me to request a copy of his data for him as he's abroad without internet access.", W),
    ("fr", E, S, None, "", "Bonjour, mon avocat m'a conseillé de vous écrire directement : je demande la suppression de toutes mes données personnelles.", W),
    ("en", E, S, None, "", "My mother told me to write to you myself. I'm 24 and I want my old account from when I was a teenager deleted.", W),
    ("fr", A, S, None, "", "Bonjour, je suis la mère de deux enfants et je reprends mes études. Je voudrais une copie des données me concernant que vous avez gardées de ma première inscription.", W),
    ("en", PM, S, None, "", "I am a notary by profession but I'm writing as a learner: I want to leave instructions that my account be deleted after my death.", W),
    ("fr", X, T, None, "", "Bonjour, je suis le responsable RH de la société Brévent. Pouvez-vous me confirmer les dates de la prochaine session pour inscrire trois salariés ?", W),
    ("en", X, L, None, "", "We act for Westmarch College in a contract matter and would like to discuss the licensing terms of your course material. Please direct us to your legal department.", W),
    ("fr", MP_E, PA, None, "", "Madame, Monsieur,\n\nJe soussignée, Corinne Jaouen, titulaire de l'autorité parentale sur ma fille Elsa, âgée de 15 ans, vous demande l'effacement de l'ensemble des données la concernant.\n\nJe joins une copie du livret de famille.\n\nCorinne Jaouen", W),
    ("en", ("objection", "minor_parental"), PA, None, "", "Our son (14) is on your online tutoring programme. We object to his learning data being used to profile him for your partners. As his parents we ask you to stop.", W),
    ("fr", PM, H, None, "", "Bonjour, je suis l'exécuteur testamentaire de feu M. Gabriel Tanguy. Merci de me faire savoir comment obtenir la suppression de ses données.", W),
    ("en", PM, H, None, "", "Hello. I am writing as next of kin of Rosalind Ebbs, who died in February. Please stop sending emails to her address and close her account.", W),
    ("fr", E, L, None, "", "Bonjour, je suis l'avocat de Mme Zoé Péron. Ma cliente souhaite que son compte et toutes ses données soient effacés.", W),
    ("en", A, L, None, "", "Under a power of attorney for my aunt, Mrs Beatrix Lowell, I request a copy of the personal data you hold about her. The power of attorney is attached.", W),
    ("fr", M, T, None, "", "Bonjour, mon collègue est absent, il m'a demandé de vous écrire pour qu'il ne reçoive plus vos newsletters : adresse pierre.danel@example.fr.", W),
]

TRACKER: list[Entry] = [
    ("en", E, S, None, "Please delete my account", "Hi, I no longer use this service. Could you please delete my account (username: quietfern42) and all associated data? Thanks.", ISSUE),
    ("en", E, S, None, "Account deletion request", "### Describe the request\nI would like my account to be deleted.\n\n### Account\nUsername: m.oduya\n\n### Additional context\nI couldn't find a delete button in the settings.", ISSUE),
    ("en", E, S, None, "Remove my data", "Hello maintainers, I signed up with my work address a few years ago and would like all data associated with it removed. Is this the right place to ask?", ISSUE),
    ("en", E, S, None, "How do I delete my account?", "There's no option in the settings to delete the account. I want my account gone, how can I do that? If you need to do it on your side, please go ahead.", FORUM),
    ("fr", E, S, None, "Suppression de compte", "Bonjour,\nJe n'arrive pas à trouver comment supprimer mon compte dans les paramètres. Pouvez-vous le faire de votre côté ? Pseudo : petitcolibri.\nMerci", FORUM),
    ("fr", E, S, None, "[Demande] Supprimer mon compte", "**Description**\nJe souhaite la suppression de mon compte et des données associées.\n\n**Identifiant**\nlbarreau\n\n**Contexte**\nJe n'utilise plus la plateforme.", ISSUE),
    ("en", A, S, None, "Data export / GDPR request", "Is there a way to download all the data you store about my account? If not, please treat this issue as a GDPR access request.", ISSUE),
    ("en", P, S, None, "Export my data", "Feature request / personal request: I'd like an export of my profile, course progress and submissions in a machine-readable format (JSON preferred) before I leave the platform.", ISSUE),
    ("en", R, S, None, "Wrong display name", "My display name shows my old surname after marriage. Please change it to 'Helen Achterberg'. I can't edit it myself because the field is locked.", FORUM),
    ("fr", P, S, None, "Export des données", "Bonjour, est-il possible d'obtenir un export de mes données (profil, historique des cours, notes) dans un format réutilisable ? Je change de plateforme.", FORUM),
    ("en", E, S, None, "Close account + delete email", "Please close my account and delete my email address from your database. I'm getting password-reset mails I never asked for and don't want an account here.", ISSUE),
    ("en", M, S, None, "Emails after unsubscribing", "I unsubscribed from the promotional list in January but I'm still getting the weekly offers. Please remove my address from all marketing lists.", ISSUE),
    ("en", X, S, None, "Login broken on Safari", "Steps to reproduce: open the login page on Safari 17, enter credentials, click sign in. Expected: dashboard. Actual: blank page.", ISSUE),
    ("fr", X, S, None, "Bug vidéo module 6", "La vidéo du module 6 s'arrête à 12:40 à chaque fois, sur Firefox et Chrome. Quelqu'un a le même problème ?", FORUM),
    ("en", X, S, "question_only", "Data retention question", "Not a request, just a question: how long are inactive accounts kept before they're deleted automatically? The privacy policy doesn't say.", ISSUE),
    ("fr", X, S, "question_only", "Question RGPD", "Question générale : où sont hébergées les données des apprenants, et est-ce que vous les transférez hors de l'UE ?", FORUM),
    ("en", E, S, None, "GDPR: right to be forgotten", "I'm invoking my right to be forgotten. Please remove my account 'ravenholm_j' and any personal data linked to it, and confirm when it's done.", ISSUE),
    ("en", X, S, "cancel", "Re: Please delete my account", "Sorry, please disregard my earlier request — I found the login and I'd like to keep using the account.", ISSUE),
    ("fr", X, S, "cancel", "Re: Suppression de compte", "Finalement ne supprimez pas mon compte, j'ai retrouvé mes accès. Je retire ma demande, merci !", FORUM),
    ("en", E, S, None, "delete account pls", "pls delete my account, the username is the same as my email", ISSUE),
]

OTHER: list[Entry] = [
    ("fr", X, S, None, "Attestation Pôle emploi", "Bonjour, pourriez-vous m'envoyer une attestation d'inscription pour Pôle emploi ? Merci d'avance.", W),
    ("en", X, S, None, "Late submission", "Hi, could I get a two-day extension for the assignment of unit 3? My laptop broke.", W),
    ("fr", X, S, None, "Facture", "Bonjour, je n'ai pas reçu la facture de février, pouvez-vous me la renvoyer ?", W),
    ("en", X, S, None, "Partnership proposal", "Dear team, we are an EdTech start-up and would love to explore a partnership with you. Are you available for a call next week?", W),
    ("fr", X, S, None, "Félicitations", "Je voulais juste vous dire merci, j'ai eu mon titre professionnel grâce à vous !", W),
    ("en", X, S, None, "You won!", "Congratulations! You have been selected to receive a $500 gift card. Click the link to claim your prize.", W),
    ("fr", X, S, None, "Réponse automatique : absence", "Je suis absente du bureau jusqu'au 24 mars, avec un accès limité à mes mails. Pour toute demande urgente, contactez le secrétariat.", W),
    ("en", X, S, None, "Automatic reply: Out of office", "I am out of the office until Monday 17 March with no access to email. Your message will not be forwarded.", W),
    ("fr", X, S, None, "Horaires", "Bonjour, la session du samedi commence à 9h ou à 9h30 ? Merci", W),
    ("en", X, S, None, "Invoice in company name", "Could you reissue my invoice in the name of my employer, Orrin Tools GmbH, VAT number DE 813 442 907?", W),
    ("fr", X, S, "question_only", "Question", "Bonjour, est-ce que mes données sont partagées avec mon financeur (OPCO) ? Je me pose simplement la question.", W),
    ("en", X, S, "question_only", "Question about data", "Hi, do you share my data with my employer if they pay for the course? I'm not asking you to do anything, I'd just like to know.", W),
    ("fr", X, S, "question_only", "", "Bonsoir, quels sont mes droits sur mes données et à qui dois-je m'adresser si j'ai une demande plus tard ?", W),
    ("en", X, S, "question_only", "", "Who is your data protection officer and how can I contact them if I ever need to?", W),
    ("fr", X, S, "question_only", "", "Pourquoi avez-vous besoin de ma pièce d'identité pour l'inscription ? Est-ce obligatoire ?", W),
    ("en", X, S, "question_only", "", "Why do you ask for my date of birth at registration? Is it required?", W),
    ("fr", X, S, "cancel", "Annulation", "Bonjour, je vous ai écrit lundi pour demander la suppression de mes données. J'annule cette demande, je souhaite finalement poursuivre la formation.", W),
    ("en", X, S, "cancel", "Withdrawing my request", "Hello, I'd like to withdraw the data request I sent last week. It is no longer needed. Thank you.", W),
    ("fr", X, S, "cancel", "", "Je retire ma demande d'export, j'ai pu télécharger mes notes moi-même.", W),
    ("en", X, S, "cancel", "", "Please cancel my access request, I received what I needed from my tutor.", W),
    ("fr", X, S, None, "Changement de groupe", "Est-il possible de passer du groupe du mardi au groupe du jeudi ?", W),
    ("en", X, S, None, "Accessibility", "Are your videos subtitled? I am hard of hearing.", W),
    ("fr", X, S, None, "", "Je n'ai pas reçu le code de vérification pour me connecter, pouvez-vous le renvoyer ?", W),
    ("en", X, S, None, "", "The quiz in module 5 marks the right answer as wrong on question 4.", W),
    ("fr", X, S, None, "Newsletter", "Votre dernière newsletter était très intéressante, est-ce qu'il y aura une suite sur la fiscalité ?", W),
]

MORE: list[Entry] = [
    ("fr", RS, S, None, "", "bjr je conteste ma note finale, en attendant la decision gelez mon dossier svp, pas de suppression", W),
    ("en", RS, S, None, "Hold my data", "Please put my records on hold while my appeal is pending: keep them, but don't process them for anything else in the meantime.", W),
    ("fr", P, S, None, "", "Bonjour, je veux récupérer toutes mes données dans un format lisible par machine pour les réutiliser ailleurs.", W),
    ("en", P, S, None, "", "hi can i get my data in csv? switching provider", W),
    ("fr", RS, L, None, "", "Maître Octave Lamy, avocat. Un litige oppose mon client à votre organisme ; je vous demande de limiter le traitement de ses données jusqu'à l'issue de la procédure, sans les effacer.", W),
    ("en", ("portability", "minor_parental"), PA, None, "", "I'm the mother of a 13-year-old pupil. Please send his data directly to his new school.", W),
    ("fr", O, T, None, "", "Bonjour, je suis formatrice chez vous en tant que prestataire et j'écris pour une apprenante qui n'ose pas : elle refuse que ses résultats soient transmis à son employeur.", W),
    ("en", PM, H, None, "", "My brother died in April. He had consented to receive your news by post; his family withdraws that, please stop.", W),
    ("fr", X, S, "question_only", "", "Combien de temps gardez-vous les enregistrements des classes virtuelles ?", W),
    ("en", E, S, None, "", "yo delete ur data on me. all of it. im done w/ this", W),
]
# fmt: on

HELDOUT5: list[Entry] = [
    *SMS,
    *FORMAL,
    *ANGRY,
    *FORWARDED,
    *NON_NATIVE,
    *MIXED,
    *THIRD_PARTIES,
    *TRACKER,
    *OTHER,
    *MORE,
]
