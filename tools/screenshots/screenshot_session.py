"""What every screenshot script shares: the offscreen application, letting queued work and
paint events settle, and writing a widget's picture into the output folder."""

from __future__ import annotations

from pathlib import Path


def render_session(argv: list[str] | None, module: str, session_class: type[ScreenshotSession],
                   ) -> int:
    """One screenshot script's whole run: its output folder, a throw-away home, every screen
    the session's render() draws, the vault locked, and the written files listed."""
    from tools.screenshots.screenshots import output_folder, throwaway_home

    out_dir = output_folder(argv, module)
    if out_dir is None:
        return 2
    with throwaway_home() as home:
        shots = session_class(out_dir, home)
        shots.render()
        workspace = getattr(shots, "ws", None)
        if workspace is not None:
            workspace.lock()
    for path in shots.written:
        print(path)
    return 0


class ScreenshotSession:
    def __init__(self, out_dir: Path, home: Path) -> None:
        from contactweb.ui.app.app import make_application

        self.out_dir = out_dir
        self.home = home
        self.app = make_application(["contactweb-screenshots"])
        self.written: list[Path] = []

    def render(self) -> None:
        """Draw every screen of this script, in order."""
        raise NotImplementedError

    def settle(self) -> None:
        """Let operations report back and every pending paint happen before a grab."""
        from contactweb.ui.kit.operations import wait_for_running_operations

        for _ in range(8):
            wait_for_running_operations()
            self.app.processEvents()

    def show(self, widget, width: int | None = None, height: int | None = None,  # noqa: ANN001
             ) -> None:
        """Resized (never shorter than the widget asks), shown and settled."""
        if width is not None:
            widget.resize(width, max(widget.sizeHint().height(), height or 0))
        widget.show()
        self.settle()

    def save(self, widget, name: str, width: int | None = None,  # noqa: ANN001
             height: int | None = None) -> None:
        self.show(widget, width, height)
        self.write(widget.grab(), name)

    def write(self, pixmap, name: str) -> None:  # noqa: ANN001
        path = self.out_dir / name
        if not pixmap.save(str(path), "PNG"):
            raise RuntimeError(f"could not write {path}")
        self.written.append(path)
