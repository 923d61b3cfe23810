"""The recipient list against a plain reference: the rules written out contact by contact in
Python over the stored rows, the way the old row-by-row eligibility applied them. Random
vaults (hypothesis) with the awkward cases: shared and re-cased mailboxes, opted-out
duplicates, owner-only contacts seen by staff, closed and erased contacts, consent on one
channel only, addresses that are blank, spaces only, or several per contact at the same
position, names that need the fallbacks or hold JSON and separator characters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, text

from contactweb.models import (
    ConsentEvent,
    ConsentState,
    Contact,
    ContactAddress,
    ContactEmail,
    Tag,
    contact_tags,
)
from contactweb.services import settings as vault_settings
from contactweb.services.consent.mailbox_statements import normalised_email
from contactweb.services.eligibility.eligibility import (
    ADDRESS_OPTED_OUT,
    CLOSED,
    DUPLICATE_ADDRESS,
    ERASED,
    HIDDEN_NAME,
    NO_ADDRESS,
    NO_CONSENT,
    NOT_VISIBLE,
    OPTED_OUT,
    EligibilityChecker,
    Excluded,
    Recipient,
    Selection,
    eligible_recipients,
    reason_text,
)
from contactweb.store.fts import build_match_query
from contactweb.store.search_sql import matching_contact_ids
from contactweb.vault.workspace import Workspace

CHUNK = 500  # hand-picked ids are decided 500 at a time, in the order given


def _display_name(c: Contact) -> str:
    full = (c.first_name + " " + c.last_name).strip(" ")  # SQL trim(): spaces only
    for candidate in (full, c.company, c.primary_email):
        if candidate != "":
            return candidate
    return f"Contact {c.id}"


def _usable(a: ContactAddress) -> bool:
    return a.street.strip(" ") != "" and (a.city.strip(" ") != "" or a.postcode.strip(" ") != "")


def _recipient(c: Contact, name: str, channel: str, addresses: list[ContactAddress],
               home: str) -> Recipient | None:
    if channel == "post":
        usable = sorted((a for a in addresses if _usable(a)), key=lambda a: (a.position, a.id))
        if not usable:
            return None
        a = usable[0]
        line = a.street.replace("\n", ", ").strip(" ") + ", " + \
            (a.postcode + " " + a.city).strip(" ")
        return Recipient(c.id, name, line, (a.street, a.city, a.region, a.postcode, a.country,
                                            home))
    address = c.primary_email if channel == "email" else c.primary_phone
    return Recipient(c.id, name, address) if address != "" else None


def reference(ws: Workspace, channel: str, selection: Selection
              ) -> tuple[list[Recipient], list[Excluded]]:
    """Contact by contact, in the order they are decided."""
    with ws.session(readonly=True) as s:
        contacts = {c.id: c for c in s.execute(select(Contact)).scalars()}
        consent = {(r.contact_id, r.channel): r.status
                   for r in s.execute(select(ConsentState)).scalars()}
        addresses: dict[int, list[ContactAddress]] = {}
        for a in s.execute(select(ContactAddress)).scalars():
            addresses.setdefault(a.contact_id, []).append(a)
        opted_mailboxes = {normalised_email(e.address)
                           for e in s.execute(select(ContactEmail)).scalars()
                           if consent.get((e.contact_id, "email")) == "opted_out"}
        chosen = set(contacts)
        if selection.search.strip():
            match = build_match_query(selection.search)
            chosen &= set(s.execute(matching_contact_ids(match)).scalars()) if match else set()
        if selection.tag:
            chosen &= set(s.execute(select(contact_tags.c.contact_id).join(
                Tag, Tag.id == contact_tags.c.tag_id).where(Tag.name == selection.tag)
            ).scalars())
        home = str(vault_settings.read(s, "default_region") or "").upper()
        if selection.ids is None:
            order = sorted(chosen)
        else:
            given = list(dict.fromkeys(selection.ids))
            order = [cid for start in range(0, len(given), CHUNK)
                     for cid in sorted(given[start:start + CHUNK]) if cid in chosen]
        included: list[Recipient] = []
        excluded: list[tuple[int, str, str]] = []
        seen: set[str] = set()
        for cid in order:
            if cid not in contacts:
                continue
            c = contacts[cid]
            visible = ws.is_admin or c.visibility == "everyone" or c.owner_id == ws.user_id
            name = _display_name(c) if visible else HIDDEN_NAME
            status = consent.get((cid, channel))
            recipient = _recipient(c, name, channel, addresses.get(cid, []), home)
            code = (NOT_VISIBLE if not visible else CLOSED if c.status == "closed"
                    else OPTED_OUT if status == "opted_out"
                    else NO_CONSENT if status != "granted"
                    else NO_ADDRESS if recipient is None else None)
            if code is None and channel == "email":
                if normalised_email(c.primary_email) in opted_mailboxes:
                    code = ADDRESS_OPTED_OUT
                elif c.primary_email.lower() in seen:
                    code = DUPLICATE_ADDRESS
                else:
                    seen.add(c.primary_email.lower())
            if code is None:
                included.append(recipient)
            else:
                excluded.append((cid, name, code))
    if selection.ids is not None:
        # A picked id the vault no longer holds is erased; one that the tag or search
        # leaves out is not in the mailing at all.
        excluded += [(cid, f"Contact {cid}", ERASED) for cid in dict.fromkeys(selection.ids)
                     if cid not in contacts]
    excluded.sort(key=lambda e: (e[1].casefold(), e[0]))
    return included, [Excluded(cid, name, reason_text(code, channel), code)
                      for cid, name, code in excluded]


def assert_matches_reference(ws: Workspace, channel: str, selection: Selection) -> None:
    result = eligible_recipients(ws, channel, selection)
    included, excluded = reference(ws, channel, selection)
    assert len(result.included) == len(included)
    assert len(result.excluded) == len(excluded)
    assert result.counts_by_reason() == dict(Counter(e.code for e in excluded))
    assert list(result.included) == included
    assert list(result.excluded) == excluded
    _assert_recheck_agrees(ws, channel, result.included, result.excluded)


def _assert_recheck_agrees(ws: Workspace, channel: str, included: list[Recipient],
                           excluded: list[Excluded]) -> None:
    """The check just before each message reaches the same verdict, except that it does not
    know the other recipients (one per mailbox) and compares mailboxes with Python's fuller
    lower(): it may refuse more, never less."""
    checker = EligibilityChecker(ws, channel)
    with ws.session(readonly=True) as s:
        for recipient in included:
            outcome = checker.check(s, recipient.contact_id)
            assert outcome == recipient or (outcome.code == ADDRESS_OPTED_OUT
                                            and not recipient.address.isascii())
        for entry in excluded:
            outcome = checker.check(s, entry.contact_id)
            if entry.code == DUPLICATE_ADDRESS:
                assert isinstance(outcome, Recipient) or outcome.code == ADDRESS_OPTED_OUT
            else:
                assert outcome == entry


# --- random vaults ---------------------------------------------------------------------

NAMES = st.sampled_from(["", " ", "Ann", "ann", "Zoë", "Émile", "ß", "İpek", 'Q"uote',
                         "[1,2]", "a\x1fb", "com,ma", "Lee"])
MAILBOXES = st.sampled_from(["ann@example.org", "Ann@Example.org", "ANN@EXAMPLE.ORG",
                             "bo@example.org", "ÉVE@example.org", "éve@example.org",
                             "Straße@example.org", "x\x1fy@example.org", ""])
STREETS = st.sampled_from(["", " ", "  ", "1 Main St", "2 Side Rd\nFlat 3", " 4 Quay "])
TOWNS = st.sampled_from(["", " ", "Springfield", "Dublin "])
POSTCODES = st.sampled_from(["", " ", "62701", "D02 X285"])
CONSENT = st.sampled_from([None, "granted", "opted_out", "unknown"])

ADDRESS = st.fixed_dictionaries({
    "street": STREETS, "city": TOWNS, "postcode": POSTCODES,
    "region": st.sampled_from(["", "IL"]), "country": st.sampled_from(["", "US", "IE"]),
    "position": st.integers(0, 2)})
CONTACT = st.fixed_dictionaries({
    "first": NAMES, "last": NAMES, "company": st.sampled_from(["", " ", "Acme", "acme"]),
    "emails": st.lists(MAILBOXES, max_size=3), "phone": st.sampled_from(["", "+14155550100"]),
    "closed": st.booleans(), "owner": st.sampled_from(["everyone", "admin", "staff", "nobody"]),
    "email": CONSENT, "post": CONSENT, "phone_consent": CONSENT,
    "addresses": st.lists(ADDRESS, max_size=3), "tagged": st.booleans(),
    "erased": st.booleans()})


def _fill(ws: Workspace, staff_id: int, specs: list[dict]) -> list[int]:
    """Rows written directly (imports and old versions leave data no form would accept);
    returns every id used, erased ones included."""
    owners = {"everyone": None, "admin": ws.user_id, "staff": staff_id, "nobody": None}
    ids = []
    with ws.session() as s:
        s.execute(delete(Contact))
        s.execute(delete(Tag))
        tag = Tag(name="fair")
        s.add(tag)
        for spec in specs:
            mailboxes = [m for m in spec["emails"] if m]
            contact = Contact(
                first_name=spec["first"], last_name=spec["last"], company=spec["company"],
                primary_email=mailboxes[0] if mailboxes else "", primary_phone=spec["phone"],
                status="closed" if spec["closed"] else "active",
                visibility="everyone" if spec["owner"] == "everyone" else "owner",
                owner_id=owners[spec["owner"]],
                emails=[ContactEmail(address=m, position=i) for i, m in enumerate(mailboxes)],
                addresses=[ContactAddress(**a) for a in spec["addresses"]],
                tags=[tag] if spec["tagged"] else [])
            s.add(contact)
            s.flush()
            ids.append(contact.id)
            for channel, key in (("email", "email"), ("post", "post"), ("phone", "phone_consent")):
                if spec[key] is not None:
                    event = ConsentEvent(contact_id=contact.id, channel=channel,
                                         status=spec[key], evidence="form")
                    s.add(event)
                    s.flush()
                    s.add(ConsentState(contact_id=contact.id, channel=channel,
                                       status=spec[key], event_id=event.id))
        s.flush()
        for contact_id, spec in zip(ids, specs, strict=True):
            if spec["erased"]:
                s.execute(delete(Contact).where(Contact.id == contact_id))
    return ids


SELECTIONS = st.sampled_from(["all", "tag", "search", "ids", "tag+ids"])


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(specs=st.lists(CONTACT, min_size=1, max_size=12), kind=SELECTIONS,
       picks=st.lists(st.integers(0, 14), max_size=8), region=st.sampled_from(["", "us"]))
def test_same_decisions_as_the_reference_on_random_vaults(
        admin_ws: Workspace, user_ws: Callable[[str], Workspace], specs: list[dict],
        kind: str, picks: list[int], region: str) -> None:
    staff = user_ws("staff")
    ids = _fill(admin_ws, staff.user_id, specs)
    with admin_ws.session() as s:
        vault_settings.write(s, "default_region", region)
    chosen = tuple((ids + [max(ids) + 1, max(ids) + 2])[p % (len(ids) + 2)] for p in picks)
    selection = {"all": Selection(), "tag": Selection(tag="fair"),
                 "search": Selection(search="ann"), "ids": Selection(ids=chosen),
                 "tag+ids": Selection(tag="fair", ids=chosen)}[kind]
    for ws in (admin_ws, staff):
        for channel in ("email", "post", "phone"):
            assert_matches_reference(ws, channel, selection)


def test_many_hand_picked_ids_are_decided_in_the_order_given(admin_ws: Workspace) -> None:
    """More than one statement's worth of ids, given out of order, sharing mailboxes across
    the 500-id boundary: the first part given keeps the shared mailbox."""
    specs = [{"first": f"P{i}", "last": "Many", "company": "", "phone": "", "closed": False,
              "owner": "everyone", "email": "granted", "post": "granted",
              "phone_consent": None, "tagged": i % 3 == 0, "erased": i % 97 == 0,
              "emails": [f"shared{i % 7}@example.org" if i % 5 == 0 else f"p{i}@example.org"],
              "addresses": [{"street": f"{i} Main St", "city": "Springfield", "region": "",
                             "postcode": "", "country": "US", "position": i % 2}]}
             for i in range(620)]
    ids = _fill(admin_ws, admin_ws.user_id, specs)
    given_order = tuple(reversed(ids)) + (10**6,)
    for channel in ("email", "post"):
        assert_matches_reference(admin_ws, channel, Selection(ids=given_order))
        assert_matches_reference(admin_ws, channel, Selection(tag="fair", ids=given_order))
    result = eligible_recipients(admin_ws, "email", Selection(ids=given_order))
    winners = {r.address: r.contact_id for r in result.included if r.address.startswith("shared")}
    # The last-added contact of each shared mailbox is in the first part given.
    assert winners and all(cid >= ids[120] for cid in winners.values())


@pytest.mark.sqlite_only  # SQLite's query plan
def test_the_statement_scans_the_mailing_index(admin_ws: Workspace) -> None:
    """Migration 0004's index covers every contacts column eligibility reads (a change that
    reads another column would quietly go back to decrypting the whole table)."""
    from sqlalchemy.dialects import sqlite

    from contactweb.services.eligibility.eligibility_sql import decision_columns

    for channel in ("email", "post"):
        statement = decision_columns(admin_ws, channel, Selection()).compile(
            dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
        with admin_ws.session(readonly=True) as s:
            plan = " ".join(str(row[-1]) for row in s.execute(
                text(f"EXPLAIN QUERY PLAN {statement}")))
        assert "COVERING INDEX ix_contacts_mailing" in plan, plan
