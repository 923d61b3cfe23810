"""Connecting to a team server as one person, with a clear message for each way it fails."""

from __future__ import annotations

import psycopg
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from contactweb.errors import AuthenticationFailed, BadInput, ContactWebError
from contactweb.i18n import _
from contactweb.team.profile import TeamProfile
from contactweb.vault.vault import WRONG_CREDENTIALS

POOL_SIZE = 3  # the UI thread and a background job or two, as on the desktop
# No JIT compilation for a desktop's statements. Under the row policies the planner's cost of
# the contact list's statements (a policy subquery per row) passes jit_inline_above_cost at
# 100,000 contacts, and compiling took 130 to 250 ms of the server's CPU per statement
# (quiet machine) for statements that ran in 1 to 190 ms without it; more under load.
SESSION_OPTIONS = "-c jit=off"


class TeamServerUnavailable(ContactWebError):
    """The server cannot be reached, or cannot be trusted: nothing was sent to it."""


def explain(exc: BaseException, profile: TeamProfile) -> ContactWebError:
    """The error a person can act on, from what libpq said."""
    text = str(exc)
    lowered = text.lower()
    where = f"{profile.host}:{profile.port}"
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return AuthenticationFailed(_(WRONG_CREDENTIALS))
    if "not permitted to log in" in lowered:
        return AuthenticationFailed(_("This account is disabled. Ask an administrator."))
    if "permission denied for database" in lowered:
        return AuthenticationFailed(_("This account is not a person of this team vault."))
    if "certificate" in lowered or "ssl error" in lowered or "root cert" in lowered:
        return TeamServerUnavailable(_(
            "The certificate of the team server at {where} is not trusted, so nothing was "
            "sent to it ({error}). Check that the profile's certificate authority ({ca_file}) "
            "is the one that signed the server's certificate, and that the certificate names "
            "the host the profile connects to.").format(
                where=where, error=_first_line(text), ca_file=profile.ca_file))
    if "does not support ssl" in lowered:
        return TeamServerUnavailable(_(
            "The team server at {where} did not offer an encrypted connection; ContactWeb "
            "does not send names and passwords in the clear. Turn on ssl in the server's "
            "postgresql.conf.").format(where=where))
    if "no pg_hba.conf entry" in lowered and "no encryption" in lowered:
        return TeamServerUnavailable(_(
            "The team server at {where} accepts only encrypted connections: give the "
            "profile the certificate authority that signed its certificate (verify-full).")
            .format(where=where))
    if "no pg_hba.conf entry" in lowered:
        return TeamServerUnavailable(_(
            "The team server at {where} does not let this computer in: its administrator "
            "adds this computer's network to pg_hba.conf (a hostssl line).").format(
                where=where))
    if f'database "{profile.database.lower()}" does not exist' in lowered:
        return BadInput(_("The team server at {where} has no database {database}.").format(
            where=where, database=repr(profile.database)))
    if any(sign in lowered for sign in ("connection refused", "could not connect",
                                        "timeout expired", "timed out", "no route",
                                        "could not translate host name", "unreachable",
                                        "server closed the connection")):
        return TeamServerUnavailable(_(
            "The team server at {where} does not answer ({error}). Is it running, and is "
            "this computer on its network?").format(where=where, error=_first_line(text)))
    return TeamServerUnavailable(_("Could not use the team server at {where}: {error}").format(
        where=where, error=_first_line(text)))


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else text


def make_engine(profile: TeamProfile, login: str, password: str) -> Engine:
    """A pooled engine for one login role; connects once to check, with clear errors."""
    options = profile.connect_options()
    url = URL.create("postgresql+psycopg", username=login, password=password,
                     host=str(options.pop("host")), port=int(options.pop("port")),
                     database=str(options.pop("dbname")))
    # Pre-ping: a connection the server or the network dropped is replaced on next use.
    options["options"] = SESSION_OPTIONS
    engine = create_engine(url, connect_args=options, pool_size=POOL_SIZE,
                           pool_pre_ping=True)

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001 - as store/postgres_engine.py does
        if conn.get_execution_options().get("readonly"):
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
    try:
        with engine.connect():
            pass
    except (DBAPIError, psycopg.Error) as exc:
        engine.dispose()
        raise explain(getattr(exc, "orig", None) or exc, profile) from None
    return engine


def connect_raw(profile: TeamProfile, login: str, password: str | None,
                autocommit: bool = False) -> psycopg.Connection:
    """One plain psycopg connection (the owner's work in ``team create`` and ``move``).
    With ``password`` None, libpq's own sources apply (PGPASSWORD, ~/.pgpass)."""
    options = profile.connect_options()
    if password is not None:
        options["password"] = password
    try:
        return psycopg.connect(user=login, autocommit=autocommit, **options)
    except psycopg.Error as exc:
        raise explain(exc, profile) from None
