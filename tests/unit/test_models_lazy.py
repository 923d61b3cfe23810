"""The models are declared when first asked for, and ``Base`` still stands for every table:
the purge, the merge, the team move and the migrations walk ``Base.metadata``, and a table
missing from it would be a table they silently skip."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import contactweb.models as models_package

REPO = Path(__file__).resolve().parents[2]
EAGER = {"base", "contact", "user"}  # declared with the package itself

PROBE = """
import json, sys
from contactweb.models import {names}
print(json.dumps({{"modules": sorted(m for m in sys.modules if m.startswith("contactweb.models")),
                   "tables": sorted(sys.modules["contactweb.models.base"].Base.metadata.tables)}}))
"""


def _fresh(names: str) -> dict[str, list[str]]:
    done = subprocess.run([sys.executable, "-c", PROBE.format(names=names)], cwd=REPO,
                          capture_output=True, text=True, timeout=60, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_every_model_module_is_named_where_the_package_finds_it() -> None:
    on_disk = {m.name for m in pkgutil.iter_modules(models_package.__path__)}
    assert on_disk == set(models_package.MODULE_OF.values()) | EAGER


def test_every_mapped_class_is_reachable_from_the_package() -> None:
    base = models_package.Base
    mapped = {m.class_ for m in base.registry.mappers}
    assert len(mapped) >= 24
    for cls in mapped:
        assert getattr(models_package, cls.__name__) is cls, cls.__name__
    assert set(models_package.__all__) >= {cls.__name__ for cls in mapped}


def test_asking_for_base_declares_every_table() -> None:
    everything = _fresh("Base")
    assert {"contacts", "users", "mailings", "outbox_messages", "communications", "sales",
            "sale_lines", "reminders", "drafts", "audit_events", "undeliverable_addresses",
            "settings", "erasure_records", "mailbox_statements"} <= set(everything["tables"])
    one_model = _fresh("Contact")
    assert "contactweb.models.mailing" not in one_model["modules"]
    assert "contactweb.models.sale" not in one_model["modules"]
    assert set(one_model["tables"]) < set(everything["tables"])
    # what each model module declares is all there once Base was asked for
    for cls in models_package.Base.registry.mappers:
        assert cls.local_table.name in everything["tables"]
