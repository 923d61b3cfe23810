"""Check snapshots on the server without restoring them.

Structure: every manifest decrypts and is consistent, its key slots copy is present and
matches, and every pack it names exists. With ``read_data``: every referenced pack is
downloaded, authenticated, every page hashed against its id, and every page a manifest
names is found in the pack it points to.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from contactweb.sync.errors import CorruptObject, MissingObject
from contactweb.sync.manifest import Manifest
from contactweb.sync.repository import BackupRepository, check_snapshot_id
from contactweb.sync.results import Problem, VerifyReport


def verify_snapshots(
    repository: BackupRepository, snapshot_id: str | None, read_data: bool,
    expected: Iterable[str] = (),
) -> VerifyReport:
    """``expected``: snapshots the caller believes exist (its history); each one absent
    from the server is a problem, and listed in ``missing_snapshots``."""
    repository.transport.check_region()
    report = VerifyReport(read_data=read_data)
    listed = repository.list_snapshot_ids()
    snapshot_ids = [check_snapshot_id(snapshot_id)] if snapshot_id else listed
    pack_ids = repository.list_pack_ids()
    for gone in sorted(set(expected) - set(listed)):
        if snapshot_id in (None, gone):
            report.missing_snapshots.append(gone)
            report.problems.append(Problem(repository.manifest_name(gone),
                                           "missing: the snapshot is no longer on the server"))
    snapshot_ids = [s for s in snapshot_ids if s not in report.missing_snapshots]
    manifests: list[Manifest] = []
    for current_id in snapshot_ids:
        manifest = _read_manifest(repository, current_id, report)
        if manifest is None:
            continue
        report.snapshots_checked.append(current_id)
        manifests.append(manifest)
        _check_keyslots(repository, manifest, report)
        for pack_id in manifest.packs:
            if pack_id not in pack_ids:
                report.problems.append(
                    Problem(repository.pack_name(pack_id), f"missing, needed by snapshot {current_id}")
                )
    if read_data:
        _check_pack_contents(repository, manifests, pack_ids, report)
    return report


def _read_manifest(
    repository: BackupRepository, snapshot_id: str, report: VerifyReport
) -> Manifest | None:
    try:
        return repository.read_manifest(snapshot_id)
    except MissingObject as exc:
        report.missing_snapshots.append(snapshot_id)
        report.problems.append(Problem(exc.name, exc.detail))
    except CorruptObject as exc:
        report.problems.append(Problem(exc.name, exc.detail))
    return None


def _check_keyslots(repository: BackupRepository, manifest: Manifest, report: VerifyReport) -> None:
    name = repository.keyslots_name(manifest.snapshot_id)
    try:
        data = repository.read_keyslots(manifest.snapshot_id)
    except (CorruptObject, MissingObject) as exc:
        report.problems.append(Problem(exc.name, exc.detail))
        return
    if hashlib.sha256(data).hexdigest() != manifest.keyslots_sha256:
        report.problems.append(Problem(name, "key slots copy does not match the snapshot"))


def _check_pack_contents(
    repository: BackupRepository, manifests: list[Manifest], pack_ids: set[str],
    report: VerifyReport,
) -> None:
    # Which pages each pack must hold, over all checked snapshots; each pack is read once.
    expected: dict[str, set[bytes]] = {}
    for manifest in manifests:
        for page_id, pack_index in zip(manifest.page_ids, manifest.page_packs, strict=True):
            expected.setdefault(manifest.packs[pack_index], set()).add(page_id)
    for pack_id, page_ids in sorted(expected.items()):
        if pack_id not in pack_ids:
            continue  # already reported as missing
        name = repository.pack_name(pack_id)
        try:
            pages = repository.read_pack(pack_id)
        except (CorruptObject, MissingObject) as exc:
            report.problems.append(Problem(exc.name, exc.detail))
            continue
        report.packs_checked += 1
        report.pages_checked += len(pages)
        absent = page_ids - pages.keys()
        if absent:
            report.problems.append(Problem(name, f"lacks {len(absent)} page(s) a snapshot needs"))
