"""Contact interchange: reading and writing CSV, vCard, LDIF and JSON contact files.

Plain Python, no database: readers return a ParseResult of ContactRecords plus the problems
met on the way (a human reason each); a file that cannot be read at all raises
InterchangeError. See record.py for the conventions every reader keeps.
"""

from .csv_detection import suggested_fields
from .csv_reader import MAPPABLE_FIELDS, detect_headers, read_csv, stream_csv
from .json_format import read_json, write_json
from .ldif_reader import read_ldif
from .ldif_writer import write_ldif
from .record import (
    MAX_PHOTO_BYTES,
    ContactRecord,
    ImportProblem,
    InterchangeError,
    LabelledValue,
    ParseResult,
    ParseStream,
    PostalAddress,
)
from .vcard_reader import read_vcards
from .writers import neutralise_cell, write_csv, write_vcard

__all__ = [
    "MAPPABLE_FIELDS",
    "MAX_PHOTO_BYTES",
    "ContactRecord",
    "ImportProblem",
    "InterchangeError",
    "LabelledValue",
    "ParseResult",
    "ParseStream",
    "PostalAddress",
    "detect_headers",
    "neutralise_cell",
    "read_csv",
    "stream_csv",
    "read_json",
    "read_ldif",
    "read_vcards",
    "suggested_fields",
    "write_csv",
    "write_json",
    "write_ldif",
    "write_vcard",
]
