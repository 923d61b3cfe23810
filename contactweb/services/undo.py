"""Undo and redo of a signed-in person's last changes (Edit › Undo in the GUI).

As in Anki, undo lives below the GUI: each undoable service records, after its change is
committed, an ``UndoStep`` that reverses it through the same services, so an undo is
permission-checked and audited like any change. The journal belongs to the workspace and
dies with it: locking or signing out leaves nothing to undo.

Undoable: editing a contact (tags included), closing and reopening, recording consent (an
opt-in is taken back to what it was; an opt-out is not undoable, because reversing one
needs a reason), deleting a communication, and a merge (through ``unmerge``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from contactweb.errors import BadInput
from contactweb.i18n import N_, _
from contactweb.services.changes import Changes
from contactweb.vault.workspace import Workspace

LIMIT = 50
_CREATING = threading.Lock()  # guards the first use of a workspace's journal


# What each kind of step is called in Edit › Undo "…" (callers give one of these); marked here
# for translation, shown in the active language.
STEP_NAMES = (N_("contact edit"), N_("closing a contact"), N_("reopening a contact"),
              N_("merge"), N_("deleting a communication"), N_("opt-in"))


@dataclass(frozen=True)
class UndoStep:
    text: str  # what is undone, without personal data: "contact edit", "merge"
    undo: Callable[[Workspace], Changes]
    redo: Callable[[Workspace], Changes]


class UndoJournal:
    def __init__(self) -> None:
        self._undo: list[UndoStep] = []
        self._redo: list[UndoStep] = []
        self._lock = threading.Lock()
        self._local = threading.local()

    def record(self, step: UndoStep) -> None:
        """A new change: it can be undone, and what was undone before can no longer be
        redone. Changes made by an undo or redo themselves are not recorded."""
        if getattr(self._local, "replaying", False):
            return
        with self._lock:
            self._undo.append(step)
            del self._undo[:-LIMIT]
            self._redo.clear()

    def next_undo(self) -> UndoStep | None:
        with self._lock:
            return self._undo[-1] if self._undo else None

    def next_redo(self) -> UndoStep | None:
        with self._lock:
            return self._redo[-1] if self._redo else None

    def undo(self, ws: Workspace) -> Changes:
        step = self._take(self._undo, _("Nothing to undo."))
        changes = self._replay(step.undo, ws)
        with self._lock:
            self._redo.append(step)
        return changes

    def redo(self, ws: Workspace) -> Changes:
        step = self._take(self._redo, _("Nothing to redo."))
        changes = self._replay(step.redo, ws)
        with self._lock:
            self._undo.append(step)
        return changes

    def clear(self) -> None:
        with self._lock:
            self._undo.clear()
            self._redo.clear()

    def _take(self, steps: list[UndoStep], empty: str) -> UndoStep:
        with self._lock:
            if not steps:
                raise BadInput(empty)
            return steps.pop()

    def _replay(self, run: Callable[[Workspace], Changes], ws: Workspace) -> Changes:
        # A step that fails (the contact was erased meanwhile, a permission was taken away)
        # is dropped: it could not succeed later either. The error says why.
        with self._replaying():
            return run(ws)

    @contextmanager
    def _replaying(self) -> Iterator[None]:
        self._local.replaying = True
        try:
            yield
        finally:
            self._local.replaying = False


def journal(ws: Workspace) -> UndoJournal:
    with _CREATING:
        if ws.undo_journal is None:
            ws.undo_journal = UndoJournal()
        return ws.undo_journal  # type: ignore[return-value]


def forget(ws: Workspace) -> None:
    """Signing out or locking: nothing done before can be undone after."""
    with _CREATING:
        ws.undo_journal = None


def record(ws: Workspace, text: str, undo: Callable[[Workspace], Changes],
           redo: Callable[[Workspace], Changes]) -> None:
    journal(ws).record(UndoStep(_(text), undo, redo))
