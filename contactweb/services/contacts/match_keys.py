"""The forms in which duplicate detection compares names and companies: case folded (so
"STRASSE" and "Straße" agree) and runs of white space made one space. A contact's company is
stored in this form beside it (``Contact.company_key``, migration 0015), because no SQL
function folds case as Python does, and an import looks companies up by it."""

from __future__ import annotations

from functools import lru_cache


# An import asks for the same row's keys three or four times (to look its duplicates up,
# match, index and store it): remembered for the last few thousand rows.
@lru_cache(maxsize=8192)
def person_name(first: str, last: str) -> str:
    return " ".join(f"{first} {last}".casefold().split())


@lru_cache(maxsize=8192)
def company_key(company: str) -> str:
    return " ".join(company.casefold().split())
