"""One desktop's busy minute on a team vault, for the concurrency test: edit shared contacts
(each save appends this desktop's own token to the notes, from the version it read), log
communications, and press Send now and then. Everything it did is returned, so the test can
check that every saved edit is in the vault, every refused one is not, and nothing was sent
twice."""

from __future__ import annotations

import random
import time
from dataclasses import replace
from typing import Any


def busy_minute(ws: Any, seconds: float, shared_ids: list[int], log_ids: list[int],
                send_every: float, seed: int) -> dict[str, Any]:
    from contactweb.errors import Refused
    from contactweb.services.activity.communications import CommunicationInput, log_communication
    from contactweb.services.contacts import contacts
    from contactweb.services.contacts.contacts import StaleContactEdit
    from contactweb.services.mailing import sender

    rng = random.Random(seed)
    saved: dict[int, list[str]] = {cid: [] for cid in shared_ids}
    refused_stale = 0
    logged = 0
    sends: list[str] = []
    deadline = time.monotonic() + seconds
    next_send = time.monotonic() + rng.uniform(0, send_every)
    step = 0
    while time.monotonic() < deadline:
        step += 1
        cid = rng.choice(shared_ids)
        base = contacts.get_contact(ws, cid, audit_view=False).to_input()
        token = f"{ws.username}:{step}"
        time.sleep(rng.uniform(0, 0.02))  # a person's pause between opening and saving
        try:
            contacts.update_contact(ws, cid, replace(base, notes=f"{base.notes} {token}"))
            saved[cid].append(token)
        except StaleContactEdit:
            refused_stale += 1
        log_communication(ws, rng.choice(log_ids), CommunicationInput(
            kind="call", direction="out", duration_minutes=1, subject=f"call {token}"))
        logged += 1
        if time.monotonic() >= next_send:
            next_send = time.monotonic() + send_every
            try:
                sends.append(f"sent {sender.deliver_outbox(ws).sent}")
            except Refused as exc:
                sends.append(f"refused: {exc}")
    return {"saved": saved, "refused_stale": refused_stale, "logged": logged, "sends": sends,
            "steps": step}
