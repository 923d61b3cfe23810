"""Shared helpers of the backup service tests: a vault filled through the real services, a
dump of every row of every table, and S3 buckets on the moto server of the sync tests."""

from __future__ import annotations

import base64
from datetime import datetime
from pathlib import Path

import sqlcipher3

from contactweb.services.accounts import users
from contactweb.services.activity import communications, reminders, sales
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.activity.sales import SaleInput, SaleLineInput
from contactweb.services.backup import backup
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput, PhoneInput
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD, ROLE_PASSWORDS
from tests.support.sync_vaults import (
    ACCESS_KEY,
    SECRET_KEY,
    bucket_keys,
    create_bucket,
    moto_endpoint,
    s3_client,
)

MARKER = "QUOKKA-VAULT-MARKER-51d2"
COUNTRIES = ["DE", "US", "France", "US", "IE", "CA"]  # three of six are in the EEA

__all__ = ["ACCESS_KEY", "MARKER", "SECRET_KEY", "add_users", "bucket_keys", "bucket_objects",
           "configure_s3", "create_bucket", "dump_all", "integrity", "key_material",
           "moto_endpoint", "populate"]


def populate(ws: Workspace, count: int = 30, start: int = 0) -> list[int]:
    """Contacts with child rows, communications, sales, reminders and consent, through the
    services; the first one's notes and a call body carry MARKER."""
    ids = []
    for n in range(start, start + count):
        cid = contacts.create_contact(ws, ContactInput(
            first_name=f"Person{n}", last_name=f"Family{n % 7}", company=f"Firm {n % 5}",
            emails=[EmailInput(f"person{n}@example.com")],
            phones=[PhoneInput(f"+1 415 555 {n:04d}")],
            addresses=[AddressInput(f"{n} Main Street", "Springfield", "", "12345",
                                    COUNTRIES[n % len(COUNTRIES)])],
            tags=["customer"] if n % 2 else ["lead"],
            notes=f"{MARKER} confidential note" if n == start else f"note {n}"))
        ids.append(cid)
        if n % 3 == 0:
            communications.log_communication(ws, cid, CommunicationInput(
                kind="call", direction="in", duration_minutes=5, subject=f"Call {n}",
                body=f"{MARKER} said the secret plan" if n == start else f"talked {n}"))
        if n % 5 == 0:
            sales.add_sale(ws, cid, SaleInput(lines=[SaleLineInput("Oak table", 1, 45000)],
                                              status="won"))
            reminders.add_reminder(ws, cid, datetime(2030, 1, 1, 9), f"call back {n}")
        if n % 4 == 0:
            consent.opt_in(ws, cid, "email", "signed the card", method="card")
    return ids


def add_users(admin_ws: Workspace) -> dict[str, str]:
    """A manager and a staff member besides the admin; name -> password."""
    for role in ("manager", "staff"):
        users.add_user(admin_ws, role, role, ROLE_PASSWORDS[role], must_change=False)
    return {"admin": PASSWORD, "manager": ROLE_PASSWORDS["manager"],
            "staff": ROLE_PASSWORDS["staff"]}


def _connect(db_path: Path, key: bytes) -> sqlcipher3.Connection:
    connection = sqlcipher3.connect(str(db_path), isolation_level=None, timeout=30)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def dump_all(db_path: Path, key: bytes) -> dict[str, list[tuple]]:
    """Every row of every table (search index shadow tables included), sorted."""
    connection = _connect(db_path, key)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
                for table in tables}
    finally:
        connection.close()


def integrity(db_path: Path, key: bytes) -> list[str]:
    connection = _connect(db_path, key)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def configure_s3(ws: Workspace, region: str = "us-east-2", basis: str | None = "encryption"
                 ) -> str:
    """A fresh bucket on the moto server as the vault's destination; returns its name."""
    bucket = create_bucket(region)
    backup.configure_s3(ws, moto_endpoint(), bucket, region, ACCESS_KEY, SECRET_KEY)
    if basis is not None and backup.transfer_basis_needed(ws):
        backup.record_transfer_basis(ws, basis)
    return bucket


def bucket_objects(bucket: str) -> dict[str, bytes]:
    client = s3_client(moto_endpoint())
    return {key: client.get_object(Bucket=bucket, Key=key)["Body"].read()
            for key in bucket_keys(bucket)}


def key_material(raw_key: bytes) -> list[bytes]:
    """The forms in which a leaked database key could show up."""
    return [raw_key, raw_key.hex().encode(), raw_key.hex().upper().encode(),
            base64.b64encode(raw_key), base64.b64encode(raw_key).rstrip(b"=")]
