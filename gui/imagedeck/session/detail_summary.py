"""What the details panel shows for a selection of one or many images, worked out without Qt.

The editors beside the grid edit every selected image at once, so each of them needs the same
question answered first: is this value the same on all selected images, or does it differ
("mixed")? The answers are plain values computed here, so they are tested without a widget
and the Qt models stay thin (they only turn these answers into roles).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from imagedeck.model.details import ALL, ImageDetails
from imagedeck.model.gallery import Gallery
from imagedeck.model.languages import LANGUAGES
from imagedeck.texts import QT_TRANSLATE_NOOP

NAME = "name"
ALTERNATE = "alternate"


@dataclass(frozen=True)
class SharedText:
    """One text field across the selection: `text` if every image has the same, else mixed.

    `counts` keeps how many images have each distinct text (an image without the language
    counts as ""), for a tooltip that says how the images differ.
    """

    text: str
    mixed: bool
    counts: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Share:
    """How many of the `total` selected images have something (a link, an availability)."""

    count: int
    total: int

    @property
    def everywhere(self) -> bool:
        return self.total > 0 and self.count == self.total

    @property
    def partly(self) -> bool:
        return 0 < self.count < self.total


def details_of(gallery: Gallery, image_ids: Iterable[str]) -> list[ImageDetails]:
    """The details of those of `image_ids` still in the gallery (a reload may drop some)."""
    found = []
    for image_id in image_ids:
        try:
            found.append(gallery.details(image_id))
        except KeyError:
            continue
    return found


def ordered_languages(codes: Iterable[str]) -> list[str]:
    """Languages in the order plentymarkets lists them; codes it does not know go last."""
    order = {code: rank for rank, code in enumerate(LANGUAGES)}
    return sorted(set(codes), key=lambda code: (order.get(code, len(order)), code))


def languages_of(selection: Sequence[ImageDetails]) -> list[str]:
    """Every language any selected image has a name in (a row each in the names editor)."""
    return ordered_languages(lang for details in selection for lang in details.languages)


def shared_text(selection: Sequence[ImageDetails], lang: str, field: str) -> SharedText:
    """The name (`field` NAME) or alternative text (ALTERNATE) in `lang` across the selection."""
    texts = []
    for details in selection:
        name = details.name(lang)
        texts.append("" if name is None else getattr(name, field))
    counts = Counter(texts)
    if len(counts) <= 1:
        return SharedText(texts[0] if texts else "", False, tuple(counts.items()))
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    return SharedText("", True, tuple(ranked))


def availability_shares(
    selection: Sequence[ImageDetails], kind: str
) -> tuple[Share, dict[int, Share]]:
    """For one availability type: how many images have "all" (-1), and per chosen id how
    many have it. Ids come sorted."""
    total = len(selection)
    values: Counter[int] = Counter()
    for details in selection:
        for availability in details.availabilities:
            if availability.type == kind:
                values[availability.value] += 1
    everywhere = Share(values.pop(ALL, 0), total)
    return everywhere, {value: Share(values[value], total) for value in sorted(values)}


def link_shares(selection: Sequence[ImageDetails]) -> dict[str, Share]:
    """Per variation id: how many selected images are linked to it."""
    total = len(selection)
    counts = Counter(vid for details in selection for vid in details.variations)
    return {vid: Share(count, total) for vid, count in counts.items()}


def describe_counts(
    counts: Sequence[tuple[str, int]], total: int, show: Callable[[str], str] = str
) -> str:
    """A tooltip for a mixed text: which texts the selected images have, most common first.

    `show` renders the marked phrases (the UI passes `translated`); this module stays free
    of Qt, so without it the tooltip is English."""
    lines = [
        show(
            QT_TRANSLATE_NOOP("DetailSummary", "The {total} selected images differ:").format(
                total=total
            )
        )
    ]
    for text, count in counts:
        quoted = QT_TRANSLATE_NOOP("DetailSummary", "“{text}”").format(text=text)
        shown = show(quoted) if text else show(QT_TRANSLATE_NOOP("DetailSummary", "(empty)"))
        line = QT_TRANSLATE_NOOP("DetailSummary", "{text} on {count} of {total}")
        lines.append(show(line.format(text=shown, count=count, total=total)))
    return "\n".join(lines)
