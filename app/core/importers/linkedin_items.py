"""Shared pieces of the LinkedIn importer: run state, item ids, masking of account contacts."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.core.importers.linkedin_csv import Header
from app.core.importers.linkedin_dates import parse_date
from app.core.models import AccountFacts, Item, ItemKind, Platform, SourceRef, Visibility

LI = Platform.LINKEDIN
RowFn = Callable[[list[str], SourceRef, list[Item]], None]
Converter = Callable[[Header, "LiState"], RowFn | None]  # None: expected columns missing

PROFILE_BASIS = (
    "shown on the LinkedIn profile, which is public by default; members can restrict who "
    "sees it, and the export does not say how this profile is set"
)
_DIGIT = re.compile(r"\d")
_PREFIX = {k: f"linkedin:{k.value}:" for k in ItemKind}
_SEP = "\x1f"
_HASH = hashlib.blake2b(digest_size=10)
_fromiso = datetime.fromisoformat


@dataclass(slots=True)
class LiState:
    """What converters need while one LinkedIn export is read."""

    account: AccountFacts = field(default_factory=lambda: AccountFacts(LI))
    seen_ids: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # per-file remarks for the file report

    def unique(self, item_id: str) -> str:
        """item_id, or item_id~N for the Nth identical row (ids stay stable across archives)."""
        seen = self.seen_ids
        if item_id not in seen:
            seen[item_id] = 1
            return item_id
        n = seen[item_id] = seen[item_id] + 1
        return f"{item_id}~{n}"

    def fact(self, key: str, value: str) -> None:
        if value and key not in self.account.facts:
            self.account.facts[key] = value

    def make(
        self,
        kind: ItemKind,
        key: tuple[str, ...],
        date: str,
        visibility: Visibility,
        basis: str,
        text: str,
        ref: SourceRef,
        target: str | None = None,
        attrs: dict[str, Any] | None = None,
    ) -> Item:
        """An item whose id hashes `key` (the row's content, never its file or position).

        Hot path (one call per item): unique() and the commonest date form are inlined."""
        h = _HASH.copy()  # cheaper than a new blake2b(..., digest_size=10), same digest
        h.update(_SEP.join(key).encode())
        item_id = _PREFIX[kind] + h.hexdigest()
        seen = self.seen_ids
        n = seen.get(item_id)
        if n is None:
            seen[item_id] = 1
        else:
            seen[item_id] = n = n + 1
            item_id = f"{item_id}~{n}"
        if attrs is None:
            attrs = {}
        if not date:
            created = None
        elif date[19:] == " UTC" and len(date) == 23 and date[4:14:3] == "-- :":
            # parse_date's fast path for its commonest form, inlined (UTC stated)
            try:
                created = _fromiso(date[:19] + "+00:00")
            except ValueError:
                created, assumed = parse_date(date)
                if assumed:
                    attrs["date_tz_assumed"] = True
        else:
            created, assumed = parse_date(date)
            if assumed:
                attrs["date_tz_assumed"] = True
        return Item(
            LI, kind, item_id, created, visibility, basis, text, ref, target or None, (), attrs
        )


def mask_email(value: str) -> str:
    """'jane.doe@example.com' → 'j***@example.com'."""
    value = value.strip()
    user, at, domain = value.partition("@")
    if not at:
        return mask_phone(value) if _DIGIT.search(value) else "***"
    return f"{user[:1]}***@{domain}"


def mask_phone(value: str) -> str:
    """'+44 7700 900123' → '+44*******23': country code and the last two digits kept."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) < 4:
        return "***"
    head = f"+{digits[:2]}" if value.strip().startswith("+") else ""
    rest = digits[2:] if head else digits
    return head + "*" * (len(rest) - 2) + rest[-2:]


def phone_country_code(value: str) -> str:
    """Leading '+NN' digits (1–3) for the region hint; '' when the number has none."""
    m = re.match(r"\s*\+\s*(\d{1,3})[\s\-(.]", value)
    return f"+{m.group(1)}" if m else ""


def first_date(*values: str) -> datetime | None:
    for v in values:
        dt, _ = parse_date(v)
        if dt is not None:
            return dt
    return None
