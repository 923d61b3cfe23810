"""Pack objects: several database pages encrypted together.

Layout of a stored pack named ``<vault_id>/packs/<pack_id>``::

    u32 big-endian length of the sealed header
    sealed header   AES-256-GCM(JSON {"v": 1, "pages": [[page_id_hex, offset, length], ...]})
    sealed body     AES-256-GCM(page bytes, concatenated)

Both parts use the pack key with associated data naming the object, so a pack cannot be
served in place of another. Pages are SQLCipher pages, already random-looking, so there is
no compression.
"""

from __future__ import annotations

import json
import os
import struct

from contactweb.sync.crypto import BackupKeys, associated_data, open_sealed, seal, seal_after
from contactweb.sync.errors import CorruptObject

_LENGTH = struct.Struct(">I")
PACK_FORMAT_VERSION = 1


def new_pack_id() -> str:
    """Random, so a pack name says nothing about its contents."""
    return os.urandom(16).hex()


class PackBuilder:
    """Collects pages until the pack reaches its target size.

    Pages are appended to one growing body buffer, so sealing encrypts it in a single call
    without joining thousands of small page objects first."""

    def __init__(self) -> None:
        self._entries: list[tuple[bytes, int, int]] = []  # page id, offset, length
        self._body = bytearray()

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def size(self) -> int:
        return len(self._body)

    def add(self, page_id: bytes, page: bytes | memoryview) -> None:
        self._entries.append((page_id, len(self._body), len(page)))
        self._body += page

    def page_ids(self) -> list[bytes]:
        return [page_id for page_id, _, _ in self._entries]

    def seal(self, keys: BackupKeys, object_name: str) -> bytearray:
        entries = [[page_id.hex(), offset, length] for page_id, offset, length in self._entries]
        header = json.dumps({"v": PACK_FORMAT_VERSION, "pages": entries}).encode()
        sealed_header = seal(keys.pack_key, header, associated_data("pack-header", object_name))
        return seal_after(
            _LENGTH.pack(len(sealed_header)) + sealed_header,
            keys.pack_key, self._body, associated_data("pack-body", object_name),
        )


def open_pack(keys: BackupKeys, object_name: str, data: bytes) -> dict[bytes, bytes]:
    """Decrypt a pack and check every page against its id; return page id -> page bytes."""
    if len(data) < _LENGTH.size:
        raise CorruptObject(object_name, "pack is truncated")
    (header_length,) = _LENGTH.unpack_from(data)
    header_end = _LENGTH.size + header_length
    if header_end > len(data):
        raise CorruptObject(object_name, "pack is truncated (header cut short)")
    header_bytes = open_sealed(
        keys.pack_key, data[_LENGTH.size:header_end], associated_data("pack-header", object_name),
        object_name,
    )
    body = open_sealed(
        keys.pack_key, data[header_end:], associated_data("pack-body", object_name), object_name
    )
    entries = _parse_header(object_name, header_bytes, len(body))
    pages: dict[bytes, bytes] = {}
    for page_id, offset, length in entries:
        page = body[offset:offset + length]
        if keys.page_id(page) != page_id:
            raise CorruptObject(object_name, f"page {page_id.hex()[:16]}… does not match its id")
        pages[page_id] = page
    return pages


def _parse_header(object_name: str, header_bytes: bytes, body_length: int) -> list[tuple[bytes, int, int]]:
    try:
        header = json.loads(header_bytes)
        if header.get("v") != PACK_FORMAT_VERSION:
            raise CorruptObject(object_name, f"unsupported pack format {header.get('v')!r}")
        entries = [(bytes.fromhex(h), int(o), int(n)) for h, o, n in header["pages"]]
    except CorruptObject:
        raise
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise CorruptObject(object_name, f"unreadable pack header: {exc}") from exc
    for page_id, offset, length in entries:
        if len(page_id) != 32 or offset < 0 or length <= 0 or offset + length > body_length:
            raise CorruptObject(object_name, "pack header points outside the pack")
    return entries
