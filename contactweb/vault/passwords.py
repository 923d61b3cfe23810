"""The password rule for every account: strong enough to face an offline guess."""

from __future__ import annotations

import secrets
import string

from contactweb.errors import BadInput
from contactweb.i18n import _

MIN_LENGTH = 12
PASSPHRASE_LENGTH = 20
# Read aloud or copied from paper: no glyphs that look alike (1/l/I, 0/O/o).
AMBIGUOUS_GLYPHS = frozenset("01lIoO")
UNAMBIGUOUS_ALPHABET = "".join(
    c for c in string.ascii_letters + string.digits if c not in AMBIGUOUS_GLYPHS)


def password_problem(password: str) -> str | None:
    """Returns why a password is refused, or None when it is acceptable."""
    if len(password) >= PASSPHRASE_LENGTH:
        return None
    if len(password) < MIN_LENGTH:
        return _("Use at least {length} characters with letters, digits and a symbol, "
                 "or a passphrase of {passphrase} or more.").format(
                     length=MIN_LENGTH, passphrase=PASSPHRASE_LENGTH)
    has_letter = any(c.isalpha() for c in password)
    has_digit = any(c.isdigit() for c in password)
    has_symbol = any(not c.isalnum() and not c.isspace() for c in password)
    if not (has_letter and has_digit and has_symbol):
        return _("A password shorter than 20 characters needs letters, digits and a symbol "
                 "(or use a passphrase of 20 or more characters).")
    return None


def check_password(password: str) -> None:
    problem = password_problem(password)
    if problem:
        raise BadInput(problem)


def strength(password: str) -> int:
    """0..4 for a strength meter: length and variety, capped."""
    classes = sum([
        any(c.islower() for c in password), any(c.isupper() for c in password),
        any(c.isdigit() for c in password), any(not c.isalnum() for c in password),
    ])
    score = min(len(password) // 5, 4) + classes - 2
    if password_problem(password):
        score = min(score, 1)
    return max(0, min(score, 4))


def generate_temporary_password() -> str:
    core = "".join(secrets.choice(UNAMBIGUOUS_ALPHABET) for _ in range(14))
    return f"{core[:7]}-{core[7:]}7"
