"""The Debian changelog of the .deb, written from the AppStream metainfo's <releases>.

    python packaging/linux/debian_changelog.py METAINFO VERSION > changelog

One list of releases (packaging/linux/com.imagedeck.ImageDeck.metainfo.xml) feeds both the
software centre's release history and /usr/share/doc/imagedeck/changelog.gz, so they never
disagree. Fails when VERSION (the package's) has no release entry: a release cut without
its notes would otherwise ship a changelog that stops one version early.
"""

from __future__ import annotations

import sys
import textwrap
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from email.utils import format_datetime

MAINTAINER = "ImageDeck <imagedeck@example.com>"


def _text(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def changelog(metainfo: str, version: str) -> str:
    """Debian changelog entries, newest first, one per <release> of the metainfo."""
    root = ET.fromstring(metainfo)
    releases = root.findall("./releases/release")
    if version not in {release.get("version") for release in releases}:
        raise SystemExit(
            f'debian_changelog: the metainfo has no <release version="{version}">: add this '
            "release's notes to packaging/linux/com.imagedeck.ImageDeck.metainfo.xml"
        )
    entries = []
    for release in releases:
        date = datetime.strptime(release.get("date", ""), "%Y-%m-%d").replace(hour=12, tzinfo=UTC)
        notes = [
            _text(p)
            for p in release.findall("./description/p") + release.findall("./description/ul/li")
            if p.get("{http://www.w3.org/XML/1998/namespace}lang") is None
        ]
        lines = []
        for note in notes or ["New release."]:
            lines += textwrap.wrap(note, 76, initial_indent="  * ", subsequent_indent="    ")
        entries.append(
            f"imagedeck ({release.get('version')}) unstable; urgency=medium\n\n"
            + "\n".join(lines)
            + f"\n\n -- {MAINTAINER}  {format_datetime(date)}\n"
        )
    return "\n".join(entries)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: debian_changelog.py METAINFO VERSION", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        sys.stdout.write(changelog(handle.read(), argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
