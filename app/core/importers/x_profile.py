"""Account, profile and inference records of an X archive.

Email addresses and phone numbers go into AccountFacts in full; item texts show them masked.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.core.importers.x_common import (
    X,
    XState,
    as_list,
    as_str,
    iso_date,
    mask_email,
    mask_phone,
    obj,
    unwrap,
)
from app.core.importers.x_records import ONLY_YOU, Converter
from app.core.models import Item, ItemKind, SourceRef, Visibility

K = ItemKind
PROFILE_BASIS = "profile fields are shown to everyone, even on protected accounts"
FACT_BASIS = f"account records are {ONLY_YOU}"
INFER_BASIS = "X's inferences about you, shown only to you in Your data"


def _masked(key: str, value: str) -> str:
    user, at, domain = value.partition("@")
    if at and user and "." in domain and " " not in value:
        return mask_email(value)
    if "phone" in key.lower():
        return mask_phone(value)
    return value


def _leaves(obj: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    """(dotted key, value) for every non-empty scalar; lists of scalars are joined."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _leaves(v, f"{prefix}.{k}" if prefix else str(k))
    elif isinstance(obj, list):
        if all(not isinstance(v, dict | list) for v in obj):
            if obj:
                yield prefix, ", ".join(as_str(v) for v in obj)
        else:
            for i, v in enumerate(obj):
                yield from _leaves(v, f"{prefix}[{i}]")
    elif obj is not None and obj != "":
        yield prefix, as_str(obj).lower() if isinstance(obj, bool) else as_str(obj)


def account(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
    a = unwrap(rec, "account")
    acc = st.account
    acc.handle = as_str(a.get("username")) or acc.handle
    acc.account_id = as_str(a.get("accountId")) or acc.account_id
    acc.display_name = as_str(a.get("accountDisplayName")) or acc.display_name
    acc.created_at = iso_date(a.get("createdAt")) or acc.created_at
    st.account_id, st.handle = acc.account_id, acc.handle
    for key, fact in (("email", "email"), ("phoneNumber", "phone"), ("createdVia", "created_via")):
        value = as_str(a.get(key))
        if not value:
            continue
        acc.facts[fact] = value
        out.append(
            Item(X, K.ACCOUNT_FACT, f"x:account_fact:{fact}", None, Visibility.PRIVATE, FACT_BASIS,
                 f"{fact}: {_masked(key, value)}", ref, attrs={"field": fact})
        )  # fmt: skip


def profile(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
    p = unwrap(rec, "profile")
    desc = obj(p.get("description"))
    fields = [(k, as_str(desc.get(k))) for k in ("bio", "website", "location")]
    fields += [
        ("avatar", as_str(p.get("avatarMediaUrl"))),
        ("header", as_str(p.get("headerMediaUrl"))),
    ]
    for name, value in fields:
        if value:
            media = (value,) if name in ("avatar", "header") else ()
            out.append(
                Item(X, K.PROFILE_FIELD, f"x:profile_field:{name}", None, Visibility.PUBLIC,
                     PROFILE_BASIS, value, ref, media=media, attrs={"field": name})
            )  # fmt: skip


def screen_name_change(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
    c = unwrap(rec, "screenNameChange")
    ch = obj(c.get("screenNameChange")) or c
    when = as_str(ch.get("changedAt"))
    old, new = as_str(ch.get("changedFrom")), as_str(ch.get("changedTo"))
    out.append(
        Item(X, K.PROFILE_FIELD, f"x:profile_field:screen-name-{when}", iso_date(when),
             Visibility.PUBLIC, "handles are public", f"@{old} → @{new}", ref,
             attrs={"field": "screen_name", "from": old, "to": new})
    )  # fmt: skip


def fact_file(name: str, key: str) -> Converter:
    """Generic account-record file: one account_fact item per non-empty field."""

    def convert(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
        r = unwrap(rec, key)
        when = None
        for k in ("createdAt", "changedAt", "updatedAt"):
            when = when or iso_date(r.get(k))
        for path, value in _leaves(r):
            if path == "accountId":
                continue
            last = path.rsplit(".", 1)[-1]
            if "email" in path.lower() or "phone" in path.lower():
                st.account.facts[f"{name}.{path}"] = value
            out.append(
                Item(X, K.ACCOUNT_FACT, st.unique(f"x:account_fact:{name}:{path}"), when,
                     Visibility.PRIVATE, FACT_BASIS, f"{path}: {_masked(path, value)}", ref,
                     attrs={"file": name, "field": last})
            )  # fmt: skip

    return convert


def ip_audit(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
    r = unwrap(rec, "ipAudit")
    when = as_str(r.get("createdAt"))
    ip = as_str(r.get("loginIp"))
    out.append(
        Item(X, K.ACCOUNT_FACT, st.unique(f"x:account_fact:login-{when}"), iso_date(when),
             Visibility.PRIVATE, FACT_BASIS, f"login from {ip}", ref,
             attrs={"file": "ip-audit", "field": "login_ip", "ip": ip})
    )  # fmt: skip


def personalization(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
    """One inference item per interest, language, location, show; one per advertiser list."""
    p = unwrap(rec, "p13nData")
    demo = obj(p.get("demographics"))
    inter = obj(p.get("interests"))

    def add(cat: str, text: str, **attrs: Any) -> None:
        if text:
            out.append(
                Item(X, K.INFERENCE, st.unique(f"x:inference:{cat}:{text[:200]}"), None,
                     Visibility.PRIVATE, INFER_BASIS, text, ref, attrs={"category": cat, **attrs})
            )  # fmt: skip

    for lang in as_list(demo.get("languages")):
        if isinstance(lang, dict):
            add("language", as_str(lang.get("language")), disabled=bool(lang.get("isDisabled")))
    gender = demo.get("genderInfo")
    if isinstance(gender, dict):
        add("gender", as_str(gender.get("gender")))
    for cat, key in (("interest", "interests"), ("partner_interest", "partnerInterests")):
        for it in as_list(inter.get(key)):
            if isinstance(it, dict):
                add(cat, as_str(it.get("name")), disabled=bool(it.get("isDisabled")))
            else:
                add(cat, as_str(it))
    for show in as_list(inter.get("shows")):
        add("show", as_str(show))
    aud = inter.get("audienceAndAdvertisers")
    if isinstance(aud, dict):
        for key, value in aud.items():
            if isinstance(value, list) and value:
                names = [as_str(v) for v in value]
                add("advertisers", f"{key}: {len(names)} advertisers", list=key, advertisers=names)
            elif key == "numAudiences" and as_str(value) not in ("", "0"):
                add("audiences", f"in {as_str(value)} advertiser audiences", count=as_str(value))
    for place in as_list(p.get("locationHistory")):
        add("location", as_str(place))
    age = p.get("inferredAgeInfo")
    if isinstance(age, dict):
        for value in as_list(age.get("age")):
            add("age", as_str(value))
        add("birth_date", as_str(age.get("birthDate")))


def protected_state(records: list[Any]) -> tuple[bool | None, str]:
    """(protected now?, basis) from protected-history.js: the latest action wins."""
    events = []
    for rec in records:
        r = unwrap(rec, "protectedHistory")
        when = iso_date(r.get("protectedAt"))
        action = as_str(r.get("action")).lower()
        if when and action in ("protect", "unprotect"):
            events.append((when, action))
    if not events:
        return None, ""
    when, action = max(events)
    word = "protected" if action == "protect" else "public"
    return action == "protect", f"posts {word} since {when.date()} (protected-history.js)"


CONVERTERS: dict[str, Converter] = {
    "account": account,
    "profile": profile,
    "screen_name_change": screen_name_change,
    "personalization": personalization,
    "ip_audit": ip_audit,
    "verified": fact_file("verified", "verified"),
    "verified_organization": fact_file("verified-organization", "verifiedOrganization"),
    "ageinfo": fact_file("ageinfo", "ageMeta"),
    "phone_number": fact_file("phone-number", "device"),
    "email_address_change": fact_file("email-address-change", "emailAddressChange"),
    "account_timezone": fact_file("account-timezone", "accountTimezone"),
    "account_creation_ip": fact_file("account-creation-ip", "accountCreationIp"),
    "expanded_profile": fact_file("expanded-profile", "expandedProfile"),
    "professional_data": fact_file("professional-data", "professionalData"),
}
