"""Notices sent to the chat are chat-sized: their own short rendering, without a letter's
greeting, signature or mail-only instructions, in the reader's language."""

from __future__ import annotations

import pytest

from tests.conftest import KeywordClassifier
from tests.test_notice_texts import ISO_DATE, context, plan, ticket
from workflows.context import NOTICE_FOR, PREVIEW_CHARS, Context
from workflows.intake import ANSWERED_LIVE
from workflows.notices import CHAT, Renderer, templates_dir
from workflows.requests import RequestType

#: Every notice about a request that may reach the requester's chat.
TO_CHAT = sorted({*NOTICE_FOR.values(), "proof_needed", "marketing_identifier_needed"})
LETTER_ONLY = (
    "Bonjour,",
    "Hello,",
    "ce message",
    "this message",
    "objet",
    "subject",
    "PÉROLS",
    "Data Protection Officer",
    "Telegram",
    "t.me/",
)


def chat_text(name: str, language: str, request_type: str = "erasure") -> str:
    values = context(name)
    for each in [values["ticket"], *values["tickets"]]:
        each.channel = "telegram"
        each.request_type = request_type
    rendered = Renderer().render(name, language, channel=CHAT, **values)
    assert rendered.html == ""
    return rendered.text


def test_every_notice_the_chat_receives_has_a_chat_rendering() -> None:
    for name in TO_CHAT:
        for language in ("fr", "en"):
            assert (templates_dir() / "chat" / f"{name}.{language}.j2").exists(), name
    assert CHAT in ANSWERED_LIVE  # the chat's acknowledgement is the bot's own answer


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("name", TO_CHAT)
def test_chat_renderings_are_not_letters(name: str, language: str) -> None:
    text = chat_text(name, language)
    assert "DSR-2026-000001" in text
    for phrase in LETTER_ONLY:
        assert phrase not in text, f"{name}.{language}: {phrase!r}"
    assert not ISO_DATE.search(text), name
    assert len(text) < 1500, name  # a few lines on a phone


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("request_type", [t.value for t in RequestType])
def test_each_outcome_reads_in_the_chat_without_a_letter(request_type: str, language: str) -> None:
    text = chat_text("completed", language, request_type)
    for phrase in LETTER_ONLY:
        assert phrase not in text, f"{request_type}.{language}: {phrase!r}"


def test_the_mail_keeps_its_letter() -> None:
    values = context("identity_confirmed")
    letter = Renderer().render("identity_confirmed", "fr", channel="email", **values)
    assert letter.text.startswith("Bonjour") and letter.html


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_staff_card_previews_what_approving_sends_in_the_requesters_language(
    language: str,
) -> None:
    values = context("completed")
    ctx = Context(settings=values["settings"], renderer=Renderer(), classifier=KeywordClassifier())
    erasure = ticket("awaiting_approval", erasure_plan={"entries": plan()})
    erasure.language = language
    preview = ctx.approval_preview(erasure)
    done = {"fr": "est terminée.", "en": "is done."}[language]
    assert preview.startswith(f"{'Votre demande' if language == 'fr' else 'Your request'} ")
    assert done in preview.splitlines()[0]
    assert ("Historique de formation" if language == "fr" else "Training history") in preview
    assert len(preview) <= PREVIEW_CHARS + 2  # a few lines on a card
    # the outcome of other types is known once done: the preview is its first line only
    access = ticket("awaiting_approval")
    access.request_type, access.language = "access", language
    assert ctx.approval_preview(access).count("\n") == 0
