"""Every notice template, rendered in French and English: dates are written out in the
reader's language and never ISO in the prose, and every notice that asks the person for
something says it under the fixed heading, with their own deadline where there is one."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

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


def ticket(state: str = "awaiting_identity", **details: Any) -> Ticket:
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
        details=details,
    )


def plan() -> list[dict[str, Any]]:
    keep = {"fr": "obligation", "en": "obligation"}
    title = {"fr": "Examens", "en": "Exams"}
    return [
        {"action": "keep", "keep_until": "2034-01-15", "title": title, "rule": keep},
        {"action": "erase", "basis": "expired", "title": title, "rule": keep},
    ]


def context(name: str) -> dict[str, Any]:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    datamap = load_data_map()
    proof = ticket("awaiting_requester", awaiting="proof", asked_at=RECEIVED.isoformat())
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
    }
    return {
        "ticket": proof if name == "reminder_proof" else ticket(),
        "tickets": [proof] if name == "proof_needed" else [ticket()],
        "settings": settings,
        "now": RECEIVED,
        "reason": "Quelle formation ?",
        "text": "motif",
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
        "breach": Breach(title="LMS", aware_at=RECEIVED, dpo_contact="dpo@studi.fr"),
        "notice_text": BreachText(
            breach_id=1, language="fr", nature="n", consequences="c", measures="m", advice="a"
        ),
        "exposed": "email",
    }


def rendered(name: str, language: str, **extra: Any) -> str:
    notice = Renderer().render(name, language, **{**context(name), **extra})
    return f"{notice.subject}\n{notice.text}"


@pytest.mark.parametrize(("name", "language"), TEMPLATES)
def test_no_iso_date_in_any_notice(name: str, language: str) -> None:
    text = rendered(name, language)
    assert not ISO_DATE.search(text), f"{name}.{language}: {ISO_DATE.search(text)}"


def test_the_notices_with_dates_write_them_out() -> None:
    assert "10 avril 2026" in rendered("received", "fr")
    assert "10 April 2026" in rendered("received", "en")
    assert "conservé jusqu'au 15 janvier 2034" in rendered("completed_erasure", "fr")
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


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_breach_notice_says_what_to_do_under_the_heading(language: str) -> None:
    text = rendered("breach_notice", language)
    day = "10 mars 2026" if language == "fr" else "10 March 2026"
    assert day in text and "dpo@studi.fr" in text
    assert TODO[language] in text and "a" in text.split(TODO[language], 1)[1]
