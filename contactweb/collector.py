"""How ContactWeb tunes Python's cyclic garbage collector: while it starts, during a bulk
import, and as a command-line process ends.

Starting up creates some 50,000 objects the collector tracks (a listing's imports alone),
nearly all living as long as the program: modules, classes, SQLAlchemy's and Qt's tables. With Python's default threshold the collector
walks them again every 700 allocations, and its passes were about a tenth of the CPU time
before the sign-in window (and of a command such as ``contact list``). Little garbage is made
while modules load, so the collector runs less often until start-up is done, and the
desktop application goes back to the default rhythm then. (``gc.freeze`` would also keep it
from walking them later, but it never frees a frozen cycle either: the sign-in window's
wrappers, connected to its own slots, would stay for the whole session.)
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# A short command keeps this for its whole run, and an import while it runs: cyclic
# garbage is still collected, after every 20,000 new objects instead of every 700.
RARE_YOUNG_COLLECTIONS = 20_000
_DEFAULT = gc.get_threshold()


def collect_less_while_starting() -> None:
    gc.set_threshold(RARE_YOUNG_COLLECTIONS, _DEFAULT[1], _DEFAULT[2])


def start_up_done() -> None:
    gc.set_threshold(*_DEFAULT)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The collector tuned for an import while it runs. The parsed file (a whole file's
    records) is a few hundred thousand long-lived objects; left in the collector's oldest
    generation, every full collection walks them all again (a third of the time of a large
    import): frozen, they are skipped until the import ends. And every entry leaves a few
    dozen objects alive until its batch is decided and written: at the default threshold
    (700) a young collection ran every entry or two and walked the batch again (0.49 s of
    CPU in 100,000 rows, 0.06 s at RARE_YOUNG_COLLECTIONS). Only cyclic garbage waits longer
    for it, and an import makes little."""
    gc.freeze()
    threshold = gc.get_threshold()
    gc.set_threshold(RARE_YOUNG_COLLECTIONS, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


@contextmanager
def no_collections() -> Iterator[None]:
    """The collector off while many small objects that cannot form a cycle are made at once
    (a file's records, an eligibility list's tuples): it would walk the whole heap several
    times meanwhile for nothing. Put back as it was, also after an error."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def before_exit() -> None:
    """A command is done and its vault locked; the process ends now. Frozen, the objects it
    made are not walked once more by the collection at interpreter exit (60 ms of a
    listing's 420), while atexit handlers (logging, temporary files) still run."""
    gc.freeze()
