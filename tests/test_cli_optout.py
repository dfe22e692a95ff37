"""`overshare optout` end to end: steps by region, recorded answers feed the classifier."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

DEMO_X = ROOT / "resources" / "demo" / "x-archive"


def overshare(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)  # fmt: skip


def test_list_by_region() -> None:
    us = overshare("optout", "list", "--region", "US", "--platform", "facebook")
    assert us.returncode == 0
    assert "No training opt-out exists in your region" in us.stdout
    assert "Object to AI at Meta" not in us.stdout
    eu = overshare("optout", "list", "--region", "eu", "--platform", "facebook")
    assert (
        "Object to AI at Meta" in eu.stdout
        and "https://www.facebook.com/privacy/genai" in eu.stdout
    )


def test_record_persists_and_rejects_unknown_keys() -> None:
    ok = overshare("optout", "record", "x.grok_data_sharing", "off", "--date", "2026-01-02")
    assert ok.returncode == 0 and "2026-01-02" in ok.stdout
    bad = overshare("optout", "record", "x.nope", "off")
    assert bad.returncode == 2 and "unknown setting" in bad.stderr


def test_letter_needs_a_gdpr_region(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "objection.txt"
    ok = overshare("optout", "letter", "objection", "--platform", "x", "--name", "Robin",
                   "--handle", "@robin_demo", "--region", "EU", "-o", str(out))  # fmt: skip
    assert ok.returncode == 0 and "Article 21" in out.read_text()
    again = overshare("optout", "letter", "objection", "--platform", "x", "--name", "Robin",
                      "--handle", "@robin_demo", "--region", "EU", "-o", str(out))  # fmt: skip
    assert again.returncode == 2 and "not replaced" in again.stderr
    us = overshare("optout", "letter", "access", "--platform", "x", "--name", "R",
                   "--handle", "h", "--region", "US")  # fmt: skip
    assert us.returncode == 2
