"""Sixth development batch: the causes behind the misses of ``heldout5.py`` and ``dev5.py``.

Written after those misses were studied, to train and check the fixes on other sentences than
the ones that showed the causes: negations and conditions ("if you delete...", "don't delete,
just..."), quoted and forwarded history, requests about one data item (a phone number, a grade,
a photo), questions that are requests ("can you delete...?") against questions that only ask
about the policy, French and English mixed, SMS spelling without accents, English from
non-native writers, and the weakest labels (``other``, objection, marketing objection). Same
format as ``heldout5.py``; every name, address and number is invented.
"""

# ruff: noqa: E501, F403, F405  (one message a line: a data file read by people)
from __future__ import annotations

from heldout5 import CNIL_ACCESS, CNIL_ERASE, CNIL_OPPOSE, FORUM, ICO_SAR, ISSUE, ME, MP_A, MP_E
from shorthands import *  # the shorthands every batch shares
from shorthands import CANCEL as K

OM = ("marketing_objection", "objection")
RR = ("rectification", "restriction")
MP_O = ("minor_parental", "objection")
MP_R = ("minor_parental", "rectification")
MP_M = ("marketing_objection", "minor_parental")

# fmt: off
NEGATION_AND_CONDITIONS: list[Entry] = [
    ("fr", RS, S, None, "", "Ne supprimez surtout pas mon dossier, mais arrêtez de vous en servir tant que ma réclamation n'est pas traitée.", W),
    ("en", RS, S, None, "", "Please do not delete my records. I only want you to stop using them until the dispute is settled.", W),
    ("fr", RS, S, None, "", "svp effacez rien, bloquez juste mes donnees le temps de lenquete", W),
    ("en", RS, S, None, "", "dont erase anything!! just freeze it till ur review is done", W),
    ("fr", RS, S, None, "", "Je ne veux pas que vous effaciez mes notes, j'en ai besoin pour mon recours. Gelez-les en attendant la décision.", W),
    ("en", RS, S, None, "", "I need my file kept for my appeal, so no deletion please. Lock it in the meantime.", W),
    ("fr", X, S, None, "", "Si je supprime l'application de mon téléphone, est-ce que je perds mes vidéos téléchargées ?", W),
    ("en", X, S, None, "", "If I uninstall the app, will my downloaded lessons still be there when I reinstall it?", W),
    ("fr", X, S, None, "", "J'ai effacé par erreur mon devoir de la plateforme, pouvez-vous le restaurer ?", W),
    ("en", X, S, None, "", "I accidentally removed my homework file from the portal, can the tutor restore it?", W),
    ("fr", X, S, None, "", "Je ne vous demande pas de fermer mon compte, seulement de changer mon créneau de cours du mardi.", W),
    ("en", X, S, None, "", "I'm not asking you to close my account, I just need my Tuesday class moved to Thursday.", W),
    ("fr", E, S, None, "", "Je n'utilise plus votre plateforme depuis deux ans. Supprimez mon compte et tout ce qui va avec.", W),
    ("en", E, S, None, "", "I don't use the service anymore and I don't want an account with you. Please delete it.", W),
    ("fr", E, S, None, "", "Je ne trouve pas le bouton pour supprimer mon compte. Vous pouvez le faire pour moi ?", W),
    ("en", E, S, None, "", "I can't find where to delete my account in the settings, can you do it for me please?", FORUM),
    ("en", E, S, None, "Delete account option missing", "There is no option to delete an account in the app. Please remove mine, username blue_heron_77.", ISSUE),
    ("fr", E, S, None, "", "Impossible de trouver comment fermer mon compte sur le site, merci de le supprimer de votre côté.", FORUM),
    ("fr", M, S, None, "", "Je n'ai jamais accepté de recevoir vos offres par SMS. Arrêtez.", W),
    ("en", M, S, None, "", "I never signed up for your newsletter, so stop sending it to me.", W),
    ("fr", X, S, None, "", "Je n'ai pas reçu la newsletter de ce mois-ci, elle est sortie ?", W),
    ("en", X, S, None, "", "I haven't received my certificate yet, could you send it again?", W),
    ("fr", O, S, None, "", "Je ne suis pas d'accord pour que mes résultats soient transmis à mon employeur. Je m'y oppose.", W),
    ("en", O, S, None, "", "I do not agree to my grades being passed to my employer and I object to it.", W),
    ("fr", C, S, None, "", "Je ne souhaite plus que vous utilisiez ma photo sur votre site, je retire mon accord.", W),
    ("en", C, S, None, "", "I no longer consent to my voice recording being used in your course trailer.", W),
    ("fr", X, S, None, "", "Si un jour je veux supprimer mon compte, comment faut-il faire ?", W),
    ("en", X, S, None, "", "Just out of interest, if I ever want my account deleted, who do I write to?", W),
    ("fr", E, S, None, "", "Sans réponse de votre part sous 8 jours, je saisirai la CNIL. Je répète : effacez toutes mes données.", W),
    ("en", E, S, None, "", "Unless I hear otherwise I assume you will erase my account this week, as I asked. Please confirm when it's done.", W),
]

QUOTED_HISTORY: list[Entry] = [
    ("fr", E, S, None, "TR: Fermeture de compte", "Je vous renvoie ma demande, toujours sans réponse.\n\n-------- Message transféré --------\nDe : Lison Carrel\nObjet : Fermeture de compte\n\nBonjour, merci de supprimer mon compte et mes données. Lison", W),
    ("en", A, S, None, "Fwd: my data", "Resending this as I got no answer.\n\n---------- Forwarded message ---------\nFrom: Piers Walbrook\nSubject: my data\n\nHi, could you send me a copy of all the personal data you have about me?", W),
    ("en", E, S, None, "Fwd: Close my account", "Second time I'm asking, see below.\n\n---------- Forwarded message ---------\nFrom: Amira Soltane\n\nPlease close my account and delete my details.", W),
    ("fr", M, S, None, "Re: Nos offres de printemps", "Stop. Je ne veux plus de ces mails.\n\nLe 2 avr. 2025 à 10:12, Campus Formations <promo@campus.example> a écrit :\n> Profitez de -20 % sur nos formations !\n> Pour vous désinscrire, cliquez ici.", W),
    ("en", M, S, None, "Re: Last chance: 30% off", "Enough. Unsubscribe me from all of this.\n\nOn 3 Apr 2025, Campus Training <offers@campus.example> wrote:\n> Last chance to save 30% on all courses!\n> Click here to unsubscribe.", W),
    ("fr", X, S, None, "RE: Votre attestation", "Merci beaucoup, c'est parfait.\n\n> Bonjour, voici votre attestation de formation.\n> Vous pouvez à tout moment demander l'accès à vos données ou leur suppression.", W),
    ("en", X, S, None, "RE: Your certificate", "Thanks, received and it looks right.\n\n> Please find your certificate attached.\n> You may ask for a copy of your data or its deletion at any time.", W),
    ("en", X, S, None, "Re: Your data export [DSR-2025-004417]", "Downloaded it, all good, you can close this.\n\n> Your export is ready. It will be deleted from our servers in 7 days.", W),
    ("fr", X, S, None, "Re: Votre demande [DSR-2025-002260]", "Bien reçu le fichier, merci pour votre rapidité.\n\n> Veuillez trouver ci-joint la copie de vos données personnelles.", W),
    ("en", R, S, None, "Re: Your enrolment", "The surname in your email below is spelled wrong, it's Okonkwo not Okonkow. Please fix it in my record.\n\n> Dear Mr Okonkow, your enrolment is confirmed.", W),
    ("fr", R, S, None, "Re: Confirmation d'inscription", "Mon prénom est mal orthographié dans votre message : c'est Maëlys, pas Maelis. Merci de corriger mon dossier.\n\n> Bonjour Maelis, votre inscription est confirmée.", W),
    ("fr", X, S, None, "TR: Facture F-2025-0871", "Bonjour, je vous transfère la facture : le montant est faux, pouvez-vous la refaire ?\n\n-------- Message transféré --------\nObjet : Facture F-2025-0871\nVeuillez trouver votre facture ci-jointe.", W),
    ("en", X, S, None, "FW: Invoice 55120", "Forwarding the invoice below, the VAT number of the company is wrong, can billing reissue it?\n\n-----Original Message-----\nFrom: Billing\nSubject: Invoice 55120\n\nYour invoice is attached.", W),
    ("en", E, S, None, "Re: Re: account", "Still nothing. I asked in March to have my account deleted. Do it now please.\n\n> > Hello, please delete my account.\n> We have forwarded your message to the right team.", W),
    ("fr", A, S, None, "RE: RE: demande", "Toujours rien reçu. Je vous rappelle que je veux une copie de mes données.\n\n> Nous avons transmis votre message.", W),
    ("fr", X, S, None, "TR: Webinaire RGPD", "Pour info, ce webinaire pourrait intéresser l'équipe.\n\n-------- Message transféré --------\nObjet : Webinaire RGPD\nComment répondre aux demandes de suppression de données ? Inscrivez-vous.", W),
    ("en", X, S, None, "Fwd: GDPR webinar", "FYI, might be useful for our team.\n\n---------- Forwarded message ---------\nSubject: GDPR webinar\nHow to handle access requests and erasure requests. Register now.", W),
]

ONE_DATA_ITEM: list[Entry] = [
    ("fr", R, S, None, "", "Mon numéro de portable a changé, le nouveau est le 06 52 18 40 97.", W),
    ("en", R, S, None, "", "My phone number changed, the new one is 07700 900 418. Please update it.", W),
    ("en", R, S, None, "", "Hello, I have new address: 14 Linden Road, Leeds. Please actualise my file.", W),
    ("fr", R, S, None, "", "Ma date de naissance est fausse sur mon profil : je suis née le 3 mai 1994, pas le 5 mars.", W),
    ("en", R, S, None, "", "My date of birth on the certificate is wrong, it should be 12/08/1991.", W),
    ("fr", E, S, None, "", "Supprimez ma photo de profil de vos serveurs, je ne veux plus qu'elle existe chez vous.", W),
    ("en", E, S, None, "", "Please erase my old home address from your system, you have no reason to keep it.", W),
    ("fr", E, S, None, "", "Effacez l'enregistrement vidéo de mon oral, je ne veux pas que vous le gardiez.", W),
    ("en", E, S, None, "", "Delete the recording of my oral exam please, I do not want it stored.", W),
    ("fr", A, S, None, "", "Je voudrais obtenir l'enregistrement de mon appel avec votre conseiller du 4 mars.", W),
    ("en", A, S, None, "", "Can I have a copy of the notes your adviser wrote about me during our calls?", W),
    ("fr", A, S, None, "", "Quelles informations sur mes absences avez-vous communiquées à mon employeur ?", W),
    ("en", A, S, None, "", "Which of my details did you pass to the funding agency? I want to see exactly what was sent.", W),
    ("fr", M, S, None, "", "Retirez mon numéro de vos listes d'appels commerciaux.", W),
    ("en", M, S, None, "", "Take my email address off your marketing list.", W),
    ("fr", M, S, None, "", "Supprimez mon adresse mail de votre newsletter svp", W),
    ("en", M, S, None, "", "Remove my number from your sales call list, I'm not interested.", W),
    ("fr", ME, S, None, "", "Supprimez mon compte, et d'ici là retirez mon adresse de votre liste de diffusion.", W),
    ("fr", O, S, None, "", "Enlevez mon nom et ma photo du trombinoscope public de la promo.", W),
    ("en", O, S, None, "", "Please take my name off the public leaderboard on your website, I don't want it shown.", W),
    ("fr", O, S, None, "", "Arrêtez de publier mes résultats sur la page de classement.", W),
    ("en", O, S, None, "", "Stop displaying my grades on the class ranking page.", W),
    ("fr", P, S, None, "", "Pouvez-vous m'envoyer mon historique de notes dans un fichier que je pourrai importer chez mon nouvel organisme ?", W),
    ("en", P, S, None, "", "I want my course history in a file I can upload to my new school's platform.", W),
    ("fr", X, S, None, "", "Je voudrais changer la date de mon examen au mois prochain.", W),
    ("en", X, S, None, "", "Can I update my profile picture from the mobile app?", W),
    ("en", X, S, None, "", "I corrected my essay as asked, can you check it again?", W),
    ("fr", X, S, None, "", "Comment modifier mon mot de passe ? Le lien ne marche pas.", W),
    ("en", X, S, None, "", "How do I change the email notifications about new lessons? I want them weekly, not daily.", W),
    ("fr", X, S, None, "", "Le nom de l'entreprise sur ma convention de stage est faux, pouvez-vous refaire le document ?", W),
    ("en", X, S, None, "", "The company name on my training agreement is wrong, it's Brackley Logistics. Can you redo it?", W),
]

QUESTIONS: list[Entry] = [
    ("fr", E, S, None, "", "Pouvez-vous supprimer mon compte ?", W),
    ("en", E, S, None, "", "Could you delete my account and all my data?", W),
    ("fr", A, S, None, "", "Est-ce que je peux avoir une copie de mes données ?", W),
    ("en", A, S, None, "", "Can I get a copy of everything you hold about me?", W),
    ("fr", M, S, None, "", "Vous pouvez arrêter de m'appeler pour vos formations ?", W),
    ("en", M, S, None, "", "Can you stop texting me about discounts?", W),
    ("fr", X, S, Q, "", "Combien de temps conservez-vous les données d'un apprenant après la fin de sa formation ?", W),
    ("en", X, S, Q, "", "How long do you keep a learner's data after the course ends?", W),
    ("fr", X, S, Q, "", "Vendez-vous les adresses e-mail des apprenants à des partenaires ?", W),
    ("en", X, S, Q, "", "Do you share my data with employers or funding bodies? Just asking, not a request.", W),
    ("fr", X, S, Q, "", "Où sont hébergées vos données, en Europe ?", W),
    ("en", X, S, Q, "", "Where are your servers located? Is my data stored outside the EU?", W),
    ("fr", X, S, Q, "", "Simple question : quand un compte est inactif, au bout de combien de temps est-il supprimé ?", W),
    ("en", X, S, Q, "", "Not a request, only a question: are inactive accounts deleted automatically after some years?", W),
    ("fr", X, S, Q, "", "Je souhaiterais connaître la durée de conservation des pièces d'identité envoyées lors de l'inscription.", W),
    ("en", X, S, Q, "", "I would like to understand what data you collect when I use the mobile app.", W),
    ("fr", X, S, Q, "", "Qui est votre délégué à la protection des données ?", W),
    ("en", X, S, Q, "", "Who is your data protection officer and how can I reach them?", W),
    ("fr", X, S, None, "", "Êtes-vous disponibles jeudi pour un rendez-vous commercial ? Nous proposons des salles de formation.", W),
    ("en", X, S, None, "", "Are you open on Saturdays? I'd like to visit the campus before enrolling.", W),
    ("fr", X, S, None, "", "Est-ce que vous faites des formations en alternance à Rennes ?", W),
    ("en", X, S, None, "", "Do you offer evening classes in bookkeeping?", W),
    ("fr", X, S, None, "", "Pourquoi ma vidéo de cours ne se charge pas ?", W),
    ("en", X, S, None, "", "Why does my course video keep buffering?", W),
]

SMS_NO_ACCENTS: list[Entry] = [
    ("fr", E, S, None, "", "slt jveux plus de compte chez vs, supprimez tt", W),
    ("fr", E, S, None, "", "efface mon profil stp jsuis plus eleve chez vs", W),
    ("fr", E, S, None, "", "vs pouvez virer toutes mes infos de chez vs ? merci", W),
    ("fr", A, S, None, "", "jveux savoir quelles infos vs avez sur moi pls", W),
    ("fr", A, S, None, "", "envoyez moi une copie de mon dossier svp c urgent", W),
    ("fr", M, S, None, "", "stop les appels commerciaux svp jen peux plus", W),
    ("fr", M, S, None, "", "arretez de menvoyer des pubs par mail", W),
    ("fr", M, S, None, "", "plus de textos promo merci", W),
    ("fr", R, S, None, "", "mon adresse mail a change cest lea.morvan88@example.fr maintenant", W),
    ("fr", R, S, None, "", "mon nom de famille est mal ecrit cest Guerrec pas Guerec", W),
    ("fr", P, S, None, "", "envoyez moi mes notes en csv svp pr mon nouvel organisme", W),
    ("fr", RS, S, None, "", "touchez a rien, arretez juste dutiliser mes donnees pdt le litige", W),
    ("fr", O, S, None, "", "je veux pas que mes notes soient montrees a mon patron, arretez ca", W),
    ("fr", C, S, None, "", "je retire mon accord pr les photos, enlevez les du site", W),
    ("fr", X, S, None, "", "c quand la reprise des cours ?", W),
    ("fr", X, S, None, "", "jarrive pas a telecharger le pdf du module 3", W),
    ("fr", X, S, K, "", "laissez tomber ma demande dhier jveux garder mon compte", W),
    ("fr", X, S, Q, "", "vs gardez mes donnees combien de tps apres la formation ?", W),
    ("en", E, S, None, "", "pls delete my acc asap thx", W),
    ("en", E, S, None, "", "rm my profile + all my stuff pls", W),
    ("en", A, S, None, "", "wat info u got on me? send it pls", W),
    ("en", M, S, None, "", "stop txting me promos", W),
    ("en", M, S, None, "", "no more sales calls pls", W),
    ("en", R, S, None, "", "my email changed its now k.ivers@example.org pls update", W),
    ("en", X, S, None, "", "wen is the next live session?", W),
    ("en", X, S, K, "", "nvm my delete request, i wanna keep my acc", W),
    ("en", X, S, Q, "", "do u sell my data? just curious", W),
    ("en", O, S, None, "", "dont share my test scores w my boss pls, i object", W),
]

NON_NATIVE: list[Entry] = [
    ("en", E, S, None, "", "Hello, I wish that you suppress my account and all my personal informations. Thank you.", W),
    ("en", E, S, None, "", "Please I want to be erase from your database, I am not student anymore.", W),
    ("en", E, S, None, "", "Good day, kindly proceed to the deletion of my datas from your systems.", W),
    ("en", E, S, None, "", "I ask you to forget me completely, please take away my informations from all files.", W),
    ("en", A, S, None, "", "Please can you give me all informations you have about me, I want to know what you keep.", W),
    ("en", A, S, None, "", "From where you have my phone number? I never give it to you. Explain me please.", W),
    ("en", A, S, None, "", "How you got my email? I am never registered in your school.", W),
    ("en", M, S, None, "", "I do not want to be call anymore by your commercial people. Thank you.", W),
    ("en", M, S, None, "", "Please no more publicity emails for me, I am not interested.", W),
    ("en", M, S, None, "", "Your sellers are calling me every day, please stop this.", W),
    ("en", R, S, None, "", "My name is not correct in your system, is Nguyen Van Thanh, not Thanh Nguyen Van. Please to correct.", W),
    ("en", R, S, None, "", "I change my address, now I live in 9 Via Garibaldi, Turin. Please modify in my dossier.", W),
    ("en", RS, S, None, "", "I think my results are not correct. Until you check, please you don't use them, but not delete.", W),
    ("en", O, S, None, "", "I am not agree that you give my information to my company. Please stop to share it.", W),
    ("en", C, S, None, "", "Before I accepted that you use my photo. Now I take back this permission.", W),
    ("en", P, S, None, "", "Please send me my datas in a format I can give to the other school, like Excel.", W),
    ("en", X, S, K, "", "Last week I send you request to delete my data. Please not do it, I was wrong, I continue my course.", W),
    ("en", X, S, K, "", "Sorry, my request from yesterday was a mistake, please do nothing, I keep my account.", W),
    ("en", X, S, None, "", "Please I need the certificate of my formation for my employer, when I can have it?", W),
    ("en", X, S, None, "", "I cannot enter in my account, the password is not accepted. Help me please.", W),
]

MIXED: list[Entry] = [
    ("fr", E, S, None, "", "Bonjour, please delete my account, je ne suis plus vos cours. Merci!", W),
    ("en", E, S, None, "", "Hi, je voudrais supprimer my account please, I moved back to Canada.", W),
    ("fr", A, S, None, "", "Hello, je veux savoir what data you have sur moi. Merci.", W),
    ("en", A, S, None, "", "Hello, can you send me une copie de mes données? Thanks.", W),
    ("fr", M, S, None, "", "Stop les newsletters please, je ne lis jamais.", W),
    ("en", M, S, None, "", "Bonjour, no more marketing emails please, thank you.", W),
    ("fr", R, S, None, "", "Hi, mon nom est mal écrit, it's Ferreira with two r. Merci de corriger.", W),
    ("en", A, S, None, "", "Hello, d'où vous avez my number? I never gave it.", W),
    ("fr", X, S, None, "", "Hello, le lien du webinar ne marche pas, can you resend it ?", W),
    ("en", X, S, Q, "", "Bonjour, quick question: how long do you keep les enregistrements of the live classes?", W),
    ("fr", RS, S, None, "", "Hello, ne supprimez rien please, mais stop using my data until the complaint is closed.", W),
    ("fr", PM, H, None, "", "Bonjour, my mother est décédée en mars. Elle avait un compte chez vous, what should I do to close it?", W),
]

WEAK_LABELS: list[Entry] = [
    ("fr", O, S, None, "", "Je m'oppose à ce que mes données de connexion servent à noter mon assiduité auprès de mon entreprise.", W),
    ("en", O, S, None, "", "I object to you using my quiz answers to build a profile of me for your partners.", W),
    ("fr", O, S, None, "", "Je refuse que mon image soit utilisée dans vos études internes sur l'engagement des apprenants.", W),
    ("en", O, S, None, "", "Stop analysing my activity on the platform for your research study, I don't want to take part.", W),
    ("fr", O, S, None, "", "Je ne veux plus que vous transmettiez mes temps de connexion à l'organisme financeur.", W),
    ("en", O, S, None, "", "I don't want my attendance data to be shared with the job centre anymore.", W),
    ("fr", O, S, None, "Opposition au traitement", "Madame, Monsieur, sur le fondement de l'article 21.1 du RGPD, je m'oppose au traitement de mes données à des fins d'évaluation de ma motivation, pour des raisons tenant à ma situation particulière. Cordialement, Timothée Vasseur", W),
    ("en", O, S, None, "Objection to processing", "Dear DPO, under Article 21(1) GDPR I object to the processing of my personal data for your learner analytics, on grounds relating to my particular situation. Regards, Ines Halvorsen", W),
    ("fr", M, S, None, "Opposition à la prospection", "Madame, Monsieur, en application de l'article 21.2 du RGPD, je m'oppose à l'utilisation de mes données à des fins de prospection commerciale, par tout canal. Merci de m'en confirmer la prise en compte.", CNIL_OPPOSE),
    ("en", M, S, None, "Direct marketing objection", "Dear Sir or Madam, under Article 21(3) GDPR I object to the use of my personal data for direct marketing by email, post or phone. Please confirm.", CNIL_OPPOSE),
    ("fr", M, S, None, "", "Ras le bol de vos SMS publicitaires, ça suffit.", W),
    ("en", M, S, None, "", "I'm fed up with your promotional calls, take me off your call list.", W),
    ("fr", M, S, None, "", "Vos commerciaux m'appellent sans arrêt. Je ne veux plus être démarché.", W),
    ("en", M, S, None, "", "Your sales team keep ringing me at work. This has to stop.", W),
    ("fr", M, S, None, "", "Désabonnez-moi de toutes vos listes de diffusion.", W),
    ("en", M, S, None, "", "Please opt me out of all your promotional mailings.", W),
    ("fr", OM, S, None, "", "Je m'oppose au profilage de mes résultats et je ne veux plus recevoir vos offres commerciales.", W),
    ("en", OM, S, None, "", "I object to my learning data being used for your AI training, and stop the promotional emails too.", W),
    ("fr", X, S, None, "", "Merci pour le webinaire d'hier, très instructif !", W),
    ("en", X, S, None, "", "Thanks for the quick answer yesterday, all sorted now.", W),
    ("fr", X, S, None, "", "Bonjour, je souhaiterais un devis pour une formation en gestion de paie pour trois salariés.", W),
    ("en", X, S, None, "", "Hello, could you send me the price list for the project management course?", W),
    ("fr", X, S, None, "", "Mon formateur ne répond pas à mes messages depuis deux semaines, que faire ?", W),
    ("en", X, S, None, "", "My tutor hasn't marked my assignment for three weeks. Who can I talk to?", W),
    ("fr", X, S, None, "", "Je veux modifier mon planning de stage, à qui m'adresser ?", W),
    ("en", X, S, None, "", "Please move my exam to the June session, I'm having surgery in May.", W),
    ("fr", X, S, None, "", "Pouvez-vous m'envoyer le programme détaillé du module de fiscalité ?", W),
    ("en", X, S, None, "", "Can you send me the timetable for next term?", W),
    ("fr", X, S, None, "", "J'ai un souci de paiement, mon prélèvement a été rejeté.", W),
    ("en", X, S, None, "", "I was charged twice for the April instalment, please refund one.", W),
    ("fr", X, S, None, "", "Félicitations pour le nouveau site, il est beaucoup plus clair.", W),
    ("en", X, S, None, "", "Great job on the new course videos, much better sound.", W),
    ("fr", C, S, None, "", "J'avais coché la case pour recevoir des enquêtes de satisfaction par téléphone, je retire ce consentement.", W),
    ("en", C, S, None, "", "I ticked the box allowing you to use my testimonial. I withdraw that consent now.", W),
]

SOMEONE_ELSE: list[Entry] = [
    ("fr", MP_E, PA, None, "", "Bonjour, je suis la mère de Noa, 15 ans, inscrit chez vous. Merci de supprimer son compte.", W),
    ("en", MP_E, PA, None, "", "My son (13) made an account on your app without asking us. Please delete it and his data.", W),
    ("fr", MP_A, PA, None, "", "Ma fille de 16 ans suit vos cours de soutien. Je veux savoir quelles données vous avez sur elle.", W),
    ("en", MP_A, PA, None, "", "I am the father of a 14 year old learner and I want a copy of the data you hold about him.", W),
    ("fr", MP_O, PA, None, "", "Notre fils de 12 ans est inscrit à vos cours en ligne. Nous nous opposons à ce que ses résultats servent à des études.", W),
    ("en", MP_M, PA, None, "", "My daughter is 15 and keeps getting your promo texts. Stop sending her marketing.", W),
    ("fr", MP_R, PA, None, "", "Le prénom de mon fils (11 ans) est mal écrit sur son attestation : c'est Eliott. Merci de corriger.", W),
    ("fr", PM, H, None, "Décès", "Bonjour, mon père, Raymond Joubert, est décédé le 9 janvier. Il était inscrit chez vous. Merci de fermer son compte.", W),
    ("en", PM, H, None, "", "My wife passed away in February. Please close her learner account, I can send the death certificate.", W),
    ("fr", PM, H, None, "Succession", "Maître Florent Quéré, notaire chargé de la succession de Mme Odile Barbier, vous prie de lui indiquer les données que vous conservez au nom de la défunte.", W),
    ("fr", PM, H, None, "", "Je suis l'exécutrice testamentaire de feu Mme Arlette Pinson et je vous demande la suppression de son compte.", W),
    ("en", PM, H, None, "", "I am the executor of my late uncle, Mr Desmond Earley. Please delete his account with you.", W),
    ("fr", PM, S, None, "", "Je souhaite qu'après mon décès toutes mes données soient effacées. Ma personne de confiance est ma sœur.", W),
    ("en", PM, S, None, "", "When I die, I want my account deleted and nothing passed on to anyone. Please record this.", W),
    ("fr", A, L, None, "Demande d'accès - M. Lemaire", "Maître Hélène Castan, avocate au barreau de Nantes, agissant pour le compte de M. Pascal Lemaire. Mon client demande la communication de l'ensemble des données le concernant. Mandat joint.", W),
    ("en", E, L, None, "Erasure on behalf of our client", "Dear Sirs, we act for Ms Rowena Tate. Our client requests the erasure of all personal data you hold about her under Article 17 GDPR. Signed authority enclosed.", W),
    ("fr", E, L, None, "", "En qualité de tuteur de mon frère majeur protégé, je vous demande de supprimer son compte. Le jugement de tutelle est joint.", W),
    ("en", R, L, None, "", "I am the legal representative of Mr Idris Bello and I request that you correct his date of birth, which is wrong in your records.", W),
    ("fr", E, T, None, "", "Bonjour, ma collègue Sabine est en congé, elle m'a demandé de vous écrire pour que son compte soit supprimé.", W),
    ("en", E, T, None, "", "Hi, my colleague Marek asked me to write because he is travelling: he wants his account on your portal deleted.", W),
    ("en", A, T, None, "", "I'm writing on behalf of my neighbour, who doesn't use email: she wants to know what data you keep about her.", W),
    ("fr", M, T, None, "", "Bonjour, j'écris pour mon grand-père qui reçoit vos appels commerciaux tous les jours, merci de ne plus l'appeler.", W),
    ("en", A, T, None, "", "As HR manager I am asking for the training records of our employee Lena Brauer, she agreed to it.", W),
    ("fr", R, T, None, "", "Je suis la responsable formation de notre société : l'adresse de notre salarié M. Voisin a changé, merci de la mettre à jour.", W),
]

PUBLIC_SHAPES: list[Entry] = [
    ("en", E, S, None, "Request: delete my account", "Hi team, I couldn't find a way to delete my account from the app. Could you please delete my account and all the data associated with it? My username is quiet-lantern. Thanks!", ISSUE),
    ("en", E, S, None, "Account deletion", "How do I delete my account? I've looked everywhere in the settings. If there is no way, please just delete it for me (email on file).", ISSUE),
    ("en", A, S, None, "GDPR data request", "Is there a way to export everything you store about my account? If not, please treat this as a GDPR access request.", ISSUE),
    ("fr", E, S, None, "Suppression de compte", "Bonjour, je n'arrive pas à supprimer mon compte depuis l'application. Pourriez-vous le faire ? Identifiant : renard_bleu. Merci d'avance.", FORUM),
    ("fr", A, S, None, "Demande de droit d'accès", "Madame, Monsieur, en application de l'article 15 du RGPD, je vous prie de m'adresser une copie de l'ensemble des données me concernant que vous détenez, ainsi que leur source et leurs destinataires. Veuillez agréer mes salutations.", CNIL_ACCESS),
    ("fr", E, S, None, "Demande d'effacement", "Madame, Monsieur, conformément à l'article 17 du RGPD, je vous demande d'effacer de vos fichiers l'ensemble des données me concernant et de m'en informer dans le délai d'un mois.", CNIL_ERASE),
    ("en", A, S, None, "Subject access request", "Dear Sir or Madam, please supply the personal data you hold about me, which I am entitled to receive under data protection law, together with the purposes and the recipients. Yours faithfully, Corin Vale", ICO_SAR),
]
# fmt: on

DEV6: list[Entry] = (
    NEGATION_AND_CONDITIONS
    + QUOTED_HISTORY
    + ONE_DATA_ITEM
    + QUESTIONS
    + SMS_NO_ACCENTS
    + NON_NATIVE
    + MIXED
    + WEAK_LABELS
    + SOMEONE_ELSE
    + PUBLIC_SHAPES
)
