"""The Mailings page of a team vault (on the tests' own PostgreSQL server) with a mailing left
'sending' by a desktop that is gone: Release the claim… offered to the administrator, and
the question asked before it.

    python -m tools.screenshots.team_mailing_screenshots docs/screenshots
"""

from __future__ import annotations

import sys

from tools.screenshots.screenshot_session import ScreenshotSession, render_session

SIZE = (1280, 800)
NAMES = (("Amélie", "Abbott"), ("Ben", "Becker"), ("Chloé", "García"), ("Dmitri", "Ivanova"),
         ("Elif", "Nakamura"), ("Farah", "Müller"), ("Kenji", "Xu"), ("Søren", "Łukasik"))


class TeamMailingScreenshots(ScreenshotSession):
    def render(self) -> None:
        from tests.support.postgres_server import BINDIR, SKIP_REASON, postgres_server

        if BINDIR is None:
            print(f"team mailing screenshots skipped: {SKIP_REASON}")
            return
        with postgres_server() as server:
            self._stuck_mailing(server)

    def _stuck_mailing(self, server) -> None:  # noqa: ANN001
        from PySide6.QtWidgets import QMessageBox
        from sqlalchemy import update

        from contactweb.models import Mailing, OutboxMessage
        from contactweb.services import settings
        from contactweb.services.eligibility.eligibility import Selection
        from contactweb.services.mailing import outbox
        from contactweb.services.mailing.message import Draft
        from contactweb.team import team_session
        from contactweb.ui.app.main_window import MainWindow
        from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
        from tests.support.mailing_server import ContactSpec, add_contacts, configure, free_port
        from tests.support.team_vaults import create_team_vault

        team = create_team_vault(server)
        ws = team_session.sign_in(team.profile, team.admin, team.admin_password)
        try:
            add_contacts(ws, [ContactSpec(first, last, f"{last.lower()[:4]}{n}@example.org")
                              for n, (first, last) in enumerate(NAMES)])
            configure(ws, free_port())
            settings.set_business_profile(ws, settings.BusinessProfile(
                name="Lakeside Florists", postal_address="1 Lake Road\nSpringfield, IL 62701"))
            mailing_id = outbox.queue_mailing(
                ws, Draft("Spring opening hours", "Hello {first_name}"), Selection()).mailing_id
            entries = sorted(outbox.entries(ws, mailing_id), key=lambda e: e.id)
            with ws.session() as db:  # as a desktop that died on its third message leaves it
                db.execute(update(Mailing).values(status="sending"))
                db.execute(update(OutboxMessage).where(OutboxMessage.id.in_(
                    [e.id for e in entries[:2]])).values(status="sent"))
                db.execute(update(OutboxMessage).where(OutboxMessage.id == entries[2].id)
                           .values(status="sending"))
            window = MainWindow(ws, WorkspaceBridge())
            page = window.show_page("mailings")
            page.refresh()
            self.save(window, "mailing-team-release-claim.png", *SIZE)
            box = QMessageBox(QMessageBox.Icon.Question, page.tr("Release the claim"),
                              page.release_question(), QMessageBox.StandardButton.Cancel,
                              window)
            box.addButton(page.tr("Release the claim"), QMessageBox.ButtonRole.AcceptRole)
            self.save(box, "mailing-team-release-claim-question.png")
            box.deleteLater()
            window.clear()
            window.hide()
        finally:
            ws.lock()


def main(argv: list[str] | None = None) -> int:
    return render_session(argv, "tools.screenshots.team_mailing_screenshots",
                          TeamMailingScreenshots)


if __name__ == "__main__":
    sys.exit(main())
