"""Connect to a team server: choose a saved connection profile, or describe a new one.

A profile says where the server is and which certificate authority vouches for it; it holds
no password. An administrator makes one with ``contactweb team create`` and can hand the
file (and its CA certificate) to each desktop, or each person types the same details here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import ContactWebError
from contactweb.team import profile as profiles
from contactweb.team.profile import VERIFY_FULL, TeamProfile, is_local_host
from contactweb.team.role_names import namespace_for
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.display_text import MUTED_STYLE, error_label, show_error

NEW_PROFILE = QT_TRANSLATE_NOOP("TeamServerDialog", "New team server…")


class TeamServerDialog(QDialog):
    def __init__(self, host: DialogHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.chosen: TeamProfile | None = None
        self.setWindowTitle(self.tr("Connect to a team server"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("A team server keeps one contact base for several computers, on "
                       "PostgreSQL. You sign in with your own username and password; the "
                       "connection is encrypted and the server's certificate is checked."))
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED_STYLE)
        self._saved = profiles.list_profiles()
        self.profile_box = QComboBox()
        self.profile_box.setAccessibleName(self.tr("Team server"))
        for saved in self._saved:
            self.profile_box.addItem(f"{saved.name} ({saved.label})")
        self.profile_box.addItem(self.tr(NEW_PROFILE))
        self.profile_box.currentIndexChanged.connect(self._show_fields)
        self.forget_button = QPushButton(self.tr("Forget this server…"))
        self.forget_button.setAutoDefault(False)
        self.forget_button.setToolTip(self.tr("Remove this computer's profile and files for the "
                                      "server; the vault on the server stays as it is."))
        self.forget_button.clicked.connect(self.forget)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. office"))
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("e.g. crm.office.example or 192.0.2.10"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.database_edit = QLineEdit()
        self.database_edit.setPlaceholderText(self.tr("e.g. office"))
        self.ca_edit = QLineEdit()
        self.ca_edit.setPlaceholderText(self.tr("the CA certificate (.pem), or 'system'"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(choose)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Profile name:"), self.name_edit)
        form.addRow(self.tr("Server:"), self.host_edit)
        form.addRow(self.tr("Port:"), self.port_spin)
        form.addRow(self.tr("Database:"), self.database_edit)
        form.addRow(self.tr("Certificate authority:"), ca_row)
        self.error = error_label()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this server"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.profile_box, 1)
        chosen_row.addWidget(self.forget_button)
        top.addRow(self.tr("Team server:"), chosen_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_fields()

    def _show_fields(self) -> None:
        self.fields.setVisible(self._is_new())
        self.forget_button.setEnabled(not self._is_new())
        show_error(self.error, "")

    def forget(self) -> bool:
        """Forget the chosen saved server on this computer, once asked; True when it went."""
        if self._is_new():
            return False
        index = self.profile_box.currentIndex()
        saved = self._saved[index]
        if not self._host.ask(self, self.tr("Forget this team server"),
                              self.tr("Forget {name} ({label}) on this computer? Its profile and this "
                                      "computer's files for it are removed; the vault on the server, and "
                                      "everyone's work in it, stay. To delete the vault itself, its owner "
                                      "drops the database on the server.").format(name=saved.name, label=saved.label), self.tr("Forget")):
            return False
        try:
            profiles.forget(saved.name)
        except (ContactWebError, OSError) as exc:
            show_error(self.error, str(exc))
            return False
        del self._saved[index]
        self.profile_box.removeItem(index)
        return True

    def _is_new(self) -> bool:
        return self.profile_box.currentIndex() >= len(self._saved)

    def _choose_ca(self) -> None:
        names = self._host.open_file_names(self, self.tr("The server's certificate authority"),
                                           self.tr("Certificates (*.pem *.crt);;All files (*)"))
        if names:
            self.ca_edit.setText(names[0])

    def submit(self) -> None:
        if not self._is_new():
            self.chosen = self._saved[self.profile_box.currentIndex()]
            self.accept()
            return
        try:
            self.chosen = self._new_profile()
        except (ContactWebError, OSError) as exc:
            show_error(self.error, str(exc))
            return
        self.accept()

    def _new_profile(self) -> TeamProfile:
        host = self.host_edit.text().strip()
        database = self.database_edit.text().strip()
        name = self.name_edit.text().strip() or database
        ca = self.ca_edit.text().strip()
        if not host or not database:
            raise ContactWebError(self.tr("Type the server and the database name."))
        ca_source = Path(ca) if ca and ca != profiles.SYSTEM_CAS else None
        if ca_source is not None and not ca_source.is_file():
            raise ContactWebError(self.tr("No certificate file at {path}.").format(path=ca_source))
        # Without a CA, a server on this computer is reached as it allows; any other needs one.
        sslmode = VERIFY_FULL if ca or not is_local_host(host) else "prefer"
        made = TeamProfile(name=name, host=host, port=self.port_spin.value(),
                           database=database, namespace=namespace_for(database),
                           sslmode=sslmode, ca_file=str(ca_source or ca))
        if profiles.profile_path(name).exists():
            raise ContactWebError(self.tr("There is already a profile called \u201c{name}\u201d; "
                                          "choose it above or give this one another name.").format(
                                              name=name))
        return profiles.load(profiles.save(made, ca_source))
