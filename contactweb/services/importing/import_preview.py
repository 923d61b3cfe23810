"""The first entries of a file as the import would store them, for the import wizard's
"Check before importing": each record goes through the same mapping and validation as the
import itself (``clean_input``), so what the preview shows is what the vault gets."""

from __future__ import annotations

from dataclasses import dataclass

from contactweb.errors import BadInput
from contactweb.formats.interchange import ImportProblem, ParseResult
from contactweb.services import settings
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.importing.record_mapping import clean_input
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

FIRST_ROWS = 20


@dataclass(frozen=True)
class PreviewRow:
    source: str  # where in the file ("row 2", "card 1")
    contact: ContactInput | None  # None: this entry cannot be imported as it is
    problem: str = ""  # why not, or what was kept in the notes instead


def first_rows(ws: Workspace, parsed: ParseResult, limit: int = FIRST_ROWS) -> list[PreviewRow]:
    ws.require(Action.IMPORT)
    with ws.session(readonly=True) as session:
        region = settings.read(session, "default_region") or "US"
    rows = []
    for record in parsed.records[:limit]:
        problems: list[ImportProblem] = []
        try:
            contact = clean_input(record, region, problems)
        except BadInput as exc:
            rows.append(PreviewRow(record.source, None, str(exc)))
            continue
        rows.append(PreviewRow(record.source, contact, "; ".join(p.reason for p in problems)))
    return rows
