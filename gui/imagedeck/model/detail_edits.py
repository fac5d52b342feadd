"""The detail edits a user makes beside the grid, each with the label its undo entry shows.

A mixin of `Gallery`: every method here is one call of `Gallery.edit_details` on several
images at once, so "Set English name" on twelve selected images is one undo step. Kept apart
from gallery.py so that file stays about the edits and their undo steps, and this one about
what the edits are called. It shares no state with `Gallery`: it only calls `edit_details`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from imagedeck.model.details import Availability, ImageDetails, check_variation_id
from imagedeck.model.languages import check_language, language_name
from imagedeck.texts import QT_TRANSLATE_NOOP


class DetailEdits:
    """Labelled detail edits; the class using it provides `edit_details`."""

    def edit_details(
        self,
        image_ids: Iterable[str],
        transform: Callable[[ImageDetails], ImageDetails],
        label: str,
    ) -> bool:  # pragma: no cover - provided by Gallery
        raise NotImplementedError

    def set_name(self, image_ids: Iterable[str], lang: str, name: str, alternate: str = "") -> bool:
        """Set the name and alternative text in `lang`; both empty removes the language.

        The language is checked first, so an unknown code is refused even for an empty
        selection and before any image changes.
        """
        check_language(lang)
        cleared = not name.strip() and not alternate.strip()
        label = (
            QT_TRANSLATE_NOOP("DetailEdits", "Remove {language} name")
            if cleared
            else QT_TRANSLATE_NOOP("DetailEdits", "Set {language} name")
        )
        return self.edit_details(
            image_ids,
            lambda details: details.with_name(lang, name, alternate),
            label.format(language=language_name(lang)),
        )

    def remove_name(self, image_ids: Iterable[str], lang: str) -> bool:
        check_language(lang)
        return self.edit_details(
            image_ids,
            lambda details: details.without_name(lang),
            QT_TRANSLATE_NOOP("DetailEdits", "Remove {language} name").format(
                language=language_name(lang)
            ),
        )

    def add_availability(self, image_ids: Iterable[str], availability: Availability) -> bool:
        """E.g. "Make available in all stores" for Availability("mandant", -1)."""
        return self.edit_details(
            image_ids,
            lambda details: details.with_availability(availability),
            QT_TRANSLATE_NOOP("DetailEdits", "Make available in {place}").format(
                place=availability.describe()
            ),
        )

    def remove_availability(self, image_ids: Iterable[str], availability: Availability) -> bool:
        return self.edit_details(
            image_ids,
            lambda details: details.without_availability(availability),
            QT_TRANSLATE_NOOP("DetailEdits", "Remove from {place}").format(
                place=availability.describe()
            ),
        )

    def link_variation(self, image_ids: Iterable[str], variation_id: str | int) -> bool:
        variation = check_variation_id(variation_id)
        return self.edit_details(
            image_ids,
            lambda details: details.with_variation(variation),
            QT_TRANSLATE_NOOP("DetailEdits", "Link to variation {id}").format(id=variation),
        )

    def unlink_variation(self, image_ids: Iterable[str], variation_id: str | int) -> bool:
        variation = check_variation_id(variation_id)
        return self.edit_details(
            image_ids,
            lambda details: details.without_variation(variation),
            QT_TRANSLATE_NOOP("DetailEdits", "Unlink from variation {id}").format(id=variation),
        )
