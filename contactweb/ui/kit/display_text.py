"""Small helpers every view uses to show values: times in local time, dates and money in the
person's regional formats, error labels."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStyle, QTableView, QWidget

from contactweb.ui.kit.regional_formats import clock_text, date_text, money_text, time_text

ERROR_STYLE = "color: #b00020;"
MUTED_STYLE = "color: #666666;"


def local_time(value: datetime | None) -> str:
    """Stored times are naive UTC; people read them in their own time zone."""
    if value is None:
        return ""
    return time_text(value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None))


def local_day_over_time(value: datetime | None) -> str:
    """The local day over the time of day: two short lines leave a narrow table's width to
    the column that tells what happened."""
    if value is None:
        return ""
    local = value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return f"{date_text(local.date())}\n{clock_text(local)}"


def local_date(value: date | None) -> str:
    """A date as the person's locale writes it (regional_formats)."""
    return date_text(value)


def utc_from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTime typed in local time, as the naive UTC the services store."""
    return value.toPython().astimezone(UTC).replace(tzinfo=None)


def qdatetime_from_utc(value: datetime) -> QDateTime:
    local = value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return QDateTime(local)


def money(cents: int, currency: str) -> str:
    return money_text(cents, currency)


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red message shown beside a field that was refused; hidden until needed."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


def setup_record_table(table: QTableView, stretch_column: int) -> None:
    """A short list in a detail tab: whole rows selected, one line per row, short columns
    sized to their contents and the main text column taking the rest."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)


def size_to_longest_word(table: QTableView, column: int) -> None:
    """The column as wide as its title or the longest word in it, whichever is wider: its
    cells wrap between words (the view must wrap) rather than take the room of the column
    that stretches ("Rendez-vous envoyé" over two lines, not 130 px of a 300 px pane)."""
    model = table.model()
    metrics = table.fontMetrics()
    words = (word for row in range(model.rowCount())  # a no-break space joins, as in "12 min"
             for word in re.split(r"[ \t\n]+", str(model.index(row, column).data() or "")))
    # The view's margins either side of a cell's text, the pixel the grid takes and one a
    # word's drawn width may take beyond its advance.
    style = table.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 2
    widest = max((metrics.horizontalAdvance(word) for word in words), default=0) + margin
    header = table.horizontalHeader()
    header.resizeSection(column, max(widest, header.sectionSizeHint(column)))
