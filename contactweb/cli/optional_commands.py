"""Commands of optional modules (import/export, mailing, reports, privacy, backup), registered
only when their module is present."""

from __future__ import annotations

import argparse
import importlib

OPTIONAL_MODULES: tuple[str, ...] = ()


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    for name in OPTIONAL_MODULES:
        importlib.import_module(name).register(sub, common)
