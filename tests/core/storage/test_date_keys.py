"""Date-ordered keys: pages stay in created_at order whatever the dates; text plus filters
agree with a plain Python filter; the background writer; the upgrade from schema 2."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlcipher3

from app.core.errors import LibraryWriteError
from app.core.models import ItemKind, Platform, Visibility
from app.core.storage import ItemFilter, Sort, open_library, secrets
from app.core.storage.files import db_path
from app.core.storage.migrations import STEPS, V1_SQL, split_statements
from tests.core.storage.conftest import BASE, make_item


def _store(lib, items, background=False, batch=50):
    handle = lib.begin_import(["a.zip"], "x:1", background=background)
    for i in range(0, len(items), batch):
        handle.add_batch(items[i : i + batch])
    return handle.finish({})


def _newest(items):
    """Expected NEWEST order: by date, undated last, ties newest-inserted first."""
    ranked = sorted(enumerate(items), key=lambda p: (p[1].created_at is not None,
                    p[1].created_at or BASE, p[0]), reverse=True)  # fmt: skip
    return [it.id for _, it in ranked]


def _sorted_newest(items):
    by_id = {it.id: it for it in items}
    return [by_id[i] for i in _newest(items)]


def _dated(n, when):
    item = make_item(n, text=f"common word{n % 3}")
    item.created_at = when
    return item


ODD = [None, datetime(1850, 5, 1, tzinfo=UTC), datetime(2400, 1, 1, tzinfo=UTC)]


@pytest.mark.parametrize("odd", [[], [None], ODD])
def test_pages_follow_created_at(odd):
    items = [_dated(n, BASE + timedelta(hours=(n * 7919) % 100)) for n in range(60)]
    items += [_dated(60 + n, when) for n, when in enumerate(odd * 3)]
    expected = _newest(items)
    with open_library() as lib:
        _store(lib, items)
        for flt in (ItemFilter(), ItemFilter(text="common"), ItemFilter(text="word1")):
            want = [i for i in expected if lib.count(flt) == len(items) or i in _ids(lib, flt)]
            assert [s.id for s in lib.page(flt, Sort.NEWEST, 0, 500)] == want
            assert [s.id for s in lib.page(flt, Sort.OLDEST, 0, 500)] == want[::-1]
            assert [s.id for s in lib.page(flt, Sort.NEWEST, 5, 7)] == want[5:12]


def _ids(lib, flt):
    return {it.id for batch in lib.iter_items(flt) for it in batch}


def test_more_items_in_one_instant_than_keys():
    same = BASE + timedelta(seconds=1)
    items = [_dated(n, same) for n in range(1030)] + [_dated(2000, BASE), _dated(2001, None)]
    with open_library() as lib:
        _store(lib, items, batch=500)
        page = lib.page(ItemFilter(text="common"), Sort.NEWEST, 0, 2000)
        assert sorted(s.id for s in page) == sorted(it.id for it in items)
        assert [s.created_at for s in page] == [it.created_at for it in
                                                 _sorted_newest(items)]  # fmt: skip
        assert page == lib.page(None, Sort.NEWEST, 0, 2000)
        assert lib.count(ItemFilter(date_from=same, date_to=same)) == 1030


def test_changed_date_moves_the_item():
    items = [_dated(n, BASE + timedelta(days=n)) for n in range(5)]
    with open_library() as lib:
        _store(lib, items)
        moved = _dated(0, BASE + timedelta(days=10))
        _store(lib, [moved])
        assert [s.id for s in lib.page(ItemFilter(text="common"), limit=2)] == [
            "x:post:0",
            "x:post:4",
        ]
        assert lib.count(ItemFilter(text="common")) == 5


def test_text_with_filters_matches_a_plain_filter():
    items = []
    for n in range(120):
        item = make_item(
            n,
            platform=list(Platform)[n % 5],
            kind=[ItemKind.POST, ItemKind.LIKE_OR_REACTION, ItemKind.GROUP_MESSAGE][n % 3],
            visibility=[Visibility.PUBLIC, Visibility.PRIVATE][n % 2],
            text=["garden coffee", "garden", "coffee\x00 cup"][n % 7 % 3],
        )
        item.attrs = {"f": 0.1, "big": 2**62, "u": "é😀", "n": None}
        items.append(item)
    frm, to = BASE + timedelta(days=20), BASE + timedelta(days=90)
    filters = [
        ItemFilter(text="garden", platforms=["x", "linkedin"]),
        ItemFilter(text="cof", kinds=["like_or_reaction", "group_message"]),
        ItemFilter(text="garden", visibilities=["private"], date_from=frm, date_to=to),
        ItemFilter(text="coffee", platforms=["x"], kinds=["post"], visibilities=["public"]),
        ItemFilter(text="garden", platforms=["nope"]),
        ItemFilter(platforms=["facebook"], date_to=to),
    ]
    with open_library() as lib:
        _store(lib, items, background=True)
        assert lib.get(items[2].id) == items[2]  # NUL, floats, big ints, emoji survive
        for flt in filters:
            want = [
                it.id for it in items
                if (not flt.platforms or it.platform in flt.platforms)
                and (not flt.kinds or it.kind in flt.kinds)
                and (not flt.visibilities or it.visibility in flt.visibilities)
                and (flt.date_from is None or it.created_at >= flt.date_from)
                and (flt.date_to is None or it.created_at <= flt.date_to)
                and (not flt.text or flt.text in it.text.replace("\x00", ""))
            ]  # fmt: skip
            assert lib.count(flt) == len(want), flt
            assert [s.id for s in lib.page(flt, limit=500)] == want[::-1], flt


def test_background_write_failure_surfaces_at_finish():
    with open_library() as lib:
        handle = lib.begin_import(["big.zip"], None, background=True)
        handle.add_batch([make_item(n) for n in range(10)])
        handle.flush()
        pages = lib._conn.execute("PRAGMA page_count").fetchone()[0]
        lib._conn.execute(f"PRAGMA max_page_count = {pages + 1}")
        handle.add_batch([make_item(n, text="x" * 5000 + str(n)) for n in range(10, 60)])
        with pytest.raises(LibraryWriteError):
            handle.finish({})
        assert lib.count() == 10
        lib._conn.execute("PRAGMA max_page_count = 1073741823")
        handle.abort()
        assert lib.count() == 0 and lib.imports() == []


def test_v2_library_upgrades_to_date_keys():
    key = secrets.create_key()
    db_path().parent.mkdir(parents=True)
    conn = sqlcipher3.connect(str(db_path()), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for statement in split_statements(V1_SQL):
        conn.execute(statement)
    conn.execute(
        "INSERT INTO imports VALUES (1, 'complete', 'a', 'b', '[\"o.zip\"]', 'x:9', 4, NULL)"
    )
    dates = [1_700_000_000_000_000, None, 1_600_000_000_000_000, 1_700_000_000_000_000]
    for n, created in enumerate(dates, 1):
        conn.execute(
            "INSERT INTO items VALUES (?, ?, 1, 'x', 'post', ?, 'public', 'b', ?, NULL, NULL, "
            "NULL, 'o.zip', 'data/tweets.js', ?)",
            (n, f"x:post:{n}", created, f"hello {n}", n),
        )

    class Runner:
        def execute(self, sql, params=()):
            return conn.execute(sql, params)

        def executescript_body(self, script):
            for statement in split_statements(script):
                conn.execute(statement)

    STEPS[1](Runner())
    conn.execute("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    with open_library() as lib:
        page = [s.id for s in lib.page(ItemFilter(text="hello"))]
        assert page == ["x:post:4", "x:post:1", "x:post:3", "x:post:2"]
        assert lib.count(ItemFilter(text="hello", platforms=["x"])) == 4
        _store(lib, [make_item(9, text="hello again")])
        assert [s.id for s in lib.page(ItemFilter(text="hello"), limit=1)] == ["x:post:4"]
