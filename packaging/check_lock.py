"""Whether this environment holds exactly the versions of packaging/requirements-lock.txt.

    python packaging/check_lock.py [LOCK]

Installer builds are made from the lock file (hashes included), so two builds of one
commit bundle the same packages and the README's sizes stay reproducible:

    pip install --require-hashes -r packaging/requirements-lock.txt && pip install --no-deps -e .

pyproject.toml keeps its ranges for people who `pip install imagedeck`. build-linux.sh and
the package workflow run this first; it names every package that differs (or is missing)
for this system's markers and exits 1, so an unlocked environment cannot build an installer
by accident. Regenerate the lock with the command in its header.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.utils import canonicalize_name

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def locked(lock_text: str) -> dict[str, str]:
    """Name -> version pinned for this interpreter and system (markers evaluated)."""
    pins: dict[str, str] = {}
    for line in lock_text.splitlines():
        match = PIN.match(line.strip())
        if not match:
            continue
        name, version, marker = match.groups()
        if marker and not Marker(marker).evaluate():
            continue
        pins[canonicalize_name(name)] = version
    return pins


def differences(pins: dict[str, str]) -> list[str]:
    problems = []
    for name, version in sorted(pins.items()):
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            problems.append(f"{name}: locked {version}, not installed")
            continue
        if installed != version:
            problems.append(f"{name}: locked {version}, installed {installed}")
    return problems


def main(argv: list[str]) -> int:
    lock = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("requirements-lock.txt")
    pins = locked(lock.read_text(encoding="utf-8"))
    if not pins:
        print(f"check_lock: no pinned requirement in {lock}", file=sys.stderr)
        return 1
    problems = differences(pins)
    if problems:
        print(f"check_lock: this environment differs from {lock}:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        print(
            "install the lock: pip install --require-hashes -r packaging/requirements-lock.txt"
            " && pip install --no-deps -e .",
            file=sys.stderr,
        )
        return 1
    print(f"check_lock: {len(pins)} packages as locked in {lock.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
