"""Backup and destination errors in plain words: the cause and the next step on the page,
the technical text (errno, object names, botocore's URLs) behind "Details…". Real folders
and a real S3 endpoint (moto server mode); nothing mocked."""

from __future__ import annotations

import errno

import pytest
from pytestqt.qtbot import QtBot

from contactweb.services.backup.backup_errors import plain_words, technical_details
from contactweb.sync import TransportError
from contactweb.ui.backup.admin_backup_widget import AdminBackupWidget
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.support.sync_vaults import ACCESS_KEY, SECRET_KEY, create_bucket, moto_endpoint
from tests.ui.conftest import ScriptedDialogHost, click

RAW = ("Errno", "?location", "/packs/", "/manifests/", "botocore", "An error occurred (")


@pytest.fixture
def page(admin_ws: Workspace, host: ScriptedDialogHost, qtbot: QtBot) -> AdminBackupWidget:
    widget = AdminBackupWidget(admin_ws, WorkspaceBridge(host))
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def connection_message(qtbot: QtBot, page: AdminBackupWidget) -> str:
    target = page.target_widget
    click(qtbot, target.test_button)
    qtbot.waitUntil(target.test_button.isEnabled, timeout=30_000)
    text = target.message_label.text()
    assert not any(raw in text for raw in RAW), text
    return text


def s3_form(page: AdminBackupWidget, endpoint: str, bucket: str) -> None:
    target = page.target_widget
    target.s3_radio.click()
    target.endpoint_edit.setText(endpoint)
    target.bucket_edit.setText(bucket)
    target.region_combo.setCurrentText("us-east-1")
    target.access_key_edit.setText(ACCESS_KEY)
    target.secret_edit.setText(SECRET_KEY)


def test_a_folder_that_cannot_be_written_says_so_plainly(
        qtbot: QtBot, page: AdminBackupWidget, host: ScriptedDialogHost) -> None:
    target = page.target_widget
    target.folder_radio.click()
    target.folder_edit.setText("/sys")  # refuses new files, even to root
    text = connection_message(qtbot, page)
    assert text == ("ContactWeb may not write into the folder /sys. Choose another folder, or "
                    "give your user account write access to it.")
    assert target.details_button.isVisible()
    click(qtbot, target.details_button)
    assert host.messages[-1] == ("Destination details", text)
    assert "Permission denied" in host.details[-1] and ".tmp-probe-" in host.details[-1]


def test_s3_errors_say_the_cause_and_the_next_step(
        qtbot: QtBot, page: AdminBackupWidget, host: ScriptedDialogHost) -> None:
    create_bucket("us-east-1")
    s3_form(page, moto_endpoint(), "no-such-bucket-here")
    assert connection_message(qtbot, page) == (
        f"The bucket does not exist on the backup server {moto_endpoint()}. Check the bucket "
        "name (it is case-sensitive), or create the bucket first.")
    click(qtbot, page.target_widget.details_button)
    assert "404" in host.details[-1]

    s3_form(page, "http://127.0.0.1:9", "some-bucket")  # nothing listens there
    assert connection_message(qtbot, page) == (
        "ContactWeb could not connect to the backup server http://127.0.0.1:9. Check the "
        "endpoint address and the network connection, then try again.")


def test_a_read_only_disk_is_named_as_such() -> None:
    # The error the issue quotes, raised as the folder transport raises it.
    try:
        try:
            raise OSError(errno.EROFS, "Read-only file system", "/media/usb/.tmp-probe-23859")
        except OSError as exc:
            raise TransportError("/media/usb", f"folder is not writable: {exc}") from exc
    except TransportError as exc:
        words, details = plain_words(exc, "the backup folder /media/usb"), \
            technical_details(exc)
    assert words == ("The folder /media/usb is read-only (a write-protected disk or a "
                     "read-only share). Choose a folder on a disk ContactWeb can write to.")
    assert "[Errno 30] Read-only file system" in details
