"""A breach end to end over SMTP: 500 affected learners (French and English, some with a linked
chat, some rows unknown to the directory), the sending command killed with SIGKILL in the middle
and run again, notices delivered through the relay stand-in, and replies that become tickets
linked to the breach."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import subprocess
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

from sqlmodel import func, select

from tests.test_mail_e2e import close_stack, mail, make_stack, wait_for
from workflows.breach import Breaches
from workflows.config import Settings
from workflows.db import make_engine, session_scope
from workflows.migrate import upgrade
from workflows.models import AuditHead, BreachNotice, Learner, OutboxItem, Ticket
from workflows.staff import add_staff

LEARNERS, CHATS, UNKNOWN = 500, 40, 25
SEND = "from privacy_desk.cli import run; run()"


def queued(engine: object) -> int:
    with session_scope(engine) as session:  # type: ignore[arg-type]
        return int(
            session.exec(
                select(func.count())
                .select_from(OutboxItem)
                .where(OutboxItem.template == "breach_notice")
            ).one()
        )


def send_command(settings: Settings, tmp_path: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "PRIVACY_DESK_DATABASE_URL": settings.database_url,
        "PRIVACY_DESK_PROOF_KEY_FILE": str(settings.proof_key_file),
        "PRIVACY_DESK_BREACH_NOTICES_PER_MINUTE": "600000",
        "PRIVACY_DESK_OUTBOX_DIR": str(tmp_path / "outbox"),
    }
    with (tmp_path / "send.err").open("ab") as err:  # the child keeps its own copy
        return subprocess.Popen(
            [sys.executable, "-c", SEND, "breach", "send", "1", "--by", "dana", "--batch", "10"],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )


async def test_500_learners_each_get_one_notice_despite_a_kill_and_replies_link(
    database_url: str, settings: Settings, tmp_path: Path
) -> None:
    upgrade(database_url)
    engine = make_engine(database_url, pooled=False)
    with session_scope(engine) as session:
        if session.get(AuditHead, 1) is None:
            session.add(AuditHead(id=1))
        for i in range(LEARNERS):
            session.add(
                Learner(
                    learner_id=f"L{i:05d}",
                    email=f"l{i}@exemple.fr",
                    language="en" if i % 3 == 0 else "fr",
                    telegram_chat_id=7000 + i if i < CHATS else None,
                )
            )
    stack = await make_stack(engine, settings, breach_notices_per_minute=600000)
    try:
        desk = stack.desk
        desk.run(lambda s: add_staff(s, "dana"))
        breaches = Breaches(engine, desk.ctx)
        breach = breaches.open(
            by="dana",
            title="LMS copied",
            aware_at=desk.ctx.now() - timedelta(hours=5),
            nature="copy of the learner table",
        )
        rows = [f"L{i:05d},email" if i % 2 else f"l{i}@exemple.fr,email" for i in range(LEARNERS)]
        rows += [f"X{i}" for i in range(UNKNOWN)]
        report = breaches.import_affected(breach.id or 0, io.StringIO("\n".join(rows)), by="dana")
        assert (report.added, len(report.unmatched)) == (LEARNERS, UNKNOWN)
        for lang in ("fr", "en"):
            breaches.set_text(
                breach.id or 0, lang, by="dana", nature=f"[{lang}] copied",
                consequences="phishing", measures="reset", advice="change your password",
            )  # fmt: skip
        breaches.approve(breach.id or 0, by="dana")

        # the sending command, killed (SIGKILL) once it has queued some notices, not all
        first = send_command(stack.settings, tmp_path)
        await wait_for(lambda: queued(engine) > 0, 60)
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        interrupted = queued(engine)
        assert 0 < interrupted < LEARNERS, interrupted
        second = send_command(stack.settings, tmp_path)
        assert await asyncio.to_thread(second.wait, 120) == 0, (tmp_path / "send.err").read_text()
        assert queued(engine) == LEARNERS

        emailed = LEARNERS - CHATS
        await wait_for(lambda: len(stack.sink.messages) >= emailed, 120)
        # every notice marked sent, which it is once the relay took it: none is left to go twice
        await wait_for(
            lambda: all(o.status == "sent" for o in stack.outbox() if o.channel == "email"), 60
        )
        recipients = Counter(to for _, tos in stack.sink.envelopes for to in tos)
        assert set(recipients.values()) == {1} and len(recipients) == emailed
        assert set(recipients) == {f"l{i}@exemple.fr" for i in range(CHATS, LEARNERS)}
        for message in stack.sink.messages:
            number = int(str(message["To"])[1:].split("@")[0])
            body = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
            expected = "[en] copied" if number % 3 == 0 else "[fr] copied"
            assert expected in body, (number, body)
        with session_scope(engine) as session:
            chats = session.exec(
                select(OutboxItem.recipient).where(OutboxItem.channel == "telegram")
            ).all()
        assert sorted(chats) == sorted(str(7000 + i) for i in range(CHATS))

        # two learners answer their notice: one ticket each, linked to the breach
        for message in stack.sink.messages[:2]:
            sender = str(message["To"])
            reply = mail(
                f"Re: {message['Subject']}",
                "Please erasure of all my data",
                sender=sender,
                message_id=f"<re-{sender}>",
                extra=f"In-Reply-To: {message['Message-ID']}\r\n",
            )
            await stack.send(reply, mail_from=sender)
        await wait_for(lambda: len(stack.tickets()) == 2, 30)
        assert {t.breach_id for t in stack.tickets()} == {breach.id}
        with session_scope(engine) as session:
            linked = session.exec(
                select(func.count())
                .select_from(BreachNotice)
                .where(
                    BreachNotice.ticket_id.is_not(None)  # type: ignore[union-attr]
                )
            ).one()
            assert linked == 2
            assert session.exec(select(func.count()).select_from(Ticket)).one() == 2
    finally:
        await close_stack(stack)
        engine.dispose()
