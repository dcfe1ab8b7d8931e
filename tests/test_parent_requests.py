"""A parent's request is one ticket for the right they name, and their message names the child
in words or by an identifier."""

from __future__ import annotations

import pytest

from workflows.intake import child_identifier, one_ticket_per_right, requester_kind
from workflows.requests import RequestType as T


def test_a_parents_erasure_is_one_ticket_asked_by_a_parent() -> None:
    labels = (T.MINOR_PARENTAL, T.ERASURE)
    assert requester_kind(labels, "") == "parent"
    assert one_ticket_per_right(labels) == (T.ERASURE,)
    assert one_ticket_per_right((T.MINOR_PARENTAL, T.ACCESS, T.ERASURE)) == (T.ACCESS, T.ERASURE)


def test_a_parent_who_names_no_right_keeps_the_request_for_staff_to_ask() -> None:
    assert one_ticket_per_right((T.MINOR_PARENTAL,)) == (T.MINOR_PARENTAL,)
    assert one_ticket_per_right((T.ACCESS,)) == (T.ACCESS,)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("leo.petit@example.fr", "leo.petit@example.fr"),
        ("L-1001", "L-1001"),
        ("C'est mon fils Léo, son adresse est leo@example.fr, né en 2012", "leo@example.fr"),
        ("Ma fille, numéro d'apprenante STU20431, 14 ans", "STU20431"),
        ("Mon fils Léo Petit, né le 3 mai 2012, je ne connais pas son numéro", None),
    ],
)
def test_the_child_is_named_by_an_address_or_a_number(text: str, found: str | None) -> None:
    assert child_identifier(text) == found
