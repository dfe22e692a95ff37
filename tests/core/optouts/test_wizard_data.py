"""Step data the wizard relies on, and CLI parity with what the wizard records."""

from __future__ import annotations

import subprocess
import sys

from app.core.optouts import load_steps, steps_for
from app.core.optouts.answers import policy_version
from app.core.policy import load_policy_set
from app.core.storage.settings import load_settings
from tests.conftest import ROOT


def _ids(region: str, platforms: list[str]) -> list[str]:
    return [s.id for s in steps_for(load_steps(), region, platforms)]


def test_instagram_only_users_outside_the_eu_are_told_there_is_no_opt_out() -> None:
    assert _ids("US", ["instagram"]) == [
        "meta.no_opt_out_instagram",
        "meta.private_instagram",
        "threads.fediverse_sharing",
    ]
    assert "meta.no_opt_out_instagram" not in _ids("UK", ["instagram"])
    assert "meta.objection_instagram" in _ids("UK", ["instagram"])


def test_meta_alternatives_cover_the_issue_list_everywhere() -> None:
    # make past posts non-public, private account, stop using the AI assistant
    for region in ("US", "AU", "EU", "UK", "BR"):
        ids = _ids(region, ["facebook", "instagram"])
        assert {"meta.limit_past_posts", "meta.private_instagram", "meta.stop_meta_ai"} <= set(ids)


def test_notices_name_what_you_can_still_do() -> None:
    for s in load_steps():
        if s.kind == "notice":
            assert s.does_not_cover.startswith("What you can still do:"), s.id


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)  # fmt: skip


def test_cli_record_stores_date_and_policy_version_and_names_bad_dates() -> None:
    ok = _cli("optout", "record", "linkedin.data_for_genai", "off", "--date", "2026-03-04")
    assert ok.returncode == 0, ok.stderr
    rec = load_settings().optouts["linkedin.data_for_genai"]
    assert (rec.value, rec.date, rec.policy_version) == (
        False, "2026-03-04", policy_version(load_policy_set())
    )  # fmt: skip
    bad = _cli("optout", "record", "linkedin.data_for_genai", "off", "--date", "2026-13-04")
    assert bad.returncode == 2 and "'2026-13-04' is not a date" in bad.stderr
    listed = _cli("optout", "list", "--region", "UK")
    assert listed.returncode == 0 and "Object to other AI uses" in listed.stdout
