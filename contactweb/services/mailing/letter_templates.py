"""Letter templates kept in the vault: named and reusable, plus the text last typed, so
closing the letters dialog never loses a template. Stored as vault settings (one JSON
value), changed by those who may send mailings. Saving or deleting a template is audited by
its name only (a template's text may name a person); the text last typed is kept as a draft
is, without an audit event."""

from __future__ import annotations

from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.services import audit, settings
from contactweb.services.mailing.post import MAX_TEMPLATE_CHARS
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

TEMPLATES_KEY = "mailing.letter_templates"
LAST_TYPED_KEY = "mailing.letter_last_typed"
MAX_NAME_CHARS = 80
MAX_TEMPLATES = 200


def templates(ws: Workspace) -> dict[str, str]:
    """Name -> text, sorted by name."""
    ws.require(Action.MAILING_SEND)
    stored = settings.get(ws, TEMPLATES_KEY) or {}
    return dict(sorted(stored.items(), key=lambda item: item[0].casefold()))


def save_template(ws: Workspace, name: str, text: str) -> str:
    """Store (or replace) a named template; returns the name as stored."""
    name = " ".join(name.split())
    if not name:
        raise BadInput(_("Give the template a name."))
    if len(name) > MAX_NAME_CHARS:
        raise BadInput(_("A template's name is at most {max_name_chars} characters.").format(
            max_name_chars=MAX_NAME_CHARS))
    if not text.strip():
        raise BadInput(_("The template has no text."))
    if len(text) > MAX_TEMPLATE_CHARS:
        raise BadInput(_("The letter template is longer than 100,000 characters."))
    stored = templates(ws)
    if name not in stored and len(stored) >= MAX_TEMPLATES:
        raise BadInput(_("Keep at most {max_templates} templates; delete one first.").format(
            max_templates=MAX_TEMPLATES))
    stored[name] = text
    _store(ws, TEMPLATES_KEY, stored, "mailing.template_save", name)
    return name


def delete_template(ws: Workspace, name: str) -> None:
    stored = templates(ws)
    if stored.pop(name, None) is None:
        raise BadInput(_("There is no template named {name!r}.").format(name=name))
    _store(ws, TEMPLATES_KEY, stored, "mailing.template_delete", name)


def last_typed(ws: Workspace) -> str:
    ws.require(Action.MAILING_SEND)
    return str(settings.get(ws, LAST_TYPED_KEY) or "")


def keep_last_typed(ws: Workspace, text: str) -> None:
    """The text in the dialog when it closes, to start from next time."""
    if len(text) <= MAX_TEMPLATE_CHARS and text != last_typed(ws):
        _store(ws, LAST_TYPED_KEY, text)


def _store(ws: Workspace, key: str, value: object, audited_as: str = "",
           name: str = "") -> None:
    ws.require(Action.MAILING_SEND)
    with ws.session() as session:
        settings.write(session, key, value)
        if audited_as:
            audit.record(session, ws, audited_as, "setting", key, {"template": name})
