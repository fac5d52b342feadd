"""The Details section: what the selected picture is (file type, size, dates, checksum) and
links that open it at full and middle size in the browser.

Read-only facts from `Image` and the marketplace's own record (`Image.raw`), in words and
units a seller reads ("1.4 MB", "3 Apr 2023, 10:52"), with the exact value in the tooltip.
Numbers and month names follow the interface language (QLocale's default, which
`install_translators` sets): "1,4 MB" and "3. Apr. 2023, 10:52" in German.
Links open through QDesktopServices; `open_url` is an attribute so tests can catch it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from imagedeck.model.image import Image
from imagedeck.ui.common.translated import plural

UNITS = ("KB", "MB", "GB", "TB")


def human_size(size: int | None) -> str:
    """1536 → "1.5 KB"; 1024-based, as file managers on Windows and Linux count."""
    if size is None or size < 0:
        return ""
    if size < 1024:
        # ImageInfo.tr: lupdate reads numerus forms from tr() calls only, not translate().
        return plural(ImageInfo.tr("%n byte(s)", "", size), size)  # type: ignore[arg-type]
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    value = float(size)
    for unit in UNITS:
        value /= 1024
        if value < 1024 or unit == UNITS[-1]:
            return f"{locale.toString(value, 'f', 0 if value >= 100 else 1)} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover


def readable_time(text: str, zone: tzinfo | None = None) -> str:
    """ "2023-04-03T10:52:00+02:00" → "3 Apr 2023, 09:52" on a computer in London: the
    seller's own clock (`zone`, else the computer's time zone), not the server's, and the
    time in the interface language's format ("09:52", "9:52 AM"). A time without a zone is
    shown as it came; text that is not ISO 8601 too."""
    if not text:
        return ""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if moment.tzinfo is not None:
        moment = moment.astimezone(zone)
    locale = QLocale()
    month = locale.monthName(moment.month, QLocale.FormatType.ShortFormat)
    clock = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("ImageInfo", "{day} {month} {year}, {time}").format(
        day=moment.day, month=month, year=moment.year, time=clock
    )


def pixel_size(image: Image) -> str:
    if image.width and image.height:
        return f"{image.width} × {image.height} px"
    return ""


def file_type(image: Image) -> str:
    kind = image.file_type or str(image.raw.get("fileType") or "")
    return kind.upper()


class ImageInfo(QWidget):
    """A form of facts about one image, or a summary line for several."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.summary = self._value()
        self.file_name = self._row(self.tr("Added from:"))
        self.file_type = self._row(self.tr("File type:"))
        self.pixels = self._row(self.tr("Pixel size:"))
        self.file_size = self._row(self.tr("File size:"))
        self.created = self._row(self.tr("Created:"))
        self.updated = self._row(self.tr("Updated:"))
        self.md5 = self._row(self.tr("MD5 checksum:"))
        self.links = self._row(self.tr("Open picture:"))
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.links.setOpenExternalLinks(False)
        self.links.linkActivated.connect(lambda url: self.open_url(QUrl(url)))
        self.form.insertRow(0, self.summary)
        self.summary.hide()

    def _value(self) -> QLabel:
        label = QLabel()
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def _row(self, title: str) -> QLabel:
        value = self._value()
        self.form.addRow(title, value)
        return value

    @property
    def fields(self) -> tuple[QLabel, ...]:
        return (
            self.file_name,
            self.file_type,
            self.pixels,
            self.file_size,
            self.created,
            self.updated,
            self.md5,
            self.links,
        )

    def show_images(self, images: Sequence[Image], file_names: Sequence[str] = ()) -> None:
        """Every fact for one image; a count and the total file size for several.
        `file_names` are the original names of added files, in the same order ("" for an
        image that was not added here): the marketplace renames an upload."""
        if len(images) != 1:
            for field in self.fields:
                self.form.setRowVisible(field, False)
            known = [image.size for image in images if image.size is not None]
            if known:
                text = self.tr("%n image(s) selected, {size} in all.", "", len(images))
                text = plural(text, len(images)).format(size=human_size(sum(known)))
            else:
                text = plural(self.tr("%n image(s) selected.", "", len(images)), len(images))
            self.summary.setText(text)
            self.summary.show()
            return
        [image] = images
        self.summary.hide()
        raw = image.raw
        self.file_name.setText(file_names[0] if file_names else "")
        self.file_type.setText(file_type(image))
        self.pixels.setText(pixel_size(image))
        self.file_size.setText(human_size(image.size))
        self.file_size.setToolTip(
            plural(self.tr("%Ln byte(s)", "", image.size), image.size)
            if image.size is not None
            else ""
        )
        created = str(raw.get("createdAt") or "")
        updated = image.updated_at or str(raw.get("updatedAt") or "")
        self.created.setText(readable_time(created))
        self.created.setToolTip(created)
        self.updated.setText(readable_time(updated))
        self.updated.setToolTip(updated)
        md5 = image.md5 or str(raw.get("md5Checksum") or "")
        self.md5.setText(md5)
        self.md5.setToolTip(md5)
        self.links.setText(_links(image))
        self.links.setToolTip(
            "\n".join(dict.fromkeys(u for u in (image.full_url, image.middle_url) if u))
        )
        for field in self.fields:  # a marketplace that does not tell, gets no empty rows
            self.form.setRowVisible(field, bool(field.text()))


def _links(image: Image) -> str:
    """Rich text links: "Full size · Middle size", whichever the marketplace gave."""
    parts: list[tuple[str, str]] = []
    titles = (
        QCoreApplication.translate("ImageInfo", "Full size"),
        QCoreApplication.translate("ImageInfo", "Middle size"),
    )
    for title, url in zip(titles, (image.full_url, image.middle_url), strict=True):
        if url and url not in (u for _t, u in parts):
            parts.append((title, url))
    return " · ".join(
        f'<a href="{escape(url, quote=True)}">{escape(title)}</a>' for title, url in parts
    )
