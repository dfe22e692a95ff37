"""Property tests: every item gets a tag; opting out never adds exposure."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.models import Item, ItemKind, Platform, SourceRef, Visibility
from app.core.policy import (
    REGIONS,
    Classifier,
    PolicySet,
    SettingState,
    Tag,
    Tri,
    UserContext,
    load_policy_set,
    opt_out_everything,
)

PSET: PolicySet = load_policy_set()
AS_OF = date(2026, 11, 26)
KEYS = sorted(k for k, s in PSET.settings.items() if s.in_opt_out_all)
RANK = {Tri.FALSE: 0, Tri.UNCERTAIN: 1, Tri.TRUE: 2}

dates = st.dates(min_value=date(2005, 1, 1), max_value=AS_OF)


@st.composite
def items(draw: st.DrawFn) -> Item:
    created = draw(st.none() | dates)
    attrs = draw(
        st.fixed_dictionaries(
            {},
            optional={
                "shared_with_ai": st.booleans(),
                "deleted": st.booleans(),
                "target_visibility": st.sampled_from([v.value for v in Visibility]),
                "field": st.sampled_from(["name", "username", "hometown", "bio"]),
            },
        )
    )
    return Item(
        platform=draw(st.sampled_from(list(Platform))),
        kind=draw(st.sampled_from(list(ItemKind))),
        id="p:k:1",
        created_at=None
        if created is None
        else datetime(created.year, created.month, created.day, tzinfo=UTC),
        visibility=draw(st.sampled_from(list(Visibility))),
        visibility_basis="generated",
        text="",
        source=SourceRef("a.zip", "m", 0),
        attrs=attrs,
    )


@st.composite
def contexts(draw: st.DrawFn) -> UserContext:
    chosen = draw(st.lists(st.sampled_from(sorted(PSET.settings)), unique=True, max_size=4))
    states = {k: SettingState(draw(st.booleans()), draw(st.none() | dates)) for k in chosen}
    return UserContext(
        region=draw(st.none() | st.sampled_from(REGIONS)),
        birth_year=draw(st.none() | st.integers(1940, 2015)),
        settings=states,
        as_of=AS_OF,
    )


def _exposure(tags: list[Tag]) -> dict[tuple[str, str], tuple[int, int]]:
    return {
        (t.rule, t.outcome): (RANK[t.currently_allowed], RANK[t.may_already_have_been_used])
        for t in tags
    }


def _no_more_exposed(before: list[Tag], after: list[Tag]) -> None:
    b, a = _exposure(before), _exposure(after)
    assert set(a) == set(b)  # settings never change which clauses apply
    for key, (cur, may) in a.items():
        assert cur <= b[key][0], key
        assert may <= b[key][1], key


@settings(max_examples=300, deadline=None)
@given(items(), contexts())
def test_every_item_gets_at_least_one_tag(item: Item, ctx: UserContext) -> None:
    tags = Classifier(PSET, ctx).classify(item)
    assert tags
    for t in tags:
        assert t.explanation and t.status
        if t.currently_allowed == Tri.UNCERTAIN or t.may_already_have_been_used == Tri.UNCERTAIN:
            assert t.uncertain_reason, t


@settings(max_examples=300, deadline=None)
@given(items(), contexts(), st.sampled_from(KEYS), dates)
def test_turning_a_setting_off_never_adds_exposure(
    item: Item, ctx: UserContext, key: str, when: date
) -> None:
    protective = PSET.settings[key].protective
    on = UserContext(
        ctx.region, ctx.birth_year, {**ctx.settings, key: SettingState(not protective)}, AS_OF
    )
    off = UserContext(
        ctx.region, ctx.birth_year, {**ctx.settings, key: SettingState(protective, when)}, AS_OF
    )
    _no_more_exposed(Classifier(PSET, on).classify(item), Classifier(PSET, off).classify(item))


@settings(max_examples=300, deadline=None)
@given(items(), contexts())
def test_opting_out_of_everything_never_adds_exposure_nor_rewrites_the_past(
    item: Item, ctx: UserContext
) -> None:
    before = Classifier(PSET, ctx).classify(item)
    after = Classifier(PSET, opt_out_everything(ctx, PSET)).classify(item)
    _no_more_exposed(before, after)
    past = {(t.rule, t.outcome): t.may_already_have_been_used for t in before}
    assert {(t.rule, t.outcome): t.may_already_have_been_used for t in after} == past


@settings(max_examples=100, deadline=None)
@given(st.lists(items(), max_size=30), contexts())
def test_cached_decisions_match_fresh_ones(batch: list[Item], ctx: UserContext) -> None:
    shared = Classifier(PSET, ctx)
    assert shared.classify_many(batch) == [Classifier(PSET, ctx).classify(i) for i in batch]


def test_bucket_edges_decide_like_their_neighbours() -> None:
    """Items a day either side of every boundary get their own correct decision."""
    ctx = UserContext(
        "EU", 1990, {"linkedin.data_for_genai": SettingState(False, date(2025, 12, 1))}, AS_OF
    )
    shared = Classifier(PSET, ctx)
    for d in (date(2025, 11, 2), date(2025, 11, 3), date(2025, 11, 30), date(2025, 12, 1)):
        for delta in (-1, 0, 1):
            day = d + timedelta(days=delta)
            it = Item(
                Platform.LINKEDIN,
                ItemKind.POST,
                "i",
                datetime(day.year, day.month, day.day, tzinfo=UTC),
                Visibility.PUBLIC,
                "",
                "",
                SourceRef("a", "m", 0),
            )
            assert shared.classify(it) == Classifier(PSET, ctx).classify(it)
