"""The request types of DESIGN §2 and what each one needs before it can be fulfilled."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RequestType(StrEnum):
    """The classifier's labels, exactly as the specification spells them."""

    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    MARKETING_OBJECTION = "marketing_objection"
    CONSENT_WITHDRAWAL = "consent_withdrawal"
    PORTABILITY = "portability"
    POST_MORTEM = "post_mortem"
    MINOR_PARENTAL = "minor_parental"
    OTHER = "other"


class RequesterKind(StrEnum):
    """Who is asking: the person themself, or a third party acting for them."""

    SELF = "self"
    PARENT = "parent"
    HEIR = "heir"
    LAWYER = "lawyer"
    NOTARY = "notary"
    TRUSTED_PERSON = "trusted_person"  # named by a deceased learner's directives
    THIRD_PARTY = "third_party"  # someone else acting for the person, with a mandate


class Verification(StrEnum):
    """How sure we must be of the requester's identity before acting."""

    NONE = "none"
    STANDARD = "standard"
    STRONG = "strong"
    PROOF = "proof"  # third parties: documents reviewed by staff


@dataclass(frozen=True)
class RequestPolicy:
    """What a request type needs: identity level and whether staff must approve."""

    verification: Verification
    needs_approval: bool
    article: str


POLICIES: dict[RequestType, RequestPolicy] = {
    RequestType.ACCESS: RequestPolicy(Verification.STRONG, True, "GDPR Art. 15"),
    RequestType.RECTIFICATION: RequestPolicy(Verification.STANDARD, True, "GDPR Art. 16"),
    RequestType.ERASURE: RequestPolicy(Verification.STRONG, True, "GDPR Art. 17"),
    RequestType.RESTRICTION: RequestPolicy(Verification.STANDARD, True, "GDPR Art. 18"),
    RequestType.OBJECTION: RequestPolicy(Verification.STANDARD, True, "GDPR Art. 21(1)"),
    RequestType.MARKETING_OBJECTION: RequestPolicy(
        Verification.NONE, False, "GDPR Art. 21(2)-(3)"
    ),
    RequestType.CONSENT_WITHDRAWAL: RequestPolicy(Verification.NONE, False, "GDPR Art. 7(3)"),
    RequestType.PORTABILITY: RequestPolicy(Verification.STRONG, True, "GDPR Art. 20"),
    RequestType.POST_MORTEM: RequestPolicy(
        Verification.STANDARD, True, "Loi Informatique et Libertés, art. 85"
    ),
    RequestType.MINOR_PARENTAL: RequestPolicy(
        Verification.PROOF, True, "Loi Informatique et Libertés, art. 45 and 51; Code civil 371-1"
    ),
    RequestType.OTHER: RequestPolicy(Verification.NONE, True, "-"),
}


def policy_for(request_type: RequestType) -> RequestPolicy:
    """The identity and approval policy of a request type."""
    return POLICIES[request_type]


#: What each kind of third party must send (the notice spells each document out).
THIRD_PARTY_DOCUMENTS: dict[RequesterKind, tuple[str, ...]] = {
    RequesterKind.PARENT: ("identity", "parental_authority", "child_identity"),
    RequesterKind.HEIR: ("identity", "death_certificate", "heir_status"),
    RequesterKind.LAWYER: ("identity", "mandate"),
    RequesterKind.NOTARY: ("identity", "mandate", "death_certificate"),
    RequesterKind.TRUSTED_PERSON: ("identity", "death_certificate"),
    RequesterKind.THIRD_PARTY: ("identity", "mandate"),
}


def required_documents(kind: RequesterKind) -> tuple[str, ...]:
    """The documents a requester of ``kind`` must send: none for the person themself."""
    return THIRD_PARTY_DOCUMENTS.get(RequesterKind(kind), ())


def missing_documents(requester_kind: RequesterKind, received: int) -> int:
    """How many of the required documents are still to come, ``received`` files counted one
    document each (a file that holds several is for staff to judge)."""
    return max(0, len(required_documents(requester_kind)) - received)
