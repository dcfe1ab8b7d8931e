"""Every notice template, rendered in French and English: dates are written out in the
reader's language and never ISO in the prose, and every notice that asks the person for
something says it under the fixed heading, with their own deadline where there is one."""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from workflows.breach import BreachView, Clock, NoticeCounts, Sending
from workflows.config import Settings
from workflows.datamap import load_data_map
from workflows.models import Breach, BreachText, Learner, Ticket
from workflows.notices import Renderer, templates_dir, written_date

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
RECEIVED = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
#: Every notice template as (name, language): staff notices exist in French only.
TEMPLATES = sorted(
    tuple(p.name.split(".")[:2]) for p in (templates_dir() / "notices").glob("[!_]*.j2")
)
TODO = {"fr": "Ce que vous devez faire", "en": "What you need to do"}
#: Notices that ask the person to do something, and their own deadline in them.
ASKING = {
    "verification_code": "31",  # closes 31 March 2026 (21 days after receipt)
    "reminder": "31",
    "code_help": "31",
    "received": "31",  # waiting for the code
    "proof_needed": "31",  # asked on receipt: closes 21 days later
    "information_needed": None,  # no deadline of theirs: said so
}


def ticket(
    state: str = "awaiting_identity", *, proof_asked_at: datetime | None = None, **details: Any
) -> Ticket:
    return Ticket(
        id=1,
        reference="DSR-2026-000001",
        request_type="erasure",
        state=state,
        channel="email",
        language="fr",
        thread_key="t",
        requester_address="alice@studi.fr",
        received_at=RECEIVED,
        due_at=datetime(2026, 4, 10, 21, 59, tzinfo=UTC),
        extended_due_at=datetime(2026, 6, 10, 21, 59, tzinfo=UTC),
        closed_at=RECEIVED + timedelta(days=2),
        proof_asked_at=proof_asked_at,
        details=details,
    )


def plan() -> list[dict[str, Any]]:
    """An erasure plan as the data map gives it: exams kept, history erased, nothing else held."""
    categories = load_data_map().categories
    exams, history = categories["certification_exams"], categories["training_history"]
    rule = exams.retention
    return [
        {
            "category": "certification_exams",
            "action": "keep",
            "basis": "retention",
            "keep_until": "2034-01-15",
            "title": exams.title,
            "rule": rule.text,
            "ground": rule.ground,
        },
        {
            "category": "training_history",
            "action": "erase",
            "basis": "expired",
            "title": history.title,
            "rule": history.retention.text,
        },
        {
            "category": "analytics",
            "action": "erase",
            "basis": "nothing_held",
            "title": categories["analytics"].title,
            "rule": categories["analytics"].retention.text,
        },
    ]


#: What staff type, in the learner's language (docs/glossary.md: staff write in that language).
STAFF_TEXT = {
    "fr": (
        "Quelle formation avez-vous suivie, et en quelle année ?",
        "Nous ne pouvons pas le vérifier.",
    ),
    "en": ("Which course did you follow, and in which year?", "We cannot check it."),
}


BOT_USERNAME = "StudiDataBot"


def context(name: str, language: str = "fr") -> dict[str, Any]:
    settings = Settings(_env_file=None, telegram_bot_username=BOT_USERNAME)  # type: ignore[call-arg]
    datamap = load_data_map()
    breach = Breach(id=1, title="LMS", aware_at=RECEIVED, opened_at=RECEIVED, dpo_contact="")
    due = RECEIVED + timedelta(hours=72)
    proof = ticket("awaiting_requester", proof_asked_at=RECEIVED)
    result = {
        "files": "DSR-2026-000001.zip",
        "channels": ["email", "phone"],
        "plan": plan(),
        "mode": "directives",
        "action": "erase",
        "trusted_person": "Paul",
        "applied": {"last_name": "Martin"},
        "email_change": None,
        "suppressed": [{"channel": "email", "address": "alice@studi.fr"}],
        "missing": ["phone"],
        "companions": [{"reference": "DSR-2026-000002", "type": "erasure"}],
        "withdrawn": [
            {"category": "analytics", "title": {"fr": "Mesure", "en": "Analytics"}, "erased": 2}
        ],
        "not_identified": [],
        "stopped": [{"category": "adviser_calls", "title": "Notes", "purpose": "Conseil"}],
        "continued": ["Profil"],
        "notified": [{"action": "erasure", "category": "profile", "recipient": "dpo@host.fr"}],
        "given_at": RECEIVED.isoformat(),
        "recipients": ["anna@example.org"],
        "categories": ["Profil"],
    }
    return {
        "ticket": proof if name == "reminder_proof" else ticket(),
        "tickets": [proof] if name == "proof_needed" else [ticket()],
        "settings": settings,
        "now": RECEIVED,
        "reason": STAFF_TEXT[language][0],
        "text": STAFF_TEXT[language][1],
        "rejection": "identity_not_proven",
        "code": "603906",
        "token": "PDV-1-" + "a" * 40,
        "minutes": 15,
        "outcome": "wrong",
        "new_code": "accepted",
        "low_confidence": True,
        "waiting_identity": True,
        "third_party": False,
        "kind": "parent",
        "documents": ["identity"],
        "new_email": "new@example.org",
        "attempts": 5,
        "entries": [(ticket(), "staff_escalation" if name == "staff_grouped" else 3)],
        "per_minute": 10,
        "learner": Learner(learner_id="L001", email="alice@studi.fr", language="fr"),
        "failures": 10,
        "requesters": 3,
        "token_prefix": "PDV",
        "staff_told": True,
        "waiting": 2,
        "result": result,
        "reference": "DSR-2026-000001",
        "generated_at": RECEIVED,
        "datamap": datamap,
        "categories": [(c, 2, date(2031, 2, 1)) for c in datamap.categories.values()],
        "desk": {
            "requests": [
                {
                    "reference": "DSR-2026-000001",
                    "type": "access",
                    "state": "completed",
                    "received_at": RECEIVED.isoformat(),
                }
            ],
            "suppressions": [
                {"channel": "email", "address": "a@b.fr", "since": RECEIVED.isoformat()}
            ],
            "directives": {
                "action": "erase",
                "given_at": RECEIVED.isoformat(),
                "recipients": [],
                "trusted_person": "Paul",
                "recorded_at": RECEIVED.isoformat(),
            },
        },
        "action": "erasure",
        "category": datamap.categories["profile"],
        "learner_id": "L001",
        "fields": ["last_name"],
        "breach": breach,
        "view": BreachView(
            breach=breach,
            texts={},
            counts=NoticeCounts(affected=120, queued=100, sent=90, failed=2),
            clocks=[Clock("CNIL", due, None), Clock("learners", due, None)],
        ),
        "hours": 24,
        "clock": Clock("CNIL", due, None),
        "overdue": False,
        "span": "48h00",
        "left": due - RECEIVED - timedelta(hours=24),
        "due": due,
        "exported_by": "claire",
        "sending": Sending(first_sent=RECEIVED, last_sent=RECEIVED, linked_tickets=4),
        "notice_text": BreachText(
            breach_id=1, language="fr", nature="n", consequences="c", measures="m", advice="a"
        ),
        "exposed": "adresse e-mail",
    }


def rendered(name: str, language: str, **extra: Any) -> str:
    notice = Renderer().render(name, language, **{**context(name, language), **extra})
    return f"{notice.subject}\n{notice.text}"


@pytest.mark.parametrize(("name", "language"), TEMPLATES)
def test_no_iso_date_in_any_notice(name: str, language: str) -> None:
    text = rendered(name, language)
    assert not ISO_DATE.search(text), f"{name}.{language}: {ISO_DATE.search(text)}"


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize(
    ("mode", "action"),
    [
        ("recorded", "communicate"),
        ("apply_directives", "erase"),
        ("apply_directives", "communicate"),
        ("apply_directives", "keep"),
        ("settle_estate", None),
        ("close_account", "close"),
    ],
)
def test_every_post_mortem_outcome_reads_in_both_languages(
    mode: str, action: str | None, language: str
) -> None:
    result = {**context("completed")["result"], "mode": mode, "action": action}
    text = rendered("completed_post_mortem", language, result=result)
    assert not ISO_DATE.search(text)
    assert ("10 mars 2026" in text or "10 March 2026" in text) == (
        mode != "settle_estate" and mode != "close_account"
    )


def test_the_notices_with_dates_write_them_out() -> None:
    assert "10 avril 2026" in rendered("received", "fr")
    assert "10 April 2026" in rendered("received", "en")
    assert "certification : jusqu'au 15 janvier 2034" in rendered("completed_erasure", "fr")
    assert "(for you: until 1 February 2031)" in rendered("package_summary", "en")
    tz = Renderer().tz
    assert written_date(date(2026, 4, 1), "fr", tz) == "1er avril 2026"
    assert written_date("2026-04-10", "en", tz) == "10 April 2026"


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("name", sorted(ASKING))
def test_a_notice_that_asks_something_says_it_under_the_heading(name: str, language: str) -> None:
    text = rendered(name, language)
    assert TODO[language] in text
    after = text.split(TODO[language], 1)[1]
    deadline = ASKING[name]
    if deadline is not None:  # the learner's own deadline, written out, after the heading
        month = "mars" if language == "fr" else "March"
        assert f"{deadline} {month} 2026" in after, after
    else:
        assert "date limite" in after or "deadline" in after


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_reminder_of_documents_has_the_heading_and_their_deadline(language: str) -> None:
    text = rendered("reminder", language, ticket=context("reminder_proof")["ticket"])
    month = "mars" if language == "fr" else "March"
    assert TODO[language] in text and f"31 {month} 2026" in text


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_notice_that_asks_nothing_has_no_heading(language: str) -> None:
    for name in ("identity_confirmed", "completed", "expired", "cancelled"):
        assert TODO[language] not in rendered(name, language)


# -- structure and words (clear and plain language, GDPR art. 12(1)) ---------------------------

#: Notices a learner, a parent or an heir reads (staff notices are for the DPO team).
LEARNER_TEMPLATES = [(n, lang) for n, lang in TEMPLATES if not n.startswith("staff_")]
SNAPSHOTS = Path(__file__).resolve().parent.parent / "docs" / "notices"
#: snake_case identifiers (last_name, request_type values) that must never reach a reader.
RAW_KEY = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
#: Tell-tale English words in a French text.
ENGLISH = re.compile(
    r"\b(the|and|your|you|please|request|reminder|deadline|email|learner|erased|"
    r"data|officer|hello|thanks?|school|processed|handled)\b",
    re.IGNORECASE,
)


def full(name: str, language: str, **extra: Any) -> str:
    """A notice as the person receives it: a completion notice of one type is the
    ``completed`` letter around that type's paragraph."""
    if name.startswith("completed_"):
        done = ticket("completed")
        done.request_type = name.removeprefix("completed_")
        if done.request_type == "minor_parental":
            done.requester_kind = "parent"
        return rendered("completed", language, **{"ticket": done, **extra})
    return rendered(name, language, **extra)


def snapshot(name: str, language: str) -> str:
    return full(name, language)


@pytest.mark.parametrize(("name", "language"), LEARNER_TEMPLATES)
def test_each_notice_has_a_readable_snapshot_that_is_current(name: str, language: str) -> None:
    """docs/notices/<name>.<lang>.txt is the notice rendered from the real template with sample
    data; ``UPDATE_NOTICE_SNAPSHOTS=1 pytest tests/test_notice_texts.py`` rewrites them."""
    path = SNAPSHOTS / f"{name}.{language}.txt"
    text = snapshot(name, language)
    if os.environ.get("UPDATE_NOTICE_SNAPSHOTS"):
        SNAPSHOTS.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no snapshot {path.name}: run UPDATE_NOTICE_SNAPSHOTS=1 pytest"
    assert path.read_text(encoding="utf-8") == text, (
        f"{path.name} is stale: run UPDATE_NOTICE_SNAPSHOTS=1 pytest tests/test_notice_texts.py"
    )


def test_no_snapshot_without_its_template() -> None:
    names = {f"{n}.{lang}.txt" for n, lang in LEARNER_TEMPLATES}
    assert {p.name for p in SNAPSHOTS.glob("*.txt")} <= names


@pytest.mark.parametrize(("name", "language"), LEARNER_TEMPLATES)
def test_no_raw_key_in_any_notice(name: str, language: str) -> None:
    text = full(name, language)
    if name == "package_summary":  # the files of the package are named by their category
        text = re.sub(r"\b\w+\.(json|csv)\b", "", text)
    assert not RAW_KEY.search(text), f"{name}.{language}: {RAW_KEY.search(text)}"


@pytest.mark.parametrize("name", sorted({n for n, lang in LEARNER_TEMPLATES if lang == "fr"}))
def test_no_english_in_french_notices(name: str) -> None:
    text = full(name, "fr")
    assert not ENGLISH.search(text), f"{name}.fr: {ENGLISH.search(text)}"


@pytest.mark.parametrize(("name", "language"), LEARNER_TEMPLATES)
def test_subject_says_the_outcome_then_the_reference(name: str, language: str) -> None:
    subject = full(name, language).split("\n", 1)[0]
    generic = ("traitée", "processed", "handled", "Réponse à votre demande", "Answer to your")
    assert not any(word in subject for word in generic), subject
    if name not in ("package_summary", "verification_paused", "breach_notice"):
        assert subject.endswith("[DSR-2026-000001]"), subject
        assert not subject.startswith("["), subject


@pytest.mark.parametrize(("name", "language"), LEARNER_TEMPLATES)
def test_signature_names_the_group_its_schools_and_the_configured_address(
    name: str, language: str
) -> None:
    renderer = Renderer(dpo_address="privacy@example.org")
    notice = renderer.render(name, language, **context(name))
    if name in ("package_summary",) or name.startswith("completed_"):
        assert "dpo@studi.fr" not in notice.text
        return
    assert "privacy@example.org" in notice.text and "dpo@studi.fr" not in notice.text
    assert "Groupe Studi" in notice.text or "groupe Studi" in notice.text
    assert "COMPTALIA, COMNICIA, ECOLEMS, ELEPHORM, DIGITAL CAMPUS LIVE" in notice.text


def test_erasure_is_told_in_two_lists_and_says_whose_data() -> None:
    fr = full("completed_erasure", "fr")
    assert fr.startswith("Vos données ont été effacées (exceptions légales ci-dessous) [DSR-")
    erased, kept = fr.split("Données effacées :")[1].split("Données conservées")
    assert "- Historique de formation (leur durée de conservation était écoulée)" in erased
    assert (
        "- Historique des examens de certification : jusqu'au 15 janvier 2034. Motif : article 17"
        in kept
    )
    assert "Nous ne détenions aucune donnée de ces catégories : Identifiants" in kept
    assert "effacé" not in kept.split("Nous ne les utilisons")[0]  # nothing kept reads "erased"
    en = full("completed_erasure", "en")
    assert en.startswith("Your data has been erased (legal exceptions below) [DSR-")
    child = ticket("completed")
    child.request_type, child.requester_kind = "erasure", "parent"
    assert "Les données de votre enfant ont été effacées" in rendered(
        "completed", "fr", ticket=child
    )
    assert "We have erased your child's data" in rendered("completed", "en", ticket=child)
    assert "(erasure of your child's data) is closed" in rendered("completed", "en", ticket=child)
    heir = ticket("completed")
    heir.request_type, heir.requester_kind = "erasure", "heir"
    assert "Les données de la personne décédée ont été effacées" in rendered(
        "completed", "fr", ticket=heir
    )
    only = {**context("completed")["result"], "plan": plan()[1:]}
    assert full("completed_erasure", "en", result=only).startswith("Your data has been erased [")


def test_a_correction_names_fields_as_people_know_them_and_what_was_not_changed() -> None:
    result = {
        **context("completed")["result"],
        "requested": {"last_name": "Martin", "birth_date": "2001-05-03"},
        "applied": {"last_name": "Martin"},
    }
    en = full("completed_rectification", "en", result=result)
    assert "- Last name: Martin" in en and "last_name" not in en
    assert "Not changed: Date of birth, as our records already showed" in en
    fr = full("completed_rectification", "fr", result=result)
    assert "- Nom : Martin" in fr and "Pas de changement pour : Date de naissance" in fr
    birth = {**result, "applied": {"birth_date": "2001-05-03"}}
    assert "Date de naissance : 3 mai 2001" in full("completed_rectification", "fr", result=birth)


def test_an_extension_gives_the_new_date_first_then_the_cause() -> None:
    fr = full("extended", "fr", reason="Plusieurs bases à consulter.")
    body = fr.split("Bonjour,\n\n", 1)[1]
    assert body.startswith("Nous vous répondrons au plus tard le 10 juin 2026")
    assert body.index("10 juin 2026") < body.index("complexe") < body.index("Plusieurs bases")
    assert "article 12, paragraphe 3, du RGPD" in fr
    en = full("extended", "en").split("Hello,\n\n", 1)[1]
    assert en.index("10 June 2026") < en.index("complex")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_refusals_explain_the_reason_in_plain_words(language: str) -> None:
    text = full("rejected", language, rejection="manifestly_unfounded")
    assert ("par exemple" if language == "fr" else "for example") in text
    assert text.split("\n", 1)[0] == (
        "Votre demande a été refusée [DSR-2026-000001]"
        if language == "fr"
        else "Your request has been refused [DSR-2026-000001]"
    )


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_matching_learner_speaks_only_of_the_address_written_from(language: str) -> None:
    text = full("rejected", language, rejection="no_matching_learner", text=None)
    if language == "fr":
        assert "aucun compte apprenant associé à l'adresse e-mail depuis laquelle" in text
        assert (
            "Si vous avez un compte apprenant avec une autre adresse e-mail, écrivez-nous" in text
        )
    else:
        assert "no learner account linked to the email address you wrote from" in text
        assert "If you have a learner account under another email address, write to us" in text
    assert TODO[language] in text
    assert "alice" not in text  # names no address, neither theirs nor another


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_complaint_and_court_mention_is_one_sentence_with_the_link(language: str) -> None:
    text = full("rejected", language)
    line = next(x for x in text.splitlines() if "cnil.fr/fr/adresser-une-plainte" in x)
    sentence = line[line.index("Si vous" if language == "fr" else "If you") :]
    assert sentence.count(". ") == 0 and sentence.endswith(".")
    assert ("article 79 du RGPD" if language == "fr" else "Article 79 GDPR") in sentence


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_question_about_the_policy_is_given_the_policy_link_or_else_the_dpo(
    language: str,
) -> None:
    url = "https://www.example.org/privacy"
    with_url = Settings(_env_file=None, privacy_policy_url=url)  # type: ignore[call-arg]
    renderer = Renderer(dpo_address="privacy@example.org")
    base = {**context("received", language), "intent": "question_only"}
    cited = renderer.render("received", language, **{**base, "settings": with_url})
    paragraph = next(p for p in cited.text.split("\n\n") if url in p)
    assert paragraph.startswith(("Votre message se lit", "Your message reads"))
    assert url in cited.html
    bare = renderer.render("received", language, **base)
    assert "privacy" not in bare.text.replace("privacy@example.org", "")
    paragraph = next(p for p in bare.text.split("\n\n") if p.startswith(("Votre", "Your")))
    assert paragraph.endswith("privacy@example.org")
    # a request is not given the policy: the paragraph belongs to the question alone
    request = renderer.render(
        "received", language, **{**base, "intent": "request", "settings": with_url}
    )
    assert url not in request.text


def test_the_composition_root_signs_with_the_configured_dpo_address() -> None:
    from sqlalchemy import create_engine

    from privacy_desk.app import build_desk

    settings = Settings(_env_file=None, dpo_address="privacy@example.org")  # type: ignore[call-arg]
    desk = build_desk(settings, engine=create_engine("sqlite://"))
    text = desk.ctx.renderer.render("cancelled", "fr", **context("cancelled")).text
    assert "privacy@example.org — Groupe Studi" in text and "dpo@studi.fr" not in text


def glossary_avoid() -> dict[str, list[str]]:
    """The words docs/glossary.md says to avoid, per language (its last two columns)."""
    avoid: dict[str, list[str]] = {"fr": [], "en": []}
    table = (SNAPSHOTS.parent / "glossary.md").read_text(encoding="utf-8")
    for line in table.splitlines()[2:]:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or cells[0] in ("notion", "---"):
            continue
        for language, cell in (("fr", cells[3]), ("en", cells[4])):
            avoid[language] += [w.strip() for w in cell.split(",") if w.strip()]
    return avoid


def test_the_glossary_lists_words_to_avoid() -> None:
    avoid = glossary_avoid()
    assert "adresse électronique" in avoid["fr"] and "rectification" in avoid["fr"]
    assert "processed" in avoid["en"] and "requester" in avoid["en"]


@pytest.mark.parametrize(("name", "language"), LEARNER_TEMPLATES)
def test_notices_keep_to_the_glossary(name: str, language: str) -> None:
    text = full(name, language)
    for word in glossary_avoid()[language]:
        found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)
        assert not found, f"{name}.{language} says {found.group(0)!r}: see docs/glossary.md"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_breach_notice_says_what_to_do_under_the_heading(language: str) -> None:
    text = rendered("breach_notice", language)
    day = "10 mars 2026" if language == "fr" else "10 March 2026"
    assert day in text and "dpo@studi.fr" in text  # the configured address by default
    assert TODO[language] in text and "a" in text.split(TODO[language], 1)[1]


BOT_MENTION = re.compile(r"(notre bot Telegram|our Telegram bot)( \(https://t\.me/\w+\))?")


def bot_mentions(name: str, language: str, channel: str, username: str) -> list[str]:
    values = context(name, language)
    values["settings"] = Settings(_env_file=None, telegram_bot_username=username)  # type: ignore[call-arg]
    for each in [values["ticket"], *values["tickets"]]:
        each.channel = channel
    text = full(name, language, **values)
    return [m.group(0) for m in BOT_MENTION.finditer(text)] + re.findall(r"t\.me/\S*", text)


@pytest.mark.parametrize("channel", ["email", "telegram"])
@pytest.mark.parametrize(("name", "language"), LEARNER_TEMPLATES)
def test_a_mention_of_the_bot_carries_its_link_from_settings(
    name: str, language: str, channel: str
) -> None:
    for found in bot_mentions(name, language, channel, "@StudiDataBot"):
        assert "(https://t.me/StudiDataBot)" in found or found.startswith("t.me/"), found
    # unset: the bot is named without a link, never a broken one
    for found in bot_mentions(name, language, channel, ""):
        assert "t.me" not in found and found in ("notre bot Telegram", "our Telegram bot")


def test_the_code_mail_for_a_chat_request_links_to_the_bot() -> None:
    for language in ("fr", "en"):
        mentions = bot_mentions("verification_code", language, "telegram", BOT_USERNAME)
        assert mentions[0] == (
            "notre bot Telegram" if language == "fr" else "our Telegram bot"
        ) + (f" (https://t.me/{BOT_USERNAME})")
