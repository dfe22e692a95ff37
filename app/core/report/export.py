"""Export a report to a file: one streaming pass, written to a temp file and renamed.

Both front ends (CLI and the GUI's Export dialog) call export_report(). An existing file is
never replaced unless `overwrite` is set; the check is repeated atomically at the rename.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from app.core.errors import OvershareError
from app.core.i18n import Catalogue
from app.core.jobs import CancelToken, Progress, no_progress
from app.core.models import Item
from app.core.policy import Classifier, Tag
from app.core.policy.explain import explain_in
from app.core.report.build import ReportBuilder
from app.core.report.model import ArchiveHealth, Report
from app.core.report.redact import redact
from app.core.report.tabular import CsvWriter, JsonWriter

FORMATS = ("html", "pdf", "csv", "json")


class ExportError(OvershareError):
    code = "export_failed"


class FileExists(ExportError):
    code = "file_exists"


def format_for(path: Path) -> str:
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(
            f"{path.name}: the file name must end in .html, .pdf, .csv or .json to pick a format."
        )
    return fmt


@dataclass(slots=True)
class ExportResult:
    path: Path
    format: str
    report: Report  # as written (redacted when the export was)
    items: int


def _finish(tmp: Path, dest: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(tmp, dest)
        return
    try:
        os.link(tmp, dest)  # fails if dest exists: no window between check and rename
    except FileExistsError:
        raise FileExists(f"{dest.name} already exists; choose another name.") from None
    except OSError:  # file system without hard links
        if dest.exists():
            raise FileExists(f"{dest.name} already exists.") from None
        os.replace(tmp, dest)
        return
    tmp.unlink()


def export_report(
    batches: Iterable[Sequence[Item]],
    dest: Path,
    classifier: Classifier,
    *,
    fmt: str | None = None,
    redacted: bool = False,
    overwrite: bool = False,
    health: Callable[[], ArchiveHealth] = ArchiveHealth,
    optout_versions: Mapping[str, str | None] | None = None,
    total: int = 0,
    top_n: int = 10,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    language: str = "en",
) -> ExportResult:
    """Classify every batch, build the report and write `dest` in format `fmt` (from the
    suffix when None). `health` is called after the pass (import inventories fill as it runs).
    `language` is for the HTML and PDF text ("en", "de", "es"); CSV and JSON keep codes."""
    fmt = fmt or format_for(dest)
    if fmt not in FORMATS:
        raise ExportError(f"Unknown report format {fmt!r}.")
    dest = dest.expanduser().absolute()
    if dest.exists() and not overwrite:
        raise FileExists(f"{dest.name} already exists; choose another name or allow replacing it.")
    if not dest.parent.is_dir():
        raise ExportError(f"The folder {dest.parent} does not exist.")
    token = cancel or CancelToken()
    fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as raw:
            result = _write(
                batches,
                raw,
                fmt,
                classifier,
                redacted,
                health,
                optout_versions,
                total,
                top_n,
                progress,
                token,
                language,
            )
            raw.flush()
            os.fsync(raw.fileno())
        _finish(tmp, dest, overwrite)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    report, items = result
    progress(1, 1, f"Saved {dest.name}")
    return ExportResult(dest, fmt, report, items)


def _explainer(classifier: Classifier, cat: Catalogue) -> Callable[[Tag], str]:
    """Tag explanations for the report's top items: the classifier's English, or `cat`'s."""
    if cat.language == "en":
        return lambda tag: tag.explanation
    return lambda tag: explain_in(tag, classifier.policy_set, cat.text)


def _write(
    batches: Iterable[Sequence[Item]],
    raw: IO[bytes],
    fmt: str,
    classifier: Classifier,
    redacted: bool,
    health: Callable[[], ArchiveHealth],
    versions: Mapping[str, str | None] | None,
    total: int,
    top_n: int,
    progress: Progress,
    token: CancelToken,
    language: str = "en",
) -> tuple[Report, int]:
    cat = Catalogue.load(language if fmt in ("html", "pdf") else "en")  # CSV, JSON: English
    builder = ReportBuilder(
        classifier.policy_set, classifier.ctx, top_n=top_n, explain=_explainer(classifier, cat)
    )
    text = io.TextIOWrapper(raw, encoding="utf-8", newline="") if fmt == "csv" else None
    csv_w = CsvWriter(text, redacted=redacted) if text is not None else None
    json_w = JsonWriter(raw, redacted=redacted) if fmt == "json" else None
    done = 0
    for batch in batches:
        token.raise_if_cancelled()
        tagged = classifier.classify_many(batch)
        add = builder.add
        for item, tags in zip(batch, tagged, strict=True):
            add(item, tags)
        if csv_w is not None:
            for item, tags in zip(batch, tagged, strict=True):
                csv_w.add(item, tags)
        if json_w is not None:
            for item, tags in zip(batch, tagged, strict=True):
                json_w.add(item, tags)
        done += len(batch)
        progress(done, max(total, done), f"Reading items: {done:,}")
    token.raise_if_cancelled()
    progress(done, max(total, done), "Writing the report")
    report = builder.result(health(), optout_versions=versions)
    if redacted:
        report = redact(report)
    if text is not None:
        text.flush()
        text.detach()
    elif json_w is not None:
        json_w.finish(report)
    elif fmt == "html":
        from app.core.report.html import render_html
        from app.core.report.language import translator

        raw.write(render_html(report, translator(cat)).encode("utf-8"))
    else:
        from app.core.report.language import translator
        from app.core.report.pdf import render_pdf

        raw.write(render_pdf(report, t=translator(cat)))
    return report, done
