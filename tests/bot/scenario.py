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
        """The first code mailed to ``address``."""
        return (await self.codes_for(address, 1, timeout))[0]

    async def codes_for(self, address: str, count: int, timeout: float = 10.0) -> list[str]:
        """Every code mailed to ``address``, oldest first, once there are ``count``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        codes: list[str] = []
        while loop.time() < deadline:
            codes = []
            for path in sorted(self.folder.glob("*.eml")) if self.folder.exists() else []:
                message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
                if address in str(message["To"]):
                    body = message.get_body(preferencelist=("plain",))
                    found = re.search(r"\b(\d{6})\b", body.get_content() if body else "")
                    if found:
                        codes.append(found.group(1))
            if len(codes) >= count:
                return codes
            await asyncio.sleep(0.05)
        raise AssertionError(f"{len(codes)} code(s) mailed to {address}, not {count}")

    async def letter_to(self, address: str, subject: str, timeout: float = 10.0) -> str:
        """The text of the first mail to ``address`` whose subject contains ``subject``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            for path in sorted(self.folder.glob("*.eml")) if self.folder.exists() else []:
                message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
                if address in str(message["To"]) and subject in str(message["Subject"]):
                    body = message.get_body(preferencelist=("plain",))
                    return body.get_content() if body else ""
            await asyncio.sleep(0.05)
        raise AssertionError(f"no mail to {address} about {subject!r}")


@dataclass
class RunningBot:
    telegram: TelegramEmulator
    desk: Desk
    mailbox: Mailbox
