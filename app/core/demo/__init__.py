"""Synthetic demo archives of a fictional person ("Robin Example") for X, LinkedIn, Facebook and
Instagram, in the current real layouts. They go through the same importers as real archives;
resources/demo/ holds a copy written by tools/make_demo.py."""

from __future__ import annotations

from pathlib import Path

from app.core.demo import facebook, instagram, linkedin, x
from app.core.demo.common import Files

FOLDERS = ("x-archive", "linkedin-export", "facebook-export", "instagram-export")


def demo_files() -> dict[str, Files]:
    """Folder name -> {path inside it: content}; the same bytes on every call."""
    return {
        "x-archive": x.files(),
        "linkedin-export": linkedin.files(),
        "facebook-export": facebook.files(),
        "instagram-export": instagram.files(),
    }


def write_demo_archives(dest: Path) -> list[Path]:
    """Write the four demo archives as folders under dest; returns their paths."""
    out = []
    for folder, files in demo_files().items():
        root = dest / folder
        for rel, data in sorted(files.items()):
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        out.append(root)
    return out
