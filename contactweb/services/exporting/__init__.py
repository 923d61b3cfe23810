"""Exporting contacts to files, and exports for a mailing (eligibility applied)."""
