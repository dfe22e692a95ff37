"""`overshare workshop summary|merge` end to end: counts only, never content."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.demo import write_demo_archives
from app.core.errors import FormatError
from app.core.workshop_summary import load_summary, merge_summaries, render_group_html
from tests.conftest import ROOT

MARKERS = ("ZQXMARKERTEXT", "zqxmarkerhandle", "ZqxMarkerName", "1888000000000000042")


def overshare(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def _marked_archives(dest: Path) -> list[Path]:
    """The demo archives with marker strings put into texts, handles, names and ids."""
    paths = write_demo_archives(dest)
    x, linkedin, facebook, instagram = paths
    tweets = x / "data" / "tweets.js"
    tweets.write_text(
        tweets.read_text()
        .replace("First post! Hello world.", f"{MARKERS[0]} first post")
        .replace("1800000000000000005", MARKERS[3])
    )
    for f in (x / "data" / "account.js", x / "data" / "manifest.js"):
        f.write_text(f.read_text().replace("robin_demo", MARKERS[1]))
    shares = linkedin / "Shares.csv"
    shares.write_text(shares.read_text().replace("Proud to share", MARKERS[0]))
    profile = facebook / "personal_information/profile_information/profile_information.json"
    profile.write_text(profile.read_text().replace("Robin Example", MARKERS[2]))
    posts = instagram / "your_instagram_activity/media/posts_1.json"
    posts.write_text(posts.read_text().replace("Tomato harvest", MARKERS[0]))
    return paths


def test_summary_and_merge_hold_no_content(tmp_path: Path) -> None:
    archives = _marked_archives(tmp_path / "a")
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    out = overshare("workshop", "summary", *archives, "--region", "EU", "-o", one)
    assert out.returncode == 0, out.stderr
    assert "counts only" in out.stdout
    out = overshare("workshop", "summary", archives[0], archives[3], "-o", two)
    assert out.returncode == 0, out.stderr
    page = tmp_path / "group.html"
    out = overshare("workshop", "merge", one, two, "-o", page)
    assert out.returncode == 0, out.stderr
    for f in (one, two, page):
        data = f.read_bytes().lower()
        for marker in MARKERS:
            assert marker.lower().encode() not in data, (f.name, marker)
        for word in (b"robin", b"garden", b"tomato", b"example.org", b"2024-", b"t00:"):
            assert word not in data, (f.name, word)

    s1 = json.loads(one.read_text())
    assert s1["region"] == "EU" and s1["years"] == {"first": 2013, "last": 2026}
    assert s1["kinds"]["x"]["post"] == 3 and s1["kinds"]["threads"]["post"] == 2
    assert s1["exposure"]["total_items"] == 150
    s2 = json.loads(two.read_text())
    assert s2["region"] is None and set(s2["kinds"]) == {"x", "instagram", "threads"}

    html = page.read_text()
    assert html.startswith("<!doctype html>") and "<script" not in html and "http" not in html
    assert "<b>2</b>participants" in html
    assert f"<b>{150 + s2['exposure']['total_items']:,}</b>items" in html
    assert '<td>x</td><td>post</td><td class="n">6</td>' in html


def test_merge_refuses_bad_files_and_existing_output(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "overshare-workshop-summary", "version": 1, '
                   '"kinds": {"x": {"<script>alert(1)</script>": 1}}}')  # fmt: skip
    out = overshare("workshop", "merge", bad, "-o", tmp_path / "g.html")
    assert out.returncode == 2
    assert "bad.json has an unknown entry" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "g.html").exists()
    page = tmp_path / "exists.html"
    page.write_text("keep me")
    good = tmp_path / "good.json"
    good.write_text('{"format": "overshare-workshop-summary", "version": 1}')
    out = overshare("workshop", "merge", good, "-o", page)
    assert out.returncode == 2 and "not replaced" in out.stderr
    assert page.read_text() == "keep me"
    assert overshare("workshop", "merge", good, "-o", page, "--force").returncode == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "is not valid JSON"),
        ('{"format": "something-else", "version": 1}', "not an Overshare workshop summary"),
        ('{"format": "overshare-workshop-summary", "version": 9}', "version 9"),
        ('{"format": "overshare-workshop-summary", "version": 1, "text": "hi"}', "unknown entry"),
        ('{"format": "overshare-workshop-summary", "version": 1, "kinds": {"x": {"post": -1}}}',
         "invalid count"),
        ('{"format": "overshare-workshop-summary", "version": 1, "region": "Mars"}',
         "unknown region"),
        ('{"format": "overshare-workshop-summary", "version": 1, '
         '"settings_impact": {"Robin <b>": 3}}', "settings_impact"),
        ('{"format": "overshare-workshop-summary", "version": 1, '
         '"years": {"first": 2024, "last": 2001}}', "impossible years"),
    ],
)  # fmt: skip
def test_load_summary_rejects_with_one_sentence(text: str, message: str) -> None:
    with pytest.raises(FormatError, match=message) as err:
        load_summary(text.encode(), "p7.json")
    assert err.value.message.startswith("p7.json ")


def test_merge_adds_counts_and_counts_participants() -> None:
    base = '{"format": "overshare-workshop-summary", "version": 1, "region": %s, %s}'
    a = load_summary((base % ('"UK"', '"kinds": {"x": {"post": 2}}, '
                     '"outcomes": {"x": {"trains_platform_ai": {"allowed_now": 2}}}, '
                     '"years": {"first": 2015, "last": 2020}')).encode(), "a")  # fmt: skip
    b = load_summary((base % ("null", '"kinds": {"x": {"post": 3}, "linkedin": {"post": 1}}, '
                     '"years": {"first": 2019, "last": 2026}')).encode(), "b")  # fmt: skip
    merged = merge_summaries([a, b])
    assert merged["participants"] == 2
    assert merged["regions"] == {"UK": 1, "unknown": 1}
    assert merged["platform_participants"] == {"linkedin": 1, "x": 2}
    assert merged["kinds"] == [("linkedin", "post", 1), ("x", "post", 5)]
    assert merged["outcomes"] == [("x", "trains_platform_ai", "allowed_now", 2)]
    assert merged["years"] == {"first": 2015, "last": 2026}
    page = render_group_html(merged, title="Night <class> & co")
    assert "<title>Night &lt;class&gt; &amp; co</title>" in page
