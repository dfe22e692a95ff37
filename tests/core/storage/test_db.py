"""Library round trip, dedupe, account updates, filters, tags, fault handling."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.core.errors import LibraryWriteError
from app.core.models import ItemKind, Platform, Visibility
from app.core.storage import ItemFilter, Sort, TagRow, open_library
from tests.core.storage.conftest import BASE, make_item


def _import(lib, items, sources=("twitter-2024.zip",), account="x:42", batch=7):
    handle = lib.begin_import(list(sources), account)
    for i in range(0, len(items), batch):
        handle.add_batch(items[i : i + batch])
    return handle.finish({"sources": list(sources), "total": len(items)})


def test_round_trip_survives_reopen():
    items = [make_item(n) for n in range(25)]
    with open_library() as lib:
        record = _import(lib, items)
        assert record.status == "complete" and record.item_count == 25
    with open_library() as lib:
        (rec,) = lib.imports()
        assert (rec.status, rec.item_count, rec.sources) == ("complete", 25, ("twitter-2024.zip",))
        assert lib.import_record(rec.id).inventory == {"sources": ["twitter-2024.zip"], "total": 25}
        for original in items:
            back = lib.get(original.id)
            assert back == original
            assert back.attrs == original.attrs and back.media == original.media
            assert back.source == original.source and back.created_at == original.created_at
        assert lib.get("x:post:missing") is None
        assert [i for batch in lib.iter_items(batch=10) for i in batch] == items


def test_reimport_same_archive_does_not_duplicate():
    items = [make_item(n) for n in range(20)]
    with open_library() as lib:
        _import(lib, items)
        _import(lib, items)
        assert lib.count() == 20
        (rec,) = lib.imports()
        assert rec.item_count == 20


def test_newer_export_of_same_account_updates_it():
    with open_library() as lib:
        _import(lib, [make_item(n) for n in range(10)], sources=["old.zip"])
        newer = [make_item(n, text=f"edited {n}") for n in range(5, 15)]
        rec = _import(lib, newer, sources=["new.zip"])
        assert lib.count() == 15  # 0-4 kept from the old export, 5-14 from the new
        (only,) = lib.imports()
        assert only.id == rec.id and set(only.sources) == {"old.zip", "new.zip"}
        assert only.item_count == 15
        assert lib.get("x:post:7").text == "edited 7"
        assert lib.count(ItemFilter(text="edited")) == 10
        assert lib.count(ItemFilter(text="gardening")) == 5


def test_other_account_stays_separate():
    with open_library() as lib:
        _import(lib, [make_item(n) for n in range(3)], account="x:1", sources=["a.zip"])
        _import(
            lib,
            [make_item(n, platform=Platform.LINKEDIN) for n in range(4)],
            account="linkedin:me",
            sources=["b.zip"],
        )
        assert [r.item_count for r in lib.imports()] == [3, 4]


def test_filters_and_sort():
    items = [
        make_item(1, text="Café au lait"),
        make_item(2, platform=Platform.FACEBOOK, kind=ItemKind.COMMENT, text="my comment"),
        make_item(3, visibility=Visibility.PRIVATE, kind=ItemKind.MESSAGE, text="a secret"),
        make_item(4, platform=Platform.INSTAGRAM, text='quotes " and * AND OR'),
    ]
    with open_library() as lib:
        _import(lib, items)
        assert lib.count(ItemFilter(text="cafe")) == 1  # diacritics folded
        assert lib.count(ItemFilter(text="caf")) == 1  # last word is a prefix
        assert lib.count(ItemFilter(text='" AND *')) == 1  # FTS syntax is plain text
        assert lib.count(ItemFilter(text="***")) == 0
        assert lib.count(ItemFilter(platforms=[Platform.FACEBOOK, Platform.INSTAGRAM])) == 2
        assert lib.count(ItemFilter(kinds=["message"])) == 1
        assert lib.count(ItemFilter(visibilities=[Visibility.PRIVATE])) == 1
        frm, to = BASE + timedelta(days=2), BASE + timedelta(days=3)
        assert [s.id for s in lib.page(ItemFilter(date_from=frm, date_to=to))] == [
            "x:message:3",
            "facebook:comment:2",
        ]
        assert [s.text for s in lib.page(sort=Sort.OLDEST, limit=2, offset=1)] == [
            "my comment",
            "a secret",
        ]
        assert lib.facets(None, "platform") == {"x": 2, "facebook": 1, "instagram": 1}


def test_tags_filter_and_replace():
    with open_library() as lib:
        _import(lib, [make_item(n) for n in range(6)])
        train = TagRow("may_train", "allowed", "x-2024-ai", True, True)
        share = TagRow("shared", "opt_out_available", "x-2024-share", None, False)
        lib.set_tags_many([("x:post:1", [train, share]), ("x:post:2", [share]), ("nope", [train])])
        assert lib.count(ItemFilter(outcomes=["may_train"])) == 1
        assert lib.count(ItemFilter(statuses=["opt_out_available"])) == 2
        assert lib.count(ItemFilter(outcomes=["shared"], statuses=["allowed"])) == 0
        assert lib.tags("x:post:1") == [train, share]
        (row,) = lib.page(ItemFilter(outcomes=["may_train"]))
        assert row.tags == (train, share)
        lib.set_tags("x:post:1", [])
        assert lib.count(ItemFilter(outcomes=["may_train"])) == 0
        assert lib.facets(None, "status") == {"opt_out_available": 1}


def test_killed_mid_import_is_rolled_back_on_open():
    with open_library() as lib:
        _import(lib, [make_item(n) for n in range(5)])
        handle = lib.begin_import(["twitter-2024.zip"], "x:42")
        handle.add_batch([make_item(n, text="half done") for n in range(3, 8)])
        assert [r.status for r in lib.imports()] == ["complete", "running"]
        lib._conn.close()  # the process dies: no finish, no abort
        lib._conn = None
    with open_library() as lib:
        first, second = lib.imports()
        assert (first.status, first.item_count) == ("complete", 5)
        assert (second.status, second.item_count) == ("interrupted", 0)
        assert lib.count() == 5  # items 5-7 removed, 3-4 handed back to the first import
        assert lib.count(ItemFilter(import_ids=[first.id])) == 5
        lib.forget_import(second.id)
        assert len(lib.imports()) == 1


def test_abort_restores_previous_state():
    with open_library() as lib:
        _import(lib, [make_item(n) for n in range(4)])
        with lib.begin_import(["b.zip"], None) as handle:
            handle.add_batch([make_item(n) for n in range(2, 9)])
        assert lib.count() == 4 and len(lib.imports()) == 1


def test_disk_full_rolls_back_only_the_failing_batch():
    with open_library() as lib:
        handle = lib.begin_import(["big.zip"], None)
        handle.add_batch([make_item(n) for n in range(10)])
        pages = lib._conn.execute("PRAGMA page_count").fetchone()[0]
        lib._conn.execute(f"PRAGMA max_page_count = {pages + 1}")  # the "disk" is now full
        big = [make_item(n, text="x" * 5000 + str(n)) for n in range(10, 60)]
        with pytest.raises(LibraryWriteError):
            handle.add_batch(big)
        assert lib.count() == 10
        lib._conn.execute("PRAGMA max_page_count = 1073741823")
        handle.add_batch(big[:5])
        assert handle.finish({}).item_count == 15


def test_forget_import_removes_only_its_items():
    with open_library() as lib:
        a = _import(lib, [make_item(n) for n in range(5)], account="x:1", sources=["a.zip"])
        _import(lib, [make_item(n, platform=Platform.FACEBOOK) for n in range(3)], account=None,
                sources=["fb.zip"])  # fmt: skip
        lib.set_tags("x:post:1", [TagRow("o", "s", "r")])
        lib.forget_import(a.id)
        assert lib.count() == 3 and lib.count(ItemFilter(text="gardening")) == 3
        assert lib.count(ItemFilter(platforms=["x"])) == 0
        assert lib.facets(None, "outcome") == {}


def test_broad_and_selective_plans_agree(monkeypatch: pytest.MonkeyPatch):
    from app.core.storage import query

    items = [make_item(n, text=("common rare" if n % 10 == 0 else "common")) for n in range(60)]
    with open_library() as lib:
        _import(lib, items)
        lib.set_tags_many([(it.id, [TagRow("o" if n % 3 else "p", "s", "r")])
                           for n, it in enumerate(items)])  # fmt: skip
        filters = [
            ItemFilter(text="common"),
            ItemFilter(text="rare", platforms=["x"]),
            ItemFilter(outcomes=["p"]),
            ItemFilter(text="common", outcomes=["o"], statuses=["s"]),
        ]
        for sort in Sort:
            selective = [[s.id for s in lib.page(f, sort, 3, 7)] for f in filters]
            monkeypatch.setattr(query, "BROAD", 1)
            broad = [[s.id for s in lib.page(f, sort, 3, 7)] for f in filters]
            monkeypatch.setattr(query, "BROAD", 5000)
            assert broad == selective and all(selective)
