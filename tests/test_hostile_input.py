"""No input can freeze the process: long runs of every kind of character through the parser and
the classifier, a 1 MB line of spaces, and the SMTP listener answering while such mail is read.

A regular expression runs in C without letting go of the interpreter: one that backtracks
quadratically over a long line holds every thread, the event loop included, for as long as it
runs. Times are CPU time of the calling thread (``time.thread_time``), so that a busy machine
does not fail a call that did little work; an overrun is measured again before it counts.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import gc
import quopri
import smtplib
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine

from mail.intake import MailIntake
from mail.parsing import MalformedMail, html_to_text, parse_mail
from tests.test_mail_e2e import DPO, close_stack, mail, make_stack, wait_for
from workflows.classifier import Classifier
from workflows.config import Settings
from workflows.desk import Desk

#: A failing example is a long string: report it without hypothesis's warning about its size.
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")
BUDGET = 0.1  # seconds of CPU per call
CLASSIFIER = Classifier.load()  # what the composition root builds for the service
classify = CLASSIFIER.classify
#: An ordinary request, repeated to the length of a crafted text: the baseline to measure against.
ORDINARY = (
    "Bonjour, je voudrais que vous supprimiez mon compte et que vous m'envoyiez une copie de "
    "mes données. Merci d'avance, Jean. "
)

#: Every kind of character, and the short patterns the rules look for, to be repeated at length.
PIECES = [
    *" \t\n\r\u00a0\u2028\x00\x0b\x1b\x7f",
    *"aZé中0@.-_><=?:,;\"'()\\*[]&#/!|+%",
    *["\r\n", "x\n", " \n", "a ", "é ", "a.", "a,", "a@", "le ", "on ", "de ", "re:", "=?"],
    *["=?utf-8?q?", "<a", "</", "<!--", "&#", "dsr-", "[dsr-", "--", "> ", "regards ", "merci "],
    *["cordialement ", "supprimer ", "mes donnees ", "ne ", "stop ", "\n\n", "\t\n"],
    *["<a ", "<a\n", "<p>", "<!-- x>", "<![CDATA[ x>", '<a b="', "<?", "-->", "]>", "<a><!--"],
]


def runs(longest: int) -> st.SearchStrategy[str]:
    """Up to four long runs of a piece each, back to back (often as long as allowed)."""
    count = st.one_of(
        st.just(longest), st.integers(longest // 2, longest), st.integers(1, longest)
    )
    run = st.tuples(st.sampled_from(PIECES), count)
    return st.lists(run, min_size=1, max_size=4).map(
        lambda parts: "".join((piece * count)[:count] for piece, count in parts)
    )


def within_budget(call: Callable[[], Any]) -> float:
    """CPU seconds of ``call``, garbage collection aside; an overrun is measured again (three
    times at most) so that a stray pause on a shared machine is not blamed on the code."""
    spent = BUDGET
    for attempt in range(3):
        if attempt:
            gc.collect()
        gc.disable()
        try:
            start = time.thread_time()
            call()
            spent = time.thread_time() - start
        finally:
            gc.enable()
        if spent <= BUDGET:
            break
    return spent


def classifier_allowance(length: int) -> float:
    """What classifying a crafted text of ``length`` characters may cost: five times an ordinary
    request of the same length classified now, in the same conditions (a busy machine slows
    both alike, backtracking only the crafted one), or the budget if that is more."""
    ordinary = (ORDINARY * (length // len(ORDINARY) + 1))[:length]
    return max(BUDGET, 5 * within_budget(lambda: classify("Demande", ordinary)))


def message(place: str, run: str) -> bytes:
    """A request mail with ``run`` in one place; bodies are base64 or quoted-printable, so no
    line length limit of SMTP stops a long run."""
    head = {
        "From": "Camille <camille@exemple.fr>",
        "To": DPO,
        "Subject": "Mes données",
        "Message-ID": "<h@exemple.fr>",
        "MIME-Version": "1.0",
    }
    body = "Bonjour, je souhaite supprimer mes données."
    data = run.encode("utf-8", "surrogatepass")
    if place == "subject":
        head["Subject"] = run.replace("\r", " ").replace("\n", " ")
    elif place == "display name":
        head["From"] = f'"{run.replace(chr(34), "")}" <camille@exemple.fr>'.replace("\n", " ")
    elif place == "references":
        head["References"] = run.replace("\r", " ").replace("\n", " ")
    elif place == "content-type":
        head["Content-Type"] = f'text/plain; name="{run[:1900]}"'.replace("\n", " ")
    if place in ("plain base64", "html base64"):
        kind = "html" if place.startswith("html") else "plain"
        lines = [
            f"Content-Type: text/{kind}; charset=utf-8",
            "Content-Transfer-Encoding: base64",
        ]
        payload = base64.encodebytes(data)
    elif place == "plain quoted-printable":
        lines = [
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
        ]
        payload = quopri.encodestring(data)
    else:
        lines = [] if "Content-Type" in head else ["Content-Type: text/plain; charset=utf-8"]
        payload = body.encode()
    lines = [f"{name}: {value}" for name, value in head.items()] + lines
    header = "\r\n".join(lines).encode("utf-8", "surrogatepass")
    return header + b"\r\n\r\n" + payload.replace(b"\n", b"\r\n")


PLACES = [
    "plain base64",
    "plain quoted-printable",
    "html base64",
    "subject",
    "display name",
    "references",
    "content-type",
]


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(place=st.sampled_from(PLACES), run=runs(5_000))
@example(place="plain base64", run=" " * 5_000)
@example(place="plain quoted-printable", run="\t" * 5_000)
def test_the_parser_and_the_classifier_read_any_run_quickly(place: str, run: str) -> None:
    raw = message(place, run)
    parsed: list[Any] = []

    def read() -> None:
        parsed.clear()
        with contextlib.suppress(MalformedMail):
            parsed.append(parse_mail(raw))

    assert within_budget(read) <= BUDGET, f"parsing {place} took too long"
    if parsed:
        mail_read = parsed[0]
        # what intake classifies: the new text, or the whole text when it has none
        text = mail_read.new_text or mail_read.text
        allowed = classifier_allowance(len(text))
        spent = within_budget(lambda: classify(mail_read.subject, text))
        assert spent <= allowed, f"classifying {place} took too long"


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(markup=runs(20_000))
@example(markup="<a " * 7_000)
@example(markup="<!-- x>" * 3_000)
@example(markup=">" * 20_000 + "<p>" * 20_000)  # a long line, then blank ones compared to it
def test_html_is_read_quickly(markup: str) -> None:
    """The standard library's HTML parser rescans to the end for every unclosed construct; our
    own reading of its lines must not read a long one again for every line after it.

    Ordinary HTML as long as the crafted markup is the baseline, measured in the same
    conditions: a busy process slows both alike, a quadratic rescan only the crafted one."""
    ordinary = ("<p>Bonjour, <b>merci</b>.</p>" * (len(markup) // 27 + 1))[: len(markup)]
    allowed = max(BUDGET, 4 * within_budget(lambda: html_to_text(ordinary)))
    assert within_budget(lambda: html_to_text(markup)) <= allowed


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(text=runs(40_000), subject=runs(2_000))
@example(text=" " * 40_000, subject="Re" + " " * 1_998)
@example(text="\u00a0" * 40_000, subject="")
def test_the_classifier_reads_any_text_quickly(text: str, subject: str) -> None:
    """Linear time on any text: a crafted run costs at most a few times an ordinary request of
    the same length, classified in the same conditions (a busy machine slows both alike,
    backtracking only the crafted one). Idle, the worst runs cost about 2.5 times the baseline
    (0.09 s against 0.035 s for 40,000 characters); a quadratic rule would cost hundreds."""
    classify("", "warm-up")
    allowed = classifier_allowance(len(text))
    assert within_budget(lambda: classify(subject, text)) <= allowed


def test_a_one_megabyte_line_of_spaces_is_read_in_well_under_a_second() -> None:
    """The crafted mail that froze the whole service for over five minutes with quadratic rules."""
    classify("", "warm-up")
    for cte in ("base64", "quoted-printable"):
        raw = message(f"plain {cte}", " " * 1_000_000)
        start = time.thread_time()
        parsed = parse_mail(raw)
        classify(parsed.subject, parsed.new_text or parsed.text)
        assert time.thread_time() - start < 1.0


def test_a_huge_html_body_is_turned_into_text_in_about_a_second() -> None:
    """HTMLParser is pure Python: 25 MB of ``<p>`` took 23 s of CPU in the intake worker."""
    start = time.thread_time()
    text = html_to_text("<p>x" * 2_000_000)
    assert time.thread_time() - start < 3.0
    assert text.startswith("x\nx\nx")


async def test_the_listener_answers_while_a_hostile_mail_is_read(
    engine: Engine, settings: Settings
) -> None:
    """A crafted mail arrives while an ordinary request is sent: the greeting comes within a
    second and the ordinary request is acknowledged."""
    stack = await make_stack(engine, settings, classifier=CLASSIFIER)
    port = stack.settings.smtp_port
    hostile = message("plain base64", " " * 200_000 + "x")

    def send(raw: bytes, sender: str) -> None:
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
            client.sendmail(sender, [DPO], raw)

    def greeting_time() -> float:
        start = time.monotonic()
        client = smtplib.SMTP("127.0.0.1", port, timeout=10)
        spent = time.monotonic() - start
        client.quit()
        return spent

    try:
        await asyncio.to_thread(send, hostile, "eve@evil.test")
        # the hostile mail is stored and being read; an ordinary sender connects now
        assert await asyncio.to_thread(greeting_time) < 1.0
        ordinary = mail("Mes données", "Bonjour, supprimez mes données svp.", message_id="<o@x>")
        await asyncio.to_thread(send, ordinary, "camille@exemple.fr")
        await wait_for(
            lambda: any(m["To"] == "camille@exemple.fr" for m in stack.sink.messages), 10
        )
        assert "camille@exemple.fr" in {t.requester_address for t in stack.tickets()}
    finally:
        await close_stack(stack)


async def test_a_large_message_is_stored_off_the_event_loop(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hashing and writing a message of megabytes would hold the loop, and every SMTP session
    with it: only small messages are stored on the loop's own thread."""
    threads: list[threading.Thread] = []
    store = desk.store_inbound

    async def store_on_loop(batch: Any) -> Any:
        raise AssertionError("a 1.3 MB message was stored on the event loop")

    def store_in_thread(batch: Any) -> Any:
        threads.append(threading.current_thread())
        return store(batch)

    monkeypatch.setattr(desk, "store_inbound_now", store_on_loop)
    monkeypatch.setattr(desk, "store_inbound", store_in_thread)
    intake = MailIntake(desk)
    await intake.store_smtp(message("plain base64", " " * 1_000_000), "eve@evil.test", [DPO])
    assert threads and threading.main_thread() not in threads
    assert intake.queue.qsize() == 1


def _best_cpu(call: Callable[[], Any], rounds: int = 3) -> float:
    """The least CPU time of a few runs, garbage collection aside: what the code costs."""
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        gc.disable()
        try:
            start = time.thread_time()
            call()
            best = min(best, time.thread_time() - start)
        finally:
            gc.enable()
    return best


#: Pieces that make rules look around, join lines, or scan back: repeated, each is hostile.
HOSTILE = [
    "supprimer mes donnees ",
    "ne pas supprimer ",
    "le ",
    "Le lundi X a\n",
    "De : x\n",
    "> a\n",
    "merci\n",
    "my client asked me to ",
    "annulez ma ",
    "a",
    " ",
    "DSR-2026-",
]


@pytest.mark.parametrize("piece", HOSTILE)
def test_the_classifier_costs_time_linear_in_the_text_and_reads_20000_characters(
    piece: str,
) -> None:
    """Four times the text costs about four times the time (a quadratic rule: sixteen); past
    the 100,000 characters the new text cut reads (of which the rules read 20,000), more text
    costs nothing more. Ratios of two sizes measured in the same conditions, no absolute time."""

    def text(size: int) -> str:
        return (piece * (size // len(piece) + 1))[:size]

    classify("", "warm-up")
    small, large, cut, huge = (text(n) for n in (4_000, 16_000, 100_000, 1_000_000))
    floor = 0.002  # below this, a ratio measures the clock, not the code
    t_small = max(floor, _best_cpu(lambda: classify("", small)))
    t_large = max(floor, _best_cpu(lambda: classify("", large)))
    t_cut = max(floor, _best_cpu(lambda: classify("", cut)))
    t_huge = max(floor, _best_cpu(lambda: classify("", huge)))
    assert t_large <= 8 * t_small, (piece, t_small, t_large)
    # ten times the text read by the cut: linear would cost ten times, bounded about as much
    assert t_huge <= 2 * t_cut, (piece, t_cut, t_huge)
