"""SCRAM-SHA-256 password verifiers, made on the desktop (RFC 5802, RFC 7677).

``ALTER ROLE ... PASSWORD 'SCRAM-SHA-256$...'`` stores a verifier as given, so a person's
password never travels to the server in the clear, nor lands in its statement log.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import stringprep
import unicodedata

ITERATIONS = 4096  # PostgreSQL's own default (scram_iterations)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def saslprep(password: str) -> str:
    """What libpq sends for a password (RFC 4013, as PostgreSQL's ``pg_saslprep``): ASCII as
    it is; otherwise spaces mapped, invisible characters dropped, NFKC; and the password as
    typed whenever that leaves nothing or something prohibited."""
    if password.isascii():
        return password
    mapped = "".join(" " if stringprep.in_table_c12(ch) else ch for ch in password
                     if not stringprep.in_table_b1(ch))
    prepared = unicodedata.normalize("NFKC", mapped)
    if not prepared or any(table(ch) for ch in prepared for table in _PROHIBITED):
        return password
    right_to_left = [stringprep.in_table_d1(ch) for ch in prepared]
    if any(right_to_left) and (any(stringprep.in_table_d2(ch) for ch in prepared)
                               or not (right_to_left[0] and right_to_left[-1])):
        return password
    return prepared


_PROHIBITED = (
    stringprep.in_table_c12, stringprep.in_table_c21, stringprep.in_table_c22,
    stringprep.in_table_c3, stringprep.in_table_c4, stringprep.in_table_c5,
    stringprep.in_table_c6, stringprep.in_table_c7, stringprep.in_table_c8,
    stringprep.in_table_c9,
)


def verifier(password: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    salt = salt if salt is not None else os.urandom(16)
    prepared = saslprep(password).encode("utf-8")
    salted = hashlib.pbkdf2_hmac("sha256", prepared, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    return (f"SCRAM-SHA-256${iterations}:{_b64(salt)}"
            f"${_b64(stored_key)}:{_b64(server_key)}")
