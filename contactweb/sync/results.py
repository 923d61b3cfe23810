"""Plain results returned by the backup engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class BackupResult:
    snapshot_id: str
    created_at: datetime
    bytes_uploaded: int  # packs + manifest + key slots copy
    pages_total: int
    pages_uploaded: int
    packs_uploaded: int
    db_size: int = 0
    manifest_bytes: int = 0
    keyslots_bytes: int = 0


@dataclass(frozen=True)
class SnapshotInfo:
    snapshot_id: str
    created_at: datetime
    db_size: int
    page_count: int
    pack_count: int


@dataclass(frozen=True)
class Problem:
    object_name: str
    message: str

    def __str__(self) -> str:
        return f"{self.object_name}: {self.message}"


@dataclass
class VerifyReport:
    read_data: bool
    snapshots_checked: list[str] = field(default_factory=list)
    packs_checked: int = 0
    pages_checked: int = 0
    problems: list[Problem] = field(default_factory=list)
    # Snapshots the caller expected (its history) that are not on the server at all.
    missing_snapshots: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem_objects(self) -> set[str]:
        return {problem.object_name for problem in self.problems}


@dataclass
class PruneResult:
    snapshots_kept: list[str] = field(default_factory=list)
    snapshots_removed: list[str] = field(default_factory=list)
    packs_deleted: int = 0
    packs_repacked: int = 0
    packs_uploaded: int = 0
    problems: list[Problem] = field(default_factory=list)
