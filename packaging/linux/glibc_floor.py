"""The oldest glibc a Linux bundle runs on, read from the symbols its binaries import.

    python packaging/linux/glibc_floor.py build/dist/imagedeck

prints e.g. "2.35 (needed by _internal/libpython3.11.so.1.0: GLIBC_2.35)". Every ELF file's
dynamic symbol table (`objdump -T`) names the glibc symbol version of each imported symbol;
the bundle needs the highest one. packaging/build-linux.sh checks the `libc6 (>= ...)` that
dpkg-shlibdeps computed against this, so the package never promises an older glibc than
some bundled library needs (a hand-written number did: it installed on Debian 11 and then
failed to start).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

GLIBC_VERSION = re.compile(r"\bGLIBC_(\d+(?:\.\d+)+)\b")


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def elf_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))


def imported_glibc_versions(objdump_output: str) -> set[tuple[int, ...]]:
    """glibc versions of the undefined (imported) symbols in `objdump -T` output."""
    found = set()
    for line in objdump_output.splitlines():
        if "*UND*" not in line:
            continue
        for match in GLIBC_VERSION.finditer(line):
            found.add(tuple(int(part) for part in match.group(1).split(".")))
    return found


def glibc_floor(root: Path) -> tuple[tuple[int, ...], list[str]]:
    """The highest imported glibc version under `root` and the files that import it."""
    best: tuple[int, ...] = (0,)
    needers: list[str] = []
    for path in elf_files(root):
        result = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True)
        versions = imported_glibc_versions(result.stdout)
        if not versions:
            continue
        top = max(versions)
        name = str(path.relative_to(root))
        if top > best:
            best, needers = top, [name]
        elif top == best:
            needers.append(name)
    return best, needers


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not Path(argv[1]).is_dir():
        print("usage: glibc_floor.py BUNDLE_DIR", file=sys.stderr)
        return 2
    floor, needers = glibc_floor(Path(argv[1]))
    shown = ", ".join(needers[:3]) + (f" and {len(needers) - 3} more" if len(needers) > 3 else "")
    print(f"{'.'.join(map(str, floor))} (needed by {shown})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
