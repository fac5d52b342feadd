"""German texts for whole-catalogue work (issue 18): File ▸ Import Folder…, the Batch menu
(Stapel), its dialogs, the import review and the Jobs panel (Aufträge).

Accelerators: the menu bar has &Datei, &Bearbeiten, &Ansicht, &Stapel, &Hilfe; File gains
Ordner &importieren (i is free there); Stapel has Bild zu Angeboten &hinzufügen, Bild aus
Angeboten &entfernen, Haupt&bild festlegen.
"""

from __future__ import annotations

GERMAN_BATCH: dict[tuple[str, str], str | tuple[str, str]] = {
    ("BatchMenu", "&Add Image to Listings…"): "Bild zu Angeboten &hinzufügen…",
    ("BatchMenu", "&Batch"): "&Stapel",
    ("BatchMenu", "&Import Folder…"): "Ordner &importieren…",
    ("BatchMenu", "&Remove Image from Listings…"): "Bild aus Angeboten &entfernen…",
    ("BatchMenu", "A job is already running."): "Es läuft bereits ein Auftrag.",
    ("BatchMenu", "Batch"): "Stapel",
    (
        "BatchMenu",
        "Import a Folder of Photos Named by Item Number",
    ): "Ordner mit Fotos importieren, die nach Artikelnummer benannt sind",
    ("BatchMenu", "Jobs"): "Aufträge",
    ("BatchMenu", "Reading the catalogue for {folder}…"): "Katalog für {folder} wird gelesen…",
    ("BatchMenu", "Set &Main Image on Listings…"): "Haupt&bild auf Angeboten festlegen…",
    (
        "BatchPlan",
        "AutoScout24 allows at most {limit} images per vehicle ({count} there already)",
    ): "AutoScout24 erlaubt höchstens {limit} Bilder pro Fahrzeug ({count} sind schon da)",
    (
        "BatchPlan",
        "no listing is known by the start of this name ({name})",
    ): "kein Angebot passt zum Anfang dieses Namens ({name})",
    ("ChangeDialog", "&Preview"): "&Vorschau",
    ("ChangeDialog", "&Start Job"): "Auftrag &starten",
    ("ChangeDialog", "101,102,103 or search text"): "101,102,103 oder Suchtext",
    ("ChangeDialog", "Add Image to Listings"): "Bild zu Angeboten hinzufügen",
    ("ChangeDialog", "All listings"): "Alle Angebote",
    ("ChangeDialog", "An MD5 has 32 hexadecimal digits."): "Eine MD5 hat 32 Hexadezimalziffern.",
    ("ChangeDialog", "As image number:"): "Als Bild Nummer:",
    ("ChangeDialog", "Choose an Image"): "Bild auswählen",
    ("ChangeDialog", "Choose an image file."): "Wählen Sie eine Bilddatei.",
    ("ChangeDialog", "Choose…"): "Auswählen…",
    ("ChangeDialog", "File:"): "Datei:",
    ("ChangeDialog", "Give a name pattern."): "Geben Sie ein Namensmuster an.",
    ("ChangeDialog", "Listing ids"): "Angebotsnummern",
    (
        "ChangeDialog",
        "MD5 of the image, 32 hexadecimal digits",
    ): "MD5 des Bildes, 32 Hexadezimalziffern",
    ("ChangeDialog", "MD5:"): "MD5:",
    ("ChangeDialog", "Name pattern:"): "Namensmuster:",
    ("ChangeDialog", "On:"): "Auf:",
    ("ChangeDialog", "Reading the listings…"): "Angebote werden gelesen…",
    ("ChangeDialog", "Remove Image from Listings"): "Bild aus Angeboten entfernen",
    ("ChangeDialog", "Search"): "Suche",
    ("ChangeDialog", "Set Main Image on Listings"): "Hauptbild auf Angeboten festlegen",
    (
        "ChangeDialog",
        "e.g. *front* (file name or image name)",
    ): "z. B. *front* (Dateiname oder Bildname)",
    ("ChangeDialog", "{count} listings{when}"): "{count} Angebote{when}",
    ("JobsDock", "&Cancel Job"): "Auftrag a&bbrechen",
    ("JobsDock", "&Export CSV…"): "CSV e&xportieren…",
    ("JobsDock", "&Pause"): "&Anhalten",
    ("JobsDock", "&Resume"): "&Fortsetzen",
    ("JobsDock", "Calls"): "Aufrufe",
    ("JobsDock", "ETA"): "Restzeit",
    ("JobsDock", "Export Job Result"): "Ergebnis des Auftrags exportieren",
    ("JobsDock", "Job"): "Auftrag",
    ("JobsDock", "Jobs"): "Aufträge",
    ("JobsDock", "Listings"): "Angebote",
    ("JobsDock", "State"): "Stand",
    ("JobsDock", "paused"): "angehalten",
    ("JobsDock", "running"): "läuft",
    ("JobsDock", "unfinished"): "unvollendet",
    ("ReviewDialog", "Files"): "Dateien",
    ("ReviewDialog", "Images now"): "Bilder jetzt",
    ("ReviewDialog", "Import {folder}"): "{folder} importieren",
    ("ReviewDialog", "Key"): "Schlüssel",
    ("ReviewDialog", "Listing"): "Angebot",
    ("ReviewDialog", "Matched no listing"): "Keinem Angebot zugeordnet",
    ("ReviewDialog", "Start Import"): "Import starten",
    ("ReviewDialog", "What happens"): "Was geschieht",
    ("ReviewDialog", "{count} files"): "{count} Dateien",
    ("ReviewDialog", "{count} to upload"): "{count} zum Hochladen",
}
