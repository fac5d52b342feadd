#!/usr/bin/env bash
# Build ImageDeck for Linux and prove it starts — ONE command, from the repository root:
#
#     packaging/build-linux.sh [--compare-untrimmed]
#
# 1. freezes the app with PyInstaller (packaging/imagedeck.spec) into build/dist/imagedeck/
# 2. runs `imagedeck --self-test` on that bundle (offscreen; and on a real X server via
#    xvfb-run when it is installed, which proves the xcb platform plugin works frozen)
# 3. packs build/imagedeck_<version>_<arch>.deb with dpkg-deb: /opt/imagedeck,
#    /usr/bin/imagedeck -> /opt/imagedeck/imagedeck, a desktop entry, hicolor icons
# 4. installs the .deb with `dpkg --root` into a throw-away root under build/ (this
#    machine's own dpkg database is not touched) and runs --self-test from there
# 5. prints bundle size, .deb size, installed size and start-up times (median of
#    STARTUP_RUNS=5 self-tests each), and writes them to build/reports/linux.txt
# --compare-untrimmed also builds without the spec's Qt exclusions and reports that size.
#
# Needs: python3.11+ with the project installed as `pip install -e ".[package]"` in .venv
# (or VENV=...), dpkg-deb and dpkg. No network access at build time.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"
BUILD="$ROOT/build"
DIST="$BUILD/dist/imagedeck"
REPORT="$BUILD/reports/linux.txt"
COMPARE=0
[[ "${1:-}" == "--compare-untrimmed" ]] && COMPARE=1

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'build-linux: %s\n' "$*" >&2; exit 1; }
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
size_of() { du -sb "$1" | cut -f1; }

[[ -x "$PY" ]] || fail "no Python at $PY: python3 -m venv .venv && .venv/bin/pip install -e '.[package]'"
"$PY" -c "import PyInstaller" 2>/dev/null \
  || fail "PyInstaller missing in $VENV: $VENV/bin/pip install -e '.[package]'"
command -v dpkg-deb >/dev/null || fail "dpkg-deb not found (apt-get install dpkg)"

VERSION="$("$PY" -c 'from importlib.metadata import version; print(version("imagedeck"))')"
ARCH="$(dpkg --print-architecture)"
mkdir -p "$BUILD/reports"
: > "$REPORT"
record() { printf '%s\n' "$*" | tee -a "$REPORT"; }

# Runs the self-test headless; prints its report; fails the build on a non-zero status.
self_test() {
  local label="$1" exe="$2" out="$BUILD/reports/self-test-$1.txt"
  say "self-test: $label ($exe)"
  shift 2
  if ! env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$@" "$exe" --self-test >"$out" 2>&1; then
    cat "$out"
    fail "self-test failed on $label"
  fi
  cat "$out"
}
painted_at() { sed -n 's/^\[ *\([0-9.]*\) s\] grid painted.*/\1/p' "$1"; }
shown_at() { sed -n 's/^\[ *\([0-9.]*\) s\] window shown.*/\1/p' "$1"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Start-up of `exe`: the median over STARTUP_RUNS self-tests (default 5; the machine may be
# shared, one run is noise) of "window shown" and "grid painted", seconds after the
# process started (the bootloader's unpacking and all imports included).
startup() {
  local exe="$1" runs="${STARTUP_RUNS:-5}" out shown="" painted=""
  out="$(mktemp)"
  for _ in $(seq "$runs"); do
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$exe" --self-test >"$out" 2>&1 \
      || { cat "$out"; fail "self-test failed while timing $exe"; }
    shown+="$(shown_at "$out")"$'\n'
    painted+="$(painted_at "$out")"$'\n'
  done
  rm -f "$out"
  printf 'window shown %s s, grid with 64 thumbnails painted %s s (median of %s runs)' \
    "$(printf '%s' "$shown" | median)" "$(printf '%s' "$painted" | median)" "$runs"
}

if [[ $COMPARE == 1 ]]; then
  say "PyInstaller, untrimmed (for comparison)"
  IMAGEDECK_UNTRIMMED=1 "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$BUILD/untrimmed/dist" --workpath "$BUILD/untrimmed/work" "$ROOT/packaging/imagedeck.spec"
  UNTRIMMED_BYTES="$(size_of "$BUILD/untrimmed/dist/imagedeck")"
fi

say "PyInstaller bundle"
rm -rf "$DIST"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$BUILD/dist" --workpath "$BUILD/work" "$ROOT/packaging/imagedeck.spec"
BUNDLE_BYTES="$(size_of "$DIST")"

self_test bundle "$DIST/imagedeck"
STARTUP_BUNDLE="$(startup "$DIST/imagedeck")"
if command -v xvfb-run >/dev/null; then
  say "self-test on a real X server (xvfb-run, Qt's xcb platform)"
  out="$BUILD/reports/self-test-bundle-xcb.txt"
  if ! QT_QPA_PLATFORM=xcb xvfb-run -a "$DIST/imagedeck" --self-test >"$out" 2>&1; then
    cat "$out"
    fail "self-test failed on the bundle under X (xcb)"
  fi
  cat "$out"
fi

say "Debian package"
DEBROOT="$BUILD/deb/imagedeck_${VERSION}_${ARCH}"
rm -rf "$DEBROOT"
mkdir -p "$DEBROOT/DEBIAN" "$DEBROOT/opt" "$DEBROOT/usr/bin" "$DEBROOT/usr/share/applications"
cp -a "$DIST" "$DEBROOT/opt/imagedeck"
ln -s /opt/imagedeck/imagedeck "$DEBROOT/usr/bin/imagedeck"
install -m 644 "$ROOT/packaging/linux/imagedeck.desktop" "$DEBROOT/usr/share/applications/"
for size in 16 24 32 48 64 128 256 512; do
  dir="$DEBROOT/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  install -m 644 "$ROOT/resources/icons/imagedeck-$size.png" "$dir/imagedeck.png"
done
INSTALLED_KB="$(du -sk --exclude=DEBIAN "$DEBROOT" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_KB@/$INSTALLED_KB/" \
  "$ROOT/packaging/linux/control.in" > "$DEBROOT/DEBIAN/control"
# No maintainer scripts: the desktop database and icon cache are refreshed by the
# file triggers of desktop-file-utils and hicolor-icon-theme.
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$DEBROOT/usr/share/applications/imagedeck.desktop"
fi
DEB="$BUILD/imagedeck_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group --build "$DEBROOT" "$DEB" >/dev/null
dpkg-deb --info "$DEB" | sed -n '1,12p'
DEB_BYTES="$(size_of "$DEB")"

say "install the .deb into a throw-away root"
TROOT="$(mktemp -d "$BUILD/throwaway-root.XXXXXX")"
trap 'rm -rf "$TROOT"' EXIT
mkdir -p "$TROOT/var/lib/dpkg/info" "$TROOT/var/lib/dpkg/updates" "$TROOT/var/lib/dpkg/triggers"
touch "$TROOT/var/lib/dpkg/status" "$TROOT/var/lib/dpkg/available"
# --force-depends: the empty root has none of the system libraries the package depends
# on; the self-test below uses this machine's (the same ones a desktop has).
dpkg --root="$TROOT" --force-depends --force-not-root --log=/dev/null -i "$DEB" 2>&1 \
  | grep -v "^dpkg: warning: \(package\|ignoring\)" | grep -v "^ imagedeck depends on" || true
dpkg --root="$TROOT" -s imagedeck | grep -E '^(Status|Version)'
[[ "$(readlink "$TROOT/usr/bin/imagedeck")" == /opt/imagedeck/imagedeck ]] \
  || fail "/usr/bin/imagedeck does not point at /opt/imagedeck/imagedeck"
[[ -f "$TROOT/usr/share/icons/hicolor/256x256/apps/imagedeck.png" ]] || fail "icon not installed"
INSTALLED_BYTES="$(du -sb "$TROOT/opt" "$TROOT/usr" | awk '{ s += $1 } END { print s }')"
self_test installed "$TROOT/opt/imagedeck/imagedeck"
STARTUP_INSTALLED="$(startup "$TROOT/opt/imagedeck/imagedeck")"
dpkg --root="$TROOT" --force-not-root --log=/dev/null -r imagedeck >/dev/null
[[ ! -e "$TROOT/opt/imagedeck/imagedeck" ]] || fail "dpkg -r left /opt/imagedeck behind"

say "figures"
record "ImageDeck $VERSION, $(uname -m), built $(date -u +%Y-%m-%dT%H:%MZ) by packaging/build-linux.sh"
if [[ $COMPARE == 1 ]]; then
  record "bundle size untrimmed (IMAGEDECK_UNTRIMMED=1: no exclusions, not stripped): $(mib "$UNTRIMMED_BYTES") ($UNTRIMMED_BYTES bytes)"
fi
record "bundle size (build/dist/imagedeck):        $(mib "$BUNDLE_BYTES") ($BUNDLE_BYTES bytes)"
record ".deb size ($(basename "$DEB")): $(mib "$DEB_BYTES")"
record "installed size (/opt + /usr from the .deb): $(mib "$INSTALLED_BYTES")"
record "start-up, bundle:    $STARTUP_BUNDLE"
record "start-up, installed: $STARTUP_INSTALLED"
record "(times after process start, offscreen, cold thumbnail cache; load average then: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores)"
record "self-test passed on: bundle (offscreen)$([[ -f $BUILD/reports/self-test-bundle-xcb.txt ]] && echo ', bundle (xcb under Xvfb)'), installed .deb (offscreen)"
