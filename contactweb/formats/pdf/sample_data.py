"""Fictional sample records, in several scripts, for the report screenshots and tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from contactweb.formats.pdf.data import (
    ActivityCount,
    ActivityReportData,
    AttachmentSummary,
    CommunicationItem,
    ConsentRecord,
    ContactDossier,
    CountRow,
    CurrencyTotal,
    DirectoryEntry,
    ErasureReceiptData,
    LabelledAddress,
    LabelledValue,
    Letter,
    LetterSender,
    MailRecipient,
    ReminderItem,
    ReportContact,
    ReportMeta,
    SaleFact,
    SaleLine,
    SaleRecord,
    SalesReportData,
    StatisticsData,
)

SAMPLE_TIME = datetime(2025, 3, 14, 10, 32)
BUSINESS = "Lindenhof Furniture Ltd"


def sample_meta(title: str, confidential: bool = True) -> ReportMeta:
    return ReportMeta(BUSINESS, "Maria Keller", SAMPLE_TIME, title, confidential)


# (first, last, company, title, phone, email, city)
_PEOPLE = (
    ("Amélie", "Dubois", "Atelier Dubois", "Owner", "+33 1 42 68 53 00", "amelie@dubois.example", "Paris"),
    ("José", "Álvarez", "", "", "+34 915 12 34 56", "jose.alvarez@example.es", "Madrid"),
    ("Ελένη", "Παπαδοπούλου", "Κτήμα Ήλιος", "Διευθύντρια", "+30 21 0323 4567", "eleni@ilios.example", "Αθήνα"),
    ("Дмитрий", "Смирнов", "ООО «Берёза»", "Закупщик", "+7 495 123-45-67", "d.smirnov@bereza.example", "Москва"),
    ("太郎", "山田", "山田木工株式会社", "部長", "+81 3-1234-5678", "yamada@mokko.example.jp", "東京"),
    ("伟", "张", "北京家具有限公司", "经理", "+86 10 6552 9988", "zhang.wei@jiaju.example.cn", "北京"),
    ("민준", "김", "서울목재", "대표", "+82 2-312-4567", "minjun.kim@example.kr", "서울"),
    ("שרה", "כהן", "נגרות הגליל", "מנהלת רכש", "+972 3-555-1234", "sarah@galil.example", "תל אביב"),
    ("فاطمة", "الزهراء", "شركة النور للأثاث", "مديرة المشتريات", "+971 4 555 0101", "fatima@alnoor.example", "دبي"),
    ("Łukasz", "Wiśniewski", "Meble Wiśniewski", "Właściciel", "+48 22 555 01 23", "lukasz@meble.example.pl", "Kraków"),
    ("Søren", "Østergaard", "", "", "+45 33 12 34 56", "soren@example.dk", "Aarhus"),
    ("Olivia", "Bennett", "Bennett & Sons", "Buyer", "+1 617 555 0142", "olivia@bennett.example", "Boston"),
    ("", "", "Oakridge Interiors Inc.", "", "+1 212 555 0199", "orders@oakridge.example", "New York"),
    ("Zoë", "Zimmermann", "Zimmermann Design", "Designer", "+49 30 1234 5678", "zoe@zd.example.de", "Berlin"),
)


def sample_directory() -> list[DirectoryEntry]:
    return [
        DirectoryEntry(first, last, company, title, (phone,), (email,), city)
        for first, last, company, title, phone, email, city in _PEOPLE
    ]


def sample_dossier() -> ContactDossier:
    details = ReportContact(
        record_id="C-000142",
        first_name="Amélie",
        last_name="Dubois",
        company="Atelier Dubois",
        title="Owner",
        emails=(LabelledValue("work", "amelie@dubois.example"),
                LabelledValue("home", "amelie.d@example.fr")),
        phones=(LabelledValue("work", "+33 1 42 68 53 00"),
                LabelledValue("mobile", "+33 6 12 34 56 78")),
        addresses=(LabelledAddress("work", ("12 rue des Ébénistes", "75011 Paris", "France")),),
        birthday=date(1981, 6, 2),
        tags=("wholesale", "oak", "priority"),
        owner="Maria Keller",
        visibility="everyone",
        status="active",
        source="Trade fair Köln 2023",
        notes="Prefers calls in the morning. Interested in the walnut range for a hotel fit-out.",
        created_at=datetime(2023, 1, 19, 9, 5),
        updated_at=datetime(2025, 3, 2, 16, 40),
    )
    consent = (
        ConsentRecord("email", "granted", datetime(2023, 1, 19, 9, 6), "web form",
                      "Maria Keller", "Send me the trade newsletter", "trade fair"),
        ConsentRecord("post", "granted", datetime(2023, 1, 19, 9, 6), "signed card",
                      "Maria Keller", "Catalogue by post", "trade fair"),
        ConsentRecord("email", "withdrawn", datetime(2024, 11, 3, 12, 0), "unsubscribe link",
                      "system", "", "newsletter"),
        ConsentRecord("phone", "granted", datetime(2024, 2, 7, 14, 30), "phone call",
                      "Tom Baker", "Happy to be called about orders", "call"),
    )
    start = datetime(2025, 1, 6, 9, 30)
    communications = tuple(
        CommunicationItem(start + timedelta(days=9 * i), kind, direction, subject, summary,
                          user, minutes)
        for i, (kind, direction, subject, summary, user, minutes) in enumerate((
            ("call", "out", "Walnut range", "Asked for prices on 40 chairs.", "Tom Baker", 12),
            ("email", "in", "Quote request", "Hotel project, delivery in May.", "Tom Baker", None),
            ("meeting", "out", "Showroom visit", "Chose finish: natural oil.", "Maria Keller", 55),
            ("letter", "out", "Order confirmation", "", "Maria Keller", None),
            ("note", "", "Payment terms", "Agreed 30 days net.", "Tom Baker", None),
        ))
    )
    sales = (
        SaleRecord(date(2024, 9, 12), "EUR", (SaleLine("Oak table", Decimal(2), Decimal("450.00")),
                                              SaleLine("Oak chair", Decimal(8), Decimal("89.50"))),
                   "S-2024-118", "paid"),
        SaleRecord(date(2025, 2, 20), "EUR", (SaleLine("Walnut chair", Decimal(40),
                                                       Decimal("129.00")),), "S-2025-031", "open"),
        SaleRecord(date(2025, 3, 1), "GBP", (SaleLine("Delivery to London", Decimal(1),
                                                      Decimal("180.00")),), "S-2025-040", "paid"),
    )
    reminders = (
        ReminderItem(datetime(2025, 3, 20, 9, 0), "Call about delivery date", "Tom Baker"),
        ReminderItem(datetime(2025, 4, 1, 9, 0), "Send walnut samples", "Maria Keller"),
        ReminderItem(datetime(2025, 2, 1, 9, 0), "Old task", "Tom Baker", done=True),
    )
    return ContactDossier(details, consent, communications, sales, reminders)


def sample_sales() -> SalesReportData:
    customers = ("Atelier Dubois", "山田木工株式会社", "Bennett & Sons", "ООО «Берёза»",
                 "شركة النور للأثاث", "Oakridge Interiors Inc.", "Κτήμα Ήλιος")
    products = (("Oak table", "450.00"), ("Oak chair", "89.50"), ("Walnut chair", "129.00"),
                ("Bookshelf", "310.00"), ("Delivery", "60.00"))
    lines = []
    for index in range(120):
        month = 1 + index % 12
        customer = customers[(index * 5) % len(customers)]
        product, price = products[(index * 3) % len(products)]
        quantity = Decimal(1 + index % 6)
        currency = "USD" if customer in ("Bennett & Sons", "Oakridge Interiors Inc.") else "EUR"
        lines.append(SaleFact(date(2024, month, 1 + index % 27), customer, product, quantity,
                              quantity * Decimal(price), currency))
    return SalesReportData(date(2024, 1, 1), date(2024, 12, 31), lines, top_customer_count=5)


def sample_activity() -> ActivityReportData:
    users = ("Maria Keller", "Tom Baker", "Ana Souza")
    kinds = ("call", "email", "meeting", "letter", "note")
    counts = []
    monday = date(2025, 1, 6)
    for week in range(8):
        for user_index, user in enumerate(users):
            for kind_index, kind in enumerate(kinds):
                count = (week + 2 * user_index + 3 * kind_index) % 7
                if count:
                    counts.append(ActivityCount(monday + timedelta(weeks=week), user, kind,
                                                count))
    return ActivityReportData(monday, monday + timedelta(weeks=8, days=-1), counts)


def sample_statistics() -> StatisticsData:
    return StatisticsData(
        as_of=date(2025, 3, 14),
        total_contacts=1284,
        by_status=(CountRow("active", 1190), CountRow("closed", 94)),
        by_tag=(CountRow("wholesale", 412), CountRow("retail", 655), CountRow("oak", 230),
                CountRow("priority", 41), CountRow("hotel", 18)),
        by_region=(CountRow("Île-de-France", 210), CountRow("Bayern", 188),
                   CountRow("Αττική", 40), CountRow("東京都", 35), CountRow("Москва", 52),
                   CountRow("Massachusetts", 97), CountRow("(no region)", 662)),
        sales_totals=(CurrencyTotal("EUR", Decimal("284310.50"), 611),
                      CurrencyTotal("USD", Decimal("91240.00"), 148),
                      CurrencyTotal("JPY", Decimal("1250000"), 12)),
        sales_period="2024",
    )


def sample_sender() -> LetterSender:
    return LetterSender(BUSINESS, ("Unit 4, Canal Wharf", "Leeds LS11 5PS", "United Kingdom"),
                        ("+44 113 496 0000", "hello@lindenhof.example", "lindenhof.example"))


def sample_recipients() -> list[MailRecipient]:
    return [
        MailRecipient("Amélie Dubois", ("Atelier Dubois", "12 rue des Ébénistes",
                                        "75011 Paris", "France")),
        MailRecipient("Olivia Bennett", ("Bennett & Sons", "88 Harbor Street",
                                         "Boston, MA 02110", "USA")),
        MailRecipient("山田 太郎", ("〒150-0002", "東京都渋谷区渋谷2-21-1", "Japan")),
        MailRecipient("Дмитрий Смирнов", ("ул. Тверская, д. 7, кв. 12", "125009 Москва",
                                          "Russia")),
        MailRecipient("שרה כהן", ("רחוב הרצל 15", "תל אביב 6578901", "Israel")),
        MailRecipient("فاطمة الزهراء", ("شارع الشيخ زايد 21", "دبي",
                                        "United Arab Emirates")),
    ]


def sample_letters() -> list[Letter]:
    body = (
        "Dear {name},\n\n"
        "Thank you for your interest in our new walnut range. As a valued customer you are "
        "invited to our spring showroom days on 4 and 5 April, where every piece can be seen "
        "and tried.\n\n"
        "Orders placed during the showroom days are delivered free of charge anywhere in "
        "Europe. If you would rather not receive letters from us, tell us at any time and we "
        "will stop.\n\n"
        "Kind regards,\n\nMaria Keller\nLindenhof Furniture Ltd"
    )
    return [
        Letter(recipient, body.format(name=recipient.name), date(2025, 3, 14),
               "Spring showroom days", reference="SP-2025")
        for recipient in sample_recipients()
    ]


def sample_erasure() -> ErasureReceiptData:
    return ErasureReceiptData(
        erased_at=datetime(2025, 3, 14, 11, 5),
        erased_by="Maria Keller",
        record_id="E-2025-0007",
        removed=(CountRow("contact record", 1), CountRow("email addresses", 2),
                 CountRow("phone numbers", 2), CountRow("postal addresses", 1),
                 CountRow("communications", 5), CountRow("attachments", 1),
                 CountRow("consent records", 4), CountRow("sales", 3),
                 CountRow("reminders", 3), CountRow("search index rows", 1)),
        request_reference="DSR-2025-003",
    )


def sample_attachments() -> list[AttachmentSummary]:
    return [
        AttachmentSummary("call-2025-01-06.ogg", "recording", 1_482_113,
                          datetime(2025, 1, 6, 9, 42), date(2025, 7, 6)),
        AttachmentSummary("quote-walnut.pdf", "document", 84_220, datetime(2025, 1, 15, 10, 0)),
    ]
