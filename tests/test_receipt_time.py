"""The legal month runs from when the desk received a message, however late it is taken in."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.engine import Engine
from sqlmodel import select

from mail.imap import ImapPoller, InMemoryCursorStore
from mail.intake import MailIntake
from tests.conftest import Clock
from tests.imap_server import DovecotServer
from tests.test_mail_e2e import DPO, FRENCH, mail
from tests.test_mail_imap import settings_for
from workflows.db import session_scope
from workflows.deadlines import due_date
from workflows.desk import Desk
from workflows.models import InboundMessage, Ticket


def only_ticket(engine: Engine) -> Ticket:
    with session_scope(engine) as session:
        (ticket,) = session.exec(select(Ticket)).all()
        return ticket


async def test_imap_mail_taken_in_late_keeps_its_internaldate(
    engine: Engine, desk: Desk, clock: Clock, dovecot: DovecotServer
) -> None:
    """A backlog (the desk was down for ten days) never shortens the legal month: the ticket is
    received when the mailbox received the message (its INTERNALDATE), not when it is polled."""
    delivered = datetime(2026, 1, 31, 16, 45, tzinfo=UTC)
    with dovecot.client() as client:
        client.append("INBOX", mail("Mes données", FRENCH), msg_time=delivered)
    clock.now = datetime(2026, 2, 10, 8, 0, tzinfo=UTC)
    intake = MailIntake(desk)
    poller = ImapPoller(settings_for(dovecot), InMemoryCursorStore(), intake.handle_imap)
    assert await poller.poll_once() == 1

    ticket = only_ticket(engine)
    assert ticket.received_at == delivered
    assert ticket.due_at == due_date(delivered)  # end of 28 February, not of 10 March
    assert ticket.due_at.astimezone(desk.ctx.tz).date().isoformat() == "2026-02-28"
    with session_scope(engine) as session:
        (row,) = session.exec(select(InboundMessage)).all()
        assert row.received_at == delivered


async def test_smtp_mail_is_received_when_the_listener_takes_it(
    engine: Engine, desk: Desk, clock: Clock
) -> None:
    """SMTP mail takes the desk's clock at reception, whenever the group commit writes it."""
    clock.now = datetime(2026, 1, 31, 22, 59, tzinfo=UTC)  # 23:59 in Paris, the 31st
    intake = MailIntake(desk)
    await intake.store_smtp(mail("Mes données", FRENCH), "camille@exemple.fr", [DPO])
    clock.now = datetime(2026, 2, 3, 9, 0, tzinfo=UTC)  # processing ran days later
    await intake.process(await intake.queue.get())

    ticket = only_ticket(engine)
    assert ticket.received_at == datetime(2026, 1, 31, 22, 59, tzinfo=UTC)
    assert ticket.due_at.astimezone(desk.ctx.tz).date().isoformat() == "2026-02-28"


async def test_a_mailbox_date_in_the_future_is_not_believed(
    engine: Engine, desk: Desk, clock: Clock, dovecot: DovecotServer
) -> None:
    """A clock-skewed or forged INTERNALDATE after now cannot lengthen the desk's month."""
    with dovecot.client() as client:
        client.append(
            "INBOX", mail("Mes données", FRENCH), msg_time=datetime(2030, 1, 1, tzinfo=UTC)
        )
    intake = MailIntake(desk)
    poller = ImapPoller(settings_for(dovecot), InMemoryCursorStore(), intake.handle_imap)
    assert await poller.poll_once() == 1
    assert only_ticket(engine).received_at <= datetime.now(UTC)
