"""Translations: complete, faithful to placeholders, compiled, current, and used by the GUI."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from app.core.models import Item, ItemKind, Platform, SourceRef, Visibility
from app.core.optouts.steps import load_steps
from app.core.policy import load_policy_set
from app.core.storage.workshop import ephemeral_session
from app.gui import i18n
from app.gui.state import AppState
from app.gui.widgets.flow_row import FlowRow
from app.gui.widgets.tag_card import TagCard
from tests.gui.shell_support import make_window

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import i18n as tool  # noqa: E402  (tools/ is not a package)

CATALOGUES = [f"{stem}_{lang}" for lang in tool.LANGUAGES for stem in ("overshare", "policy")]
_PLACEHOLDER = re.compile(r"%L?\d+|%n|%s|\{[a-z0-9_]*\}")
_TAG = re.compile(r"</?[a-z]+")
_MNEMONIC = re.compile(r"&(?!&|\s|[a-z#0-9]+;)\S")


@pytest.fixture
def english(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Tests switch languages freely; everyone after them gets English again."""
    monkeypatch.delenv("OVERSHARE_LANG", raising=False)
    yield
    monkeypatch.delenv("OVERSHARE_LANG", raising=False)
    i18n.install_translators("en")


def _messages(name: str) -> list[tool.Message]:
    return list(tool.read_ts(tool.I18N / f"{name}.ts").values())


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_string_is_translated(name: str) -> None:
    missing = [
        m.source[:70]
        for m in _messages(name)
        if not m.finished or not all(t.strip() for t in m.translation)
    ]
    assert not missing, f"{name}.ts: {len(missing)} untranslated, e.g. {missing[:5]}"


@pytest.mark.parametrize("name", CATALOGUES)
def test_translations_keep_placeholders_markup_and_mnemonics(name: str) -> None:
    bad = []
    for m in _messages(name):
        for t in (t for t in m.translation if t.strip()):
            want = sorted(set(_PLACEHOLDER.findall(m.source)))
            if sorted(set(_PLACEHOLDER.findall(t))) != want:
                bad.append(f"placeholders {want}: {t[:60]}")
            if sorted(_TAG.findall(m.source)) != sorted(_TAG.findall(t)):
                bad.append(f"markup: {t[:60]}")
            if bool(_MNEMONIC.search(m.source)) != bool(_MNEMONIC.search(t)):
                bad.append(f"mnemonic: {m.source} -> {t}")
            bad += [
                f"url {u}: {t[:60]}" for u in re.findall(r"https?://\S+", m.source) if u not in t
            ]
    assert not bad, f"{name}.ts: " + "; ".join(bad[:8])


def test_menu_mnemonics_are_unique_per_menu_in_german() -> None:
    """The translated top-level menus each keep a distinct access key."""
    texts = {
        m.source: m.translation[0] for m in _messages("overshare_de") if m.context == "MainWindow"
    }
    menus = ["&File", "&Edit", "&View", "&Tools", "&Help"]
    keys = [texts[s][texts[s].index("&") + 1].lower() for s in menus]
    assert len(set(keys)) == len(keys), keys


def test_catalogues_hold_every_current_string() -> None:
    """Fails when code or policy data gained strings and `tools/i18n.py update` was not run."""
    gui = {m.key for m in tool.lupdate_messages() + tool.ast_messages() + tool.table_messages()}
    data = {m.key for m in tool.data_messages()}
    for lang in (*tool.LANGUAGES, tool.TEMPLATE):
        for stem, wanted in (("overshare", gui), ("policy", data)):
            have = set(tool.read_ts(tool.I18N / f"{stem}_{lang}.ts"))
            new = sorted(s for _c, s, _x in wanted - have)
            assert not new, f"{stem}_{lang}.ts lacks {len(new)} strings, e.g. {new[:3]}"


def test_compiled_catalogues_are_up_to_date(tmp_path: Path) -> None:
    made = tool.release(tmp_path)
    for qm in made:
        shipped = tool.I18N / qm.name
        assert shipped.exists(), f"{shipped.name} missing: run python tools/i18n.py release"
        assert shipped.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run release"


def test_update_keeps_existing_translations(tmp_path: Path) -> None:
    old = {m.key: m for m in _messages("overshare_de")}
    fresh = [tool.Message(c, s, x) for (c, s, x) in old] + [tool.Message("New", "Brand new")]
    merged = {m.key: m for m in tool.merge(fresh, old)}
    assert merged[("MainWindow", "Dashboard", "")].translation == ["Übersicht"]
    assert not merged[("New", "Brand new", "")].finished
    tool.write_ts(tmp_path / "x.ts", "de", list(merged.values()))
    again = tool.read_ts(tmp_path / "x.ts")
    assert again[("MainWindow", "Dashboard", "")].finished
    assert again[("MainWindow", "Dashboard", "")].translation == ["Übersicht"]


# ---------------------------------------------------------------- the running GUI


def test_language_follows_override_setting_then_system(english, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert i18n.resolve_language("de") == "de"
    assert i18n.resolve_language("es_MX") == "es"
    assert i18n.resolve_language("fr") == "en"  # not shipped: English
    assert i18n.resolve_language("pseudo") == "pseudo"
    monkeypatch.setenv("OVERSHARE_LANG", "es")
    assert i18n.resolve_language("de") == "es"
    monkeypatch.delenv("OVERSHARE_LANG")
    assert i18n.resolve_language(None) in ("en", *i18n.SHIPPED)


def test_lang_flag_overrides_settings_for_one_run(english) -> None:  # type: ignore[no-untyped-def]
    from app.cli import build_gui_parser

    args = build_gui_parser([]).parse_args(["--workshop", "--lang", "es"])
    i18n.force_language(args.lang)
    try:
        assert i18n.resolve_language("de") == "es"
    finally:
        i18n.force_language(None)
    assert i18n.resolve_language("de") == "de"


def test_main_pages_in_german(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    assert i18n.install_translators("de") == "de"
    w = make_window(qtbot, AppState(ephemeral_session()))
    nav = [w.nav.item(i).text() for i in range(w.nav.count())]
    assert nav[:4] == ["Start", "Übersicht", "Einträge", "Archivzustand"]
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles[:3] == ["&Datei", "&Bearbeiten", "&Ansicht"]
    assert any(
        "Sehen Sie, was die Plattformen" in label.text()
        for label in w.welcome_page.findChildren(type(w.mode_label))
    )
    # Qt's own strings come from qtbase_de.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


@pytest.mark.parametrize("lang", i18n.SHIPPED)
def test_start_page_access_keys_are_unique(qtbot, english, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Access keys on the start page clash neither with each other nor with the menu bar."""
    i18n.install_translators(lang)
    w = make_window(qtbot, AppState(ephemeral_session()))
    texts = [a.text() for a in w.menuBar().actions()] + [
        x.text()
        for x in w.welcome_page.findChildren(QWidget)
        if hasattr(x, "text") and isinstance(x.text(), str) and x.isVisibleTo(w.welcome_page)
    ]
    keys = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t))]
    assert len(keys) == len(set(keys)) and len(keys) >= 10, keys


def test_policy_and_step_text_translate(english) -> None:  # type: ignore[no-untyped-def]
    pset = load_policy_set()
    rule = next(r for r in pset.rules if r.id == "x.ml_training.public_content")
    step = next(s for s in load_steps() if s.id == "x.gdpr_objection")
    assert i18n.policy_text(rule.clause_summary) == rule.clause_summary  # English
    i18n.install_translators("de")
    assert i18n.policy_text(rule.clause_summary).startswith("X darf die von ihm erfassten")
    assert i18n.step_text(step.title) == "Widerspruch gegen KI-Training nach Art. 21 DSGVO"
    assert i18n.policy_text(pset.settings["x.protected"].label).startswith("Zielgruppe")
    for r in pset.rules:  # every clause shown in a tag card has a German text
        assert i18n.policy_text(r.clause_summary) != r.clause_summary, r.id


def test_tag_explanation_in_german(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    i18n.install_translators("de")
    state = AppState(ephemeral_session())
    post = Item(
        platform=Platform.X,
        kind=ItemKind.POST,
        id="x:1",
        created_at=datetime(2025, 3, 1, tzinfo=UTC),
        visibility=Visibility.PUBLIC,
        visibility_basis="test",
        text="hello",
        source=SourceRef("a.zip", "data/tweets.js", 0),
    )
    pset = state.policy_set
    tag = next(t for t in state.classifier().classify(post) if pset.rule(t.rule) is not None)
    card = TagCard(tag, pset)
    qtbot.addWidget(card)
    text = card.explanation.text()
    assert text.startswith("Klausel: „")
    assert i18n.policy_text(pset.rule(tag.rule).clause_summary) in text  # type: ignore[union-attr]


def test_tag_card_shows_uncertain_reasons_in_german_and_spanish(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    state = AppState(ephemeral_session())
    post = Item(
        platform=Platform.FACEBOOK,
        kind=ItemKind.POST,
        id="fb:1",
        created_at=datetime(2025, 3, 1, tzinfo=UTC),
        visibility=Visibility.UNKNOWN,
        visibility_basis="test",
        text="hello",
        source=SourceRef("a.zip", "posts.json", 0),
    )
    pset = state.policy_set
    tag = next(t for t in state.classifier().classify(post) if t.reasons and t.rule != "none")
    assert "the archive does not say who could see this item" in tag.explanation
    expected = {
        "de": ("Unsicher, weil: das Archiv gibt nicht an, wer diesen Eintrag sehen konnte",
               "Verlässlichkeit der Quellen:"),
        "es": ("Incierto porque el archivo no indica quién podía ver este elemento",
               "Fiabilidad de las fuentes:"),
    }  # fmt: skip
    for lang, phrases in expected.items():
        i18n.install_translators(lang)
        card = TagCard(tag, pset)
        qtbot.addWidget(card)
        text = card.explanation.text()
        assert all(p in text for p in phrases), text
        assert "Uncertain because" not in text


def test_archive_health_notes_in_german(english) -> None:  # type: ignore[no-untyped-def]
    from app.gui.pages.health_page import reason_text

    assert reason_text("1,234 records; 2 malformed records skipped") == (
        "1,234 records; 2 malformed records skipped"
    )
    i18n.install_translators("de")
    assert reason_text("1,234 records; 2 malformed records skipped") == (
        "1.234 Datensätze; 2 fehlerhafte Datensätze übersprungen"
    )
    assert reason_text("an HTML page; Overshare reads the JSON format") == (
        "eine HTML-Seite; Overshare liest das JSON-Format"
    )
    assert reason_text("posts/x.json: not valid JSON.") == "posts/x.json: not valid JSON."


def test_policy_update_changes_in_spanish(english) -> None:  # type: ignore[no-untyped-def]
    from collections import Counter

    from app.core.policy.impact import ExposureDelta
    from app.core.policy.summary import ExposureSummary
    from app.gui.dialogs.policy_update_dialog import delta_lines

    delta = ExposureDelta(
        ExposureSummary(total_items=10, exposed_now=2),
        ExposureSummary(total_items=10, exposed_now=5),
        newly_exposed=3,
        allowed_after=Counter({("x", "trains_platform_ai"): 3}),
    )
    assert delta_lines(delta) == delta.lines()  # English: the core's own lines
    i18n.install_translators("es")
    lines = delta_lines(delta)
    assert lines[0] == "Elementos expuestos ahora: 2 → 5 (3 recién expuestos, 0 ya no)."
    assert lines[-1] == (
        "X (Twitter), elementos permitidos ahora para «Entrena la IA de la plataforma»: 0 → 3."
    )


def test_pseudo_localisation_changes_every_string(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    text = "Open the %1 download page <b>now</b> & see https://x.com/a {name}"
    out = i18n.pseudo(text)
    assert out != text and len(out) >= len(text) * 1.3
    for kept in ("%1", "<b>", "</b>", "https://x.com/a", "{name}"):
        assert kept in out
    assert "Öþéñ" in out
    assert i18n.pseudo("&File").startswith("[&F")  # the access key stays the same letter
    assert i18n.install_translators("pseudo") == "pseudo"
    assert QCoreApplication.translate("MainWindow", "Dashboard").startswith("[Đåšĥƀöåŕđ")
    w = make_window(qtbot, AppState(ephemeral_session()))
    assert w.nav.item(1).text().startswith("[")


def test_flow_row_wraps_long_labels_instead_of_widening(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    row = FlowRow(host)
    buttons = [QPushButton(i18n.pseudo(f"Open a long button label {i}"), host) for i in range(3)]
    for b in buttons:
        row.addWidget(b)
    widest = max(b.sizeHint().width() for b in buttons)
    assert row.minimumSize().width() == widest  # never wider than one button
    one_line = row.heightForWidth(sum(b.sizeHint().width() for b in buttons) + 40)
    assert row.heightForWidth(widest) > 2 * one_line  # three lines when narrow
    host.resize(widest + 10, row.heightForWidth(widest + 10))
    host.show()
    qtbot.waitExposed(host)
    assert all(b.geometry().right() <= host.width() for b in buttons)


def test_settings_offer_every_shipped_language() -> None:
    from app.gui.dialogs.settings_dialog import LANGUAGES

    codes = {code for code, _name in LANGUAGES}
    assert {None, "en", *i18n.SHIPPED, i18n.PSEUDO} <= codes
