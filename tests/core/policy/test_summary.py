"""Exposure summary, counterfactual view and explanations."""

from __future__ import annotations

from datetime import date

from app.core.policy import (
    Classifier,
    SettingState,
    Status,
    Tri,
    UserContext,
    load_policy_set,
    opt_out_everything,
    render_exposure,
    summarise,
)
from tests.core.policy.helpers import AS_OF, ctx, item

PSET = load_policy_set()


def _archive() -> list:
    return [
        item("x", "post", "public", "2019-03-01"),  # oldest
        item("x", "post", "public", "2024-06-01"),
        item("x", "like_or_reaction", "private", "2025-01-01"),
        item("linkedin", "post", "public", "2025-01-01"),
        item("facebook", "ai_chat", "private", "2026-01-01"),
        item("facebook", "bookmark_or_save", "private", "2026-01-01"),  # not covered
    ]


def test_summary_counts_oldest_and_settings() -> None:
    c = Classifier(PSET, ctx("US"))
    items = _archive()
    s = summarise((it, c.classify(it)) for it in items)
    assert s.total_items == 6
    assert s.not_covered == 1
    assert s.kinds[("x", "post")] == 2
    assert s.counts[("facebook", "used_for_ads_personalization", "allowed_now")] == 1
    assert s.counts[("x", "shared_with_affiliate_for_ai_training", "allowed_now")] == 2
    assert s.exposed_now == 4  # two X posts, LinkedIn post, Meta AI chat
    assert s.may_already_used == 4
    assert s.oldest_may_already_used is not None
    assert s.oldest_may_already_used.created_at.year == 2019
    # Grok data sharing covers both X posts (and is a candidate for collaborators on the like)
    top = dict(s.top_settings())
    assert top["x.grok_data_sharing"] == 3
    assert top["linkedin.data_for_genai"] == 1
    assert "meta.objection_facebook" not in top  # not offered in the US
    text = render_exposure(s)
    assert "oldest item that may already have been used" in text
    assert s.to_dict()["total_items"] == 6


def test_counterfactual_opt_out_everything() -> None:
    base = ctx("EU")
    after_ctx = opt_out_everything(base, PSET)
    assert after_ctx.settings["x.grok_data_sharing"] == SettingState(False, AS_OF)
    assert after_ctx.settings["meta.objection_facebook"] == SettingState(True, AS_OF)
    assert "x.protected" not in after_ctx.settings  # a visibility change, not an opt-out
    assert "linkedin.data_from_others_for_ads" not in after_ctx.settings  # US only
    items = _archive()
    now = summarise((it, Classifier(PSET, base).classify(it)) for it in items)
    after = summarise((it, Classifier(PSET, after_ctx).classify(it)) for it in items)
    assert after.exposed_now < now.exposed_now
    assert after.may_already_used == now.may_already_used  # opt-outs are not retroactive
    assert "opt out of everything" in render_exposure(now, after)


def test_opt_out_everything_keeps_earlier_opt_out_dates() -> None:
    early = SettingState(False, date(2024, 8, 1))
    base = UserContext("US", 1980, {"x.grok_data_sharing": early}, AS_OF)
    assert opt_out_everything(base, PSET).settings["x.grok_data_sharing"] is early


def test_explanation_names_clause_url_and_date() -> None:
    tags = Classifier(PSET, ctx("US")).classify(
        item("facebook", "ai_chat", "private", "2026-01-01")
    )
    ads = next(t for t in tags if t.rule == "meta.ai_chats.ads")
    assert ads.source_url == "https://www.facebook.com/privacy/policy"
    assert "https://www.facebook.com/privacy/policy" in ads.explanation
    assert "2025-12-16" in ads.explanation and "personalise content and ads" in ads.explanation
    assert ads.effective_from == date(2025, 12, 16)
    assert ads.action == "wizard.meta.ad_preferences"
    assert ads.recipients == ("Meta advertising",)


def test_unknown_region_says_why_and_what_settles_it() -> None:
    tags = Classifier(PSET, ctx(None)).classify(
        item("facebook", "ai_chat", "private", "2026-01-01")
    )
    ads = next(t for t in tags if t.rule == "meta.ai_chats.ads")
    assert ads.currently_allowed == Tri.UNCERTAIN and ads.status == Status.UNCERTAIN
    assert "answer: where you live" in ads.uncertain_reason
    assert "Uncertain because" in ads.explanation


def test_unknown_visibility_says_why() -> None:
    tags = Classifier(PSET, ctx("US")).classify(item("instagram", "post", "unknown"))
    t = next(t for t in tags if t.rule == "meta.ai_training.public_content")
    assert "who could see it" in t.uncertain_reason


def test_not_covered_is_explicit() -> None:
    (tag,) = Classifier(PSET, ctx("US")).classify(item("facebook", "bookmark_or_save", "private"))
    assert tag.status == Status.NOT_COVERED and tag.outcome == "not_covered"
    assert "not a sign that the item is safe" in tag.explanation


def test_unconfirmed_clauses_show_uncertain() -> None:
    tags = Classifier(PSET, ctx("US")).classify(item("x", "like_or_reaction", "private"))
    press = next(t for t in tags if t.rule == "x.third_party_collaborators.activity_press")
    assert press.confidence == "unconfirmed"
    assert press.currently_allowed == Tri.UNCERTAIN  # never "not used" (policies.md §6.12)
    assert "unconfirmed" in press.uncertain_reason
