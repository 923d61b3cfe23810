"""Persisted sign-in back-off, keyed by slot id so the file names no user.

Unknown usernames get entries too: an attacker cannot tell them apart from real ones.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from contactweb.vault.atomic import write_json_atomic

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 15 * 60
FORGET_AFTER_SECONDS = 24 * 3600


def delay_for(failures: int) -> float:
    """No wait for the first few mistakes, then 1, 2, 4, ... seconds, capped at 15 minutes."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS))


class SignInBackoff:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.clock = clock

    def _load(self) -> dict[str, dict[str, float]]:
        try:
            return json.loads(self.path.read_text("utf-8"))
        except (FileNotFoundError, ValueError):
            return {}

    def seconds_left(self, sid: str) -> float:
        entry = self._load().get(sid)
        if not entry:
            return 0.0
        wait_until = entry["last_failure"] + delay_for(int(entry["failures"]))
        return max(0.0, wait_until - self.clock())

    def record_failure(self, sid: str) -> float:
        """Count a failure; returns how long the next attempt must wait."""
        now = self.clock()
        state = {k: v for k, v in self._load().items()
                 if now - v["last_failure"] < FORGET_AFTER_SECONDS}
        entry = state.setdefault(sid, {"failures": 0, "last_failure": now})
        entry["failures"] += 1
        entry["last_failure"] = now
        write_json_atomic(self.path, state)
        return delay_for(int(entry["failures"]))

    def reset(self, sid: str) -> None:
        state = self._load()
        if state.pop(sid, None) is not None:
            write_json_atomic(self.path, state)
