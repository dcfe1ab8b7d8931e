"""Refusals, partial answers and extensions: each says its real reason, worded for the request,
with a written explanation, and tells the person of the CNIL and of the courts (Art. 12(4))."""

from __future__ import annotations

import pytest

from tests.conftest import outbox
from tests.test_fulfilment import STAFF, T, _submit, _verified, populate
from workflows.desk import Desk, ReasonNotAllowed
from workflows.lifecycle import ExtensionCause, RejectionReason

R = RejectionReason


@pytest.fixture
def people(desk: Desk) -> Desk:
    return populate(desk)


def _awaiting(desk: Desk, label: T, sender: str = "alice@example.fr") -> int:
    result = _submit(desk, sender, (label,), language="fr")
    if result.tickets[0].state == "awaiting_identity":
        _verified(desk, result, sender)
    key = result.tickets[0].id
    assert key is not None
    return key


def test_every_rejection_needs_a_written_explanation(people: Desk) -> None:
    key = _awaiting(people, T.ERASURE)
    with pytest.raises(ValueError, match="written explanation"):
        people.reject(key, STAFF, R.IDENTITY_NOT_PROVEN)
    with pytest.raises(ValueError, match="written explanation"):
        people.reject(key, STAFF, R.LEGAL_EXCEPTION, "   ")


def test_an_objection_is_refused_for_compelling_grounds_with_the_remedies(people: Desk) -> None:
    key = _awaiting(people, T.OBJECTION)
    people.reject(
        key, STAFF, R.COMPELLING_GROUNDS, "Le suivi de vos résultats conditionne votre diplôme."
    )
    (notice,) = outbox(people, template="rejected")
    text = notice.body_text
    assert "motifs légitimes et impérieux" in text and "article 21, paragraphe 1" in text
    assert "Le suivi de vos résultats conditionne votre diplôme." in text
    assert "cnil.fr/fr/adresser-une-plainte" in text
    assert "recours juridictionnel" in text and "article 79 du RGPD" in text


def test_reason_texts_are_worded_for_the_request(people: Desk) -> None:
    objection = _awaiting(people, T.OBJECTION)
    people.reject(objection, STAFF, R.LEGAL_EXCEPTION, "Les relevés sont transmis au rectorat.")
    text = outbox(people, template="rejected")[-1].body_text
    assert "nous impose de conserver" not in text
    assert "le droit d'opposition ne s'applique pas" in text

    erasure = _awaiting(people, T.ERASURE, "bob@example.com")
    with pytest.raises(ReasonNotAllowed):
        people.reject(erasure, STAFF, R.COMPELLING_GROUNDS, "Nous en avons besoin.")
    with pytest.raises(ReasonNotAllowed):
        people.reject(erasure, STAFF, R.NO_STANDING, "Vous êtes la personne concernée.")


def test_the_objection_to_marketing_is_absolute(people: Desk) -> None:
    result = _submit(people, "carol@example.org", (T.MARKETING_OBJECTION,))
    key = result.tickets[0].id
    assert key is not None
    with pytest.raises(ReasonNotAllowed):
        people.reject(key, STAFF, R.LEGAL_EXCEPTION, "Nous devons garder ce contact.")


@pytest.mark.parametrize(
    ("cause", "said"),
    [
        (ExtensionCause.COMPLEXITY, "votre demande est complexe"),
        (ExtensionCause.NUMBER, "nous avons reçu un grand nombre de demandes"),
    ],
)
def test_the_extension_states_its_cause_and_the_remedies(
    people: Desk, cause: ExtensionCause, said: str
) -> None:
    key = _awaiting(people, T.ACCESS)
    ticket = people.extend(key, STAFF, "Vos données sont dans trois systèmes.", cause)
    assert ticket.extension_cause == cause.value
    (notice,) = outbox(people, template="extended")
    assert said in notice.body_text
    assert "(article 12, paragraphe 3, du RGPD)" in notice.body_text
    assert "recours juridictionnel" in notice.body_text


def test_data_kept_after_an_erasure_cites_its_ground_and_the_remedies(people: Desk) -> None:
    key = _awaiting(people, T.ERASURE)
    people.approve(key, STAFF)
    (done,) = outbox(people, template="completed")
    text = done.body_text
    assert (
        "- Historique de formation : jusqu'au 15 janvier 2029. Motif : "
        "article 17, paragraphe 3, b) et e), du RGPD"
        in text
        and "(durée : 5 ans après votre dernière utilisation de la plateforme de formation "
        "à distance)"
        in text
    )
    assert "certification enregistrée au RNCP" in text
    assert "statistiques anonymes" not in text
    assert "recours juridictionnel" in text and "cnil.fr" in text


def test_staff_are_offered_only_the_reasons_that_fit(people: Desk) -> None:
    def offered(key: int) -> tuple[RejectionReason, ...]:
        return people.decision_prompt(key, STAFF, "reject").reasons

    objection = _awaiting(people, T.OBJECTION)
    assert R.COMPELLING_GROUNDS in offered(objection)
    assert R.NO_STANDING not in offered(objection)
    marketing = _submit(people, "carol@example.org", (T.MARKETING_OBJECTION,)).tickets[0].id
    assert marketing is not None
    assert offered(marketing) == (R.MANIFESTLY_UNFOUNDED, R.OTHER)
