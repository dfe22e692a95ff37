"""Shared report-test fixtures: the marker archive and the demo archive, built and tagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.paths import demo_dir
from tests.core.report.fixture import write_archive


@pytest.fixture
def marker_archive(tmp_path: Path) -> Path:
    return write_archive(tmp_path)


@pytest.fixture
def demo_archive() -> Path:
    return demo_dir() / "x-archive"
