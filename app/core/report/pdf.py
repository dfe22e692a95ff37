"""Render a Report as a paginated PDF with QTextDocument + QPdfWriter, on the user's machine.

Qt is imported lazily inside render_pdf (app/core stays importable without Qt). The report's
HTML sections are laid out by QTextDocument and painted page by page, with a header and a
"page i of n" footer drawn on each page. Charts are the same SVG as the HTML, rasterised at
print resolution. Qt picks fallback fonts per script through fontconfig, so Arabic, CJK and
emoji render when fonts covering them are installed (Noto: fonts-noto-core, fonts-noto-cjk,
fonts-noto-color-emoji); without them those characters show as empty boxes, nothing fails.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from app.core.i18n import fill
from app.core.report.html import render_body
from app.core.report.language import Tr
from app.core.report.model import Report
from app.core.report.svg import outcome_chart, timeline_chart

# Qt rich text understands a subset of CSS; this is the PDF's style sheet.
PDF_CSS = """
body { font-size: 9.5pt; color: #1d2329; }
h1 { font-size: 17pt; margin-bottom: 4px; }
h2 { font-size: 13pt; margin-top: 16px; margin-bottom: 6px; color: #1d2329; }
h3 { font-size: 10.5pt; margin-top: 10px; margin-bottom: 4px; }
th { background-color: #eef1f4; font-weight: bold; }
td, th { border-color: #c8cfd5; }
.meta, .muted, .why { color: #5d6770; }
.why { font-size: 8pt; }
.edition { font-weight: bold; }
.item { margin-top: 6px; }
.s-allowed_now, .s-true, .s-not_done { color: #c0392b; font-weight: bold; }
.s-uncertain { color: #a8661a; font-weight: bold; }
.s-blocked_by_settings, .s-done { color: #2e7d4f; font-weight: bold; }
a { color: #1f5fa8; text-decoration: none; }
"""
BASE_FONTS = [
    "Noto Sans",
    "DejaVu Sans",
    "Noto Sans Arabic",
    "Noto Sans CJK JP",
    "Noto Color Emoji",
]
TOP_PER_CATEGORY = 5
_APP: Any = None  # a QGuiApplication created for headless use, kept alive


def _headless_platform() -> None:
    """Without a display (CI, a server), Qt renders offscreen."""
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def render_pdf(
    report: Report, *, top_per_category: int = TOP_PER_CATEGORY, t: Tr | None = None
) -> bytes:
    """The report as PDF bytes: summary, timeline, top items, checklist, sources, health."""
    from PySide6.QtCore import (
        QBuffer,
        QByteArray,
        QIODevice,
        QMarginsF,
        QRectF,
        QSize,
        QSizeF,
        Qt,
        QUrl,
    )
    from PySide6.QtGui import (
        QColor,
        QFont,
        QGuiApplication,
        QImage,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    global _APP
    if QGuiApplication.instance() is None:
        _headless_platform()
        # A full QApplication, so a GUI or test harness started later in the process still works.
        _APP = QApplication(["overshare-report"])
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(14, 12, 14, 12), QPageLayout.Unit.Millimeter)
    t = t or str  # English
    heading = t("Overshare exposure report")
    share_safe = t("Overshare exposure report (share-safe)")
    writer.setTitle(share_safe if report.meta.redacted else heading)
    writer.setCreator(f"Overshare {report.meta.app_version}")

    dpi = writer.resolution()
    area = writer.pageLayout().paintRectPixels(dpi)
    band = int(dpi * 0.32)  # header and footer bands, about 8 mm each
    body = QRectF(0, band, area.width(), area.height() - 2 * band)

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setFamilies(BASE_FONTS)
    font.setPointSizeF(9.5)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(PDF_CSS)
    doc.setDocumentMargin(0)

    width = int(body.width())
    charts = (("outcomes", outcome_chart(report, t)), ("timeline", timeline_chart(report, t)))
    sizes: dict[str, QSize] = {}  # each chart's SVG size, for its <img> below
    for name, svg in charts:
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        size = sizes[name] = renderer.defaultSize()
        scale = min(3.0, width / max(size.width(), 1))
        image = QImage(
            int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32
        )
        image.fill(QColor("white"))
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(p)
        p.end()
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)

    def chart(name: str) -> str:
        size = sizes[name]
        w = int(width * 96 / dpi)  # rich-text image sizes are in 96-dpi pixels
        h = int(w * size.height() / max(size.width(), 1))
        return f'<img src="chart:{name}" width="{w}" height="{h}">'

    doc.setHtml(render_body(report, chart, top_per_category=top_per_category, pdf=True, t=t))
    doc.setPageSize(QSizeF(body.width(), body.height()))
    pages = doc.pageCount()

    edition = t("Share-safe edition") if report.meta.redacted else t("Full edition (private)")
    made = report.meta.generated_at.strftime("%Y-%m-%d")
    small = QFont(font)
    small.setPointSizeF(7.5)
    painter = QPainter(writer)
    try:
        for i in range(pages):
            if i:
                writer.newPage()
            painter.save()
            painter.translate(0, body.top() - i * body.height())
            doc.drawContents(painter, QRectF(0, i * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setFont(small)
            painter.setPen(QColor("#5d6770"))
            top = QRectF(0, 0, area.width(), band * 0.7)
            flags = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(
                top,
                flags | Qt.AlignmentFlag.AlignLeft,
                f"{heading} · {edition}",
            )
            painter.drawText(top, flags | Qt.AlignmentFlag.AlignRight, made)
            painter.drawLine(0, int(band * 0.75), int(area.width()), int(band * 0.75))
            bottom = QRectF(0, area.height() - band * 0.7, area.width(), band * 0.7)
            painter.drawText(
                bottom,
                flags | Qt.AlignmentFlag.AlignHCenter,
                fill(t("Page %1 of %2"), str(i + 1), str(pages)),
            )
    finally:
        painter.end()
    buf.close()
    return bytes(buf.data().data())
