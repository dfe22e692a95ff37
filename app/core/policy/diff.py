"""What changed between two policy sets, in plain language (pure; English, GUI may translate)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from app.core.policy.explain import OUTCOME_TEXT
from app.core.policy.model import Document, PolicySet, Rule

PLATFORM_NAMES = {
    "x": "X",
    "linkedin": "LinkedIn",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "threads": "Threads",
}
OPT_OUT_TEXT = {
    "prospective": "opting out stops future use only",
    "retroactive": "opting out also covers data already collected",
    "none_available": "there is no opt-out",
}


@dataclass(frozen=True, slots=True)
class RuleChange:
    kind: str  # added | removed | changed
    rule_id: str
    platforms: tuple[str, ...]
    summary: str  # one sentence
    details: tuple[str, ...] = ()  # for "changed": one sentence per changed aspect


@dataclass(frozen=True, slots=True)
class PolicyDiff:
    added: tuple[RuleChange, ...]
    removed: tuple[RuleChange, ...]
    changed: tuple[RuleChange, ...]
    documents: tuple[str, ...]  # sentences about documents added or removed
    settings: tuple[str, ...]  # sentences about settings added or removed

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.documents or self.settings)

    def lines(self) -> list[str]:
        """A readable text block (CLI, reminders)."""
        if self.empty:
            return ["No rule changed."]
        out: list[str] = []
        for title, group in (
            ("Rules added", self.added),
            ("Rules removed", self.removed),
            ("Rules changed", self.changed),
        ):
            if group:
                out.append(f"{title} ({len(group)}):")
                for c in group:
                    out.append(f"  - {c.summary}")
                    out.extend(f"      {d}" for d in c.details)
        for title, sentences in (("Documents", self.documents), ("Settings", self.settings)):
            if sentences:
                out.append(f"{title}:")
                out.extend(f"  - {s}" for s in sentences)
        return out


def platform_names(platforms: tuple[str, ...]) -> str:
    return ", ".join(PLATFORM_NAMES.get(p, p) for p in platforms) or "All platforms"


def _words(values: tuple[str, ...] | set[str]) -> str:
    items = [v.replace("_", " ") for v in sorted(values)]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _regions(rule: Rule) -> str:
    where = "everywhere" if "ALL" in rule.regions else "in " + ", ".join(rule.regions)
    if rule.regions_except:
        where += " except " + ", ".join(rule.regions_except)
    return where


def _outcomes(outcomes: tuple[str, ...] | set[str]) -> str:
    return "; ".join(OUTCOME_TEXT.get(o, o) for o in sorted(outcomes))


def describe_rule(rule: Rule) -> str:
    """'X: your post and reply items may be used to train …, everywhere, from 2024-07-26
    ("clause").'"""
    return (
        f"{platform_names(rule.platforms)}: your {_words(rule.item_kinds)} items "
        f"{_outcomes(rule.outcomes)}, {_regions(rule)}, from {rule.effective_from.isoformat()} "
        f'("{rule.clause_summary}").'
    )


def _day(d: date | None, none: str) -> str:
    return d.isoformat() if d else none


def _set_change(
    what: str, old: set[str], new: set[str], fmt: Callable[[set[str]], str]
) -> list[str]:
    out = []
    if new - old:
        out.append(f"Now {what} {fmt(new - old)}.")
    if old - new:
        out.append(f"No longer {what} {fmt(old - new)}.")
    return out


def _rule_details(a: Rule, b: Rule, old: PolicySet, new: PolicySet) -> list[str]:
    out: list[str] = []
    if a.clause_summary != b.clause_summary:
        out.append(f'The clause now reads "{b.clause_summary}" (was "{a.clause_summary}").')
    out += _set_change("says your items", set(a.outcomes), set(b.outcomes), _outcomes)
    out += _set_change(
        "covers", set(a.item_kinds), set(b.item_kinds), lambda s: _words(s) + " items"
    )
    out += _set_change(
        "applies to", set(a.platforms), set(b.platforms), lambda s: platform_names(tuple(sorted(s)))
    )
    if (a.regions, a.regions_except) != (b.regions, b.regions_except):
        out.append(f"Now applies {_regions(b)} (was {_regions(a)}).")
    if a.effective_from != b.effective_from:
        out.append(f"Now in force from {b.effective_from} (was {a.effective_from}).")
    if a.effective_to != b.effective_to:
        out.append(
            f"Now in force until {_day(b.effective_to, 'further notice')} "
            f"(was {_day(a.effective_to, 'no end date')})."
        )
    if a.use_started != b.use_started:
        started = ", ".join(f"{r} {d}" for r, d in sorted(b.use_started.items())) or "unknown"
        out.append(f"The use is now said to have started: {started}.")
    if a.use_ended != b.use_ended:
        out.append(f"The use is now said to have ended: {_day(b.use_ended, 'not ended')}.")
    if a.confidence != b.confidence:
        out.append(f"The sources are now rated {b.confidence} (was {a.confidence}).")
    if a.opt_out_effect != b.opt_out_effect:
        out.append(
            f"Now {OPT_OUT_TEXT.get(b.opt_out_effect, b.opt_out_effect)} "
            f"(was: {OPT_OUT_TEXT.get(a.opt_out_effect, a.opt_out_effect)})."
        )

    def label(ps: PolicySet) -> Callable[[set[str]], str]:
        return lambda keys: ", ".join(
            ps.settings[k].label if k in ps.settings else k for k in sorted(keys)
        )

    ka, kb = {s.key for s in a.settings}, {s.key for s in b.settings}
    if kb - ka:
        out.append(f"Now stopped by the setting {label(new)(kb - ka)}.")
    if ka - kb:
        out.append(f"No longer stopped by the setting {label(old)(ka - kb)}.")
    out += _set_change(
        "shares with", set(a.recipients), set(b.recipients), lambda s: ", ".join(sorted(s))
    )
    conds = ("visibility", "age", "created_from", "created_to", "attr_true", "attr_false")
    if any(getattr(a, c) != getattr(b, c) for c in conds):
        vis = ", ".join(b.visibility) or "any"
        out.append(f"Which items it covers changed (visibility {vis}, age {b.age}).")
    if (a.still_in or a.document) != (b.still_in or b.document):
        doc = new.current_document(b)
        out.append(f"Now found in {doc.title} ({doc.version_label}).")
    return out


def _doc_text(d: Document) -> str:
    return f"{PLATFORM_NAMES.get(d.platform, d.platform)} {d.title} ({d.version_label})"


def diff_policy_sets(old: PolicySet, new: PolicySet) -> PolicyDiff:
    """Rules added, removed and changed (matched by rule id), documents and settings."""
    a = {r.id: r for r in old.rules}
    b = {r.id: r for r in new.rules}
    added = tuple(
        RuleChange("added", r.id, r.platforms, "New: " + describe_rule(r))
        for rid, r in b.items()
        if rid not in a
    )
    removed = tuple(
        RuleChange("removed", r.id, r.platforms, "Removed: " + describe_rule(r))
        for rid, r in a.items()
        if rid not in b
    )
    changed = []
    for rid, r in b.items():
        if rid in a:
            details = _rule_details(a[rid], r, old, new)
            if details:
                changed.append(
                    RuleChange(
                        "changed", rid, r.platforms, "Changed: " + describe_rule(r), tuple(details)
                    )
                )
    docs = [
        f"New document: {_doc_text(d)}, in force from {d.effective_from}."
        for k, d in new.documents.items()
        if k not in old.documents
    ] + [
        f"Document no longer used: {_doc_text(d)}."
        for k, d in old.documents.items()
        if k not in new.documents
    ]
    docs += [
        f"{_doc_text(d)} now ends on {d.effective_to}."
        for k, d in new.documents.items()
        if k in old.documents and old.documents[k].effective_to != d.effective_to and d.effective_to
    ]
    sets = [
        f"New setting: {s.label} ({PLATFORM_NAMES.get(s.platform, s.platform)})."
        for k, s in new.settings.items()
        if k not in old.settings
    ] + [
        f"Setting no longer listed: {s.label}."
        for k, s in old.settings.items()
        if k not in new.settings
    ]
    return PolicyDiff(added, removed, tuple(changed), tuple(docs), tuple(sets))
