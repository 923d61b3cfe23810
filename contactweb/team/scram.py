"""SCRAM-SHA-256 password verifiers, made on the desktop (RFC 5802, RFC 7677).

``ALTER ROLE ... PASSWORD 'SCRAM-SHA-256$...'`` stores a verifier as given, so a person's
password never travels to the server in the clear, nor lands in its statement log.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import unicodedata

ITERATIONS = 4096  # PostgreSQL's own default (scram_iterations)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def verifier(password: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    salt = salt if salt is not None else os.urandom(16)
    # PostgreSQL applies SASLprep where it can; NFKC is its main step for ordinary text.
    prepared = unicodedata.normalize("NFKC", password).encode("utf-8")
    salted = hashlib.pbkdf2_hmac("sha256", prepared, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    return (f"SCRAM-SHA-256${iterations}:{_b64(salt)}"
            f"${_b64(stored_key)}:{_b64(server_key)}")
