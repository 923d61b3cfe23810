"""Backup keys, sealing, pack and manifest formats: damage of any kind is detected and named."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contactweb.sync.crypto import BackupKeys, associated_data, open_sealed, seal
from contactweb.sync.errors import BackupError, CorruptObject
from contactweb.sync.manifest import Manifest, new_snapshot_id, open_manifest, seal_manifest
from contactweb.sync.pack import PackBuilder, open_pack

KEYS = BackupKeys.from_db_key(bytes(range(32)))
PACK_NAME = "vault-a/packs/" + "ab" * 16


def sample_pack(pages: int = 5) -> tuple[PackBuilder, dict[bytes, bytes]]:
    builder = PackBuilder()
    contents = {}
    for number in range(pages):
        page = os.urandom(64) + bytes([number]) * 960
        page_id = KEYS.page_id(page)
        builder.add(page_id, page)
        contents[page_id] = page
    return builder, contents


def test_derived_keys_are_distinct_and_depend_on_the_db_key() -> None:
    db_key = os.urandom(32)
    keys = BackupKeys.from_db_key(db_key)
    derived = {keys.page_id_key, keys.pack_key, keys.manifest_key}
    assert len(derived) == 3 and db_key not in derived
    assert BackupKeys.from_db_key(db_key) == keys
    assert BackupKeys.from_db_key(os.urandom(32)).pack_key != keys.pack_key
    assert "key" not in repr(keys).lower().replace("backupkeys", "")
    with pytest.raises(BackupError):
        BackupKeys.from_db_key(b"short")


def test_page_ids_are_keyed() -> None:
    page = b"\x00" * 4096
    other_keys = BackupKeys.from_db_key(os.urandom(32))
    assert KEYS.page_id(page) != other_keys.page_id(page)
    assert KEYS.page_id(page) == KEYS.page_id(bytes(page))
    assert len(KEYS.page_id(page)) == 32


def test_seal_binds_key_kind_and_name() -> None:
    sealed = seal(KEYS.pack_key, b"secret", associated_data("pack-body", "a"))
    assert open_sealed(KEYS.pack_key, sealed, associated_data("pack-body", "a"), "a") == b"secret"
    assert seal(KEYS.pack_key, b"secret", associated_data("pack-body", "a")) != sealed  # fresh nonce
    for key, aad in [
        (KEYS.manifest_key, associated_data("pack-body", "a")),
        (KEYS.pack_key, associated_data("pack-body", "b")),
        (KEYS.pack_key, associated_data("manifest", "a")),
    ]:
        with pytest.raises(CorruptObject) as caught:
            open_sealed(key, sealed, aad, "object-a")
        assert caught.value.name == "object-a"
    with pytest.raises(CorruptObject, match="too short"):
        open_sealed(KEYS.pack_key, sealed[:20], associated_data("pack-body", "a"), "object-a")


def test_pack_round_trip() -> None:
    builder, contents = sample_pack()
    data = builder.seal(KEYS, PACK_NAME)
    assert open_pack(KEYS, PACK_NAME, data) == contents
    for page in contents.values():
        assert page not in data


@settings(max_examples=60, deadline=None)
@given(position=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
def test_any_flipped_bit_in_a_pack_is_detected(position: int, bit: int) -> None:
    builder, _ = sample_pack(3)
    data = bytearray(builder.seal(KEYS, PACK_NAME))
    data[position % len(data)] ^= 1 << bit
    with pytest.raises(CorruptObject) as caught:
        open_pack(KEYS, PACK_NAME, bytes(data))
    assert caught.value.name == PACK_NAME


@settings(max_examples=40, deadline=None)
@given(keep=st.integers(min_value=0))
def test_any_truncation_of_a_pack_is_detected(keep: int) -> None:
    builder, _ = sample_pack(2)
    data = builder.seal(KEYS, PACK_NAME)
    with pytest.raises(CorruptObject):
        open_pack(KEYS, PACK_NAME, data[: keep % len(data)])


def test_pack_under_another_name_is_rejected() -> None:
    builder, _ = sample_pack(2)
    data = builder.seal(KEYS, PACK_NAME)
    other_name = "vault-a/packs/" + "cd" * 16
    with pytest.raises(CorruptObject) as caught:
        open_pack(KEYS, other_name, data)
    assert caught.value.name == other_name


def sample_manifest(snapshot_id: str) -> Manifest:
    page_ids = [os.urandom(32) for _ in range(10)]
    return Manifest(
        snapshot_id=snapshot_id, vault_id="vault-a", created_at=datetime(2024, 5, 6, 7, 8, tzinfo=UTC),
        page_size=4096, db_size=4096 * 10, db_sha256="0" * 64, keyslots_sha256="1" * 64,
        packs=["aa" * 16, "bb" * 16], page_ids=page_ids, page_packs=[0] * 6 + [1] * 3 + [0],
    )


def test_manifest_round_trip_and_binding() -> None:
    snapshot_id = new_snapshot_id(datetime(2024, 5, 6, 7, 8, tzinfo=UTC))
    manifest = sample_manifest(snapshot_id)
    name = f"vault-a/manifests/{snapshot_id}"
    data = seal_manifest(KEYS, name, manifest)
    assert open_manifest(KEYS, name, data, snapshot_id, "vault-a") == manifest
    with pytest.raises(CorruptObject, match="vault"):
        open_manifest(KEYS, name, data, snapshot_id, "vault-b")
    other_id = new_snapshot_id(datetime(2024, 5, 7, tzinfo=UTC))
    with pytest.raises(CorruptObject):
        open_manifest(KEYS, f"vault-a/manifests/{other_id}", data, other_id, "vault-a")
    for page_id in manifest.page_ids:
        assert page_id not in data and page_id.hex().encode() not in data


def test_manifest_relocation_keeps_page_order() -> None:
    manifest = sample_manifest(new_snapshot_id(datetime.now(UTC)))
    moved = {page_id: "cc" * 16 for page_id in manifest.page_ids[:6]}
    locations = {**manifest.page_locations(), **moved}
    relocated = manifest.with_locations(locations)
    assert relocated.page_ids == manifest.page_ids
    assert [relocated.pack_of_position(i) for i in range(10)] == [locations[p] for p in manifest.page_ids]
    assert set(relocated.packs) == {"cc" * 16, "bb" * 16, "aa" * 16}


def test_snapshot_ids_sort_by_time() -> None:
    earlier = new_snapshot_id(datetime(2024, 1, 1, 23, 59, 59, 999999, tzinfo=UTC))
    later = new_snapshot_id(datetime(2024, 1, 2, tzinfo=UTC))
    assert earlier < later
