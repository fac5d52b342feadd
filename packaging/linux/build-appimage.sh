#!/usr/bin/env bash
# AppImage recipe — FOR CI ONLY: it needs appimagetool, which is not on the build machine
# and is not downloaded here; .github/workflows/package.yml downloads it on its ubuntu
# runner and then runs this script. Not built or run on the machine this was written on.
#
#     APPIMAGETOOL=/path/to/appimagetool packaging/linux/build-appimage.sh
#
# Needs build/dist/imagedeck/ from packaging/build-linux.sh (or the PyInstaller step).
# Like the .deb, the bundle carries no library of the distribution (glib, X11/xcb,
# fontconfig, OpenSSL...: packaging/system_libraries.py), so the AppImage runs on desktops
# that have the libraries the .deb's Depends lists (any current desktop distribution; a
# minimal one may lack libxcb-cursor0). THIRD-PARTY-NOTICES.txt is inside the bundle.
# Output: build/ImageDeck-<version>-x86_64.AppImage, smoke-tested with --self-test.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="$ROOT/build"
TOOL="${APPIMAGETOOL:?set APPIMAGETOOL to the appimagetool binary}"
VERSION="$("${VENV:-$ROOT/.venv}/bin/python" -c 'from importlib.metadata import version; print(version("imagedeck"))')"
APPDIR="$BUILD/ImageDeck.AppDir"
OUT="$BUILD/ImageDeck-$VERSION-x86_64.AppImage"

[[ -x "$BUILD/dist/imagedeck/imagedeck" ]] || { echo "run packaging/build-linux.sh first" >&2; exit 1; }
rm -rf "$APPDIR"
mkdir -p "$APPDIR/opt" "$APPDIR/usr/share/icons/hicolor/256x256/apps"
cp -a "$BUILD/dist/imagedeck" "$APPDIR/opt/imagedeck"
cp "$ROOT/packaging/linux/imagedeck.desktop" "$APPDIR/imagedeck.desktop"
cp "$ROOT/resources/icons/imagedeck-256.png" "$APPDIR/imagedeck.png"
cp "$ROOT/resources/icons/imagedeck-256.png" "$APPDIR/usr/share/icons/hicolor/256x256/apps/imagedeck.png"
cat > "$APPDIR/AppRun" <<'RUN'
#!/bin/sh
exec "$(dirname "$(readlink -f "$0")")/opt/imagedeck/imagedeck" "$@"
RUN
chmod +x "$APPDIR/AppRun"
# CI runners have no FUSE: run appimagetool (an AppImage itself) extracted.
ARCH=x86_64 APPIMAGE_EXTRACT_AND_RUN=1 "$TOOL" "$APPDIR" "$OUT"
env -u DISPLAY APPIMAGE_EXTRACT_AND_RUN=1 "$OUT" --self-test
du -h "$OUT"
