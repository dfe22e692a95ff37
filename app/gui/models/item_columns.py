"""What the item browser's columns show: names, cell texts and the exposure dot."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.core.models import ItemKind, Platform, Visibility
from app.gui.models import labels
from app.gui.widgets.labels import BUCKET_COLOURS

SNIPPET = 160

(COL_PLATFORM, COL_KIND, COL_DATE, COL_TEXT, COL_VISIBILITY, COL_EXPOSURE) = range(6)
HEADERS = ("Platform", "Kind", "Date", "Text", "Visibility", "Exposure")

# The exposure dot's colour per status: the dashboard's bucket hues (WCAG AA on both themes);
# the text beside the dot always says the same in words.
_BUCKET_OF = {
    "allowed_now": "allowed_now",
    "uncertain": "uncertain",
    "blocked_by_settings": "blocked",
    "not_used": "not_used",
    "not_covered": "not_used",
}
STATUS_COLOURS = {status: BUCKET_COLOURS[b].name() for status, b in _BUCKET_OF.items()}


def dot_icon(colour: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QColor(colour).darker(130))
    p.setBrush(QColor(colour))
    p.drawEllipse(1, 1, 10, 10)
    p.end()
    return QIcon(pix)


def date_text(ts: datetime | None, with_time: bool = False) -> str:
    if ts is None:
        return "—"
    return ts.astimezone().strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def snippet(text: str) -> str:
    line = " ".join(text[: SNIPPET * 2].split())
    return line if len(line) <= SNIPPET else line[: SNIPPET - 1] + "…"


def column_texts(column: int) -> tuple[str, ...]:
    """Every text a short column can show, in the current language: the item browser sizes
    its columns from these, without reading a single row."""
    if column == COL_PLATFORM:
        return tuple(labels.platform_label(p.value) for p in Platform)
    if column == COL_KIND:
        return tuple(labels.kind_label(k.value) for k in ItemKind)
    if column == COL_DATE:
        return (date_text(datetime(2000, 12, 28, 12)), "—")
    if column == COL_VISIBILITY:
        return tuple(labels.visibility_label(v.value) for v in Visibility)
    if column == COL_EXPOSURE:
        return tuple(
            labels.Exposure(status, uses, ()).text()
            for status in labels.SEVERITY
            for uses in (0, 1, 8)
        )
    return ()
