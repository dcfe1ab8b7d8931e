"""The phrase rules of the classifier, written against the normalised text (see ``text.py``).

Each rule is ``(pattern, weight, negatable)``. A weight of 1.0 is a phrase that names the request
on its own ("supprimez mon compte"); lighter weights need support ("supprimer" with no object).
A *negatable* rule is dropped when a negation, a hypothesis or a past action of the sender sits
just before it ("je ne veux pas supprimer", "if I delete", "I accidentally deleted"). Rules that
already contain their negation ("ne plus recevoir", "don't want you to keep") are not negatable.
"""

from __future__ import annotations

Rule = tuple[str, float, bool]


def g(n: int) -> str:
    """A gap of up to ``n`` characters that does not cross a sentence end."""
    return rf"[^.!?;\n]{{0,{n}}}"


# Promotional material, and a person not wanting something in it (the objection to a face in
# advertising).
_PROMO = (
    r"ads?|adverts?|advertis\w*|publicite|pubs?|brochures?|livret|plaquettes?|flyers?|promo\w*"
    r"|campaign|campagne|instagram|facebook|journal des anciens"
)
_NOT_WANTED = (
    r"take (?:it|them|that) (?:off|down)|remove|enlev\w*|retir\w*|stop|arret\w*|dont want"
    r"|do not want|ne veux pas|veu pa|veux pas|never said|jamais di|ne veut pas|never agreed"
    r"|never gave"
)


DATA = (
    r"\b(?:donnees|datas?|informations?|dossier|records?|file|details|coordonnees"
    r"|profile?\b(?! picture| photo| pic))"
)
MY = (
    r"(?:mes|mon|ma|my|ses|his|her|leurs?|their|toutes mes|all my|toutes ses"
    r"|all (?:of )?(?:his|her))"
)
MYDATA = rf"(?:{MY} (?:\w+ ){{0,2}}{DATA})"
ABOUT_ME = (
    # whole words: "on me" is not the end of "son memoire"
    r"\b(?:sur moi|me concernant|about me|on me|de moi|from me|a mon sujet|la concernant"
    r"|le concernant"
    r"|les concernant|sur lui|sur elle|on him|on her|about him|about her|on them|about them"
    r"|a son sujet|sur mon fils|sur ma fille|a mon nom|in my name|under my name"
    # "the scores assigned to me", « les identifiants associés à mon compte »
    r"|(?:assigned|attached|linked|associated|tied) (?:to|with) (?:me|my (?:account|profile))"
    r"|(?:associes?|lies?|rattaches?) a mon (?:compte|profil)"
    # "the data you hold against my name", "the informations you have of me"
    r"|against my (?:name|account|id|number)|of me(?<=(?:have|hold) of me))\b"
)
PERSONAL_ITEM_WORDS = (
    r"nom|prenom|name|surname|adresse|address|e ?mail|numero|number|telephone|phone"
    r"|date de naissance|date of birth|birthday|donnees|data|details|coordonnees|records?"
)
ACCOUNT = (
    r"(?:compte|account|profil|profile|espace|dossier"
    # an enrolment in a session or a class is a booking, not an account
    r"|inscription(?! (?:a|au|aux|pour) (?:la |le |les |cette |ce |une |un |l |mon |ma )?"
    r"(?:seance|session|classe|cours|atelier|webinaire|examen|evenement|creneau|rendez vous"
    r"|reunion|visio)))"
)
EMAIL = r"e ?mail(?! (?:notifications?|alerts?|reminders?|settings|preferences|frequency))"
MKT_OBJ = (
    r"(?:newsletters?|news letters?|e ?mails?|mails?|courriels?|sms|textos?|texts|messages?|"
    r"pubs?"
    r"|publicit\w*|offres?|offers?|promo\w*|marketing|commercia\w*|spam\w*|brochures?|"
    r"catalogues?"
    r"|courriers?|appels?|calls?|sollicitations?|prospection|demarchage|communications?"
    r"|relances? commerciales?|mailings?|notifications? (?:commerciales?|marketing)"
    r"|lettres? (?:de |d )?information)"
)
MKT_CONTEXT = (
    r"(?:prospection|demarch\w*|marketing|commercia\w*|publicit\w*|promotion\w*|promotional"
    r"|newsletter|direct marketing|bloctel|sollicitation|advertis\w*|pub\b|spam)"
)
ERASE_VERB = (
    r"(?:s[uo]p+r+i+m\w*|suppress\w*|ef+a[cs]+\w*|delet\w*|eras\w*|remov\w*|wip(?:e|ed|ing)\b"
    r"|detrui\w*|destruction|destroy\w*|get rid|vir(?:ez|er)\b|purg\w*|rm\b|take away)"
)

RULES: dict[str, list[Rule]] = {
    "access": [
        (
            rf"\b(?:tout ce que|everything|all (?:that|the information|the data))\b{g(40)}"
            rf"(?:enregistr\w*|stock\w*|record\w*|stored|collect\w*|detenez|possedez|hold|have"
            rf"|sent|shared|disclosed|transmis\w*|envoye\w*|communique\w*|partage\w*)",
            0.6,
            True,
        ),
        (
            r"\b(?:comment|how|where|ou|d ou) (?:avez vous|did you|have you) (?:eu|obtenu|trouve"
            r"|recupere|get|got|obtain\w*|find|found)\b",
            1.0,
            False,
        ),
        (rf"\b(?:what|quoi|que) {g(20)}(?:know|savez|connaissez)\b {g(10)}{ABOUT_ME}", 1.0, True),
        (
            rf"\b(?:what|which|quelles?|quels?|quoi)\b{g(25)}(?:have|hold|keep|store|got|avez"
            rf"|detenez|gardez|possedez)\b{g(15)}{ABOUT_ME}",
            1.0,
            True,
        ),
        (r"\b(?:full copy|complete copy|copie complete|copie integrale)\b", 1.0, True),
        (
            # « connaître les informations que vous avez enregistrées sur elle », "to know the
            # data you hold on me"
            rf"\b(?:connaitre|savoir|voir|know|see)\b (?:les|the|toutes les|all the) (?:\w+ )?"
            rf"(?:donnees|informations|infos|data|information|details) (?:que vous|you|that you"
            rf"|which you) {g(30)}{ABOUT_ME}",
            1.0,
            True,
        ),
        (
            # "savoir tout ce que vous avez sur moi", "see everything you hold about me"
            rf"\b(?:savoir|know|voir|see|connaitre)\b {g(5)}\b(?:tout ce que vous|everything"
            rf" you)\b{g(25)}{ABOUT_ME}",
            1.0,
            True,
        ),
        (
            # "la liste de tout ce que vous stockez sur moi", "a list of everything you hold"
            rf"\b(?:liste|list|inventaire|inventory|overview)\b{g(20)}\b(?:tout ce que"
            rf"|everything|all (?:the )?(?:data|information)|toutes les (?:donnees|informations))"
            rf"\b{g(40)}(?:{ABOUT_ME}|\bvous (?:avez|detenez|stockez|conservez|gardez)"
            rf"|\byou (?:have|hold|keep|store))",
            1.0,
            True,
        ),
        (
            r"\b(?:obtenir|recevoir|avoir|ecouter|get|have|receive|listen to|hear|like|want"
            r"|voudrais|souhaite|souhaiterais|veux)\b"
            r"[^.!?;\n]{0,15}\b(?:enregistrements?|recordings?|transcripts?|transcriptions?)"
            r" (?:de|of) (?:mon|ma|mes|my|our|notre|nos)\b",
            1.0,
            True,
        ),
        (
            r"droit (?:de |d )?acces|right (?:of|to) access|subject access|\bdsar\b|\bsar\b"
            r"|\baccess request|demande (?:de |d )?acces\b",
            1.0,
            True,
        ),
        (r"\b(?:article|art\.?) ?15\b", 1.0, False),
        # the box of access ticked on a form: "[X] Accès"
        (r"x(?<=\[x)\] (?:(?:droit |right )(?:de |d |of |to )?)?(?:acces|access)\b", 1.0, False),
        (rf"\b(?:copie|copy|copies)\b{g(40)}(?:{DATA}|{ABOUT_ME}|tout|everything)", 1.0, True),
        (rf"\bacces\b{g(12)}(?:a |aux )?(?:{MYDATA}|mon dossier|mon compte et)", 1.0, True),
        (rf"\baccess\b{g(12)}{MYDATA}", 1.0, True),
        (
            rf"\b(?:access|acces) (?:to|of|a|aux) (?:the |all |any |les |la |le )?"
            rf"(?:\w+ ){{0,2}}{DATA}",
            1.0,
            True,
        ),
        (
            rf"\b(?:quelles?|quels?|what|which|quoi)\b{g(40)}(?:{DATA}|informations|info){g(50)}"
            rf"{ABOUT_ME}",
            1.0,
            True,
        ),
        (
            rf"(?:avez|have|hold|detenez|possedez|conservez|stock\w*|keep|store|got|savez|"
            rf"traitez"
            rf"|process|collected|collecte\w*){g(30)}{ABOUT_ME}",
            0.3,
            True,
        ),
        (
            rf"\b(?:envoy\w*|send|communiqu\w*|transmett\w*|provide|give|donnez|recevoir|receive"
            rf"|obtenir|get|see|voir|consulter|list|indiquer|dire|tell|acceder"
            # what the writer tells the desk ("to let you know she wants her data...") asks
            # for nothing
            rf"|(?<!faire )savoir|(?<!let you )(?<!let us )know)\b"
            rf"{g(60)}(?:{MYDATA}|{ABOUT_ME}|ce que vous avez|what you (?:have|hold|keep))",
            0.6,
            True,
        ),
        (
            # shared with the writer, what is held about them ("kindly share the details of the
            # data you hold against my name"), not "share my data with your partner"
            rf"\bshare\b{g(60)}(?:{ABOUT_ME}|what you (?:have|hold|keep))",
            0.6,
            True,
        ),
        (rf"\bcommunication (?:de |des )?{g(30)}{DATA}", 0.6, True),
        (
            rf"\b(?:envoy\w*|send|communiqu\w*|transmett\w*|provide|give|donnez|ask\w* for"
            rf"|request\w*|demand\w*){g(40)}{DATA}"
            rf"{g(30)}\b(?:de notre|of our|on our|sur notre|de mon|of my|de ma) (?:salariee?"
            rf"|employee?|collaborat\w*|client\w*|stagiaire|apprenti\w*)",
            1.0,
            True,
        ),
        (
            rf"\b(?:savoir|know|dire|tell|indiquer|list|voir|see|connaitre)\b{g(10)}"
            rf"(?:quelles?|quels?|what|which)"
            rf" (?:\w+ ){{0,2}}{DATA}",
            1.0,
            True,
        ),
        (
            rf"\b(?:what|which|quelles?|quels?)\b{g(30)}(?:{DATA}|informations?|infos?)\b{g(40)}"
            rf"\b(?:did you|have you|avez vous|vous avez|vous lui avez|you have)\b{g(12)}"
            rf"(?:pass\w*|sen[dt]\w*|shar\w*|giv\w*|gave|transmi\w*|communiqu\w*|envoy\w*"
            rf"|donn\w*|disclos\w*|transf\w*|vend\w*|sold)",
            1.0,
            False,
        ),
        (
            rf"\b(?:how|from where|where from|de ou|comment|where)\b{g(10)}\b(?:you|vous)\b "
            rf"(?:have|had|got|get|take|took|obtain\w*|avez|find|found|sortez|tenez|tirez"
            rf"|obtenez|recuperez)\b{g(15)}(?:numero"
            rf"|number|e ?mail|adresse|address|coordonnees|contact|details|data|donnees|phone)",
            1.0,
            False,
        ),
        (
            rf"(?:qui vous a (?:donne|fourni|transmis|communique|vendu)"
            rf"|where (?:did )?you (?:got|get|obtained)|ou vous avez "
            rf"(?:obtenu|"
            rf"eu|"
            rf"trouve|recupere)|de ou viennent|de ou vient|comment vous avez (?:eu|obtenu)|how "
            rf"did you"
            rf" (?:get|obtain))\b{g(30)}(?:numero|number|coordonnees|details|adresse|address|e "
            rf"?mail"
            rf"|data|donnees|contact)",
            1.0,
            False,
        ),
    ],
    "rectification": [
        (r"\brectifi\w*|\brectification", 1.0, True),
        (
            # the change wished said after the item: "my first name corrected from X to Y",
            # « mon adresse modifiée en ... » (read from the participle: cheaper than from "my")
            r"\b(?:corrected|amended|changed) from\b[^.!?;\n]{1,40}\bto\b"
            r"|\b(?:corrigee?s?|modifiee?s?|rectifiee?s?|changee?s?) en\b"
            r"(?! (?:consequence|cours|attente|conformite))",
            1.0,
            True,
        ),
        (r"\b(?:article|art\.?) ?16\b", 1.0, False),
        (
            # the right value set against the wrong one: "the postcode is 69003 not 69300",
            # "you've got me down as Mr", « vous m'avez inscrite comme homme »
            r"\b(?:postcode|post code|zip code|code postal|date of birth|date de naissance"
            r"|birthday|surname|first name|name|prenom|nom|spelling|adresse|address|e ?mail"
            r"|numero|number|title|civilite)\b (?:is|ce est|est) \w+ (?:not|pas|and not|et pas)\b"
            r"|\b(?:got|have|put|registered|listed) me (?:down )?as\b"
            r"|\b(?:m|me) avez (?:mis|mise|inscrite?|enregistree?) (?:comme|en tant que)\b",
            1.0,
            False,
        ),
        # « c'est pas mon mail ça, le bon c'est ... »
        (r"\b(?:le bon|la bonne) (?:ce est|est)\b|\bthe (?:right|correct) one is\b", 0.6, False),
        (r"\b(?:please )?amend (?:this|it|that|my|the|them)\b", 1.0, True),
        (
            # "mon nom est maintenant Durand", "my address is now ..."
            r"\b(?:mon|ma|my) (?:nom|nom de famille|name|surname|last name|adresse|address"
            r"|numero|number|e ?mail) (?:est|is) (?:maintenant|desormais|now)\b",
            1.0,
            False,
        ),
        (
            rf"\b(?:corrig(?!an\b)\w*|correct\w*|fix|update\w*|mettre a jour|mise a jour"
            rf"|modif\w*|chang\w*(?! (?:de |d )(?:ecole|organisme|school|formation|centre"
            rf"|prestataire|plateforme|etablissement))|actuali[sz]\w*)"
            rf"\b{g(40)}(?:nom|prenom|name|surname|adresse|address|adress|{EMAIL}|telephone|"
            rf"phone"
            rf"|numero|number|date de naissance|date of birth|birth|{DATA}|attestation"
            rf"|certificate)\b",
            1.0,
            True,
        ),
        (
            rf"\b(?:nom|prenom|name|surname|adresse|address|adress|{EMAIL}|telephone|phone|"
            rf"numero"
            rf"|number|date de naissance|date of birth|birthday|{DATA})\b{g(40)}(?:mal "
            rf"orthographi\w*|mal ecrit"
            rf"|misspel\w*|wrong|incorrect\w*|erron\w*|fausse?|faux|false|inexact\w*|out of date"
            rf"|a change|has changed|changed|is not right|pas bon|not correct|pas correcte?"
            # out of date in other words: "her number on your system is old"
            rf"|is old|est ancienne?|are old|sont anciennes?|outdated|obsolete|pas a jour"
            rf"|plus a jour|not up to date|no longer (?:valid|correct|current))\b",
            1.0,
            False,
        ),
        (
            rf"\b(?:demenag\w*|moved house|i moved|we moved)\b{g(40)}\b(?:adresse|address)\b",
            1.0,
            True,
        ),
        (
            rf"\b(?:new|nouvel?|nouvelle|my new|mon nouvel?|ma nouvelle) (?:mobile |portable "
            rf")?(?:phone number|number|numero|adresse|address|{EMAIL})\b{g(12)}(?:\bis\b|\best\b"
            rf"|:)",
            1.0,
            False,
        ),
        (
            r"\b(?:mauvaise?|wrong|incorrect|faux|fausse|erreur dans|error in|typo in|erreur"
            r" sur|mistake in|(?:typo|spelling (?:mistake|error)|misspelling|faute"
            r"(?: de frappe| d orthographe)?) (?:in|on|dans|sur))\b (?:mon |ma |le |la |my |the )?"
            r"(?:(?:last|first|family|sur|middle) )?(?:nom|prenom|name|surname|adresse"
            r"|address"
            r"|e ?mail|numero|number|date|spelling|orthographe)",
            1.0,
            False,
        ),
        (
            # a correction asked for and still not made: « toujours pas de correction de mon
            # numéro », "still no update to my address"
            rf"\b(?:toujours pas|toujours aucune?|still no|still not|still haven t|still have not)"
            rf" (?:de |d |any |an |the )?(?:correction|rectification|mise a jour|update|fix"
            rf"|corrected|updated|fixed|modification)\b{g(30)}\b(?:{PERSONAL_ITEM_WORDS})\b",
            1.0,
            False,
        ),
        (
            r"\b(?<!le )(?<!les )(?<!un )(?:corrig(?!an\b)\w*|corect\w*"
            r"|correct (?:it|them|this|that)|fix (?:it|this))\b",
            0.6,
            True,
        ),
        # the record says one thing, the writer another ("your system says I'm unemployed but
        # I've got a job", « sur mon profil il est écrit CAP mais j'ai un bac pro »), and a
        # bare change asked ("change it", « vous pouvez modifier ? »): each needs the other (last,
        # and the first read as its verb only, so that no stronger phrase is hidden behind them)
        (
            rf"\b(?:says|shows?|states?|lists?|has me (?:down )?as|il est ecrit|est ecrit"
            rf"|est marque|indique|affiche)\b(?={g(60)}\b(?:but|mais|alors que|whereas|however"
            rf"|though)\b)",
            0.3,
            False,
        ),
        (
            r"\b(?:change|update|modify|amend) (?:it|this|that|them)\b"
            r"|\b(?:modifier|changer|modifiez|changez)(?= ?(?:\?|svp|stp|merci|please|$))",
            0.3,
            True,
        ),
    ],
    "erasure": [
        (
            r"\b(?:ne veux plus|veux plus|no longer want|dont want|do not want) (?:de |d |a |an "
            r"|any )?(?:compte|account)\b",
            1.0,
            False,
        ),
        (
            rf"\b(?:ne plus|no longer|stop) (?:conserver|garder|keep\w*|stor\w*|retain\w*)\b"
            rf"{g(20)}{MYDATA}",
            1.0,
            False,
        ),
        (
            r"desinscri\w*(?: \w+){0,2} (?:du|de le|de la|from (?:the|your)) (?:site|plateforme"
            r"|platform"
            r"|website|service|compte)",
            1.0,
            True,
        ),
        (
            r"\b(?:ne veux plus|ne souhaite plus|no longer want|dont want)\b[^.!?;\n]{0,25}"
            r"(?:avoir|have|garder)\b[^.!?;\n]{0,15}(?:compte|account)",
            1.0,
            False,
        ),
        (
            rf"\b(?:{ACCOUNT}|{DATA}|informations?)\b{g(25)}\b(?<!not )(?<!pas )(?<!never )"
            rf"(?:gone|deleted|removed|erased"
            rf"|supprimee?s?|effacee?s?|closed|cloturee?|deactivated|desactivee?)\b",
            1.0,
            True,
        ),
        (r"\b(?:disparaitre|disparaisse\w*|disappear|vanish)\b", 1.0, True),
        (
            # ("me" not the object of a next verb: « supprimer ... et me proposer »)
            rf"{ERASE_VERB}{g(40)}(?:{ACCOUNT}|{DATA}|moi|\bme\b(?! (?:proposer|envoyer|dire"
            rf"|donner|indiquer|rappeler|recontacter|confirmer|tenir|faire|send|tell|give|let"
            rf"|know))|tout|everything|all|trace"
            rf"|adresse|address|numero|number)",
            1.0,
            True,
        ),
        (
            rf"(?:suppression|effacement|deletion|erasure){g(40)}(?:{ACCOUNT}|{DATA}|moi|me)",
            1.0,
            True,
        ),
        (
            r"droit (?:a |de )?(?:le |l )?(?:oubli|effacement)|right to (?:be forgotten|erasure)",
            1.0,
            True,
        ),
        (r"\b(?:article|art\.?) ?17\b", 1.0, False),
        (
            r"\b(?:me oubliiez|me oubliez|oubliez moi|be forgotten|be forget\w*|forget me"
            r"|forget about me"
            r"|aucune trace)\b",
            1.0,
            True,
        ),
        (
            r"(?:ne veux pas|ne veux plus|ne souhaite pas|refuse|dont want|do not want|no longer"
            r" want)(?: que)? (?:vous|you|on)(?: to)? (?:gard\w*|conserv\w*|keep\w*|retain\w*|"
            r"hold"
            r"|stor\w*)",
            1.0,
            False,
        ),
        (
            rf"\b(?:fermer|fermez|cloturer|cloturez|close|closing|desactiv\w*|deactivat\w*)"
            rf"\b{g(20)}"
            rf"{ACCOUNT}",
            0.6,
            True,
        ),
        (
            rf"\bretir\w*{g(30)}{DATA}{g(30)}(?:fichiers|bases?|systemes?|systems|databases?)",
            1.0,
            True,
        ),
        (
            r"\b(?:take me out|remove me|retire|retiree?|retirer|retirez moi|enlev\w*|sortez moi)"
            r"\b[^.!?;\n]{0,25}\b(?:base de donnees|database|fichiers|files|records|systems?"
            r"|systemes)\b",
            1.0,
            True,
        ),
        (
            rf"{ERASE_VERB}(?!\w* (?:my |your |the |mon |ma |le |votre )?(?:consent|consentement"
            rf"|accord|permission|authori[sz]ation|autorisation)\b)",
            0.6,
            True,
        ),
    ],
    "restriction": [
        (
            r"\b(?:ne (?:vous )?(?:servez|utilisez|traitez|exploitez) plus"
            r"|ne plus (?:les |la |le )?(?:utiliser|traiter|exploiter)"
            r"|do not (?:use|process) (?:them|it|my \w+))\b"
            r"[^.!?;\n]{0,60}\b(?:tant que|jusqu a ce|en attendant|until|pending)\b",
            1.0,
            False,
        ),
        (
            r"\b(?:utilisation|traitement|processing|use|usage)\b[^.!?;\n]{0,30}\b(?:limitee?s?"
            r"|restreinte?s?|limited|restricted)\b|\brestrict\w*[^.!?;\n]{0,30}\b(?:use|usage"
            r"|utilisation)\b",
            1.0,
            False,
        ),
        (
            r"\b(?:stop|cease)\w* (?:processing|using)\b[^.!?;\n]{0,40}(?:in the meantime|"
            r"meanwhile"
            r"|d ici la|pending)",
            1.0,
            False,
        ),
        (
            r"\bne plus (?:les |la |le )?(?:utiliser|traiter|exploiter)\b|\bne (?:les |la |le )?"
            r"(?:utilisez|traitez|exploitez) plus\b",
            0.45,
            False,
        ),
        (
            r"limit\w* (?:du |le |de |des |d |l )?(?:leur |son |ses |sa |mon |ma |mes |their "
            r"|the |its |his |her |tout |toute |ce |cet |cette |all |any )?"
            r"(?:traitement|utilisation|processing|use|usage)|restrict\w*"
            r"[^.!?;\n]{0,30}process\w*|restriction of|limitation du|\b(?:article|art\.?) ?18\b",
            1.0,
            False,
        ),
        (
            rf"\b(?:gel\w*|freez\w*|frozen|verrouill\w*|lock|block|bloqu\w*|suspend\w*|hold)\b"
            rf"{g(30)}"
            rf"(?:{DATA}|traitement|processing|utilisation|using|use|infos?)",
            1.0,
            False,
        ),
        (
            # a profile or the data wished frozen: « que mon profil soit gelé », "I want my
            # account frozen" (not "my account is locked": a login fault)
            rf"\b(?:{ACCOUNT}|{DATA}) (?:\w+ )?(?:soit|soient|be|to be|stay|reste|restent)"
            rf" (?:\w+ )?(?:gelee?s?|frozen|bloquee?s?|verrouillee?s?|suspendue?s?|locked"
            rf"|suspended|on hold)\b"
            rf"|\b(?:want|would like|need|veux|voudrais|souhaite)\b (?:my|mon|ma|mes|his|her|son"
            rf"|sa|ses) (?:\w+ ){{0,2}}?(?:account|data|profile|records?|compte|donnees|profil"
            rf"|dossier) (?:frozen|gelee?s?|on hold)\b",
            1.0,
            False,
        ),
        (
            r"\b(?:gel\w*|freez\w*|verrouill\w*|lock|bloqu\w*)\b (?:les|le|la|it|them|tout"
            r"|everything|all)\b",
            1.0,
            False,
        ),
        (
            rf"\brestrict\w*\b{g(30)}{DATA}\b{g(30)}\b(?:until|pending|while|jusqu\w*|tant que"
            rf"|en attendant)\b",
            1.0,
            False,
        ),
        (r"\b(?:ne touchez|touchez) (?:pas|a rien|rien)\b", 0.45, False),
        (
            rf"(?:traitement|processing){g(30)}(?:suspendu|suspended|gele|frozen|limite)",
            1.0,
            False,
        ),
        (
            rf"(?:stop|cease|cess\w*|arret\w*|suspend\w*|ne plus)\b{g(30)}(?:process\w*|"
            rf"traitement"
            rf"|utilis\w*|using|use|servez|servir)\b[^.!?;\n]{{0,70}}(?:until|en attendant"
            rf"|jusqu\w*|pendant"
            rf"|pdt|while|for now|le temps|for the time being|settled|resolved|tant que|till"
            rf"|til|in the meantime|pending)\b",
            1.0,
            False,
        ),
        (
            rf"(?:keep|gardez|conservez|garder|conserver)\b{g(90)}(?:but|mais)\b{g(10)}(?:do "
            rf"not|"
            rf"dont|not|ne|stop|cess\w*|arret\w*)\b{g(20)}(?:use|used|using|utilis\w*|servez"
            rf"|process\w*|trait\w*)",
            1.0,
            False,
        ),
        (
            r"\b(?:ne pas|not to|do not|dont) (?:utiliser|use|exploiter)\b[^.!?;\n]{0,60}"
            r"(?:tout en (?:le |la |les )?conservant|while keeping|but keep|mais (?:le |la |les )?"
            r"conserv\w*)",
            1.0,
            False,
        ),
        (
            r"\b(?:mark\w*|flag\w*|marquer|marquez)\b[^.!?;\n]{0,20}\b(?:restricted|restreinte?s?"
            r"|limitee?s?|gelee?s?)\b|\bneither used nor disclosed\b|\bni utilisee?s? ni "
            r"(?:communiquee?s?|transmise?s?)",
            1.0,
            False,
        ),
        (
            r"\b(?:tant que|until|pending|en attendant|attente(?<=dans l attente)"
            r"|meantime(?<=in the meantime)|meanwhile|before)\b[^.!?;\n]{0,80}\b(?:(?:ne pas|not"
            r"|ne plus|do not|dont|stop(?: to)?|arretez de|cessez de) (?:utiliser|use|using"
            r"|exploiter|communiquer|disclose|share|send|process|transmit)\b|ne (?:utilis|envoy"
            r"|transmett|communiqu|exploit|trait)\w* (?:pas|rien|plus)\b"
            # « ne vous en servez pour rien », "en attendant votre décision, bloquez ces envois"
            r"|ne (?:vous )?(?:en )?serv\w* (?:pas|rien|plus|pour rien)\b"
            r"|(?:bloquez|suspendez|gelez|block|freeze|suspend)\b)",
            1.0,
            False,
        ),
        # use stopped while something is settled: "que mes données ne soient plus utilisées
        # tant que", "not be used till the dispute is resolved", "until then, not used"
        (
            rf"\b(?:not (?:be )?used|(?:plus|pas) utilisee?s?|en serv\w* plus)\b{g(60)}\b"
            rf"(?:until|till|tant que|jusqu a ce|en attendant|pending|le temps (?:de|du|que)"
            rf"|pendant|while|during)\b"
            rf"|\b(?:until then|until it s \w+|de ici la|jusque la)\b{g(20)}\b(?:not (?:be )?"
            rf"(?:used|passed on|disclosed|shared)|do not (?:use|post|send|share|pass)"
            rf"|ne pas (?:les? |la )?(?:utiliser|communiquer|transmettre))\b",
            1.0,
            False,
        ),
        # data kept, no longer used: "conservée mais plus utilisée", "only stored and not used",
        # "restrict it", "he wants it restricted", "que cette partie soit limitée"
        (
            r"\b(?:conservee?s?|stored|kept) (?:mais|but|and|et) (?:plus|pas|not|no longer)"
            r" (?:\w+ )?(?:utilisee?s?|used|exploitee?s?)\b"
            r"|\b(?:restrict (?:it|them)|(?:it|them) restricted|soit limitee?|soient limitee?s)\b"
            # kept aside, neither used nor erased: « mettre mes données de côté, sans les
            # utiliser ni les effacer », "set my data aside, without using or deleting it"
            r"|\bsans (?:les |la |le )?(?:utiliser|exploiter) ni (?:les |la |le )?(?:effacer"
            r"|supprimer|detruire)\b|\bni utilisee?s? ni (?:effacee?s?|supprimee?s?)\b"
            r"|\bwithout (?:using|deleting|erasing) (?:it|them) or (?:using|deleting|erasing)\b"
            r"|\bneither used nor (?:deleted|erased)\b|\bmettre (?:mes|ses|les|leurs) (?:\w+ )?"
            r"(?:donnees|informations|dossier|dossiers|resultats) de cote\b"
            r"|\b(?:set|put) (?:my|his|her|their|the) (?:\w+ )?(?:data|records|details|file)"
            r" (?:aside|on ice)\b",
            1.0,
            False,
        ),
        # a disclosure or use held back until something is settled: "do not send that
        # certificate to anyone until it's fixed", "je vous interdis de le transmettre tant que"
        (
            r"\b(?:do not|dont|not to|ne pas|interdis de|interdit de) (?:le |la |les |it |them )?"
            r"(?:send|transmit|share"
            r"|disclose|process|use|envoyer|transmettre|communiquer|utiliser|traiter)\b"
            r"[^.!?;\n]{0,60}\b(?:until|till|before|tant que|avant que|jusqu a ce)\b",
            1.0,
            False,
        ),
        (
            rf"\b(?:pause|paused|pausing|mettre en pause|suspendre)\b{g(20)}(?:{DATA}|use|usage"
            rf"|utilisation|processing|traitement)|(?:{DATA}){g(10)}\b(?:en (?:mode )?(?:freeze"
            rf"|pause|stand by)|on hold)\b",
            1.0,
            False,
        ),
        (
            r"\b(?:do not|dont|ne|n) (?:use|utilisez|exploitez|traitez)\b[^.!?;\n]{0,20}"
            r"(?:for now|pour le moment|pour l instant|for the time being|in the meantime)",
            1.0,
            False,
        ),
        (
            r"\b(?:ne (?:les |le )?supprimez pas|ne (?:les |le )?effacez pas|do not delete|dont "
            r"delete"
            r"|do not erase|dont erase|sans les effacer|sans les supprimer|without deleting"
            r"|not (?:be )?erased|pas (?:les )?effacer)",
            0.45,
            False,
        ),
        (
            r"(?:cessez|arretez|stop)\b[^.!?;\n]{0,20}(?:utilis\w*|using|processing)|ne (?:vous "
            r")"
            r"?en"
            r" servez plus",
            0.45,
            False,
        ),
    ],
    "objection": [
        (
            r"\b(?:je refuse|i refuse|nous refusons|we refuse|i (?:de|d|would) prefer"
            r"|je prefererais|je prefere)\b (?:que |for |to have |that )?(?:ces|mes|les|ses|my"
            r"|these|his|her|the|nos|our) (?:\w+ ){0,3}?(?:continuent (?:de |a )?(?:etre )?"
            r"|soient (?:plus |encore )?|soit (?:plus |encore )?|to be |be |being |were not "
            r"|was not |not be |ne soient (?:pas|plus) |ne soit (?:pas|plus) )?(?:utilisee?s?"
            r"|used|exploitee?s?|traitee?s?|processed|shared|partagee?s?"
            # « que mes statistiques ne servent plus au suivi », "my data no longer feeds ..."
            r"|ne (?:servent|serve|nourrissent|alimentent) (?:plus|pas)"
            r"|no longer (?:feeds?|serves?|goes into|go into))\b",
            1.0,
            False,
        ),
        (
            r"\b(?:stop|arret\w*|cess\w*) (?:to do|doing|de faire) (?:it|this|that|ca|cela)"
            r" (?:with|avec) (?:my|mes|mon|ma|our|nos)\b",
            1.0,
            False,
        ),
        (
            r"\b(?:do not|dont|ne) (?:sell|vendez|revendez)\b[^.!?;\n]{0,30}(?:data|information"
            r"|donnees|informations)",
            1.0,
            False,
        ),
        (
            r"\b(?:je me oppose|(?<!qui )me oppose|me y oppose|y oppose|nous (?:nous |y )?opposons"
            r"|i object|we object|object to|objecting|objection (?:to|against)"
            # said of the person by whoever writes for them: "elle s'oppose à", "he objects to"
            r"|(?<!qui )se oppose(?:nt)? a|objects to"
            # the processing named first: « ce traitement, auquel elle s'oppose »
            r"|(?:auquel|auxquels|auxquelles|a laquelle) (?:\w+ ){0,2}?oppos(?:e|ent|ons)\b"
            r"|droit (?:de |d )?opposition|right to object|opposition (?:au|a) (?:traitement|ce)"
            r")",
            1.0,
            True,
        ),
        (r"\b(?:article|art\.?) ?21\b(?! ?[.(] ?[23]\b)", 1.0, False),
        # the person's name or photo taken off a public page, whatever the verb ("enlevez mon
        # nom du trombinoscope"); a use or disclosure the person no longer wants ("je ne veux
        # plus que vous transmettiez mes temps de connexion à mon employeur")
        (
            r"\b(?:mon nom|ma photo|my name|my photo|my picture)\b[^.!?;\n]{0,30}\b(?:du|de la"
            r"|de le|from|off|of) (?:the |your |votre |vos |le |la |les )?(?:public )?"
            r"(?:trombinoscope|classement|leaderboard|ranking|annuaire|directory|palmares"
            r"|hall of fame|tableau d honneur|wall of fame)"
            r"|\bne (?:veux|souhaite) plus que vous (?:transmettiez|communiquiez|partagiez)\b",
            1.0,
            False,
        ),
        (
            # no rule of this label starts with "e": that letter alone would let the label's
            # first-character guard through at every other position of some texts
            rf"\b(?:retir\w*|remov\w*|take)\b{g(30)}\b(?:du|de la|de le|from|off|of)"
            rf" (?:the |your |votre |vos |le |la |les )?(?:public )?(?:trombinoscope|classement"
            rf"|leaderboard|ranking|annuaire|directory|palmares|hall of fame|tableau d honneur"
            rf"|wall of fame|page de classement)",
            1.0,
            False,
        ),
        (
            r"\b(?:dont|do not|ne) (?:want|veux pas) (?:it|them|my \w+|que (?:il|elle|ils|elles)"
            r"|qu (?:il|elle))? ?(?:to be |be |soit |soient )?(?:shown|displayed|published"
            r"|visible|affichee?s?|publiee?s?)\b",
            1.0,
            False,
        ),
        (
            # the person's name or face put on a page: "dont put my name on your website",
            # "ne mettez plus ma photo sur votre page"
            rf"\b(?:(?:do not|dont|never|stop) (?:put|putting|use|using|show|showing|post|posting)"
            rf"|ne (?:mettez|utilisez|affichez|publiez) (?:plus|pas))\b {g(10)}\b(?:my|mon|ma|mes)"
            rf" (?:\w+ )?(?:name|photo|picture|pic|image|face|review|testimonial|quote|nom|visage"
            rf"|avis|temoignage)s?\b{g(30)}\b(?:on|in|sur|dans)\b (?:\w+ ){{0,2}}(?:website|site"
            rf"|page|brochures?|flyers?|posters?|social|facebook|instagram|linkedin|testimonials"
            rf"|plaquettes?|reseaux)",
            1.0,
            False,
        ),
        (
            # a face in advertising the person does not want, whichever comes first: "i saw my
            # face in your facebook advert... take it off", « ma foto dans la brochure... jai
            # jamai di oui, enlevé la », "I do not want his picture in your advertisement"
            rf"\b(?:photo|foto|picture|pic|image|face|visage)s?\b{g(80)}\b(?:{_PROMO})\b{g(80)}"
            rf"\b(?:{_NOT_WANTED})"
            rf"|\b(?:{_NOT_WANTED})\b{g(60)}\b(?:photo|foto|picture|pic|image|face|visage)s?\b"
            rf"{g(60)}\b(?:{_PROMO})\b",
            1.0,
            False,
        ),
        (
            r"\b(?:not agree|dont agree|do not agree|disagree|pas d accord)\b[^.!?;\n]{0,40}"
            r"\b(?:giv\w*|gave|shar\w*|pass\w*|transmi\w*|sen[dt]\w*|sell\w*|sold|transmett\w*"
            r"|partag\w*|communiqu\w*|donn\w*|vend\w*|transf\w*)\b",
            1.0,
            False,
        ),
        (
            r"\b(?:stop|arret\w*|cess\w*)\b (?:to |de )?(?:shar\w*|partag\w*|transmett\w*"
            r"|transmit\w*|passing|giving|donner|communiquer)\b",
            0.45,
            False,
        ),
        (
            r"\b(?:stop|arret\w*|cess\w*)\b (?:showing|displaying|publishing|de afficher"
            r"|de publier|de montrer)\b[^.!?;\n]{0,30}\b(?:my|mon|ma|mes)\b",
            1.0,
            False,
        ),
        (
            r"\b(?:want|wish|veux|souhaite) (?:that |this |the |ce |cette |que ce |que cette )?"
            r"(?:sharing|disclosure|transfer|partage|transmission|transfert)\b[^.!?;\n]{0,40}"
            r"\b(?:to stop|cesse|s arrete)\b",
            1.0,
            False,
        ),
        (
            rf"(?:ne veux plus|ne veux pas|veux pas|ne souhaite pas|ne souhaite plus|refuse|dont "
            rf"want|do not want|do not agree|dont agree|stop|arret\w*|cess\w*|ne plus|no longer"
            rf"|not agree|do not use|dont use|ne utilisez pas|against|suis contre)"
            rf"{g(60)}(?:profil\w*|statisti\w*|analytic\w*|analys\w*|analyse\w*|tracking|"
            rf"track\w*"
            rf"|mesurer|entrain\w*|\btrain\b|employeur|employer|evaluation|financeur|partenaires?"
            rf"|partners?|third part\w*|tiers|chatbot|leaderboard|classement|ranking)",
            1.0,
            False,
        ),
        (
            # disclosure to a boss, a company, an agency or a study; no "stop" or bare "ne"
            # opens it, so that long runs of them cost no look-ahead
            rf"\b(?:ne veux plus|ne veux pas|veux pas|ne souhaite (?:pas|plus)"
            rf"|dont want|do not want|no longer want"
            rf"|against|suis contre|refuse)\b{g(70)}\b(?:patron|boss|my company|mon entreprise"
            rf"|ma societe|etudes?|studies|study|research|recherche|job centre|pole emploi"
            rf"|france travail|agency|agence|(?:shared|partagee?s?|transmise?s?|montree?s?|shown"
            rf"|sent|passed|given) (?:with|to|a|avec))\b",
            1.0,
            False,
        ),
    ],
    "marketing_objection": [
        (
            # consent withdrawn to receiving offers: « je retire mon consentement à recevoir vos
            # offres », "I withdraw my consent to receive your newsletters" (read from
            # "consent": "with..." or "my" start too many words; consent given is no objection)
            rf"\bconsent(?:ement)?\b(?:(?<=my consent)|(?<=our consent)|(?<=mon consentement)"
            rf"|(?<=notre consentement))(?<!gave my consent)(?<!given my consent)"
            rf"(?<!give my consent)(?<!donne mon consentement)(?<!donner mon consentement)"
            rf"(?<!donne notre consentement)"
            rf" (?:a|to|pour|for) (?:recevoir|receive|receiving|etre contacte\w*"
            rf"|being contacted|be contacted) (?:\w+ ){{0,2}}{MKT_OBJ}\b",
            1.0,
            False,
        ),
        (
            rf"\b(?:ne veux plus|ne souhaite plus|no longer want|dont want|do not want|dont wish"
            rf"|do not wish)\b (?:aucune?s? |de |d |any |any more |more |further |your |vos "
            rf"|votre |these |ces )?{MKT_OBJ}",
            1.0,
            False,
        ),
        (
            r"\b(?:vos|your) (?:commerciaux|conseillers|vendeurs|sales ?(?:team|people|reps?|"
            r"force)"
            r"|advis[eo]rs|agents|telemarketers|call cent(?:er|re)|sellers|salesm[ae]n"
            r"|commercial (?:people|team|agents?))"
            r"\b(?! (?:me |m )?(?:said|say|says|told|tell|ont dit|disent|ont explique|explained))"
            r"[^.!?;\n]{0,30}(?:telephon\w*"
            r"|appel\w*|call\w*|ring\w*|phon\w*|harcel\w*|harass\w*|relanc\w*)",
            1.0,
            False,
        ),
        (
            rf"\b(?:still|toujours|encore|continue\w* (?:a|to))\b {g(15)}(?:getting|receiving"
            rf"|recevoir|recois|receive|get)\b {g(10)}{MKT_OBJ}",
            1.0,
            False,
        ),
        (
            # "stop", "arrêtez" said alone at the end of a sentence or after a comma
            r"(?:^|[.!?,] )(?:please |alors |svp |so |donc )?(?:stop|arretez)"
            r"(?: these)?"
            r"(?: (?:se il vous plait|s il vous plait|svp|please|now|maintenant))?\W*$",
            1.0,
            False,
        ),
        (
            r"\b(?:unsubscri\w*+|desinscri\w*+|desabonn\w*+|opt me out|opt out|optout|opt\w* "
            r"out)"
            # "me désinscrire ne suffit pas": what follows asks for more
            r"(?! (?:ne suffit pas|ne suffira pas|n est pas suffisant|is not enough|was not enough"
            r"|will not be enough|does not suffice|alone is not enough))"
            r"(?!(?: \w+){0,2} (?:du|de le|de la|from (?:the|your)) (?:site|plateforme|platform"
            r"|website|service|compte"
            # leaving a session or a course is a booking: « me désinscrire de la session de
            # janvier », "unsubscribe from the course"
            r"|(?:session|seance|cours|formation|atelier|webinaire|examen|module|class|course"
            r"|workshop|webinar|exam)\b))",
            1.0,
            True,
        ),
        (
            rf"(?:{ERASE_VERB}|retir\w*|ray\w*|enlev\w*|take|sortez|get|drop|cross)\b{g(40)}\b(?:liste|list|"
            rf"newsletter|mailing|marketing (?:database|files?|db)|base (?:de donnees )?"
            rf"(?:marketing|commerciale)|fichiers? (?:marketing|commerciaux)"
            rf"|fichiers? de prospection|listes? de diffusion|call list"
            rf"|lettres? (?:de |d )?information)",
            1.0,
            False,
        ),
        (
            r"\b(?:stop|arret\w*|cess\w*|cease\w*|quit|halt|make it stop)\b[^.!?;\n]{0,25}"
            r"(?:appel\w*|call\w*(?! (?:notes?|recordings?|logs?|transcripts?|history))"
            # chasers, unless about a payment: « stop les relances »
            r"|relances?\b(?! (?:de |du |pour )?(?:paiement|facture|reglement|impaye))"
            r"|ringing|phoning|texting|sms|e ?mail\w*|message\w*|newsletter\w*|pubs?\b|publicit\w*"
            r"|spam\w*|contact\w*|demarch\w*|harcel\w*|offres?|offers?|promo\w*|sending|envoyer"
            r"|advertis\w*|ads\b|adverts?\b|texts?\b"
            r"|envoi\w*|marketing|solicit\w*|sollicit\w*|bombard\w*)",
            1.0,
            False,
        ),
        (r"^stop\W*$|\bstp (?:calling|texting|emailing|sending|contacting)", 1.0, False),
        (r"\b(?:article|art\.?) ?21 ?[.(] ?[23]\b", 1.0, False),
        (
            rf"(?:ne|plus|no longer|not|dont|no more|never)\b{g(30)}(?:recevoir|recoiv\w*"
            rf"|receive|receiving|"
            rf"get"
            rf"|getting|envoyer|send|sending)\b{g(25)}{MKT_OBJ}",
            1.0,
            False,
        ),
        (
            r"(?:ne plus|plus|no longer|not|dont|never)\b[^.!?;\n]{0,25}(?:etre (?:contacte|"
            r"appele|"
            r"sollicite|demarche)\w*|be (?:contact\w*|call\w*|phon\w*|ring\w*|text\w*)"
            r"|(?:me|le|la|les|nous) (?:contacter|appeler|"
            r"demarcher"
            r"|solliciter|relancer|envoyer)|me en envoyer|(?:contact|call) (?:me|him|her|them))",
            1.0,
            False,
        ),
        (
            rf"\b(?:plus de|plus aucune?|no more|any more|anymore|pas de|zero)\b"
            rf" (?:(?!adresse |address )\w+ )?{MKT_OBJ}",
            1.0,
            False,
        ),
        (
            rf"\b(?:me oppose|oppose|object\w*|opposition|refuse)\b{g(40)}{MKT_CONTEXT}",
            1.0,
            False,
        ),
        (
            r"\b(?:vous (?:continuez a )?me (?:appelez|harcelez|spammez|relancez|demarchez)"
            r"|(?:keep|keeps|continue to|continuez a)\b[^.!?;\n]{0,20}(?:calling|ringing|phoning"
            r"|texting|spamming|emailing|me appeler|sending me (?:\w+ )?(?:promo\w*|offers?|ads"
            r"|adverts?|advertis\w*|newsletters?|marketing|spam\w*|sms|texts))"
            r"|harcelement|harass\w*|bloctel"
            r"|(?:appels?|calls?)\b[^.!?;\n]{0,12}(?:cess\w*|stop\w*))",
            1.0,
            False,
        ),
        (r"\b(?:do not|dont|never) (?:call|text|e ?mail|contact) me\b", 1.0, False),
        # no more contact of any kind: "ne m'envoyez plus rien", "il ne veut plus qu'on
        # l'appelle", "not posting them to me any more", "never want to hear from you again",
        # "no more of these" (in reply to a newsletter)
        (
            r"\bne (?:me|nous) (?:envoyez|appelez|contactez|sollicitez|ecrivez) plus\b"
            r"|\bne (?:veu[xt]|souhaite) plus que on (?:me|le|la|les|nous) (?:appelle|contacte"
            r"|sollicite|demarche|ecrive)\b"
            r"|\bnot (?:posting|sending|mailing|emailing|texting|calling|ringing) (?:them |these"
            r" |it |this )?(?:to )?(?:me|us|him|her) any ?more\b"
            r"|\b(?:never|do not|dont) want to hear from (?:you|\w+)(?: \w+)? again\b"
            r"|\bno more of (?:these|those|them)\b",
            1.0,
            False,
        ),
        (
            # "c'est le dernier mail de ce genre que je veux recevoir"
            rf"\b(?:dernier|derniere|last) (?:\w+ )?{MKT_OBJ}\b{g(30)}"
            rf"\b(?:que je (?:veux|souhaite) recevoir|i (?:want|wish) to (?:receive|get|see))\b",
            1.0,
            False,
        ),
        (
            rf"\b(?:ne plus|stop|arret\w*|cess\w*|no longer)\b {g(10)}(?:utiliser|using|use)\b"
            rf"{g(40)}\b(?:pour|for)\b {g(15)}{MKT_OBJ}",
            1.0,
            False,
        ),
    ],
    "consent_withdrawal": [
        (
            r"\b(?:ne donne plus|ne donne pas|no longer give)\b[^.!?;\n]{0,10}(?:consentement"
            r"|consent|accord|permission)",
            1.0,
            False,
        ),
        (r"\b(?:do not|dont) consent\b", 0.45, False),
        (r"\b(?:withdraw\w*|revoqu\w*|revok\w*|retire\w*) (?:it|that|this|le|la|ce)\b", 0.3, True),
        (
            r"\b(?:gave|given|donne|accepte|agreed|autorise) (?:my |mon |votre |your )"
            r"?(?:permission"
            r"|consent|consentement|accord)\b|\b(?:avais|had) (?:accepte|agreed)\b",
            0.3,
            False,
        ),
        (
            r"(?:retir\w*|revoqu\w*|annul\w*|reviens sur|retrait|withdraw\w*|revok\w*|take back"
            r"|taking back|cancel\w*|remov\w*)\b[^.!?;\n]{0,40}(?:consentement|consent|accord"
            r"|permission"
            r"|agreement|autorisation)",
            1.0,
            True,
        ),
        (
            r"(?:consentement|consent)\b[^.!?;\n]{0,20}(?:retire|revoque|withdrawn|revoked)",
            1.0,
            False,
        ),
        (
            # (« je consens plus », the « ne » dropped as people speak)
            r"\b(?:(?:ne )?consens plus|ne consens pas|no longer (?:consent|authori[sz]e|agree)"
            r"|ne autorise plus|changed my mind)\b",
            1.0,
            False,
        ),
        (
            # a yes given once, taken back later: "I said yes to being in the directory. I'm
            # taking that back", « j'avais dit oui pour la vidéo, je reviens dessus »
            r"\b(?:said yes|agreed|consented|opted in|(?:je ai|je avais) (?:dit oui"
            r"|accepte|donne mon accord))\b[^\n]{0,120}?\b(?:tak\w* (?:that|it|this) back"
            r"|withdraw (?:that|it|this)|now i say no|je (?:le |la )?retire|je reviens (?:dessus"
            r"|la dessus)|maintenant je dis non|finalement non|finally no|actually no)\b",
            1.0,
            False,
        ),
        # a box ticked once, to be unticked: "I ticked the box to share my results. untick it"
        (
            r"\b(?:untick|uncheck|decoch\w*) (?:it|that|this|the box|la case|cette case)\b",
            0.6,
            False,
        ),
        (r"\b(?:article|art\.?) ?7 ?\(?3\)?|\b7\.3\b", 1.0, False),
    ],
    "portability": [
        (
            r"\b(?:transmett\w*|transf\w*|send|envoy\w*|transfer\w*)"
            r"\b[^.!?;\n]{0,30}\b(?:directement"
            r"|directly)\b",
            1.0,
            True,
        ),
        (
            # a transfer straight to another organisation (Art. 20(2)), however much lies
            # between: "transfer my coursework and grades from X directly to my new employer's
            # learning platform", « envoyez mes notes directement à l'université »
            rf"\b(?:transmett\w*|transf\w*|send|envoy\w*|move|hand)\b{g(80)}\b(?:directement"
            rf"|directly|straight) (?:a|au|aux|to|into|onto|vers|chez|sur)\b{g(40)}\b(?:"
            rf"organisme|ecole|school|employer|employeur|platform|plateforme|provider"
            rf"|prestataire|universit\w*|college|centre|etablissement|lms|company|entreprise"
            rf"|societe|organi[sz]ation)",
            1.0,
            True,
        ),
        (
            r"\b(?:change\w*|switch\w*|moving to|passe) (?:de |d |to )?(?:\w+ )?(?:organisme|"
            r"ecole"
            r"|school|provider|prestataire|training provider)\b",
            0.45,
            False,
        ),
        (r"portabilit\w*|portability|\b(?:article|art\.?) ?20\b", 1.0, True),
        (
            r"(?:format|fichier|file|\ben\b|\bin\b|\bas\b)\b[^.!?;\n]{0,20}(?:csv|json|xml|excel"
            r"|lisible par (?:une )?machine|machine readable|structur\w*|couramment|commonly"
            r"|standard|ouvert\b|open\b|reutilisable|reusable|exploitable|utilisable|usable)"
            r"|(?:csv|json|xml) (?:format|file|fichier)"
            # a portable format, not a file on one's mobile (« sur mon portable »)
            r"|\bformats? (?:\w+ )?portables?\b|\bportable (?:format|file|copy|export)",
            1.0,
            True,
        ),
        # a format another system can take in: "a format my new school can import",
        # "un format que mon nouvel organisme pourra importer"
        (
            r"\bformat (?:that |which |que )?(?:\w+ ){0,5}?(?:can|could|will be able to|peut"
            r"|pourra|puisse) (?:upload|import|read|load|reuse|importer|lire|charger"
            r"|reutiliser)\b",
            1.0,
            False,
        ),
        (
            rf"\bexport\w*\b{g(40)}(?:{DATA}|historique|history|resultats|results|tout|"
            rf"everything)",
            1.0,
            True,
        ),
        (
            rf"(?:transfer\w*|transmett\w*|move|moving|envoyer|send|recuperer|port|confier|give"
            rf"|hand|import\w*|upload\w*)\b{g(50)}"
            rf"(?:un autre|une autre|another|my new|mon nouvel?|ma nouvelle|new|nouvel?|"
            rf"nouvelle|the other|l autre)"
            rf" (?:organisme|ecole|provider|school|training|prestataire|centre|etablissement|"
            rf"college|universit\w*|employer|employeur|platform"
            rf"|plateforme)",
            1.0,
            True,
        ),
        (
            # "un fichier que je peux garder et reutiliser", "a file she can open on her computer"
            rf"\b(?:fichier|file)\b{g(40)}\b(?:reutilis\w*|re utilis\w*|reus\w*|re use"
            rf"|(?:ouvrir|open|lire|read)\b{g(25)}\b(?:ordinateur|computer|logiciel|software"
            rf"|tableur|spreadsheet))",
            1.0,
            True,
        ),
        (
            # "transférez mon dossier à l'école que je rejoins", "transfer my file to the school",
            # "send my transcript and completed modules as a file to the admissions office at my
            # university", « envoyer ses résultats et bulletins ... au lycée »
            rf"\b(?:transf\w*|transmett\w*|send|envoy\w*)\b{g(20)}\b(?:mon|my|ses|his|her|mes)"
            rf" (?:dossier|file|records?|transcripts?|historique|resultats|results|bulletins"
            rf"|releves|grades)\b{g(50)}\b(?:a|au|to) (?:l |la |le |the |my |mon |ma |his |her"
            rf" |son |sa )?(?:ecole|school|organisme|universit\w*|college|centre|etablissement"
            rf"|training provider|lycee|admissions? (?:office|service))\b",
            1.0,
            True,
        ),
        (
            # a file another system reads: "a file which computer can read", « un fichier que
            # leur plateforme peut lire »
            r"\b(?:fichier|file|format)\b (?:that |which |que |qu |qui )?(?:\w+ ){0,4}?"
            r"(?:can|could|will|peut|peuvent|pourra|puisse|sait) (?:\w+ )?(?:read|lire|import\w*"
            r"|open|ouvrir|process|traiter|use|utiliser)\b"
            r"|\blisible par (?:un |une |leur |son |sa |le |la )?(?:ordinateur|logiciel|systeme"
            r"|plateforme)|\b(?:computer|machine) (?:can|could) read\b",
            1.0,
            True,
        ),
        (
            # « pour les emporter ailleurs » (« emporter » reads « exporter » once normalised)
            r"(?:reuse|reutiliser|re use|import\w*|export\w*|emport\w*|upload\w*|utiliser|use)"
            r"\b[^.!?;\n]{0,20}(?:ailleurs|elsewhere)",
            1.0,
            True,
        ),
        (
            # the file of one's data, to change provider: « le fichier de mes données ... pour
            # changer d'organisme », "a file of my records as I'm switching schools"
            rf"\b(?:fichier|file|export)\b (?:de |of |with )?{MYDATA}{g(60)}\b(?:chang\w*"
            rf"|switch\w*|moving to|passe) (?:de |d |to )?(?:\w+ )?(?:organisme|ecole|schools?"
            rf"|providers?|prestataire|training providers?|centre|etablissement)\b",
            1.0,
            True,
        ),
        # the word alone, not an export the desk sent ("the export you sent", « merci pour
        # l'export »)
        (
            r"\bexport\b(?<!\bfor the export)(?<!\bpour le export)(?<!\bin the export)"
            r"(?<!\bdans le export)(?<!\bgot the export)(?<!\brecu le export)"
            r"(?! (?:you|que vous) (?:sent|have sent|m avez|avez envoye))",
            0.6,
            True,
        ),
    ],
    "post_mortem": [
        (
            r"\b(?:decede|decedee|deces|defunte?|passed away|nous a quittes?|deceased|died|est "
            r"mort|est morte|(?:mum|mom|mother|father|dad|husband|wife|son|daughter|brother"
            r"|sister|grandmother|grandfather|partner|grandma|grandpa|granny|aunt|uncle)"
            # a name or a bracket between: "my grandmother Ada Okoro (learner no. 12) passed last"
            r"(?: [a-z]+){0,3}(?: \([^()\n]{0,40}\))? passed (?:on|in|last|recently|suddenly"
            r"|peacefully)|is dead|the late(?! (?:fee|fees|payment|charge|penalty|submission"
            r"|registration|enrolment|start|delivery|arrival|session|class|course|exam|notice"
            r"|reply|response|answer))|late (?:mr|mrs|ms|miss|dr|father|mother|husband|wife)"
            r"|heritiere?s?|heirs?|ayants? droits?|estate of|the estate|his estate|her estate"
            r"|(?:on|upon|at) my death|(?:when|if|after|once) i (?:die|pass away|me gone|m gone)"
            r"|(?:quand|lorsque|une fois que) je ne serai plus (?:la|de ce monde)"
            r"|quand je (?:serai mort|mourrai)"
            r"|si je (?:decede|meurs)"
            r"|executor|executeur|executrice|testamentaire|feu (?:m|mme|monsieur|madame|mon|ma)"
            r"|notaire|notary|(?:apres|lors de) (?:ma mort|mon deces|ma disparition)"
            r"|mort(?<=\ba ma mort)|disparition(?<=\ba ma disparition)"
            r"|(?:after|on|upon|at) my (?:death|passing)|event of "
            r"my"
            r" death|en cas de (?:mon )?deces|a mon deces|personne de confiance|trusted person|"
            r"acte de"
            r" deces|death certificate|bereavement|post mortem|succession de)\b",
            1.0,
            False,
        ),
        (r"\b(?:mort|morte) (?:dans|le|en|il y a|recemment|depuis)\b", 1.0, False),
        # "rip my dad", « RIP maman », "rest in peace"
        (
            r"\brip (?:my|mon|ma|to my|papa|maman|dad|mum|mom|grandad|grandma|mamie|papi)\b"
            r"|\b(?:rest in peace|repose en paix)\b",
            1.0,
            False,
        ),
    ],
}

# A clause with one of these is boilerplate (newsletter footers, disclaimers, auto-replies): no
# rule that matches inside it counts.
BOILERPLATE = (
    r"(?:bien recu|i (?:have )?(?:just )?(?:received|got)|je ai (?:bien )?recu)"
    r" (?:the |your |la |le |"
    r"votre |vos )?(?:export|confirmation|copie|copy|fichier|file|archive)|"
    r"vous (?:disposez|beneficiez) (?:de|du|des|d)|vous pouvez a tout moment|you (?:have|may "
    r"exercise)"
    r" the right|you (?:can|may)[^.!?;\n]{0,40}at any time|pour vous (?:desinscrire|desabonner)|"
    # (not a request made to the desk: "I'd like you to unsubscribe my address")
    r"(?<!you )to unsubscribe"
    r"|unsubscribe \||cliquez ici|click here|vous recevez (?:cet|ce)|you are receiving this"
    r"|(?:received|recu) (?:it |this |ce message |le )?(?:in error|by mistake|par erreur)|si "
    r"vous"
    r" (?:le |l )?avez recu|if you (?:have )?received|intended (?:only )?for"
    r"|merci de ne pas repondre|do not reply|pour toute demande|seul destinataire|intended "
    r"recipient|for (?:urgent|any) (?:matters"
    r"|requests)|write to (?:us|our|the|dpo)\b|ecrivez (?:nous )?a|manage preferences"
    r"|gerer (?:mes|vos) preferences"
    # a sender's own footer: « pour ne plus recevoir nos messages, répondez STOP »
    r"|pour ne plus recevoir nos|to stop receiving our|(?:repondez|reply|replying|text) stop\b"
    # what the policy says, quoted back: "your policy says you keep some information"
    r"|(?:your|votre) (?:privacy )?(?:policy|politique(?: de confidentialite)?)"
    r" (?:says|states|mentions|dit|indique|precise|mentionne|prevoit)\b"
    r"|\b(?:in|according to|selon|dans) (?:your|votre) (?:privacy )?(?:policy|politique)"
    r"(?: de confidentialite)? (?:that|que|qu)\b"
)

# A cover note of the group's own staff handing on a learner's message below it to the desk
# ("Forwarding below a message that came into the support inbox. Looks like one for you",
# « Transféré par le service client : l'apprenante demande... »): with no request of its own,
# the request is the one handed on. Not a person forwarding a mail they suspect (``SUSPECTED``).
HANDED_ON = (
    r"\b(?:(?:came|arrived) (?:in|into|to) (?:the|our) (?:\w+ ){0,2}?(?:inbox|mailbox)"
    r"|from the (?:\w+ ){0,2}?(?:inbox|mailbox)|looks like one for you|one for you"
    r"|for you to (?:handle|process|deal with)|please process|pour traitement"
    r"|(?:transfere|transmis|recu) (?:par|sur) (?:le|la|notre) (?:service|boite|equipe)"
    r"|(?:the|a|from a|this) learner (?:asks|wants|would like|writes)|learner wants"
    r"|(?:le|la|une?) apprenante? (?:demande|souhaite|veut|ecrit))\b"
)
SUSPECTED = (
    r"\b(?:scam|phishing|arnaque|hameconnage|fake|suspicious|suspect|frauduleux|fraud\w*)\b"
)
REMINDER = (
    r"\b(?:relance|rappel|toujours pas|toujours rien|sans reponse|no (?:reply|answer|response)"
    r"|still (?:waiting|not|no|have not|havent|nothing)|following up|follow up|reminder|deuxieme"
    r" demande|second request|je vous ai (?:deja )?(?:ecrit|demande)|i (?:already )?(?:asked|"
    r"wrote)"
    r"|ma demande (?:ci dessous|du|initiale|precedente)|my (?:previous |earlier )?request|"
    r"request"
    r" below|see below|voir ci dessous|ci dessous|resend\w*|renvoi\w*|sending (?:it |this )?again"
    r"|second time|deuxieme fois|once again|encore une fois)"
)

# A sentence opening like this is a question about the policy, not a request: matches in it do
# not count unless they speak of the sender's own data or account ("mon compte"), and the
# model that reviews the rules adds no label to it.
FIRST_PERSON = r"\b(?:mon|ma|mes|my|me|moi|mine)\b"
POLICY_QUESTION = (
    r"(?:^|[.!?,:\n] ?)(?:(?:bonjour|hello|hi|au fait|sinon|(?:just )?out of curiosity"
    r"|par curiosite|quick q(?:uestion)?|petite question|question rapide"
    r"|(?:i m |i was |just )?wondering|je me demandais)\W+)?"
    r"(?:(?:je voudrais|je souhaiterais"
    r"|j aimerais|je aimerais|i would like to|i d like to|i want to) (?:savoir|know|connaitre"
    r"|understand|comprendre)\W+"
    r"|(?:can you|could you|pouvez vous|pourriez vous) (?:tell me|me dire)\W+)?(?:combien de temps"
    r"|pendant combien|how long|for how long|est ce que mes|do you|does your"
    # "est-ce que vous pourriez m'envoyer...?" asks for something
    r"|est ce que vous(?! (?:pourriez|pouvez|pourrez|voudriez|voulez) (?:bien )?me\b)"
    r"|are you|is my|are my|pourquoi|why|when do you|quand (?:est ce que vous|supprimez|effacez)"
    r"|ou (?:sont|stockez|conservez|hebergez)|where (?:do you|is my|are my)"
    r"|quelles? (?:sont les )?"
    r"(?:donnees|informations) (?:que )?vous (?:collectez|recueillez|traitez en general)"
    r"|what (?:data|information) (?:do )?you (?:collect|gather)|vos serveurs|your servers"
    r"|la duree (?:de conservation|pendant laquelle)|the retention (?:period|time)|vendez vous"
    # where data goes abroad, and under what protection
    r"|(?:(?:in|to) )?which countries|(?:dans |vers )?quels pays|what safeguards"
    r"|quelles garanties"
    r"|partagez vous|revendez vous|vous revendez|what is|what are|que est ce que"
    r"|(?:at |from )?what age|(?:a partir de |des )?quel age"
    # what a word or a practice means, what becomes of data, on what basis: "c'est quoi
    # Bloctel", "what happens to my data once...", "what legal basis do you use"
    r"|(?:c|ce) est quoi|(?:ca|cela) veut dire quoi|que veut dire|what does|what happens to"
    r"|que? advient il|que deviennent|what (?:legal|lawful) basis|(?:sur )?quelle base legale"
    # a question asked as a statement: « vous les effacez ? » (a sentence ending in "?")
    r"|vous (?:les |la |le |l )?(?:effacez|supprimez|gardez|conservez|partagez|vendez)"
    r"|do (?:ye|yous|u) )\b"
)

# A short answer to the desk's question quoted below it: "oui", "ok do it", "yes please" confirm
# the request the question restates; "non", "no don't" withdraw it (not "no more texts").
ASSENT = (
    r"^\W*(?:oui|ouais|yes|yep|yeah|ok|okay|d accord|de accord|bien sur|of course|sure|je confirme"
    r"|i confirm|confirmed?|go ahead|allez y|do it|please do|exactement|exactly|absolument"
    r"|tout a fait|that s right|c est (?:bien )?ca)\b"
)
REFUSAL = r"^\W*(?:non|no|nope|nah)\b(?! (?:more|longer|plus|de|d|merci)\b)"
#: How long such an answer is, at most, once normalised.
SHORT_ANSWER_CHARS = 80
# The desk's question, quoted: it asks the writer to confirm or to say what they want.
CONFIRM_QUESTION = (
    r"\b(?:confirm\w*|is (?:that|this|it) (?:right|correct)|est ce (?:bien|correct|exact)"
    r"|voulez vous|souhaitez vous|do you (?:still )?(?:want|wish)|would you like"
    r"|reply (?:yes|if)|repondez (?:oui|si)|wish to stop)\b"
)
# The desk's words in the question, read as the writer's: "your account" is the writer's own,
# "cesser de vous envoyer" is « cesser de me envoyer ».
DESK_WORDS = (
    r"\b(?:votre|vos|your|(?:de|d) vous|(?:send|sending|contact|contacting|call|calling|email"
    r"|emailing|text|texting) you)\b"
)

# Leaving "not just the emails" ("unsubscribe me from your system, I mean delete me, not just
# emails", « me désinscrire complètement, pas juste les mails »): erasure, and no marketing
# objection besides it.
NOT_JUST_MARKETING = (
    rf"\b(?:not just|pas juste|pas seulement|pas que|pas uniquement|and not merely)"
    rf" (?:\w+ ){{0,2}}?{MKT_OBJ}\b"
)

# Words that make "other" a confident answer (the message is clearly about something else).
OTHER_MARKERS = (
    r"\b(?:factur\w*|invoice\w*|rembours\w*|refund\w*|paiement|payment|prelev\w*|charged"
    r"|instalments?|abonnement|subscription|prix|price|formation|course|module|examen|exam"
    r"|cours|certificat\w*|certificate|attestation|video|plateforme|platform|log in|login"
    r"|connecter|mot de passe|password|cpf|funding|parcours|bts|combien de temps|how long"
    r"|politique de confidentialite|privacy policy|delegue|protection officer|quels sont mes"
    r" droits|what rights|retention|stockees?|stored|partagez|share|vendez|sell|merci pour"
    r"|thanks for|d accord|great|parfait|congratulations|gagnez|won|gift card|tirage|fyi|pour "
    r"info"
    r"|curious)\b"
)
# A lottery, prize or inheritance scam: no request of a right ("send a copy of your ID to claim
# your prize" is no access request): a phrase of a right read in it counts only when it names
# the writer's own data.
SCAM = (
    r"\b(?:lottery|loterie|lotto|you have (?:been selected|won)|vous avez (?:ete selectionne\w*"
    r"|gagne)|dear (?:beneficiary|winner)|cher (?:beneficiaire|gagnant)|claim (?:your )?(?:prize"
    r"|winnings|reward|eur|usd|gbp)|reclamer (?:votre )?(?:gain|lot|prix)|inheritance fund"
    r"|unclaimed (?:funds|inheritance)"
    # an advance-fee offer: "a fund of 4.5 million USD from a late client", "send your bank
    # details for the transfer", « héritage de 3 millions d'euros »
    r"|(?:million|millions) (?:usd|us dollars|dollars|euros|eur|gbp|pounds|de euros|de dollars)"
    r"|business proposal|bank (?:details|account) for the transfer"
    r"|coordonnees bancaires pour (?:le|ce) (?:transfert|virement))\b"
)
# Personal data named as such: a message naming it is never confidently about something else.
DATA_WORDS = r"\b(?:donnees|data|personnelles?|personal|rgpd|gdpr|cnil|ico)\b"
PRIVACY_WORDS = rf"{DATA_WORDS}|\b(?:compte|account|dossier|informations?|consentement|consent)\b"
# The person's own data named in everyday words ("my acct", "anything of mine", "about me",
# "mon prenom"): with a phrase of a right read, the message is about their data.
OWN_DATA = (
    r"\b(?:acct|accnt|infos?|details|records?|coordonnees|about me|on me|of mine|sur moi"
    r"|me concernant|my (?:name|first name|surname|email|e mail|address|number|phone number"
    r"|date of birth|birthday|profile|stuff)|mon (?:nom|prenom|adresse|e mail|mail|numero"
    r"|profil|identifiant)|ma (?:date de naissance|fiche)"
    # the records of one's learning: "my coursework and grades", « mes relevés de notes »,
    # "the recordings of my oral exam", « mes connexions », « cet enregistrement »
    r"|my (?:coursework|grades|marks|transcripts?|exam results|learning records?)"
    r"|mes (?:notes|releves|bulletins|copies)|mon (?:releve|bulletin) de notes"
    r"|my (?:\w+ )?(?:recordings?|footage|history|progress|results|connections)|what s stored"
    r"|on file for me|mes (?:connexions|resultats|travaux|devoirs)|mon historique"
    r"|ma progression|(?:cet|le) enregistrement)\b"
)

# The desk asked to act on something of the writer's ("could you transfer my ...", « merci de
# supprimer mes ... »): whatever the words for it, such a message is never confidently about
# something else. Sending the writer a document ("send me my invoice") is support, not this.
ASKED_OF_OWN = (
    rf"\b(?:please|pls|plz|kindly|merci de|svp|stp|pouvez vous|pourriez vous|could you|can you"
    rf"|would you|i want you to|i need you to|je veux que vous|je vous demande de|veuillez)\b"
    rf"{g(40)}\b(?:transfer\w*|transf\w*|transmett\w*|delete|remove|erase|supprim\w*"
    rf"|efface\w*|correct\w*|corrig\w*|modifi\w*|stop\w*|arret\w*|share|partag\w*|move"
    rf"|export\w*|hand over|freeze|gel\w*|bloqu\w*)\b{g(20)}\b(?:my|mes|mon|ma|me|moi)\b"
)

# Negation, hypothesis or the sender's own past action just before a negatable rule.
NEGATION = (
    r"\b(?:pas|jamais|sans|aucun|aucune|not|never|without|no need|nor|ni|dont (?:want|wanna|need"
    r"|wish)|nothing|rien|si je|if i|what if|au cas ou|do you|did you|does|est ce que vous"
    r"|est ce que on|combien de temps|how long|refuse (?:de|to)"
    # English "don't" written without its apostrophe, not the French relative "dont"
    r"|dont(?! (?:vous|je|j|il|elle|nous|ils|elles|on|tu|le|la|les|l|mon|ma|mes|ce|cette|un|une"
    r"|des|notre|votre)\b)|no(?! longer| more| doubt))\b"
)
# A negation of finding or knowing ("I can't find how to delete my account") is about the
# sender's means, not the request that follows it.
ABILITY = (
    r"\b(?:trouve\w*|find|found|see|vois|arrive|manage|know|sais|reussi\w*|figure out|work out)"
    r"\b"
)
# A condition or a hypothesis anywhere earlier in the clause ("if one day I want to delete...").
HYPOTHESIS = (
    r"\b(?:si|if|au cas ou|in case|whether|supposing)\b(?: \w+){0,3} (?:je|i|on|we|nous"
    r"|ever|jamais)\b"
    r"|\b(?:whether to|whether or not to|i (?:m|me|am) (?:considering|thinking of|thinking"
    r" about)|je envisage de|je hesite a|je me demande si|je reflechis a)\b"
)
# The question asked, then nothing to be done ("I'm not asking for either yet", "don't do
# anything", « je ne veux rien faire pour l'instant », « je pose juste la question »): even a
# right named with "my" in the question is only asked about.
NOTHING_TO_DO = (
    r"\b(?:not asking (?:you )?(?:for|to do) (?:either|anything|that|it|them)"
    r"|(?:don ?t|do not) do anything(?! (?:else|with|to|about|on))"
    r"|je ne (?:veux|souhaite) rien faire|ne faites rien pour (?:l instant|le moment)"
    r"|je pose (?:juste |simplement |seulement )?(?:la|une) question"
    r"|je ne fais (?:pas de|aucune) demande|i (?:m|me|am) not making (?:a|any) request)\b"
)
# An explicit "this is only a question": the message's questions ask for nothing.
ONLY_A_QUESTION = (
    r"\b(?:not a request|no request|only a question|just a question|juste une question"
    r"|simple question|pas une demande|question generale|general question|just asking|just curious"
    r"|out of interest|par curiosite|simple curiosite|je ne demande rien|not asking yet"
    r"|i m not asking|je me renseigne|je veux juste comprendre|c est pour savoir"
    r"|juste pour savoir|out of curiosity)\b"
    rf"|{NOTHING_TO_DO}"
)
# What a message that says it only asks may ask about besides the policy topics: the rights.
RIGHTS_WORDS = (
    rf"{ERASE_VERB}|\b(?:suppression|effacement|deletion|erasure|acces|access|copie|copy"
    rf"|rectifi\w*|portabilit\w*|portability|comptes? inactifs?|inactive accounts?)\b"
)
# A contact detail, and lists or channels of prospection: removing one from the other is a
# marketing objection, not erasure.
CONTACT_POINT = (
    r"\b(?:numero|number|phone|telephone|portable|mobile|adresse|address|e ?mail|courriel"
    r"|coordonnees|contact details)\b"
)
MARKETING_LIST = (
    r"\b(?:listes?|lists?|newsletters?|mailings?|diffusion|prospection|marketing|commercia\w*"
    r"|promo\w*|publicit\w*|appels?|calls?|sms|textos?|demarchage|fichiers? d appel)\b"
)
# The sender's own past action ("I accidentally deleted my certificate") is not a request.
SELF_ACTION = (
    r"(?:^|\s)(?:je ai|ai|i|i have|i ve|i accidentally|i mistakenly|je les ai|je le ai"
    r"|been|was|were|a ete|ont ete)\s*$"
)
PAST_TENSE = (
    # "j'ai effacé" reads "je ai effacer" once normalised: after "je ai" an infinitive was a
    # participle
    r"^(?:\w+ed|supprimee?s?|effacee?s?|retiree?s?|detruite?s?|supprimer|effacer|retirer)\b"
)
SELF_CORRECTION = r"^[ .,]*(?:non|no|nope|enfin non)\b"
FRENCH_NE = r"\bne(?: \w+){0,2} ?$"
AFTER_NEGATION = r"^ ?(?:\w+ )?(?:pas|jamais|rien|point)\b"
CLAUSE_BREAK = (
    r"[.!?;:\n…]+|,|\b(?:mais|but|juste|just|seulement|only|simplement|simply|par contre|however"
    r"|instead|plutot|et|and|puis|then|ensuite|afterwards|sinon|otherwise|car|because)\b"
)

MINOR_CHILD = (
    r"\b(?:mon|ma|notre|nos|mes|my|our) (?:\w+ )?(?:fils|fille|enfants?|gamin|gamine|ado|"
    r"adolescente?|garcon|fiston|gosses?"
    # ("my sons account": the possessive written without its apostrophe)
    r"|sons?|daughters?|child|children|kids?|teenager|teen|boy|girl|lad|lass|youngster|bairn)\b"
    r"|\b(?:mother|father|parents?|mum"
    r"|mom|dad|mere|pere|maman|papa|guardian|tuteur|tutrice) (?:of|de|du|d)\b"
    r"|\b(?:as|i am|i m|i me) \w+ s (?:legal )?(?:guardian|parent|mum|mom|dad|mother|father)\b"
)
#: The oldest age, in years, a birth year may give for a minor: born 16 years ago or less.
MINOR_YEARS = 16
MINOR_AGE = (
    r"\b(?:son|daughter|fils|fille|child|enfant|kid|boy|girl)\W{1,3}(?:[1-9]|1[0-7])\b"
    r"|\b(?:[1-9]|1[0-7]) ?(?:ans|an|years?|yrs?|yo|y/o|y\.o)\b"
    r"|\b(?:a|is|aged|age|age de|agee? de|de|only)"
    r" (?:que )?(?:[1-9]|1[0-7])\b|\b(?:she s|he s|shes|hes) (?:[1-9]|1[0-7])\b"
    # an age in brackets after a name or a word: "Leo (14)", "my kids (10 and 12)"
    r"|(?<=[a-z] )\((?:[1-9]|1[0-7])\b"
    # or after a name and a comma: "the mum of Evie Brooks, 13."
    r"|(?<=[a-z]), (?:[1-9]|1[0-7])(?=[.,;!?)]|$)"
    # or a school level a child is at: "in year 10", "in grade 8", « en 4e », « en seconde »,
    # « au collège », "at primary school"
    # (not a year of higher education: "in year 2 of her degree", « en seconde année »)
    r"|\b(?:in|en) (?:year|grade) (?:[1-9]|1[01])\b(?! (?:of|at|annee)\b)"
    r"|\b(?:in|en) (?:cp|ce1|ce2|cm1|cm2|6e|6eme|sixieme|5e|5eme|cinquieme|4e|4eme|quatrieme|3e"
    r"|3eme|troisieme|seconde)\b(?! (?:of|annee)\b)"
    # (there now: « il était au collège avec vous » says nothing of an age)
    r"|\b(?:est|sont|va|vont|entre|rentre) (?:au college|a le ecole primaire|en primaire)\b"
    r"|\b(?:is|are|goes|go|starts|started) (?:at|to|in) (?:primary|secondary|middle"
    r"|junior high) school\b"
    # or after the child's name, behind the parent: "the dad of Tyler 14", « mère de Léa 12 ans »
    r"|\b(?:dad|father|mum|mom|mother|parent|pere|mere|papa|maman) (?:of|de|du) [a-z]+"
    r" (?:[1-9]|1[0-7])\b(?! ?(?:h|am|pm|rue|street|road|avenue)\b)"
    # or a birth year of the last sixteen years: "né en 2012", "born in 2013"
    # (whether the year is that recent is judged when classifying, on the date of the day)
    r"|\b(?:ne|nee|born)(?: in| en)? (?P<born>(?:19|20)\d\d)\b"
)
MINOR_STRONG = (
    r"\b(?:(?:enfant|fils|fille|child|son|daughter|un|une|a|my|mon|ma) mineure?s?|mineure? de"
    r"|(?:a|my|minor) (?:minor|child)\b|minor (?:child|son|daughter|aged)|parent of a minor|"
    r"autorite"
    r" parentale|parental (?:responsibility|authority|consent)|legal guardian|tuteur legal|under"
    r" (?:1[0-7])\b|moins de 1[0-7] ans|collegien\w*|lyceen\w*|(?:[1-9]|1[0-7]) year old"
    r"|(?:my|our|mon|ma|notre) (?:[1-9]|1[0-7]) ?(?:year old|yr old|yo|y/o|y\.o)\b)"
)

# A tutor at work or in training ("tutrice de stage") is no legal tutor.
NOT_A_TUTOR = (
    r"(?! (?:de stage|pedagogique|en entreprise|de apprentissage|de alternance|de formation))"
)
# A document giving authority to act for someone: a representative's, unless the writer is
# the person's employer (an employer stays a third party, whatever it attaches).
AUTHORITY = (
    r"\b(?:power of attorney|procuration|letter of authority|signed authority"
    r"|mandate (?:attached|enclosed)|mandat (?:joint|ci joint))\b"
)
# The person's employer, or its HR, writing about its staff.
EMPLOYER = (
    r"\b(?:our|notre|nos) (?:(?:former|ex|ancien|ancienne|anciens) )?(?:employee|employe"
    r"|salarie|collaborat\w*|staff\b|apprenti\w*|apprentice|trainee|stagiaire)"
    r"|\b(?:we|nous) (?:sponsor|fund|employ|financons|employons)\b[^.!?;\n]{0,20}"
    r"\b(?:employees|staff|salaries|learners|apprenants|stagiaires)\b"
    r"|\b(?:hr (?:manager|department|director|team|officer|at)|drh|service rh"
    r"|responsable (?:rh|formation|des ressources humaines)|human resources)\b|^hr\b|\bhr,"
    # (the employer's tutor writing, not the learner naming theirs: « mon maître d'apprentissage »)
    r"|(?<!\bmon )(?<!\bma )(?<!\bmy )\b(?:tut(?:rice|eur) (?:de stage|en entreprise)"
    r"|maitre de apprentissage"
    r"|(?:as|i am|i m|i me) (?:his|her|their) (?:line )?manager)\b"
)
# Who is asking (see ``requester.py``), on the normalised text. A lawyer, a legal representative
# or a proxy names their role or their client; "my lawyer told me" is the person themself.
REPRESENTATIVE = (
    r"\b(?:je suis|i am|i m|i me|we are|nous sommes|en (?:ma )?qualite de|acting as|agissant en"
    # the writer's own role, not someone else's: « je suis apprentie et mon tuteur dit... »
    r"(?: qualite de)?)\b[^.!?;\n]{0,40}\b(?=avocat|lawyer|attorney|solicitor|barrister|conseil"
    r"|mandataire|representa|tut|curat|guardian|deputy)(?<!\bmon )(?<!\bma )(?<!\bmy )"
    r"(?<!\bour )(?<!\bnotre )(?<!\bson )(?<!\bsa )(?<!\bhis )(?<!\bher )"
    r"(?:avocate?|lawyer|attorney|solicitor|barrister"
    rf"|conseil de|mandataire|representative|representante?|(?:tutrice|tuteur){NOT_A_TUTOR}"
    r"|curat\w*|guardian"
    r" of (?:my|his|her) (?:adult|brother|sister|aunt|uncle)|deputy)\b"
    r"|\bavocate? au barreau\b|\bmaitre \w+(?: \w+)?,? avocate?\b"
    # the writer's own title and field: « Avocat en droit social, je... », "Solicitor
    # specialising in..." (not "my lawyer, specialised in...")
    r"|(?<!mon )(?<!ma )(?<!my )(?<!our )(?<!notre )\b(?:avocate?|lawyer|attorney|solicitor)"
    r" (?:en droit|specialise\w*|specializing|specialising|practising|practicing)\b"
    r"|\b(?:represente|represents?|(?:tutrice|tuteur|curatrice|curateur|mandataire"
    r" judiciaire) de) (?:m|me|mme|mr|mrs|ms|monsieur|madame)\b"
    # (« M. » reads « me. » once normalised)
    r"|\b(?:avocate?|lawyer|attorney|solicitor|counsel) (?:de|of|for) (?:m|me|mme|mr|mrs|ms|miss"
    r"|monsieur|madame|mademoiselle|dr)\b"
    r"|\b(?:we are|i am|i have been|we have been) instructed by\b|\bmandatee? par\b"
    r"|\b(?:mon client|ma cliente|mes clients|my client|our client|notre client\w*|nos clients)\b"
    r"|\b(?:we act for|we act on behalf|we represent|acting for|acting on behalf"
    r"|agissant pour le compte"
    r"|(?:acts?|agit) (?:for|pour) (?:m|mr|mrs|ms|miss|mme|monsieur|madame|dr)"
    r"|on behalf of (?:one of )?(?:our|my) (?:clients?|members?)"
    r"|au nom de (?:mon|ma|notre) (?:client\w*|mandant\w*|adherent\w*))\b"
    rf"|\b(?:sous tutelle|under guardianship|attorney in fact)\b|{AUTHORITY}"
    # legal professionals, court-appointed protectors and staff representatives by their title
    r"|\b(?:mandataire judiciaire|mesure de (?:curatelle|tutelle|sauvegarde)|curatelle"
    r"|commissaire de justice|huissier de justice|agissant a la requete de|bailiff"
    r"|sheriff officer|court appointed|conservator(?:ship)?|guardianship order"
    r"|(?:welfare|financial) guardian|delegue (?:syndical|du personnel)|shop steward"
    r"|representante? (?:syndica\w*|du personnel)|representante? de (?:la|le) (?:cgt|cfdt|fo"
    r"|cfe cgc|cftc|unsa|sud|syndicat)|trade union (?:rep|representative|official)"
    r"|union (?:rep|representative)|solicitors? to|on (?:whose|the) instructions of"
    r"|under instructions from)\b"
)
# Someone writing for another person who is neither their minor child nor deceased.
OTHER_THIRD_PARTY = (
    r"\b(?:(?:he|she|they|who) (?:s |has |have |had )?(?:each )?asked (?:me|us) to"
    r"|asked (?:hr|human resources|(?:our|the) (?:hr|people|personnel) (?:team|department))"
    r" to (?:let you know|tell|inform|write|contact|ask|pass)"
    r"|asked (?:me|us) to (?:write|contact|ask"
    r"|request|send|tell"
    r"|msg|message|email|e mail|update)"
    r"|(?:said|told me|told us) to (?:write|email|e mail|contact) (?:in |you )?(?:for|on behalf"
    r" of) (?:him|her|them)"
    r"|\bwrite in (?:for|on behalf of) (?:him|her|them)"
    r"|(?:me|nous) a demande de (?:vous )?(?:faire|ecrire|contacter|demander|signaler|transmettre"
    r"|dire|informer|prevenir|me en charger)"
    r"|(?:me|nous) demande de (?:vous )?(?:ecrire|contacter|signaler|demander|transmettre|dire"
    r"|informer|prevenir))\b"
    r"|\b(?:writing|write|ecris|ecrit|contacting you) (?:for|on behalf of|pour|de la part de"
    r"|au nom de) (?:my|mon|ma|un|une|a|an|our|notre)\b(?! (?:propre|own)\b)"
    r"|\b(?:on behalf of|de la part de|pour le compte de|in (?:his|her|their) place"
    r"|a (?:sa|leur) place)\b(?! (?:vos|votre|your|you)\b)"
    rf"|{EMPLOYER}"
    r"|\bapplied for a (?:position|job|post) with us\b"
    r"|\b(?:i m|i me|i am|je suis) (?:a |an |un |une |le |la |the )?(?:\w+ )?(?:friend|ami|amie"
    r"|colleague|collegue|assistant\w*|voisin\w*|neighbou?r|journaliste?|journalist|reporter"
    r"|case officer|caseworker|case worker)\b"
    r"|\b(?:i m|i me|i am|je suis) (?:his|her|their|sa|son) (?:wife|husband|partner|mother"
    r"|father|mum|mom|dad|sister|brother|daughter|son|femme|mari|epouse|epoux|compagne"
    r"|compagnon|soeur|frere|fille|fils|mere|pere)\b"
    r"|\b(?:secretaire|assistante?|secretary|personal assistant|pa) (?:de|du|of|to) (?:(?:m|me|mme"
    r"|mr|mrs|ms|dr|monsieur|madame)\b|(?:notre |our |the |le |la )?(?:directeur|directrice"
    r"|director|president\w*|gerant\w*|ceo|managing director)\b)"
    r"|\bconseill(?:er|ere) (?:france travail|pole emploi|mission locale|emploi|en insertion"
    r"|cap emploi)\b|\b(?:work coach|job coach|careers? advis[eo]r|employment advis[eo]r"
    r"|social worker|travailleu(?:r|se) social\w*|assistante? social\w*)\b"
    r"|\b(?:je suis|je gere|je me occupe de|i follow|i handle|i manage) (?:le |the )?"
    r"(?:parcours|dossier|file|case) (?:de|of) (?:m|me|mr|mrs|ms|mme|monsieur|madame)\b"
    # a school, a funder or a supervisor writing about a learner of theirs: « un de nos
    # élèves », "one of our apprentices", « organisme financeur ici », "I supervise X" (each read
    # from a rare word, the common ones behind it in look-behinds)
    r"|\b(?:nos|our)(?:(?<=un de nos)|(?<=une de nos)|(?<=one of our)) (?:eleves|etudiant\w*"
    r"|apprenant\w*|apprenti\w*|stagiaires|alternants?|students|pupils|learners|apprentices"
    r"|trainees)\b"
    # (the funder writing, not the learner's own funder named: « mon OPCO », "my funding body")
    r"|\ben tant que (?:l |le |un )?(?:organisme financeur|financeur|opco)\b"
    r"|\b(?:funding (?:body|organisation|organization)|funder) for\b"
    r"|\b(?:organisme financeur|opco)(?: \w+){0,2} ici\b"
    r"|\b(?:foundation|charity|fondation|bursary)(?:(?<=our foundation)|(?<=our charity)"
    r"|(?<=notre fondation)|(?<=our bursary))\b"
    r"|\b(?:supervise|mentor|encadre|encadrons|supervisons)(?:(?<=i supervise)"
    r"|(?<=we supervise)|(?<=i mentor)|(?<=we mentor)|(?<=je supervise)|(?<=je encadre)"
    r"|(?<=nous encadrons)|(?<=nous supervisons))\b"
)
# Someone close named by the writer ("my sister", "mon colocataire"), then within
# ``THEIR_DATA_REACH`` characters that person's data or a contact with them ("her account",
# "son compte", "stop calling him"): the writer asks for someone else.
SOMEONE_CLOSE = (
    r"\b(?:my|mon|ma) (?:\w+ )?(?:gf|girlfriend|boyfriend|bf|wife|husband|partner|sister|brother"
    r"|soeur|frere|friend|ami|amie|pote|colocataire|coloc|roommate|flatmate|colleague|collegue"
    r"|father|mother|dad|mum|mom|pere|mere|mari|femme|epouse|epoux|conjointe?|compagnon|compagne"
    r"|copine|copain|cousine?|cousin|tante|oncle|aunt|uncle|grandmother|grandfather|grand mere"
    r"|grand pere|neighbou?r|voisine?|son|daughter|fils|fille)\b"
)
THEIR_DATA = (
    r"\b(?:(?:his|her|their) (?:\w+ )?(?:account|acct|data|details|information|info|address"
    r"|email|e mail|number|profile|records?|learner data)"
    r"|s (?:\w+ )?(?:account|acct|data|details|email|profile)"
    r"|(?:son|sa|ses) (?:\w+ )?(?:compte|donnees|informations|infos|adresse|mail|e mail|numero"
    r"|profil|dossier|fiche|coordonnees)"
    r"|sur (?:lui|elle)|(?:le|la) concernant"
    r"|(?:call|calling|phone|phoning|contact|contacting|email|emailing|text|texting) (?:him|her)"
    r"|(?:appeler|contacter|ecrire|appelez|contactez|ecrivez|demarcher) (?:le|la|lui)"
    # or that person's own wish: "mon mari ... il voudrait qu'il soit supprimé"
    r"|(?:il|elle) (?:ne )?(?:voudrai[st]|veut|souhaite|souhaiterai[st]|aimerai[st])"
    r"|(?:il|elle) (?:me|nous) a (?:donne procuration|demande)"
    r"|(?:he|she) (?:has )?(?:asked me|wants|would like|wishes|does not want))\b"
)
# Words that make a death the subject of a request, not just something told: who acts for the
# dead (an heir, a notary, an estate) or the writer's own directives for after their death.
DEATH_ROLE = (
    r"\b(?:heriti\w*|heirs?|ayants? droits?|estate|executor|executeur|executrice|testament\w*"
    r"|notaire|notary|succession|death certificate|acte de deces|personne de confiance"
    r"|trusted person|post mortem|directives?|my (?:death|passing)|ma (?:mort|disparition)"
    r"|mon deces|i (?:die|pass away|am gone|m gone|me gone)|je ne serai plus"
    r"|je (?:mourrai|serai mort)"
    r"|si je (?:decede|meurs)|feu|event of my death)\b"
)
# A request about the writer's own data, account or messages: "change my name", "unsubscribe me".
WRITERS_OWN = (
    r"\b(?:(?:mon|ma|mes|my) (?:\w+ )?(?:compte|donnees|data|account|profil|profile|nom|name"
    r"|adresse|address|numero|number|telephone|phone|title|inscription|formation|dossier"
    r"|coordonnees|details|e ?mail|contact)"
    r"|(?:unsubscribe|remove|delete|desinscri\w*|retire\w*|supprime\w*|desabonne\w*) (?:me|moi)"
    r"|me (?:desinscrire|retirer|supprimer|desabonner))\b"
)
# A child of the writer, of any age: a parent writes.
CHILD = r"\b(?:son|daughter|fils|fille|garcon|fiston|kid|child|lad|lass)\b"
# The writer says they write as a parent ("I'm a parent", « en tant que mère »): with a child
# named, a parent asks, whatever is asked.
PARENT_WRITING = (
    r"\b(?:i m|i me|i am|as|je suis|en tant que|nous sommes|we are) (?:a |an |un |une |the |le |la"
    r" |les )?(?:parents?|mother|father|mum|mom|dad|mere|pere|maman|papa)\b(?! (?:of|de|du|d)\b)"
)
THEIR_DATA_REACH = 160
# A child said to be of age ("my son is 22", « ma fille majeure »): a parent writing for them
# has no parental authority, and acts as any third party would, with their mandate.
_OF_AGE = r"(?:1[89]|[2-9][0-9])"
ADULT_CHILD = (
    r"\b(?:adult|grown ?up) (?:son|daughter|child|children|kids?)\b"
    r"|\b(?:fils|fille|enfants?) (?:\w+ )?majeure?s?\b"
    r"|\b(?:est|sont|is|are|now|deja|desormais|maintenant) (?:an? )?"
    r"(?:majeure?s?|adults?|grown ?up)\b"
    rf"|(?<!depuis )(?<!il y a )(?<!for )(?<!pendant )\b{_OF_AGE}"
    r" ?(?:ans|years? old|yrs? old|yo|y/o)\b"
    rf"|\b(?:is|aged|age de|agee? de|turned|just turned|vient d avoir|she s|he s|il a|elle a)"
    rf" {_OF_AGE}\b"
    rf"|(?<=[a-z] )\({_OF_AGE}\b|(?<=[a-z]), {_OF_AGE}(?=[.,;!?)]|$)"
)
# A question about the policy, asked without a request ("how long do you keep...?").
POLICY_TOPIC = (
    r"\b(?:donnees|data|informations? personnelles|rgpd|gdpr|privacy|confidentialite|dpo"
    r"|delegue|protection des donnees|data protection|mes droits|my rights|partenaires"
    r"|partners|heberg\w*|stock\w*|stored|conserv\w*|keep(?! \w+ing)|retention|partag\w*"
    r"|share\w*|vend\w*|revend\w*|sell\w*|transfert\w*|transferez|transferred|transfers?|transmet\w*"
    r"|transmit\w*|piece (?:de |d )?identite|date of birth|date de naissance"
    r"|enregistrements?|recordings?|informations?|gardez|garde|cookies|bloctel"
    r"|(?:quel|what) age|age minimum|minimum age|legal basis|lawful basis|base legale"
    r"|fondement juridique|keeping"
    # a breach, and the processings a learner may ask about
    r"|hack\w*|pirat\w*|breach\w*|fuites?|leak\w*|statisti\w*|profilage|profiling)\b"
)
# A polite request to send a document to the writer or to someone ("pourriez-vous nous
# transmettre son relevé ?", "can you forward it to her?"): a request, however asked, not a
# question about the policy (what the policy says sent back is still one: "send me your policy").
POLITE_SENDING = (
    r"\b(?:pouvez vous|pourriez vous|could you|can you|would you)(?: (?:please|kindly|svp))?"
    r" (?:me |nous |lui |leur |la lui |le lui |les lui |la |le |les |it |them |us |me it )?"
    r"(?:transmettre|envoyer|faire parvenir|adresser|send|forward|email|e mail|mail|share)\b"
    r"(?! (?:\w+ ){0,3}(?:politique|policy|charte|conditions|informations?|info|details"
    r"|precisions?|explications?|explanation|line|word)\b)"
)
QUESTION_SIGN = (
    r"\?|\b(?:just asking|juste une question|simple question|je me pose|not a request"
    r"|no request|only a question|just curious|curious|question generale)\b"
)

# The writer sends rather than asks for something: a sending verb after "I", "we"... ("where do
# I send my new bank details"), or whose object is a request ("vous transmettre sa demande").
SENDING_VERB = r"^(?:envoy|send|provide|give|donn|transmett|transmit|communiqu|forward)"
WRITER_BEFORE = r"\b(?:i|we|je|nous|je vous|nous vous)\s*$"
A_REQUEST_OBJECT = (
    r"\w+ (?:vous |you |to you )?(?:sa|ma|la|leur|notre|cette|his|her|my|the|their|our|this)"
    r" (?:\w+ )?(?:demande|request)\b"
)
# "vous m'avez refuse...", "you refused me funding": someone else's refusal is no objection.
OTHERS_BEFORE_REFUSAL = r"\b(?:avez|ont|a|as|you|they|he|she|been|was|were)\s*$"

# Before or inside a correction, what is not personal data: a company, an invoice, a schedule.
NOT_PERSONAL = (
    r"\b(?:company|companys|societe|entreprise|business|vat|tva|siret|invoice|facture|montant"
    r"|amount|planning|schedule|timetable|creneau|seance|rendez vous|reservation|booking"
    r"|atelier|workshop|webinaire|webinar"
    r"|notifications?|fees?|frais|penalty|penalite)\b"
)
# A technical fault: "fix it" after one is a support request, not a correction of data.
PRONOUN_FIX = r"(?:fix|correct|corrig\w*) (?:it|this|that|them|le|la|les)\b"
TECH_FAULT = (
    r"\b(?:video|link|lien|bug\w*|app|button|bouton|page|load\w*|charge\w*|marche pas|works?"
    r"|working|fonctionne\w*|plante\w*|crash\w*|broken|freez\w*|bloque\w*)\b"
)
# What names personal data in a correction, however briefly.
PERSONAL_ITEM = (
    r"\b(?:nom|prenom|name|surname|adresse|address|e ?mail|numero|number"
    r"|date de naissance|date of birth|birthday|donnees|data|details|coordonnees)\b"
)
# What an objection can be about: a processing named in its clause ("je m'oppose au profilage").
PROCESSING_OBJECT = (
    rf"{DATA}|\b(?:traitement|processing|profil\w*|analy\w*|utilis\w*|use|using|usage|partage"
    rf"|sharing|transmission|publication|statisti\w*|tracking|suivi|enregistr\w*|resultats"
    rf"|results|notes|grades|image|photo)\b"
)
# A correction asked for, not only an error reported ("my data is wrong, freeze it").
CORRECTION_VERB = (
    r"\b(?:corrig\w*|rectifi\w*|fix\w*|update\w*|mettre a jour|mise a jour|modif\w*|chang\w*"
    r"|amend\w*|actuali[sz]\w*|correct (?:it|them|this|that|my|the)|(?:please|to) correct)\b"
)
# French spoken negation without "ne", right after the verb: "effacez rien", "supprimez pas".
BARE_NEGATION = r"^ ?(?:rien|pas|jamais)\b"
