"""The two ways a headless command ends badly without a traceback (see `cli.main.main`)."""


class CommandError(Exception):
    """A failure to report in one line with exit status 2 (bad arguments, missing secrets)."""


class FilesRefused(Exception):
    """Some files of `images add` were not uploaded (each already reported on stdout)."""
