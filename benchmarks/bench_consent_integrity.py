"""What the consent promises cost: the integrity seal rewritten after every commit, its check
at sign-in, and email eligibility when opt-outs outlived their contacts (every candidate's
mailbox then hashed).

    python -m benchmarks consent_integrity
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from benchmarks.vault_builder import build_vault
from contactweb.models import Contact
from contactweb.services import integrity_seal
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.eligibility.eligibility import eligible_recipients
from contactweb.services.privacy.erasure import erase_contact

Report = Callable[..., None]
CONTACTS = 100_000
OPTED_OUT = 10_000
ROUNDS = 20


def _median_ms(action: Callable[[], object], rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(report: Report, count: int = CONTACTS) -> None:
    with tempfile.TemporaryDirectory(prefix="cw-bench-consent-") as tmp:
        ws = build_vault(Path(tmp) / "vault", count)
        try:
            with ws.session() as session:
                ids = list(session.execute(select(Contact.id).order_by(Contact.id)
                                           .limit(OPTED_OUT)).scalars())
                for contact_id in ids:
                    consent.apply_event(session, ws, contact_id, "email", "opted_out",
                                        method="benchmark")
            counter = iter(range(10**9))

            def create() -> None:
                contacts.create_contact(ws, ContactInput(first_name=f"Bench{next(counter)}"))

            with_seal = _median_ms(create)
            ws.after_commit = None
            without_seal = _median_ms(create)
            integrity_seal.follow_commits(ws)
            report("create one contact, seal rewritten", with_seal, "ms")
            report("create one contact, no seal", without_seal, "ms")
            report("seal write alone", _median_ms(lambda: integrity_seal.write_seal(ws)), "ms")
            report("seal check at sign-in", _median_ms(lambda: integrity_seal.differences(ws)),
                   "ms")
            report("email eligibility, every opt-out held by a contact",
                   _median_ms(lambda: eligible_recipients(ws, "email"), 5), "ms")
            erase_contact(ws, ids[0])  # an opt-out now outlives its contact
            report("email eligibility, one opt-out outlived its contact",
                   _median_ms(lambda: eligible_recipients(ws, "email"), 5), "ms")
        finally:
            ws.lock()


if __name__ == "__main__":
    from benchmarks.__main__ import print_figure

    run(print_figure)
