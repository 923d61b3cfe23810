"""The writers in one place: CSV (Google, Outlook), vCard (3.0, 4.0) and JSON."""

from .csv_writer import neutralise_cell, write_csv
from .json_format import write_json
from .vcard_writer import write_vcard

__all__ = ["neutralise_cell", "write_csv", "write_json", "write_vcard"]
