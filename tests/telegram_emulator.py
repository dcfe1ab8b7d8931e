"""A local Telegram Bot API server for tests.

It speaks the Bot API's HTTP protocol as a bot client sees it: ``POST /bot<token>/<method>`` with
query string, urlencoded or multipart form data (what aiogram's ``AiohttpSession`` sends, with
JSON-encoded complex fields) or a JSON body, and answers ``{"ok": true, "result": ...}`` or
``{"ok": false, "error_code": ..., "description": ..., "parameters": {...}}``. Updates are
delivered by real long polling (``getUpdates`` with ``offset``/``timeout``, confirmed by offset as
Telegram does) or, after ``setWebhook``, pushed to the webhook URL.

Tests play the users through ``user_sends_text``, ``user_presses``, ``user_sends_document`` and
read what the bot sent with ``wait_for_message``. ``flood`` makes the next calls of a method (for
one chat, or any) fail with 429 and ``retry_after``, as Telegram does when a bot sends too fast.

Deliberately strict where Telegram is strict, so the bot is held to the real rules: unknown chats,
empty texts, texts over 4096 characters, callback data over 64 bytes, "message is not modified"
edits and unknown methods are errors.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "allowed_updates",
        "commands",
        "scope",
        "link_preview_options",
        "reply_parameters",
    }
)
INT_FIELDS = frozenset(
    {"offset", "limit", "timeout", "message_id", "reply_to_message_id", "cache_time"}
)
MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64


class ApiError(Exception):
    """A Bot API error answer."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after


@dataclass(frozen=True)
class Button:
    """One inline (or reply keyboard) button as the bot sent it."""

    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class BotMessage:
    """A snapshot of something the bot sent or edited, as a user would see it."""

    chat_id: int
    message_id: int
    text: str | None
    buttons: tuple[tuple[Button, ...], ...]
    method: str
    raw: dict[str, Any]
    document: bytes | None = None
    filename: str | None = None

    @property
    def edited(self) -> bool:
        return self.method.startswith("edit")

    def flat_buttons(self) -> list[Button]:
        return [button for row in self.buttons for button in row]

    def button(self, contains: str) -> Button:
        """The first button whose text or callback data contains ``contains``."""
        for candidate in self.flat_buttons():
            if contains in candidate.text or contains in (candidate.callback_data or ""):
                return candidate
        texts = [b.text for b in self.flat_buttons()]
        raise LookupError(f"no button matching {contains!r} in {texts}")


@dataclass
class _StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    filename: str
    mime_type: str


@dataclass
class _Chat:
    obj: dict[str, Any]
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    message_ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))


class TelegramEmulator:
    """An in-process Bot API server; ``await start()`` then point the bot at ``base_url``."""

    def __init__(
        self,
        token: str = "123456789:TEST-token-for-the-emulator",
        *,
        bot_username: str = "privacy_desk_test_bot",
        host: str = "127.0.0.1",
    ) -> None:
        self.token = token
        self.host = host
        self.port = 0
        self.bot_user = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": "Privacy Desk",
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.callback_answers: list[dict[str, Any]] = []
        self.chat_actions: list[dict[str, Any]] = []
        self.webhook: dict[str, Any] | None = None
        #: where webhook calls really go, in turn, when set: a load balancer's backends
        self.webhook_backends: list[str] = []
        self.webhook_deliveries: list[tuple[str, dict[str, Any]]] = []  # (url, update) answered
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._updates_cond = asyncio.Condition()
        self._outgoing: list[BotMessage] = []
        self._consumed: set[int] = set()
        self._out_cond = asyncio.Condition()
        self._chats: dict[int, _Chat] = {}
        self._files: dict[str, _StoredFile] = {}
        self._file_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._flood: dict[tuple[str, Any], tuple[int, int, int]] = {}
        self.flood_log: list[tuple[Any, str]] = []  # (chat id, method) of each 429 answered
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._webhook_task: asyncio.Task[None] | None = None
        self._webhook_wakeup = asyncio.Event()
        self._delivered_offset = 0

    # ------------------------------------------------------------------ server lifecycle

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> str:
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]
        return self.base_url

    async def close(self) -> None:
        self._closing = True
        async with self._updates_cond:
            self._updates_cond.notify_all()
        if self._webhook_task is not None:
            self._webhook_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._webhook_task
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> TelegramEmulator:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # ------------------------------------------------------------------ test-side API: users

    def add_group(self, chat_id: int, title: str = "Staff") -> None:
        """Declare a group chat the bot is a member of (the staff chat)."""
        self._chats.setdefault(
            chat_id, _Chat({"id": chat_id, "type": "supergroup", "title": title})
        )

    def _user(self, user_id: int, language_code: str | None, first_name: str | None) -> dict:
        user: dict[str, Any] = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name or f"User{user_id}",
        }
        if language_code:
            user["language_code"] = language_code
        return user

    def _chat_for(self, user: dict[str, Any], chat_id: int | None) -> _Chat:
        if chat_id is None or chat_id == user["id"]:
            return self._chats.setdefault(
                user["id"],
                _Chat({"id": user["id"], "type": "private", "first_name": user["first_name"]}),
            )
        if chat_id not in self._chats:
            self.add_group(chat_id)
        return self._chats[chat_id]

    def _user_message(
        self,
        user_id: int,
        chat_id: int | None,
        language_code: str | None,
        first_name: str | None,
        **content: Any,
    ) -> dict[str, Any]:
        user = self._user(user_id, language_code, first_name)
        chat = self._chat_for(user, chat_id)
        message = {
            "message_id": next(chat.message_ids),
            "date": int(time.time()),
            "chat": chat.obj,
            "from": user,
            **content,
        }
        chat.messages[message["message_id"]] = message
        return message

    async def user_sends_text(
        self,
        user_id: int,
        text: str,
        language_code: str | None = "fr",
        *,
        chat_id: int | None = None,
        first_name: str | None = None,
    ) -> dict[str, Any]:
        """A user writes ``text`` in their private chat (or ``chat_id``); returns the message."""
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split()[0]
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        message = self._user_message(user_id, chat_id, language_code, first_name, **content)
        await self.push_update({"message": message})
        return message

    async def user_sends_document(
        self,
        user_id: int,
        filename: str,
        data: bytes,
        *,
        mime_type: str = "application/pdf",
        caption: str | None = None,
        language_code: str | None = "fr",
        chat_id: int | None = None,
    ) -> dict[str, Any]:
        """A user uploads a document; the bot can fetch it with getFile and the file URL."""
        stored = self._store_file(data, filename, mime_type, "documents")
        content: dict[str, Any] = {"document": self._document_obj(stored)}
        if caption:
            content["caption"] = caption
        message = self._user_message(user_id, chat_id, language_code, None, **content)
        await self.push_update({"message": message})
        return message

    async def user_sends_photo(
        self,
        user_id: int,
        sizes: list[tuple[int, int, bytes]],
        *,
        caption: str | None = None,
        language_code: str | None = "fr",
        chat_id: int | None = None,
    ) -> dict[str, Any]:
        """A user sends a photo: Telegram offers it in several sizes (width, height, bytes),
        each a file of its own."""
        photo = []
        for width, height, data in sizes:
            stored = self._store_file(data, "photo.jpg", "image/jpeg", "photos")
            photo.append(
                {
                    "file_id": stored.file_id,
                    "file_unique_id": stored.file_unique_id,
                    "width": width,
                    "height": height,
                    "file_size": len(data),
                }
            )
        content: dict[str, Any] = {"photo": photo}
        if caption:
            content["caption"] = caption
        message = self._user_message(user_id, chat_id, language_code, None, **content)
        await self.push_update({"message": message})
        return message

    async def user_presses(
        self,
        user_id: int,
        message_id: int,
        callback_data: str,
        *,
        chat_id: int | None = None,
        language_code: str | None = "fr",
        check_button: bool = True,
    ) -> str:
        """A user presses an inline button of a bot message; returns the callback query id.

        ``check_button=False`` sends data no button carries, as a tampering client could.
        """
        user = self._user(user_id, language_code, None)
        chat = self._chat_for(user, chat_id)
        message = chat.messages.get(message_id)
        if message is None:
            raise LookupError(f"no message {message_id} in chat {chat.obj['id']}")
        if check_button:
            rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
            data = [b.get("callback_data") for row in rows for b in row]
            if callback_data not in data:
                raise LookupError(f"message {message_id} has no button {callback_data!r}: {data}")
        query_id = str(next(self._callback_ids))
        await self.push_update(
            {
                "callback_query": {
                    "id": query_id,
                    "from": user,
                    "message": message,
                    "chat_instance": f"ci-{chat.obj['id']}",
                    "data": callback_data,
                }
            }
        )
        return query_id

    async def push_update(self, body: dict[str, Any]) -> int:
        """Queue a raw update (``{"message": ...}``, ``{"callback_query": ...}``...)."""
        update_id = next(self._update_ids)
        async with self._updates_cond:
            self._updates.append({"update_id": update_id, **body})
            self._updates_cond.notify_all()
        self._webhook_wakeup.set()
        return update_id

    @property
    def pending_updates(self) -> int:
        """Updates not yet confirmed by the bot (by offset or webhook delivery)."""
        return len(self._updates)

    # ------------------------------------------------------------------ test-side API: bot output

    def flood(
        self,
        method: str = "sendMessage",
        times: int = 1,
        retry_after: int = 1,
        *,
        after: int = 0,
        chat_id: int | None = None,
    ) -> None:
        """Make ``times`` calls of ``method`` fail with 429 Too Many Requests, once ``after``
        more calls of it have succeeded (a flood limit hit in the middle of a burst).

        With ``chat_id`` only calls for that chat fail, as with Telegram's per-chat limits
        (a group takes about 20 messages a minute); other chats are served as usual.
        """
        self._flood[(method.lower(), chat_id)] = (times, retry_after, after)

    def floods_answered(self, chat_id: int | None = None) -> int:
        """How many calls (for ``chat_id``, or any) were answered 429 so far."""
        return sum(1 for chat, _ in self.flood_log if chat_id is None or chat == chat_id)

    def sent(self, chat_id: int | None = None) -> list[BotMessage]:
        """Everything the bot sent or edited so far (in a chat, or everywhere)."""
        return [m for m in self._outgoing if chat_id is None or m.chat_id == chat_id]

    async def wait_for_message(
        self,
        chat_id: int,
        predicate: Callable[[BotMessage], bool] | None = None,
        timeout: float = 5.0,
    ) -> BotMessage:
        """The oldest not yet awaited message (or edit) in ``chat_id`` matching ``predicate``."""

        def find() -> BotMessage | None:
            for index, message in enumerate(self._outgoing):
                if index in self._consumed or message.chat_id != chat_id:
                    continue
                if predicate is None or predicate(message):
                    self._consumed.add(index)
                    return message
            return None

        async def wait() -> BotMessage:
            async with self._out_cond:
                while (found := find()) is None:
                    await self._out_cond.wait()
                return found

        try:
            return await asyncio.wait_for(wait(), timeout)
        except TimeoutError:
            seen = [m.text for m in self.sent(chat_id)]
            raise AssertionError(
                f"no matching bot message in chat {chat_id} within {timeout}s; sent: {seen}"
            ) from None

    async def wait_for_text(self, chat_id: int, contains: str, timeout: float = 5.0) -> BotMessage:
        """Shorthand: the next message whose text contains ``contains``."""
        return await self.wait_for_message(
            chat_id, lambda m: m.text is not None and contains in m.text, timeout
        )

    async def wait_for_sent(self, count: int, timeout: float = 60.0) -> None:
        """Until the bot has sent or edited at least ``count`` messages in total."""

        async def wait() -> None:
            async with self._out_cond:
                while len(self._outgoing) < count:
                    await self._out_cond.wait()

        await asyncio.wait_for(wait(), timeout)

    def file_bytes(self, file_id: str) -> bytes:
        return self._files[file_id].data

    # ------------------------------------------------------------------ HTTP handlers

    async def _handle_method(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        try:
            params = await self._read_params(request)
        except ValueError as exc:
            return _error(400, f"Bad Request: {exc}")
        self.calls.append((method, params))
        handler = getattr(self, f"_m_{method.lower()}", None)
        if handler is None:
            return _error(404, "Not Found: method not found")
        chat_id = params.get("chat_id")
        key = (method.lower(), chat_id)
        if key not in self._flood:
            key = (method.lower(), None)
        flood = self._flood.get(key)
        if flood is not None and flood[0] > 0 and flood[2] > 0:
            self._flood[key] = (flood[0], flood[1], flood[2] - 1)
        elif flood is not None and flood[0] > 0:
            times, retry_after, _after = flood
            self._flood[key] = (times - 1, retry_after, 0)
            self.flood_log.append((chat_id, method))
            return _error(
                429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after
            )
        try:
            result = await handler(params)
        except ApiError as exc:
            return _error(exc.code, exc.description, exc.retry_after)
        return web.json_response({"ok": True, "result": result})

    async def _read_params(self, request: web.Request) -> dict[str, Any]:
        raw: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            body = await request.json() if request.can_read_body else {}
            raw.update(body or {})
        elif request.can_read_body:
            form = await request.post()
            for key, value in form.items():
                raw[key] = value
        params: dict[str, Any] = {}
        for key, value in raw.items():
            if isinstance(value, str):
                if key in JSON_FIELDS:
                    value = json.loads(value)
                elif key in INT_FIELDS or key == "chat_id":
                    value = _int_or_str(value)
                elif value in ("true", "false"):
                    value = value == "true"
            params[key] = value
        return params

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        path = request.match_info["path"]
        for stored in self._files.values():
            if stored.file_path == path:
                return web.Response(body=stored.data, content_type=stored.mime_type)
        return _error(404, "Not Found")

    # ------------------------------------------------------------------ Bot API methods

    async def _m_getme(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.bot_user

    async def _m_logout(self, params: dict[str, Any]) -> bool:
        return True

    async def _m_close(self, params: dict[str, Any]) -> bool:
        return True

    async def _m_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = max(0, int(params.get("timeout") or 0))
        allowed = params.get("allowed_updates") or None

        def ready() -> list[dict[str, Any]]:
            if offset > 0:  # confirms every update below the offset
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            elif offset < 0:
                self._updates = self._updates[offset:]
            if allowed:
                self._updates = [u for u in self._updates if _update_type(u) in allowed]
            return self._updates[:limit]

        deadline = asyncio.get_running_loop().time() + timeout
        async with self._updates_cond:
            while not (batch := ready()) and not self._closing:
                remaining = deadline - asyncio.get_running_loop().time()
                if remaining <= 0:
                    break
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._updates_cond.wait(), remaining)
            return list(batch)

    async def _m_deletewebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        if self._webhook_task is not None:
            self._webhook_task.cancel()
            self._webhook_task = None
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    async def _m_setwebhook(self, params: dict[str, Any]) -> bool:
        url = params.get("url") or ""
        if not url:
            return await self._m_deletewebhook(params)
        self.webhook = {"url": url, "secret_token": params.get("secret_token")}
        if params.get("drop_pending_updates"):
            self._updates.clear()
        if self._webhook_task is None:
            self._webhook_task = asyncio.create_task(self._deliver_webhooks())
        self._webhook_wakeup.set()
        return True

    async def _m_getwebhookinfo(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": (self.webhook or {}).get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    async def _m_setmycommands(self, params: dict[str, Any]) -> bool:
        scope = json.dumps(params.get("scope") or {"type": "default"}, sort_keys=True)
        key = f"{scope}|{params.get('language_code', '')}"
        self.commands[key] = list(params.get("commands") or [])
        return True

    async def _m_deletemycommands(self, params: dict[str, Any]) -> bool:
        return True

    async def _m_sendchataction(self, params: dict[str, Any]) -> bool:
        self._chat(params.get("chat_id"))
        self.chat_actions.append(params)
        return True

    async def _m_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params.get("chat_id"))
        text = _check_text(params.get("text"))
        markup = _check_markup(params.get("reply_markup"))
        message = self._bot_message(chat, text=text, markup=markup, params=params)
        await self._record("sendMessage", chat, message, params)
        return message

    async def _m_sendphoto(self, params: dict[str, Any]) -> dict[str, Any]:
        raise ApiError(400, "Bad Request: the emulator does not send photos")

    async def _m_senddocument(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params.get("chat_id"))
        document = params.get("document")
        if isinstance(document, str) and document.startswith("attach://"):
            document = params.get(document.removeprefix("attach://"))
        if isinstance(document, web.FileField):
            data = document.file.read()
            stored = self._store_file(
                data,
                document.filename,
                document.content_type or "application/octet-stream",
                "documents",
            )
        elif isinstance(document, str) and document in self._files:
            stored = self._files[document]
        else:
            raise ApiError(400, "Bad Request: wrong remote file identifier specified")
        markup = _check_markup(params.get("reply_markup"))
        content: dict[str, Any] = {"document": self._document_obj(stored)}
        caption = params.get("caption")
        if caption:
            if len(caption) > 1024:
                raise ApiError(400, "Bad Request: message caption is too long")
            content["caption"] = caption
        message = self._bot_message(chat, text=None, markup=markup, params=params, **content)
        await self._record(
            "sendDocument",
            chat,
            message,
            params,
            document=stored.data,
            filename=stored.filename,
        )
        return message

    async def _m_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any]:
        chat, message = self._existing(params)
        text = _check_text(params.get("text"))
        markup = _check_markup(params.get("reply_markup"))
        if text == message.get("text") and markup == message.get("reply_markup"):
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and "
                "reply markup are exactly the same as a current content and reply markup "
                "of the message",
            )
        message["text"] = text
        message["edit_date"] = int(time.time())
        _set_markup(message, markup)
        await self._record("editMessageText", chat, message, params)
        return message

    async def _m_editmessagereplymarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        chat, message = self._existing(params)
        markup = _check_markup(params.get("reply_markup"))
        if markup == message.get("reply_markup"):
            raise ApiError(400, "Bad Request: message is not modified")
        message["edit_date"] = int(time.time())
        _set_markup(message, markup)
        await self._record("editMessageReplyMarkup", chat, message, params)
        return message

    async def _m_answercallbackquery(self, params: dict[str, Any]) -> bool:
        if not params.get("callback_query_id"):
            raise ApiError(400, "Bad Request: query is too old and response timeout expired")
        self.callback_answers.append(params)
        return True

    async def _m_getfile(self, params: dict[str, Any]) -> dict[str, Any]:
        stored = self._files.get(str(params.get("file_id")))
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.file_path,
        }

    # ------------------------------------------------------------------ internals

    def _chat(self, chat_id: Any) -> _Chat:
        if chat_id in (None, ""):
            raise ApiError(400, "Bad Request: chat_id is empty")
        chat = self._chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        return chat

    def _existing(self, params: dict[str, Any]) -> tuple[_Chat, dict[str, Any]]:
        if params.get("inline_message_id"):
            raise ApiError(400, "Bad Request: inline messages are not emulated")
        chat = self._chat(params.get("chat_id"))
        message = chat.messages.get(params.get("message_id"))  # type: ignore[arg-type]
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if message.get("from", {}).get("id") != self.bot_user["id"]:
            raise ApiError(400, "Bad Request: message can't be edited")
        return chat, message

    def _bot_message(
        self,
        chat: _Chat,
        *,
        text: str | None,
        markup: dict[str, Any] | None,
        params: dict[str, Any],
        **content: Any,
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(chat.message_ids),
            "date": int(time.time()),
            "chat": chat.obj,
            "from": self.bot_user,
            **content,
        }
        if text is not None:
            message["text"] = text
        _set_markup(message, markup)
        reply_to = params.get("reply_to_message_id")
        if reply_to is None and isinstance(params.get("reply_parameters"), dict):
            reply_to = params["reply_parameters"].get("message_id")
        if reply_to in chat.messages:
            message["reply_to_message"] = chat.messages[reply_to]
        chat.messages[message["message_id"]] = message
        return message

    async def _record(
        self,
        method: str,
        chat: _Chat,
        message: dict[str, Any],
        params: dict[str, Any],
        **extra: Any,
    ) -> None:
        markup = params.get("reply_markup") or {}
        rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
        buttons = tuple(
            tuple(
                Button(b, None, None)
                if isinstance(b, str)
                else Button(b.get("text", ""), b.get("callback_data"), b.get("url"))
                for b in row
            )
            for row in rows
        )
        snapshot = BotMessage(
            chat_id=chat.obj["id"],
            message_id=message["message_id"],
            text=message.get("text") or message.get("caption"),
            buttons=buttons,
            method=method,
            raw={**message, "request": params_for_log(params)},
            **extra,
        )
        async with self._out_cond:
            self._outgoing.append(snapshot)
            self._out_cond.notify_all()

    def _store_file(self, data: bytes, filename: str, mime_type: str, folder: str) -> _StoredFile:
        number = next(self._file_ids)
        suffix = filename.rsplit(".", 1)[-1] if "." in filename else "bin"
        stored = _StoredFile(
            file_id=f"BQACAgEAAx{number:06d}",
            file_unique_id=f"AgAD{number:06d}",
            file_path=f"{folder}/file_{number}.{suffix}",
            data=data,
            filename=filename,
            mime_type=mime_type,
        )
        self._files[stored.file_id] = stored
        return stored

    @staticmethod
    def _document_obj(stored: _StoredFile) -> dict[str, Any]:
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": stored.filename,
            "mime_type": stored.mime_type,
            "file_size": len(stored.data),
        }

    async def _deliver_webhooks(self) -> None:
        """Push queued updates to the webhook URL, one at a time, until it answers 2xx.

        With ``webhook_backends``, each call goes to the next backend in turn, and a backend
        that refuses or fails it passes it to the next one, as a load balancer does.
        """
        turn = itertools.count()
        async with aiohttp.ClientSession() as session:
            while True:
                await self._webhook_wakeup.wait()
                self._webhook_wakeup.clear()
                while self._updates and self.webhook is not None:
                    update = self._updates[0]
                    backends = self.webhook_backends or [self.webhook["url"]]
                    url = backends[next(turn) % len(backends)]
                    headers = {}
                    if self.webhook.get("secret_token"):
                        headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook["secret_token"]
                    try:
                        async with session.post(url, json=update, headers=headers) as resp:
                            ok = 200 <= resp.status < 300
                            if ok:
                                await self._execute_webhook_reply(resp)
                    except aiohttp.ClientError:
                        ok = False
                    if not ok:
                        await asyncio.sleep(0.2)
                        continue
                    self.webhook_deliveries.append((url, update))
                    async with self._updates_cond:
                        if self._updates and self._updates[0] is update:
                            self._updates.pop(0)

    async def _execute_webhook_reply(self, resp: aiohttp.ClientResponse) -> None:
        """A bot may answer a webhook call with one method call in the response body."""
        params: dict[str, Any] = {}
        if resp.content_type == "application/json":
            params = await resp.json()
        elif resp.content_type.startswith("multipart/"):
            reader = aiohttp.MultipartReader.from_response(resp)
            while (part := await reader.next()) is not None:
                assert isinstance(part, aiohttp.BodyPartReader)
                params[part.name or ""] = await part.text()
        method = params.pop("method", None) if isinstance(params, dict) else None
        if not method:
            return
        params = {
            k: json.loads(v) if k in JSON_FIELDS and isinstance(v, str) else v
            for k, v in params.items()
        }
        if "chat_id" in params:
            params["chat_id"] = _int_or_str(str(params["chat_id"]))
        handler = getattr(self, f"_m_{method.lower()}", None)
        if handler is not None:
            self.calls.append((method, params))
            with contextlib.suppress(ApiError):
                await handler(params)


def params_for_log(params: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in params.items() if not isinstance(v, web.FileField)}


def _error(code: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=code)


def _int_or_str(value: str) -> int | str:
    try:
        return int(value)
    except ValueError:
        return value


def _update_type(update: dict[str, Any]) -> str:
    return next(key for key in update if key != "update_id")


def _check_text(text: Any) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    if len(text) > MAX_TEXT:
        raise ApiError(400, "Bad Request: message is too long")
    return text


def _check_markup(markup: Any) -> dict[str, Any] | None:
    if not markup:
        return None
    if not isinstance(markup, dict):
        raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
            if not button.get("text"):
                raise ApiError(400, "Bad Request: inline keyboard buttons need a text")
    return markup


def _set_markup(message: dict[str, Any], markup: dict[str, Any] | None) -> None:
    """Only inline keyboards are part of a Message object; reply keyboards are not echoed."""
    if markup and "inline_keyboard" in markup:
        message["reply_markup"] = {"inline_keyboard": markup["inline_keyboard"]}
    else:
        message.pop("reply_markup", None)


@contextlib.asynccontextmanager
async def polling(dispatcher: Any, bot: Any, **kwargs: Any) -> Any:
    """Run ``dispatcher.start_polling(bot)`` in the background for the duration of the block."""
    kwargs.setdefault("polling_timeout", 1)
    task = asyncio.create_task(
        dispatcher.start_polling(bot, handle_signals=False, close_bot_session=False, **kwargs)
    )
    try:
        yield task
    finally:
        if task.done():
            task.result()
        else:
            await dispatcher.stop_polling()
            await task
