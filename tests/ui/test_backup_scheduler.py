"""Automatic backups: due every N hours (no retry loop after a failure), at exit when the
vault changed, on a worker; and the controller's quit waits for that last backup. Whether a
backup is due is read by the runner (see test_backup_scheduler_reads)."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import shiboken6
from pytestqt.qtbot import QtBot

from contactweb.models import utcnow
from contactweb.services.backup import backup
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.app.gui_preferences import GuiPreferences
from contactweb.ui.backup import backup_status
from contactweb.ui.backup.backup_scheduler import BackupScheduler
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.operations import OperationRunner
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, finish_operations


class Clock:
    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now


def due_now(qtbot: QtBot, scheduler: BackupScheduler, start: bool = False) -> bool:
    """Ask the scheduler (it reads in the background) and wait for its answer."""
    with qtbot.waitSignal(scheduler.dueChecked, timeout=20000) as checked:
        assert scheduler.check_due(start=start)
    return bool(checked.args[0])


def exit_check(qtbot: QtBot, scheduler: BackupScheduler) -> list[bool]:
    """``backup_before_exit`` with a ``then`` that records it was called; waits for it."""
    done: list[bool] = []
    assert scheduler.backup_before_exit(lambda: done.append(True)) is True
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    return done


def test_due_every_interval_and_not_looping_after_a_failure(
        admin_ws: Workspace, remote: Path, host: ScriptedDialogHost, qtbot: QtBot) -> None:
    clock = Clock()
    scheduler = BackupScheduler(admin_ws, OperationRunner(host, ws=admin_ws), clock=clock)
    texts: list[str] = []
    scheduler.statusText.connect(texts.append)
    with qtbot.waitSignal(scheduler.backupFinished, timeout=20000) as finished:
        assert due_now(qtbot, scheduler, start=True)  # never backed up: due at once
    assert finished.args == [True, ""]
    finish_operations(qtbot)  # the outcome's line is read in the background
    assert texts[0] == backup_status.RUNNING and texts[-1].startswith("Last backup ")
    assert [r.status for r in backup.backup_history(admin_ws)] == ["ok"]
    assert not due_now(qtbot, scheduler, start=True)
    assert not scheduler.running
    clock.now += timedelta(hours=23)
    assert not due_now(qtbot, scheduler)
    clock.now += timedelta(hours=2)
    assert due_now(qtbot, scheduler)

    shutil.rmtree(remote)  # the disk is gone: the run fails, the next try is an hour later
    with qtbot.waitSignal(scheduler.backupFinished, timeout=20000) as failed:
        due_now(qtbot, scheduler, start=True)
    assert failed.args[0] is False and "does not exist" in failed.args[1]
    finish_operations(qtbot)
    assert texts[-1].startswith("Backup failed")
    failure, success = backup.backup_history(admin_ws)[:2]
    clock.now = failure.started_at + timedelta(minutes=59)
    assert not due_now(qtbot, scheduler)  # no retry loop
    clock.now = max(failure.started_at + timedelta(hours=1),
                    success.started_at + timedelta(hours=24)) + timedelta(minutes=1)
    assert due_now(qtbot, scheduler)


def test_nothing_is_due_without_a_destination(admin_ws: Workspace, qtbot: QtBot) -> None:
    scheduler = BackupScheduler(admin_ws, OperationRunner(DialogHost(), ws=admin_ws))
    assert not due_now(qtbot, scheduler, start=True)
    exit_check(qtbot, scheduler)  # nothing to back up: the quit goes on
    assert backup.backup_history(admin_ws) == [] and not scheduler.running
    assert scheduler.backup_before_exit(lambda: None) is False  # asked once


def test_backup_at_exit_only_when_the_vault_changed(
        admin_ws: Workspace, remote: Path, host: ScriptedDialogHost, qtbot: QtBot) -> None:
    scheduler = BackupScheduler(admin_ws, OperationRunner(host, ws=admin_ws))
    with qtbot.waitSignal(scheduler.backupFinished, timeout=20000):
        scheduler.run_backup()
    exit_check(qtbot, scheduler)  # unchanged: the quit goes on without a backup
    assert len(backup.backup_history(admin_ws)) == 1 and not scheduler.running

    scheduler = BackupScheduler(admin_ws, OperationRunner(host, ws=admin_ws))
    scheduler.start(first_check_ms=60_000)
    finish_operations(qtbot)  # the vault as it was at sign-in, read in the background
    contacts.create_contact(admin_ws, ContactInput(first_name="New", last_name="Person"))
    done = exit_check(qtbot, scheduler)
    assert len(backup.backup_history(admin_ws)) == 2
    assert scheduler.backup_before_exit(lambda: done.append(True)) is False  # asked once
    scheduler.stop()


def test_controller_quit_waits_for_the_exit_backup(
        admin_ws: Workspace, remote: Path, host: ScriptedDialogHost, vault_dir: Path,
        qtbot: QtBot) -> None:
    quits: list[bool] = []
    controller = AppController(host, GuiPreferences(vault_path=str(vault_dir)),
                               quit_app=lambda: quits.append(True))
    window = controller.open_main_window(admin_ws)
    try:
        assert controller.backup_scheduler is not None
        contacts.create_contact(admin_ws, ContactInput(first_name="Late", last_name="Change"))
        controller.quit()
        assert quits == [] and controller.workspace is admin_ws  # backing up first
        qtbot.waitUntil(lambda: quits == [True], timeout=20000)
        assert admin_ws.locked and controller.backup_scheduler is None
        assert len(list(remote.rglob("manifests/*"))) == 1
    finally:  # quitting deletes the window itself; a failure part-way must not leave it
        if shiboken6.isValid(window):
            window.close()
