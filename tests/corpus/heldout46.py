"""46th held-out batch: another test split of the corpus, with who is asking.

Written on 1 December 2026 in one separate pass, blind: its author read only the product
specification, the privacy policy, the label shorthands and the format header of an earlier
batch, never the classifier's rules, its code or any other batch's messages, and the classifier
was not run on it before it was frozen.

Its voices are escalations and hand-offs: learners who already went through customer support,
sales advisers or the call centre and now write to the DPO quoting what an agent told them;
live-chat transcripts pasted into a mail; notes of a phone call; messages forwarded to the DPO
mailbox by the group's own support or sales staff with a line on top (the learner's request is
what counts, and the requester is the learner or whoever wrote for them); complaints that support
refused or ignored a request; learners told to "write to the DPO"; messages carrying ticket
numbers of other systems (Zendesk, Freshdesk, CS tickets); and beside them parents of minors,
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

HELDOUT46: list[Entry] = [
    # ---- access ----
    (
        "fr",
        A,
        S,
        None,
        "On m'a dit d'écrire au DPO",
        """Bonjour,

J'ai appelé le service client de COMPTALIA ce matin (conseillère : Mélanie, vers 10h15) pour savoir quelles informations vous aviez sur moi, notamment depuis que je reçois des appels d'un conseiller que je n'ai jamais contacté. Elle m'a répondu qu'elle « n'avait pas accès à ça » et qu'il fallait « écrire au DPO ». Donc voilà.

Je souhaite obtenir une copie de toutes les données personnelles que vous détenez me concernant, et savoir d'où vient mon numéro de téléphone.

Cordialement,
Nadège Villaret
06 41 27 83 90""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Re: Your request #CS-44812 has been closed",
        """Hi,

Your support team closed #CS-44812 saying "data requests are handled by another department". Fine, here I am. I asked support what personal information ELEPHORM keeps on me and who it has been shared with. Please send me that — a copy of the data and the list of recipients.

Thanks,
Owen Braithwaite""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Transcription du chat",
        """Bonjour, je vous colle la conversation que j'ai eue hier sur le chat du site :

Agent (Kevin) : Bonjour, comment puis-je vous aider ?
Vous : Je voudrais savoir quelles données vous avez sur moi
Agent (Kevin) : Je peux vous confirmer votre adresse mail et votre formation en cours
Vous : Non je veux tout, les notes des conseillers aussi
Agent (Kevin) : Pour ce type de demande il faut contacter dpo@studi.fr

Donc je vous écris : je demande l'accès à l'ensemble de mes données, y compris les notes prises par les conseillers commerciaux lors de nos appels.

Rémi Castagné, n° apprenant 5520187""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "TR: demande apprenant",
        """Transféré par le service client : l'apprenant demande une copie de ses données, on ne peut pas traiter de notre côté. Merci — Sandrine, équipe support ECOLEMS

-------- Message d'origine --------
De : Yannick Perrault
Objet : mes infos

bonjour je voudrais recevoir tout ce que vous avez comme informations sur moi, mon dossier complet, merci""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "FW: learner query",
        """FYI – learner wants a copy of everything we hold, passing to you as per process. Ticket Zendesk 88213. – Jordan (Sales, DIGITAL CAMPUS LIVE)

---------- Forwarded message ----------
From: Priya Raman
Subject: data

Hello, I spoke with Jordan on the phone earlier. As discussed, I'd like a full copy of the personal data you have about me, including the recording of our call if there is one. Regards, Priya""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Subject access request – second attempt",
        """To the Data Protection Officer,

I first raised this through your help centre (Freshdesk ticket 310457) on 3 November. The agent replied that "personal data exports are not available to learners". I don't think that's right under Article 15.

I'm asking you, formally this time, for access to my personal data: what you hold, why, who it was passed to, where it came from and how long you will keep it.

Regards,
Dr. Helen Okonkwo""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "",
        """Le conseiller au téléphone m'a dit que mon dossier contenait « des remarques sur mon profil ». Je veux voir ces remarques. Merci de m'envoyer ce que vous avez noté sur moi. Fabrice Lenoir""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "call notes",
        """Notes of my call with your call centre, 14/11, 16:40, agent "Sam":
- I asked why I was getting calls about an accounting course
- Sam said my "lead" came from a partner website, couldn't say which
- Sam told me to email the DPO

So: which website did my details come from, and what else do you have on me? Please send it all.

Marcus Delaney""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Réclamation – réf. Zendesk #77109",
        """Madame, Monsieur,

Le 2 octobre j'ai demandé au support de COMNICIA la liste des données me concernant (réf. Zendesk #77109). On m'a envoyé une capture d'écran de mon profil avec nom, prénom, mail. Ce n'est pas une réponse à une demande d'accès.

Je réitère donc : copie complète de mes données, y compris l'historique de connexion et les résultats d'évaluations, et les destinataires.

Agathe Moreau-Lebrun""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "the advisor said he could see my salary??",
        """During a sales call the adviser mentioned my current salary and my employer. I never gave you those. I want to know exactly what you have on me and where it came from. Please send me a copy.

— Tomasz Wielgus""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "demande restée sans suite",
        """Bonjour,
j'ai fait une demande via le formulaire d'aide il y a 5 semaines (ticket 2026-11-0432) pour avoir accès à mes données et personne ne m'a répondu. Je relance ici puisque le délai d'un mois est dépassé.
Sophie Raffin""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Reminder: my access request",
        """Hello again,

This is my third message. Customer services told me on 8 October they had "forwarded my request to the DPO". Nothing since. I'm still waiting for my copy of my personal data. If I don't hear back within 10 days I'll contact the CNIL.

Gareth Lindqvist""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Objet : enregistrement d'appel",
        """Bonjour,

Lors de mon appel au centre d'appels du 21/11, on m'a annoncé que l'appel était enregistré. Je voudrais obtenir cet enregistrement ainsi que toute note associée à mon dossier.

Merci,
Lucie Thibaudeau""",
        W,
    ),
    # ---- rectification ----
    (
        "fr",
        R,
        S,
        None,
        "Erreur de nom – le support ne peut rien faire",
        """Bonjour,

Mon nom est mal orthographié sur mon compte ELEPHORM et sur mes attestations : « Bouzid » au lieu de « Bouzidi ». Le support (ticket #CS-45190) m'a répondu qu'il ne pouvait pas modifier l'identité et qu'il fallait écrire au DPO.

Merci de corriger mon nom de famille en BOUZIDI.

Karim Bouzidi""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "FW: wrong date of birth",
        """Forwarded by Customer Care: learner asks to correct her date of birth, we don't have edit rights on identity fields. — Amelia, CS team

> From: Fiona McAllister
> My date of birth on my profile says 12/03/1998 but it's 03/12/1998 (day and month swapped). This matters because it appears on my certification registration. Can it be fixed please?""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "chat du 19 novembre",
        """Copie de mon échange avec le chat :

Agent : Je ne peux pas changer l'adresse postale, elle est verrouillée après l'inscription.
Vous : Mais j'ai déménagé, je ne reçois plus les courriers
Agent : Il faut voir avec le DPO

Donc : merci de mettre à jour mon adresse, nouvelle adresse 14 rue des Tanneurs, 67000 Strasbourg (ancienne : 8 allée Verte, 54000 Nancy).

Hugo Marchetti""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Re: Ticket 55031",
        """Support told me that changing the email on my account "isn't possible for security reasons" and closed the ticket. My old address (j.park@oldmail-example.com) no longer exists since I left my job. Please update it to jiwoo.park@mailbox-example.net. I can prove who I am however you want.

Jiwoo Park""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "",
        """Bonjour, mon conseiller formation m'a dit qu'il avait noté que j'étais « sans emploi » dans mon dossier alors que je suis salariée à temps partiel. Je souhaite que ce soit corrigé, ça change le financement qu'on me propose à chaque appel. Merci. Inès Garnier""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Gender on my account",
        """Hi, I raised this with a live chat agent (transcript below) and was told to email you.

Agent: I can see your profile lists you as Mrs.
You: I'm not Mrs, please change it to Mx or nothing
Agent: I don't have that option, sorry, please contact dpo@studi.fr

Please update my title/gender on my COMNICIA profile. Thanks, Alex Rowntree""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Transféré par l'équipe commerciale",
        """Transféré par le service commercial : l'apprenante signale une erreur sur son numéro de téléphone, merci de voir avec elle. Bonne journée, Thomas — conseiller DIGITAL CAMPUS LIVE

---
Bonjour Thomas, comme dit au téléphone, le numéro enregistré (06 12 34 56 70) n'est pas le mien, c'est celui d'une ancienne collègue qui reçoit vos appels. Le mien c'est le 07 68 22 19 04. Pouvez-vous corriger ? Claire Dumesnil""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Relance – correction",
        """Second reminder. On 29 October I asked the help desk (Freshdesk #309882) to correct my surname after my marriage, from Whitfield to Ansari. I attached the certificate. It still shows Whitfield on my certificate of completion. Please make the correction.

Laura Ansari""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Résultat d'examen erroné",
        """Bonjour,

Le support pédagogique me dit que la note enregistrée pour mon bloc 3 (8/20) est une erreur de saisie et que la bonne note est 13/20, mais qu'ils n'ont pas la main pour modifier l'historique d'examen. Ils m'ont orientée vers vous. Pouvez-vous faire rectifier cette donnée ?

Élodie Varenne, COMPTALIA""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "",
        """suite à mon appel au 09 ce jour, l'agent m'a dit de vous écrire : mon prénom c'est Maël avec un tréma, pas Mael. Sur le diplôme ce serait bien que ce soit juste. merci""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "incorrect employer on file",
        """Your adviser Dan kept referring to "your employer Halbrook Logistics" on our call. I haven't worked there since 2023. Please update your records — I'm self-employed now. I don't want that old employer information kept as if it were current.

Ruth Adeyemi""",
        W,
    ),
    # ---- erasure ----
    (
        "fr",
        E,
        S,
        None,
        "Suppression refusée par le service client",
        """Bonjour,

J'ai demandé au service client (Zendesk #80114) la suppression de mon compte COMNICIA. On m'a répondu : « Nous ne supprimons pas les comptes, nous pouvons seulement les désactiver. » Je ne veux pas d'un compte désactivé, je veux que mes données soient effacées.

Je vous demande donc l'effacement de mes données personnelles.

Jean-Baptiste Orsini""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Fwd: please delete me",
        """FYI – learner wants her account and data deleted, she's finished her course. Forwarding as requested by the escalation matrix. – Ben, Learner Support

-----
Hi Ben, thanks for the chat earlier. As I said, I've finished, I've got my certificate, I'd like my account closed and my data removed. Cheers, Niamh Fitzgerald""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "",
        """On m'a dit au téléphone que pour effacer mes données je devais vous écrire. Alors effacez-les s'il vous plaît. Compte au nom de Patricia Lhomme, inscrite en 2022 sur ECOLEMS.""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Complaint – my deletion request was ignored",
        """I asked the sales team to remove all my details on 4 September, by email to the adviser who'd been calling me (I still have the email). He replied "done". Today I got another email from your group addressed to me by name. Clearly nothing was deleted.

I want my personal data erased, properly this time, and a confirmation in writing.

Simon Achterberg""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Chat – suppression",
        """Agent : Pour supprimer votre compte vous pouvez simplement ne plus vous connecter.
Vous : ce n'est pas une suppression ça
Agent : Je vous invite à écrire au DPO

Voilà. Je souhaite la suppression définitive de mon compte et de toutes mes données. Mathilde Gervais, mathilde.gervais@courriel-exemple.fr""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Ticket #CS-46077 – escalation",
        """Hello DPO,

The support agent on #CS-46077 said erasure would "take up to 5 years because of training records". I understand you may have to keep some certification records, but I want everything else erased now: my profile, my contact details, my call notes, my browsing data. Please confirm what you delete and what you keep.

Regards,
Adaeze Nwosu""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "TR : demande de suppression",
        """Transféré par le service client : l'apprenant demande la suppression de ses données suite à un litige, il refuse de passer par le formulaire. — Aurélie, SAV COMPTALIA

> Je ne veux plus avoir affaire à vous. Supprimez mon compte et tout ce qui me concerne. Cédric Fontvieille""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "erase",
        """The lady on the phone said only the DPO can delete learner records. I want mine deleted. Account email: d.kowalczyk@inbox-example.com. Thanks. Dominika""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Relance n°2 – droit à l'effacement",
        """Bonjour,

Je vous ai écrit le 12 octobre pour demander l'effacement de mes données (compte DIGITAL CAMPUS LIVE). Le service client m'avait dit que le DPO « reviendrait vers moi sous 48h ». Nous sommes le 1er décembre et je n'ai toujours rien.

Je relance donc ma demande d'effacement.

Amandine Royer""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Deletion after cancelled enrolment",
        """I cancelled my enrolment during the withdrawal period (your sales adviser Chloé confirmed the cancellation by phone on 17/11). She said my file would be "archived". I don't want it archived, I want it deleted since I never actually started the course. Please erase my data.

Farid Benali""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "",
        """Bonjour, je n'ai jamais été élève chez vous, j'ai juste rempli un formulaire de brochure il y a deux ans. Le conseiller m'a dit qu'il « ne pouvait pas me sortir du fichier ». Effacez mes coordonnées de votre fichier svp. Merci. Gaëlle P.""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Data removal – told to contact you by Zendesk bot",
        """Your Zendesk chatbot says: "For privacy requests, please write to our Data Protection Officer." So I'm writing. Remove my personal data from ELEPHORM, I don't use the site anymore. Username kwame_a88.""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Notes d'appel + demande",
        """Résumé de mon appel avec le centre d'appels (25/11, 11h02, conseiller « Yanis ») :
- je demande la fermeture de mon compte et la suppression des données
- on me répond que seule une « demande écrite au DPO » est recevable
- on me donne l'adresse dpo@studi.fr

Je confirme donc par écrit : je demande la suppression de mes données personnelles. Nathalie Cordier, n° 4471092.""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Old account duplicates",
        """Support says I have three accounts (two old ones from 2019 and 2021 under different emails) and that they can merge but not delete. Please delete the two old accounts and the data attached to them; keep my current one. Emails: h.lim2019@example-mail.com, hlim.work@example-mail.com. — Hannah Lim""",
        W,
    ),
    # ---- restriction ----
    (
        "fr",
        RS,
        S,
        None,
        "Litige en cours – geler mes données",
        """Bonjour,

J'ai un litige avec COMPTALIA sur ma facturation (dossier service client n° LIT-2026-0391). Le service client m'a conseillé de m'adresser à vous pour la partie données. Tant que le litige n'est pas réglé, je demande que mes données ne soient pas utilisées (ni relances, ni transmission au recouvrement), mais qu'elles soient conservées : j'en aurai besoin.

Bertrand Achard""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Please freeze my account data",
        """Hi,

I'm contesting the exam result recorded on my profile — the support team has opened a review (ticket 61204). Until it's sorted, I'd like that data frozen: don't send it to the certification body, don't use it, but don't delete it either.

Thanks,
Chidi Eze""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "",
        """Le conseiller m'a dit que mon dossier allait être « transmis au partenaire financeur ». Je conteste les informations qu'il contient (situation pro inexacte). En attendant la vérification, je vous demande de bloquer l'utilisation de mon dossier. Ne le supprimez pas. Victor Nguyen""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "FW: learner asks to put processing on hold",
        """Passing this on — learner asked on chat to "pause" use of her data while she checks something with her lawyer. Not sure what to do with it. – Priyanka, Live Chat

Chat excerpt:
Learner: I don't want you to delete anything yet, but please don't do anything with my data until I've had advice
Agent: Noted, I'll pass it on

Learner: Grace Mwangi""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Limitation du traitement – réf. #CS-47002",
        """Madame, Monsieur,

Suite à ma réclamation #CS-47002 (contestation de l'exactitude de mes données d'activité sur la plateforme, qui ont servi à refuser mon attestation d'assiduité), je demande la limitation du traitement de ces données pendant la durée de la vérification, conformément à l'article 18 du RGPD.

Merci de me confirmer la prise en compte.
Corinne Basset""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Don't delete – just stop using",
        """Your call centre agent said that if I object they'd delete my file. I don't want that: I need my training records for a tribunal case against my former employer. What I want is that you keep them but stop using my data for anything else until further notice.

Paul Henriksen""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "demande de gel",
        """Bonjour, j'ai appelé le support pour dire que mon compte a été piraté et que quelqu'un a modifié mes infos. Ils m'ont dit d'écrire au DPO. En attendant que tout soit vérifié, je demande que mes données soient gelées, qu'elles ne servent à rien. Merci. Laetitia Mbemba""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Restriction request (re Freshdesk #311920)",
        """Hello,

I disputed the accuracy of my attendance hours with support (Freshdesk #311920). They said the investigation could take weeks. Please restrict processing of my attendance data during that time. Keep it, but don't use it or pass it to my funding body.

Ola Sørensen""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "",
        """Ma conseillère m'a dit qu'elle allait « clôturer et effacer » mon dossier si je m'opposais. Je ne veux pas qu'il soit effacé, j'ai une procédure prud'homale en cours où j'en ai besoin. Je demande seulement que vous le conserviez sans l'utiliser. Djamel Haddad""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Hold on my data",
        """Following my phone call today (ref CALL-28841), I confirm in writing: please mark my data as restricted while you check my complaint about the incorrect funding status. Don't process it further in the meantime. — Isabelle Grant""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Relance limitation",
        """Je relance ma demande du 6 novembre : limitation du traitement de mes données le temps de l'examen de ma contestation. Le service client m'a dit que c'était « transmis », je n'ai aucune confirmation. Florian Méchin""",
        W,
    ),
    # ---- objection ----
    (
        "fr",
        O,
        S,
        None,
        "Opposition au profilage",
        """Bonjour,

Le conseiller commercial qui m'a appelé m'a expliqué qu'un « score d'intérêt » était calculé à partir de ma navigation pour décider quand m'appeler. Je m'oppose à ce profilage me concernant. Le support m'a dit que seul le DPO pouvait traiter une opposition.

Cordialement,
Stéphane Daunay""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "My photo in your ads",
        """Hi,

A friend sent me a Facebook ad for DIGITAL CAMPUS LIVE and it's a photo from the graduation event where I'm clearly visible in the front row. Customer support told me they "don't manage the ads" and to email you. I object to my image being used in your advertising — please stop.

Zoe Hartmann""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "",
        """Transféré par le service client : l'apprenant ne veut pas que ses résultats servent aux statistiques de réussite publiées. Il insiste. — Morgane

Message de l'apprenant : je ne veux pas que mes notes soient utilisées pour vos stats de taux de réussite ou pour votre pub, j'ai des raisons personnelles pour ça (je ne souhaite pas que mon échec soit exploité). Merci d'en tenir compte. Olivier Sarrazin""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Objection – analytics / session recording",
        """Your help centre confirmed (#CS-45561) that the platform records screen sessions for "UX analytics". I have a disability that makes my navigation very recognisable and I object to my sessions being recorded and analysed. Please stop this processing for my account.

Marcy Delacroix-Byrne""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Étude de recherche",
        """Bonjour,

Mon tuteur m'a prévenue que mes travaux et échanges sur le forum allaient être utilisés dans une étude sur l'apprentissage en ligne menée avec une université. Je m'y oppose, pour des raisons qui me regardent, je ne veux pas que mes données servent à cette recherche.

Valentine Ruaud""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "scoring",
        """The call centre told me my file is "scored" to decide whether I'm eligible for an instalment plan and that's why I was refused. I object to this automated scoring being applied to me and want a human to look at my case. — Ibrahim Diallo""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Vidéo témoignage",
        """J'ai tourné une vidéo lors de la remise des diplômes, on m'avait dit que c'était pour un usage interne. Je la retrouve sur la page d'accueil d'ECOLEMS. Le service com' dit que j'ai signé une autorisation, je n'en ai aucun souvenir et ma situation a changé (je suis dans une procédure de divorce difficile et ne veux pas être retrouvable). Je m'oppose à cette utilisation. Sabrina Lacoste""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Escalation from live chat",
        """Live chat transcript, 27 Nov:

Agent: The leaderboard is public to all learners on the module, it's a motivation feature.
You: I don't want my name and ranking shown, I was harassed by another learner
Agent: I can't turn it off for you, please write to the DPO

I'm writing: I object to my name and scores being displayed on the public leaderboard. — Eleanor Vance""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "",
        """Bonjour, le commercial m'a dit qu'il avait trouvé mon profil LinkedIn et qu'il l'avait « rattaché à mon dossier » pour mieux me conseiller. Je m'oppose à ce que vous collectiez et utilisiez mes données LinkedIn. Laurent Pichon""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "objection (ticket 66318)",
        """Following up on ticket 66318: the support agent confirmed that my course progress is shared with my employer's HR because they funded the course. My employer didn't fund it — I paid myself. I object to my progress data being shared with them.

Regards, Nikhil Bose""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Mon image dans la brochure",
        """Bonjour,

Une conseillère m'a envoyé la brochure 2027 de COMNICIA par mail et je suis sur la photo de la page 4. Je ne conteste pas avoir été prise en photo en classe, mais je refuse d'apparaître dans votre documentation commerciale : je travaille désormais chez un concurrent et cela me pose problème. Merci de retirer cette photo.

Anaïs Fabre""",
        W,
    ),
    # ---- marketing_objection ----
    (
        "fr",
        M,
        S,
        None,
        "STOP appels",
        """Troisième appel cette semaine d'un conseiller COMPTALIA. Au dernier j'ai demandé qu'on ne m'appelle plus, il m'a répondu « je note » et on m'a rappelé le lendemain. Je ne veux plus aucun appel commercial. 06 22 91 47 30. Régis Amblard""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Re: [Zendesk] Request #90233 solved",
        """You marked #90233 as "solved" but I'm still getting your marketing emails every two days. Please just take me off every promotional list, email and SMS. — Jessica Thornbury""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "",
        """bonjour, le service client m'a dit que je devais vous écrire pour ne plus recevoir les SMS promotionnels. c'est quand même fou qu'il faille écrire au DPO pour ça. stop sms svp. 07 55 18 62 09""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "FW: Unsubscribe",
        """FYI – learner wants to be removed from marketing calls, she was quite upset on the phone. – Marco, Outbound Sales

Notes from call: learner Ms. Abena Mensah asked not to be called again for sales purposes, any brand. Said she'd report us to Bloctel.""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Désinscription impossible",
        """Bonjour,

Le lien de désinscription en bas de vos mails ELEPHORM renvoie vers une page d'erreur. J'ai signalé le problème au support il y a deux semaines (#CS-44990), sans effet. Je vous demande de me retirer de toutes vos listes de prospection.

Mireille Saulnier""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Stop the calls",
        """Dear DPO,

I am registered on Bloctel and I still receive calls from your sales team. When I told the caller, he said "Bloctel doesn't apply because you're a former customer". I'm telling you now: I object to any telephone prospecting. Do not call 01 45 67 32 18 again.

Henri Vasseur""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Réf. Freshdesk 312045 – plus de pub",
        """Le support m'a répondu (Freshdesk 312045) que « les préférences marketing se gèrent depuis l'espace personnel ». Je n'ai plus d'espace personnel, mon compte a été fermé. Je veux juste ne plus recevoir vos catalogues papier ni vos mails commerciaux. Adresse : 3 impasse des Lilas, 31200 Toulouse. Jacqueline Ferrand""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "",
        """Your chat agent told me to email here. Unsubscribe me from the DIGITAL CAMPUS LIVE newsletter and the "special offers" emails. thanks""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Appels du centre d'appels",
        """Compte rendu de mon appel de ce jour avec votre plateau : j'ai demandé à ne plus être démarché, la personne m'a dit qu'elle ne pouvait pas me retirer et qu'il fallait écrire au délégué à la protection des données. Je vous écris donc : plus d'appels commerciaux ni de SMS. Merci. Josiane Carré, 06 03 58 71 44""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Reminder – still getting sales emails",
        """I asked on 10 November (by replying to one of your emails, which your team acknowledged) to stop receiving promotional emails. I got two more this week. Please action the opt-out. — Conor Byrne""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "",
        """Votre conseillère Estelle m'appelle tous les jours à midi. J'ai dit non. Elle insiste. Je ne veux plus être sollicité par téléphone ni par mail par aucune de vos marques. Antoine Belkacem""",
        W,
    ),
    # ---- consent_withdrawal ----
    (
        "fr",
        C,
        S,
        None,
        "Retrait de mon consentement – témoignage",
        """Bonjour,

J'avais accepté en 2024 que mon témoignage écrit (avec prénom et photo) soit publié sur le site COMPTALIA. Le service marketing m'a dit de m'adresser au DPO pour le retirer. Je retire mon consentement.

Merci,
Gwenaëlle Le Bihan""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Withdrawing consent for call recording",
        """When I enrolled the adviser asked if I agreed to my coaching calls being recorded "for quality". I said yes. I no longer agree. Support said to email you to withdraw it. Please note I withdraw my consent to recording. — Tariq Hussain""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "",
        """Transféré par le service client : l'apprenante revient sur son accord pour l'utilisation de sa photo de profil dans la communauté publique. — Julien, support COMNICIA

> Bonjour, j'avais coché que ma photo pouvait être visible par tous dans la communauté. Je retire cette autorisation. Merci. Lina Ouazzani""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "cookies",
        """The cookie banner on ELEPHORM doesn't offer a way to change my choice once accepted (support confirmed it, ticket #CS-45802, and told me to write to the DPO). I accepted advertising cookies by mistake. I withdraw that consent.

Ruth Ebenezer""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Je retire mon accord – partenaires",
        """Lors de l'inscription le conseiller m'a fait cocher une case « j'accepte d'être recontacté par les partenaires formation ». Je retire ce consentement. Le service client ne sait pas faire apparemment. Romain Delmas""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "FW: consent",
        """FYI – learner withdrawing consent for her video to be used in the course trailer. Original below. – Hayley, Marketing

> Hi Hayley, as I said on the phone I'm no longer OK with the trailer using my clip. Please consider my consent withdrawn. Best, Yasmin Khalil""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Consentement données de santé",
        """Bonjour,

Pour bénéficier d'un aménagement d'examen, j'avais transmis un certificat médical en donnant mon accord pour qu'il soit conservé dans mon dossier. L'aménagement n'est plus nécessaire. Je retire mon consentement au traitement de ces informations de santé.

La référente handicap m'a dit de passer par vous.
Marion Tessier""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "",
        """Told by your call centre to email you: I agreed to be in the "alumni directory" when I graduated. I take that agreement back. Remove me from the directory please. — Samuel Otieno""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Réf. Zendesk 81550",
        """Suite à la réponse sur le ticket 81550 (« la géolocalisation peut être désactivée dans l'appli »), sauf qu'il n'y a pas l'option : je retire mon consentement à la géolocalisation dans l'application mobile. Merci de le prendre en compte côté serveur. Benoît Clavel""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Relance – photo consent",
        """Second message. On 5 November I withdrew my consent for the graduation photo (with my name) on your Instagram. The social media team said they'd "check with legal". Still online. Please confirm the withdrawal is recorded. — Mei Tanaka""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "",
        """J'avais dit oui pour que mes copies d'examen anonymisées servent d'exemples aux autres élèves. Finalement non, je retire mon accord. Le tuteur m'a dit d'écrire au DPO. Cordialement, Axel Brunet""",
        W,
    ),
    # ---- portability ----
    (
        "fr",
        P,
        S,
        None,
        "Portabilité – le support m'envoie un PDF",
        """Bonjour,

J'ai demandé au support (#CS-46211) mes données de formation pour les transférer vers mon nouvel organisme. On m'a envoyé un relevé en PDF. J'ai besoin d'un format exploitable (CSV ou JSON) : historique des modules, temps passé, résultats. Merci.

Émilie Charpentier""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Transfer my data to my new training provider",
        """Hi,

I'm moving to another provider and they asked me to get my learning history from you in a machine-readable format. Better still, could you send it directly to them? Their contact: records@newprovider-example.org. Customer service told me the DPO handles this.

Thanks,
Liam O'Donoghue""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "",
        """Le conseiller m'a dit que « l'export de données n'existe pas ». Je demande l'exercice de mon droit à la portabilité : mes données dans un format structuré et lisible par machine. Compte ELEPHORM, mail sylvain.r@exemple-mail.fr. Sylvain Robin""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "FW: export request",
        """Forwarding – learner asked Tier 1 for a "JSON export of her progress". We don't have a tool for this. – Chris, Support DIGITAL CAMPUS LIVE

---
Hello, I'd like an export of all my progress data and quiz results in JSON so I can import it into my own portfolio app. Kind regards, Anya Petrova""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Export données – relance",
        """Bonjour, je relance ma demande de portabilité faite le 30 octobre via le chat (le conseiller m'avait dit qu'il transmettait au DPO). Je souhaite recevoir mes données en CSV. Merci. Karine Leclercq""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Data portability – Zendesk 79312",
        """Zendesk #79312 was closed with "please download your certificates from your dashboard". That's not what I asked. I want my personal data (profile, course history, assessment results, forum posts) in a structured, commonly used, machine-readable format, under Article 20.

Bartholomew Ng""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "transfert vers France Travail",
        """Bonjour, ma conseillère France Travail me demande mon historique de formation. Le service client de COMPTALIA m'a dit de demander au DPO. Pouvez-vous me fournir mes données de formation dans un fichier exploitable, ou les transmettre directement à ma conseillère ? Merci, Rachid Aït-Ali""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "",
        """call centre said email the DPO for a data export. so: please send me my data in CSV. account: m.fernandes@example-mail.pt""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Portabilité de mes travaux",
        """Bonjour,

Sur le chat on m'a dit que mes projets déposés sur la plateforme DIGITAL CAMPUS LIVE seront supprimés à la fin de mon abonnement. Avant ça, je voudrais récupérer mes données (projets déposés, commentaires des correcteurs, notes) dans un format réutilisable pour les importer ailleurs.

Noémie Jourdan""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Re: Freshdesk #312777",
        """The agent's answer on #312777 was "we can email you a summary". I'm asking for portability, not a summary: a JSON or CSV file with my data, please. — Kofi Asante""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "",
        """Mon employeur change d'organisme de formation et me demande de récupérer mes données chez vous pour les transmettre. Pouvez-vous me les envoyer dans un format informatique standard ? Le commercial m'a dit que ça passait par vous. Élise Morvan""",
        W,
    ),
    # ---- several requests ----
    (
        "fr",
        AE,
        S,
        None,
        "Accès puis suppression – le support ne répond plus",
        """Bonjour,

Après trois échanges avec le service client (tickets #CS-44203, #CS-44377, #CS-44519), on me renvoie vers vous. Je veux d'abord recevoir une copie de toutes mes données, puis qu'elles soient supprimées une fois que je l'aurai reçue.

Francine Beaulieu""",
        W,
    ),
    (
        "en",
        EM,
        S,
        None,
        "Stop calling me and delete my number",
        """Your sales team called me again today. I told the adviser last month to delete my number and stop calling. He said "the system re-imports leads". I want my phone number and all my details deleted, and no more marketing of any kind.

Derek Fairweather""",
        W,
    ),
    (
        "fr",
        AP,
        S,
        None,
        "",
        """Bonjour, le conseiller au téléphone m'a conseillé d'écrire au DPO. Je voudrais savoir tout ce que vous avez sur moi, et recevoir mes résultats et mon historique dans un fichier CSV pour les garder. Merci. Aurore Vidal""",
        W,
    ),
    (
        "en",
        CE,
        S,
        None,
        "FW: testimonial and account",
        """FYI – learner wants her testimonial taken down and her account closed. She said to forward to the DPO. – Nadia, Customer Success

> I withdraw my permission to use my testimonial and photo, and I also want my account and data deleted. Thanks. — Harriet Cole""",
        W,
    ),
    (
        "fr",
        RRS,
        S,
        None,
        "Données erronées transmises au financeur",
        """Bonjour,

Le service client reconnaît (ticket 2026-ZD-88410) que mon nombre d'heures de connexion a été mal calculé, mais ne peut pas le corriger. Je demande la rectification de ces heures, et en attendant que ce soit corrigé, que ces données ne soient plus transmises ni utilisées.

Pascal Giraudeau""",
        W,
    ),
    (
        "en",
        AO,
        S,
        None,
        "What's in my lead score, and stop it",
        """A sales adviser let slip that I'm a "hot lead, score 87". I want to see what data you used to compute that, and I object to being profiled like this going forward.

Rosalind Achebe""",
        W,
    ),
    (
        "fr",
        PE,
        S,
        None,
        "Chat du 28/11 – export + suppression",
        """Agent : Je ne peux pas exporter vos données, ni supprimer le compte.
Vous : qui peut le faire ?
Agent : Le DPO

Donc je vous demande : 1) l'export de mes données dans un format réutilisable, 2) ensuite la suppression de mon compte. Cordialement, Mathis Lagarde""",
        W,
    ),
    (
        "en",
        CM,
        S,
        None,
        "marketing consent",
        """I ticked "yes" to partner offers when I enrolled. I'm withdrawing that consent, and I want no more marketing emails or calls from you either. The agent on the phone said he couldn't do it. — Gemma Pryce""",
        W,
    ),
    (
        "fr",
        ORS,
        S,
        None,
        "Opposition et gel pendant l'examen",
        """Bonjour,

Je m'oppose à l'utilisation de mes résultats dans vos classements publics (pour des raisons personnelles que j'ai expliquées au support, ticket #CS-46630). Pendant que vous examinez ma demande, je demande que ces données ne soient plus affichées ni utilisées.

Noël Berthier""",
        W,
    ),
    (
        "en",
        AR,
        S,
        None,
        "Ticket 70442 – wrong info",
        """Support (ticket 70442) confirmed my address is wrong on file but said they can't edit it. Please correct it to 22 Harbour Lane, Cork T12 X9Y4, Ireland, and send me a copy of everything else you hold so I can check the rest is correct.

Siobhan Keane""",
        W,
    ),
    (
        "fr",
        CEM,
        S,
        None,
        "",
        """Transféré par le service client : l'apprenant est très mécontent, il veut tout arrêter. — Laurent, SAV

> Je retire tous mes consentements, je veux plus de pub, plus d'appels, et je veux que vous effaciez mon compte et mes données. C'est clair ? Maxime Leduc""",
        W,
    ),
    (
        "en",
        AEM,
        S,
        None,
        "Three things",
        """I've been bounced between sales and support for a month (Zendesk 91102, 91377). So, to the DPO directly:
1. Send me a copy of my data.
2. Then delete it.
3. Stop all marketing to me meanwhile.
— Victoria Sandoval""",
        W,
    ),
    (
        "fr",
        ERS,
        S,
        None,
        "",
        """Bonjour, je veux que mes données soient supprimées, mais le support m'a dit que l'effacement prendrait plusieurs semaines. D'ici là, je demande que vous ne les utilisiez plus du tout. Merci. Hélène Barbier""",
        W,
    ),
    (
        "en",
        AC,
        S,
        None,
        "Photos from the open day",
        """Your events team told me to write here. I withdraw consent for the open-day photos of me, and I'd like a copy of all the images and data you hold about me from that event. — Rafael Moreno""",
        W,
    ),
    (
        "fr",
        ("rectification", "marketing_objection"),
        S,
        None,
        "Mauvais numéro + stop démarchage",
        """Bonjour, d'après le commercial mon numéro enregistré est 06 99 ... c'est faux, c'est le 06 14 72 30 85. Merci de corriger. Et au passage je ne souhaite plus être démarché par téléphone. Cordialement, Sylvie Renaud""",
        W,
    ),
    (
        "en",
        ("portability", "consent_withdrawal"),
        S,
        None,
        "",
        """Hi — support says only you can do this. I'd like my portfolio data exported as JSON, and I withdraw my consent for my portfolio being shown in the public showcase. Thanks, Luca Bianchi""",
        W,
    ),
    # ---- lawyers and other third parties ----
    (
        "fr",
        E,
        L,
        None,
        "Mise en demeure – M. Stéphane Garrigues",
        """Maître Anne-Sophie Delorme
Avocate au Barreau de Montpellier
12 rue Foch, 34000 Montpellier

Madame, Monsieur le Délégué,

J'interviens pour le compte de M. Stéphane Garrigues, qui m'a mandatée (mandat joint). Mon client a sollicité à quatre reprises votre service client la suppression de ses données (dont références Zendesk #76001 et #76544), sans suite.

Je vous mets en demeure de procéder à l'effacement de ses données personnelles sous un mois, à défaut de quoi une plainte sera déposée auprès de la CNIL.

Me Anne-Sophie Delorme""",
        W,
    ),
    (
        "en",
        A,
        L,
        None,
        "Subject access request on behalf of our client",
        """Dear Data Protection Officer,

We act for Ms. Caroline Ashby (signed authority enclosed). Our client has informed us that your customer service declined her request for her data on two occasions. We therefore request, on her behalf, a copy of all personal data you hold about her together with the information required under Article 15 GDPR.

Yours faithfully,
Harwood & Pell LLP""",
        W,
    ),
    (
        "fr",
        A,
        L,
        None,
        "Demande d'accès – tutelle",
        """Bonjour,

Je suis la mandataire judiciaire de M. Gérard Poulain, placé sous tutelle (jugement joint). Le service client m'a indiqué qu'il ne pouvait pas me communiquer d'informations et m'a orientée vers vous. Je demande l'accès aux données détenues sur M. Poulain, notamment les contrats de formation signés par téléphone.

Mme Isabelle Renard, MJPM""",
        W,
    ),
    (
        "en",
        E,
        T,
        None,
        "My husband's details",
        """Hello, my husband keeps getting your sales calls (he signed up for a brochure years ago). He's asked me to deal with it. Please delete his details: Mark Ellison, 07700 900 512. Your call centre said to write to you.

Jane Ellison""",
        W,
    ),
    (
        "fr",
        A,
        T,
        None,
        "Demande RH concernant une salariée",
        """Bonjour,

Je suis responsable RH chez Transports Vidal. Notre salariée Mme Coralie Bastide suit une formation COMPTALIA financée par nos soins. Le service commercial m'a dit de m'adresser à vous : pouvez-vous me transmettre ses données de connexion et ses résultats ?

Cordialement,
Patrick Meunier, DRH""",
        W,
    ),
    (
        "en",
        R,
        T,
        None,
        "",
        """I'm writing for my son (he's 24) who's abroad at the moment. His email on your platform has a typo, ethan.cartwright@example.com should be ethan.cartwrite@example.com. Support said they couldn't talk to me. Can you fix it? — Moira Cartwright""",
        W,
    ),
    (
        "fr",
        E,
        L,
        None,
        "Demande de suppression – association de consommateurs",
        """Madame, Monsieur,

L'association Consommateurs Vigilants de l'Hérault a été saisie par Mme Josette Brun, adhérente, qui nous a donné mandat écrit (ci-joint). Malgré plusieurs appels au centre d'appels, ses données n'ont pas été supprimées. Nous vous demandons de procéder à leur effacement et de nous en confirmer l'exécution.

Pour l'association, Gilles Marchand""",
        W,
    ),
    (
        "en",
        M,
        T,
        None,
        "calls to my elderly father",
        """Your call centre keeps ringing my father (82) about accounting courses. He's confused and distressed. Please stop calling him: Mr. Albert Finch, 01632 960 418. — Susan Finch (daughter)""",
        W,
    ),
    (
        "fr",
        P,
        L,
        None,
        "Portabilité – mandat",
        """Bonjour, en vertu de la procuration ci-jointe de ma sœur Mme Laure Dutertre (hospitalisée), je vous demande de me transmettre ses données de formation dans un format réutilisable, afin qu'elle puisse poursuivre son parcours ailleurs. Le service client m'a orientée vers vous. Christine Dutertre""",
        W,
    ),
    # ---- minor_parental ----
    (
        "fr",
        MP_E,
        PA,
        None,
        "Données de ma fille mineure",
        """Bonjour,

Ma fille de 14 ans s'est inscrite sur ELEPHORM sans mon accord, avec ma carte bancaire. Le service client a remboursé (ticket #CS-45377) mais m'a dit que pour les données il fallait écrire au DPO. Je demande la suppression de toutes les données concernant ma fille, Zoé Lambert.

Je peux fournir le livret de famille.
Caroline Lambert""",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "FW: parent request",
        """FYI – a parent says her 13-year-old created an account on DIGITAL CAMPUS LIVE. She wants it gone. – Ryan, Support

> Hi Ryan, as discussed, please delete my son's account and everything about him. His name is Leo Carter, he's 13. I'm his mum. — Abigail Carter""",
        W,
    ),
    (
        "fr",
        MP_A,
        PA,
        None,
        "",
        """Bonjour, mon fils de 16 ans a été appelé plusieurs fois par un conseiller commercial de COMPTALIA. Le centre d'appels n'a pas voulu me dire d'où venait son numéro. En tant que père, je veux savoir quelles données vous avez sur lui et leur provenance. Olivier Texier""",
        W,
    ),
    (
        "en",
        ("marketing_objection", "minor_parental"),
        PA,
        None,
        "Stop contacting my daughter",
        """My daughter is 15 and she's been getting sales texts from ECOLEMS after filling in a form at a school fair. I'm her father. Please stop sending her any marketing messages. Her number is 07700 900 771. — Martin Holt""",
        W,
    ),
    (
        "fr",
        MP_EM,
        PA,
        None,
        "Mon fils a 12 ans !",
        """Bonjour,

Un commercial a appelé mon fils de 12 ans sur son portable pour lui proposer une formation. Quand j'ai rappelé le centre d'appels, on m'a dit de vous écrire. Je veux que vous arrêtiez tout démarchage envers lui et que vous effaciez ses coordonnées.

Nadia Benkirane, mère de Sami Benkirane""",
        W,
    ),
    (
        "en",
        MP_C,
        PA,
        None,
        "Photo consent for my son",
        """Hello, I signed a photo release for my son (he's 14) at the summer coding camp. I'm withdrawing it now — please don't use his pictures anymore. The events team said the DPO must record it. Regards, Emma Whitaker""",
        W,
    ),
    (
        "fr",
        MP_AE,
        PA,
        None,
        "Demande parentale",
        """Madame, Monsieur,

Ma fille Chloé, 15 ans et demi, a créé un compte sur COMNICIA. Je souhaite d'abord savoir quelles informations ont été collectées sur elle, puis qu'elles soient supprimées. Le service client m'a répondu qu'à partir de 15 ans elle pouvait gérer elle-même ; je reste son représentant légal et je vous fais cette demande.

Jérôme Fabien""",
        W,
    ),
    (
        "en",
        MP_R,
        PA,
        None,
        "",
        """My son (17) is doing a course through his school's partnership with you. His date of birth is wrong on the account, which blocks his exam registration. Support said they need the DPO to change identity data. I'm his legal guardian; his correct DOB is 09/05/2009. — Pauline Greaves""",
        W,
    ),
    (
        "fr",
        MP_RS,
        PA,
        None,
        "Compte de mon fils – en attendant",
        """Bonjour, je conteste l'inscription de mon fils mineur (15 ans) faite sans mon accord, le litige est ouvert auprès du service client (réf. LIT-2026-0455). En attendant que ce soit réglé, je vous demande de ne pas utiliser ses données, sans les supprimer pour l'instant. Isabelle Marchal""",
        W,
    ),
    (
        "en",
        MP_P,
        PA,
        None,
        "Export of my daughter's work",
        """My daughter is 13 and finished the junior design workshop. Before her account closes I'd like her projects and results exported in a reusable format. Chat support told me to ask you. I'm her mother. — Li Wen Zhao""",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "Relance – données de mon enfant",
        """Je relance ma demande du 4 novembre concernant la suppression des données de mon fils Enzo (13 ans). Le service client m'avait assuré qu'elle était transmise au DPO. Toujours des mails à son adresse. Sandrine Pujol""",
        W,
    ),
    (
        "en",
        ("objection", "minor_parental"),
        PA,
        None,
        "My son in your video ad",
        """Hello, my 11-year-old son appears in a promotional video for your kids' coding programme. I object to his image being used in advertising. The marketing team told me they'd "look into it" two weeks ago. — Darren Kowalski""",
        W,
    ),
    (
        "fr",
        MP_C,
        PA,
        None,
        "",
        """Transféré par le service client : une mère revient sur l'autorisation donnée pour sa fille mineure (14 ans) concernant l'enregistrement des classes virtuelles. — Camille, support

> Bonjour, je retire mon autorisation d'enregistrement des cours en visio pour ma fille Inès Moreau, 14 ans. Merci. Émilie Moreau""",
        W,
    ),
    (
        "en",
        MP_AE,
        PA,
        None,
        "child's data",
        """I'm the father of Noah Schmidt, 12. He signed up to ELEPHORM using a fake birth year. I want to know what you hold on him and then have it all deleted. Your Zendesk ticket 92004 was closed without answer. — Klaus Schmidt""",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "Tuteur légal",
        """Bonjour, je suis le tuteur légal de ma nièce Léa Giraud, 15 ans (jugement de tutelle joint). Elle a été inscrite à une newsletter et un compte de démonstration ECOLEMS lors d'un salon. Je demande la suppression de ses données. Bernard Giraud""",
        W,
    ),
    # ---- post_mortem ----
    (
        "fr",
        PM,
        H,
        None,
        "Décès de mon père – le service client ne sait pas quoi faire",
        """Bonjour,

Mon père, Jean-Claude Rivière, est décédé le 3 octobre. Il recevait encore des relances de COMPTALIA pour une formation inachevée. J'ai appelé le service client, qui m'a dit qu'il « ne pouvait pas fermer le compte d'une autre personne » et de m'adresser au DPO.

Je suis son fils et héritier. Je vous demande de clôturer son compte et de supprimer ses données. Acte de décès disponible.

Thierry Rivière""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "FW: bereavement",
        """FYI – caller's mother passed away, he wants her account closed. I said I'd forward to the DPO. – Kirsty, Call Centre

Call notes: Mr. David Hughes, son of Margaret Hughes (deceased 20/10/2026). Wants account closed, data deleted, and no more emails addressed to her. Will send death certificate.""",
        W,
    ),
    (
        "fr",
        PM,
        S,
        None,
        "Mes directives pour après mon décès",
        """Bonjour,

Sur conseil du service client, je vous écris pour enregistrer mes directives : à mon décès, je souhaite que toutes mes données soient supprimées, à l'exception de mes attestations de formation qui devront être remises à ma fille, Aurélie Dumont, que je désigne comme personne de confiance.

Gilbert Dumont, n° apprenant 3308164""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "My late wife's account",
        """My wife, Sarah Lindgren, died in August. She was halfway through a course with DIGITAL CAMPUS LIVE. I'd like to get her certificates and coursework as a keepsake, then close the account. Support said only the DPO could help. — Erik Lindgren""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Succession de Mme Odette Marchand",
        """Maître Philippe Caron, notaire à Lyon, 7 quai Saint-Antoine.

Madame, Monsieur,

En charge de la succession de Mme Odette Marchand, décédée le 14 septembre 2026, je vous prie de bien vouloir procéder à la clôture de son compte apprenant et à l'effacement de ses données, et de m'indiquer si des sommes restent dues ou à rembourser. Le service client m'a orienté vers votre service.

Me Caron""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "",
        """Your sales team keeps calling my brother's number. He died in June. I told them twice. Please close everything in his name: Paul Armitage. I'm his sister and executor. — Lorna Armitage""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Chat – décès",
        """Agent : Je suis désolé pour votre perte. Pour les comptes d'une personne décédée, merci d'écrire au DPO.
Vous : d'accord

Bonjour, ma mère Françoise Guérin est décédée le 2 novembre. Je souhaite que son compte ELEPHORM soit fermé et que vous cessiez de lui envoyer des mails. Je suis sa fille. Sylvie Guérin""",
        W,
    ),
    (
        "en",
        PM,
        S,
        None,
        "Post-mortem instructions",
        """Hello — I have a serious illness and I'm putting my affairs in order. Your help desk said to write to you. When I die, please delete my account and all my data, and don't keep anything for statistics if you can avoid it. My partner, Jonathan Reyes, is my trusted person. — Carlos Mendes""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Relance – compte de mon mari décédé",
        """Bonjour, c'est ma deuxième demande. Mon mari Didier Loiseau est décédé en juillet, j'ai envoyé l'acte de décès au service client le 15 septembre (ticket 2026-0915-332). Je reçois toujours des mails à son nom. Merci de supprimer son compte. Martine Loiseau""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Deceased learner – access to data",
        """Dear DPO,

I'm the trusted person named by the late Mr. Anthony Osei in his digital directives (copy attached). He wished his certificates to be passed to his children. Please send me his certification records so I can carry out his wishes.

Regards,
Grace Osei-Bonsu""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "",
        """Transféré par le service client : une dame dont le fils est décédé demande qu'on arrête d'écrire à son adresse. — Céline

> Mon fils Quentin Arnaud est décédé il y a deux mois. Vos mails arrivent encore. Supprimez son compte je vous en supplie. Monique Arnaud""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Deceased – photo on website",
        """My late daughter, Chloe Baxter, appears in a graduation photo on your site. Now that she's gone, our family would like the photo removed. I'm her mother. Support said only the DPO could deal with a deceased person's data. — Rebecca Baxter""",
        W,
    ),
    (
        "fr",
        PM,
        S,
        None,
        "Modification de mes directives",
        """Bonjour, j'avais déposé l'an dernier des directives sur le sort de mes données après mon décès. Je souhaite les modifier : la personne de confiance n'est plus mon frère mais mon épouse, Hélène Brossard. Le reste ne change pas. Jacques Brossard""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Reminder – my late mother's data",
        """Third reminder: I asked on 1 October (and again on 25 October) for my late mother's account, Joan Whitmore, to be closed. Zendesk 87711 was closed "pending DPO". Still nothing. — Peter Whitmore""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Accès aux données d'un proche décédé",
        """Bonjour,

Mon compagnon Arnaud Ferreira est décédé le 28 octobre. Il préparait une certification sur COMPTALIA. Je voudrais récupérer ses travaux et ses résultats pour ses enfants, puis faire fermer le compte. Le conseiller au téléphone m'a dit de vous écrire avec l'acte de décès, que je joins.

Sandra Lopes""",
        W,
    ),
    # ---- other: questions about the policy ----
    (
        "fr",
        X,
        S,
        Q,
        "Question sur la durée de conservation",
        """Bonjour,

Le conseiller au téléphone m'a dit que vous gardiez mes données « à vie » parce que j'ai passé une certification. C'est vrai ? Combien de temps gardez-vous réellement mes données ?

Merci,
Agnès Poulet""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Is this right?",
        """A support agent told me (ticket #CS-45004) that my data is "shared with partners for marketing". Your privacy policy says you don't sell data. Which is true? Just asking for now.

— Kevin Marsh""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "",
        """Bonjour, le chat m'a dit que mes données étaient hébergées aux États-Unis. Est-ce le cas ? Quelles garanties avez-vous pour ces transferts ? Merci. Delphine""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Question about call recordings",
        """Hi, your call centre records calls. How long are the recordings kept and who can listen to them? I'm not requesting anything, I just want to know. Thanks, Aisha""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Pourquoi le support renvoie au DPO ?",
        """Bonjour,

Je ne comprends pas pourquoi le service client refuse de répondre à toute question sur les données et renvoie systématiquement au DPO. Quel est votre rôle exactement, et quels sont mes droits ? Je n'ai pas de demande précise pour l'instant.

Raphaël Gomez""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Retention of exam records",
        """The help desk said my exam history will be kept 10 years. Does that apply even if I never finished the certification? Just curious before deciding whether to delete my account.

Thanks, Brendan""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "",
        """Est-ce que les conseillers commerciaux ont accès à mes notes d'examen ? Celui qui m'a appelé semblait les connaître. C'est une simple question. Merci. Cyril Massé""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "How long for a deletion?",
        """Before I ask for anything: if I request deletion, how long does it take, and what do you keep? Support couldn't tell me. — Marta Nowak""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Cookies de mesure d'audience",
        """Bonjour, une question : combien de temps sont conservés les cookies de mesure d'audience sur vos sites ? Le support m'a dit « je ne sais pas, voyez avec le DPO ». Cordialement, Julie Hamon""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Which company is the controller?",
        """I enrolled with ECOLEMS but emails come from "Studi". Who exactly is responsible for my data? Your sales adviser didn't know. — Patrick O'Neill""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Piratage ?",
        """Bonjour, un conseiller m'a dit qu'il y avait eu « un incident informatique » le mois dernier. Mes données ont-elles été touchées ? Votre politique dit que vous prévenez sous 72h. Je n'ai rien reçu. Merci de m'éclairer. Sébastien Lebon""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Where does my phone number come from — in general?",
        """Generic question: where do your sales teams get phone numbers from? Is it only from forms people fill in on your sites? I'm asking out of curiosity, not for a formal request. — Helen""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "",
        """Mon employeur finance ma formation, est-ce qu'il a accès à mes résultats et à mes temps de connexion ? Le service client m'a dit que oui, je voulais vérifier auprès de vous. Mélissa""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Bloctel",
        """The man on the phone said Bloctel doesn't apply to me because I was a customer. Is that right? What does your policy say? — Trevor Lyle""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Délai de réponse",
        """Bonjour, sous combien de temps devez-vous répondre à une demande sur les données ? Le support m'a parlé de 3 mois, la politique dit un mois. Merci. Aline Ravel""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Anonymised data",
        """If I delete my account, the support agent said "some data remains anonymised". What exactly remains? Asking before I decide. — Ursula Krantz""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Réseaux sociaux",
        """Bonjour, quand je me connecte avec Google, quelles données récupérez-vous ? Juste par curiosité. Cordialement, Hugo""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "",
        """Can my parents see my data? I'm 16 and my mum called your support and they told her things about my course. Is that allowed? — Jade""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Données de santé",
        """Bonjour, je vais demander un aménagement d'examen et le service pédagogique me demande un certificat médical. Qui y aura accès et combien de temps sera-t-il conservé ? Merci d'avance. Pauline Noël""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Question from a journalist",
        """Hello, I'm a freelance journalist writing on data practices in online training. Could you tell me how many data requests your DPO receives per year and how long you take on average to reply? — Naomi Feld""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Étudiante en master – question",
        """Bonjour, je rédige un mémoire sur la conformité RGPD des organismes de formation. Pourriez-vous m'indiquer sur quelle base légale reposent les appels de prospection ? Merci beaucoup. Clémence Arnoux""",
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

Suite à ma demande de suppression de la semaine dernière, le service client m'a rappelée et on a réglé mon problème de facturation. Je souhaite finalement garder mon compte. Merci d'annuler ma demande d'effacement.

Ghislaine Morel""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Please disregard",
        """Hi, please disregard my data access request from Monday (ref DSR-2026-004871). Support sorted it out on chat. Thanks — Jamie Ross""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "",
        """Transféré par le service client : l'apprenant annule sa demande, il s'était trompé. — Karim

> Bonjour, oubliez ma demande de portabilité, je voulais juste télécharger mon attestation et j'ai trouvé. Désolé. Arthur Lenglet""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Cancel my deletion request!",
        """I asked for deletion last week in a moment of anger after a bad call with your sales team. I've calmed down, the manager called me back. Please DON'T delete my account, I still need my course. Cancel it. — Oliver Grant""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "Retrait de ma demande",
        """Bonjour, je retire ma demande de limitation du traitement envoyée le 18 novembre : le litige avec le service facturation est clos. Cordialement. Denis Aubert""",
        W,
    ),
    (
        "en",
        X,
        PA,
        CANCEL,
        "Re: deletion of my son's account",
        """Hello, please stop the deletion of my son's account that I requested. We talked and he's going to continue the course with my permission. Sorry for the trouble. — Nicola Ferris""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "",
        """je retire ma demande de copie de mes données, le conseiller m'a tout expliqué au téléphone. Merci quand même. Yvette Carrel""",
        W,
    ),
    (
        "en",
        X,
        L,
        CANCEL,
        "Withdrawal of request – our client Ms. Ashby",
        """Dear DPO,

Further to our letter of 12 November, our client Ms. Caroline Ashby has reached a settlement with your customer services team and instructs us to withdraw the subject access request made on her behalf.

Yours faithfully,
Harwood & Pell LLP""",
        W,
    ),
    (
        "fr",
        X,
        H,
        CANCEL,
        "Annulation – compte de ma mère",
        """Bonjour, je vous avais demandé la fermeture du compte de ma mère décédée. Mon frère s'en est déjà occupé avec le service client. Vous pouvez annuler ma demande. Anne Perrot""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "ticket 88213 – no longer needed",
        """Regarding Zendesk 88213 forwarded to you by Jordan: I no longer need the copy of my data, please close the request. — Priya""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "Finalement non",
        """Bonjour, finalement je ne retire pas mon consentement pour le témoignage, j'ai parlé avec l'équipe com' et on a trouvé un arrangement (prénom seul, sans photo). Merci d'annuler ma demande d'hier. Gwenaëlle""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "",
        """Hi, I'd sent a request to stop all processing of my attendance data. Support corrected the hours today, so please withdraw my request. Thanks, Ola""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "Ma demande d'opposition",
        """Je vous avais écrit pour m'opposer à l'utilisation de mes notes dans vos statistiques. Après discussion avec ma tutrice, je n'y vois plus d'inconvénient. Vous pouvez classer ma demande sans suite. Olivier S.""",
        W,
    ),
    # ---- other: support questions, complaints without a right, near misses ----
    (
        "fr",
        X,
        S,
        None,
        "Le service client ne me répond pas",
        """Bonjour,

Je sais que ce n'est pas votre rôle, mais le service client ne répond plus depuis trois semaines (ticket #CS-44871) à propos de mon remboursement. Pourriez-vous transmettre à quelqu'un ? Je n'ai pas d'autre adresse qui réponde.

Pierre-Yves Collin""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Told to write to the DPO about my login",
        """The chat agent told me to write to the DPO because my account is "locked for security". I just want to log in again, my exam is on Friday. Can you unlock it? — Ben Tuckwell""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        """Bonjour, le conseiller m'a dit de vous écrire pour obtenir ma facture de septembre, je ne sais pas pourquoi c'est vous mais voilà. Facture n° F-2026-09-11873. Merci. Léon Barthe""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "FW: learner question",
        """FYI – learner asks when her certificate will be issued. Not sure why this came to us, forwarding to DPO in case it's data-related. – Sophie, Support

> Hello, I finished all modules on 2 November and still haven't received my certificate of completion. When will it arrive? — Paula Reyes""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Plainte contre un conseiller",
        """Bonjour,

Je souhaite me plaindre du comportement du conseiller qui m'a appelée le 24/11 : ton agressif, pression pour signer, il m'a raccroché au nez. Je ne sais pas à qui m'adresser, le service client m'a donné votre adresse. Je n'ai pas de demande sur mes données, je veux juste que ce soit remonté.

Annick Roussel""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "password reset not arriving",
        """Support said to email here since the password reset emails never arrive (ticket 71890). Can someone reset it manually? Username: l.moretti""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Changement de formation",
        """Bonjour, je voudrais passer de la formation Assistant comptable à Gestionnaire de paie. Le commercial m'a dit « écrivez au DPO pour modifier le contrat ». Est-ce bien ici ? Merci, Fatou Sissoko""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Refund",
        """Hi, I'm trying to get a refund within the 14 days. The call centre gave me this address. Order ref ORD-552190. Thanks, Callum Reid""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Transcription chat – problème vidéo",
        """Bonjour, voici le chat :

Agent : Avez-vous vidé le cache ?
Vous : oui trois fois, les vidéos ne se lancent toujours pas
Agent : Je vais transmettre

Et depuis rien. Peut-être que vous pouvez faire avancer ? Module 4 ELEPHORM, Premiere Pro. Merci. Quentin Brisset""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "",
        """Why does your support keep telling everyone to write to the DPO? I just want to know the date of the next live session. — Irene""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Demande de devis entreprise",
        """Bonjour, nous souhaitons former 12 collaborateurs à la comptabilité. Le commercial que j'ai eu m'a transmis cette adresse par erreur je pense. Pouvez-vous me mettre en relation avec le service entreprises ? Cordialement, Hervé Pinson, DAF, Groupe Lemoine""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Compliment for the support team",
        """Just wanted to say that Amira on your live chat was brilliant today, sorted my enrolment in ten minutes. She gave me this address to "share feedback". No request, just thanks! — Dylan""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        """Bonjour, j'ai changé de carte bancaire, comment mettre à jour le prélèvement mensuel ? Le support m'envoie vers vous. Merci. Sonia Belhadj""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "I got someone else's email",
        """Hi, I received an email from your support meant for another learner (it had her name, course and exam date). I've deleted it. Just letting you know so you can look into it. — Marcus Bell""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Suivi ticket Zendesk #80771",
        """Bonjour, où en est mon ticket #80771 concernant le report de ma session d'examen ? Le service client m'a dit que vous pouviez « débloquer » les dossiers. Merci. Élisabeth Vigneron""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Accessibility",
        """The call centre suggested I write here. Are your course videos subtitled? I'm hard of hearing and considering enrolling at DIGITAL CAMPUS LIVE. Thanks, Norah""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Mon compte ne s'affiche plus correctement",
        """Bonjour, depuis la mise à jour mon nom s'affiche « null null » dans l'espace apprenant alors que dans mon profil tout est bon. Le support m'a dit d'écrire ici. Pouvez-vous faire remonter le bug ? Ludovic Caillaud""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Financing question",
        """My adviser said to ask the DPO whether I can use my CPF account for the UX course. Is that possible? — Anouk""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        """Bonjour, je vous écris sur les conseils de ma conseillère pédagogique : je souhaiterais une attestation d'inscription pour ma CAF. Merci de me l'envoyer. Yasmine Diakité""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Re: #CS-45911",
        """Thanks for closing #CS-45911, the issue with my quiz scores is fixed. No further action needed. — Eoin""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Réclamation qualité",
        """Bonjour, suite à mon appel au centre d'appels : la formation ne correspond pas du tout à ce que le commercial m'avait vendu. Je demande une résiliation sans frais. On m'a donné votre mail. Régine Faure""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "",
        """your chat bot told me to write to the DPO if I had a complaint. My complaint is the chat bot. Regards.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Transféré – question d'une apprenante",
        """Transféré par le service client : l'apprenante demande si elle peut télécharger les vidéos pour les regarder hors ligne. Pas de lien avec les données je pense, mais elle a insisté pour que ce soit transmis. — Émilie

> Bonjour, est-il possible de télécharger les cours pour les voir dans le train ? Merci. Odile Lemaître""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Two accounts?",
        """Support says I have two accounts with the same email. That's fine, I just want my course progress to appear in the one I use. Can you merge them? — Theo Barnes""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        """Je voudrais changer mon mot de passe mais le lien a expiré. Le conseiller m'a dit « envoyez un mail au DPO ». Merci de m'aider. Gisèle""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Phishing? Call from 'Studi'",
        """I got a call from someone saying they were from your group and asking for my bank details to "validate my CPF". Your support said to report it to you. I didn't give anything. Just reporting it. — Amy Lockhart""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Appel suspect",
        """Bonjour, une personne se présentant de COMPTALIA m'a demandé mon numéro de sécurité sociale au téléphone. Est-ce normal ? Je n'ai rien donné. Le SAV m'a dit de vous prévenir. Marcel Gautier""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "",
        """Is there a phone number for the DPO? Support only gave me this email and I'd rather talk to someone about my exam retake. — Stella""",
        W,
    ),
    # ---- other: spam, phishing, bounces, auto-replies, vendors ----
    (
        "en",
        X,
        S,
        None,
        "Automatic reply: Your request #CS-46077",
        """Thank you for your email. I am out of the office until 8 December with limited access to email. For urgent matters please contact support@example-helpdesk.com.

Adaeze Nwosu""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Réponse automatique : Transféré par le service client",
        """Bonjour,
Je suis absente jusqu'au 5 janvier. Votre message ne sera pas transféré. En cas d'urgence, contactez l'accueil au 04 67 00 00 00.
Cordialement,
Corinne Basset""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Undeliverable: Your data request",
        """Delivery has failed to these recipients or groups:

p.kowalczyk@oldcompany-example.com
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Non remis : Accusé de réception de votre demande",
        """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

Destinataire : nadege.villaret@ancien-fai-exemple.fr
Raison : boîte aux lettres pleine (552 5.2.2 Mailbox full)

---- Message d'origine en pièce jointe ----""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "[Zendesk] Your ticket #93004 has been updated",
        """##- Please type your reply above this line -##

Your request (93004) has been updated. To add additional comments, reply to this email.

Agent (Support): Hi, this ticket has been escalated to the relevant team. You'll hear from us soon.

This email is a service from Helpdesk. Delivered by Zendesk""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Votre colis est en attente",
        """Bonjour,
Votre colis n° FR8841203 n'a pas pu être livré. Des frais de 1,99 € sont à régler pour la relivraison : http://relivraison-colis-exemple.top/paiement
Service Livraison""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Action required: mailbox verification",
        """Dear user of studi.fr,

Your mailbox dpo@studi.fr has exceeded its storage limit. Click below to verify your account or messages will be deleted within 24 hours.

[VERIFY NOW] http://mail-quota-verify-example.xyz/login

IT Helpdesk""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Externalisez votre service client !",
        """Bonjour,

Vos équipes support croulent sous les demandes RGPD ? CallPlus Conseil vous propose un centre d'appels dédié conformité, dès 2,40 € la minute. Disponible pour un échange de 15 minutes cette semaine ?

Bien à vous,
Hugo Tessier, CallPlus Conseil""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Automate your DSAR workflow",
        """Hi there,

Still routing data subject requests from your Zendesk by hand? Our platform auto-triages DSARs and cuts response times by 70%. Book a demo: https://dsar-tool-example.io/demo

Cheers,
Maya from PrivacyFlow""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Freshdesk : le ticket 312777 a été fermé",
        """Bonjour Kofi,

Votre ticket n° 312777 a été résolu et fermé. Si vous n'êtes pas satisfait, répondez à cet e-mail pour le rouvrir.

Évaluez notre réponse : ★★★★★

L'équipe Support — propulsé par Freshdesk""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Out of office Re: FW: learner query",
        """I'm on parental leave until March 2027. Your message has not been forwarded. Please contact salesops@example-dcl.com for anything urgent.

Jordan""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Félicitations, vous avez gagné !",
        """Cher client, vous avez été sélectionné pour recevoir un iPhone 17. Pour confirmer, cliquez ici et réglez les frais de port de 2 € : http://cadeau-gagnant-exemple.fr""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Invoice #INV-22918 overdue",
        """Hello,

Please find attached the invoice INV-22918 for services rendered. Payment is overdue. Open the attached file to view: Invoice_22918.html.zip

Accounts Receivable""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Accusé de lecture",
        """Votre message

  À : dpo@studi.fr
  Objet : Relance limitation
  Envoyé : 28/11/2026 09:14

a été lu le 28/11/2026 09:20.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Newsletter – GDPR Weekly #212",
        """GDPR Weekly — issue 212
This week: the CNIL fines a call-centre operator; EDPB guidance on legitimate interest; 5 tips for handling data requests escalated from support.
You receive this because you subscribed. Unsubscribe: https://gdprweekly-example.com/u""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Réponse automatique",
        """Merci pour votre message. Ce mail est envoyé automatiquement. Votre demande a bien été reçue par le service client COMNICIA et sera traitée sous 72 heures ouvrées. Référence : #CS-47321. Merci de ne pas répondre à ce message.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "SEO services for studi.fr",
        """Hello, I checked your website and found 37 SEO errors. I can get you on the first page of Google. Reply for a free audit. Regards, Rahul – Digital Growth Experts""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Invitation webinaire",
        """Madame, Monsieur,
Nous avons le plaisir de vous convier à notre webinaire « DPO et service client : fluidifier les escalades » le 11 décembre à 11h. Inscription gratuite : https://webinaire-rgpd-exemple.fr
L'équipe Conformité Pro""",
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
     harriet.cole@example-mail.co.uk

Message will be retried for 2 more days.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Votre compte bancaire sera suspendu",
        """Cher(e) client(e), suite à une activité inhabituelle, votre accès sera suspendu. Veuillez confirmer vos informations sous 24h : http://secure-banque-exemple.info/verif
Service Sécurité""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Survey: How did we do?",
        """Hi! You recently contacted our support team about ticket #CS-45190. How satisfied were you? Rate us from 1 to 10: https://survey-example.com/cs/45190
Thank you for helping us improve!""",
        W,
    ),
    # ---- other: messages that mention data but ask no right ----
    (
        "fr",
        X,
        S,
        None,
        "Information",
        """Bonjour, je vous informe simplement que j'ai changé d'employeur, au cas où mon ancien employeur vous contacterait pour ma formation. C'est moi qui paie désormais. Le service client est au courant. Aucune action demandée. Xavier Bonnet""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Confirmation received – thank you",
        """Thank you for confirming my data was deleted. The support agent had told me it would never happen, so I'm glad it did. Nothing else needed. — Simon Achterberg""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        """Merci pour l'export de mes données, je l'ai bien reçu et tout est lisible. Bonne journée. Émilie C.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Did you get my request?",
        """I sent my request through the Telegram bot yesterday and got a reference. Just checking this email address is the right one too, so I don't send it twice. No need to open anything new. — Lena""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Note de l'équipe commerciale",
        """Pour info DPO : appel entrant ce jour d'une prospecte (Mme Rose Tanguy) qui voulait seulement connaître les dates de rentrée. Elle a demandé pourquoi on avait son numéro, je lui ai expliqué qu'elle avait rempli le formulaire de brochure, elle était satisfaite. Pas de demande particulière. — Loïc, équipe commerciale""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "My friend's data leak?",
        """A friend of mine says she saw her name in a shared spreadsheet one of your advisers emailed her by mistake. I'm not involved, just passing it on since support told me to. I don't know more. — Gavin""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Mauvais destinataire",
        """Bonjour, je pense que ce mail devait aller à votre service support : je n'arrive pas à télécharger mon attestation de fin de formation, le bouton ne fonctionne pas. Désolée. Aurélie Masson""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Help desk told me you'd update my course dates",
        """Hi, support said the DPO could extend my access by a month because of illness. Is that something you do? Hospital letter available. — Georgia""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Re: Votre demande DSR-2026-005512",
        """Bonjour, merci pour l'accusé de réception. J'ai bien reçu le code de vérification mais je n'ai pas eu le temps de le saisir, il a expiré. Pouvez-vous m'en renvoyer un ? Merci. Nathalie Cordier""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "",
        """hi is this the right email for the student discount? the sales guy said write to dpo@ but it sounds wrong""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Question sur le Telegram",
        """Bonjour, votre bot Telegram me demande mon numéro d'apprenant. Où est-ce que je le trouve ? Le service client n'a pas su me répondre. Cordialement, Alain Royer""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Escalation – course content error",
        """Hi, I've reported an error in the payroll module (wrong 2026 social contribution rates) to support three times, Zendesk 88002, 88140, 88371. Nobody fixes it. Escalating to you as suggested by the last agent. — Robert Clarke""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Certificat de scolarité",
        """Bonjour, la conseillère m'a dit que le DPO pouvait me délivrer un certificat de scolarité pour ma banque. Pouvez-vous me l'envoyer ? N° apprenant 6621409. Kevin Dufour""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Re: Your data request has been completed",
        """Got it, thanks. One small thing not related to data: the link to the course catalogue in your email footer is broken. — Owen""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "",
        """Bonjour je suis en contact avec le service client pour un problème de facturation et ils me disent de voir avec vous, mais c'est juste une question de montant prélevé deux fois. Vous pouvez transmettre ? Merci Josiane""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Ticket #CS-48002 – complaint about waiting time",
        """I waited 47 minutes on hold with your call centre today and then got cut off. The agent who finally answered gave me this email for "complaints". My complaint is the waiting time. No data request. — Hazel Morton""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "FYI – appel d'un apprenant",
        """Pour info : un apprenant (M. Bastien Roux) a appelé pour savoir si ses données étaient bien protégées après avoir lu un article sur les fuites de données. Je l'ai rassuré et renvoyé vers la politique de confidentialité. Aucune demande à traiter. — Inès, centre d'appels""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Teams meeting request",
        """Hi, could we set up a 30-minute call next week between the DPO office and the support leads about the new escalation process? Proposing Tuesday 10:00. — Karen Hollis, Head of Customer Service""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "FYI – no action",
        """FYI – caller asked whether we "sell data to banks". I read him the relevant part of the privacy policy and he was happy. Logging it here as per the escalation guide, nothing for the DPO to do. – Tom, Call Centre""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Re: Request received [Freshdesk #313002]",
        """This is an automated message. We have received your request and a member of our team will respond within 2 business days. Please do not reply to this email.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Exam rescheduling",
        """Live chat transcript:

Agent: I can't move exam dates, you'll need to contact the DPO
You: the data protection officer? for an exam date?
Agent: yes

So... can you move my exam from 9 to 16 December? — Maddie Quinn""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Who reads these emails?",
        """Support forwards everything to this address. Out of interest, who actually reads the DPO mailbox — is it a lawyer, or the same support team? And is what I write here shared with the sales advisers? — Ian""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Complaint: rude adviser",
        """I'm not asking for anything about my data. I want to complain that your sales adviser, who introduced himself as "Nathan", laughed at me when I said I couldn't afford the course. Your support team told me complaints go to this address. — Beatrice Lowe""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Unpaid invoice – final notice (fake?)",
        """Dear Sir/Madam, your company has an outstanding debt of €4,320. To avoid legal action, transfer the amount today to IBAN LT00 0000 0000 0000 0000. Legal Recovery Department""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "",
        """Forwarded by support: learner wanted to know if the course certificate shows her grade. Answered already, just FYI. – Priyanka""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Partnership proposal",
        """Hello DPO team, we run a network of call centres in Morocco specialising in education lead qualification and would love to discuss how we could support your brands. Best, Youssef — LeadConnect Partners""",
        W,
    ),
]
