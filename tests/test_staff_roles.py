"""Roles live in the core: an agent reads, asks, corrects; only a DPO approves, rejects,
extends and opens proofs, whichever channel asks (web, Telegram or the command line)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from tests.test_fulfilment import LEARNERS, _submit, _verified
from workflows.desk import Decider, Desk
from workflows.learners import import_learners
from workflows.lifecycle import ExtensionCause, RejectionReason, State
from workflows.models import StaffMember, TicketEvent
from workflows.requests import RequestType as T
from workflows.staff import (
    MAX_FAILED_LOGINS,
    LoginResult,
    NotAllowed,
    Role,
    add_staff,
    authenticate,
    set_password,
)

PASSWORD = "correct horse battery"


@pytest.fixture
def team(desk: Desk) -> Desk:
    import io

    desk.run(lambda s: import_learners(s, io.StringIO(LEARNERS)))
    desk.run(lambda s: add_staff(s, "claire", email="claire@studi.fr", role=Role.DPO))
    desk.run(lambda s: add_staff(s, "alex", email="alex@studi.fr", role=Role.AGENT))
    return desk


def _awaiting_erasure(desk: Desk) -> int:
    result = _submit(desk, "alice@example.fr", (T.ERASURE,))
    _verified(desk, result, "alice@example.fr")
    ticket_id = result.tickets[0].id
    assert ticket_id is not None
    assert desk.ticket(ticket_id)[0].state == State.AWAITING_APPROVAL
    return ticket_id


@pytest.mark.parametrize(
    "decide",
    [
        lambda d, t, w: d.approve(t, w),
        lambda d, t, w: d.reject(t, w, RejectionReason.MANIFESTLY_UNFOUNDED),
        lambda d, t, w: d.extend(t, w, "many systems to search", ExtensionCause.COMPLEXITY),
    ],
    ids=["approve", "reject", "extend"],
)
def test_an_agent_cannot_decide_and_the_refusal_is_logged(team: Desk, decide) -> None:  # type: ignore[no-untyped-def]
    ticket_id = _awaiting_erasure(team)
    with pytest.raises(NotAllowed):
        decide(team, ticket_id, Decider(name="alex"))
    ticket, events = team.ticket(ticket_id)
    assert ticket.state == State.AWAITING_APPROVAL and ticket.extended_due_at is None
    assert events[-1].actor == "alex"
    assert "by staff whose role does not allow it" in (events[-1].reason or "")


def test_an_agent_asks_the_requester_and_corrects(team: Desk) -> None:
    ticket_id = _awaiting_erasure(team)
    team.record_correction(ticket_id, Decider(name="alex"), {"last_name": "Martin-Dupont"})
    ticket = team.ask_requester(ticket_id, Decider(name="alex"), "Which account?")
    assert ticket.state == State.AWAITING_REQUESTER


def test_a_dpo_approves(team: Desk) -> None:
    ticket_id = _awaiting_erasure(team)
    assert team.approve(ticket_id, Decider(name="claire")).state == State.COMPLETED


def test_staff_added_without_a_role_are_dpo_as_before(desk: Desk) -> None:
    member = desk.run(lambda s: add_staff(s, "old-timer"))
    assert member.role == Role.DPO


def test_a_password_is_kept_as_an_argon2id_hash_only(team: Desk) -> None:
    team.run(lambda s: set_password(s, "alex", PASSWORD))
    stored = team.run(
        lambda s: s.exec(select(StaffMember).where(StaffMember.name == "alex")).one()
    )
    assert stored.password_hash is not None
    assert stored.password_hash.startswith("$argon2id$") and PASSWORD not in stored.password_hash
    with pytest.raises(ValueError, match="at least"):
        team.run(lambda s: set_password(s, "alex", "short"))


def test_sign_in_by_name_or_email(team: Desk) -> None:
    team.run(lambda s: set_password(s, "alex", PASSWORD))
    now = team.ctx.now()
    for login in ("alex", "Alex@Studi.fr"):
        result, member = team.run(lambda s, x=login: authenticate(s, x, PASSWORD, now=now))
        assert result is LoginResult.OK and member is not None and member.name == "alex"
    assert team.run(lambda s: authenticate(s, "nobody", PASSWORD, now=now))[0] is (
        LoginResult.WRONG
    )


def test_five_wrong_passwords_lock_even_the_right_one_out_then_it_opens_again(
    team: Desk,
) -> None:
    team.run(lambda s: set_password(s, "alex", PASSWORD))
    now = team.ctx.now()
    results = [
        team.run(lambda s: authenticate(s, "alex", "guess", now=now))[0]
        for _ in range(MAX_FAILED_LOGINS)
    ]
    assert results == [LoginResult.WRONG] * (MAX_FAILED_LOGINS - 1) + [LoginResult.LOCKED]
    assert team.run(lambda s: authenticate(s, "alex", PASSWORD, now=now))[0] is (
        LoginResult.LOCKED
    )
    later = now + timedelta(minutes=16)
    assert team.run(lambda s: authenticate(s, "alex", PASSWORD, now=later))[0] is (LoginResult.OK)
    notes = team.run(lambda s: list(s.exec(select(TicketEvent.reason))))
    assert any("locked after 5 wrong passwords" in (n or "") for n in notes)


def test_with_the_second_factor_on_the_password_alone_is_not_enough(team: Desk) -> None:
    import pyotp

    from workflows.staff import disable_totp, enable_totp

    team.run(lambda s: set_password(s, "alex", PASSWORD))
    uri = team.run(lambda s: enable_totp(s, "alex"))
    assert uri.startswith("otpauth://totp/") and "Privacy%20Desk" in uri
    secret = pyotp.parse_uri(uri).secret
    now = team.ctx.now()
    code = pyotp.TOTP(secret).at(now)
    wrong = "000000" if code != "000000" else "111111"

    def attempt(c: str) -> LoginResult:
        return team.run(lambda s: authenticate(s, "alex", PASSWORD, now=now, code=c))[0]

    assert attempt("") is LoginResult.WRONG
    assert attempt(wrong) is LoginResult.WRONG
    assert attempt(code) is LoginResult.OK
    assert team.run(lambda s: authenticate(s, "alex", "nope", now=now, code=code))[0] is (
        LoginResult.WRONG
    )
    team.run(lambda s: disable_totp(s, "alex"))
    assert attempt("") is LoginResult.OK
