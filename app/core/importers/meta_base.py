"""The driver Facebook and Instagram share: route files, read each once, report every file."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import Any, ClassVar

import orjson

from app.core.errors import FormatError, OvershareError
from app.core.importers.base import BATCH_SIZE, ImportContext, Importer
from app.core.importers.jsonstream import iter_array
from app.core.importers.meta_common import hash3, read_fields, records
from app.core.importers.meta_detect import MetaLayout, Owned, meta_layout
from app.core.importers.meta_messages import THREAD_RX, read_thread
from app.core.importers.sources import ArchiveSource, Member
from app.core.models import FileStatus, Item, ItemKind, Platform, SourceRef, Visibility

_MEDIA = re.compile(
    r"\.(jpe?g|png|gif|webp|heic|bmp|mp4|mov|m4v|webm|mp3|m4a|aac|ogg|opus|wav|pdf|srt|vtt)$", re.I
)
_HTML = re.compile(r"\.html?$", re.I)
_PLACEHOLDER = re.compile(r"(^|/)no-data\.txt$", re.I)
NO_AUDIENCE = "the export does not say who could see this"
JSON_STEPS = (
    "in Accounts Center open Your information and permissions → Download your information, "
    "choose {label}, and set Format to JSON before creating the download"
)


@dataclass(frozen=True, slots=True)
class Route:
    pattern: re.Pattern[str]
    handler: Handler | None  # None: known, listed, not turned into items
    kind: ItemKind = ItemKind.ACCOUNT_FACT
    order: int = 50  # lower runs first (profile before posts: it sets visibility)
    note: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class MetaState:
    """Per-run state handlers share: context, platform, account-wide visibility."""

    ctx: ImportContext
    platform: Platform
    visibility: Visibility = Visibility.UNKNOWN
    visibility_basis: str = ""

    def records(self, member: Member) -> Iterator[Any]:
        """Records of a member; top-level arrays are streamed element by element."""
        label = f"{member.origin}: {member.path}"
        with self.ctx.open(member) as fp:
            head = fp.peek(512)[:512]  # type: ignore[attr-defined]
            if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"[":
                yield from iter_array(fp, label)
                return
            limit = self.ctx.source.limits.max_member_bytes
            data = fp.read(min(member.size, limit) + 1)  # sized: no 2 GB buffer per file
            if len(data) > member.size:
                data += fp.read(limit + 1 - len(data))
        if not data.strip():
            return
        try:
            parsed = orjson.loads(data.removeprefix(b"\xef\xbb\xbf"))
        except orjson.JSONDecodeError as exc:
            raise FormatError(f"{label} is not valid JSON ({exc}).") from exc
        yield from records(parsed)

    def item(
        self,
        kind: ItemKind,
        iid: str,
        text: str,
        member: Member,
        index: int,
        *,
        created_at: datetime | None = None,
        visibility: Visibility = Visibility.UNKNOWN,
        basis: str = NO_AUDIENCE,
        target: str | None = None,
        media: tuple[str, ...] = (),
        attrs: dict[str, Any] | None = None,
    ) -> Item:
        return Item(
            self.platform,
            kind,
            iid,
            created_at,
            visibility,
            basis,
            text,
            SourceRef(member.origin, member.path, index),
            target,
            media,
            attrs or {},
        )


Handler = Callable[[MetaState, Member, Route], Iterator[Item]]


def generic(st: MetaState, member: Member, route: Route) -> Iterator[Item]:
    """One item per record, summarised by shape (text, time, link, labelled values)."""
    kind = route.kind
    plat = st.platform
    prefix = f"{plat.value}:{kind.value}:"
    basis = route.note or NO_AUDIENCE
    unknown = Visibility.UNKNOWN
    origin, path = member.origin, member.path
    route_attrs = route.attrs
    seen: dict[str, int] = {}  # IdCounter, inlined: identical records get #2, #3 …
    for i, rec in enumerate(st.records(member)):
        f = read_fields(rec)
        text = f.text
        target = f.target
        if not text and target is None:
            continue
        attrs: dict[str, Any] = dict(route_attrs) if route_attrs else {}
        title = f.title
        if title and title != text:
            attrs["title"] = title
        if len(f.labelled) > 1:
            attrs["fields"] = dict(f.labelled)
        iid = prefix + hash3(f.created, text, target)
        if iid in seen:
            n = seen[iid] = seen[iid] + 1
            iid = f"{iid}#{n}"
        else:
            seen[iid] = 1
        yield Item(
            plat,
            kind,
            iid,
            f.created,
            unknown,
            basis,
            text,
            SourceRef(origin, path, i),
            target,
            (),
            attrs,
        )


class MetaImporter(Importer):
    routes: ClassVar[tuple[Route, ...]]
    messages_missing_warning: ClassVar[str | None] = None

    def sniff(self, source: ArchiveSource) -> float:
        return meta_layout(source).confidence(self.platform)

    def iter_items(self, ctx: ImportContext) -> Iterator[list[Item]]:
        layout = meta_layout(ctx.source)
        owned = layout.owned(self.platform)
        if not owned:
            ctx.inventory.errors.append(self._not_ours(ctx.source, layout))
            return
        ctx.inventory.layouts[self.platform.value] = layout.layout(self.platform)
        if layout.is_html(self.platform):
            ctx.inventory.errors.append(
                f"This {self.label} download is in HTML format, which Overshare cannot read: "
                + JSON_STEPS.format(label=self.label)
                + "."
            )
        st = MetaState(ctx, self.platform)
        plan, threads = self._plan(ctx, owned)
        ctx.plan([o.member for _r, o in plan] + [o.member for ms in threads.values() for o in ms])
        yield from self._batches(ctx, self._files(st, plan, threads))
        if not threads and self.messages_missing_warning:
            ctx.inventory.warnings.append(self.messages_missing_warning)

    @staticmethod
    def _files(
        st: MetaState, plan: list[tuple[Route, Owned]], threads: dict[str, list[Owned]]
    ) -> Iterator[tuple[Member, Iterator[Item]]]:
        """Each file to read with its (lazy) item iterator, in reading order."""
        for route, o in plan:
            assert route.handler is not None
            yield o.member, route.handler(st, o.member, route)
        for tid in sorted(threads):
            seen: set[str] = set()  # one per thread: parts may repeat messages
            for o in sorted(threads[tid], key=lambda o: (o.rel, o.member.origin)):
                yield o.member, read_thread(st, o.member, tid, seen)

    def _batches(
        self, ctx: ImportContext, files: Iterator[tuple[Member, Iterator[Item]]]
    ) -> Iterator[list[Item]]:
        """Fill batches from each file's items (pulled in C by islice), reporting every file."""
        batch: list[Item] = []
        for member, items in files:
            count = mark = 0
            try:
                while True:
                    mark = len(batch)
                    room = BATCH_SIZE - mark
                    batch.extend(islice(items, room))  # keeps what came before an error
                    got = len(batch) - mark
                    count += got
                    mark = len(batch)
                    if mark >= BATCH_SIZE:
                        yield batch
                        batch = []
                        mark = 0
                    if got < room:
                        break
            except OvershareError as exc:
                self._fail(ctx, member, exc.message, count + len(batch) - mark)
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                msg = f"{member.origin}: {member.path} has an unexpected structure ({exc})."
                self._fail(ctx, member, msg, count + len(batch) - mark)
            else:
                ctx.report(member, FileStatus.READ, items=count)
        if batch:
            yield batch

    def _plan(
        self, ctx: ImportContext, owned: list[Owned]
    ) -> tuple[list[tuple[Route, Owned]], dict[str, list[Owned]]]:
        plan: list[tuple[Route, Owned]] = []
        threads: dict[str, list[Owned]] = {}
        first: dict[tuple[str, int, int | None], str] = {}
        for o in owned:
            m, rel = o.member, o.rel
            if _MEDIA.search(rel):
                continue  # listed by the import job as media
            if _HTML.search(rel):
                ctx.skip(m, "an HTML page; Overshare reads the JSON format")
                continue
            if _PLACEHOLDER.search(rel):
                ctx.skip(m, "placeholder: the export had no data of this type")
                continue
            # The same file in two parts (or a zip selected twice). Parts may lose different top
            # folders when shared prefixes are stripped, so compare name, size and zip CRC.
            key = (m.name, m.size, getattr(m.ref, "CRC", None))
            dup = first.setdefault(key, m.origin)
            if dup != m.origin:
                ctx.skip(m, f"the same file is also in {dup}; read once")
                continue
            thread = THREAD_RX.search(rel)
            if thread:
                threads.setdefault(thread.group("thread"), []).append(o)
                continue
            route = next((r for r in self.routes if r.pattern.search(rel)), None)
            if route is None:
                if rel.lower().endswith(".json"):
                    ctx.skip(m, f"{self.label} data Overshare lists but does not turn into items")
                continue
            if route.handler is None:
                ctx.skip(m, route.note or "listed, not turned into items")
                continue
            plan.append((route, o))
        plan.sort(key=lambda ro: (ro[0].order, ro[1].rel, ro[1].member.origin))
        return plan, threads

    def _fail(self, ctx: ImportContext, member: Member, msg: str, count: int) -> None:
        if count:
            msg = f"{msg} {count:,} items before the problem were kept."
        ctx.report(member, FileStatus.FAILED, msg, items=count)

    def _not_ours(self, source: ArchiveSource, layout: MetaLayout) -> str:
        names = ", ".join(source.names) or "the selection"
        others = [p for p in (Platform.FACEBOOK, Platform.INSTAGRAM) if layout.owned(p)]
        if others:
            other = "Facebook" if others[0] == Platform.FACEBOOK else "Instagram"
            return (
                f"{names} is {'an' if other == 'Instagram' else 'a'} {other} export, "
                f"not {self.label}: import it as {other}, or choose your {self.label} download."
            )
        return (
            f"No {self.label} data was found in {names}: choose the zip file(s) of your "
            f"{self.label} download (its file names start with {self.label.lower()}-)."
        )
