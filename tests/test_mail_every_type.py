"""Every request type, from a mail sent over real SMTP to the completion mail at the relay:
the acknowledgement, the code read from the learner's registered mailbox and sent back in a
reply, the staff decision, and the French completion notice with what it must say."""

from __future__ import annotations

import io
import zipfile
from collections.abc import AsyncIterator
from email.message import EmailMessage

import pytest
from sqlalchemy.engine import Engine

from tests.identity_helpers import ALICE, mailed_code_and_token, people
from tests.test_mail_e2e import Stack, close_stack, make_stack
from tests.test_mail_identity import compose, our_message, sent_to, settled
from workflows.config import Settings
from workflows.desk import Decider
from workflows.lifecycle import State

STAFF = Decider(name="claire")

CASES = [
    ("access", "Voici toutes les données vous concernant", True),
    ("portability", "format structuré", True),
    ("erasure", "Nous avons effacé vos données", False),
    ("rectification", "Nous avons corrigé vos données", False),
    ("restriction", "Nous avons limité l'utilisation de vos données", False),
    ("objection", "nous acceptons votre opposition", False),
    ("marketing_objection", "bloctel.gouv.fr", False),
    ("consent_withdrawal", "Nous avons enregistré le retrait de votre consentement", False),
    ("post_mortem", "Vos directives relatives au sort de vos données", False),
]


def completion_notice(stack: Stack, message: EmailMessage) -> bool:
    """The notice that closes a completed request: sent from a ``completed`` outbox item."""
    return any(
        o.template == "completed" and o.message_id == message["Message-ID"] for o in stack.outbox()
    )


@pytest.fixture
async def stack(engine: Engine, settings: Settings) -> AsyncIterator[Stack]:
    s = await make_stack(engine, settings)
    people(s.desk)
    try:
        yield s
    finally:
        await close_stack(s)


@pytest.mark.parametrize(("label", "phrase", "packaged"), CASES, ids=[c[0] for c in CASES])
async def test_a_request_by_mail_is_carried_out_and_confirmed(
    stack: Stack, label: str, phrase: str, packaged: bool
) -> None:
    request = compose(
        ALICE, "Mes données", f"Bonjour,\n{label} svp.\nAlice", message_id="<q@s.fr>"
    )
    await stack.send(request, mail_from=ALICE)
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.request_type == label and ticket.language == "fr"
    ack = our_message(stack, "received", ALICE)

    if ticket.state == State.AWAITING_IDENTITY:
        code, _ = mailed_code_and_token(stack.sink.messages, ALICE)
        reply = compose(
            ALICE,
            f"Re: [{ticket.reference}]",
            f"Voici le code : {code}",
            message_id="<r@s.fr>",
            in_reply_to=ack,
        )
        await stack.send(reply, mail_from=ALICE)
        await settled(stack)
        (ticket,) = stack.tickets()
    if ticket.state == State.AWAITING_APPROVAL:
        assert ticket.identity_verified_at is not None
        if label == "rectification":
            stack.desk.record_correction(ticket.id, STAFF, {"last_name": "Durand"})  # type: ignore[arg-type]
        stack.desk.approve(ticket.id, STAFF)  # type: ignore[arg-type]
        await settled(stack)
        (ticket,) = stack.tickets()

    assert ticket.state == State.COMPLETED
    done = [m for m in sent_to(stack, ALICE) if completion_notice(stack, m)]
    assert len(done) == 1, [str(m["Subject"]) for m in sent_to(stack, ALICE)]
    completion = done[0]
    assert str(completion["Subject"]).endswith(f"[{ticket.reference}]")
    assert completion["Content-Language"] == "fr"
    body = completion.get_body(("plain",))
    assert body is not None and phrase in body.get_content()
    zips = [p for p in completion.iter_attachments() if p.get_filename("").endswith(".zip")]
    assert bool(zips) is packaged
    if packaged:
        names = zipfile.ZipFile(io.BytesIO(zips[0].get_content())).namelist()
        assert any(n.endswith(".json") for n in names) and any(n.endswith(".csv") for n in names)


async def test_a_parents_request_by_mail_needs_proof_and_staff(stack: Stack) -> None:
    parent = "parent@example.org"
    request = compose(
        parent,
        "Données de mon fils",
        "Bonjour,\nMon fils de 14 ans s'est inscrit sans mon accord : minor_parental erasure.\n",
        message_id="<p@s.fr>",
    )
    await stack.send(request, mail_from=parent)
    await settled(stack)
    tickets = stack.tickets()
    assert [t.request_type for t in tickets] == ["erasure"]  # one request, one ticket
    assert {t.requester_kind for t in tickets} == {"parent"}
    asked = our_message(stack, "proof_needed", parent)

    proof = b"%PDF-1.4\n% livret de famille\n"
    reply = compose(
        parent,
        "Re: justificatifs",
        "Voici le livret de famille.",
        message_id="<p2@s.fr>",
        in_reply_to=asked,
        attachments=(("livret.pdf", "application/pdf", proof),),
    )
    await stack.send(reply, mail_from=parent)
    await settled(stack)
    for ticket in stack.tickets():
        assert ticket.state == State.AWAITING_APPROVAL
        assert [p.filename for p in stack.desk.proofs(ticket.id)]  # type: ignore[arg-type]
        stack.desk.approve(ticket.id, STAFF)  # type: ignore[arg-type]
    await settled(stack)
    assert {t.state for t in stack.tickets()} == {State.COMPLETED}
    done = [m for m in sent_to(stack, parent) if completion_notice(stack, m)]
    assert len(done) == 1  # one request, one answer
    texts = " ".join(m.get_body(("plain",)).get_content() for m in done)  # type: ignore[union-attr]
    assert "données de votre enfant" in texts
