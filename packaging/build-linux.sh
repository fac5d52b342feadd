#!/usr/bin/env bash
# Build ImageDeck for Linux and prove it starts — ONE command, from the repository root:
#
#     packaging/build-linux.sh [--compare-untrimmed]
#
# 1. freezes the app with PyInstaller (packaging/imagedeck.spec) into build/dist/imagedeck/
# 2. runs `imagedeck --self-test` on that bundle (offscreen; and on a real X server via
#    xvfb-run when it is installed, which proves the xcb platform plugin works frozen)
# 3. packs build/imagedeck_<version>_<arch>.deb with dpkg-deb: /opt/imagedeck,
#    /usr/bin/imagedeck -> /opt/imagedeck/imagedeck, a desktop entry, hicolor icons, the
#    AppStream metainfo, a man page (help2man on --help), /usr/share/doc/imagedeck/copyright
#    (with every bundled package's licence) and changelog.gz; Depends from dpkg-shlibdeps
# 4. installs the .deb with `dpkg --root` into a throw-away root under build/ (this
#    machine's own dpkg database is not touched) and runs --self-test from there
# 5. prints bundle size, .deb size, installed size and start-up times (median of
#    STARTUP_RUNS=5 self-tests each), and writes them to build/reports/linux.txt
# --compare-untrimmed also builds without the spec's Qt exclusions and reports that size.
#
# Needs: python3.11+ with the lock installed in .venv (or VENV=...):
#   pip install --require-hashes -r packaging/requirements-lock.txt && pip install --no-deps -e .
# and the Debian tools: dpkg-dev, binutils, help2man, desktop-file-utils, appstream, lintian
# (xvfb for the X11 self-test). No network access at build time.
#
# Validators, all fatal: desktop-file-validate, appstreamcli validate --strict (the metainfo),
# lintian (only packaging/linux/lintian-overrides' vendor-bundle classes are accepted), the
# glibc floor of the bundle (objdump -T) against the libc6 dependency dpkg-shlibdeps computed.
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
for tool in dpkg-deb dpkg-shlibdeps objdump help2man desktop-file-validate appstreamcli lintian; do
  command -v "$tool" >/dev/null || fail "$tool not found: apt-get install dpkg-dev binutils \
help2man desktop-file-utils appstream lintian"
done
METAINFO="$ROOT/packaging/linux/com.imagedeck.ImageDeck.metainfo.xml"

# Installers are built from the lock file (packaging/requirements-lock.txt, with hashes), so
# two builds of one commit bundle the same packages. IMAGEDECK_UNLOCKED=1 builds anyway
# (a developer trying a newer dependency); its figures are not the README's.
if [[ "${IMAGEDECK_UNLOCKED:-0}" != 1 ]]; then
  "$PY" "$ROOT/packaging/check_lock.py" || fail "the venv is not the lock (IMAGEDECK_UNLOCKED=1 to build anyway)"
fi
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

say "validators: desktop entry, AppStream metainfo"
# The platform's own checkers; a failure stops the build (they run in CI the same way).
desktop-file-validate "$ROOT/packaging/linux/imagedeck.desktop"
appstreamcli validate --strict --no-net "$METAINFO"
echo "desktop-file-validate and appstreamcli validate --strict: passed"

say "Debian package"
DEBROOT="$BUILD/deb/imagedeck_${VERSION}_${ARCH}"
DOC="$DEBROOT/usr/share/doc/imagedeck"
rm -rf "$DEBROOT"
mkdir -p "$DEBROOT/DEBIAN" "$DEBROOT/opt" "$DEBROOT/usr/bin" "$DEBROOT/usr/share/applications" \
  "$DEBROOT/usr/share/metainfo" "$DEBROOT/usr/share/man/man1" "$DOC" \
  "$DEBROOT/usr/share/lintian/overrides"
cp -a "$DIST" "$DEBROOT/opt/imagedeck"
ln -s /opt/imagedeck/imagedeck "$DEBROOT/usr/bin/imagedeck"
install -m 644 "$ROOT/packaging/linux/imagedeck.desktop" "$DEBROOT/usr/share/applications/"
install -m 644 "$METAINFO" "$DEBROOT/usr/share/metainfo/"
for size in 16 24 32 48 64 128 256 512; do
  dir="$DEBROOT/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  install -m 644 "$ROOT/resources/icons/imagedeck-$size.png" "$dir/imagedeck.png"
done
# The man page is the frozen command's own --help (help2man), so it never drifts from it.
help2man --no-info --no-discard-stderr --section=1 --source="ImageDeck $VERSION" --version-string="$VERSION" \
  --name="arrange, name and upload marketplace listing images" \
  "$DIST/imagedeck" > "$BUILD/imagedeck.1"
gzip -9n < "$BUILD/imagedeck.1" > "$DEBROOT/usr/share/man/man1/imagedeck.1.gz"
# copyright: ImageDeck's licence, then every bundled package's (THIRD-PARTY-NOTICES.txt).
NOTICES="$DIST/_internal/THIRD-PARTY-NOTICES.txt"
[[ -s "$NOTICES" ]] || fail "the bundle has no THIRD-PARTY-NOTICES.txt (packaging/third_party_notices.py)"
# The same notices, with the licences Debian ships in /usr/share/common-licenses referred to.
"$PY" "$ROOT/packaging/third_party_notices.py" "$BUILD/copyright-notices.txt" --debian
{ cat "$ROOT/packaging/linux/copyright.in"; cat "$BUILD/copyright-notices.txt"; } > "$DOC/copyright"
"$PY" "$ROOT/packaging/linux/debian_changelog.py" "$METAINFO" "$VERSION" \
  | gzip -9n > "$DOC/changelog.gz"
install -m 644 "$ROOT/packaging/linux/lintian-overrides" "$DEBROOT/usr/share/lintian/overrides/imagedeck"
# Files mode 644 and folders 755 outside the bundle's executables (lintian checks both).
find "$DEBROOT" -path "$DEBROOT/DEBIAN" -prune -o -type d -exec chmod 755 {} +
# Shared libraries are loaded, never run: 644 (PyInstaller and wheels leave some 755).
find "$DEBROOT/opt/imagedeck/_internal" -type f -name '*.so*' -exec chmod 644 {} +
chmod 644 "$DOC/copyright" "$DOC/changelog.gz" "$DEBROOT/usr/share/man/man1/imagedeck.1.gz"

say "dependencies: dpkg-shlibdeps on every bundled ELF file; glibc floor from objdump -T"
# The distribution's libraries are not bundled (packaging/system_libraries.py): the package
# depends on them, as dpkg-shlibdeps finds from the binaries' real needs. The bundle's own
# libraries (Qt, ICU, Pillow's) are private: found through -l, no package to depend on.
SHLIB="$BUILD/shlibdeps"
rm -rf "$SHLIB" && mkdir -p "$SHLIB/debian"
printf 'Source: imagedeck\nMaintainer: ImageDeck <imagedeck@example.com>\n\nPackage: imagedeck\nArchitecture: any\nDescription: ImageDeck\n ImageDeck\n' \
  > "$SHLIB/debian/control"
mapfile -t ELVES < <(find "$DEBROOT/opt/imagedeck" -type f -exec sh -c \
  'head -c4 "$1" | grep -q "ELF" && printf "%s\n" "$1"' _ {} \;)
PRIVATE_DIRS=()
while IFS= read -r dir; do PRIVATE_DIRS+=("-l$dir"); done < <(
  printf '%s\n' "${ELVES[@]}" | xargs -n1 dirname | sort -u)
DEPENDS="$(cd "$SHLIB" && dpkg-shlibdeps -O --warnings=0 --ignore-missing-info \
  "${PRIVATE_DIRS[@]}" "${ELVES[@]/#/-e}" | sed -n 's/^shlibs:Depends=//p')"
[[ "$DEPENDS" == *"libc6 (>= "* ]] || fail "dpkg-shlibdeps found no libc6 dependency: $DEPENDS"
LIBC_DEP="$(sed -n 's/.*libc6 (>= \([0-9.]*\)).*/\1/p' <<<"$DEPENDS")"
GLIBC_FLOOR="$("$PY" "$ROOT/packaging/linux/glibc_floor.py" "$DEBROOT/opt/imagedeck")"
echo "libc6 (>= $LIBC_DEP) from dpkg-shlibdeps; objdump -T: glibc $GLIBC_FLOOR"
[[ "$(printf '%s\n%s\n' "${GLIBC_FLOOR%% *}" "$LIBC_DEP" | sort -V | tail -1)" == "$LIBC_DEP" ]] \
  || fail "libc6 (>= $LIBC_DEP) is older than the glibc $GLIBC_FLOOR the binaries import"
if find "$DEBROOT/opt" -name 'libgtk-3*' -o -name 'libqgtk3*' | grep -q .; then
  fail "the GTK stack or Qt's GTK3 theme plugin is in the bundle"
fi

INSTALLED_KB="$(du -sk --exclude=DEBIAN "$DEBROOT" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_KB@/$INSTALLED_KB/" \
  -e "s/@DEPENDS@/$DEPENDS/" "$ROOT/packaging/linux/control.in" > "$DEBROOT/DEBIAN/control"
# No maintainer scripts: the desktop database and icon cache are refreshed by the
# file triggers of desktop-file-utils and hicolor-icon-theme.
DEB="$BUILD/imagedeck_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group --build "$DEBROOT" "$DEB" >/dev/null
dpkg-deb --info "$DEB" | sed -n '1,12p'

say "lintian"
# Only the classes packaging/linux/lintian-overrides lists (each with its reason) are
# accepted; any other error or warning fails the build.
LINTIAN_OUT="$BUILD/reports/lintian.txt"
lintian --allow-root --no-tag-display-limit --show-overrides --fail-on none "$DEB" \
  > "$LINTIAN_OUT" 2>&1 || { cat "$LINTIAN_OUT"; fail "lintian could not run"; }
if grep -E '^[EW]: ' "$LINTIAN_OUT"; then fail "lintian reported the errors or warnings above"; fi
LINTIAN_SUMMARY="$(grep -E '^[EWIPXO]: ' "$LINTIAN_OUT" | awk '{ print $1, $3 }' | sort | uniq -c \
  | sort -rn | awk '{ printf "%s%s %s x%s", sep, $2, $3, $1; sep = ", " }')"
echo "lintian: no error or warning; by class (O: = overridden, I: = info): $LINTIAN_SUMMARY"
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
for file in usr/share/icons/hicolor/256x256/apps/imagedeck.png usr/share/doc/imagedeck/copyright \
  usr/share/doc/imagedeck/changelog.gz usr/share/man/man1/imagedeck.1.gz \
  usr/share/metainfo/com.imagedeck.ImageDeck.metainfo.xml usr/share/applications/imagedeck.desktop \
  opt/imagedeck/_internal/THIRD-PARTY-NOTICES.txt opt/imagedeck/_internal/resources/translations/imagedeck_de.qm \
  opt/imagedeck/_internal/resources/icons/imagedeck-256.png; do
  [[ -s "$TROOT/$file" ]] || fail "/$file is not installed by the .deb"
done
grep -q "/usr/share/common-licenses/LGPL-3" "$TROOT/usr/share/doc/imagedeck/copyright" \
  || fail "the copyright file does not point at the LGPL text"
grep -q "GNU LESSER GENERAL PUBLIC LICENSE" "$TROOT/opt/imagedeck/_internal/THIRD-PARTY-NOTICES.txt" \
  || fail "the bundle's notices lack the LGPL text"
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
record "Depends computed by dpkg-shlibdeps: libc6 (>= $LIBC_DEP); objdump -T glibc floor: $GLIBC_FLOOR"
record "lintian (no error or warning; O: = overridden in packaging/linux/lintian-overrides): $LINTIAN_SUMMARY"
record "self-test passed on: bundle (offscreen)$([[ -f $BUILD/reports/self-test-bundle-xcb.txt ]] && echo ', bundle (xcb under Xvfb)'), installed .deb (offscreen)"
