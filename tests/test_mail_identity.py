"""Identity over the mail channel, end to end over real SMTP: Authentication-Results, codes and
tokens in replies, proof documents as attachments, cancellation by reply, and Reply-To ignored."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from email.message import EmailMessage

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from tests.identity_helpers import (
    ALICE,
    ATTACKER,
    mail,
    mailed_code_and_token,
    other_code,
    people,
)
from tests.test_mail_e2e import DPO, Stack, close_stack, make_stack, wait_for
from workflows.config import Settings
from workflows.db import session_scope
from workflows.desk import Decider
from workflows.lifecycle import State
from workflows.mailbox import NOT_ACTED_ON
from workflows.models import ProofDocument
from workflows.textrules import asks_for_new_code

TRUSTED = "mx.studi.fr"
PDF = b"%PDF-1.4\n% a scanned identity card\n"


@pytest.fixture
async def stack(engine: Engine, settings: Settings) -> AsyncIterator[Stack]:
    s = await make_stack(engine, settings, trusted_authserv_id=TRUSTED)
    people(s.desk)
    try:
        yield s
    finally:
        await close_stack(s)


async def settled(stack: Stack) -> None:
    """Every stored message decided and every mail sent (staff chat items wait for the bot)."""
    await wait_for(
        lambda: (
            all(r.status != "stored" for r in stack.inbound())
            and all(
                o.status in ("sent", "suppressed") for o in stack.outbox() if o.channel == "email"
            )
        )
    )


def compose(
    sender: str,
    subject: str,
    body: str,
    *,
    message_id: str,
    in_reply_to: str | None = None,
    headers: tuple[tuple[str, str], ...] = (),
    attachments: tuple[tuple[str, str, bytes], ...] = (),
) -> bytes:
    message = EmailMessage()
    for name, value in headers:  # added first: on top, as a border MTA writes them
        message[name] = value
    message["From"] = sender
    message["To"] = DPO
    message["Subject"] = subject
    message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    message.set_content(body)
    for filename, content_type, data in attachments:
        maintype, _, subtype = content_type.partition("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(message)


def sent_to(stack: Stack, address: str) -> list[EmailMessage]:
    return [
        m
        for m, (_, rcpts) in zip(stack.sink.messages, stack.sink.envelopes, strict=True)
        if address in rcpts
    ]


async def open_access_request(stack: Stack, *, extra: tuple[tuple[str, str], ...] = ()) -> str:
    """Alice asks for access; returns the Message-ID of the acknowledgement she got."""
    raw = compose(
        ALICE,
        "Mes données",
        "Bonjour, access à mes données.",
        message_id="<a1@s.fr>",
        headers=extra,
    )
    await stack.send(raw, mail_from=ALICE)
    await settled(stack)
    return our_message(stack, "received", ALICE)


def our_message(stack: Stack, template: str, recipient: str, *, last: bool = False) -> str:
    """The Message-ID of the notice we sent (and the relay received)."""
    items = [o for o in stack.outbox() if (o.template, o.recipient) == (template, recipient)]
    if last:
        items = items[-1:]
    (item,) = items
    assert item.message_id and any(m["Message-ID"] == item.message_id for m in stack.sink.messages)
    return item.message_id


# -- (a) Authentication-Results ----------------------------------------------------------------
async def test_a_trusted_dmarc_failure_is_recorded_and_forces_verification(stack: Stack) -> None:
    raw = compose(
        ALICE,
        "Stop",
        "Merci de ne plus m'envoyer de publicité, marketing_objection.",
        message_id="<m1@s.fr>",
        headers=(
            (
                "Authentication-Results",
                f"{TRUSTED}; spf=pass smtp.mailfrom=studi.fr; dkim=none;"
                " dmarc=fail header.from=studi.fr",
            ),
            ("Authentication-Results", "forged.example; spf=pass; dkim=pass; dmarc=pass"),
        ),
    )
    await stack.send(raw, mail_from="bounce@evil.test")
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.request_type == "marketing_objection"
    assert ticket.auth_results["trusted"] and ticket.auth_results["failed"]
    assert ticket.auth_results["dmarc"] == "fail" and ticket.auth_results["spf"] == "pass"
    assert "forged.example" in ticket.auth_results["untrusted_headers"][0]
    # a low-risk request waits for the code because the sender's domain failed DMARC
    assert ticket.state == State.AWAITING_IDENTITY and ticket.auth_failed


async def test_an_untrusted_header_decides_nothing(stack: Stack) -> None:
    raw = compose(
        ALICE,
        "Stop",
        "marketing_objection",
        message_id="<m2@s.fr>",
        headers=(("Authentication-Results", "mx.evil.test; dmarc=fail; spf=fail"),),
    )
    await stack.send(raw, mail_from=ALICE)
    await settled(stack)
    (ticket,) = stack.tickets()
    assert not ticket.auth_results["trusted"] and not ticket.auth_results["failed"]
    assert ticket.state != State.AWAITING_IDENTITY


# -- (b) the code or token in a reply ----------------------------------------------------------
async def test_the_code_in_a_reply_confirms_the_request(stack: Stack) -> None:
    ack_id = await open_access_request(stack)
    (ticket,) = stack.tickets()
    assert ticket.state == State.AWAITING_IDENTITY
    code, _ = mailed_code_and_token(stack.sink.messages, ALICE)

    # a wrong code: the answer says how to get a new one, and the attempt counts
    wrong = compose(
        ALICE, "Re: code", f"{other_code(code)}\n", message_id="<r0@s.fr>", in_reply_to=ack_id
    )
    await stack.send(wrong, mail_from=ALICE)
    await settled(stack)
    (answer,) = [o for o in stack.outbox() if o.template == "code_help"]
    assert answer.recipient == ALICE
    # it names the words to answer with for a new code, and the desk understands them
    words = re.search(r"« ([^»]+) »", answer.body_text)
    assert words is not None and asks_for_new_code(words.group(1))
    assert stack.desk.verification_status(ticket.id or 0)["challenge"]["attempts"] == 1

    reply = compose(
        ALICE,
        "Re: code",
        f"Voici le code : {code}\n\nAlice",
        message_id="<r1@s.fr>",
        in_reply_to=ack_id,
    )
    await stack.send(reply, mail_from=ALICE)
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.identity_verified_at is not None and ticket.match_method == "code"
    assert ticket.state != State.AWAITING_IDENTITY


async def test_a_quoted_code_or_another_thread_confirms_nothing(stack: Stack) -> None:
    ack_id = await open_access_request(stack)
    code, token = mailed_code_and_token(stack.sink.messages, ALICE)
    quoted = compose(
        ALICE,
        "Re: code",
        f"Merci.\n\nLe 10 mars 2026, DPO a écrit :\n> Votre code : {code}\n> {token}\n",
        message_id="<q1@s.fr>",
        in_reply_to=ack_id,
    )
    await stack.send(quoted, mail_from=ALICE)
    # the same code in a new mail that belongs to no thread opens a request, proves nothing
    await stack.send(compose(ALICE, "code", code, message_id="<q2@s.fr>"), mail_from=ALICE)
    await settled(stack)
    first = stack.tickets()[0]
    assert first.state == State.AWAITING_IDENTITY and first.identity_verified_at is None
    assert stack.desk.verification_status(first.id or 0)["challenge"]["attempts"] == 0


async def test_the_token_in_a_reply_confirms_the_request(stack: Stack) -> None:
    ack_id = await open_access_request(stack)
    _, token = mailed_code_and_token(stack.sink.messages, ALICE)
    reply = compose(ALICE, "Re: code", f"{token}\n", message_id="<t1@s.fr>", in_reply_to=ack_id)
    await stack.send(reply, mail_from=ALICE)
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.identity_verified_at is not None


# -- (b') only the thread's own mailbox acts on it ----------------------------------------------
async def test_a_reply_from_another_address_quoting_the_thread_enters_no_code(
    stack: Stack,
) -> None:
    # The attacker forged From: alice, so the request's own Message-ID is theirs to quote.
    await open_access_request(stack)
    (ticket,) = stack.tickets()
    code, _ = mailed_code_and_token(stack.sink.messages, ALICE)  # suppose they got it
    raw = compose(
        ATTACKER, "Re: code", f"{code}\n", message_id="<x1@evil.test>", in_reply_to="<a1@s.fr>"
    )
    await stack.send(raw, mail_from=ATTACKER)
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.state == State.AWAITING_IDENTITY
    assert stack.desk.verification_status(ticket.id or 0)["challenge"]["attempts"] == 0
    assert NOT_ACTED_ON in [e.reason for e in stack.events(ticket.id or 0)]

    # Nor does automatic mail, even from her address and answering our message.
    ack_id = our_message(stack, "received", ALICE)
    automatic = compose(
        ALICE,
        "Re: code",
        f"Absent.\n{code}\n",
        message_id="<x6@s.fr>",
        in_reply_to=ack_id,
        headers=(("Auto-Submitted", "auto-replied"),),
    )
    await stack.send(automatic, mail_from=ALICE)
    await settled(stack)
    assert stack.desk.verification_status(ticket.id or 0)["challenge"]["attempts"] == 0


async def test_a_forged_from_with_the_reference_enters_no_code_unless_dmarc_passes(
    stack: Stack,
) -> None:
    await open_access_request(stack)
    (ticket,) = stack.tickets()
    code, _ = mailed_code_and_token(stack.sink.messages, ALICE)
    forged = compose(ALICE, f"Re: [{ticket.reference}]", f"{code}\n", message_id="<x2@evil.test>")
    await stack.send(forged, mail_from=ATTACKER)
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.state == State.AWAITING_IDENTITY
    assert stack.desk.verification_status(ticket.id or 0)["challenge"]["attempts"] == 0

    # Our own MTA found DMARC passing for a mail from another domain: still not Alice's.
    other_domain = compose(
        ALICE,
        f"Re: [{ticket.reference}]",
        f"Le code : {code}\n",
        message_id="<x3@evil.test>",
        headers=(("Authentication-Results", f"{TRUSTED}; dmarc=pass header.from=evil.test"),),
    )
    await stack.send(other_domain, mail_from=ATTACKER)
    await settled(stack)
    assert stack.tickets()[0].identity_verified_at is None

    # The same mail, authenticated by our MTA for Alice's own domain, is hers.
    genuine = compose(
        ALICE,
        f"Re: [{ticket.reference}]",
        f"Voici mon code : {code}\n",  # not the same content, or it is a duplicate
        message_id="<r2@s.fr>",
        headers=(("Authentication-Results", f"{TRUSTED}; dmarc=pass header.from=studi.fr"),),
    )
    await stack.send(genuine, mail_from=ALICE)
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.identity_verified_at is not None


async def test_a_forged_from_with_the_reference_answers_no_staff_question(stack: Stack) -> None:
    await open_access_request(stack)
    (ticket,) = stack.tickets()
    stack.desk.confirm_code(
        ticket.thread_key, mailed_code_and_token(stack.sink.messages, ALICE)[0]
    )
    stack.desk.ask_requester(ticket.id or 0, Decider(name="claire"), "Quelle formation ?")
    forged = compose(
        ALICE, f"Re: [{ticket.reference}]", "Aucune, merci.", message_id="<x5@evil.test>"
    )
    await stack.send(forged, mail_from=ATTACKER)
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.state == State.AWAITING_REQUESTER
    assert NOT_ACTED_ON in [e.reason for e in stack.events(ticket.id or 0)]

    asked = our_message(stack, "information_needed", ALICE)
    answer = compose(
        ALICE, "Re: question", "Licence pro.", message_id="<r5@s.fr>", in_reply_to=asked
    )
    await stack.send(answer, mail_from=ALICE)
    await settled(stack)
    assert stack.tickets()[0].state != State.AWAITING_REQUESTER


async def test_documents_from_another_address_are_not_taken(stack: Stack) -> None:
    lawyer = "maitre.durand@avocats.example"
    first = compose(
        lawyer,
        "Demande",
        "Je suis avocat ; mon client demande l'access à ses données.",
        message_id="<l1@avocats.example>",
    )
    await stack.send(first, mail_from=lawyer)
    await settled(stack)
    stranger = compose(
        ATTACKER,
        "Re: Demande",
        "Voici le mandat.",
        message_id="<x4@evil.test>",
        in_reply_to="<l1@avocats.example>",
        attachments=(("mandat.pdf", "application/pdf", PDF),),
    )
    await stack.send(stranger, mail_from=ATTACKER)
    await settled(stack)
    with session_scope(stack.desk.engine) as session:
        assert session.exec(select(ProofDocument)).all() == []
    (ticket,) = stack.tickets()
    assert ticket.state == State.AWAITING_REQUESTER


async def test_the_token_line_from_the_registered_mailbox_works_past_the_budget(
    stack: Stack,
) -> None:
    desk = stack.desk
    for n in range(2):  # others spent Alice's budget of wrong codes
        result = desk.open_requests(
            mail(desk, f"bot{n}@evil.test", f"access {n}", learner_hint="L001")
        )
        for _ in range(5):
            desk.confirm_code(result.thread_key, "000000")
    await open_access_request(stack)
    code, token = mailed_code_and_token(stack.sink.messages, ALICE)
    code_email = our_message(stack, "verification_code", ALICE, last=True)
    await stack.send(
        compose(ALICE, "Re: code", f"{code}\n", message_id="<r3@s.fr>", in_reply_to=code_email),
        mail_from=ALICE,
    )
    await settled(stack)
    mine = next(t for t in stack.tickets() if t.requester_address == ALICE)
    assert mine.identity_verified_at is None  # no code is taken, not even hers
    await stack.send(
        compose(ALICE, "Re: code", f"{token}\n", message_id="<r4@s.fr>", in_reply_to=code_email),
        mail_from=ALICE,
    )
    await settled(stack)
    mine = next(t for t in stack.tickets() if t.requester_address == ALICE)
    assert mine.identity_verified_at is not None


# -- (c) proof documents as attachments --------------------------------------------------------
async def test_a_third_partys_documents_arrive_as_attachments(stack: Stack) -> None:
    lawyer = "maitre.durand@avocats.example"
    first = compose(
        lawyer,
        "Demande",
        "Je suis avocat ; mon client demande l'access à ses données.",
        message_id="<l1@avocats.example>",
    )
    await stack.send(first, mail_from=lawyer)
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.requester_kind == "lawyer" and ticket.state == State.AWAITING_REQUESTER
    asked = our_message(stack, "proof_needed", lawyer)

    # a document in a format the desk does not take: refused, noted, still waiting
    bad = compose(
        lawyer,
        "Re: pièces",
        "Ci-joint.",
        message_id="<l2@avocats.example>",
        in_reply_to=asked,
        attachments=(("mandat.exe", "application/octet-stream", b"MZ..."),),
    )
    await stack.send(bad, mail_from=lawyer)
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.state == State.AWAITING_REQUESTER
    notes = [e.reason or "" for e in stack.events(ticket.id or 0)]
    assert any(n.startswith("refused proof document") for n in notes)

    good = compose(
        lawyer,
        "Re: pièces",
        "Voici le mandat.",
        message_id="<l3@avocats.example>",
        in_reply_to=asked,
        attachments=(("mandat.pdf", "application/pdf", PDF),),
    )
    await stack.send(good, mail_from=lawyer)
    await settled(stack)
    with session_scope(stack.desk.engine) as session:
        (document,) = session.exec(select(ProofDocument)).all()
    assert (document.filename, document.uploaded_by) == ("mandat.pdf", f"email:{lawyer}")
    assert document.encrypted is not None and PDF not in document.encrypted
    (ticket,) = stack.tickets()
    assert ticket.state == State.AWAITING_APPROVAL  # staff decide, with the document


# -- (d) cancellation by reply -----------------------------------------------------------------
async def test_please_cancel_my_request_in_a_reply_cancels_it(stack: Stack) -> None:
    ack_id = await open_access_request(stack)
    reply = compose(
        ALICE,
        "Re: ma demande",
        "Annulez ma demande, merci.",
        message_id="<c1@s.fr>",
        in_reply_to=ack_id,
    )
    await stack.send(reply, mail_from=ALICE)
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.state == State.CANCELLED


async def test_a_forged_cancellation_is_refused_and_logged(stack: Stack) -> None:
    await open_access_request(stack)
    (ticket,) = stack.tickets()
    # From forged, reference copied from somewhere, but not a reply to anything we sent
    forged = compose(
        ALICE,
        f"Re: [{ticket.reference}]",
        "Please cancel my request.",
        message_id="<f1@evil.test>",
    )
    await stack.send(forged, mail_from=ATTACKER)
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.state == State.AWAITING_IDENTITY
    reasons = [e.reason or "" for e in stack.events(ticket.id or 0)]
    assert NOT_ACTED_ON in reasons  # a note for staff, nothing done


# -- (e) Reply-To is never used ----------------------------------------------------------------
async def test_reply_to_is_never_written_to(stack: Stack) -> None:
    await open_access_request(stack, extra=(("Reply-To", ATTACKER),))
    await wait_for(lambda: bool(stack.sink.messages))
    assert not sent_to(stack, ATTACKER)
    assert all(rcpts == [ALICE] for _, rcpts in stack.sink.envelopes)
