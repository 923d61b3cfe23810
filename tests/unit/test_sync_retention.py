"""Retention policy: which snapshots prune keeps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contactweb.sync.errors import BackupError
from contactweb.sync.retention import snapshots_to_keep

START = datetime(2024, 1, 1, tzinfo=UTC)  # a Monday


def series(hours: list[int]) -> list[tuple[str, datetime]]:
    return [(f"s{h:04d}", START + timedelta(hours=h)) for h in hours]


def test_keep_last() -> None:
    snaps = series([0, 1, 2, 3])
    assert snapshots_to_keep(snaps, 2, 0, 0) == {"s0002", "s0003"}


def test_keep_daily_takes_the_newest_of_each_day() -> None:
    snaps = series([1, 5, 25, 30, 49, 100])  # days 0, 0, 1, 1, 2, 4
    assert snapshots_to_keep(snaps, 0, 3, 0) == {"s0100", "s0049", "s0030"}


def test_keep_weekly_uses_iso_weeks() -> None:
    snaps = series([0, 24 * 6, 24 * 7, 24 * 8, 24 * 20])  # Mon w1, Sun w1, Mon w2, Tue w2, w3
    assert snapshots_to_keep(snaps, 0, 0, 2) == {"s0480", "s0192"}
    assert snapshots_to_keep(snaps, 0, 0, 9) == {"s0480", "s0192", "s0144"}


def test_rules_combine() -> None:
    snaps = series([0, 1, 24, 25, 24 * 9])
    # Week 1's newest is also day 2's newest, so the weekly rule adds nothing new.
    assert snapshots_to_keep(snaps, 1, 2, 2) == {"s0216", "s0025"}
    assert snapshots_to_keep(snaps, 1, 3, 2) == {"s0216", "s0025", "s0001"}


def test_refuses_to_remove_everything() -> None:
    with pytest.raises(BackupError):
        snapshots_to_keep(series([0]), 0, 0, 0)
    with pytest.raises(BackupError):
        snapshots_to_keep(series([0]), -1, 1, 0)
    assert snapshots_to_keep([], 0, 0, 0) == set()


@settings(max_examples=150, deadline=None)
@given(
    hours=st.lists(st.integers(min_value=0, max_value=24 * 60), min_size=1, max_size=40, unique=True),
    keep_last=st.integers(min_value=0, max_value=5),
    keep_daily=st.integers(min_value=0, max_value=5),
    keep_weekly=st.integers(min_value=0, max_value=5),
)
def test_properties(hours: list[int], keep_last: int, keep_daily: int, keep_weekly: int) -> None:
    if keep_last == keep_daily == keep_weekly == 0:
        keep_last = 1
    snaps = series(hours)
    kept = snapshots_to_keep(snaps, keep_last, keep_daily, keep_weekly)
    newest_first = sorted(snaps, key=lambda item: item[1], reverse=True)
    assert kept <= {sid for sid, _ in snaps}
    assert newest_first[0][0] in kept  # the newest snapshot always survives
    assert {sid for sid, _ in newest_first[:keep_last]} <= kept
    days = {moment.date() for _, moment in snaps}
    assert len(kept) <= keep_last + min(keep_daily, len(days)) + keep_weekly
