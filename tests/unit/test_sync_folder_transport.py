"""The folder transport: atomic writes, listings, safe names, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactweb.sync import BackupError, FolderTransport, MissingObject, Transport


def test_put_get_list_delete(tmp_path: Path) -> None:
    transport = FolderTransport(tmp_path)
    assert isinstance(transport, Transport)
    transport.put("v1/packs/aa", b"one")
    transport.put("v1/packs/ab", b"two")
    transport.put("v1/manifests/x", b"three")
    transport.put("v2/keyslots/y.json", b"{}")
    transport.put("v1/packs/aa", b"replaced")
    assert transport.get("v1/packs/aa") == b"replaced"
    assert transport.list("v1/packs/") == ["v1/packs/aa", "v1/packs/ab"]
    assert transport.list("v1/packs/a") == ["v1/packs/aa", "v1/packs/ab"]
    assert transport.list("v1/") == ["v1/manifests/x", "v1/packs/aa", "v1/packs/ab"]
    assert transport.list("") == ["v1/manifests/x", "v1/packs/aa", "v1/packs/ab", "v2/keyslots/y.json"]
    assert transport.list("v3/") == []
    transport.delete("v1/packs/aa")
    transport.delete("v1/packs/aa")  # idempotent
    assert transport.list("v1/packs/") == ["v1/packs/ab"]
    assert not [p for p in tmp_path.rglob(".tmp-*")]


def test_missing_object_is_named(tmp_path: Path) -> None:
    with pytest.raises(MissingObject) as caught:
        FolderTransport(tmp_path).get("v1/packs/nothing")
    assert caught.value.name == "v1/packs/nothing"
    assert "v1/packs/nothing" in str(caught.value)


@pytest.mark.parametrize("name", ["", "../escape", "v1/../../etc", "/abs", "v1//x", "v1/.hidden", "a\\b"])
def test_unsafe_names_are_refused(tmp_path: Path, name: str) -> None:
    transport = FolderTransport(tmp_path / "root")
    (tmp_path / "root").mkdir()
    with pytest.raises(BackupError):
        transport.put(name, b"x")
    assert list((tmp_path / "root").iterdir()) == []
    assert not (tmp_path / "escape").exists()


def test_leftover_temp_files_are_not_listed(tmp_path: Path) -> None:
    transport = FolderTransport(tmp_path)
    transport.put("v1/packs/aa", b"x")
    (tmp_path / "v1" / "packs" / ".tmp-abc").write_bytes(b"half written")
    assert transport.list("v1/") == ["v1/packs/aa"]


def test_missing_root_is_refused_not_created(tmp_path: Path) -> None:
    transport = FolderTransport(tmp_path / "unplugged-disk")
    with pytest.raises(BackupError, match="does not exist"):
        transport.put("v1/packs/aa", b"x")
    with pytest.raises(BackupError):
        transport.test_connection()
    assert not (tmp_path / "unplugged-disk").exists()
    assert transport.list("") == []
    transport.check_region()  # a folder has no region: nothing to refuse
    assert "writable" in FolderTransport(tmp_path).test_connection()
