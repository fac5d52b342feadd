"""German texts for adding and deleting images, upload checks and the listing browser
(issue 7, third pass).

Kept apart from german_texts.py so passes over other parts of the interface add their texts
elsewhere without conflicts; german_texts.py merges this one. Keyed by (context, source)
like the rest; numerus entries are (singular, plural).

Refusal reasons end up on a failed tile's strip (about 20 characters fit before the
ellipsis; the tooltip and the status bar have the whole text), so they start with the
word that matters: „leer“, „beschädigt“, „kein Bild“. Accelerators: „Bilder &hinzufügen…“
(File menu), „&Löschen“ (Edit menu), „Bereich &Angebote“ and „Angebot &suchen…“ (View
menu) — letters the other entries of those menus do not use in English.
"""

from __future__ import annotations

GERMAN_UPLOADS_BROWSER: dict[tuple[str, str], str | tuple[str, str]] = {
    # -- uploads/adding.py (the CLI prints English; the texts are marked all the same) -----
    (
        "AddImages",
        "could not be read any more ({error})",
    ): "konnte nicht mehr gelesen werden ({error})",
    ("AddImages", "already on this listing as image {id}"): "schon in diesem Angebot als Bild {id}",
    ("AddImages", "same picture as {path}"): "dasselbe Bild wie {path}",
    (
        "AddImages",
        "AutoScout24 allows at most {limit} images per vehicle and {listing} would exceed it "
        "({count} there, {room} more fit)",
    ): "AutoScout24 erlaubt höchstens {limit} Bilder je Fahrzeug, und {listing} würde das "
    "überschreiten ({count} vorhanden, {room} passen noch)",
    # -- marketplaces/as24_listings.py, plenty_listings.py ---------------------------------
    (
        "As24Listings",
        "AutoScout24 sent an unexpected answer for the vehicle list",
    ): "AutoScout24 hat auf die Fahrzeugliste unerwartet geantwortet",
    ("PlentyListings", "the item list"): "die Artikelliste",
    ("PlentyListings", "item {id}"): "Artikel {id}",
    ("PlentyListings", "the variations of item {id}"): "die Varianten von Artikel {id}",
    ("PlentyListings", "Variation {id}"): "Variante {id}",
    ("PlentyListings", "{label} (main)"): "{label} (Hauptvariante)",
    ("PlentyListings", "items numbered {number}"): "Artikel mit der Nummer {number}",
    (
        "PlentyListings",
        "plentymarkets sent an unexpected answer for {what} (no paged list)",
    ): "plentymarkets hat auf {what} unerwartet geantwortet (keine seitenweise Liste)",
    ("PlentyListings", "{number} · Item {id}"): "{number} · Artikel {id}",
    ("PlentyListings", "Item {id}"): "Artikel {id}",
    # -- ui/image_actions.py ---------------------------------------------------------------
    ("ImageActions", "&Add Images…"): "Bilder &hinzufügen…",
    (
        "ImageActions",
        "Add images from files (Ctrl+I); or drop files on the grid",
    ): "Bilder aus Dateien hinzufügen (Strg+I) oder Dateien auf das Raster ziehen",
    ("ImageActions", "&Delete"): "&Löschen",
    (
        "ImageActions",
        "Delete the selected images (Del); Save removes them from the marketplace",
    ): "Die ausgewählten Bilder löschen (Entf); beim Speichern verschwinden sie vom Marktplatz",
    # -- ui/image_adding.py ----------------------------------------------------------------
    (
        "ImageAdder",
        "Open a listing first, then add images to it.",
    ): "Öffnen Sie zuerst ein Angebot und fügen Sie dann Bilder hinzu.",
    ("ImageAdder", "Add Images"): "Bilder hinzufügen",
    ("ImageAdder", "Images ({patterns});;All files (*)"): "Bilder ({patterns});;Alle Dateien (*)",
    (
        "ImageAdder",
        "Open a listing first, then drop images on it.",
    ): "Öffnen Sie zuerst ein Angebot und ziehen Sie dann Bilder darauf.",
    ("ImageAdder", "No image files in {names}."): "Keine Bilddateien in {names}.",
    ("ImageAdder", "Adding %n image(s)…"): (
        "%n Bild wird hinzugefügt…",
        "%n Bilder werden hinzugefügt…",
    ),
    ("ImageAdder", "Save waits for %n upload(s) to finish…"): (
        "Speichern wartet auf %n laufendes Hochladen…",
        "Speichern wartet auf %n laufende Uploads…",
    ),
    ("ImageAdder", "could not be checked: {error}"): "konnte nicht geprüft werden: {error}",
    ("ImageAdder", "skipped: {reason}"): "übersprungen: {reason}",
    (
        "ImageAdder",
        "already on this listing as image {place}",
    ): "schon in diesem Angebot als Bild {place}",
    ("ImageAdder", "the same picture as {name}"): "dasselbe Bild wie {name}",
    ("ImageAdder", "Skipped {files}"): "Übersprungen: {files}",
    (
        "ImageAdder",
        "AutoScout24 allows at most {limit} images per vehicle: it has {count}, so {room} more fit",
    ): "AutoScout24 erlaubt höchstens {limit} Bilder je Fahrzeug: {count} sind vorhanden, "
    "also passen noch {room}",
    (
        "ImageAdder",
        "Uploading {name}: {percent} % ({left} to go)",
    ): "{name} wird hochgeladen: {percent} % (noch {left})",
    ("ImageAdder", "Uploads finished."): "Hochladen abgeschlossen.",
    ("ImageAdder", "cannot be read ({error})"): "nicht lesbar ({error})",
    # -- ui/image_deleting.py --------------------------------------------------------------
    (
        "ImageDeleter",
        "Deleted %n image(s); the marketplace loses them when you save (Ctrl+Z undoes).",
    ): (
        "%n Bild gelöscht; vom Marktplatz verschwindet es beim Speichern (Strg+Z macht es "
        "rückgängig).",
        "%n Bilder gelöscht; vom Marktplatz verschwinden sie beim Speichern (Strg+Z macht es "
        "rückgängig).",
    ),
    ("ImageDeleter", "Image {place} (id {id})"): "Bild {place} (ID {id})",
    # -- ui/listing_browser.py, listing_sources.py, listing_tree_model.py ------------------
    ("ListingBrowser", "Marketplace to search"): "Zu durchsuchender Marktplatz",
    (
        "ListingBrowser",
        "Search id, number or name (Ctrl+L)",
    ): "ID, Nummer oder Name suchen (Strg+L)",
    (
        "ListingBrowser",
        "Search model, reference or id (Ctrl+L)",
    ): "Modell, Referenz oder ID suchen (Strg+L)",
    ("ListingBrowser", "Search listings"): "Angebote suchen",
    ("ListingBrowser", "Listings"): "Angebote",
    ("ListingBrowser", "No connection is set up"): "Es ist keine Verbindung eingerichtet",
    ("ListingBrowserDock", "Listings"): "Angebote",
    ("ListingBrowserDock", "&Listing Browser"): "Bereich &Angebote",
    ("ListingBrowserDock", "&Find Listing…"): "Angebot &suchen…",
    (
        "ListingBrowserDock",
        "Find a listing by id, number or name (Ctrl+L)",
    ): "Ein Angebot nach ID, Nummer oder Name suchen (Strg+L)",
    ("ListingSources", "Items"): "Artikel",
    ("ListingSources", "Vehicles"): "Fahrzeuge",
    ("ListingTreeModel", "Results"): "Ergebnisse",
    ("ListingTreeModel", "Recent"): "Zuletzt geöffnet",
    ("ListingTreeModel", "{heading} for “{query}”"): "{heading} für „{query}“",
    (
        "ListingTreeModel",
        "Press Enter or double-click to try again",
    ): "Eingabetaste oder Doppelklick versucht es erneut",
    ("ListingTreeModel", "Loading…"): "Wird geladen…",
    (
        "ListingTreeModel",
        "Could not load page {page}: {error} — retry",
    ): "Seite {page} konnte nicht geladen werden: {error} — erneut versuchen",
    ("ListingTreeModel", "No matches"): "Keine Treffer",
    (
        "ListingTreeModel",
        "Could not load the variations: {error}",
    ): "Die Varianten konnten nicht geladen werden: {error}",
    # -- model/local_images.py, ui/upload_badge.py -----------------------------------------
    ("LocalFile", "uploading {percent} %"): "wird hochgeladen: {percent} %",
    ("LocalFile", "failed: {reason}"): "fehlgeschlagen: {reason}",
    ("LocalFile", "failed"): "fehlgeschlagen",
    ("LocalFile", "waiting"): "wartet",
    ("LocalFile", "uploading"): "wird hochgeladen",
    ("LocalFile", "done"): "hochgeladen",
    ("UploadBadge", "waiting"): "wartet",
    ("UploadBadge", "✓ uploaded"): "✓ hochgeladen",
    ("UploadBadge", "✗ failed"): "✗ fehlgeschlagen",
    ("UploadBadge", "uploading {percent} %"): "lädt hoch: {percent} %",
    # -- ui/local_thumbnails.py ------------------------------------------------------------
    ("LocalThumbnails", "The SVG could not be drawn."): "Das SVG konnte nicht gezeichnet werden.",
    # -- uploads/svg_check.py --------------------------------------------------------------
    (
        "SvgCheck",
        "the SVG declares a DTD or entities, which are refused for safety",
    ): "unsicheres SVG: es deklariert eine DTD oder Entitäten, die aus Sicherheitsgründen "
    "abgelehnt werden",
    (
        "SvgCheck",
        "not an SVG image (the root element is not <svg>)",
    ): "kein SVG-Bild (das Wurzelelement ist nicht <svg>)",
    ("SvgCheck", "damaged SVG: {error}"): "beschädigtes SVG: {error}",
    ("SvgCheck", "not an SVG image"): "kein SVG-Bild",
    (
        "SvgCheck",
        "the SVG refers to an outside file or address ({reference})",
    ): "unsicheres SVG: es verweist auf eine fremde Datei oder Adresse ({reference})",
    # -- uploads/validate.py, prepare.py (refusal reasons: tile, status bar, messages) -----
    ("UploadCheck", "AutoScout24 accepts only JPG and PNG"): "AutoScout24 nimmt nur JPG und PNG an",
    ("UploadCheck", "{reason} (this is {format})"): "{reason} (diese Datei ist {format})",
    ("UploadCheck", "the file is empty"): "leer: die Datei hat keinen Inhalt",
    ("UploadCheck", "the file is larger than {mb} MB"): "zu groß: die Datei hat mehr als {mb} MB",
    ("UploadCheck", "not a file"): "keine Datei",
    (
        "UploadCheck",
        "cannot be read: permission denied",
    ): "nicht lesbar: keine Zugriffsberechtigung",
    ("UploadCheck", "cannot be read: {error}"): "nicht lesbar: {error}",
    (
        "UploadCheck",
        "the file is gone (moved or deleted?)",
    ): "verschwunden: die Datei ist nicht mehr da (verschoben oder gelöscht?)",
    (
        "UploadCheck",
        "{format} images are not supported",
    ): "nicht unterstützt: {format}-Bilder werden nicht angenommen",
    ("UploadCheck", "{millions} million"): "{millions} Millionen",
    (
        "UploadCheck",
        "the image claims a canvas of more than {pixels} pixels (refused)",
    ): "abgelehnt: das Bild gibt eine Fläche von mehr als {pixels} Pixeln an",
    (
        "UploadCheck",
        "the image claims {width} x {height} pixels, more than {pixels} (refused)",
    ): "abgelehnt: das Bild gibt {width} × {height} Pixel an, mehr als {pixels}",
    (
        "UploadCheck",
        "the image file is damaged (its header is unreadable)",
    ): "beschädigt: der Kopf der Bilddatei ist unlesbar",
    ("UploadCheck", "not an image"): "kein Bild",
    (
        "UploadCheck",
        "the image file is damaged or incomplete ({error})",
    ): "beschädigt oder unvollständig ({error})",
    (
        "UploadCheck",
        "converted to JPEG it is larger than {mb} MB",
    ): "zu groß: als JPEG hat die Datei mehr als {mb} MB",
    (
        "UploadCheck",
        "could not be prepared for upload ({error})",
    ): "konnte nicht zum Hochladen vorbereitet werden ({error})",
    (
        "UploadCheck",
        "prepared for upload it is larger than {limit} MB ({size} MB)",
    ): "zu groß: zum Hochladen vorbereitet hat die Datei mehr als {limit} MB ({size} MB)",
    # -- ui/upload_questions.py ------------------------------------------------------------
    ("UploadQuestions", "… and %n more"): ("… und %n weitere", "… und %n weitere"),
    ("UploadQuestions", "Convert to JPEG?"): "In JPEG umwandeln?",
    (
        "UploadQuestions",
        "AutoScout24 accepts only JPG and PNG. Convert these files to JPEG for the upload?",
    ): "AutoScout24 nimmt nur JPG und PNG an. Diese Dateien zum Hochladen in JPEG umwandeln?",
    (
        "UploadQuestions",
        "Your files on disk are not changed.",
    ): "Ihre Dateien auf dem Datenträger bleiben unverändert.",
    ("UploadQuestions", "Convert to JPEG"): "In JPEG umwandeln",
    ("UploadQuestions", "Skip Them"): "Überspringen",
    ("UploadQuestions", "Already on This Listing"): "Schon in diesem Angebot",
    (
        "UploadQuestions",
        "These pictures are already on this listing:",
    ): "Diese Bilder sind schon in diesem Angebot:",
    ("UploadQuestions", "Upload Anyway"): "Trotzdem hochladen",
    ("UploadQuestions", "Delete Images"): "Bilder löschen",
    ("UploadQuestions", "New Main Image"): "Neues Hauptbild",
    (
        "UploadQuestions",
        "You are deleting the main image. Which image becomes the main image?",
    ): "Sie löschen das Hauptbild. Welches Bild wird das neue Hauptbild?",
    # -- ui/visibility_lines.py ("T10: first 15 shown") ------------------------------------
}
