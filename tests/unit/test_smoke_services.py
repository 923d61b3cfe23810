"""A first end-to-end pass through the services, through the command line."""

from __future__ import annotations

import json

from tests.support.cli_runner import CliRunner


def test_contact_round_trip_through_cli(cli: CliRunner) -> None:
    created = cli("contact", "add", "--first", "Ann", "--last", "Lee", "--company", "Acme",
                  "--email", "Ann@Example.com", "--phone", "+1 415 555 0100", "--tag", "vip")
    assert created.code == 0, created.err
    contact_id = int(created.out)
    shown = cli("contact", "show", str(contact_id), "--json")
    data = json.loads(shown.out)
    assert data["emails"] == [{"address": "Ann@example.com", "label": "work"}]
    assert data["phones"] == [{"number": "+14155550100", "label": "work"}]
    assert data["tags"] == ["vip"]
    listed = json.loads(cli("contact", "list", "--search", "acme", "--json").out)
    assert [row["id"] for row in listed] == [contact_id]
