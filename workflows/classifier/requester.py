"""Who is asking: the person themself, a parent, an heir or trusted person, a lawyer or other
representative, or another third party, with the phrases that say so.

Read from what was written only, never from whether the sender is a known learner, so that
the answer cannot reveal it. A parent acts for a minor only: writing for a child said to be of
age, they are a third party, who needs the child's mandate. The labels count too: a minor's
data means a parent, and a request that reports a death or comes from an heir, executor, notary
or trusted person is about a deceased person's data; a post-mortem request that does neither
records the writer's own directives.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import islice

from workflows import textrules
from workflows.classifier import rules as R
from workflows.classifier.text import normalise
from workflows.firstchar import compile_guarded


class Requester(StrEnum):
    """Who wrote a request, as the classifier reads it."""

    SELF = "self"
    PARENT = "parent"
    HEIR_OR_TRUSTED_PERSON = "heir_or_trusted_person"
    LAWYER_OR_REPRESENTATIVE = "lawyer_or_representative"
    OTHER_THIRD_PARTY = "other_third_party"


@dataclass(frozen=True)
class RequesterRole:
    """Who is asking and the phrases that say so (none for the person themself)."""

    requester: Requester
    evidence: tuple[str, ...] = ()


_REPRESENTATIVE = compile_guarded(R.REPRESENTATIVE)
_OTHER_THIRD_PARTY = compile_guarded(R.OTHER_THIRD_PARTY)
_AUTHORITY = compile_guarded(R.AUTHORITY)
_EMPLOYER = compile_guarded(R.EMPLOYER)
_SOMEONE_CLOSE = compile_guarded(R.SOMEONE_CLOSE)
_THEIR_DATA = compile_guarded(R.THEIR_DATA)
_CHILD = compile_guarded(R.CHILD)
_PARENT_WRITING = compile_guarded(R.PARENT_WRITING)
_ADULT_CHILD = compile_guarded(R.ADULT_CHILD)
_MINOR = compile_guarded(f"{R.MINOR_AGE}|{R.MINOR_STRONG}")
#: How many mentions of someone close are looked after (bounds the cost on any text).
_CLOSE_MENTIONS = 3


def requester_role(
    text: str, labels: Mapping[str, Sequence[str]], norm: str | None = None
) -> RequesterRole:
    """Who wrote ``text`` (subject and new text), given the labels it was classified with and
    the phrases behind each (``{"post_mortem": ("décédé",)}``; empty when chosen from a menu).
    ``norm`` is ``text`` normalised, when the caller has it already."""
    found = set(labels)
    if "minor_parental" in found:
        return RequesterRole(Requester.PARENT, tuple(labels["minor_parental"]) or ("minor",))
    norm = normalise(text) if norm is None else norm
    if textrules.about_a_death(text):
        if textrules.own_directives(text):
            return RequesterRole(Requester.SELF, ("own directives",))
        if textrules.acts_after_a_death(text) and (
            "post_mortem" in found or not _REPRESENTATIVE.search(norm)
        ):
            said = tuple(labels.get("post_mortem", ()))
            return RequesterRole(Requester.HEIR_OR_TRUSTED_PERSON, _death_evidence(text, said))
    mentions = [m.group(0) for m in islice(_SOMEONE_CLOSE.finditer(norm), _CLOSE_MENTIONS)]
    close = _for_someone_close(norm) if mentions else ()
    # a parent acts for a minor; for a child said to be of age (no minor named), as any third
    # party would, with the child's mandate
    of_age = bool(mentions) and _ADULT_CHILD.search(norm) and not _MINOR.search(norm)
    if close and _CHILD.search(close[0]) and not of_age:
        return RequesterRole(Requester.PARENT, close)
    # "I'm a parent ... my daughter is 14": a parent writes, whatever is asked
    if any(_CHILD.search(mention) for mention in mentions) and not of_age:
        parent = _PARENT_WRITING.search(norm)
        if parent:
            return RequesterRole(Requester.PARENT, (parent.group(0),))
    representative = _REPRESENTATIVE.search(norm)
    if representative and _AUTHORITY.fullmatch(representative.group(0)):
        employer = _EMPLOYER.search(norm)  # an employer with a signed authority is no lawyer
        if employer:
            return RequesterRole(Requester.OTHER_THIRD_PARTY, (employer.group(0).strip(),))
    for role, match in (
        (Requester.LAWYER_OR_REPRESENTATIVE, representative),
        (Requester.OTHER_THIRD_PARTY, _OTHER_THIRD_PARTY.search(norm)),
    ):
        if match:
            return RequesterRole(role, (match.group(0).strip(),))
    if close:
        return RequesterRole(Requester.OTHER_THIRD_PARTY, close)
    return RequesterRole(Requester.SELF)


def _for_someone_close(norm: str) -> tuple[str, ...]:
    """The phrases that say the writer asks about someone close to them ("my sister" ...
    "her account"), read after the first few mentions only; empty when none."""
    for _, close in zip(range(_CLOSE_MENTIONS), _SOMEONE_CLOSE.finditer(norm), strict=False):
        theirs = _THEIR_DATA.search(norm, close.end(), close.end() + R.THEIR_DATA_REACH)
        if theirs:
            return (close.group(0), theirs.group(0))
    return ()


def _death_evidence(text: str, said: tuple[str, ...]) -> tuple[str, ...]:
    """What says the writer acts after a death: their role when named, and the death."""
    role = (
        ("trusted person",)
        if textrules.trusted_person_writing(text)
        else ("notary",)
        if textrules.notary_writing(text)
        else ()
    )
    return role + (said or ("a death reported",))
