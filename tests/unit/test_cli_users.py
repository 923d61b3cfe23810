"""``contactweb user ...``: the account life cycle as a script drives it."""

from __future__ import annotations

import json
import re

from tests.conftest import PASSWORD
from tests.support.cli_runner import CliRunner

FIRST_PW = "Given-by-admin-1"
OWN_PW = "Chosen-by-me-22!"


def _users(cli: CliRunner) -> dict[str, dict]:
    result = cli("user", "list", "--json")
    assert result.code == 0, result.err
    return {u["username"]: u for u in json.loads(result.out)}


def test_new_user_must_choose_a_password_first(cli: CliRunner) -> None:
    added = cli("user", "add", "nina", "--role", "staff", "--display-name", "Nina N",
                stdin=f"{PASSWORD}\n{FIRST_PW}\n")
    assert added.code == 0, added.err
    assert "Temporary password" not in added.out
    nina = _users(cli)["nina"]
    assert (nina["role"], nina["display_name"], nina["must_change_password"],
            nina["disabled"]) == ("staff", "Nina N", True, False)

    for args in (("contact", "list"), ("contact", "add", "--first", "X"), ("reminders",),
                 ("user", "list")):
        refused = cli(*args, user="nina", password=FIRST_PW)
        assert refused.code == 1
        assert "must choose a new password" in refused.err and refused.out == ""
    assert "X" not in cli("contact", "list").out

    changed = cli("user", "passwd", "nina", user="nina", stdin=f"{FIRST_PW}\n{OWN_PW}\n")
    assert changed.code == 0, changed.err
    assert cli("contact", "list", user="nina", password=OWN_PW).code == 0
    assert cli("contact", "list", user="nina", password=FIRST_PW).code == 3
    assert _users(cli)["nina"]["must_change_password"] is False


def test_add_without_a_password_prints_a_temporary_one(cli: CliRunner) -> None:
    added = cli("user", "add", "omar", "--role", "readonly")
    assert added.code == 0, added.err
    match = re.search(r"Temporary password: (\S+)", added.out)
    assert match
    refused = cli("contact", "list", user="omar", password=match.group(1))
    assert refused.code == 1 and "must choose" in refused.err


def test_passwd_flow_refusals(cli: CliRunner) -> None:
    assert cli("user", "add", "pia", "--role", "staff", stdin=f"{PASSWORD}\n{FIRST_PW}\n").code == 0
    someone_else = cli("user", "passwd", "admin", user="pia", stdin=f"{FIRST_PW}\n{OWN_PW}\n")
    assert someone_else.code == 1 and "only your own" in someone_else.err
    missing = cli("user", "passwd", "pia", user="pia", stdin=f"{FIRST_PW}\n")
    assert missing.code == 1 and "No new password" in missing.err
    weak = cli("user", "passwd", "pia", user="pia", stdin=f"{FIRST_PW}\nweak\n")
    assert weak.code == 1 and "characters" in weak.err
    wrong_old = cli("user", "passwd", "pia", user="pia", stdin=f"Wrong-old-pass-1\n{OWN_PW}\n")
    assert wrong_old.code == 3
    # None of that changed the password.
    assert "must choose" in cli("contact", "list", user="pia", password=FIRST_PW).err


def test_disable_reset_and_role(cli: CliRunner) -> None:
    assert cli("user", "add", "quin", "--role", "staff", stdin=f"{PASSWORD}\n{FIRST_PW}\n").code == 0
    assert cli("user", "passwd", "quin", user="quin", stdin=f"{FIRST_PW}\n{OWN_PW}\n").code == 0

    assert cli("user", "role", "quin", "manager").code == 0
    assert _users(cli)["quin"]["role"] == "manager"
    bad_role = cli("user", "role", "quin", "boss")
    assert bad_role.code == 2  # argparse: not one of the choices

    disabled = cli("user", "disable", "quin")
    assert disabled.code == 0, disabled.err
    assert _users(cli)["quin"]["disabled"] is True
    listed = cli("user", "list")
    assert re.search(r"quin\s+manager\s+disabled", listed.out)
    refused = cli("contact", "list", user="quin", password=OWN_PW)
    assert refused.code == 3 and "disabled" in refused.err

    reset = cli("user", "reset", "quin", stdin=f"{PASSWORD}\nTemporary-pass-9\n")
    assert reset.code == 0, reset.err
    assert "Temporary password" not in reset.out
    assert cli("contact", "list", user="quin", password=OWN_PW).code == 3
    must = cli("contact", "list", user="quin", password="Temporary-pass-9")
    assert must.code == 1 and "must choose" in must.err
    assert cli("user", "passwd", "quin", user="quin",
               stdin=f"Temporary-pass-9\n{OWN_PW}x\n").code == 0
    assert cli("contact", "list", user="quin", password=f"{OWN_PW}x").code == 0

    generated = cli("user", "reset", "quin")
    assert generated.code == 0
    assert re.search(r"Temporary password: \S{12,}", generated.out)

    for args in (("user", "disable", "nobody"), ("user", "reset", "nobody"),
                 ("user", "role", "nobody", "staff"), ("user", "disable", "admin")):
        result = cli(*args)
        assert result.code == 1 and result.err.startswith("contactweb: "), args
