"""Apply a retention policy: drop old snapshots, then the packs nothing needs any more.

Order keeps every remaining manifest restorable at every moment: manifests are deleted
first; mostly-unused packs are repacked by uploading new packs, rewriting the manifests that
point at them, and only then deleting the old packs; last, packs no kept manifest names are
deleted (including orphans of interrupted runs). Prune must not run while another machine
backs up the same vault (that run's fresh packs would look unreferenced).
"""

from __future__ import annotations

from collections.abc import Iterable

from contactweb.sync.errors import CorruptObject, MissingObject
from contactweb.sync.manifest import Manifest
from contactweb.sync.pack import PackBuilder, new_pack_id
from contactweb.sync.page_index import PageIndexCache
from contactweb.sync.repository import BackupRepository
from contactweb.sync.results import Problem, PruneResult
from contactweb.sync.retention import snapshots_to_keep

# Repack a pack when less than this share of its pages is still referenced.
REPACK_BELOW_USED_SHARE = 0.5


def prune_repository(
    repository: BackupRepository,
    cache: PageIndexCache,
    keep_last: int,
    keep_daily: int,
    keep_weekly: int,
    pack_target_size: int,
) -> PruneResult:
    repository.transport.check_region()
    result = PruneResult()
    manifests: dict[str, Manifest] = {}
    unreadable: set[str] = set()
    for snapshot_id in repository.list_snapshot_ids():
        try:
            manifests[snapshot_id] = repository.read_manifest(snapshot_id)
        except CorruptObject as exc:
            # It cannot be restored anyway; leave it for a human to look at.
            unreadable.add(snapshot_id)
            result.problems.append(Problem(exc.name, f"{exc.detail}; left in place"))
    keep = snapshots_to_keep(
        [(snapshot_id, manifest.created_at) for snapshot_id, manifest in manifests.items()],
        keep_last, keep_daily, keep_weekly,
    )
    result.snapshots_kept = sorted(keep)
    result.snapshots_removed = sorted(set(manifests) - keep)
    for snapshot_id in result.snapshots_removed:
        repository.transport.delete(repository.manifest_name(snapshot_id))
        repository.transport.delete(repository.keyslots_name(snapshot_id))

    kept = {snapshot_id: manifests[snapshot_id] for snapshot_id in keep}
    stored_packs = repository.list_pack_ids()
    kept = _repack_sparse_packs(repository, manifests, kept, stored_packs, pack_target_size, result)

    still_used = {pack for manifest in kept.values() for pack in manifest.packs}
    for pack_id in sorted(repository.list_pack_ids() - still_used):
        repository.transport.delete(repository.pack_name(pack_id))
        result.packs_deleted += 1
    for snapshot_id in repository.list_keyslot_ids() - keep - unreadable:
        repository.transport.delete(repository.keyslots_name(snapshot_id))
    cache.forget()  # pack locations changed; the next backup rebuilds the index
    return result


def _repack_sparse_packs(
    repository: BackupRepository,
    all_manifests: dict[str, Manifest],
    kept: dict[str, Manifest],
    stored_packs: set[str],
    pack_target_size: int,
    result: PruneResult,
) -> dict[str, Manifest]:
    used = _pages_by_pack(kept.values())
    ever_used = _pages_by_pack(all_manifests.values())
    sparse = sorted(
        pack for pack, pages in used.items()
        if pack in stored_packs and len(pages) < REPACK_BELOW_USED_SHARE * len(ever_used[pack])
    )
    moved: dict[bytes, str] = {}
    builder = PackBuilder()

    def flush() -> None:
        nonlocal builder
        if len(builder):
            new_pack = new_pack_id()
            repository.write_pack(new_pack, builder)
            result.packs_uploaded += 1
            moved.update({page_id: new_pack for page_id in builder.page_ids()})
            builder = PackBuilder()

    for pack_id in sparse:
        try:
            pages = repository.read_pack(pack_id)
        except (CorruptObject, MissingObject) as exc:
            result.problems.append(Problem(exc.name, f"{exc.detail}; not repacked"))
            continue
        if not used[pack_id] <= pages.keys():
            result.problems.append(Problem(repository.pack_name(pack_id), "lacks referenced pages; not repacked"))
            continue
        for page_id in sorted(used[pack_id]):
            builder.add(page_id, pages[page_id])
        result.packs_repacked += 1
        if builder.size >= pack_target_size:
            flush()
    flush()
    if not moved:
        return kept
    rewritten: dict[str, Manifest] = {}
    for snapshot_id, manifest in kept.items():
        if any(page_id in moved for page_id in manifest.page_ids):
            locations = manifest.page_locations()
            locations.update({page_id: moved[page_id] for page_id in manifest.page_ids if page_id in moved})
            manifest = manifest.with_locations(locations)
            repository.write_manifest(manifest)  # the new packs are stored already
        rewritten[snapshot_id] = manifest
    return rewritten


def _pages_by_pack(manifests: Iterable[Manifest]) -> dict[str, set[bytes]]:
    pages: dict[str, set[bytes]] = {}
    for manifest in manifests:
        for page_id, pack_index in zip(manifest.page_ids, manifest.page_packs, strict=True):
            pages.setdefault(manifest.packs[pack_index], set()).add(page_id)
    return pages
