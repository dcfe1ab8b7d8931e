"""Who a mail is from, read the way DMARC reads it: one From field, one mailbox, the angle
address. Attacks on the parser, on the Authentication-Results check, and end to end through the
real SMTP listener fed by smtplib."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.engine import Engine

from mail.parsing import MalformedMail, parse_mail
from tests.identity_helpers import ALICE, ATTACKER, people
from tests.test_mail_e2e import Stack, close_stack, make_stack
from tests.test_mail_identity import TRUSTED, settled
from workflows.authresults import assess_auth
from workflows.config import Settings
from workflows.lifecycle import State


def raw_mail(
    from_lines: list[str],
    *,
    body: str = "Bonjour, je veux l'access à mes données.",
    message_id: str = "<m1@evil.test>",
    extra: tuple[str, ...] = (),
) -> bytes:
    head = [*extra, *(f"From: {line}" for line in from_lines)]
    head += ["To: dpo@studi.fr", "Subject: Mes données", f"Message-ID: {message_id}"]
    head += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8"]
    return ("\r\n".join(head) + "\r\n\r\n" + body + "\r\n").encode()


# -- the parser --------------------------------------------------------------------------------
#: A display name dressed as the learner's address: the mail is from the angle address only.
DISGUISED = [
    "alice@studi.fr <attacker@evil.test>",
    "alice@studi.fr<attacker@evil.test>",
    '"alice@studi.fr" <attacker@evil.test>',
    '"Alice <alice@studi.fr>" <attacker@evil.test>',
    '"x" alice@studi.fr <attacker@evil.test>',
    # encoded words that decode to "<" and "@", beside the angle address or a bare one
    "=?utf-8?q?alice=40studi=2Efr_=3Calice=40studi=2Efr=3E?= <attacker@evil.test>",
    "=?utf-8?q?=3Calice=40studi=2Efr=3E?= attacker@evil.test",
    "=?utf-8?b?PGFsaWNlQHN0dWRpLmZyPg==?= <attacker@evil.test>",
]


@pytest.mark.parametrize("from_line", DISGUISED)
def test_an_address_like_display_name_never_names_the_sender(from_line: str) -> None:
    mail = parse_mail(raw_mail([from_line]))
    assert mail.from_address == ATTACKER
    assert mail.from_name == ""  # never shown to staff as who wrote


#: Mail whose sender a reader could take two ways: quarantined, with the reason for staff.
AMBIGUOUS = [
    (["alice@studi.fr", "attacker@evil.test"], "2 From header fields"),
    (["attacker@evil.test", "Alice <alice@studi.fr>"], "2 From header fields"),
    (["alice@studi.fr, attacker@evil.test"], "names 2 mailboxes"),
    (['"Alice" <alice@studi.fr>, <attacker@evil.test>'], "names 2 mailboxes"),
    (["Alice <alice@studi.fr> <attacker@evil.test>"], "several <addresses>"),
    (["alice@studi.fr attacker@evil.test"], "several addresses"),
    (["<alice@studi.fr>attacker@evil.test"], "text after the <address>"),
    (["friends: alice@studi.fr, attacker@evil.test;"], "a group"),
    (["=?utf-8?q?=3Calice=40studi=2Efr=3E?="], "without an address"),
    (["=?utf-8?q?alice=40studi=2Efr?="], "without an address"),
    (["Alice <alice@studi.fr\x01>"], "control characters"),
    (["<alice@studi.fr\x0b>"], "control characters"),
    (["<alice studi@studi.fr>"], "without a valid address"),
]


@pytest.mark.parametrize(("from_lines", "reason"), AMBIGUOUS)
def test_ambiguous_senders_are_quarantined_with_the_reason(
    from_lines: list[str], reason: str
) -> None:
    with pytest.raises(MalformedMail, match=reason):
        parse_mail(raw_mail(from_lines))


@pytest.mark.parametrize(
    ("from_line", "address", "name"),
    [
        ('"Dupont, Jean" <jean.dupont@exemple.fr>', "jean.dupont@exemple.fr", "Dupont, Jean"),
        (
            "=?iso-8859-1?Q?B=FCrling,=20Andreas?= <a.b@exemple.fr>",
            "a.b@exemple.fr",
            "Bürling, Andreas",
        ),
        ("jean.dupont@exemple.fr (Jean Dupont)", "jean.dupont@exemple.fr", ""),
        ("Jean Dupont jean.dupont@exemple.fr", "jean.dupont@exemple.fr", "Jean Dupont"),
        ('"jean dupont"@Exemple.FR', '"jean dupont"@exemple.fr', ""),
    ],
)
def test_ordinary_senders_still_read(from_line: str, address: str, name: str) -> None:
    mail = parse_mail(raw_mail([from_line]))
    assert (mail.from_address, mail.from_name) == (address, name)


def test_return_paths_still_read() -> None:
    raw = raw_mail(["a@exemple.fr"], extra=("Return-Path: <Bounce@Exemple.FR>",))
    assert parse_mail(raw).return_path == "Bounce@exemple.fr"
    no_from = b"Subject: s\r\n\r\nhi\r\n"
    assert parse_mail(no_from, envelope_from="<env@exemple.fr>").from_address == "env@exemple.fr"


def test_addresses_with_control_characters_are_refused_everywhere() -> None:
    raw = raw_mail(
        ["Eve <eve@evil.test>"],
        message_id="<a\x01b@evil.test>",
        extra=("Reply-To: <x\x02@evil.test>, ok@evil.test", "Cc: <y\x7f@evil.test>"),
    )
    mail = parse_mail(raw)
    assert mail.message_id is None
    assert mail.reply_to == ("ok@evil.test",) and mail.cc == ()


# -- Authentication-Results judging another domain ---------------------------------------------
def test_a_trusted_result_about_another_domain_is_a_failure() -> None:
    header = f"{TRUSTED}; spf=pass smtp.mailfrom=evil.test; dmarc=pass header.from=evil.test"
    auth = assess_auth([header], TRUSTED, ALICE)
    assert auth.failed and "header.from" in auth.failures
    assert auth.as_json()["header_from"] == ["evil.test"]
    same = assess_auth([header.replace("evil.test", "Studi.FR")], TRUSTED, ALICE)
    assert not same.failed
    # an untrusted header decides nothing, whatever domain it names
    assert not assess_auth([header.replace(TRUSTED, "mx.evil.test")], TRUSTED, ALICE).failed


# -- end to end through the SMTP listener ------------------------------------------------------
@pytest.fixture
async def stack(engine: Engine, settings: Settings) -> AsyncIterator[Stack]:
    s = await make_stack(engine, settings, trusted_authserv_id=TRUSTED)
    people(s.desk)
    try:
        yield s
    finally:
        await close_stack(s)


async def test_a_disguised_sender_is_not_the_learner_end_to_end(stack: Stack) -> None:
    for n, from_line in enumerate(DISGUISED[:1] + DISGUISED[5:6]):
        raw = raw_mail([from_line], message_id=f"<d{n}@evil.test>", body=f"access {n}")
        await stack.send(raw, mail_from=ATTACKER)
    await settled(stack)
    tickets = stack.tickets()
    assert len(tickets) == 2
    for ticket in tickets:
        assert ticket.requester_address == ATTACKER and ticket.requester_name == ""
        assert ticket.learner_pk is None  # Alice's account is not matched
    assert all(o.recipient != ALICE for o in stack.outbox())


async def test_ambiguous_senders_are_quarantined_end_to_end(stack: Stack) -> None:
    cases = [AMBIGUOUS[0], AMBIGUOUS[2], AMBIGUOUS[8]]
    for n, (from_lines, _) in enumerate(cases):
        await stack.send(raw_mail(from_lines, message_id=f"<q{n}@evil.test>"), ATTACKER)
    await settled(stack)
    rows = stack.inbound()
    assert [r.status for r in rows] == ["quarantined"] * 3
    for row, (_, reason) in zip(rows, cases, strict=True):
        assert reason in (row.error or "")
    assert stack.tickets() == [] and stack.outbox() == []


async def test_a_trusted_result_about_another_domain_forces_verification(stack: Stack) -> None:
    result = (
        f"{TRUSTED}; spf=pass smtp.mailfrom=evil.test; dkim=pass; dmarc=pass header.from=evil.test"
    )
    raw = raw_mail(
        ["Alice <alice@studi.fr>"],
        body="Merci de ne plus m'envoyer de publicité, marketing_objection.",
        extra=(f"Authentication-Results: {result}",),
    )
    await stack.send(raw, mail_from=ATTACKER)
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.auth_results["failed"] and "header.from" in ticket.auth_results["failures"]
    # the low-risk request waits for the code sent to Alice instead of being carried out
    assert ticket.state == State.AWAITING_IDENTITY and ticket.auth_failed
