"""Keeps a workshop session from leaving files behind on a borrowed computer.

While active, temporary files (Python's tempfile and Qt's QDir.tempPath via TMPDIR) and Qt's
own settings (QSettings user scope: the file dialog's history goes there) point into one private
folder that is emptied on reset and removed on exit; file dialogs are Qt's own (desktop pickers
keep recent-file lists). `redirect_caches_at_start` also moves the
XDG cache (font and shader caches) there; it only works before the QApplication exists.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt

_TEMP_VARS = ("TMPDIR", "TEMP", "TMP")
_PREFIX = "overshare-workshop-"
_early: Path | None = None  # made before the QApplication (see redirect_caches_at_start)


def redirect_caches_at_start() -> Path:
    """Call before creating the QApplication: caches written at start-up land in a private
    folder that the guard removes on exit."""
    global _early
    if _early is None:
        _early = Path(tempfile.mkdtemp(prefix=_PREFIX))
        (_early / "cache").mkdir()
        os.environ["XDG_CACHE_HOME"] = str(_early / "cache")
    return _early


def _set_qsettings_path(path: str) -> None:
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, path)


class WorkshopGuard:
    def __init__(self) -> None:
        self.folder: Path | None = None
        self._saved_env: dict[str, str | None] = {}
        self._saved_tempdir: str | None = None

    @property
    def active(self) -> bool:
        return self.folder is not None

    def activate(self) -> None:
        if self.folder is not None:
            return
        self.folder = _early or Path(tempfile.mkdtemp(prefix=_PREFIX))
        tmp = self.folder / "tmp"
        tmp.mkdir(exist_ok=True)
        self._saved_env = {var: os.environ.get(var) for var in _TEMP_VARS}
        for var in _TEMP_VARS:
            os.environ[var] = str(tmp)
        self._saved_tempdir = tempfile.tempdir
        tempfile.tempdir = str(tmp)
        _set_qsettings_path(str(self.folder / "qsettings"))
        # Desktop file pickers (GTK, portals) keep recent-file lists: use Qt's own dialogs.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)

    def wipe(self) -> None:
        """Empty the temporary and Qt settings folders (the session goes on)."""
        if self.folder is None:
            return
        for child in self.folder.iterdir():
            if child.name == "cache":  # in use by Qt and fontconfig until exit
                continue
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)
        (self.folder / "tmp").mkdir(exist_ok=True)

    def deactivate(self) -> None:
        """Remove the private folder and point temp files and Qt settings back."""
        global _early
        if self.folder is None:
            return
        for var, value in self._saved_env.items():
            if value is None:
                os.environ.pop(var, None)
            else:
                os.environ[var] = value
        tempfile.tempdir = self._saved_tempdir
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)
        _set_qsettings_path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
        )
        shutil.rmtree(self.folder, ignore_errors=True)
        if self.folder == _early:
            _early = None
        self.folder = None
