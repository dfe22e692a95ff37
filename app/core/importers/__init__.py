"""Importer registry and platform detection."""

from __future__ import annotations

from app.core.importers.base import Importer
from app.core.importers.sources import ArchiveSource

MIN_CONFIDENCE = 0.3


def all_importers() -> list[Importer]:
    """Every importer, one instance each (imported lazily to keep start-up light)."""
    from app.core.importers.x import XImporter

    found: list[Importer] = [XImporter()]
    for mod, cls in (
        ("app.core.importers.linkedin", "LinkedInImporter"),
        ("app.core.importers.facebook", "FacebookImporter"),
        ("app.core.importers.instagram", "InstagramImporter"),
    ):
        try:
            module = __import__(mod, fromlist=[cls])
        except ModuleNotFoundError:
            continue
        found.append(getattr(module, cls)())
    return found


def detect(source: ArchiveSource) -> list[tuple[Importer, float]]:
    """Importers that recognise (part of) the source, most confident first."""
    scored = [(imp, imp.sniff(source)) for imp in all_importers()]
    return sorted(
        [(imp, score) for imp, score in scored if score >= MIN_CONFIDENCE],
        key=lambda pair: -pair[1],
    )
