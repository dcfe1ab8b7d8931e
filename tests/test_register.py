"""The register of requests shows what art. 5(2) accountability asks: the extension and its
notice, the decision, how identity was established, when the answer went out and whether on
time, what an erasure kept."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import Clock
from tests.test_fulfilment import STAFF, T, _submit, _verified, populate
from workflows.desk import Desk
from workflows.lifecycle import ExtensionCause, RejectionReason
from workflows.models import OutboxItem
from workflows.outbox import Dispatcher
from workflows.register import COLUMNS, export_csv


class Accepting:
    """A transport that takes every message."""

    async def send(self, item: OutboxItem) -> None:
        return None


async def _dispatch(desk: Desk) -> None:
    transport = Accepting()
    dispatcher = Dispatcher(
        desk.engine, {"email": transport, "staff": transport, "telegram": transport}
    )
    while await dispatcher.dispatch_once():
        pass


def _register(desk: Desk) -> dict[str, dict[str, str]]:
    out = io.StringIO()
    desk.run(lambda s: export_csv(s, desk.ctx.tz, out))
    return {row["reference"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}


@pytest.fixture
def people(desk: Desk, clock: Clock) -> Desk:
    clock.now = datetime.now(UTC)  # the dispatcher stamps deliveries with the real time
    return populate(desk)


async def test_the_register_shows_extension_decision_identity_answer_and_what_was_kept(
    people: Desk, clock: Clock
) -> None:
    desk = people
    result = _submit(desk, "alice@example.fr", (T.ERASURE,))
    _verified(desk, result, "alice@example.fr")
    ticket = result.tickets[0]
    assert ticket.id is not None
    desk.extend(ticket.id, STAFF, "several databases to search", ExtensionCause.COMPLEXITY)
    await _dispatch(desk)
    desk.approve(ticket.id, STAFF)
    await _dispatch(desk)

    today = datetime.now(UTC).astimezone(desk.ctx.tz).date().isoformat()
    row = _register(desk)[str(ticket.reference)]
    assert row["extension_cause"] == "complexity"
    assert row["extension_reason"] == "several databases to search"
    assert row["extension_notice_sent"] == today
    assert row["identity_method"] == "code" and row["identity_verified"] == today
    assert row["answer_sent"] == today and row["on_time"] == "yes"
    assert "kept training_history until " in row["partial_outcome"]
    assert "kept certification_exams until " in row["partial_outcome"]
    # not recorded by the desk yet (art. 19): the column is there, empty
    assert row["recipients_notified"] == ""


async def test_a_late_refusal_is_not_on_time_and_keeps_its_written_reason(
    people: Desk, clock: Clock
) -> None:
    desk = people
    clock.now = datetime.now(UTC) - timedelta(days=40)  # received 40 days ago: overdue now
    late = _submit(desk, "bob@example.com", (T.OBJECTION,), language="en").tickets[0]
    waiting = _submit(desk, "nobody@example.org", (T.ACCESS,)).tickets[0]
    clock.now = datetime.now(UTC)
    assert late.id is not None
    desk.reject(late.id, STAFF, RejectionReason.MANIFESTLY_UNFOUNDED, "the same request every day")
    await _dispatch(desk)

    rows = _register(desk)
    row = rows[str(late.reference)]
    assert row["decision_text"] == "the same request every day"
    assert row["answer_sent"] and row["on_time"] == "no"
    assert row["identity_method"] == "" and row["identity_verified"] == ""
    # still open past its due date: late already, though not answered
    assert rows[str(waiting.reference)]["on_time"] == "no"
    assert rows[str(waiting.reference)]["answer_sent"] == ""


def test_the_register_columns_are_documented() -> None:
    from pathlib import Path

    doc = (Path(__file__).parent.parent / "docs" / "retention.md").read_text()
    for column in COLUMNS:
        assert f"`{column}`" in doc, column
