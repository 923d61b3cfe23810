"""Desktops of one team vault as separate processes: each has its own home folder (its own
delivery journal and locks, as another computer would) and signs in as its own person.

Started with multiprocessing's ``spawn`` so that nothing of the test process (engines,
threads, open connections) is shared with them.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from contactweb.team.profile import TeamProfile

SPAWN = multiprocessing.get_context("spawn")


def _as_desktop(home: str, work: Callable[..., Any], profile: TeamProfile, username: str,
                password: str, args: tuple, results: Any) -> None:
    os.environ["CONTACTWEB_HOME"] = home
    from contactweb.team import team_session

    try:
        ws = team_session.sign_in(profile, username, password)
        try:
            results.put((username, "ok", work(ws, *args)))
        finally:
            ws.lock()
    except BaseException as exc:  # noqa: BLE001 - reported to the test, which fails on it
        results.put((username, "error", f"{type(exc).__name__}: {exc}\n"
                                        f"{traceback.format_exc()}"))


def run_desktops(profile: TeamProfile, homes: Path, people: list[tuple[str, str]],
                 work: Callable[..., Any], args: tuple = (),
                 timeout: float = 600) -> dict[str, tuple[str, Any]]:
    """Run ``work(ws, *args)`` on one desktop per (username, password), all at once;
    returns each person's ("ok", result) or ("error", text). ``work`` is a module-level
    function (spawned processes import it)."""
    results = SPAWN.Queue()
    processes = []
    for username, password in people:
        home = homes / username
        home.mkdir(parents=True, exist_ok=True)
        process = SPAWN.Process(target=_as_desktop, args=(
            str(home), work, profile, username, password, args, results))
        process.start()
        processes.append(process)
    outcomes: dict[str, tuple[str, Any]] = {}
    try:
        for _ in processes:
            username, status, value = results.get(timeout=timeout)
            outcomes[username] = (status, value)
    finally:
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
                process.join()
    return outcomes


def send_outbox(ws: Any, mailing_ids: list[int] | None) -> dict[str, Any]:
    """A person presses Send: the report's counts, or the refusal they are shown."""
    from contactweb.errors import Refused
    from contactweb.services.mailing import sender

    try:
        report = sender.deliver_outbox(ws, mailing_ids)
    except Refused as exc:
        return {"refused": str(exc)}
    return {"sent": report.sent, "excluded": len(report.excluded),
            "failed": len(report.failed), "stopped": report.stopped}


def start_desktop(profile: TeamProfile, home: Path, person: tuple[str, str],
                  work: Callable[..., Any], args: tuple = ()) -> tuple[Any, Any]:
    """One desktop doing ``work`` in the background, for a test that kills it midway;
    returns the process and the queue its outcome arrives on."""
    results = SPAWN.Queue()
    home.mkdir(parents=True, exist_ok=True)
    process = SPAWN.Process(target=_as_desktop, args=(str(home), work, profile, *person, args,
                                                      results))
    process.start()
    return process, results
