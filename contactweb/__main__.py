"""Entry point: the GUI without arguments, the command line with them."""

from __future__ import annotations

import sys

from contactweb.start_up import collect_less_while_starting


def main() -> int:
    collect_less_while_starting()
    argv = sys.argv[1:]
    if not argv:
        from contactweb.ui.app.app import run_gui

        return run_gui()
    from contactweb.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
