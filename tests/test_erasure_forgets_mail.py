"""An erasure also forgets the learner's mail: the raw messages they sent and the outbox copies
of what we sent them or told staff about them. The register row stays, and later mail in the
thread still finds its ticket instead of opening a new one."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from tests.identity_helpers import ALICE, mailed_code_and_token, people
from tests.test_mail_e2e import Stack, close_stack, make_stack
from tests.test_mail_identity import compose, our_message, settled
from workflows.config import Settings
from workflows.db import session_scope
from workflows.desk import Decider
from workflows.lifecycle import State
from workflows.models import OutboxItem
from workflows.outbox import Dispatcher
from workflows.register import register_rows

#: Words only Alice wrote: they must not survive her erasure anywhere in the mail tables.
HER_WORDS = "Mon conseiller Gaspard"


class StaffChat:
    """The staff chat, as the bot delivers to it."""

    async def send(self, item: OutboxItem) -> None:
        assert item.channel == "staff"


@pytest.fixture
async def stack(engine: Engine, settings: Settings) -> AsyncIterator[Stack]:
    s = await make_stack(engine, settings)
    people(s.desk)
    try:
        yield s
    finally:
        await close_stack(s)


def _cells(stack: Stack, table: str) -> list[str]:
    with stack.desk.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT * FROM {table}")).all()
    cells = []
    for row in rows:
        for value in row:
            raw = bytes(value) if isinstance(value, bytes | memoryview) else None
            cells.append(raw.decode("utf-8", "replace") if raw is not None else str(value))
    return cells


async def test_an_executed_erasure_forgets_her_mail_and_keeps_the_register_row(
    stack: Stack,
) -> None:
    request = compose(
        ALICE,
        "Mes données",
        f"Bonjour,\nerasure svp. {HER_WORDS} m'a appelée trop souvent.\nAlice",
        message_id="<erase-me@s.fr>",
    )
    await stack.send(request, mail_from=ALICE)
    await settled(stack)
    ack = our_message(stack, "received", ALICE)
    code, _ = mailed_code_and_token(stack.sink.messages, ALICE)
    reply = compose(
        ALICE, "Re: code", f"{code}\n{HER_WORDS}", message_id="<c@s.fr>", in_reply_to=ack
    )
    await stack.send(reply, mail_from=ALICE)
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.state == State.AWAITING_APPROVAL
    assert any(HER_WORDS in c for c in _cells(stack, "inbound_message"))
    assert any(HER_WORDS in c for c in _cells(stack, "outbox_item"))  # staff were told
    await Dispatcher(stack.desk.engine, {"staff": StaffChat()}).dispatch_once()

    stack.desk.approve(ticket.id, Decider(name="claire"))  # type: ignore[arg-type]
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.state == State.COMPLETED
    told = [m.get_body(("plain",)) for m in stack.sink.messages if "effacées" in m["Subject"]]
    assert "Nous avons effacé vos données" in told[-1].get_content()  # type: ignore[union-attr]

    inbound = stack.inbound()
    assert len(inbound) == 2 and all(m.raw == b"" and m.sender is None for m in inbound)
    assert not [c for c in _cells(stack, "inbound_message") if HER_WORDS in c or ALICE in c]
    delivered = [o for o in stack.outbox() if o.status == "sent"]
    assert delivered and all(o.body_text == "" and o.body_html is None for o in delivered)
    assert not [c for c in _cells(stack, "outbox_item") if HER_WORDS in c or code in c]
    # everything but the confirmation, sent after the erasure, lost her address too
    to_her = [o.template for o in stack.outbox() if o.recipient == ALICE]
    assert to_her == ["completed"]
    with session_scope(stack.desk.engine) as session:
        (row,) = register_rows(session, stack.desk.ctx.tz)
    assert (row["reference"], row["type"], row["state"]) == (
        ticket.reference,
        "erasure",
        "completed",
    )
    assert stack.desk.verify_audit().ok

    # the same request delivered again, and a reply to our acknowledgement, open nothing new
    await stack.send(request, mail_from=ALICE)
    late = compose(ALICE, "Re: Mes données", "Merci !", message_id="<late@s.fr>", in_reply_to=ack)
    await stack.send(late, mail_from=ALICE)
    await settled(stack)
    assert [t.id for t in stack.tickets()] == [ticket.id]
    assert [m.status for m in stack.inbound()[2:]] == ["duplicate", "attached"]
