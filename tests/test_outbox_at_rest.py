"""Secrets at rest in the outbox: a delivered verification mail keeps no code or token, a data
package is deleted a short window after delivery, and a retry still sends the whole message."""

from __future__ import annotations

import email
from datetime import timedelta
from email import policy

from sqlalchemy import text

from mail.outbound import FileTransport
from tests.conftest import Clock, outbox
from tests.identity_helpers import ALICE, code_and_token, mail, people
from workflows.desk import Decider, Desk
from workflows.models import OutboxItem, utcnow
from workflows.outbox import Dispatcher, PermanentDeliveryError, TransientDeliveryError
from workflows.requests import RequestType
from workflows.scheduler import tick


def _every_column(desk: Desk) -> list[str]:
    """Every value of every outbox row, as text (what someone reading the table sees)."""
    with desk.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM outbox_item")).all()
    return [str(value) for row in rows for value in row]


def _ask_access(desk: Desk) -> str:
    result = desk.open_requests(
        mail(desk, ALICE, "copie de mes données", labels=(RequestType.ACCESS,))
    )
    return result.thread_key


class Flaky:
    """Fails the first ``failures`` sends (transient), then keeps what it sends."""

    def __init__(self, failures: int = 0, refuse: bool = False) -> None:
        self.failures = failures
        self.refuse = refuse
        self.bodies: list[str] = []

    async def send(self, item: OutboxItem) -> None:
        if self.refuse:
            raise PermanentDeliveryError("550 no such user")
        if self.failures and item.template == "verification_code":
            self.failures -= 1
            raise TransientDeliveryError("relay down", retry_after=0)
        self.bodies.append(item.body_text)


async def test_a_delivered_code_mail_keeps_neither_code_nor_token(desk: Desk) -> None:
    people(desk)
    thread = _ask_access(desk)
    code, token = code_and_token(desk, ALICE)
    secret = token.rsplit("-", 1)[1]
    transport = FileTransport(desk.ctx.settings)
    await Dispatcher(desk.engine, {"email": transport}).dispatch_once()

    (eml,) = [f for f in transport.folder.glob("*.eml") if "code" in f.read_text(errors="replace")]
    delivered = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    body = delivered.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert code in body and token in body  # the learner got them
    columns = _every_column(desk)
    assert not [c for c in columns if code in c or secret in c]
    (item,) = outbox(desk, template="verification_code")
    # what the register and staff need is still there
    assert (item.status, item.channel, item.recipient) == ("sent", "email", ALICE)
    assert item.sent_at is not None and "code" in item.subject and item.message_id
    # and the code still proves the learner (only its keyed hash was ever needed)
    assert desk.confirm_code(thread, code).value == "confirmed"


async def test_a_retry_still_sends_the_code_and_only_delivery_empties_it(desk: Desk) -> None:
    people(desk)
    _ask_access(desk)
    code, _ = code_and_token(desk, ALICE)
    transport = Flaky(failures=1)
    dispatcher = Dispatcher(desk.engine, {"email": transport})
    await dispatcher.dispatch_once()
    (item,) = outbox(desk, template="verification_code")
    assert item.status == "pending" and code in item.body_text  # kept for the retry
    for _ in range(3):
        await dispatcher.dispatch_once()
    (item,) = outbox(desk, template="verification_code")
    assert item.status == "sent" and item.body_text == "" and item.body_html is None
    coded = [b for b in transport.bodies if code in b]
    assert len(coded) == 1  # sent once, in full


async def test_a_refused_code_mail_is_not_kept_readable_either(desk: Desk) -> None:
    people(desk)
    _ask_access(desk)
    code, _ = code_and_token(desk, ALICE)
    await Dispatcher(desk.engine, {"email": Flaky(refuse=True)}).dispatch_once()
    (item,) = outbox(desk, template="verification_code")
    assert item.status == "failed" and "550" in (item.last_error or "")
    assert not [c for c in _every_column(desk) if code in c]


async def test_a_delivered_package_is_deleted_after_the_download_window(
    desk: Desk, clock: Clock
) -> None:
    people(desk)
    thread = _ask_access(desk)
    desk.confirm_code(thread, code_and_token(desk, ALICE)[0])
    (ticket,) = desk.tickets(state=None)
    desk.approve(ticket.id, Decider(name="claire"))  # type: ignore[arg-type]
    (done,) = outbox(desk, template="completed")
    assert done.attachments and done.personal
    await Dispatcher(desk.engine, {"email": FileTransport(desk.ctx.settings)}).dispatch_once()
    (done,) = outbox(desk, template="completed")
    assert done.status == "sent" and done.body_text == ""
    package = done.attachments[0]["data_b64"]

    window = timedelta(hours=desk.ctx.settings.package_window_hours)
    clock.now = utcnow() + window - timedelta(hours=1)
    tick(desk)
    assert outbox(desk, template="completed")[0].attachments  # still within the window
    clock.now = utcnow() + window + timedelta(minutes=1)
    tick(desk)
    (done,) = outbox(desk, template="completed")
    assert done.attachments == [] and done.status == "sent"
    assert not [c for c in _every_column(desk) if package[:200] in c]
