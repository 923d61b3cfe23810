"""Printing a report through the system print dialog.

Reports are PDF bytes; Qt prints by painting, so each page is rendered by PDFium (pypdfium2)
at the printer's resolution, capped so a page stays a few tens of megabytes, and painted
onto the page. The dialog opens through the dialog host, so tests answer it and locking
closes it.
"""

from __future__ import annotations

import pypdfium2
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from contactweb.ui.kit.dialog_host import DialogHost

MAX_RENDER_DPI = 300  # sharp on paper; 1200 dpi would be half a gigabyte per A4 page


class PdfPrinter:
    def __init__(self, dialogs: DialogHost) -> None:
        self._dialogs = dialogs

    def print_pdf(self, parent: QWidget | None, pdf: bytes, title: str) -> bool:
        """Ask for a printer, then print every page. False when the person cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(f"Print {title}")
        if self._dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        paint_pdf(printer, pdf)
        return True


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paint each page of `pdf` onto `printer`, scaled to the paper; returns the page count."""
    document = pypdfium2.PdfDocument(pdf)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise OSError("The printer could not be started.")
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        for index in range(len(document)):
            if index:
                printer.newPage()
            page = document[index]
            bitmap = page.render(scale=dpi / 72)  # 3 bytes a pixel, blue first
            pixels = bytes(bitmap.buffer)  # kept alive while the image paints
            qimage = QImage(pixels, bitmap.width, bitmap.height, bitmap.stride,
                            QImage.Format.Format_BGR888)
            target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            target.moveTo(0, 0)
            size = qimage.size().scaled(target.size().toSize(),
                                        Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), qimage)
        return len(document)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
