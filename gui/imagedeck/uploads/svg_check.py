"""Reading an SVG's size without trusting it: no DTD, no entities, no external references.

An SVG is XML, and XML from a user's disk can hold a "billion laughs" entity bomb or point
at `file:///etc/...` or a tracking URL that a renderer would read or fetch. The stdlib expat
parser is driven directly so that a DOCTYPE or entity declaration stops the parse at once
(before anything is expanded, so time and memory stay bounded), and every `href` /
`xlink:href` and CSS `url(...)` must stay inside the document (`#id`) or be inline
(`data:`). Nothing referenced is ever opened or fetched; the file is refused instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from imagedeck.texts import QT_TRANSLATE_NOOP

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
_CHUNK = 64 * 1024
_URL_IN_CSS = re.compile(r"url\(\s*['\"]?([^'\")]*)", re.I)
_NUMBER = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*(px)?\s*$")


class SvgRefused(ValueError):
    """The SVG is unsafe or not an SVG; the message (a `Text`) says why, fit to show to
    the user in the interface language."""


@dataclass(frozen=True)
class SvgSize:
    width: int
    height: int


def is_internal_reference(value: str) -> bool:
    """Whether a reference stays inside the file: a fragment or inline `data:` content."""
    value = value.strip()
    return value == "" or value.startswith("#") or value.lower().startswith("data:")


def svg_size(path: Path) -> SvgSize:
    """The declared size of the SVG at `path`, or SvgRefused saying what is wrong with it."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    root: dict[str, str] = {}
    seen_root = [False]

    def refuse_doctype(*_args: object) -> None:
        raise SvgRefused(
            QT_TRANSLATE_NOOP(
                "SvgCheck", "the SVG declares a DTD or entities, which are refused for safety"
            )
        )

    def start(name: str, attributes: dict[str, str]) -> None:
        if not seen_root[0]:
            seen_root[0] = True
            if name not in (f"{SVG_NAMESPACE} svg", "svg"):
                raise SvgRefused(
                    QT_TRANSLATE_NOOP(
                        "SvgCheck", "not an SVG image (the root element is not <svg>)"
                    )
                )
            root.update(attributes)
        for key, value in attributes.items():
            local = key.rsplit(" ", 1)[-1]
            if local == "href" and not is_internal_reference(value):
                raise SvgRefused(_outside(value))
            if local == "style":
                _check_css(value)

    def text(data: str) -> None:
        if "url(" in data.lower():
            _check_css(data)

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_doctype
    parser.ExternalEntityRefHandler = lambda *_a: refuse_doctype()  # type: ignore[assignment]
    parser.StartElementHandler = start
    parser.CharacterDataHandler = text
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError as error:
        raise SvgRefused(
            QT_TRANSLATE_NOOP("SvgCheck", "damaged SVG: {error}").format(
                error=expat.errors.messages.get(error.code, str(error))
            )
        ) from None
    if not seen_root[0]:
        raise SvgRefused(QT_TRANSLATE_NOOP("SvgCheck", "not an SVG image"))
    return _declared_size(root)


def _check_css(css: str) -> None:
    for reference in _URL_IN_CSS.findall(css):
        if not is_internal_reference(reference):
            raise SvgRefused(_outside(reference))


def _outside(reference: str) -> str:
    return QT_TRANSLATE_NOOP(
        "SvgCheck", "the SVG refers to an outside file or address ({reference})"
    ).format(reference=reference[:80])


def _declared_size(attributes: dict[str, str]) -> SvgSize:
    """width/height in user units, else the viewBox's, else 0 x 0 (a scalable drawing)."""
    width = _NUMBER.match(attributes.get("width", ""))
    height = _NUMBER.match(attributes.get("height", ""))
    if width and height:
        return SvgSize(round(float(width[1])), round(float(height[1])))
    box = re.split(r"[\s,]+", attributes.get("viewBox", "").strip())
    if len(box) == 4:
        try:
            return SvgSize(round(float(box[2])), round(float(box[3])))
        except ValueError:
            pass
    return SvgSize(0, 0)
