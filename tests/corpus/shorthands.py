"""The shorthands the hand-written corpus batches share: labels, who is asking, what the sender
means to do, where a message's shape comes from, and the entry of a batch with who is asking."""

from __future__ import annotations

#: ``(language, labels, requester, intent, subject, text, origin)``
Entry = tuple[str, tuple[str, ...], str, str | None, str, str, str]

A = ("access",)
R = ("rectification",)
E = ("erasure",)
RS = ("restriction",)
O = ("objection",)  # noqa: E741
M = ("marketing_objection",)
C = ("consent_withdrawal",)
P = ("portability",)
PM = ("post_mortem",)
X = ("other",)
MN = "minor_parental"  # always with the right the parent exercises

S = "self"
PA = "parent"
H = "heir_or_trusted_person"
L = "lawyer_or_representative"
T = "other_third_party"

CANCEL = "cancel"
Q = "question_only"

W = "written"
CNIL_MODEL = "public CNIL model letter"
ICO_MODEL = "public ICO template letter"
FORMAL_NOTICE = "public lawyer's formal-notice model"
CONSUMER = "public consumer-association model letter"
DIRECTIVES = "public model of directives on data after death"

__all__ = [
    "CANCEL",
    "CNIL_MODEL",
    "CONSUMER",
    "DIRECTIVES",
    "FORMAL_NOTICE",
    "ICO_MODEL",
    "MN",
    "PA",
    "PM",
    "RS",
    "A",
    "C",
    "E",
    "Entry",
    "H",
    "L",
    "M",
    "O",
    "P",
    "Q",
    "R",
    "S",
    "T",
    "W",
    "X",
]
