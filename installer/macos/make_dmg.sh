#!/usr/bin/env bash
# Make the distributable DMG from Overshare.app; sign, notarise and staple it when the
# credentials are there (a maintainer's Mac, see installer/README.md):
#   OVERSHARE_CODESIGN_IDENTITY="Developer ID Application: NAME (TEAMID)"
#   OVERSHARE_NOTARY_PROFILE=overshare-notary   # made once with `xcrun notarytool store-credentials`
#   bash installer/macos/make_dmg.sh dist/Overshare.app dist/Overshare-0.1.0.dmg
set -euo pipefail
APP=${1:?usage: make_dmg.sh path/to/Overshare.app out.dmg}
DMG=${2:?usage: make_dmg.sh path/to/Overshare.app out.dmg}
IDENTITY=${OVERSHARE_CODESIGN_IDENTITY:-}
PROFILE=${OVERSHARE_NOTARY_PROFILE:-}

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/$(basename "$APP")"  # ditto keeps signatures, xattrs and symlinks
ln -s /Applications "$STAGE/Applications"  # drag-to-install target
rm -f "$DMG"
hdiutil create -volname Overshare -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"

if [ -z "$IDENTITY" ]; then
  echo "dmg: unsigned (OVERSHARE_CODESIGN_IDENTITY not set): $DMG"
  exit 0
fi
codesign --force --timestamp --sign "$IDENTITY" "$DMG"
if [ -z "$PROFILE" ]; then
  echo "dmg: signed, not notarised (OVERSHARE_NOTARY_PROFILE not set): $DMG"
  exit 0
fi
# Apple checks the DMG and the app inside it; --wait blocks until it is accepted or rejected
# (on rejection, `xcrun notarytool log <submission id> --keychain-profile "$PROFILE"`).
xcrun notarytool submit "$DMG" --keychain-profile "$PROFILE" --wait
xcrun stapler staple "$DMG"  # the ticket travels with the DMG, so offline first runs pass
xcrun stapler validate "$DMG"
spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
echo "dmg: signed, notarised and stapled: $DMG"
