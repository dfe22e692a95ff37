#!/usr/bin/env bash
# Build dist/Overshare-<version>-<arch>.AppImage from the frozen app.
#
# Needs appimagetool (the AppImage project's release binary; it is not a Debian package) on
# PATH or named by $APPIMAGETOOL. Run after `python installer/build.py` (or --no-package):
#   APPIMAGETOOL=~/bin/appimagetool-x86_64.AppImage bash installer/linux/appimage.sh
# APPDIR_ONLY=1 stops after assembling build/pkg/Overshare.AppDir (runnable as AppDir/AppRun).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APP_ID=org.overshare.Overshare
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/app/__init__.py")
ARCH=${ARCH:-$(uname -m)}
BUNDLE=$ROOT/dist/overshare
ICONS=$ROOT/build/icons
APPDIR=$ROOT/build/pkg/Overshare.AppDir
OUT=$ROOT/dist/Overshare-$VERSION-$ARCH.AppImage

if [ ! -x "$BUNDLE/overshare" ] || [ ! -d "$ICONS/hicolor" ]; then
  echo "appimage: run 'python installer/build.py --no-package' first." >&2
  exit 1
fi

rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/bin" "$APPDIR/usr/lib" "$APPDIR/usr/share/applications" \
  "$APPDIR/usr/share/metainfo" "$APPDIR/usr/share/icons"
cp -a "$BUNDLE" "$APPDIR/usr/lib/overshare"
ln -s ../lib/overshare/overshare "$APPDIR/usr/bin/overshare"
install -m644 "$ROOT/resources/linux/$APP_ID.desktop" "$APPDIR/usr/share/applications/"
install -m644 "$ROOT/resources/linux/$APP_ID.metainfo.xml" "$APPDIR/usr/share/metainfo/"
cp -a "$ICONS/hicolor" "$APPDIR/usr/share/icons/"

# appimagetool wants the desktop file, its icon and .DirIcon at the top, and an AppRun.
install -m644 "$ROOT/resources/linux/$APP_ID.desktop" "$APPDIR/$APP_ID.desktop"
install -m644 "$ICONS/hicolor/256x256/apps/$APP_ID.png" "$APPDIR/$APP_ID.png"
ln -s "$APP_ID.png" "$APPDIR/.DirIcon"
cat > "$APPDIR/AppRun" <<'APPRUN'
#!/bin/sh
# Entry of the AppImage: run the frozen app inside the mounted image.
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/lib/overshare/overshare" "$@"
APPRUN
chmod 755 "$APPDIR/AppRun"

if [ -n "${APPDIR_ONLY:-}" ]; then
  echo "appimage: AppDir ready at $APPDIR"
  exit 0
fi
APPIMAGETOOL=${APPIMAGETOOL:-appimagetool}
if ! command -v "$APPIMAGETOOL" >/dev/null 2>&1; then
  echo "appimage: appimagetool not found; put it on PATH or set APPIMAGETOOL." >&2
  exit 1
fi
# appimagetool validates the desktop file and (with appstreamcli) the metainfo itself.
ARCH=$ARCH "$APPIMAGETOOL" "$APPDIR" "$OUT"
echo "appimage: $OUT"
