"""The scripting interface: exit codes, JSON output, environment variables, and global options
before or after the subcommand."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from contactweb.cli import main
from tests.conftest import PASSWORD
from tests.support.cli_runner import CliResult, CliRunner

REPO = Path(__file__).resolve().parents[2]


def run_bare(argv: list[str], stdin: str = "") -> CliResult:
    """The command line with exactly ``argv``: no options added, as a script would call it."""
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    try:
        try:
            code = main(argv)
        except SystemExit as exc:
            code = int(exc.code or 0)
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return CliResult(code, out.getvalue(), err.getvalue())


@pytest.fixture
def populated(cli: CliRunner) -> dict[str, str]:
    cid = cli("contact", "add", "--first", "Ann", "--last", "Lee", "--email", "ann@example.com",
              "--tag", "vip").out.strip()
    assert cid.isdigit()
    assert cli("log", cid, "--kind", "call", "--direction", "in", "--subject", "Hi").code == 0
    assert cli("sale", "add", cid, "--product", "Widget", "--price", "19.99", "--qty", "2").code == 0
    rid = cli("remind", cid, "--due", "2030-01-01T09:00", "--text", "Call").out.strip()
    assert cli("optout", cid, "--channel", "sms").code == 0
    return {"contact": cid, "reminder": rid}


def test_exit_codes(cli: CliRunner, vault_dir: Path) -> None:
    ok = cli("contact", "list")
    assert ok.code == 0 and ok.err == ""
    missing = cli("contact", "show", "999")
    assert (missing.code, missing.out) == (1, "") and "No contact with id 999" in missing.err
    bad_input = cli("contact", "add", "--email", "not-an-email")
    assert bad_input.code == 1 and "not a valid email" in bad_input.err
    bad_date = cli("remind", "1", "--due", "tomorrow-ish", "--text", "x")
    assert bad_date.code == 1 and "tomorrow-ish" in bad_date.err
    for usage in (["contact"], ["contact", "frobnicate"], ["no-such-command"],
                  ["contact", "show"], ["contact", "show", "abc"], ["user", "list", "--jsn"]):
        result = cli(*usage)
        assert result.code == 2, usage
        assert "usage:" in result.err
    assert run_bare([]).code == 2  # (the GUI starts from __main__, before the parser)
    assert run_bare(["--vault", str(vault_dir)]).code == 2
    assert cli("contact", "list", password="Wrong-horse-9").code == 3
    no_password = run_bare(["--vault", str(vault_dir), "--user", "admin", "contact", "list"])
    assert no_password.code == 3 and "No password" in no_password.err
    no_user = run_bare(["--vault", str(vault_dir), "--password-stdin", "contact", "list"],
                       stdin=PASSWORD + "\n")
    assert no_user.code == 3 and "--user" in no_user.err
    no_vault = cli.__class__(vault_dir.parent / "elsewhere", "admin", PASSWORD)("contact", "list")
    assert no_vault.code == 1 and "No vault" in no_vault.err
    version = run_bare(["--version"])
    assert version.code == 0 and "ContactWeb" in version.out


def test_json_output_of_listing_commands_parses(cli: CliRunner,
                                                populated: dict[str, str]) -> None:
    cid = populated["contact"]

    def parsed(*args: str) -> object:
        result = cli(*args, "--json")
        assert result.code == 0, (args, result.err)
        return json.loads(result.out)

    contacts = parsed("contact", "list")
    assert [(c["id"], c["name"], c["email"], c["tags"]) for c in contacts] == [
        (int(cid), "Lee, Ann", "ann@example.com", ["vip"])]
    shown = parsed("contact", "show", cid)
    assert shown["first_name"] == "Ann" and shown["consent"]["sms"] == "opted_out"
    assert [u["username"] for u in parsed("user", "list")] == ["admin"]
    reminders = parsed("reminders")
    assert [(r["id"], r["text"], r["due_at"]) for r in reminders] == [
        (int(populated["reminder"]), "Call", reminders[0]["due_at"])]
    assert reminders[0]["due_at"].startswith("20")
    sales = parsed("sale", "list")
    assert sales["sales"][0]["total_cents"] == 3998
    assert sales["totals_won_or_invoiced_cents"] == {"USD": 3998}
    assert parsed("sale", "list", cid)["sales"][0]["contact_id"] == int(cid)
    timeline = parsed("timeline", cid)
    assert [(t["kind"], t["subject"]) for t in timeline] == [("call", "Hi")]
    consent = parsed("consent", cid)
    assert consent["status"]["sms"] == "opted_out" and consent["history"][0]["channel"] == "sms"
    events = parsed("audit", "list")
    assert {"contact.create", "signin"} <= {e["action"] for e in events}


def test_environment_variables(cli: CliRunner, vault_dir: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("contact", "add", "--first", "Envy").code == 0
    monkeypatch.setenv("CONTACTWEB_VAULT", str(vault_dir))
    monkeypatch.setenv("CONTACTWEB_USER", "admin")
    monkeypatch.setenv("CONTACTWEB_PASSWORD", PASSWORD)
    listed = run_bare(["contact", "list", "--json"])
    assert listed.code == 0, listed.err
    assert [c["name"] for c in json.loads(listed.out)] == ["Envy"]
    # The command line wins over the environment.
    monkeypatch.setenv("CONTACTWEB_USER", "nobody")
    assert run_bare(["contact", "list"]).code == 3
    assert run_bare(["contact", "list", "--user", "admin"]).code == 0
    monkeypatch.setenv("CONTACTWEB_PASSWORD", "Wrong-horse-9")
    assert run_bare(["contact", "list", "--user", "admin"]).code == 3
    assert run_bare(["contact", "list", "--user", "admin", "--password-stdin"],
                    stdin=PASSWORD + "\n").code == 0
    # A new password from the environment, for 'user passwd'.
    monkeypatch.setenv("CONTACTWEB_PASSWORD", PASSWORD)
    monkeypatch.setenv("CONTACTWEB_NEW_PASSWORD", "Env-new-pass-42")
    changed = run_bare(["user", "passwd", "admin", "--user", "admin"])
    assert changed.code == 0, changed.err
    monkeypatch.setenv("CONTACTWEB_PASSWORD", "Env-new-pass-42")
    assert run_bare(["contact", "list", "--user", "admin"]).code == 0


def test_global_options_before_or_after_the_subcommand(cli: CliRunner, vault_dir: Path) -> None:
    assert cli("contact", "add", "--first", "Placed").code == 0
    vault = str(vault_dir)
    layouts = [
        ["--vault", vault, "--user", "admin", "--password-stdin", "contact", "list", "--json"],
        ["contact", "list", "--json", "--vault", vault, "--user", "admin", "--password-stdin"],
        ["--vault", vault, "contact", "--user", "admin", "list", "--password-stdin", "--json"],
        ["--password-stdin", "contact", "list", "--vault", vault, "--json", "--user", "admin"],
    ]
    outputs = set()
    for argv in layouts:
        result = run_bare(argv, stdin=PASSWORD + "\n")
        assert result.code == 0, (argv, result.err)
        outputs.add(result.out)
    assert len(outputs) == 1
    assert [c["name"] for c in json.loads(outputs.pop())] == ["Placed"]


def test_installed_entry_point_runs_in_a_fresh_process(cli: CliRunner, vault_dir: Path) -> None:
    assert cli("contact", "add", "--first", "Procy").code == 0
    env = {**os.environ, "CONTACTWEB_VAULT": str(vault_dir), "CONTACTWEB_USER": "admin",
           "CONTACTWEB_PASSWORD": PASSWORD}
    done = subprocess.run([sys.executable, "-m", "contactweb", "contact", "list", "--json"],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=60)
    assert done.returncode == 0, done.stderr
    assert [c["name"] for c in json.loads(done.stdout)] == ["Procy"]
