"""What a tile says in words: its tooltip and what a screen reader reads out.

Apart from the list model (gallery_model.py), which only answers with these per role.
Texts keep the context "GalleryListModel", where the catalogue has them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from imagedeck.model.gallery import Gallery
from imagedeck.model.image import Image
from imagedeck.ui.common.translated import translated
from imagedeck.ui.grid.thumbnail_state import Thumbnail, ThumbnailState


def image_name(gallery: Gallery, image: Image) -> str:
    """The image's name in the interface language, else in English, else its first name
    ("" without one)."""
    details = gallery.details(image.id)
    language = QLocale().name().split("_")[0]
    named = (
        details.name(language)
        or details.name("en")
        or (details.names[0] if details.names else None)
    )
    return named.name if named is not None and named.name else ""


def tile_label(gallery: Gallery, image: Image) -> str:
    """What stays the same for an image wherever it moves (Qt's DisplayRole): its name, else
    the file it comes from, else its id. The place number is PositionRole, because Qt's
    row contract expects a row's display text not to change when rows are put before it."""
    local = gallery.local_file(image.id)
    return image_name(gallery, image) or (local.path.name if local else "") or image.id


def accessible_name(gallery: Gallery, row: int, image: Image, thumbnail: Thumbnail | None) -> str:
    """What a screen reader says for a tile: "Image 3 of 24, main image, Front view",
    the name in the interface language if the image has one, else in English, else
    its first name."""
    count = len(gallery)
    if row == 0:
        text = QCoreApplication.translate(
            "GalleryListModel", "Image {number} of {count}, main image"
        )
    else:
        text = QCoreApplication.translate("GalleryListModel", "Image {number} of {count}")
    parts = [text.format(number=row + 1, count=count)]
    name = image_name(gallery, image)
    if name:
        parts.append(name)
    local = gallery.local_file(image.id)
    if local is not None:
        parts.append(translated(local.describe()))
    if thumbnail and thumbnail.state == ThumbnailState.FAILED:
        parts.append(QCoreApplication.translate("GalleryListModel", "preview failed"))
    return ", ".join(parts)


def describe(gallery: Gallery, row: int, image: Image, thumbnail: Thumbnail | None) -> str:
    """The tile's tooltip: its place, its size, why its preview failed, its file."""
    translate = QCoreApplication.translate
    if row == 0:
        parts = [translate("GalleryListModel", "Image {number} (main image)").format(number=1)]
    else:
        parts = [translate("GalleryListModel", "Image {number}").format(number=row + 1)]
    if image.width and image.height:
        parts.append(f"{image.width} × {image.height} px")
    if thumbnail and thumbnail.state == ThumbnailState.FAILED:
        reason = translated(thumbnail.reason)
        text = translate("GalleryListModel", "Preview failed: {reason}")
        parts.append(text.format(reason=reason))
    local = gallery.local_file(image.id)
    if local is not None:
        parts.append(f"{local.path.name}: {translated(local.describe())}")
    return "\n".join(parts)
