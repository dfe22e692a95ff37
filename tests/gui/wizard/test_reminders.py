"""Re-check reminders: the dashboard's "Review N opt-out steps" banner opens the wizard there."""

from __future__ import annotations

from datetime import date

from app.core.optouts import load_steps
from app.core.optouts.answers import record_answer
from app.gui.pages.dashboard_page import DashboardPage
from app.gui.wizard.wizard import OptOutWizard
from tests.gui.wizard.support import POLICIES, demo_state

STEPS = {s.id: s for s in load_steps()}


def _page(qtbot, state) -> DashboardPage:  # type: ignore[no-untyped-def]
    page = DashboardPage(state)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    with qtbot.waitSignal(page.updated, timeout=20000):
        page.refresh()
    return page


def test_banner_counts_stale_answers_and_opens_the_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    state = demo_state("US")
    page = _page(qtbot, state)
    assert page.review_banner.isHidden()
    # answered long before the policies now in force
    for sid in ("x.grok_data_sharing", "linkedin.data_for_genai"):
        record_answer(state.settings, STEPS[sid], "done", POLICIES, date(2023, 1, 1))
    state.save_settings(context_changed=True)
    assert not page.review_banner.isHidden()
    assert page.review_banner.text() == "Review 2 opt-out steps"
    page.review_banner.click()
    wizard = page.findChild(OptOutWizard)
    assert wizard is not None
    current = wizard.currentPage()
    assert current is wizard.page_for("x.grok_data_sharing")
    assert current.review_note.isVisibleTo(current)  # type: ignore[union-attr]
    # answering again today clears that reminder
    with qtbot.waitSignal(state.settings_changed):
        current.answer("done", date.today())  # type: ignore[union-attr]
    assert page.review_banner.text() == "Review 1 opt-out step"
    wizard.reject()


def test_banner_when_the_policy_data_version_is_newer(qtbot) -> None:  # type: ignore[no-untyped-def]
    state = demo_state("EU")
    record_answer(state.settings, STEPS["meta.objection_facebook"], "done", POLICIES)
    state.settings.optout_answers["meta.objection_facebook"].policy_version = "0"
    page = _page(qtbot, state)
    assert page.review_banner.text() == "Review 1 opt-out step"
