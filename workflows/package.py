"""The data package of an access or portability request: one JSON and one CSV per category and,
for access, a readable summary with the Art. 15 information, zipped.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import zipfile
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from workflows.datamap import DataMap
from workflows.notices import Renderer
from workflows.retention import retention_limit

Rows = Mapping[str, list[dict[str, Any]]]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def category_csv(rows: list[dict[str, Any]]) -> str:
    """Rows as CSV; the header is every column met, in order of first appearance."""
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([[_cell(row.get(c)) for c in columns] for row in rows])
    return out.getvalue()


def category_json(name: str, rows: list[dict[str, Any]], generated_at: datetime) -> str:
    """Rows as a JSON document naming its category."""
    document = {"category": name, "generated_at": generated_at.isoformat(), "rows": rows}
    return json.dumps(document, ensure_ascii=False, indent=1, default=str)


def build_package(
    datamap: DataMap,
    rows: Rows,
    *,
    renderer: Renderer | None,
    language: str,
    reference: str,
    generated_at: datetime,
    today: date,
    with_summary: bool = True,
    desk: dict[str, Any] | None = None,
) -> bytes:
    """The zipped package; ``with_summary=False`` gives the machine-readable part only.

    ``desk`` is what the desk itself holds about the person (their requests, suppression
    entries, post-mortem directives), written as ``desk.json`` and summarised.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name in datamap.categories:
            category_rows = list(rows.get(name, []))
            zf.writestr(f"{name}.json", category_json(name, category_rows, generated_at))
            zf.writestr(f"{name}.csv", category_csv(category_rows))
        if desk is not None:
            document = {"generated_at": generated_at.isoformat(), **desk}
            zf.writestr("desk.json", json.dumps(document, ensure_ascii=False, indent=1))
        if with_summary:
            assert renderer is not None
            summary = renderer.render(
                "package_summary",
                language,
                reference=reference,
                generated_at=generated_at,
                datamap=datamap,
                desk=desk,
                categories=[
                    (
                        category,
                        len(rows.get(category.name, [])),
                        retention_limit(category, rows),
                    )
                    for category in datamap.categories.values()
                ],
            )
            readme = "LISEZ-MOI.txt" if language == "fr" else "README.txt"
            zf.writestr(readme, summary.text)
    return buffer.getvalue()


def attachment(filename: str, data: bytes) -> dict[str, Any]:
    """An outbox attachment (see ``OutboxItem.attachments``)."""
    return {
        "filename": filename,
        "content_type": "application/zip",
        "data_b64": base64.b64encode(data).decode("ascii"),
    }
