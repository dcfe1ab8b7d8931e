"""``scripts/image-services`` and how ``.ci/run`` uses it: the image tests run in CI's
PostgreSQL pass, with podman's settings for the host that the script prints.

``.ci/run`` runs here in a copy of ``.ci`` with stand-ins for both scripts and for ``make`` that
log what they were given: nothing is installed or built.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMAGE_SERVICES = ROOT / "scripts" / "image-services"


def executable(path: Path, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)


def test_as_a_user_other_than_root_it_says_so_in_one_line_and_fails(tmp_path: Path) -> None:
    executable(tmp_path / "id", "echo 1000")
    env = {**os.environ, "PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}"}
    run = subprocess.run(
        [str(IMAGE_SERVICES)], env=env, capture_output=True, text=True, timeout=30, check=False
    )
    assert run.returncode == 1
    assert run.stdout == ""  # nothing for the caller to eval
    assert len(run.stderr.splitlines()) == 1
    assert "as root" in run.stderr


def ci_run(tmp_path: Path, image_services: str) -> tuple[int, list[str]]:
    """Run ``.ci/run`` with ``image_services`` as the body of its stand-in; the lines ``make``
    logged, one per call: its target and the environment the tests would see."""
    shutil.copytree(ROOT / ".ci", tmp_path / ".ci")
    log = tmp_path / "make.log"
    executable(tmp_path / "scripts" / "test-services", "true")
    executable(tmp_path / "scripts" / "image-services", image_services)
    executable(
        tmp_path / "bin" / "make",
        f'echo "$* db=${{PRIVACY_DESK_TEST_DATABASE_URL:-}} '
        f'base=${{PRIVACY_DESK_TEST_IMAGE_BASE:-}} conf=${{CONTAINERS_CONF:-}}" >> {log}',
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PRIVACY_DESK_", "CONTAINERS_"))
    }
    env["PATH"] = f"{tmp_path / 'bin'}{os.pathsep}{env['PATH']}"
    run = subprocess.run(
        [str(tmp_path / ".ci" / "run")], env=env, capture_output=True, timeout=30, check=False
    )
    return run.returncode, log.read_text().splitlines() if log.exists() else []


def test_ci_runs_the_image_tests_in_the_postgresql_pass_with_the_scripts_podman_settings(
    tmp_path: Path,
) -> None:
    returncode, calls = ci_run(
        tmp_path,
        '[ "$PRIVACY_DESK_TEST_IMAGE_BASE" = localhost/python:3.11-bookworm ] || exit 1\n'
        "echo 'export CONTAINERS_CONF=/var/tmp/host.conf'",
    )
    assert returncode == 0
    assert calls == [
        "test db= base= conf=/var/tmp/host.conf",
        "test db=postgresql+psycopg://postgres@127.0.0.1:5432/test "
        "base=localhost/python:3.11-bookworm conf=/var/tmp/host.conf",
    ]


def test_ci_stops_before_the_tests_when_the_image_services_fail(tmp_path: Path) -> None:
    returncode, calls = ci_run(tmp_path, "echo 'image-services: no podman' >&2; exit 1")
    assert returncode == 1
    assert calls == []
