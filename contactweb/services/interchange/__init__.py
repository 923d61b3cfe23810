"""Contact interchange: reading and writing CSV, vCard and JSON contact files (no database)."""
