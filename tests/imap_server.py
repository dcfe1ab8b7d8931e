"""A real Dovecot IMAP server for tests, on a free 127.0.0.1 port, in a throw-away directory.

Uses Debian's ``dovecot-imapd`` with its own config (``dovecot -F -c FILE``): plaintext login
without TLS, one passwd-file user, maildir storage, IDLE with a fast fallback check. Works as
root (mail owned by ``nobody``, login processes as ``dovenull``) and as an ordinary user
(every service as that user, no chroot).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from imapclient import IMAPClient

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
DOVEADM = shutil.which("doveadm") or "/usr/bin/doveadm"


class DovecotMissing(RuntimeError):
    """Dovecot is not installed: the IMAP tests cannot run (and must not pass silently)."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class DovecotServer:
    """A running Dovecot and the helpers tests need to drive its mailbox."""

    root: Path
    config: Path
    host: str
    port: int
    user: str
    password: str
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    # ------------------------------------------------------------------ lifecycle
    def start(self, timeout: float = 15.0) -> None:
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self.config)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                output = (
                    self.process.stdout.read().decode(errors="replace")
                    if self.process.stdout
                    else ""
                )
                raise RuntimeError(
                    f"dovecot exited with {self.process.returncode}: {output}\n{self.log()}"
                )
            with (
                contextlib.suppress(OSError),
                socket.create_connection((self.host, self.port), timeout=0.5) as sock,
            ):
                if sock.recv(64).startswith(b"* OK"):
                    return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"dovecot did not listen on {self.host}:{self.port}\n{self.log()}")

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        if self.process.stdout:
            self.process.stdout.close()
        self.process = None

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    # ------------------------------------------------------------------ mailbox helpers
    @contextlib.contextmanager
    def client(self) -> Iterator[IMAPClient]:
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        try:
            client.login(self.user, self.password)
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def append(self, raw: bytes, folder: str = "INBOX", flags: tuple[bytes, ...] = ()) -> None:
        """Deliver a message the way a client or MTA would: IMAP APPEND."""
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            client.append(folder, raw, flags=flags)

    def messages(self, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        """UID → flags of every message in a folder."""
        with self.client() as client:
            if not client.folder_exists(folder):
                return {}
            client.select_folder(folder, readonly=True)
            uids = client.search("ALL")
            fetched = client.fetch(uids, ["FLAGS"]) if uids else {}
            return {uid: tuple(data[b"FLAGS"]) for uid, data in fetched.items()}

    def uidvalidity(self, folder: str = "INBOX") -> int:
        with self.client() as client:
            return int(client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])

    def kick(self) -> None:
        """Drop every IMAP session of the user, as a server restart or network cut would."""
        subprocess.run(
            [DOVEADM, "-c", str(self.config), "kick", self.user],
            check=True,
            capture_output=True,
        )

    def change_uidvalidity(self, folder: str = "INBOX") -> int:
        """Give the folder a new UIDVALIDITY, as a restored or rebuilt mailbox would have.

        The messages stay; clients must treat every UID they remember as meaningless.
        """
        new = self.uidvalidity(folder) + 1000
        subprocess.run(
            [DOVEADM, "-c", str(self.config), "mailbox", "update", "-u", self.user,
             "--uid-validity", str(new), folder],
            check=True,
            capture_output=True,
        )  # fmt: skip
        return new


def _service_user() -> tuple[str, int, int, bool]:
    """(mail user name, uid, gid, running as root)."""
    if os.geteuid() == 0:
        entry = pwd.getpwnam("nobody")
        return entry.pw_name, entry.pw_uid, entry.pw_gid, True
    entry = pwd.getpwuid(os.geteuid())
    return entry.pw_name, entry.pw_uid, entry.pw_gid, False


def make_dovecot(user: str = "dpo", password: str = "dpo-secret") -> DovecotServer:
    """Write a config in a fresh directory and return an unstarted server."""
    if not (os.path.exists(DOVECOT) and os.access(DOVECOT, os.X_OK)):
        raise DovecotMissing(
            "dovecot is not installed (Debian package dovecot-imapd); "
            "the IMAP tests need a real server"
        )
    root = Path(tempfile.mkdtemp(prefix="privacy-desk-dovecot-"))
    os.chmod(root, 0o755)  # login and auth processes run as other users when we are root
    mail_user, uid, gid, as_root = _service_user()
    (root / "mail").mkdir()
    (root / "run").mkdir()
    (root / "state").mkdir()
    passwd = root / "passwd"
    passwd.write_text(f"{user}:{{PLAIN}}{password}::::::\n")
    os.chmod(passwd, 0o644)
    if as_root:
        os.chown(root / "mail", uid, gid)
    port = free_port()
    service_users = ""
    if not as_root:
        service_users = f"""
default_internal_user = {mail_user}
default_login_user = {mail_user}
service imap-login {{
  chroot =
  user = {mail_user}
}}
service auth {{
  user = {mail_user}
}}
service auth-worker {{
  user = {mail_user}
}}
"""
    config = root / "dovecot.conf"
    config.write_text(
        f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
mailbox_idle_check_interval = 1 secs
first_valid_uid = 1
last_valid_uid = 0
mail_max_userip_connections = 100
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {passwd}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
{service_users}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Processed {{
    auto = create
  }}
}}
"""
    )
    return DovecotServer(root, config, "127.0.0.1", port, user, password)


def remove(server: DovecotServer) -> None:
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)
