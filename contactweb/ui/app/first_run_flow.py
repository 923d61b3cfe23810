"""The first run of ContactWeb: the wizard that makes a vault (with demo contacts if asked),
or turns to an existing vault or a team server, and the vault made on a worker while a
progress window shows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from contactweb.ui.kit.operations import BackgroundOp, OpContext
from contactweb.ui.kit.regional_formats import number_text
from contactweb.vault.workspace import Workspace

if TYPE_CHECKING:
    from contactweb.ui.app.app_controller import AppController

# The texts were the controller's and keep its context (written out in each call, where
# lupdate finds it), so their translations still apply.
translate = QCoreApplication.translate


class FirstRunFlow(QObject):
    """The wizard, its worker and the demo data's summary stay the controller's
    (``wizard``, ``create_worker``, ``demo_summary``): locking and signing in look at them."""

    def __init__(self, app: AppController) -> None:
        super().__init__(app)
        self._app = app

    def show(self) -> None:
        from contactweb.ui.app.first_run_wizard import FirstRunWizard

        wizard = FirstRunWizard(self._app.vault_dir(), self._app.host)
        self._app.wizard = wizard
        wizard.accepted.connect(self._create_vault)
        wizard.rejected.connect(self._wizard_rejected)
        wizard.existingVaultChosen.connect(self._use_existing_vault)
        wizard.teamServerChosen.connect(self._use_team_server)
        self._app.host.show_dialog(wizard)

    def _wizard_rejected(self) -> None:
        if self._app.create_worker is None and self._app.workspace is None and \
                self._app.sign_in_dialog is None:
            self._app.quit()

    def _use_existing_vault(self, folder: Path) -> None:
        self._app._vault_this_run = Path(folder)  # remembered once someone signs in to it
        self._drop_wizard()
        self._app.show_sign_in()

    def _use_team_server(self, profile: object) -> None:
        self._drop_wizard()
        self._app.show_sign_in()
        if self._app.sign_in_dialog is not None:
            self._app.sign_in_dialog.use_team_profile(profile)  # type: ignore[arg-type]

    def _create_vault(self) -> None:
        wizard = self._app.wizard
        assert wizard is not None
        folder, username = wizard.vault_dir(), wizard.admin_username()
        password, count = wizard.admin_password(), wizard.demo_count()
        region = wizard.default_region()
        wizard.forget_password()
        from contactweb.services import demo_data
        from contactweb.services.demo_data import DemoDataCancelled

        def job(ctx: OpContext) -> Workspace:
            from contactweb.services.accounts import session

            ws = session.create_vault(folder, username, password, region)
            if count:
                try:
                    self._app.demo_summary = demo_data.make_demo_data(
                        ws, count, progress=ctx.progress, cancel=ctx.cancel)
                except DemoDataCancelled:
                    pass  # the vault stays, without demo data
            return ws

        text = translate("AppController", "Creating the vault and {count} demo contacts…").format(
            count=number_text(count)) \
            if count else translate("AppController", "Creating the vault…")
        worker = self._app.operations.operation(None, job).with_progress(
            translate("AppController", "Setting up ContactWeb"), text, cancellable=bool(count))
        self._app.create_worker = worker
        # The outcome is read in one place, whether the vault was made or not.
        worker.failure(lambda _exc: None).finished.connect(
            lambda: self._vault_created(worker, folder))
        worker.run()

    def _vault_created(self, worker: BackgroundOp, folder: Path) -> None:
        self._app.create_worker = None
        if isinstance(worker.result, Workspace):
            self._drop_wizard()
            self._app._remember(vault_dir=folder, username=worker.result.username)
            self._app.open_main_window(worker.result)
            return
        self._app.host.warn(None, translate("AppController", "The vault was not created"), worker.error or translate("AppController", "Stopped."))
        if self._app.wizard is not None:
            self._app.host.show_dialog(self._app.wizard)  # try again with the answers kept

    def _drop_wizard(self) -> None:
        if self._app.wizard is not None:
            self._app.wizard.deleteLater()
            self._app.wizard = None
