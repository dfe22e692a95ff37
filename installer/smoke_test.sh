#!/usr/bin/env bash
# Packaging smoke test for CI on Linux: build the frozen app and the .deb once
# (installer/build.py --fast), then run the frozen binary headless and check what it prints.
# Installs what it needs: PyInstaller via the project's `build` extra (into .venv when present,
# else the current python; OVERSHARE_PYTHON overrides), appstream + desktop-file-utils via apt.
# Ends with "smoke: N passed, N failed" and exits 1 when anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
export QT_QPA_PLATFORM=offscreen PIP_DISABLE_PIP_VERSION_CHECK=1

PY=${OVERSHARE_PYTHON:-}
if [ -z "$PY" ]; then
  if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python3; fi
fi
echo "--- smoke: installing build tools into $($PY -c 'import sys; print(sys.prefix)')"
"$PY" -m pip install -q -e '.[build]'
need=()
command -v appstreamcli >/dev/null || need+=(appstream)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  else
    echo "smoke: ${need[*]} not installed and cannot install; their validation is skipped"
  fi
fi

echo "--- smoke: build"
"$PY" installer/build.py --fast
built=$SECONDS

VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/__init__.py)
BIN=dist/overshare/overshare
DEMO=resources/demo/x-archive
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
passed=0
failed=0
ok() { echo "PASS $1"; passed=$((passed + 1)); }
bad() { echo "FAIL $1"; failed=$((failed + 1)); }
# The frozen app runs with its own empty home, so it never touches a real user's library.
frozen() {
  env HOME="$TMP/home" XDG_DATA_HOME="$TMP/data" XDG_CONFIG_HOME="$TMP/config" \
    XDG_CACHE_HOME="$TMP/cache" OVERSHARE_HOME="$TMP/overshare" timeout "${LIMIT:-180}" "$@"
}

echo "--- smoke: frozen app"
out=$(frozen "$BIN" --version 2>&1) || true
if [ "$out" = "overshare $VERSION" ]; then ok "--version"; else bad "--version printed: $out"; fi

# scan: the frozen app must read the bundled demo archive exactly as the source tree does.
if frozen "$BIN" scan "$DEMO" >"$TMP/scan.txt" 2>"$TMP/scan.err" &&
  grep -Eq '^total +[1-9][0-9]*$' "$TMP/scan.txt"; then
  ok "scan $DEMO: $(grep -E '^total' "$TMP/scan.txt" | tr -s ' ')"
else
  bad "scan $DEMO"
  cat "$TMP/scan.txt" "$TMP/scan.err"
fi
"$PY" -m app scan "$DEMO" --format json >"$TMP/source.json" 2>/dev/null || true
frozen "$BIN" scan "$DEMO" --format json >"$TMP/frozen.json" 2>/dev/null || true
if [ -s "$TMP/frozen.json" ] && cmp -s "$TMP/source.json" "$TMP/frozen.json"; then
  ok "scan --format json identical to the source tree's"
else
  bad "scan --format json differs from the source tree's"
  diff "$TMP/source.json" "$TMP/frozen.json" | head -20 || true
fi

# Bundled resources (app.core.paths.resources_dir() -> sys._MEIPASS/resources): policy data.
"$PY" -m app policy list >"$TMP/policy-source.txt" 2>&1 || true
if frozen "$BIN" policy list >"$TMP/policy.txt" 2>&1 && [ -s "$TMP/policy.txt" ] &&
  cmp -s "$TMP/policy-source.txt" "$TMP/policy.txt"; then
  ok "policy list from bundled resources ($(wc -l <"$TMP/policy.txt") lines)"
else
  bad "policy list"
  diff "$TMP/policy-source.txt" "$TMP/policy.txt" | head -20 || true
fi

missing=""
for mod in sqlcipher3 PySide6/Qt/plugins/platforms/libqoffscreen.so \
  PySide6/Qt/plugins/platforms/libqxcb.so PySide6/Qt/plugins/platforms/libqwayland.so \
  PySide6/Qt/plugins/imageformats/libqsvg.so; do
  [ -e "dist/overshare/_internal/$mod" ] || missing="$missing $mod"
done
if [ -z "$missing" ]; then ok "bundle holds sqlcipher3 and the Qt plugins"; else bad "bundle lacks:$missing"; fi

# The main window, offscreen, importing the demo data in memory (a CI box has no keyring, so a
# saved library would first ask for a passphrase): run.py closes it after OVERSHARE_SMOKE_EXIT_MS.
if OVERSHARE_SMOKE_EXIT_MS=5000 LIMIT=90 frozen "$BIN" --ephemeral --demo >"$TMP/gui.out" 2>"$TMP/gui.err" &&
  ! grep -q Traceback "$TMP/gui.err"; then
  ok "main window opened offscreen and closed"
else
  bad "main window (exit or traceback)"
  tail -20 "$TMP/gui.err"
fi

echo "--- smoke: packages"
DEB=$(ls dist/overshare_"$VERSION"_*.deb 2>/dev/null | head -1)
if [ -n "$DEB" ] && dpkg-deb --contents "$DEB" >"$TMP/deb.txt"; then
  want="./usr/share/applications/org.overshare.Overshare.desktop
./usr/share/metainfo/org.overshare.Overshare.metainfo.xml
./usr/bin/overshare -> /opt/overshare/overshare
./opt/overshare/overshare
./usr/share/icons/hicolor/scalable/apps/org.overshare.Overshare.svg"
  for size in 16 22 24 32 48 64 128 256 512; do
    want="$want
./usr/share/icons/hicolor/${size}x${size}/apps/org.overshare.Overshare.png"
  done
  lacking=$(while IFS= read -r path; do grep -qF " $path" "$TMP/deb.txt" || echo "$path"; done <<<"$want")
  dpkg-deb -x "$DEB" "$TMP/deb"
  out=$(frozen "$TMP/deb/opt/overshare/overshare" --version 2>&1) || true
  if [ -z "$lacking" ] && [ "$out" = "overshare $VERSION" ]; then
    ok "$DEB: files present, packaged binary runs"
  else
    bad "$DEB: lacking [$lacking], --version printed [$out]"
  fi
else
  bad "no .deb in dist/"
fi

if APPDIR_ONLY=1 bash installer/linux/appimage.sh >/dev/null &&
  [ "$(frozen build/pkg/Overshare.AppDir/AppRun --version 2>&1)" = "overshare $VERSION" ]; then
  ok "AppImage recipe: AppDir assembles and AppRun runs"
else
  bad "AppImage recipe (AppDir)"
fi
rm -rf build/pkg/Overshare.AppDir

echo "smoke: build $((built - started)) s, checks $((SECONDS - built)) s"
echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
