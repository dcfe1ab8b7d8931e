"""The data map (DESIGN §8): which categories of learner data the group holds, why, for how long,
and which connector reads and erases them.

The map is a YAML file (``PRIVACY_DESK_DATA_MAP``; default ``datamap.default.yaml`` beside this
module, mirroring the privacy policy). :func:`load_data_map` validates it completely and reports
the first problem in one line naming the file, the category and the field.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from dateutil.relativedelta import relativedelta

from workflows.notices import LANGUAGES

DEFAULT_DATA_MAP = Path(__file__).resolve().parent / "datamap.default.yaml"

#: Datasets the built-in connector serves from Privacy Desk's own tables.
BUILTIN_DATASETS = (
    "profile",
    "training_history",
    "certification_exams",
    "marketing",
    "adviser_calls",
    "analytics",
)
#: What a SQL statement may bind: the learner's keys.
LEARNER_PARAMETERS = frozenset({"learner_id", "email", "phone", "learner_pk"})
#: ``on_request``: erased on any erasure request (no obligation to keep it);
#: ``when_expired``: kept until its retention period ends (a legal or contractual obligation).
ERASURE_MODES = ("on_request", "when_expired")
CONNECTOR_TYPES = ("builtin", "sql")

_PERIOD_RE = re.compile(r"^\s*(\d+)\s*([ymd])\s*$")
_ADDRESS_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PARAM_RE = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


class DataMapError(ValueError):
    """The data map cannot be used; the message says where and why, in one line."""


Text = dict[str, str]


@dataclass(frozen=True)
class Period:
    """A retention period: a number of years, months or days."""

    amount: int
    unit: str

    @classmethod
    def parse(cls, value: object) -> Period:
        found = _PERIOD_RE.match(str(value))
        if not found:
            raise ValueError(f"period {value!r} is not like 3y, 13m or 30d")
        return cls(int(found.group(1)), found.group(2))

    def delta(self) -> relativedelta:
        if self.unit == "y":
            return relativedelta(years=self.amount)
        if self.unit == "m":
            return relativedelta(months=self.amount)
        return relativedelta(days=self.amount)

    def __str__(self) -> str:
        return f"{self.amount}{self.unit}"


@dataclass(frozen=True)
class RetentionRule:
    """How long a category may be kept.

    ``keep`` after the latest of the ``after`` dates (``category.column`` references), when the
    ``when`` column is true on some row (else ``otherwise`` applies); or, with ``keep_while``, as
    long as one of the named categories is kept.
    """

    text: Text
    keep: Period | None = None
    after: tuple[tuple[str, str], ...] = ()
    when: str | None = None
    otherwise: RetentionRule | None = None
    keep_while: tuple[str, ...] = ()
    #: The Art. 17(3) GDPR ground that lets the data outlive an erasure request (the notice
    #: cites it per category); required when the category is kept ``when_expired``.
    ground: Text | None = None
    #: The ground holds even for data collected while the learner was a minor (a legal
    #: obligation, LIL art. 51 II); otherwise a minor's data is erased without delay (art. 51 I).
    keep_for_minors: bool = False
    #: The rule applies to each row on its own (its ``when`` column and its own dates): a row
    #: whose period is over is erased while the others are kept.
    per_row: bool = False
    #: The only fields the ground needs while the category is kept; the others are erased at
    #: once (Art. 5(1)(c)). Empty: the whole category is needed.
    keep_fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Connector:
    """Where a category is read from and erased: the built-in tables, or a SQL database."""

    name: str
    type: str
    url: str | None = None


@dataclass(frozen=True)
class Category:
    """One category of personal data and everything the Art. 15 information says about it."""

    name: str
    title: Text
    purpose: Text
    legal_basis: Text
    recipients: Text
    source: Text
    retention: RetentionRule
    erasure: str
    connector: Connector
    #: Processed on the learner's consent (withdrawing it stops the processing, Art. 7(3)).
    consent: bool = False
    #: Processed on the group's legitimate interest (Art. 6(1)(f)): what an objection on
    #: grounds relating to the person's situation stops (Art. 21(1)).
    legitimate_interest: bool = False
    #: Data the person gave us (forms, their own use of the platform), processed on consent or
    #: contract: what a portability request exports (Art. 20(1)).
    provided: bool = False
    #: What an heir needs to settle the estate (LIL art. 85 II 1°).
    estate: bool = False
    #: Addresses of the recipients told of a rectification, erasure or restriction (Art. 19).
    notify: tuple[str, ...] = ()
    dataset: str | None = None
    select: str | None = None
    erase: tuple[str, ...] = ()
    restrict: tuple[str, ...] = ()
    rectify: dict[str, str] = field(default_factory=dict)

    def text(self, attribute: str, language: str) -> str:
        value: Text = getattr(self, attribute)
        return value.get(language) or value["fr"]


@dataclass(frozen=True)
class DataMap:
    """The validated data map."""

    path: Path
    categories: dict[str, Category]
    controller: Text

    def category(self, name: str) -> Category:
        return self.categories[name]

    def subset(self, names: list[str]) -> DataMap:
        """The same map with only the named categories."""
        kept = {n: c for n, c in self.categories.items() if n in names}
        return DataMap(path=self.path, categories=kept, controller=self.controller)


def _text(where: str, raw: Any, name: str) -> Text:
    value = raw.get(name) if isinstance(raw, dict) else None
    if isinstance(value, str) and value.strip():
        return dict.fromkeys(LANGUAGES, value.strip())
    if not isinstance(value, dict):
        raise DataMapError(f"{where}: '{name}' is missing (a text, or one per language fr/en)")
    missing = [lang for lang in LANGUAGES if not str(value.get(lang) or "").strip()]
    if missing:
        raise DataMapError(f"{where}: '{name}' has no {'/'.join(missing)} text")
    return {lang: str(value[lang]).strip() for lang in LANGUAGES}


def _statements(where: str, raw: Any, name: str) -> tuple[str, ...]:
    value = raw.get(name)
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(s, str) and s.strip() for s in items):
        raise DataMapError(f"{where}: '{name}' must be a SQL statement or a list of them")
    for statement in items:
        _check_parameters(f"{where}: '{name}'", statement)
    return tuple(s.strip() for s in items)


def _check_parameters(where: str, statement: str, extra: frozenset[str] = frozenset()) -> None:
    used = set(_PARAM_RE.findall(statement))
    unknown = used - LEARNER_PARAMETERS - extra
    if unknown:
        raise DataMapError(
            f"{where}: unknown parameter :{sorted(unknown)[0]} "
            f"(use :{', :'.join(sorted(LEARNER_PARAMETERS | extra))})"
        )
    if not used & LEARNER_PARAMETERS:
        raise DataMapError(f"{where}: the statement is not keyed by the learner (:learner_id...)")


def statement_parameters(statement: str) -> set[str]:
    """The bind parameters a statement uses."""
    return set(_PARAM_RE.findall(statement))


def _rule(where: str, raw: Any) -> RetentionRule:
    if not isinstance(raw, dict):
        raise DataMapError(f"{where}: 'retention' must be a mapping with a text and a rule")
    text = _text(where, raw, "text")
    ground = _text(where, raw, "ground") if "ground" in raw else None
    keep_for_minors = _flag(where, raw, "keep_for_minors")
    per_row = _flag(where, raw, "per_row")
    keep_fields_raw = raw.get("keep_fields") or []
    if not isinstance(keep_fields_raw, list) or not all(
        isinstance(f, str) for f in keep_fields_raw
    ):
        raise DataMapError(f"{where}: 'keep_fields' must list field names")
    keep_fields = tuple(keep_fields_raw)
    keep_while = raw.get("keep_while")
    if keep_while is not None:
        if not isinstance(keep_while, list) or not keep_while:
            raise DataMapError(f"{where}: 'keep_while' must list categories")
        return RetentionRule(
            text=text,
            keep_while=tuple(str(c) for c in keep_while),
            ground=ground,
            keep_for_minors=keep_for_minors,
            keep_fields=keep_fields,
        )
    if "keep" not in raw:
        raise DataMapError(f"{where}: bad retention rule: give 'keep' (like 5y) or 'keep_while'")
    try:
        keep = Period.parse(raw["keep"])
    except ValueError as exc:
        raise DataMapError(f"{where}: bad retention rule: {exc}") from None
    after_raw = raw.get("after")
    after_list = [after_raw] if isinstance(after_raw, str) else after_raw
    if not isinstance(after_list, list) or not after_list:
        raise DataMapError(f"{where}: bad retention rule: 'after' must name category.column dates")
    after = []
    for ref in after_list:
        category, dot, column = str(ref).partition(".")
        if not dot or not category or not column:
            raise DataMapError(f"{where}: bad retention rule: {ref!r} is not category.column")
        after.append((category, column))
    when = raw.get("when")
    otherwise = None
    if when is not None:
        if "otherwise" not in raw:
            raise DataMapError(f"{where}: bad retention rule: 'when' needs an 'otherwise' rule")
        otherwise = _rule(f"{where} (otherwise)", raw["otherwise"])
    return RetentionRule(
        text=text,
        keep=keep,
        after=tuple(after),
        when=str(when) if when else None,
        otherwise=otherwise,
        ground=ground,
        keep_for_minors=keep_for_minors,
        per_row=per_row,
        keep_fields=keep_fields,
    )


def _addresses(where: str, raw: dict[str, Any], name: str) -> tuple[str, ...]:
    value = raw.get(name) or []
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(
        isinstance(a, str) and _ADDRESS_RE.match(a.strip()) for a in items
    ):
        raise DataMapError(f"{where}: '{name}' must list email addresses")
    return tuple(a.strip().lower() for a in items)


def _flag(where: str, raw: dict[str, Any], name: str) -> bool:
    value = raw.get(name, False)
    if not isinstance(value, bool):
        raise DataMapError(f"{where}: '{name}' must be true or false")
    return value


def _connectors(source: str, raw: Any) -> dict[str, Connector]:
    connectors = {"builtin": Connector("builtin", "builtin")}
    if raw is None:
        return connectors
    if not isinstance(raw, dict):
        raise DataMapError(f"{source}: 'connectors' must be a mapping of names to connectors")
    for name, spec in raw.items():
        where = f"{source}: connector {name}"
        if not isinstance(spec, dict) or spec.get("type") not in CONNECTOR_TYPES:
            raise DataMapError(f"{where}: 'type' must be one of {', '.join(CONNECTOR_TYPES)}")
        url = spec.get("url")
        if spec.get("url_env"):
            url = os.environ.get(str(spec["url_env"]))
            if not url:
                raise DataMapError(f"{where}: environment variable {spec['url_env']} is not set")
        if spec["type"] == "sql" and not url:
            raise DataMapError(f"{where}: a sql connector needs 'url' or 'url_env'")
        connectors[str(name)] = Connector(str(name), str(spec["type"]), url)
    return connectors


def _category(where: str, name: str, raw: Any, connectors: dict[str, Connector]) -> Category:
    if not isinstance(raw, dict):
        raise DataMapError(f"{where}: must be a mapping")
    connector_name = str(raw.get("connector") or "")
    if connector_name not in connectors:
        known = ", ".join(sorted(connectors))
        raise DataMapError(f"{where}: unknown connector {connector_name!r} (known: {known})")
    connector = connectors[connector_name]
    erasure = raw.get("erasure", "on_request")
    if erasure not in ERASURE_MODES:
        raise DataMapError(f"{where}: 'erasure' must be one of {', '.join(ERASURE_MODES)}")
    rectify_raw = raw.get("rectify") or {}
    if not isinstance(rectify_raw, dict):
        raise DataMapError(f"{where}: 'rectify' must map field names to SQL statements")
    rectify = {}
    for field_name, statement in rectify_raw.items():
        _check_parameters(f"{where}: 'rectify.{field_name}'", str(statement), frozenset({"value"}))
        rectify[str(field_name)] = str(statement).strip()
    category = Category(
        name=name,
        title=_text(where, raw, "title"),
        purpose=_text(where, raw, "purpose"),
        legal_basis=_text(where, raw, "legal_basis"),
        recipients=_text(where, raw, "recipients"),
        source=_text(where, raw, "source"),
        retention=_rule(where, raw.get("retention")),
        erasure=str(erasure),
        connector=connector,
        consent=_flag(where, raw, "consent"),
        legitimate_interest=_flag(where, raw, "legitimate_interest"),
        provided=_flag(where, raw, "provided"),
        estate=_flag(where, raw, "estate"),
        notify=_addresses(where, raw, "notify"),
        dataset=str(raw.get("dataset") or name) if connector.type == "builtin" else None,
        select=str(raw["select"]).strip() if raw.get("select") else None,
        erase=_statements(where, raw, "erase"),
        restrict=_statements(where, raw, "restrict"),
        rectify=rectify,
    )
    rule: RetentionRule | None = category.retention
    while rule is not None:
        if rule.ground is None and (category.erasure == "when_expired" or rule.keep_while):
            raise DataMapError(
                f"{where}: a category kept when_expired (or while others are kept) needs the "
                "Art. 17(3) 'ground' of its rule"
            )
        if rule.per_row and connector.type != "builtin":
            raise DataMapError(f"{where}: 'per_row' needs the builtin connector")
        if rule.keep_fields and category.dataset != "profile":
            raise DataMapError(f"{where}: 'keep_fields' is for the builtin profile only")
        rule = rule.otherwise
    if connector.type == "builtin":
        if category.dataset not in BUILTIN_DATASETS:
            raise DataMapError(
                f"{where}: the builtin connector has no dataset {category.dataset!r} "
                f"(known: {', '.join(BUILTIN_DATASETS)})"
            )
    else:
        if not category.select:
            raise DataMapError(f"{where}: missing statement 'select' ({connector.name} is sql)")
        _check_parameters(f"{where}: 'select'", category.select)
        if not category.erase:
            raise DataMapError(f"{where}: missing statement 'erase' ({connector.name} is sql)")
        if not category.restrict:
            raise DataMapError(
                f"{where}: missing statement 'restrict' ({connector.name} is sql; Art. 18 "
                "restriction must reach every category)"
            )
    return category


def parse_data_map(raw: Any, source: str = "<data map>", path: Path | None = None) -> DataMap:
    """Validate a parsed YAML document into a :class:`DataMap`."""
    if not isinstance(raw, dict) or not isinstance(raw.get("categories"), dict):
        raise DataMapError(f"{source}: the file needs a 'categories' mapping")
    connectors = _connectors(source, raw.get("connectors"))
    categories = {
        str(name): _category(f"{source}: category {name}", str(name), spec, connectors)
        for name, spec in raw["categories"].items()
    }
    if not categories:
        raise DataMapError(f"{source}: no categories")
    for category in categories.values():
        _check_references(f"{source}: category {category.name}", category.retention, categories)
    controller = (
        _text(source, raw, "controller")
        if "controller" in raw
        else {lang: "Groupe Studi" for lang in LANGUAGES}
    )
    return DataMap(path=path or Path(source), categories=categories, controller=controller)


def _check_references(where: str, rule: RetentionRule, categories: dict[str, Category]) -> None:
    for name in rule.keep_while:
        if name not in categories:
            raise DataMapError(f"{where}: bad retention rule: keep_while names unknown {name!r}")
    for name, _column in rule.after:
        if name not in categories:
            raise DataMapError(f"{where}: bad retention rule: 'after' names unknown {name!r}")
    if rule.otherwise is not None:
        _check_references(where, rule.otherwise, categories)


def load_data_map(path: Path | str | None = None) -> DataMap:
    """Read and validate the data map at ``path`` (the default map when None)."""
    target = Path(path) if path else DEFAULT_DATA_MAP
    try:
        raw = yaml.safe_load(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataMapError(f"{target}: data map file not found") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise DataMapError(f"{target}:{line}: {problem}") from None
    return parse_data_map(raw, str(target), target)
