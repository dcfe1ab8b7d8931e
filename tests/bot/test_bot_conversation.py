"""Conversation scenarios: a learner and the staff talk to the whole bot through the Bot API
emulator, with the real core, database and outbox."""

from __future__ import annotations

import asyncio
from datetime import date

from sqlmodel import select

from bot.i18n import build_i18n
from bot.routers.requests import off_topic_text, policy_question_text
from tests.bot.scenario import STAFF_CHAT, STAFF_USER, RunningBot
from tests.bot.test_bot_staff_flows import escalate, has_buttons, ticket
from workflows.config import Settings
from workflows.db import session_scope
from workflows.lifecycle import State
from workflows.models import Learner, ProofDocument, Ticket, TicketEvent


async def ask_learner(bot: RunningBot, question: str) -> None:
    """Staff ask the learner of a freshly escalated erasure a question, from the staff chat."""
    emu = bot.telegram
    card = await escalate(bot)
    await emu.user_presses(
        STAFF_USER, card.message_id, card.button("d:q:").callback_data or "", chat_id=STAFF_CHAT
    )
    await emu.wait_for_text(STAFF_CHAT, "Répondez avec la question")
    await emu.user_sends_text(STAFF_USER, question, chat_id=STAFF_CHAT)
    await emu.wait_for_text(1001, question)


async def test_an_answer_typed_without_pressing_reply(running_bot: RunningBot) -> None:
    emu = running_bot.telegram
    await ask_learner(running_bot, "Quelle formation avez-vous suivie ?")
    await emu.user_sends_text(1001, "La formation comptabilité en 2024, supprimez tout svp")
    asked = await emu.wait_for_text(1001, "Est-ce votre réponse")
    reference = ticket(running_bot).reference or ""
    assert reference in (asked.text or "")
    await emu.user_presses(1001, asked.message_id, asked.button("Oui").callback_data or "")
    await emu.wait_for_text(1001, "votre réponse a été ajoutée à votre demande " + reference)
    answered = ticket(running_bot)
    assert answered.state == State.AWAITING_APPROVAL  # back to staff, not a new request
    with session_scope(running_bot.desk.engine) as session:
        events = session.exec(
            select(TicketEvent).where(TicketEvent.command == "requester_replied")
        )
        assert [e.data["text"] for e in events] == [
            "La formation comptabilité en 2024, supprimez tout svp"
        ]
    await emu.wait_for_message(STAFF_CHAT, has_buttons)  # a new card for the new decision


async def test_a_new_request_while_a_question_waits(running_bot: RunningBot) -> None:
    emu = running_bot.telegram
    await ask_learner(running_bot, "Quelle formation avez-vous suivie ?")
    await emu.user_sends_text(1001, "Je voudrais aussi une copie de mes données")
    asked = await emu.wait_for_text(1001, "Est-ce votre réponse")
    await emu.user_presses(1001, asked.message_id, asked.button("Non").callback_data or "")
    understood = await emu.wait_for_message(
        1001, lambda m: m.message_id > asked.message_id and "J'ai compris" in (m.text or "")
    )
    assert "copie" in (understood.text or "")
    assert ticket(running_bot).state == State.AWAITING_REQUESTER  # the question still waits


async def test_a_parent_is_asked_about_the_child_and_gets_one_request(
    running_bot: RunningBot,
) -> None:
    emu, user = running_bot.telegram, 7007
    with session_scope(running_bot.desk.engine) as session:
        session.add(
            Learner(
                learner_id="L-3003",
                email="leo.petit@example.fr",
                first_name="Léo",
                birth_date=date(2012, 5, 1),
            )
        )
    await emu.user_sends_text(user, "/start")
    menu = await emu.wait_for_message(user, has_buttons)
    pick = menu.button("t:minor_parental").callback_data or ""
    await emu.user_presses(user, menu.message_id, pick)
    asked = await emu.wait_for_text(user, "données de votre enfant")
    assert "numéro d'apprenant" in (asked.text or "")
    # an explanation with the child's address in it is accepted, not "type only your email"
    await emu.user_sends_text(
        user, "C'est mon fils Léo, né en 2012, son adresse est leo.petit@example.fr"
    )
    documents = await emu.wait_for_text(user, "justificatifs")
    assert "effacement des données de votre enfant" in (documents.text or "")
    assert "Bonjour" not in (documents.text or "")
    with session_scope(running_bot.desk.engine) as session:
        opened = list(session.exec(select(Ticket)))
        child = session.exec(select(Learner).where(Learner.learner_id == "L-3003")).one()
    assert [(t.request_type, t.requester_kind) for t in opened] == [("erasure", "parent")]
    assert opened[0].learner_pk == child.id
    assert "né en 2012" in opened[0].text  # the parent's explanation, for staff
    await emu.user_sends_document(user, "livret.pdf", b"%PDF-1.4 livret")
    await emu.wait_for_text(user, "livret.pdf")
    card = await emu.wait_for_message(STAFF_CHAT, has_buttons)
    assert opened[0].reference in (card.text or "")
    assert len([m for m in emu.sent(STAFF_CHAT) if m.buttons]) == 1  # one decision, no twin


async def parent_asks_erasure(bot: RunningBot, user: int) -> Ticket:
    """A parent picks "my child's data", names the child and is asked for documents."""
    emu = bot.telegram
    with session_scope(bot.desk.engine) as session:
        session.add(
            Learner(
                learner_id="L-3003",
                email="leo.petit@example.fr",
                first_name="Léo",
                birth_date=date(2012, 5, 1),
            )
        )
    await emu.user_sends_text(user, "/start")
    menu = await emu.wait_for_message(user, has_buttons)
    await emu.user_presses(user, menu.message_id, menu.button("t:minor_parental").callback_data)
    await emu.wait_for_text(user, "données de votre enfant")
    await emu.user_sends_text(user, "L-3003")
    await emu.wait_for_text(user, "justificatifs")
    with session_scope(bot.desk.engine) as session:
        return session.exec(select(Ticket)).one()


JPEG = b"\xff\xd8\xff\xe0"


async def test_a_photo_is_a_proof_and_approve_waits_for_every_document(
    running_bot: RunningBot,
) -> None:
    emu, user = running_bot.telegram, 7008
    opened = await parent_asks_erasure(running_bot, user)
    small, large = JPEG + b"small", JPEG + b"the large one" * 50
    await emu.user_sends_photo(
        user, [(90, 60, small), (1280, 960, large)], caption="Livret de famille, page 2"
    )
    thanks = await emu.wait_for_text(user, "nous avons bien reçu photo-")
    assert "Il manque encore 2 justificatifs" in (thanks.text or "")
    with session_scope(running_bot.desk.engine) as session:
        (proof,) = session.exec(select(ProofDocument))
        ticket = session.get(Ticket, opened.id)
        assert ticket is not None
    assert (proof.size, proof.content_type) == (len(large), "image/jpeg")  # the largest size
    assert ticket.details["proofs"][0]["caption"] == "Livret de famille, page 2"
    card = await emu.wait_for_message(STAFF_CHAT, has_buttons)
    assert "1 reçu sur 3 attendus" in (card.text or "") and "Livret de famille" in (
        card.text or ""
    )
    assert [b.text for b in card.flat_buttons()] == ["Refuser", "Demander au demandeur"]

    await emu.user_sends_document(user, "identite.pdf", b"%PDF-1.4 carte")
    more = await emu.wait_for_text(user, "identite.pdf")
    assert "Il manque encore un justificatif" in (more.text or "")
    await emu.user_sends_document(
        user, "naissance.png", b"\x89PNG\r\n\x1a\n acte", mime_type="image/png"
    )
    done = await emu.wait_for_text(user, "naissance.png")
    assert "Notre équipe va examiner vos justificatifs" in (done.text or "")
    ready = await emu.wait_for_message(STAFF_CHAT, lambda m: bool(m.buttons) and m is not card)
    assert "3 reçus sur 3 attendus" in (ready.text or "")
    assert ready.button("Approuver")


async def test_a_file_of_another_type_is_refused_in_french(running_bot: RunningBot) -> None:
    emu, user = running_bot.telegram, 7009
    await parent_asks_erasure(running_bot, user)
    await emu.user_sends_document(user, "scan.docx", b"PK\x03\x04", mime_type="application/msword")
    refused = await emu.wait_for_text(user, "n'a pas pu être accepté")
    assert "envoyez un PDF, ou une photo" in (refused.text or "")
    assert "format" not in (refused.text or "")  # not the log's English reason


async def objection_by(bot: RunningBot, user: int, text: str) -> None:
    emu = bot.telegram
    await emu.user_sends_text(user, text)
    question = await emu.wait_for_text(user, "J'ai compris")
    await emu.user_presses(user, question.message_id, question.button("c:yes").callback_data)


async def test_marketing_without_a_channel_asks_which(running_bot: RunningBot) -> None:
    emu, user = running_bot.telegram, 7010
    await objection_by(running_bot, user, "Je ne veux plus de publicité")
    which = await emu.wait_for_text(user, "Quels messages")
    assert [b.text for b in which.flat_buttons()] == [
        "SMS",
        "E-mails",
        "Appels",
        "Courrier",
        "Tous",
    ]
    await emu.user_presses(user, which.message_id, which.button("SMS").callback_data)
    await emu.wait_for_text(user, "adresse e-mail enregistrée")
    await emu.user_sends_text(user, "marie.dupont@example.fr")
    await emu.wait_for_text(user, "est enregistrée")
    with session_scope(running_bot.desk.engine) as session:
        (objection,) = session.exec(select(Ticket))
    assert objection.details["channels"] == ["sms"]


async def test_i_still_want_the_emails_is_understood(running_bot: RunningBot) -> None:
    emu, user = running_bot.telegram, 7011
    await objection_by(
        running_bot, user, "Désinscrivez-moi de tout, mais je veux encore recevoir les e-mails"
    )
    await emu.wait_for_text(user, "adresse e-mail enregistrée")  # no question about channels
    await emu.user_sends_text(user, "marie.dupont@example.fr")
    await emu.wait_for_text(user, "est enregistrée")
    with session_scope(running_bot.desk.engine) as session:
        (objection,) = session.exec(select(Ticket))
    assert objection.details["channels"] == ["sms", "phone", "post"]
    assert not any("Quels messages" in (m.text or "") for m in emu.sent(user))


async def test_a_verified_learner_objecting_in_the_chat_gets_the_confirmation_by_email_too(
    running_bot: RunningBot,
) -> None:
    emu, user, address = running_bot.telegram, 1001, "marie.dupont@example.fr"
    # a first request proves who writes from this chat, and links it
    await objection_by(running_bot, user, "Je voudrais une copie de mes données")
    await emu.wait_for_text(user, "adresse e-mail enregistrée")
    await emu.user_sends_text(user, address)
    await emu.user_sends_text(user, await running_bot.mailbox.code_for(address))
    await emu.wait_for_text(user, "votre identité est confirmée")

    await emu.user_sends_text(user, "Plus de publicité par e-mail svp")
    question = await emu.wait_for_message(
        user, lambda m: "J'ai compris" in (m.text or "") and has_buttons(m)
    )
    await emu.user_presses(user, question.message_id, question.button("c:yes").callback_data)
    done = await emu.wait_for_text(user, "est terminée")
    assert "aussi envoyé cette confirmation à votre adresse e-mail enregistrée" in (
        done.text or ""
    )
    with session_scope(running_bot.desk.engine) as session:
        objection = session.exec(
            select(Ticket).where(Ticket.request_type == "marketing_objection")
        ).one()
    letter = await running_bot.mailbox.letter_to(address, objection.reference or "")
    assert letter.startswith("Bonjour") and "liste d'opposition" in letter
    assert len([m for m in emu.sent(user) if "est terminée" in (m.text or "")]) == 1


async def test_a_greeting_gets_a_line_and_off_topic_gets_the_contacts(
    running_bot: RunningBot,
) -> None:
    emu, user = running_bot.telegram, 7012
    await emu.user_sends_text(user, "Bonjour !")
    hello = await emu.wait_for_message(user)
    assert "Dites-moi en quelques mots" in (hello.text or "")
    assert [b.text for b in hello.flat_buttons()] == ["Voir tout ce que je peux faire"]
    await emu.user_presses(user, hello.message_id, hello.flat_buttons()[0].callback_data)
    menu = await emu.wait_for_message(user, has_buttons)
    labels = [b.text for b in menu.flat_buttons()]
    assert "Obtenir une copie de mes données" in labels
    assert "Mes données dans un fichier, pour un autre service" in labels

    await emu.user_sends_text(user, "Ma facture de mars est fausse")
    other = await emu.wait_for_message(user)
    assert "Pour vos cours : votre école. Pour la facturation : votre école." in (other.text or "")
    assert len(other.flat_buttons()) == 1


def test_off_topic_questions_go_to_the_configured_contacts(bot_settings: Settings) -> None:
    settings = bot_settings.model_copy(
        update={"courses_contact": "https://aide.studi.fr", "billing_contact": "compta@studi.fr"}
    )
    i18n = build_i18n()
    with i18n.context(), i18n.use_locale("fr"):
        text = off_topic_text(settings)
    assert "cours : https://aide.studi.fr" in text and "facturation : compta@studi.fr" in text


def test_a_question_about_the_policy_is_given_its_link_or_else_the_dpo(
    bot_settings: Settings,
) -> None:
    i18n = build_i18n()
    with_url = bot_settings.model_copy(
        update={"privacy_policy_url": "https://www.studi.fr/confidentialite"}
    )
    with i18n.context(), i18n.use_locale("fr"):
        cited = policy_question_text(with_url)
        bare = policy_question_text(bot_settings.model_copy(update={"dpo_address": "dpo@x.fr"}))
    assert "politique de confidentialité répond" in cited
    assert "https://www.studi.fr/confidentialite" in cited
    assert "délégué à la protection des données : dpo@x.fr" in bare and "https" not in bare


async def test_a_question_about_the_policy_in_the_chat_can_go_on_to_the_dpo_team(
    running_bot: RunningBot,
) -> None:
    emu, user = running_bot.telegram, 1001
    await emu.user_sends_text(user, "Combien de temps gardez-vous les données des apprenants ?")
    answer = await emu.wait_for_message(user, has_buttons)
    assert "question sur la façon dont nous traitons les données" in (answer.text or "")
    assert "délégué à la protection des données :" in (answer.text or "")
    await emu.user_presses(user, answer.message_id, answer.button("c:yes").callback_data)
    await emu.wait_for_text(user, "adresse e-mail enregistrée")


async def test_staff_approving_an_unrecorded_correction_are_told_what_to_do(
    running_bot: RunningBot,
) -> None:
    bot, emu, user = running_bot, running_bot.telegram, 1001
    await emu.user_sends_text(user, "/start")
    menu = await emu.wait_for_message(user, has_buttons)
    await emu.user_presses(user, menu.message_id, menu.button("t:rectification").callback_data)
    await emu.wait_for_text(user, "Que devons-nous corriger")  # the follow-up the type needs
    await emu.user_sends_text(user, "Mon nom est Dupont, pas Dupond")
    await emu.wait_for_text(user, "adresse e-mail enregistrée")
    await emu.user_sends_text(user, "marie.dupont@example.fr")
    await emu.user_sends_text(user, await bot.mailbox.code_for("marie.dupont@example.fr"))
    card = await emu.wait_for_message(STAFF_CHAT, has_buttons)
    text = card.text or ""
    # ready to decide: who the learner is, in human labels, and what is still missing
    assert "Apprenant : Marie, n° L-1001" in text
    assert "Demandeur : la personne elle-même — identité vérifiée" in text
    assert "Canal : Telegram" in text and "Dupont, pas Dupond" in text
    assert "Correction : pas encore enregistrée" in text
    for raw in ("self", "telegram", "rectification", "awaiting"):
        assert raw not in text, raw
    await emu.user_presses(
        STAFF_USER, card.message_id, card.button("Approuver").callback_data, chat_id=STAFF_CHAT
    )
    told = await emu.wait_for_text(STAFF_CHAT, "rien n'a été fait")
    reference = ticket(bot).reference or ""
    assert f"privacy-desk tickets correct {reference}" in (told.text or "")
    assert ticket(bot).state == State.AWAITING_APPROVAL


async def test_cancel_answers_once_and_the_withdraw_prompt_offers_keep_it(
    running_bot: RunningBot,
) -> None:
    emu, user = running_bot.telegram, 1001
    await emu.user_sends_text(user, "Supprimez mes données s'il vous plaît")
    question = await emu.wait_for_message(user, has_buttons)
    await emu.user_presses(user, question.message_id, "c:yes")
    await emu.wait_for_text(user, "adresse e-mail")
    await emu.user_sends_text(user, "marie.dupont@example.fr")
    await emu.wait_for_text(user, "si ces informations correspondent")
    status_before = len(emu.sent(user))
    await emu.user_sends_text(user, "/status")
    listed = await emu.wait_for_text(user, "Vos demandes")
    assert "vérification de votre identité" in (listed.text or "")
    assert "tapez ici le code" in (listed.text or "")

    before = len(emu.sent(user))
    await emu.user_sends_text(user, "/cancel")
    stopped = await emu.wait_for_text(user, "arrêté l'étape")
    assert "/cancel" in (stopped.text or "")
    await emu.user_sends_text(user, "/status")  # the next answer is the status: /cancel said one
    await emu.wait_for_text(user, "Vos demandes")
    assert len(emu.sent(user)) == before + 2 and status_before < before

    await asyncio.sleep(3)  # a person's pace: the flood guard lets 8 updates through at once
    await emu.user_sends_text(user, "/cancel")
    choice = await emu.wait_for_message(user, has_buttons)
    await emu.user_presses(user, choice.message_id, choice.flat_buttons()[0].callback_data)
    confirm = await emu.wait_for_message(user, lambda m: m.edited and bool(m.buttons))
    await emu.user_presses(
        user, confirm.message_id, confirm.button("Non, la garder").callback_data
    )
    kept = await emu.wait_for_text(user, "reste ouverte")
    assert ticket(running_bot).reference in (kept.text or "")
    assert ticket(running_bot).state == State.AWAITING_IDENTITY
