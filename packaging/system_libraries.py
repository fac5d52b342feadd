"""Which shared libraries of a Linux bundle belong to the distribution, not to the app.

PyInstaller copies every library the frozen binaries link, system ones included (glib, X11,
xcb, fontconfig, libstdc++, OpenSSL, libsystemd...). Copied from the build machine they need
its glibc, so a package claiming an older one would install and then fail to start. The
spec leaves them out and the .deb depends on the distribution's packages instead
(dpkg-shlibdeps computes which, in packaging/build-linux.sh). What stays: Python itself
(libpython, the standard library's extension modules) and whatever ships inside a wheel
(Qt, ICU, PySide6, Pillow's own libraries). Plain Python so tests can check the rule.
"""

from __future__ import annotations

import sysconfig
from pathlib import PurePosixPath

SYSTEM_DIRS = ("/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/local/lib")


def _python_dirs() -> tuple[str, ...]:
    """Folders of this Python's standard library and installed packages."""
    paths = sysconfig.get_paths()
    keys = ("stdlib", "platstdlib", "purelib", "platlib")
    return tuple(str(PurePosixPath(paths[key])) for key in keys if paths.get(key))


def is_system_library(source: str, python_dirs: tuple[str, ...] | None = None) -> bool:
    """Whether the library at `source` (a path on the build machine) is the distribution's.

    A file inside Python's own folders (lib-dynload, site-packages: wheels carry their
    libraries there) is the app's, wherever Python is installed; so is libpython, which sits
    in the distribution's library folder when Python itself comes from the distribution.
    """
    path = PurePosixPath(source)
    if path.name.startswith("libpython"):
        return False
    text = str(path)
    for folder in python_dirs if python_dirs is not None else _python_dirs():
        if text == folder or text.startswith(folder.rstrip("/") + "/"):
            return False
    return any(text.startswith(folder + "/") for folder in SYSTEM_DIRS)
