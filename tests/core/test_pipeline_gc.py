"""The pause of full GC collections that keeps the GUI smooth during jobs."""

from __future__ import annotations

import gc

from app.core import pipeline


def test_full_collections_pause_during_jobs_and_come_back():
    before = gc.get_threshold()
    with pipeline.young_gc_only():
        assert gc.get_threshold()[:2] == before[:2] and gc.get_threshold()[2] >= 1 << 30
        with pipeline.young_gc_only():  # nested (another job): one shared pause
            pass
        assert gc.get_threshold()[2] >= 1 << 30
    assert gc.get_threshold() == before
