"""The console's ASGI application (Starlette, Jinja2 templates under ``templates/web``).

Plain HTML forms, each POST checked against the session's CSRF token and answered with a
redirect (POST-redirect-GET). The session lives in a signed, HttpOnly, SameSite=Lax cookie that
expires after ``WEB_SESSION_IDLE_MINUTES`` without a request (Secure when served over HTTPS).
No personal data goes into a URL: tickets are addressed by their numeric id, and the search box
posts its query.
"""

from __future__ import annotations

import hmac
import io
import logging
import secrets
import time
from collections import defaultdict, deque
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from ipaddress import ip_address
from pathlib import Path
from typing import Any

from markupsafe import Markup
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from web.charts import horizontal_bars, weekly_bars
from web.i18n import LANGUAGES, preferred, translations
from workflows.desk import RECLASSIFIABLE, Decider, Desk, ReclassifyRefused
from workflows.letters import Letter, LetterRefused
from workflows.lifecycle import OPEN, TRANSITIONS, Command, ExtensionCause, RejectionReason, State
from workflows.models import StaffMember
from workflows.overview import Overview
from workflows.queue import (
    Cursor,
    QueueFilter,
)
from workflows.requests import RequestType
from workflows.staff import (
    DPO_ONLY,
    LoginResult,
    NotStaff,
    Role,
)
from workflows.tickets import TicketNotFound

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parent.parent
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
ADDRESS_WINDOW = 15 * 60  # seconds over which wrong sign-ins from one address are counted
SOON_DAYS = 7
FORM_OVERHEAD = 64 * 1024  # the letter's text and fields beside its scan, in a multipart body
#: the decisions a ticket page offers, with the lifecycle command each one issues
ACTIONS = {
    "approve": Command.APPROVE,
    "reject": Command.REJECT,
    "ask": Command.ASK_REQUESTER,
    "extend": Command.EXTEND,
}


class SecurityHeaders:
    """Strict CSP, no framing, no sniffing, no referrer; ``Secure`` cookies over HTTPS."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        https = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v + b"; secure" if https and k.lower() == b"set-cookie" else v)
                    for k, v in message.get("headers", [])
                ]
                headers += [
                    (b"content-security-policy", CSP.encode()),
                    (b"x-frame-options", b"DENY"),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"cache-control", b"no-store"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Console:
    """The routes, bound to one Desk."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.settings = desk.settings
        self.templates = Jinja2Templates(directory=str(ROOT / "templates" / "web"))
        self.failures_by_address: dict[str, deque[float]] = defaultdict(deque)

    # -- plumbing ----------------------------------------------------------------------------
    def render(
        self, request: Request, name: str, status_code: int = 200, **context: Any
    ) -> Response:
        language = context.pop("language", None) or request.session.get("language")
        language = language or preferred(request.headers.get("accept-language"))
        catalog = translations(language)
        context.update(
            _=catalog.gettext,
            language=language,
            csrf=csrf_token(request),
            staff=request.session.get("name"),
            role=request.session.get("role"),
            flash=request.session.pop("flash", None),
        )
        return self.templates.TemplateResponse(request, name, context, status_code=status_code)

    def staff_member(self, request: Request) -> StaffMember | None:
        staff_id = request.session.get("staff_id")
        if staff_id is None:
            return None
        member = self.desk.staff_by_id(int(staff_id))
        if member is None or not member.active:
            request.session.clear()
            return None
        return member

    async def signed_in(self, request: Request) -> StaffMember:
        member = await run_in_threadpool(self.staff_member, request)
        if member is None:
            raise HTTPException(303, headers={"Location": "/login"})
        request.session["role"] = member.role
        return member

    # -- health --------------------------------------------------------------------------------
    async def healthz(self, request: Request) -> Response:
        return PlainTextResponse("ok")

    async def readyz(self, request: Request) -> Response:
        """Ready when the database answers and its schema is the code's (or newer)."""
        ready, why = await run_in_threadpool(self.desk.readiness)
        if not ready:
            log.warning("not ready: %s", why)
        return PlainTextResponse(why, status_code=200 if ready else 503)

    async def metrics(self, request: Request) -> Response:
        """Prometheus figures, for the configured networks or the bearer of the token."""
        if not self.may_scrape(request):
            return PlainTextResponse("forbidden", status_code=403)
        body = await run_in_threadpool(generate_latest, self.desk.metrics.registry)
        return Response(body, media_type=CONTENT_TYPE_LATEST)

    def may_scrape(self, request: Request) -> bool:
        token = self.settings.metrics_token
        sent = request.headers.get("authorization", "")
        if token is not None and hmac.compare_digest(
            sent.encode(), f"Bearer {token.get_secret_value()}".encode()
        ):
            return True
        try:
            client = ip_address(request.client.host if request.client else "")
        except ValueError:
            return False
        return any(client in network for network in self.settings.metrics_networks)

    # -- signing in ------------------------------------------------------------------------------
    async def login_page(self, request: Request) -> Response:
        return self.render(request, "login.html")

    async def login(self, request: Request) -> Response:
        form = await checked_form(request)
        address = request.client.host if request.client else "-"
        if self.address_throttled(address):
            log.warning("console sign-in refused: too many wrong passwords from one address")
            return self.render(request, "login.html", 429, error="throttled")
        login, password = str(form.get("login", "")), str(form.get("password", ""))
        code = str(form.get("code", ""))
        result, member = await run_in_threadpool(self.desk.sign_in, login, password, code)
        if result is not LoginResult.OK or member is None:
            if result is LoginResult.WRONG:
                self.failures_by_address[address].append(time.monotonic())
            log.info("console sign-in refused (%s)", result.value)
            error = "locked" if result is LoginResult.LOCKED else "wrong"
            return self.render(request, "login.html", 401, error=error)
        request.session.clear()
        request.session.update(
            staff_id=member.id,
            name=member.name,
            role=member.role,
            language=member.language if member.language in LANGUAGES else "fr",
            csrf=secrets.token_urlsafe(32),
        )
        log.info("console sign-in: staff:%s", member.name)
        return RedirectResponse("/queue", status_code=303)

    def address_throttled(self, address: str) -> bool:
        recent = self.failures_by_address[address]
        while recent and recent[0] < time.monotonic() - ADDRESS_WINDOW:
            recent.popleft()
        return len(recent) >= self.settings.web_max_failures_per_address

    async def logout(self, request: Request) -> Response:
        await checked_form(request)
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    async def language(self, request: Request) -> Response:
        form = await checked_form(request)
        language = str(form.get("language", ""))
        if language in LANGUAGES:
            request.session["language"] = language
            name = request.session.get("name")
            if name:
                await run_in_threadpool(self.desk.set_staff_language, str(name), language)
        back = str(form.get("back") or "")
        local = back.startswith("/") and not back.startswith(("//", "/\\"))
        return RedirectResponse(back if local else "/queue", status_code=303)

    # -- the queue -----------------------------------------------------------------------------
    async def queue(self, request: Request) -> Response:
        await self.signed_in(request)
        return await self.queue_view(request, request.query_params, search=None)

    async def search(self, request: Request) -> Response:
        await self.signed_in(request)
        form = await checked_form(request)
        return await self.queue_view(request, form, search=str(form.get("q", "")).strip())

    async def queue_view(self, request: Request, params: Any, search: str | None) -> Response:
        state, kind = params.get("state") or None, params.get("type")
        wanted = QueueFilter(
            state=State(state) if state in {s.value for s in OPEN} else None,
            request_type=RequestType(kind) if kind in set(RequestType) else None,
            channel=params.get("channel") or None,
            overdue=params.get("overdue") == "1",
            with_awaiting_identity=params.get("identity") == "1",
            verified={"1": True, "0": False}.get(str(params.get("verified", ""))),
            assigned_to=request.session.get("name") if params.get("mine") == "1" else None,
            search=search or None,
            breach_id=int(breach)
            if (breach := str(params.get("breach") or "")).isdigit()
            else None,
        )
        after = None
        if params.get("after"):
            try:
                after = Cursor.decode(str(params["after"]))
            except ValueError:
                raise HTTPException(400) from None
        view = await run_in_threadpool(partial(self.desk.queue, wanted, after=after))
        rows, cursor, counts, assigned = view.rows, view.cursor, view.counts, view.assigned
        running, breaches = await run_in_threadpool(self.desk.breaches.for_the_queue)
        now, tz = self.desk.now(), self.desk.tz
        tickets = []
        for t in rows:
            due = t.effective_due_at.astimezone(tz).date()
            days = (due - now.astimezone(tz).date()).days
            tickets.append(
                {
                    "id": t.id,
                    "reference": t.reference,
                    "type": t.request_type,
                    "state": t.state,
                    "channel": t.channel,
                    "due": due.isoformat(),
                    "days_left": days,
                    "urgency": "overdue" if days < 0 else "soon" if days <= SOON_DAYS else "ok",
                    "verified": t.identity_verified_at is not None,
                    "assigned_to": assigned.get(t.id or 0),
                }
            )
        return self.render(
            request,
            "queue.html",
            tickets=tickets,
            counts=counts,
            wanted=wanted,
            mine=params.get("mine") == "1",
            next_cursor=cursor.encode() if cursor else None,
            states=[s.value for s in State if s in OPEN],
            types=[t.value for t in RequestType],
            reasons=[r.value for r in RejectionReason],
            channels=("email", "telegram", "letter"),
            breaches=[(b.id, b.title) for b in breaches],
            clocks=[
                {
                    "id": v.breach.id,
                    "title": v.breach.title,
                    "sent": v.counts.sent,
                    "affected": v.counts.affected,
                    "clocks": [
                        {
                            "name": c.name,
                            "done": c.done_at is not None,
                            "waived": c.waived,
                            "overdue": c.left(now) < timedelta(0),
                            "hours": int(abs(c.left(now)).total_seconds() // 3600),
                        }
                        for c in v.clocks
                    ],
                }
                for v in running
            ],
        )

    # -- one ticket ----------------------------------------------------------------------------
    async def ticket(self, request: Request) -> Response:
        await self.signed_in(request)
        ticket_id = request.path_params["ticket_id"]

        try:
            ticket, events = await run_in_threadpool(self.desk.ticket, ticket_id)
        except TicketNotFound:
            raise HTTPException(404) from None
        messages, assigned_to = await run_in_threadpool(self.desk.ticket_story, ticket_id)
        verification = await run_in_threadpool(self.desk.verification_status, ticket_id)
        proofs = await run_in_threadpool(self.desk.proofs, ticket_id)
        colleagues = [m.name for m in await run_in_threadpool(self.desk.staff_members)]
        state = State(ticket.state)
        allowed = [name for name, cmd in ACTIONS.items() if (state, cmd) in TRANSITIONS]
        if ticket.extended_due_at is not None and "extend" in allowed:
            allowed.remove("extend")
        reclassify_to = []
        if (state, Command.RECLASSIFY) in TRANSITIONS and ticket.request_type in RECLASSIFIABLE:
            reclassify_to = sorted(t.value for t in RECLASSIFIABLE if t != ticket.request_type)
        language = request.session.get("language") or "fr"
        titles = await run_in_threadpool(self.desk.category_titles, language)
        return self.render(
            request,
            "ticket.html",
            ticket=ticket,
            tz=self.desk.tz,
            events=events,
            messages=messages,
            assigned_to=assigned_to,
            verification=verification,
            proofs=proofs,
            allowed=allowed,
            dpo_only=DPO_ONLY,
            is_dpo=request.session.get("role") == Role.DPO,
            reasons=[r.value for r in RejectionReason],
            colleagues=colleagues,
            reclassify_to=reclassify_to,
            titles=titles,
        )

    async def decide(self, request: Request) -> Response:
        member = await self.signed_in(request)
        form = await checked_form(request)
        ticket_id = request.path_params["ticket_id"]
        action = request.path_params["action"]
        who = Decider(name=member.name)
        commands: dict[str, Callable[[], Any]] = {
            "approve": lambda: self.desk.approve(ticket_id, who),
            "reject": lambda: self.desk.reject(
                ticket_id,
                who,
                RejectionReason(str(form.get("reason", ""))),
                str(form.get("explanation", "")).strip() or None,
            ),
            "ask": lambda: self.desk.ask_requester(
                ticket_id, who, str(form.get("question", "")).strip()
            ),
            "extend": lambda: self.desk.extend(
                ticket_id,
                who,
                str(form.get("reason", "")),
                ExtensionCause(str(form.get("cause", ""))),
            ),
            "note": lambda: self.desk.add_note(ticket_id, who, str(form.get("note", ""))),
            "correct": lambda: self.desk.record_correction(
                ticket_id, who, parse_correction(str(form.get("correction", "")))
            ),
            "change-email": lambda: self.desk.change_registered_email(
                ticket_id, str(form.get("new_email", "")).strip(), who
            ),
            "assign": lambda: self.desk.assign(
                ticket_id, who, str(form.get("assignee", "")).strip() or None
            ),
            "reclassify": lambda: self.desk.reclassify(
                ticket_id, who, RequestType(str(form.get("request_type", "")))
            ),
        }
        if action not in commands:
            raise HTTPException(404)
        try:
            await run_in_threadpool(commands[action])
            request.session["flash"] = {"kind": "done", "action": action}
        except NotStaff:
            request.session["flash"] = {"kind": "refused", "action": action}
        except TicketNotFound:
            raise HTTPException(404) from None
        except ReclassifyRefused as refused:
            request.session["flash"] = {"kind": "failed", "action": action, "why": refused.why}
        except Exception as failed:  # an illegal move, a missing reason: said on the page
            log.info("console %s on ticket %s failed: %s", action, ticket_id, type(failed))
            request.session["flash"] = {"kind": "failed", "action": action}
        return RedirectResponse(f"/tickets/{ticket_id}", status_code=303)

    # -- bulk decisions ---------------------------------------------------------------------
    def bulk_command(
        self, action: str, form: FormData, who: Decider
    ) -> Callable[[int], Any] | None:
        if action == "approve":
            return lambda ticket_id: self.desk.approve(ticket_id, who)
        if action == "reject":
            reason = RejectionReason(str(form.get("reason", "")))
            text = str(form.get("explanation", "")).strip() or None
            return lambda ticket_id: self.desk.reject(ticket_id, who, reason, text)
        return None

    async def bulk_confirm(self, request: Request) -> Response:
        await self.signed_in(request)
        form = await checked_form(request)
        field = "shown" if form.get("scope") == "shown" else "ids"
        ids = sorted({int(str(v)) for v in form.getlist(field) if str(v).isdigit()})
        action = str(form.get("action", ""))
        if action not in ("approve", "reject") or not ids:
            request.session["flash"] = {"kind": "failed", "action": action or "bulk"}
            return RedirectResponse("/queue", status_code=303)

        return self.render(
            request,
            "bulk.html",
            action=action,
            ids=ids,
            references=await run_in_threadpool(self.desk.references, ids),
            reason=form.get("reason", ""),
            explanation=form.get("explanation", ""),
        )

    async def bulk_apply(self, request: Request) -> Response:
        """Each ticket decided by the same core command as one by one, in its own transaction
        and audited on its own; a refusal or a failure on one does not stop the others."""
        member = await self.signed_in(request)
        form = await checked_form(request)
        action = str(form.get("action", ""))
        try:
            command = self.bulk_command(action, form, Decider(name=member.name))
        except ValueError:
            command = None
        if command is None:
            raise HTTPException(400)
        outcome = {"done": 0, "refused": 0, "failed": 0}
        for value in form.getlist("ids"):
            try:
                await run_in_threadpool(command, int(str(value)))
                outcome["done"] += 1
            except NotStaff:
                outcome["refused"] += 1
            except Exception as failed:
                log.info("console bulk %s failed on ticket %s: %s", action, value, type(failed))
                outcome["failed"] += 1
        request.session["flash"] = {"kind": "bulk", "action": action, **outcome}
        return RedirectResponse("/queue", status_code=303)

    async def open_proof(self, request: Request) -> Response:
        member = await self.signed_in(request)
        await checked_form(request)
        proof_id = request.path_params["proof_id"]
        try:
            document, data = await run_in_threadpool(
                self.desk.open_proof, proof_id, Decider(name=member.name)
            )
        except NotStaff:
            raise HTTPException(403) from None
        except (TicketNotFound, ValueError):
            raise HTTPException(404) from None
        return Response(
            data,
            media_type=document.content_type,
            headers={"content-disposition": f'attachment; filename="proof-{proof_id}"'},
        )

    # -- letters -------------------------------------------------------------------------------
    async def letter_form(self, request: Request) -> Response:
        await self.signed_in(request)
        return self.render(request, "letter.html", today=self.desk.now().date().isoformat())

    async def register_letter(self, request: Request) -> Response:
        """A letter received by post, typed in with its scan (at most ``MAX_PROOF_BYTES``)."""
        member = await self.signed_in(request)
        limit = self.settings.max_proof_bytes
        declared = request.headers.get("content-length", "")
        if not declared.isdigit() or int(declared) > limit + FORM_OVERHEAD:
            raise HTTPException(413, "the scan is too large")
        form = await checked_form(request, max_files=1, max_fields=10)
        upload = form.get("scan")
        try:
            scan = await upload.read(limit + 1) if isinstance(upload, UploadFile) else b""
        finally:
            await form.close()
        try:
            if len(scan) > limit:
                raise LetterRefused("the scan is too large")
            letter = Letter(
                received_on=date.fromisoformat(str(form.get("received_on", ""))),
                name=str(form.get("name", "")).strip(),
                address=str(form.get("address", "")).strip(),
                text=str(form.get("text", "")),
                scan=scan or None,
                scan_name=(upload.filename if isinstance(upload, UploadFile) else None) or "scan",
                scan_type=(upload.content_type if isinstance(upload, UploadFile) else None)
                or "application/octet-stream",
            )
            if not letter.name or not letter.address:
                raise LetterRefused("the sender's name and postal address are both needed")
            result = await run_in_threadpool(
                self.desk.open_letter, letter, Decider(name=member.name)
            )
        except NotStaff:
            request.session["flash"] = {"kind": "refused", "action": "register a letter"}
            return RedirectResponse("/letters", status_code=303)
        except ValueError as refused:  # LetterRefused, a bad date, a scan refused as proof
            log.info("console letter refused: %s", type(refused).__name__)
            request.session["flash"] = {"kind": "failed", "action": "register a letter"}
            return RedirectResponse("/letters", status_code=303)
        request.session["flash"] = {"kind": "done", "action": "register a letter"}
        return RedirectResponse(f"/tickets/{result.tickets[0].id}", status_code=303)

    # -- data map and retention ----------------------------------------------------------------
    async def data_map(self, request: Request) -> Response:
        await self.signed_in(request)
        return self.render(
            request,
            "datamap.html",
            datamap=await run_in_threadpool(self.desk.data_map),
            settings=self.settings,
        )

    # -- register and audit --------------------------------------------------------------------
    async def register(self, request: Request) -> Response:
        await self.signed_in(request)
        report = await run_in_threadpool(self.desk.verify_audit)
        return self.render(
            request,
            "register.html",
            report=report,
            is_dpo=request.session.get("role") == Role.DPO,
        )

    async def export_register(self, request: Request) -> Response:
        member = await self.signed_in(request)
        form = await checked_form(request)
        try:
            first, last = (
                date.fromisoformat(str(form[key])) if form.get(key) else None
                for key in ("from", "to")
            )
        except ValueError:
            raise HTTPException(400, "dates are YYYY-MM-DD") from None
        out = io.StringIO()
        try:
            await run_in_threadpool(
                lambda: self.desk.export_register(
                    Decider(name=member.name), out, received_from=first, received_to=last
                )
            )
        except NotStaff:
            request.session["flash"] = {"kind": "refused", "action": "export"}
            return RedirectResponse("/register", status_code=303)
        return Response(
            out.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": 'attachment; filename="register.csv"'},
        )

    # -- overview ------------------------------------------------------------------------------
    async def charts(self, request: Request) -> tuple[Overview, dict[str, str]]:
        language = request.session.get("language") or "fr"
        _ = translations(language).gettext
        figures = await run_in_threadpool(self.desk.overview)
        labels = {key: _(key) for key in [*(t.value for t in RequestType), *figures.open_by_state]}
        return figures, {
            "weekly": weekly_bars(
                figures.weeks, figures.per_week, labels, _("Requests received per week, by type")
            ),
            "open": horizontal_bars(figures.open_by_state, labels, _("Open requests by state")),
        }

    async def overview(self, request: Request) -> Response:
        await self.signed_in(request)
        figures, svgs = await self.charts(request)
        return self.render(
            request,
            "overview.html",
            figures=figures,
            weekly=Markup(svgs["weekly"]),
            open_chart=Markup(svgs["open"]),
        )

    async def chart(self, request: Request) -> Response:
        await self.signed_in(request)
        name = request.path_params["name"]
        _, svgs = await self.charts(request)
        if name not in svgs:
            raise HTTPException(404)
        return Response(
            svgs[name],
            media_type="image/svg+xml",
            headers={"content-disposition": f'attachment; filename="{name}.svg"'},
        )

    async def home(self, request: Request) -> Response:
        return RedirectResponse("/queue", status_code=303)


def parse_correction(text: str) -> dict[str, str]:
    """``field = new value`` lines, as staff type them, into the correction to record."""
    correction = {}
    for line in text.splitlines():
        name, sep, value = line.partition("=")
        if sep and name.strip():
            correction[name.strip()] = value.strip()
    return correction


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use (the sign-in form has one too)."""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return str(token)


async def checked_form(request: Request, max_files: int = 0, max_fields: int = 1000) -> FormData:
    """The POSTed form, if it carries the session's CSRF token; 403 otherwise."""
    form = await request.form(max_files=max_files, max_fields=max_fields)
    sent = str(form.get("csrf", ""))
    expected = request.session.get("csrf")
    if not expected or not hmac.compare_digest(sent.encode(), str(expected).encode()):
        log.warning("console refused a form without its CSRF token")
        await form.close()
        raise HTTPException(403, "missing or wrong CSRF token")
    return form


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 303 and exc.headers:
        return RedirectResponse(exc.headers["Location"], status_code=303)
    return PlainTextResponse(str(exc.detail), status_code=exc.status_code)


def create_app(desk: Desk) -> Starlette:
    """The console over ``desk``."""
    console = Console(desk)
    settings = desk.settings
    desk.watch_database()
    routes: list[Route | Mount] = [
        Route("/", console.home),
        Route("/healthz", console.healthz),
        Route("/readyz", console.readyz),
        Route("/metrics", console.metrics, methods=["GET"]),
        Route("/login", console.login_page, methods=["GET"]),
        Route("/login", console.login, methods=["POST"]),
        Route("/logout", console.logout, methods=["POST"]),
        Route("/language", console.language, methods=["POST"]),
        Route("/queue", console.queue, methods=["GET"]),
        Route("/queue/search", console.search, methods=["POST"]),
        Route("/tickets/{ticket_id:int}", console.ticket, methods=["GET"]),
        Route("/tickets/{ticket_id:int}/{action}", console.decide, methods=["POST"]),
        Route("/proofs/{proof_id:int}/open", console.open_proof, methods=["POST"]),
        Route("/bulk/confirm", console.bulk_confirm, methods=["POST"]),
        Route("/bulk/apply", console.bulk_apply, methods=["POST"]),
        Route("/overview", console.overview, methods=["GET"]),
        Route("/overview/{name}.svg", console.chart, methods=["GET"]),
        Route("/letters", console.letter_form, methods=["GET"]),
        Route("/letters", console.register_letter, methods=["POST"]),
        Route("/datamap", console.data_map, methods=["GET"]),
        Route("/register", console.register, methods=["GET"]),
        Route("/register/export", console.export_register, methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static"))),
    ]
    return Starlette(
        routes=routes,
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(
                SessionMiddleware,
                secret_key=desk.derived_key(b"web-session").hex(),
                session_cookie="privacy_desk_session",
                max_age=settings.web_session_idle_minutes * 60,
                same_site="lax",
                https_only=False,  # SecurityHeaders adds Secure when the request came by HTTPS
            ),
        ],
        exception_handlers={HTTPException: http_error},
    )
