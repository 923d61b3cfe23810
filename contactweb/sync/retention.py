"""Which snapshots a retention policy keeps (the rules restic's ``forget`` uses).

keep_last n: the n newest. keep_daily n: for each of the last n days that have snapshots,
the newest of that day. keep_weekly n: likewise per ISO week. A snapshot kept by any rule
is kept. Days and weeks are counted in UTC so every machine agrees.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import UTC, datetime

from contactweb.i18n import _
from contactweb.sync.errors import BackupError


def snapshots_to_keep(
    snapshots: Sequence[tuple[str, datetime]], keep_last: int, keep_daily: int, keep_weekly: int
) -> set[str]:
    if min(keep_last, keep_daily, keep_weekly) < 0:
        raise BackupError(_("retention counts cannot be negative"))
    if snapshots and keep_last == keep_daily == keep_weekly == 0:
        raise BackupError(_("this retention policy would remove every snapshot; keep at least one"))
    newest_first = sorted(snapshots, key=lambda item: (item[1], item[0]), reverse=True)
    kept = {snapshot_id for snapshot_id, _ in newest_first[:keep_last]}
    kept |= _newest_per_bucket(newest_first, keep_daily, lambda moment: moment.date())
    kept |= _newest_per_bucket(newest_first, keep_weekly, lambda moment: moment.isocalendar()[:2])
    return kept


def _newest_per_bucket(
    newest_first: Sequence[tuple[str, datetime]], count: int, bucket_of: Callable[[datetime], Hashable]
) -> set[str]:
    kept: set[str] = set()
    seen_buckets: set[Hashable] = set()
    for snapshot_id, created_at in newest_first:
        if len(seen_buckets) >= count:
            break
        bucket = bucket_of(created_at.astimezone(UTC))
        if bucket not in seen_buckets:
            seen_buckets.add(bucket)
            kept.add(snapshot_id)
    return kept
