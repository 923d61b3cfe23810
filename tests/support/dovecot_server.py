"""A real Dovecot IMAP server (Debian's dovecot-imapd) on 127.0.0.1, started per test in a
temp folder: its own config, a passwd-file user, maildir storage and a certificate from a test
CA. Mail is put in place with doveadm, so the setup does not go through the code under test."""

from __future__ import annotations

import getpass
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.mailing_server import free_port
from tests.support.tls_authority import CaFiles

DOVECOT = shutil.which("dovecot") or next(
    (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if os.path.exists(p)), None)
DOVEADM = shutil.which("doveadm") or next(
    (p for p in ("/usr/bin/doveadm", "/usr/local/bin/doveadm") if os.path.exists(p)), None)
USER, SECRET = "replies", "dovecot-secret"

needs_dovecot = pytest.mark.skipif(
    DOVECOT is None or DOVEADM is None,
    reason="Dovecot is not installed (Debian: apt-get install dovecot-imapd; .ci/run does it)")

CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
default_login_user = {login_user}
default_internal_user = {internal_user}
first_valid_uid = {uid}
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
"""


@dataclass(frozen=True)
class Dovecot:
    root: Path
    config: Path
    imap_port: int  # plain and STARTTLS
    imaps_port: int  # TLS from the first byte

    def doveadm(self, *args: str, stdin: bytes | None = None) -> str:
        done = subprocess.run([DOVEADM, "-c", str(self.config), *args], input=stdin,
                              capture_output=True, check=False, timeout=120)
        assert done.returncode == 0, done.stderr.decode(errors="replace")
        return done.stdout.decode(errors="replace")

    def deliver(self, folder: str, message: bytes) -> None:
        self.doveadm("save", "-u", USER, "-m", folder, stdin=message)

    def create_folder(self, folder: str) -> None:
        self.doveadm("mailbox", "create", "-u", USER, folder)

    def flags(self, folder: str) -> list[str]:
        out = self.doveadm("fetch", "-u", USER, "flags", "mailbox", folder, "all")
        return [line.split(":", 1)[1].strip() for line in out.splitlines()
                if line.startswith("flags:")]


def _wait_for_port(port: int, process: subprocess.Popen, log: Path) -> None:
    for _ in range(200):  # readiness, not a timing assertion
        if process.poll() is not None:
            raise RuntimeError("dovecot exited: " + (log.read_text() if log.exists() else ""))
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("dovecot did not start listening: " + (log.read_text()
                                                               if log.exists() else ""))


def _accounts() -> tuple[str, str, int, int]:
    """Login and internal user, and the mail owner's uid and gid. As ourselves when not
    root; as root, Dovecot refuses to run its login processes or mail as root, so they use
    the accounts Debian's package made (dovenull, dovecot) and nobody."""
    if os.geteuid() != 0:
        return getpass.getuser(), getpass.getuser(), os.getuid(), os.getgid()
    nobody = pwd.getpwnam("nobody")
    return "dovenull", "dovecot", nobody.pw_uid, nobody.pw_gid


@contextmanager
def dovecot_server(ca: CaFiles) -> Iterator[Dovecot]:
    # Its own folder outside pytest's (which is private to us): as root the mail processes
    # run as nobody and must reach the maildir.
    root = Path(tempfile.mkdtemp(prefix="contactweb-dovecot-"))
    root.chmod(0o755)
    login_user, internal_user, uid, gid = _accounts()
    for sub in ("run", "state", "mail", "home"):
        (root / sub).mkdir()
    if os.geteuid() == 0:
        for sub in ("mail", "home"):
            os.chown(root / sub, uid, gid)
    (root / "passwd").write_text(f"{USER}:{{PLAIN}}{SECRET}:{uid}:{gid}::{root}/home::\n")
    server = Dovecot(root, root / "dovecot.conf", free_port(), free_port())
    server.config.write_text(CONFIG.format(
        root=root, login_user=login_user, internal_user=internal_user,
        uid=uid, cert=ca.cert_pem,
        key=ca.key_pem, imap_port=server.imap_port, imaps_port=server.imaps_port))
    process = subprocess.Popen([DOVECOT, "-F", "-c", str(server.config)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        _wait_for_port(server.imaps_port, process, root / "dovecot.log")
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(root, ignore_errors=True)
