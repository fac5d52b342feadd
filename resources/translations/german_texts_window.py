"""German texts for the main window: menus, toolbar, status messages, the grid, saving and
the save engine's progress and conflict texts (issue 7, third pass).

Kept apart from german_texts.py so passes over other parts of the interface can add their
texts there without touching these; german_texts.py merges this file. Keyed by (context,
source) like the rest; numerus entries are (singular, plural).

Accelerators (&) are unique per menu, counting the entries other files translate: File has
Angebot &öffnen, Bilder &hinzufügen, &Neu laden, &Speichern, Speichern a&bbrechen,
&Verbindungen, B&eenden; Edit has &Rückgängig, &Wiederherstellen, Als &Hauptbild festlegen,
Nach lin&ks / rech&ts verschieben, Ans En&de verschieben, &Löschen, &Einstellungen; View has
Bereich &Bilddetails, Bild&vorschau, Fehlgeschlagene &Miniaturbilder neu laden.
"""

from __future__ import annotations

GERMAN_WINDOW: dict[tuple[str, str], str | tuple[str, str]] = {
    # -- ui/window_actions.py --------------------------------------------------------------
    ("WindowActions", "&Open Listing…"): "Angebot &öffnen…",
    ("WindowActions", "&Reload"): "&Neu laden",
    ("WindowActions", "&Save"): "&Speichern",
    ("WindowActions", "&Cancel Save"): "Speichern a&bbrechen",
    ("WindowActions", "&Quit"): "B&eenden",
    ("WindowActions", "&Undo"): "&Rückgängig",
    ("WindowActions", "&Redo"): "&Wiederherstellen",
    ("WindowActions", "&Undo {label}"): "&Rückgängig: {label}",
    ("WindowActions", "&Redo {label}"): "&Wiederherstellen: {label}",
    ("WindowActions", "Re&try Failed Thumbnails"): "Fehlgeschlagene &Miniaturbilder neu laden",
    ("WindowActions", "&Preview Image"): "Bild&vorschau",
    ("WindowActions", "{command} ({shortcut})"): "{command} ({shortcut})",
    # -- ui/thumbnail_grid.py --------------------------------------------------------------
    ("ThumbnailGrid", "Make &Main Image"): "Als &Hauptbild festlegen",
    ("ThumbnailGrid", "Move &Left"): "Nach lin&ks verschieben",
    ("ThumbnailGrid", "Move Ri&ght"): "Nach rech&ts verschieben",
    ("ThumbnailGrid", "Move to &End"): "Ans En&de verschieben",
    # The toolbar's shorter words for the two (the menus keep the full ones).
    ("ThumbnailGrid", "Make Main Image"): "Zum Hauptbild",
    ("ThumbnailGrid", "Move to End"): "Ans Ende",
    # -- model/gallery.py, gallery_changes.py, ui/gallery_model.py: undo labels ------------
    ("Gallery", "Move"): "Verschieben",
    ("Gallery", "Make main image"): "Als Hauptbild festlegen",
    ("Gallery", "Move to end"): "Ans Ende verschieben",
    ("Gallery", "Move left"): "Nach links verschieben",
    ("Gallery", "Move right"): "Nach rechts verschieben",
    ("Gallery", "Reorder"): "Neu anordnen",
    ("Gallery", "Add image"): "Bild hinzufügen",
    ("Gallery", "Add {count} images"): "{count} Bilder hinzufügen",
    ("Gallery", "Delete image"): "Bild löschen",
    ("Gallery", "Delete {count} images"): "{count} Bilder löschen",
    ("Gallery", "Move image"): "Bild verschieben",
    ("Gallery", "Move {count} images"): "{count} Bilder verschieben",
    # -- ui/gallery_model.py: a tile's tooltip ---------------------------------------------
    ("GalleryListModel", "Image {number} (main image)"): "Bild {number} (Hauptbild)",
    ("GalleryListModel", "Image {number}"): "Bild {number}",
    (
        "GalleryListModel",
        "Image {number} of {count}, main image",
    ): "Bild {number} von {count}, Hauptbild",
    ("GalleryListModel", "Image {number} of {count}"): "Bild {number} von {count}",
    ("GalleryListModel", "preview failed"): "Vorschau fehlgeschlagen",
    ("GalleryListModel", "Preview failed: {reason}"): "Vorschau fehlgeschlagen: {reason}",
    # -- model/image.py --------------------------------------------------------------------
    ("ListingRef", "AutoScout24 vehicle {id}"): "AutoScout24-Fahrzeug {id}",
    (
        "ListingRef",
        "plentymarkets item {id}, variation {variation}",
    ): "plentymarkets-Artikel {id}, Variante {variation}",
    ("ListingRef", "plentymarkets item {id}"): "plentymarkets-Artikel {id}",
    # -- sync/journal.py: the unfinished-saves question ------------------------------------
    (
        "Journal",
        "{listing}: {left} of {total} calls left",
    ): "{listing}: {left} von {total} Aufrufen ausstehend",
    # -- ui/main_window.py -----------------------------------------------------------------
    (
        "MainWindow",
        "Open a listing with File ▸ Open Listing… (Ctrl+O)",
    ): "Öffnen Sie ein Angebot mit Datei ▸ Angebot öffnen… (Strg+O)",
    ("MainWindow", "Reorder during save"): "Während des Speicherns neu angeordnet",
    ("MainWindow", "Edit details during save"): "Während des Speicherns bearbeitete Details",
    ("MainWindow", "Reorder (not saved)"): "Neu anordnen (nicht gespeichert)",
    ("MainWindow", "Edit details (not saved)"): "Details bearbeiten (nicht gespeichert)",
    ("MainWindow", "Unexpected error: {error}"): "Unerwarteter Fehler: {error}",
    ("MainWindow", "&File"): "&Datei",
    ("MainWindow", "&Edit"): "&Bearbeiten",
    ("MainWindow", "&View"): "&Ansicht",
    ("MainWindow", "Main"): "Werkzeugleiste",
    ("MainWindow", "Loading {listing}…"): "{listing} wird geladen…",
    ("MainWindow", "This listing has no images."): "Dieses Angebot hat keine Bilder.",
    (
        "MainWindow",
        "Wait for the save to finish, then open it.",
    ): "Warten Sie, bis das Speichern beendet ist, und öffnen Sie es dann.",
    (
        "MainWindow",
        "Could not open {listing}: {reason}",
    ): "{listing} konnte nicht geöffnet werden: {reason}",
    ("MainWindow", "Opened {listing}."): "{listing} geöffnet.",
    (
        "MainWindow",
        "Nothing to save: the marketplace has this listing.",
    ): "Nichts zu speichern: Der Marktplatz hat dieses Angebot bereits so.",
    ("MainWindow", "Saving {listing}…"): "{listing} wird gespeichert…",
    ("MainWindow", "Cancelling…"): "Wird abgebrochen…",
    ("MainWindow", "Saved: %n change(s) sent; {listing} shows your changes."): (
        "Gespeichert: %n Änderung gesendet; {listing} zeigt Ihre Änderungen.",
        "Gespeichert: %n Änderungen gesendet; {listing} zeigt Ihre Änderungen.",
    ),
    ("MainWindow", "Saved: %n change(s) sent; {listing} shows your order."): (
        "Gespeichert: %n Änderung gesendet; {listing} zeigt Ihre Reihenfolge.",
        "Gespeichert: %n Änderungen gesendet; {listing} zeigt Ihre Reihenfolge.",
    ),
    (
        "MainWindow",
        "Saved, but the marketplace shows something else: {differences}",
    ): "Gespeichert, aber der Marktplatz zeigt etwas anderes: {differences}",
    (
        "MainWindow",
        "Saved, but the marketplace shows a different order: {differences}",
    ): "Gespeichert, aber der Marktplatz zeigt eine andere Reihenfolge: {differences}",
    (
        "MainWindow",
        "Finishing the save of {listing} failed: {reason}",
    ): "Das Fertigspeichern von {listing} ist fehlgeschlagen: {reason}",
    (
        "MainWindow",
        "It stays in the journal; ImageDeck offers it again at the next start.",
    ): "Es bleibt im Journal; ImageDeck bietet es beim nächsten Start erneut an.",
    (
        "MainWindow",
        "Saving {listing} failed: {reason}\nYour new order is kept; try Save again.",
    ): "Das Speichern von {listing} ist fehlgeschlagen: {reason}\nIhre neue Reihenfolge "
    "bleibt erhalten; versuchen Sie erneut zu speichern.",
    ("MainWindow", "Not saved."): "Nicht gespeichert.",
    (
        "MainWindow",
        "Finishing the save of {listing} cancelled — {done} of {total} changes were saved",
    ): "Fertigspeichern von {listing} abgebrochen — {done} von {total} Änderungen wurden "
    "gespeichert",
    (
        "MainWindow",
        "Save cancelled — {done} of {total} changes were saved",
    ): "Speichern abgebrochen — {done} von {total} Änderungen wurden gespeichert",
    (
        "MainWindow",
        "Finishing the save of {listing} cancelled before any change was confirmed",
    ): "Fertigspeichern von {listing} abgebrochen, bevor eine Änderung bestätigt war",
    (
        "MainWindow",
        "Save cancelled before any change was confirmed",
    ): "Speichern abgebrochen, bevor eine Änderung bestätigt war",
    (
        "MainWindow",
        "{summary}; reading what the server holds now…",
    ): "{summary}; der aktuelle Stand wird vom Server gelesen…",
    ("MainWindow", "{summary}."): "{summary}.",
    (
        "MainWindow",
        "{summary}, but reading {listing} again failed: {reason}. Your changes are kept; Save "
        "asks before overwriting anything.",
    ): "{summary}, aber {listing} konnte nicht erneut gelesen werden: {reason}. Ihre "
    "Änderungen bleiben erhalten; Speichern fragt, bevor etwas überschrieben wird.",
    (
        "MainWindow",
        "{summary}; the listing shows what the server holds now.",
    ): "{summary}; das Angebot zeigt den aktuellen Stand des Servers.",
    (
        "MainWindow",
        "Could not read the save journal: {error}",
    ): "Das Speicherjournal konnte nicht gelesen werden: {error}",
    (
        "MainWindow",
        "No saved connection can finish these saves; they stay in the journal.",
    ): "Keine gespeicherte Verbindung kann diese Speichervorgänge beenden; sie bleiben im Journal.",
    (
        "MainWindow",
        "1 unfinished save waits in the journal; ImageDeck asks again at the next start.",
    ): "1 unvollständiger Speichervorgang wartet im Journal; ImageDeck fragt beim nächsten "
    "Start erneut.",
    (
        "MainWindow",
        "{count} unfinished saves wait in the journal; ImageDeck asks again at the next start.",
    ): "{count} unvollständige Speichervorgänge warten im Journal; ImageDeck fragt beim "
    "nächsten Start erneut.",
    ("MainWindow", "Finishing the save of {listing}…"): "{listing} wird fertig gespeichert…",
    (
        "MainWindow",
        "Finished saving {listing}: %n change(s) sent; it shows the order you wanted.",
    ): (
        "{listing} fertig gespeichert: %n Änderung gesendet; es zeigt die gewünschte Reihenfolge.",
        "{listing} fertig gespeichert: %n Änderungen gesendet; es zeigt die gewünschte "
        "Reihenfolge.",
    ),
    (
        "MainWindow",
        "Finished saving {listing}, but the marketplace shows a different order: {details}",
    ): "{listing} fertig gespeichert, aber der Marktplatz zeigt eine andere Reihenfolge: {details}",
    (
        "MainWindow",
        "Could not update the save journal: {error}",
    ): "Das Speicherjournal konnte nicht aktualisiert werden: {error}",
    ("MainWindow", "Discarded %n unfinished save(s)."): (
        "%n unvollständiger Speichervorgang verworfen.",
        "%n unvollständige Speichervorgänge verworfen.",
    ),
    (
        "MainWindow",
        "ImageDeck will close when the save has finished.",
    ): "ImageDeck wird beendet, sobald das Speichern abgeschlossen ist.",
    # -- sync/engine.py: progress, conflicts and differences shown in the window ------------
    (
        "SaveEngine",
        "{listing} was changed elsewhere since it was loaded: {summary}",
    ): "{listing} wurde seit dem Laden anderswo geändert: {summary}",
    ("SaveEngine", "{first}; {rest}"): "{first}; {rest}",
    ("SaveEngine", "{list} …"): "{list} …",
    (
        "SaveEngine",
        "place {place}: wanted image {wanted}, server shows {shown}",
    ): "Platz {place}: gewünscht Bild {wanted}, der Server zeigt {shown}",
    (
        "SaveEngine",
        "wanted {wanted} images, server shows {shown}",
    ): "{wanted} Bilder gewünscht, der Server zeigt {shown}",
    ("SaveEngine", "Checking {listing} on the server…"): "{listing} wird auf dem Server geprüft…",
    (
        "SaveEngine",
        "Checking what reached {listing}…",
    ): "Es wird geprüft, was bei {listing} angekommen ist…",
    ("SaveEngine", "Checking the result…"): "Das Ergebnis wird geprüft…",
    ("SaveEngine", "Saving {count} changes…"): "{count} Änderungen werden gespeichert…",
    ("SaveEngine", "Saved {call}"): "Gespeichert: {call}",
    # -- sync/details_sync.py: detail conflicts and what a re-read still lacks --------------
    (
        "DetailsSync",
        "image {id}: {subject} changed elsewhere",
    ): "Bild {id}: {subject} wurde anderswo geändert",
    (
        "DetailsSync",
        "image {id}: not on the server any more",
    ): "Bild {id}: nicht mehr auf dem Server",
    ("DetailsSync", "image {id}: still to {change}"): "Bild {id}: noch offen: {change}",
    ("DetailsSync", "the {language} name"): "der Name auf {language}",
    ("DetailsSync", "availability in {place}"): "die Verfügbarkeit in: {place}",
    ("DetailsSync", "the link to variation {id}"): "die Verknüpfung mit Variante {id}",
    ("DetailsSync", "a detail"): "ein Detail",
    # -- ui/save_worker.py -----------------------------------------------------------------
    ("SaveWorker", "Unexpected error: {error}"): "Unerwarteter Fehler: {error}",
    (
        "SaveWorker",
        "the save of {listing} is no longer waiting in the journal (it was finished or "
        "discarded elsewhere)",
    ): "das Speichern von {listing} wartet nicht mehr im Journal (es wurde anderswo beendet "
    "oder verworfen)",
}
