"""A new request: free text classified by the core and confirmed, or a type from the menu; then
identification by registered email or learner number, and the one-time code.

The bot only collects answers; opening tickets, matching the learner, sending the code and the
acknowledgement are the core's (``Desk.open_requests`` and ``Desk.confirm_code``).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from aiogram import F, Router
from aiogram.filters import Filter, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.i18n import I18n
from aiogram.utils.i18n import gettext as _

from bot.callbacks import Confirm, IsAnswer, Menu, NewCode, OtherIdentifier, PickChannel, PickType
from bot.keyboards import inline
from bot.routers.common import core, drop_buttons, pressed, types_keyboard
from bot.states import Learner
from bot.storage import move
from bot.texts import local_date, type_name
from workflows import chat, marketing
from workflows.codestep import PendingCode
from workflows.config import Settings
from workflows.context import ClassificationLike
from workflows.desk import Desk
from workflows.identity import ChallengeResult, ResendResult, find_token
from workflows.intake import IntakeResult, Submission, child_identifier
from workflows.lifecycle import IllegalTransition, State
from workflows.models import Ticket, utcnow
from workflows.requests import RequesterKind, RequestType
from workflows.textrules import asks_for_new_code, find_code
from workflows.tickets import TicketNotFound

log = logging.getLogger(__name__)
MAX_TEXT = 4000
INLINE_CLASSIFY = 600  # characters


def labels_for_pick(label: str) -> list[str]:
    """A type picked from the menu; a parent's request is about erasing the child's data."""
    if label == RequestType.MINOR_PARENTAL:
        return [RequestType.MINOR_PARENTAL.value, RequestType.ERASURE.value]
    return [label]


def understood(labels: list[str]) -> str:
    return "\n".join(f"• {type_name(label)}" for label in labels)


async def ask_identifier(message: Message, state: FSMContext, data: dict[str, Any]) -> None:
    await move(state, Learner.identifier, data)
    await message.answer(
        _(
            "To protect your data, I first need to know who you are.\n"
            "Please type the email address you registered with us, or your learner number."
        )
    )


async def ask_for_child(message: Message, state: FSMContext, data: dict[str, Any]) -> None:
    await move(state, Learner.child, data)
    await message.answer(
        _(
            "You are asking about your child's data. What is your child's email address or "
            "learner number with us? If you do not know it, tell me in a few words who your "
            "child is (name, school, year of birth): our team will look for the account."
        )
    )


def asks_no_channel(data: dict[str, Any]) -> bool:
    """A marketing objection that names no channel: the person is asked which."""
    return (
        RequestType.MARKETING_OBJECTION.value in data.get("labels", [])
        and "channels" not in data
        and not marketing.named_channels(str(data.get("text", "")))
    )


def channels_keyboard() -> InlineKeyboardMarkup:
    return inline(
        [(_("SMS"), PickChannel(channel="sms")), (_("E-mails"), PickChannel(channel="email"))],
        [(_("Calls"), PickChannel(channel="phone")), (_("Post"), PickChannel(channel="post"))],
        [(_("All of them"), PickChannel(channel="all"))],
    )


def submission_for(
    message: Message, data: dict[str, Any], language: str, *, chat_id: int, hint: str | None
) -> Submission:
    """The request as collected in the conversation (``data``: text, labels)."""
    user = message.chat
    return Submission(
        channel="telegram",
        requester_address=str(chat_id),
        received_at=utcnow(),
        subject="Telegram",
        text=data.get("text") or " / ".join(data.get("labels", [])),
        requester_name=" ".join(filter(None, [user.first_name, user.last_name])),
        language=language,
        labels=tuple(RequestType(label) for label in data.get("labels", [])),
        telegram_chat_id=chat_id,
        learner_hint=hint,
        details={
            **({"requester_kind": data["requester_kind"]} if data.get("requester_kind") else {}),
            **({"channels": data["channels"]} if data.get("channels") else {}),
        },
    )


def registered(tickets: list[Ticket], language: str) -> str:
    """The chat's acknowledgement: each request, its reference and our answer date."""
    return "\n".join(
        _("Your request {reference} ({kind}) is registered: we will answer by {day}.").format(
            reference=t.reference,
            kind=type_name(t.request_type),
            day=local_date(t.effective_due_at, language),
        )
        for t in tickets
    )


async def opened(
    message: Message, state: FSMContext, result: IntakeResult, minutes: int, language: str
) -> None:
    """Tell the learner, once, what happens next with the tickets just opened.

    The chat's answer is the acknowledgement (the core sends no ``received`` letter to the
    chat); a third party's is the list of documents, which the core sends itself."""
    waiting = [t for t in result.tickets if t.state == State.AWAITING_IDENTITY]
    third_party = any(t.requester_kind != RequesterKind.SELF for t in result.tickets)
    if third_party:
        await move(state, Learner.proof, {"ticket_ids": [t.id for t in result.tickets]})
    elif waiting:
        await move(state, Learner.code, {})
        await message.answer(
            registered(result.tickets, language)
            + "\n\n"
            + _(
                "To protect your data, if these details match our records we have just sent a "
                "code to the email address registered with us. Type the code here: it works for "
                "{minutes} minutes.\nNothing arrived after a few minutes? Look in your spam "
                "folder, or use a button below."
            ).format(minutes=minutes),
            reply_markup=code_step_keyboard(),
        )
    else:
        await move(state, None, {})
        await message.answer(registered(result.tickets, language))


async def classify(desk: Desk, text: str) -> ClassificationLike:
    """The core's classification of a chat message.

    The classifier is pure Python, about 0.3 ms for a chat-sized message: a worker thread would
    cost more than the work and still hold the GIL, so short texts are classified on the loop;
    long ones (up to 7 ms at MAX_TEXT) go to a thread so other chats are not held up.
    """
    if len(text) <= INLINE_CLASSIFY:
        return desk.classify(text)
    return await core(desk.classify, text)


def hello_text() -> str:
    return _(
        "Hello! I look after your personal data in the group's schools: a copy of it, a "
        "correction, its deletion, no more advertising… Tell me in a few words what you would "
        "like."
    )


def off_topic_text(settings: Settings) -> str:
    """Where questions that are not about personal data go."""
    school = _("your school")
    return _(
        "I only handle requests about your personal data. For your courses: {courses}. For "
        "billing: {billing}.\nFor your data, tell me in a few words what you would like."
    ).format(
        courses=settings.courses_contact or school, billing=settings.billing_contact or school
    )


def policy_question_text(settings: Settings) -> str:
    """The answer to a question about how data is handled: where it is answered, and an offer
    to pass it on to the DPO team."""
    where = (
        _("Our privacy policy answers most such questions: {url}").format(
            url=settings.privacy_policy_url
        )
        if settings.privacy_policy_url
        else _("You may also write to our data protection officer: {address}").format(
            address=settings.dpo_address
        )
    )
    return (
        _("Your message reads as a question about how we handle personal data.")
        + " "
        + where
        + "\n"
        + _("Shall I pass your question on to the data protection officer's team?")
    )


def all_types_button() -> InlineKeyboardMarkup:
    return inline([(_("See everything I can do"), Menu(action="types"))])


async def understand(
    message: Message, state: FSMContext, desk: Desk, settings: Settings, text: str
) -> None:
    """Classify a message and ask the learner to confirm what was understood."""
    classification = await classify(desk, text)
    labels = [str(label) for label in classification.labels]
    if classification.as_json().get("intent") == "question_only":
        await move(state, Learner.confirming, {"text": text, "labels": [RequestType.OTHER.value]})
        await message.answer(
            policy_question_text(settings),
            reply_markup=inline(
                [(_("Yes, pass it on"), Confirm(answer="yes"))],
                [(_("No, thank you"), Confirm(answer="no"))],
            ),
        )
        return
    if not labels or labels == [RequestType.OTHER.value]:
        if chat.is_greeting(text):
            await message.answer(hello_text(), reply_markup=all_types_button())
            return
        if not await core(desk.breach_notice_awaits_answer, message.chat.id):
            await message.answer(off_topic_text(settings), reply_markup=all_types_button())
            return
        # an answer to the breach notice this chat got: a question for the DPO team
        labels = [RequestType.OTHER.value]
    await move(state, Learner.confirming, {"text": text, "labels": labels})
    keyboard = inline(
        [(_("Yes, that's it"), Confirm(answer="yes"))],
        [(_("No, choose another"), Confirm(answer="other"))],
        [(_("Cancel"), Confirm(answer="no"))],
    )
    await message.answer(
        _("I understood that you would like to:\n{labels}\nIs that right?").format(
            labels=understood(labels)
        ),
        reply_markup=keyboard,
    )


def code_step_keyboard() -> InlineKeyboardMarkup:
    """The ways out of the code step, offered from the start: a new code, another identifier."""
    return inline(
        [(_("Send me a new code"), NewCode())],
        [(_("Use my learner number instead"), OtherIdentifier())],
    )


def locked_text() -> str:
    return _(
        "Too many wrong codes were typed, so this check is locked. Our team has been told and "
        "will get back to you."
    )


def pending_text(pending: PendingCode) -> str:
    """Where a chat's code step stands, as ``/start`` recalls it."""
    return _(
        "Your request {references} is still waiting for the code we emailed to you. Type "
        "it here whenever you have it."
    ).format(references=", ".join(pending.references))


def no_code_text(minutes: int) -> str:
    text = _(
        "If the details you gave match our records, the code went to the email address "
        "registered with us; it usually arrives within a minute. Look in your spam folder too. "
        "Each code works for {minutes} minutes, and only the latest one."
    ).format(minutes=minutes)
    return text + "\n" + _("You can ask for a new code, or give your learner number instead.")


async def answer_code(
    message: Message,
    state: FSMContext,
    result: ChallengeResult,
    minutes: int,
) -> None:
    """What a typed code led to, and the way on."""
    if result is ChallengeResult.CONFIRMED:
        await move(state, None, {})  # the core's own confirmation, with its date, follows
    elif result is ChallengeResult.WRONG:
        await move(state, Learner.code, {})
        await message.answer(
            _("This code is not valid. Please check the latest email from us and retry."),
            reply_markup=code_step_keyboard(),
        )
    elif result is ChallengeResult.EXPIRED:
        await move(state, Learner.code, {})
        await message.answer(
            _(
                "This code has expired (a code works for {minutes} minutes). "
                "I can send you a new one."
            ).format(minutes=minutes),
            reply_markup=code_step_keyboard(),
        )
    elif result is ChallengeResult.LOCKED:
        await move(state, None, {})
        await message.answer(locked_text())
    else:
        await move(state, None, {})
        await message.answer(
            _(
                "This code can no longer be used (expired or too many attempts). "
                "Write your request again to receive a new one."
            )
        )


async def resent(message: Message, state: FSMContext, result: ResendResult, minutes: int) -> None:
    """What asking for a new code led to; the same whether or not a learner matched."""
    if result is ResendResult.ACCEPTED:
        await move(state, Learner.code, {})
        await message.answer(
            _(
                "If these details match our records, we have just sent a new code to the email "
                "address registered with us; the previous code no longer works. Type it here: it "
                "works for {minutes} minutes."
            ).format(minutes=minutes),
            reply_markup=code_step_keyboard(),
        )
    elif result is ResendResult.TOO_MANY:
        await move(state, Learner.code, {})
        await message.answer(
            _(
                "Several codes were already sent in the last hour. Please use the latest one, "
                "or try again later."
            )
        )
    elif result is ResendResult.LOCKED:
        await move(state, None, {})
        await message.answer(locked_text())
    else:
        await move(state, None, {})
        await message.answer(_("There is nothing left to confirm. Write to me whenever you need."))


class AtCodeStep(Filter):
    """A text that carries a code, or says none came, from a chat whose request waits for a
    code. The step is read from the database: it survives a restart and ``/start``. Only texts
    that look like that cost a look-up."""

    async def __call__(self, message: Message, desk: Desk) -> bool | dict[str, Any]:
        text = message.text or ""
        if text.startswith("/"):
            return False
        token = find_token(text)
        code = None if token else find_code(text)
        if token is None and code is None and not asks_for_new_code(text):
            return False
        pending = await core(desk.pending_code, message.chat.id)
        if pending is None:
            return False
        return {"pending": pending, "typed": token or code}


async def picked(
    query: CallbackQuery,
    callback_data: PickType,
    state: FSMContext,
    desk: Desk,
    settings: Settings,
    language: str,
) -> None:
    await query.answer()
    if callback_data.label not in set(RequestType) or not isinstance(query.message, Message):
        return
    labels = labels_for_pick(callback_data.label)
    data = await state.get_data()
    data = {"text": data.get("text", ""), "labels": labels}
    await proceed(query.message, state, desk, settings, language, query.from_user.id, data)


async def proceed(
    message: Message,
    state: FSMContext,
    desk: Desk,
    settings: Settings,
    language: str,
    chat_id: int,
    data: dict[str, Any],
) -> None:
    """Ask what the request still needs, or open it."""
    submission = submission_for(message, data, language, chat_id=chat_id, hint=None)
    if RequestType.MINOR_PARENTAL.value in data.get("labels", []):
        await ask_for_child(message, state, data)
        return
    if RequestType.RECTIFICATION.value in data.get("labels", []) and not data.get("text"):
        await move(state, Learner.correction, data)
        await message.answer(
            _(
                "What should we correct? Write what is wrong and what is right, for example: "
                '"my last name is Dupont, not Dupond".'
            )
        )
        return
    if asks_no_channel(data):
        await move(state, Learner.channels, data)
        await message.answer(
            _("Which messages should we stop sending you?"), reply_markup=channels_keyboard()
        )
        return
    # a chat that proved its identity before needs no new code
    result = await core(desk.open_from_linked_chat, submission)
    if result is None:
        await ask_identifier(message, state, data)
    else:
        await opened(message, state, result, settings.verification_code_ttl_minutes, language)


async def picked_channel(
    query: CallbackQuery,
    callback_data: PickChannel,
    state: FSMContext,
    desk: Desk,
    settings: Settings,
    language: str,
) -> None:
    message = await pressed(query)
    if message is None:
        return
    chosen = callback_data.channel
    channels = list(marketing.CHANNELS) if chosen == "all" else [chosen]
    data = {**await state.get_data(), "channels": channels}
    await proceed(message, state, desk, settings, language, query.from_user.id, data)


async def confirmed(
    query: CallbackQuery,
    callback_data: Confirm,
    state: FSMContext,
    desk: Desk,
    settings: Settings,
    language: str,
) -> None:
    await query.answer()
    message = query.message
    if message is None or not isinstance(message, Message):
        return
    if callback_data.answer == "yes":
        await message.edit_reply_markup(reply_markup=None)
        data = await state.get_data()
        await proceed(message, state, desk, settings, language, query.from_user.id, data)
    elif callback_data.answer == "other":
        await message.edit_reply_markup(reply_markup=types_keyboard(with_menu=False))
    else:
        await move(state, None, {})
        await message.edit_reply_markup(reply_markup=None)
        await message.answer(
            _("All right, nothing was sent. Write to me whenever you need."),
        )


async def stale_confirmation(query: CallbackQuery) -> None:
    await query.answer(_("This question has expired. Please write your request again."))


async def identifier(
    message: Message, state: FSMContext, desk: Desk, settings: Settings, language: str
) -> None:
    hint = (message.text or "").strip()
    if len(hint) > 320 or not re.fullmatch(r"[^\s]+", hint):
        await message.answer(
            _("Please type only your registered email address or your learner number.")
        )
        return
    data = await state.get_data()
    minutes = settings.verification_code_ttl_minutes
    if data.get("reidentify"):  # the pending requests name another identifier
        resend = await core(desk.reidentify, message.chat.id, hint)
        await resent(message, state, resend, minutes)
        return
    submission = submission_for(message, data, language, chat_id=message.chat.id, hint=hint)
    result = await core(desk.open_requests, submission)
    await opened(message, state, result, minutes, language)


async def correction(
    message: Message, state: FSMContext, desk: Desk, settings: Settings, language: str
) -> None:
    data = {**await state.get_data(), "text": (message.text or "")[:MAX_TEXT]}
    await proceed(message, state, desk, settings, language, message.chat.id, data)


async def child(
    message: Message, state: FSMContext, desk: Desk, settings: Settings, language: str
) -> None:
    said = (message.text or "")[:MAX_TEXT]
    data = await state.get_data()
    data = {**data, "text": "\n\n".join(filter(None, [data.get("text"), said]))}
    hint = child_identifier(said)
    submission = submission_for(message, data, language, chat_id=message.chat.id, hint=hint)
    result = await core(desk.open_requests, submission)
    await opened(message, state, result, settings.verification_code_ttl_minutes, language)


async def typed_code(
    message: Message,
    state: FSMContext,
    desk: Desk,
    settings: Settings,
    i18n: I18n,
    language: str,
    pending: PendingCode,
    typed: str | None,
) -> None:
    chat_id = message.chat.id
    with i18n.use_locale(pending.language or language):
        if typed is None:  # "I didn't get a code"
            await move(state, Learner.code, {})
            await message.answer(
                no_code_text(settings.verification_code_ttl_minutes),
                reply_markup=code_step_keyboard(),
            )
            return
        if typed.upper().startswith("PDV-"):
            result = await core(desk.confirm_token, typed, telegram_chat_id=chat_id)
        else:
            result = await core(
                desk.confirm_code, pending.thread_key, typed, telegram_chat_id=chat_id
            )
        await answer_code(message, state, result, settings.verification_code_ttl_minutes)


async def new_code(
    query: CallbackQuery,
    state: FSMContext,
    desk: Desk,
    settings: Settings,
    i18n: I18n,
    language: str,
) -> None:
    pending = await core(desk.pending_code, query.from_user.id)
    message = query.message if isinstance(query.message, Message) else None
    if pending is None or message is None:
        await query.answer(_("This question has expired. Please write your request again."))
        return
    result = await core(desk.resend_code, pending.thread_key)
    await query.answer()
    with i18n.use_locale(pending.language or language):
        await drop_buttons(message)
        await resent(message, state, result, settings.verification_code_ttl_minutes)


async def other_identifier(
    query: CallbackQuery, state: FSMContext, desk: Desk, i18n: I18n, language: str
) -> None:
    pending = await core(desk.pending_code, query.from_user.id)
    message = query.message if isinstance(query.message, Message) else None
    if pending is None or message is None:
        await query.answer(_("This question has expired. Please write your request again."))
        return
    await query.answer()
    await move(state, Learner.identifier, {"reidentify": True})
    with i18n.use_locale(pending.language or language):
        await drop_buttons(message)
        await message.answer(
            _(
                "Please type your learner number (or another email address you may have "
                "registered with). If it matches our records, a new code will go to the "
                "email address registered on that account."
            )
        )


async def not_a_code(message: Message) -> None:
    await message.answer(
        _("I am waiting for the code we emailed you (digits only). /cancel stops this step."),
        reply_markup=code_step_keyboard(),
    )


async def is_answer(
    query: CallbackQuery,
    callback_data: IsAnswer,
    state: FSMContext,
    desk: Desk,
    settings: Settings,
) -> None:
    message = await pressed(query)
    if message is None:
        return
    data = await state.get_data()
    text, ticket_id = str(data.get("text", "")), int(data.get("ticket_id") or 0)
    if not callback_data.yes:
        await move(state, None, {})
        await understand(message, state, desk, settings, text)
        return
    await move(state, None, {})
    chat_id = query.from_user.id
    try:
        ticket = await core(desk.reply_from_chat, chat_id, ticket_id, text)
    except (IllegalTransition, TicketNotFound):
        await message.answer(_("This question is no longer open."))
        return
    await message.answer(
        _("Thank you, your answer was added to your request {reference}.").format(
            reference=ticket.reference
        )
    )


async def stale_answer(query: CallbackQuery) -> None:
    await query.answer(_("This question has expired. Please write your request again."))


async def free_text(message: Message, state: FSMContext, desk: Desk, settings: Settings) -> None:
    text = (message.text or "")[:MAX_TEXT]
    waiting = await core(desk.question_waiting_for_chat, message.chat.id)
    if waiting is None:
        await understand(message, state, desk, settings, text)
        return
    await move(state, Learner.answer_or_new, {"text": text, "ticket_id": waiting.id})
    await message.answer(
        _("Is this your answer to our question about your request {reference}?").format(
            reference=waiting.reference
        ),
        reply_markup=inline(
            [(_("Yes, it is my answer"), IsAnswer(yes=True))],
            [(_("No, it is something else"), IsAnswer(yes=False))],
        ),
    )


def build_router() -> Router:
    """The new-request conversation's handlers, in the order they are tried."""
    router = Router(name="requests")
    router.callback_query.register(picked, PickType.filter())
    router.callback_query.register(
        picked_channel, StateFilter(Learner.channels), PickChannel.filter()
    )
    router.callback_query.register(confirmed, StateFilter(Learner.confirming), Confirm.filter())
    router.callback_query.register(stale_confirmation, Confirm.filter())
    router.message.register(identifier, StateFilter(Learner.identifier), F.text)
    router.message.register(
        correction, StateFilter(Learner.correction), F.text & ~F.text.startswith("/")
    )
    router.message.register(child, StateFilter(Learner.child), F.text & ~F.text.startswith("/"))
    router.message.register(typed_code, AtCodeStep())
    router.callback_query.register(new_code, NewCode.filter())
    router.callback_query.register(other_identifier, OtherIdentifier.filter())
    router.message.register(
        not_a_code, StateFilter(Learner.code), F.text & ~F.text.startswith("/")
    )
    router.callback_query.register(
        is_answer, StateFilter(Learner.answer_or_new), IsAnswer.filter()
    )
    router.callback_query.register(stale_answer, IsAnswer.filter())
    router.message.register(free_text, F.text & ~F.text.startswith("/"))
    return router
