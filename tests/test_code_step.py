"""The code step in the core: what a person may write at it, the reminder that brings a fresh
code and the closing date, and the chat's pending step read from the database."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import Clock, outbox
from tests.identity_helpers import ALICE, code_and_token, mail, masked, people
from workflows.desk import Desk
from workflows.identity import ChallengeResult, ResendResult
from workflows.intake import Submission
from workflows.lifecycle import State
from workflows.scheduler import tick
from workflows.textrules import asks_for_new_code, find_code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("603906", "603906"),
        (" 603 906 ", "603906"),
        ("here is the code 603906", "603906"),
        ("Voici le code : 603906, merci", "603906"),
        ("DSR-2026-603906", None),
        ("1234567", None),
        ("bonjour", None),
    ],
)
def test_a_code_is_found_in_what_people_write(text: str, code: str | None) -> None:
    assert find_code(text) == code


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("I didn't get a code", True),
        ("I did not receive the email", True),
        ("new code please", True),
        ("Je n'ai pas reçu le code", True),
        ("je n'ai rien reçu comme code", True),
        ("nouveau code", True),
        ("pouvez-vous renvoyer le code ?", True),
        ("Toujours rien reçu concernant ma demande de portabilité", False),
        ("merci pour le code", False),
        ("please delete my data", False),
    ],
)
def test_i_didnt_get_a_code_is_understood(text: str, asks: bool) -> None:
    assert asks_for_new_code(text) is asks


def test_the_reminder_brings_a_fresh_code_and_the_closing_date(desk: Desk, clock: Clock) -> None:
    people(desk)
    result = desk.open_requests(mail(desk, ALICE, "access à mes données"))
    first, _ = code_and_token(desk, ALICE)
    clock.now += timedelta(days=3, minutes=1)
    tick(desk)
    (reminder,) = outbox(desk, template="reminder")
    assert "nous venons d'envoyer un nouveau code" in reminder.body_text
    assert "Ce que vous devez faire" in reminder.body_text
    # received on 10 March 2026 at 9:30 UTC; closed 21 days later
    assert "Sans vérification avant le 31 mars 2026, nous clôturerons la demande" in (
        reminder.body_text
    )
    assert len(outbox(desk, template="verification_code", recipient=ALICE)) == 2
    fresh, _ = code_and_token(desk, ALICE)
    assert desk.confirm_code(result.thread_key, first) is ChallengeResult.WRONG  # replaced
    assert desk.confirm_code(result.thread_key, fresh) is ChallengeResult.CONFIRMED


def test_the_reminder_keeps_to_the_send_limits(desk: Desk, clock: Clock) -> None:
    people(desk)
    result = desk.open_requests(mail(desk, ALICE, "access à mes données"))
    clock.now += timedelta(days=3)
    # three codes asked for within the hour before the reminder: no fourth one
    assert desk.resend_code(result.thread_key) is ResendResult.ACCEPTED
    assert desk.resend_code(result.thread_key) is ResendResult.ACCEPTED
    assert desk.resend_code(result.thread_key) is ResendResult.ACCEPTED
    clock.now += timedelta(minutes=30)
    tick(desk)
    (reminder,) = outbox(desk, template="reminder")
    assert "nouveau code" in reminder.body_text and "venons d'envoyer" not in reminder.body_text
    assert len(outbox(desk, template="verification_code", recipient=ALICE)) == 4


def test_a_reminder_reads_the_same_for_an_address_that_is_no_learner(
    desk: Desk, clock: Clock
) -> None:
    people(desk)
    desk.open_requests(mail(desk, ALICE, "access à mes données"))
    desk.open_requests(mail(desk, "stranger@example.org", "access à mes données"))
    clock.now += timedelta(days=3, minutes=1)
    tick(desk)
    texts = [masked(r.body_text) for r in outbox(desk, template="reminder")]
    assert len(texts) == 2 and texts[0] == texts[1]


def _chat_request(desk: Desk, chat_id: int, hint: str, language: str = "fr") -> str:
    result = desk.open_requests(
        Submission(
            channel="telegram",
            requester_address=str(chat_id),
            received_at=desk.ctx.now(),
            text="access",
            language=language,
            telegram_chat_id=chat_id,
            learner_hint=hint,
        )
    )
    return result.thread_key


def test_the_pending_code_step_of_a_chat_comes_from_the_database(desk: Desk) -> None:
    people(desk)
    assert desk.pending_code(777) is None
    thread_key = _chat_request(desk, 777, "L001")
    pending = desk.pending_code(777)
    assert pending is not None and pending.thread_key == thread_key
    assert pending.language == "fr" and pending.references[0].startswith("DSR-")
    assert desk.pending_code(778) is None  # another chat has no step
    code, _ = code_and_token(desk, ALICE)
    assert desk.confirm_code(thread_key, code, telegram_chat_id=777) is ChallengeResult.CONFIRMED
    assert desk.pending_code(777) is None


def test_use_my_learner_number_instead(desk: Desk) -> None:
    people(desk)
    thread_key = _chat_request(desk, 779, "nobody@example.org")
    assert outbox(desk, template="verification_code") == []  # no learner: no code left
    assert desk.reidentify(779, "L001") is ResendResult.ACCEPTED
    assert desk.reidentify(780, "L001") is ResendResult.NOTHING_TO_VERIFY  # not this chat's
    code, _ = code_and_token(desk, ALICE)
    assert desk.confirm_code(thread_key, code, telegram_chat_id=779) is ChallengeResult.CONFIRMED
    (ticket,) = [t for t in desk.tickets() if t.thread_key == thread_key]
    assert ticket.state != State.AWAITING_IDENTITY and ticket.identity_verified_at is not None
