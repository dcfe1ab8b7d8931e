"""45th held-out batch: another test split of the corpus, with who is asking.

Written on 1 December 2026 in one separate pass, blind: its author read only the product
specification, the privacy policy, the label shorthands and the format header of an earlier
batch, never the classifier's rules, its code or any other batch's messages, and the classifier
was not run on it before it was frozen.

Its voices are figurative and playful: requests made through idioms, metaphors, humour and slang
of several generations ("ghost me from your database", "Marie Kondo my data", "yeet my account",
"faites-moi disparaître de vos radars", "rendez-moi mes billes", "lâchez-moi la grappe avec vos
pubs", "put my file on ice"), irony and sarcasm, pop-culture references, proverbs, poems and
limericks, exaggerated complaints, emoji hints next to words, and the same idioms used where
nothing is asked (a joke, a compliment, a story about a course, a refund, a paused subscription);
and beside them parents of minors, heirs and notaries, lawyers and associations, reminders,
withdrawals of an earlier request, questions about the policy only, support questions that ask
no right, spam, phishing, bounces and auto-replies. French and English about half each.

Every name, address, phone number, date and reference is invented.

Each entry: ``(language, labels, requester, intent, subject, text, origin)``. ``requester`` is
who is asking (``self``, ``parent``, ``heir_or_trusted_person``, ``lawyer_or_representative``,
``other_third_party``); ``intent`` is ``None``, ``"cancel"`` (the person withdraws a request) or
``"question_only"`` (a question about the policy, no request), both filed as ``other``. Only what
the sender asks in the new text is labelled, never what a quoted message says.
"""

# ruff: noqa: E501, F403, F405
from shorthands import *

HELDOUT45: list[Entry] = [
    # ---- access ----
    (
        "en",
        A,
        S,
        None,
        "spill the tea ☕",
        """Hi DPO team,

Spill the tea ☕ — what do you actually know about me? Full dossier please, every crumb: profile, course history, whatever your sales people scribbled after calling me, the lot.

Account is under jade.okonkwo@mailbox-example.net.
Jade""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Show me the receipts",
        """Show me the receipts. Your emails keep saying "because of your interest in payroll accounting" and I never told anyone I was interested in payroll anything. I want to see exactly what personal data you hold on me and where on earth you got it.

Desmond Achterberg
COMPTALIA learner no. CP-558210""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Qu'y a-t-il dans votre besace ?",
        """Bonjour,

J'aimerais bien savoir ce que vous trimballez dans votre besace à mon sujet. Déballez tout : fiche d'inscription, notes d'appels de vos conseillers, historique de connexion, résultats aux quiz. Une copie complète, quoi.

Merci d'avance,
Gérard Lemoine-Baptiste
apprenant COMPTALIA, n° 2291837""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "",
        """Vous me connaissez mieux que ma propre mère, vu les pubs ciblées que je reçois 🕵️. J'aimerais donc voir le dossier : copie de toutes les données personnelles que vous avez sur moi, svp. Compte ouvert avec solene.marchetti@courriel-test.fr""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "A limerick, and a request",
        """There once was a learner from Leeds
Whose data you hold for your needs.
So kindly disclose
What you've got, and to whose
Inbox it went — that's what she pleads.

In plain English: please send me a copy of all the personal data you hold about me and the list of everyone you've shared it with.

Harriet Vosper, ELEPHORM subscriber since 2024""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Cartes sur table",
        """Cartes sur table, s'il vous plaît. Quelles données avez-vous sur moi, et à qui les avez-vous refilées ? Je veux la liste complète des destinataires et une copie de ce que vous détenez.

Yannick Ferrandou — 07 61 44 29 03""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "The Truman Show, starring me",
        """Lately I feel like Truman Burbank. Somebody is clearly watching — your ads know which module I dropped out of before I do.

So: please send me a copy of everything you hold on me, including which subcontractors or "partners" have received it, and how long you plan to keep it.

Cheers,
Orla Penhaligon""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Mettez-moi au parfum",
        """Bonjour, mettez-moi au parfum : qu'est-ce qu'il y a exactement dans mon dossier chez ECOLEMS ? Je demande la communication de l'intégralité de mes données (article 15 du RGPD), y compris leur source.
Bien à vous,
Mme Aurore Delcambre""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "",
        """what's the 411 on me in ur system?? send it all over pls 📂👀 signed up w/ kaiden.rhodes04@inbox-demo.com""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Dis-moi ce que tu as…",
        """Ma grand-mère disait : « Dis-moi ce que tu manges, je te dirai qui tu es. » Version 2026 : dites-moi ce que vous avez sur moi, je vous dirai si ça me plaît.

Trêve de plaisanterie, je souhaite obtenir une copie de mes données personnelles. Identifiant DIGITAL CAMPUS LIVE : DCL-77301.
Ambroise Quéméner""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Peeking behind the curtain",
        """Hello,

Pay no attention to the man behind the curtain, they said. I'd like to pay a lot of attention to him, actually. Let me peek behind it: what personal data of mine sits in your CRM, the call notes from your advisers and the learning platform? A copy of all of it, please.

Thanks,
Bartholomew Njoku""",
        W,
    ),
    (
        "en",
        A,
        S,
        None,
        "Knock knock",
        """Knock knock.
Who's there?
My access request.
My access request who?
My access request from 3 October that nobody has answered yet. 🥁

Please send me the copy of my personal data I asked for. Ref I was given: DSR-2026-003817.
Priya Castellanos""",
        W,
    ),
    (
        "fr",
        A,
        L,
        None,
        "Demande de communication de données — Mme Lussac",
        """Madame, Monsieur,

Sans vouloir jouer les Columbo, il me reste « juste une petite question » : quelles données personnelles détenez-vous sur ma cliente, Mme Violette Lussac, née le 8 juillet 1990, inscrite chez COMNICIA ?

Agissant en vertu du mandat ci-joint, je vous prie de me communiquer l'ensemble des données la concernant ainsi que les informations prévues à l'article 15 du RGPD (finalités, destinataires, durées de conservation).

Maître Hugues Paradis-Lenoir
Avocat au barreau de Montpellier""",
        W,
    ),
    (
        "fr",
        A,
        S,
        None,
        "Relance 🐌",
        """Bonjour, l'escargot de La Poste est plus rapide que vous 🐌 J'ai demandé le 14 octobre une copie de mes données et je n'ai toujours rien. Merci de me l'envoyer enfin.
Noémie Castagnet""",
        W,
    ),
    # ---- rectification ----
    (
        "fr",
        R,
        S,
        None,
        "Remettez les pendules à l'heure",
        """Bonjour,

Remettez les pendules à l'heure sur mon nom : c'est Kévin avec un accent aigu, pas Kevin, et Goëllo avec un tréma. Sur mes attestations et dans votre fichier c'est écrit n'importe comment. Merci de corriger partout.

Kévin Goëllo, COMPTALIA""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "I don't live in Narnia",
        """According to your records I still live at my old flat, which as far as I'm concerned might as well be Narnia. I moved in September. New address: 14 Brambleside Close, Harrogate HG2 7QX. Please update my record.
— Fenella Grice""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Vous m'avez rajeuni",
        """Vous m'avez rajeuni de vingt ans, c'est très flatteur mais c'est faux 😄 Ma date de naissance est le 03/05/1961, pas 1981. Merci de rectifier, ça bloque mon dossier de financement.
Roland Pichegru""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Houston, we have a typo",
        """Houston, we have a problem: my surname is Smyth, with a y, and your system has me as Smith. My certificate is about to be printed with the wrong name. Please correct it before it goes to the printer.
Imogen Smyth""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "",
        """Mon ancien numéro c'est un vieux portable qui prend la poussière au fond d'un tiroir. Le nouveau : 06 47 21 88 93. Vous pouvez mettre à jour ma fiche ? Merci 🙏 (Lina Bouzidi)""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "New name, who dis?",
        """New name, who dis? 💍 I got married in August — please change my surname from Patel to Patel-Hughes on my DIGITAL CAMPUS LIVE account and on my learner record.
Anjali Patel-Hughes""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Madame, pas Monsieur",
        """Chez vous je suis « Monsieur » alors que je suis Madame depuis toujours 🙃 Ce n'est pas grave mais c'est agaçant à chaque mail. Merci de corriger la civilité sur mon compte ELEPHORM.
Camille Oudart""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Plot twist: I have a job",
        """Your records say I'm unemployed. Plot twist: I've been employed since March (junior bookkeeper, no less — your course worked!). Please correct my employment status on file.
Tomasz Wierzbicki""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Erreur de casting",
        """Erreur de casting : l'adresse e-mail enregistrée sur mon compte est celle de mon ex, qui reçoit du coup mes convocations d'examen. Remplacez-la par armelle.tixier@boite-exemple.fr, s'il vous plaît, ça devient urgent.
Armelle Tixier""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Roses are red",
        """Roses are red,
violets are blue,
my postcode is wrong
and it's down to you.

It's BS6 5RT, not BS5 6RT. Please fix it so my course books stop going to a stranger. Ta!
Gwilym Harcourt""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Le revenant",
        """Bonjour,

Au bureau on m'appelle « le revenant » depuis que votre service m'a classé « abandon » alors que j'ai terminé ma formation et passé l'examen en juin. Pouvez-vous corriger mon statut dans votre fichier ? Mon employeur le consulte pour la prime.

Bertrand Lascombes""",
        W,
    ),
    (
        "en",
        R,
        S,
        None,
        "Groundhog Day",
        """It's Groundhog Day over here: third email asking you to fix my date of birth (12 February 1988, not 21 February). Please correct it this time.
Nadia Ferreira-Quist""",
        W,
    ),
    (
        "fr",
        R,
        S,
        None,
        "Relance — correction adresse",
        """Relance : ma demande de correction d'adresse du 12 octobre est restée lettre morte. Pour rappel, nouvelle adresse : 5 impasse des Tilleuls, 31270 Cugnaux.
Éloïse Raffin""",
        W,
    ),
    # ---- erasure ----
    (
        "en",
        E,
        S,
        None,
        "ghost me 👻",
        """Ghost me from your database. Delete everything, account and all. 👻
— Sasha Lindqvist""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "",
        """yeet my account. into the sun. all the data. learner ID 4417-CM thx""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Radars",
        """Bonjour, faites-moi disparaître de vos radars : suppression totale de mon compte et de toutes mes données, s'il vous plaît.
Mathis Arnoult""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Un parfait inconnu",
        """Madame, Monsieur,

Je veux redevenir un parfait inconnu pour vous. Effacez tout ce que vous avez sur moi, dans tous vos fichiers et ceux de vos marques.

Cordialement,
Aristide Mornay""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Only way to be sure",
        """Nuke it from orbit — it's the only way to be sure. Please erase my account and all personal data you hold about me. Registered email: ripley.thornbury@post-sample.org""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Does not spark joy",
        """Hi there,

I'm Marie Kondo-ing my life and, I'm sorry, my data with you no longer sparks joy. Thank it for its service and delete all of it — account, course history, the works.

Warmly,
Beatrix Ollerenshaw""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "",
        """Rayez-moi de la carte. Compte, historique, tout. Et confirmez-le moi par écrit. Laurent Vidalenc, 06 12 09 87 41""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Wipe me off the map",
        """Please wipe me off the map. I'm exercising my right to be forgotten for everything linked to this email address.""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Tchao bye bye",
        """Tchao bye bye ELEPHORM 👋 Effacez mon compte et toutes les données qui vont avec. C'était sympa mais je passe à autre chose.
Inès Garrigou""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "The digital shredder",
        """Dear Sir or Madam,

In my day, when one was finished with a file, one put it through the shredder and that was that. I gather the modern equivalent is "erasure". I should be obliged if you would do precisely that with my file: every scrap of personal data you hold about me, please.

I completed the COMPTALIA bookkeeping course in 2019 and have no further use for your services.

Yours faithfully,
Reginald Ashcombe (aged 74 and proud of it)""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "Oubliez-moi",
        """Oubliez-moi comme on oublie un parapluie dans le train ☂️ Suppression de mes données svp. Adresse du compte : gaspard.leclercq@messagerie-fictive.fr""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "Still haunting your inbox",
        """Still haunting your inbox 👻 I asked you to delete my data on 2 November and heard nothing back. The clock is ticking ⏰ — please confirm the erasure.
Marcus Oyelaran""",
        W,
    ),
    (
        "en",
        E,
        S,
        None,
        "",
        """Ctrl+Alt+Delete me, please. The account, the profile, the whole thing. 🖥️🗑️""",
        W,
    ),
    (
        "fr",
        E,
        T,
        None,
        "Compte de mon mari",
        """Bonjour,

Mon mari s'est inscrit l'an dernier chez COMNICIA sur un coup de tête (il a aussi acheté un kayak, on ne s'en sert pas non plus). Il voudrait que vous supprimiez son compte et ses données. Il est nul en e-mails, alors je vous écris à sa place.

Nathalie Berthoumieux""",
        W,
    ),
    (
        "fr",
        E,
        L,
        None,
        "Demande d'effacement — M. Dorval",
        """Madame, Monsieur,

Mon client, M. Félix Dorval, souhaite ne plus figurer dans vos fichiers, ni de près ni de loin. En vertu du mandat joint, je vous demande l'effacement de l'ensemble de ses données personnelles au titre de l'article 17 du RGPD, et la confirmation écrite de cet effacement dans le délai d'un mois.

Maître Clémence Aubertin""",
        W,
    ),
    # ---- restriction ----
    (
        "fr",
        RS,
        S,
        None,
        "Au frigo",
        """Bonjour,

Mettez mon dossier au frigo le temps qu'on règle le litige sur ma facture : ne l'utilisez plus pour quoi que ce soit, mais ne supprimez rien, j'en aurai besoin.

Odile Carrère""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Put my file on ice",
        """Please put my file on ice while you check whether that "unpaid balance" is real. Don't use my data for anything else in the meantime — just keep it as it is.
Callum Beresford""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Pause button",
        """Hit the pause button on my data, please. I'm contesting the accuracy of my exam results record (module 4 shows 6/20, I got 16/20). Until you've checked, restrict processing of it.
Leonie Baptiste""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Libérée, délivrée… gelée",
        """Comme la Reine des neiges, gelez tout ❄️ Je conteste les informations de mon dossier (note de stage erronée) et je demande la limitation du traitement pendant votre vérification.
Maëlys Rouquette""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Keep it in a drawer",
        """Don't delete my data — I need it for my employment tribunal case — but don't touch it either. Keep it in a locked drawer, so to speak, until the case is over. That's a request to restrict processing.
Okonkwo Bright""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "",
        """Je ne veux surtout pas que vous supprimiez mes données, j'en ai besoin pour mon recours auprès de France Travail, mais je vous demande de cesser toute autre utilisation en attendant. Verrouillez, ne jetez pas. — Farid Benslimane""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Freeze frame!",
        """Freeze frame! 🎬 Yep, that's me. You're probably wondering how I got here. Long story short: dispute over my CPF funding. Please restrict the processing of my account data until it's resolved.
Dominic Aldana""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Quarantaine",
        """Mettez mes données en quarantaine, pas à la poubelle : droit à la limitation. Je conteste l'exactitude de mon historique de connexions.
Pauline Estève""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Hold your horses",
        """Hold your horses on my data 🐎 Keep it, don't use it, until you've checked the wrong grades I flagged to my tutor last week.
Zainab Holloway""",
        W,
    ),
    (
        "fr",
        RS,
        S,
        None,
        "Scène de crime",
        """Ne touchez plus à rien, comme sur une scène de crime 🚧 Quelqu'un a modifié mon compte sans mon accord et je porte plainte ; je demande que mes données soient conservées en l'état mais plus utilisées jusqu'à nouvel ordre.
Serge Kerambrun""",
        W,
    ),
    (
        "en",
        RS,
        S,
        None,
        "Reminder: ice",
        """Gentle reminder that my file is supposed to be on ice. I asked on 20 October for my data to be restricted during the billing dispute and I'm still getting "your progress this week" emails built from it. Please apply the restriction.
Hollis Marchbanks""",
        W,
    ),
    (
        "fr",
        RS,
        L,
        None,
        "Limitation — dossier Mme Sabatier",
        """Bonjour,

L'association Consom'Actifs 34, mandatée par Mme Josiane Sabatier (mandat signé joint), vous demande de limiter le traitement de ses données le temps que soit tranché le désaccord sur ses résultats d'examen. Nous ne demandons pas la suppression.

Pour l'association,
Fabrice Ollivier, bénévole juriste""",
        W,
    ),
    # ---- objection ----
    (
        "en",
        O,
        S,
        None,
        "Hands off my photo",
        """Hands off my photo! 📸 My face is in your COMNICIA Instagram ads ("Become a community manager in 6 months!"). I object to my image being used in your advertising. I have personal reasons — I work in a sector where that's frankly embarrassing.
Rosalind Achebe""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Pas un cobaye",
        """Je ne veux plus servir de cobaye à vos algorithmes. Je m'oppose au profilage de mon parcours d'apprentissage (recommandations, « score d'engagement », etc.).
Julien Ravanel""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "I'm not a spreadsheet",
        """Stop turning me into a spreadsheet. I object to the analytics and profiling you run on my learning behaviour — time on page, click patterns, all that. My reasons: it stresses me out and I didn't sign up to be measured.
Ciaran Mulvey""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Lâchez-moi la grappe (recherche)",
        """Lâchez-moi la grappe avec vos études : j'ai appris que mes données de progression allaient servir à un projet de recherche avec une université. Je m'y oppose, je ne veux pas que mes résultats servent à ça.
Coralie Vasseur""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Not your lab rat 🐀",
        """I'm not your lab rat 🐀. I object to my data being used in that "learning outcomes" research study mentioned in the platform banner.
E. Drummond-Blake""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Ma tête dans votre brochure ? Non merci",
        """Bonjour,

Ma tête dans votre brochure ? Non merci. Je découvre ma photo de promo en page 7 du catalogue ECOLEMS. Je m'oppose à l'utilisation de mon image dans vos supports, j'ai des raisons personnelles (je ne veux pas être retrouvable).

Hélène Marquis-Dalmasso""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Liste des lauréats",
        """Bonjour,

Pour des raisons personnelles sérieuses (je fais l'objet d'un harcèlement et je me cache un peu), je m'oppose à ce que mon nom figure sur la liste publique des lauréats de la session de juin. Je ne veux pas qu'on me retrouve par ce biais.

Merci de votre compréhension,
Solène M.""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Take me off the hook",
        """Please take me off the hook of your "learner success stories" wall on the website. I object to my name and story being displayed there — my circumstances have changed and I'd rather not be findable.
Ambrose Kettering""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Poulet de Bresse",
        """Vous me notez comme un poulet de Bresse au concours agricole ? 🐔 J'ai vu que votre plateforme calcule un « score de risque d'abandon ». Je m'oppose à ce scoring me concernant.
Thibault Largeau""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Big Brother, boss edition",
        """Bit of a Big Brother moment: I found out my weekly activity is being fed to some dashboard. I object to my learning data being used for that analytics — I'm going through a rough patch and don't want my pace scrutinised.
Wren Abernathy""",
        W,
    ),
    (
        "en",
        O,
        S,
        None,
        "Re: my objection",
        """Bumping this like a forum thread from 2009. On 5 November I objected to my face being used in your course trailer videos. No answer, trailer still up. Please deal with my objection.
Kwame Asante-Ryder""",
        W,
    ),
    (
        "fr",
        O,
        S,
        None,
        "Mon visage en tête de gondole",
        """Je me retrouve en tête de gondole sur la page d'accueil d'ELEPHORM, extrait de ma classe virtuelle à l'appui. Je m'oppose à cette utilisation de mon image, pour des motifs qui tiennent à ma situation professionnelle.
Grégoire Hanotaux""",
        W,
    ),
    # ---- marketing_objection ----
    (
        "fr",
        M,
        S,
        None,
        "Vos pubs",
        """Lâchez-moi la grappe avec vos pubs ! Plus d'e-mails commerciaux, plus de SMS promo. Merci.""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "",
        """stop sliding into my DMs (well, my SMS) with your "limited time offers" 🙄 unsubscribe me""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Votre commercial",
        """Votre commercial m'appelle plus souvent que ma mère, et ma mère appelle beaucoup. Stop aux appels de démarchage, s'il vous plaît. Numéro concerné : 06 55 38 12 70.
Sylvain Guéridon""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Hotel California",
        """I've clicked your unsubscribe link four times. It's like Hotel California: I can check out any time I like, but I can never leave. Please remove me from your marketing emails properly.
Lorcan Featherstone""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Boîte aux lettres",
        """Arrêtez de m'envoyer vos catalogues papier, ma boîte aux lettres déborde et mon facteur me fait la tête. Plus de courrier publicitaire svp.
Mme Ginette Boulanger, 18 rue des Capucins, 59800 Lille""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "haiku",
        """Autumn inbox fills —
offers I did not ask for.
Please unsubscribe me.""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "« Dernière chance »",
        """Votre « dernière chance » revient tous les mardis depuis six mois. Soit vous ne savez pas compter, soit c'est du marketing 😏 Désabonnez-moi de vos e-mails promotionnels.""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Sales team, specifically",
        """Take me off the hook — your sales team's hook, specifically. No more phone calls about "new programmes", please. I'm happy with my current course.
Delphine Rourke""",
        W,
    ),
    ("fr", M, S, None, "", """🚫📞 🚫📧 Plus de démarchage svp, ni téléphone ni mail. merci""", W),
    (
        "en",
        M,
        T,
        None,
        "Calls to my dad's landline",
        """Hello,

Your advisers keep calling my dad's landline (01632 960 418) about accounting courses. He's 81, he thinks it's the bank every time, and he's not interested. Please stop calling that number.

Thanks,
Fiona Baird (his daughter)""",
        W,
    ),
    (
        "fr",
        M,
        S,
        None,
        "Relance — désabonnement",
        """Relance : je vous ai demandé le 2 novembre d'arrêter les SMS commerciaux. J'en ai encore reçu trois cette semaine. Ça suffit, merci de me retirer de vos listes SMS.""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "So exclusive",
        """Oh great, another "exclusive offer". So exclusive I get it every single day. Remove me from your marketing lists, please — email and SMS.""",
        W,
    ),
    (
        "en",
        M,
        S,
        None,
        "Bloctel-ish",
        """I'm on Bloctel and you still ring me. Consider this my formal objection to any telephone marketing. Number: +33 6 72 14 09 51.
Hamish Dervaux""",
        W,
    ),
    # ---- consent_withdrawal ----
    (
        "en",
        C,
        S,
        None,
        "Taking back my yes",
        """I said yes to being in your testimonial video last spring. I'm taking that yes back. Please record that I withdraw my consent to the use of the video.
Margot Ellery""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Rendez-moi mes billes",
        """Bonjour,

Rendez-moi mes billes : je retire mon consentement à l'utilisation de mon témoignage écrit sur votre site COMPTALIA. Je ne joue plus.

Patrice Ducasse""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Cookies: I'm on a diet",
        """Cookies? I'm on a diet 🍪🚫 I accepted all of them when I logged in last week and I regret it. I withdraw my consent to the non-essential ones (audience measurement and so on) on my account.
Tilly Fairweather""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Enregistrement des classes virtuelles",
        """J'avais dit oui à l'enregistrement des classes virtuelles où j'interviens. J'ai changé d'avis, comme la météo bretonne 🌦️ Je retire mon consentement.
Youenn Le Goff""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Taylor's Version",
        """Re-recording my decision, Taylor's Version 🎤: I withdraw my consent for you to use my photo on the alumni page. Thank you!
Sienna Kowalczyk""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Je reprends ma parole",
        """Paroles, paroles, paroles… Je reprends la mienne : je retire le consentement que j'avais donné pour l'enregistrement de mes appels avec les conseillers pédagogiques.
Dalida n'a rien à voir là-dedans, c'est juste moi, Ludovic Sarrazin.""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Moment of weakness",
        """I ticked the box in a moment of weakness (free webinar! free pizza emoji!). I'm withdrawing the consent I gave to share my profile with your partner employers' job board.
Jasper Ndlovu""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Mon consentement n'était pas un CDI",
        """Mon consentement n'était pas un CDI, plutôt une période d'essai 😅 Je le retire pour l'utilisation de ma voix dans votre podcast pédagogique.
Morgane Pellerin""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "",
        """consent: revoked ✋ for the face-matching thing you use at online exams. I agreed to it once, not forever.""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "La case cochée",
        """Vous pouvez décocher la case que j'ai cochée à l'inscription pour le partage de mes résultats avec mon employeur : je retire ce consentement.
Véronique Aubigny""",
        W,
    ),
    (
        "en",
        C,
        S,
        None,
        "Game over",
        """Game over 🎮 for the consent I gave to keep my webcam proctoring recordings for "improving our AI". I withdraw it, effective now.
Ravi Soundararajan""",
        W,
    ),
    (
        "fr",
        C,
        S,
        None,
        "Relance retrait de consentement",
        """Deuxième bouteille à la mer 🍾 : j'ai retiré le 8 novembre mon consentement à l'usage de ma photo dans le trombinoscope public de la promo. Elle y est toujours. Merci d'en tenir compte.
Capucine Brossard""",
        W,
    ),
    # ---- portability ----
    (
        "en",
        P,
        S,
        None,
        "Pack my bags",
        """Pack my bags 🧳 — I'm moving to another training provider. Please send me my data in a machine-readable format (JSON or CSV is fine).
Elliot Marchetti-Boyd""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Je fais mes valises",
        """Je fais mes valises et je change d'organisme. Mes données au format exploitable (CSV) svp, pour que je puisse les reprendre ailleurs.
Clémentine Roussel""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Beam me up",
        """Beam me up, Scotty 🖖 — or rather, beam my learning records directly to my new school, Horizon Skills Academy (data.office@horizon-skills.example). I'm exercising my right to data portability.
Nikhil Varadarajan""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Mon cartable",
        """Je reprends mes billes et mon cartable : export de mon historique de formation (modules, notes, attestations) dans un fichier lisible par machine, s'il vous plaît.
Baptiste Hellequin""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "My data, Wrapped",
        """Could you do me a Spotify Wrapped of my data, but in JSON? 🎧 Seriously though: I'd like a portable, machine-readable export of all the data I provided to ELEPHORM.
Tamsin O'Rourke""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "Déménagement numérique",
        """Bonjour,

Déménagement numérique en cours 📦 Je vous demande de transmettre directement mes données de formation à l'organisme Formavenir Occitanie, qui reprend mon parcours. Contact : rgpd@formavenir-exemple.fr.

Merci,
Anaïs Caumont""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "to go 🥡",
        """Can I get my data to go? 🥡 Machine-readable, please — not a 300-page PDF screenshot.
Gideon Farrah""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "J'emporte mes jouets",
        """J'emporte mes jouets ailleurs 🧸 Demande de portabilité (article 20 du RGPD) : mes données dans un format structuré et couramment utilisé.
Quentin Delahaye""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Labelled boxes",
        """Like any decent house move, I want my boxes labelled: a CSV of my course history, quiz scores and certificates, please, so I can import it into my new provider's platform.
Philippa Tennant""",
        W,
    ),
    (
        "fr",
        P,
        L,
        None,
        "Portabilité — mandat",
        """Bonjour,

Le service « MesDroitsFacile », mandaté par M. Romain Esquerré (mandat et pièce d'identité joints), vous demande la transmission de ses données dans un format structuré, couramment utilisé et lisible par machine.

L'équipe MesDroitsFacile""",
        W,
    ),
    (
        "en",
        P,
        S,
        None,
        "Still waiting on my export",
        """Tick tock 🕰️ — my portability request from 9 October is still pending. I need that JSON export before my new course starts on the 15th.
Ophelia Strand""",
        W,
    ),
    (
        "fr",
        P,
        S,
        None,
        "",
        """Pas un PDF scanné de travers svp, un VRAI fichier exploitable (csv/json) avec toutes mes données de formation. merci 😇 — Jordan Mallet""",
        W,
    ),
    # ---- several rights ----
    (
        "en",
        AE,
        S,
        None,
        "Then burn it 🔥",
        """Show me what you've got, then burn it 🔥 — a copy of all my personal data first, then erase everything.
Caspian Whitlock""",
        W,
    ),
    (
        "fr",
        AE,
        S,
        None,
        "Puis la broyeuse",
        """Montrez-moi le dossier, puis passez-le à la broyeuse. Autrement dit : copie de mes données, puis suppression complète.
Albane Gourdon""",
        W,
    ),
    (
        "fr",
        EM,
        S,
        None,
        "Disparaître pour de bon",
        """Je veux disparaître pour de bon : effacez mon compte et mes données, et arrêtez les pubs par e-mail et SMS dès aujourd'hui.
Hugo Lamarque""",
        W,
    ),
    (
        "en",
        CM,
        S,
        None,
        "",
        """I withdraw the marketing consent I gave when I signed up, and stop emailing me offers. Enough is enough 📵""",
        W,
    ),
    (
        "en",
        AP,
        S,
        None,
        "Copy + CSV",
        """Two birds, one stone: send me a copy of everything you hold on me, and a CSV/JSON export of my course data I can hand to my new provider.
Linnea Garside""",
        W,
    ),
    (
        "fr",
        PE,
        S,
        None,
        "Je pars avec mes affaires",
        """Je pars avec mes affaires et je ferme la porte derrière moi : export de mes données dans un format lisible par machine, puis suppression de mon compte.
Romane Estrade""",
        W,
    ),
    (
        "en",
        AR,
        S,
        None,
        "Half of it is wrong, I bet",
        """I bet half of what you hold on me is wrong. Send me a copy so I can check — and fix my address now while you're at it: 3 Saltmarsh Row, Whitby YO21 3PL.
Agnes Pemberton""",
        W,
    ),
    (
        "fr",
        RRS,
        S,
        None,
        "Note fausse",
        """Ma note d'examen est fausse (12 au lieu de 17). Corrigez-la, et d'ici là n'utilisez pas ce résultat, notamment pas dans l'attestation envoyée à mon employeur.
Sébastien Coudray""",
        W,
    ),
    (
        "en",
        ORS,
        S,
        None,
        "Profiling, pause it",
        """I object to the engagement-profiling on my account, and while you weigh my objection please stop processing those data altogether.
Idris Calloway""",
        W,
    ),
    (
        "fr",
        OE,
        S,
        None,
        "Ma photo, à la poubelle",
        """Je m'oppose à l'utilisation de ma photo dans vos publicités Facebook, et je veux qu'elle soit supprimée de vos fichiers.
Lucie Fabbri""",
        W,
    ),
    (
        "en",
        CE,
        S,
        None,
        "Testimonial, unsaid",
        """Can I un-say something? I withdraw my consent for the testimonial video and want the footage deleted, not just hidden.
Marisol Quennell""",
        W,
    ),
    (
        "en",
        AEM,
        S,
        None,
        "The full treatment",
        """The full treatment, please: spill the tea on what you know about me (a copy), then delete it all, and stop the marketing emails in the meantime.
Beckett Vance""",
        W,
    ),
    (
        "fr",
        CEM,
        S,
        None,
        "Tout arrêter",
        """Je retire mon consentement aux offres commerciales, je ne veux plus aucun mail promo et supprimez mes données. Fini, terminé, rideau 🎭
Estelle Marchadier""",
        W,
    ),
    (
        "en",
        CO,
        S,
        None,
        "Two things",
        """Two things: I withdraw my consent to the call recordings, and I object to you using my course data for that research project with the university.
Harlan Whitcombe""",
        W,
    ),
    (
        "fr",
        APE,
        S,
        None,
        "Le grand ménage",
        """Grand ménage de printemps (en décembre, oui) : copie de mes données, export en CSV pour mon nouvel organisme, puis effacement de tout.
Gaëlle Sorin""",
        W,
    ),
    # ---- minor_parental ----
    (
        "fr",
        MP_E,
        PA,
        None,
        "Mon fils de 14 ans",
        """Bonjour,

Mon fils Lilian, 14 ans, s'est inscrit en douce à un cours ELEPHORM de montage vidéo avec ma carte (on en reparlera, lui et moi). Il a donné son nom, sa date de naissance et son e-mail. Faites-le disparaître de vos fichiers, s'il vous plaît. Je joins le livret de famille.

Stéphanie Cazeneuve""",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "My 13-year-old",
        """Hi,

My 13-year-old daughter decided she was a grown-up and signed up for a Photoshop course on ELEPHORM with her own email. Bless her. Please delete her account and everything she gave you. Happy to send proof I'm her mum.

Rebecca Ainsworth""",
        W,
    ),
    (
        "fr",
        MP_A,
        PA,
        None,
        "Données de ma fille",
        """Bonjour,

Ma fille a 16 ans et suit un module chez DIGITAL CAMPUS LIVE. J'aimerais savoir ce que vous avez sur elle : une copie de ses données, s'il vous plaît. Je suis titulaire de l'autorité parentale (justificatif joint).

M. Olivier Thébaud""",
        W,
    ),
    (
        "en",
        MP_A,
        PA,
        None,
        "What do you hold on my son?",
        """Hello,

What do you hold on my son, Alfie Dunmore (15)? He's doing a COMNICIA course as part of a school project. I'd like a copy of his personal data. I can prove I'm his father.

Gareth Dunmore""",
        W,
    ),
    (
        "fr",
        MP_C,
        PA,
        None,
        "Photo de mon fils",
        """Bonjour,

J'avais accepté que la photo de mon fils (15 ans) figure sur la page de la promo. Je retire ce consentement. Merci de m'en confirmer la prise en compte.

Nadège Fourcroy, sa maman""",
        W,
    ),
    (
        "en",
        MP_EM,
        PA,
        None,
        "Leave my kid alone",
        """Leave my kid alone, please 🙏 My son is 12 and he's getting your SMS offers on his phone. Stop the marketing and delete his data. I'm his father and legal guardian.
Conor McAlister""",
        W,
    ),
    (
        "fr",
        MP_R,
        PA,
        None,
        "Date de naissance de ma fille",
        """Bonjour, vous avez enregistré ma fille Jeanne (12 ans) avec ma date de naissance à moi, ce qui lui donne 43 ans 😅 Merci de corriger : 19/04/2014. Je suis sa mère.
Amandine Reverchon""",
        W,
    ),
    (
        "en",
        ("objection", MN),
        PA,
        None,
        "My daughter in your ads",
        """My daughter is 16 and her photo from the summer workshop is now in your Facebook ads. As her parent I object to her image being used in advertising — she's had some trouble at school and the last thing she needs is to be visible.
Helen Okafor""",
        W,
    ),
    (
        "fr",
        MP_RS,
        PA,
        None,
        "Geler le dossier de mon fils",
        """Bonjour,

Je conteste les résultats enregistrés pour mon fils Noah (15 ans) : il y a eu un bug à l'examen blanc. En attendant la vérification, je vous demande de geler son dossier et de ne pas transmettre ces résultats à son lycée.

Rachid Bensaïd, père de Noah""",
        W,
    ),
    (
        "en",
        MP_P,
        PA,
        None,
        "Export for my son",
        """Hi, my son (14) is switching to another online school in January. Could you send his course records in a machine-readable file, or straight to the new school? I'm his mother, documents attached.
Claire Holroyd""",
        W,
    ),
    (
        "fr",
        MP_AE,
        PA,
        None,
        "Ma petite tornade",
        """Bonjour,

Ma petite tornade de 11 ans a réussi à créer un compte chez vous pendant que je faisais les courses 🌪️ Je veux d'abord voir ce qu'elle vous a raconté (copie de ses données), puis que tout soit supprimé.

Aurélie Mazurier""",
        W,
    ),
    (
        "en",
        MP_E,
        PA,
        None,
        "Guardian of a minor",
        """Dear DPO,

I'm the court-appointed guardian of my nephew Tobias Renwick, aged 13 (order attached). He created an account on your platform without anyone's permission. Please erase his data.

Yours sincerely,
Martin Renwick""",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "Relance — compte de mon fils",
        """Relance 📣 : je vous ai écrit le 6 novembre pour que vous supprimiez le compte de mon fils de 13 ans. Toujours actif ce matin. Merci de faire le nécessaire.
Karine Lozano""",
        W,
    ),
    (
        "en",
        MP_C,
        PA,
        None,
        "",
        """hi, i'm the mum of Isla (14). she ticked "yes record my sessions" without asking me. I'm withdrawing that consent for her. thx, Jo Pettigrew""",
        W,
    ),
    (
        "fr",
        MP_E,
        PA,
        None,
        "Mineure inscrite",
        """Madame, Monsieur,

Ma fille Zoé, 15 ans, s'est inscrite sans mon accord à une formation COMPTALIA en se faisant passer pour majeure. Je vous demande de supprimer toutes ses données. Je suis sa mère et détentrice de l'autorité parentale.

Sandrine Peyrefitte""",
        W,
    ),
    # ---- not minor: adult child / teen self ----
    (
        "en",
        E,
        T,
        None,
        "My son's account",
        """My son is 19 and hopeless with admin, so I'm writing for him: could you delete his ELEPHORM account? His name is Rory Blackwood. (He knows I'm writing. Sort of.)
Diane Blackwood""",
        W,
    ),
    (
        "fr",
        E,
        S,
        None,
        "J'ai 16 ans",
        """Bonjour, j'ai 16 ans et je me suis inscrit chez vous l'an dernier. En fait je veux plus, vous pouvez supprimer mon compte et mes données svp ? 🙏 Merci. Enzo""",
        W,
    ),
    (
        "fr",
        A,
        L,
        None,
        "Demande pour mon fils majeur sous procuration",
        """Bonjour,

Mon fils Valentin, 22 ans, est en mission humanitaire sans accès internet. Il m'a donné une procuration écrite (jointe) pour ses démarches. Je vous demande en son nom une copie de ses données personnelles.

Michel Aubert""",
        W,
    ),
    # ---- post_mortem ----
    (
        "fr",
        PM,
        H,
        None,
        "Compte de mon père",
        """Bonjour,

Mon père nous a quittés en septembre. Il n'est pas parti avec ses données, elles sont encore chez vous, et vos e-mails de relance continuent d'arriver dans sa boîte que je relève. Je vous demande de clôturer son compte. Je joins l'acte de décès et l'attestation de dévolution.

Élodie Grandjean, sa fille""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "My mum's account",
        """Hello,

My mum passed away last month. She'd have joked that she "kicked the bucket" — she had that sort of humour — but the emails you keep sending her aren't funny to us. Please close her account and deal with her data. Death certificate attached; I'm her son and executor.

Neil Ashworth""",
        W,
    ),
    (
        "fr",
        PM,
        S,
        None,
        "Quand je passerai l'arme à gauche",
        """Bonjour,

Quand je passerai l'arme à gauche (le plus tard possible, j'espère), je veux que toutes mes données chez vous soient effacées. Je désigne ma sœur, Marion Dulac, 07 81 22 45 19, pour veiller à ce que ce soit fait.

Ce sont mes directives, merci de les enregistrer.
Thierry Dulac""",
        W,
    ),
    (
        "en",
        PM,
        S,
        None,
        "When I shuffle off this mortal coil",
        """To whom it may concern,

When I shuffle off this mortal coil — not imminent, I assure you — I'd like my account closed and my data deleted, except my certificates, which should go to my partner, Ellis Trowbridge. Please record these as my directives.

Yours,
Cordelia Hayward-Finch""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Succession de Mme Roux",
        """Madame, Monsieur,

Je suis chargé du règlement de la succession de Mme Bernadette Roux, décédée le 2 octobre 2026 à Nîmes. Je vous saurais gré de me faire connaître les données détenues à son nom et de procéder à la clôture de son compte apprenant.

Maître Jean-Baptiste Ferrier, notaire à Nîmes""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Estate of Mr Gallagher",
        """Dear Sir/Madam,

I'm the executor of the late Patrick Gallagher, who died on 14 September. He was enrolled on a COMPTALIA course. Please close his account and tell me what personal data you held on him. Grant of probate attached.

Siobhan Gallagher""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Les attestations de ma femme",
        """Bonjour,

Ma femme est décédée cet été. Elle était si fière de son attestation de fin de formation… J'aimerais la récupérer, avec ses autres certificats, pour les garder en souvenir. Je suis son mari et héritier.

Jean-Claude Mercadier""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Please stop emailing my late husband",
        """Please stop emailing my late husband. Every "We miss you, Graham!" is a knife. He died in June. I'd like his account closed and his details removed. I can send the death certificate.
Moira Lennox""",
        W,
    ),
    (
        "fr",
        PM,
        S,
        None,
        "Testament numérique en vers",
        """Quand mon dernier souffle aura quitté la scène,
Que nul ne garde trace de mes pauvres chapitres ;
Effacez mon compte, sans peine ni gêne,
Et que mon frère Paul en soit le seul arbitre.

En prose : à mon décès, supprimez toutes mes données. Personne de confiance : Paul Vanneste, paul.vanneste@courriel-fictif.fr.
Claire Vanneste""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Trusted person",
        """Hi,

My friend Owen Pritchard named me as his trusted person for his digital affairs. He died on 30 October. His instructions were to delete everything he had with online services. Please carry that out for his learner account; his written directive and the death certificate are attached.

Lowri Evans""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Relance succession",
        """Relance : je vous ai écrit le 28 octobre au sujet du compte de ma mère décédée, Mme Yvette Charlier. Toujours pas de réponse et toujours des mails à son nom. Merci de clore son compte.
Pascal Charlier""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Access to my late brother's data",
        """My brother died in a road accident in August. We're trying to piece together his last months and he was studying with you. As his heir, can I get access to his training data and progress? Papers attached.
Callum Frazer""",
        W,
    ),
    (
        "fr",
        PM,
        S,
        None,
        "Mes directives",
        """Bonjour,

On n'est jamais trop prévoyant, comme disait mon grand-père qui avait trois parapluies. Je souhaite définir des directives sur le sort de mes données après ma mort : conservation de mes certificats pour mes enfants, suppression de tout le reste.

Henriette Lambotte""",
        W,
    ),
    (
        "en",
        PM,
        H,
        None,
        "Gran's account",
        """My gran went up to the big classroom in the sky last week — she was doing an Excel course at 82, legend. Could you close her account please? I'm her granddaughter and handling her affairs with my mum.
Poppy Hargreaves""",
        W,
    ),
    (
        "fr",
        PM,
        H,
        None,
        "Ma grand-mère est montée au ciel",
        """Bonjour, ma grand-mère est montée au ciel le mois dernier 🕊️ Elle suivait un cours chez vous. Que faut-il faire pour fermer son compte ? Je suis sa petite-fille et héritière, j'ai l'acte de décès.
Mélanie Carbonnel""",
        W,
    ),
    # ---- other: questions about the policy only ----
    (
        "en",
        X,
        S,
        Q,
        "Asking for a friend",
        """How long do you keep my data hanging around after I finish a course? Asking for a friend. The friend is me.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Le congélateur",
        """Question bête : combien de temps mes données restent-elles au congélateur chez vous une fois la formation terminée ? Je ne demande rien, je me renseigne.""",
        W,
    ),
    ("en", X, S, Q, "Be honest", """Do you sell my data? Be honest, I can take it. 😬""", W),
    (
        "fr",
        X,
        S,
        Q,
        "Au bout du monde ?",
        """Bonjour, est-ce que mes données partent à l'autre bout du monde ? Vos prestataires sont-ils hors de l'Union européenne ? Simple curiosité.
Hervé Costes""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Cookies (the digital kind)",
        """What's your policy on cookies — the digital kind, sadly — and how long do the tracking ones last?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "",
        """Votre DPO, c'est un humain ou un robot ? 🤖 Et on le contacte comment, à part cette adresse ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "If you get hacked",
        """If you get hacked tomorrow, will I actually find out, or will I read about it in the news six months later?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Le droit à l'oubli, comment ça marche ?",
        """Bonjour, le droit à l'oubli, ça marche comment chez vous ? Je ne fais pas de demande pour l'instant, je veux juste savoir ce qui est vraiment effacé et ce que vous gardez.""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "ID for deletion?",
        """Hypothetically, if I ever wanted to delete my account, would I have to send a copy of my passport? Not asking to delete, just planning ahead.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Dix ans ?",
        """On m'a dit que vous gardiez les résultats d'examens de certification pendant dix ans, c'est vrai ? C'est long, dix ans, c'est plus que mon dernier couple 😄""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Can my boss see?",
        """Quick one: can my employer see my quiz results if they paid for the course? Just want to know before I bomb the next quiz.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "À l'ancienne",
        """Je suis de la vieille école : peut-on exercer ses droits RGPD par lettre recommandée ? Et à quelle adresse ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "If Studi gets bought",
        """What happens to my data if the Studi Group gets bought by some giant tech company? Does it just… come with the furniture?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Du profilage ?",
        """Est-ce que vous faites du profilage avec mes données de navigation pour vos offres ? Juste pour savoir à quelle sauce je suis mangé.""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Cloud or EU?",
        """Where do you store our data — in the EU, or in a fluffy cloud somewhere over the Pacific?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Bloctel, c'est quoi ?",
        """Votre politique parle de Bloctel. C'est quoi exactement, et est-ce que ça suffit pour ne plus recevoir d'appels de personne ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "One month or a geological era?",
        """How long do you take to answer a privacy request? One month, or a geological era? Asking before I bother.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "",
        """quelles données vous utilisez pour vos pubs « personnalisées » ? âge, métier, pages vues ? curieuse 🧐""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Kids and data",
        """General question: if a parent finds out their child signed up without permission, what's the process to get the data deleted? I don't have kids on your platform, I'm writing a parenting blog post.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        Q,
        "Après la mort",
        """Bonjour, j'ai lu qu'on peut donner des directives sur le sort de ses données après sa mort. Comment ça se passe concrètement chez vous ? Je me renseigne, rien de plus.""",
        W,
    ),
    (
        "en",
        X,
        S,
        Q,
        "Is marketing opt-in?",
        """Your policy says marketing is opt-in. So if I never ticked anything, you're not supposed to be sending me promos at all — did I read that right?""",
        W,
    ),
    # ---- other: withdrawals of an earlier request ----
    (
        "en",
        X,
        S,
        CANCEL,
        "Un-ghost me",
        """Forget my deletion request from yesterday — I panicked after a bad exam. Un-ghost me, I'm staying. 😅
Sasha""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "Finalement je reste",
        """Finalement je reste ! Annulez ma demande de suppression, j'ai retrouvé la motivation (et mon mot de passe).
Mathilde Crozet""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Abort mission 🛑",
        """Abort mission 🛑 — please cancel my data access request, I found what I needed in my account settings.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "Portabilité : laissez tomber",
        """Oubliez ma demande de portabilité : je ne change plus d'organisme, l'autre m'a fait faux bond.
Clémentine Roussel""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Scratch that",
        """Scratch that. No need to put my file on ice any more — the billing dispute is sorted. Please close my restriction request.
Callum Beresford""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "Fausse alerte",
        """Fausse alerte 🙈 Annulez ma demande de rectification : c'est moi qui avais mal lu, mon nom est bien orthographé.""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Plot twist: I'm staying",
        """Plot twist: I'm staying. Please cancel the erasure request DSR-2026-004512.
Marcus Oyelaran""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "Je retire mon opposition",
        """Bonjour, je retire ma demande d'opposition au profilage. Tout compte fait, les recommandations me sont utiles. Merci et désolé du dérangement.
Julien Ravanel""",
        W,
    ),
    (
        "en",
        X,
        PA,
        CANCEL,
        "Never mind — my daughter",
        """Hi, never mind my email about deleting my daughter's account (she's 14). We talked it through and I'm fine with her finishing the course. Please cancel that request.
Rebecca Ainsworth""",
        W,
    ),
    (
        "fr",
        X,
        H,
        CANCEL,
        "Annulation — compte de mon père",
        """Bonjour, je vous demande de ne pas donner suite à ma demande concernant le compte de mon père décédé : mon frère, qui est exécuteur, s'en occupe lui-même. Merci.
Élodie Grandjean""",
        W,
    ),
    (
        "en",
        X,
        L,
        CANCEL,
        "Withdrawal of request — Ms Lussac",
        """Dear DPO,

Please treat our access request on behalf of Ms Violette Lussac as withdrawn; the matter has been settled amicably.

Kind regards,
Hugues Paradis-Lenoir""",
        W,
    ),
    (
        "fr",
        X,
        S,
        CANCEL,
        "J'ai parlé trop vite",
        """Laissez tomber mon message d'hier, j'ai parlé trop vite sous le coup de la colère 🙈 Vous pouvez garder mon compte et mes pubs, même.""",
        W,
    ),
    (
        "en",
        X,
        S,
        CANCEL,
        "Reinstate my consent?",
        """I withdrew my consent for the testimonial video last week, but I've changed my mind again (sorry!). Please ignore that withdrawal — you can keep using the video.
Margot Ellery""",
        W,
    ),
    # ---- other: auto-replies, bounces, spam, phishing, pitches ----
    (
        "en",
        X,
        S,
        None,
        "Out of office: sipping piña coladas",
        """Thank you for your email. I'm currently out of office, sipping piña coladas and getting caught in the rain, until 8 December. For anything urgent, contact my colleague Ruth Abara.

This is an automatic reply.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Réponse automatique : absent",
        """Bonjour,

Je suis en congés jusqu'au 5 janvier inclus, loin de tout écran (promis). Votre message sera traité à mon retour.

Ceci est une réponse automatique.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Undeliverable: Your request has been received",
        """Delivery has failed to these recipients or groups:

kaiden.rhodes04@inbox-demo.com
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
        "Non remis : Votre demande RGPD",
        """Ce message a été créé automatiquement par le logiciel de remise du courrier.

Le message que vous avez envoyé n'a pas pu être remis à un ou plusieurs destinataires :
  gaspard.leclercq@messagerie-fictive.fr
  Boîte aux lettres pleine.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Your mailbox dpo@studi.fr will be DELETED",
        """Dear user,

Your mailbox dpo@studi.fr will be permanently deleted within 24 hours due to inactivity. To keep your messages, verify your account here: http://studi-mail-verify.example/login

IT Helpdesk""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Faites-vous oublier d'Internet !",
        """Bonjour,

Votre e-réputation vous échappe ? NetOubli fait disparaître vos traces du web en 48 h ! Droit à l'oubli, déréférencement, suppression d'avis négatifs. -30 % ce mois-ci pour les organismes de formation.

Répondez STOP pour ne plus recevoir nos offres.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "DSARs giving you nightmares? 😱",
        """Hi DPO,

Are subject access requests giving you nightmares? DSARZilla automates access, erasure and portability requests end to end — so you can nuke your backlog from orbit. Book a 15-minute demo this week.

Best,
Chad Whitmore, Growth Lead""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "🚀 To the moon",
        """Hey fam 🚀🚀 Our new token $EDUMOON is about to 100x. Get in before the whales. Not financial advice. Link in bio.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Félicitations ! Vous avez gagné",
        """Félicitations !!! Votre adresse a été tirée au sort pour gagner un iPhone 17. Pour recevoir votre lot, confirmez vos coordonnées bancaires ici : http://cadeau-gagnant.example""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Votre compte Studi sera supprimé",
        """Cher client,
Suite à une anomalie, votre compte Studi sera supprimé sous 48h. Pour éviter la suppression de vos données, mettez à jour vos informations en cliquant ici : http://studi-securite-compte.example
Service Client""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Forward this to 10 people",
        """FWD: FWD: FWD: Bill Gates is sharing his fortune!! Forward this email to 10 people and Microsoft will pay you $245 per forward. This is NOT a joke, my cousin's lawyer confirmed it.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "[Newsletter] The Privacy Pulse — December",
        """The Privacy Pulse — December edition
In this issue: Why "delete my data" requests doubled in 2026; five idioms your DPO hates; and our webinar "Right to be forgotten, forgotten?".
You're receiving this because you subscribed at privacypulse.example. Unsubscribe.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Réponse automatique — accusé de lecture",
        """Votre message « Demande RGPD — DSR-2026-004108 » a été lu le 29/11/2026 à 10:14.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Partenariat traduction",
        """Bonjour,

Agence LinguaPlus, nous traduisons vos politiques de confidentialité en 40 langues, même en ch'ti si vous y tenez 😉 Devis gratuit en 24 h.

Cordialement,
Sophie Marchal""",
        W,
    ),
    # ---- other: support questions, jokes, compliments, stories (idioms used where nothing is asked) ----
    (
        "en",
        X,
        S,
        None,
        "Pivot tables: nuked",
        """Just wanted to say your Excel course nuked my fear of pivot tables from orbit. 10/10, would cry at VLOOKUP again.
Harvey Bellamy""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Merci !",
        """Votre prof de compta a fait disparaître mes angoisses des radars 😄 J'ai eu mon examen avec 15. Merci à toute l'équipe COMPTALIA !
Manon Fréchette""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Quiz ghosted me",
        """My quiz ghosted me 👻 It froze at question 7 and now says I've used my attempt. Can you reset it?
Learner ID 60312""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Vidéo gelée",
        """Ma vidéo est gelée depuis ce matin, comme Elsa ❄️ Module 3, chapitre 2. C'est chez moi ou chez vous ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Deleting a forum post",
        """How do I delete a draft post in the course forum? I wrote something rather embarrassing about balance sheets and would like it gone before anyone sees it.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Pièce jointe déposée par erreur",
        """Comment supprimer une pièce jointe que j'ai déposée par erreur dans mon devoir ? J'ai mis ma liste de courses à la place de mon bilan 🥖""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Bermuda Triangle",
        """Your password reset link leads straight into the Bermuda Triangle. I click it, and nothing. Can someone help me log in?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Attestation volatilisée",
        """Je n'arrive pas à télécharger mon attestation de fin de formation, elle se volatilise dès que je clique. Vous pouvez me l'envoyer par mail ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Funny story about ghosting",
        """Funny story: in today's customer-relations class the trainer explained "ghosting" to a room of fifty-somethings and one gentleman asked if it was a GDPR right. We laughed for ten minutes. Best lesson so far — just wanted to share!
Pauline from the Tuesday group""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Une blague pour le DPO",
        """Pourquoi le RGPD ne joue jamais à cache-cache ? Parce qu'il a toujours le droit d'accès 😂 Bonne journée à l'équipe, vous devez en entendre de toutes les couleurs.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Double trouble",
        """Double trouble: you charged my card twice for the same ELEPHORM subscription on 1 December. Could you refund one of them?
Nico Baptiste-Hale""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Show me the receipts (literally)",
        """Show me the receipts — literally 😄 I need my invoices for 2025 and 2026 for my tax return. Where can I download them?
Lydia Cartwright""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Rendez-moi mes billes (€)",
        """Rendez-moi mes billes ! Enfin, mon argent : j'ai annulé dans le délai de rétractation et je n'ai toujours pas été remboursé des 890 €.
Damien Rocheteau""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Pendules à l'heure (au sens propre)",
        """Remettez les pendules à l'heure, au sens propre : la classe virtuelle de jeudi est affichée à 18 h alors que c'est 19 h depuis le changement d'heure. Laquelle est la bonne ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Hands off my photo — just kidding",
        """Hands off my photo! …Just kidding 😄 I love how the graduation pictures turned out. Could you send me the high-res version of the group shot?
Amara Stevens""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Put my course on ice",
        """Can I put my course on ice for a few months? I'm going on maternity leave in January and would like to pause my subscription rather than lose it.
Holly Nakamura""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Pause formation",
        """Bonjour, je voudrais mettre ma formation entre parenthèses trois mois (déménagement, cartons, enfer). C'est possible sans perdre ma progression ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Wiped the floor with it",
        """Wiped the floor with the certification exam — 17/20! 🎉 Thank you to my tutor Mr Okoye, legend.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Rappels de cours à 23 h",
        """Comment on désactive les rappels de cours de l'appli ? Elle me réveille à 23 h pour me dire de réviser. Mon chat est traumatisé 🐈""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Dark mode?",
        """Is there a dark mode on the platform? My eyes are filing a formal complaint. 🕶️""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "RNCP",
        """Bonjour, mon diplôme de gestionnaire de paie est-il bien enregistré au RNCP ? Mon futur employeur me pose la question.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "",
        """can u resend my login?? it vanished like my motivation after week 2 😩""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Bravo l'appli",
        """Bravo pour votre appli, vraiment. Elle plante plus souvent que mon vieux Nokia 3310 n'a jamais planté. Chapeau. Vous pouvez me dire quand la mise à jour arrive ?""",
        W,
    ),
    ("en", X, S, None, "hi", """hi 👋""", W),
    (
        "fr",
        X,
        S,
        None,
        "Merci pour le dossier",
        """Merci pour la réponse à ma demande d'accès, le dossier était clair et complet. Pour une fois qu'une administration répond dans les temps, je tenais à le dire ! 👏
Noémie Castagnet""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Got the file",
        """Got my data file, thanks. Mind-blowing how much you know about my Excel habits 😂 No complaints, just impressed (and slightly embarrassed by my 3 a.m. sessions).""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "CPF",
        """Bonjour, est-ce que je peux financer la formation COMNICIA avec mon CPF, ou faut-il passer par mon employeur ? Merci !""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "A limerick for your trainers",
        """A student of Photoshop, Jen,
Learned layers and masks there and then.
She cropped out her ex,
Added sparkles and specs,
And now she'd enrol once again.

No request — just a thank-you to the ELEPHORM team.""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Yeet",
        """Mon fils de 15 ans m'a appris le mot « yeet ». Depuis, je « yeete » tous les spams de ma boîte. Je voulais juste vous dire que vos cours de bureautique m'ont donné assez confiance pour parler le jeune. Merci 😂
Bernadette, 67 ans""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Interview request",
        """Hello,

I'm a journalist at a trade magazine writing a light-hearted piece on how people phrase privacy requests ("yeet my data" and so on). Would your DPO be available for a 20-minute chat? No personal data needed.

Regards,
Tessa Langford""",
        W,
    ),
    (
        "fr",
        X,
        T,
        None,
        "Attestation d'assiduité de notre salariée",
        """Bonjour,

Service RH de la société Bâtisud. Notre salariée Mme Laure Fontanel suit une formation COMPTALIA financée par l'entreprise. Pourriez-vous nous transmettre son attestation d'assiduité pour le dossier OPCO ?

Cordialement,
Cédric Malaval, RH""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "Colleague's exam date",
        """Hi, my colleague Ben Hartigan is on holiday and asked me to check when his resit exam is scheduled. Can you tell me? Cheers, Lucy""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Libre !",
        """Petite histoire : j'ai supprimé mon compte Facebook la semaine dernière et je me sens libre comme l'air 🕊️ Du coup j'ai enfin du temps pour finir mon module de comptabilité chez vous ! Aucune demande, juste de la bonne humeur.""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Worst course in the history of courses",
        """This is, hand on heart, the worst module in the history of education since the invention of the slate. Module 5's audio sounds like it was recorded inside a washing machine. Please fix it before I lose the will to live (only slightly exaggerating).""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Compte piraté ?",
        """Bonjour, je crois que quelqu'un s'est connecté à mon compte depuis un autre pays (alerte reçue cette nuit). J'ai changé mon mot de passe. Que dois-je faire d'autre ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Telegram bot",
        """Does the Telegram bot also handle course questions, or only privacy stuff? Don't want to spam the wrong channel 🙈""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Changement de mot de passe",
        """Je veux changer mon mot de passe mais le bouton est aux abonnés absents. Où est-il caché ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Export my certificate",
        """How do I export my certificate as a PDF so I can stick it on LinkedIn? I want the whole world to know I survived payroll accounting. 💪""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Duplicata de facture",
        """Bonjour, pourriez-vous m'envoyer un duplicata de ma facture de septembre ? L'original est parti avec le recyclage (merci mon conjoint).""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Proverb of the day",
        """"The early bird catches the worm, but the second mouse gets the cheese." My tutor says this about exam prep. Can I book an extra coaching session before the 12th?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Le DPO est-il un super-héros ?",
        """Petit mot pour le DPO : vous avez le métier le plus mystérieux du groupe. Vous êtes un peu le Batman de la donnée, non ? 🦇 Bon courage pour les fêtes !""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Exam date change",
        """Can I move my exam from 14 January to February? Life is lifing. 🙃
Learner no. 771204""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Ma formatrice m'a ghosté",
        """Ma formatrice m'a ghosté 👻 depuis trois semaines, mes devoirs ne sont pas corrigés. Vous pouvez la relancer ou m'en attribuer une autre ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Spill the tea on the course",
        """Spill the tea: is the Digital Campus Live UX course actually worth it, or should I save my money? Honest answers only ☕""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Fwd: votre newsletter",
        """Je vous transfère ça, je crois que votre lien est cassé :

> Vous ne souhaitez plus recevoir nos e-mails ? Désabonnez-vous ici.
> L'équipe ECOLEMS

Le lien « ici » renvoie vers une page 404. Juste pour info, moi j'aime bien votre newsletter !""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Re: Your request has been completed",
        """> Your erasure request DSR-2026-003990 has been completed.

Thanks, all sorted on my end. Have a lovely Christmas! 🎄""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Question sur une poésie",
        """Pour mon devoir de communication, j'ai écrit un poème sur le thème « disparaître des radars ». Est-ce que je dois le rendre en PDF ou en Word ?""",
        W,
    ),
    (
        "en",
        X,
        T,
        None,
        "My wife's course",
        """Hi, my wife started a COMNICIA course last month and says the platform keeps logging her out. Is there a known issue? She's asked me to chase it. — Trevor Gillies""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Stage",
        """Bonjour, je cherche un stage en alternance pour la rentrée : est-ce que vous avez une liste d'entreprises partenaires ? Je suis prêt à me faire tout petit et à apporter les croissants 🥐""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Un tuteur qui ne lâche rien",
        """Mon tuteur ne me lâche pas la grappe avec les devoirs à rendre, et c'est exactement ce qu'il me fallait 😄 Merci de lui transmettre mes remerciements, il mérite une augmentation.
Yasmine Hadjadj""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Off the hook",
        """My manager said I was "off the hook" for the Friday meeting if I finished module 6 by Thursday. Reader, I did. Just wanted to brag to someone. Also: where's the module 7 workbook?""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Rayé de la carte (géographie)",
        """Dans le cas pratique du module 4, l'entreprise fictive « Transports Brunel » est censée avoir été rayée de la carte par un concurrent, mais le corrigé parle d'une fusion. Lequel des deux est le bon scénario ?""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Auto-reply: parental leave",
        """Hello! I'm on parental leave and currently being outwitted by a six-week-old. I won't be reading email until March. For privacy matters at Brightwell Ltd, write to privacy@brightwell.example.

[Automatic reply]""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Référencement Google 1ère page",
        """Bonjour,
Votre site studi.fr n'apparaît pas en première page sur « formation comptable à distance ». Nos experts SEO peuvent vous propulser au sommet en 30 jours. Offre sans engagement.
Kevin — WebBoost Agency""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Marie Kondo and the course",
        """Used your time-management module to Marie Kondo my whole desktop this weekend. 214 files gone, one lonely folder left, pure joy ✨ Thanks for the tips!""",
        W,
    ),
    (
        "fr",
        X,
        S,
        None,
        "Question sur le module RGPD",
        """Dans votre module « Droit du numérique », l'exercice 3 demande de classer « effacez-moi de vos fichiers » parmi les droits du RGPD. Je réponds droit d'opposition ou droit à l'effacement ? Je sèche 🤔""",
        W,
    ),
    (
        "en",
        X,
        S,
        None,
        "Mailbox full",
        """Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.
A message that you sent could not be delivered to one or more of its recipients:

  ophelia.strand@quota-full.example
    mailbox is full: retry timeout exceeded""",
        W,
    ),
]
