"""Key derivation and key wrapping for key slots."""

from __future__ import annotations

import hashlib
import hmac
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass

# argon2 and cryptography load with the first key derived or unwrapped: the sign-in window
# names key slots and workspaces before anyone has typed a password.

KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Stored per slot so that stronger defaults can come later."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    parallelism: int = 4

    def as_dict(self) -> dict[str, int | str]:
        return {"name": "argon2id", "m": self.memory_kib, "t": self.iterations,
                "p": self.parallelism}

    @classmethod
    def from_dict(cls, data: dict) -> KdfParams:
        if data.get("name") != "argon2id":
            raise ValueError(f"unsupported key derivation {data.get('name')!r}")
        return cls(int(data["m"]), int(data["t"]), int(data["p"]))


def derive_kek(password: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        password.encode("utf-8"), salt, time_cost=params.iterations,
        memory_cost=params.memory_kib, parallelism=params.parallelism,
        hash_len=KEY_BYTES, type=Type.ID,
    )


def derive_kek_while(password: str, salt: bytes, params: KdfParams,
                     meanwhile: Callable[[], object]) -> bytes:
    """``derive_kek`` on a thread of its own while ``meanwhile`` runs on this one. Argon2 is C
    that releases the GIL, so loading what a sign-in continues with (SQLAlchemy, the models,
    the services: about as long as the derivation) takes no time of its own when a second
    core is free."""
    outcome: list[bytes | BaseException] = []

    def derive() -> None:
        try:
            outcome.append(derive_kek(password, salt, params))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below
            outcome.append(exc)

    thread = threading.Thread(target=derive, name="key derivation", daemon=True)
    thread.start()
    try:
        meanwhile()
    finally:
        thread.join()
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def wrap_key(kek: bytes, key: bytes, associated: bytes) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return nonce, AESGCM(kek).encrypt(nonce, key, associated)


def unwrap_key(kek: bytes, nonce: bytes, wrapped: bytes, associated: bytes) -> bytes | None:
    """Returns None when the password (hence the KEK) is wrong or the slot was tampered with."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(nonce, wrapped, associated)
    except InvalidTag:
        return None


def slot_id(vault_salt: bytes, username: str) -> str:
    """Slot ids hide usernames: only someone who knows a name can find its slot."""
    return hmac.new(vault_salt, username.casefold().encode("utf-8"), hashlib.sha256).hexdigest()


def password_verifier(kek: bytes) -> str:
    """Lets a disabled slot confirm a password without being able to unwrap the key."""
    return hmac.new(kek, b"contactweb disabled-slot verifier", hashlib.sha256).hexdigest()


def subkey(key: bytes | bytearray, purpose: str) -> bytes:
    """Independent keys for audit chaining, erasure hashes and backups, from the vault key."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=f"contactweb {purpose}".encode()).derive(bytes(key))
