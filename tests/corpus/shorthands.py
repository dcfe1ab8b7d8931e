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

#: combinations several batches use (labels in the order the batches list them)
MP_E = ("erasure", MN)
MP_A = ("access", MN)
AE = ("access", "erasure")
AP = ("access", "portability")
EM = ("erasure", "marketing_objection")
CM = ("consent_withdrawal", "marketing_objection")
RRS = ("rectification", "restriction")
ORS = ("objection", "restriction")
OE = ("erasure", "objection")
CE = ("consent_withdrawal", "erasure")
PE = ("erasure", "portability")
MP_AE = ("access", "erasure", MN)
MP_C = ("consent_withdrawal", MN)
AR = ("access", "rectification")
ARS = ("access", "restriction")
AO = ("access", "objection")
AM = ("access", "marketing_objection")
APE = ("access", "erasure", "portability")
ERS = ("erasure", "restriction")
CO = ("consent_withdrawal", "objection")
CEM = ("consent_withdrawal", "erasure", "marketing_objection")
MP_R = ("rectification", MN)
MP_RS = ("restriction", MN)
MP_P = ("portability", MN)
MP_EM = ("erasure", "marketing_objection", MN)
AEM = ("access", "erasure", "marketing_objection")
AC = ("access", "consent_withdrawal")

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
    "AC",
    "AE",
    "AEM",
    "AM",
    "AO",
    "AP",
    "APE",
    "AR",
    "ARS",
    "CANCEL",
    "CE",
    "CEM",
    "CM",
    "CNIL_MODEL",
    "CO",
    "CONSUMER",
    "DIRECTIVES",
    "EM",
    "ERS",
    "FORMAL_NOTICE",
    "ICO_MODEL",
    "MN",
    "MP_A",
    "MP_AE",
    "MP_C",
    "MP_E",
    "MP_EM",
    "MP_P",
    "MP_R",
    "MP_RS",
    "OE",
    "ORS",
    "PA",
    "PE",
    "PM",
    "RRS",
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
