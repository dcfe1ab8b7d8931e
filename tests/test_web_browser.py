"""The console in a real Chromium (Debian's ``chromium``, installed by ``scripts/test-services``),
driven by Playwright: a person signs in, works the queue and decides, with the keyboard too.

The stack is the production path on the test database: the SMTP listener takes the learner's
mail, the dispatcher relays our notices to a local sink, and the console is served by uvicorn on
the same event loop, as ``privacy-desk serve`` does.
"""

from __future__ import annotations

import asyncio
import re
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest
from axe_playwright_python.async_playwright import Axe
from playwright.async_api import Browser, Page, async_playwright, expect
from sqlalchemy.engine import Engine

from tests.identity_helpers import ALICE, mailed_code_and_token, people
from tests.test_mail_e2e import Stack, close_stack, free_port, make_stack
from tests.test_mail_identity import compose, our_message, settled
from web.server import run_console
from workflows.config import Settings
from workflows.lifecycle import State
from workflows.staff import Role, add_staff, set_password

PASSWORD = "correct horse battery"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.fail("chromium is not installed: run scripts/test-services (make test does)")
    return path


@dataclass
class Console:
    stack: Stack
    url: str


@pytest.fixture
async def console(engine: Engine, settings: Settings) -> AsyncIterator[Console]:
    stack = await make_stack(engine, settings, web_port=free_port())
    people(stack.desk)  # claire, a dpo, and learner Alice
    for name, role in (("claire", Role.DPO), ("alex", Role.AGENT)):
        stack.desk.run(lambda s, n=name, r=role: add_staff(s, n, email=f"{n}@studi.fr", role=r))
        stack.desk.run(lambda s, n=name: set_password(s, n, PASSWORD))
    url = f"http://127.0.0.1:{stack.settings.web_port}"
    serving = asyncio.create_task(run_console(stack.desk, stack.settings, stack.stop))
    async with httpx.AsyncClient() as client:
        for _ in range(100):
            try:
                await client.get(f"{url}/healthz")
                break
            except httpx.ConnectError:
                await asyncio.sleep(0.05)
    try:
        yield Console(stack, url)
    finally:
        await close_stack(stack)
        await asyncio.wait_for(serving, 10)


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=chromium_path(), args=CHROMIUM_ARGS
        )
        try:
            yield launched
        finally:
            await launched.close()


@pytest.fixture
async def page(browser: Browser) -> AsyncIterator[Page]:
    context = await browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    opened = await context.new_page()
    try:
        yield opened
    finally:
        await context.close()


async def mailed_erasure(stack: Stack) -> int:
    """Alice mails an erasure request and confirms with the code she was mailed."""
    request = compose(ALICE, "Mes données", "Bonjour,\nerasure svp.\nAlice", message_id="<e@s.fr>")
    await stack.send(request, mail_from=ALICE)
    await settled(stack)
    code, _ = mailed_code_and_token(stack.sink.messages, ALICE)
    ack = our_message(stack, "received", ALICE)
    reply = compose(ALICE, "Re: code", code, message_id="<c@s.fr>", in_reply_to=ack)
    await stack.send(reply, mail_from=ALICE)
    await settled(stack)
    (ticket,) = stack.tickets()
    assert ticket.state == State.AWAITING_APPROVAL and ticket.id is not None
    return ticket.id


async def sign_in(page: Page, url: str, login: str, password: str = PASSWORD) -> None:
    await page.goto(f"{url}/login")
    await page.get_by_label("Nom ou adresse e-mail").fill(login)
    await page.get_by_label("Mot de passe").fill(password)
    await page.get_by_role("button", name="Se connecter").click()


async def test_a_dpo_approves_a_mailed_erasure_and_alice_gets_her_notice(
    console: Console, page: Page
) -> None:
    ticket_id = await mailed_erasure(console.stack)
    (ticket,) = console.stack.tickets()
    await sign_in(page, console.url, "claire")
    await expect(page).to_have_url(f"{console.url}/queue")
    await expect(page.get_by_role("heading", name="File")).to_be_visible()
    row = page.get_by_role("row").filter(has_text=str(ticket.reference))
    await expect(row).to_contain_text("à approuver")
    await row.get_by_role("link").click()
    await expect(page).to_have_url(f"{console.url}/tickets/{ticket_id}")
    await expect(page.get_by_role("heading", name="Plan d'effacement")).to_be_visible()
    await expect(page.get_by_text(ALICE).first).to_be_visible()
    await page.get_by_role("button", name="Approuver").click()
    await expect(page.get_by_role("status")).to_contain_text("Fait")
    await expect(page.locator("h1 .state")).to_have_text("terminée")
    await settled(console.stack)
    notices = [m for m in console.stack.sink.messages if m["To"] == ALICE]
    assert any(ticket.reference in str(m["Subject"]) for m in notices[-1:]), notices
    (done,) = [o for o in console.stack.outbox() if o.template == "completed"]
    assert done.recipient == ALICE and done.status == "sent"
    events = console.stack.events(ticket_id)
    assert any(e.actor == "staff:claire" and e.command == "approve" for e in events)


async def test_an_agent_cannot_approve(console: Console, page: Page) -> None:
    ticket_id = await mailed_erasure(console.stack)
    await sign_in(page, console.url, "alex")
    await page.goto(f"{console.url}/tickets/{ticket_id}")
    await expect(page.get_by_text("Seul un DPO peut décider ceci : approuver.")).to_be_visible()
    await expect(page.get_by_role("button", name="Approuver")).to_have_count(0)
    # the form a DPO would see, posted with the agent's own valid session and token
    token = await page.locator("input[name=csrf]").first.input_value()
    answer = await page.request.post(
        f"{console.url}/tickets/{ticket_id}/approve", form={"csrf": token}
    )
    assert answer.ok  # redirected back to the ticket, which says why
    assert "votre rôle ne permet pas" in await answer.text()
    assert console.stack.tickets()[0].state == State.AWAITING_APPROVAL


async def test_a_forged_post_without_the_csrf_token_is_refused(
    console: Console, page: Page
) -> None:
    ticket_id = await mailed_erasure(console.stack)
    await sign_in(page, console.url, "claire")
    await expect(page).to_have_url(f"{console.url}/queue")
    # another site's page makes the signed-in browser post the approval form
    forged = (
        f'<form method="post" action="{console.url}/tickets/{ticket_id}/approve">'
        '<button id="go">win a prize</button></form>'
    )
    await page.route(
        "http://evil.test/", lambda route: route.fulfill(body=forged, content_type="text/html")
    )
    await page.goto("http://evil.test/")
    async with page.expect_response(re.compile(r"/approve$")) as answered:
        await page.click("#go")
    refused = await answered.value
    # SameSite=Lax: the browser did not even send the session cookie with the other site's POST
    assert refused.status == 303 and refused.headers["location"] == "/login"
    # and a same-site POST with the session but without the token is refused too
    answer = await page.request.post(f"{console.url}/tickets/{ticket_id}/approve", form={})
    assert answer.status == 403
    assert console.stack.tickets()[0].state == State.AWAITING_APPROVAL


async def test_five_wrong_passwords_lock_the_account(console: Console, page: Page) -> None:
    for _ in range(4):
        await sign_in(page, console.url, "claire", "not the password")
        await expect(page.get_by_role("alert")).to_have_text(
            "Nom, mot de passe ou code incorrect."
        )
    await sign_in(page, console.url, "claire", "not the password")
    await expect(page.get_by_role("alert")).to_contain_text("Ce compte est verrouillé")
    await sign_in(page, console.url, "claire")  # the right one, too late
    await expect(page.get_by_role("alert")).to_contain_text("Ce compte est verrouillé")
    await expect(page).to_have_url(f"{console.url}/login")


async def test_the_queue_works_with_the_keyboard_alone(console: Console, page: Page) -> None:
    ticket_id = await mailed_erasure(console.stack)
    (ticket,) = console.stack.tickets()
    await page.goto(f"{console.url}/login")
    assert await page.evaluate("document.activeElement.id") == "login"  # focus starts there
    await page.keyboard.type("claire")
    await page.keyboard.press("Tab")
    await page.keyboard.type(PASSWORD)
    await page.keyboard.press("Enter")
    await expect(page).to_have_url(f"{console.url}/queue")
    await page.keyboard.press("Tab")  # the skip link comes first
    assert await page.evaluate("document.activeElement.className") == "skip"
    for _ in range(60):
        await page.keyboard.press("Tab")
        if await page.evaluate("document.activeElement.textContent") == ticket.reference:
            break
    else:
        pytest.fail("the ticket's link is never reached with Tab")
    outline = await page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # the focused link is visible
    await page.keyboard.press("Enter")
    await expect(page).to_have_url(f"{console.url}/tickets/{ticket_id}")


async def test_no_serious_or_critical_accessibility_violation(
    console: Console, browser: Browser
) -> None:
    ticket_id = await mailed_erasure(console.stack)
    # axe is injected by the test (the console's CSP rightly forbids scripts it did not serve)
    context = await browser.new_context(locale="fr-FR", bypass_csp=True)
    page = await context.new_page()
    axe = Axe()
    found = {}
    try:
        await page.goto(f"{console.url}/login")
        checked = (await axe.run(page)).response
        assert checked["testEngine"]["name"] == "axe-core" and checked["passes"]  # it ran
        found["login"] = checked["violations"]
        await sign_in(page, console.url, "claire")
        await expect(page).to_have_url(f"{console.url}/queue")
        found["queue"] = (await axe.run(page)).response["violations"]
        await page.goto(f"{console.url}/tickets/{ticket_id}")
        found["ticket"] = (await axe.run(page)).response["violations"]
        for name in ("register", "overview", "letters", "datamap"):
            await page.goto(f"{console.url}/{name}")
            found[name] = (await axe.run(page)).response["violations"]
    finally:
        await context.close()
    serious = {
        name: [
            (v["id"], v["impact"], len(v["nodes"]))
            for v in violations
            if v["impact"] in ("serious", "critical")
        ]
        for name, violations in found.items()
    }
    pages = ("login", "queue", "ticket", "register", "overview", "letters", "datamap")
    assert serious == {name: [] for name in pages}


async def test_an_agent_registers_a_letter_and_its_scan(console: Console, page: Page) -> None:
    await sign_in(page, console.url, "alex")
    await page.get_by_role("navigation").get_by_role("link", name="Courriers").click()
    await expect(page.get_by_role("heading", name="Enregistrer un courrier")).to_be_visible()
    received = console.stack.desk.ctx.now().date().isoformat()
    await page.get_by_label("Reçu le").fill(received)
    await page.get_by_label("Nom de l'expéditeur").fill("Camille Durand")
    await page.get_by_label("Adresse postale de l'expéditeur").fill(
        "12 rue des Lilas\n75011 Paris"
    )
    await page.get_by_label("Le texte du courrier").fill("Madame,\nerasure de mes données svp.")
    await page.get_by_label("Scan du courrier").set_input_files(
        {"name": "courrier.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n%%EOF\n"}
    )
    await page.get_by_role("button", name="Enregistrer le courrier").click()
    await expect(page).to_have_url(re.compile(r"/tickets/\d+$"))
    await expect(page.get_by_role("status")).to_contain_text("enregistrer un courrier")
    await expect(page.locator("h1")).to_contain_text("effacement")
    await expect(page.get_by_text("courrier.pdf (application/pdf")).to_be_visible()
    (ticket,) = console.stack.tickets()
    assert ticket.channel == "letter" and ticket.requester_name == "Camille Durand"
    assert any(e.actor == "staff:alex" for e in console.stack.events(ticket.id))


async def test_staff_reclassify_a_request_and_the_classifier_gets_an_example(
    console: Console, page: Page
) -> None:
    from sqlmodel import select

    from workflows.models import ClassifierExample

    ticket_id = await mailed_erasure(console.stack)
    await sign_in(page, console.url, "alex")
    await page.goto(f"{console.url}/tickets/{ticket_id}")
    await page.get_by_label("La demande est en réalité").select_option(label="accès")
    await page.get_by_role("button", name="Reclasser").click()
    await expect(page.get_by_role("status")).to_contain_text("reclasser")
    await expect(page.locator("h1")).to_contain_text("accès")
    await expect(page.locator("h1 .state")).to_have_text("à approuver")
    await expect(page.get_by_role("heading", name="Plan d'effacement")).to_have_count(0)
    timeline = page.locator("#timeline")
    await expect(timeline).to_contain_text("erasure → access")
    (example,) = console.stack.desk.run(lambda s: list(s.exec(select(ClassifierExample))))
    assert example.labels == ["access"] and example.predicted == ["erasure"]
    assert ALICE not in example.text and "Alice" not in example.text


async def test_a_note_is_added_in_place_with_htmx_and_without_javascript_too(
    console: Console, browser: Browser, page: Page
) -> None:
    ticket_id = await mailed_erasure(console.stack)
    await sign_in(page, console.url, "claire")
    await page.goto(f"{console.url}/tickets/{ticket_id}")
    refused: list[str] = []  # what the CSP would block shows as a console error
    page.on("console", lambda m: refused.append(m.text) if m.type == "error" else None)
    await page.evaluate("window.stillTheSamePage = true")
    await page.get_by_label("Note interne").fill("Appelée le 3, elle confirme.")
    await page.get_by_role("button", name="Ajouter la note").click()
    await expect(page.locator("#timeline")).to_contain_text("note: Appelée le 3, elle confirme.")
    await expect(page.get_by_role("status")).to_contain_text("Fait")
    assert await page.evaluate("window.stillTheSamePage") is True  # swapped in, not reloaded
    await expect(page.get_by_label("Note interne")).to_have_value("")
    await page.get_by_label("Assignée à").select_option("alex")
    await page.get_by_role("button", name="Assigner").click()
    await expect(page.locator("#timeline")).to_contain_text("assigned to alex")
    assert await page.evaluate("window.stillTheSamePage") is True

    # the same form, posted by a browser without JavaScript: POST, redirect, GET
    plain = await browser.new_context(locale="fr-FR", java_script_enabled=False)
    try:
        other = await plain.new_page()
        await sign_in(other, console.url, "claire")
        await other.goto(f"{console.url}/tickets/{ticket_id}")
        await other.get_by_label("Note interne").fill("Sans JavaScript.")
        await other.get_by_role("button", name="Ajouter la note").click()
        await expect(other).to_have_url(f"{console.url}/tickets/{ticket_id}")
        await expect(other.locator("#timeline")).to_contain_text("note: Sans JavaScript.")
    finally:
        await plain.close()
    notes = [e.reason for e in console.stack.events(ticket_id) if e.command == "note"]
    assert "note: Appelée le 3, elle confirme." in notes and "note: Sans JavaScript." in notes
    assert refused == []


async def test_the_queue_filters_in_place_and_keeps_the_filters_in_the_address(
    console: Console, page: Page
) -> None:
    await mailed_erasure(console.stack)
    (erasure,) = console.stack.tickets()
    await sign_in(page, console.url, "claire")
    await expect(page.get_by_role("row").filter(has_text=str(erasure.reference))).to_be_visible()
    await page.evaluate("window.stillTheSamePage = true")
    await page.get_by_label("Type").select_option("access")
    await page.get_by_role("button", name="Filtrer").click()
    await expect(page.get_by_text("Aucune demande ne correspond.")).to_be_visible()
    await expect(page).to_have_url(re.compile(r"/queue\?.*type=access"))
    assert await page.evaluate("window.stillTheSamePage") is True
    await page.get_by_label("Type").select_option("erasure")
    await page.get_by_role("button", name="Filtrer").click()
    await expect(page.get_by_role("row").filter(has_text=str(erasure.reference))).to_be_visible()
    await page.reload()  # the address holds the filters (never a search: it is posted)
    await expect(page.get_by_label("Type")).to_have_value("erasure")
