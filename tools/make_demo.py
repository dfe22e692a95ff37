"""Regenerate resources/demo/ (the bundled demo archives) from app.core.demo.

Run from the repository root: `python tools/make_demo.py`. tests/core/test_demo.py fails when the
bundled copy differs from a fresh generation, so run this after changing the generator.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.demo import FOLDERS, write_demo_archives  # noqa: E402


def main() -> int:
    dest = ROOT / "resources" / "demo"
    for folder in FOLDERS:
        shutil.rmtree(dest / folder, ignore_errors=True)
    for path in write_demo_archives(dest):
        count = sum(1 for p in path.rglob("*") if p.is_file())
        print(f"{path.relative_to(ROOT)}: {count} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
