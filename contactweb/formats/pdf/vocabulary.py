"""The words ContactWeb stores as codes (a contact's status, a consent status, a kind of
communication, the label of a phone number...), as the document's language prints them. A
value that is not one of them (typed text, a custom label) is printed as it is."""

from __future__ import annotations

from contactweb.formats.pdf.language import _
from contactweb.i18n import N_

# Keys are the stored codes, lower case, with spaces for underscores.
VOCABULARY = {
    # a contact
    "active": N_("active"), "closed": N_("closed"), "manual": N_("typed in"),
    "import": N_("imported"), "everyone": N_("everyone"), "owner only": N_("owner only"),
    # labels of email addresses, phone numbers and postal addresses
    "work": N_("work"), "home": N_("home"), "mobile": N_("mobile"), "fax": N_("fax"),
    "other": N_("other"), "billing": N_("billing"), "shipping": N_("shipping"),
    # consent
    "granted": N_("granted"), "opted out": N_("opted out"), "unknown": N_("unknown"),
    "web form": N_("web form"), "in person": N_("in person"), "by phone": N_("by phone"),
    "email reply": N_("email reply"), "paper form": N_("paper form"),
    "recorded by staff": N_("recorded by staff"), "merge": N_("from merged duplicates"),
    "previously erased": N_("previously erased"), "reply to a mailing": N_("reply to a mailing"),
    "reply to a mailing (recorded by hand)": N_("reply to a mailing (recorded by hand)"),
    "taken back (undo)": N_("taken back (undo)"),
    # communications
    "call": N_("call"), "email": N_("email"), "meeting": N_("meeting"), "letter": N_("letter"),
    "note": N_("note"), "recording": N_("recording"), "document": N_("document"),
    "in": N_("in"), "out": N_("out"),
    # sales
    "quote": N_("quote"), "won": N_("won"), "lost": N_("lost"), "invoiced": N_("invoiced"),
}


def word(value: str) -> str:
    """``value`` in the document's language when it is a stored code, else unchanged."""
    message = VOCABULARY.get(value.strip().replace("_", " ").casefold())
    if message is None:
        return value
    translated = _(message)
    # "Opted out" written as a heading word stays one: the capital is kept.
    return translated[:1].upper() + translated[1:] if value[:1].isupper() else translated


# A channel as the reader's language names it (translated where printed). Here, not with the
# PDF sections that print it too: `contact show` reads it without loading reportlab.
CHANNEL_NAMES = {"email": N_("email"), "post": N_("post"), "phone": N_("phone"),
                 "sms": N_("text message")}


def channel_name(channel: str) -> str:
    return _(CHANNEL_NAMES[channel]) if channel in CHANNEL_NAMES else channel
