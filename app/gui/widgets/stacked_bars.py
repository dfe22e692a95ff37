"""Horizontal stacked bars painted with QPainter: one bar per row, one segment per bucket.

Each bar carries its total as text and each segment wide enough its count, and a legend with
the bucket names sits underneath, so colour is never the only carrier of meaning.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

_BAR_H = 26
_GAP = 14
_LEGEND_SWATCH = 12


@dataclass(frozen=True, slots=True)
class Segment:
    key: str
    label: str
    value: int
    colour: QColor


@dataclass(frozen=True, slots=True)
class Bar:
    key: str
    label: str
    segments: tuple[Segment, ...]

    @property
    def total(self) -> int:
        return sum(s.value for s in self.segments)


class StackedBarChart(QWidget):
    segment_clicked = Signal(str, str)  # bar key, segment key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: tuple[Bar, ...] = ()
        self._legend: tuple[tuple[str, QColor], ...] = ()
        self._hits: list[tuple[QRectF, str, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_data(self, bars: Sequence[Bar], legend: Sequence[tuple[str, QColor]]) -> None:
        self._bars = tuple(bars)
        self._legend = tuple(legend)
        self.setAccessibleDescription(
            "; ".join(
                f"{b.label}: " + ", ".join(f"{s.label} {s.value:,}" for s in b.segments if s.value)
                for b in self._bars
            )
        )
        self.setFixedHeight(self.heightForWidth(self.width()))
        self.updateGeometry()
        self.update()

    # -- geometry ------------------------------------------------------------------------
    def _label_width(self) -> int:
        fm = QFontMetrics(self.font())
        return max((fm.horizontalAdvance(b.label) for b in self._bars), default=0) + 12

    def _legend_rows(self, width: int) -> list[list[tuple[str, QColor]]]:
        fm = QFontMetrics(self.font())
        rows: list[list[tuple[str, QColor]]] = [[]]
        x = 0
        for label, colour in self._legend:
            w = _LEGEND_SWATCH + 6 + fm.horizontalAdvance(label) + 18
            if rows[-1] and x + w > width:
                rows.append([])
                x = 0
            rows[-1].append((label, colour))
            x += w
        return rows

    def sizeHint(self) -> QSize:
        return QSize(480, self.heightForWidth(480))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        fm = QFontMetrics(self.font())
        bars = len(self._bars) * (_BAR_H + _GAP)
        legend = len(self._legend_rows(width)) * (fm.height() + 6)
        return max(bars + legend + 8, 40)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.heightForWidth(self.width() or 480))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.setFixedHeight(self.heightForWidth(self.width()))
        super().resizeEvent(event)

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        label_w = self._label_width()
        count_w = fm.horizontalAdvance("0,000,000") + 12
        bar_w = max(self.width() - label_w - count_w, 20)
        biggest = max((b.total for b in self._bars), default=0) or 1
        self._hits = []
        y = 0
        for bar in self._bars:
            p.setPen(text)
            p.drawText(QRectF(0, y, label_w, _BAR_H), Qt.AlignmentFlag.AlignVCenter, bar.label)
            x = float(label_w)
            scale = bar_w / biggest
            for seg in bar.segments:
                if seg.value <= 0:
                    continue
                w = max(seg.value * scale, 2.0)
                rect = QRectF(x, y, w, _BAR_H)
                p.fillRect(rect, seg.colour)
                self._hits.append((rect, bar.key, seg.key))
                label = f"{seg.value:,}"
                if fm.horizontalAdvance(label) + 8 < w:
                    p.setPen(QColor("white"))
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
                x += w
            p.setPen(text)
            p.drawText(
                QRectF(x + 6, y, count_w, _BAR_H), Qt.AlignmentFlag.AlignVCenter, f"{bar.total:,}"
            )
            y += _BAR_H + _GAP
        for row in self._legend_rows(self.width()):
            x = 0.0
            for label, colour in row:
                sw = QRectF(
                    x, y + (fm.height() - _LEGEND_SWATCH) / 2, _LEGEND_SWATCH, _LEGEND_SWATCH
                )
                p.fillRect(sw, colour)
                p.setPen(text)
                tw = fm.horizontalAdvance(label)
                p.drawText(
                    QRectF(x + _LEGEND_SWATCH + 6, y, tw + 4, fm.height()),
                    Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
                x += _LEGEND_SWATCH + 6 + tw + 18
            y += fm.height() + 6
        p.end()

    def _hit(self, pos: QPointF) -> tuple[str, str] | None:
        for rect, bar, seg in self._hits:
            if rect.contains(pos):
                return bar, seg
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.segment_clicked.emit(*hit)
