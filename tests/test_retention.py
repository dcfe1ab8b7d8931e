"""Retention arithmetic: learners whose dates put each category on each side of its limit, and
the data map's validation errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from workflows.datamap import DEFAULT_DATA_MAP, DataMapError, load_data_map, parse_data_map
from workflows.retention import erasure_plan, retention_limit

TODAY = date(2026, 3, 10)
MAP = load_data_map()


def _plan(rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {e.category: e for e in erasure_plan(MAP, rows, TODAY)}


@pytest.mark.parametrize(
    ("last_use", "action", "until"),
    [
        ("2021-03-10", "keep", date(2026, 3, 10)),  # the limit is today: still kept today
        ("2021-03-09", "erase", None),  # the limit was yesterday
        ("2025-12-31", "keep", date(2030, 12, 31)),
        ("2016-01-01", "erase", None),
    ],
)
def test_training_history_five_years_after_last_use(
    last_use: str, action: str, until: date | None
) -> None:
    entry = _plan({"training_history": [{"last_activity_on": last_use}]})["training_history"]
    assert (entry.action, entry.keep_until) == (action, until)
    assert entry.basis == ("retention" if action == "keep" else "expired")


@pytest.mark.parametrize(
    ("cncp", "last_use", "action", "until"),
    [
        (True, "2016-03-10", "keep", date(2026, 3, 10)),
        (True, "2016-03-09", "erase", None),
        (False, "2021-03-10", "keep", date(2026, 3, 10)),  # no CNCP: five years like training
        (False, "2021-03-09", "erase", None),
        (False, "2016-03-10", "erase", None),
    ],
)
def test_certification_exams_ten_years_only_for_a_cncp_path(
    cncp: bool, last_use: str, action: str, until: date | None
) -> None:
    rows = {
        "training_history": [{"last_activity_on": last_use}],
        "certification_exams": [{"exam_on": "2015-06-01", "cncp_registered": cncp}],
    }
    entry = _plan(rows)["certification_exams"]
    assert (entry.action, entry.keep_until) == (action, until)
    assert ("CNCP" in entry.rule["en"]) is True
    assert entry.rule["en"].startswith("10 years" if cncp else "5 years")


def test_exam_date_counts_as_a_use_of_the_platform() -> None:
    rows = {"certification_exams": [{"exam_on": "2020-01-01", "cncp_registered": "yes"}]}
    assert _plan(rows)["certification_exams"].keep_until == date(2030, 1, 1)


@pytest.mark.parametrize(
    ("category", "column", "day", "limit"),
    [
        ("marketing", "last_interaction_on", "2023-03-10", date(2026, 3, 10)),
        ("marketing", "last_interaction_on", "2023-03-09", date(2026, 3, 9)),
        ("analytics", "last_seen_on", "2025-02-10", date(2026, 3, 10)),
        ("analytics", "last_seen_on", "2025-02-09", date(2026, 3, 9)),
        ("adviser_calls", "called_on", "2023-03-10", date(2026, 3, 10)),
    ],
)
def test_periods_of_categories_erased_on_request(
    category: str, column: str, day: str, limit: date
) -> None:
    rows = {category: [{column: day}]}
    assert retention_limit(MAP.category(category), rows) == limit
    entry = _plan(rows)[category]
    # consent-based data has no obligation behind it: erased on request on either side
    assert (entry.action, entry.limit) == ("erase", limit)


def test_latest_date_wins_and_timestamps_count_by_day() -> None:
    rows = {
        "training_history": [
            {"last_activity_on": "2019-05-01"},
            {"last_activity_on": "2024-02-29T23:00:00"},
            {"last_activity_on": None},
        ]
    }
    assert _plan(rows)["training_history"].keep_until == date(2029, 2, 28)


def test_profile_follows_what_it_identifies() -> None:
    kept = _plan({"profile": [{}], "training_history": [{"last_activity_on": "2025-01-01"}]})
    assert (kept["profile"].action, kept["profile"].keep_until) == ("keep", date(2030, 1, 1))
    gone = _plan({"profile": [{}], "training_history": [{"last_activity_on": "2015-01-01"}]})
    assert gone["profile"].action == "erase"


def test_rows_without_any_date_are_not_kept() -> None:
    entry = _plan({"training_history": [{"course": "x"}]})["training_history"]
    assert (entry.action, entry.basis) == ("erase", "no_date")


# -- validation -------------------------------------------------------------------------------


def _default() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(DEFAULT_DATA_MAP.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda m: m["categories"]["marketing"].update(connector="crm"),
            "unknown connector 'crm'",
        ),
        (
            lambda m: m["categories"]["marketing"]["retention"].update(keep="3 ans"),
            "bad retention rule: period '3 ans'",
        ),
        (
            lambda m: m["categories"]["analytics"]["retention"].update(after=["nowhere.x"]),
            "'after' names unknown 'nowhere'",
        ),
        (lambda m: m["categories"]["profile"].pop("purpose"), "'purpose' is missing"),
        (
            lambda m: m["categories"]["profile"]["title"].pop("en"),
            "'title' has no en text",
        ),
        (
            lambda m: (
                m.update(connectors={"lms": {"type": "sql", "url": "sqlite://"}}),
                m["categories"]["training_history"].update(connector="lms"),
            ),
            "category training_history: missing statement 'select'",
        ),
        (
            lambda m: (
                m.update(connectors={"lms": {"type": "sql", "url": "sqlite://"}}),
                m["categories"]["training_history"].update(
                    connector="lms", select="SELECT * FROM t WHERE id = :learner"
                ),
            ),
            "unknown parameter :learner",
        ),
        (
            lambda m: (
                m.update(connectors={"lms": {"type": "sql", "url": "sqlite://"}}),
                m["categories"]["training_history"].update(
                    connector="lms",
                    select="SELECT * FROM t WHERE id = :learner_id",
                    erase="DELETE FROM t WHERE id = :learner_id",
                ),
            ),
            "category training_history: missing statement 'restrict' (lms is sql; Art. 18",
        ),
        (
            lambda m: m["categories"]["marketing"]["retention"].update(keep_fields=["address"]),
            "category marketing: 'keep_fields' is for the builtin profile only",
        ),
        (
            lambda m: m["categories"]["profile"]["retention"].pop("ground"),
            "category profile: a category kept when_expired (or while others are kept)",
        ),
        (
            lambda m: m["categories"]["marketing"].update(erasure="never"),
            "'erasure' must be one of",
        ),
        (lambda m: m.update(connectors={"lms": {"type": "ftp"}}), "'type' must be one of"),
        (
            lambda m: m["categories"]["training_history"]["retention"].pop("ground"),
            "category training_history: a category kept when_expired (or while others are kept)"
            " needs the Art. 17(3)",
        ),
        (
            lambda m: m["categories"]["analytics"].update(consent="yes"),
            "'consent' must be true or false",
        ),
    ],
)
def test_validation_errors_are_one_clear_line(change: Any, message: str) -> None:
    data = _default()
    change(data)
    with pytest.raises(DataMapError) as raised:
        parse_data_map(data, "map.yaml")
    text = str(raised.value)
    assert message in text and "\n" not in text and text.startswith("map.yaml: ")


def test_unreadable_files_are_one_clear_line(tmp_path: Path) -> None:
    with pytest.raises(DataMapError, match="data map file not found"):
        load_data_map(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("categories: [\n", encoding="utf-8")
    with pytest.raises(DataMapError, match=r"bad\.yaml"):
        load_data_map(bad)


def test_the_default_map_mirrors_the_policy() -> None:
    assert set(MAP.categories) == {
        "profile",
        "training_history",
        "certification_exams",
        "marketing",
        "adviser_calls",
        "analytics",
    }
    assert str(MAP.category("marketing").retention.keep) == "3y"
    assert str(MAP.category("training_history").retention.keep) == "5y"
    assert str(MAP.category("certification_exams").retention.keep) == "10y"
    assert str(MAP.category("analytics").retention.keep) == "13m"


def test_data_collected_while_a_minor_is_erased_at_once_unless_the_law_keeps_it() -> None:
    rows = {
        "profile": [{}],
        "training_history": [{"last_activity_on": "2025-06-01"}],
        "certification_exams": [{"exam_on": "2025-06-01", "cncp_registered": True}],
    }
    adult = {e.category: e for e in erasure_plan(MAP, rows, TODAY)}
    # came of age after the last use: everything was collected while a minor (LIL art. 51),
    # whatever the age today
    minor = {e.category: e for e in erasure_plan(MAP, rows, TODAY, adult_on=date(2025, 9, 1))}
    grown = {e.category: e for e in erasure_plan(MAP, rows, TODAY, adult_on=date(2025, 1, 1))}
    assert grown["training_history"].action == "keep"
    assert adult["training_history"].action == "keep"
    assert (minor["training_history"].action, minor["training_history"].basis) == (
        "erase",
        "minor",
    )
    assert minor["certification_exams"].action == "keep"  # RNCP: a legal obligation
    assert (
        minor["certification_exams"].ground and "RNCP" in minor["certification_exams"].ground["fr"]
    )
    assert minor["profile"].action == "keep"
