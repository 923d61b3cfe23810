"""Printing a report through the system print dialog.

Reports are PDF bytes; Qt prints by painting, so each page is rendered by PDFium (pypdfium2)
at the printer's resolution, capped so a page stays a few tens of megabytes, and painted
onto the page. The dialog opens through the dialog host, so tests answer it and locking
closes it.
"""

from __future__ import annotations

import pypdfium2
from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from contactweb.ui.kit.dialog_host import DialogHost

MAX_RENDER_DPI = 300  # sharp on paper; 1200 dpi would be half a gigabyte per A4 page
PREVIEW_DPI = 110  # the preview keeps every page in memory: screen sharpness is enough
PREVIEW_BUDGET_BYTES = 400 * 1024 * 1024  # a directory of hundreds of pages stays under it
MIN_PREVIEW_DPI = 40


class PdfPrinter:
    def __init__(self, dialogs: DialogHost) -> None:
        self._dialogs = dialogs

    def print_pdf(self, parent: QWidget | None, pdf: bytes, title: str) -> bool:
        """Ask for a printer, then print every page. False when the person cancelled."""
        printer = printer_for(pdf, title)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("PdfPrinter", "Print {title}").format(title=title))
        if self._dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        paint_pdf(printer, pdf)
        return True

    def preview_pdf(self, parent: QWidget | None, pdf: bytes, title: str) -> bool:
        """The pages as they will print, with the preview's own Print button. True when the
        person printed from it."""
        printer = printer_for(pdf, title)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("PdfPrinter", "Print preview: {title}").format(
            title=title))
        dialog.paintRequested.connect(lambda target: paint_pdf(target, pdf, preview_dpi(pdf)))
        return self._dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted


def printer_for(pdf: bytes, title: str) -> QPrinter:
    """A printer set to the report's own paper (Letter or A4, from its first page) and to
    the whole sheet: the report's pages carry their margins already."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    document = pypdfium2.PdfDocument(pdf)
    try:
        width, height = document[0].get_size() if len(document) else (595.0, 842.0)
    finally:
        document.close()
    printer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "",
                                  QPageSize.SizeMatchPolicy.FuzzyMatch))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait if height >= width
                               else QPageLayout.Orientation.Landscape)
    printer.setFullPage(True)
    return printer


def preview_dpi(pdf: bytes) -> int:
    """Screen sharpness, lowered for a long report so all its pages fit the memory budget
    (three bytes a pixel, every page held by the preview)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        points = sum(page_width * page_height for page_width, page_height in
                     (document[index].get_size() for index in range(len(document))))
    finally:
        document.close()
    if not points:
        return PREVIEW_DPI
    fitting = 72 * (PREVIEW_BUDGET_BYTES / (3 * points)) ** 0.5
    return int(max(MIN_PREVIEW_DPI, min(PREVIEW_DPI, fitting)))


def paint_pdf(printer: QPrinter, pdf: bytes, max_dpi: int = MAX_RENDER_DPI) -> int:
    """Paint each page of `pdf` onto `printer`, scaled to the paper; returns the page count."""
    document = pypdfium2.PdfDocument(pdf)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise OSError(QCoreApplication.translate("PdfPrinter", "The printer could not be started."))
        dpi = min(printer.resolution(), max_dpi)
        for index in range(len(document)):
            if index:
                printer.newPage()
            page = document[index]
            bitmap = page.render(scale=dpi / 72)  # 3 bytes a pixel, blue first
            pixels = bytes(bitmap.buffer)  # kept alive while the image paints
            qimage = QImage(pixels, bitmap.width, bitmap.height, bitmap.stride,
                            QImage.Format.Format_BGR888)
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            target.moveTo(0, 0)
            size = qimage.size().scaled(target.size().toSize(),
                                        Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), qimage)
        return len(document)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
