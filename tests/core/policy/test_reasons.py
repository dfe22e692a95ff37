"""Reasons as codes: the English text stays as it was, and other languages render it."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path

from app.core.i18n import Catalogue
from app.core.models import Item, ItemKind, Platform, SourceRef, Visibility
from app.core.policy import Classifier, UserContext, load_policy_set
from app.core.policy.reasons import TEMPLATES, note, reason, render


def _item(platform: Platform, kind: ItemKind, vis: Visibility, created: datetime | None) -> Item:
    return Item(
        platform=platform,
        kind=kind,
        id="1",
        created_at=created,
        visibility=vis,
        visibility_basis="test",
        text="",
        source=SourceRef("a.zip", "b", 0),
    )


def test_english_text_is_the_template_filled_in() -> None:
    r = reason("visibility_unknown", visibility=("protected", "followers", "friends"))
    assert str(r) == (
        "the archive does not say who could see this item; it counts only if it was "
        "protected or followers or friends (answer: who could see it)"
    )
    assert str(reason("age_unknown", band="<18")).startswith(
        "the rule depends on whether you were under 18 when"
    )
    assert str(reason("regions_only", regions=("EU", "UK"))) == (
        "this clause applies only in EU, UK (answer: where you live)"
    )
    assert str(note("As written in the policy.")) == "As written in the policy."


def test_german_and_spanish_from_the_catalogue() -> None:
    pset = load_policy_set()
    label = pset.settings["x.protected"].label
    de, es = Catalogue.load("de"), Catalogue.load("es")
    r = reason("default_unconfirmed", setting=label, state="on")
    assert render(r, de.text) == (
        f"die Voreinstellung von „{de.policy(label)}“ in Ihrer Region ist nicht bestätigt "
        "(Ihre Angabe: ist sie eingeschaltet?)"
    )
    vis = reason("visibility_unknown", visibility=("public", "friends"))
    assert "solo cuenta si era público o visible para amigos" in render(vis, es.text)
    for code in TEMPLATES:  # every template has both translations
        english = TEMPLATES[code]
        assert de.text("reasons", english) != english and es.text("reasons", english) != english


def test_broken_translation_falls_back_to_english(tmp_path: Path) -> None:
    (tmp_path / "overshare_de.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="de_DE">
<context><name>reasons</name><message><source>the start date of this use ({start}) is
approximate</source><translation>Beginn {anfang} ungefähr</translation></message>
</context></TS>""".replace("is\napproximate", "is approximate"),
        encoding="utf-8",
    )
    r = reason("start_approximate", start="2024-05-01")
    assert render(r, Catalogue.load("de", tmp_path).text) == str(r)


def test_tags_carry_their_reasons_as_codes() -> None:
    pset = load_policy_set()
    seen: set[str] = set()
    for ctx in (UserContext(), UserContext(region="EU", birth_year=2007)):
        classifier = Classifier(pset, ctx)
        for platform, kind in itertools.product(Platform, ItemKind):
            for vis in (Visibility.PUBLIC, Visibility.UNKNOWN, Visibility.PRIVATE):
                for created in (None, datetime(2020, 1, 1, tzinfo=UTC)):
                    for tag in classifier.classify(_item(platform, kind, vis, created)):
                        assert "; ".join(map(str, tag.reasons)) == tag.uncertain_reason
                        seen.update(r.code for r in tag.reasons)
    assert {"visibility_unknown", "age_unknown", "regions_only", "not_covered", "policy"} <= seen
