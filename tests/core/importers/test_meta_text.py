"""Meta mojibake repair: real mis-encoded samples from the fixtures, repaired exactly once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.importers.meta_text import fix, fix_deep

FB_MINER = "facebook/facebook-data-miner/tests/test_data"
IG_HESTIA = "instagram/hestialabs-experiences/Instagram-fake-data"


def _moji(s: str) -> str:
    """What Meta writes: the UTF-8 bytes of `s` as one code point each."""
    return s.encode("utf-8").decode("latin-1")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("T\u00c5\u0091ke Hal", "Tőke Hal"),  # Hungarian ő, friends.json
        ("D\u00c3\u00a9r D\u00c3\u00a9nes", "Dér Dénes"),
        ("\u00f0\u009f\u0091\u008d", "👍"),  # liked_posts.json reaction value
        ("OUT! \u00e2\u009d\u00a4", "OUT! ❤"),
        ("Nom d\u00e2\u0080\u0099utilisateur", "Nom d’utilisateur"),
        ("\u00c3\u0089picerie", "Épicerie"),
        (_moji("東京 привет ελληνικά العربية"), "東京 привет ελληνικά العربية"),
    ],
)
def test_repairs_mis_encoded_text(raw: str, expected: str) -> None:
    assert fix(raw) == expected
    assert fix(fix(raw)) == expected  # a second pass changes nothing


@pytest.mark.parametrize("good", ["café", "Zürich", "東京", "ascii only", "😀 ok", "", "ÿ"])
def test_leaves_correct_text_alone(good: str) -> None:
    assert fix(good) == good


def test_real_samples_from_public_fixtures(public_fixtures: Path) -> None:
    friends = json.loads((public_fixtures / FB_MINER / "friends/friends.json").read_text())
    names = [fix(f["name"]) for f in friends["friends"]]
    assert "Tőke Hal" in names and "Dér Dénes" in names
    thread = public_fixtures / FB_MINER / "messages/inbox/foobar_n5fd6gG50h/message_1.json"
    msgs = json.loads(thread.read_text())["messages"]
    assert fix(msgs[-1]["content"]) == "Lorem lorim.. foo bar 😡😡😡"
    assert fix(msgs[0]["sender_name"]) == "Jenő Rejtő"
    info_path = public_fixtures / IG_HESTIA / "account_information/personal_information.json"
    info = json.loads(info_path.read_text())
    labels = set(fix_deep(info)["profile_user"][0]["string_map_data"])  # keys repaired too
    assert {"Compte privé", "Numéro de téléphone confirmé", "Nom d’utilisateur"} <= labels
