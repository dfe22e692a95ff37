"""Render resources/icons/overshare.svg into every icon the installers need.

Output (default build/icons/):
  hicolor/NxN/apps/<APP_ID>.png and hicolor/scalable/apps/<APP_ID>.svg   Linux
  overshare.ico   Windows (PNG-compressed entries, 16..256)
  overshare.iconset/ and overshare.icns   macOS (on a Mac, `iconutil -c icns` may
                                          rebuild the .icns from the iconset)

Uses only PySide6 (QtSvg); the ICO and ICNS containers are written here, they are tiny.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "overshare.svg"
APP_ID = "org.overshare.Overshare"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# iconutil's iconset names -> pixel size.
ICONSET = {
    "icon_16x16": 16,
    "icon_16x16@2x": 32,
    "icon_32x32": 32,
    "icon_32x32@2x": 64,
    "icon_128x128": 128,
    "icon_128x128@2x": 256,
    "icon_256x256": 256,
    "icon_256x256@2x": 512,
    "icon_512x512": 512,
    "icon_512x512@2x": 1024,
}
# ICNS element types that hold PNG data, with their pixel size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent size x size canvas, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG file.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")  # type: ignore[call-overload]  # stubs say bytes; runtime wants str
    buf.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: big-endian (type, length) elements holding PNG data."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_all(out: Path, svg: Path = SVG) -> Path:
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # keeps Qt up
    sizes = sorted({*HICOLOR_SIZES, *ICO_SIZES, *ICONSET.values()})
    pngs = {size: render_png(svg, size) for size in sizes}
    shutil.rmtree(out, ignore_errors=True)
    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True)
    shutil.copyfile(svg, scalable)
    (out / "overshare.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    iconset = out / "overshare.iconset"
    iconset.mkdir()
    for name, size in ICONSET.items():
        (iconset / f"{name}.png").write_bytes(pngs[size])
    (out / "overshare.icns").write_bytes(icns_bytes(pngs))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--svg", type=Path, default=SVG)
    args = parser.parse_args(argv)
    out = render_all(args.out, args.svg)
    print(f"icons: rendered {args.svg.name} into {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
