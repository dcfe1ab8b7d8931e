"""The shared French/English text rules: mail, bot and classifier read text the same way."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from mail.parsing import parse_mail
from workflows import mailbox, tickets
from workflows.classifier import Classifier, Intent, Requester, requester_role
from workflows.textrules import (
    CANCEL_RE,
    asks_for_new_code,
    find_code,
    find_reference,
    find_references,
    format_reference,
    is_auto_reply_subject,
    new_text,
)

classify = Classifier.load().classify

MAIL_CORPUS = sorted((Path(__file__).parent / "mail_corpus").glob("*.eml"))


def raw_mail(subject: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Camille <camille@exemple.fr>"
    msg["To"] = "dpo@exemple.fr"
    msg["Subject"] = subject
    msg["Message-ID"] = "<t@exemple.fr>"
    msg.set_content(body)
    return msg.as_bytes()


THREADS = [
    "Supprimez mon compte.\n\nLe lun. 3 mars 2025, DPO <d@x.fr> a écrit :\n> Bonjour",
    "Yes please.\n\nOn Mon, 3 Mar 2025 at 10:00, DPO <d@x.fr>\nwrote:\n> old",
    "Voir ci-dessous.\n\nDe : Julie\nEnvoyé : lundi\nÀ : contact\nObjet : compte\n\nSupprimez",
    "Delete it\n-- \nBob\nHead of deletions",
    "Stop please\n\nSent from my iPhone",
    "Supprimez tout.\n\nCordialement,\nAnne\n\nPS: plus de SMS\n\n> ancien message",
    "Hello\nFrom: a line about where I am from: Paris\nbye",
    "Fwd below\n\n---------- Forwarded message ---------\nFrom: x\nSubject: y\n\nbody",
    "Merci",
]


@pytest.mark.parametrize("body", THREADS)
def test_mail_and_classifier_agree_on_the_new_text(body: str) -> None:
    """The mail parser's new text is what the classifier reads: cutting it again changes
    nothing, and classifying the mail's new text or its whole body gives the same labels."""
    parsed = parse_mail(raw_mail("Ma demande", body))
    assert parsed.new_text == new_text(body)
    assert new_text(parsed.new_text) == parsed.new_text
    assert classify("Ma demande", parsed.new_text) == classify("Ma demande", body)


def test_new_text_cuts_quotes_and_signatures_keeps_a_postscript() -> None:
    assert new_text(THREADS[0]) == "Supprimez mon compte."
    assert new_text(THREADS[1]) == "Yes please."
    assert new_text(THREADS[2]) == "Voir ci-dessous."
    assert new_text(THREADS[5]) == "Supprimez tout.\n\nPS: plus de SMS"
    assert new_text(THREADS[6]) == THREADS[6]  # a lone "From:" line is not a header block
    assert new_text(THREADS[8]) == "Merci"  # a closing word alone is the message


@pytest.mark.parametrize(
    "text",
    [
        "Re: [DSR-2026-000123]",
        "ref dsr-2026-000124 please",
        "DSR-2026-1234567 (seven digits)",
        "DSR-2026-123 is too short",
        "no reference",
        "xDSR-2026-000125",
    ],
)
def test_one_reference_pattern_for_mail_queue_and_tickets(text: str) -> None:
    """Mail threading, the staff queue's search and ticket lookup find the same references."""
    found = find_references(text)
    assert (found[0] if found else None) == find_reference(text)
    assert tickets.find_reference is find_reference  # the lookup the core uses
    if found:
        assert found[0] == format_reference(int(found[0][4:8]), int(found[0][9:]))


def test_references_have_at_least_six_digits_as_the_desk_writes_them() -> None:
    assert find_references("DSR-2026-000123 dsr-2026-000123 DSR-2026-123") == ("DSR-2026-000123",)
    assert format_reference(2026, 123) == "DSR-2026-000123"


@pytest.mark.parametrize(
    ("subject", "auto"),
    [
        ("Réponse automatique : absent", True),
        ("Automatic reply: Out of office", True),
        ("RE: Out of office", True),
        ("Absence du bureau", True),
        ("Accusé de réception", True),
        ("Absence au cours de mardi", False),
        ("Absent lundi, peut-on décaler ?", False),
        ("Supprimez mon compte", False),
    ],
)
def test_mail_and_classifier_agree_on_automatic_replies(subject: str, auto: bool) -> None:
    """The subject line an automatic reply has is one rule: the mail parser flags the mail,
    the classifier files it as ``other``; a learner's own subject is neither."""
    assert is_auto_reply_subject(subject) is auto
    parsed = parse_mail(raw_mail(subject, "Supprimez mon compte et mes données."))
    assert parsed.is_auto_reply is auto
    result = classify(subject, "Supprimez mon compte et mes données.")
    assert (result.labels == classify(subject, "").labels == ("other",)) is auto


def test_codes_are_read_the_same_by_chat_and_mail() -> None:
    """The bot and a mail reply both read a verification code with the core's rule."""
    from bot.routers import requests as chat_requests

    assert chat_requests.find_code is find_code
    assert find_code("603 906") == "603906"
    assert find_code("code: 603906.") == "603906"
    assert find_code("DSR-2026-603906") is None
    assert find_code("1234567") is None
    assert asks_for_new_code("je n'ai pas reçu le code")
    assert not asks_for_new_code("merci pour le code")


@pytest.mark.parametrize(
    ("text", "cancel"),
    [
        ("Annulez ma demande svp", True),
        ("J'annule ma demande de suppression, je reste.", True),
        ("Je retire ma demande d'export.", True),
        ("Please cancel my access request.", True),
        ("Please disregard my earlier request, I'll keep the account.", True),
        ("Never mind my previous request to delete my account", True),
        ("Finalement, ne supprimez pas mon compte.", True),
        ("Je n'annule pas ma demande !", False),
        ("Je ne retire pas ma demande.", False),
        ("Supprimez mon compte", False),
        ("Le cours de mardi est annulé ?", False),
        ("C'est réglé entre-temps, vous pouvez clôturer ma demande.", True),
        ("Avant de clôturer ma demande, pourriez-vous m'envoyer aussi mes notes ?", False),
        ("Quand allez-vous clore ma demande d'accès ?", False),
        ("Merci d'oublier mon message de lundi sur la suppression, je reste.", True),
        ("Laissez tomber pour la portabilité, c'est réglé.", True),
        ("Nous abandonnons notre demande de limitation.", False),
        ("Vous pouvez abandonner ma demande, tout est rentré dans l'ordre.", True),
        ("Never mind about the copy request, I found everything online.", True),
        ("Scratch my previous email, the account can stay.", True),
        ("All fixed now, you can close the request.", True),
        ("You can close the request once my data is deleted.", False),
        ("Please lift the freeze I requested, the dispute is over.", True),
        ("N'oubliez pas ma demande de suppression, cela fait un mois.", False),
        # the request's own kind named, the bare word as a whole reply, a mind changed
        ("Tout compte fait, annulez la rectification de mon adresse.", True),
        ("Please cancel the erasure, I'm staying.", True),
        ("Annuler, merci.", True),
        ("cancel please", True),
        ("Annulez l'abonnement et supprimez mon compte.", False),
        ("On second thought, please cancel that.", True),
        ("Actually, I want to cancel my subscription.", False),
        ("Nous vous prions de suspendre notre demande d'effacement.", True),
        ("Suspendez le traitement de mes données.", False),
        ("oublie ma demande d'export stp", True),
        ("N'oublie pas ma demande d'export.", False),
        ("nvm the copy thing we asked for, all good", True),
        ("C'est bon, vous pouvez clore.", True),
        ("Vous pouvez classer le dossier, merci.", True),
        ("Merci de clore mon compte.", False),
        ("Please close this request, it's sorted.", True),
        ("Please close my account.", False),
        # a representative's withdrawal, a ticket or its reference, a click undone
        (
            "Mr Crowe no longer wishes to pursue the erasure request. "
            "Please treat it as withdrawn.",
            True,
        ),
        ("She no longer wishes to pursue her studies, so please delete her account.", False),
        ("Par rapport à ma demande d'effacement, en fait je voudrais l'annuler.", True),
        ("Ma demande d'inscription au module 3, je voudrais l'annuler : c'est possible ?", False),
        ("Please cancel DSR-2026-004610, I need the account after all.", True),
        ("Please cancel the ticket. Thanks", True),
        ("stop stop j'ai cliqué sur supprimer par erreur, annulez!!", True),
        ("I deleted a file by mistake, can you restore it?", False),
        ("nvm about the delete thing", True),
        ("Merci de ne pas en tenir compte, j'ai décidé de reprendre ma formation.", True),
        (
            "Merci de ne pas tenir compte de mon ancienne adresse, la nouvelle est 3 rue Vaux.",
            False,
        ),
        ("Pour la demande DSR-2026-004417 : je la retire, je reprends la formation.", True),
        ("hi i asked u to delet my akount last week but dont do it pls", True),
        ("bonjour oublié ma demande de suppréssion, je veu garder mon conte", True),
    ],
)
def test_a_withdrawal_reads_the_same_on_a_thread_and_in_a_new_message(
    text: str, cancel: bool
) -> None:
    """A reply on a thread withdraws with the rule the classifier's ``cancel`` intent uses."""
    assert mailbox.CANCEL_RE is CANCEL_RE
    assert bool(CANCEL_RE.search(text)) is cancel
    result = classify("", text)
    assert (result.intent is Intent.CANCEL) is cancel
    if cancel:
        assert result.labels == ("other",) and not result.low_confidence


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Combien de temps gardez-vous mes données ?", Intent.QUESTION_ONLY),
        ("Do you share learner data with employers? Just asking.", Intent.QUESTION_ONLY),
        ("Who is your data protection officer?", Intent.QUESTION_ONLY),
        ("Quand commence le module 3 ?", Intent.REQUEST),
        ("Supprimez mes données. Combien de temps les gardez-vous ?", Intent.REQUEST),
    ],
)
def test_a_question_about_the_policy_is_told_from_a_request(text: str, intent: Intent) -> None:
    result = classify("", text)
    assert result.intent is intent
    if intent is Intent.QUESTION_ONLY:
        assert result.labels == ("other",)


@pytest.mark.parametrize(
    ("text", "labels", "who"),
    [
        ("Supprimez mon compte", ("erasure",), Requester.SELF),
        ("Mon avocat m'a conseillé de vous écrire : supprimez mes données.", ("erasure",), "self"),
        ("Avocate au barreau de Lyon, pour ma cliente : copie de ses données.", ("access",), "l"),
        ("We act for Mr Dane and request a copy of his data.", ("access",), "l"),
        ("My colleague asked me to write: please delete her account.", ("erasure",), "t"),
        ("Je vous écris pour mon propre compte : supprimez-le.", ("erasure",), "self"),
        ("Mon père est décédé, je suis son héritier.", ("post_mortem",), "h"),
        ("Après ma mort, effacez tout.", ("post_mortem",), "self"),
        ("Ma fille de 13 ans : effacez son compte.", ("erasure", "minor_parental"), "p"),
    ],
)
def test_who_is_asking_with_evidence(text: str, labels: tuple[str, ...], who: str) -> None:
    expected = {
        "self": Requester.SELF,
        "l": Requester.LAWYER_OR_REPRESENTATIVE,
        "t": Requester.OTHER_THIRD_PARTY,
        "h": Requester.HEIR_OR_TRUSTED_PERSON,
        "p": Requester.PARENT,
    }[str(who)]
    role = requester_role(text, {label: () for label in labels})
    assert role.requester is expected
    if expected is not Requester.SELF:
        assert role.evidence
    result = classify("", text)
    if tuple(sorted(x.value for x in result.labels)) == labels:
        assert result.requester is expected


@pytest.mark.parametrize(
    "text",
    [
        "Mon père est décédé le mois dernier, fermez son compte.",
        "After my death, please delete everything.",
        "Je suis le notaire chargé de la succession.",
        "I am the executor of her estate.",
        "Veuillez supprimer mon compte.",
        "",
    ],
)
def test_one_search_says_whether_a_message_speaks_of_a_death(text: str) -> None:
    from workflows.textrules import about_a_death, acts_after_a_death, own_directives

    """The one search before the two that tell which: true exactly when one of them is."""
    assert about_a_death(text) is (own_directives(text) or acts_after_a_death(text))
    assert about_a_death(text) is ("supprimer" not in text and text != "")
