"""Backup keys and authenticated encryption.

All backup keys come from the vault's 32-byte database key through HKDF-SHA256 with distinct
info strings, so a backup needs no extra secret and one key never serves two purposes.
"""

from __future__ import annotations

import hmac
import os
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from contactweb.i18n import _
from contactweb.sync.errors import BackupError, CorruptObject

NONCE_SIZE = 12
TAG_SIZE = 16
_HKDF_SALT = b"contactweb backup v1"
_INFO_PAGE_ID = b"contactweb backup page-id key"
_INFO_PACK = b"contactweb backup pack key"
_INFO_MANIFEST = b"contactweb backup manifest key"


def _derive(db_key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=_HKDF_SALT, info=info).derive(db_key)


@dataclass(frozen=True, repr=False)
class BackupKeys:
    page_id_key: bytes = field(repr=False)
    pack_key: bytes = field(repr=False)
    manifest_key: bytes = field(repr=False)

    @classmethod
    def from_db_key(cls, db_key: bytes) -> BackupKeys:
        if not isinstance(db_key, bytes | bytearray) or len(db_key) != 32:
            raise BackupError(_("the database key must be 32 raw bytes"))
        key = bytes(db_key)
        return cls(
            page_id_key=_derive(key, _INFO_PAGE_ID),
            pack_key=_derive(key, _INFO_PACK),
            manifest_key=_derive(key, _INFO_MANIFEST),
        )

    def __repr__(self) -> str:
        return "BackupKeys(<hidden>)"

    def page_id(self, page: bytes | memoryview) -> bytes:
        """A page's name: HMAC-SHA256 under the page-id key, so equal pages dedupe but the
        server cannot test guesses of page contents."""
        return hmac.digest(self.page_id_key, page, "sha256")


def associated_data(kind: str, name: str) -> bytes:
    """Binds a ciphertext to its object kind and name: a pack served under another name, or
    a manifest served as a pack, fails authentication."""
    return b"contactweb\x00" + kind.encode() + b"\x00" + name.encode()


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """nonce || AES-256-GCM(plaintext) with a fresh random 96-bit nonce."""
    nonce = os.urandom(NONCE_SIZE)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def seal_after(prefix: bytes, key: bytes, plaintext: bytes | bytearray, aad: bytes) -> bytearray:
    """``prefix || seal(key, plaintext, aad)`` in one new bytearray.

    For packs of several MiB: where AESGCM has ``encrypt_into`` the ciphertext is written in
    place, with no extra copy of it. A bytearray (unlike bytes) also reaches the S3 client as
    it is: hashed and sent in one piece instead of wrapped in a stream and copied chunk by
    chunk."""
    nonce = os.urandom(NONCE_SIZE)
    aead = AESGCM(key)
    start = len(prefix) + NONCE_SIZE
    if hasattr(aead, "encrypt_into"):  # newer releases of cryptography
        sealed = bytearray(start + len(plaintext) + TAG_SIZE)
        sealed[:start] = prefix + nonce
        aead.encrypt_into(nonce, plaintext, aad, memoryview(sealed)[start:])
        return sealed
    sealed = bytearray(prefix)
    sealed += nonce
    sealed += aead.encrypt(nonce, plaintext, aad)
    return sealed


def open_sealed(key: bytes, sealed: bytes, aad: bytes, object_name: str) -> bytes:
    if len(sealed) < NONCE_SIZE + TAG_SIZE:
        raise CorruptObject(object_name, "too short to be an encrypted object (truncated?)")
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_SIZE], sealed[NONCE_SIZE:], aad)
    except InvalidTag as exc:
        raise CorruptObject(
            object_name, "authentication failed: the object is damaged, truncated, swapped "
            "for another object, or was written with a different key"
        ) from exc
