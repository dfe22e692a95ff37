"""X (Twitter) archive importer: every layout from the 2018 "Your Twitter Data" zip to 2026.

Data files are `window.YTD.<name>.partN = [...]` (see archive-formats.md §1). The file type
comes from the file name (`tweets-part1.js` → tweets) or, when the name is unusual, from that
prefix. Small account files are read first so posts know the account and its protected state.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.core.errors import FormatError, OvershareError
from app.core.importers.base import BATCH_SIZE, ImportContext, Importer
from app.core.importers.jsonstream import iter_array, load_js
from app.core.importers.sources import ArchiveSource, Member
from app.core.importers.x_common import XState, as_str, iso_date, obj
from app.core.importers.x_profile import CONVERTERS as PROFILE_CONVERTERS
from app.core.importers.x_profile import protected_state
from app.core.importers.x_records import CONVERTERS as RECORD_CONVERTERS
from app.core.importers.x_records import Converter
from app.core.importers.x_tweets import NoteIndex, TweetReader
from app.core.models import FileReport, FileStatus, Item, Platform, SourceRef, Visibility

_MANIFEST = re.compile(r"(^|/)manifest\.js$")
_TWEETS = re.compile(r"(^|/)(data/)?tweets?(-part\d+)?\.js$")
_KNOWN = re.compile(
    r"(^|/)(like|follower|following|account|personalization|ad-engagements|ad-impressions|"
    r"direct-messages(-group)?|grok-chat-item|profile|block|mute|deleted-tweets)(-part\d+)?\.js$"
)
_ZIP_NAME = re.compile(r"^twitter-\d{4}-\d{2}-\d{2}-[0-9a-f]+\.zip$", re.IGNORECASE)
_DATA_NAME = re.compile(r"^([a-z][a-z0-9-]*?)(?:-part(\d+))?\.js$")
_YTD = re.compile(rb"window\.YTD\.(\w+?)\.part(\d+)\s*=")
_VIEWER = re.compile(r"^(assets/|Your archive\.html$)")
TWEET_GROUPS = {
    "tweet": "tweets",
    "tweets": "tweets",
    "deleted_tweet": "deleted",
    "deleted_tweets": "deleted",
    "community_tweet": "community",
}
CONVERTERS: dict[str, Converter] = {**RECORD_CONVERTERS, **PROFILE_CONVERTERS}
_FIRST = ("manifest", "account", "protected_history", "note_tweet")  # read before the rest
_MANIFEST_CAP = 16 << 20


@dataclass(slots=True)
class _DataFile:
    member: Member
    kind: str  # "tweet"/"like"/... from the name or the YTD prefix
    part: int

    @property
    def order(self) -> tuple[int, str, int, str]:
        first = _FIRST.index(self.kind) if self.kind in _FIRST else len(_FIRST)
        tweets = 0 if TWEET_GROUPS.get(self.kind) else 1
        return first, f"{tweets}{self.kind}", self.part, self.member.path


def _peek_kind(source: ArchiveSource, member: Member) -> tuple[str, int] | None:
    """Type and part from the `window.YTD.<name>.partN =` prefix, for oddly named files."""
    try:
        with source.open_member(member) as fp:
            head = fp.read(512)
    except (OvershareError, OSError):
        return None
    if b"window.__THAR_CONFIG" in head:
        return "manifest", 0
    hit = _YTD.search(head)
    return (hit.group(1).decode(), int(hit.group(2))) if hit else None


class XImporter(Importer):
    platform = Platform.X
    label = "X (Twitter)"

    def sniff(self, source: ArchiveSource) -> float:
        score = 0.9 if any(_ZIP_NAME.match(n) for n in source.names) else 0.0
        candidates = []
        for m in source.members:
            if _MANIFEST.search(m.path) or _TWEETS.search(m.path):
                score = max(score, 0.95 if "manifest" in m.name else 0.9)
            elif _KNOWN.search(m.path):
                score = max(score, 0.6)
            elif ".js" in m.name and not _VIEWER.match(m.path):
                candidates.append(m)
        if score < 0.6:
            for m in candidates[:20]:
                if _peek_kind(source, m):
                    return 0.8
        return score

    # -- planning ---------------------------------------------------------------------------
    def _classify(self, ctx: ImportContext) -> list[_DataFile]:
        files: list[_DataFile] = []
        viewer: dict[str, list[Member]] = {}
        for m in ctx.source.members:
            if _VIEWER.match(m.path):
                viewer.setdefault(m.origin, []).append(m)
                continue
            if m.name == "README.txt" and "/" not in m.path.removeprefix("data/"):
                ctx.skip(m, "X's own description of the archive's files")
                continue
            if ".js" not in m.name:
                continue
            hit = _DATA_NAME.match(m.name)
            kind: tuple[str, int] | None = None
            if hit and (hit.group(1) != "manifest" or "/" not in m.path.removeprefix("data/")):
                kind = (hit.group(1).replace("-", "_"), int(hit.group(2) or 0))
            if kind is None or (kind[0] not in CONVERTERS and kind[0] not in TWEET_GROUPS):
                kind = _peek_kind(ctx.source, m)
            if kind is not None:
                files.append(_DataFile(m, kind[0], kind[1]))
        for origin, ms in viewer.items():
            for m in ms:
                ctx.claimed.add((m.origin, m.path))
            label = "assets/" if any(m.path.startswith("assets/") for m in ms) else ms[0].path
            ctx.inventory.add_file(
                FileReport(origin, label, FileStatus.SKIPPED,
                           f"{len(ms):,} files of X's offline viewer, not read",
                           size=sum(m.size for m in ms))
            )  # fmt: skip
        files.sort(key=lambda f: f.order)
        return files

    # -- reading ----------------------------------------------------------------------------
    def iter_items(self, ctx: ImportContext) -> Iterator[list[Item]]:
        files = self._classify(ctx)
        ctx.plan([f.member for f in files])
        st = XState(account=ctx.inventory.account(Platform.X))
        st.media_paths = frozenset(m.path for m in ctx.source.members if "_media/" in m.path)
        run = _Run(ctx, st)
        batch: list[Item] = []
        for f in files:
            if f.kind == "manifest":
                run.manifest(f.member)
                continue
            if f.kind == "protected_history":
                run.protected(f.member)
                continue
            yield from run.read(f, batch)
            if len(batch) >= BATCH_SIZE:
                yield batch
                batch = []
        batch.extend(run.finish())
        ctx.inventory.layouts[Platform.X.value] = run.layout(files)
        if batch:
            yield batch


class _Run:
    """One import's reading state: manifest expectations, tweets, notes, counts."""

    def __init__(self, ctx: ImportContext, st: XState) -> None:
        self.ctx = ctx
        self.st = st
        self.notes = NoteIndex()
        self.tweets = TweetReader(st, self.notes)
        self.expected: dict[str, tuple[str, int]] = {}  # file name -> (manifest path, count)

    def _note(self, text: str) -> None:
        self.ctx.inventory.warnings.append(f"X: {text}")

    def manifest(self, m: Member) -> None:
        ctx, acc = self.ctx, self.st.account
        try:
            with ctx.open(m) as fp:
                data = fp.read(_MANIFEST_CAP + 1)
            if len(data) > _MANIFEST_CAP:
                raise FormatError(f"{m.path} is too large for an archive manifest.")
            man = load_js(data, m.path)
            if not isinstance(man, dict):
                raise FormatError(f"{m.path} does not hold the expected manifest object.")
        except OvershareError as exc:
            ctx.fail(m, exc)
            return
        user = obj(man.get("userInfo"))
        acc.account_id = acc.account_id or as_str(user.get("accountId")) or None
        acc.handle = acc.handle or as_str(user.get("userName")) or None
        acc.display_name = acc.display_name or as_str(user.get("displayName")) or None
        self.st.account_id, self.st.handle = acc.account_id, acc.handle
        info = obj(man.get("archiveInfo"))
        generated = iso_date(info.get("generationDate"))
        if generated:
            acc.facts["archive_generated"] = generated.isoformat()
        types = obj(man.get("dataTypes"))
        for spec in types.values():
            for entry in spec.get("files", []) if isinstance(spec, dict) else []:
                path = as_str(entry.get("fileName")) if isinstance(entry, dict) else ""
                try:
                    count = int(entry.get("count", -1))
                except (TypeError, ValueError):
                    count = -1
                if path:
                    self.expected[path.rsplit("/", 1)[-1]] = (path, count)
        ctx.report(m, FileStatus.READ, f"archive manifest listing {len(self.expected)} data files")

    def protected(self, m: Member) -> None:
        try:
            with self.ctx.open(m) as fp:
                records = list(iter_array(fp, m.path, js_prefix=True))
        except OvershareError as exc:
            self.ctx.fail(m, exc)
            return
        self._check_count(m, len(records))
        protected, basis = protected_state(records)
        st = self.st
        st.account.protected = protected
        if protected is not None:
            st.tweet_visibility = Visibility.PROTECTED if protected else Visibility.PUBLIC
            st.tweet_basis = basis
        reason = basis or "no protect/unprotect action recorded; visibility unknown"
        self.ctx.report(m, FileStatus.READ, reason)

    def read(self, f: _DataFile, batch: list[Item]) -> Iterator[list[Item]]:
        ctx, st, m = self.ctx, self.st, f.member
        group = TWEET_GROUPS.get(f.kind)
        convert = CONVERTERS.get(f.kind)
        folder = m.path[: m.path.rfind("/") + 1]
        origin, path = m.origin, m.path
        st.origin = origin
        n = made = bad = 0
        start = len(batch)
        try:
            with ctx.open(m) as fp:
                for n, rec in enumerate(iter_array(fp, path, js_prefix=True), 1):
                    ref = SourceRef(origin, path, n - 1)
                    try:
                        if group is not None:
                            self.tweets.add(rec, ref, group, folder, batch)
                        elif f.kind == "note_tweet":
                            made += self.notes.add(rec, ref)
                        elif convert is not None:
                            convert(rec, ref, st, batch)
                    except (AttributeError, TypeError, ValueError, KeyError, IndexError):
                        bad += 1
                    if len(batch) >= BATCH_SIZE:
                        made += len(batch) - start
                        yield batch[:]
                        batch.clear()
                        start = 0
        except OvershareError as exc:
            made += len(batch) - start
            ctx.report(m, FileStatus.FAILED, f"{exc.message} ({n:,} records read before it)", made)
            return
        made += len(batch) - start
        if group is not None:
            bad += self.tweets.bad
            self.tweets.bad = 0
        self._check_count(m, n)
        ctx.report(m, FileStatus.READ, self._reason(f, n, made, bad, group), made)

    def _reason(self, f: _DataFile, n: int, made: int, bad: int, group: str | None) -> str:
        if f.kind == "note_tweet":
            reason = f"{n:,} long-post bodies, joined to their posts"
        elif group is None and f.kind not in CONVERTERS:
            reason = f"{n:,} records; Overshare does not turn this file into items"
        else:
            reason = f"{n:,} records"
        if bad:
            reason += f"; {bad:,} malformed records skipped"
        return reason

    def _check_count(self, m: Member, n: int) -> None:
        exp = self.expected.get(m.name)
        if exp and exp[1] >= 0 and exp[1] != n:
            self._note(f"{exp[0]} holds {n:,} records but manifest.js lists {exp[1]:,}.")

    def finish(self) -> list[Item]:
        out = self.tweets.finish()
        folded = sum(it.attrs["versions_in_archive"] - 1 for it in out)
        if folded:
            self._note(f"{folded:,} earlier versions of edited posts were folded into the newest.")
        out.extend(self.notes.leftovers(self.st))
        present = {m.name for m in self.ctx.source.members}
        missing = [
            (path, count) for name, (path, count) in sorted(self.expected.items())
            if name not in present
        ]  # fmt: skip
        with_records = [f"{p} ({c:,})" for p, c in missing if c > 0]
        if with_records:
            self._note(
                f"manifest.js lists {len(with_records)} files with records that are not in the "
                f"archive: {', '.join(with_records)}."
            )
        empty = len(missing) - len(with_records)
        if empty:
            self._note(f"manifest.js lists {empty} empty files that are not in the archive.")
        return out

    def layout(self, files: list[_DataFile]) -> str:
        tweets = [f.member for f in files if TWEET_GROUPS.get(f.kind) == "tweets"]
        if not tweets:
            return "X archive without a tweets file"
        names = {m.name for m in tweets}
        parts = f" in {len(tweets)} parts" if len(tweets) > 1 else ""
        if any(n.startswith("tweets") for n in names):
            era = "late 2022 or later (tweets.js)"
        elif any("/" in m.path for m in tweets):
            era = "2020 to 2022 (data/tweet.js)"
        else:
            era = "2018 to 2020 (tweet.js at the top level)"
        return f"{era}{parts}"
