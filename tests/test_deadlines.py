"""Due dates: end of the Paris day one month after receipt; one extension of two months."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workflows.deadlines import (
    ExtensionRefused,
    days_left,
    due_date,
    extended_due_date,
)

PARIS = ZoneInfo("Europe/Paris")


def _expected_day(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _every_day(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


@pytest.mark.parametrize("year", range(2024, 2031))
def test_due_date_for_every_day_of_the_year(year: int) -> None:
    for day in _every_day(date(year, 1, 1), date(year, 12, 31)):
        for clock in (time(0, 0), time(12, 0), time(23, 59, 59)):
            received = datetime.combine(day, clock, tzinfo=PARIS).astimezone(UTC)
            due = due_date(received).astimezone(PARIS)
            assert due.date() == _expected_day(day, 1), day
            assert due.time() == time.max
            assert due > received


@given(
    st.datetimes(
        min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
    )
)
def test_due_date_properties(received: datetime) -> None:
    due = due_date(received)
    local_received = received.astimezone(PARIS).date()
    local_due = due.astimezone(PARIS)
    assert local_due.date() == _expected_day(local_received, 1)
    assert local_due.time() == time.max
    assert 28 <= (local_due.date() - local_received).days <= 31
    assert due.tzinfo is not None


def test_month_end_rules() -> None:
    def local(y: int, m: int, d: int) -> datetime:
        return datetime(y, m, d, 10, tzinfo=PARIS)

    assert due_date(local(2026, 1, 31)).astimezone(PARIS).date() == date(2026, 2, 28)
    assert due_date(local(2028, 1, 31)).astimezone(PARIS).date() == date(2028, 2, 29)
    assert due_date(local(2028, 2, 29)).astimezone(PARIS).date() == date(2028, 3, 29)
    assert due_date(local(2026, 12, 15)).astimezone(PARIS).date() == date(2027, 1, 15)


def test_receipt_late_at_night_counts_in_paris_time() -> None:
    received = datetime(2026, 1, 31, 23, 30, tzinfo=UTC)  # 1 February 00:30 in Paris
    assert due_date(received).astimezone(PARIS).date() == date(2026, 3, 1)


@given(
    st.datetimes(
        min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
    ),
    st.integers(min_value=0, max_value=27),
)
def test_extension_is_three_months_from_receipt(received: datetime, after_days: int) -> None:
    due = due_date(received)
    now = received + timedelta(days=after_days)
    extended = extended_due_date(received, due, None, now)
    local_received = received.astimezone(PARIS).date()
    assert extended.astimezone(PARIS).date() == _expected_day(local_received, 3)
    assert extended > due


def test_extension_only_once_and_only_within_the_first_month() -> None:
    received = datetime(2026, 3, 10, 9, tzinfo=UTC)
    due = due_date(received)
    extended = extended_due_date(received, due, None, received)
    with pytest.raises(ExtensionRefused, match="only once"):
        extended_due_date(received, due, extended, received)
    with pytest.raises(ExtensionRefused, match="run out"):
        extended_due_date(received, due, None, due + timedelta(seconds=1))


def test_days_left_counts_local_calendar_days() -> None:
    due = due_date(datetime(2026, 3, 10, 9, tzinfo=UTC))
    assert days_left(due, datetime(2026, 4, 10, 8, tzinfo=UTC)) == 0
    assert days_left(due, datetime(2026, 4, 3, 8, tzinfo=UTC)) == 7
    assert days_left(due, datetime(2026, 4, 12, 8, tzinfo=UTC)) == -2
