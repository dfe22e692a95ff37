"""Qt item models over the store (virtual: rows are fetched in pages, never all at once)."""
