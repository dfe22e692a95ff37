"""Exposure report: model (pure), one-pass builder, redaction, HTML/PDF/CSV/JSON outputs."""

from app.core.report.build import ReportBuilder, category_of
from app.core.report.export import FORMATS, ExportError, ExportResult, FileExists, export_report
from app.core.report.health import health_from_inventories
from app.core.report.model import Report
from app.core.report.redact import redact

__all__ = [
    "FORMATS",
    "ExportError",
    "ExportResult",
    "FileExists",
    "Report",
    "ReportBuilder",
    "category_of",
    "export_report",
    "health_from_inventories",
    "redact",
]
