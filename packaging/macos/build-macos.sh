#!/usr/bin/env bash
# Build ImageDeck.app and a DMG on macOS — NOT run on the Linux machine this was written
# on; .github/workflows/package.yml runs it on an arm64 and an x86_64 macOS runner (one
# build per architecture: Pillow publishes no universal2 wheels). From the repository root:
#
#     packaging/macos/build-macos.sh
#
# Output: build/ImageDeck-<version>-macos-<arch>.dmg.
#
# Signing and notarisation run when all four variables are set, or are skipped (the DMG is
# then unsigned: fine for CI smoke tests, not for sellers, whom Gatekeeper would stop):
#   MACOS_SIGN_IDENTITY  "Developer ID Application: Your Company (TEAMID)", in a keychain
#                        (the workflow imports it from the MACOS_CERTIFICATE secret first)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD  (an app-specific password) for notarytool
# Signed, both the .app and the DMG are notarised and stapled, so either works offline.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
BUILD="$ROOT/build"
APP="$BUILD/dist/ImageDeck.app"
VERSION="$("$VENV/bin/python" -c 'from importlib.metadata import version; print(version("imagedeck"))')"
ARCH="${IMAGEDECK_TARGET_ARCH:-$(uname -m)}"
DMG="$BUILD/ImageDeck-$VERSION-macos-$ARCH.dmg"
PLIST="$APP/Contents/Info.plist"
fail() { printf 'build-macos: %s\n' "$*" >&2; exit 1; }

"$VENV/bin/python" "$ROOT/packaging/check_lock.py"

# 1. The .app (the spec's BUNDLE step runs on macOS only).
"$VENV/bin/pyinstaller" --noconfirm --distpath "$BUILD/dist" --workpath "$BUILD/work" \
  "$ROOT/packaging/imagedeck.spec"

# 2. The platform's checks of the Info.plist, and what the app must (not) claim.
plutil -lint "$PLIST"
[[ "$(plutil -extract CFBundleShortVersionString raw "$PLIST")" == "$VERSION" ]] \
  || fail "CFBundleShortVersionString is not $VERSION"
plutil -extract CFBundleVersion raw "$PLIST" >/dev/null || fail "no CFBundleVersion"
plutil -extract CFBundleLocalizations json -o - "$PLIST" | grep -q '"de"' \
  || fail "CFBundleLocalizations lacks de"
if plutil -extract CFBundleDocumentTypes json -o - "$PLIST" >/dev/null 2>&1; then
  fail "the app claims document types; it opens no files"
fi
if [[ "$(plutil -extract LSBackgroundOnly raw "$PLIST" 2>/dev/null || echo false)" == "true" ]]; then
  fail "LSBackgroundOnly is set: the app would have no Dock icon and no menu bar"
fi
lipo -archs "$APP/Contents/MacOS/imagedeck" | grep -qw "$ARCH" || fail "not built for $ARCH"
[[ -s "$APP/Contents/Resources/THIRD-PARTY-NOTICES.txt" || -s "$APP/Contents/Frameworks/THIRD-PARTY-NOTICES.txt" ]] \
  || fail "no THIRD-PARTY-NOTICES.txt in the app"

# 3. Smoke test of the frozen app inside the .app.
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/imagedeck" --self-test

SIGN=0
if [[ -n "${MACOS_SIGN_IDENTITY:-}" && -n "${APPLE_ID:-}" && -n "${APPLE_TEAM_ID:-}" && -n "${APPLE_APP_PASSWORD:-}" ]]; then
  SIGN=1
fi
notarise() {  # submit a .zip or .dmg, wait for Apple's verdict (fails on "Invalid")
  xcrun notarytool submit "$1" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait --timeout 30m
}

# 4. Sign with the hardened runtime (required for notarisation): every Mach-O inside
#    first (--deep is deprecated for signing), then the bundle; notarise and staple the .app.
if [[ $SIGN == 1 ]]; then
  ENTITLEMENTS="$ROOT/packaging/macos/entitlements.plist"
  find "$APP/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) -print0 |
    xargs -0 -n 20 codesign --force --timestamp --options runtime \
      --entitlements "$ENTITLEMENTS" --sign "$MACOS_SIGN_IDENTITY"
  codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
    --sign "$MACOS_SIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
  ditto -c -k --keepParent "$APP" "$BUILD/ImageDeck-notarise.zip"
  notarise "$BUILD/ImageDeck-notarise.zip"
  xcrun stapler staple "$APP"
  xcrun stapler validate "$APP"
  spctl --assess --type execute --verbose "$APP"
fi

# 5. The DMG: the app plus a link to /Applications to drag it onto.
STAGE="$BUILD/dmg"
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "ImageDeck $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"

# 6. Sign, notarise and staple the DMG too, and check the result.
if [[ $SIGN == 1 ]]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
  codesign --verify --strict --verbose=2 "$DMG"
  notarise "$DMG"
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi

# 7. Smoke test from the DMG, as a seller would run it after mounting.
MOUNT="$(mktemp -d)"
hdiutil attach "$DMG" -mountpoint "$MOUNT" -nobrowse -quiet
trap 'hdiutil detach "$MOUNT" -quiet || true' EXIT
QT_QPA_PLATFORM=offscreen "$MOUNT/ImageDeck.app/Contents/MacOS/imagedeck" --self-test
if [[ $SIGN == 1 ]]; then codesign --verify --deep --strict "$MOUNT/ImageDeck.app"; fi
du -sh "$APP" "$DMG"
