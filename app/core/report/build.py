"""Build a Report in one streaming pass over (item, tags) pairs.

Tag lists are shared between equivalent items (the classifier caches them), so everything
derived from a tag list is computed once per list and items are only counted in groups.
Only a bounded heap of the most exposed items per category keeps item content.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app import __version__
from app.core.models import Item, ItemKind, Visibility
from app.core.policy import PolicySet, SummaryBuilder, Tag, Tri, UserContext
from app.core.report.model import (
    CATEGORIES,
    UNDATED,
    USED,
    ArchiveHealth,
    ChecklistEntry,
    NoOptOut,
    PolicySource,
    Report,
    ReportMeta,
    TopItem,
    TopTag,
)

_PASSIVE = ("not_used", "unclear", "not_covered")
_POSTS = frozenset(
    {
        ItemKind.POST,
        ItemKind.REPLY,
        ItemKind.QUOTE,
        ItemKind.COMMENT,
        ItemKind.ARTICLE,
        ItemKind.GROUP_POST,
    }
)
_MEDIA = frozenset(
    {ItemKind.PHOTO, ItemKind.VIDEO, ItemKind.REEL, ItemKind.STORY, ItemKind.CAPTION}
)
_TEXT_CAP = 600  # characters of item text kept for a top item


@dataclass(frozen=True, slots=True)
class _Facts:
    """What one shared tag list contributes to the report."""

    used: str  # true | uncertain | false
    score: int
    documents: tuple[str, ...]
    no_opt_out: tuple[tuple[str, str], ...]  # (outcome, rule) nothing can stop
    top_tags: tuple[TopTag, ...]


def _english(tag: Tag) -> str:
    return tag.explanation


def _facts(tags: Sequence[Tag], explain: Callable[[Tag], str] = _english) -> _Facts:
    active = [t for t in tags if t.outcome not in _PASSIVE]
    mays = {t.may_already_have_been_used for t in active}
    used = "true" if Tri.TRUE in mays else "uncertain" if Tri.UNCERTAIN in mays else "false"
    score = sum(
        3 if t.currently_allowed == Tri.TRUE else 1
        for t in active
        if t.currently_allowed != Tri.FALSE
    )
    score += {"true": 4, "uncertain": 1, "false": 0}[used]
    no_opt = tuple(
        dict.fromkeys(
            (t.outcome, t.rule)
            for t in active
            if t.currently_allowed != Tri.FALSE and not t.blockers
        )
    )
    top = tuple(
        TopTag(
            t.outcome,
            t.status.value,
            t.currently_allowed.value,
            t.may_already_have_been_used.value,
            t.confidence,
            t.rule,
            explain(t),
        )
        for t in tags
        if t.outcome != "not_used"
    )
    docs = tuple(dict.fromkeys(t.policy for t in tags if t.policy != "none"))
    return _Facts(used, score, docs, no_opt, top)


def category_of(item: Item) -> str | None:
    kind = item.kind
    if kind is ItemKind.AI_CHAT:
        return "ai_chats"
    if kind is ItemKind.PROFILE_FIELD:
        return "profile_fields"
    if item.text and (kind in _MEDIA or (item.media and kind in _POSTS)):
        return "photos_with_captions"
    if kind in _POSTS and item.visibility is Visibility.PUBLIC:
        return "public_posts"
    return None


class ReportBuilder:
    """Feed (item, tags) with add(); result() assembles the Report."""

    def __init__(
        self,
        policy_set: PolicySet,
        ctx: UserContext,
        *,
        top_n: int = 10,
        explain: Callable[[Tag], str] = _english,
    ) -> None:
        """`explain` words each top item's tags (default: the classifier's English)."""
        self.policy_set = policy_set
        self.explain = explain
        self.ctx = ctx
        self.top_n = top_n
        self.summary = SummaryBuilder()
        self._memo: dict[int, tuple[Sequence[Tag], _Facts]] = {}
        self._groups: Counter[tuple[int, str, str]] = Counter()  # (tags id, platform, year)
        self._categories: Counter[str] = Counter()
        self._heaps: dict[str, list[tuple[int, int, int, Item, int]]] = {c: [] for c in CATEGORIES}
        self._seq = 0

    def add(self, item: Item, tags: Sequence[Tag]) -> None:
        self.summary.add(item, tags)
        tid = id(tags)
        hit = self._memo.get(tid)
        if hit is None or hit[0] is not tags:
            hit = self._memo[tid] = (tags, _facts(tags, self.explain))
        ts = item.created_at
        self._groups[(tid, item.platform, UNDATED if ts is None else str(ts.year))] += 1
        cat = category_of(item)
        if cat is None:
            return
        self._categories[cat] += 1
        score = hit[1].score
        if score <= 0:
            return
        heap = self._heaps[cat]
        self._seq += 1
        if len(heap) >= self.top_n and score < heap[0][0]:
            return
        entry = (score, min(len(item.text), 280), -self._seq, item, tid)
        if len(heap) < self.top_n:
            heapq.heappush(heap, entry)
        else:
            heapq.heappushpop(heap, entry)

    def add_many(self, pairs: Iterable[tuple[Item, Sequence[Tag]]]) -> None:
        for item, tags in pairs:
            self.add(item, tags)

    def result(
        self,
        health: ArchiveHealth | None = None,
        *,
        optout_versions: Mapping[str, str | None] | None = None,
        now: datetime | None = None,
    ) -> Report:
        summary = self.summary.result()
        timeline: dict[str, dict[str, int]] = {}
        docs: Counter[str] = Counter()
        no_opt: Counter[tuple[str, str, str]] = Counter()
        for (tid, platform, year), n in self._groups.items():
            f = self._memo[tid][1]
            row = timeline.setdefault(year, dict.fromkeys(USED, 0))
            row[f.used] += n
            for d in f.documents:
                docs[d] += n
            for outcome, rule in f.no_opt_out:
                no_opt[(str(platform), outcome, rule)] += n
        years = sorted(timeline, key=lambda y: (y == UNDATED, y))
        report = Report(
            meta=self._meta(now),
            summary=summary,
            timeline={y: timeline[y] for y in years},
            top_items={c: self._top(c) for c in CATEGORIES},
            checklist=self._checklist(
                summary.settings_impact, optout_versions or {}, {p for p, _k in summary.kinds}
            ),
            no_opt_out=self._no_opt_out(no_opt),
            policies=self._policies(docs),
            health=health or ArchiveHealth(),
            category_counts={c: self._categories[c] for c in CATEGORIES},
        )
        return report

    # ------------------------------------------------------------------ parts

    def _meta(self, now: datetime | None) -> ReportMeta:
        ps = self.policy_set
        verified = max((d.last_verified for d in ps.documents.values()), default=None)
        return ReportMeta(
            generated_at=now or datetime.now(UTC),
            app_version=__version__,
            policy_data_version=policy_data_version(ps),
            policy_last_verified=verified,
            region=self.ctx.region,
            birth_year=self.ctx.birth_year,
            as_of=self.ctx.today(),
        )

    def _top(self, category: str) -> list[TopItem]:
        out = []
        for score, _len, _seq, item, tid in sorted(self._heaps[category], reverse=True):
            out.append(
                TopItem(
                    category=category,
                    score=score,
                    platform=item.platform.value,
                    kind=item.kind.value,
                    created_at=item.created_at,
                    visibility=item.visibility.value,
                    id=item.id,
                    text=item.text[:_TEXT_CAP] + ("…" if len(item.text) > _TEXT_CAP else ""),
                    target=item.target or "",
                    media_count=len(item.media),
                    tags=self._memo[tid][1].top_tags,
                )
            )
        return out

    def _checklist(
        self, impact: Counter[str], versions: Mapping[str, str | None], platforms: set[str]
    ) -> list[ChecklistEntry]:
        region = self.ctx.region
        out = []
        for key, sdef in sorted(self.policy_set.settings.items()):
            rec = self.ctx.settings.get(key)
            if sdef.platform not in platforms and rec is None:
                continue
            if rec is None:
                state = "not_recorded"
            else:
                state = "done" if rec.value == sdef.protective else "not_done"
            out.append(
                ChecklistEntry(
                    key=key,
                    platform=sdef.platform,
                    label=sdef.label,
                    action=sdef.action,
                    url=sdef.url,
                    state=state,
                    recorded_value=None if rec is None else rec.value,
                    changed=None if rec is None else rec.changed,
                    policy_version=versions.get(key),
                    offered=sdef.offered_in(region) if region else True,
                    items_still_covered=impact.get(key, 0),
                    note="" if sdef.in_opt_out_all else "an account choice, not an opt-out",
                )
            )
        return out

    def _no_opt_out(self, counts: Counter[tuple[str, str, str]]) -> list[NoOptOut]:
        ps = self.policy_set
        out = []
        for (platform, outcome, rule_id), n in sorted(counts.items(), key=lambda kv: -kv[1]):
            rule = ps.rule(rule_id)
            if rule is None:
                continue
            doc = ps.current_document(rule)
            actions = ", ".join(a.rsplit(".", 1)[-1].replace("_", " ") for a in rule.user_actions)
            out.append(
                NoOptOut(
                    platform,
                    outcome,
                    rule_id,
                    rule.clause_summary,
                    doc.title,
                    n,
                    actions or "no action is documented",
                )
            )
        return out

    def _policies(self, counts: Counter[str]) -> list[PolicySource]:
        ps = self.policy_set
        conf: dict[str, set[str]] = {}
        for r in ps.rules:
            conf.setdefault(ps.current_document(r).id, set()).add(r.confidence)
            conf.setdefault(r.document, set()).add(r.confidence)
        out = []
        for doc_id in sorted(counts, key=lambda d: (ps.documents[d].platform, d)):
            d = ps.documents[doc_id]
            out.append(
                PolicySource(
                    id=d.id,
                    platform=d.platform,
                    title=d.title,
                    version_label=d.version_label,
                    kind=d.kind,
                    effective_from=d.effective_from,
                    last_verified=d.last_verified,
                    source_url=d.source_urls[0] if d.source_urls else "",
                    confidence=tuple(sorted(conf.get(doc_id, ()))),
                    items=counts[doc_id],
                )
            )
        return out


def policy_data_version(ps: PolicySet) -> str:
    """A short hash of the policy files the set was loaded from (identifies the data)."""
    h = hashlib.sha256()
    folder = Path(ps.directory) if ps.directory else None
    files = sorted(folder.glob("*.toml")) if folder and folder.is_dir() else []
    for p in files:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    if not files:  # built in memory (tests): hash the document ids and dates
        for d in sorted(ps.documents):
            h.update(f"{d}:{ps.documents[d].last_verified}".encode())
    return h.hexdigest()[:12]
