"""THIRD-PARTY-NOTICES.txt: every package a frozen ImageDeck bundles, with its licence text.

    python packaging/third_party_notices.py OUTPUT [--debian]

Run by the PyInstaller spec in the build environment, so the list is exactly what that
build bundles on that system (keyring's backends differ per system): ImageDeck's runtime
requirements, followed through their own requirements with the markers evaluated for this
Python, read from the installed packages' metadata (name, version, licence expression,
homepage and the licence files the wheel carries). Python itself comes first, then Qt and
PySide6 with the notice the LGPL asks for: that Qt is used under the LGPL 3, that its
libraries can be replaced, where their source is, and the full LGPL 3 and GPL 3 texts
(packaging/licenses/; the PySide6 wheels carry none). The installers ship the file
(the bundle's root, /usr/share/doc/imagedeck/copyright in the .deb) and Help > About opens it.
A package without any licence file fails the build rather than ship without its notice.
"""

from __future__ import annotations

import platform
import re
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

HERE = Path(__file__).resolve().parent
APP = "imagedeck"
LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|COPYRIGHT)[^/]*$", re.IGNORECASE)
# Qt comes inside these wheels; their section is written by qt_section(), not from files.
QT_DISTRIBUTIONS = {"pyside6-essentials", "pyside6", "shiboken6", "pyside6-addons"}
RULE = "=" * 78
# Licences whose full text Debian ships in /usr/share/common-licenses: the .deb's copyright
# file refers to those instead of repeating them (Debian policy 12.5; lintian checks it).
COMMON_LICENSES = {
    "Apache-2.0": re.compile(r"Apache License\s+Version 2\.0, January 2004", re.IGNORECASE),
    "GPL-3": re.compile(r"GNU GENERAL PUBLIC LICENSE\s+Version 3, 29 June 2007"),
    "LGPL-3": re.compile(r"GNU LESSER GENERAL PUBLIC LICENSE\s+Version 3, 29 June 2007"),
}


class NoticeError(Exception):
    """A bundled package cannot be given its notice; the message names it."""


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def bundled_distributions(root: str = APP) -> list[metadata.Distribution]:
    """`root` and everything it requires at run time here, each once, sorted by name."""
    environment = default_environment()
    found: dict[str, metadata.Distribution] = {}
    pending: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    while pending:
        name, extras = pending.pop()
        key = canonical(name)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            if key == canonical(root):
                raise NoticeError(f"{root} is not installed in {sys.prefix}") from None
            continue  # an optional requirement this system does not install
        first_visit = key not in found
        found[key] = dist
        for text in dist.requires or []:
            requirement = Requirement(text)
            wanted = requirement.marker is None or any(
                requirement.marker.evaluate({**environment, "extra": extra})
                for extra in (extras or {""})
            )
            if not wanted:
                continue
            if first_visit or requirement.extras:
                pending.append((requirement.name, frozenset(requirement.extras)))
    return sorted(found.values(), key=lambda d: canonical(d.metadata["Name"]))


def licence_expression(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    licence = (meta.get("License") or "").strip()
    if licence and "\n" not in licence and len(licence) < 80:
        return licence
    classifiers = [
        c.rsplit("::", 1)[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return " / ".join(classifiers) or "see the licence text below"


def homepage(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository", "source code"}:
            return url.strip()
    return (meta.get("Home-page") or "").strip()


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of each licence file in the distribution's metadata."""
    texts = []
    for file in dist.files or []:
        if ".dist-info/" not in file.as_posix() or not LICENCE_FILE.search(file.as_posix()):
            continue
        text = dist.read_text(file.as_posix().split(".dist-info/", 1)[1])
        if text is None:
            path = Path(dist.locate_file(file))
            text = path.read_text(encoding="utf-8", errors="replace") if path.is_file() else None
        if text and text.strip():
            texts.append((Path(file.as_posix()).name, text.strip()))
    if not texts:
        licence = (dist.metadata.get("License") or "").strip()
        if "\n" in licence:  # the whole text in the License field (older metadata)
            texts.append(("License", licence))
    return texts


def python_section() -> str:
    """CPython, which the bundle carries (interpreter, standard library)."""
    candidates = [
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
        Path(sys.base_prefix)
        / "share"
        / "doc"
        / f"python{sysconfig.get_python_version()}"
        / "copyright",
    ]
    for candidate in candidates:
        if candidate.is_file():
            text = candidate.read_text(encoding="utf-8", errors="replace").strip()
            break
    else:
        raise NoticeError(f"Python's LICENSE.txt not found (looked in {candidates[0].parent})")
    return section(
        f"Python {platform.python_version()}",
        "PSF-2.0 (and the licences of its bundled components, below)",
        "https://www.python.org/",
        [("LICENSE.txt", text)],
    )


def qt_section(dists: dict[str, metadata.Distribution]) -> str:
    """Qt and PySide6: the LGPL notice, where the source is, the LGPL 3 and GPL 3 texts."""
    pyside = dists.get("pyside6-essentials") or dists.get("pyside6")
    if pyside is None:
        raise NoticeError("PySide6 is not among the bundled packages")
    version = pyside.version
    major_minor = ".".join(version.split(".")[:2])
    notice = f"""\
ImageDeck uses Qt {version} and PySide6/Shiboken6 {version} (Qt for Python) under the
GNU Lesser General Public License version 3 (LGPL-3.0-only); the Qt Company also offers
them under the GPL and commercial licences. Copyright (C) The Qt Company Ltd. and other
contributors.

They are used unmodified and as separate shared libraries (Qt6*.dll / libQt6*.so* /
QtCore.framework..., the PySide6 and shiboken6 modules, Qt's plugins) inside the
installation folder. You may replace them with your own build of the same version: put
your libraries in their place and ImageDeck loads them.

The complete corresponding source code of these libraries:
  Qt {version}:      https://download.qt.io/official_releases/qt/{major_minor}/{version}/
                     (git: https://code.qt.io/cgit/qt/qt5.git/tag/?h=v{version})
  PySide6 {version}: https://download.qt.io/official_releases/QtForPython/pyside6/
                     (git: https://code.qt.io/cgit/pyside/pyside-setup.git/tag/?h=v{version})
Qt's own third-party components (ICU, zlib, libjpeg, libpng, harfbuzz, ...) and their
licences: https://doc.qt.io/qt-6/licenses-used-in-qt.html and the source above. If you
cannot download the source, write to the address in ImageDeck's homepage and we send it
to you for no more than the cost of sending it, for three years from this release.

The full texts of the LGPL 3 and of the GPL 3, which it builds on, follow."""
    texts = [
        ("LGPL-3.0", (HERE / "licenses" / "LGPL-3.0.txt").read_text(encoding="utf-8")),
        ("GPL-3.0", (HERE / "licenses" / "GPL-3.0.txt").read_text(encoding="utf-8")),
    ]
    return section(
        f"Qt {version} and PySide6 {version} (Qt for Python)",
        licence_expression(pyside),
        homepage(pyside),
        texts,
        notice,
    )


def debian_reference(text: str) -> str:
    """`text` with the licences Debian ships replaced by a pointer to their common copy.

    A licence file that is one of them is replaced whole; one embedded further down (Pillow's
    file gathers its bundled libraries' licences) is cut from its title to its "END OF TERMS
    AND CONDITIONS".
    """
    for name, start in COMMON_LICENSES.items():
        pointer = f"The full text of this licence ({name}) is in /usr/share/common-licenses/{name}."
        if start.search(text[:2000]):
            return pointer
        block = re.compile(start.pattern + r".*?END OF TERMS AND CONDITIONS", re.DOTALL)
        text = block.sub(pointer, text)
    return text


DEBIAN = False  # set by --debian: common licences by reference (the .deb's copyright file)


def section(
    title: str, licence: str, url: str, texts: list[tuple[str, str]], notice: str = ""
) -> str:
    if DEBIAN:
        texts = [(name, debian_reference(text)) for name, text in texts]
    lines = [RULE, title, RULE, f"Licence: {licence}"]
    if url:
        lines.append(f"Homepage: {url}")
    if notice:
        lines += ["", notice]
    for name, text in texts:
        lines += ["", f"--- {name} ---", "", text.strip()]
    return "\n".join(lines) + "\n"


def notices() -> str:
    """The whole THIRD-PARTY-NOTICES.txt for this environment."""
    dists = {canonical(d.metadata["Name"]): d for d in bundled_distributions()}
    app = dists.pop(canonical(APP))
    parts = [
        f"ImageDeck {app.version}: third-party software notices\n\n"
        f"This build of ImageDeck ({platform.system()} {platform.machine()}) includes the\n"
        "software below. Each entry names its version, licence and homepage and gives the\n"
        "licence texts its authors ship. Generated from the package metadata by\n"
        "packaging/third_party_notices.py when the installer was built.\n",
        python_section(),
        qt_section(dists),
    ]
    missing = []
    for key, dist in dists.items():
        if key in QT_DISTRIBUTIONS:
            continue
        texts = licence_texts(dist)
        if not texts:
            missing.append(f"{dist.metadata['Name']} {dist.version}")
            continue
        parts.append(
            section(
                f"{dist.metadata['Name']} {dist.version}",
                licence_expression(dist),
                homepage(dist),
                texts,
            )
        )
    if missing:
        raise NoticeError(
            "no licence file in the metadata of " + ", ".join(missing) + ": add its text to "
            "packaging/licenses/ and to this script before shipping it"
        )
    return "\n\n".join(parts)


def main(argv: list[str]) -> int:
    global DEBIAN
    DEBIAN = "--debian" in argv[1:]
    argv = [arg for arg in argv if arg != "--debian"]
    if len(argv) != 2:
        print("usage: third_party_notices.py OUTPUT [--debian]", file=sys.stderr)
        return 2
    try:
        text = notices()
    except NoticeError as error:
        print(f"third_party_notices: {error}", file=sys.stderr)
        return 1
    Path(argv[1]).parent.mkdir(parents=True, exist_ok=True)
    Path(argv[1]).write_text(text, encoding="utf-8", newline="\n")
    print(f"{argv[1]}: {text.count(RULE) // 2} components")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
