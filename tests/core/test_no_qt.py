"""The core and the CLI must work without Qt: importing them never loads PySide6."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

CHECK = """
import importlib, pkgutil, sys
import app.core, app.cli
for mod in pkgutil.walk_packages(app.core.__path__, "app.core."):
    importlib.import_module(mod.name)
import app.commands.scan
app.cli.build_parser()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(",".join(loaded))
"""


def test_core_and_cli_do_not_import_qt() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "", f"Qt modules loaded by the core: {out.stdout}"
