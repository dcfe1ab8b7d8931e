"""The console's queue with a breach: its 72-hour clocks on top, and the queue narrowed to the
requests its notices brought in."""

from __future__ import annotations

import re
from datetime import timedelta

from starlette.testclient import TestClient

from tests.conftest import Clock
from tests.test_breach import AWARE, opened
from tests.test_breach_clocks import _ticket
from tests.test_web import client, sign_in, team  # noqa: F401  (fixtures)
from workflows.breach import Breaches
from workflows.desk import Desk
from workflows.staff import add_staff


def references(page: str) -> list[str]:
    return re.findall(r'<th scope="row"><a href="/tickets/\d+">([^<]+)</a>', page)


def test_the_queue_shows_the_clocks_and_filters_the_requests_linked_to_a_breach(
    client: TestClient,  # noqa: F811
    team: Desk,  # noqa: F811
    clock: Clock,
) -> None:
    breaches = Breaches(team.engine, team.ctx)
    team.run(lambda s: add_staff(s, "Dana"))
    breach_id = opened(breaches)
    for reference, linked in (("PD-1", breach_id), ("PD-2", None), ("PD-3", breach_id)):
        team.run(lambda s, r=reference, b=linked: s.add(_ticket(r, b)))
    clock.now = AWARE + timedelta(hours=74)
    breaches.cnil_notified(breach_id, by="Dana", at=AWARE + timedelta(hours=30))
    sign_in(client)

    page = client.get("/queue").text
    assert "Violations de données : les délais de 72 heures" in page
    assert "Violation 1 : LMS database copied</a>" in page
    assert "CNIL: fait" in page
    assert "<strong>en retard de 2 h</strong>" in page
    assert "0 avis envoyés sur 0" in page
    assert references(page) == ["PD-1", "PD-2", "PD-3"]

    narrowed = client.get(f"/queue?breach={breach_id}").text
    assert references(narrowed) == ["PD-1", "PD-3"]
    assert f'<option value="{breach_id}" selected>' in narrowed
    assert references(client.get("/queue?breach=99").text) == []
    assert references(client.get("/queue?breach=x").text) == ["PD-1", "PD-2", "PD-3"]


def test_the_queue_shows_a_learners_clock_a_dpo_stopped_under_art_34_3(
    client: TestClient,  # noqa: F811
    team: Desk,  # noqa: F811
    clock: Clock,
) -> None:
    breaches = Breaches(team.engine, team.ctx)
    team.run(lambda s: add_staff(s, "Dana"))
    breach_id = opened(breaches)
    breaches.waive_learners(breach_id, by="Dana", ground="b", reason="accounts locked at once")
    sign_in(client)

    page = client.get("/queue").text
    assert "Violation 1 : LMS database copied</a>" in page  # the CNIL's clock still runs
    assert "apprenants: pas avertis un par un (art. 34, § 3, b)" in page
