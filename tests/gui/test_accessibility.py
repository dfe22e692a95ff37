"""Accessibility: names on every interactive widget, keyboard-only use, focus, contrast, fonts.

The tree test asks Qt's accessibility layer for each widget's name, which is what a screen
reader announces (an explicit accessibleName, or a button's text); fields, lists and combo
boxes need an explicit name, since their fallback is their current value.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from app.core.storage import ItemFilter
from app.core.storage.workshop import ephemeral_session
from app.gui.dialogs.about_dialog import AboutDialog
from app.gui.dialogs.error_dialog import ErrorDialog
from app.gui.dialogs.export_dialog import ExportDialog
from app.gui.dialogs.group_summary_dialog import GroupSummaryDialog
from app.gui.dialogs.passphrase_dialog import PassphraseDialog
from app.gui.dialogs.policy_update_dialog import PolicyUpdateDialog
from app.gui.dialogs.settings_dialog import SettingsDialog
from app.gui.main_window import DASHBOARD, ITEMS, MainWindow
from app.gui.models.items_model import STATUS_COLOURS
from app.gui.state import AppState
from app.gui.theme import accessible_palette, apply_theme, dark_palette
from app.gui.widgets.labels import BUCKET_COLOURS
from app.gui.wizard.wizard import OptOutWizard
from tests.gui.shell_support import make_window

_INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


_VALUE_WIDGETS = (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _interactive(w: QWidget) -> bool:
    if w.isHidden() or not w.isEnabled() or w.objectName().startswith("qt_"):
        return False
    if isinstance(w, (QScrollBar, QHeaderView)):  # parts of a scroll area or table
        return False
    parent = w.parentWidget()
    while parent is not None:  # Qt's inner parts (popup lists, spin box editors, tab arrows)
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar)):
            return False
        parent = parent.parentWidget()
    if isinstance(w, QLabel):  # labels count once they take focus (links)
        return w.focusPolicy() != Qt.FocusPolicy.NoFocus
    return isinstance(w, _INTERACTIVE)


def _name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def unnamed(top: QWidget) -> list[str]:
    """Interactive widgets under `top` that a screen reader would announce without a name."""
    bad = []
    for w in [top, *top.findChildren(QWidget)]:
        if not _interactive(w):
            continue
        # A value widget's fallback name is its current value ("Not set"): it needs its own.
        own = w.accessibleName() if isinstance(w, _VALUE_WIDGETS) else _name(w)
        if not any(c.isalnum() for c in own):
            path = []
            p: QWidget | None = w
            while p is not None and p is not top:
                path.append(p.objectName() or type(p).__name__)
                p = p.parentWidget()
            bad.append(f"{type(w).__name__} {'/'.join(reversed(path))} text={_text(w)!r}")
    return bad


def _text(w: QWidget) -> str:
    for attr in ("text", "placeholderText", "toolTip"):
        fn = getattr(w, attr, None)
        if callable(fn):
            try:
                value = fn()
            except TypeError:
                continue
            if value:
                return str(value)[:40]
    return ""


@pytest.fixture
def demo_window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = make_window(qtbot, AppState(ephemeral_session()))
    with qtbot.waitSignal(w.import_finished, timeout=30000):
        w.open_demo()
    yield w
    for d in QApplication.topLevelWidgets():
        if isinstance(d, QDialog) and d.isVisible():
            d.reject()


def test_every_page_names_its_controls(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = demo_window
    w.workshop.start(presenter=False)  # shows the workshop controls too
    qtbot.waitUntil(lambda: w.items_page.model.rowCount() > 0, timeout=10000)
    for index in range(w.stack.count()):
        w.go(index)
        QApplication.processEvents()
    w.start_stack.setCurrentWidget(w.import_page)
    w.import_page.set_busy(True, "demo.zip")
    assert unnamed(w) == [], "\n".join(unnamed(w))
    w.import_page.set_busy(False)


def test_every_dialog_names_its_controls(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = demo_window
    state = w.state
    qtbot.waitUntil(lambda: w.items_page.model.rowCount() > 0, timeout=10000)
    detail = w.items_page.open_detail(w.items_page.model.index(0, 0))
    assert detail is not None
    dialogs: list[QWidget] = [
        detail,
        SettingsDialog(state, w),
        AboutDialog(state.policy_set, w),
        ExportDialog(state, w),
        ErrorDialog("The import stopped: disk full", "Traceback …", w),
        PolicyUpdateDialog(state, w),
        PassphraseDialog(new=True, parent=w),
        GroupSummaryDialog(state, w),
    ]
    for d in dialogs:
        d.show()
        assert unnamed(d) == [], type(d).__name__
        d.close()


def test_the_wizard_names_its_controls_on_every_page(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    wizard = OptOutWizard(demo_window.state, None, demo_window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.intro.region.setCurrentIndex(wizard.intro.region.findData("EU"))  # letters too
    seen = set()
    for _ in range(60):  # walk forward through every page
        seen.add(wizard.currentId())
        assert unnamed(wizard) == [], f"page {wizard.currentId()}"
        if (
            wizard.currentPage().isFinalPage()
            or not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        ):
            break
        wizard.next()
    assert len(seen) >= 4 and wizard.currentPage() is wizard.summary
    wizard.reject()


# -- keyboard only ---------------------------------------------------------------------------
def _tab_to(qtbot, window: QWidget, target: QWidget, limit: int = 80) -> None:  # type: ignore[no-untyped-def]
    """Press Tab in `window` until `target` has its focus (offscreen windows are never
    "active", so the window's own focus widget is what Tab moves)."""
    for _ in range(limit):
        focus = window.focusWidget()
        if focus is target:
            return
        qtbot.keyClick(focus or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName() or target}")


def test_keyboard_only_walk(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """welcome → import demo → dashboard → items → wizard → export, keys only."""
    w = make_window(qtbot, AppState(ephemeral_session()))
    # Welcome: Tab to "Try with demo data" and press Space.
    _tab_to(qtbot, w, w.welcome_page.demo_button)
    with qtbot.waitSignal(w.import_finished, timeout=30000):
        qtbot.keyClick(w.welcome_page.demo_button, Qt.Key.Key_Space)
    assert w.nav.currentRow() == DASHBOARD
    # Dashboard and items by their shortcuts; Tab to the table, Enter opens the detail.
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.nav.currentRow() == DASHBOARD
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert w.nav.currentRow() == ITEMS
    qtbot.waitUntil(lambda: w.items_page.model.rowCount() > 0, timeout=10000)
    _tab_to(qtbot, w, w.items_page.table)
    with qtbot.waitSignal(w.items_page.detail_opened):
        qtbot.keyClick(w.items_page.table, Qt.Key.Key_Return)
    detail = w.items_page.detail
    assert detail is not None and detail.isVisible()
    qtbot.keyClick(detail, Qt.Key.Key_Escape)
    assert not detail.isVisible()
    # The wizard from the Tools menu by its mnemonics; Enter moves on, Esc closes.
    wizard = _open_menu_item(qtbot, w, Qt.Key.Key_T, Qt.Key.Key_O, OptOutWizard)
    first = wizard.currentId()
    _tab_to(qtbot, wizard, wizard.intro.region)
    qtbot.keyClicks(wizard.intro.region, "Eu")  # type-ahead: "European Union"
    assert wizard.intro.region.currentData() == "EU"
    qtbot.keyClick(wizard.intro.region, Qt.Key.Key_Return)
    assert wizard.currentId() != first
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    # Export by its shortcut: format with arrow keys, type the path, Enter exports.
    qtbot.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    export = _visible(ExportDialog)
    _tab_to(qtbot, export, export.format)
    while export.format.currentData() != "html":
        qtbot.keyClick(export.format, Qt.Key.Key_Down)
    _tab_to(qtbot, export, export.path)
    qtbot.keyClick(export.path, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    dest = tmp_path / "report.html"
    qtbot.keyClicks(export.path, str(dest))
    with qtbot.waitSignal(export.done_signal, timeout=30000) as done:
        qtbot.keyClick(export.path, Qt.Key.Key_Return)
    assert done.args == [True] and dest.is_file()


def test_tab_cycles_through_every_page_without_traps(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = demo_window
    for page in range(w.stack.count()):
        w.go(page)
        w.nav.setFocus()
        seen: list[QWidget] = []
        for _ in range(120):
            qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_Tab)
            seen.append(w.focusWidget())
            if seen[-1] is w.nav:
                break
        assert seen[-1] is w.nav, f"page {page}: Tab stuck at {seen[-1]}"
        assert len(set(seen)) >= 2


def _visible(kind: type) -> QWidget:  # type: ignore[type-arg]
    found = [d for d in QApplication.topLevelWidgets() if isinstance(d, kind) and d.isVisible()]
    assert found, kind.__name__
    return found[-1]


def _open_menu_item(qtbot, w: MainWindow, menu_key, item_key, kind: type) -> QWidget:  # type: ignore[no-untyped-def,type-arg]
    qtbot.keyClick(w, menu_key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QWidget), timeout=3000)
    qtbot.keyClick(QApplication.activePopupWidget(), item_key)
    qtbot.waitUntil(lambda: any(
        isinstance(d, kind) and d.isVisible() for d in QApplication.topLevelWidgets()
    ), timeout=5000)  # fmt: skip
    return _visible(kind)


def test_escape_closes_every_dialog(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = demo_window
    for opener in (w.open_settings, w.show_about, w.open_export, w.workshop.export_summary):
        dialog = opener()
        assert dialog.isVisible()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), type(dialog).__name__


def _mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if i >= 0 else None


def test_mnemonics_are_unique(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = make_window(qtbot, AppState(ephemeral_session()))
    bar = [_mnemonic(a.text()) for a in w.menuBar().actions()]
    for menu_action in w.menuBar().actions():
        menu = menu_action.menu()
        keys = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert None not in keys and len(keys) == len(set(keys)), menu_action.text()
    page = w.welcome_page
    labels = [b.text() for b in page.findChildren(QAbstractButton)]
    labels += [lb.text() for lb in page.findChildren(QLabel) if lb.buddy() is not None]
    keys = [k for k in map(_mnemonic, labels) if k]
    assert len(keys) >= 8 and len(keys) == len(set(keys))
    assert not set(keys) & set(bar)  # Alt+letter never clashes with a menu


def test_focus_is_visible_in_the_style_sheet() -> None:
    from app.core.paths import resources_dir

    qss = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((resources_dir() / "styles").glob("*.qss"))
    )
    for selector in ("QPushButton:focus", "QCheckBox:focus", "QLineEdit:focus", "QComboBox:focus",
                     "QAbstractItemView:focus"):  # fmt: skip
        assert selector in qss
    assert "palette(highlight)" in qss


# -- colour ----------------------------------------------------------------------------------
def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _palettes(qapp) -> dict[str, QPalette]:  # type: ignore[no-untyped-def]
    """The palettes the app applies (theme.accessible_palette fixes a too-light highlight)."""
    return {
        "light": accessible_palette(qapp.style().standardPalette()),
        "dark": accessible_palette(dark_palette()),
    }


def test_exposure_colours_meet_wcag_aa_in_light_and_dark(qapp) -> None:  # type: ignore[no-untyped-def]
    R = QPalette.ColorRole
    white = QColor("white")
    for bucket, colour in BUCKET_COLOURS.items():
        # Counts are drawn in white on the bar segments: text, so 4.5:1.
        assert contrast(colour, white) >= 4.5, bucket
        for theme, pal in _palettes(qapp).items():
            for role in (R.Window, R.Base):  # the chart and legend sit on either
                ratio = contrast(colour, pal.color(role))
                assert ratio >= 3.0, f"{bucket} on {theme} {role.name}: {ratio:.2f}"
    for status, hex_colour in STATUS_COLOURS.items():  # status dots beside their words
        for theme, pal in _palettes(qapp).items():
            ratio = contrast(QColor(hex_colour), pal.color(R.Base))
            assert ratio >= 3.0, f"{status} dot on {theme}: {ratio:.2f}"


def test_text_colours_meet_wcag_aa(qapp) -> None:  # type: ignore[no-untyped-def]
    R = QPalette.ColorRole
    apply_theme(qapp)
    applied = qapp.palette()
    assert contrast(applied.color(R.HighlightedText), applied.color(R.Highlight)) >= 4.5
    qapp.setStyleSheet("")
    for theme, pal in _palettes(qapp).items():
        for fg, bg in ((R.WindowText, R.Window), (R.Text, R.Base), (R.ButtonText, R.Button),
                       (R.HighlightedText, R.Highlight), (R.PlaceholderText, R.Base),
                       (R.PlaceholderText, R.Window), (R.Text, R.AlternateBase)):  # fmt: skip
            ratio = contrast(pal.color(fg), pal.color(bg))
            assert ratio >= 4.5, f"{theme}: {fg.name} on {bg.name} is {ratio:.2f}"


def test_meaning_is_never_colour_alone(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = demo_window
    qtbot.waitUntil(lambda: bool(w.dashboard_page.chart._legend), timeout=10000)
    legend = [label for label, _ in w.dashboard_page.chart._legend]
    assert len(legend) == len(BUCKET_COLOURS) and all(legend)


def test_follows_the_system_font_size(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """A user's larger system font reaches every widget, and titles grow with it."""
    original = QFont(qapp.font())
    big = QFont(original)
    big.setPointSizeF(15.0)
    qapp.setFont(big)
    try:
        apply_theme(qapp)
        assert "font-size: 30pt" in qapp.styleSheet()  # the 20pt page title, for 10pt text
        w = make_window(qtbot, AppState(ephemeral_session()))
        assert w.welcome_page.demo_button.font().pointSizeF() == pytest.approx(15.0)
        assert w.state.library.count(ItemFilter()) == 0
    finally:
        qapp.setFont(original)
        apply_theme(qapp)
        qapp.setStyleSheet("")
