"""Library writes grouped into chunks sized by how long the last write took."""

from __future__ import annotations

from app.core import pipeline
from app.core.pipeline import StoreChunks


def _batches(n: int, size: int = 1000) -> list[list[int]]:
    return [list(range(size)) for _ in range(n)]


def test_chunks_start_small_grow_to_the_cap_and_keep_every_item():
    chunks = StoreChunks()
    sizes = []
    for chunk in chunks(_batches(60)):  # type: ignore[arg-type]
        sizes.append(len(chunk))
        chunks.wrote(len(chunk), 0.01)  # a fast (small) library
    assert sizes[0] == pipeline.FIRST_CHUNK
    assert max(sizes) == pipeline.STORE_CHUNK
    assert sum(sizes) == 60_000


def test_slow_writes_shrink_chunks_so_a_cancel_waits_less_than_a_second():
    chunks = StoreChunks()
    chunks.wrote(20_000, 2.0)  # 100 us an item: a large library
    assert abs(chunks.size - pipeline.WRITE_BUDGET_S / 100e-6) <= 1
    assert chunks.size * 100e-6 < 1.0
    chunks.wrote(2_000, 10.0)  # pathological: never below the floor
    assert chunks.size == pipeline.MIN_CHUNK
