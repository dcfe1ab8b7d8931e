"""Objection to marketing: every identifier known is suppressed at once, the notice lists exactly
what was suppressed, and a channel we cannot key is asked for instead of promised."""

from __future__ import annotations

import io
from typing import Any

import pytest
from sqlmodel import select

from tests.conftest import mail_reply, outbox
from workflows.db import session_scope
from workflows.desk import Desk
from workflows.history import import_history
from workflows.intake import Submission
from workflows.learners import import_learners
from workflows.lifecycle import State
from workflows.marketing import named_channels
from workflows.models import Learner, MarketingContact, SuppressionEntry
from workflows.requests import RequestType

T = RequestType
LEARNERS = (
    "learner_id,email,first_name,last_name,phone,birth_date,language,postal_address\n"
    "L001,alice@example.fr,Alice,Martin,0612345678,1990-04-02,fr,"
    "12 rue des Lilas 34000 Montpellier\n"
    "L002,bob@example.com,Bob,Smith,,1985-03-02,en,\n"
)
MARKETING = (
    "learner_id,channel,address,consent,consent_at,last_interaction_on,source\n"
    "L001,email,alice@example.fr,yes,2022-08-01,2025-12-01,brochure\n"
    "L001,phone,0612345678,yes,2022-08-01,2025-11-01,brochure\n"
)


@pytest.fixture
def people(desk: Desk) -> Desk:
    desk.run(lambda s: import_learners(s, io.StringIO(LEARNERS)))
    desk.run(lambda s: import_history(s, io.StringIO(MARKETING), "marketing"))
    return desk


def _objection(desk: Desk, sender: str, text: str, **extra: Any) -> Any:
    return desk.open_requests(
        Submission(
            channel=extra.pop("channel", "email"),
            requester_address=sender,
            received_at=desk.ctx.now(),
            subject="Désabonnement",
            text=text,
            language=extra.pop("language", "fr"),
            labels=(T.MARKETING_OBJECTION,),
            **extra,
        )
    )


def _suppressed(desk: Desk) -> set[tuple[str, str]]:
    with session_scope(desk.engine) as session:
        return {(e.channel, e.address) for e in session.exec(select(SuppressionEntry))}


def _state(desk: Desk, ticket_id: int | None) -> str:
    assert ticket_id is not None
    return desk.ticket(ticket_id)[0].state


@pytest.mark.parametrize(
    ("text", "channels"),
    [
        ("Arrêtez de m'appeler et de m'envoyer des SMS.", ["sms", "phone"]),
        ("Please stop your emails and paper catalogues.", ["email", "post"]),
        ("Je ne veux plus recevoir vos courriels.", ["email"]),
        ("Désinscrivez-moi.", []),
    ],
)
def test_the_channels_named_are_captured(text: str, channels: list[str]) -> None:
    assert named_channels(text) == channels


def test_the_learner_writing_from_their_address_has_every_identifier_suppressed(
    people: Desk,
) -> None:
    desk = people
    result = _objection(desk, "alice@example.fr", "Je ne veux plus aucune publicité.")
    assert _state(desk, result.tickets[0].id) == State.COMPLETED
    assert _suppressed(desk) == {
        ("email", "alice@example.fr"),
        ("sms", "+33612345678"),
        ("phone", "+33612345678"),
        ("post", "12 rue des Lilas 34000 Montpellier"),
    }
    (done,) = outbox(desk, template="completed")
    assert done.recipient == "alice@example.fr"
    for line in (
        "- e-mail : alice@example.fr",
        "- SMS : +33612345678",
        "- téléphone : +33612345678",
        "- courrier postal : 12 rue des Lilas 34000 Montpellier",
    ):
        assert line in done.body_text


def test_the_senders_address_is_suppressed_at_once_even_when_authentication_fails(
    people: Desk,
) -> None:
    desk = people
    result = _objection(
        desk, "alice@example.fr", "Plus de mails s'il vous plaît.", auth_failed=True
    )
    assert _state(desk, result.tickets[0].id) == State.AWAITING_IDENTITY
    assert _suppressed(desk) == {("email", "alice@example.fr")}


def test_a_named_channel_without_identifier_is_asked_for_then_suppressed(people: Desk) -> None:
    desk = people
    result = _objection(
        desk, "bob@example.com", "Stop calling me and stop the emails.", language="en"
    )
    key = result.tickets[0].id
    assert _state(desk, key) == State.AWAITING_REQUESTER
    assert _suppressed(desk) == {("email", "bob@example.com")}
    (asked,) = outbox(desk, template="marketing_identifier_needed")
    assert asked.recipient == "bob@example.com" and asked.language == "en"
    assert "- email: bob@example.com" in asked.body_text
    assert "To stop marketing by telephone, we need your phone number" in asked.body_text

    mail_reply(desk, "bob@example.com", "It is 06 98 76 54 32.")
    assert _state(desk, key) == State.COMPLETED
    assert ("phone", "+33698765432") in _suppressed(desk)
    (done,) = outbox(desk, template="completed")
    assert "- telephone: +33698765432" in done.body_text
    assert "Bloctel" in done.body_text


def test_a_chat_not_linked_to_a_learner_suppresses_nothing_until_an_identifier_is_given(
    people: Desk,
) -> None:
    desk = people
    result = _objection(
        desk,
        "5550001",
        "Stop the marketing please",
        channel="telegram",
        language="en",
        telegram_chat_id=5550001,
        learner_hint="L001",
    )
    key = result.tickets[0].id
    assert _state(desk, key) == State.AWAITING_REQUESTER
    assert _suppressed(desk) == set()  # the learner number keys nothing, and is not theirs
    (asked,) = outbox(desk, template="marketing_identifier_needed")
    assert asked.recipient == "5550001"
    assert "we could not add anything to our marketing opt-out list yet" in asked.body_text
    assert "Type it here" in asked.body_text  # the chat's rendering, not the letter
    assert "+3361" not in asked.body_text and "alice" not in asked.body_text
    with session_scope(desk.engine) as session:
        assert all(c.consent for c in session.exec(select(MarketingContact)))

    desk.reply_from_chat(5550001, key, "carol@example.org")  # type: ignore[arg-type]
    assert _state(desk, key) == State.COMPLETED
    assert _suppressed(desk) == {("email", "carol@example.org")}


def test_a_channel_still_unknown_after_the_answer_is_said_so_with_the_remedies(
    people: Desk,
) -> None:
    desk = people
    result = _objection(desk, "bob@example.com", "Plus de SMS ni de mails.")
    key = result.tickets[0].id
    assert _state(desk, key) == State.AWAITING_REQUESTER
    mail_reply(desk, "bob@example.com", "Je préfère ne pas le dire.")
    assert _state(desk, key) == State.COMPLETED
    (done,) = outbox(desk, template="completed")
    assert "- e-mail : bob@example.com" in done.body_text
    assert (
        "Pour la prospection par SMS, nous ne connaissons ni n'avons reçu aucune coordonnée"
        in done.body_text
    )
    assert "recours juridictionnel" in done.body_text
    assert ("sms", "bob@example.com") not in _suppressed(desk)


def test_a_postal_address_given_in_the_answer_is_suppressed(people: Desk) -> None:
    desk = people
    result = _objection(desk, "bob@example.com", "Plus de catalogue papier par la poste.")
    key = result.tickets[0].id
    assert _state(desk, key) == State.AWAITING_REQUESTER
    mail_reply(desk, "bob@example.com", "Je ne sais pas.")
    assert _suppressed(desk) == set()  # not an address: nothing suppressed, so we ask again
    assert _state(desk, key) == State.AWAITING_REQUESTER
    assert len(outbox(desk, template="marketing_identifier_needed")) == 2
    mail_reply(desk, "bob@example.com", "5 rue Haute, 75004 Paris")
    assert _state(desk, key) == State.COMPLETED
    assert _suppressed(desk) == {("post", "5 rue Haute, 75004 Paris")}
    (done,) = outbox(desk, template="completed")
    assert "- courrier postal : 5 rue Haute, 75004 Paris" in done.body_text


def _link_chat(desk: Desk, learner_id: str, chat_id: int) -> None:
    def link(session: Any) -> None:
        learner = session.exec(select(Learner).where(Learner.learner_id == learner_id)).one()
        learner.telegram_chat_id = chat_id
        session.add(learner)

    desk.run(link)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_verified_learner_objecting_in_the_chat_gets_the_confirmation_by_email_too(
    people: Desk, language: str
) -> None:
    desk = people
    _link_chat(desk, "L001", 5550002)
    result = _objection(
        desk,
        "5550002",
        "Plus de SMS" if language == "fr" else "No more text messages",
        channel="telegram",
        language=language,
        telegram_chat_id=5550002,
    )
    assert _state(desk, result.tickets[0].id) == State.COMPLETED
    chat, mail = sorted(outbox(desk, template="completed"), key=lambda i: i.channel != "telegram")
    assert (chat.channel, chat.recipient) == ("telegram", "5550002")
    assert (mail.channel, mail.recipient) == ("email", "alice@example.fr")
    also = {
        "fr": "aussi envoyé cette confirmation à votre adresse e-mail enregistrée",
        "en": "also sent this confirmation to your registered email address",
    }[language]
    assert also in chat.body_text and also not in mail.body_text
    sms = "- SMS : +33612345678" if language == "fr" else "- SMS: +33612345678"
    assert sms in chat.body_text and sms in mail.body_text
    assert mail.body_text.startswith("Bonjour" if language == "fr" else "Hello")  # a letter


def test_an_unverified_chat_gets_one_confirmation_and_no_email(people: Desk) -> None:
    desk = people
    result = _objection(
        desk,
        "5550003",
        "Stop the marketing please",
        channel="telegram",
        language="en",
        telegram_chat_id=5550003,
    )
    desk.reply_from_chat(5550003, result.tickets[0].id, "c@example.org")  # type: ignore[arg-type]
    assert _state(desk, result.tickets[0].id) == State.COMPLETED
    (done,) = outbox(desk, template="completed")
    assert (done.channel, done.recipient) == ("telegram", "5550003")
    assert "registered email address" not in done.body_text
