"""Recognising a person who was erased, from keyed hashes only."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from contactweb.errors import Refused
from contactweb.i18n import _
from contactweb.models import ErasureRecord
from contactweb.vault.workspace import Workspace


class ErasedContactMatch(Refused):
    """The new contact looks like someone who asked to be erased."""

    def __init__(self, record_id: int) -> None:
        super().__init__(_(
            "This contact matches a person erased earlier (erasure record {record_id}). Add "
            "them again only if they came back themselves; confirm to add them, opted out of "
            "every channel.").format(record_id=record_id))
        self.record_id = record_id


def name_key(first_name: str, last_name: str) -> str:
    return " ".join(f"{first_name} {last_name}".casefold().split())


def keyed_hash(ws: Workspace, kind: str, value: str) -> str:
    return hmac.new(ws.subkey("erasure"), f"{kind}:{value.casefold().strip()}".encode(),
                    hashlib.sha256).hexdigest()


def identity_hashes(ws: Workspace, emails: Iterable[str], phones: Iterable[str]) -> list[str]:
    return sorted({keyed_hash(ws, "email", e) for e in emails if e}
                  | {keyed_hash(ws, "phone", p) for p in phones if p})


def find_match(session: Session, ws: Workspace, first_name: str, last_name: str,
               emails: Iterable[str], phones: Iterable[str]) -> ErasureRecord | None:
    name = name_key(first_name, last_name)
    name_hash = keyed_hash(ws, "name", name) if name else None
    wanted = set(identity_hashes(ws, emails, phones))
    for record in session.execute(select(ErasureRecord)).scalars():
        if name_hash and record.name_hash == name_hash:
            return record
        if wanted & set(json.loads(record.identifier_hashes or "[]")):
            return record
    return None
