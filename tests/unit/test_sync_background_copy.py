"""The database copy made on a helper thread: readable while it grows, identical to the
synchronous copy, errors raised to the reader, and the write lock released on close."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

import pytest
import sqlcipher3

from contactweb.sync import BackupError
from contactweb.sync.snapshot import BackgroundCopy, copy_database
from tests.unit.test_sync_engine_local import keyed


def make_large_db(folder: Path, megabytes: int = 3) -> tuple[Path, Path, bytes]:
    """A vault database of a few MiB, so the copy takes several chunks."""
    folder.mkdir(parents=True, exist_ok=True)
    key = os.urandom(32)
    db_path = folder / "contactweb.db"
    connection = keyed(db_path, key)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
    connection.executemany("INSERT INTO note (body) VALUES (?)",
                           [(os.urandom(1000).hex(),) for _ in range(megabytes * 500)])
    connection.close()
    keyslots = folder / "keyslots.json"
    keyslots.write_text(json.dumps({"vault_id": "vault-unit", "slots": []}))
    return db_path, keyslots, key


def test_background_copy_is_readable_while_it_grows_and_equals_the_plain_copy(tmp_path: Path) -> None:
    db_path, keyslots, key = make_large_db(tmp_path / "vault")
    (tmp_path / "plain").mkdir()
    (tmp_path / "background").mkdir()
    plain = copy_database(db_path, key, keyslots, tmp_path / "plain")

    source = BackgroundCopy(db_path, key, keyslots, tmp_path / "background")
    try:
        layout = source.layout()
        assert (layout.page_size, layout.page_count) == (plain.page_size, plain.page_count)
        assert layout.keyslots == keyslots.read_bytes()
        first_page = layout.page_size
        source.wait_until_copied(first_page)
        with open(source.path, "rb") as reader:
            assert reader.read(first_page) == plain.path.read_bytes()[:first_page]
        copy = source.result()
    finally:
        source.close()

    assert plain.size > 2 * 1024 * 1024  # several chunks were copied
    data = copy.path.read_bytes()
    assert data == plain.path.read_bytes()
    assert copy.sha256 == plain.sha256 == hashlib.sha256(data).hexdigest()
    assert copy.keyslots == plain.keyslots


def test_background_copy_errors_reach_the_reader(tmp_path: Path) -> None:
    db_path, keyslots, key = make_large_db(tmp_path / "vault", megabytes=1)
    (tmp_path / "work").mkdir()
    wrong_key = BackgroundCopy(db_path, os.urandom(32), keyslots, tmp_path / "work")
    with pytest.raises(BackupError, match="with this key"):
        wrong_key.layout()
    wrong_key.close()

    missing_keyslots = BackgroundCopy(db_path, key, tmp_path / "absent.json", tmp_path / "work")
    with pytest.raises(BackupError, match="cannot read key slots"):
        missing_keyslots.wait_until_copied(1)
    with pytest.raises(BackupError, match="cannot read key slots"):
        missing_keyslots.result()
    missing_keyslots.close()


def test_closing_a_background_copy_releases_the_write_lock(tmp_path: Path) -> None:
    db_path, keyslots, key = make_large_db(tmp_path / "vault", megabytes=4)
    (tmp_path / "work").mkdir()
    source = BackgroundCopy(db_path, key, keyslots, tmp_path / "work")
    source.layout()  # the lock is held from here until the copy ends or stops

    source.close()

    assert not any(thread.name == "contactweb-backup-copy" for thread in threading.enumerate())
    writer = sqlcipher3.connect(str(db_path), timeout=0, isolation_level=None)
    try:
        writer.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        writer.execute("BEGIN IMMEDIATE")  # fails at once if the copy still held the lock
        writer.execute("INSERT INTO note (body) VALUES ('after the backup')")
        writer.execute("COMMIT")
    finally:
        writer.close()
