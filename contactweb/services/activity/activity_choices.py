"""The kinds of communication and the statuses of a sale, as the command line offers them: it
builds its choices before it signs in, and loading the models (SQLAlchemy with them) then would
keep them from loading while the password's key is derived. Repeated from models/communication.py
and models/sale.py, which may not import the services; a unit test keeps them equal."""

COMMUNICATION_KINDS = ("call", "email", "meeting", "letter", "note")
SALE_STATUSES = ("quote", "won", "lost", "invoiced")
