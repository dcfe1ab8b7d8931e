"""LIL art. 85: who is writing about data after a death, and what their directives say."""

from __future__ import annotations

import pytest

from workflows.intake import requester_kind
from workflows.postmortem import Action, read_directives
from workflows.requests import RequestType

PM = (RequestType.POST_MORTEM,)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Effacez mes données après mon décès.", "self"),
        ("En cas de mon décès, supprimez tout ; mes héritiers n'auront rien à faire.", "self"),
        ("Je veux que ma personne de confiance soit ma sœur.", "self"),
        ("Please delete my data after my death.", "self"),
        ("In the event of my death, send my certificates to my son.", "self"),
        ("Mon père, apprenant chez vous, est décédé le 3 mars. Je suis son héritier.", "heir"),
        ("Ma mère nous a quittés ; merci de fermer son compte.", "heir"),
        ("My father passed away last month, please close his account.", "heir"),
        ("I am his heir: the death certificate is attached.", "heir"),
        ("Je suis la personne de confiance de M. Dupont, décédé le 2 janvier.", "trusted_person"),
        ("My aunt died in May; she named me as her trusted person.", "trusted_person"),
        ("Étude notariale Martin, succession de M. Dupont.", "notary"),
    ],
)
def test_own_directives_are_told_from_a_reported_death(text: str, kind: str) -> None:
    assert requester_kind(PM, text) == kind


def test_directives_are_read_into_what_to_do_whom_to_trust_and_whom_to_tell() -> None:
    erase = read_directives(
        "Après mon décès, effacez tout. Ma personne de confiance est Paul Ancien (paul@ex.fr)."
    )
    assert (erase.action, erase.trusted_person, erase.trusted_contact) == (
        Action.ERASE,
        "Paul Ancien",
        "paul@ex.fr",
    )
    assert erase.recipients == ()
    tell = read_directives("After my death, send my exam results to anna@ex.org and tom@ex.org.")
    assert tell.action is Action.COMMUNICATE
    assert tell.recipients == ("anna@ex.org", "tom@ex.org")
    keep = read_directives("Je souhaite que mes données soient conservées après ma mort.")
    assert keep.action is Action.KEEP
    vague = read_directives("Voici mes directives pour après mon décès.")
    assert vague.action is Action.KEEP  # nothing irreversible on a guess
    stated = read_directives("anything", {"action": "erase", "trusted_person": "Zoé"})
    assert (stated.action, stated.trusted_person) == (Action.ERASE, "Zoé")
