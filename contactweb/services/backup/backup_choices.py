"""What the backup commands offer before anyone signs in: the default folder inside a bucket
and the bases for a transfer to the United States. Apart from the modules that use them: the
command line builds its options from these, and loading those modules (SQLAlchemy and the
transports with them) then would keep them from loading while the password's key is derived."""

DEFAULT_PREFIX = "contactweb"
BASES = {
    "consent": "the contacts concerned consented to the transfer",
    "encryption": "client-side encryption with keys held only by the business",
}
