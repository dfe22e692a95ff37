"""The opt-out wizard driven like a user: US, EU and UK users with all four platforms."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog

from app.core.optouts import load_steps, steps_for
from app.gui.wizard.wizard import FIRST_STEP, INTRO, LETTERS, SUMMARY
from tests.gui.wizard.support import demo_state, make_wizard, walk

X = ["x.grok_data_sharing", "x.grok_personalization", "x.business_partners", "x.protected",
     "x.delete_grok_history"]  # fmt: skip
META_ALL = ["meta.stop_meta_ai", "meta.limit_past_posts"]
EXPECTED = {
    "US": [*X, "linkedin.data_for_genai", "linkedin.share_with_affiliates",
           "linkedin.data_from_others_for_ads", "meta.no_opt_out", *META_ALL,
           "meta.ad_preferences", "meta.third_party_info", "meta.no_opt_out_instagram",
           "meta.private_instagram", "threads.fediverse_sharing"],
    "EU": [*X, "x.gdpr_objection", "linkedin.data_for_genai", "linkedin.objection_form",
           "meta.objection_facebook", *META_ALL, "meta.third_party_info",
           "meta.objection_instagram", "meta.private_instagram", "threads.fediverse_sharing"],
    "UK": [*X, "x.gdpr_objection", "linkedin.data_for_genai", "linkedin.objection_form",
           "meta.objection_facebook", *META_ALL, "meta.third_party_info",
           "meta.objection_instagram", "meta.private_instagram", "threads.fediverse_sharing"],
}  # fmt: skip


@pytest.mark.parametrize("region", ["US", "EU", "UK"])
def test_steps_shown_per_region_and_pages_in_order(qtbot, region: str) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard(qtbot, demo_state(region))
    assert w.currentId() == INTRO
    assert set(w.intro.chosen_platforms()) == {"x", "linkedin", "facebook", "instagram"}
    pages = walk(w)
    assert w.shown_step_ids() == EXPECTED[region]
    steps = [FIRST_STEP + i for i in range(len(EXPECTED[region]))]
    letters = [LETTERS] if region != "US" else []
    assert pages == [INTRO, *steps, *letters, SUMMARY]
    with qtbot.waitSignal(w.summary.computed, timeout=20000):
        pass  # the comparison runs in a worker
    assert w.summary.report is not None and w.summary.report.before.total_items == 150


def test_meta_in_the_us_says_plainly_there_is_no_opt_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard(qtbot, demo_state("US"), "meta.no_opt_out")
    page = w.page_for("meta.no_opt_out")
    assert page is not None and w.currentPage() is page
    texts = " ".join(lbl.text() for lbl in page.findChildren(type(page.recorded)))
    assert "There is no opt-out for this where you live." in texts
    assert "Make your past Facebook posts non-public" in texts and "Stop using Meta AI" in texts
    assert page.radios == {}  # nothing to answer on a notice


def test_open_in_browser_and_source_link_open_the_step_urls(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    w = make_wizard(qtbot, demo_state("EU"))
    walk(w)
    for sid in ("x.grok_data_sharing", "linkedin.data_for_genai", "meta.objection_facebook",
                "meta.objection_instagram"):  # fmt: skip
        page = w.page_for(sid)
        assert page is not None
        page.open_button.click()
        page.source.linkActivated.emit(page.step.source_url)
    assert opened == [
        "https://x.com/settings/grok_settings", "https://x.com/en/privacy",
        "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
        "https://www.linkedin.com/legal/privacy-policy",
        "https://www.facebook.com/privacy/genai", "https://www.facebook.com/privacy/policy",
        "https://help.instagram.com/contact/767264225370182",
        "https://privacycenter.instagram.com/policy",
    ]  # fmt: skip


def test_answers_persist_across_a_restart_and_change_the_context(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.json"
    state = demo_state("UK", path)
    w = make_wizard(qtbot, state)
    walk(w)
    with qtbot.waitSignal(state.context_changed):
        w.page_for("linkedin.data_for_genai").answer("done", date(2026, 11, 2))  # type: ignore[union-attr]
    w.page_for("x.grok_data_sharing").answer("not_now")  # type: ignore[union-attr]
    w.page_for("meta.private_instagram").answer("not_available")  # type: ignore[union-attr]
    assert state.context().settings["linkedin.data_for_genai"].value is False

    again = demo_state(None, path)  # a new AppState over the same settings file
    s = again.settings
    assert s.region == "UK"
    assert s.optouts["linkedin.data_for_genai"].date == "2026-11-02"
    assert {k: (a.answer, a.date) for k, a in s.optout_answers.items()} == {
        "linkedin.data_for_genai": ("done", "2026-11-02"),
        "x.grok_data_sharing": ("not_now", date.today().isoformat()),
        "meta.private_instagram": ("not_available", date.today().isoformat()),
    }
    w2 = make_wizard(qtbot, again)
    walk(w2)
    page = w2.page_for("linkedin.data_for_genai")
    assert page is not None and page.current() == "done"
    assert page.date_edit.date().toString("yyyy-MM-dd") == "2026-11-02"


def test_summary_shows_what_the_answers_moved(qtbot) -> None:  # type: ignore[no-untyped-def]
    state = demo_state("US")
    w = make_wizard(qtbot, state)
    with qtbot.waitSignal(w.summary.computed, timeout=20000) as first:
        walk(w)
    assert first.args[0].steps == []  # nothing answered yet
    w.back()
    w.page_for("x.grok_data_sharing").answer("done", date(2026, 11, 1))  # type: ignore[union-attr]
    with qtbot.waitSignal(w.summary.computed, timeout=20000) as blocker:
        w.next()
    effect = blocker.args[0].for_step("x.grok_data_sharing")
    assert (effect.moved_to_blocked, effect.still_may_have_been_used) == (12, 8)
    rows = {w.summary.table.item(r, 0).text(): r for r in range(w.summary.table.rowCount())}
    row = rows["X (Twitter): Stop sharing your data with xAI for Grok training"]
    assert [w.summary.table.item(row, c).text() for c in (2, 4)] == ["12", "8"]


def test_opening_at_a_setting_key_or_step_id(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard(qtbot, demo_state("EU"), "meta.objection_instagram")
    assert w.currentPage() is w.page_for("meta.objection_instagram")
    w.back()
    assert w.currentId() == INTRO
    w2 = make_wizard(qtbot, demo_state("UK"), "x.delete_grok_history")
    assert w2.currentPage() is w2.page_for("x.delete_grok_history")


def test_region_unknown_is_asked_first_and_saved(qtbot) -> None:  # type: ignore[no-untyped-def]
    state = demo_state(None)
    w = make_wizard(qtbot, state, "linkedin.data_for_genai")
    assert w.currentId() == INTRO and not w.intro.isComplete()
    w.intro.region.setCurrentIndex(w.intro.region.findData("CH"))
    w.next()
    assert state.settings.region == "CH"
    assert w.currentPage() is w.page_for("linkedin.data_for_genai")
    expected = [s.id for s in steps_for(load_steps(), "CH", ["x", "linkedin", "facebook",
                                                            "instagram"])]  # fmt: skip
    assert sorted(w.shown_step_ids()) == sorted(expected)


def test_letters_filled_from_account_facts_copy_and_save(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard(qtbot, demo_state("EU"))
    walk(w)
    w.back()
    assert w.currentId() == LETTERS
    page = w.letters
    page.platform.setCurrentIndex(page.platform.findData("x"))
    assert page.handle.text().startswith("@") and page.name.text()
    assert "Article 21" in page.text.toPlainText() and page.handle.text() in page.text.toPlainText()
    page.handle.setText("@someone_else")
    page.handle.textEdited.emit("@someone_else")
    page.access.setChecked(True)
    assert "Article 15" in page.text.toPlainText() and "@someone_else" in page.text.toPlainText()
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == page.text.toPlainText()
    target = tmp_path / "letter.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.save_button.click()
    assert target.read_text(encoding="utf-8") == page.text.toPlainText()


def test_every_interactive_widget_has_an_accessible_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLineEdit

    w = make_wizard(qtbot, demo_state("UK"))
    walk(w)
    kinds = (QComboBox, QLineEdit, QDateEdit, QAbstractButton)
    pages = [w.intro, w.letters, w.summary, *w.step_pages]
    for page in pages:
        for widget in (c for k in kinds for c in page.findChildren(k)):
            inner = isinstance(widget.parent(), (QComboBox, QDateEdit))
            if inner or widget.objectName().startswith("qt_"):  # Qt's own inner parts
                continue
            assert widget.accessibleName(), f"{type(widget).__name__} on {page.title()}"
