"""What a person planning a large mailing must know about the large mailbox providers.

Gmail and Yahoo (since February 2024) ask anyone sending close to 5,000 messages a day to
their users for one-click unsubscribe: RFC 8058, a ``List-Unsubscribe`` header with an HTTPS
link plus ``List-Unsubscribe-Post: List-Unsubscribe=One-Click``, where a POST to the link
unsubscribes at once. That needs a web server reachable from the internet at all times, which
a desktop application cannot be; ContactWeb's messages carry the mailto form only (RFC 2369),
which is right for smaller mailings. Saying so where the mailing is planned (the command
line's send and dry run, the GUI wizard) beats a silent rejection later.
"""

from __future__ import annotations

from contactweb.i18n import _, number_text

LARGE_MAILING = 4000  # recipients; the providers' line is "close to 5,000 a day"


def large_mailing_notice(recipients: int) -> str | None:
    """A notice for a mailing of this many recipients, or None when it is small enough."""
    if recipients <= LARGE_MAILING:
        return None
    return _("{recipients} recipients is bulk mail to the large providers (Gmail, Yahoo, "
             "Outlook), which require one-click unsubscribe from senders of about 5,000 "
             "messages a day or more: a List-Unsubscribe-Post header with an HTTPS link "
             "(RFC 8058). A desktop application cannot serve that link, so these messages "
             "carry the mailto: List-Unsubscribe only, and those providers may reject or junk "
             "part of this mailing. Send it in batches of fewer than {limit} a day, or use "
             "a mailing service for a list this size.").format(
                 recipients=number_text(recipients), limit=number_text(LARGE_MAILING))
