"""A learner who typed a wrong code, or whose code expired, asks for a new one with a button;
the answer never tells whether the identifier they gave matched a learner."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlmodel import select

from tests.bot.scenario import RunningBot
from tests.telegram_emulator import BotMessage
from workflows.db import session_scope
from workflows.models import VerificationChallenge, utcnow

NEW_CODE = "M'envoyer un nouveau code"


def has_buttons(message: BotMessage) -> bool:
    return bool(message.buttons)


async def identify(bot: RunningBot, user: int, identifier: str) -> None:
    emu = bot.telegram
    await emu.user_sends_text(user, "Bonjour, je voudrais que vous supprimiez toutes mes données")
    question = await emu.wait_for_message(user, has_buttons)
    await emu.user_presses(user, question.message_id, question.button("c:yes").callback_data or "")
    await emu.wait_for_text(user, "adresse e-mail enregistrée")
    await emu.user_sends_text(user, identifier)
    await emu.wait_for_text(user, "si ces informations correspondent")


async def press_new_code(bot: RunningBot, user: int, offer: BotMessage) -> str:
    emu = bot.telegram
    await emu.user_presses(user, offer.message_id, offer.button(NEW_CODE).callback_data or "")
    removed = await emu.wait_for_message(user, lambda m: m.edited)
    assert removed.buttons == ()
    answers = ("Si ces informations", "Plusieurs codes", "Trop de codes", "Il n'y a plus rien")
    found = await emu.wait_for_message(user, lambda m: (m.text or "").startswith(answers))
    return found.text or ""


async def test_wrong_code_then_a_new_code(running_bot: RunningBot) -> None:
    bot, emu, user = running_bot, running_bot.telegram, 3001
    await identify(bot, user, "marie.dupont@example.fr")
    [first] = await bot.mailbox.codes_for("marie.dupont@example.fr", 1)
    await emu.user_sends_text(user, "000000" if first != "000000" else "111111")
    offer = await emu.wait_for_text(user, "Ce code n'est pas valide")
    answer = await press_new_code(bot, user, offer)
    assert "nouveau code" in answer

    codes = await bot.mailbox.codes_for("marie.dupont@example.fr", 2)
    await emu.user_sends_text(user, codes[0])  # the earlier code no longer works
    await emu.wait_for_text(user, "Ce code n'est pas valide")
    await emu.user_sends_text(user, codes[-1])
    await emu.wait_for_text(user, "votre identité est confirmée")


async def test_the_answer_is_the_same_for_an_unknown_identifier(running_bot: RunningBot) -> None:
    bot, emu = running_bot, running_bot.telegram
    answers = []
    for user, identifier in ((3002, "marie.dupont@example.fr"), (3003, "nobody@example.org")):
        await identify(bot, user, identifier)
        await emu.user_sends_text(user, "000000")
        offer = await emu.wait_for_message(user, has_buttons)
        answers.append((offer.text, await press_new_code(bot, user, offer)))
    assert answers[0] == answers[1]


async def test_expired_code_offers_a_new_one(running_bot: RunningBot) -> None:
    bot, emu, user = running_bot, running_bot.telegram, 3004
    await identify(bot, user, "L-1001")
    [code] = await bot.mailbox.codes_for("marie.dupont@example.fr", 1)
    with session_scope(bot.desk.engine) as session:
        for challenge in session.exec(select(VerificationChallenge)):
            challenge.expires_at = utcnow() - timedelta(minutes=1)
            session.add(challenge)
    await emu.user_sends_text(user, code)
    offer = await emu.wait_for_text(user, "Ce code a expiré")
    assert "nouveau code" in await press_new_code(bot, user, offer)
    codes = await bot.mailbox.codes_for("marie.dupont@example.fr", 2)
    await emu.user_sends_text(user, codes[-1])
    await emu.wait_for_text(user, "votre identité est confirmée")


async def test_too_many_codes_and_a_stale_button(running_bot: RunningBot) -> None:
    bot, emu, user = running_bot, running_bot.telegram, 3005
    await identify(bot, user, "nobody@example.org")
    answers = []
    for _ in range(3):  # three codes an hour per chat: the first and two new ones
        await asyncio.sleep(1.0)  # under the polite rate limit (a burst of 8, then 1 a second)
        await emu.user_sends_text(user, "000000")
        offer = await emu.wait_for_message(user, has_buttons)
        answers.append(await press_new_code(bot, user, offer))
    assert "nouveau code" in answers[0] and "nouveau code" in answers[1]
    assert "dernier reçu" in answers[2]

    # the request still waits for its code after /cancel; once it is withdrawn, the
    # "new code" button has nothing left to do
    await emu.user_sends_text(user, "/cancel")
    await emu.wait_for_text(user, "j'ai arrêté l'étape en cours")
    await asyncio.sleep(1.0)
    await emu.user_sends_text(user, "/cancel")  # the step is stopped; now the withdrawal
    choice = await emu.wait_for_text(user, "Quelle demande")
    await asyncio.sleep(1.0)
    await emu.user_presses(user, choice.message_id, choice.flat_buttons()[0].callback_data or "")
    sure = await emu.wait_for_message(user, lambda m: m.edited and "Retirer" in (m.text or ""))
    await asyncio.sleep(1.0)
    await emu.user_presses(user, sure.message_id, sure.flat_buttons()[0].callback_data or "")
    await emu.wait_for_message(user, lambda m: m.edited and "est retirée" in (m.text or ""))
    stale = offer.button(NEW_CODE).callback_data or ""
    query_id = await emu.user_presses(user, offer.message_id, stale, check_button=False)
    for _ in range(100):
        answered = [a for a in emu.callback_answers if a.get("callback_query_id") == query_id]
        if answered:
            break
        await asyncio.sleep(0.05)
    assert "expiré" in answered[0]["text"]
