"""Where bundled resources live: source tree, installed wheel or PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

_APP_DIR = Path(__file__).resolve().parents[1]  # .../app


def resources_dir() -> Path:
    """The bundled `resources` folder, resolved the same way in every kind of install.

    PyInstaller unpacks data under sys._MEIPASS/resources; the wheel force-includes the
    folder as app/_resources; a source checkout has it at the repository root.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    installed = _APP_DIR / "_resources"
    if installed.is_dir():
        return installed
    return _APP_DIR.parent / "resources"


# Per-user folders (platformdirs honours XDG_* on Linux). Never created here: callers
# create what they write into, so ephemeral sessions leave no folder behind.
APP_NAME = "Overshare"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def demo_dir() -> Path:
    """Bundled synthetic archives for demos and workshops."""
    return resources_dir() / "demo"
