"""The learner directory: CSV import and lookups by email, learner number or phone."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TextIO

import phonenumbers
from sqlmodel import Session, col, select

from workflows.models import Learner, utcnow

REQUIRED_COLUMNS = (
    "learner_id",
    "email",
    "first_name",
    "last_name",
    "phone",
    "birth_date",
    "language",
)


class LearnerImportError(ValueError):
    """The file cannot be imported at all (missing columns, not a CSV)."""


def normalise_email(value: str) -> str:
    """Trimmed and lower-cased; addresses are compared in this form."""
    return value.strip().lower()


def normalise_phone(value: str, region: str = "FR") -> str | None:
    """E.164 form of a phone number, or None when it is not a valid number."""
    text = value.strip()
    if not text:
        return None
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def parse_birth_date(value: str) -> date | None:
    """ISO ``YYYY-MM-DD`` or French ``DD/MM/YYYY``; empty means unknown."""
    text = value.strip()
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"birth_date {text!r} is not a date (YYYY-MM-DD or DD/MM/YYYY)")


@dataclass
class ImportReport:
    """What an import did, with the line number and reason of every rejected row, and of every
    optional field dropped from a row that was kept (``warnings``)."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class _Row:
    learner_id: str
    email: str
    first_name: str
    last_name: str
    phone: str | None
    birth_date: date | None
    language: str
    profile: dict[str, str]
    dropped: tuple[str, ...] = ()


def _validate(raw: dict[str, str], extra: Iterable[str]) -> _Row:
    """The row's values; a malformed optional field (phone) is dropped, never the learner
    (DESIGN §7), and named in ``dropped`` so the import can warn without echoing it."""
    learner_id = (raw.get("learner_id") or "").strip()
    if not learner_id:
        raise ValueError("learner_id is empty")
    email = normalise_email(raw.get("email") or "")
    local, _, domain = email.partition("@")
    if not local or "." not in domain or " " in email:
        raise ValueError(f"email {email!r} is not an address")
    phone_text = raw.get("phone") or ""
    phone = normalise_phone(phone_text)
    dropped = ("phone",) if phone_text.strip() and phone is None else ()
    language = (raw.get("language") or "fr").strip().lower()[:2] or "fr"
    if language not in ("fr", "en"):
        raise ValueError(f"language {language!r} is not fr or en")
    return _Row(
        learner_id=learner_id,
        email=email,
        first_name=(raw.get("first_name") or "").strip(),
        last_name=(raw.get("last_name") or "").strip(),
        phone=phone,
        birth_date=parse_birth_date(raw.get("birth_date") or ""),
        language=language,
        profile={k: (raw.get(k) or "") for k in extra},
        dropped=dropped,
    )


def _first_line(last_line: int, raw: dict[Any, Any]) -> int:
    """The file line a record starts on: the reader's line less the breaks inside its fields."""
    values: list[str] = [v for v in raw.values() if isinstance(v, str)]
    values += raw.get(None) or []
    return last_line - sum(value.count("\n") for value in values)


def import_learners(
    session: Session,
    stream: TextIO,
    *,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Upsert learners from CSV on ``learner_id``; bad rows are reported, good ones kept.

    Rows are numbered by the file line they start on (a quoted field may span lines).
    """
    reader = csv.DictReader(stream)
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise LearnerImportError(f"missing column(s): {', '.join(missing)}")
    reader.fieldnames = header
    extra = [h for h in header if h not in REQUIRED_COLUMNS]
    existing = {learner.learner_id: learner for learner in session.exec(select(Learner))}
    owner_of_email = {learner.email: learner.learner_id for learner in existing.values()}
    report = ImportReport()
    for raw in reader:
        number = _first_line(reader.line_num, raw)
        if progress is not None:
            progress(1)
        if None in raw:
            report.rejected.append((number, "more fields than the header has"))
            continue
        try:
            row = _validate(raw, extra)
        except ValueError as exc:
            report.rejected.append((number, str(exc)))
            continue
        owner = owner_of_email.get(row.email)
        if owner is not None and owner != row.learner_id:
            report.rejected.append((number, f"email {row.email} belongs to learner {owner}"))
            continue
        for name in row.dropped:
            report.warnings.append(
                (number, f"{name} is not valid and was dropped; learner {row.learner_id} kept")
            )
        learner = existing.get(row.learner_id)
        values: dict[str, Any] = {
            "email": row.email,
            "first_name": row.first_name,
            "last_name": row.last_name,
            "phone": row.phone,
            "birth_date": row.birth_date,
            "language": row.language,
            "profile": row.profile,
        }
        if learner is None:
            learner = Learner(learner_id=row.learner_id, **values)
            existing[row.learner_id] = learner
            report.created += 1
        elif all(getattr(learner, k) == v for k, v in values.items()):
            report.unchanged += 1
            continue
        else:
            if learner.email != row.email:
                owner_of_email.pop(learner.email, None)
            for key, value in values.items():
                setattr(learner, key, value)
            learner.updated_at = utcnow()
            report.updated += 1
        owner_of_email[row.email] = row.learner_id
        session.add(learner)
    return report


#: ``session.info`` key of the learners looked up together (:func:`emails_looked_up`)
_BY_EMAIL = "learners_by_email"


@contextmanager
def emails_looked_up(session: Session, emails: Iterable[str]) -> Iterator[None]:
    """Look the learners of several addresses up in one query, for :func:`find_by_email` to
    answer from while the block runs (a group of messages decided in one transaction: one
    statement instead of one per message). An address that more than one learner holds is
    left to :func:`find_by_email`'s own query, which picks as it always did."""
    keys = {normalise_email(e) for e in emails if e}
    found: dict[str, Learner | None] = dict.fromkeys(keys)
    shared: set[str] = set()
    if keys:
        for learner in session.exec(select(Learner).where(col(Learner.email).in_(keys))):
            if found[learner.email] is not None:
                shared.add(learner.email)
            found[learner.email] = learner
    for email in shared:
        del found[email]
    session.info[_BY_EMAIL] = found
    try:
        yield
    finally:
        session.info.pop(_BY_EMAIL, None)


def find_by_email(session: Session, email: str) -> Learner | None:
    """The learner registered with this email (compared normalised)."""
    key = normalise_email(email)
    known: dict[str, Learner | None] | None = session.info.get(_BY_EMAIL)
    if known is not None and key in known:
        learner = known[key]
        # looked up at the start of the block; a learner whose address changed since is not
        if learner is None or learner.email == key:
            return learner
    return session.exec(select(Learner).where(Learner.email == key)).first()


def find_by_number(session: Session, learner_id: str) -> Learner | None:
    """The learner with this learner number."""
    return session.exec(select(Learner).where(Learner.learner_id == learner_id.strip())).first()


def find_by_phone(session: Session, phone: str) -> Learner | None:
    """The learner with this phone number, in any common notation."""
    e164 = normalise_phone(phone)
    if e164 is None:
        return None
    return session.exec(select(Learner).where(Learner.phone == e164)).first()


def find_learner(session: Session, identifier: str) -> tuple[Learner | None, str]:
    """Look ``identifier`` up as an email, a learner number, then a phone number.

    Returns the learner (or None) and how it was matched (``email``, ``number``, ``phone``).
    """
    text = identifier.strip()
    if "@" in text:
        return find_by_email(session, text), "email"
    learner = find_by_number(session, text)
    if learner is not None:
        return learner, "number"
    if any(ch.isdigit() for ch in text):
        by_phone = find_by_phone(session, text)
        if by_phone is not None:
            return by_phone, "phone"
    return None, "number"
