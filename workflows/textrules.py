"""The French/English text rules every channel and the classifier share, in one place.

What a person wrote this time (quoted replies, forwards and signatures cut off), whether a
message is an automatic reply, ticket references (``DSR-2026-000123``), verification codes and
a requester withdrawing a request. Mail, the chat bot and the classifier all read text through
these, so that they never disagree on what a message says. Every rule runs in time linear in
the text: bounded gaps, possessive repeats, and lines joined at most three at a time.
"""

from __future__ import annotations

import re

from workflows.firstchar import compile_guarded

# ------------------------------------------------------------------------ ticket references

#: The fewest digits of a ticket's number in its reference (zero-padded to this width).
REFERENCE_DIGITS = 6
#: A ticket reference as the desk writes it (``DSR-2026-000123``: year, six digits or more).
REFERENCE_RE = re.compile(rf"\bDSR-(\d{{4}})-(\d{{{REFERENCE_DIGITS},}})\b", re.IGNORECASE)
#: A reference with the brackets a subject line puts around it, to be cut out of that line.
BRACKETED_REFERENCE_RE = re.compile(
    rf"\[\s*+DSR-\d{{4}}-\d{{{REFERENCE_DIGITS},}}+\s*+\]", re.IGNORECASE
)


def format_reference(year: int, number: int) -> str:
    """``DSR-2026-000123``."""
    return f"DSR-{year}-{number:0{REFERENCE_DIGITS}d}"


def find_references(text: str) -> tuple[str, ...]:
    """Every ticket reference in ``text``, normalised, de-duplicated, in order."""
    seen: dict[str, None] = {}
    for found in REFERENCE_RE.finditer(text or ""):
        seen.setdefault(format_reference(int(found.group(1)), int(found.group(2))), None)
    return tuple(seen)


def find_reference(text: str) -> str | None:
    """The first ticket reference in ``text`` (a subject line, say), normalised."""
    found = REFERENCE_RE.search(text or "")
    return format_reference(int(found.group(1)), int(found.group(2))) if found else None


#: A subject line's reply or forward prefixes ("Re: TR: Fwd[2]:").
REPLY_PREFIX_RE = re.compile(
    r"^\s*+(?:(?:re|tr|fw|fwd|aw|rep|antw|wg)\s*+(?:\[\d++\])?\s*+:\s*+)+", re.IGNORECASE
)

# ------------------------------------------------------------------------- verification codes

#: How many digits a verification code has.
CODE_DIGITS = 6
#: Six digits standing alone ("603906", "here is the code 603906").
CODE_RE = re.compile(rf"(?<![\d-])\d{{{CODE_DIGITS}}}(?![\d-])")
#: The whole message is a code typed in groups ("603 906").
_GROUPED_CODE = re.compile(r"^\s*\d[\d ]{4,10}\d\s*$")
_ABOUT_CODE = re.compile(r"\b(codes?|e-?mails?|mails?|courriels?|messages?)\b", re.IGNORECASE)
_WANTS_NEW = re.compile(
    r"\b(new|another|fresh|nouveau|autre|resend|send\s+again|re-?send|renvoy\w*|r[ée]-?envoy\w*)\b"
    r"|\b(did\s*n[o']?t|have\s*n[o']?t|has\s*n[o']?t|not|never|no)\s+(yet\s+)?"
    r"(get|got|gotten|receiv\w*|arriv\w*|come|came|see|seen)\b"
    r"|\bno\s+(code|e-?mail|mail)\b"
    r"|\b(pas|rien|jamais|aucun)\s+(encore\s+)?(re[çc]us?|eu|arriv\w*|de\s+code|code|vu)\b"
    r"|\bo[ùu]\s+est\b|\bwhere\s+is\b",
    re.IGNORECASE,
)


def find_code(text: str) -> str | None:
    """The verification code in what someone wrote: a message that is only the code (spaces
    allowed), or six digits standing alone in a sentence."""
    if _GROUPED_CODE.match(text or ""):
        compact = text.replace(" ", "").strip()
        if len(compact) == CODE_DIGITS:
            return compact
    found = CODE_RE.search(text or "")
    return found.group(0) if found else None


def asks_for_new_code(text: str) -> bool:
    """Whether someone says they got no code, or asks for a new one ("I didn't get a code",
    « je n'ai pas reçu le code », "new code")."""
    return bool(text) and bool(_ABOUT_CODE.search(text)) and bool(_WANTS_NEW.search(text))


# ------------------------------------------------------------------- withdrawing a request

#: A requester withdrawing their request ("annulez ma demande", "please cancel my request",
#: "ignore my delete request", "ne supprimez pas mon compte finalement").
CANCEL_RE = compile_guarded(
    r"\b(?:annul(?:er|ez|e|ons)\s++(?:donc\s++|alors\s++)?(?:ma|la|mes|les|cette|notre)\s++"
    r"(?:\w+\s++){0,3}?(?:demande|correction|rectification|suppression|effacement|export"
    r"|fermeture|opposition|limitation)"
    # only the word, as the whole reply: « annulez », "cancel please"
    # (read from the word: a rule starting with "^" would cost the whole rule its guard)
    r"|(?:annulez|annuler|cancel)(?:(?<=^annulez)|(?<=^annuler)|(?<=^cancel)"
    r"|(?<=^\sannulez)|(?<=^\sannuler)|(?<=^\scancel)"
    r"|(?<=^\s\sannulez)|(?<=^\s\sannuler)|(?<=^\s\scancel))"
    r"(?:[\s,]++(?:svp|stp|merci|please|it|tout))?\s*+[.!]*+\s*+$"
    # a mind changed, then the request cancelled: "actually no, please cancel it"
    r"|(?:actually|on\s++second\s++thoughts?)\W++(?:\w+\W++){0,3}?cancel\s++(?:it|that|this)\b"
    # the request put on hold: « merci de suspendre la demande de fermeture »
    r"|suspend(?:re|ez|ons)\s++(?:la|ma|sa|notre|leur|cette)\s++(?:\w+\s++){0,3}?demande"
    r"|(?:je|nous)\s++(?:retire|retirons|souhaite\s++retirer|voudrais\s++retirer)\s++"
    r"(?:donc\s++)?(?:ma|mes|notre|la|cette)\s++(?:\w+\s++){0,2}?demande"
    # the request just named, taken back: "j'ai envoyé une demande de copie. Je la retire"
    r"|demand[eé]\b[^.!?\n]{0,80}[.!?]\s*+(?:je|nous)\s++la\s++retir(?:e|ons)\b"
    # a mind changed, then nothing to do: "je change d'avis, ne supprimez pas mon compte",
    # "scrap that, don't delete my account", "oubliez ça" (dictated "oubliez sa")
    r"|(?:chang[ée]\s++d['’]avis|changed\s++my\s++mind|scrap\s++that|scratch\s++that)\W++"
    r"(?:\w+\W++){0,3}?(?:ne\s++(?:le\s++|la\s++)?(?:supprimez|effacez|fermez)\s++pas"
    r"|(?:don['’]?t|do\s++not|dinnae)\s++(?:delete|erase|remove|close))"
    r"|oubliez\s++(?:ça|sa|cela)\b"
    r"|(?:merci\s++de|veuillez)\s++ne\s++pas\s++donner\s++suite\b"
    r"|(?:don['’]?t|do\s++not)\s++go\s++ahead\s++with\s++(?:my|the|this|that)\s++"
    r"(?:\w+\s++){0,2}?(?:request|objection|deletion|erasure)"
    # the earlier request or message forgotten or dropped, whatever it asked: « oubliez mon
    # mail d'hier », « merci d'oublier ma demande », « laissez tomber pour l'export »
    # (not « n'oubliez pas ma demande »)
    r"|(?<!n['’])(?<!pas\s)oubli(?:ez|er|e|é)\s++(?:ma|mon|notre|cette|ce|la|le)\s++(?:\w+\s++){0,3}?"
    r"(?:demande|mail|e-?mail|message|courriel)"
    r"|laiss(?:ez|e|ons)\s++tomber\s++(?:pour\s++)?(?:ma|mon|mes|la|le|les|cette|ce|l['’])\s*+"
    r"(?:\w+\s++){0,3}?(?:demande|suppression|effacement|copie|export|fermeture|acc[eè]s"
    r"|portabilit[ée]|rectification|opposition|gel|blocage|limitation)"
    r"|abandonn(?:er|ez)\s++(?:ma|la|sa|notre|leur|cette)\s++(?:\w+\s++){0,3}?demande"
    r"|(?:^|[.!?]\s*+)plus\s++besoin\s++de\s++(?:m['’]|me\s++)?(?:envoyer|supprimer|effacer"
    r"|transmettre|traiter)"
    r"|(?:never\s++mind|nvm)\s++(?:about\s++)?(?:my|the|this|that)\s++(?:\w+\s++){0,3}?"
    r"(?:request|msg|message|e-?mail|(?:i|we)\s++(?:asked|requested)\b)"
    r"|renon(?:ce|cez|çons|cer)\s++à\s++(?:la|sa|ma|notre|cette)\s++(?:\w+\s++){0,3}?demande"
    r"|(?:don'?t|do\s++not)\s++(?:act|proceed)\s++(?:on|with)\s++(?:my|the|this|that)\s++"
    r"(?:\w+\s++){0,3}?request"
    r"|(?:stop|cancel|halt)\s++the\s++(?:deletion|erasure)\s++i\s++(?:asked|requested)"
    # the earlier request named, then undone: "... request to delete my data. Please don't
    # do it", "my request from yesterday was a mistake, please do nothing"
    r"|(?:request|demande)\b[^\n]{0,80}?\b(?:(?:don'?t|do\s++not|not)\s++do\s++it\b(?!\s++again)"
    r"|(?:was|[ée]tait)\s++(?:a\s++|une\s++)?(?:mistake|erreur)"
    r"|do\s++nothing\b(?!\s++(?:with|to|about|on))|ne\s++faites\s++rien\b(?!\s++(?:avec|de|sur))"
    r"|n['’]a\s++plus\s++lieu\s++d['’](?:ê|e)tre)"
    # the request itself no longer needed: "my request to delete my account is no longer
    # necessary" (not the data: "erase my data, as it is no longer necessary")
    r"|(?:request|demande)\s++(?:(?:to|de|d['’]|of|du)\s*+)?(?:\w+\s++){0,4}?(?:is|est)\s++"
    r"(?:no\s++longer\s++(?:necessary|needed|required)|plus\s++n[ée]cessaire)"
    r"|forget\s++(?:my|the|this)\s++(?:\w+\s++){0,3}?(?:request|e?mail|message|msg)"
    r"|(?:please\s++)?cancel\s++(?:my|the|this|that|our|his|her)\s++(?:\w+\s++){0,3}?"
    r"(?:request|demand|deletion|erasure|correction|export)"
    r"|(?:take|taking|took)\s++back\s++(?:my|the|this|that|our)\s++(?:\w+\s++){0,3}?request"
    r"|(?:stop|halt)\s++(?:processing|handling)\s++(?:my|the|this|our)\s++(?:\w+\s++){0,3}?"
    r"request"
    r"|withdr(?:aw|aws|awing|ew|awn)\s++(?:my|the|this|that|our|his|her)\s++(?:\w+\s++){0,3}?"
    r"(?:request|objection)"
    r"|(?:se|me|nous)\s++d[ée]sist\w*\s++de\s++(?:la|ma|sa|notre|leur|cette)\s++"
    r"(?:\w+\s++){0,3}?demande"
    r"|(?:ne\s++pas\s++donner|ne\s++donnez\s++pas)\s++suite\s++(?:à|a)\s++"
    r"(?:la|ma|sa|notre|leur|cette)\s++(?:\w+\s++){0,3}?demande"
    # a request sent by mistake: "I sent the erasure request by mistake"
    r"|(?:sent|envoy[ée]e?|made|fait|submitted)\s++(?:\w+\s++){0,4}?(?:request|demande)\b"
    r"[^\n]{0,40}?\b(?:by\s++mistake|par\s++erreur|in\s++error|by\s++accident"
    r"|par\s++m[ée]garde)"
    # someone no longer wants what was asked: "she no longer wants her account deleted"
    r"|no\s++longer\s++wants?\s++(?:my|her|his|their|the)\s++(?:\w+\s++){0,2}?"
    r"(?:deleted|erased|removed|closed)"
    r"|ne\s++(?:souhaite|veu[xt])\s++plus\s++(?:la|sa|ma)\s++(?:suppression|fermeture"
    r"|effacement)"
    r"|(?:disregard|ignore|scratch)\s++(?:my|the|this)\s++(?:\w+\s++){0,3}?(?:request|message|msg"
    r"|e-?mail)"
    r"|ne\s++tenez\s++pas\s++compte\s++de\s++(?:mon|ma|notre|la|le|ce|cette)\s++"
    r"(?:\w+\s++){0,3}?(?:demande|mail|e-?mail|message|courriel)"
    r"|(?:don['’]?t|do\s++not)\s++bother\s++(?:with|about)\s++(?:the|my|that|this)\s++"
    r"(?:\w+\s++){0,2}?(?:deletion|erasure|request|copy)"
    # owning a mistake, then undoing it: "sorry my mistake, dont delete anything"
    r"|(?:my\s++mistake|my\s++bad|mon\s++erreur|autant\s++pour\s++moi)\W++(?:\w+\W++){0,3}?"
    r"(?:don['’]?t|do\s++not|ne)\s++(?:delete|erase|remove|supprimez|effacez)"
    # "finalement", then in the same sentence nothing to delete: « finalement ne supprimez
    # rien », « finalement ma fille reste inscrite, ne fermez pas son compte »
    r"|(?:finalement|en\s+fait)\b[^.!?\n]{0,100}?\bne\s++(?:le\s++|la\s++)?"
    r"(?:supprimez|effacez|fermez)\s++(?:pas|rien)\b"
    # the request closed or taken as withdrawn: « vous pouvez clore ma demande », "treat my
    # access request as withdrawn", « considérez sa demande comme annulée »
    # (said as what the desk may do: « avant de clôturer ma demande, … » withdraws nothing)
    r"|(?:vous\s++pouvez|pouvez[-\s]vous|merci\s++de|veuillez)\s++"
    r"(?:clore|cl[ôo]turer|classer)(?:\s++(?:ma|la|sa|notre|leur|cette)\s++(?:\w+\s++){0,3}?"
    r"demande|\s++(?:le|ce)\s++dossier\b|\s*+(?:[.!]|$))"
    # the English of it: "you can close the request", "lift the restriction I asked for"
    r"|(?:you\s++can|you\s++may|please)\s++(?:now\s++|just\s++|simply\s++)?close\s++"
    r"(?:my|the|this|that|our)\s++(?:\w+\s++){0,2}?request(?=\s*+(?:[.!,;]|$))"
    r"|(?:lift|undo|reverse)\s++the\s++(?:restriction|freeze|hold|objection)\s++(?:that\s++)?"
    r"(?:i|we)\s++(?:asked\s++for|requested)"
    r"|(?:request|demande)\s++(?:\w+\s++){0,3}?(?:as|comme)\s++(?:withdrawn|cancell?ed|void"
    r"|retir[ée]e|annul[ée]e|nulle)\b"
    r"|ne\s++donnez\s++pas\s++suite\b"
    # the earlier request dropped in everyday words: "scrap the deletion thing I sent", "drop
    # my erasure request", "no need for that export any more", « plus besoin de la copie »,
    # « considérez ma demande comme nulle et non avenue »
    r"|(?:scrap|drop|ditch|bin|forget\s++about|call\s++off)\s++(?:my|the|this|that|our)\s++"
    r"(?:\w+\s++){0,2}?(?:request|deletion|erasure|export|copy|correction|objection"
    r"|thing)\b"
    # (the request no longer needed, not the data: "no need for my file any more, delete it")
    r"|no\s++(?:need|longer\s++any\s++need)\s++(?:for|of)\s++(?:my|the|that|this)\s++"
    r"(?:\w+\s++){0,2}?(?:request|deletion|erasure|export|copy|correction)\s++"
    r"(?:any\s?more|now|after\s++all)\b"
    r"|plus\s++besoin\s++(?:de|d['’])\s*+(?:la|ma|cette|l['’]|mon|cet)\s*+(?:\w+\s++){0,2}?"
    r"(?:suppression|effacement|copie|export|rectification)\b"
    r"|nulle\s++et\s++non\s++avenue"
    r"|ne\s++(?:le\s++|la\s++)?(?:supprimez|effacez|fermez)\s++pas\s++(?:mon|ma)\s++\w+"
    r"\s++finalement"
    # "please treat it as withdrawn", "no longer wishes to pursue the erasure request"
    r"|(?:treat|consider)\s++(?:it|this|that)\s++as\s++(?:withdrawn|cancell?ed|void)\b"
    r"|no\s++longer\s++wish(?:es)?\s++to\s++(?:pursue|proceed\s++with)\s++(?:the|my|our|his"
    r"|her|their|this|that)\s++(?:\w+\s++){0,2}?(?:request|erasure|deletion|objection)\b"
    # a request of a right named, then « je voudrais l'annuler » in the same sentence
    r"|demande\s++(?:de\s++|d['’]\s*+)?(?:effacement|suppression|acc[eè]s|copie|rectification"
    r"|portabilit[ée]|opposition|limitation|export)\b[^.!?\n]{0,80}?\bl['’]\s*+annul(?:er|ez)\b"
    # a ticket or its reference cancelled: "please cancel the ticket", "cancel DSR-2026-004610"
    r"|(?:cancel|annul(?:er|ez))\s++(?:the\s++|my\s++|this\s++|le\s++|mon\s++|ce\s++)?"
    r"(?:ticket\b|\[?DSR-\d)"
    r"|(?:cancel|annul(?:er|ez))\s++(?:la\s++)?demande\s++\[?DSR-\d"
    # a button clicked by mistake, then undone: « j'ai cliqué sur supprimer par erreur, annulez »
    r"|(?:par\s++erreur|by\s++mistake)\W++(?:\w+\W++){0,2}?(?:annul(?:ez|er)|cancel|undo)\b"
    r"|(?:never\s++mind|nvm)\s++(?:about\s++)?the\s++(?:\w+\s++){0,2}?thing\b"
    # « merci de ne pas en tenir compte », « pour la demande DSR-…: je la retire », "i asked u
    # to delet my akount last week but dont do it"
    r"|(?:merci\s++de|veuillez)\s++ne\s++pas\s++(?:en\s++tenir\s++compte\b|tenir\s++compte\s++de"
    r"\s++(?:mon|ma|notre|la|le|ce|cette)\s++(?:\w+\s++){0,3}?(?:demande|mail|e-?mail|message"
    r"|courriel|formulaire))"
    r"|demande\b[^.!?\n]{0,60}?\bje\s++la\s++retire\b"
    r"|\basked\b[^.!?\n]{0,80}?\b(?:but|so)\s++(?:don['’]?t|do\s++not)\s++do\s++it\b)",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------- forms

#: An unticked box of a form and its label, up to the next box or the end of the line
#: ("[ ] Rectification", "☐ supprimer mes données"): a choice the sender did not make.
UNTICKED_BOX_RE = re.compile(r"(?:\[[ \t]{0,3}\]|☐|□)[^\n\[☐☒□■]*+")


def without_unticked_boxes(text: str) -> str:
    """``text`` without the unticked choices of a form (the ticked ones stay)."""
    if "[" not in text and "☐" not in text and "□" not in text:
        return text
    return UNTICKED_BOX_RE.sub(" ", text)


# ------------------------------------------------------------------------------- a death

_FIRST_PERSON_DEATH_RULE = (
    r"\b((après|à|a|lors de|en cas de|suite à)\s+(mon|ma)\s+(décès|deces|mort|disparition)"
    r"|quand je (serai|mourrai)|si je (décède|meurs)|mes directives|ma personne de confiance"
    r"|after my (death|passing)|(on|upon|at|in the event of) my (death|passing)"
    r"|(quand|lorsque|une fois que) je ne serai plus (là|la|de ce monde)"
    r"|(when|once|after) i['’]?m gone"
    r"|(?:when|if|after|once) i (?:die|pass away)|my directives|my trusted person)\b"
)
_REPORTED_DEATH_RULE = (
    r"\b(décédée?s?|decedee?s?|défunte?s?|defunte?s?|feue?|nous a quitté(e|s)?|deceased|"
    r"passed away|died|death of|late (father|mother|husband|wife|son|daughter|brother|sister)|"
    r"(mum|mom|mother|father|dad|husband|wife|son|daughter|brother|sister|grandmother"
    r"|grandfather|partner|grandma|grandpa|granny|aunt|uncle)"
    r"( [a-z]+){0,3}( \([^()\n]{0,40}\))? passed (on|in|last|recently|suddenly|peacefully)|"
    r"acte de décès|death certificate|héritière?s? de|heirs? of|succession de|estate of"
    r"|est mort|est morte|is dead|rest in peace|repose en paix"
    r"|rip (?:my|mon|ma|to my|papa|maman|dad|mum|mom|grandad|grandma|mamie|papi))\b"
)
_TRUSTED_RULE = (
    r"\b(je suis (la|sa) personne de confiance|m'a désignée? (comme )?personne de confiance|"
    r"en tant que personne de confiance|i am (the|his|her|their) trusted person|"
    r"named me (as )?(his|her|their) trusted person|as (the|his|her|their) trusted person"
    r"|named trusted person|was named trusted person)\b"
)
_NOTARY_RULE = r"\b(notaire|notary|étude notariale|office notarial)\b"
_HEIR_RULE = (
    r"\b(héritière?s?|heritiere?s?|heirs?|ayants? droits?|executors?"
    r"|ex[ée]cut(eur|rice) testamentaire|next of kin|succession)\b"
)

_FIRST_PERSON_DEATH = compile_guarded(_FIRST_PERSON_DEATH_RULE, re.IGNORECASE)
_REPORTED_DEATH = compile_guarded(_REPORTED_DEATH_RULE, re.IGNORECASE)
_TRUSTED = compile_guarded(_TRUSTED_RULE, re.IGNORECASE)
_NOTARY = compile_guarded(_NOTARY_RULE, re.IGNORECASE)
_HEIR = compile_guarded(_HEIR_RULE, re.IGNORECASE)


def own_directives(text: str) -> bool:
    """The writer records directives about their own death (and reports no one's death)."""
    return bool(_FIRST_PERSON_DEATH.search(text)) and not reports_death(text)


def reports_death(text: str) -> bool:
    """The writer reports someone's death."""
    return bool(_REPORTED_DEATH.search(text))


def trusted_person_writing(text: str) -> bool:
    """The writer says they are the trusted person named by the deceased."""
    return bool(_TRUSTED.search(text))


#: Any of the four above, read in one pass.
_AFTER_A_DEATH_RULE = "|".join(
    f"(?:{rule})" for rule in (_REPORTED_DEATH_RULE, _HEIR_RULE, _NOTARY_RULE, _TRUSTED_RULE)
)
_AFTER_A_DEATH = compile_guarded(_AFTER_A_DEATH_RULE, re.IGNORECASE)


def acts_after_a_death(text: str) -> bool:
    """The writer reports a death or acts for a deceased (heir, executor, notary, trusted
    person)."""
    return bool(_AFTER_A_DEATH.search(text))


_ABOUT_A_DEATH = compile_guarded(
    f"(?:{_FIRST_PERSON_DEATH_RULE})|{_AFTER_A_DEATH_RULE}", re.IGNORECASE
)


def about_a_death(text: str) -> bool:
    """False when neither :func:`own_directives` nor :func:`acts_after_a_death` can be true
    (one search for both, most messages speaking of no death)."""
    return bool(_ABOUT_A_DEATH.search(text))


def notary_writing(text: str) -> bool:
    """The writer names a notary's office or role."""
    return bool(_NOTARY.search(text))


# ---------------------------------------------------------------------------- automatic mail

#: The subject line of an automatic reply (out of office, auto-acknowledgement).
AUTO_REPLY_SUBJECT_RE = re.compile(
    r"^\s*+(?:re\s*+:\s*+)?(?:"
    r"auto(?:matic)?[\s_-]*+(?:reply|response|answer)|r[ée]ponse automatique"
    r"|out of (?:the )?office|absen(?:ce|te?) du bureau|message d'absence"
    r"|r[ée]ponse d'absence|je suis absente?\b|i am (?:currently )?out of"
    r"|i'm (?:currently )?out of|away from (?:the )?office|abwesenheitsnotiz"
    r"|automatische antwort|auto:|vacation|cong[ée]s?\s*+:|accus[ée] de r[ée]ception"
    r"|delivery (?:status|confirmation)"
    r")",
    re.IGNORECASE,
)
#: What only an automatic reply says in its body; matched on the classifier's normalised text
#: (lowercase, no accents, see ``workflows.classifier.text.normalise``).
AUTO_REPLY_BODY = (
    r"\b(?:absente? (?:du bureau|jusqu|du \d)|out of (?:the )?office"
    # on leave: the writer themself ("je suis en congé"), not a colleague they write for
    r"|(?:je suis|i am|i m|currently|actuellement) (?:actuellement |currently )?(?:en conge"
    r"|on (?:annual |parental )?leave)|(?:en conge|on leave) (?:jusqu|until|till)"
    r"|reponse automatique|automatic reply|auto ?reply|automated (?:response|reply)"
    # "back on Monday", not a reply asked for ("revert back on this mail id", "get back on it")
    r"|de retour le|(?<!revert )(?<!get )(?<!come )(?<!write )back (?:on(?! (?:this|that|it"
    r"|the|track)\b)|in the office)|ne sera pas transfere|will not be forwarded"
    r"|acces limite a mes|no access to (?:my )?e ?mail|ceci est un message automatique"
    r"|this is an automated)"
)
#: What, just before one of those phrases in the same sentence, shows a person telling of an
#: automatic reply they received ("I ... got one automated reply", "j'ai juste reçu une réponse
#: automatique", "your automatic reply"), not the reply itself; matched on the normalised text.
AUTO_REPLY_TOLD = (
    r"\b(?:i|we|j|je|nous)\b.*\b(?:got|get|gotten|received|had|recu|recue|eu|obtenu|only|just"
    r"|juste|seulement)\b[^.!?\n]*$|\b(?:your|votre|vos)\s*$"
)


def is_auto_reply_subject(subject: str) -> bool:
    """Whether a subject line is that of an automatic reply."""
    return AUTO_REPLY_SUBJECT_RE.match(subject or "") is not None


# ------------------------------------------------------------------ quotes and signatures

_ON_WROTE = re.compile(
    r"^\s*+(On|Am|El|Il|Op)\b.{0,300}\b(wrote|schrieb|escribió|ha scritto|schreef)\s*+:\s*+$",
    re.IGNORECASE | re.DOTALL,
)
_LE_ECRIT = re.compile(r"^\s*+Le\b.{0,300}\ba\s++[ée]crit\s*+:?\s*+$", re.IGNORECASE | re.DOTALL)
_SEPARATORS = re.compile(
    r"^\s*+(?:"
    r"-{2,}+\s*+(?:original message|message d'origine|message original|mensaje original"
    r"|ursprüngliche nachricht|forwarded message|message transf[ée]r[ée]|mail transf[ée]r[ée])"
    r"\s*+-*+"
    r"|begin forwarded message\s*+:?"
    r"|d[ée]but du message r[ée]exp[ée]di[ée]\s*+:?"
    r"|_{8,}+"
    r")\s*+$",
    re.IGNORECASE,
)
_HEADER_FROM = re.compile(r"^\s*+\**+(?:from|de|von)\s*+\**+\s*+:\s*+\S", re.IGNORECASE)
_HEADER_NEXT = re.compile(
    r"^\s*+\**+(?:sent|date|envoy[ée]|to|[àa]|cc|subject|objet|gesendet|an|betreff)\s*+\**+"
    r"\s*+:",
    re.IGNORECASE,
)
#: Lines that end the new text wherever they are: a signature separator, a mobile footer.
_SIGNATURE_START = re.compile(
    # a mobile footer is a short line of its own ("Sent from my iPhone with dictation. Hello, I
    # am writing to object..." goes on with the message)
    r"^(?:--\s*+$|\s*+(?=.{0,60}$)(?:sent from my|sent from outlook|get outlook for"
    r"|envoy[ée] (?:de|depuis) (?:mon|ma|l'|outlook)|provenance\s*+:\s*+courrier pour windows"
    r"|sent from mail for windows))",
    re.IGNORECASE,
)
#: A closing formula: the end of the new text once something was written above it.
_CLOSING = re.compile(
    r"""^\s*+(?:
        (?:bien\s+|tr[èe]s\s+)?cordialement\b.{0,40}$
      | bien\s+[àa]\s+(?:vous|toi)\b.{0,30}$
      | (?:mes\s+|sinc[èe]res\s+)?salutations\b.{0,60}$
      | veuillez\s+agr[ée]er\b.*$
      | je\s+vous\s+prie\s+d.agr[ée]er\b.*$
      | (?:(?:best|kind|warm|many)\s*+)?regards\b.{0,30}$
      | best\s*+,?\s*+$
      | (?:many\s++)?thanks(?:\s++in\s++advance)?\s*+[,.!]?\s*+$
      | thank\s++you\s*+[,.!]?\s*+$
      | merci(?:\s++d.avance|\s++beaucoup|\s++par\s++avance)?\s*+[,.!]?\s*+$
      | yours\s+(?:sincerely|faithfully|truly)\b.{0,30}$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_POSTSCRIPT = re.compile(r"^\s*p\.?\s?s\.?\s*[:\-–]?\s", re.IGNORECASE)
#: How every line the rules below act on starts (a cheap first look at each line): quote and
#: separator marks, attribution openers, header names, footers and closing formulas.
_MAY_MATTER = re.compile(
    r"^\s*+(?:[-_>*]|on|am|el|il|op|le|from|de|von|sent|get|envoy|provenance|begin|d[ée]but"
    r"|cordialement|bien|tr[èe]s|mes|sinc|salutations|veuillez|je vous|best|kind|warm|many"
    r"|regards|thanks|thank|merci|yours)",
    re.IGNORECASE,
)
#: How the attribution patterns start: lines that cannot open one are not joined.
_ATTRIBUTION_OPENERS = frozenset({"on", "am", "el", "il", "op", "le"})


def _may_open_attribution(lines: list[str], i: int) -> bool:
    for following in lines[i : i + 3]:
        if following := following.strip():
            return following[:2].lower() in _ATTRIBUTION_OPENERS
    return False


def _quote_starts(lines: list[str], i: int) -> bool:
    """Whether line ``i`` opens the quoted or forwarded part of a message."""
    line = lines[i]
    if _SEPARATORS.match(line):
        return True
    opens = line.strip()[:2].lower() in _ATTRIBUTION_OPENERS if line.strip() else None
    if opens is None:
        opens = _may_open_attribution(lines, i)
    for span in (1, 2, 3) if opens else ():
        # reply headers are often wrapped over two or three lines
        joined = " ".join(s.strip() for s in lines[i : i + span])
        if i + span <= len(lines) and (_ON_WROTE.match(joined) or _LE_ECRIT.match(joined)):
            return not line.lstrip().startswith(">")
    if _HEADER_FROM.match(line):
        following = [s for s in lines[i + 1 : i + 6] if s.strip()]
        return any(_HEADER_NEXT.match(s) for s in following[:3])
    return False


def _next_is_quote(lines: list[str], i: int) -> bool:
    for following in lines[i + 1 : i + 3]:
        if following.strip():
            return following.lstrip().startswith(">")
    return False


def _postscript(lines: list[str]) -> list[str]:
    """A "PS:" written under the closing formula is new text too (up to any quoted part)."""
    for j, line in enumerate(lines):
        if line.lstrip().startswith(">") or _quote_starts(lines, j):
            return []
        if _POSTSCRIPT.match(line):
            out = [""]
            for k in range(j, len(lines)):
                if lines[k].lstrip().startswith(">") or _quote_starts(lines, k):
                    break
                out.append(lines[k].rstrip())
            return out
    return []


def new_text(text: str) -> str:
    """The part of a message its sender wrote this time.

    Drops ``>`` quoted lines; everything from a reply or forward header ("On … wrote:", "Le … a
    écrit :", "-----Original Message-----", a "De : / Envoyé :" block, forwarded-message
    markers), from a signature separator (``-- ``) or a mobile footer ("Sent from my …")
    onwards; and from a closing formula ("Cordialement,", "Best regards") once a line of text
    came before it, except a "PS:" written under it. Blank lines are trimmed at both ends and
    runs of them kept to one.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for i, line in enumerate(lines):
        if not line.strip():
            kept.append("")  # a blank line opens nothing: the line after it will say
            continue
        if not _MAY_MATTER.match(line) and not line.rstrip().endswith(":"):
            kept.append(line.rstrip())  # ordinary text: no rule below can start on it
            continue
        if _quote_starts(lines, i) or _SIGNATURE_START.match(line):
            break
        if line.lstrip().startswith(">"):
            continue
        stripped = line.rstrip()
        if stripped.endswith(":") and _next_is_quote(lines, i):
            continue  # an attribution line in another language ("Am …, schrieb X:")
        if _CLOSING.match(line) and any(k.strip() for k in kept):
            kept.extend(_postscript(lines[i + 1 :]))
            break
        kept.append(stripped)
    filled = [i for i, line in enumerate(kept) if line.strip()]
    kept = kept[filled[0] : filled[-1] + 1] if filled else []
    out: list[str] = []
    for line in kept:
        if not line.strip() and out and not out[-1].strip():
            continue
        out.append(line)
    return "\n".join(out)
