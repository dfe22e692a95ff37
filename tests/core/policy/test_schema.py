"""Policy files are validated at load: broken files are refused with a clear message."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.core.paths import resources_dir
from app.core.policy import PolicyError, load_policy_set
from app.core.policy.schema import load_schema, validate

POLICY_DIR = resources_dir() / "policy"


def test_bundled_policies_load_and_cover_every_platform() -> None:
    pset = load_policy_set()
    platforms = {p for r in pset.rules for p in r.platforms}
    assert platforms == {"x", "linkedin", "facebook", "instagram", "threads"}
    assert len(pset.rules) >= 30 and len(pset.documents) >= 20
    # the history reaches back to each platform's first AI-training clause (policies.md §5.5)
    firsts = {"x.privacy.2023-09-29", "linkedin.privacy.2024-09-18", "meta.genai_statement.2023-09"}
    assert firsts <= set(pset.documents)
    for doc in pset.documents.values():
        assert doc.source_urls and doc.last_verified.isoformat() == "2026-11-26"


def test_schema_json_is_valid_json_with_defs() -> None:
    data = json.loads((POLICY_DIR / "schema.json").read_text())
    assert {"document", "rule", "setting"} <= set(data["$defs"])


def _copy(tmp_path: Path) -> Path:
    dest = tmp_path / "policy"
    shutil.copytree(POLICY_DIR, dest)
    return dest


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            '\nconfidence = "confirmed"',
            '\nconfidence = "sure"',
            ".confidence: 'sure' is not one of",
        ),
        (
            'outcomes = ["trains_platform_ai"]',
            'outcomes = ["trains_ai"]',
            "'trains_ai' is not one of",
        ),
        ("effective_from = 2023-09-29", 'effective_from = "2023-09-29"', "expected a date"),
        ('item_kinds = ["ai_chat"]', 'item_kinds = ["tweet"]', "'tweet' is not one of"),
        ('region_scope = ["EU", "EEA"]', 'region_scope = ["Europe"]', "'Europe' is not one of"),
        (
            'clause_summary = "X may use',
            'clause_sumary = "X may use',
            "unknown field 'clause_sumary'",
        ),
        (
            'source_urls = ["https://x.com/tos"]',
            'source_urls = ["http://x.com/tos"]',
            "does not match",
        ),
        ("use_started = { ALL = 2024-11-15 }", "use_started = { Mars = 2024-11-15 }", "key 'Mars'"),
    ],
)
def test_broken_file_is_refused_with_a_clear_message(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    folder = _copy(tmp_path)
    _edit(folder / "x.toml", old, new)
    with pytest.raises(PolicyError) as err:
        load_policy_set(folder)
    assert "x.toml" in err.value.message and message in err.value.message


def test_missing_required_field(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(
        folder / "linkedin.toml",
        'opt_out_effect = "prospective"\n',
        "",
    )
    with pytest.raises(PolicyError, match=r"linkedin\.toml.*required field 'opt_out_effect'"):
        load_policy_set(folder)


def test_toml_syntax_error(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "meta.toml").write_text("[[rules]\nid=")
    with pytest.raises(PolicyError, match=r"meta\.toml cannot be read"):
        load_policy_set(folder)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'still_in = "x.privacy.2026-01-15"',
            'still_in = "x.privacy.2099-01-01"',
            "unknown document",
        ),
        (
            '{ key = "x.grok_data_sharing" }',
            '{ key = "x.grok_sharing" }',
            "unknown setting x.grok_sharing",
        ),
        (
            'supersedes = "x.privacy.2023-09-29"',
            'supersedes = "x.privacy.1999"',
            "supersedes unknown",
        ),
        ('id = "x.grok_training.chats"', 'id = "x.grok_training.public_posts"', "used twice"),
    ],
)
def test_broken_references_are_refused(tmp_path: Path, old: str, new: str, message: str) -> None:
    folder = _copy(tmp_path)
    _edit(folder / "x.toml", old, new)
    with pytest.raises(PolicyError, match=message):
        load_policy_set(folder)


def test_empty_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="No policy files"):
        load_policy_set(tmp_path)


def test_validator_reports_path_of_first_problem() -> None:
    schema = load_schema()
    with pytest.raises(PolicyError, match=r"demo\.toml is invalid at \(top\): the required field"):
        validate({}, schema, "demo.toml")


def test_resources_dir_resolves_frozen_and_source(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import sys

    assert (resources_dir() / "policy" / "schema.json").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
