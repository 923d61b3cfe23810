"""Email addresses in lower case, the mailbox each is (one message per mailbox, none to an
opted-out one), made for tens of thousands of addresses at once: ``str.lower`` over one text
instead of one call per address."""

from __future__ import annotations

# White space as str.isspace() finds it in ASCII text (space, \t \n \v \f \r, \x1c-\x1f).
_ASCII_SPACE = tuple(chr(c) for c in range(128) if chr(c).isspace())


def lowered(addresses: list[str]) -> tuple[list[str], bool]:
    """``str.lower`` of each address, made in one call over the addresses joined by NUL:
    NUL is neither cased nor case-ignorable, so it bounds each address as the ends of a
    string do (Greek final sigma included). Addresses holding a NUL are lowered one by one.
    Second: whether any address holds a "+" or white space (a sub-address or a padding that
    may hide an opted-out mailbox; split() finds white space at C speed, and one at either end
    of the whole text, which it would drop, is looked at apart)."""
    joined = "\0".join(addresses)
    lowered_text = joined.lower()
    sub_addressed = "+" in lowered_text or lowered_text[:1].isspace() or \
        lowered_text[-1:].isspace() or len(lowered_text.split(maxsplit=1)) > 1
    if lowered_text == joined:  # already lower case, as addresses mostly are: nothing to split
        return addresses, sub_addressed
    keys = lowered_text.split("\0")
    return (keys if len(keys) == len(addresses) else list(map(str.lower, addresses)),
            sub_addressed)


def lowered_joined(addresses: list[str], joined: str, separator: str
                   ) -> tuple[list[str], bool]:
    """``lowered``, read off ``joined``: the addresses joined by ``separator``, which none of
    them holds. ASCII text is lowered as a whole (each character on its own), and mostly is
    its own lower case already: then the addresses are their own keys, and no address is
    looked at. Other text is lowered by ``lowered`` (Greek final sigma depends on what
    follows it)."""
    if not joined.isascii() or len(separator) != 1 or separator.isspace():
        return lowered(addresses)
    sub_addressed = "+" in joined or any(map(joined.__contains__, _ASCII_SPACE))
    lowered_text = joined.lower()
    if lowered_text == joined:
        return addresses, sub_addressed
    keys = lowered_text.split(separator) if addresses else []
    return (keys if len(keys) == len(addresses) else list(map(str.lower, addresses)),
            sub_addressed)
