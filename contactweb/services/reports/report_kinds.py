"""The reports there are, apart from the service that makes them: the command line offers them
as choices before it signs in, and loading the service (SQLAlchemy with it) then would keep it
from loading while the password's key is derived."""

REPORT_KINDS = ("directory", "contact", "sales", "activity", "stats")
