"""French/English multi-label classification of privacy requests (DESIGN §2).

``Classifier.load()`` compiles the phrase rules and reads the two small linear models shipped
with the package (``model.json``, ``requester.json``); the composition root builds it once per
process and hands it to the core (``Context.classifier``). ``classifier.classify(subject,
text)`` returns the request types a message asks for, with a confidence, the language, the
phrases that led to each label, a low-confidence flag that tells channels to ask the person to
confirm, who is asking (the person, a parent, an heir or trusted person, a lawyer or
representative, another third party) and whether the message withdraws a request or only asks
about the policy. Phrase rules decide; a linear model reviews every decision, and where it
departs from the rules the person is asked to confirm; a second one reviews who the rules say
is asking. Offline, pure Python.
Channel-free: nothing here knows about Telegram, SMTP or IMAP.
"""

from __future__ import annotations

from workflows.classifier.engine import LOW_CONFIDENCE, Classification, Classifier, Intent
from workflows.classifier.requester import Requester, RequesterRole, requester_role
from workflows.classifier.text import detect_language

__all__ = [
    "LOW_CONFIDENCE",
    "Classification",
    "Classifier",
    "Intent",
    "Requester",
    "RequesterRole",
    "detect_language",
    "requester_role",
]
