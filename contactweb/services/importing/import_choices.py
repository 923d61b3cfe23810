"""What an import can be asked for, apart from the importer: the command line offers them as
choices before it signs in, and loading the importer (SQLAlchemy with it) then would keep it
from loading while the password's key is derived."""

DUPLICATE_CHOICES = ("skip", "update", "create")
IMPORT_FORMATS = ("csv", "vcard", "ldif", "json")
