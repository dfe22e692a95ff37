"""Importer registry and platform detection."""

from __future__ import annotations

from app.core.importers.base import Importer
from app.core.importers.sources import ArchiveSource

MIN_CONFIDENCE = 0.3


def all_importers() -> list[Importer]:
    """Every importer, one instance each (imported here so start-up stays light)."""
    from app.core.importers.facebook import FacebookImporter
    from app.core.importers.instagram import InstagramImporter
    from app.core.importers.linkedin import LinkedInImporter
    from app.core.importers.x import XImporter

    return [XImporter(), LinkedInImporter(), FacebookImporter(), InstagramImporter()]


def detect(source: ArchiveSource) -> list[tuple[Importer, float]]:
    """Importers that recognise (part of) the source, most confident first."""
    scored = [(imp, imp.sniff(source)) for imp in all_importers()]
    return sorted(
        [(imp, score) for imp, score in scored if score >= MIN_CONFIDENCE],
        key=lambda pair: -pair[1],
    )
