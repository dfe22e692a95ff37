"""X importer: real public samples (read in place) and synthetic layouts, through ImportJob."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.importers.x_common import iso_date, tweet_date
from app.core.importing import ImportJob
from app.core.models import FileStatus, Inventory, Item, Visibility

from .x_fixtures import ACCOUNT_ID, js, manifest, tweet, write_folder, write_zip, zip_tree

MILAHU = "x/twitter-milahu104/data"


def run(*paths: Path) -> tuple[list[Item], Inventory]:
    job = ImportJob(list(paths))
    return job.run(), job.inventory


def kinds(inv: Inventory) -> dict[str, int]:
    return {kind: n for (platform, kind), n in inv.kind_counts.items() if platform == "x"}


def status(inv: Inventory, name: str) -> tuple[FileStatus, int, str]:
    [f] = [f for f in inv.files if name in (f.member, f.member.rsplit("/", 1)[-1])]
    return f.status, f.items, f.reason


# -- public samples, counts checked by hand ---------------------------------------------------


def test_milahu_2026_sample(public_fixtures: Path) -> None:
    items, inv = run(public_fixtures / MILAHU)
    # tweets.js: `grep -c '"tweet" : {'` = 2045; `grep -c '"full_text" : "RT @'` = 239 RTs;
    # `grep -c in_reply_to_status_id_str` = 1780, none on an RT; of the other 26, one links to
    # someone's status in entities.urls (a quote), 25 are plain posts.
    # deleted-tweets.js: 47 = 4 RTs + 43 replies; community-tweet.js: 3 replies.
    assert kinds(inv) == {
        "post": 25,
        "quote": 1,
        "reply": 1780 + 43 + 3,
        "repost": 239 + 4,
        "like_or_reaction": 6708,  # grep -c '"like" : {'
        "connection_or_follow": 61 + 167,  # manifest counts, = grep -c '"accountId"' per file
        "block_or_mute": 2,  # mute.js
        "connected_app": 1,
        "profile_field": 4 + 1,  # bio, website, location, avatar + one screen-name change
        "account_fact": 1,  # verified.js: verified=false
        "inference": 2 + 1 + 31 + 1,  # languages, gender, interests, age range "13-54"
    }
    assert len({it.id for it in items}) == len(items)
    acc = inv.accounts[0]
    assert (acc.handle, acc.account_id, acc.protected) == ("milahu104", "1964312974236991488", None)
    assert acc.facts["archive_generated"].startswith("2026-03-06T13:15:31")
    assert "late 2022" in inv.layouts["x"]
    assert status(inv, "tweets.js") == (FileStatus.READ, 2045, "2,045 records")
    assert status(inv, "deleted-tweet-headers.js")[2].startswith("47 records; Overshare does not")
    # the manifest lists files that were not copied into the sample: one warning names them
    [missing] = [w for w in inv.warnings if "with records that are not in the archive" in w]
    assert "data/account.js (1)" in missing and "data/block.js (606)" in missing
    assert not inv.files_with(FileStatus.FAILED) and not inv.files_with(FileStatus.UNKNOWN)

    by_id = {it.id: it for it in items}
    deleted = [it for it in items if it.attrs.get("deleted")]
    assert len(deleted) == 47 and all(it.attrs["deleted_at"] for it in deleted)
    community = [it for it in items if "community_id" in it.attrs]
    assert len(community) == 3 and all(it.visibility is Visibility.UNKNOWN for it in community)
    assert community[0].attrs["community_id"] == "2015792172985921708"
    first = by_id["x:reply:2029905358261502168"]  # first record of tweets.js
    assert first.created_at == datetime(2026, 3, 6, 13, 2, 5, tzinfo=UTC)
    assert first.visibility is Visibility.UNKNOWN and "protected-history" in first.visibility_basis
    video = [it for it in items if any("1080x1920" in m for m in it.media)]
    assert video, "the highest-bitrate mp4 variant stands for a video"
    like = by_id["x:like_or_reaction:2029894586810667242"]
    assert like.target == "https://twitter.com/i/web/status/2029894586810667242"
    assert like.text.startswith("@SamaHoole #oxalate")


def test_milahu_zipped_with_extra_top_folder(public_fixtures: Path, tmp_path: Path) -> None:
    root = public_fixtures / MILAHU
    names = ("tweets.js", "like.js", "manifest.js", "follower.js")
    with zipfile.ZipFile(tmp_path / "twitter-2026-03-06-abc123.zip", "w") as zf:
        for n in names:
            zf.write(root / n, f"re-zipped/data/{n}")
        zf.writestr("re-zipped/Your archive.html", "<html></html>")
        zf.writestr("re-zipped/assets/js/app.js", "console.log(1)")
    _, inv = run(tmp_path / "twitter-2026-03-06-abc123.zip")
    k = kinds(inv)
    assert k["like_or_reaction"] == 6708 and k["connection_or_follow"] == 61
    assert k["post"] + k["quote"] + k["reply"] + k["repost"] == 2045
    assert status(inv, "assets/")[0] is FileStatus.SKIPPED  # viewer files, claimed in one row
    assert not inv.files_with(FileStatus.UNKNOWN)


def test_twitter_analyser_2019_bare_objects(public_fixtures: Path) -> None:
    items, inv = run(public_fixtures / "x/twitter-analyser")
    # 11 bare tweet objects (grep -c '"created_at"'); 2 "RT @"; 7 in_reply_to_status_id_str;
    # of the other 2, one links twitter.com/DavidBLowry/status/… (quote), one is a plain post.
    assert kinds(inv) == {"repost": 2, "reply": 7, "quote": 1, "post": 1}
    assert "2018 to 2020" in inv.layouts["x"]
    assert inv.first_date == datetime(2019, 8, 5, 23, 28, 32, tzinfo=UTC)
    [quote] = [it for it in items if it.kind.value == "quote"]
    assert quote.target is not None and "/status/1159836767958138880" in quote.target


def test_twitter_to_sqlite_2019_files(public_fixtures: Path) -> None:
    items, inv = run(public_fixtures / "x/twitter-to-sqlite/tests/zip_contents")
    # account.js: email, phoneNumber, createdVia; app.js 1; follower 2 + following 2;
    # saved-search 2; account-suspension.js is the empty one-liner `= []`.
    assert kinds(inv) == {
        "account_fact": 3, "connected_app": 1, "connection_or_follow": 4, "search_query": 2,
    }  # fmt: skip
    acc = inv.accounts[0]
    assert (acc.handle, acc.account_id, acc.display_name) == ("simonw", "12497", "Simon Willison")
    assert acc.facts["email"] == "swillison@example.com"
    assert acc.created_at == datetime(2006, 11, 15, 13, 18, 50, tzinfo=UTC)
    texts = " ".join(it.text for it in items)
    assert "swillison@example.com" not in texts and "s***@example.com" in texts
    assert "+15555555555" not in texts
    assert status(inv, "account-suspension.js")[:2] == (FileStatus.READ, 0)


def test_ddp_inspector_personalization(public_fixtures: Path) -> None:
    items, inv = run(public_fixtures / "x/ddp-inspector")
    # oddly named file (personalization.js_2022_09_20): the type comes from its YTD prefix.
    # languages 1, gender 1, interests 2, advertisers + lookalikeAdvertisers lists 2,
    # numAudiences "999" 1, shows 2, age range 1 (birthDate empty, locationHistory empty).
    assert kinds(inv) == {"inference": 10}
    lists = {it.attrs["list"]: it.attrs["advertisers"] for it in items if "list" in it.attrs}
    assert len(lists["lookalikeAdvertisers"]) == 5 and len(lists["advertisers"]) == 4


def test_hestialabs_ads_and_personalization(public_fixtures: Path, tmp_path: Path) -> None:
    src = public_fixtures / "x/hestialabs-experiences/twitter-small"
    zipped = zip_tree(tmp_path / "twitter-small.zip", src, top="twitter-small/")
    for path in (src, zipped):
        items, inv = run(path)
        # ad-engagements.js, one compact line: `grep -o impressionAttributes | wc -l` = 329.
        # personalization.js: 387 interests (`grep -c '"name" :'`), 2 languages, gender,
        # 136 shows, 3 locations, 1 age range, 2 advertiser lists, numAudiences 1137.
        assert kinds(inv) == {"ad_interaction": 329, "inference": 387 + 2 + 1 + 136 + 3 + 1 + 3}
    ad = next(it for it in items if it.kind.value == "ad_interaction")
    assert ad.created_at == datetime(2021, 4, 15, 19, 43, 20, tzinfo=UTC)
    assert ad.attrs["advertiser"] == "PwC Switzerland"
    assert ("Locations", "Switzerland") in ad.attrs["targeting"]
    assert len({it.id for it in items}) == len(items)


# -- synthetic layouts ---------------------------------------------------------------------


def test_2019_layout_tweet_js_at_root(tmp_path: Path) -> None:
    z = write_zip(tmp_path / "a.zip", {
        "tweet.js": js("tweet.part0", [tweet("1", wrapped=False), tweet("2", wrapped=False)]),
        "like.js": js("like.part0", [{"like": {"tweetId": "9"}}]),  # text and URL missing
    })  # fmt: skip
    items, inv = run(z)
    assert kinds(inv) == {"post": 2, "like_or_reaction": 1}
    like = next(it for it in items if it.id == "x:like_or_reaction:9")
    assert like.text == "" and like.target == "https://x.com/i/web/status/9"
    assert "2018 to 2020" in inv.layouts["x"]


OLD = "Sun Jan 01 00:00:00 +0000 2006"


def test_2021_layout_parts(tmp_path: Path) -> None:
    z = write_zip(tmp_path / "a.zip", {
        "Your archive.html": b"<html></html>",
        "data/tweet.js": js("tweet.part0", [tweet("5"), tweet("6")]),
        "data/tweet-part1.js": js("tweet.part1", [tweet("1", when=OLD)]),
    })  # fmt: skip
    _, inv = run(z)
    assert kinds(inv) == {"post": 3}
    assert "2020 to 2022" in inv.layouts["x"] and "3" not in inv.layouts["x"]
    assert inv.first_date == datetime(2006, 1, 1, tzinfo=UTC)


def test_2026_layout_with_manifest_and_parts(tmp_path: Path) -> None:
    reply = tweet("11", "@bob yes", in_reply_to_status_id_str="7", in_reply_to_screen_name="bob",
                  in_reply_to_user_id_str=ACCOUNT_ID)  # fmt: skip
    quote = tweet("12", "look https://t.co/x")
    quote["tweet"]["entities"]["urls"] = [{"expanded_url": "https://twitter.com/al/status/99"}]
    rt = tweet("13", "RT @al: original &amp; more")
    rt["tweet"]["entities"]["user_mentions"] = [{"screen_name": "al"}]
    z = write_zip(tmp_path / "twitter-2026-03-06-0a1b.zip", {
        "data/manifest.js": manifest(
            {"data/tweets.js": 2, "data/tweets-part1.js": 2, "data/like.js": 3,
             "data/block.js": 5, "data/ip-audit.js": 0}),
        "data/tweets.js": js("tweets.part0", [reply, quote]),
        "data/tweets-part1.js": js("tweets.part1", [rt, tweet("14")]),
        "data/like.js": js("like.part0", [{"like": {"tweetId": "1", "fullText": "x"}}]),
        "data/README.txt": b"glossary",
        "data/tweets_media/14-abc.jpg": b"\xff\xd8",
    })  # fmt: skip
    items, inv = run(z)
    assert kinds(inv) == {"reply": 1, "quote": 1, "repost": 1, "post": 1, "like_or_reaction": 1}
    by_id = {it.id: it for it in items}
    assert by_id["x:reply:11"].target == "https://x.com/bob/status/7"
    assert by_id["x:reply:11"].attrs["self_reply"] is True
    assert by_id["x:quote:12"].target == "https://x.com/al/status/99"
    assert by_id["x:repost:13"].text == "RT @al: original & more"
    assert inv.accounts[0].handle == "someone"
    assert "late 2022" in inv.layouts["x"] and "2 parts" in inv.layouts["x"]
    assert any("data/like.js holds 1 records but manifest.js lists 3" in w for w in inv.warnings)
    assert any("data/block.js (5)" in w for w in inv.warnings)
    assert any("1 empty files" in w for w in inv.warnings)
    assert status(inv, "README.txt")[0] is FileStatus.SKIPPED


def test_media_local_file_or_url(tmp_path: Path) -> None:
    media = {
        "media": [
            {"type": "photo", "media_url_https": "https://pbs.twimg.com/media/abc.jpg"},
            {"type": "photo", "media_url_https": "https://pbs.twimg.com/media/zzz.png"},
        ]
    }
    t = tweet("14", extended_entities=media)
    z = write_zip(tmp_path / "a.zip", {
        "Your archive.html": b"<html></html>",
        "data/tweets.js": js("tweets.part0", [t]),
        "data/tweets_media/14-abc.jpg": b"\xff\xd8",
    })  # fmt: skip
    [item], _ = run(z)
    assert item.media == ("data/tweets_media/14-abc.jpg", "https://pbs.twimg.com/media/zzz.png")


def test_protected_history_latest_action_wins(tmp_path: Path) -> None:
    hist = [
        {"protectedHistory": {"protectedAt": "2024-12-08T10:00:00.000Z", "action": "Unprotect"}},
        {"protectedHistory": {"protectedAt": "2024-10-19T10:00:00.000Z", "action": "Protect"}},
    ]
    for records, vis, flag in (
        (hist, Visibility.PUBLIC, False),
        (hist[1:], Visibility.PROTECTED, True),
        ([], Visibility.UNKNOWN, None),
    ):
        z = write_zip(tmp_path / f"p{len(records)}.zip", {
            "data/protected-history.js": js("protected_history.part0", records),
            "data/tweets.js": js("tweets.part0", [tweet("1")]),
            "data/follower.js": js("follower.part0", [{"follower": {"accountId": "5"}}]),
        })  # fmt: skip
        items, inv = run(z)
        assert {it.visibility for it in items} == {vis}
        assert inv.accounts[0].protected is flag


def test_grok_chat_with_object_and_string_enums(tmp_path: Path) -> None:
    def turn(sender: object, mode: object, msg: str) -> dict[str, object]:
        return {"grokChatItem": {"accountId": ACCOUNT_ID, "chatId": "c1", "message": msg,
                                 "createdAt": "2026-07-01T10:00:00.123Z", "sender": sender,
                                 "grokMode": mode, "postIds": ["42"]}}  # fmt: skip

    user = {"value": 1, "name": "User", "originalName": "USER", "annotations": {}}
    agent = {"value": 2, "name": "Agent", "originalName": "AGENT", "annotations": {}}
    z = write_zip(tmp_path / "a.zip", {"data/grok-chat-item.js": js("grok_chat_item.part0", [
        turn(user, {"name": "Fun"}, "hi"), turn(agent, {"name": "Fun"}, "hello"),
        turn("User", "Normal", "plain strings"),
    ])})  # fmt: skip
    items, inv = run(z)
    assert kinds(inv) == {"ai_chat": 3}
    assert [it.attrs["sender"] for it in items] == ["User", "Agent", "User"]
    assert items[0].attrs["mode"] == "Fun" and items[2].attrs["mode"] == "Normal"
    assert len({it.id for it in items}) == 3  # same chat and second: still distinct ids
    assert all(it.visibility is Visibility.PRIVATE for it in items)


def test_direct_messages_one_to_one_group_and_events(tmp_path: Path) -> None:
    def create(mid: str, sender: str, text: str) -> dict[str, object]:
        return {
            "messageCreate": {
                "id": mid,
                "senderId": sender,
                "recipientId": "2",
                "text": text,
                "createdAt": "2025-01-02T03:04:05.678Z",
                "mediaUrls": [],
            }
        }

    dms = [{"dmConversation": {"conversationId": f"{ACCOUNT_ID}-2", "messages": [
        create("m1", ACCOUNT_ID, "hi"), create("m2", "2", "hey"),
        {"reactionCreate": {"senderId": "2", "reactionKey": "like"}},
    ]}}]  # fmt: skip
    group = [{"dmConversation": {"conversationId": "g1", "messages": [
        {"joinConversation": {"initiatingUserId": "2"}}, create("m3", "3", "all here?"),
    ]}}]  # fmt: skip
    events = [
        {"messageEvent": {"messageId": "e1", "senderId": ACCOUNT_ID, "conversationId": "c9",
                          "createdAtMsec": "1767225600000",
                          "detail": {"messageCreateEvent": {"contents": "b64=="}}}},
        {"messageEvent": {"messageId": "e2", "createdAtMsec": "1767225600001",
                          "detail": {"markConversationReadEvent": {}}}},
    ]  # fmt: skip
    z = write_zip(tmp_path / "a.zip", {
        "data/direct-messages.js": js("direct_messages.part0", dms),
        "data/direct-messages-group.js": js("direct_messages_group.part0", group),
        "data/message-event.js": js("message_event.part0", events),
    })  # fmt: skip
    items, inv = run(z)
    assert kinds(inv) == {"message": 3, "group_message": 1}
    by_id = {it.id: it for it in items}
    assert by_id["x:message:m1"].text == "hi" and by_id["x:group_message:m3"].target == "g1"
    enc = by_id["x:message:e1"]
    assert enc.text == "" and enc.attrs["encrypted"] is True
    assert enc.created_at == datetime(2026, 1, 1, tzinfo=UTC)
    assert all(it.visibility is Visibility.PRIVATE for it in items)


def test_edit_chain_keeps_newest_version(tmp_path: Path) -> None:
    chain = ["100", "105", "109"]
    z = write_zip(tmp_path / "a.zip", {
        "data/tweets.js": js("tweets.part0", [tweet("105", "v2", edits=chain),
                                              tweet("200", edits=["200"])]),
        "data/tweets-part1.js": js("tweets.part1", [tweet("100", "v1", edits=chain)]),
    })  # fmt: skip
    items, inv = run(z)
    assert sorted(it.id for it in items) == ["x:post:105", "x:post:200"]
    newest = next(it for it in items if it.id == "x:post:105")
    assert newest.text == "v2" and newest.attrs["versions_in_archive"] == 2
    assert newest.attrs["edit_versions"] == chain
    assert any("1 earlier versions of edited posts" in w for w in inv.warnings)


def test_note_tweet_joined_or_kept(tmp_path: Path) -> None:
    long_text = "This is a long post that goes on and on " * 10
    notes = [
        {"noteTweet": {"noteTweetId": "n1", "createdAt": "2026-03-06T13:02:03.000Z",
                       "core": {"text": long_text}}},
        {"noteTweet": {"noteTweetId": "n2", "createdAt": "2020-01-01T00:00:00.000Z",
                       "core": {"text": "An orphan note with no matching post at all, kept."}}},
    ]  # fmt: skip
    stub = long_text[:270] + "… https://t.co/abc"
    z = write_zip(tmp_path / "a.zip", {
        "data/tweets.js": js("tweets.part0", [tweet("1", stub), tweet("2", "unrelated")]),
        "data/note-tweet.js": js("note_tweet.part0", notes),
    })  # fmt: skip
    items, inv = run(z)
    by_id = {it.id: it for it in items}
    assert by_id["x:post:1"].text == long_text and by_id["x:post:1"].attrs["note_tweet_id"] == "n1"
    assert by_id["x:post:note-n2"].attrs["note_tweet"] is True
    assert kinds(inv) == {"post": 3}


def test_empty_one_line_files_and_unknown_ytd_file(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "arch", {
        "data/tweets.js": b"window.YTD.tweets.part0 = [ ]",
        "data/like.js": b"window.YTD.like.part0 = []",
        "data/periscope-comments-made-by-user.js": js("periscope_comments_made_by_user.part0",
                                                      [{"c": {"text": "x"}}] * 3),
        "data/profile.js": js("profile.part0", [{"profile": {"description": {"bio": "me"}}}]),
    })  # fmt: skip
    _, inv = run(folder)
    assert kinds(inv) == {"profile_field": 1}
    assert status(inv, "tweets.js")[:2] == (FileStatus.READ, 0)
    st, n, reason = status(inv, "periscope-comments-made-by-user.js")
    assert (st, n) == (FileStatus.READ, 0) and reason.startswith("3 records; Overshare does not")


def test_malformed_file_is_named_and_rest_imports(tmp_path: Path) -> None:
    z = write_zip(tmp_path / "a.zip", {
        "Your archive.html": b"<html></html>",
        "data/tweets.js": js("tweets.part0", [tweet("1")]),
        "data/like.js": b'window.YTD.like.part0 = [\n  {\n    "like" : {"tweetId" : "1"}\n  },\n'
                        b'  {\n    "like" : {"tweetId" : \n  }\n]',
        "data/follower.js": b"this is not an X file",
        "data/mute.js": js("mute.part0", [{"muting": {"accountId": "3"}}, "junk", 5]),
    })  # fmt: skip
    _, inv = run(z)
    assert kinds(inv) == {"post": 1, "block_or_mute": 1}
    st, _, reason = status(inv, "like.js")
    assert st is FileStatus.FAILED and "data/like.js" in reason and "not valid JSON" in reason
    st, _, reason = status(inv, "follower.js")
    assert st is FileStatus.FAILED and "data/follower.js" in reason
    assert status(inv, "mute.js")[2] == "3 records; 2 malformed records skipped"
    assert inv.complete


def test_date_parsers() -> None:
    assert tweet_date("Fri Mar 06 13:02:05 +0000 2026") == datetime(
        2026, 3, 6, 13, 2, 5, tzinfo=UTC
    )
    assert tweet_date("Fri Mar 06 13:02:05 +0200 2026") == datetime(
        2026, 3, 6, 11, 2, 5, tzinfo=UTC
    )
    assert tweet_date("Fri Mar 6 13:02:05 +0000 2026") == datetime(2026, 3, 6, 13, 2, 5, tzinfo=UTC)
    assert tweet_date("Xyz Qqq 06 13:02:05 +0000 2026") is None
    assert tweet_date(None) is None
    assert iso_date("2026-02-06T11:59:59.775Z") == datetime(
        2026, 2, 6, 11, 59, 59, 775000, tzinfo=UTC
    )
    assert iso_date("2021-04-15 19:43:20") == datetime(2021, 4, 15, 19, 43, 20, tzinfo=UTC)
    assert iso_date("0") == datetime(1970, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize("name", ["tweets.js", "tweet.js", "like.js"])
def test_sniff_by_name_and_content(tmp_path: Path, name: str) -> None:
    from app.core.importers.sources import ArchiveSource
    from app.core.importers.x import XImporter

    odd = write_folder(tmp_path / "odd", {"export_copy.js": js("like.part0", [])})
    named = write_folder(tmp_path / "named", {name: b"window.YTD.x.part0 = [ ]"})
    other = write_folder(tmp_path / "other", {"Connections.csv": b"a,b\n"})
    with (
        ArchiveSource.open([odd]) as a,
        ArchiveSource.open([named]) as b,
        ArchiveSource.open([other]) as c,
    ):
        imp = XImporter()
        assert imp.sniff(a) >= 0.6 and imp.sniff(b) >= 0.6 and imp.sniff(c) == 0
