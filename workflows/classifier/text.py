"""Text preparation for the classifier: normalisation and language detection.

What counts as the new text of a message is decided in ``workflows.textrules``, for every
channel alike.

People write without accents, in SMS style, with typos, and reply above a quoted thread. The
rules match on a normalised form (lowercase, no accents, French elisions and English contractions
expanded, common SMS abbreviations and near-miss spellings of key words mapped back), so each rule
is written once.
"""

from __future__ import annotations

import re
import unicodedata

# ------------------------------------------------------------------------- normalisation

_ELISION = re.compile(r"\b(j|m|t|l|d|n|s|c|qu|jusqu|lorsqu|puisqu)['’](?=\w)")
_NT = re.compile(r"n['’]t\b")
_APOS = re.compile(r"['’`´]")
_TOKEN = re.compile(r"[a-z0-9]+")
_SPACES = re.compile(r"[ \t\f\v]+")

# SMS style and chat shorthand, after accents are stripped and text lowercased.
_SMS: dict[str, str] = {
    "svp": "svp",
    "stp": "stp",
    "jveux": "je veux",
    "jvx": "je veux",
    "jve": "je veux",
    "veu": "veux",
    "vx": "veux",
    "jsuis": "je suis",
    "chui": "je suis",
    "chuis": "je suis",
    "jai": "je ai",
    "jaimerai": "je aimerais",
    "jaimerais": "je aimerais",
    "jvoudrais": "je voudrais",
    "vs": "vous",
    "ts": "tous",
    "tt": "tout",
    "ttes": "toutes",
    "pr": "pour",
    "pk": "pourquoi",
    "pq": "pourquoi",
    "koi": "quoi",
    "ke": "que",
    "ki": "qui",
    "mn": "mon",
    "ds": "dans",
    "bcp": "beaucoup",
    "qd": "quand",
    "cpte": "compte",
    "cpt": "compte",
    "conpte": "compte",
    "donnes": "donnees",
    "donnee": "donnees",
    "infos": "informations",
    "info": "information",
    "pa": "pas",
    "plu": "plus",
    "txt": "text",
    "txts": "texts",
    "txting": "texting",
    "msg": "message",
    "msgs": "messages",
    "mapeler": "me appeler",
    "mappeler": "me appeler",
    "mapelle": "me appelle",
    "mappelle": "me appelle",
    "mapellez": "me appelez",
    "mappelez": "me appelez",
    "menvoyer": "me envoyer",
    "m": "me",
    "j": "je",
    "l": "le",
    "d": "de",
    "n": "ne",
    "t": "te",
    "u": "you",
    "ur": "your",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "plse": "please",
    "pleas": "please",
    "thx": "thanks",
    "thks": "thanks",
    "ty": "thanks",
    "wat": "what",
    "wot": "what",
    "gimme": "give me",
    "wanna": "want to",
    "gonna": "going to",
    "im": "i am",
    "ive": "i have",
    "dont": "dont",
    "doesnt": "does not",
    "didnt": "did not",
    "cant": "cannot",
    "wont": "will not",
    "asap": "as soon as possible",
    "ptdr": "",
    "mdr": "",
    "lol": "",
    "omg": "",
    "slt": "salut",
    "bjr": "bonjour",
    "cc": "coucou",
}

# Key words whose near-miss spellings (one deletion, transposition or doubled letter; also one
# substitution for long words) are mapped back before matching.
_KEYWORDS = [
    "supprimer",
    "supprimez",
    "supprime",
    "suppression",
    "effacer",
    "effacez",
    "effacement",
    "donnees",
    "personnelles",
    "informations",
    "compte",
    "account",
    "delete",
    "deletion",
    "remove",
    "erasure",
    "erase",
    "rectifier",
    "rectification",
    "corriger",
    "corrigez",
    "correct",
    "adresse",
    "address",
    "telephone",
    "consentement",
    "consent",
    "withdraw",
    "portabilite",
    "portability",
    "desinscrire",
    "desinscrivez",
    "desabonner",
    "desabonnez",
    "unsubscribe",
    "newsletter",
    "newsletters",
    "prospection",
    "demarchage",
    "appeler",
    "appelez",
    "opposition",
    "oppose",
    "objection",
    "limitation",
    "restriction",
    "restrict",
    "processing",
    "traitement",
    "decede",
    "decedee",
    "deceased",
    "heritier",
    "heritiere",
    "notaire",
    "succession",
    "marketing",
    "publicitaires",
    "publicite",
    "calling",
    "contacter",
    "contacting",
    "envoyer",
    "access",
    "acces",
    "export",
    "exporter",
    "mauvaise",
    "fausse",
    "erreur",
    "profilage",
    "profiling",
    "statistiques",
    "recevoir",
    "receive",
    "arretez",
    "arreter",
    "souhaite",
    "souhaiterais",
    "voudrais",
    "authorise",
    "authorize",
    "organisme",
    "formation",
]
_NOT_TYPOS = frozenset(
    [
        "objet",
        "passe",
        "decide",
        "decode",
        "adresser",
        "comte",
        "compter",
        "addresses",
        "accounts",
        "corrige",
        "deleted",
        "removed",
        "erased",
        "corrected",
        "recevez",
        "consents",
        "objections",
        "accesses",
        "exports",
        "autorise",
        "autorisez",
        "autoriser",
        "formations",
        "organismes",
        "formatio",
    ]
)


def _typo_map() -> dict[str, str]:
    """Near-miss spelling -> key word."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    out: dict[str, str] = {}
    keys = set(_KEYWORDS)
    for word in _KEYWORDS:
        if len(word) < 6:
            continue
        variants: set[str] = set()
        for i in range(len(word)):
            variants.add(word[:i] + word[i + 1 :])  # deletion
            variants.add(word[:i] + word[i] + word[i:])  # doubled letter
            if i < len(word) - 1:
                variants.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # transposition
            if len(word) >= 8:
                for c in letters:
                    variants.add(word[:i] + c + word[i + 1 :])  # substitution
        for v in variants:
            if v not in keys and v not in _NOT_TYPOS and v not in out:
                out[v] = word
    return out


_LIGATURES = str.maketrans(
    {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "’": "'", "‘": "'", "ß": "ss", "«": '"', "»": '"'}
)


def strip_accents(text: str) -> str:
    """Lowercase ASCII-ish form: accents removed, ligatures expanded."""
    if text.isascii():
        return text.lower()
    text = text.translate(_LIGATURES)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


#: Every token rewrite: near-miss spellings, then SMS shorthand (which wins). A constant of
#: this module, computed from the lists above when it is imported (about 5 ms).
_TOKEN_MAP: dict[str, str] = {**_typo_map(), **_SMS}


_SPLIT_TOKENS = re.compile(r"([a-z0-9]+)")


def normalise(text: str) -> str:
    """The form the rules match on (see the module docstring). Line breaks are kept."""
    s = strip_accents(text)
    if "'" in s:
        s = _NT.sub(" not", s)
        s = _ELISION.sub(r"\1e ", s)
    s = _APOS.sub(" ", s).replace("-", " ")
    rewrite = _TOKEN_MAP.get
    parts = _SPLIT_TOKENS.split(s)
    words = parts[1::2]
    parts[1::2] = map(rewrite, words, words)
    return _SPACES.sub(" ", "".join(parts))


# ---------------------------------------------------------------------------- language

_FR_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "de",
        "des",
        "du",
        "je",
        "vous",
        "mon",
        "ma",
        "mes",
        "et",
        "est",
        "pour",
        "pas",
        "que",
        "qui",
        "une",
        "un",
        "sur",
        "avec",
        "merci",
        "bonjour",
        "svp",
        "ne",
        "plus",
        "donnees",
        "compte",
        "au",
        "aux",
        "ce",
        "cette",
        "il",
        "elle",
        "nous",
        "votre",
        "vos",
        "suis",
        "ai",
        "moi",
        "toutes",
        "tout",
        "madame",
        "monsieur",
        "cordialement",
        "souhaite",
        "veux",
        "voudrais",
        "demande",
        "dans",
        "en",
        "son",
        "sa",
        "ses",
        "leur",
        "depuis",
        "mais",
        "ou",
        "oui",
        "non",
        "salut",
        "tres",
        "bien",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "i",
        "you",
        "my",
        "me",
        "to",
        "of",
        "and",
        "is",
        "for",
        "not",
        "please",
        "your",
        "this",
        "that",
        "with",
        "on",
        "have",
        "it",
        "be",
        "data",
        "account",
        "hello",
        "hi",
        "thanks",
        "thank",
        "are",
        "do",
        "what",
        "from",
        "all",
        "would",
        "like",
        "want",
        "can",
        "could",
        "send",
        "delete",
        "dear",
        "regards",
        "about",
        "any",
        "no",
        "yes",
        "am",
        "was",
        "has",
        "been",
        "will",
        "get",
        "just",
        "our",
        "they",
        "them",
    ]
)


def language_of_normalised(norm: str) -> str:
    """``"fr"`` or ``"en"`` from function-word counts; French when undecided."""
    fr = en = 0
    for tok in _TOKEN.findall(norm):
        if tok in _FR_WORDS:
            fr += 1
        elif tok in _EN_WORDS:
            en += 1
    return "en" if en > fr else "fr"


def detect_language(text: str) -> str:
    """The language a message is written in: ``"fr"`` or ``"en"`` (French by default)."""
    return language_of_normalised(normalise(text))
