"""How a connection to the SMTP server is secured, apart from the settings: the command line
offers them as options before it signs in, and loading the settings (SQLAlchemy with them)
then would keep it from loading while the password's key is derived."""

SECURITY_MODES = ("starttls", "ssl", "plain")
