"""The frozen app's entry point: the same `main()` as the `imagedeck` console script.

On Windows it first creates the named mutex the installer's `AppMutex` names
(packaging/windows/imagedeck.iss): while any ImageDeck process (window or imagedeck-cli)
runs, Setup and the uninstaller ask the user to close it instead of replacing files in use.
The handle lives as long as the process; Windows releases it at exit, even after a crash.
"""

import sys

APP_MUTEX = "ImageDeck.Running.6F3B6C1E"  # the same string as AppMutex in imagedeck.iss


def hold_app_mutex() -> object | None:
    """Creates the named mutex on Windows; elsewhere (and if it fails) nothing."""
    if sys.platform != "win32":
        return None
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateMutexW.restype = ctypes.c_void_p
    kernel32.CreateMutexW.argtypes = [ctypes.c_void_p, ctypes.c_bool, ctypes.c_wchar_p]
    # Several ImageDeck processes may run at once: each opens the same mutex, none owns it.
    return kernel32.CreateMutexW(None, False, APP_MUTEX) or None


if __name__ == "__main__":
    _mutex = hold_app_mutex()
    from imagedeck.cli.main import main

    sys.exit(main())
