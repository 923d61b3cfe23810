"""The import wizard reads a CSV file as a stream, as the command line does: the preview from
its first entries, the import a committed batch at a time with a determinate progress bar.
A few thousand rows stand in for a file over any size limit: the wizard's preview and batch
sizes are made small, so every path a large file takes is taken."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from contactweb.formats.interchange import ContactRecord, ParseResult, ParseStream
from contactweb.services.accounts import session as accounts
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.importing import importer
from contactweb.services.importing.import_in_batches import CANCELLED
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.interchange.import_wizard import (
    MAPPING_PAGE,
    PREVIEW_PAGE,
    REPORT_PAGE,
    ImportWizard,
)
from contactweb.ui.kit.progress_dialog import ProgressDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.cli_runner import CliRunner
from tests.support.shared_computer import make_controller, settle, sign_in
from tests.ui.conftest import ScriptedDialogHost, click
from tests.ui.test_import_wizard import WAIT_MS, go_next, next_button
from tests.unit.test_import_in_batches import people_csv, stored

ROWS = 3_000
PREVIEW, PER_COMMIT = 200, 500
HELD_AT = 1_200  # an entry of the third batch: two are committed by then


class HeldStream:
    """``importer.stream_file`` as it is, but the import waits before entry ``at`` until the
    test lets it go: Cancel or a lock then comes, certainly, in the middle of the file."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, at: int) -> None:
        self.at = at
        self.reached, self.released = threading.Event(), threading.Event()
        self._stream_file = importer.stream_file
        monkeypatch.setattr(importer, "stream_file", self.stream_file)

    def stream_file(self, *args: object) -> ParseResult | ParseStream:
        stream = self._stream_file(*args)  # type: ignore[arg-type]
        if isinstance(stream, ParseStream):
            stream.records = self._held(stream.records)
        return stream

    def _held(self, records: Iterator[ContactRecord]) -> Iterator[ContactRecord]:
        for number, record in enumerate(records):
            if number == self.at:
                self.reached.set()
                self.released.wait(WAIT_MS / 1000)
            yield record


@pytest.fixture
def wizard(admin_ws: Workspace, bridge: WorkspaceBridge, qtbot: QtBot) -> ImportWizard:
    window = ImportWizard(admin_ws, bridge)
    window.preview_entries, window.rows_per_commit = PREVIEW, PER_COMMIT
    qtbot.addWidget(window)
    window.show()
    return window


def seed(ws: Workspace) -> None:
    """One contact the file repeats (P3), so that the vault's duplicates are found too."""
    contacts.create_contact(ws, ContactInput(first_name="P3", last_name="Sample",
                                             emails=[EmailInput("p3@example.com")],
                                             tags=["Customers"]))


def start_import(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.path_edit.setText(str(path))
    go_next(qtbot, wizard, PREVIEW_PAGE)
    click(qtbot, next_button(wizard))


def names_of_first(entries: int) -> set[str]:
    """The first names of a people_csv file's first entries (every 50th repeats one)."""
    return {f"P{i - 7 if i % 50 == 49 else i}" for i in range(entries)}


def first_names(ws: Workspace) -> set[str]:
    with ws.session(readonly=True) as session:
        return set(session.execute(text("SELECT first_name FROM contacts")).scalars())


def test_a_streamed_import_stores_what_the_command_line_stores(
        wizard: ImportWizard, admin_ws: Workspace, qtbot: QtBot, tmp_path: Path) -> None:
    path = people_csv(tmp_path / "people.csv", ROWS)
    cli_vault = tmp_path / "cli-vault"
    cli_ws = accounts.create_vault(cli_vault, "admin", PASSWORD)
    try:
        for ws in (admin_ws, cli_ws):
            seed(ws)
        result = CliRunner(cli_vault, "admin", PASSWORD)("import", str(path))
        assert result.code == 0, result.err
        wizard.file_page.path_edit.setText(str(path))
        go_next(qtbot, wizard, PREVIEW_PAGE)
        # only the file's head was read and checked, and the page says so
        assert len(wizard.parsed.records) == PREVIEW and not wizard.whole_file_read
        assert "first entries of a file of about 3000" in wizard.preview_page.summary.text()
        with qtbot.waitSignal(wizard.bridge.changed, timeout=WAIT_MS):
            go_next(qtbot, wizard, REPORT_PAGE)
        assert stored(admin_ws) == stored(cli_ws)
        made = ROWS - ROWS // 50 - 1  # every 50th row repeats one before; P3 was there
        assert len(wizard.report.created) == made
        assert f"{made} contacts imported" in wizard.report_page.headline.text()
        assert not wizard.report_page.stopped.isVisible()
    finally:
        cli_ws.lock()


def test_cancel_keeps_whole_batches_and_says_what_was_not_imported(
        wizard: ImportWizard, host: ScriptedDialogHost, admin_ws: Workspace, qtbot: QtBot,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    held = HeldStream(monkeypatch, HELD_AT)
    start_import(qtbot, wizard, people_csv(tmp_path / "people.csv", ROWS))
    (progress,) = [d for d in host.open_dialogs() if isinstance(d, ProgressDialog)]
    assert held.reached.wait(WAIT_MS / 1000)
    click(qtbot, progress.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    held.released.set()
    qtbot.waitUntil(lambda: wizard.currentId() == REPORT_PAGE and not wizard.busy(),
                    timeout=WAIT_MS)
    report = wizard.report
    kept = 2 * PER_COMMIT  # the two committed batches; nothing of the third
    assert (report.stopped_because, report.records) == (CANCELLED, kept)
    assert first_names(admin_ws) == names_of_first(kept)
    assert len(report.created) == kept - kept // 50 == len(first_names(admin_ws))
    page = wizard.report_page
    assert page.title() == "Import stopped"
    assert page.stopped.text().startswith(
        f"Import cancelled. The first {kept} entries of the file were imported as listed "
        f"below, in whole batches; the entries from people.csv:row {kept + 2} on (about "
        f"{ROWS - kept}) were not imported")
    assert f"New contacts: {kept - kept // 50}" in page.details.toPlainText()
    assert f"Duplicates skipped: {kept // 50}" in page.details.toPlainText()
    assert host.messages == []  # the report page says it all


def test_progress_is_determinate_and_rises_to_100_percent(
        wizard: ImportWizard, host: ScriptedDialogHost, qtbot: QtBot, tmp_path: Path) -> None:
    start_import(qtbot, wizard, people_csv(tmp_path / "people.csv", ROWS))
    (progress,) = [d for d in host.open_dialogs() if isinstance(d, ProgressDialog)]
    shown: list[tuple[int, int]] = []
    assert wizard.worker is not None
    # after the dialog's own slot: what its bar shows at each report
    wizard.worker.progressed.connect(
        lambda _done, _total: shown.append((progress.bar.value(), progress.bar.maximum())))
    qtbot.waitUntil(lambda: wizard.currentId() == REPORT_PAGE and not wizard.busy(),
                    timeout=WAIT_MS)
    assert len(shown) >= ROWS // 200
    assert all(maximum > 0 for _value, maximum in shown)  # a real bar, never "busy"
    percents = [100 * value // maximum for value, maximum in shown]
    assert percents == sorted(percents) and percents[-1] == 100 and percents[0] < 10


@pytest.mark.parametrize("reason", ["lock", "signout"])
def test_locking_or_signing_out_stops_the_import_between_batches(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        reason: str) -> None:
    path = people_csv(tmp_path / "people.csv", ROWS)
    held = HeldStream(monkeypatch, HELD_AT)
    controller = make_controller(host, vault_dir, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    seen: list[ImportWizard] = []

    def import_then_end_the_session(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportWizard)
        seen.append(dialog)
        dialog.preview_entries, dialog.rows_per_commit = PREVIEW, PER_COMMIT
        start_import(qtbot, dialog, path)
        assert held.reached.wait(WAIT_MS / 1000)
        # The lock waits for the import to stop; it goes on (and sees Cancel) meanwhile.
        threading.Timer(0.2, held.released.set).start()
        controller.lock(reason)
        return QDialog.DialogCode.Rejected

    host.handlers.append(import_then_end_the_session)
    controller.main_window.import_action.trigger()
    settle()
    assert seen and controller.workspace is None
    assert not shiboken6.isValid(seen[0]) or not seen[0].isVisible()
    assert host.messages == []  # nothing pops up over the sign-in window
    kept = 2 * PER_COMMIT
    assert first_names(admin_ws) == names_of_first(kept)
    with admin_ws.session(readonly=True) as session:
        batches = session.execute(text(
            "SELECT count(*) FROM audit_events WHERE action = 'import'")).scalar_one()
    assert batches == 2  # each committed batch with its audit event, nothing more
    assert not [t for t in threading.enumerate() if "import-writer" in t.name]


def test_a_streamed_import_is_done_by_keyboard_alone(
        wizard: ImportWizard, admin_ws: Workspace, qtbot: QtBot, tmp_path: Path) -> None:
    """Type the file's name, then Enter on each page (Next, Next, Import, Finish)."""
    path = people_csv(tmp_path / "people.csv", 1_200)
    wizard.activateWindow()
    wizard.file_page.path_edit.setFocus()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    for page_id in (MAPPING_PAGE, PREVIEW_PAGE, REPORT_PAGE):
        qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda p=page_id: wizard.currentId() == p and not wizard.busy() and (
            p != PREVIEW_PAGE or wizard.preview_page.preview is not None), timeout=WAIT_MS)
    assert first_names(admin_ws) == names_of_first(1_200)
    with qtbot.waitSignal(wizard.finished, timeout=WAIT_MS):
        qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
