"""The channels consent is kept for, as the command line offers them: it builds its choices
before it signs in, and loading the model (SQLAlchemy with it) then would keep it from loading
while the password's key is derived. Repeated from models/consent.py, which may not import the
services; a unit test keeps the two equal."""

CHANNELS = ("email", "post", "phone", "sms")
