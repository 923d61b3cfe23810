"""Entry point: the GUI without arguments, the command line with them."""

from __future__ import annotations

import sys

from contactweb.collector import before_exit, collect_less_while_starting


def main() -> int:
    collect_less_while_starting()
    argv = sys.argv[1:]
    if not argv:
        from contactweb.ui.app.app import run_gui

        return run_gui()
    from contactweb.cli import main as cli_main

    code = cli_main(argv)
    before_exit()
    return code


if __name__ == "__main__":
    sys.exit(main())
