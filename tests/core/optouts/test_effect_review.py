"""Recording answers, their effect on exposure, and re-check reminders (synthetic items)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.core.models import Item, ItemKind, Platform, SourceRef, Visibility
from app.core.optouts import load_steps
from app.core.optouts.answers import answer_for, policy_version, record_answer
from app.core.optouts.effect import answers_effect
from app.core.optouts.review import governing_document, steps_needing_review
from app.core.policy import load_policy_set
from app.core.storage.settings import OptOut, Settings, from_json, to_json

POLICIES = load_policy_set()
STEPS = {s.id: s for s in load_steps()}


def _post(n: int, created: str, visibility: str = "public") -> Item:
    return Item(
        platform=Platform("x"),
        kind=ItemKind("post"),
        id=f"x:post:{n}",
        created_at=datetime.fromisoformat(created).replace(tzinfo=UTC),
        visibility=Visibility(visibility),
        visibility_basis="test",
        text="",
        source=SourceRef("test.zip", "m", n),
    )


def test_done_records_the_protective_value_dated_and_undo_removes_it() -> None:
    s = Settings(region="US")
    step = STEPS["x.grok_data_sharing"]
    assert record_answer(s, step, "done", POLICIES, date(2026, 11, 1)) is True
    assert s.optouts["x.grok_data_sharing"] == OptOut(False, "2026-11-01", policy_version(POLICIES))
    assert s.optout_answers["x.grok_data_sharing"].answer == "done"
    assert record_answer(s, step, "not_now", POLICIES) is True  # taking "done" back
    assert "x.grok_data_sharing" not in s.optouts
    assert answer_for(s, step, POLICIES).answer == "not_now"  # type: ignore[union-attr]
    # advice-only steps keep the answer without touching the classifier's context
    assert record_answer(s, STEPS["meta.limit_past_posts"], "not_available", POLICIES) is False
    again = from_json(to_json(s))
    assert again.optout_answers == s.optout_answers and again.optouts == s.optouts


def test_settings_files_from_before_the_wizard_still_load() -> None:
    old = b'{"version": 1, "region": "UK", "optouts": {}}'
    assert from_json(old).optout_answers == {}


def test_unknown_answer_is_refused() -> None:
    with pytest.raises(ValueError):
        record_answer(Settings(), STEPS["x.protected"], "maybe", POLICIES)


def test_effect_counts_moves_and_past_use_on_a_fixture() -> None:
    # Three public X posts: two before the opt-out date, one after it.
    items = [_post(1, "2025-03-01"), _post(2, "2025-04-01"), _post(3, "2026-11-20")]
    s = Settings(region="US", birth_year=1980)
    steps = [STEPS["x.grok_data_sharing"], STEPS["x.grok_personalization"]]
    record_answer(s, steps[0], "done", POLICIES, date(2026, 11, 1))
    report = answers_effect([items], POLICIES, s, steps)
    assert report.before.total_items == report.after.total_items == 3
    grok = report.for_step("x.grok_data_sharing")
    assert grok is not None
    assert (grok.moved_to_blocked, grok.still_may_have_been_used) == (3, 2)
    assert report.for_step("x.grok_personalization") is None  # not answered: no row
    assert report.before.exposed_now - report.after.exposed_now <= 3


def test_no_answers_change_nothing() -> None:
    report = answers_effect([[_post(1, "2025-03-01")]], POLICIES, Settings(region="US"), [])
    assert report.steps == [] and report.before.exposed_now == report.after.exposed_now


def test_review_when_policy_data_is_newer_or_the_policy_postdates_the_answer() -> None:
    s = Settings(region="UK")
    li = STEPS["linkedin.data_for_genai"]
    record_answer(s, li, "done", POLICIES, date(2026, 11, 20))
    assert steps_needing_review(s, [li], POLICIES, date(2026, 11, 27)) == []
    doc = governing_document(POLICIES, "linkedin.data_for_genai", "UK", date(2026, 11, 27))
    assert doc is not None and doc.platform == "linkedin"
    # answered before the newest LinkedIn policy took effect
    early = doc.effective_from.replace(day=1) if doc.effective_from.day > 1 else date(2024, 1, 1)
    record_answer(s, li, "done", POLICIES, min(early, date(2024, 1, 1)))
    found = steps_needing_review(s, [li], POLICIES, date(2026, 11, 27))
    assert [(r.step.id, r.reason) for r in found] == [
        ("linkedin.data_for_genai", "policy_newer_than_answer")
    ]
    # recorded under an older policy bundle version
    record_answer(s, li, "done", POLICIES, date(2026, 11, 20))
    s.optout_answers[li.id].policy_version = "0"
    found = steps_needing_review(s, [li], POLICIES, date(2026, 11, 27))
    assert [r.reason for r in found] == ["policy_data_updated"]
    # "not now" is a to-do, not something to review
    record_answer(s, li, "not_now", POLICIES)
    assert steps_needing_review(s, [li], POLICIES, date(2026, 11, 27)) == []


def test_cli_recorded_setting_counts_as_done_for_review() -> None:
    s = Settings(region="US", optouts={"x.grok_data_sharing": OptOut(False, "2020-01-01", None)})
    step = STEPS["x.grok_data_sharing"]
    assert answer_for(s, step, POLICIES) is not None
    found = steps_needing_review(s, [step], POLICIES, date(2026, 11, 27))
    assert [r.reason for r in found] == ["policy_newer_than_answer"]
    s.optouts["x.grok_data_sharing"] = OptOut(True, "2020-01-01", None)  # recorded "on"
    assert answer_for(s, step, POLICIES) is None
