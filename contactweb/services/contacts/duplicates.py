"""Finding duplicate contacts, merging two, and undoing a merge exactly.

A merge folds OTHER into KEEP: every row that hangs off OTHER (communications, sales,
reminders, consent history, drafts, outbox entries, and any table added later that points at
a contact) moves to KEEP; OTHER's emails, phones, addresses and tags are added to KEEP, its
empty fields filled; and an opt-out on either side survives. The MergeRecord keeps both
contacts as they were and the ids of every moved row, so ``unmerge`` restores both exactly.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace

from sqlalchemy import Table, delete, func, select, update
from sqlalchemy.orm import Session

from contactweb.errors import BadInput, NotFound, Refused
from contactweb.i18n import _
from contactweb.models import (
    Base,
    ConsentEvent,
    ConsentState,
    Contact,
    ContactEmail,
    ContactPhone,
    MergeRecord,
)
from contactweb.models.consent import CHANNELS
from contactweb.services import audit, undo
from contactweb.services.changes import Changes
from contactweb.services.consent import consent, mailbox_statements
from contactweb.services.contacts.contact_access import load_visible_contact
from contactweb.services.contacts.contact_fold import fold
from contactweb.services.contacts.contact_snapshot import restore_contact, snapshot_contact
from contactweb.services.contacts.contacts import _apply as apply_contact
from contactweb.services.contacts.contacts import _validated as validated
from contactweb.services.contacts.contacts import details_of, hold_contact
from contactweb.services.contacts.duplicate_index import (
    MAX_COMPARED_PER_COMPANY,
    SAME_EMAIL,
    SAME_PHONE,
    SIMILAR_NAME,
    company_key,
    names_agree,
    person_name,
    similar_names,
)
from contactweb.services.contacts.merge_history import CHOOSABLE_FIELDS
from contactweb.services.contacts.visibility import visible_contacts
from contactweb.services.stale_edits import count_save
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

# The contact's own rows travel in the snapshot; every other table pointing at a contact
# holds its history and moves to the kept contact.
_OWN_TABLES = {"contact_emails", "contact_phones", "contact_addresses", "contact_tags",
               "consent_state"}
_STATUS_RANK = {"opted_out": 2, "granted": 1, "unknown": 0}


@dataclass(frozen=True)
class DuplicatePair:
    keep_id: int
    other_id: int
    reason: str  # "same email", "same phone", "similar name, same company"


def _history_tables() -> list[Table]:
    tables = []
    for table in Base.metadata.sorted_tables:
        if table.name in _OWN_TABLES or "id" not in table.c:
            continue
        if any(fk.column.table.name == "contacts" and fk.parent.name == "contact_id"
               for fk in table.foreign_keys):
            tables.append(table)
    return tables


def list_duplicates(ws: Workspace, limit: int = 1000) -> list[DuplicatePair]:
    """Pairs over the contacts this user can see, lower id first, by the rules of
    duplicate_index (the same ones an import applies)."""
    ws.require(Action.CONTACT_VIEW)
    pairs: dict[tuple[int, int], str] = {}
    with ws.session(readonly=True) as session:
        names = {cid: person_name(first, last) for cid, first, last in session.execute(
            select(Contact.id, Contact.first_name, Contact.last_name)
            .where(visible_contacts(ws)))}
        for reason, groups in ((SAME_EMAIL, _shared(session, ws, ContactEmail,
                                                    func.lower(ContactEmail.address))),
                               (SAME_PHONE, _shared(session, ws, ContactPhone,
                                                    ContactPhone.number))):
            for members in groups.values():
                for i, a in enumerate(members):
                    for b in members[i + 1:]:
                        if reason == SAME_EMAIL or names_agree(names[a], names[b]):
                            pairs.setdefault((a, b), reason)
        by_company: dict[str, list[int]] = {}
        for cid, company in session.execute(
                select(Contact.id, Contact.company)
                .where(Contact.company != "", visible_contacts(ws)).order_by(Contact.id)):
            by_company.setdefault(company_key(company), []).append(cid)
    for members in by_company.values():
        members = members[:MAX_COMPARED_PER_COMPANY]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if similar_names(names[a], names[b]):
                    pairs.setdefault((a, b), SIMILAR_NAME)
    return [DuplicatePair(a, b, reason) for (a, b), reason in sorted(pairs.items())][:limit]


def _shared(session: Session, ws: Workspace, model, key) -> dict[str, list[int]]:  # noqa: ANN001
    """Values held by more than one visible contact -> those contacts' ids (ascending)."""
    visible_rows = (select(key.label("value"), model.contact_id.label("cid"))
                    .join(Contact, Contact.id == model.contact_id)
                    .where(visible_contacts(ws)).subquery())
    shared = (select(visible_rows.c.value).group_by(visible_rows.c.value)
              .having(func.count(func.distinct(visible_rows.c.cid)) > 1))
    groups: dict[str, list[int]] = {}
    for value, cid in session.execute(
            select(visible_rows.c.value, visible_rows.c.cid).distinct()
            .where(visible_rows.c.value.in_(shared))
            .order_by(visible_rows.c.value, visible_rows.c.cid)):
        groups.setdefault(value, []).append(cid)
    return groups


def merge(ws: Workspace, keep_id: int, other_id: int,
          take_from_other: frozenset[str] | set[str] = frozenset(),
          versions: Mapping[int, int] | None = None) -> int:
    """Fold ``other`` into ``keep`` (see the module doc). ``take_from_other`` names the
    single-value fields (``merge_history.CHOOSABLE_FIELDS``) whose value comes from
    ``other`` instead of ``keep``. ``versions``: each contact's version as the person saw
    them side by side; a merge of a contact someone changed since is refused. Returns the
    merge id for ``unmerge``."""
    ws.require(Action.MERGE)
    if keep_id == other_id:
        raise BadInput(_("Choose two different contacts to merge."))
    with ws.session() as session:
        keep = load_visible_contact(session, ws, keep_id)
        other = load_visible_contact(session, ws, other_id)
        # Both rows held until the commit, in id order so two merges never wait on each
        # other crosswise.
        for contact in sorted((keep, other), key=lambda c: c.id):
            hold_contact(session, contact, (versions or {}).get(contact.id))
        if other.legal_hold:
            raise Refused(_("Contact {other_id} is under a legal hold; keep it and merge the "
                            "other one into it, or release the hold first.").format(
                other_id=other_id))
        for contact_id in (keep_id, other_id):  # the merged record's opt-outs outlive it
            mailbox_statements.seal_opt_outs(session, ws, contact_id)
        snapshot = {"keep": snapshot_contact(session, keep_id),
                    "other": snapshot_contact(session, other_id)}
        other_input = details_of(session, other).to_input()
        folded, _changed = fold(details_of(session, keep).to_input(), other_input)
        unknown = set(take_from_other) - set(CHOOSABLE_FIELDS)
        if unknown:
            raise BadInput(_("Cannot choose {items} on a merge.").format(
                items=', '.join(sorted(unknown))))
        folded = replace(folded, **{name: getattr(other_input, name)
                                    for name in take_from_other})
        snapshot["moved"] = _move_history(session, other_id, keep_id)
        session.delete(other)
        session.flush()
        apply_contact(session, ws, keep, validated(session, folded))
        count_save(keep, ws.username)
        snapshot["added_consent_events"] = _unite_consent(session, ws, snapshot, keep_id)
        mailbox_statements.seal_opt_outs(session, ws, keep_id)
        record = MergeRecord(kept_contact_id=keep_id, merged_contact_id=other_id,
                             snapshot=json.dumps(snapshot), merged_by=ws.username)
        session.add(record)
        session.flush()
        audit.record(session, ws, "contact.merge", "contact", keep_id,
                     {"merged": other_id, "merge": record.id,
                      **{k: len(v) for k, v in snapshot["moved"].items() if v}})
        merge_id = record.id
    merges = [merge_id]  # a redo merges again, under a new merge id

    def unmerge_last(w: Workspace) -> Changes:
        unmerge(w, merges.pop())
        return Changes.for_contacts([keep_id, other_id], communications=True, sales=True,
                                    reminders=True, consent=True)

    def merge_again(w: Workspace) -> Changes:
        merges.append(merge(w, keep_id, other_id, take_from_other))
        return Changes.for_contacts([keep_id, other_id], communications=True, sales=True,
                                    reminders=True, consent=True)

    undo.record(ws, "merge", unmerge_last, merge_again)
    return merge_id


def _move_history(session: Session, from_id: int, to_id: int) -> dict[str, list[int]]:
    moved: dict[str, list[int]] = {}
    for table in _history_tables():
        ids = list(session.execute(select(table.c.id).where(table.c.contact_id == from_id)
                                   .order_by(table.c.id)).scalars())
        if ids:
            session.execute(update(table).where(table.c.id.in_(ids)).values(contact_id=to_id))
        moved[table.name] = ids
    session.expire_all()  # relationships loaded before the move must not move them back
    return moved


def _unite_consent(session: Session, ws: Workspace, snapshot: dict, keep_id: int) -> list[int]:
    """Per channel: opted out if either side is; else granted if either is. The consent
    history is one list now, so where its newest entry says something else, a new event
    records the united status (the newest event and the current state always agree).
    Returns the new events' ids, for unmerge."""
    states = {side: {row["channel"]: row for row in snapshot[side]["consent"]}
              for side in ("keep", "other")}
    added = []
    for channel in CHANNELS:
        sides = [s for s in (states["keep"].get(channel), states["other"].get(channel)) if s]
        if not sides:
            continue
        united = max(sides, key=lambda s: _STATUS_RANK.get(s["status"], 0))
        newest = session.execute(
            select(ConsentEvent).where(ConsentEvent.contact_id == keep_id,
                                       ConsentEvent.channel == channel)
            .order_by(ConsentEvent.id.desc()).limit(1)).scalar()
        if newest is not None and newest.status == united["status"]:
            _point_state(session, keep_id, channel, newest)
            continue
        event = consent.apply_event(
            session, ws, keep_id, channel, united["status"], method="merge",
            source=f"merged contact {snapshot['other']['fields']['id']}",
            evidence=f"consent event {united['event_id']}, before the merge")
        added.append(event.id)
    return added


def _point_state(session: Session, contact_id: int, channel: str, event: ConsentEvent) -> None:
    state = session.get(ConsentState, (contact_id, channel))
    if state is None:
        session.add(ConsentState(contact_id=contact_id, channel=channel, status=event.status,
                                 event_id=event.id))
    else:
        state.status, state.event_id = event.status, event.id


def unmerge(ws: Workspace, merge_id: int) -> tuple[int, int]:
    """Put both contacts back exactly as they were before the merge (rows ids included);
    what was added to the kept contact since stays with it."""
    ws.require(Action.MERGE)
    with ws.session() as session:
        record = session.get(MergeRecord, merge_id)
        if record is None or record.undone:
            raise NotFound(_("No merge {merge_id} to undo.").format(merge_id=merge_id))
        data = json.loads(record.snapshot)
        if data["keep"].get("version") != 2:
            raise BadInput(_("Merge {merge_id} was recorded by an older version and cannot be "
                             "undone automatically.").format(merge_id=merge_id))
        keep = load_visible_contact(session, ws, record.kept_contact_id)
        if session.get(Contact, record.merged_contact_id) is not None:
            raise BadInput(_("Contact {merged_contact_id} exists again; cannot undo.").format(
                merged_contact_id=record.merged_contact_id))
        hold_contact(session, keep, None)
        saves = keep.version  # the snapshot's older count must not come back with it
        session.flush()
        session.execute(delete(ConsentEvent.__table__)
                        .where(ConsentEvent.id.in_(data["added_consent_events"])))
        restore_contact(session, data["keep"], exists=True)
        restored = restore_contact(session, data["other"], exists=False)
        tables = {t.name: t for t in _history_tables()}
        for name, ids in data["moved"].items():
            if ids and name in tables:
                session.execute(update(tables[name]).where(tables[name].c.id.in_(ids))
                                .values(contact_id=restored))
        # An unmerge is a save of the kept contact: an edit begun before it (or before the
        # merge) is refused, not applied over what the unmerge put back.
        session.execute(update(Contact).where(Contact.id == keep.id).values(
            version=saves + 1, updated_by=ws.username))
        record.undone = True
        audit.record(session, ws, "contact.unmerge", "contact", keep.id,
                     {"merge": merge_id, "restored": restored})
        return keep.id, restored
