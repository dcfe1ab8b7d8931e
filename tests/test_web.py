"""The staff console over HTTP (Starlette's test client): signing in, CSRF, lockout, headers,
the queue and a ticket page, and decisions that go through the core's commands."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from markupsafe import escape
from starlette.testclient import TestClient

from tests.conftest import Clock, outbox
from tests.test_fulfilment import HISTORY, LEARNERS, _submit, _verified
from web.app import create_app
from web.i18n import translations
from workflows.desk import Decider, Desk
from workflows.history import import_history
from workflows.learners import import_learners
from workflows.lifecycle import State
from workflows.requests import RequestType as T
from workflows.staff import Role, add_staff, set_password

PASSWORD = "correct horse battery"
#: what the console says, in French (its default), looked up in its catalog by message id
_ = translations("fr").gettext
WRONG = _("Wrong name, password or code.")
LOCKED = _(
    "This account is locked after too many wrong passwords. Try again in 15 minutes, or ask a DPO"
    " to set a new password."
)[:40]  # its opening words
LEARNER_EMAILS = ("alice@example.fr", "bob@example.com", "old@example.fr")


@pytest.fixture
def team(desk: Desk) -> Desk:
    desk.run(lambda s: import_learners(s, io.StringIO(LEARNERS)))
    for kind, content in HISTORY.items():
        desk.run(lambda s, k=kind, c=content: import_history(s, io.StringIO(c), k))
    for name, role in (("claire", Role.DPO), ("alex", Role.AGENT)):
        desk.run(lambda s, n=name, r=role: add_staff(s, n, email=f"{n}@studi.fr", role=r))
        desk.run(lambda s, n=name: set_password(s, n, PASSWORD))
    return desk


@pytest.fixture
def client(team: Desk) -> Iterator[TestClient]:
    with TestClient(create_app(team), follow_redirects=False) as c:
        yield c


def bulk_said(action: str, **counts: int) -> str:
    """The console's report of a bulk decision, as the French console words it."""
    return _("%(action)s: %(done)d done, %(refused)d refused, %(failed)d not possible.") % {
        "action": _(action),
        **counts,
    }


def csrf_of(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found, page
    return found.group(1)


def sign_in(client: TestClient, login: str = "claire", password: str = PASSWORD) -> str:
    token = csrf_of(client.get("/login").text)
    answer = client.post("/login", data={"login": login, "password": password, "csrf": token})
    assert answer.status_code == 303 and answer.headers["location"] == "/queue", answer.text
    return csrf_of(client.get("/queue").text)


def awaiting_erasure(desk: Desk, email: str = "alice@example.fr") -> int:
    result = _submit(desk, email, (T.ERASURE,))
    _verified(desk, result, email)
    ticket_id = result.tickets[0].id
    assert ticket_id is not None
    return ticket_id


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").text == "ok"
    # tables made from the models, not by the migrations: alive, not ready
    ready = client.get("/readyz")
    assert ready.status_code == 503 and "run privacy-desk db upgrade" in ready.text


def test_pages_need_signing_in(client: TestClient, team: Desk) -> None:
    ticket_id = awaiting_erasure(team)
    for path in ("/queue", f"/tickets/{ticket_id}"):
        answer = client.get(path)
        assert answer.status_code == 303 and answer.headers["location"] == "/login"
    assert client.post(f"/tickets/{ticket_id}/approve", data={"csrf": "x"}).status_code == 303
    assert team.ticket(ticket_id)[0].state == State.AWAITING_APPROVAL


def test_the_session_cookie_is_signed_httponly_samesite_and_pages_are_locked_down(
    client: TestClient,
) -> None:
    token = csrf_of(client.get("/login").text)
    answer = client.post("/login", data={"login": "claire", "password": PASSWORD, "csrf": token})
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "max-age=1800" in cookie
    assert "secure" not in cookie  # plain HTTP here; over HTTPS it is Secure (next test)
    page = client.get("/queue")
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "script-src 'self'" in csp and "connect-src 'self'" in csp  # htmx, from us only
    assert page.headers["x-frame-options"] == "DENY"
    assert "style=" not in page.text and "hx-on" not in page.text
    # no inline script: the one script is htmx, served from the package
    assert re.findall(r"<script[^>]*>[^<]*", page.text) == [
        '<script src="/static/htmx/htmx-2.0.11.min.js" defer>'
    ]
    served = client.get("/static/htmx/htmx-2.0.11.min.js")
    assert served.status_code == 200 and "htmx" in served.text[:2000]


def test_cookies_are_secure_over_https(team: Desk) -> None:
    with TestClient(create_app(team), base_url="https://console", follow_redirects=False) as c:
        c.get("/login")
        token = csrf_of(c.get("/login").text)
        answer = c.post("/login", data={"login": "claire", "password": PASSWORD, "csrf": token})
    assert "; secure" in answer.headers["set-cookie"].lower()


def test_a_forged_cookie_is_no_session(client: TestClient) -> None:
    sign_in(client)
    value = client.cookies["privacy_desk_session"]
    forged = value[:-3] + ("AAA" if not value.endswith("AAA") else "BBB")
    client.cookies.clear()
    client.cookies.set("privacy_desk_session", forged)
    assert client.get("/queue").status_code == 303


def test_a_post_without_the_csrf_token_is_refused(client: TestClient, team: Desk) -> None:
    ticket_id = awaiting_erasure(team)
    sign_in(client)
    for data in ({}, {"csrf": "forged"}):
        answer = client.post(f"/tickets/{ticket_id}/approve", data=data)
        assert answer.status_code == 403
    assert team.ticket(ticket_id)[0].state == State.AWAITING_APPROVAL
    token = csrf_of(client.get("/login").text)
    assert client.post("/login", data={"login": "claire", "password": PASSWORD}).status_code == (
        403
    )
    assert token


def test_five_wrong_passwords_lock_the_account_and_staff_are_told(client: TestClient) -> None:
    token = csrf_of(client.get("/login").text)
    for _ in range(4):
        answer = client.post("/login", data={"login": "alex", "password": "x", "csrf": token})
        assert answer.status_code == 401 and WRONG in answer.text and LOCKED not in answer.text
    answer = client.post("/login", data={"login": "alex", "password": "x", "csrf": token})
    assert LOCKED in answer.text
    answer = client.post("/login", data={"login": "alex", "password": PASSWORD, "csrf": token})
    assert answer.status_code == 401 and LOCKED in answer.text


def test_wrong_passwords_from_one_address_are_throttled_across_accounts(
    team: Desk,
) -> None:
    team.ctx.settings.web_max_failures_per_address = 3
    with TestClient(create_app(team), follow_redirects=False) as c:
        token = csrf_of(c.get("/login").text)
        for name in ("a", "b", "c"):
            c.post("/login", data={"login": name, "password": "x", "csrf": token})
        answer = c.post("/login", data={"login": "claire", "password": PASSWORD, "csrf": token})
    assert answer.status_code == 429


def test_sign_out_ends_the_session(client: TestClient) -> None:
    token = sign_in(client)
    assert client.post("/logout", data={"csrf": token}).status_code == 303
    assert client.get("/queue").status_code == 303


def test_the_dpo_approves_an_erasure_from_the_ticket_page(client: TestClient, team: Desk) -> None:
    ticket_id = awaiting_erasure(team)
    sign_in(client)
    page = client.get(f"/tickets/{ticket_id}")
    assert 'id="h-plan"' in page.text and "alice@example.fr" in page.text
    answer = client.post(f"/tickets/{ticket_id}/approve", data={"csrf": csrf_of(page.text)})
    assert answer.status_code == 303 and answer.headers["location"] == f"/tickets/{ticket_id}"
    ticket, events = team.ticket(ticket_id)
    assert ticket.state == State.COMPLETED and ticket.decided_by == "claire"
    assert any(e.actor == "staff:claire" and e.command == "approve" for e in events)
    assert [i.recipient for i in outbox(team, template="completed")] == ["alice@example.fr"]
    assert "Fait" in client.get(f"/tickets/{ticket_id}").text


def test_an_agent_is_refused_by_the_core_even_with_a_valid_form(
    client: TestClient, team: Desk
) -> None:
    ticket_id = awaiting_erasure(team)
    sign_in(client, "alex")
    page = client.get(f"/tickets/{ticket_id}")
    assert 'id="approve"' not in page.text  # not offered…
    client.post(f"/tickets/{ticket_id}/approve", data={"csrf": csrf_of(page.text)})  # …nor done
    assert team.ticket(ticket_id)[0].state == State.AWAITING_APPROVAL
    assert "votre rôle ne permet pas" in client.get(f"/tickets/{ticket_id}").text
    token = csrf_of(page.text)
    client.post(f"/tickets/{ticket_id}/ask", data={"csrf": token, "question": "Which account?"})
    assert team.ticket(ticket_id)[0].state == State.AWAITING_REQUESTER


def test_reject_with_reason_and_explanation_and_extend(client: TestClient, team: Desk) -> None:
    first, second = awaiting_erasure(team), awaiting_erasure(team, "bob@example.com")
    token = sign_in(client)
    client.post(
        f"/tickets/{first}/extend",
        data={"csrf": token, "cause": "complexity", "reason": "archives on tape"},
    )
    assert team.ticket(first)[0].extension_reason == "archives on tape"
    client.post(
        f"/tickets/{second}/reject",
        data={"csrf": token, "reason": "legal_exception", "explanation": "a court order"},
    )
    ticket = team.ticket(second)[0]
    assert ticket.state == State.REJECTED and ticket.rejection_reason == "legal_exception"
    assert ticket.decision_text == "a court order"


def test_the_queue_orders_by_due_date_hides_awaiting_identity_and_counts(
    client: TestClient, team: Desk, clock: Clock
) -> None:
    from datetime import timedelta

    later = awaiting_erasure(team)
    clock.now -= timedelta(days=40)
    overdue = awaiting_erasure(team, "bob@example.com")
    clock.now += timedelta(days=40)
    unverified = _submit(team, "stranger@example.org", (T.ACCESS,)).tickets[0]
    sign_in(client)
    page = client.get("/queue").text
    refs = re.findall(r'href="/tickets/(\d+)"', page)
    assert refs == [str(overdue), str(later)]
    assert str(unverified.id) not in refs
    assert re.search(r'<tr class="overdue">', page)
    assert 'class="count">2</span>' in page  # awaiting approval
    shown = client.get("/queue?identity=1").text
    assert f'href="/tickets/{unverified.id}"' in shown
    only_overdue = re.findall(r'href="/tickets/(\d+)"', client.get("/queue?overdue=1").text)
    assert only_overdue == [str(overdue)]


def test_search_posts_its_query_and_finds_by_email_number_name_and_reference(
    client: TestClient, team: Desk
) -> None:
    alice, bob = awaiting_erasure(team), awaiting_erasure(team, "bob@example.com")
    token = sign_in(client)
    reference = team.ticket(bob)[0].reference
    for query, expected in (
        ("alice@example.fr", alice),
        ("L002", bob),
        ("martin", alice),
        ("Alice Martin", alice),
        (reference, bob),
        ("%", None),  # LIKE wildcards are searched as written, not matched against all
        ("_", None),
    ):
        page = client.post("/queue/search", data={"csrf": token, "q": query}).text
        found = re.findall(r'href="/tickets/(\d+)"', page)
        assert found == ([str(expected)] if expected else []), query
    assert client.get("/queue/search?q=alice@example.fr").status_code == 405


def test_the_queue_pages_by_keyset(client: TestClient, team: Desk) -> None:
    import workflows.queue

    ids = [awaiting_erasure(team, "alice@example.fr") for _ in range(3)]
    sign_in(client)
    workflows.queue.PAGE_SIZE = 2
    try:
        first = client.get("/queue").text
        seen = re.findall(r'href="/tickets/(\d+)"', first)
        after = re.search(r'href="(/queue\?[^"]*after=[^"]+)"', first)
        assert after, first
        second = client.get(after.group(1).replace("&amp;", "&")).text
        seen += re.findall(r'href="/tickets/(\d+)"', second)
    finally:
        workflows.queue.PAGE_SIZE = 50
    assert seen == [str(i) for i in ids]


def test_english_for_staff_who_prefer_it(client: TestClient) -> None:
    token = sign_in(client)
    client.post("/language", data={"csrf": token, "language": "en", "back": "/queue"})
    page = client.get("/queue").text
    assert 'lang="en"' in page and "Sign out" in page


def assigned(desk: Desk, ticket_id: int) -> str | None:
    from workflows.queue import assignees

    return desk.run(lambda s: assignees(s, [ticket_id])).get(ticket_id)


def test_assign_to_oneself_or_a_colleague_and_filter_mine(client: TestClient, team: Desk) -> None:
    first, second = awaiting_erasure(team), awaiting_erasure(team, "bob@example.com")
    token = sign_in(client, "alex")  # an agent may assign
    client.post(f"/tickets/{first}/assign", data={"csrf": token, "assignee": "alex"})
    client.post(f"/tickets/{second}/assign", data={"csrf": token, "assignee": "claire"})
    assert assigned(team, first) == "alex" and assigned(team, second) == "claire"
    events = team.ticket(second)[1]
    assert events[-1].actor == "staff:alex" and events[-1].reason == "assigned to claire"
    mine = re.findall(r'href="/tickets/(\d+)"', client.get("/queue?mine=1").text)
    assert mine == [str(first)]
    client.post(f"/tickets/{first}/assign", data={"csrf": token, "assignee": "mallory"})
    assert assigned(team, first) == "alex"  # not staff: refused, nothing changed
    client.post(f"/tickets/{first}/assign", data={"csrf": token, "assignee": ""})
    assert assigned(team, first) is None


def test_filter_by_verified_identity(client: TestClient, team: Desk) -> None:
    verified = awaiting_erasure(team)
    unverified = _submit(team, "stranger@example.org", (T.ACCESS,)).tickets[0].id
    sign_in(client)
    page = client.get("/queue?identity=1&verified=0").text
    assert re.findall(r'href="/tickets/(\d+)"', page) == [str(unverified)]
    page = client.get("/queue?identity=1&verified=1").text
    assert re.findall(r'href="/tickets/(\d+)"', page) == [str(verified)]


def test_a_dpo_exports_the_register_for_a_date_range_and_it_is_logged(
    client: TestClient, team: Desk, clock: Clock
) -> None:
    from datetime import timedelta

    from sqlmodel import select

    from workflows.models import TicketEvent

    clock.now -= timedelta(days=20)
    old = awaiting_erasure(team)
    clock.now += timedelta(days=20)
    recent = awaiting_erasure(team, "bob@example.com")
    token = sign_in(client)
    page = client.get("/register").text
    assert "Intacte" in page
    today = clock.now.date().isoformat()
    answer = client.post("/register/export", data={"csrf": token, "from": today, "to": today})
    assert answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    lines = answer.text.strip().splitlines()
    assert lines[0].startswith("reference,type") and len(lines) == 2
    assert team.ticket(recent)[0].reference in lines[1]
    assert team.ticket(old)[0].reference not in answer.text
    everything = client.post("/register/export", data={"csrf": token})
    assert len(everything.text.strip().splitlines()) == 3
    notes = team.run(lambda s: list(s.exec(select(TicketEvent.actor, TicketEvent.reason))))
    assert notes.count(("staff:claire", "register exported")) == 2


def test_an_agent_cannot_export_the_register(client: TestClient, team: Desk) -> None:
    awaiting_erasure(team)
    token = sign_in(client, "alex")
    assert "Seul un DPO peut exporter le registre" in client.get("/register").text
    answer = client.post("/register/export", data={"csrf": token})
    assert answer.status_code == 303 and answer.headers["location"] == "/register"
    assert "votre rôle ne permet pas" in client.get("/register").text


def test_bulk_approval_confirms_the_count_then_decides_each_ticket_on_its_own(
    client: TestClient, team: Desk
) -> None:
    first, second, third = (awaiting_erasure(team, e) for e in LEARNER_EMAILS)
    token = sign_in(client)
    confirm = client.post(
        "/bulk/confirm",
        data={"csrf": token, "scope": "ids", "ids": [first, third], "action": "approve"},
    )
    assert "Approuver 2 demandes" in confirm.text and "Confirmer pour 2 demandes" in confirm.text
    assert team.ticket(first)[0].state == State.AWAITING_APPROVAL  # nothing decided yet
    form = re.search(r'<form method="post" action="/bulk/apply">(.*?)</form>', confirm.text, re.S)
    assert form
    fields = re.findall(r'name="(\w+)" value="([^"]*)"', form.group(1))
    data: dict[str, list[str]] = {}
    for name, value in fields:
        data.setdefault(name, []).append(value)
    answer = client.post("/bulk/apply", data=data)
    assert answer.status_code == 303
    assert [team.ticket(i)[0].state for i in (first, second, third)] == [
        State.COMPLETED,
        State.AWAITING_APPROVAL,
        State.COMPLETED,
    ]
    for ticket_id in (first, third):
        approvals = [e for e in team.ticket(ticket_id)[1] if e.command == "approve"]
        assert [e.actor for e in approvals] == ["staff:claire"]
    assert bulk_said("approve", done=2, refused=0, failed=0) in client.get("/queue").text


def test_bulk_reject_of_everything_shown_and_an_agent_is_refused_on_each(
    client: TestClient, team: Desk
) -> None:
    ids = [awaiting_erasure(team, e) for e in LEARNER_EMAILS[:2]]
    token = sign_in(client, "alex")
    data = {
        "csrf": token,
        "action": "reject",
        "reason": "manifestly_unfounded",
        "explanation": "Ces messages automatiques ne sont pas des demandes.",
        "ids": ids,
    }
    client.post("/bulk/apply", data=data)
    assert all(team.ticket(i)[0].state == State.AWAITING_APPROVAL for i in ids)
    assert bulk_said("reject", done=0, refused=2, failed=0) in client.get("/queue").text
    client.post("/logout", data={"csrf": token})
    token = sign_in(client)
    confirm = client.post(
        "/bulk/confirm",
        data={"csrf": token, "scope": "shown", "shown": ids, "action": "reject"},
    )
    assert "Refuser 2 demandes" in confirm.text
    client.post("/bulk/apply", data={**data, "csrf": token})
    assert all(team.ticket(i)[0].state == State.REJECTED for i in ids)
    assert all(team.ticket(i)[0].rejection_reason == "manifestly_unfounded" for i in ids)


def test_the_overview_draws_svg_charts_and_the_figures(
    client: TestClient, team: Desk, clock: Clock
) -> None:
    from datetime import timedelta

    answered = awaiting_erasure(team)
    awaiting_erasure(team, "bob@example.com")
    clock.now += timedelta(days=3)
    team.approve(answered, Decider(name="claire"))
    sign_in(client)
    page = client.get("/overview")
    assert page.status_code == 200 and "<script>" not in page.text  # charts drawn server-side
    assert page.text.count("<svg") == 2 and "<title>effacement: 2</title>" in page.text
    figures = re.findall(r'<span class="figure">([^<]+)</span>', page.text)
    assert figures == ["1", "3.0", "3.0", "100 %"]
    assert "style=" not in page.text  # the CSP forbids inline styles; colours are attributes
    svg = client.get("/overview/weekly.svg")
    assert svg.headers["content-type"] == "image/svg+xml" and svg.text.startswith("<svg")
    assert client.get("/overview/other.svg").status_code == 404


def test_an_agent_adds_an_internal_note_and_records_a_correction(
    client: TestClient, team: Desk
) -> None:
    result = _submit(team, "alice@example.fr", (T.RECTIFICATION,))
    _verified(team, result, "alice@example.fr")
    ticket_id = result.tickets[0].id
    before = len(outbox(team))
    token = sign_in(client, "alex")
    client.post(f"/tickets/{ticket_id}/note", data={"csrf": token, "note": "called her back"})
    client.post(
        f"/tickets/{ticket_id}/correct",
        data={"csrf": token, "correction": "last_name = Martin-Dupont\nnonsense line"},
    )
    ticket, events = team.ticket(ticket_id)  # type: ignore[arg-type]
    assert ticket.details["correction"] == {"last_name": "Martin-Dupont"}
    assert [(e.actor, e.reason) for e in events[-2:]] == [
        ("staff:alex", "note: called her back"),
        ("staff:alex", "correction recorded"),
    ]
    assert len(outbox(team)) == before  # the requester is told nothing of either
    page = client.get(f"/tickets/{ticket_id}").text
    assert "note: called her back" in page and "last_name = Martin-Dupont" in page


def test_a_dpo_opens_a_proof_document_and_it_is_logged_an_agent_cannot(
    client: TestClient, team: Desk
) -> None:
    from workflows.intake import Submission

    parent = team.open_requests(
        Submission(
            channel="email",
            requester_address="parent@example.org",
            received_at=team.ctx.now(),
            text="Mon fils de 14 ans est inscrit, effacez ses données",
            labels=(T.MINOR_PARENTAL, T.ERASURE),
        )
    )
    ticket_id = parent.tickets[0].id
    document = b"%PDF-1.7\nlivret de famille\n%%EOF\n"
    proof = team.add_proof(
        ticket_id,  # type: ignore[arg-type]
        "livret.pdf",
        "application/pdf",
        document,
        actor="email:parent@example.org",
    )
    token = sign_in(client, "alex")
    page = client.get(f"/tickets/{ticket_id}").text
    assert "livret.pdf" in page and f"/proofs/{proof.id}/open" not in page
    assert client.post(f"/proofs/{proof.id}/open", data={"csrf": token}).status_code == 403
    client.post("/logout", data={"csrf": token})
    token = sign_in(client)
    assert f"/proofs/{proof.id}/open" in client.get(f"/tickets/{ticket_id}").text
    opened = client.post(f"/proofs/{proof.id}/open", data={"csrf": token})
    assert opened.content == document and "attachment" in opened.headers["content-disposition"]
    assert opened.headers["cache-control"] == "no-store"
    reasons = [(e.actor, e.reason or "") for e in team.ticket(ticket_id)[1]]  # type: ignore[arg-type]
    assert any("alex" in actor and "refused" in reason for actor, reason in reasons)
    assert any("claire" in actor and "proof" in reason for actor, reason in reasons), reasons


def test_a_session_ends_after_the_idle_time(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import itsdangerous

    sign_in(client)
    assert client.get("/queue").status_code == 200
    real = itsdangerous.TimestampSigner.get_timestamp
    monkeypatch.setattr(
        itsdangerous.TimestampSigner,
        "get_timestamp",
        lambda self: real(self) + 31 * 60,  # 31 minutes without a request
    )
    answer = client.get("/queue")
    assert answer.status_code == 303 and answer.headers["location"] == "/login"


def test_the_language_a_staff_member_chooses_is_kept_for_the_next_sign_in(
    client: TestClient,
) -> None:
    token = sign_in(client)
    client.post("/language", data={"csrf": token, "language": "en", "back": "/queue"})
    client.post("/logout", data={"csrf": csrf_of(client.get("/queue").text)})
    sign_in(client)
    assert 'lang="en"' in client.get("/queue").text


def test_sign_in_asks_for_the_code_of_a_member_with_the_second_factor(
    client: TestClient, team: Desk
) -> None:
    import pyotp

    from workflows.staff import enable_totp

    secret = pyotp.parse_uri(team.run(lambda s: enable_totp(s, "claire"))).secret
    token = csrf_of(client.get("/login").text)
    form = {"login": "claire", "password": PASSWORD, "csrf": token}
    assert client.post("/login", data=form).status_code == 401
    code = pyotp.TOTP(secret).at(team.ctx.now())
    answer = client.post("/login", data={**form, "code": code})
    assert answer.status_code == 303 and answer.headers["location"] == "/queue"


def test_the_language_switch_only_sends_back_to_a_console_page(client: TestClient) -> None:
    token = sign_in(client)
    for elsewhere in ("https://evil.test/", "//evil.test/", "/\\evil.test"):
        answer = client.post(
            "/language", data={"csrf": token, "language": "en", "back": elsewhere}
        )
        assert answer.headers["location"] == "/queue"
    answer = client.post("/language", data={"csrf": token, "language": "fr", "back": "/overview"})
    assert answer.headers["location"] == "/overview"


def test_a_dpo_changes_the_registered_email_an_approved_rectification_asks_for(
    client: TestClient, team: Desk
) -> None:
    result = _submit(team, "alice@example.fr", (T.RECTIFICATION,))
    _verified(team, result, "alice@example.fr")
    ticket_id = result.tickets[0].id
    team.record_correction(ticket_id, Decider(name="claire"), {"email": "alice@new.fr"})  # type: ignore[arg-type]
    token = sign_in(client, "alex")
    form = f'action="/tickets/{ticket_id}/change-email"'
    assert form not in client.get(f"/tickets/{ticket_id}").text  # nothing to change yet
    team.approve(ticket_id, Decider(name="claire"))  # type: ignore[arg-type]
    page = client.get(f"/tickets/{ticket_id}").text
    assert form in page and 'value="alice@new.fr"' in page
    client.post(
        f"/tickets/{ticket_id}/change-email", data={"csrf": token, "new_email": "alice@new.fr"}
    )
    assert not outbox(team, template="email_changed")  # an agent may not
    client.post("/logout", data={"csrf": token})
    token = sign_in(client)
    answer = client.post(
        f"/tickets/{ticket_id}/change-email", data={"csrf": token, "new_email": "alice@new.fr"}
    )
    assert answer.status_code == 303
    done = escape(f"{_('Done:')} {_('change-email')}.")  # the page escapes the apostrophe
    assert done in client.get(answer.headers["location"]).text
    (told,) = outbox(team, template="email_changed")
    assert told.recipient == "alice@example.fr"
    events = team.ticket(ticket_id)[1]  # type: ignore[arg-type]
    assert events[-1].actor == "staff:claire" and events[-1].reason == "registered email changed"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_console_message_id_is_translated_once(language: str) -> None:
    """A message id twice in a catalog would silently give one text the other's words (an
    action named like a channel, say)."""
    catalog = Path(__file__).resolve().parent.parent / "templates" / "locales" / language
    ids = re.findall(r'^msgid "(.+)"$', (catalog / "LC_MESSAGES" / "web.po").read_text(), re.M)
    assert len(ids) == len(set(ids))


SCAN = b"%PDF-1.4\n% a scanned letter\n%%EOF\n"


def test_an_agent_registers_a_letter_with_its_scan_and_a_huge_scan_is_refused(
    client: TestClient, team: Desk
) -> None:
    token = sign_in(client, "alex")
    assert "Enregistrer un courrier" in client.get("/letters").text
    form = {
        "received_on": "2026-03-02",
        "name": "Camille Durand",
        "address": "12 rue des Lilas\n75011 Paris",
        "text": "Madame,\nJe demande l'erasure de toutes mes données.\nCamille Durand",
    }
    files = {"scan": ("courrier.pdf", SCAN, "application/pdf")}
    assert client.post("/letters", data=form, files=files).status_code == 403  # no token
    answer = client.post("/letters", data={**form, "csrf": token}, files=files)
    assert answer.status_code == 303
    ticket_id = int(answer.headers["location"].rsplit("/", 1)[1])
    ticket, events = team.ticket(ticket_id)
    assert ticket.channel == "letter" and ticket.request_type == "erasure"
    assert ticket.received_at.astimezone(team.ctx.tz).date().isoformat() == "2026-03-02"
    assert any(e.actor == "staff:alex" and "letter" in (e.reason or "") for e in events)
    (scan,) = team.proofs(ticket_id)
    assert scan.filename == "courrier.pdf" and scan.content_type == "application/pdf"
    page = client.get(f"/tickets/{ticket_id}").text
    assert "courrier.pdf" in page and "Fait" in page

    huge = {"scan": ("big.pdf", b"0" * (team.ctx.settings.max_proof_bytes * 2), "application/pdf")}
    assert client.post("/letters", data={**form, "csrf": token}, files=huge).status_code == 413
    future = {**form, "received_on": "2099-01-01", "csrf": token}
    refused = client.post("/letters", data=future, files=files)
    assert refused.headers["location"] == "/letters"
    shown = client.get("/letters").text
    assert "Cette action n&#39;est pas possible" in shown
    assert len(team.tickets()) == 1


def test_reclassify_from_the_ticket_page_records_an_example(
    client: TestClient, team: Desk
) -> None:
    from workflows.models import ClassifierExample

    result = _submit(team, "alice@example.fr", (T.ACCESS,))
    _verified(team, result, "alice@example.fr")
    ticket_id = result.tickets[0].id
    token = sign_in(client, "alex")
    page = client.get(f"/tickets/{ticket_id}").text
    assert f'action="/tickets/{ticket_id}/reclassify"' in page
    assert '<option value="erasure">' in page and '<option value="access">' not in page
    answer = client.post(
        f"/tickets/{ticket_id}/reclassify", data={"csrf": token, "request_type": "erasure"}
    )
    assert answer.status_code == 303
    ticket, events = team.ticket(ticket_id)  # type: ignore[arg-type]
    assert ticket.request_type == "erasure" and ticket.state == State.AWAITING_APPROVAL
    assert any(e.command == "reclassify" and e.actor == "staff:alex" for e in events)
    (example,) = team.run(lambda s: list(s.exec(__import__("sqlmodel").select(ClassifierExample))))
    assert example.labels == ["erasure"] and example.recorded_by == "alex"
    # the erasure plan names the categories as people read them, not by their keys
    page = client.get(f"/tickets/{ticket_id}").text
    assert "<td>Profil apprenant</td>" in page and "<td>profile</td>" not in page


def test_the_data_map_and_retention_rules_are_shown_read_only(client: TestClient) -> None:
    sign_in(client, "alex")
    page = client.get("/datamap").text
    assert 'href="/datamap"' in page and "Profil apprenant" in page
    assert "5 ans après votre dernière utilisation" in page and "5 ans après la clôture" in page
    assert "purgé 365 jours après la clôture" in page
    assert "<form" not in page.split("<main", 1)[1]  # nothing to change there


def test_every_text_of_the_console_pages_is_in_both_catalogs() -> None:
    from pathlib import Path

    from babel.messages.pofile import read_po

    root = Path(__file__).resolve().parent.parent / "templates"
    wanted = {
        text
        for page in (root / "web").glob("*.html")
        for text in re.findall(r"""_\((?:"([^"]+)"|'([^']+)')\)""", page.read_text())
        for text in text
        if text
    }
    assert "Reclassify" in wanted and "Data map and retention" in wanted
    for language in ("fr", "en"):
        with (root / "locales" / language / "LC_MESSAGES" / "web.po").open("rb") as source:
            catalog = read_po(source)
        # English ids: an empty English translation reads as the id itself
        missing = [t for t in wanted if t not in catalog]
        untranslated = [
            t for t in wanted if language == "fr" and t in catalog and not catalog[t].string
        ]
        assert (language, sorted(missing), sorted(untranslated)) == (language, [], [])


def test_a_reclassification_the_desk_refuses_is_explained(client: TestClient, team: Desk) -> None:
    result = _submit(team, "alice@example.fr", (T.OTHER,))  # no code was ever confirmed
    ticket_id = result.tickets[0].id
    token = sign_in(client, "alex")
    answer = client.post(
        f"/tickets/{ticket_id}/reclassify", data={"csrf": token, "request_type": "erasure"}
    )
    assert answer.status_code == 303
    page = client.get(f"/tickets/{ticket_id}").text
    assert "qui n&#39;a jamais été prouvée" in page
    assert team.ticket(ticket_id)[0].request_type == "other"  # type: ignore[arg-type]
