"""Guessing codes is bounded for good: a failure budget per learner and per requester across
every challenge, thread and channel, codes that were never sent are void, and concurrent
guesses each count (run on PostgreSQL with ``PRIVACY_DESK_TEST_DATABASE_URL``)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlmodel import func, select

from tests.conftest import Clock, outbox
from tests.identity_helpers import (
    ALICE,
    assert_delivery_policy,
    code_and_token,
    mail,
    other_code,
    people,
)
from workflows import identity
from workflows.db import session_scope
from workflows.desk import Desk
from workflows.identity import ChallengeResult
from workflows.intake import Submission
from workflows.lifecycle import State
from workflows.models import Ticket, VerificationChallenge, VerificationFailure
from workflows.scheduler import tick

WRONG, LOCKED = ChallengeResult.WRONG, ChallengeResult.LOCKED


@pytest.fixture
def desk_with_people(desk: Desk) -> Desk:
    return people(desk)


def _state(desk: Desk, ticket: Ticket) -> State:
    assert ticket.id is not None
    return State(desk.ticket(ticket.id)[0].state)


def _guess(desk: Desk, thread_key: str, code: str, times: int = 5) -> list[ChallengeResult]:
    return [desk.confirm_code(thread_key, code) for _ in range(times)]


def test_thirty_wrong_codes_over_six_threads_never_reach_the_right_one(
    desk_with_people: Desk, clock: Clock
) -> None:
    desk = desk_with_people
    budget = desk.ctx.settings.verification_max_failures_per_day
    assert budget == 10
    guessers = [f"bot{n}@evil.test" for n in range(7)]
    for sender in guessers[:6]:  # six threads, each naming Alice, five wrong codes each
        thread = desk.open_requests(mail(desk, sender, f"access {sender}", learner_hint="L001"))
        code, _ = code_and_token(desk, ALICE)
        assert _guess(desk, thread.thread_key, other_code(code)) == [WRONG] * 4 + [LOCKED]
        clock.now += timedelta(minutes=25)  # within the hourly send limit of her inbox

    last = desk.open_requests(mail(desk, guessers[6], "access, last try", learner_hint="L001"))
    code, token = code_and_token(desk, ALICE)
    assert desk.confirm_code(last.thread_key, code) is WRONG  # even the right code
    assert _state(desk, last.tickets[0]) == State.AWAITING_IDENTITY

    # Told once each: the learner at her registered address, staff in their chat.
    (paused,) = outbox(desk, template="verification_paused")
    assert paused.recipient == ALICE and paused.personal and paused.language == "fr"
    assert f"{budget} codes de vérification erronés" in paused.body_text
    assert "PDV-" in paused.body_text and "notre équipe a été prévenue" in paused.body_text
    (alert,) = outbox(desk, template="staff_verification_budget")
    assert alert.recipient == "-100123" and "L001" in alert.subject
    assert "10 codes de vérification erronés en 24 heures, depuis 2 demandeur(s)" in (
        alert.body_text
    )

    # The token line, which only her mailbox received, still works.
    assert desk.confirm_token(token) is ChallengeResult.CONFIRMED
    assert _state(desk, last.tickets[0]) != State.AWAITING_IDENTITY
    assert_delivery_policy(desk, *guessers)


def test_codes_work_again_once_the_day_has_passed(desk_with_people: Desk, clock: Clock) -> None:
    desk = desk_with_people
    for n in range(2):
        thread = desk.open_requests(
            mail(desk, f"bot{n}@evil.test", f"access {n}", learner_hint="L001")
        )
        _guess(desk, thread.thread_key, other_code(code_and_token(desk, ALICE)[0]))
    clock.now += timedelta(hours=23)
    early = desk.open_requests(mail(desk, ALICE, "access à mes données"))
    assert desk.confirm_code(early.thread_key, code_and_token(desk, ALICE)[0]) is WRONG

    clock.now += timedelta(hours=1, minutes=1)  # the ten failures are more than a day old
    again = desk.open_requests(mail(desk, ALICE, "portability de mes données"))
    code, _ = code_and_token(desk, ALICE)
    assert desk.confirm_code(again.thread_key, code) is ChallengeResult.CONFIRMED
    assert len(outbox(desk, template="verification_paused")) == 1
    # The scheduler forgets the failures the budget no longer counts (they name who typed).
    tick(desk)
    with session_scope(desk.engine) as session:
        kept = session.exec(select(VerificationFailure)).all()
    assert [f.requester_address for f in kept] == [f"email:{ALICE}"]


def test_guessing_that_keeps_the_budget_spent_tells_the_learner_once_a_day(
    desk_with_people: Desk, clock: Clock
) -> None:
    desk = desk_with_people
    pace = timedelta(hours=2, minutes=30)  # ten wrong codes in every 24 h from the 10th on

    def guess(n: int) -> None:
        thread = desk.open_requests(
            mail(desk, f"bot{n}@evil.test", f"access {n}", learner_hint="L001")
        )
        assert desk.confirm_code(thread.thread_key, "000000") is WRONG
        clock.now += pace

    for n in range(19):  # 45 hours: the day's count is back at the budget after every guess
        guess(n)
    assert len(outbox(desk, template="verification_paused")) == 1
    assert len(outbox(desk, template="staff_verification_budget")) == 1
    guess(19)  # a day after the first notice: a second one
    assert len(outbox(desk, template="verification_paused")) == 2


def test_one_requester_spends_its_own_budget_whoever_it_names(desk_with_people: Desk) -> None:
    desk = desk_with_people
    attacker = "attacker@evil.test"
    for n in range(2):  # ten wrong codes on numbers that match nobody
        thread = desk.open_requests(mail(desk, attacker, f"access {n}", learner_hint="L999"))
        assert _guess(desk, thread.thread_key, "123456") == [WRONG] * 4 + [LOCKED]
    bob = desk.open_requests(mail(desk, attacker, "erasure please", learner_hint="L002"))
    code, _token = code_and_token(desk, "bob@example.com")
    assert desk.confirm_code(bob.thread_key, code) is WRONG
    assert _state(desk, bob.tickets[0]) == State.AWAITING_IDENTITY
    # Bob's own budget is untouched: nobody tells him, and his own thread still works.
    assert not outbox(desk, template="verification_paused")
    own = desk.open_requests(mail(desk, "bob@example.com", "erasure please, it is me"))
    code, _ = code_and_token(desk, "bob@example.com")
    assert desk.confirm_code(own.thread_key, code) is ChallengeResult.CONFIRMED
    assert_delivery_policy(desk, attacker)


def test_answers_read_the_same_whether_or_not_a_learner_matched(
    desk_with_people: Desk, clock: Clock
) -> None:
    desk = desk_with_people
    for n in range(2):  # others already spent Alice's budget
        thread = desk.open_requests(
            mail(desk, f"bot{n}@evil.test", f"access {n}", learner_hint="L001")
        )
        _guess(desk, thread.thread_key, other_code(code_and_token(desk, ALICE)[0]))
    clock.now += timedelta(minutes=30)
    named = desk.open_requests(mail(desk, "a@evil.test", "access", learner_hint="L001"))
    nobody = desk.open_requests(mail(desk, "b@evil.test", "access", learner_hint="L999"))
    right, _ = code_and_token(desk, ALICE)
    answers_named = [
        desk.confirm_code(named.thread_key, right),
        *_guess(desk, named.thread_key, "123456", 4),
    ]
    answers_nobody = _guess(desk, nobody.thread_key, right, 5)
    assert answers_named == answers_nobody == [WRONG] * 4 + [LOCKED]
    seen = {
        sender: [i.template for i in outbox(desk) if i.recipient == sender]
        for sender in ("a@evil.test", "b@evil.test")
    }
    assert seen["a@evil.test"] == seen["b@evil.test"] == ["received"]
    assert_delivery_policy(desk, "a@evil.test", "b@evil.test")


def test_a_code_held_back_by_the_send_limits_never_confirms(
    desk_with_people: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = desk_with_people
    monkeypatch.setattr(identity, "_new_code", lambda: "424242")
    monkeypatch.setattr(identity.secrets, "token_hex", lambda n: "ab" * n)
    limit = desk.ctx.settings.verification_max_sends_per_hour
    for n in range(limit):
        desk.open_requests(mail(desk, f"bot{n}@evil.test", f"access {n}", learner_hint="L001"))
    held = desk.open_requests(mail(desk, "late@evil.test", "access", learner_hint="L001"))
    assert len(outbox(desk, template="verification_code")) == limit
    with session_scope(desk.engine) as session:
        challenge = session.exec(
            select(VerificationChallenge).where(
                VerificationChallenge.thread_key == held.thread_key
            )
        ).one()
    assert not challenge.sent
    assert desk.confirm_code(held.thread_key, "424242") is WRONG  # the right code, never sent
    assert desk.confirm_token(f"PDV-{challenge.id}-{'ab' * 20}") is WRONG
    assert _state(desk, held.tickets[0]) == State.AWAITING_IDENTITY


@pytest.mark.parametrize("max_attempts", [5, 100])
def test_concurrent_guesses_from_one_chat_each_count(
    desk_with_people: Desk, monkeypatch: pytest.MonkeyPatch, max_attempts: int
) -> None:
    """Twelve guesses at once. On PostgreSQL they meet after reading the challenge and before
    counting (a read-modify-write would lose all but one); SQLite runs them one at a time."""
    desk = desk_with_people
    desk.ctx.settings = desk.ctx.settings.model_copy(
        update={
            "verification_max_attempts": max_attempts,
            "verification_max_failures_per_day": 100,
        }
    )
    burst = 12
    thread = desk.open_requests(
        Submission(
            channel="telegram",
            requester_address="555",
            received_at=desk.ctx.now(),
            text="access",
            telegram_chat_id=555,
            learner_hint="L001",
        )
    )
    wrong = other_code(code_and_token(desk, ALICE)[0])
    together = threading.Barrier(burst if desk.engine.dialect.name != "sqlite" else 1, timeout=30)
    real = identity.code_matches

    def meeting(key: bytes, code: str, stored: str) -> bool:
        together.wait()
        return real(key, code, stored)

    monkeypatch.setattr(identity, "code_matches", meeting)
    with ThreadPoolExecutor(burst) as pool:
        answers = list(
            pool.map(
                lambda _: desk.confirm_code(thread.thread_key, wrong, telegram_chat_id=555),
                range(burst),
            )
        )
    counted = min(burst, max_attempts)
    with session_scope(desk.engine) as session:
        challenge = session.exec(
            select(VerificationChallenge).where(
                VerificationChallenge.thread_key == thread.thread_key
            )
        ).one()
        failures = session.exec(select(func.count()).select_from(VerificationFailure)).one()
    assert challenge.attempts == failures == counted
    assert answers.count(WRONG) == min(burst, max_attempts - 1)
    assert answers.count(LOCKED) == burst - answers.count(WRONG)
    assert len(outbox(desk, template="staff_verification_locked")) == (
        1 if max_attempts <= burst else 0
    )
