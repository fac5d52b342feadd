"""ImageDeck: arrange, name and upload marketplace listing images."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("imagedeck")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
