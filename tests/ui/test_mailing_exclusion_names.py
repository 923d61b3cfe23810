"""The mailing wizard's left-out list shows each name whole, however long."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.mailing.mailings_tab import MailingsTab
from contactweb.vault.workspace import Workspace
from tests.support.mailing_server import ContactSpec, add_contacts, configure, smtp_server
from tests.ui.conftest import click

LONG = ("Maximiliane Konstanze", "von Hohenzollern-Sigmaringen-Oberhollenzer")


def test_left_out_names_are_not_cut_off(qtbot: QtBot, admin_ws: Workspace,
                                        bridge: WorkspaceBridge) -> None:
    add_contacts(admin_ws, [ContactSpec("Ann", "Archer", "ann@example.org"),
                            ContactSpec(*LONG, "max@example.org", consent_email="unknown")])
    with smtp_server() as (_handler, port):
        configure(admin_ws, port)
        tab = MailingsTab(admin_ws, bridge)
        qtbot.addWidget(tab)
        tab.show()
        click(qtbot, tab.new_button)
        wizard = tab.wizard
        qtbot.waitUntil(lambda: wizard.eligibility is not None and not wizard.busy(),
                        timeout=30_000)
        view = wizard.recipients_page.excluded_view
        assert [e.name for e in wizard.recipients_page.excluded_model.records()] == [
            " ".join(LONG)]
        assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance(" ".join(LONG))
        wizard.reject()
