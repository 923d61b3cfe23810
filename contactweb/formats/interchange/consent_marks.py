"""How a contact file carries consent per channel, so that an outside mailing tool can honour
an opt-out and a ContactWeb export read back keeps it.

- CSV: one column per channel at the end of the header ("Consent Email" ... "Consent SMS"),
  each "granted", "opted out" or "unknown";
- vCard: ``X-CONTACTWEB-CONSENT;CHANNEL=email:opted-out``, one property per channel;
- JSON: ``"consent": {"email": "opted_out", ...}``.

Statuses inside a ``ContactRecord`` are the vault's own words (``granted``, ``opted_out``,
``unknown``). Reading accepts any of the spellings above; what a reader does not understand
is reported, never guessed (an importer only ever honours an opt-out).
"""

from __future__ import annotations

# The vault's channels and statuses (models/consent.py); repeated here because interchange
# stays free of the database layer. A unit test keeps the two equal.
CHANNELS = ("email", "post", "phone", "sms")
GRANTED, OPTED_OUT, UNKNOWN = "granted", "opted_out", "unknown"
STATUSES = (GRANTED, OPTED_OUT, UNKNOWN)

CSV_HEADERS = {"email": "Consent Email", "post": "Consent Post", "phone": "Consent Phone",
               "sms": "Consent SMS"}
VCARD_PROPERTY = "X-CONTACTWEB-CONSENT"
_CSV_WORDS = {GRANTED: "granted", OPTED_OUT: "opted out", UNKNOWN: "unknown"}
_VCARD_WORDS = {GRANTED: "granted", OPTED_OUT: "opted-out", UNKNOWN: "unknown"}
# Every spelling a file may use, after lowercasing and turning "-" and "_" into spaces.
_READ = {"granted": GRANTED, "opted out": OPTED_OUT, "opt out": OPTED_OUT,
         "optedout": OPTED_OUT, "optout": OPTED_OUT, "unknown": UNKNOWN}


def csv_word(status: str) -> str:
    return _CSV_WORDS.get(status, "")


def vcard_word(status: str) -> str:
    return _VCARD_WORDS.get(status, "")


def parse_status(text: str) -> str | None:
    """The status a cell or property value names, or None when it names none."""
    key = " ".join(text.strip().lower().replace("-", " ").replace("_", " ").split())
    return _READ.get(key)


def parse_channel(text: str) -> str | None:
    key = text.strip().lower()
    return key if key in CHANNELS else None
