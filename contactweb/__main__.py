"""Entry point: the GUI without arguments, the command line with them."""

from __future__ import annotations

import gc
import sys

from contactweb.start_up import collect_less_while_starting


def main() -> int:
    collect_less_while_starting()
    argv = sys.argv[1:]
    if not argv:
        from contactweb.ui.app.app import run_gui

        return run_gui()
    from contactweb.cli import main as cli_main

    code = cli_main(argv)
    # The command is done and its vault locked; the process ends now. Frozen, the objects it
    # made are not walked once more by the collection at interpreter exit (60 ms of a
    # listing's 420), while atexit handlers (logging, temporary files) still run.
    gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(main())
