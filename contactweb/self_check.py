"""``contactweb --self-check``: prove on this machine that the installed program works.

Creates a temporary vault, writes, searches, makes a PDF, locks, reopens and removes it.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from contactweb import __version__


def _pdf(path: Path, text: str) -> int:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawString(72, 770, text)
    pdf.save()
    return path.stat().st_size


def run_self_check() -> int:
    from contactweb.services.accounts import session
    from contactweb.services.contacts import contact_queries, contacts

    folder = Path(tempfile.mkdtemp(prefix="contactweb-self-check-"))
    password = "Self-check-pass-1!"
    steps: list[str] = []
    try:
        ws = session.create_vault(folder / "vault", "selfcheck", password)
        steps.append("created an encrypted vault")
        cid = contacts.create_contact(ws, contacts.ContactInput(
            first_name="Zoë", last_name="Selfcheck", company="Check Ltd",
            emails=[contacts.EmailInput("zoe@example.com")]))
        found = contact_queries.search_ids(ws, "selfch")
        if found != [cid]:
            raise RuntimeError(f"search returned {found}, expected [{cid}]")
        steps.append("wrote and found a contact")
        if _pdf(folder / "check.pdf", "ContactWeb self-check") < 500:
            raise RuntimeError("the PDF is empty")
        steps.append("made a PDF")
        ws.lock()
        raw = (folder / "vault" / "contactweb.db").read_bytes()
        if raw.startswith(b"SQLite format 3") or b"Selfcheck" in raw:
            raise RuntimeError("the vault file is not encrypted")
        ws = session.sign_in(folder / "vault", "selfcheck", password)
        if contacts.get_contact(ws, cid).last_name != "Selfcheck":
            raise RuntimeError("the contact did not survive locking")
        ws.lock()
        steps.append("locked and reopened the vault")
        if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY"):
            from contactweb.ui.app.gui_check import check_gui_starts

            check_gui_starts()
            steps.append("started the GUI toolkit")
    except Exception as exc:  # a self-check reports every failure, whatever it is
        print(f"ContactWeb {__version__} self-check FAILED after: {', '.join(steps) or 'nothing'}"
              f"\n  {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"ContactWeb {__version__} self-check passed: {', '.join(steps)}; removed it again.")
    return 0
