"""Temporary passwords are read aloud or copied from paper: no look-alike glyphs."""

from contactweb.vault.passwords import generate_temporary_password, password_problem


def test_temporary_passwords_have_no_ambiguous_glyphs_and_pass_the_rule() -> None:
    passwords = [generate_temporary_password() for _ in range(2000)]
    seen = set("".join(passwords))
    assert not seen & set("01lIoO")
    assert all(password_problem(p) is None for p in passwords)
    assert len(set(passwords)) == len(passwords)
