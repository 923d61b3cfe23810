"""The Reports page makes a PDF in the background and offers to open it."""

from __future__ import annotations

import io

from pypdf import PdfReader

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.activity.reports_tab import ReportsTab
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge


def test_directory_for_a_tag(qtbot, admin_ws, tmp_path) -> None:  # noqa: ANN001
    contacts.create_contact(admin_ws, ContactInput(first_name="Orla", last_name="Tagged",
                                                   tags=["press"]))
    contacts.create_contact(admin_ws, ContactInput(first_name="Piet", last_name="Untagged"))
    tab = ReportsTab(admin_ws, WorkspaceBridge())
    qtbot.addWidget(tab)
    tab.kind.setCurrentIndex(tab.kind.findData("directory"))
    tab.tag.setCurrentIndex(tab.tag.findData("press"))
    out = tmp_path / "sub" / "press.pdf"
    tab.output.setText(str(out))
    qtbot.mouseClick(tab.make_button, qtbot_left())
    qtbot.waitUntil(lambda: tab.last_output is not None, timeout=20_000)
    assert tab.open_button.isEnabled()
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Tagged" in text and "Untagged" not in text
    tab.clear()
    assert tab.tag.count() == 0 and not tab.open_button.isEnabled()


def test_contact_dossier_for_a_missing_contact_shows_the_reason(qtbot, admin_ws,
                                                                 tmp_path) -> None:  # noqa: ANN001
    tab = ReportsTab(admin_ws, WorkspaceBridge())
    qtbot.addWidget(tab)
    tab.select_contact(4242)
    tab.output.setText(str(tmp_path / "nobody.pdf"))
    tab.make_report()
    qtbot.waitUntil(lambda: "No contact with id 4242" in tab.status.text(), timeout=20_000)
    assert not (tmp_path / "nobody.pdf").exists()
    assert tab.make_button.isEnabled()


def test_the_period_row_says_period_once(qtbot, admin_ws) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QLabel

    tab = ReportsTab(admin_ws, WorkspaceBridge())
    qtbot.addWidget(tab)
    labels = [label.text() for label in tab.findChildren(QLabel)]
    assert labels.count("Period:") == 1


def qtbot_left():  # noqa: ANN201
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
