"""Errors every layer shares. Each carries a message a person can act on."""


class ContactWebError(Exception):
    """Base of every expected failure; the CLI prints the message and exits 1."""

    exit_code = 1


class BadInput(ContactWebError):
    """Input that cannot be accepted (a file, a field, a query, a setting)."""


class NotFound(ContactWebError):
    """The thing asked for does not exist or is not visible to this user."""


class PermissionDenied(ContactWebError):
    """The signed-in user's role does not allow the action."""


class Refused(ContactWebError):
    """A rule of the product forbids the action (consent, legal hold, ...)."""


class AuthenticationFailed(ContactWebError):
    """Sign-in failed: wrong name or password, back-off, or disabled account."""

    exit_code = 3

    def __init__(self, message: str, retry_after: float = 0.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after
