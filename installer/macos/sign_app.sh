#!/usr/bin/env bash
# Sign dist/Overshare.app with a Developer ID certificate and the hardened runtime, inside-out.
#   OVERSHARE_CODESIGN_IDENTITY="Developer ID Application: NAME (TEAMID)" \
#     bash installer/macos/sign_app.sh dist/Overshare.app
# The certificate must be in the login keychain (`security find-identity -v -p codesigning`).
set -euo pipefail
APP=${1:?usage: sign_app.sh path/to/Overshare.app}
IDENTITY=${OVERSHARE_CODESIGN_IDENTITY:?set OVERSHARE_CODESIGN_IDENTITY to the Developer ID name}
ENTITLEMENTS=$(cd "$(dirname "$0")" && pwd)/entitlements.plist
sign() { codesign --force --timestamp --options runtime --sign "$IDENTITY" "$@"; }

# 1. Every Mach-O file (Python extensions, Qt libraries, the bootloader), deepest first.
find "$APP/Contents" -type f -print0 | while IFS= read -r -d '' f; do
  if file -b "$f" | grep -q '^Mach-O'; then
    printf '%s\t%s\n' "$(tr -cd / <<<"$f" | wc -c)" "$f"
  fi
done | sort -rn | cut -f2- | while IFS= read -r f; do
  case "$f" in
    "$APP/Contents/MacOS/"*) ;;  # the executables get the entitlements below
    *) sign "$f" ;;
  esac
done

# 2. Qt's .framework folders, as bundles, deepest first.
find "$APP/Contents" -type d -name '*.framework' | awk -F/ '{ print NF "\t" $0 }' |
  sort -rn | cut -f2- | while IFS= read -r fw; do sign "$fw"; done

# 3. The executables and the app itself, with the hardened-runtime entitlements.
for exe in "$APP/Contents/MacOS/"*; do
  sign --entitlements "$ENTITLEMENTS" "$exe"
done
sign --entitlements "$ENTITLEMENTS" "$APP"

codesign --verify --deep --strict --verbose=2 "$APP"
codesign --display --entitlements - "$APP"
echo "signed: $APP"
