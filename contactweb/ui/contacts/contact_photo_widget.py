"""A contact's photo in the editor: a preview, Choose… and Remove. A chosen file must be a
picture Qt can read and at most the vault's 1 MiB; anything else is refused with a message
and the photo stays as it was."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from contactweb.services.contacts.contacts import MAX_PHOTO_BYTES
from contactweb.ui.kit.regional_formats import number_text

PREVIEW = QSize(72, 72)
IMAGE_FILTER = QT_TRANSLATE_NOOP("ContactPhotoWidget", "Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)")
MIME_BY_FORMAT = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg",
                  "gif": "image/gif", "webp": "image/webp", "bmp": "image/bmp"}


def photo_pixmap(data: bytes | None, size: QSize = PREVIEW) -> QPixmap | None:
    """The photo scaled to fit ``size``; None when there is none or it cannot be read."""
    if not data:
        return None
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return None
    return pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


class ContactPhotoWidget(QWidget):
    def __init__(self, choose_file: Callable[[], list[str]], show_problem: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choose_file = choose_file
        self._show_problem = show_problem
        self.photo: bytes | None = None
        self.photo_mime = ""
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #bbb; color: #777")
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.setAccessibleName(self.tr("Choose a photo"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setAccessibleName(self.tr("Remove the photo"))
        self.remove_button.clicked.connect(lambda: self.set_photo(None, ""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addStretch(1)
        self.set_photo(None, "")

    def set_photo(self, data: bytes | None, mime: str) -> None:
        self.photo, self.photo_mime = (data or None), (mime if data else "")
        pixmap = photo_pixmap(self.photo)
        if pixmap is not None:
            self.preview.setPixmap(pixmap)
        else:
            self.preview.clear()
            self.preview.setText(self.tr("No photo") if self.photo is None else self.tr("Unreadable"))
        self.remove_button.setEnabled(self.photo is not None)

    def fingerprint(self) -> str:
        """Stands for the photo in a comparison of the editor's fields (not the bytes)."""
        return hashlib.sha256(self.photo).hexdigest() if self.photo else ""

    def choose(self) -> None:
        for path in self._choose_file()[:1]:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        try:
            data = path.read_bytes()
        except OSError as exc:
            self._show_problem(self.tr("Cannot read {name}: {reason}").format(
                name=path.name, reason=exc.strerror))
            return False
        if len(data) > MAX_PHOTO_BYTES:
            self._show_problem(self.tr("{name} is {size} KiB; a photo is at most 1 MiB. Choose a "
                                       "smaller picture.").format(name=path.name,
                                                                  size=number_text(len(data) // 1024)))
            return False
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        image_format = bytes(QImageReader.imageFormat(buffer).data()).decode()
        if image_format not in MIME_BY_FORMAT or photo_pixmap(data) is None:
            self._show_problem(self.tr("{name} is not a picture ContactWeb can show (PNG, JPEG, "
                                       "GIF, WebP or BMP).").format(name=path.name))
            return False
        self._show_problem("")
        self.set_photo(data, MIME_BY_FORMAT[image_format])
        return True
