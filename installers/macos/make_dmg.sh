#!/bin/sh
# Make dist/raadsviewer-<version>-macos-<arch>.dmg from dist/raadsviewer.app (macOS only: hdiutil).
#
#   make bundle                         builds the .app and then runs this script
#   installers/macos/make_dmg.sh        after `pyinstaller installers/raadsviewer.spec`
#
# Signing and notarisation (needed so Gatekeeper opens the app without "unidentified developer"):
#   SIGN_IDENTITY="Developer ID Application: Naam (TEAMID)"  signs the .app (hardened runtime) and the .dmg
#   NOTARY_PROFILE=raadsviewer-notary                        then notarises and staples the .dmg; create the
#       profile once with: xcrun notarytool store-credentials raadsviewer-notary --apple-id … --team-id …
# Without SIGN_IDENTITY the app is signed ad hoc (enough on the build machine and on Apple silicon;
# other Macs need right-click > Open the first time).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
[ "$(uname)" = Darwin ] || { echo "make_dmg.sh runs on macOS only (hdiutil)" >&2; exit 1; }
app=dist/raadsviewer.app
[ -d "$app" ] || { echo "no $app: run PyInstaller (make bundle) first" >&2; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' raadsviewer/__init__.py)
dmg="dist/raadsviewer-$version-macos-$(uname -m).dmg"

if [ -n "${SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --timestamp --options runtime \
    --entitlements installers/macos/entitlements.plist --sign "$SIGN_IDENTITY" "$app"
else
  codesign --force --deep --sign - "$app"
fi
codesign --verify --deep --strict "$app"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "raadsviewer $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "${SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$SIGN_IDENTITY" "$dmg"
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
  fi
fi
echo "$dmg  $(du -h "$dmg" | cut -f1)"
