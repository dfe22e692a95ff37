"""`overshare policy list|show` and the shared context options."""

from __future__ import annotations

import argparse
import io
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.commands import policy as policy_cmd
from app.core.policy import SettingState, Tri, load_policy_set
from app.core.policy.cli_args import add_context_args, context_from_args, tags_to_json
from tests.core.policy.helpers import ctx, item


def _parse(*argv: str) -> argparse.Namespace:
    p = argparse.ArgumentParser()
    add_context_args(p)
    return p.parse_args(list(argv))


def test_context_from_args() -> None:
    args = _parse(
        "--region",
        "uk",
        "--birth-year",
        "1990",
        "--setting",
        "linkedin.data_for_genai=off@2025-10-01",
        "--setting",
        "meta.objection_facebook=on",
    )
    c = context_from_args(args, load_policy_set())
    assert c.region == "UK" and c.birth_year == 1990
    assert c.settings["linkedin.data_for_genai"] == SettingState(False, date(2025, 10, 1))
    assert c.settings["meta.objection_facebook"] == SettingState(True, None)


@pytest.mark.parametrize(
    "argv",
    [["--region", "mars"], ["--setting", "x.grok=maybe"], ["--setting", "a.b=on@2025-13-01"]],
)
def test_bad_context_args_are_refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _parse(*argv)
    assert "error" in capsys.readouterr().err


def test_unknown_setting_key_is_refused() -> None:
    with pytest.raises(ValueError, match=r"Unknown setting x\.nope"):
        context_from_args(_parse("--setting", "x.nope=off"), load_policy_set())


def test_tags_to_json_has_required_fields() -> None:
    from app.core.policy import Classifier

    tags = Classifier(load_policy_set(), ctx("US")).classify(item("x", "post"))
    rows = tags_to_json(tags)
    for row in rows:
        assert {
            "outcome",
            "rule",
            "policy",
            "currently_allowed",
            "may_already_have_been_used",
            "confidence",
        } <= set(row)
        assert row["currently_allowed"] in {t.value for t in Tri}


def test_policy_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "list"]) == 0
    out = capsys.readouterr().out
    assert "x.grok_training.eu_window_2024" in out and "https://x.com/en/privacy" in out
    assert main(["policy", "show", "linkedin.uk.microsoft_ai"]) == 0
    out = capsys.readouterr().out
    assert "UK" in out and "https://www.linkedin.com/legal/privacy/eu" in out
    assert "last verified 2026-11-26" in out


def test_policy_show_unknown_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "show", "no.such"]) == 2
    assert "no rule 'no.such'" in capsys.readouterr().err


def test_policy_broken_dir_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bad.toml").write_text("schema_version = 2\n")
    args = argparse.Namespace(policy_dir=tmp_path, platform=None)
    assert policy_cmd.run_list(args, io.StringIO()) == 2
    err = capsys.readouterr().err
    assert "bad.toml" in err and "required field 'documents'" in err


def test_scan_adds_tags_and_exposure(
    public_fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    archive = public_fixtures / "x" / "twitter-milahu104"
    assert main(["scan", str(archive), "--format", "jsonl", "--region", "US"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines
    required = {"outcome", "rule", "policy", "currently_allowed", "may_already_have_been_used"}
    for line in lines:
        tags = json.loads(line)["tags"]
        assert tags and all(required | {"confidence"} <= set(t) for t in tags)
    assert main(["scan", str(archive), "--region", "US", "--setting", "x.protected=on"]) == 0
    out = capsys.readouterr().out
    assert "Exposure" in out and "if you opt out of everything available today" in out


def test_scan_refuses_unknown_setting(
    public_fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = public_fixtures / "x" / "twitter-milahu104"
    assert main(["scan", str(archive), "--setting", "x.nope=off"]) == 2
    assert "Unknown setting x.nope" in capsys.readouterr().err
