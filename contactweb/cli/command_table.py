"""The top-level commands, their one-line help and the module that registers them, in the
order ``contactweb --help`` lists them.

The command line reads this table instead of importing every ``*_commands.py`` module (with
SQLAlchemy and the services behind them) on each start: ``--version`` and ``--help`` import none
of them, and a command imports only the module that registers it. A test builds the full parser
from every module and checks that this table names the same commands with the same help, so a
new command that is missing here fails there.
"""

from __future__ import annotations

from typing import NamedTuple


class CommandEntry(NamedTuple):
    name: str
    module: str  # under contactweb.cli
    help: str


COMMANDS: tuple[CommandEntry, ...] = (
    CommandEntry("init", "vault_commands", "create a new vault with its first admin"),
    CommandEntry("user", "vault_commands", "manage staff accounts"),
    CommandEntry("audit", "vault_commands", "the audit log (admin)"),
    CommandEntry("contact", "contact_commands", "work with contacts"),
    CommandEntry("log", "activity_commands", "log a call, email, meeting, letter or note"),
    CommandEntry("log-edit", "activity_commands",
                 "correct a logged communication (options given replace)"),
    CommandEntry("log-delete", "activity_commands",
                 "delete a logged communication and its attachments"),
    CommandEntry("timeline", "activity_commands", "a contact's communications"),
    CommandEntry("sale", "activity_commands", "sales"),
    CommandEntry("remind", "activity_commands", "set a reminder about a contact"),
    CommandEntry("reminders", "activity_commands", "open reminders, soonest first"),
    CommandEntry("reminder-done", "activity_commands", "mark a reminder done"),
    CommandEntry("reminder-snooze", "activity_commands", "push a reminder later"),
    CommandEntry("optout", "consent_commands", "record that a contact opted out"),
    CommandEntry("optin", "consent_commands",
                 "record express consent (reversing an opt-out: manager or admin)"),
    CommandEntry("consent", "consent_commands", "consent status and history"),
    CommandEntry("import", "interchange_commands",
                 "import contacts from CSV, vCard, LDIF or JSON"),
    CommandEntry("export", "interchange_commands", "export contacts"),
    CommandEntry("duplicates", "interchange_commands", "find and merge duplicates"),
    CommandEntry("mailing", "mailing_commands",
                 "email mailings, letters and labels (consent enforced)"),
    CommandEntry("privacy", "privacy_commands", "access reports, erasure and legal holds"),
    CommandEntry("retention", "privacy_commands", "apply the retention rules"),
    CommandEntry("vault", "privacy_commands", "the vault as a whole"),
    CommandEntry("report", "report_commands", "make a PDF report"),
    CommandEntry("backup", "backup_commands",
                 "encrypted off-site backups (S3 in a US region, or a folder)"),
    CommandEntry("settings", "settings_commands", "vault-wide settings"),
    CommandEntry("team", "team_commands", "team vaults on a PostgreSQL server"),
)


def modules_for(words: list[str]) -> set[str]:
    """The modules to import for a command line: those registering a command named by any of
    its words. Matching every word rather than parsing the global options first keeps this
    right for ``--vault PATH contact list`` and abbreviated options alike; a word that only
    looks like a command (``--first import``) costs one module import, nothing else."""
    wanted = set(words)
    return {entry.module for entry in COMMANDS if entry.name in wanted}
