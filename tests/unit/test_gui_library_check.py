"""``make run`` checks for the X11 libraries Qt's xcb plugin loads before it starts the
program, and names the Debian packages to install instead of Qt's raw abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from contactweb.ui.app import gui_check

ROOT = Path(__file__).resolve().parents[2]


def _x11_environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":99", **extra)
    return env


def test_make_run_names_the_packages_for_a_missing_library() -> None:
    env = _x11_environment(**{gui_check.PRETEND_MISSING_ENV: "libxcb-cursor.so.0"})
    # STAMP= : no reinstall first; the check alone decides whether the program starts.
    result = subprocess.run(["make", "-s", "run", "STAMP=", f"BIN={sys.prefix}/bin"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "libxcb-cursor.so.0" in result.stderr
    assert "sudo apt-get install" in result.stderr and "libxcb-cursor0" in result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "Qt platform plugin" not in result.stderr + result.stdout  # never reached Qt


def test_the_check_reports_what_is_missing_and_stays_quiet_offscreen(monkeypatch) -> None:
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv(gui_check.PRETEND_MISSING_ENV, "libxcb-icccm.so.4 libEGL.so.1")
    missing = gui_check.missing_x11_libraries()
    assert {"libxcb-icccm.so.4", "libEGL.so.1"} <= set(missing)
    text = gui_check.check_x11_libraries()
    assert "libxcb-icccm4" in text and "libegl1" in text

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # no X11 plugin: nothing to check
    assert gui_check.check_x11_libraries() == ""
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert gui_check.check_x11_libraries() != ""


def test_a_library_that_loads_is_not_reported(monkeypatch) -> None:
    monkeypatch.delenv(gui_check.PRETEND_MISSING_ENV, raising=False)
    monkeypatch.setattr(gui_check, "X11_LIBRARIES", {"libc.so.6": "libc6"})
    assert gui_check.missing_x11_libraries() == []


def test_the_self_check_says_what_to_install_instead_of_aborting(tmp_path: Path) -> None:
    env = _x11_environment(**{gui_check.PRETEND_MISSING_ENV: "libxkbcommon-x11.so.0"},
                           CONTACTWEB_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "contactweb", "--self-check"], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert "self-check FAILED after" in result.stderr
    assert "libxkbcommon-x11-0" in result.stderr and "Qt platform plugin" not in result.stderr
