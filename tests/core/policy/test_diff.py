"""'What changed': rule differences in plain language and the user's exposure delta."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.importing import ImportJob
from app.core.models import Item
from app.core.paths import demo_dir
from app.core.policy import PolicySet, load_policy_set
from app.core.policy.diff import diff_policy_sets
from app.core.policy.impact import exposure_delta
from tests.core.policy.helpers import ctx
from tests.core.policy.update_server import policy_files

NEW_RULE = """
[[rules]]
id = "x.test.likes_train"
document = "x.privacy.2026-01-15"
clause_summary = "X now says likes train its models."
confidence = "confirmed"
platforms = ["x"]
item_kinds = ["like_or_reaction"]
outcomes = ["trains_platform_ai"]
region_scope = ["ALL"]
use_started = { ALL = 2026-01-15 }
opt_out_effect = "none_available"
"""


def _drop_rule(text: str, rule_id: str) -> str:
    blocks = text.split("\n[[rules]]\n")
    kept = [b for b in blocks if f'\nid = "{rule_id}"' not in "\n" + b]
    assert len(kept) == len(blocks) - 1
    return "\n[[rules]]\n".join(kept)


def _changed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "new"
    folder.mkdir()
    for name, data in policy_files().items():
        (folder / name).write_bytes(data)
    x = (folder / "x.toml").read_text(encoding="utf-8")
    x = _drop_rule(x, "x.grok_training.chats")
    old = (
        'clause_summary = "X may use the information it collects and publicly available '
        'information to help train its machine-learning and AI models."\nconfidence = "confirmed"'
    )
    assert old in x
    x = x.replace(old, old.replace('"confirmed"', '"secondary"'))
    (folder / "x.toml").write_text(x + NEW_RULE, encoding="utf-8")
    return folder


@pytest.fixture
def sets(tmp_path: Path) -> tuple[PolicySet, PolicySet]:
    return load_policy_set(), load_policy_set(_changed_folder(tmp_path))


def test_diff_in_plain_language(sets: tuple[PolicySet, PolicySet]) -> None:
    d = diff_policy_sets(*sets)
    assert [c.rule_id for c in d.added] == ["x.test.likes_train"]
    assert d.added[0].summary == (
        "New: X: your like or reaction items may be used to train the platform's own AI "
        'models, everywhere, from 2026-01-15 ("X now says likes train its models.").'
    )
    assert [c.rule_id for c in d.removed] == ["x.grok_training.chats"]
    assert d.removed[0].summary.startswith(
        "Removed: X: your ai chat items may be shared with a company in the same group to "
        "train its AI models, everywhere, from "
    )
    assert [(c.rule_id, c.details) for c in d.changed] == [
        (
            "x.ml_training.public_content",
            ("The sources are now rated secondary (was confirmed).",),
        )
    ]
    assert not d.documents and not d.settings
    text = "\n".join(d.lines())
    assert "Rules added (1):" in text and "Rules removed (1):" in text
    assert "Rules changed (1):" in text
    assert diff_policy_sets(sets[0], sets[0]).lines() == ["No rule changed."]


def test_diff_describes_each_changed_aspect() -> None:
    old = load_policy_set()
    rule = old.rule("x.grok_training.public_posts")
    assert rule is not None
    from dataclasses import replace

    changed = replace(
        rule,
        outcomes=(*rule.outcomes, "used_for_ads_personalization"),
        regions_except=(),
        opt_out_effect="none_available",
        settings=rule.settings[1:],
        item_kinds=("post",),
    )
    new = replace(old, rules=tuple(changed if r.id == rule.id else r for r in old.rules))
    (c,) = diff_policy_sets(old, new).changed
    grok = old.settings["x.grok_data_sharing"].label
    assert c.details == (
        "Now says your items may be used to personalise ads and content.",
        "No longer covers photo, profile field, quote, reply, repost and video items.",
        "Now applies everywhere (was everywhere except EU, EEA, UK, CH).",
        "Now there is no opt-out (was: opting out stops future use only).",
        f"No longer stopped by the setting {grok}.",
    )


def _demo_items() -> list[Item]:
    return [i for batch in ImportJob([demo_dir() / "x-archive"]).batches() for i in batch]


def test_exposure_delta_on_demo_archive(sets: tuple[PolicySet, PolicySet]) -> None:
    """Demo X archive, US adult, no settings recorded. Hand-checked against the rules: every
    like (uncertain before: only unconfirmed rules cover likes) becomes exposed by the new
    rule; Grok chats stay exposed (the Terms' AI-inputs rule) but are no longer counted as
    shared with xAI. Counts come from the archive, which other work may extend."""
    items = _demo_items()
    likes = sum(i.kind.value == "like_or_reaction" for i in items)
    chats = sum(i.kind.value == "ai_chat" for i in items)
    assert likes >= 3 and chats >= 2
    delta = exposure_delta([items], *sets, ctx("US", 1980))
    assert delta.before.total_items == delta.after.total_items == len(items)
    assert (delta.newly_exposed, delta.no_longer_exposed) == (likes, 0)
    assert delta.after.exposed_now == delta.before.exposed_now + likes
    key_ai, key_xai = ("x", "trains_platform_ai"), ("x", "shared_with_affiliate_for_ai_training")
    assert delta.allowed_after[key_ai] - delta.allowed_before[key_ai] == likes
    assert delta.allowed_before[key_xai] - delta.allowed_after[key_xai] == chats
    lines = delta.lines()
    assert lines[0] == (
        f"Items exposed now: {delta.before.exposed_now} → {delta.after.exposed_now} "
        f"({likes} newly exposed, 0 no longer)."
    )
    assert any(
        line.startswith("X: items that may be shared with a company in the same group")
        for line in lines
    )


def test_exposure_delta_unchanged_and_empty() -> None:
    pset = load_policy_set()
    items = _demo_items()
    same = exposure_delta([items], pset, pset, ctx("US", 1980))
    assert same.unchanged
    assert same.lines() == [f"Your exposure did not change ({len(items)} items compared)."]
    none = exposure_delta([], pset, pset, ctx())
    assert none.lines() == ["No items are loaded, so your own exposure cannot be compared."]
