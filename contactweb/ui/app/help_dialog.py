"""The user guide: short topics from ``resources/help/*.md`` (getting started, shared-computer
mode, consent and mailings, backups), listed on the left and shown as formatted text.

The topics are plain Markdown files so they can be read and corrected without code; the
first ``# heading`` of each file is its title in the list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from contactweb.ui.kit.ui_resources import resources_dir

TOPIC_ROLE = Qt.ItemDataRole.UserRole + 1


def help_topics() -> list[tuple[str, Path]]:
    """(title, file) of every topic, in file-name order."""
    topics = []
    for path in sorted((resources_dir() / "help").glob("*.md")):
        first = path.read_text("utf-8").splitlines()[0] if path.stat().st_size else ""
        topics.append((first.lstrip("# ").strip() or path.stem, path))
    return topics


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ContactWeb user guide"))
        self.resize(820, 560)
        self.topic_list = QListWidget()
        self.topic_list.setAccessibleName(self.tr("Topics"))
        self.topic_list.setMaximumWidth(220)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Guide text"))
        self.text.setOpenExternalLinks(False)
        for title, path in help_topics():
            item = QListWidgetItem(title)
            item.setData(TOPIC_ROLE, str(path))
            self.topic_list.addItem(item)
        self.topic_list.currentItemChanged.connect(self._show_topic)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.topic_list)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.topic_list.setCurrentRow(0)

    def topic_titles(self) -> list[str]:
        return [self.topic_list.item(i).text() for i in range(self.topic_list.count())]

    def show_topic(self, title: str) -> None:
        self.topic_list.setCurrentRow(self.topic_titles().index(title))

    def _show_topic(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.text.setMarkdown(Path(item.data(TOPIC_ROLE)).read_text("utf-8"))
