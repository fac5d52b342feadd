#!/usr/bin/env bash
# Build ImageDeck.app and a DMG on macOS — NOT run on the Linux machine this was written
# on; .github/workflows/package.yml runs it on macos-latest (unsigned there unless the
# signing secrets below are set). From the repository root:
#
#     packaging/macos/build-macos.sh
#
# Signing and notarisation (all four variables set, or the steps are skipped and the DMG
# is unsigned — fine for CI smoke tests, not for sellers, whom Gatekeeper would stop):
#   MACOS_SIGN_IDENTITY  "Developer ID Application: Your Company (TEAMID)" in the keychain
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD  (an app-specific password) for notarytool
# In CI the Developer ID certificate must first be imported into a keychain (e.g. with
# apple-actions/import-codesign-certs from a base64 .p12 secret); the workflow does not
# do that yet, so there the build stays unsigned until that step is added.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
BUILD="$ROOT/build"
APP="$BUILD/dist/ImageDeck.app"
VERSION="$("$VENV/bin/python" -c 'from importlib.metadata import version; print(version("imagedeck"))')"
DMG="$BUILD/ImageDeck-$VERSION.dmg"

# 1. The .app (the spec's BUNDLE step runs on macOS only).
"$VENV/bin/pyinstaller" --noconfirm --distpath "$BUILD/dist" --workpath "$BUILD/work" \
  "$ROOT/packaging/imagedeck.spec"

# 2. Smoke test of the frozen app inside the .app.
"$APP/Contents/MacOS/imagedeck" --self-test

SIGN=0
if [[ -n "${MACOS_SIGN_IDENTITY:-}" && -n "${APPLE_ID:-}" && -n "${APPLE_TEAM_ID:-}" && -n "${APPLE_APP_PASSWORD:-}" ]]; then
  SIGN=1
fi

# 3. Sign with the hardened runtime (required for notarisation): every Mach-O inside
#    first (--deep is deprecated for signing), then the bundle itself.
if [[ $SIGN == 1 ]]; then
  ENTITLEMENTS="$ROOT/packaging/macos/entitlements.plist"
  find "$APP/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) -print0 |
    xargs -0 -n 20 codesign --force --timestamp --options runtime \
      --entitlements "$ENTITLEMENTS" --sign "$MACOS_SIGN_IDENTITY"
  codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
    --sign "$MACOS_SIGN_IDENTITY" "$APP"
  codesign --verify --strict --verbose=2 "$APP"
fi

# 4. The DMG: the app plus a link to /Applications to drag it onto.
STAGE="$BUILD/dmg"
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "ImageDeck $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"

# 5. Sign the DMG, notarise it (Apple scans it; --wait blocks until accepted or rejected),
#    staple the ticket so Gatekeeper accepts it offline, and check the result.
if [[ $SIGN == 1 ]]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
  xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi

# 6. Smoke test from the DMG, as a seller would run it after mounting.
MOUNT="$(mktemp -d)"
hdiutil attach "$DMG" -mountpoint "$MOUNT" -nobrowse -quiet
trap 'hdiutil detach "$MOUNT" -quiet || true' EXIT
"$MOUNT/ImageDeck.app/Contents/MacOS/imagedeck" --self-test
du -sh "$APP" "$DMG"
