"""Package the frozen app (dist/overshare/) as a Debian package with dpkg-deb.

Layout installed:
  /opt/overshare/                          the PyInstaller folder
  /usr/bin/overshare -> /opt/overshare/overshare
  /usr/share/applications/<APP_ID>.desktop  (MimeType=application/zip: "Open with Overshare")
  /usr/share/metainfo/<APP_ID>.metainfo.xml
  /usr/share/icons/hicolor/*/apps/<APP_ID>.{png,svg}
The desktop and icon caches are refreshed by dpkg triggers of desktop-file-utils and
hicolor-icon-theme, so no maintainer scripts are needed. Depends is worked out from the
shared libraries the bundle loads from the system (ldd + dpkg -S).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
APP_ID = "org.overshare.Overshare"
PACKAGE = "overshare"
PREFIX = Path("opt") / PACKAGE
# Optional Qt plugins whose system libraries a user need not have (the app falls back).
OPTIONAL_PLUGIN_DIRS = ("platformthemes", "wayland-", "egldeviceintegrations", "tls")
ALWAYS_DEPENDS = ("libc6",)
COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Overshare

Files: *
Copyright: The Overshare developers
License: GPL-3.0-or-later
 On Debian systems the full text of the GNU General Public License version 3 is in
 /usr/share/common-licenses/GPL-3. The bundled Qt, PySide6 and Python runtime keep
 their own licences (LGPL-3.0 and PSF-2.0).
"""


def arch() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def system_libraries(bundle: Path) -> tuple[set[Path], set[str]]:
    """Libraries the bundle's ELF files resolve outside the bundle, and sonames not found."""
    found: set[Path] = set()
    missing: set[str] = set()
    for path in sorted(p for p in bundle.rglob("*") if p.is_file() and is_elf(p)):
        optional = any(part.startswith(OPTIONAL_PLUGIN_DIRS) for part in path.parts)
        env = {**os.environ, "LD_LIBRARY_PATH": str(bundle / "_internal")}
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            match = re.match(r"\s*(\S+) => (?:(not found)|(\S+) \(0x)", line)
            if match and match.group(2):
                if not optional:
                    missing.add(match.group(1))
            elif match:
                lib = Path(match.group(3)).resolve()
                if bundle.resolve() not in lib.parents:
                    found.add(lib)
    return found, missing


def owning_packages(libs: set[Path]) -> set[str]:
    packages: set[str] = set()
    for lib in sorted(libs):
        # dpkg knows the path under /usr/lib and /lib (merged-/usr); try both spellings.
        candidates = [str(lib), re.sub(r"^/usr/lib/", "/lib/", str(lib))]
        for candidate in candidates:
            res = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if res.returncode == 0:
                packages.add(res.stdout.split(":", 1)[0].strip())
                break
        else:
            print(f"deb: WARNING: no package owns {lib}; not in Depends")
    return packages


def package_for_soname(soname: str) -> str:
    """Debian's library package naming: libfoo.so.4 -> libfoo4, libfoo-1.so.0 -> libfoo-1-0."""
    match = re.match(r"(.+)\.so\.(\d+)", soname)
    if not match:
        return soname
    name, major = match.groups()
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def depends(bundle: Path) -> list[str]:
    libs, missing = system_libraries(bundle)
    packages = owning_packages(libs) | set(ALWAYS_DEPENDS)
    for soname in sorted(missing):
        guess = package_for_soname(soname)
        print(f"deb: {soname} is not installed on this build machine; depending on {guess}")
        packages.add(guess)
    return sorted(packages)


def copy_tree_normalised(src: Path, dst: Path) -> None:
    """Copy with clean modes: 0755 for folders and executables, 0644 for the rest."""
    shutil.copytree(src, dst, symlinks=True)
    for path in [dst, *dst.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)


def install_file(src: Path, dst: Path, mode: int = 0o644) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    dst.chmod(mode)


def stage(bundle: Path, icons: Path, root: Path) -> None:
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    copy_tree_normalised(bundle, root / PREFIX)
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin" / PACKAGE).symlink_to(f"/{PREFIX}/{PACKAGE}")
    share = root / "usr/share"
    install_file(LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    install_file(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    for icon in sorted((icons / "hicolor").rglob(f"{APP_ID}.*")):
        install_file(icon, share / "icons" / "hicolor" / icon.relative_to(icons / "hicolor"))
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    for path in [root, *root.rglob("*")]:
        if path.is_dir():
            path.chmod(0o755)


def validate(root: Path) -> None:
    """desktop-file-validate and appstreamcli on the staged files, where those tools exist."""
    desktop = root / "usr/share/applications" / f"{APP_ID}.desktop"
    metainfo = root / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml"
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)
        print("deb: desktop file valid")
    else:
        print("deb: desktop-file-validate not installed (desktop-file-utils), skipped")
    if shutil.which("appstreamcli"):
        subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], check=True)
    else:
        print("deb: appstreamcli not installed (appstream), skipped")


def write_control(root: Path, version: str, deps: list[str]) -> None:
    files = [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
    size_kib = sum(p.stat().st_size for p in files) // 1024
    debian = root / "DEBIAN"
    debian.mkdir(mode=0o755)
    sums = []
    for path in sorted(files):
        rel = path.relative_to(root)
        if rel.parts[0] != "DEBIAN":
            sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {rel}\n")
    (debian / "md5sums").write_text("".join(sums), encoding="utf-8")
    maintainer = os.environ.get("OVERSHARE_MAINTAINER", "The Overshare developers")
    control = f"""\
Package: {PACKAGE}
Version: {version}
Architecture: {arch()}
Maintainer: {maintainer}
Installed-Size: {size_kib}
Depends: {", ".join(deps)}
Section: utils
Priority: optional
Description: see what platforms may do with your social-media data
 Overshare opens the data archives downloaded from X, LinkedIn, Facebook and
 Instagram locally, tags each item with what the platform's policy allows (AI
 training, third-party sharing) and helps to opt out. Nothing is uploaded.
"""
    (debian / "control").write_text(control, encoding="utf-8")
    for name in ("control", "md5sums"):
        (debian / name).chmod(0o644)


def source_date_epoch() -> str:
    """The last commit's time, so two builds of one commit carry the same timestamps."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return os.environ["SOURCE_DATE_EPOCH"]
    res = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"], capture_output=True, text=True
    )
    return res.stdout.strip() if res.returncode == 0 and res.stdout.strip() else "0"


def build_deb(bundle: Path, icons: Path, out_dir: Path, version: str, fast: bool = False) -> Path:
    if not (bundle / PACKAGE).is_file():
        raise SystemExit(f"deb: {bundle / PACKAGE} is missing; run PyInstaller first.")
    root = ROOT / "build" / "pkg" / "deb"
    stage(bundle, icons, root)
    validate(root)
    deps = depends(root / PREFIX)
    print(f"deb: Depends: {', '.join(deps)}")
    write_control(root, version, deps)
    deb = out_dir / f"{PACKAGE}_{version}_{arch()}.deb"
    compression = ["-Zgzip", "-z1"] if fast else ["-Zxz", "-z6"]
    env = {**os.environ, "SOURCE_DATE_EPOCH": source_date_epoch()}
    cmd = ["dpkg-deb", "--root-owner-group", *compression, "--build", str(root), str(deb)]
    subprocess.run(cmd, check=True, env=env)
    return deb
