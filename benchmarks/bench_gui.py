"""The contacts page at 100,000 contacts: sign-in (after the key derivation) to first rows
painted (goal <= 0.1 s), as the application runs it (the sign-in window up, then everything its
success runs: the main window, backups, timers, the first screen of rows), a search keystroke
to repainted rows (goal p95 <= 16 ms), a jump to row 99,000 (goal <= 100 ms), and resident
memory with the list open. Offscreen Qt, real vault."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CONTACTS = 100_000
SEARCHES = ("a", "ab", "abb", "ca", "cas", "no", "nor", "lyon", "4155", "mül", "sø", "vip",
            "harbor", "dental", "chlo", "ines", "jan", "kow", "lar", "naka")


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _wait(app, done: Callable[[], bool], timeout: float = 30.0) -> None:  # noqa: ANN001
    end = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the contacts page did not update in time")
        time.sleep(0.0005)


def run(report: Callable[[str], None], contacts: int = CONTACTS) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["CONTACTWEB_HOME"] = scratch
        from benchmarks.vault_builder import PASSWORD, build_vault
        from contactweb.services.accounts import session

        folder = Path(scratch) / "vault"
        build_vault(folder, contacts).lock()
        import keyring
        from keyring.backends.null import Keyring as NullKeyring
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        from contactweb.ui.app.app_controller import AppController
        from contactweb.ui.app.gui_preferences import GuiPreferences
        from contactweb.ui.kit.ui_resources import load_bundled_fonts

        keyring.set_keyring(NullKeyring())  # the benchmark stores no secrets
        app = QApplication.instance() or QApplication(["bench"])
        load_bundled_fonts(app)
        # As the application runs: the sign-in window is up and painted, and what it loads
        # while the password is typed is loaded, before the person signs in.
        controller = AppController(prefs=GuiPreferences(vault_path=str(folder)),
                                   quit_app=lambda: None)
        controller.start()
        controller.sign_in_dialog.grab()
        controller._load_later()
        ws = session.sign_in(folder, "bench", PASSWORD)  # the KDF is not part of the goal
        start = time.perf_counter()
        controller.sign_in_dialog._succeeded(ws)  # what the sign-in's success runs
        window = controller.main_window
        page = window.contacts_page()
        _wait(app, lambda: page.model.rowCount() > 0 and page.model.row_data(0) is not None)
        window.grab()  # painted
        report(f"sign-in to first rows painted ({contacts:,} contacts): "
               f"{(time.perf_counter() - start) * 1000:.0f} ms (goal <= 100 ms)")
        for _ in range(5):  # the pages built after the first paint (Today, Mailings)
            app.processEvents()

        times, cpu_times = [], []
        # Waiting in an event loop that the rows' arrival ends, not by polling: the CPU
        # time is then the keystroke's own (the worker's read, the model, the painting).
        arrived = QEventLoop()
        page.model.loaded.connect(arrived.quit)
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(arrived.quit)
        for text in SEARCHES * 3:
            begin, cpu = time.perf_counter(), time.process_time()
            # As typed: the text change starts the read on the worker, and the rows are
            # painted when they are in.
            page.search_edit.setText(text)
            deadline = time.perf_counter() + 30
            # The query is set as the text changes; its rows arrive later (rows of a read
            # begun before it, a refresh, may arrive first).
            while page.model.query.search != text or page.model.reading_rows:
                guard.start(30_000)  # never wait for ever
                arrived.exec()
                guard.stop()
                if time.perf_counter() > deadline:
                    raise TimeoutError("the contacts page did not update in time")
            page.table.viewport().repaint()
            times.append((time.perf_counter() - begin) * 1000)
            cpu_times.append((time.process_time() - cpu) * 1000)
        times.sort()
        cpu_times.sort()
        report(f"search keystroke to repainted rows: p50 {statistics.median(times):.1f} ms, "
               f"p95 {times[int(len(times) * 0.95) - 1]:.1f} ms wall; CPU p50 "
               f"{statistics.median(cpu_times):.1f} ms, p95 "
               f"{cpu_times[int(len(cpu_times) * 0.95) - 1]:.1f} ms over {len(times)} searches "
               f"(goal p95 <= 16 ms; no typing pause)")

        page.search_edit.setText("")
        page.apply_filters()
        _wait(app, lambda: page.model.query.search == "" and not page.model.busy)
        jumps = []
        for row in (r * contacts // CONTACTS for r in (99_000, 50_000, 75_000, 12_345, 98_765)):
            index = page.model.index(row, 0)
            begin = time.perf_counter()
            page.table.scrollTo(index)
            page.table.viewport().repaint()  # painting asks the model for the rows shown
            _wait(app, lambda r=row: page.model.data(page.model.index(r, 0)) is not None
                  and page.model.row_data(r) is not None)
            page.table.viewport().repaint()
            jumps.append((time.perf_counter() - begin) * 1000)
        report(f"jump to row 99,000: {jumps[0]:.0f} ms; other far jumps "
               f"{', '.join(f'{j:.0f}' for j in jumps[1:])} ms (goal <= 100 ms)")
        report(f"resident memory with the list open: {_rss_mib():.0f} MiB")
        controller.shutdown()  # signs out, as closing the window does


if __name__ == "__main__":
    import sys

    run(print, int(sys.argv[1]) if len(sys.argv) > 1 else CONTACTS)
