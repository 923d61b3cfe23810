"""Plain input records for the PDF reports.

The report renderers never touch the database: a service runs the queries, fills these
records and hands them over. Text fields are plain Unicode (any script, no markup); money is
`Decimal` with an ISO 4217 currency code beside it; amounts in different currencies are never
added together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from contactweb.i18n import N_

PageSize = Literal["A4", "Letter"]

# Translated where they are printed, in the document's language (formats/pdf/language.py).
DEFAULT_CONFIDENTIAL_TEXT = N_("Confidential – contains personal data")
NO_PERSONAL_DATA_TEXT = N_("Contains no personal data")
ACCESS_SUMMARY_TITLE = N_("What we hold about you")


@dataclass(frozen=True)
class ReportMeta:
    """What every report prints around its content (header, footer, PDF properties)."""

    business_name: str
    made_by: str  # the signed-in user's display name or username
    made_at: datetime
    title: str
    confidential: bool = True
    confidential_text: str = DEFAULT_CONFIDENTIAL_TEXT  # footer line when confidential
    page_size: PageSize = "A4"
    locale: str = ""  # CLDR locale of dates and numbers ("en_US"); "" writes ISO dates
    language: str = ""  # the language its texts are written in ("de"); "": English
    logo_png: bytes = b""  # the business's logo, printed in the header when given


# --- shared pieces -------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelledValue:
    label: str  # "work", "mobile", ...
    value: str


@dataclass(frozen=True)
class LabelledAddress:
    label: str
    lines: Sequence[str]  # already formatted for the country, first line first


@dataclass(frozen=True)
class CountRow:
    label: str
    count: int


# A region or tag counted fewer times than this could point at one person, so its label is
# not printed in a report that claims to hold no personal data.
SMALL_COUNT_THRESHOLD = 5
OTHER_LABEL = "other"


def suppress_small_counts(rows: Sequence[CountRow],
                          threshold: int = SMALL_COUNT_THRESHOLD) -> tuple[CountRow, ...]:
    """Rows counted fewer than `threshold` times are merged into one "other" row (idempotent)."""
    kept = tuple(row for row in rows if row.count >= threshold and row.label != OTHER_LABEL)
    other = sum(row.count for row in rows if row.count < threshold or row.label == OTHER_LABEL)
    return (*kept, CountRow(OTHER_LABEL, other)) if other else kept


# --- contact directory ---------------------------------------------------------------------


@dataclass(frozen=True)
class DirectoryEntry:
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    title: str = ""
    phones: Sequence[str] = ()
    emails: Sequence[str] = ()
    city: str = ""


# --- contact dossier and access summary ----------------------------------------------------


@dataclass(frozen=True)
class ReportContact:
    """A contact as the dossier and access report print it (not ``contacts.ContactDetails``,
    which an edit dialog reads and writes)."""

    record_id: str
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    title: str = ""
    emails: Sequence[LabelledValue] = ()
    phones: Sequence[LabelledValue] = ()
    addresses: Sequence[LabelledAddress] = ()
    birthday: date | None = None
    tags: Sequence[str] = ()
    owner: str = ""
    visibility: str = ""
    status: str = ""  # "active" / "closed"
    source: str = ""
    notes: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class ConsentRecord:
    """One consent history row; for each channel the newest row is the current status."""

    channel: str  # "email", "post", "phone", "sms"
    status: str  # e.g. "granted", "withdrawn", "opted out"
    recorded_at: datetime
    method: str = ""  # how it was given or withdrawn
    recorded_by: str = ""
    wording: str = ""
    source: str = ""
    evidence: str = ""  # what the person said or signed, typed when it was recorded
    override_reason: str = ""  # why an opt-out was reversed


@dataclass(frozen=True)
class CommunicationItem:
    occurred_at: datetime
    kind: str  # call, email, meeting, letter, note, recording
    direction: str = ""  # "in" / "out" / ""
    subject: str = ""
    summary: str = ""  # short excerpt of the body, already trimmed by the caller
    user: str = ""
    duration_minutes: int | None = None


@dataclass(frozen=True)
class SaleLine:
    product: str
    quantity: Decimal
    unit_price: Decimal

    @property
    def amount(self) -> Decimal:
        return self.quantity * self.unit_price


@dataclass(frozen=True)
class SaleRecord:
    sale_date: date
    currency: str
    lines: Sequence[SaleLine]
    reference: str = ""
    status: str = ""

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal(0))


@dataclass(frozen=True)
class ReminderItem:
    due_at: datetime
    text: str
    assignee: str = ""
    done: bool = False


@dataclass(frozen=True)
class ContactDossier:
    details: ReportContact
    consent_history: Sequence[ConsentRecord] = ()
    communications: Sequence[CommunicationItem] = ()
    sales: Sequence[SaleRecord] = ()
    reminders: Sequence[ReminderItem] = ()  # done ones are left out of the report


@dataclass(frozen=True)
class AttachmentSummary:
    file_name: str
    kind: str  # "recording" / "document"
    size_bytes: int
    added_at: datetime
    retain_until: date | None = None


@dataclass(frozen=True)
class TableSection:
    """A titled table of plain text, for records that have no section of their own."""

    title: str
    headings: Sequence[str]
    rows: Sequence[Sequence[str]]
    shares: Sequence[float]  # each column's share of the page width
    empty_text: str = N_("None.")  # translated where printed
    note: str = ""  # a sentence under the title


@dataclass(frozen=True)
class AccessSummaryData:
    """Everything needed for a "What we hold about you" answer to an access request."""

    dossier: ContactDossier
    attachments: Sequence[AttachmentSummary] = ()
    request_received: date | None = None
    purposes: Sequence[str] = (  # translated where printed
        N_("Keeping in touch with you about the products and services you asked about."),
        N_("Recording sales, so that we can keep our accounts and honour guarantees."),
    )
    contact_point: str = ""  # who to ask about this answer, e.g. "privacy@example.com"
    more_details: Sequence[tuple[str, str]] = ()  # printed after the contact's own details
    # Printed instead of the open reminders and the files table when given: every record
    # of the answer, in the order of the sections.
    sections: Sequence[TableSection] = ()


@dataclass(frozen=True)
class ErasureReceiptData:
    """Proof that an erasure was carried out. Holds no personal data by design."""

    erased_at: datetime
    erased_by: str
    record_id: str  # the ErasureRecord's id, not the contact's
    removed: Sequence[CountRow]  # e.g. ("communications", 12)
    request_reference: str = ""


# --- sales, activity, statistics -----------------------------------------------------------


@dataclass(frozen=True)
class SaleFact:
    """One sale line in the period; the report does the grouping."""

    sale_date: date
    customer: str
    product: str
    quantity: Decimal
    amount: Decimal  # quantity × unit price
    currency: str


@dataclass(frozen=True)
class SalesReportData:
    period_start: date
    period_end: date
    lines: Sequence[SaleFact]
    top_customer_count: int = 10


@dataclass(frozen=True)
class ActivityCount:
    """How many communications of one kind a user logged in one week (counted in SQL)."""

    week_start: date  # the Monday
    user: str
    kind: str
    count: int


@dataclass(frozen=True)
class ActivityReportData:
    period_start: date
    period_end: date
    counts: Sequence[ActivityCount]


@dataclass(frozen=True)
class CurrencyTotal:
    currency: str
    amount: Decimal
    sales_count: int


@dataclass(frozen=True)
class StatisticsData:
    as_of: date
    total_contacts: int
    by_status: Sequence[CountRow] = ()
    by_tag: Sequence[CountRow] = ()
    by_region: Sequence[CountRow] = ()
    sales_totals: Sequence[CurrencyTotal] = ()
    sales_period: str = ""  # e.g. "2024", shown beside the sales totals


# --- mailing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MailRecipient:
    name: str
    address_lines: Sequence[str]  # without the name; already formatted for the country


@dataclass(frozen=True)
class LetterSender:
    """The letterhead: the business's own postal address and how to reach it."""

    business_name: str
    address_lines: Sequence[str]
    contact_lines: Sequence[str] = ()  # phone, email, web address


@dataclass(frozen=True)
class Letter:
    recipient: MailRecipient
    body: str  # final text, merge fields applied; blank lines separate paragraphs
    letter_date: date
    subject: str = ""
    reference: str = ""  # printed as "Our reference" when given
    language: str = ""  # the recipient's; "": the document's (ReportMeta.language)
    locale: str = ""  # the recipient's formats (its date line); "": the document's
