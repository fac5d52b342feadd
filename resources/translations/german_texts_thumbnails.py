"""German texts for the thumbnail grid's tiles, the large preview, zoom and the thumbnail
cache, the thumbnail decoder's refusals and the marketplace session's status lines
(issue 7, third pass).

Kept apart from german_texts.py so passes over other parts of the interface can add their
texts there without touching these; german_texts.py merges this file. Keyed by (context,
source) like the rest.

Accelerators (&) are unique in the View menu together with the entries other files
translate (Bereich &Bilddetails, Bild&vorschau, Fehlgeschlagene &Miniaturbilder neu laden,
Bereich &Angebote): Ver&größern, Ver&kleinern, &Originalgröße, Miniaturbild-&Zwischenspeicher
leeren. The MAIN badge stays short („HAUPT“): it must fit beside the place number on the
smallest tiles.
"""

from __future__ import annotations

GERMAN_THUMBNAILS: dict[tuple[str, str], str | tuple[str, str]] = {
    # -- ui/tile_delegate.py ---------------------------------------------------------------
    ("TileDelegate", "Loading…"): "Wird geladen…",
    ("TileDelegate", "★ MAIN"): "★ HAUPTBILD",  # the word of "Als Hauptbild festlegen"
    ("TileDelegate", "★"): "★",
    # -- ui/preview_dialog.py --------------------------------------------------------------
    ("PreviewDialog", "Image {number} of {count}"): "Bild {number} von {count}",
    (
        "PreviewDialog",
        "Image {number} of {count}  ·  ← → to step, Esc to close",
    ): "Bild {number} von {count}  ·  ← → blättern, Esc schließt",
    ("PreviewDialog", "Loading…"): "Wird geladen…",
    (
        "PreviewDialog",
        "The marketplace offers no picture for this image.",
    ): "Der Marktplatz bietet für dieses Bild keine Vorschau an.",
    # -- ui/thumbnail_loader.py ------------------------------------------------------------
    ("ThumbnailLoader", "Unexpected error: {error}"): "Unerwarteter Fehler: {error}",
    (
        "ThumbnailLoader",
        "The marketplace offers no preview for this image.",
    ): "Der Marktplatz bietet für dieses Bild kein Miniaturbild an.",
    # -- ui/zoom_control.py ----------------------------------------------------------------
    (
        "ZoomControl",
        "Thumbnail size (Ctrl++ / Ctrl+- / Ctrl+0)",
    ): "Größe der Miniaturbilder (Strg++ / Strg+- / Strg+0)",
    ("ZoomControl", "Zoom &In"): "Ver&größern",
    ("ZoomControl", "Zoom &Out"): "Ver&kleinern",
    ("ZoomControl", "&Actual Size"): "&Originalgröße",
    ("ZoomControl", "Zoom"): "Zoom",
    ("ZoomControl", "{size} px"): "{size} px",
    ("ZoomControl", "{command} ({shortcut})"): "{command} ({shortcut})",
    (
        "ZoomControl",
        "Could not save the thumbnail size in the settings: {error}",
    ): "Die Größe der Miniaturbilder konnte nicht in den Einstellungen gespeichert werden: {error}",
    # -- ui/cache_action.py ----------------------------------------------------------------
    ("ClearCache", "Clear Thumbnail &Cache"): "Miniaturbild-&Zwischenspeicher leeren",
    (
        "ClearCache",
        "Delete the cached thumbnails and previews on disk and in memory",
    ): "Zwischengespeicherte Miniaturbilder und Vorschauen auf der Festplatte und im "
    "Arbeitsspeicher löschen",
    (
        "ClearCache",
        "Thumbnail cache cleared: {size} freed.",
    ): "Zwischenspeicher der Miniaturbilder geleert: {size} freigegeben.",
    ("ClearCache", "{count} bytes"): "{count} Bytes",
    ("ClearCache", "{size} KB"): "{size} KB",
    ("ClearCache", "{size} MB"): "{size} MB",
    # -- thumbnails/decode.py --------------------------------------------------------------
    ("ThumbnailError", "The file is empty."): "Die Datei ist leer.",
    (
        "ThumbnailError",
        "SVG not supported for thumbnails",
    ): "SVG wird für Miniaturbilder nicht unterstützt",
    (
        "ThumbnailError",
        "This is not an image, or in a format ImageDeck cannot read.",
    ): "Das ist kein Bild oder ein Format, das ImageDeck nicht lesen kann.",
    (
        "ThumbnailError",
        "Refused: the image claims a canvas far larger than the {limit} pixels a picture "
        "can safely have (possibly a decompression bomb).",
    ): "Abgelehnt: Das Bild gibt eine Fläche weit über den {limit} Pixeln an, die ein Bild "
    "gefahrlos haben kann (möglicherweise eine Dekompressionsbombe).",
    (
        "ThumbnailError",
        "Refused: the image claims {width} × {height} pixels, more than the {limit} pixels "
        "a picture can safely have (possibly a decompression bomb).",
    ): "Abgelehnt: Das Bild gibt {width} × {height} Pixel an, mehr als die {limit} Pixel, die "
    "ein Bild gefahrlos haben kann (möglicherweise eine Dekompressionsbombe).",
    (
        "ThumbnailError",
        "The image is damaged and cannot be shown. Details: {details}",
    ): "Das Bild ist beschädigt und kann nicht angezeigt werden. Details: {details}",
    # -- marketplaces/session.py (the status bar during a save) ----------------------------
    ("Session", "rate limit: waiting {seconds} s"): "Ratenlimit: warte {seconds} s",
    (
        "Session",
        "{error} — trying again in {seconds} s (attempt {attempt})",
    ): "{error} — neuer Versuch in {seconds} s (Versuch {attempt})",
}
