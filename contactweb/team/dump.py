"""``pg_dump`` and ``pg_restore`` of a team vault, run on this desktop as the database owner.

The owner owns every table, so the dump holds every row whatever the row policies say (a
person's own login may not read them all, by design). The programs come from Debian's
``postgresql-client`` layout (``/usr/lib/postgresql/<major>/bin``), newest first, then PATH;
``pg_dump`` refuses a server newer than itself, so the newest one found is the one to use.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from contactweb.errors import ContactWebError
from contactweb.i18n import N_, _
from contactweb.team.profile import KEEPALIVES, TeamProfile

MISSING = N_("{program} is not installed on this computer. Install PostgreSQL's client "
             "programs (Debian and Ubuntu: apt-get install postgresql-client) and try "
             "again.")  # said as _(MISSING)


class DumpFailed(ContactWebError):
    """pg_dump or pg_restore ran and failed; nothing was uploaded or kept."""


def find_program(program: str) -> Path:
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                     key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit()
                     else 0)
    for folder in reversed(folders):
        if (Path(folder) / program).exists():
            return Path(folder) / program
    found = shutil.which(program)
    if found is None:
        raise ContactWebError(_(MISSING).format(program=program))
    return Path(found)


@contextmanager
def _libpq_environment(profile: TeamProfile, user: str, password: str | None
                       ) -> Iterator[dict[str, str]]:
    """The connection as libpq environment variables: nothing of it on the command line,
    where other users of this computer could read it. The keepalives every desktop
    connection has (``profile.KEEPALIVES``) have no variables of their own: they travel in a
    service file of this process's, so that a dump or restore over a network gone silent
    fails within about a minute instead of hanging the backup."""
    options = profile.connect_options()
    env = {**os.environ, "PGHOST": str(options["host"]), "PGPORT": str(options["port"]),
           "PGDATABASE": str(options["dbname"]), "PGUSER": user}
    for name, variable in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT")):
        if options.get(name):
            env[variable] = str(options[name])
    if password is not None:
        env["PGPASSWORD"] = password
    with tempfile.TemporaryDirectory(prefix="contactweb-libpq-") as folder:
        service = Path(folder) / "pg_service.conf"
        service.write_text("[contactweb]\n" + "".join(
            f"{name}={value}\n" for name, value in KEEPALIVES.items()), encoding="utf-8")
        yield {**env, "PGSERVICEFILE": str(service), "PGSERVICE": "contactweb"}


def _run(argv: list[str], env: dict[str, str], failed: str, **values: str) -> None:
    """``failed``: the translated sentence, with ``{error}`` for the program's own words and
    ``values`` for its other placeholders."""
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        # The error itself, not the "Command was: ..." that pg_restore prints after it.
        errors = [line for line in lines if "error:" in line.lower()] or lines
        raise DumpFailed(failed.format(error=errors[-1] if errors else done.returncode,
                                       **values))


def dump(profile: TeamProfile, owner: str, owner_password: str | None, dest: Path) -> None:
    """The whole database in pg_dump's custom format (compressed, restorable table by
    table), written owner-only to ``dest``."""
    Path(dest).touch(mode=0o600)
    with _libpq_environment(profile, owner, owner_password) as env:
        _run([str(find_program("pg_dump")), "--format=custom", "--no-owner",
              f"--file={dest}"], env, _("pg_dump of {vault} failed: {error}"),
             vault=profile.label)


def _without_policies(source: Path, env: dict[str, str], list_file: Path) -> None:
    """The dump's table of contents less its row policies: they name the backed-up server's
    group roles, which a new server (or a new namespace) does not have, and
    ``provision.upgrade`` makes them afresh for this server's roles."""
    done = subprocess.run([str(find_program("pg_restore")), "--list", str(source)], env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        raise DumpFailed(_("pg_restore --list failed: {error}").format(
            error=lines[-1] if lines else done.returncode))
    kept = [line for line in done.stdout.splitlines() if " POLICY " not in line]
    list_file.write_text("\n".join(kept) + "\n", encoding="utf-8")


def table_rows(source: Path, table: str) -> list[dict[str, str | None]]:
    """One table's rows as the dump holds them (``COPY`` text: tab-separated, ``\\N`` for
    NULL, backslash escapes), read from the file without touching any database."""
    done = subprocess.run([str(find_program("pg_restore")), "--data-only", f"--table={table}",
                           "--file=-", str(source)], capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        raise DumpFailed(_("reading {table} from the backup failed: {error}").format(
            table=table, error=lines[-1] if lines else done.returncode))
    rows: list[dict[str, str | None]] = []
    columns: list[str] | None = None
    for line in done.stdout.splitlines():
        if columns is None:
            if line.startswith("COPY ") and " FROM stdin;" in line:
                columns = [c.strip().strip('"') for c in
                           line[line.index("(") + 1:line.rindex(")")].split(",")]
            continue
        if line == "\\.":
            break
        values = [None if v == "\\N" else _unescape(v) for v in line.split("\t")]
        rows.append(dict(zip(columns, values, strict=True)))
    return rows


_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", "v": "\v"}


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), value)


def restore(profile: TeamProfile, owner: str, owner_password: str | None,
            source: Path) -> None:
    """Into the empty database ``profile`` names, owned by ``owner``: every object becomes the
    owner's; grants and row policies are not restored (``provision.upgrade`` applies them
    afresh, for the roles of this server)."""
    list_file = Path(source).with_suffix(".list")
    with _libpq_environment(profile, owner, owner_password) as env:
        _without_policies(Path(source), env, list_file)
        _run([str(find_program("pg_restore")), "--no-owner", "--no-acl", "--exit-on-error",
              "--single-transaction", f"--use-list={list_file}",
              f"--dbname={profile.database}", str(source)], env,
             _("pg_restore into {vault} failed: {error}"), vault=profile.label)
