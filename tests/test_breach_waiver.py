"""Art. 34(3) GDPR: a DPO decides the learners of a breach are not told one by one (data
unintelligible, high risk no longer likely, or disproportionate effort with a public
communication instead). Their clock and its reminders stop, no notice can leave afterwards, the
decision is refused once notices are queued or to anyone but a DPO, and the record for the CNIL
states it, its ground and reason instead of a notification log. And each clock reads in the
reader's language."""

from __future__ import annotations

import io
import threading
from datetime import timedelta

import pytest
from sqlmodel import col, select

from tests.conftest import Clock, outbox
from tests.test_breach import AWARE, learners, one_notice_queued, opened, written
from tests.test_breach_clocks import reminders, team
from workflows.breach import Breaches, LearnersWaived, NoticesQueued, queue_batch
from workflows.db import session_scope
from workflows.desk import Desk
from workflows.models import TicketEvent
from workflows.scheduler import tick
from workflows.staff import NotAllowed, NotStaff

REASON = "the exported file was encrypted with AES-256; the key never left the vault"
PUBLIC = "https://studi.fr/incident-2026-03, published on 11 March 2026 at 10:00"


def events(desk: Desk, *commands: str) -> list[TicketEvent]:
    with session_scope(desk.engine) as session:
        return list(
            session.exec(
                select(TicketEvent)
                .where(col(TicketEvent.command).in_(commands))
                .order_by(col(TicketEvent.id))
            )
        )


def affected_not_queued(desk: Desk, breaches: Breaches) -> int:
    """A breach with one affected learner whose approved notice is not queued yet."""
    learners(desk, 1)
    breach_id = opened(breaches)
    breaches.import_affected(breach_id, io.StringIO("L00000"), by="Dana")
    written(breaches, breach_id)
    breaches.approve(breach_id, by="Dana")
    return breach_id


def test_a_waiver_stops_the_learners_clock_and_its_reminders_and_no_notice_leaves(
    desk: Desk, clock: Clock
) -> None:
    breaches = team(desk)
    breach_id = affected_not_queued(desk, breaches)
    breaches.waive_learners(breach_id, by="Dana", ground="a", reason=REASON)

    cnil, learners_clock = breaches.show(breach_id).clocks
    assert (learners_clock.done_at, learners_clock.waived) == (clock.now, "a")
    assert cnil.done_at is None  # the CNIL is still to be notified
    with pytest.raises(LearnersWaived):
        breaches.send(breach_id, by="Dana")
    assert outbox(desk, template="breach_notice") == []

    clock.now = AWARE + timedelta(hours=10)  # 18:00 in Paris: the staff digest
    tick(desk)
    (digest,) = outbox(desk, template="staff_digest")
    assert "CNIL — 62 h restantes" in digest.body_text
    assert (
        "apprenants — pas avertis un par un (article 34, paragraphe 3, point a), décision du "
        "10 mars 2026 10:30"
    ) in digest.body_text

    clock.now = AWARE + timedelta(hours=24, minutes=5)
    tick(desk)  # the CNIL's clock still runs: a reminder, about it alone
    chat, dana, eve = outbox(desk, template="staff_breach_reminder")
    assert (
        "Apprenants concernés (notre politique de confidentialité) : pas avertis un par un, sur "
        "décision de Dana le 10 mars 2026 10:30 (article 34, paragraphe 3, point a, du RGPD)"
    ) in dana.body_text
    assert "not told one by one, as Dana decided on 10 March 2026 10:30" in eve.body_text
    assert "breach send" not in chat.body_text and "cnil-notified" in chat.body_text
    (reminder,) = events(desk, "breach_reminder")
    assert reminder.data["running"] == ["CNIL"]

    breaches.cnil_notified(breach_id, by="Dana", at=clock.now)
    assert breaches.running() == []
    clock.now = AWARE + timedelta(hours=48, minutes=5)
    tick(desk)
    assert len(reminders(desk)) == 3  # nothing more: both clocks stopped

    (waived,) = events(desk, "breach_learners_waived")
    assert waived.actor == "Dana"
    assert waived.data == {
        "breach_id": breach_id,
        "ground": "a",
        "reason": REASON,
        "public_notice": "",
    }
    assert desk.verify_audit().ok


def test_only_a_dpo_may_decide_and_a_refusal_is_logged(desk: Desk) -> None:
    breaches = team(desk)
    breach_id = affected_not_queued(desk, breaches)
    with pytest.raises(NotAllowed):
        breaches.waive_learners(breach_id, by="Al", ground="b", reason=REASON)
    with pytest.raises(NotStaff):
        breaches.waive_learners(breach_id, by="mallory", ground="b", reason=REASON)

    assert breaches.show(breach_id).clocks[1].done_at is None  # the learners' clock runs
    assert events(desk, "breach_learners_waived") == []
    refusals = [(e.actor, e.data["refused"]) for e in events(desk, "note")]
    assert refusals == [
        ("Al", "decide the learners are not told by Al is agent: only a dpo may decide the "
               "learners are not told"),
        ("mallory", "decide the learners are not told by mallory is not a staff member allowed "
                    "to decide"),
    ]  # fmt: skip


def test_no_waiver_once_the_notices_are_queued(desk: Desk) -> None:
    breaches = team(desk)
    breach_id = one_notice_queued(desk, breaches)
    with pytest.raises(NoticesQueued, match="1 learners' notices are already queued"):
        breaches.waive_learners(breach_id, by="Dana", ground="b", reason=REASON)
    view = breaches.show(breach_id)
    assert view.breach.learners_waived_at is None and view.clocks[1].waived is None
    assert events(desk, "breach_learners_waived") == []


def test_a_waiver_racing_the_sending_waits_for_it_and_is_refused(desk: Desk) -> None:
    """The sending's transaction holds the breach: the decision taken meanwhile waits for it,
    then sees the queued notice (without the lock, both would go through on PostgreSQL)."""
    breaches = team(desk)
    breach_id = affected_not_queued(desk, breaches)
    outcome: list[BaseException | None] = []

    def waive() -> None:
        try:
            breaches.waive_learners(breach_id, by="Dana", ground="b", reason=REASON)
            outcome.append(None)
        except NoticesQueued as refused:
            outcome.append(refused)

    racer = threading.Thread(target=waive)
    with session_scope(desk.engine) as session:
        assert queue_batch(session, desk.ctx, breach_id, by="Dana", per_minute=60, limit=10) == 1
        racer.start()
        racer.join(timeout=1)
        assert outcome == []  # still waiting for the sending to commit
    racer.join(timeout=60)
    assert len(outcome) == 1 and isinstance(outcome[0], NoticesQueued)
    assert breaches.show(breach_id).breach.learners_waived_at is None


def test_ground_c_needs_the_public_communication_and_a_decision_is_taken_once(
    desk: Desk,
) -> None:
    breaches = team(desk)
    breach_id = affected_not_queued(desk, breaches)
    for ground, reason, public, wrong in (
        ("c", REASON, "", "ground c needs the public communication"),
        ("a", REASON, PUBLIC, "with ground c only"),
        ("b", "  ", "", "needs its reason"),
        ("d", REASON, "", "one of a, b, c"),
    ):
        with pytest.raises(ValueError, match=wrong):
            breaches.waive_learners(
                breach_id, by="Dana", ground=ground, reason=reason, public_notice=public
            )
    assert breaches.show(breach_id).clocks[1].done_at is None

    breaches.waive_learners(
        breach_id, by="Dana", ground="c", reason="120,000 people", public_notice=PUBLIC
    )
    with pytest.raises(LearnersWaived, match="already decided by Dana"):
        breaches.waive_learners(breach_id, by="Eve", ground="a", reason=REASON)
    (waived,) = events(desk, "breach_learners_waived")
    assert (waived.data["ground"], waived.data["public_notice"]) == ("c", PUBLIC)


def test_the_record_states_the_waiver_its_ground_and_reason_instead_of_the_log(
    desk: Desk, clock: Clock
) -> None:
    breaches = team(desk)
    breach_id = affected_not_queued(desk, breaches)
    breaches.waive_learners(
        breach_id, by="Dana", ground="c", reason="120,000 people, no address for most",
        public_notice=PUBLIC,
    )  # fmt: skip
    log = io.StringIO()
    record = breaches.export(breach_id, log, by="Dana")
    assert record.log_rows is None and log.getvalue() == ""
    lines = record.summary.splitlines()
    for line in (
        "- Pas de communication à chaque personne : décision de Dana le 10 mars 2026 10:30, en "
        "application de l'article 34, paragraphe 3, point c : la communication à chaque personne "
        "exigerait des efforts disproportionnés : une communication publique les informe à la "
        "place de manière aussi efficace",
        "- Motif : 120,000 people, no address for most",
        f"- Communication publique faite à la place : {PUBLIC}",
        "- Personnes concernées identifiées dans notre annuaire : 1 ; aucun avis ne leur a été "
        "envoyé, il n'y a donc pas de journal des notifications.",
    ):
        assert line in lines, (line, record.summary)
    assert "Le journal des notifications, une ligne par personne" not in record.summary
    assert "Toutes les personnes averties" not in record.summary

    english = breaches.export(breach_id, io.StringIO(), by="Dana", language="en").summary
    for line in (
        "- Not communicated to each person: decided by Dana on 10 March 2026 10:30, under "
        "article 34(3)(c): communicating with each person would involve disproportionate "
        "effort: a public communication informs them in an equally effective manner instead",
        "- Reason: 120,000 people, no address for most",
        f"- Public communication made instead: {PUBLIC}",
    ):
        assert line in english.splitlines(), (line, english)
    exports = events(desk, "breach_export")
    assert [e.data["rows"] for e in exports] == [None, None]


def test_a_record_on_ground_a_names_no_public_communication(desk: Desk) -> None:
    breaches = team(desk)
    breach_id = affected_not_queued(desk, breaches)
    breaches.waive_learners(breach_id, by="Dana", ground="a", reason=REASON)
    english = breaches.export(breach_id, io.StringIO(), by="Dana", language="en").summary
    assert (
        "under article 34(3)(a): the personal data were protected by measures that make them "
        "unintelligible to anyone not authorised to access them, such as encryption"
    ) in english
    assert "Public communication" not in english


@pytest.mark.parametrize(
    ("language", "running", "overdue", "done", "waived"),
    [
        (
            "fr",
            "CNIL : échéance le 13 mars 2026 09:00, il reste 70h30",
            "apprenants : échéance le 13 mars 2026 09:00, EN RETARD de 1h00",
            "CNIL : fait le 13 mars 2026 10:00 (en retard)",
            "apprenants : pas avertis un par un, décision du 13 mars 2026 10:00 (article 34, "
            "paragraphe 3, point b, du RGPD)",
        ),
        (
            "en",
            "CNIL: due 13 March 2026 09:00, 70h30 left",
            "learners: due 13 March 2026 09:00, OVERDUE by 1h00",
            "CNIL: done on 13 March 2026 10:00 (late)",
            "learners: not told one by one, decided on 13 March 2026 10:00 (GDPR article "
            "34(3)(b))",
        ),
    ],
)
def test_a_clock_reads_in_the_readers_language(
    desk: Desk,
    clock: Clock,
    language: str,
    running: str,
    overdue: str,
    done: str,
    waived: str,
) -> None:
    breaches = team(desk)
    breach_id = affected_not_queued(desk, breaches)
    cnil, learners_clock = breaches.show(breach_id).clocks
    assert breaches.describe(cnil, language) == running
    clock.now = AWARE + timedelta(hours=73)
    assert breaches.describe(learners_clock, language) == overdue
    breaches.cnil_notified(breach_id, by="Dana", at=clock.now)
    breaches.waive_learners(breach_id, by="Dana", ground="b", reason=REASON)
    cnil, learners_clock = breaches.show(breach_id).clocks
    assert breaches.describe(cnil, language) == done
    assert breaches.describe(learners_clock, language) == waived
