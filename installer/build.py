"""Build Overshare's frozen app and this OS's installer.

    python installer/build.py            # clean, translations, icons, PyInstaller, package
    python installer/build.py --no-package

Steps: clean build/ and dist/ outputs; compile resources/i18n/*.ts to .qm with
`tools/i18n.py release` (pyside6-lrelease); render icons; run PyInstaller
on installer/overshare.spec (-> dist/overshare/); then the per-OS step:
  Linux   dist/overshare_<version>_<arch>.deb (installer/linux/deb.py); the AppImage recipe
          is installer/linux/appimage.sh (needs appimagetool, not run here)
  macOS   dist/Overshare.app -> signed (when OVERSHARE_CODESIGN_IDENTITY is set) -> DMG
  Windows Inno Setup (iscc) -> dist/Overshare-<version>-setup.exe, signed when
          OVERSHARE_SIGNTOOL_ARGS is set
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import render_icons  # noqa: E402 (installer/ is not a package)

BUILD = ROOT / "build"
DIST = ROOT / "dist"
SPEC = HERE / "overshare.spec"


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if not match:
        raise SystemExit("build: no __version__ in app/__init__.py.")
    return match.group(1)


def step(name: str) -> None:
    print(f"\n=== {name}", flush=True)


def run(cmd: list[str], **kw: object) -> None:
    print("$ " + " ".join(str(c) for c in cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)  # type: ignore[call-overload]


def clean() -> None:
    for path in (BUILD / "pyinstaller", BUILD / "icons", BUILD / "translations", BUILD / "pkg"):
        shutil.rmtree(path, ignore_errors=True)
    for path in (DIST / "overshare", DIST / "Overshare.app"):
        shutil.rmtree(path, ignore_errors=True)
    for pattern in ("overshare_*.deb", "Overshare-*.dmg", "Overshare-*-setup.exe"):
        for old in DIST.glob(pattern):
            old.unlink()


def translations() -> None:
    """Compile resources/i18n/*.ts to the .qm files the app loads (bundled with resources/)."""
    run([sys.executable, str(ROOT / "tools" / "i18n.py"), "release"])


def check_modules() -> None:
    """Warn early about modules the app needs that this Python lacks (frozen app would fail)."""
    import importlib.util

    for name in ("PySide6", "sqlcipher3", "keyring", "platformdirs", "orjson"):
        if importlib.util.find_spec(name) is None:
            print(f"build: WARNING: {name} is not installed; the frozen app will lack it.")


def pyinstaller() -> None:
    env = {**os.environ, "OVERSHARE_BUILD_DIR": str(BUILD)}
    run(
        [
            sys.executable, "-m", "PyInstaller", str(SPEC),
            "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"),
        ],
        env=env,
        cwd=ROOT,
    )  # fmt: skip


def package_linux(fast: bool) -> Path:
    from linux import deb

    return deb.build_deb(DIST / "overshare", BUILD / "icons", DIST, version(), fast=fast)


def package_macos() -> Path:
    app = DIST / "Overshare.app"
    if os.environ.get("OVERSHARE_CODESIGN_IDENTITY"):
        run(["bash", str(HERE / "macos" / "sign_app.sh"), str(app)])
    else:
        print("macOS: OVERSHARE_CODESIGN_IDENTITY not set, app left ad-hoc signed")
    dmg = DIST / f"Overshare-{version()}.dmg"
    run(["bash", str(HERE / "macos" / "make_dmg.sh"), str(app), str(dmg)])
    return dmg


def package_windows() -> Path:
    iscc = shutil.which("iscc") or shutil.which(
        "ISCC.exe", path=os.path.expandvars(r"%ProgramFiles(x86)%\Inno Setup 6")
    )
    if iscc is None:
        raise SystemExit("build: Inno Setup 6 (iscc) not found; install it or add it to PATH.")
    cmd = [iscc, f"/DAppVersion={version()}", f"/DSourceDir={DIST / 'overshare'}"]
    cmd += [f"/DIconFile={BUILD / 'icons' / 'overshare.ico'}", f"/O{DIST}"]
    sign = os.environ.get("OVERSHARE_SIGNTOOL_ARGS")
    if sign:  # e.g. sign /fd sha256 /tr <timestamp URL> /td sha256 /sha1 <thumbprint>
        for exe in ("overshare.exe", "overshare-cli.exe"):
            run(["signtool", *shlex.split(sign), str(DIST / "overshare" / exe)])
        cmd += [f"/Ssigntool=signtool {sign} $f", "/DSign=1"]
    run([*cmd, str(HERE / "windows" / "overshare.iss")])
    return DIST / f"Overshare-{version()}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the frozen app and its installer.")
    parser.add_argument("--no-package", action="store_true", help="stop after PyInstaller")
    parser.add_argument(
        "--fast", action="store_true", help="quicker, larger package compression (CI smoke test)"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    step(f"Overshare {version()} on {sys.platform}")
    check_modules()
    step("clean")
    clean()
    step("translations")
    translations()
    step("icons")
    icons = render_icons.render_all(BUILD / "icons")
    if sys.platform == "darwin" and shutil.which("iconutil"):  # Apple's tool, before BUNDLE
        iconset, icns = icons / "overshare.iconset", icons / "overshare.icns"
        run(["iconutil", "-c", "icns", str(iconset), "-o", str(icns)])
    print(f"icons: {BUILD / 'icons'}")
    step("PyInstaller")
    pyinstaller()
    print(f"frozen app: {DIST / 'overshare'}")
    if not args.no_package:
        step("package")
        if sys.platform.startswith("linux"):
            out = package_linux(args.fast)
        elif sys.platform == "darwin":
            out = package_macos()
        elif sys.platform == "win32":
            out = package_windows()
        else:
            raise SystemExit(f"build: no installer recipe for {sys.platform}.")
        print(f"package: {out}")
    print(f"\nbuild finished in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
