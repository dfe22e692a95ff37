"""Profile records: Facebook `profile` / `profile_v2`, Instagram `profile_user` (label → value).

One profile_field item per filled-in field; name, username and dates also go to account facts.
Instagram's "Private Account" flag decides the visibility of the account's posts and stories.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.core.importers.meta_common import Fields, IdCounter, load_json, make_id, read_fields, ts
from app.core.importers.meta_text import fix, fix_opt
from app.core.importers.sources import Member
from app.core.models import Item, ItemKind, Visibility

PROFILE_BASIS = "profile information; who can see each field is not in the export"
_TRUE = {"true", "vrai", "waar", "wahr", "verdadero", "vero", "verdadeiro", "prawda", "ja", "yes"}
_FALSE = {"false", "faux", "onwaar", "falsch", "falso", "fałsz", "nee", "nein", "no"}


def _leaf_text(value: Any) -> str:
    """A compact text for one field value (timestamps left out: they become created_at)."""
    if isinstance(value, str):
        return fix(value)
    if isinstance(value, bool | int | float):
        return str(value)
    if isinstance(value, list):
        return "; ".join(t for t in (_leaf_text(v) for v in value) if t)
    if isinstance(value, dict):
        parts = []
        for k, v in value.items():
            if "timestamp" in k:
                continue
            t = _leaf_text(v)
            if t:
                parts.append(f"{k}: {t}")
        return ", ".join(parts)
    return ""


def _fields(key: str, value: Any) -> Iterator[tuple[str, str, Any]]:
    """(label, text, timestamp) per unit of a profile field; lists give one unit per element."""
    if isinstance(value, list):
        for v in value:
            text = _leaf_text(v)
            if text:
                yield key, text, v.get("timestamp") if isinstance(v, dict) else None
    elif isinstance(value, dict) and value and all(isinstance(v, list) for v in value.values()):
        for sub, v in value.items():
            yield from _fields(f"{key}.{sub}", v)
    else:
        text = _leaf_text(value)
        if text:
            yield key, text, value.get("timestamp") if isinstance(value, dict) else None


def fb_profile(st: Any, member: Member, route: Any) -> Iterator[Item]:
    data = load_json(st.ctx, member)
    profile = data
    if isinstance(data, dict) and len(data) == 1 and isinstance(next(iter(data.values())), dict):
        profile = next(iter(data.values()))  # "profile" (2020) or "profile_v2"
    if not isinstance(profile, dict):
        raise ValueError("no profile object")
    acc = st.ctx.inventory.account(st.platform)
    name = profile.get("name")
    if isinstance(name, dict):
        acc.display_name = fix_opt(name.get("full_name")) or acc.display_name
    if isinstance(profile.get("username"), str):
        acc.handle = fix(profile["username"])
    registered = ts(profile.get("registration_timestamp"))
    if registered is not None:
        acc.created_at = registered
    if isinstance(profile.get("profile_uri"), str):
        acc.facts["profile_uri"] = fix(profile["profile_uri"])
    unique = IdCounter()
    index = 0
    for key, value in profile.items():
        if key in ("registration_timestamp", "profile_uri"):
            continue
        for label, text, when in _fields(key, value):
            iid = unique(make_id(st.platform.value, "profile_field", label, text))
            yield st.item(
                ItemKind.PROFILE_FIELD,
                iid,
                text,
                member,
                index,
                created_at=ts(when),
                basis=PROFILE_BASIS,
                attrs={"field": label},
            )
            index += 1


def _private_flag(f: Fields) -> tuple[bool, str] | None:
    """The "Private Account" entry, whatever the language: a 'priv…' label with a yes/no value."""
    for label, value in f.labelled:
        if "priv" in label.casefold():
            v = value.casefold()
            if v in _TRUE or v in _FALSE:
                return v in _TRUE, f"{label} = {value}"
    return None


def ig_profile(st: Any, member: Member, route: Any) -> Iterator[Item]:
    """personal_information.json: profile_user [{title, media_map_data, string_map_data}]."""
    data = load_json(st.ctx, member)
    recs = (
        data
        if isinstance(data, list)
        else next(iter(data.values()), [])
        if isinstance(data, dict) and len(data) == 1
        else [data]
    )
    if isinstance(recs, dict):
        recs = [recs]
    acc = st.ctx.inventory.account(st.platform)
    unique = IdCounter()
    index = 0
    for rec in recs:
        f = read_fields(rec)
        flag = _private_flag(f)
        if flag is not None:
            private, evidence = flag
            acc.protected = private
            st.visibility = Visibility.FOLLOWERS if private else Visibility.PUBLIC
            st.visibility_basis = (
                f"the account was {'private' if private else 'public'} when exported "
                f"({member.name}: {evidence})"
            )
        for label, value in f.labelled:
            iid = unique(make_id(st.platform.value, "profile_field", label, value))
            yield st.item(
                ItemKind.PROFILE_FIELD,
                iid,
                value,
                member,
                index,
                basis=PROFILE_BASIS,
                attrs={"field": label},
            )
            index += 1
