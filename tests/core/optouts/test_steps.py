"""Opt-out step data: every step sourced, on the platform's own domain, filtered by region."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from urllib.parse import urlparse

import pytest

from app.core.optouts import StepsError, load_steps, steps_for
from app.core.optouts.letters import access_letter, objection_letter
from app.core.optouts.steps import PLATFORM_DOMAINS
from app.core.policy import load_policy_set


def test_every_step_has_a_source_and_an_own_domain_url() -> None:
    steps = load_steps()
    assert len(steps) >= 15
    settings = set(load_policy_set().settings)
    for s in steps:
        for url in (s.url, s.source_url):
            host = urlparse(url).hostname or ""
            assert url.startswith("https://"), s.id
            assert any(host == d or host.endswith("." + d) for d in PLATFORM_DOMAINS[s.platform])
        assert s.last_verified == "2026-11-26"
        assert not s.setting or s.setting in settings, f"{s.id} names an unknown setting"


def _ids(region: str | None, platforms: list[str] | None = None) -> set[str]:
    return {s.id for s in steps_for(load_steps(), region, platforms)}


def test_us_user_gets_no_meta_objection_but_is_told_plainly() -> None:
    ids = _ids("US")  # policies.md §3.3: no objection route outside EU/EEA/UK/BR
    assert "meta.objection_facebook" not in ids and "meta.objection_instagram" not in ids
    assert {"meta.no_opt_out", "meta.limit_past_posts", "meta.private_instagram"} <= ids
    assert "linkedin.data_from_others_for_ads" in ids  # US only (§2.4)
    assert "linkedin.objection_form" not in ids and "x.gdpr_objection" not in ids


def test_eu_user_gets_objection_routes() -> None:
    ids = _ids("EU")
    assert {"meta.objection_facebook", "meta.objection_instagram",
            "linkedin.objection_form", "x.gdpr_objection"} <= ids  # fmt: skip
    assert "meta.no_opt_out" not in ids
    assert "linkedin.share_with_affiliates" not in ids  # not in EU/EEA/CH/UK (§2.2)


def test_uk_user() -> None:
    ids = _ids("UK")
    assert "linkedin.data_for_genai" in ids and "meta.objection_facebook" in ids
    assert "linkedin.data_from_others_for_ads" not in ids


def test_platform_filter_keeps_threads_with_instagram() -> None:
    ids = _ids("EU", ["instagram"])
    assert "threads.fediverse_sharing" in ids
    assert all(not i.startswith(("x.", "linkedin.")) for i in ids)


def test_broken_step_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text(
        '[[steps]]\nid = "x.bad"\nplatform = "x"\ntitle = "t"\nregions = ["ALL"]\n'
        'covers = "c"\ndoes_not_cover = "d"\nurl = "https://evil.example/x"\n'
        'source_url = "https://x.com/en/privacy"\nconfidence = "confirmed"\n'
    )
    with pytest.raises(StepsError, match=r"bad.toml: step x.bad url is not an https address"):
        load_steps(tmp_path)


def test_letters_fill_in_platform_name_and_handle() -> None:
    obj = objection_letter("linkedin", "Robin Example", "robin-example", "UK", date(2026, 11, 26))
    assert "Article 21 the UK GDPR" in obj.body and "robin-example" in obj.body
    assert obj.recipient.startswith("LinkedIn Ireland")
    acc = access_letter("x", "Robin Example", "@robin_demo", "EU", date(2026, 11, 26))
    assert "Article 15" in acc.body and "@robin_demo" in acc.body and "2026-11-26" in acc.body
    assert acc.send_via == "https://help.x.com/forms/privacy"
