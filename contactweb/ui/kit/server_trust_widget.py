"""Which certificates a server may present (SMTP, IMAP or S3): the system's authorities, the
business's own CA from a PEM file, or one pinned certificate whose fingerprint is shown before
anything is trusted. Stored in the vault at once; used by the next connection."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from contactweb.errors import ContactWebError
from contactweb.services import server_trust
from contactweb.services.server_trust import Certificate
from contactweb.ui.kit.operations import BackgroundOp, OpContext
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

Endpoint = Callable[[], tuple[str, int, str]]  # host, port, security as typed in the dialog


class ServerTrustWidget(QWidget):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, service: str,
                 endpoint: Endpoint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self._operations = bridge.operations  # the session's: locking waits for its jobs
        self.dialogs = bridge.dialogs
        self.service = service
        self.endpoint = endpoint
        self.worker: BackgroundOp | None = None
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.trust_ca_button = QPushButton(self.tr("Trust a CA certificate…"))
        self.pin_button = QPushButton(self.tr("Pin the server's certificate…"))
        self.forget_button = QPushButton(self.tr("System authorities only"))
        buttons = QHBoxLayout()
        for button in (self.trust_ca_button, self.pin_button, self.forget_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.trust_ca_button.clicked.connect(self.trust_ca)
        self.pin_button.clicked.connect(self.read_certificate)
        self.forget_button.clicked.connect(self.forget)
        self.show_state()

    def show_state(self) -> None:
        trust = server_trust.load(self.ws, self.service)
        self.state.setText(self.tr("Trusted: {what}.").format(what=trust.describe()))
        self.forget_button.setEnabled(not trust.is_default)

    def trust_ca(self) -> None:
        chosen = self.dialogs.open_file_names(
            self, self.tr("The business's CA certificate (PEM)"),
            self.tr("Certificates (*.pem *.crt *.cer);;All (*)"))
        if not chosen:
            return
        try:
            certs = server_trust.read_ca_file(Path(chosen[0]))
            names = "\n".join(c.describe() for c in certs)
            if self.dialogs.ask(self, self.tr("Trust this certificate authority?"),
                                self.tr("Servers with certificates from\n{names}\nwill be "
                                        "trusted.").format(names=names), self.tr("Trust")):
                server_trust.trust_ca(self.ws, self.service, certs)
        except ContactWebError as exc:
            self.dialogs.show_error(self, exc)
        self.show_state()

    def read_certificate(self) -> None:
        """The certificate is read off the UI thread; the person compares its fingerprint
        before anything is pinned."""
        host, port, security = self.endpoint()
        service = self.service

        def job(_ctx: OpContext) -> Certificate:
            return server_trust.server_certificate(host, port, security, service)

        worker = self._operations.query(self, job).with_progress(
            self.tr("Server certificate"),
            self.tr("Reading the certificate of {host}:{port}…").format(host=host, port=port),
            cancellable=False)
        self.worker = worker
        # Both outcomes are read in _read; the runner shows nothing itself.
        worker.failure(lambda _exc: None).finished.connect(
            lambda: self._read(worker, host, port, security))
        worker.run()

    def _read(self, worker: BackgroundOp, host: str, port: int, security: str) -> None:
        self.worker = None
        if worker.exception is not None:
            self.dialogs.show_error(self, worker.error)
            return
        cert: Certificate = worker.result
        if not self.dialogs.ask(
                self, self.tr("Pin this certificate?"),
                self.tr("{host}:{port} presents\n{certificate}\n\nCompare the fingerprint with "
                        "the one whoever runs the server gives you. Pin it only if they match."
                        ).format(host=host, port=port, certificate=cert.describe()),
                self.tr("Pin")):
            return
        try:
            if self.service == "s3" and not cert.self_signed:
                raise ContactWebError(self.tr(
                    "For S3 only a self-signed certificate can be pinned; trust the CA that "
                    "issued it ({issuer}) instead.").format(issuer=cert.issuer))
            server_trust.pin(self.ws, self.service, cert.sha256,
                             cert.pem if self.service == "s3" else "")
        except ContactWebError as exc:
            self.dialogs.show_error(self, exc)
        self.show_state()

    def forget(self) -> None:
        try:
            server_trust.forget(self.ws, self.service)
        except ContactWebError as exc:
            self.dialogs.show_error(self, exc)
        self.show_state()
