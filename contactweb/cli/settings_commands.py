"""settings: the vault-wide settings a script may read and change (``settings set
default-region DE``). Values are checked by services/setting_rules before anything is kept."""

from __future__ import annotations

import argparse
from typing import Any

from contactweb.cli.context import CliContext
from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.services.setting_rules import WHOLE_NUMBER_RULES

# The services each command uses are loaded in it once signed in: the sign-in loads the
# database layer while the password's key is derived (Argon2 releases the GIL), which a
# module loaded here, before it, would have done first on its own.

HELP_ORDER = 75
_KEYS = ("default_region", "idle_timeout_minutes", "shared_computer", "shared_timeout_minutes",
         *WHOLE_NUMBER_RULES)
_SWITCH = {"on": True, "true": True, "yes": True, "1": True,
           "off": False, "false": False, "no": False, "0": False}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    top = sub.add_parser("settings", parents=[common], help="vault-wide settings")
    ssub = top.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    p = ssub.add_parser("list", parents=[common], help="every setting and its value")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    p = ssub.add_parser("get", parents=[common], help="one setting's value")
    p.add_argument("key", help="e.g. default-region")
    p.set_defaults(handler=cmd_get)
    p = ssub.add_parser("set", parents=[common],
                        help="change a setting, e.g. 'settings set default-region DE' (the "
                             "country in which phone numbers without a country code are read)")
    p.add_argument("key")
    p.add_argument("value")
    p.set_defaults(handler=cmd_set)


def _key(text: str) -> str:
    key = text.strip().lower().replace("-", "_")
    if key not in dict.fromkeys(_KEYS):
        names = ", ".join(k.replace("_", "-") for k in dict.fromkeys(_KEYS))
        raise BadInput(_("There is no setting called {text!r}; the settings are {names}.").format(text=text, names=names))
    return key


def _value(key: str, text: str) -> Any:
    if key == "shared_computer":
        if text.strip().lower() not in _SWITCH:
            raise BadInput(_("shared-computer is on or off."))
        return _SWITCH[text.strip().lower()]
    return text


def cmd_list(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services import settings

    values = {key: settings.get(ws, key) for key in dict.fromkeys(_KEYS)}
    if ctx.json:
        ctx.emit_json(values)
    else:
        ctx.table([_("SETTING"), _("VALUE")], [[k.replace("_", "-"), v] for k, v in values.items()])
    return 0


def cmd_get(ctx: CliContext) -> int:
    key = _key(ctx.args.key)
    ws = ctx.sign_in()
    from contactweb.services import settings

    print(settings.get(ws, key))
    return 0


def cmd_set(ctx: CliContext) -> int:
    key = _key(ctx.args.key)
    ws = ctx.sign_in()
    from contactweb.services import setting_rules

    notes: list[str] = []
    stored = setting_rules.put_checked(ws, {key: _value(key, ctx.args.value)}, notes)
    print(_("{replace} is now {value}.").format(replace=key.replace('_', '-'), value=stored[key]))
    for note in notes:
        print(note)
    return 0
