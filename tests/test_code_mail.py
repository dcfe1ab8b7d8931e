"""The verification-code mail says what to do in a way the desk really accepts: a test takes the
mail as the relay received it, does exactly what it says through the real SMTP listener (with
the original quoted below, as mail programs do), and the request is verified. A code that does
not work gets an answer saying how to get a new one, and "new code" sends one."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import timedelta
from email.message import EmailMessage
from email.policy import SMTP

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from tests.identity_helpers import ALICE, people
from tests.test_mail_e2e import DPO, Stack, close_stack, make_stack, wait_for
from tests.test_mail_identity import settled
from workflows.config import Settings
from workflows.db import session_scope
from workflows.identity import TOKEN_RE
from workflows.lifecycle import State
from workflows.models import VerificationChallenge, utcnow

BOB = "bob@example.com"
#: What each mail says to do, by language: (the instruction for the code, for the line).
INSTRUCTIONS = {
    ALICE: (
        "Répondez à ce message en écrivant ce code au début de votre réponse",
        "vous pouvez coller cette ligne au début de votre réponse",
    ),
    BOB: (
        "Reply to this message and write this code at the start of your reply",
        "you may paste this line at the start of your reply",
    ),
}


@pytest.fixture
async def stack(engine: Engine, settings: Settings) -> AsyncIterator[Stack]:
    s = await make_stack(engine, settings)
    people(s.desk)
    try:
        yield s
    finally:
        await close_stack(s)


def compose(sender: str, subject: str, body: str, message_id: str, in_reply_to: str = "") -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, DPO, subject
    message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = message["References"] = in_reply_to
    message.set_content(body, cte="quoted-printable")
    return message.as_bytes(policy=SMTP)  # CRLF line ends, as on the wire


def received_code_mails(stack: Stack, address: str) -> list[EmailMessage]:
    """The code mails the relay received for ``address``, oldest first."""
    return [
        m
        for m, (_, rcpts) in zip(stack.sink.messages, stack.sink.envelopes, strict=True)
        if address in rcpts
        and "code" in str(m["Subject"]).lower()
        and "[DSR-" in str(m["Subject"])
        and re.search(r"^\s+\d{6}\s*$", plain(m), re.MULTILINE)
    ]


def plain(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    return str(body.get_content())


def reply_to(message: EmailMessage, sender: str, new_text: str, number: int) -> bytes:
    """A reply as a mail program writes it: new text on top, the original quoted below."""
    quoted = "\n".join(f"> {line}" for line in plain(message).splitlines())
    body = f"{new_text}\n\nLe 10 mars 2026 à 10:31, DPO <{DPO}> a écrit :\n{quoted}\n"
    return compose(
        sender,
        f"Re: {message['Subject']}",
        body,
        f"<reply-{number}@example.org>",
        in_reply_to=str(message["Message-ID"]),
    )


async def ask_for_access(stack: Stack, sender: str, text: str) -> EmailMessage:
    await stack.send(compose(sender, "Mes données", text, f"<ask-{sender}>"), mail_from=sender)
    await settled(stack)
    await wait_for(lambda: bool(received_code_mails(stack, sender)))
    return received_code_mails(stack, sender)[-1]


@pytest.mark.parametrize("who", [ALICE, BOB])
@pytest.mark.parametrize("way", ["code", "line"])
async def test_each_instruction_of_the_code_mail_confirms_as_written(
    stack: Stack, who: str, way: str
) -> None:
    text = "Bonjour, access à mes données." if who == ALICE else "Please, access to the data."
    code_mail = await ask_for_access(stack, who, text)
    body = plain(code_mail)
    # the code comes first, then what to do with it and how long it lasts
    first_lines = [line.strip() for line in body.splitlines() if line.strip()][:2]
    code = first_lines[1]
    assert re.fullmatch(r"\d{6}", code), body
    assert ("15 minutes" in body) and INSTRUCTIONS[who][0] in body
    token = TOKEN_RE.search(body)
    assert token is not None and INSTRUCTIONS[who][1] in body

    # do exactly what it says: the code (or the line) at the start of the reply
    reply = reply_to(code_mail, who, code if way == "code" else token.group(0), 1)
    await stack.send(reply, mail_from=who)
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.identity_verified_at is not None and ticket.match_method == "code"
    assert ticket.state != State.AWAITING_IDENTITY


async def test_an_expired_code_is_answered_and_new_code_brings_one(stack: Stack) -> None:
    code_mail = await ask_for_access(stack, ALICE, "Bonjour, access à mes données.")
    old_code = re.findall(r"^\s+(\d{6})\s*$", plain(code_mail), re.MULTILINE)[0]
    with session_scope(stack.desk.engine) as session:
        for challenge in session.exec(select(VerificationChallenge)):
            challenge.expires_at = utcnow() - timedelta(minutes=1)
            session.add(challenge)

    await stack.send(reply_to(code_mail, ALICE, old_code, 1), mail_from=ALICE)
    await settled(stack)
    (answer,) = [o for o in stack.outbox() if o.template == "code_help"]
    assert "a expiré" in answer.body_text and "« nouveau code »" in answer.body_text
    assert "Ce que vous devez faire" in answer.body_text
    assert "avant le" in answer.body_text  # the learner's own deadline

    # do what the answer says: reply with the words "nouveau code"
    answer_mail = next(m for m in stack.sink.messages if m["Message-ID"] == answer.message_id)
    await stack.send(reply_to(answer_mail, ALICE, "nouveau code", 2), mail_from=ALICE)
    await settled(stack)
    await wait_for(lambda: len(received_code_mails(stack, ALICE)) == 2)
    fresh_mail = received_code_mails(stack, ALICE)[-1]
    fresh = re.findall(r"^\s+(\d{6})\s*$", plain(fresh_mail), re.MULTILINE)[0]
    await stack.send(reply_to(fresh_mail, ALICE, fresh, 3), mail_from=ALICE)
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.identity_verified_at is not None


async def test_the_answers_read_the_same_for_an_address_that_is_no_learner(
    stack: Stack,
) -> None:
    """A stranger's request gets no code; the answers to "new code" and to a guessed code
    read exactly as a learner's."""
    answers = {}
    for sender in (ALICE, "stranger@example.org"):
        await stack.send(
            compose(sender, "Mes données", "access à mes données", f"<s-{sender}>"),
            mail_from=sender,
        )
        await settled(stack)
        ack = next(o for o in stack.outbox() if o.template == "received" and o.recipient == sender)
        for number, words in ((1, "nouveau code"), (2, "000000")):
            raw = compose(sender, "Re: code", words, f"<s{number}-{sender}>", ack.message_id or "")
            await stack.send(raw, mail_from=sender)
            await settled(stack)
        answers[sender] = [
            re.sub(r"DSR-\d{4}-\d+", "REF", o.body_text)
            for o in stack.outbox()
            if o.template == "code_help" and o.recipient == sender
        ]
    assert len(answers[ALICE]) == 2
    assert answers[ALICE] == answers["stranger@example.org"]
