"""One item in detail: as the user wrote it, the stored record, and every tag explained."""

from __future__ import annotations

import html
from dataclasses import asdict

import orjson
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.models import Item
from app.core.policy import Tag
from app.gui.models import labels
from app.gui.state import AppState
from app.gui.widgets.tag_card import TagCard


def _label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def record_json(item: Item) -> str:
    """The stored Item with all its fields and attrs, as indented JSON."""
    data = asdict(item)
    data["created_at"] = item.created_at.isoformat() if item.created_at else None
    option = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS
    return orjson.dumps(data, option=option, default=str).decode()


def _tag_order(tag: Tag) -> tuple[int, int]:
    """Active uses first, worst status first; clauses that do not use the item last."""
    passive = tag.outcome in labels.PASSIVE
    status = str(tag.status)
    rank = labels.SEVERITY.index(status) if status in labels.SEVERITY else len(labels.SEVERITY)
    return int(passive), rank


class ItemDetail(QDialog):
    """Non-modal; open with `open()`. Re-usable: `show_item(item_id)` switches the item."""

    wizard_requested = Signal(str)  # setting key

    def __init__(self, state: AppState, item_id: str | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.state = state
        self.item: Item | None = None
        self.tags: list[Tag] = []
        self.tag_cards: list[TagCard] = []
        self.setWindowTitle(self.tr("Item details"))
        self.setObjectName("itemDetail")
        self.resize(760, 680)

        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(buttons)
        if item_id is not None:
            self.show_item(item_id)

    def show_item(self, item_id: str) -> bool:
        """Load and show one item; False (with a message) when the store no longer has it."""
        item = self.state.library.get(item_id)
        self.item = item
        self.tags = sorted(self.state.classifier().classify(item), key=_tag_order) if item else []
        self.tag_cards = []
        body = QWidget(self._scroll)
        box = QVBoxLayout(body)
        if item is None:
            box.addWidget(_label(self.tr("This item is no longer in your library."), body))
        else:
            self._fill(box, body, item)
        box.addStretch(1)
        old = self._scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self._scroll.setWidget(body)
        return item is not None

    # ---- building ----------------------------------------------------------------------------
    def _fill(self, box: QVBoxLayout, body: QWidget, item: Item) -> None:
        kind = labels.kind_label(item.kind.value)
        platform = labels.platform_label(item.platform.value)
        title = QLabel(self.tr("{0} on {1}").format(kind, platform), body)
        title.setObjectName("pageTitle")
        box.addWidget(title)
        self.text_label = _label(item.text or self.tr("(no text)"), body, "itemText")
        box.addWidget(self.text_label)
        box.addLayout(self._facts(body, item))

        self.original_button = QPushButton(self.tr("Show original record"), body)
        self.original_button.setCheckable(True)
        self.original = QPlainTextEdit(body)
        self.original.setReadOnly(True)
        self.original.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.original.setPlainText(record_json(item))
        self.original.setMinimumHeight(220)
        self.original.setVisible(False)
        self.original_button.toggled.connect(self._toggle_original)
        box.addWidget(self.original_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.original)

        heading = QLabel(f"<h3>{html.escape(self.tr('What this item may be used for'))}</h3>", body)
        box.addWidget(heading)
        if not self.tags:
            box.addWidget(_label(self.tr("No policy clause we know of covers this item."), body))
        for tag in self.tags:
            card = TagCard(tag, self.state.policy_set, body)
            card.wizard_requested.connect(self.wizard_requested)
            self.tag_cards.append(card)
            box.addWidget(card)

    def _facts(self, body: QWidget, item: Item) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        when = item.created_at.astimezone().strftime("%Y-%m-%d %H:%M") if item.created_at else "—"
        form.addRow(self.tr("Date:"), _label(when, body))
        visibility = labels.visibility_label(item.visibility.value)
        if item.visibility_basis:
            visibility = f"{visibility} — {item.visibility_basis}"
        form.addRow(self.tr("Visibility:"), _label(visibility, body))
        if item.target:
            form.addRow(self.tr("Refers to:"), _label(item.target, body))
        if item.media:
            form.addRow(self.tr("Media:"), _label("\n".join(item.media), body))
        src = item.source
        where = self.tr("{0} › {1}, record {2}").format(src.archive, src.member, src.index + 1)
        form.addRow(self.tr("From:"), _label(where, body))
        return form

    def _toggle_original(self, shown: bool) -> None:
        self.original.setVisible(shown)
        self.original_button.setText(
            self.tr("Hide original record") if shown else self.tr("Show original record")
        )

    def original_text(self) -> str:
        return self.original.toPlainText() if self.item else ""
