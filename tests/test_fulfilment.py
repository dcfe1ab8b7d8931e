"""Every request type from a submission to the completed ticket, through the Desk only, with the
messages the learner and staff receive checked for content and language."""

from __future__ import annotations

import base64
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlmodel import col, select

from tests.conftest import outbox
from workflows.datamap import DEFAULT_DATA_MAP
from workflows.db import session_scope
from workflows.desk import Decider, Desk
from workflows.fulfilment import FulfilmentBlocked
from workflows.history import import_history
from workflows.intake import IntakeResult, Submission
from workflows.learners import import_learners
from workflows.lifecycle import RejectionReason, State
from workflows.models import (
    AnalyticsIdentifier,
    ExamRecord,
    Learner,
    MarketingContact,
    OutboxItem,
    PostMortemDecision,
    PostMortemDirective,
    Restriction,
    SuppressionEntry,
    TrainingRecord,
)
from workflows.postmortem import Outcome as PostMortemOutcome
from workflows.register import register_rows
from workflows.requests import RequestType
from workflows.staff import add_staff

T = RequestType
STAFF = Decider(name="claire")
LEARNERS = (
    "learner_id,email,first_name,last_name,phone,birth_date,language,brand\n"
    "L001,alice@example.fr,Alice,Martin,0612345678,1990-04-02,fr,COMPTALIA\n"
    "L002,bob@example.com,Bob,Smith,,1985-03-02,en,ELEPHORM\n"
    "L003,leo@example.fr,Léo,Petit,,2012-05-01,fr,ECOLEMS\n"
    "L004,old@example.fr,Odile,Ancien,0611111111,1970-01-01,fr,COMNICIA\n"
)
# Today is 2026-03-10 (the test clock). Alice's training ran until 2024-01-15: training history
# kept until 2029-01-15, CNCP exams until 2034-01-15. Odile's is all older than every limit.
HISTORY = {
    "training": "learner_id,course,brand,started_on,last_activity_on,progress\n"
    "L001,Comptabilité générale,COMPTALIA,2022-09-01,2024-01-15,80\n"
    "L001,Paie,COMPTALIA,2023-01-10,2023-06-30,100\n"
    "L002,Photoshop,ELEPHORM,2025-01-05,2026-02-01,45\n"
    "L003,Maths 5e,ECOLEMS,2025-09-01,2026-01-20,30\n"
    "L004,Bureautique,COMNICIA,2010-01-01,2014-06-30,100\n",
    "exams": "learner_id,certification,cncp_registered,exam_on,result\n"
    "L001,DCG UE9,yes,2023-11-20,passed\n"
    "L004,TOSA,no,2014-06-01,passed\n",
    "marketing": "learner_id,channel,address,consent,consent_at,last_interaction_on,source\n"
    "L001,email,alice@example.fr,yes,2022-08-01,2025-12-01,brochure\n"
    "L001,phone,0612345678,yes,2022-08-01,2025-11-01,brochure\n"
    "L002,email,bob@example.com,yes,2025-01-01,2026-01-01,signup\n"
    "L004,email,old@example.fr,yes,2012-01-01,2019-01-01,fair\n",
    "calls": "learner_id,called_on,adviser,note\n"
    "L001,2022-08-15,Sophie,Veut financer par le CPF\n"
    "L004,2012-01-05,Marc,Intéressée par la bureautique\n",
    "analytics": "learner_id,identifier,first_seen_on,last_seen_on\n"
    "L001,GA1.2.111,2025-01-01,2026-02-28\n"
    "L004,GA1.2.444,2014-01-01,2014-06-30\n",
}


@pytest.fixture
def desk_with_people(desk: Desk) -> Desk:
    return populate(desk)


def populate(desk: Desk) -> Desk:
    """The learners and histories above, and the staff member claire."""
    desk.run(lambda s: import_learners(s, io.StringIO(LEARNERS)))
    for kind, content in HISTORY.items():
        report = desk.run(lambda s, k=kind, c=content: import_history(s, io.StringIO(c), k))
        assert not report.rejected, report.rejected
    desk.run(lambda s: add_staff(s, "claire", email="claire@studi.fr"))
    return desk


def _submit(
    desk: Desk,
    sender: str,
    labels: tuple[RequestType, ...],
    *,
    language: str = "fr",
    channel: str = "email",
    **extra: Any,
) -> IntakeResult:
    return desk.open_requests(
        Submission(
            channel=channel,
            requester_address=sender,
            received_at=desk.ctx.now(),
            subject="Mes données",
            text="Bonjour, voici ma demande." if language == "fr" else "Hello, my request.",
            language=language,
            labels=labels,
            message_id=f"<{sender}.{'-'.join(labels)}@mail.example>",
            **extra,
        )
    )


def _code(desk: Desk, recipient: str) -> str:
    item = outbox(desk, template="verification_code", recipient=recipient)[-1]
    found = re.search(r"^\s+(\d{6})\s*$", item.body_text, re.MULTILINE)
    assert found, item.body_text
    return found.group(1)


def _verified(desk: Desk, result: IntakeResult, email: str, **kw: Any) -> None:
    assert desk.confirm_code(result.thread_key, _code(desk, email), **kw).value == "confirmed"


def _state(desk: Desk, result: IntakeResult, index: int = 0) -> str:
    return desk.ticket(result.tickets[index].id)[0].state  # type: ignore[arg-type]


def _only(desk: Desk, **where: Any) -> OutboxItem:
    (item,) = outbox(desk, **where)
    return item


def _zip(item: OutboxItem) -> zipfile.ZipFile:
    (attached,) = item.attachments
    assert attached["content_type"] == "application/zip"
    return zipfile.ZipFile(io.BytesIO(base64.b64decode(attached["data_b64"])))


def _rows(desk: Desk, model: Any, learner_pk: int) -> list[Any]:
    with session_scope(desk.engine) as session:
        return list(session.exec(select(model).where(model.learner_pk == learner_pk)))


def _restricted(desk: Desk, learner: Learner) -> list[str]:
    with session_scope(desk.engine) as session:
        query = select(Restriction.category).where(Restriction.learner_pk == learner.id)
        return list(session.exec(query))


def _learner(desk: Desk, pk: int) -> Learner:
    with session_scope(desk.engine) as session:
        found = session.get(Learner, pk)
        assert found is not None
        return found


# -- access and portability --------------------------------------------------------------------


def test_access_package_by_email_in_english(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = _submit(desk, "bob@example.com", (T.ACCESS,), language="en")
    _verified(desk, result, "bob@example.com")
    assert _state(desk, result) == State.AWAITING_APPROVAL
    escalation = _only(desk, template="staff_escalation")
    assert escalation.recipient == "-100123" and "Données trouvées" in escalation.body_text
    assert "training_history 1" in escalation.body_text
    assert not outbox(desk, template="completed"), "nothing leaves before staff approve"

    desk.approve(result.tickets[0].id, STAFF)  # type: ignore[arg-type]
    assert _state(desk, result) == State.COMPLETED
    done = _only(desk, template="completed")
    assert (done.recipient, done.language, done.personal) == ("bob@example.com", "en", True)
    assert "README.txt" in done.body_text and "CNIL" in done.body_text
    package = _zip(done)
    names = set(package.namelist())
    for category in ("profile", "training_history", "certification_exams", "marketing"):
        assert {f"{category}.json", f"{category}.csv"} <= names
    training = json.loads(package.read("training_history.json"))
    assert training["rows"][0]["course"] == "Photoshop"
    assert "Photoshop" in package.read("training_history.csv").decode()
    profile = json.loads(package.read("profile.json"))["rows"][0]
    assert profile["email"] == "bob@example.com" and profile["brand"] == "ELEPHORM"
    readme = package.read("README.txt").decode()
    for needle in (
        "Purpose:",
        "Recipients:",
        "Retention: 5 years after your last use",
        "Source of the data:",
        "Your rights",
        "https://www.cnil.fr/fr/adresser-une-plainte",
        "for you: until 1 February 2031",
    ):
        assert needle in readme, needle


def test_access_package_goes_to_the_linked_chat_as_a_document(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = _submit(
        desk, "777", (T.ACCESS,), channel="telegram", learner_hint="L001", telegram_chat_id=777
    )
    code = _code(desk, "alice@example.fr")  # the code goes to the registered email only
    assert desk.confirm_code(result.thread_key, code, telegram_chat_id=777).value == "confirmed"
    desk.approve(result.tickets[0].id, STAFF)  # type: ignore[arg-type]
    done = _only(desk, template="completed")
    assert (done.channel, done.recipient, done.language) == ("telegram", "777", "fr")
    package = _zip(done)
    assert "LISEZ-MOI.txt" in package.namelist()
    readme = package.read("LISEZ-MOI.txt").decode()
    assert "Finalité" in readme and "jusqu'au 15 janvier 2034" in readme
    assert "3 Place de Fontenoy" in readme


def test_access_package_holds_what_the_desk_itself_knows_and_the_full_wording(
    desk_with_people: Desk,
) -> None:
    desk = desk_with_people
    _directives_of(desk, "old@example.fr", "Après mon décès, effacez mes données.")
    _submit(desk, "old@example.fr", (T.MARKETING_OBJECTION,))
    result = _submit(desk, "old@example.fr", (T.ACCESS,))
    _verified(desk, result, "old@example.fr")
    desk.approve(result.tickets[0].id, STAFF)  # type: ignore[arg-type]
    package = _zip(outbox(desk, template="completed", recipient="old@example.fr")[-1])
    held = json.loads(package.read("desk.json"))
    assert [r["type"] for r in held["requests"]] == [
        "post_mortem",
        "marketing_objection",
        "access",
    ]
    assert held["requests"][0]["state"] == "completed"
    assert {"channel": "email", "address": "old@example.fr"}.items() <= held["suppressions"][
        0
    ].items()
    assert held["directives"]["action"] == "erase"
    readme = package.read("LISEZ-MOI.txt").decode()
    for needle in (
        "Vos demandes : DSR-",
        "Oppositions à la prospection enregistrées : e-mail old@example.fr",
        "Directives pour après votre décès : effacer vos données, données le 10 mars 2026",
        "article 15, paragraphe 1, h)",
        "y compris le profilage",
        "motifs légitimes et impérieux",
        "constatation, à l'exercice ou à la défense de droits en justice",
        "sans avoir à donner de motif",
    ):
        assert needle in readme, needle


def test_portability_gives_the_machine_readable_part_only(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = _submit(desk, "alice@example.fr", (T.PORTABILITY,))
    _verified(desk, result, "alice@example.fr")
    desk.approve(result.tickets[0].id, STAFF)  # type: ignore[arg-type]
    done = _only(desk, template="completed")
    assert done.language == "fr" and "lisible par machine" in done.body_text
    names = set(_zip(done).namelist())
    assert names and all(n.endswith((".json", ".csv")) for n in names)
    # Art. 20(1): what Alice provided, on consent or contract; not the exam boards' results nor
    # the advisers' notes (legitimate interest), nor the desk's own records
    assert {n.split(".")[0] for n in names} == {
        "profile",
        "training_history",
        "marketing",
        "analytics",
    }
    assert len(json.loads(_zip(done).read("training_history.json"))["rows"]) == 2


# -- erasure ------------------------------------------------------------------------------------


def test_erasure_plan_is_shown_approved_executed_and_explained(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = _submit(desk, "alice@example.fr", (T.ERASURE,))
    _verified(desk, result, "alice@example.fr")
    escalation = _only(desk, template="staff_escalation")
    text = escalation.body_text
    assert "Si vous approuvez :" in text  # the plan in the conditional: nothing is done yet
    assert "Historique de formation : sera conservé jusqu'au 15 janvier 2029" in text
    assert (
        "Historique des examens de certification : sera conservé jusqu'au 15 janvier 2034" in text
    )
    assert "CNCP" in text
    assert "Contacts et consentements marketing : sera effacé" in text
    ticket = desk.ticket(result.tickets[0].id)[0]  # type: ignore[arg-type]
    plan = {e["category"]: e for e in ticket.details["erasure_plan"]["entries"]}
    assert plan["profile"]["action"] == "keep" and plan["profile"]["keep_until"] == "2034-01-15"
    assert plan["analytics"]["action"] == "erase"

    desk.approve(ticket.id, STAFF)  # type: ignore[arg-type]
    assert _state(desk, result) == State.COMPLETED
    pk = ticket.learner_pk
    assert pk is not None
    assert len(_rows(desk, TrainingRecord, pk)) == 2
    assert len(_rows(desk, ExamRecord, pk)) == 1
    assert _rows(desk, MarketingContact, pk) == []
    assert _rows(desk, AnalyticsIdentifier, pk) == []
    kept = _learner(desk, pk)
    assert kept.restricted  # kept, for its obligation only, and only what it needs
    assert (kept.first_name, kept.last_name, str(kept.birth_date)) == (
        "Alice",
        "Martin",
        "1990-04-02",
    )
    assert (kept.email, kept.phone, kept.profile) == (f"erased-{pk}@invalid", None, {})
    with session_scope(desk.engine) as session:
        suppressed = {(e.channel, e.address) for e in session.exec(select(SuppressionEntry))}
    assert {("email", "alice@example.fr"), ("phone", "+33612345678")} <= suppressed
    done = _only(desk, template="completed")
    assert done.recipient == "alice@example.fr" and done.language == "fr"
    erased, kept = done.body_text.split("Données effacées :")[1].split("Données conservées")
    assert "- Historique de formation : jusqu'au 15 janvier 2029. Motif :" in kept
    assert "(durée : 5 ans après votre dernière utilisation" in kept
    assert "- Notes d'appels des conseillers" in erased
    assert "seuls sont conservés : prénom, nom, date de naissance, le reste est effacé" in kept
    assert "liste d'opposition" in done.body_text


def test_erasure_of_old_data_erases_everything_and_still_confirms(
    desk_with_people: Desk,
) -> None:
    desk = desk_with_people
    result = _submit(desk, "old@example.fr", (T.ERASURE,))
    _verified(desk, result, "old@example.fr")
    desk.approve(result.tickets[0].id, STAFF)  # type: ignore[arg-type]
    pk = desk.ticket(result.tickets[0].id)[0].learner_pk  # type: ignore[arg-type]
    assert pk is not None
    assert _rows(desk, TrainingRecord, pk) == [] and _rows(desk, ExamRecord, pk) == []
    learner = _learner(desk, pk)
    assert (learner.email, learner.last_name, learner.phone) == (f"erased-{pk}@invalid", "", None)
    done = _only(desk, template="completed")
    assert done.recipient == "old@example.fr"  # the address registered before the erasure
    assert "(leur durée de conservation était écoulée)" in done.body_text
    assert "Données conservées" not in done.body_text


# -- rectification, restriction, objection ------------------------------------------------------


def test_rectification_applies_the_recorded_correction(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = _submit(desk, "bob@example.com", (T.RECTIFICATION,), language="en")
    _verified(desk, result, "bob@example.com")
    key = result.tickets[0].id
    assert key is not None
    with pytest.raises(FulfilmentBlocked):
        desk.approve(key, STAFF)
    assert _state(desk, result) == State.AWAITING_APPROVAL
    desk.record_correction(key, STAFF, {"last_name": "Smyth"})
    desk.approve(key, STAFF)
    learner = _learner(desk, desk.ticket(key)[0].learner_pk or 0)
    assert learner.last_name == "Smyth"
    done = _only(desk, template="completed")
    assert done.language == "en" and "We have corrected your data" in done.body_text
    assert "- Last name: Smyth" in done.body_text and "last_name" not in done.body_text


def test_rectification_requested_in_the_submission(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = _submit(
        desk,
        "alice@example.fr",
        (T.RECTIFICATION,),
        details={"correction": {"phone": "0699887766"}},
    )
    _verified(desk, result, "alice@example.fr")
    assert (
        "Correction demandée : Téléphone → 0699887766"
        in _only(desk, template="staff_escalation").body_text
    )
    desk.approve(result.tickets[0].id, STAFF)  # type: ignore[arg-type]
    assert _learner(desk, result.tickets[0].learner_pk or 0).phone == "+33699887766"
    assert "Nous avons corrigé vos données" in _only(desk, template="completed").body_text


def test_restriction_restricts_every_category(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = _submit(desk, "alice@example.fr", (T.RESTRICTION,))
    _verified(desk, result, "alice@example.fr")
    assert _state(desk, result) == State.AWAITING_APPROVAL
    assert not _learner(desk, result.tickets[0].learner_pk or 0).restricted
    desk.approve(result.tickets[0].id, STAFF)  # type: ignore[arg-type]
    learner = _learner(desk, result.tickets[0].learner_pk or 0)
    assert learner.restricted
    assert set(_restricted(desk, learner)) == {
        "training_history",
        "certification_exams",
        "marketing",
        "adviser_calls",
        "analytics",
    }
    done = _only(desk, template="completed")
    assert (
        "Nous avons limité l'utilisation" in done.body_text
        and done.recipient == "alice@example.fr"
    )


def test_an_upheld_objection_stops_only_the_processing_objected_to(
    desk_with_people: Desk,
) -> None:
    desk = desk_with_people
    result = _submit(desk, "alice@example.fr", (T.OBJECTION,))
    _verified(desk, result, "alice@example.fr")
    desk.approve(result.tickets[0].id, STAFF)  # type: ignore[arg-type]
    learner = _learner(desk, result.tickets[0].learner_pk or 0)
    # Art. 21(1) reaches processing on legitimate interest: the advisers' call notes, not the
    # training contract, the legal obligation on exams, or what consent covers
    assert _restricted(desk, learner) == ["adviser_calls"]
    assert not learner.restricted
    done = _only(desk, template="completed").body_text
    assert "nous acceptons votre opposition" in done
    assert "- Notes d'appels des conseillers (Vous conseiller" in done
    assert "Les autres traitements se poursuivent" in done and "Profil apprenant" in done


def _with_recipients(desk: Desk, tmp_path: Path) -> None:
    """The default data map, with recipients to notify on the training history."""
    raw = yaml.safe_load(DEFAULT_DATA_MAP.read_text(encoding="utf-8"))
    raw["categories"]["training_history"]["notify"] = ["dpo@financeur.example"]
    raw["categories"]["profile"]["notify"] = ["privacy@lms-host.example"]
    path = tmp_path / "datamap.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    desk.ctx.settings = desk.ctx.settings.model_copy(update={"data_map": path})
    desk.reload_data_map()


@pytest.mark.parametrize("label", [T.RECTIFICATION, T.ERASURE, T.RESTRICTION])
def test_rectification_erasure_and_restriction_are_notified_to_the_recipients(
    desk_with_people: Desk, tmp_path: Path, label: RequestType
) -> None:
    desk = desk_with_people
    _with_recipients(desk, tmp_path)
    result = _submit(desk, "alice@example.fr", (label,))
    _verified(desk, result, "alice@example.fr")
    key = result.tickets[0].id
    assert key is not None
    if label is T.RECTIFICATION:
        desk.record_correction(key, STAFF, {"last_name": "Durand"})
    desk.approve(key, STAFF)
    told = {i.recipient: i for i in outbox(desk, template="recipient_notice")}
    record = desk.ticket(key)[0].details["fulfilment"]["notified"]
    if label is T.RECTIFICATION:  # only the profile holds the name
        assert set(told) == {"privacy@lms-host.example"}
        assert "Champs corrigés : last_name" in told["privacy@lms-host.example"].body_text
        assert "Durand" not in told["privacy@lms-host.example"].body_text
    else:  # erasure: the profile is erased and the training history kept, restricted
        assert set(told) == {"privacy@lms-host.example", "dpo@financeur.example"}
    expected = {"rectification": "rectification", "erasure": "restriction"}
    action = expected.get(label.value, "restriction")
    training = [r for r in record if r["category"] == "training_history"]
    assert label is T.RECTIFICATION or training[0]["action"] == action
    assert "article 19" in told["privacy@lms-host.example"].subject.lower()
    assert "L001" in told["privacy@lms-host.example"].body_text
    done = _only(desk, template="completed").body_text
    assert "Comme l'article 19 du RGPD le prévoit" in done
    assert "privacy@lms-host.example" in done
    reference = result.tickets[0].reference
    rows = desk.run(lambda s: register_rows(s, desk.ctx.tz))
    (row,) = [r for r in rows if r["reference"] == reference]
    assert "privacy@lms-host.example (" in row["recipients_notified"]


# -- marketing and consent (no approval) ---------------------------------------------------


def test_marketing_objection_for_the_phone_only_mentions_bloctel(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = _submit(
        desk, "alice@example.fr", (T.MARKETING_OBJECTION,), details={"channels": ["phone"]}
    )
    assert _state(desk, result) == State.COMPLETED
    assert not outbox(desk, template="staff_escalation")
    with session_scope(desk.engine) as session:
        entries = {(e.channel, e.address) for e in session.exec(select(SuppressionEntry))}
        phone = session.exec(
            select(MarketingContact).where(MarketingContact.channel == "phone")
        ).one()
        email = session.exec(
            select(MarketingContact).where(MarketingContact.address == "alice@example.fr")
        ).one()
    assert entries == {("phone", "+33612345678")}
    assert (phone.consent, email.consent) == (False, True)
    done = _only(desk, template="completed")
    assert "- téléphone : +33612345678" in done.body_text
    assert "https://www.bloctel.gouv.fr/" in done.body_text


def test_consent_withdrawal_is_recorded_at_once_in_english(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = _submit(
        desk,
        "bob@example.com",
        (T.CONSENT_WITHDRAWAL,),
        language="en",
        details={"channels": ["email", "sms"]},
    )
    assert _state(desk, result) == State.COMPLETED
    with session_scope(desk.engine) as session:
        contact = session.exec(
            select(MarketingContact).where(MarketingContact.address == "bob@example.com")
        ).one()
        entries = {(e.channel, e.address) for e in session.exec(select(SuppressionEntry))}
    assert contact.consent is False and contact.withdrawn_at is not None
    assert ("email", "bob@example.com") in entries
    done = _only(desk, template="completed")
    assert done.language == "en"
    assert "opt-out list: email bob@example.com." in done.body_text
    assert "SMS" not in done.body_text  # no number of Bob's is known: nothing claimed for it
    assert "Bloctel" not in done.body_text


def test_consent_withdrawal_withdraws_every_consent_based_category(
    desk_with_people: Desk,
) -> None:
    desk = desk_with_people
    result = _submit(desk, "alice@example.fr", (T.CONSENT_WITHDRAWAL,))
    assert _state(desk, result) == State.COMPLETED
    pk = result.tickets[0].learner_pk or 0
    assert _rows(desk, AnalyticsIdentifier, pk) == []  # audience-measurement cookies too
    assert all(not c.consent for c in _rows(desk, MarketingContact, pk))
    done = _only(desk, template="completed").body_text
    assert (
        "Identifiants de mesure d'audience : nous avons cessé de les utiliser et effacé ces "
        "données (1 élément)" in done
    )
    assert "téléphone +33612345678" in done

    stranger = _submit(desk, "carol@example.org", (T.CONSENT_WITHDRAWAL,))
    assert _state(desk, stranger) == State.COMPLETED
    told = outbox(desk, template="completed")[-1].body_text
    assert "Identifiants de mesure d'audience : nous n'avons pas pu rattacher" in told
    assert "recours juridictionnel" in told  # a partial answer gives the remedies


# -- post mortem -------------------------------------------------------------------------------


def _third_party_to_approval(desk: Desk, result: IntakeResult) -> None:
    """The third party is asked for proofs, sends them, and the requests go to staff."""
    ticket = result.tickets[0]
    assert ticket.state == State.AWAITING_REQUESTER
    assert outbox(desk, template="proof_needed", recipient=ticket.requester_address)
    desk.add_proof(
        ticket.id,  # type: ignore[arg-type]
        "justificatif.pdf",
        "application/pdf",
        b"%PDF-1.7\nproof\n%%EOF\n",
        f"email:{ticket.requester_address}",
    )
    assert {_state(desk, result, i) for i in range(len(result.tickets))} == {
        State.AWAITING_APPROVAL
    }


def _directives_of(
    desk: Desk, sender: str, text: str, language: str = "fr"
) -> PostMortemDirective:
    own = desk.open_requests(
        Submission(
            channel="email",
            requester_address=sender,
            received_at=desk.ctx.now(),
            subject="Directives",
            text=text,
            language=language,
            labels=(T.POST_MORTEM,),
            message_id=f"<{sender}.directives@mail.example>",
        )
    )
    assert [t.request_type for t in own.tickets] == [T.POST_MORTEM]
    assert own.tickets[0].requester_kind == "self"
    _verified(desk, own, sender)
    desk.approve(own.tickets[0].id, STAFF)  # type: ignore[arg-type]
    with session_scope(desk.engine) as session:
        return session.exec(
            select(PostMortemDirective).where(col(PostMortemDirective.revoked_at).is_(None))
        ).one()


def _post_mortem_from(desk: Desk, sender: str, kind: str, **extra: Any) -> IntakeResult:
    result = _submit(
        desk,
        sender,
        (T.POST_MORTEM,),
        learner_hint="L004",
        details={"requester_kind": kind},
        **extra,
    )
    _third_party_to_approval(desk, result)
    return result


def test_learner_records_directives_then_the_trusted_person_has_them_applied(
    desk_with_people: Desk,
) -> None:
    desk = desk_with_people
    directive = _directives_of(
        desk,
        "old@example.fr",
        "Bonjour, effacez toutes mes données après mon décès. "
        "Ma personne de confiance est Paul Ancien (paul@example.fr).",
    )
    assert (directive.action, directive.trusted_person, directive.trusted_contact) == (
        "erase",
        "Paul Ancien",
        "paul@example.fr",
    )
    assert directive.given_at is not None
    recorded = _only(desk, template="completed")
    assert "Vos directives" in recorded.body_text and "Paul Ancien" in recorded.body_text
    assert "Instruction retenue : effacer les données" in recorded.body_text

    trusted = _post_mortem_from(desk, "paul@example.fr", "trusted_person")
    escalation = outbox(desk, template="staff_escalation")[-1]
    assert "Directives du défunt : erase" in escalation.body_text
    assert "personne de confiance désignée (prioritaire" in escalation.body_text
    desk.approve(trusted.tickets[0].id, STAFF)  # type: ignore[arg-type]
    done = outbox(desk, template="completed")[-1]
    assert done.recipient == "paul@example.fr"
    assert "nous avons appliqué les directives" in done.body_text
    assert "effacer les données" in done.body_text
    assert _rows(desk, TrainingRecord, directive.learner_pk) == []


def test_the_trusted_person_has_priority_over_the_heirs(desk_with_people: Desk) -> None:
    desk = desk_with_people
    _directives_of(
        desk,
        "old@example.fr",
        "After my death, delete my data. My trusted person is Paul Ancien, paul@example.fr",
        language="en",
    )
    heir = _post_mortem_from(desk, "heir@example.org", "heir")
    escalation = outbox(desk, template="staff_escalation")[-1].body_text
    assert "aucune : rejeter avec no_standing" in escalation
    for outcome in (None, *PostMortemOutcome):
        with pytest.raises(FulfilmentBlocked, match="no standing"):
            desk.approve(heir.tickets[0].id, STAFF, post_mortem=outcome)  # type: ignore[arg-type]
    assert _state(desk, heir) == State.AWAITING_APPROVAL
    assert len(_rows(desk, TrainingRecord, heir.tickets[0].learner_pk or 0)) == 1
    desk.reject(
        heir.tickets[0].id,  # type: ignore[arg-type]
        STAFF,
        RejectionReason.NO_STANDING,
        "Les directives désignent M. Paul Ancien pour les exécuter.",
    )
    refused = outbox(desk, template="rejected", recipient="heir@example.org")[-1].body_text
    assert "désignent une autre personne de confiance" in refused
    assert "article 85" in refused and "autorité parentale" not in refused


def test_directives_to_communicate_send_the_data_to_the_named_recipient(
    desk_with_people: Desk,
) -> None:
    desk = desk_with_people
    directive = _directives_of(
        desk,
        "old@example.fr",
        "À mon décès, transmettez mes données à ma fille, claire.ancien@example.fr.",
    )
    assert directive.action == "communicate"
    assert directive.recipients == ["claire.ancien@example.fr"]
    stranger = _post_mortem_from(desk, "someone@example.org", "heir")
    with pytest.raises(FulfilmentBlocked, match="not to this requester"):
        desk.approve(stranger.tickets[0].id, STAFF)  # type: ignore[arg-type]
    named = _post_mortem_from(desk, "claire.ancien@example.fr", "heir")
    desk.approve(named.tickets[0].id, STAFF)  # type: ignore[arg-type]
    done = outcome_for(desk, "claire.ancien@example.fr")
    assert "communiquer les données aux personnes désignées" in done.body_text
    assert "training_history.json" in _zip(done).namelist()
    assert _learner(desk, directive.learner_pk).restricted


def outcome_for(desk: Desk, recipient: str) -> OutboxItem:
    return outbox(desk, template="completed", recipient=recipient)[-1]


def test_an_heir_settling_the_estate_gets_its_data_and_nothing_is_closed(
    desk_with_people: Desk,
) -> None:
    desk = desk_with_people
    heir = _post_mortem_from(desk, "heir@example.org", "heir", language="en")
    escalation = outbox(desk, template="staff_escalation")[-1].body_text
    assert "settle_estate, close_account" in escalation
    with pytest.raises(FulfilmentBlocked, match="choose the outcome"):
        desk.approve(heir.tickets[0].id, STAFF)  # type: ignore[arg-type]
    desk.approve(
        heir.tickets[0].id,  # type: ignore[arg-type]
        STAFF,
        post_mortem=PostMortemOutcome.SETTLE_ESTATE,
    )
    pk = heir.tickets[0].learner_pk or 0
    assert not _learner(desk, pk).restricted
    assert _rows(desk, MarketingContact, pk)[0].consent
    done = outcome_for(desk, "heir@example.org")
    assert "needed to settle the estate" in done.body_text
    assert "the account is not closed" in done.body_text
    names = _zip(done).namelist()
    assert "profile.json" in names and "marketing.json" not in names
    with session_scope(desk.engine) as session:
        decision = session.get(PostMortemDecision, heir.tickets[0].id)
    assert decision is not None and (decision.outcome, decision.decided_by) == (
        "settle_estate",
        "claire",
    )


def test_heir_without_directives_gets_the_account_closed(desk_with_people: Desk) -> None:
    desk = desk_with_people
    heir = _submit(
        desk,
        "heir@example.org",
        (T.POST_MORTEM,),
        language="en",
        learner_hint="L001",
        details={"requester_kind": "heir"},
    )
    _third_party_to_approval(desk, heir)
    assert "droits des héritiers, art. 85 II" in _only(desk, template="staff_escalation").body_text
    desk.approve(
        heir.tickets[0].id,  # type: ignore[arg-type]
        STAFF,
        post_mortem=PostMortemOutcome.CLOSE_ACCOUNT,
    )
    pk = heir.tickets[0].learner_pk or 0
    assert _learner(desk, pk).restricted
    assert len(_rows(desk, TrainingRecord, pk)) == 2  # kept for the legal periods
    done = _only(desk, template="completed")
    assert (done.recipient, done.language) == ("heir@example.org", "en")
    assert "left no directives" in done.body_text and "article 85, II, 2°" in done.body_text


# -- minor ------------------------------------------------------------------------------------


def test_parent_has_the_minors_data_erased_without_waiting(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = _submit(desk, "parent@example.fr", (T.MINOR_PARENTAL, T.ERASURE), learner_hint="L003")
    assert all(t.requester_kind == "parent" for t in result.tickets)
    assert not outbox(desk, template="verification_code")
    _third_party_to_approval(desk, result)
    escalation = outbox(desk, template="staff_escalation")[-1].body_text
    assert "Enfant concerné : Léo Petit, 13 ans (né·e le 1er mai 2012)" in escalation
    assert "Moins de 15 ans (art. 45" in escalation
    # one request, one ticket, decided once: no minor_parental twin beside the erasure
    assert [t.request_type for t in result.tickets] == [T.ERASURE]
    desk.approve(result.tickets[0].id, STAFF)  # type: ignore[arg-type]
    assert _state(desk, result, 0) == State.COMPLETED
    pk = result.tickets[0].learner_pk or 0
    # LIL art. 51: the recent training history is not kept for five years, it is erased now
    assert _rows(desk, TrainingRecord, pk) == []
    assert _learner(desk, pk).email == f"erased-{pk}@invalid"
    (erased,) = outbox(desk, template="completed")
    assert erased.recipient == "parent@example.fr"
    assert "des données de votre enfant" in erased.body_text
    assert "article 51 de la loi Informatique et Libertés" in erased.body_text
    assert "Données conservées" not in erased.body_text


def test_an_adult_erasing_what_was_collected_while_a_minor_waits_for_nothing(
    desk_with_people: Desk,
) -> None:
    desk = desk_with_people
    desk.run(
        lambda s: import_learners(
            s,
            io.StringIO(
                "learner_id,email,first_name,last_name,phone,birth_date,language\n"
                "L005,ines@example.fr,Inès,Roux,,2007-06-01,fr\n"
            ),
        )
    )
    history = "learner_id,course,brand,started_on,last_activity_on,progress\n"
    history += "L005,Anglais,ELEPHORM,2024-09-01,2025-03-01,60\n"  # she was 17
    desk.run(lambda s: import_history(s, io.StringIO(history), "training"))
    result = _submit(desk, "ines@example.fr", (T.ERASURE,))
    _verified(desk, result, "ines@example.fr")
    desk.approve(result.tickets[0].id, STAFF)  # type: ignore[arg-type]
    pk = result.tickets[0].learner_pk or 0
    assert _rows(desk, TrainingRecord, pk) == []  # LIL art. 51, not five years later
    assert (
        "collectées pendant la minorité : article 51"
        in _only(desk, template="completed").body_text
    )


def test_parent_asking_access_gets_the_package_and_nothing_is_erased(
    desk_with_people: Desk,
) -> None:
    desk = desk_with_people
    result = _submit(desk, "parent@example.fr", (T.MINOR_PARENTAL, T.ACCESS), learner_hint="L003")
    _third_party_to_approval(desk, result)
    assert [t.request_type for t in result.tickets] == [T.ACCESS]
    desk.approve(result.tickets[0].id, STAFF)  # type: ignore[arg-type]
    pk = result.tickets[0].learner_pk or 0
    assert len(_rows(desk, TrainingRecord, pk)) == 1
    assert _learner(desk, pk).email == "leo@example.fr"
    (package,) = outbox(desk, template="completed")
    assert package.recipient == "parent@example.fr"
    assert "Maths 5e" in _zip(package).read("training_history.json").decode()


def test_a_parent_of_an_adult_has_no_standing(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = _submit(desk, "parent@example.fr", (T.MINOR_PARENTAL, T.ERASURE), learner_hint="L001")
    _third_party_to_approval(desk, result)
    escalation = outbox(desk, template="staff_escalation")[-1].body_text
    assert "Enfant concerné : Alice Martin, 35 ans" in escalation
    assert "MAJEUR·E" in escalation and "Pas qualité pour agir" in escalation
    key = result.tickets[0].id
    assert key is not None
    with pytest.raises(FulfilmentBlocked, match="no standing"):
        desk.approve(key, STAFF)
    assert _state(desk, result, 0) == State.AWAITING_APPROVAL
    assert len(_rows(desk, TrainingRecord, result.tickets[0].learner_pk or 0)) == 2
    for ticket in result.tickets:
        desk.reject(
            ticket.id,  # type: ignore[arg-type]
            STAFF,
            RejectionReason.NO_STANDING,
            "Votre fille peut nous écrire elle-même.",
        )
    refusal = outbox(desk, template="rejected")[-1].body_text
    assert "la personne concernée est majeure" in refusal
    assert "recours juridictionnel" in refusal
