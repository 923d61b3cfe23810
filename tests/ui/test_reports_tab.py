"""The Reports page makes a PDF in the background and offers to open it."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QSpinBox

from contactweb import paths
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.activity.reports_tab import ReportsTab
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from tests.ui.conftest import ScriptedDialogHost


class SuggestionRecordingHost(ScriptedDialogHost):
    """Answers the save dialog from ``file_answers`` and keeps the name it suggested."""

    def __init__(self) -> None:
        super().__init__()
        self.suggested: list[str] = []

    def save_file_name(self, parent, caption: str, suggested: str = "") -> str | None:  # noqa: ANN001
        self.suggested.append(suggested)
        return super().save_file_name(parent, caption, suggested)


def test_directory_for_a_tag(qtbot, admin_ws, tmp_path) -> None:  # noqa: ANN001
    contacts.create_contact(admin_ws, ContactInput(first_name="Orla", last_name="Tagged",
                                                   tags=["press"]))
    contacts.create_contact(admin_ws, ContactInput(first_name="Piet", last_name="Untagged"))
    host = SuggestionRecordingHost()
    tab = ReportsTab(admin_ws, WorkspaceBridge(host))
    qtbot.addWidget(tab)
    tab.kind.setCurrentIndex(tab.kind.findData("directory"))
    tab.tag.setCurrentIndex(tab.tag.findData("press"))
    out = tmp_path / "sub" / "press"  # the extension is added
    host.file_answers.append(str(out))
    qtbot.mouseClick(tab.make_button, qtbot_left())
    qtbot.waitUntil(lambda: tab.last_output is not None, timeout=20_000)
    assert tab.last_output == out.with_name("press.pdf")
    assert Path(host.suggested[0]).name == f"Contact directory - {date.today():%Y-%m-%d}.pdf"
    assert tab.open_button.isEnabled()
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(
        tab.last_output.read_bytes())).pages)
    assert "Tagged" in text and "Untagged" not in text
    tab.clear()
    assert tab.tag.count() == 0 and not tab.open_button.isEnabled()


def test_the_default_name_is_never_a_file_that_exists(qtbot, admin_ws) -> None:  # noqa: ANN001
    host = SuggestionRecordingHost()
    tab = ReportsTab(admin_ws, WorkspaceBridge(host))
    qtbot.addWidget(tab)
    tab.kind.setCurrentIndex(tab.kind.findData("stats"))
    taken = paths.documents_dir() / f"Statistics - {date.today():%Y-%m-%d}.pdf"
    taken.parent.mkdir(parents=True, exist_ok=True)
    taken.write_bytes(b"last week's report")
    host.file_answers.append(None)  # the person cancels the save dialog
    tab.make_report()
    assert Path(host.suggested[0]) == taken.with_name(f"{taken.stem} (2).pdf")
    assert taken.read_bytes() == b"last week's report"
    assert tab.make_button.isEnabled()  # nothing is running


def test_the_save_dialog_asks_before_replacing_a_file(qtbot) -> None:  # noqa: ANN001
    seen: list[QFileDialog] = []

    class InspectingHost(DialogHost):
        def exec_dialog(self, dialog) -> int:  # noqa: ANN001
            seen.append(dialog)
            return QDialog.DialogCode.Rejected

    InspectingHost().save_file_name(None, "Save the report as", "/tmp/x.pdf")
    dialog = seen[0]
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert not dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)


def test_contact_dossier_for_a_missing_contact_shows_the_reason(qtbot, admin_ws,
                                                                 tmp_path) -> None:  # noqa: ANN001
    host = SuggestionRecordingHost()
    tab = ReportsTab(admin_ws, WorkspaceBridge(host))
    qtbot.addWidget(tab)
    tab.select_contacts([4242], ["Nobody"])
    host.file_answers.append(str(tmp_path / "nobody.pdf"))
    tab.make_report()
    qtbot.waitUntil(lambda: "No contact with id 4242" in tab.status.text(), timeout=20_000)
    assert not (tmp_path / "nobody.pdf").exists()
    assert tab.make_button.isEnabled()


def test_no_contact_id_to_type_the_dossier_waits_for_chosen_contacts(qtbot, admin_ws) -> None:  # noqa: ANN001
    tab = ReportsTab(admin_ws, WorkspaceBridge())
    qtbot.addWidget(tab)
    assert not tab.findChildren(QSpinBox)
    tab.kind.setCurrentIndex(tab.kind.findData("contact"))
    assert not tab.make_button.isEnabled() and "Contacts page" in tab.contacts_label.text()
    anna = contacts.create_contact(admin_ws, ContactInput(first_name="Anna", last_name="Quist"))
    tab.select_contact(anna)
    assert tab.contacts_label.text() == "Anna Quist" and tab.make_button.isEnabled()


def test_staff_are_told_why_there_is_no_directory(qtbot, user_ws) -> None:  # noqa: ANN001
    tab = ReportsTab(user_ws("staff"), WorkspaceBridge())
    qtbot.addWidget(tab)
    tab.kind.setCurrentIndex(tab.kind.findData("directory"))
    assert not tab.make_button.isEnabled() and not tab.print_button.isEnabled()
    assert "may not make a contact directory" in tab.status.text()
    tab.kind.setCurrentIndex(tab.kind.findData("sales"))  # it names the customers
    assert not tab.make_button.isEnabled() and "may not make a sales report" in tab.status.text()
    tab.kind.setCurrentIndex(tab.kind.findData("activity"))
    assert tab.make_button.isEnabled() and tab.status.text() == ""


def test_print_goes_through_the_print_dialog(qtbot, admin_ws, tmp_path) -> None:  # noqa: ANN001
    contacts.create_contact(admin_ws, ContactInput(first_name="Orla", last_name="Printed"))
    printed = tmp_path / "printed.pdf"
    dialogs: list[QPrintDialog] = []

    class PrintingHost(DialogHost):
        def exec_dialog(self, dialog) -> int:  # noqa: ANN001
            assert isinstance(dialog, QPrintDialog)
            dialogs.append(dialog)
            printer = dialog.printer()
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))
            printer.setResolution(72)
            return QDialog.DialogCode.Accepted

    tab = ReportsTab(admin_ws, WorkspaceBridge(PrintingHost()))
    qtbot.addWidget(tab)
    tab.kind.setCurrentIndex(tab.kind.findData("directory"))
    qtbot.mouseClick(tab.print_button, qtbot_left())
    qtbot.waitUntil(lambda: "printer" in tab.status.text(), timeout=20_000)
    assert dialogs and printed.exists()
    assert_prints_ink(printed, pages=1)
    import pypdfium2

    from contactweb.services.reports import report_service

    report = pypdfium2.PdfDocument(report_service.render_report(admin_ws, "directory"))
    paper = pypdfium2.PdfDocument(str(printed))[0].get_size()
    assert [round(x) for x in paper] == [round(x) for x in report[0].get_size()]  # its paper
    assert tab.last_output is None  # printing saves nothing


def assert_prints_ink(path: Path, pages: int) -> None:
    """The printed file has the pages, and each holds dark marks (the report's text)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    assert len(document) == pages
    for page in document:
        pixels = bytes(page.render(scale=0.5).buffer)
        dark = sum(1 for value in pixels[::3] if value < 100)
        assert dark > 200, dark


def test_the_period_row_says_period_once(qtbot, admin_ws) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QLabel

    tab = ReportsTab(admin_ws, WorkspaceBridge())
    qtbot.addWidget(tab)
    labels = [label.text() for label in tab.findChildren(QLabel)]
    assert labels.count("Period:") == 1


def qtbot_left():  # noqa: ANN201
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_print_preview_shows_every_page(qtbot, admin_ws) -> None:  # noqa: ANN001
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    for n in range(120):  # a directory of several pages
        contacts.create_contact(admin_ws, ContactInput(first_name=f"Name{n:03}",
                                                       last_name=f"Family{n % 26:02}"))
    pages: list[int] = []

    class PreviewHost(DialogHost):
        def exec_dialog(self, dialog) -> int:  # noqa: ANN001
            assert isinstance(dialog, QPrintPreviewDialog)
            widget = dialog.findChild(QPrintPreviewWidget)
            widget.updatePreview()
            pages.append(widget.pageCount())
            return QDialog.DialogCode.Rejected  # closed without printing

    tab = ReportsTab(admin_ws, WorkspaceBridge(PreviewHost()))
    qtbot.addWidget(tab)
    tab.kind.setCurrentIndex(tab.kind.findData("directory"))
    qtbot.mouseClick(tab.preview_button, qtbot_left())
    qtbot.waitUntil(lambda: bool(pages) and tab.make_button.isEnabled(), timeout=20_000)
    import pypdfium2

    from contactweb.services.reports import report_service

    expected = len(pypdfium2.PdfDocument(report_service.render_report(admin_ws, "directory")))
    assert pages == [expected] and expected > 1
    assert tab.status.text() == ""


def test_a_long_report_is_previewed_within_the_memory_budget() -> None:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen.canvas import Canvas

    from contactweb.ui.kit.pdf_printer import (
        MIN_PREVIEW_DPI,
        PREVIEW_BUDGET_BYTES,
        PREVIEW_DPI,
        preview_dpi,
    )

    def pdf_of(pages: int) -> bytes:
        out = io.BytesIO()
        canvas = Canvas(out, pagesize=LETTER)
        for _ in range(pages):
            canvas.drawString(72, 720, "page")
            canvas.showPage()
        canvas.save()
        return out.getvalue()

    assert preview_dpi(pdf_of(3)) == PREVIEW_DPI
    dpi = preview_dpi(pdf_of(600))
    assert MIN_PREVIEW_DPI <= dpi < PREVIEW_DPI
    held = 600 * 3 * (LETTER[0] * dpi / 72) * (LETTER[1] * dpi / 72)
    assert held <= PREVIEW_BUDGET_BYTES


def test_locking_closes_the_print_dialog_and_prints_nothing(qtbot, admin_ws, tmp_path) -> None:  # noqa: ANN001
    contacts.create_contact(admin_ws, ContactInput(first_name="Orla", last_name="Printed"))
    host = ScriptedDialogHost()
    printed = tmp_path / "printed.pdf"

    def locked_meanwhile(dialog: QDialog) -> None:
        assert dialog in host.open_dialogs()  # the lifecycle can find it
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        host.close_all()  # what locking does

    host.handlers.append(locked_meanwhile)
    tab = ReportsTab(admin_ws, WorkspaceBridge(host))
    qtbot.addWidget(tab)
    tab.kind.setCurrentIndex(tab.kind.findData("stats"))
    tab.print_report()
    qtbot.waitUntil(lambda: not host.handlers and tab.make_button.isEnabled(), timeout=20_000)
    assert not printed.exists()
    assert "printer" not in tab.status.text()


def test_a_name_typed_without_pdf_asks_before_replacing_that_pdf(qtbot, admin_ws,
                                                                  tmp_path) -> None:  # noqa: ANN001
    existing = tmp_path / "weekly.pdf"
    existing.write_bytes(b"last week's report")
    host = SuggestionRecordingHost()
    tab = ReportsTab(admin_ws, WorkspaceBridge(host))
    qtbot.addWidget(tab)
    tab.kind.setCurrentIndex(tab.kind.findData("stats"))
    host.file_answers.append(str(tmp_path / "weekly"))
    host.answers.append(False)  # keep it
    tab.make_report()
    assert host.messages[-1][0] == "Replace the file?"
    assert existing.read_bytes() == b"last week's report"
    host.file_answers.append(str(tmp_path / "weekly"))
    host.answers.append(True)
    tab.make_report()
    qtbot.waitUntil(lambda: tab.last_output == existing, timeout=20_000)
    assert existing.read_bytes().startswith(b"%PDF")
