"""Hand-labelled classification cases (policies.md section in each case name).

Each case lists the exact tags expected as "rule:outcome=currently/may_already/status" with
T/F/U for true/false/uncertain. Evaluation date: 2026-11-26 (the research date).
"""

from __future__ import annotations

import pytest

from app.core.policy import PolicySet, classify, load_policy_set
from tests.core.policy.helpers import compact, ctx, item


@pytest.fixture(scope="module")
def pset() -> PolicySet:
    return load_policy_set()


CASES = [
    (
        "x1 §1.2 US public post",
        item("x", "post", "public", "2024-06-01"),
        ctx(),
        {
            "x.grok_training.public_posts:shared_with_affiliate_for_ai_training=T/T/allowed_now",
            "x.ml_training.public_content:trains_platform_ai=T/T/allowed_now",
            "x.terms_licence.public_content:licensed_or_syndicated=T/T/allowed_now",
            "x.third_party_collaborators.content:shared_with_third_parties_may_train_ai=T/T/allowed_now",
        },
    ),
    (
        "x2 §1.3 US grok off after post",
        item("x", "post", "public", "2024-06-01"),
        ctx(x__grok_data_sharing="off@2024-08-01"),
        {
            "x.grok_training.public_posts:shared_with_affiliate_for_ai_training=F/T/blocked_by_settings",
            "x.ml_training.public_content:trains_platform_ai=T/T/allowed_now",
            "x.terms_licence.public_content:licensed_or_syndicated=T/T/allowed_now",
            "x.third_party_collaborators.content:shared_with_third_parties_may_train_ai=U/U/uncertain",
        },
    ),
    (
        "x3 §1.3 prospective opt-out",
        item("x", "post", "public", "2024-09-01"),
        ctx(x__grok_data_sharing="off@2024-08-01"),
        {
            "x.grok_training.public_posts:shared_with_affiliate_for_ai_training=F/F/blocked_by_settings",
            "x.ml_training.public_content:trains_platform_ai=T/T/allowed_now",
            "x.terms_licence.public_content:licensed_or_syndicated=T/T/allowed_now",
            "x.third_party_collaborators.content:shared_with_third_parties_may_train_ai=U/U/uncertain",
        },
    ),
    (
        "x4 §1.2 protected post",
        item("x", "post", "protected", "2024-06-01"),
        ctx(),
        {
            "x.grok_training.protected_excluded:not_used=F/F/not_used",
            "x.ml_training.protected_content:unclear=U/U/uncertain",
        },
    ),
    (
        "x5 §1.2 EU window",
        item("x", "post", "public", "2024-06-01"),
        ctx("EU"),
        {
            "x.grok_training.eu_window_2024:shared_with_affiliate_for_ai_training=F/T/not_used",
            "x.grok_training.europe_legitimate_interest:shared_with_affiliate_for_ai_training=U/U/uncertain",
            "x.ml_training.public_content:trains_platform_ai=T/T/allowed_now",
            "x.terms_licence.public_content:licensed_or_syndicated=T/T/allowed_now",
            "x.third_party_collaborators.content:shared_with_third_parties_may_train_ai=U/U/uncertain",
        },
    ),
    (
        "x6 §1.2 EU after window",
        item("x", "post", "public", "2024-09-01"),
        ctx("EU"),
        {
            "x.grok_training.europe_legitimate_interest:shared_with_affiliate_for_ai_training=U/U/uncertain",
            "x.ml_training.public_content:trains_platform_ai=T/T/allowed_now",
            "x.terms_licence.public_content:licensed_or_syndicated=T/T/allowed_now",
            "x.third_party_collaborators.content:shared_with_third_parties_may_train_ai=U/U/uncertain",
        },
    ),
    (
        "x7 §1.2 EU opted out 2024",
        item("x", "post", "public", "2024-06-01"),
        ctx("EU", x__grok_data_sharing="off@2024-07-30"),
        {
            "x.grok_training.eu_window_2024:shared_with_affiliate_for_ai_training=F/T/not_used",
            "x.grok_training.europe_legitimate_interest:shared_with_affiliate_for_ai_training=F/F/blocked_by_settings",
            "x.ml_training.public_content:trains_platform_ai=T/T/allowed_now",
            "x.terms_licence.public_content:licensed_or_syndicated=T/T/allowed_now",
            "x.third_party_collaborators.content:shared_with_third_parties_may_train_ai=U/U/uncertain",
        },
    ),
    (
        "x8 §1.2 EU minor",
        item("x", "post", "public", "2024-06-01"),
        ctx("EU", 2008),
        {
            "x.grok_training.eu_window_2024:shared_with_affiliate_for_ai_training=F/T/not_used",
            "x.grok_training.europe_minors_excluded:not_used=F/F/not_used",
            "x.ml_training.public_content:trains_platform_ai=T/T/allowed_now",
            "x.terms_licence.public_content:licensed_or_syndicated=T/T/allowed_now",
            "x.third_party_collaborators.content:shared_with_third_parties_may_train_ai=U/U/uncertain",
        },
    ),
    (
        "x9 §1.2 UK adult",
        item("x", "post", "public", "2025-06-01"),
        ctx("UK"),
        {
            "x.grok_training.europe_legitimate_interest:shared_with_affiliate_for_ai_training=T/T/allowed_now",
            "x.ml_training.public_content:trains_platform_ai=T/T/allowed_now",
            "x.terms_licence.public_content:licensed_or_syndicated=T/T/allowed_now",
            "x.third_party_collaborators.content:shared_with_third_parties_may_train_ai=T/T/allowed_now",
        },
    ),
    (
        "x10 §1.1 grok chat",
        item("x", "ai_chat", "private", "2025-06-01"),
        ctx(),
        {
            "x.grok_training.chats:shared_with_affiliate_for_ai_training=T/T/allowed_now",
            "x.terms_licence.ai_inputs:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "x11 §1.2 grok chat opted out",
        item("x", "ai_chat", "private", "2025-06-01"),
        ctx(x__grok_data_sharing="off@2025-01-01"),
        {
            "x.grok_training.chats:shared_with_affiliate_for_ai_training=F/F/blocked_by_settings",
            "x.terms_licence.ai_inputs:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "x12 §6.12 like",
        item("x", "like_or_reaction", "private", "2025-01-01"),
        ctx(),
        {
            "x.ml_training.other_collected_info:unclear=U/U/uncertain",
            "x.third_party_collaborators.activity_press:shared_with_third_parties_may_train_ai=U/U/uncertain",
        },
    ),
    (
        "x13 §6.2 DM",
        item("x", "message", "private", "2025-01-01"),
        ctx(),
        {
            "x.ml_training.other_collected_info:unclear=U/U/uncertain",
        },
    ),
    (
        "x14 §5.4 region unknown",
        item("x", "post", "public", "2024-06-01"),
        ctx(None),
        {
            "x.grok_training.eu_window_2024:shared_with_affiliate_for_ai_training=F/U/uncertain",
            "x.grok_training.europe_legitimate_interest:shared_with_affiliate_for_ai_training=U/U/uncertain",
            "x.grok_training.public_posts:shared_with_affiliate_for_ai_training=U/U/uncertain",
            "x.ml_training.public_content:trains_platform_ai=T/T/allowed_now",
            "x.terms_licence.public_content:licensed_or_syndicated=T/T/allowed_now",
            "x.third_party_collaborators.content:shared_with_third_parties_may_train_ai=U/U/uncertain",
        },
    ),
    (
        "x15 §1.2 deleted",
        item("x", "post", "public", "2024-06-01", deleted=True),
        ctx(),
        {
            "x.grok_training.public_posts:shared_with_affiliate_for_ai_training=F/T/not_used",
            "x.ml_training.public_content:trains_platform_ai=F/T/not_used",
            "x.terms_licence.public_content:licensed_or_syndicated=F/T/not_used",
            "x.third_party_collaborators.content:shared_with_third_parties_may_train_ai=F/T/not_used",
        },
    ),
    (
        "x16 §1.4 protect posts",
        item("x", "post", "public", "2024-06-01"),
        ctx(x__protected="on@2025-01-01"),
        {
            "x.grok_training.public_posts:shared_with_affiliate_for_ai_training=F/T/blocked_by_settings",
            "x.ml_training.public_content:trains_platform_ai=T/T/allowed_now",
            "x.terms_licence.public_content:licensed_or_syndicated=F/T/blocked_by_settings",
            "x.third_party_collaborators.content:shared_with_third_parties_may_train_ai=F/T/blocked_by_settings",
        },
    ),
    (
        "x17 §6.2 account fact",
        item("x", "account_fact", "private", "2024-06-01"),
        ctx(),
        {
            "x.ml_training.other_collected_info:unclear=U/U/uncertain",
        },
    ),
    (
        "x18 §5.7 X poll answer",
        item("x", "poll_answer", "public", "2024-06-01"),
        ctx(),
        {
            "none:not_covered=U/U/not_covered",
        },
    ),
    (
        "x19 §6.2 inference",
        item("x", "inference", "private", "2024-06-01"),
        ctx(),
        {
            "x.ml_training.other_collected_info:unclear=U/U/uncertain",
        },
    ),
    (
        "x20 §5.5 X before use start",
        item("x", "post", "public", "2023-01-01"),
        ctx(),
        {
            "x.grok_training.public_posts:shared_with_affiliate_for_ai_training=T/T/allowed_now",
            "x.ml_training.public_content:trains_platform_ai=T/T/allowed_now",
            "x.terms_licence.public_content:licensed_or_syndicated=T/T/allowed_now",
            "x.third_party_collaborators.content:shared_with_third_parties_may_train_ai=T/T/allowed_now",
        },
    ),
    (
        "x21 §5.7 reply protected",
        item("x", "reply", "protected", "2024-06-01", target_visibility="public"),
        ctx(),
        {
            "x.grok_training.protected_excluded:not_used=F/F/not_used",
            "x.ml_training.protected_content:unclear=U/U/uncertain",
        },
    ),
    (
        "x22 §1.2 CH adult",
        item("x", "post", "public", "2025-06-01"),
        ctx("CH"),
        {
            "x.grok_training.europe_legitimate_interest:shared_with_affiliate_for_ai_training=T/T/allowed_now",
            "x.ml_training.public_content:trains_platform_ai=T/T/allowed_now",
            "x.terms_licence.public_content:licensed_or_syndicated=T/T/allowed_now",
            "x.third_party_collaborators.content:shared_with_third_parties_may_train_ai=T/T/allowed_now",
        },
    ),
    (
        "x23 §1.2 HK",
        item("x", "post", "public", "2025-06-01"),
        ctx("HK"),
        {
            "x.grok_training.public_posts:shared_with_affiliate_for_ai_training=T/T/allowed_now",
            "x.ml_training.public_content:trains_platform_ai=T/T/allowed_now",
            "x.terms_licence.public_content:licensed_or_syndicated=T/T/allowed_now",
            "x.third_party_collaborators.content:shared_with_third_parties_may_train_ai=T/T/allowed_now",
        },
    ),
    (
        "li1 §2.2 US post",
        item("linkedin", "post", "public", "2024-10-01"),
        ctx(),
        {
            "linkedin.affiliates.public_content:shared_with_affiliate_for_ai_training=U/U/uncertain",
            "linkedin.genai_training.content:shared_with_affiliate_for_ai_training=T/T/allowed_now",
            "linkedin.genai_training.content:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "li2 §2.3 EU post",
        item("linkedin", "post", "public", "2024-10-01"),
        ctx("EU"),
        {
            "linkedin.affiliates.public_content:shared_with_affiliate_for_ai_training=U/U/uncertain",
            "linkedin.genai_training.content:shared_with_affiliate_for_ai_training=T/T/allowed_now",
            "linkedin.genai_training.content:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "li3 §2.3 EU opted out before",
        item("linkedin", "post", "public", "2024-10-01"),
        ctx("EU", linkedin__data_for_genai="off@2025-10-01"),
        {
            "linkedin.affiliates.public_content:shared_with_affiliate_for_ai_training=U/U/uncertain",
            "linkedin.genai_training.content:shared_with_affiliate_for_ai_training=F/F/blocked_by_settings",
            "linkedin.genai_training.content:trains_platform_ai=F/F/blocked_by_settings",
        },
    ),
    (
        "li4 §2.3 EU opted out after",
        item("linkedin", "post", "public", "2024-10-01"),
        ctx("EU", linkedin__data_for_genai="off@2025-12-01"),
        {
            "linkedin.affiliates.public_content:shared_with_affiliate_for_ai_training=U/U/uncertain",
            "linkedin.genai_training.content:shared_with_affiliate_for_ai_training=F/T/blocked_by_settings",
            "linkedin.genai_training.content:trains_platform_ai=F/T/blocked_by_settings",
        },
    ),
    (
        "li5 §2.3 US opted out",
        item("linkedin", "post", "public", "2024-10-01"),
        ctx(linkedin__data_for_genai="off@2025-01-01"),
        {
            "linkedin.affiliates.public_content:shared_with_affiliate_for_ai_training=U/U/uncertain",
            "linkedin.genai_training.content:shared_with_affiliate_for_ai_training=F/T/blocked_by_settings",
            "linkedin.genai_training.content:trains_platform_ai=F/T/blocked_by_settings",
        },
    ),
    (
        "li6 §2.2 UK microsoft",
        item("linkedin", "post", "public", "2025-12-01"),
        ctx("UK"),
        {
            "linkedin.affiliates.public_content:shared_with_affiliate_for_ai_training=U/U/uncertain",
            "linkedin.genai_training.content:shared_with_affiliate_for_ai_training=T/T/allowed_now",
            "linkedin.genai_training.content:trains_platform_ai=T/T/allowed_now",
            "linkedin.uk.microsoft_ai:shared_with_affiliate_for_ai_training=T/T/allowed_now",
        },
    ),
    (
        "li7 §2.2 UK opted out",
        item("linkedin", "post", "public", "2025-12-01"),
        ctx("UK", linkedin__data_for_genai="off@2025-10-01"),
        {
            "linkedin.affiliates.public_content:shared_with_affiliate_for_ai_training=U/U/uncertain",
            "linkedin.genai_training.content:shared_with_affiliate_for_ai_training=F/F/blocked_by_settings",
            "linkedin.genai_training.content:trains_platform_ai=F/F/blocked_by_settings",
            "linkedin.uk.microsoft_ai:shared_with_affiliate_for_ai_training=F/F/blocked_by_settings",
        },
    ),
    (
        "li8 §2.2 message",
        item("linkedin", "message", "private", "2025-01-01"),
        ctx(),
        {
            "linkedin.genai_training.messages_excluded:not_used=F/F/not_used",
            "linkedin.safety_ai.messages:used_for_safety_ai_only=T/T/allowed_now",
        },
    ),
    (
        "li9 §6.9 group message",
        item("linkedin", "group_message", "private", "2025-01-01"),
        ctx("EU"),
        {
            "linkedin.genai_training.content:shared_with_affiliate_for_ai_training=T/T/allowed_now",
            "linkedin.genai_training.content:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "li10 §2.2 minor",
        item("linkedin", "post", "public", "2025-01-01"),
        ctx("US", 2010),
        {
            "linkedin.affiliates.public_content:shared_with_affiliate_for_ai_training=U/U/uncertain",
            "linkedin.genai_training.minors_excluded:not_used=F/F/not_used",
        },
    ),
    (
        "li11 §5.4 age unknown",
        item("linkedin", "post", "public", "2025-01-01"),
        ctx("US", None),
        {
            "linkedin.affiliates.public_content:shared_with_affiliate_for_ai_training=U/U/uncertain",
            "linkedin.genai_training.content:shared_with_affiliate_for_ai_training=U/U/uncertain",
            "linkedin.genai_training.content:trains_platform_ai=U/U/uncertain",
            "linkedin.genai_training.minors_excluded:not_used=F/F/uncertain",
        },
    ),
    (
        "li12 §2.2 like ads",
        item("linkedin", "like_or_reaction", "unknown", "2025-01-01"),
        ctx(),
        {
            "linkedin.affiliates.ads:shared_with_affiliates_for_ads=T/T/allowed_now",
            "linkedin.genai_training.activity_not_listed:not_used=F/F/not_used",
        },
    ),
    (
        "li13 §2.2 like EU",
        item("linkedin", "like_or_reaction", "unknown", "2025-01-01"),
        ctx("EU"),
        {
            "linkedin.genai_training.activity_not_listed:not_used=F/F/not_used",
        },
    ),
    (
        "li14 §2.4 affiliates off",
        item("linkedin", "like_or_reaction", "unknown", "2025-01-01"),
        ctx(linkedin__share_with_affiliates="off@2025-10-01"),
        {
            "linkedin.affiliates.ads:shared_with_affiliates_for_ads=F/F/blocked_by_settings",
            "linkedin.genai_training.activity_not_listed:not_used=F/F/not_used",
        },
    ),
    (
        "li15 §2.4 off-LinkedIn US",
        item("linkedin", "off_platform_activity", "private", "2025-01-01"),
        ctx(),
        {
            "linkedin.ads.off_platform_us:used_for_ads_personalization=T/T/allowed_now",
        },
    ),
    (
        "li16 §2.4 off-LinkedIn CA",
        item("linkedin", "off_platform_activity", "private", "2025-01-01"),
        ctx("CA"),
        {
            "none:not_covered=U/U/not_covered",
        },
    ),
    (
        "li17 §2.2 account data",
        item("linkedin", "account_fact", "private", "2025-01-01"),
        ctx(),
        {
            "linkedin.genai_training.account_data_excluded:not_used=F/F/not_used",
        },
    ),
    (
        "li18 §2.1 CA resume",
        item("linkedin", "resume", "private", "2025-01-01"),
        ctx("CA"),
        {
            "linkedin.genai_training.content:shared_with_affiliate_for_ai_training=T/T/allowed_now",
            "linkedin.genai_training.content:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "li19 §2.3 HK opted out before",
        item("linkedin", "ai_chat", "private", "2025-01-01"),
        ctx("HK", linkedin__data_for_genai="off@2025-11-02"),
        {
            "linkedin.genai_training.content:shared_with_affiliate_for_ai_training=F/F/blocked_by_settings",
            "linkedin.genai_training.content:trains_platform_ai=F/F/blocked_by_settings",
        },
    ),
    (
        "li20 §5.5 before use start",
        item("linkedin", "screening_answer", "private", "2024-05-01"),
        ctx(),
        {
            "linkedin.genai_training.content:shared_with_affiliate_for_ai_training=T/T/allowed_now",
            "linkedin.genai_training.content:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "li21 §5.4 region unknown",
        item("linkedin", "poll_answer", "public", "2024-10-01"),
        ctx(None),
        {
            "linkedin.genai_training.content:shared_with_affiliate_for_ai_training=T/T/allowed_now",
            "linkedin.genai_training.content:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "li22 §5.4 region unknown + opt-out",
        item("linkedin", "post", "public", "2024-10-01"),
        ctx(None, linkedin__data_for_genai="off@2025-01-01"),
        {
            "linkedin.affiliates.public_content:shared_with_affiliate_for_ai_training=U/U/uncertain",
            "linkedin.genai_training.content:shared_with_affiliate_for_ai_training=F/U/blocked_by_settings",
            "linkedin.genai_training.content:trains_platform_ai=F/U/blocked_by_settings",
            "linkedin.uk.microsoft_ai:shared_with_affiliate_for_ai_training=F/F/blocked_by_settings",
        },
    ),
    (
        "li23 §5.7 visibility unknown",
        item("linkedin", "post", "unknown", "2025-01-01"),
        ctx(),
        {
            "linkedin.affiliates.public_content:shared_with_affiliate_for_ai_training=U/U/uncertain",
            "linkedin.genai_training.content:shared_with_affiliate_for_ai_training=T/T/allowed_now",
            "linkedin.genai_training.content:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "li24 §2.2 UK minor comment",
        item("linkedin", "comment", "public", "2026-01-01"),
        ctx("UK", 2009),
        {
            "linkedin.affiliates.public_content:shared_with_affiliate_for_ai_training=U/U/uncertain",
            "linkedin.genai_training.minors_excluded:not_used=F/F/not_used",
            "linkedin.uk.microsoft_ai:shared_with_affiliate_for_ai_training=T/T/allowed_now",
        },
    ),
    (
        "fb1 §3.2 US public post",
        item("facebook", "post", "public", "2020-01-01"),
        ctx(),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=T/T/allowed_now",
            "meta.ai_training.public_content:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "fb2 §3.2 friends post",
        item("facebook", "post", "friends", "2020-01-01"),
        ctx(),
        {
            "meta.ai_training.non_public_excluded:not_used=F/F/not_used",
        },
    ),
    (
        "fb3 §3.2 minor",
        item("facebook", "post", "public", "2024-01-01"),
        ctx("US", 2010),
        {
            "meta.ai_training.minors_excluded:not_used=F/F/not_used",
        },
    ),
    (
        "fb4 §3.1 EU public",
        item("facebook", "post", "public", "2024-01-01"),
        ctx("EU"),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=T/T/allowed_now",
            "meta.ai_training.public_content:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "fb5 §3.3 EU objection before",
        item("facebook", "post", "public", "2024-01-01"),
        ctx("EU", meta__objection_facebook="on@2025-05-01"),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=F/F/blocked_by_settings",
            "meta.ai_training.public_content:trains_platform_ai=F/F/blocked_by_settings",
        },
    ),
    (
        "fb6 §3.3 EU objection after",
        item("facebook", "post", "public", "2024-01-01"),
        ctx("EU", meta__objection_facebook="on@2025-07-01"),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=F/T/blocked_by_settings",
            "meta.ai_training.public_content:trains_platform_ai=F/T/blocked_by_settings",
        },
    ),
    (
        "fb7 §6.6 IG with FB objection",
        item("instagram", "post", "public", "2024-01-01"),
        ctx("EU", meta__objection_facebook="on@2025-05-01"),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=U/U/uncertain",
            "meta.ai_training.public_content:trains_platform_ai=U/U/uncertain",
        },
    ),
    (
        "fb8 §6.6 IG, accounts not linked",
        item("instagram", "post", "public", "2024-01-01"),
        ctx("EU", meta__objection_facebook="on@2025-05-01", meta__accounts_center_linked="off"),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=T/T/allowed_now",
            "meta.ai_training.public_content:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "fb9 §3.3 US objection no effect",
        item("facebook", "post", "public", "2024-01-01"),
        ctx("US", meta__objection_facebook="on@2025-05-01"),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=T/T/allowed_now",
            "meta.ai_training.public_content:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "fb10 §5.5 BR objection",
        item("facebook", "post", "public", "2024-01-01"),
        ctx("BR", meta__objection_facebook="on@2024-10-01"),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=F/U/blocked_by_settings",
            "meta.ai_training.public_content:trains_platform_ai=F/U/blocked_by_settings",
        },
    ),
    (
        "fb11 §3.1 UK public",
        item("facebook", "post", "public", "2024-01-01"),
        ctx("UK"),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=T/T/allowed_now",
            "meta.ai_training.public_content:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "fb12 §3.2 comment on public page",
        item("facebook", "comment", "private", "2024-01-01", target_visibility="public"),
        ctx(),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=T/T/allowed_now",
            "meta.ai_training.public_content:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "fb13 §3.2 comment on friends post",
        item("facebook", "comment", "private", "2024-01-01", target_visibility="friends"),
        ctx(),
        {
            "meta.ai_training.non_public_excluded:not_used=F/F/not_used",
        },
    ),
    (
        "fb14 §3.2 name always public",
        item("facebook", "profile_field", "friends", "2024-01-01", field="name"),
        ctx(),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=T/T/allowed_now",
            "meta.ai_training.public_content:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "fb15 §3.2 hometown friends",
        item("facebook", "profile_field", "friends", "2024-01-01", field="hometown"),
        ctx(),
        {
            "meta.ai_training.non_public_excluded:not_used=F/F/not_used",
        },
    ),
    (
        "fb16 §3.1 US Meta AI chat ads",
        item("facebook", "ai_chat", "private", "2026-01-01"),
        ctx(),
        {
            "meta.ai_chats.ads:used_for_ads_personalization=T/T/allowed_now",
            "meta.ai_chats.training:included_in_models_offered_to_third_parties=T/T/allowed_now",
            "meta.ai_chats.training:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "fb17 §6.8 EU Meta AI chat",
        item("facebook", "ai_chat", "private", "2026-01-01"),
        ctx("EU"),
        {
            "meta.ai_chats.ads_eu_unclear:used_for_ads_personalization=U/U/uncertain",
            "meta.ai_chats.training:included_in_models_offered_to_third_parties=T/T/allowed_now",
            "meta.ai_chats.training:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "fb18 §3.1 UK Meta AI chat no ads",
        item("facebook", "ai_chat", "private", "2026-01-01"),
        ctx("UK"),
        {
            "meta.ai_chats.training:included_in_models_offered_to_third_parties=T/T/allowed_now",
            "meta.ai_chats.training:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "fb19 §3.1 KR Meta AI chat no ads",
        item("instagram", "ai_chat", "private", "2026-01-01"),
        ctx("KR"),
        {
            "meta.ai_chats.training:included_in_models_offered_to_third_parties=T/T/allowed_now",
            "meta.ai_chats.training:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "fb20 §3.1 older chat ads",
        item("facebook", "ai_chat", "private", "2025-06-01"),
        ctx("AU"),
        {
            "meta.ai_chats.ads:used_for_ads_personalization=T/T/allowed_now",
            "meta.ai_chats.training:included_in_models_offered_to_third_parties=T/T/allowed_now",
            "meta.ai_chats.training:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "fb21 §6.7 EU minor AI chat",
        item("facebook", "ai_chat", "private", "2026-01-01"),
        ctx("EU", 2010),
        {
            "meta.ai_chats.ads_eu_unclear:used_for_ads_personalization=U/U/uncertain",
            "meta.ai_chats.training:included_in_models_offered_to_third_parties=U/U/uncertain",
            "meta.ai_chats.training:trains_platform_ai=U/U/uncertain",
        },
    ),
    (
        "fb22 §3.2 private message",
        item("facebook", "message", "private", "2025-01-01"),
        ctx(),
        {
            "meta.private_messages.excluded:not_used=F/F/not_used",
        },
    ),
    (
        "fb23 §3.2 message shared with Meta AI",
        item("facebook", "message", "private", "2025-01-01", shared_with_ai=True),
        ctx(),
        {
            "meta.private_messages.shared_with_ai:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "fb24 §3.3 EU shared message objection",
        item("facebook", "message", "private", "2025-01-01", shared_with_ai=True),
        ctx("EU", meta__objection_facebook="on@2025-04-01"),
        {
            "meta.private_messages.shared_with_ai:trains_platform_ai=F/F/blocked_by_settings",
        },
    ),
    (
        "fb25 §3.2 like",
        item("facebook", "like_or_reaction", "private", "2025-01-01"),
        ctx(),
        {
            "meta.activity.ads:used_for_ads_personalization=T/U/allowed_now",
            "meta.activity.not_training:not_used=F/F/not_used",
        },
    ),
    (
        "fb26 §3.1 connected app",
        item("facebook", "connected_app", "private", "2025-01-01"),
        ctx(),
        {
            "meta.connected_apps.ai:unclear=U/U/uncertain",
        },
    ),
    (
        "fb27 §5.7 saved item",
        item("facebook", "bookmark_or_save", "private", "2025-01-01"),
        ctx(),
        {
            "none:not_covered=U/U/not_covered",
        },
    ),
    (
        "fb28 §5.4 region unknown AI chat",
        item("facebook", "ai_chat", "private", "2026-01-01"),
        ctx(None),
        {
            "meta.ai_chats.ads:used_for_ads_personalization=U/U/uncertain",
            "meta.ai_chats.ads_eu_unclear:used_for_ads_personalization=U/U/uncertain",
            "meta.ai_chats.training:included_in_models_offered_to_third_parties=T/T/allowed_now",
            "meta.ai_chats.training:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "fb29 §5.4 region unknown objection",
        item("facebook", "post", "public", "2024-01-01"),
        ctx(None, meta__objection_facebook="on@2025-06-01"),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=U/U/uncertain",
            "meta.ai_training.public_content:trains_platform_ai=U/U/uncertain",
        },
    ),
    (
        "fb30 §5.5 date unknown",
        item("facebook", "post", "public", None),
        ctx(),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=T/U/allowed_now",
            "meta.ai_training.public_content:trains_platform_ai=T/U/allowed_now",
        },
    ),
    (
        "fb31 §3.2 deleted",
        item("facebook", "post", "public", "2024-01-01", deleted=True),
        ctx(),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=F/T/not_used",
            "meta.ai_training.public_content:trains_platform_ai=F/T/not_used",
        },
    ),
    (
        "ig1 §3.2 private account",
        item("instagram", "post", "private", "2024-01-01"),
        ctx(),
        {
            "meta.ai_training.non_public_excluded:not_used=F/F/not_used",
        },
    ),
    (
        "ig2 §3.1 EU reel",
        item("instagram", "reel", "public", "2025-08-01"),
        ctx("EEA"),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=T/T/allowed_now",
            "meta.ai_training.public_content:trains_platform_ai=T/T/allowed_now",
        },
    ),
    (
        "ig3 §5.4 age unknown",
        item("instagram", "post", "public", "2024-01-01"),
        ctx("US", None),
        {
            "meta.ai_training.minors_excluded:not_used=F/F/uncertain",
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=U/U/uncertain",
            "meta.ai_training.public_content:trains_platform_ai=U/U/uncertain",
        },
    ),
    (
        "ig4 §5.7 visibility unknown",
        item("instagram", "post", "unknown", "2024-01-01"),
        ctx(),
        {
            "meta.ai_training.non_public_excluded:not_used=F/F/uncertain",
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=U/U/uncertain",
            "meta.ai_training.public_content:trains_platform_ai=U/U/uncertain",
        },
    ),
    (
        "th1 §3.6 threads no fediverse",
        item("threads", "post", "public", "2025-06-01"),
        ctx(),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=T/T/allowed_now",
            "meta.ai_training.public_content:trains_platform_ai=T/T/allowed_now",
            "threads.fediverse.public_posts:copied_to_federated_servers=F/F/blocked_by_settings",
        },
    ),
    (
        "th2 §3.6 threads fediverse on",
        item("threads", "post", "public", "2025-06-01"),
        ctx(threads__fediverse_sharing="on@2026-02-01"),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=T/T/allowed_now",
            "meta.ai_training.public_content:trains_platform_ai=T/T/allowed_now",
            "threads.fediverse.public_posts:copied_to_federated_servers=T/T/allowed_now",
        },
    ),
    (
        "th3 §3.2 threads reply to public",
        item("threads", "reply", "private", "2025-06-01", target_visibility="public"),
        ctx(),
        {
            "meta.ai_training.public_content:included_in_models_offered_to_third_parties=T/T/allowed_now",
            "meta.ai_training.public_content:trains_platform_ai=T/T/allowed_now",
            "threads.fediverse.public_posts:copied_to_federated_servers=F/F/blocked_by_settings",
        },
    ),
]


@pytest.mark.parametrize(("name", "it", "context", "expected"), CASES, ids=[c[0] for c in CASES])
def test_case(pset: PolicySet, name: str, it, context, expected: set[str]) -> None:
    assert compact(classify(it, pset, context)) == expected


def test_at_least_80_cases() -> None:
    assert len(CASES) >= 80
    assert {c[1].platform.value for c in CASES} == {
        "x",
        "linkedin",
        "facebook",
        "instagram",
        "threads",
    }
