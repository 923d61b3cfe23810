"""The main window fits the screen it opens on, comes back as it was left (size, place,
maximised), and every page is usable in a 1024x700 window: nothing makes the window wider,
nothing is cut off (a page taller than the window scrolls)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.app.gui_preferences import GuiPreferences
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.app.window_placement import WindowPlacement
from contactweb.ui.contacts.contacts_tab import ContactsTab
from contactweb.ui.kit.remembered_columns import read_layouts
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.shared_computer import make_controller, sign_in
from tests.ui.conftest import ScriptedDialogHost


def test_the_default_size_fits_the_screen_and_uses_a_large_one() -> None:
    big = WindowPlacement.default_geometry(QRect(0, 0, 1920, 1080))
    assert big.width() >= 1700 and big.height() >= 950  # makes use of a large screen
    assert big.center() == QRect(0, 0, 1920, 1080).center()
    for screen in (QRect(0, 0, 1366, 768), QRect(0, 0, 1280, 800), QRect(100, 50, 1024, 700)):
        placed = WindowPlacement.default_geometry(screen)
        assert screen.contains(placed), (screen, placed)  # never larger than the screen
        assert abs(placed.center().x() - screen.center().x()) <= 1


def test_a_new_window_fits_the_available_screen(
        admin_ws: Workspace, open_main_window: Callable[[Workspace], MainWindow]) -> None:
    window = open_main_window(admin_ws)
    available = window.screen().availableGeometry()
    frame = window.frameGeometry()
    assert available.contains(frame), (available, frame)
    assert abs(frame.center().x() - available.center().x()) <= 4


def _clipped_widgets(window: MainWindow) -> list[str]:
    """Visible widgets cut off: outside the window, or (inside the page shown, which may
    scroll down but never sideways) reaching past the page's right or left edge. The
    insides of tables, lists and editors scroll by design and are not looked at."""
    page_area = window.stack.currentWidget()
    content = page_area.widget()
    inside_scrollers: set[int] = set()
    for area in window.findChildren(QAbstractScrollArea):
        if area.isVisible() and area is not page_area:
            inside_scrollers.update(id(w) for w in area.viewport().findChildren(QWidget))
    clipped = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or id(widget) in inside_scrollers or widget.isWindow():
            continue
        in_page = content.isAncestorOf(widget)
        origin = widget.mapTo(content, QPoint(0, 0)) if in_page else \
            widget.mapTo(window, QPoint(0, 0))
        rect = QRect(origin, widget.size())
        bounds = content.rect() if in_page else window.rect()
        fits = bounds.left() <= rect.left() and rect.right() <= bounds.right() if in_page \
            else bounds.contains(rect)
        if not fits:
            clipped.append(f"{type(widget).__name__} {widget.objectName()} {rect}")
    return clipped


def test_every_page_is_usable_in_a_1024_by_700_window(
        qtbot: QtBot, admin_ws: Workspace,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    window = open_main_window(admin_ws)
    for key in window.page_keys():  # Mailings among them, which once widened the window
        window.show_page(key)
        QApplication.processEvents()
    window.resize(1024, 700)
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700, hint
    assert window.minimumWidth() <= 1024
    assert (window.width(), window.height()) == (1024, 700)
    for key in window.page_keys():
        window.show_page(key)
        QApplication.processEvents()
        area = window.stack.currentWidget()
        assert not area.horizontalScrollBar().isVisible(), f"{key} scrolls sideways"
        page = window.page(key)
        assert page.width() <= area.viewport().width(), key
        assert _clipped_widgets(window) == [], key


def test_size_place_and_maximised_come_back_after_a_restart(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController]) -> None:
    controller = make_controller(host, vault_dir, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    window = controller.main_window
    window.setGeometry(QRect(40, 30, 700, 520))
    QApplication.processEvents()
    left_at = window.geometry()
    controller.main_window.sign_out_action.trigger()
    saved = GuiPreferences.load()
    assert saved.window_geometry and saved.window_maximised is False

    again = make_controller(host, vault_dir, prefs=GuiPreferences.load(), made=controllers)
    sign_in(qtbot, again, "admin", PASSWORD)
    assert again.main_window.geometry() == left_at
    again.main_window.showMaximized()
    qtbot.waitUntil(again.main_window.isMaximized)
    again.quit()  # quitting keeps it too
    # (once the runner has read that no backup is needed at exit)
    qtbot.waitUntil(lambda: again.main_window is None, timeout=10_000)
    assert GuiPreferences.load().window_maximised is True

    third = make_controller(host, vault_dir, prefs=GuiPreferences.load(), made=controllers)
    sign_in(qtbot, third, "admin", PASSWORD)
    assert third.main_window.isMaximized()


def test_a_damaged_saved_geometry_falls_back_to_the_default(
        admin_ws: Workspace, open_main_window: Callable[[Workspace], MainWindow]) -> None:
    window = open_main_window(admin_ws)
    assert WindowPlacement.restore(window, "not base64 at all!") is False
    assert window.screen().availableGeometry().contains(window.frameGeometry())


def _add_contacts(ws: Workspace) -> None:
    for n in range(3):
        contacts.create_contact(ws, ContactInput(
            first_name=f"Ann{n}", last_name="Lee", emails=[EmailInput(f"ann{n}@example.org")],
            phones=[PhoneInput("+44 20 7946 0958", "mobile")]))


def _contacts_at_1024(qtbot: QtBot, window: MainWindow) -> ContactsTab:
    page = window.show_page("contacts")
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.show_contact(page.model.contact_id(0))
    QApplication.processEvents()
    return page


def test_the_contact_list_comes_first_in_a_1024_by_700_window(
        qtbot: QtBot, admin_ws: Workspace,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    _add_contacts(admin_ws)
    window = open_main_window(admin_ws)
    window.resize(1280, 800)  # opened wider, then made narrow, as a person does
    QApplication.processEvents()
    page = _contacts_at_1024(qtbot, window)
    table, header = page.table, page.table.horizontalHeader()
    assert table.horizontalScrollBar().value() == 0
    titles = [str(page.model.headerData(c, Qt.Orientation.Horizontal)) for c in
              range(header.count())]
    for title in ("Name", "Email", "Phone"):  # whole, without scrolling sideways
        column = titles.index(title)
        assert not header.isSectionHidden(column)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert 0 <= header.sectionViewportPosition(column) and \
            right <= table.viewport().width(), (title, right, table.viewport().width())
    # The list takes the larger share; the pane beside it shows its contents whole.
    assert table.width() > 2 * page.detail_area.width()
    assert not page.detail_area.horizontalScrollBar().isVisible()
    assert page.detail.width() <= page.detail_area.viewport().width()


def test_the_contact_list_and_pane_sizes_come_back(
        qtbot: QtBot, admin_ws: Workspace,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    _add_contacts(admin_ws)
    window = open_main_window(admin_ws)
    page = _contacts_at_1024(qtbot, window)
    before = page.splitter.sizes()
    handle = page.splitter.handle(1)
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start - QPoint(120, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start - QPoint(120, 0))
    dragged = page.splitter.sizes()
    assert dragged[0] < before[0]
    key = page.splitter_sizes.key
    qtbot.waitUntil(lambda: key in read_layouts())  # written once the drag stops
    again = open_main_window(admin_ws)
    assert _contacts_at_1024(qtbot, again).splitter.sizes() == dragged
