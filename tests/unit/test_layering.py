"""Imports go downward only, and Qt stays under contactweb/ui/: everything else must import
(and so run headless, in the command line and in workers) without PySide6."""

from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import contactweb

REPO = Path(__file__).resolve().parents[2]

# Lower layers must not reach up: a store module importing services would be a cycle waiting to
# happen, and the vault must work without the services on top of it.
FORBIDDEN_UPWARD = {
    "contactweb.models": ("contactweb.services", "contactweb.store", "contactweb.vault",
                          "contactweb.cli", "contactweb.ui", "contactweb.sync",
                          "contactweb.formats", "contactweb.team"),
    "contactweb.store": ("contactweb.services", "contactweb.vault", "contactweb.cli",
                         "contactweb.ui", "contactweb.sync", "contactweb.formats",
                         "contactweb.team"),
    "contactweb.vault": ("contactweb.services", "contactweb.cli", "contactweb.ui",
                         "contactweb.sync", "contactweb.formats", "contactweb.team"),
    "contactweb.services": ("contactweb.cli", "contactweb.ui"),
    "contactweb.sync": ("contactweb.cli", "contactweb.ui"),
    # The team server sits beside the services (each calls the other where a team vault
    # differs): below the command line and the GUI, above the store and the vault.
    "contactweb.team": ("contactweb.cli", "contactweb.ui"),
    # Pure formats: records in, bytes out (and back). They know nothing of the vault, its rules
    # or its database, so a reader of a format reads only the format.
    "contactweb.formats": ("contactweb.services", "contactweb.store", "contactweb.models",
                           "contactweb.vault", "contactweb.sync", "contactweb.cli",
                           "contactweb.ui"),
}
# The one way ContactWeb writes a file atomically (temp file, fsync, replace) is shared by
# every layer, the formats included.
LAYER_EXCEPTIONS = {"contactweb.formats": ("contactweb.vault.atomic",)}

PROBE = """
import importlib, json, sys
names = json.loads(sys.argv[1])
failed = {}
for name in names:
    try:
        importlib.import_module(name)
    except Exception as exc:  # report, do not stop: every module gets checked
        failed[name] = repr(exc)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"failed": failed, "qt": qt, "loaded": sorted(sys.modules)}))
"""


def non_ui_modules() -> list[str]:
    names = [m.name for m in pkgutil.walk_packages(contactweb.__path__, "contactweb.")]
    return sorted(n for n in names
                  if not n.startswith("contactweb.ui") and ".migrations" not in n)


def probe(names: list[str]) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(names)], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_no_qt_outside_ui() -> None:
    names = non_ui_modules()
    assert {"contactweb.cli", "contactweb.services.contacts.contacts", "contactweb.store.engine",
            "contactweb.vault.vault", "contactweb.models"} <= set(names)
    result = probe(names)
    assert result["failed"] == {}
    assert result["qt"] == []


def imported_names(path: Path) -> set[str]:
    """Every module an ``import`` statement in the file names, including imports inside
    functions (a lazy import still couples the layers)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_lower_layers_do_not_import_upper_ones() -> None:
    root = Path(contactweb.__file__).parent
    checked = 0
    for layer, forbidden in FORBIDDEN_UPWARD.items():
        folder = root / layer.split(".")[1]
        files = [folder.with_suffix(".py")] if not folder.is_dir() else sorted(
            folder.rglob("*.py"))
        for path in files:
            if "migrations" in path.parts:
                continue
            checked += 1
            allowed = LAYER_EXCEPTIONS.get(layer, ())
            bad = sorted(n for n in imported_names(path) if n.startswith(forbidden)
                         and not any(n == ok or n.startswith(ok + ".") for ok in allowed))
            assert bad == [], f"{path.relative_to(root.parent)} imports {bad}"
    assert checked > 40


# Folders show features. A feature folder of ui/ imports ui/kit and the layers below, not its
# siblings; these are the few deliberate exceptions (a feature that opens another's dialog).
UI_FEATURES = ("app", "kit", "contacts", "activity", "mailing", "interchange", "privacy",
               "backup", "admin", "session")
UI_CROSS_FEATURE = {
    # the application builds the window, its pages and the session around them
    "app": tuple(f"contactweb.ui.{feature}" for feature in UI_FEATURES),
    # a contact's timeline sends one email; its details page erases, exports, holds
    "contacts": ("contactweb.ui.mailing.mailing_one_to_one_dialog",
                 "contactweb.ui.privacy.privacy_actions"),
    # the Administration page hosts the backup settings, the delete-this-vault dialog, the
    # run-retention-now dialog and the erasure receipts
    "admin": ("contactweb.ui.backup.admin_backup_widget",
              "contactweb.ui.privacy.delete_vault_dialog",
              "contactweb.ui.privacy.retention_run_dialog",
              "contactweb.ui.privacy.erasure_receipts_dialog"),
    # the Communications page corrects and deletes an entry as a contact's timeline does
    "activity": ("contactweb.ui.contacts.communication_actions",),
    # the drafts kept across a sign-out are contact edits
    "session": ("contactweb.ui.contacts.contact_edit_dialog",),
}


def test_ui_is_grouped_in_feature_folders() -> None:
    ui = Path(contactweb.__file__).parent / "ui"
    assert sorted(p.name for p in ui.glob("*.py")) == ["__init__.py"]
    folders = sorted(p.name for p in ui.iterdir() if (p / "__init__.py").exists())
    assert folders == sorted(UI_FEATURES)


def test_ui_feature_folders_import_kit_and_lower_layers_only() -> None:
    ui = Path(contactweb.__file__).parent / "ui"
    checked = 0
    for feature in UI_FEATURES:
        allowed = (f"contactweb.ui.{feature}", "contactweb.ui.kit",
                   *UI_CROSS_FEATURE.get(feature, ()))
        if feature == "kit":
            allowed = ("contactweb.ui.kit",)
        for path in sorted((ui / feature).rglob("*.py")):
            checked += 1
            bad = sorted(
                name for name in imported_names(path)
                if (name == "contactweb.ui" or name.startswith("contactweb.ui."))
                and not any(name == ok or name.startswith(ok + ".") for ok in allowed))
            assert bad == [], f"{path.relative_to(ui.parent.parent)} imports {bad}"
    assert checked > 80


# services/ is grouped the same way. A module sits at the top only when every feature uses it.
SERVICES_CROSS_FEATURE = {
    "audit",          # every change writes an audit event
    "changes",        # every operation reports what it changed
    "demo_data",      # a first vault's demo writes contacts, activity and consent at once
    "integrity_seal",  # rewritten after every commit; checked at sign-in, restore, verify
    "secrets",        # credentials of the mail and backup servers
    "server_trust",   # the certificate a mail or backup server was trusted with
    "tls_trust",      # the TLS context every server connection uses
    "settings",       # every feature reads its settings here
    "setting_rules",  # the checks on a setting, whoever writes it (first run, admin, CLI)
    "validation",     # emails, phones, countries: contacts, import, settings, mailing
    "undo",           # the journal of undoable steps, whichever feature recorded them
    "stale_edits",    # the version check of a save: contacts, activity, merges alike
}


def test_services_are_grouped_in_feature_folders() -> None:
    services = Path(contactweb.__file__).parent / "services"
    flat = {p.stem for p in services.glob("*.py")} - {"__init__"}
    assert flat == SERVICES_CROSS_FEATURE
    assert not (services / "interchange").exists()  # formats live in contactweb/formats


# Views never announce changes by hand: an operation's Changes reach the one adapter in
# ui/kit (the runner hands them over). The other source is the team server's notifications,
# what other desktops saved.
ANNOUNCERS_OUTSIDE_KIT = {"app/team_change_listener.py"}


def test_only_the_kit_announces_changes() -> None:
    ui = Path(contactweb.__file__).parent / "ui"
    by_hand = []
    for path in sorted(ui.rglob("*.py")):
        where = path.relative_to(ui).as_posix()
        if where.startswith("kit/") or where in ANNOUNCERS_OUTSIDE_KIT:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            emits_changed = node.func.attr == "emit" and isinstance(
                node.func.value, ast.Attribute) and node.func.value.attr == "changed"
            if node.func.attr == "announce" or emits_changed:
                by_hand.append(f"{where}:{node.lineno}")
    assert by_hand == []
