"""Benchmark: the access package of a learner with 10,000 training-history rows.

Run from the checkout: ``PYTHONPATH=. python bench/package.py`` (target: under 2 s). As a
baseline, the same run times a raw ``json.dumps`` + ``csv`` of the same rows and prints the ratio.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlmodel import SQLModel, select

import workflows.models  # noqa: F401
from workflows.connectors import LearnerKey, open_connectors
from workflows.datamap import load_data_map
from workflows.db import make_engine, session_scope
from workflows.models import Learner, TrainingRecord
from workflows.notices import Renderer
from workflows.package import build_package

ROWS = 10_000
TARGET_SECONDS = 2.0


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'bench.db'}")
        SQLModel.metadata.create_all(engine)
        start_day = date(2020, 1, 1)
        with session_scope(engine) as session:
            learner = Learner(learner_id="B001", email="bench@example.fr", first_name="Bench")
            session.add(learner)
            session.flush()
            assert learner.id is not None
            session.add_all(
                TrainingRecord(
                    learner_pk=learner.id,
                    course=f"Module {i % 250} — leçon {i}",
                    brand="COMPTALIA",
                    started_on=start_day + timedelta(days=i % 1500),
                    last_activity_on=start_day + timedelta(days=i % 2000),
                    progress=i % 101,
                    data={"score": i % 20, "tutor": f"T{i % 37}"},
                )
                for i in range(ROWS)
            )
        datamap = load_data_map()
        renderer = Renderer()
        now = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)

        began = time.perf_counter()
        with session_scope(engine) as session:
            found = session.exec(select(Learner)).one()
            with open_connectors(datamap, session) as connectors:
                rows = connectors.fetch_all(LearnerKey.of(found))
            package = build_package(
                datamap,
                rows,
                renderer=renderer,
                language="fr",
                reference="DSR-2026-000001",
                generated_at=now,
                today=now.date(),
            )
        elapsed = time.perf_counter() - began
        assert len(rows["training_history"]) == ROWS

        training = rows["training_history"]
        began = time.perf_counter()
        raw_json = json.dumps(training, ensure_ascii=False)
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(training[0]))
        writer.writeheader()
        writer.writerows(training)
        baseline = time.perf_counter() - began
        engine.dispose()

    print(f"access package, {ROWS} training rows (read, JSON/CSV, summary, zip): {elapsed:.3f} s")
    print(f"  package size: {len(package) / 1024:.0f} KiB")
    print(f"baseline json.dumps + csv of the same rows: {baseline:.3f} s")
    print(f"  raw JSON {len(raw_json) / 1024:.0f} KiB, CSV {len(out.getvalue()) / 1024:.0f} KiB")
    print(f"ratio package / baseline: {elapsed / baseline:.1f}x")
    print(f"target < {TARGET_SECONDS:.0f} s: {'met' if elapsed < TARGET_SECONDS else 'MISSED'}")
    return 0 if elapsed < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
