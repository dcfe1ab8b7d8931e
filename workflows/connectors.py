"""Connectors of the data map: read, erase, rectify and restrict a learner's data per category.

The built-in connector works on Privacy Desk's own tables inside the caller's transaction. The
SQL connector runs the data map's parameterised statements on another database (the LMS, the
CRM), each operation in its own transaction there. Every operation is idempotent: erasing twice
changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import delete, text
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, col, create_engine, or_, select

from workflows.datamap import Category, DataMap, statement_parameters
from workflows.learners import normalise_phone, parse_birth_date
from workflows.models import (
    AdviserCallNote,
    AnalyticsIdentifier,
    ExamRecord,
    Learner,
    MarketingContact,
    Restriction,
    TrainingRecord,
    utcnow,
)

Row = dict[str, Any]


class ConnectorError(RuntimeError):
    """A connector could not do what was asked (unreachable database, failing statement)."""


@dataclass(frozen=True)
class LearnerKey:
    """How connectors find a learner: the values SQL statements may bind."""

    learner_pk: int
    learner_id: str
    email: str
    phone: str | None

    @classmethod
    def of(cls, learner: Learner) -> LearnerKey:
        assert learner.id is not None
        return cls(learner.id, learner.learner_id, learner.email, learner.phone)

    def parameters(self, statement: str, **extra: Any) -> dict[str, Any]:
        values = {
            "learner_pk": self.learner_pk,
            "learner_id": self.learner_id,
            "email": self.email,
            "phone": self.phone,
            **extra,
        }
        return {name: values[name] for name in statement_parameters(statement)}


def plain(value: Any) -> Any:
    """A JSON-ready value: dates in ISO form, decimals as numbers, bytes as hex."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return value


class Connector(Protocol):
    """What fulfilment needs from a connector, for one category."""

    def fetch(self, category: Category, key: LearnerKey) -> list[Row]: ...
    def erase(self, category: Category, key: LearnerKey) -> int: ...
    def restrict(self, category: Category, key: LearnerKey) -> bool: ...
    def rectify(self, category: Category, key: LearnerKey, field: str, value: str) -> bool: ...


# -- built-in -------------------------------------------------------------------------------

_TABLES: dict[str, type[SQLModel]] = {
    "training_history": TrainingRecord,
    "certification_exams": ExamRecord,
    "adviser_calls": AdviserCallNote,
    "analytics": AnalyticsIdentifier,
}
_HIDDEN = {"id", "learner_pk", "data"}
PROFILE_FIELDS = ("first_name", "last_name", "email", "phone", "birth_date", "language")


def _mapping_row(values: Mapping[Any, Any]) -> Row:
    row = {k: plain(v) for k, v in values.items() if k not in _HIDDEN}
    row.update({k: plain(v) for k, v in (values.get("data") or {}).items() if k not in row})
    return row


def _record_row(record: SQLModel) -> Row:
    return _mapping_row(record.model_dump())


class BuiltinConnector:
    """Privacy Desk's own tables, in the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _learner(self, key: LearnerKey) -> Learner:
        learner = self.session.get(Learner, key.learner_pk)
        if learner is None:
            raise ConnectorError(f"learner {key.learner_id} is not in the directory")
        return learner

    def _marketing(self, key: LearnerKey) -> list[MarketingContact]:
        addresses = [a for a in (key.email, key.phone) if a]
        query = select(MarketingContact).where(
            or_(
                col(MarketingContact.learner_pk) == key.learner_pk,
                col(MarketingContact.address).in_(addresses),
            )
        )
        return list(self.session.exec(query.order_by(col(MarketingContact.id))))

    def fetch(self, category: Category, key: LearnerKey) -> list[Row]:
        dataset = category.dataset
        if dataset == "profile":
            learner = self._learner(key)
            row: Row = {"learner_id": learner.learner_id}
            row.update({f: plain(getattr(learner, f)) for f in PROFILE_FIELDS})
            row.update({k: plain(v) for k, v in learner.profile.items() if k not in row})
            row["telegram_linked"] = learner.telegram_chat_id is not None
            row["restricted"] = learner.restricted
            row["restricted_categories"] = self._restrictions(key)
            return [row]
        if dataset == "marketing":
            return [_record_row(m) for m in self._marketing(key)]
        table = _TABLES[str(dataset)].__table__  # type: ignore[attr-defined]
        query = sa_select(table).where(table.c.learner_pk == key.learner_pk).order_by(table.c.id)
        return [_mapping_row(m) for m in self.session.execute(query).mappings()]

    def erase(self, category: Category, key: LearnerKey) -> int:
        dataset = category.dataset
        if dataset == "profile":
            return self._anonymise(key)
        if dataset == "marketing":
            contacts = self._marketing(key)
            for contact in contacts:
                self.session.delete(contact)
            self.session.flush()
            return len(contacts)
        model = _TABLES[str(dataset)]
        done = self.session.execute(
            delete(model).where(model.learner_pk == key.learner_pk)  # type: ignore[attr-defined]
        )
        return int(done.rowcount)  # type: ignore[attr-defined]

    def erase_rows(self, category: Category, key: LearnerKey, rows: list[Row]) -> int:
        """Erase the learner's records of ``category`` that read exactly as ``rows`` (a
        ``per_row`` retention rule: the rows whose own period is over)."""
        model = _TABLES[str(category.dataset)]
        query = select(model).where(model.learner_pk == key.learner_pk)  # type: ignore[attr-defined]
        gone = [r for r in self.session.exec(query) if _record_row(r) in rows]
        for record in gone:
            self.session.delete(record)
        self.session.flush()
        return len(gone)

    def minimise(self, key: LearnerKey, fields: tuple[str, ...]) -> int:
        """Keep only ``fields`` of the profile (and its number): the rest is blanked, as the
        ground that keeps the profile needs no more (Art. 5(1)(c))."""
        learner = self._learner(key)
        values: dict[str, Any] = {
            "email": f"erased-{learner.id}@invalid",
            "first_name": "",
            "last_name": "",
            "phone": None,
            "birth_date": None,
            "telegram_chat_id": None,
        }
        changed = 0
        for name, value in values.items():
            if name not in fields and getattr(learner, name) != value:
                setattr(learner, name, value)
                changed += 1
        extra = {k: v for k, v in learner.profile.items() if k in fields}
        if extra != learner.profile:
            learner.profile, changed = extra, changed + 1
        if changed:
            learner.updated_at = utcnow()
            self.session.add(learner)
            self.session.flush()
        return changed

    def _anonymise(self, key: LearnerKey) -> int:
        """Blank the profile; the row stays (tickets point at it) under a meaningless number."""
        learner = self._learner(key)
        values: dict[str, Any] = {
            "learner_id": f"erased-{learner.id}",
            "email": f"erased-{learner.id}@invalid",
            "first_name": "",
            "last_name": "",
            "phone": None,
            "birth_date": None,
            "profile": {},
            "telegram_chat_id": None,
        }
        if all(getattr(learner, k) == v for k, v in values.items()):
            return 0
        for name, value in values.items():
            setattr(learner, name, value)
        learner.updated_at = utcnow()
        self.session.add(learner)
        self.session.flush()
        return 1

    def _restrictions(self, key: LearnerKey) -> list[str]:
        query = select(Restriction.category).where(Restriction.learner_pk == key.learner_pk)
        return list(self.session.exec(query.order_by(col(Restriction.id))))

    def restrict(self, category: Category, key: LearnerKey) -> bool:
        learner = self._learner(key)
        if category.dataset != "profile":
            if category.name in self._restrictions(key):
                return False
            self.session.add(Restriction(learner_pk=learner.id or 0, category=category.name))
            self.session.flush()
            return True
        if learner.restricted:
            return False
        learner.restricted = True
        learner.updated_at = utcnow()
        self.session.add(learner)
        return True

    def rectify(self, category: Category, key: LearnerKey, field: str, value: str) -> bool:
        if category.dataset != "profile":
            return False
        learner = self._learner(key)
        new: Any = value.strip()
        if field == "email":
            return False  # where the desk writes to changes only through identity checks
        if field == "phone":
            new = normalise_phone(new) if new else None
            if value.strip() and new is None:
                raise ValueError(f"{value!r} is not a phone number")
        elif field == "birth_date":
            new = parse_birth_date(new)
        elif field == "language":
            if new not in ("fr", "en"):
                raise ValueError("language must be fr or en")
        elif field not in PROFILE_FIELDS:
            if field not in learner.profile:
                raise ValueError(f"the profile has no field {field!r}")
            learner.profile = {**learner.profile, field: new}
            self.session.add(learner)
            return True
        if getattr(learner, field) == new:
            return False
        setattr(learner, field, new)
        learner.updated_at = utcnow()
        self.session.add(learner)
        return True


# -- SQL ------------------------------------------------------------------------------------


class SqlConnector:
    """A database reached by URL; statements come from the data map."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = create_engine(self.url, pool_pre_ping=True)
        return self._engine

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def _run(self, statements: Sequence[str], key: LearnerKey, **extra: Any) -> int:
        changed = 0
        try:
            with self.engine.begin() as conn:
                for statement in statements:
                    result = conn.execute(text(statement), key.parameters(statement, **extra))
                    changed += max(int(result.rowcount), 0)
        except Exception as exc:
            raise ConnectorError(f"{self.engine.url.render_as_string()}: {exc}") from exc
        return changed

    def fetch(self, category: Category, key: LearnerKey) -> list[Row]:
        assert category.select is not None
        try:
            with self.engine.connect() as conn:
                result = conn.execute(text(category.select), key.parameters(category.select))
                return [{k: plain(v) for k, v in row.items()} for row in result.mappings()]
        except Exception as exc:
            raise ConnectorError(f"{category.name}: {exc}") from exc

    def erase(self, category: Category, key: LearnerKey) -> int:
        return self._run(category.erase, key)

    def restrict(self, category: Category, key: LearnerKey) -> bool:
        return bool(category.restrict) and self._run(category.restrict, key) > 0

    def rectify(self, category: Category, key: LearnerKey, field: str, value: str) -> bool:
        statement = category.rectify.get(field)
        if statement is None:
            return False
        return self._run([statement], key, value=value) > 0


class Connectors:
    """The connectors of a data map for one piece of work; SQL engines are closed after."""

    def __init__(self, datamap: DataMap, session: Session) -> None:
        self.datamap = datamap
        self.builtin = BuiltinConnector(session)
        self._sql: dict[str, SqlConnector] = {}

    def for_category(self, category: Category) -> Connector:
        if category.connector.type == "builtin":
            return self.builtin
        name = category.connector.name
        if name not in self._sql:
            assert category.connector.url is not None
            self._sql[name] = SqlConnector(category.connector.url)
        return self._sql[name]

    def fetch_all(self, key: LearnerKey) -> dict[str, list[Row]]:
        """Every category's rows for a learner, in data-map order."""
        return {
            name: self.for_category(category).fetch(category, key)
            for name, category in self.datamap.categories.items()
        }

    def close(self) -> None:
        for connector in self._sql.values():
            connector.dispose()


@contextmanager
def open_connectors(datamap: DataMap, session: Session) -> Iterator[Connectors]:
    """Connectors for the duration of a block."""
    connectors = Connectors(datamap, session)
    try:
        yield connectors
    finally:
        connectors.close()
