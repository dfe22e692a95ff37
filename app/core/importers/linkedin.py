"""LinkedIn data-export importer: the quick "Basic" and the later "Complete" archive, 2015–2026.

Files are CSVs named differently across the years (archive-formats.md §2.2); names are matched
case-insensitively with "_", "-" and " " ignored and numbered series (`…_1.csv`) folded, and
columns are found by header name. Every CSV is reported: read, failed, or unknown with its
columns. Articles/ holds one HTML file per article.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator

from app.core.errors import FormatError, OvershareError
from app.core.importers import linkedin_activity as act
from app.core.importers import linkedin_profile as prof
from app.core.importers.base import BATCH_SIZE, ImportContext, Importer
from app.core.importers.linkedin_articles import ARTICLE_PATH, MAX_ARTICLE_BYTES, article_item
from app.core.importers.linkedin_csv import CsvRows, Header, file_key
from app.core.importers.linkedin_items import PROFILE_BASIS, Converter, LiState, RowFn
from app.core.importers.sources import ArchiveSource, Member
from app.core.models import FileStatus, Item, ItemKind, Platform, SourceRef, Visibility

_ARCHIVE_NAME = re.compile(r"(basic_|complete_)?linkedin_?data_?export", re.IGNORECASE)
_K, _V = ItemKind, Visibility
_PRIVATE_ACCOUNT = (_K.ACCOUNT_FACT, _V.PRIVATE, prof.ACCOUNT_BASIS)
_ON_PROFILE = (_K.PROFILE_FIELD, _V.UNKNOWN, PROFILE_BASIS)
_FOLLOW = (
    _K.CONNECTION_OR_FOLLOW, _V.UNKNOWN,
    "follows are listed on the profile's Interests section, visible to its audience",
)  # fmt: skip
_GENERIC: dict[str, tuple[ItemKind, Visibility, str]] = {
    **dict.fromkeys(
        ("education", "skills", "certifications", "languages", "projects", "publications",
         "patents", "honors", "volunteering", "volunteerexperiences", "courses",
         "organizations", "causesyoucareabout", "memberhashtags", "testscores",
         "recommendationsreceived", "endorsementreceivedinfo"),
        _ON_PROFILE,
    ),
    **dict.fromkeys(("companyfollows", "memberfollows", "hashtagfollows"), _FOLLOW),
    **dict.fromkeys(
        ("logins", "securitychallenges", "receipts", "receiptsv2", "privateidentityasset",
         "verifications"),
        _PRIVATE_ACCOUNT,
    ),
    "recommendationsgiven": (_K.PROFILE_FIELD, _V.UNKNOWN,
                             "shown on the recommended member's profile, to its audience"),
    "endorsementgiveninfo": (_K.LIKE_OR_REACTION, _V.UNKNOWN,
                             "shown on the endorsed member's profile, to its audience"),
    "events": (_K.CONNECTION_OR_FOLLOW, _V.UNKNOWN, "event attendance can show to other guests"),
    "savedjobs": (_K.BOOKMARK_OR_SAVE, _V.PRIVATE, "saved jobs are visible only to the member"),
    "saveditems": (_K.BOOKMARK_OR_SAVE, _V.PRIVATE, "saved items are visible only to the member"),
    "savedjobalerts": (_K.SEARCH_QUERY, _V.PRIVATE, "job alerts are saved searches, not shown"),
    "learning": (_K.BOOKMARK_OR_SAVE, _V.PRIVATE, "LinkedIn Learning history, not shown"),
    "adsclicked": (_K.AD_INTERACTION, _V.PRIVATE, "ad clicks are recorded by LinkedIn only"),
    "lanadsengagement": (_K.AD_INTERACTION, _V.PRIVATE,
                         "off-LinkedIn (Audience Network) ad engagement, recorded by LinkedIn"),
    "importedcontacts": (_K.CONNECTION_OR_FOLLOW, _V.PRIVATE,
                         "address-book contacts uploaded to LinkedIn, not shown to others"),
    "jobapplicantsavedresumes": (_K.RESUME, _V.PRIVATE, "resumes kept in the account"),
    "resumes": (_K.RESUME, _V.PRIVATE, "resumes kept in the account"),
    "jobseekerpreferences": (_K.PROFILE_FIELD, _V.UNKNOWN,
                             "job preferences can be shown to recruiters (Open to Work)"),
    "onlinejobpostings": (_K.POST, _V.PUBLIC, "job postings are public"),
}  # fmt: skip
_SPECIAL: dict[str, Converter] = {
    "shares": act.shares,
    "comments": act.comments,
    "reactions": act.reactions,
    "likes": act.reactions,
    "votes": act.votes,
    "richmedia": act.rich_media,
    "messages": act.messages,
    **dict.fromkeys(
        ("coachmessages", "learningcoachmessages", "learningroleplaymessages"), act.ai_messages
    ),
    "connections": act.connections,
    "invitations": act.invitations,
    "searchqueries": act.search_queries,
    "adtargeting": act.ad_targeting,
    "inferencesaboutyou": act.inferences,
    "profile": prof.profile,
    "profilesummary": prof.profile,
    "emailaddresses": prof.emails,
    "phonenumbers": prof.phones,
    "whatsappphonenumbers": prof.phones,
    "registration": prof.registration,
    "jobapplications": prof.job_applications,
    "jobapplicantsavedanswers": prof.saved_answers,
    "jobapplicantsavedscreeningquestionresponses": prof.saved_answers,
}
_BACKSLASH_QUOTES = {"comments"}
_HINTS = {"positions": ("location", "current_position_location"),
          "receipts": ("billingcountry", "billing_country"),
          "receiptsv2": ("billingcountry", "billing_country")}  # fmt: skip
_DISTINCT = {
    "connections", "shares", "adtargeting", "inferencesaboutyou", "invitations", "positions",
    "profile", "profilesummary", "richmedia", "endorsementreceivedinfo", "companyfollows",
    "recommendationsreceived", "savedjobs", "jobapplications",
}  # fmt: skip


def converter(key: str) -> Converter | None:
    if key in _SPECIAL:
        return _SPECIAL[key]
    if key == "positions":
        return _with_hint(prof.generic(*_ON_PROFILE, key), "location", "current_position_location")
    if key in _GENERIC:
        conv = prof.generic(*_GENERIC[key], key)
        hint = _HINTS.get(key)
        return _with_hint(conv, *hint) if hint else conv
    return None


def _with_hint(conv: Converter, column: str, fact: str) -> Converter:
    """Also record a region hint (a location, a billing country) as an account fact."""

    def make(h: Header, st: LiState) -> RowFn | None:
        inner = conv(h, st)
        col, ended = h.index(column), h.index("Finished On")
        if inner is None or col < 0:
            return inner

        def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
            if not r[ended].strip():
                st.fact(fact, r[col].strip())
            inner(r, ref, out)

        return row

    return make


class LinkedInImporter(Importer):
    platform = Platform.LINKEDIN
    label = "LinkedIn"

    def sniff(self, source: ArchiveSource) -> float:
        if any(_ARCHIVE_NAME.search(n) for n in source.names):
            return 0.95
        keys = {file_key(m.name) for m in source.members if m.name.lower().endswith(".csv")}
        distinct = len(keys & _DISTINCT)
        known = len(keys & (set(_SPECIAL) | set(_GENERIC)))
        if distinct >= 2 or known >= 4:
            return 0.9
        if distinct == 1:
            return 0.6
        if known and self._headers_match(source):
            return 0.6
        return 0.4 if known >= 2 else 0.0

    @staticmethod
    def _headers_match(source: ArchiveSource) -> bool:
        """A file named like a LinkedIn one whose header has the columns its converter needs."""
        found = [
            m
            for m in source.members
            if file_key(m.name) in _SPECIAL and m.name.endswith((".csv", ".CSV"))
        ]
        for m in found[:5]:
            try:
                with source.open_member(m) as fp:
                    head = fp.read(4096).decode("utf-8-sig", "replace")
            except OvershareError:
                continue
            first = head.split("\n", 1)[0].strip()
            if first and _SPECIAL[file_key(m.name)](Header(first.split(",")), LiState()):
                return True
        return False

    def _members(self, ctx: ImportContext) -> tuple[list[Member], list[Member]]:
        """CSV and article members; copies in a Basic archive of files that a Complete
        archive in the same import also holds are skipped (the Complete one is a superset)."""
        csvs = [m for m in ctx.source.members if m.name.lower().endswith(".csv")]
        articles = [m for m in ctx.source.members if ARTICLE_PATH.search(m.path)]
        complete = {m.path.lower() for m in csvs if "complete" in m.origin.lower()}
        keep: list[Member] = []
        for m in csvs:
            if complete and "complete" not in m.origin.lower() and m.path.lower() in complete:
                ctx.skip(m, "the Complete archive in this import holds the same file")
            else:
                keep.append(m)
        keep.sort(key=lambda m: (file_key(m.name) not in ("profile", "registration"), m.path))
        return keep, articles

    def iter_items(self, ctx: ImportContext) -> Iterator[list[Item]]:
        csvs, articles = self._members(ctx)
        ctx.plan(csvs + articles)
        st = LiState(account=ctx.inventory.account(Platform.LINKEDIN))
        run = _Run(ctx, st)
        batch: list[Item] = []
        for m in csvs:
            batch = yield from run.read_csv(m, batch)
        for m in articles:
            run.article(m, batch)
            if len(batch) >= BATCH_SIZE:
                yield batch
                batch = []
        ctx.inventory.layouts[Platform.LINKEDIN.value] = run.layout(csvs)
        if batch:
            yield batch


class _Run:
    def __init__(self, ctx: ImportContext, st: LiState) -> None:
        self.ctx = ctx
        self.st = st
        self.columns: dict[str, list[str]] = {}  # file key → header names (era hints)

    def _warn(self, text: str) -> None:
        self.ctx.inventory.warnings.append(f"LinkedIn: {text}")

    def read_csv(self, m: Member, batch: list[Item]) -> Generator[list[Item], None, list[Item]]:
        """Stream one CSV into `batch`; yields full batches and returns the current one."""
        ctx, key = self.ctx, file_key(m.name)
        conv = converter(key)
        made, rows, start = 0, None, len(batch)
        try:
            with ctx.open(m) as fp, CsvRows(fp, backslash_quotes=key in _BACKSLASH_QUOTES) as rows:
                if conv is None:
                    self._unknown(m, rows)
                    return batch
                fn: RowFn | None = None
                origin, path = m.origin, m.path
                for n, row in enumerate(rows):
                    if fn is None:
                        fn = self._row_fn(m, key, conv, rows.header)
                    fn(row, SourceRef(origin, path, n), batch)
                    if len(batch) >= BATCH_SIZE:
                        made += len(batch) - start
                        yield batch
                        batch, start = [], 0
                made, start = made + len(batch) - start, len(batch)
                if fn is None and rows.header is not None:
                    self._row_fn(m, key, conv, rows.header)  # header-only: check columns
        except FormatError as exc:
            ctx.report(m, FileStatus.FAILED, exc.message, made + len(batch) - start)
            return batch
        except UnicodeDecodeError:
            made += len(batch) - start
            at = rows.line + 1 if rows else 1
            reason = f"{m.path} is not UTF-8 text (near line {at}); {made:,} items read before"
            ctx.report(m, FileStatus.FAILED, reason, made)
            return batch
        except OvershareError as exc:
            made += len(batch) - start
            ctx.report(m, FileStatus.FAILED, f"{exc.message} ({made:,} items read before)", made)
            return batch
        assert rows is not None
        ctx.report(m, FileStatus.READ, self._reason(m, rows), made)
        return batch

    def _row_fn(self, m: Member, key: str, conv: Converter, header: Header | None) -> RowFn:
        assert header is not None
        self.columns.setdefault(key, header.names)
        fn = conv(header, self.st)
        if fn is None:
            cols = ", ".join(header.names[:12]) or "none"
            raise FormatError(
                f"{m.path} does not have the columns Overshare expects (it has: {cols})."
            )
        return fn

    def _reason(self, m: Member, rows: CsvRows) -> str:
        if rows.header is None:
            return "empty file"
        reason = f"{rows.rows:,} rows"
        if rows.bad:
            line, why = rows.first_bad or (0, "")
            reason += f"; {rows.bad:,} malformed rows skipped, the first at line {line} ({why})"
            self._warn(f"{m.path}: {rows.bad:,} malformed rows skipped, the first at line {line}.")
        return reason

    def _unknown(self, m: Member, rows: CsvRows) -> None:
        for _ in rows:
            break  # the header is enough
        names = rows.header.names if rows.header else []
        cols = ", ".join(n for n in names[:10] if n) or "no header"
        more = f" and {len(names) - 10} more" if len(names) > 10 else ""
        self.ctx.report(
            m, FileStatus.UNKNOWN, f"a LinkedIn CSV Overshare does not read (columns: {cols}{more})"
        )

    def article(self, m: Member, batch: list[Item]) -> None:
        try:
            with self.ctx.open(m) as fp:
                data = fp.read(MAX_ARTICLE_BYTES + 1)
            if len(data) > MAX_ARTICLE_BYTES:
                raise FormatError(f"{m.path} is too large for an article ({m.size:,} bytes).")
            batch.append(article_item(data, m.name, SourceRef(m.origin, m.path, 0), self.st))
        except UnicodeDecodeError:
            self.ctx.report(m, FileStatus.FAILED, f"{m.path} is not UTF-8 text.")
            return
        except OvershareError as exc:
            self.ctx.fail(m, exc)
            return
        self.ctx.report(m, FileStatus.READ, "article", 1)

    def layout(self, csvs: list[Member]) -> str:
        origins = " ".join(m.origin.lower() for m in csvs)
        which = (
            "Complete export" if "complete" in origins
            else "Basic export" if "basic" in origins
            else "export"
        )  # fmt: skip
        conn = [c.lower() for c in self.columns.get("connections", [])]
        msgs = [c.lower() for c in self.columns.get("messages", [])]
        era = ""
        if "url" in conn or "recipient profile urls" in msgs:
            era = ", 2024 or later column sets"
        elif conn or msgs:
            era = ", 2021–2023 column sets"
        return f"LinkedIn {which}{era}, {len(csvs)} CSV files"
