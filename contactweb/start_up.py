"""The cyclic garbage collector while ContactWeb starts.

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

# A short command keeps this for its whole run: cyclic garbage is still collected, after
# every 20,000 new objects instead of every 700.
START_UP_THRESHOLD = 20_000
_DEFAULT = gc.get_threshold()


def collect_less_while_starting() -> None:
    gc.set_threshold(START_UP_THRESHOLD, _DEFAULT[1], _DEFAULT[2])


def start_up_done() -> None:
    gc.set_threshold(*_DEFAULT)
