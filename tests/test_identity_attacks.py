"""The attacker's scenarios of DESIGN §4: each test plays an impostor and checks what leaks.

Every scenario ends with :func:`assert_delivery_policy`, which scans every outbox item it made.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlmodel import Session, select

from tests.conftest import Clock, mail_reply, outbox, receive_mail
from tests.identity_helpers import (
    ALICE,
    ATTACKER,
    assert_delivery_policy,
    code_and_token,
    link_chat,
    mail,
    masked,
    other_code,
    people,
)
from workflows import identity, proofvault
from workflows.authresults import assess_auth
from workflows.config import Settings
from workflows.db import session_scope
from workflows.delivery import DeliveryRefused, Route
from workflows.desk import CancelRefused, Decider, Desk
from workflows.identity import ChallengeResult, ResendResult
from workflows.intake import IntakeResult, Submission
from workflows.lifecycle import Command, State
from workflows.mailbox import NOT_ACTED_ON, IncomingMail
from workflows.models import (
    InboundMessage,
    Learner,
    OutboxItem,
    Ticket,
    TicketEvent,
    VerificationChallenge,
)
from workflows.staff import NotStaff
from workflows.tickets import get_ticket

TRUSTED = "mx.studi.fr"


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        outbox_dir=tmp_path / "outbox",
        staff_chat_id=-100123,
        staff_user_ids=[4242],
        trusted_authserv_id=TRUSTED,
        proof_key="a passphrase only the tests know",  # type: ignore[arg-type]
    )


@pytest.fixture
def desk_with_people(desk: Desk) -> Desk:
    return people(desk)


@pytest.fixture
def hashing(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Counts every code hash the identity layer computes."""
    calls: list[str] = []
    real = identity.hash_code

    def counting(key: bytes, code: str, salt: bytes | None = None) -> str:
        calls.append("hash")
        return real(key, code, salt)

    monkeypatch.setattr(identity, "hash_code", counting)
    yield calls


def _state(desk: Desk, ticket: Ticket) -> State:
    assert ticket.id is not None
    return State(desk.ticket(ticket.id)[0].state)


# -- spoofed From with a Reply-To --------------------------------------------------------------
def test_spoofed_from_with_reply_to_attacker_receives_nothing(desk_with_people: Desk) -> None:
    """The mail channel hands the core no Reply-To at all (``tests/test_mail_identity.py``
    sends one through it); here the forged request names where to send the data instead."""
    desk = desk_with_people
    forged = mail(desk, ALICE, "access à toutes mes données, envoyez-les plutôt à copy@evil.test")
    result = desk.open_requests(forged)
    (ticket,) = result.tickets
    assert ticket.state == State.AWAITING_IDENTITY
    assert (ticket.match_method, ticket.match_strength) == ("email", "unverified")

    recipients = {i.recipient for i in outbox(desk)}
    assert "copy@evil.test" not in recipients
    (challenge,) = outbox(desk, template="verification_code")
    assert challenge.recipient == ALICE and challenge.personal
    assert not outbox(desk, template="completed") and not outbox(
        desk, template="identity_confirmed"
    )
    with session_scope(desk.engine) as session:
        delivered = session.exec(
            select(OutboxItem).where(OutboxItem.personal == True)  # noqa: E712
        ).all()
    assert [i.template for i in delivered] == ["verification_code"]

    # The real learner confirms from their mailbox: only then does the request move on.
    code, _ = code_and_token(desk, ALICE)
    assert desk.confirm_code(result.thread_key, code) is ChallengeResult.CONFIRMED
    stored, _ = desk.ticket(ticket.id)  # type: ignore[arg-type]
    assert (stored.state, stored.match_method, stored.match_strength) == (
        State.AWAITING_APPROVAL,
        "code",
        "verified",
    )
    desk.approve(ticket.id, Decider(name="claire"))  # type: ignore[arg-type]
    assert outbox(desk, template="completed")[0].recipient == ALICE
    assert_delivery_policy(desk, ATTACKER, "copy@evil.test")


def test_a_personal_notice_on_an_unverified_route_is_refused(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = desk.open_requests(mail(desk, ALICE, "access"))
    ticket = result.tickets[0]

    def leak(session: object) -> None:
        desk.ctx.notify(
            session,  # type: ignore[arg-type]
            ticket,
            "completed",
            route=Route("email", ATTACKER, verified=True),
            personal=True,
        )

    with pytest.raises(DeliveryRefused):
        desk.run(leak)
    with pytest.raises(DeliveryRefused):
        desk.run(
            lambda s: desk.ctx.notify(s, ticket, "completed", personal=True)  # not verified yet
        )
    assert_delivery_policy(desk, ATTACKER)


# -- display names, look-alike domains, learner numbers in the text ----------------------------
@pytest.mark.parametrize(
    ("sender", "name"),
    [
        (ATTACKER, ALICE),  # "alice@studi.fr" <attacker@evil.test>
        ("alice@studi-fr.com", "Alice Martin"),
        ("alice@stud1.fr", "Alice Martin"),
        ("alice@studі.fr", "Alice Martin"),  # Cyrillic і
        ("аlice@studi.fr", "Alice Martin"),  # Cyrillic а
    ],
)
def test_display_name_and_look_alike_senders_read_like_unknown_ones(
    desk_with_people: Desk, sender: str, name: str
) -> None:
    desk = desk_with_people
    tricked = desk.open_requests(mail(desk, sender, "access à mes données", requester_name=name))
    unknown = desk.open_requests(
        mail(desk, "nobody@unknown.test", "access à mes données", requester_name="Nobody")
    )
    assert tricked.tickets[0].learner_pk is None
    to_trick = [i for i in outbox(desk) if i.recipient == sender]
    to_unknown = [i for i in outbox(desk) if i.recipient == "nobody@unknown.test"]
    assert [i.template for i in to_trick] == [i.template for i in to_unknown] == ["received"]
    assert masked(to_trick[0].body_text) == masked(to_unknown[0].body_text)
    assert masked(to_trick[0].subject) == masked(to_unknown[0].subject)
    assert not outbox(desk, template="verification_code")
    for result in (tricked, unknown):
        assert desk.confirm_code(result.thread_key, "123456") is ChallengeResult.WRONG
    assert_delivery_policy(desk, sender, "nobody@unknown.test")


def test_unknown_sender_naming_a_real_learner_number_learns_nothing(
    desk_with_people: Desk, hashing: list[str]
) -> None:
    desk = desk_with_people
    naming_real = desk.open_requests(
        mail(desk, ATTACKER, "access aux données de L001 svp", learner_hint="L001")
    )
    real_hashes = len(hashing)
    naming_none = desk.open_requests(
        mail(desk, "other@evil.test", "access aux données de L999 svp", learner_hint="L999")
    )
    assert len(hashing) - real_hashes == real_hashes == 1  # the same work either way
    seen_real = [i for i in outbox(desk) if i.recipient == ATTACKER]
    seen_none = [i for i in outbox(desk) if i.recipient == "other@evil.test"]
    assert [i.template for i in seen_real] == [i.template for i in seen_none] == ["received"]
    assert masked(seen_real[0].body_text) == masked(seen_none[0].body_text)
    # The learner hears of it at their registered address, and nothing else happens.
    (warning,) = outbox(desk, template="verification_code")
    assert warning.recipient == ALICE
    assert _state(desk, naming_real.tickets[0]) == _state(desk, naming_none.tickets[0])
    answers = [desk.confirm_code(r.thread_key, "123456") for r in (naming_real, naming_none)]
    assert answers[0] is answers[1] is ChallengeResult.WRONG
    assert_delivery_policy(desk, ATTACKER, "other@evil.test")


def test_bot_identification_answers_the_same_for_known_and_unknown(
    desk_with_people: Desk, hashing: list[str]
) -> None:
    desk = desk_with_people

    def from_chat(chat: int, identifier: str) -> IntakeResult:
        """What the bot sends once the chat has typed its email or learner number."""
        return desk.open_requests(
            Submission(
                channel="telegram",
                requester_address=str(chat),
                received_at=desk.ctx.now(),
                text="access",
                telegram_chat_id=chat,
                learner_hint=identifier,
            )
        )

    known = from_chat(555, "L001")
    first = len(hashing)
    unknown = from_chat(556, "nobody@unknown.test")
    assert [_state(desk, t) for t in known.tickets + unknown.tickets] == [
        State.AWAITING_IDENTITY
    ] * 2
    assert len(hashing) - first == first == 1
    assert not [i for i in outbox(desk) if i.recipient in ("555", "556")]
    (sent,) = outbox(desk, template="verification_code")
    assert sent.recipient == ALICE and "Telegram" in sent.body_text

    code, _ = code_and_token(desk, ALICE)
    assert desk.confirm_code(unknown.thread_key, code) is ChallengeResult.WRONG
    # Another chat holding the key and the code does not get linked.
    assert (
        desk.confirm_code(known.thread_key, code, telegram_chat_id=999)
        is ChallengeResult.CONFIRMED
    )
    with session_scope(desk.engine) as session:
        assert (
            session.exec(select(Learner).where(Learner.learner_id == "L001"))
            .one()
            .telegram_chat_id
            is None
        )
    key = from_chat(555, "alice@studi.fr").thread_key
    code, _ = code_and_token(desk, ALICE)
    assert desk.confirm_code(key, code, telegram_chat_id=555) is ChallengeResult.CONFIRMED
    assert desk.confirm_code(key, code, telegram_chat_id=555) is ChallengeResult.USED

    linked = desk.open_requests(
        Submission(
            channel="telegram",
            requester_address="555",
            received_at=desk.ctx.now(),
            text="access",
            telegram_chat_id=555,
        )
    )
    assert (linked.tickets[0].match_method, linked.tickets[0].match_strength) == (
        "linked_chat",
        "verified",
    )
    assert desk.unlink_chat(555) is True
    assert desk.unlink_chat(555) is False
    after = desk.open_requests(
        Submission(
            channel="telegram",
            requester_address="555",
            received_at=desk.ctx.now(),
            text="access",
            telegram_chat_id=555,
        )
    )
    assert after.tickets[0].state == State.AWAITING_IDENTITY
    assert_delivery_policy(desk, "556")


# -- code guessing ---------------------------------------------------------------------------
def test_code_guessing_locks_the_challenge_and_staff_see_it(
    desk_with_people: Desk, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    desk = desk_with_people
    result = desk.open_requests(mail(desk, ALICE, "access à mes données"))
    code, token = code_and_token(desk, ALICE)
    wrong = other_code(code)
    outcomes = [desk.confirm_code(result.thread_key, wrong) for _ in range(5)]
    assert outcomes == [ChallengeResult.WRONG] * 4 + [ChallengeResult.LOCKED]
    assert desk.confirm_code(result.thread_key, code) is ChallengeResult.LOCKED
    assert desk.confirm_token(token) is ChallengeResult.LOCKED
    assert desk.resend_code(result.thread_key) is ResendResult.LOCKED

    ticket, events = desk.ticket(result.tickets[0].id)  # type: ignore[arg-type]
    assert ticket.state == State.AWAITING_IDENTITY
    assert any(e.reason and e.reason.startswith("verification locked") for e in events)
    (alert,) = outbox(desk, template="staff_verification_locked")
    assert alert.recipient == "-100123" and ticket.reference in alert.subject
    status = desk.verification_status(ticket.id)  # type: ignore[arg-type]
    assert status["challenge"]["locked"] and status["challenge"]["attempts"] == 5

    # Never logged in clear: only the mail to the registered address holds the code.
    for secret in (code, token):
        assert not [r for r in caplog.records if secret in r.getMessage()]
        with session_scope(desk.engine) as session:
            for event in session.exec(select(TicketEvent)):
                assert secret not in f"{event.reason} {event.data} {event.actor}"
            for row in session.exec(select(Ticket)):
                assert secret not in f"{row.text} {row.details} {row.subject}"
            for inbound in session.exec(select(InboundMessage)):
                assert secret.encode() not in inbound.raw
            for challenge in session.exec(select(VerificationChallenge)):
                assert secret not in f"{challenge.code_hash} {challenge.token_hash}"
            holders = [i for i in session.exec(select(OutboxItem)) if secret in i.body_text]
        assert [(i.recipient, i.template) for i in holders] == [(ALICE, "verification_code")]
    assert_delivery_policy(desk)


def test_codes_come_from_secrets_and_do_not_repeat() -> None:
    codes = [identity._new_code() for _ in range(2000)]
    assert all(len(c) == 6 and c.isdigit() for c in codes)
    assert len(set(codes)) > 1990
    assert identity.secrets.randbelow.__module__ in ("random", "secrets")
    assert identity.secrets.__name__ == "secrets"


def test_codes_are_hashed_under_a_key_derived_from_the_proof_key(settings: Settings) -> None:
    key = proofvault.subkey(settings, identity.CODE_KEY_PURPOSE)
    other = settings.model_copy(update={"proof_key": SecretStr("another deployment's key")})
    other_key = proofvault.subkey(other, identity.CODE_KEY_PURPOSE)
    assert len(key) == 32 and key != other_key
    assert key == proofvault.subkey(settings, identity.CODE_KEY_PURPOSE)
    assert key != proofvault.subkey(settings, b"something else")
    assert key not in base64.urlsafe_b64decode(proofvault._fernet_key(settings))

    stored = identity.hash_code(key, "042137")
    scheme, salt_hex, digest = stored.split("$")
    expected = hmac.new(key, bytes.fromhex(salt_hex) + b"042137", hashlib.sha256).hexdigest()
    assert (scheme, digest, len(salt_hex)) == ("hmac", expected, 32)
    assert identity.code_matches(key, " 042137 ", stored)
    assert not identity.code_matches(key, "042138", stored)
    assert not identity.code_matches(other_key, "042137", stored)  # the table alone is not enough
    assert identity.hash_code(key, "042137") != stored  # a salt per challenge


def test_a_code_issued_before_the_keyed_hash_still_confirms() -> None:
    salt = bytes(range(16))
    legacy = hashlib.pbkdf2_hmac("sha256", b"123456", salt, 60_000)
    stored = f"{salt.hex()}${legacy.hex()}"
    assert identity.code_matches(b"k" * 32, "123456", stored)
    assert not identity.code_matches(b"k" * 32, "123457", stored)


def test_the_token_works_once_and_wrong_tokens_count_as_attempts(
    desk_with_people: Desk, clock: Clock
) -> None:
    desk = desk_with_people
    result = desk.open_requests(mail(desk, ALICE, "portability"))
    _, token = code_and_token(desk, ALICE)
    forged = token[:-4] + ("0000" if not token.endswith("0000") else "1111")
    assert desk.confirm_token(forged) is ChallengeResult.WRONG
    assert desk.confirm_token("PDV-999999-" + "0" * 40) is ChallengeResult.NO_CHALLENGE
    assert desk.confirm_token(f"Re: merci, voici {token}".split()[-1]) is ChallengeResult.CONFIRMED
    assert desk.confirm_token(token) is ChallengeResult.USED
    assert _state(desk, result.tickets[0]) == State.AWAITING_APPROVAL

    late = desk.open_requests(mail(desk, "bob@example.com", "erasure please"))
    code, _ = code_and_token(desk, "bob@example.com")
    clock.now += timedelta(minutes=16)
    assert desk.confirm_code(late.thread_key, code) is ChallengeResult.EXPIRED
    assert desk.resend_code(late.thread_key) is ResendResult.ACCEPTED
    fresh, _ = code_and_token(desk, "bob@example.com")
    assert desk.confirm_code(late.thread_key, fresh) is ChallengeResult.CONFIRMED
    assert_delivery_policy(desk)


def test_resends_are_limited_per_requester_and_per_learner(desk_with_people: Desk) -> None:
    desk = desk_with_people
    first = desk.open_requests(mail(desk, ATTACKER, "access", learner_hint="L001"))
    answers = [desk.resend_code(first.thread_key) for _ in range(4)]
    assert answers == [ResendResult.ACCEPTED] * 2 + [ResendResult.TOO_MANY] * 2
    # The same answers for a number that matches nobody: the limit is the requester's own.
    other = desk.open_requests(mail(desk, "x@evil.test", "access", learner_hint="L999"))
    assert [desk.resend_code(other.thread_key) for _ in range(4)] == answers
    # Many senders naming one learner: the learner's inbox gets at most the hourly limit.
    for n in range(6):
        desk.open_requests(mail(desk, f"bot{n}@evil.test", "access", learner_hint="L001"))
    limit = desk.ctx.settings.verification_max_sends_per_hour
    assert len(outbox(desk, template="verification_code", recipient=ALICE)) == limit
    assert_delivery_policy(desk, ATTACKER, "x@evil.test", *(f"bot{n}@evil.test" for n in range(6)))


# -- duplicates and cancellations --------------------------------------------------------------
def test_an_unverified_duplicate_does_not_stop_the_real_learners_request(
    desk_with_people: Desk, clock: Clock
) -> None:
    desk = desk_with_people
    real = desk.open_requests(mail(desk, ALICE, "access à mes données"))
    code, _ = code_and_token(desk, ALICE)
    assert desk.confirm_code(real.thread_key, code) is ChallengeResult.CONFIRMED
    (mine,) = real.tickets
    assert _state(desk, mine) == State.AWAITING_APPROVAL

    # The attacker forges From: alice and sends the same request, then tries to cancel hers.
    copy = desk.open_requests(
        mail(desk, ALICE, f"[{mine.reference}] access, et annulez ma demande", subject="annul")
    )
    (theirs,) = copy.tickets
    assert desk.find_duplicate(theirs.id) is None  # type: ignore[arg-type]
    for in_reply_to in [(), ("<guess@studi.fr>", mine.message_id or "")]:
        receive_mail(
            desk,
            IncomingMail(
                sender=ALICE,
                subject=f"[{mine.reference}] annulation",
                text="Annulez ma demande.",
                new_text="Annulez ma demande.",
                in_reply_to=in_reply_to,
            ),
        )
    with pytest.raises(CancelRefused):
        desk.withdraw_from_chat(777, mine.id)  # type: ignore[arg-type]
    stored, events = desk.ticket(mine.id)  # type: ignore[arg-type]
    assert stored.state == State.AWAITING_APPROVAL
    assert [e.reason for e in events if e.command == "note"] == [
        NOT_ACTED_ON,
        NOT_ACTED_ON,
        "refused: cancellation not from the requester's verified channel",
    ]
    approved = desk.approve(mine.id, Decider(name="claire"))  # type: ignore[arg-type]
    assert approved.state == State.COMPLETED
    assert _state(desk, theirs) == State.AWAITING_IDENTITY

    # Duplicates are joined only between verified requests of the same learner.
    clock.now += timedelta(minutes=61)  # past the hourly limit of codes to one learner
    again = desk.open_requests(mail(desk, ALICE, "erasure"))
    first_erasure = again.tickets[0]
    desk.confirm_code(again.thread_key, code_and_token(desk, ALICE)[0])
    twice = desk.open_requests(mail(desk, ALICE, "erasure"))
    assert desk.find_duplicate(twice.tickets[0].id) is None  # type: ignore[arg-type]
    desk.confirm_code(twice.thread_key, code_and_token(desk, ALICE)[0])
    duplicate = desk.find_duplicate(twice.tickets[0].id)  # type: ignore[arg-type]
    assert duplicate is not None and duplicate.id == first_erasure.id
    assert_delivery_policy(desk)


def test_the_real_requester_can_cancel_from_the_thread_or_the_linked_chat(
    desk_with_people: Desk,
) -> None:
    desk = desk_with_people
    result = desk.open_requests(mail(desk, ALICE, "rectification de mon nom"))
    desk.confirm_code(result.thread_key, code_and_token(desk, ALICE)[0])
    (ours,) = outbox(desk, template="identity_confirmed")
    assert ours.recipient == ALICE
    mail_reply(desk, ALICE, "Finalement, annulez ma demande.")
    assert _state(desk, result.tickets[0]) == State.CANCELLED

    link_chat(desk, "L001", 321, ALICE)
    chat = desk.open_requests(
        Submission(
            channel="telegram",
            requester_address="321",
            received_at=desk.ctx.now(),
            text="restriction",
            telegram_chat_id=321,
        )
    )
    done = desk.withdraw_from_chat(321, chat.tickets[0].id)  # type: ignore[arg-type]
    assert done.state == State.CANCELLED
    assert_delivery_policy(desk)


# -- authentication results ------------------------------------------------------------------
def test_failed_dmarc_forces_verification_even_for_marketing(desk_with_people: Desk) -> None:
    desk = desk_with_people
    auth = assess_auth(
        [f"{TRUSTED}; spf=fail smtp.mailfrom=studi.fr; dkim=none; dmarc=fail header.from=x.fr"],
        desk.ctx.settings.trusted_authserv_id,
    )
    forged = desk.open_requests(
        mail(
            desk,
            ALICE,
            "marketing_objection",
            auth_results=auth.as_json(),
            auth_failed=auth.failed,
        )
    )
    (ticket,) = forged.tickets
    assert ticket.state == State.AWAITING_IDENTITY
    assert ticket.auth_results["dmarc"] == "fail"
    assert outbox(desk, template="verification_code")[0].recipient == ALICE
    desk.confirm_code(forged.thread_key, code_and_token(desk, ALICE)[0])
    assert _state(desk, ticket) == State.COMPLETED  # the learner confirmed: acted on at once

    genuine = desk.open_requests(
        mail(
            desk,
            "bob@example.com",
            "marketing_objection",
            auth_results=assess_auth([f"{TRUSTED}; dmarc=pass"], TRUSTED).as_json(),
        )
    )
    assert genuine.tickets[0].state == State.COMPLETED

    escalated = desk.open_requests(
        mail(desk, ALICE, "objection", auth_results=auth.as_json(), auth_failed=True)
    )
    desk.confirm_code(escalated.thread_key, code_and_token(desk, ALICE)[0])
    staff = outbox(desk, template="staff_escalation")[-1]
    assert "DMARC fail" in staff.body_text and "ÉCHEC" in staff.body_text
    assert_delivery_policy(desk)


# -- changing the registered email -----------------------------------------------------------
def test_a_new_email_in_a_request_is_never_written_to(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = desk.open_requests(
        mail(desk, ALICE, "rectification : changez mon adresse e-mail pour new@evil.test")
    )
    (ticket,) = result.tickets
    assert ticket.details["email_change_requested"] == "new@evil.test"
    desk.confirm_code(result.thread_key, code_and_token(desk, ALICE)[0])
    assert "new@evil.test" in outbox(desk, template="staff_escalation")[0].body_text
    with pytest.raises(PermissionError):
        desk.change_registered_email(ticket.id, "new@evil.test", Decider(name="claire"))  # type: ignore[arg-type]
    desk.approve(ticket.id, Decider(name="claire"))  # type: ignore[arg-type]
    assert not [i for i in outbox(desk) if i.recipient == "new@evil.test"]
    with session_scope(desk.engine) as session:
        assert (
            session.exec(select(Learner).where(Learner.learner_id == "L001")).one().email == ALICE
        )

    with pytest.raises(NotStaff):
        desk.change_registered_email(ticket.id, "new@evil.test", Decider(name="mallory"))  # type: ignore[arg-type]
    assert_delivery_policy(desk, "new@evil.test")


def test_a_staff_approved_email_change_tells_the_old_address(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = desk.open_requests(
        mail(desk, ALICE, "rectification : mon adresse e-mail est désormais alice@new.fr")
    )
    (ticket,) = result.tickets
    assert ticket.id is not None
    desk.confirm_code(result.thread_key, code_and_token(desk, ALICE)[0])

    def approve_only(session: Session) -> None:
        """Approve without completing, as a rectification handler would before applying."""
        current = get_ticket(session, ticket.id)  # type: ignore[arg-type]
        desk.ctx.move(
            session,
            current,
            Command.APPROVE,
            actor="staff:claire",
            changes={"approved_by": "claire"},
            notice=None,
        )

    desk.run(approve_only)
    learner = desk.change_registered_email(ticket.id, "alice@new.fr", Decider(name="claire"))
    assert learner.email == "alice@new.fr"
    (told,) = outbox(desk, template="email_changed")
    assert told.recipient == ALICE and "alice@new.fr" in told.body_text
