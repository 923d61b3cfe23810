"""Sealing a pack straight into one buffer (AESGCM.encrypt_into) and the fallback for older
cryptography releases write the same layout, and both open page for page."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from contactweb.sync import crypto
from contactweb.sync.crypto import NONCE_SIZE, TAG_SIZE, BackupKeys, associated_data, open_sealed
from contactweb.sync.errors import CorruptObject
from contactweb.sync.pack import PackBuilder, open_pack

KEYS = BackupKeys.from_db_key(os.urandom(32))
PACK_NAME = "vault-a/packs/" + "cd" * 16


class AesGcmWithoutEncryptInto:
    """AESGCM as older cryptography releases have it: ``encrypt`` only."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def encrypt(self, nonce: bytes, data: bytes | bytearray, aad: bytes | None) -> bytes:
        return self._aead.encrypt(nonce, data, aad)

    def decrypt(self, nonce: bytes, data: bytes | bytearray, aad: bytes | None) -> bytes:
        return self._aead.decrypt(nonce, data, aad)


def filled_builder(pages: int = 40) -> tuple[PackBuilder, dict[bytes, bytes]]:
    builder, contents = PackBuilder(), {}
    block = memoryview(os.urandom(4096 * pages))
    for number in range(pages):
        page = block[number * 4096:(number + 1) * 4096]  # slices of a read, as a backup adds them
        page_id = KEYS.page_id(page)
        builder.add(page_id, page)
        contents[page_id] = bytes(page)
    return builder, contents


@pytest.mark.parametrize("encrypt_into", [True, False], ids=["encrypt_into", "older cryptography"])
def test_sealed_pack_opens_page_for_page(encrypt_into: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not encrypt_into:
        monkeypatch.setattr(crypto, "AESGCM", AesGcmWithoutEncryptInto)
    builder, contents = filled_builder()

    sealed = builder.seal(KEYS, PACK_NAME)

    assert isinstance(sealed, bytearray)
    header_length = int.from_bytes(sealed[:4], "big")
    body = bytes(sealed[4 + header_length:])
    assert len(body) == NONCE_SIZE + builder.size + TAG_SIZE
    plain = open_sealed(KEYS.pack_key, body, associated_data("pack-body", PACK_NAME), PACK_NAME)
    assert plain == b"".join(contents.values())
    assert open_pack(KEYS, PACK_NAME, bytes(sealed)) == contents
    damaged = bytearray(sealed)
    damaged[-100] ^= 1
    with pytest.raises(CorruptObject, match="authentication failed"):
        open_pack(KEYS, PACK_NAME, bytes(damaged))


def test_each_seal_uses_a_fresh_nonce() -> None:
    builder, _ = filled_builder(pages=2)
    first, second = builder.seal(KEYS, PACK_NAME), builder.seal(KEYS, PACK_NAME)
    header_length = int.from_bytes(first[:4], "big")
    nonce_at = 4 + header_length
    assert first[nonce_at:nonce_at + NONCE_SIZE] != second[nonce_at:nonce_at + NONCE_SIZE]
    assert first != second
