"""What the bot scenarios share: the staff chat, the mailbox the outbox writes, the running bot."""

from __future__ import annotations

import asyncio
import email
import email.policy
import re
from dataclasses import dataclass
from pathlib import Path

from tests.telegram_emulator import TelegramEmulator
from workflows.desk import Desk

STAFF_CHAT = -100777
STAFF_USER = 4242


class Mailbox:
    """Reads the mail the outbox wrote (``.eml`` files of the file transport)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    async def code_for(self, address: str, timeout: float = 10.0) -> str:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            for path in sorted(self.folder.glob("*.eml")) if self.folder.exists() else []:
                message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
                if address in str(message["To"]):
                    body = message.get_body(preferencelist=("plain",))
                    found = re.search(r"\b(\d{6})\b", body.get_content() if body else "")
                    if found:
                        return found.group(1)
            await asyncio.sleep(0.05)
        raise AssertionError(f"no code mailed to {address}")


@dataclass
class RunningBot:
    telegram: TelegramEmulator
    desk: Desk
    mailbox: Mailbox
