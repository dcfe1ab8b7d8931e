"""The outbox dispatcher: retries while a peer is down, never sends an item twice."""

from __future__ import annotations

import asyncio
import email
from datetime import timedelta
from email import policy

from mail.outbound import FileTransport
from tests.conftest import outbox
from workflows.delivery import Route
from workflows.desk import Desk
from workflows.models import OutboxItem, utcnow
from workflows.outbox import Dispatcher, TransientDeliveryError, enqueue


class FlakyTransport:
    """Fails the first ``failures`` sends, then records what it sends."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.sent: list[int] = []

    async def send(self, item: OutboxItem) -> None:
        if self.failures:
            self.failures -= 1
            raise TransientDeliveryError("relay down", retry_after=0)
        assert item.id is not None
        self.sent.append(item.id)


class FloodedTransport:
    """A peer whose flood limit ``flooded`` reached: it asks to wait ``retry_after`` seconds."""

    def __init__(self, flooded: str, retry_after: float) -> None:
        self.flooded, self.retry_after = flooded, retry_after
        self.tried: list[str] = []

    async def send(self, item: OutboxItem) -> None:
        self.tried.append(item.recipient)
        if item.recipient == self.flooded:
            raise TransientDeliveryError("429 Too Many Requests", retry_after=self.retry_after)


def _queue(desk: Desk, n: int, recipients: list[str] | None = None) -> None:
    def work(session):  # type: ignore[no-untyped-def]
        for recipient in recipients or [f"p{i}@example.org" for i in range(n)]:
            enqueue(
                session,
                desk.ctx.renderer,
                route=Route("email", recipient, verified=False),
                template="staff_digest",
                language="fr",
                context={"entries": [], "now": desk.ctx.now()},
                mail_domain="studi.fr",
            )

    desk.run(work)


async def test_retries_until_the_peer_is_back_and_never_twice(desk: Desk) -> None:
    _queue(desk, 3)
    transport = FlakyTransport(failures=2)
    dispatcher = Dispatcher(desk.engine, {"email": transport})
    for _ in range(6):
        await dispatcher.dispatch_once()
    assert sorted(transport.sent) == [i.id for i in outbox(desk)]
    assert {i.status for i in outbox(desk)} == {"sent"}
    assert await dispatcher.dispatch_once() == 0
    assert [i.attempts for i in outbox(desk)] == [2, 2, 1]


async def test_a_flood_limit_holds_back_only_that_recipient(desk: Desk) -> None:
    """A peer's "retry after" for one recipient postpones that recipient's items, claimed in
    the same batch or still queued, without spending their attempts; others keep going."""
    staff, learner = "staff@studi.fr", "learner@example.org"
    _queue(desk, 4, [staff, staff, staff, learner])
    transport = FloodedTransport(staff, retry_after=30)
    dispatcher = Dispatcher(desk.engine, {"email": transport}, batch=2)
    await dispatcher.dispatch_once()  # claims two staff items; the first one meets the limit
    await dispatcher.dispatch_once()  # the learner's item is not behind the flooded chat
    assert transport.tried == [staff, learner]
    first, second, third, theirs = outbox(desk)
    assert theirs.status == "sent"
    assert [i.status for i in (first, second, third)] == ["pending"] * 3
    assert [i.attempts for i in (first, second, third)] == [1, 0, 0]
    later = utcnow() + timedelta(seconds=25)
    assert all(i.next_attempt_at >= later for i in (first, second, third))
    assert await dispatcher.dispatch_once() == 0


async def test_items_of_a_channel_without_transport_wait(desk: Desk) -> None:
    _queue(desk, 1)
    dispatcher = Dispatcher(desk.engine, {"telegram": FlakyTransport(0)})
    assert await dispatcher.dispatch_once() == 0
    assert outbox(desk)[0].status == "pending"


async def test_file_transport_writes_a_threaded_automatic_message(desk: Desk) -> None:
    from workflows.intake import Submission
    from workflows.requests import RequestType

    desk.open_requests(
        Submission(
            channel="email",
            requester_address="someone@example.org",
            received_at=desk.ctx.now(),
            text="stop",
            labels=(RequestType.MARKETING_OBJECTION,),
            message_id="<original@example.org>",
        )
    )
    transport = FileTransport(desk.ctx.settings)
    await Dispatcher(desk.engine, {"email": transport}).dispatch_once()
    files = sorted(transport.folder.glob("*.eml"))
    assert len(files) == 2
    message = email.message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert message["To"] == "someone@example.org"
    assert message["In-Reply-To"] == "<original@example.org>"
    assert message["Auto-Submitted"] == "auto-replied"
    assert message["Message-ID"].endswith("@studi.fr>")
    assert "DSR-2026-" in message["Subject"]
    assert message.get_body(("plain",)) is not None and message.get_body(("html",)) is not None


def test_the_sender_name_is_the_group_in_the_readers_language() -> None:
    """The From display name says who writes, as a learner knows us, in their language."""
    from email.utils import parseaddr

    from mail.outbound import build_message
    from workflows.config import Settings

    settings = Settings(_env_file=None, dpo_address="privacy@example.org")  # type: ignore[call-arg]
    names = {}
    for language in ("fr", "en"):
        item = OutboxItem(
            channel="email",
            recipient="a@example.org",
            template="received",
            language=language,
            subject="s",
            body_text="t",
        )
        message = email.message_from_bytes(
            build_message(item, settings).as_bytes(), policy=policy.default
        )
        names[language], address = parseaddr(str(message["From"]))
        assert address == "privacy@example.org"
    assert names == {
        "fr": "Groupe Studi – Protection des données",
        "en": "Groupe Studi – Data Protection",
    }


async def test_a_wakeup_during_a_claim_that_found_nothing_is_not_lost(desk: Desk) -> None:
    """An item committed just after a claim looked: its wake-up makes the next claim start at
    once, instead of the dispatcher sleeping its interval with the item due."""
    dispatcher = Dispatcher(desk.engine, {}, interval=3600)
    claims = 0
    stop = asyncio.Event()

    async def claim() -> int:
        nonlocal claims
        claims += 1
        if claims == 1:
            dispatcher.wakeup.set()  # the decision commits while this claim finds nothing
        else:
            stop.set()
        return 0

    dispatcher.dispatch_once = claim  # type: ignore[method-assign]
    await asyncio.wait_for(dispatcher.run(stop), 30)  # with the interval: an hour
    assert claims == 2
