"""The data map is read once, kept on the core's context, and read again only when the service
is told to (``SIGHUP`` to ``serve``); an invalid edit leaves the map in use."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import yaml

from privacy_desk.app import reload_data_map
from workflows import fulfilment
from workflows.datamap import DEFAULT_DATA_MAP
from workflows.desk import Desk


def test_an_edit_is_read_on_reload_only_and_an_invalid_one_is_refused(
    desk: Desk, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "datamap.yaml"
    raw = yaml.safe_load(DEFAULT_DATA_MAP.read_text(encoding="utf-8"))
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    desk.ctx.settings = desk.ctx.settings.model_copy(update={"data_map": path})
    first = desk.reload_data_map()
    assert fulfilment.data_map(desk.ctx) is first  # not read again per call

    raw["categories"]["profile"]["notify"] = ["privacy@lms-host.example"]
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    assert fulfilment.data_map(desk.ctx) is first  # an edit waits for the reload
    reload_data_map(desk)  # what SIGHUP runs
    second = fulfilment.data_map(desk.ctx)
    assert second is not first
    assert list(second.categories["profile"].notify) == ["privacy@lms-host.example"]

    path.write_text("categories: [not, a, mapping]\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="privacy_desk"):
        reload_data_map(desk)
    assert fulfilment.data_map(desk.ctx) is second
    assert "data map not reloaded" in caplog.text
