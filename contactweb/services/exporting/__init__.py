"""Exporting contacts to files, and exports for a mailing (eligibility applied)."""

# Here, not in the modules that export: the command line offers them as choices of every
# command of its module (``import`` too), and loading the exporters costs ~0.1 s.
EXPORT_FORMATS = ("csv-google", "csv-outlook", "vcard3", "vcard4", "ldif", "json")
MAILING_CHANNELS = ("email", "post")
