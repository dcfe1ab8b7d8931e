"""``scripts/test-services``: what ``make test`` and ``.ci/run`` call to install or start the
services the suite talks to.

Each case runs the real script with a PATH made of this machine's own programs, minus the ones
the case hides, plus stand-ins for ``id``, ``sudo`` and ``apt-get`` that log their calls: no case
installs anything or needs root, and each shows which way the script took.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import redis
from sqlalchemy import create_engine, text

from tests.imap_server import free_port

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "test-services"
SBIN = ["/usr/local/sbin", "/usr/sbin", "/sbin"]
STAND_INS = {"id", "sudo", "apt-get"}
PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    calls: list[str]
    seconds: float


def run_script(
    tmp_path: Path,
    *,
    uid: int = 1000,
    sudo: str | None = None,
    apt: bool = True,
    hide: frozenset[str] = frozenset(),
    env: dict[str, str] | None = None,
) -> Run:
    """Run the script as user ``uid``; ``sudo`` is None (absent), "password" or "passwordless"."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "calls.log"
    log.touch()
    for folder in os.environ["PATH"].split(os.pathsep) + SBIN:
        with contextlib.suppress(OSError):
            for program in Path(folder).iterdir():
                target = bin_dir / program.name
                if program.name in hide | STAND_INS or target.exists():
                    continue
                if program.is_file() and os.access(program, os.X_OK):
                    target.symlink_to(program)

    def stand_in(name: str, body: str) -> None:
        path = bin_dir / name
        path.write_text(f'#!/bin/sh\necho "{name} $*" >> {log}\n{body}\n')
        path.chmod(0o755)

    stand_in("id", f"echo {uid}")
    if apt:  # "installs" dovecot and chromium the way the packages would: the programs appear
        stand_in(
            "apt-get",
            f'case " $* " in *" dovecot-imapd "*) printf "#!/bin/sh\\n" > {bin_dir}/dovecot; '
            f"chmod +x {bin_dir}/dovecot;; esac\n"
            f'case " $* " in *" chromium "*) printf "#!/bin/sh\\n" > {bin_dir}/chromium; '
            f"chmod +x {bin_dir}/chromium;; esac",
        )
    if sudo == "password":  # `sudo -n` fails when sudo would ask for a password
        stand_in("sudo", "exit 1")
    elif sudo == "passwordless":
        stand_in("sudo", '[ "$1" = -n ] && shift; exec "$@"')

    environ = {**os.environ, "PATH": str(bin_dir), "TEST_SERVICES_SBIN": "", **(env or {})}
    started = time.monotonic()
    done = subprocess.run(
        [str(SCRIPT)], env=environ, capture_output=True, text=True, timeout=120, check=False
    )
    return Run(
        done.returncode,
        done.stdout,
        done.stderr,
        log.read_text().splitlines(),
        time.monotonic() - started,
    )


NO_DOVECOT = frozenset({"dovecot", "doveadm"})


def test_with_everything_there_it_is_quiet_quick_and_installs_nothing(tmp_path: Path) -> None:
    run = run_script(tmp_path, uid=0)
    assert (run.returncode, run.stdout, run.stderr) == (0, "", "")
    assert [call for call in run.calls if not call.startswith("id ")] == []
    assert run.seconds < 5


def test_without_root_or_sudo_it_says_in_one_line_what_to_install_and_fails(
    tmp_path: Path,
) -> None:
    run = run_script(tmp_path, uid=1000, sudo=None, hide=NO_DOVECOT)
    assert run.returncode == 1
    assert run.stdout == ""
    assert len(run.stderr.splitlines()) == 1
    assert "apt-get install dovecot-imapd" in run.stderr
    assert not any(call.startswith("apt-get") for call in run.calls)


def test_a_sudo_that_asks_for_a_password_counts_as_no_sudo(tmp_path: Path) -> None:
    run = run_script(tmp_path, uid=1000, sudo="password", hide=NO_DOVECOT)
    assert run.returncode == 1
    assert len(run.stderr.splitlines()) == 1
    assert "dovecot-imapd" in run.stderr
    assert run.calls.count("sudo -n true") == 1  # asked without prompting, then gave up
    assert not any(call.startswith("apt-get") for call in run.calls)


def test_without_apt_get_it_names_what_is_missing_and_fails(tmp_path: Path) -> None:
    run = run_script(tmp_path, uid=0, apt=False, hide=NO_DOVECOT)
    assert run.returncode == 1
    assert len(run.stderr.splitlines()) == 1
    assert "dovecot-imapd" in run.stderr


def test_as_root_it_says_what_it_installs_and_installs_it_with_apt_get(tmp_path: Path) -> None:
    run = run_script(tmp_path, uid=0, hide=NO_DOVECOT)
    assert run.returncode == 0, run.stderr
    assert "installing dovecot-imapd" in run.stdout
    assert "apt-get update -q" in run.calls
    assert "apt-get install -y -q --no-install-recommends dovecot-imapd" in run.calls
    assert not any(call.startswith("sudo") for call in run.calls)


def test_a_missing_chromium_is_installed_for_the_browser_tests(tmp_path: Path) -> None:
    run = run_script(tmp_path, uid=0, hide=frozenset({"chromium"}))
    assert run.returncode == 0, run.stderr
    assert "installing chromium" in run.stdout
    assert "apt-get install -y -q --no-install-recommends chromium" in run.calls


def test_as_a_user_with_passwordless_sudo_it_installs_through_sudo(tmp_path: Path) -> None:
    run = run_script(tmp_path, uid=1000, sudo="passwordless", hide=NO_DOVECOT)
    assert run.returncode == 0, run.stderr
    assert (
        "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "
        "dovecot-imapd"
    ) in run.calls
    assert "apt-get install -y -q --no-install-recommends dovecot-imapd" in run.calls


def test_a_redis_that_is_not_running_is_started_without_root(tmp_path: Path) -> None:
    port = free_port()
    url = f"redis://127.0.0.1:{port}/15"
    try:
        run = run_script(tmp_path, uid=1000, env={"PRIVACY_DESK_TEST_REDIS_URL": url})
        assert run.returncode == 0, run.stderr
        assert f"starting Redis on 127.0.0.1:{port}" in run.stdout
        assert redis.Redis.from_url(url).ping()
    finally:
        with contextlib.suppress(redis.ConnectionError):
            redis.Redis.from_url(url).shutdown(nosave=True)


def test_a_missing_test_database_is_created(tmp_path: Path) -> None:
    name = f"pd_services_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
    try:
        run = run_script(
            tmp_path,
            uid=1000,
            env={
                "PRIVACY_DESK_TEST_DATABASE_URL": f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
            },
        )
        assert run.returncode == 0, run.stderr
        assert f"creating PostgreSQL database {name}" in run.stdout
        with admin.connect() as conn:
            assert conn.scalar(text("select 1 from pg_database where datname = :n"), {"n": name})
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def test_a_postgresql_that_refuses_the_tests_role_is_one_line_and_a_failure(
    tmp_path: Path,
) -> None:
    role = f"nobody_{uuid.uuid4().hex[:8]}"
    url = f"postgresql+psycopg://{role}@127.0.0.1:5432/test"
    run = run_script(tmp_path, uid=1000, env={"PRIVACY_DESK_TEST_DATABASE_URL": url})
    assert run.returncode == 1
    assert len(run.stderr.splitlines()) == 1
    assert f"refuses role {role}" in run.stderr


def test_make_test_and_ci_run_it_before_the_tests_and_make_run_does_not() -> None:
    root = SCRIPT.parents[1]

    def dry_run(target: str) -> str:
        return subprocess.run(
            ["make", "-n", target], cwd=root, capture_output=True, text=True, check=True
        ).stdout

    test_steps = dry_run("test")
    assert test_steps.index("scripts/test-services") < test_steps.index("pytest")
    assert "test-services" not in dry_run("run")
    ci = (root / ".ci" / "run").read_text()
    assert ci.index("scripts/test-services") < ci.index("make test")
