"""German (and English plural) texts for the catalogues, keyed by (context, source).

Why a script: lupdate rewrites the .ts files from the code; this fills in the translations
by source text afterwards, so a re-run after new strings keeps every reviewed entry and
reports the ones still missing. One command refreshes from the code (lupdate), fills in,
and lets lupdate write the files back in its own layout (so diffs stay small):

    .venv/bin/python resources/translations/german_texts.py

Terms (keep them consistent): image → Bild, main image → Hauptbild, listing (what ImageDeck
opens) → Angebot, item → Artikel, variation → Variante, vehicle → Fahrzeug, store (mandant)
→ Mandant, marketplace → Marktplatz, listing (availability type) → Listing, name → Name,
alternative text → Alternativtext, save → speichern, connection → Verbindung.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

FOLDER = Path(__file__).resolve().parent

# Numerus entries: a tuple of (singular, plural).
GERMAN: dict[tuple[str, str], str | tuple[str, str]] = {
    # -- model/details.py ------------------------------------------------------------------
    ("Availability", "store {id}"): "Mandant {id}",
    ("Availability", "all stores"): "alle Mandanten",
    ("Availability", "marketplace {id}"): "Marktplatz {id}",
    ("Availability", "all marketplaces"): "alle Marktplätze",
    ("Availability", "listing {id}"): "Listing {id}",
    ("Availability", "all listings"): "alle Listings",
    ("Availability", "every {type}"): "alle vom Typ {type}",
    ("Availability", "{type} {id}"): "{type} {id}",
    (
        "Availability",
        "availability type {type} is unknown; use one of {types}",
    ): "Verfügbarkeitstyp {type} ist unbekannt; erlaubt sind {types}",
    (
        "Availability",
        "availability value {value} is not a number",
    ): "Verfügbarkeitswert {value} ist keine Zahl",
    (
        "Availability",
        "availability value {value} is not a whole number",
    ): "Verfügbarkeitswert {value} ist keine ganze Zahl",
    (
        "Availability",
        "availability value {value} is not allowed: use an id (0 or more) or -1 for all",
    ): "Verfügbarkeitswert {value} ist nicht erlaubt: eine ID (0 oder größer) oder -1 für alle "
    "angeben",
    (
        "ImageName",
        "{language} name {name} (alt {alt})",
    ): "Name auf {language} {name} (Alternativtext {alt})",
    ("ImageName", "{language} name {name}"): "Name auf {language} {name}",
    (
        "ImageName",
        "the {language} name must be text, not {value}",
    ): "der Name auf {language} muss Text sein, nicht {value}",
    (
        "ImageName",
        "the {language} alternative text must be text, not {value}",
    ): "der Alternativtext auf {language} muss Text sein, nicht {value}",
    (
        "ImageName",
        "the {language} alternative text needs a name as well",
    ): "der Alternativtext auf {language} braucht auch einen Namen",
    ("Variations", "variation id {value} is not a number"): "Varianten-ID {value} ist keine Zahl",
    # -- model/changes.py, model/detail_edits.py (undo labels) -----------------------------
    ("DetailChange", "add the {name}"): "{name} hinzufügen",
    ("DetailChange", "change the {name}"): "{name} ändern",
    ("DetailChange", "remove the {language} name"): "Namen auf {language} entfernen",
    ("DetailChange", "make it available in {place}"): "verfügbar machen in: {place}",
    ("DetailChange", "remove it from {place}"): "entfernen aus: {place}",
    ("DetailChange", "link it to variation {id}"): "mit Variante {id} verknüpfen",
    ("DetailChange", "unlink it from variation {id}"): "Verknüpfung mit Variante {id} lösen",
    ("DetailEdits", "Remove {language} name"): "Namen auf {language} entfernen",
    ("DetailEdits", "Set {language} name"): "Namen auf {language} festlegen",
    ("DetailEdits", "Set {language} alternative text"): "Alternativtext auf {language} festlegen",
    ("DetailEdits", "Make available in {place}"): "Verfügbar machen in: {place}",
    ("DetailEdits", "Remove from {place}"): "Entfernen aus: {place}",
    ("DetailEdits", "Link to variation {id}"): "Mit Variante {id} verknüpfen",
    ("DetailEdits", "Unlink from variation {id}"): "Verknüpfung mit Variante {id} lösen",
    # -- model/languages.py: as the adverb "auf Deutsch" reads ------------------------------
    ("Languages", "German"): "Deutsch",
    ("Languages", "English"): "Englisch",
    ("Languages", "Bulgarian"): "Bulgarisch",
    ("Languages", "French"): "Französisch",
    ("Languages", "Italian"): "Italienisch",
    ("Languages", "Spanish"): "Spanisch",
    ("Languages", "Turkish"): "Türkisch",
    ("Languages", "Dutch"): "Niederländisch",
    ("Languages", "Polish"): "Polnisch",
    ("Languages", "Portuguese"): "Portugiesisch",
    ("Languages", "Norwegian"): "Norwegisch",
    ("Languages", "Romanian"): "Rumänisch",
    ("Languages", "Danish"): "Dänisch",
    ("Languages", "Swedish"): "Schwedisch",
    ("Languages", "Czech"): "Tschechisch",
    ("Languages", "Russian"): "Russisch",
    ("Languages", "Slovak"): "Slowakisch",
    ("Languages", "Chinese"): "Chinesisch",
    ("Languages", "Vietnamese"): "Vietnamesisch",
    ("Languages", "Finnish"): "Finnisch",
    ("Languages", "Irish"): "Irisch",
    ("Languages", "Lithuanian"): "Litauisch",
    ("Languages", "Latvian"): "Lettisch",
    ("Languages", "Estonian"): "Estnisch",
    ("Languages", "Croatian"): "Kroatisch",
    ("Languages", "Hungarian"): "Ungarisch",
    (
        "Languages",
        "unknown language code {code} ({language} is {meant}); plentymarkets accepts: {accepted}",
    ): "unbekannter Sprachcode {code} ({language} ist {meant}); plentymarkets akzeptiert: "
    "{accepted}",
    (
        "Languages",
        "unknown language code {code}; plentymarkets accepts: {accepted}",
    ): "unbekannter Sprachcode {code}; plentymarkets akzeptiert: {accepted}",
    # -- ui/availability_editor.py ---------------------------------------------------------
    ("AvailabilityEditor", "Stores"): "Mandanten",
    ("AvailabilityEditor", "All stores"): "Alle Mandanten",
    (
        "AvailabilityEditor",
        "Show the selected images in every store",
    ): "Die ausgewählten Bilder in jedem Mandanten anzeigen",
    (
        "AvailabilityEditor",
        "{count} of the {total} selected images are shown in every store; click to show all of "
        "them everywhere",
    ): "{count} der {total} ausgewählten Bilder werden in jedem Mandanten angezeigt; klicken, "
    "um alle überall anzuzeigen",
    ("AvailabilityEditor", "store id"): "Mandanten-ID",
    (
        "AvailabilityEditor",
        "Show the selected images in this store too",
    ): "Die ausgewählten Bilder auch in diesem Mandanten anzeigen",
    (
        "AvailabilityEditor",
        "Stop showing the selected images in this store",
    ): "Die ausgewählten Bilder nicht mehr in diesem Mandanten anzeigen",
    ("AvailabilityEditor", "Marketplaces"): "Marktplätze",
    ("AvailabilityEditor", "All marketplaces"): "Alle Marktplätze",
    (
        "AvailabilityEditor",
        "Show the selected images in every marketplace",
    ): "Die ausgewählten Bilder auf jedem Marktplatz anzeigen",
    (
        "AvailabilityEditor",
        "{count} of the {total} selected images are shown in every marketplace; click to show "
        "all of them everywhere",
    ): "{count} der {total} ausgewählten Bilder werden auf jedem Marktplatz angezeigt; "
    "klicken, um alle überall anzuzeigen",
    ("AvailabilityEditor", "marketplace id"): "Marktplatz-ID",
    (
        "AvailabilityEditor",
        "Show the selected images in this marketplace too",
    ): "Die ausgewählten Bilder auch auf diesem Marktplatz anzeigen",
    (
        "AvailabilityEditor",
        "Stop showing the selected images in this marketplace",
    ): "Die ausgewählten Bilder nicht mehr auf diesem Marktplatz anzeigen",
    ("AvailabilityEditor", "Listings"): "Listings",
    ("AvailabilityEditor", "All listings"): "Alle Listings",
    (
        "AvailabilityEditor",
        "Show the selected images in every listing",
    ): "Die ausgewählten Bilder in jedem Listing anzeigen",
    (
        "AvailabilityEditor",
        "{count} of the {total} selected images are shown in every listing; click to show all "
        "of them everywhere",
    ): "{count} der {total} ausgewählten Bilder werden in jedem Listing angezeigt; klicken, "
    "um alle überall anzuzeigen",
    ("AvailabilityEditor", "listing id"): "Listing-ID",
    (
        "AvailabilityEditor",
        "Show the selected images in this listing too",
    ): "Die ausgewählten Bilder auch in diesem Listing anzeigen",
    (
        "AvailabilityEditor",
        "Stop showing the selected images in this listing",
    ): "Die ausgewählten Bilder nicht mehr in diesem Listing anzeigen",
    ("AvailabilityGroup", "Chosen: {title}"): "Gewählt: {title}",
    ("AvailabilityGroup", "{id}, e.g. {example}"): "{id}, z. B. {example}",
    ("AvailabilityGroup", "{id} to add"): "{id} zum Hinzufügen",
    ("AvailabilityGroup", "Add"): "Hinzufügen",
    ("AvailabilityGroup", "Remove"): "Entfernen",
    (
        "AvailabilityGroup",
        "{text} ({count} of {total} selected images)",
    ): "{text} ({count} von {total} ausgewählten Bildern)",
    ("AvailabilityGroup", "{id} — {count} of {total} images"): "{id} — {count} von {total} Bildern",
    (
        "AvailabilityGroup",
        "{place}: {count} of the {total} selected images",
    ): "{place}: {count} der {total} ausgewählten Bilder",
    (
        "AvailabilityGroup",
        "Type the {id} first, e.g. {example}",
    ): "Zuerst die {id} eingeben, z. B. {example}",
    ("AvailabilityGroup", "{error} Nothing was changed."): "{error} Es wurde nichts geändert.",
    # -- ui/detail_summary.py --------------------------------------------------------------
    (
        "DetailSummary",
        "The {total} selected images differ:",
    ): "Die {total} ausgewählten Bilder unterscheiden sich:",
    ("DetailSummary", "(empty)"): "(leer)",
    ("DetailSummary", "“{text}”"): "„{text}“",
    ("DetailSummary", "{text} on {count} of {total}"): "{text} bei {count} von {total}",
    # -- ui/details_panel.py ---------------------------------------------------------------
    ("DetailsDock", "Image Details"): "Bilddetails",
    ("DetailsDock", "Image &Details Panel"): "Bereich &Bilddetails",
    (
        "DetailsPanel",
        "Open a listing to see its images' details here.",
    ): "Öffnen Sie ein Angebot, um hier die Details seiner Bilder zu sehen.",
    (
        "DetailsPanel",
        "Select an image to see its details and edit its names, where it is shown and its "
        "variations. Select several to edit them together.",
    ): "Wählen Sie ein Bild aus, um seine Details zu sehen und seine Namen, seine "
    "Verfügbarkeit und seine Varianten zu bearbeiten. Wählen Sie mehrere aus, um sie "
    "gemeinsam zu bearbeiten.",
    (
        "DetailsPanel",
        "AutoScout24 has no image names, availabilities or variations — only the order and the "
        "photos themselves.",
    ): "AutoScout24 kennt keine Bildnamen, Verfügbarkeiten oder Varianten — nur die "
    "Reihenfolge und die Fotos selbst.",
    (
        "DetailsPanel",
        "{marketplace} has no image names, availabilities or variations — only the order.",
    ): "{marketplace} kennt keine Bildnamen, Verfügbarkeiten oder Varianten — nur die Reihenfolge.",
    ("DetailsPanel", "Details"): "Details",
    ("DetailsPanel", "Names"): "Namen",
    ("DetailsPanel", "Shown in"): "Verfügbarkeit",
    ("DetailsPanel", "Variations"): "Varianten",
    ("DetailsPanel", "Selection"): "Auswahl",
    # -- ui/gui_clients.py -----------------------------------------------------------------
    (
        "GuiClients",
        "No {marketplace} connection is set up.",
    ): "Es ist keine Verbindung zu {marketplace} eingerichtet.",
    # -- ui/image_info.py ------------------------------------------------------------------
    ("ImageInfo", "%n byte(s)"): ("%n Byte", "%n Byte"),
    ("ImageInfo", "%Ln byte(s)"): ("%Ln Byte", "%Ln Byte"),
    ("ImageInfo", "{day} {month} {year}, {time}"): "{day}. {month} {year}, {time}",
    ("ImageInfo", "File type:"): "Dateityp:",
    ("ImageInfo", "Pixel size:"): "Pixelmaße:",
    ("ImageInfo", "File size:"): "Dateigröße:",
    ("ImageInfo", "Created:"): "Erstellt:",
    ("ImageInfo", "Updated:"): "Geändert:",
    ("ImageInfo", "MD5 checksum:"): "MD5-Prüfsumme:",
    ("ImageInfo", "Open picture:"): "Bild öffnen:",
    ("ImageInfo", "%n image(s) selected, {size} in all."): (
        "%n Bild ausgewählt, insgesamt {size}.",
        "%n Bilder ausgewählt, insgesamt {size}.",
    ),
    ("ImageInfo", "%n image(s) selected."): ("%n Bild ausgewählt.", "%n Bilder ausgewählt."),
    ("ImageInfo", "Full size"): "Originalgröße",
    ("ImageInfo", "Middle size"): "Mittlere Größe",
    # -- ui/language_picker.py, names_editor.py, names_model.py ----------------------------
    (
        "LanguagePicker",
        "choose a language from the list, or type its name or code",
    ): "wählen Sie eine Sprache aus der Liste oder geben Sie ihren Namen oder Code ein",
    ("LanguagePicker", "Add a language…"): "Sprache hinzufügen…",
    (
        "LanguagePicker",
        "Choose a language, or type its name or code, then press Add",
    ): "Sprache auswählen oder Namen bzw. Code eingeben, dann auf „Sprache hinzufügen“ klicken",
    ("NamesEditor", "Language to add"): "Hinzuzufügende Sprache",
    ("NamesEditor", "&Add Language"): "Sprache &hinzufügen",
    ("NamesEditor", "Remove Language"): "Sprache entfernen",
    (
        "NamesEditor",
        "Remove the selected language's name (Delete)",
    ): "Den Namen in der ausgewählten Sprache entfernen (Entf)",
    ("NamesEditor", "Remove {language}"): "{language} entfernen",
    ("NamesModel", "Language"): "Sprache",
    ("NamesModel", "Name"): "Name",
    ("NamesModel", "Alternative text"): "Alternativtext",
    ("NamesModel", "(mixed)"): "(gemischt)",
    (
        "NamesModel",
        "plentymarkets no longer accepts “{code}”; this name can only be read.",
    ): "plentymarkets akzeptiert „{code}“ nicht mehr; dieser Name kann nur gelesen werden.",
    ("NamesTable", "Image names"): "Bildnamen",
    # -- ui/open_listing_dialog.py ---------------------------------------------------------
    ("OpenListingDialog", "Open Listing"): "Angebot öffnen",
    ("OpenListingDialog", "e.g. 101"): "z. B. 101",
    ("OpenListingDialog", "all variations (optional)"): "alle Varianten (optional)",
    ("OpenListingDialog", "&Marketplace:"): "&Marktplatz:",
    ("OpenListingDialog", "&Listings:"): "&Angebote:",
    ("OpenListingDialog", "Listing &id:"): "Angebots-&ID:",
    ("OpenListingDialog", "&Variation:"): "&Variante:",
    ("OpenListingDialog", "vehicle id"): "Fahrzeug-ID",
    ("OpenListingDialog", "Loading listings…"): "Angebote werden geladen…",
    (
        "OpenListingDialog",
        "Could not load the listings ({error}). You can type an id.",
    ): "Die Angebote konnten nicht geladen werden ({error}). Sie können eine ID eingeben.",
    (
        "OpenListingDialog",
        "No listings found. You can type an id.",
    ): "Keine Angebote gefunden. Sie können eine ID eingeben.",
    ("OpenListingDialog", "(%n image(s))"): ("(%n Bild)", "(%n Bilder)"),
    (
        "OpenListingDialog",
        "Pick a listing from the list or type its id.",
    ): "Wählen Sie ein Angebot aus der Liste oder geben Sie seine ID ein.",
    (
        "OpenListingDialog",
        "A plentymarkets item id is a number, e.g. 101.",
    ): "Eine plentymarkets-Artikel-ID ist eine Zahl, z. B. 101.",
    (
        "OpenListingDialog",
        "A variation id is a number, e.g. 1011 (or leave it empty).",
    ): "Eine Varianten-ID ist eine Zahl, z. B. 1011 (oder leer lassen).",
    (
        "OpenListingDialog",
        "A vehicle id has only letters, digits, dashes and underscores.",
    ): "Eine Fahrzeug-ID besteht nur aus Buchstaben, Ziffern, Binde- und Unterstrichen.",
    # -- ui/questions.py -------------------------------------------------------------------
    ("Questions", "Unsaved changes"): "Ungespeicherte Änderungen",
    (
        "Questions",
        "Your changes to {listing} have not been saved.",
    ): "Ihre Änderungen an {listing} wurden nicht gespeichert.",
    ("Questions", "Save them to the marketplace now?"): "Jetzt auf dem Marktplatz speichern?",
    ("Questions", "Discard your changes?"): "Ihre Änderungen verwerfen?",
    ("Questions", "Listing changed elsewhere"): "Angebot wurde anderswo geändert",
    (
        "Questions",
        "Nothing was saved. Reload to see the listing as it is now (your changes are discarded), "
        "or save your changes over theirs.",
    ): "Es wurde nichts gespeichert. Laden Sie das Angebot neu, um es im aktuellen Stand zu "
    "sehen (Ihre Änderungen werden verworfen), oder speichern Sie Ihre Änderungen über "
    "die anderen.",
    ("Questions", "Reload"): "Neu laden",
    ("Questions", "Save My Changes"): "Meine Änderungen speichern",
    ("Questions", "Unfinished saves"): "Unvollständige Speichervorgänge",
    (
        "Questions",
        "A save was interrupted before it had finished:",
    ): "Ein Speichervorgang wurde vor seinem Ende unterbrochen:",
    (
        "Questions",
        "{count} saves were interrupted before they had finished:",
    ): "{count} Speichervorgänge wurden vor ihrem Ende unterbrochen:",
    (
        "Questions",
        "Until the rest is sent, the marketplace shows a mix of the old and the new order. Finish "
        "saving now, decide later (ImageDeck asks again at the next start), or discard the rest "
        "(the marketplace keeps the mix).",
    ): "Bis der Rest gesendet ist, zeigt der Marktplatz eine Mischung aus alter und neuer "
    "Reihenfolge. Speichern Sie jetzt fertig, entscheiden Sie später (ImageDeck fragt beim "
    "nächsten Start erneut) oder verwerfen Sie den Rest (der Marktplatz behält die "
    "Mischung).",
    ("Questions", "Finish Saving"): "Fertig speichern",
    ("Questions", "Later"): "Später",
    ("Questions", "Discard"): "Verwerfen",
    # -- ui/status_panel.py ----------------------------------------------------------------
    ("StatusPanel", "No listing open"): "Kein Angebot geöffnet",
    ("StatusPanel", "● Unsaved changes"): "● Ungespeicherte Änderungen",
    ("StatusPanel", "Saving…"): "Wird gespeichert…",
    ("StatusPanel", "%n image(s)"): ("%n Bild", "%n Bilder"),
    # -- ui/unfinished_saves.py ------------------------------------------------------------
    (
        "UnfinishedSave",
        "{summary} (started {started}) — no saved connection for {target}; run `imagedeck "
        "resume` with the secrets in the environment",
    ): "{summary} (begonnen {started}) — keine gespeicherte Verbindung für {target}; führen "
    "Sie `imagedeck resume` mit den Zugangsdaten in der Umgebung aus",
    ("UnfinishedSave", "{summary} (started {started})"): "{summary} (begonnen {started})",
    (
        "UnfinishedSave",
        "“{name}” ({marketplace} at {url}, account {account})",
    ): "„{name}“ ({marketplace} unter {url}, Konto {account})",
    ("UnfinishedSave", "“{name}” ({marketplace} at {url})"): "„{name}“ ({marketplace} unter {url})",
    # -- ui/variations_editor.py, variations_model.py --------------------------------------
    (
        "VariationsEditor",
        "Variations linked to the selected images",
    ): "Mit den ausgewählten Bildern verknüpfte Varianten",
    (
        "VariationsEditor",
        "Loading the item's variations…",
    ): "Die Varianten des Artikels werden geladen…",
    ("VariationsEditor", "This item has no variations."): "Dieser Artikel hat keine Varianten.",
    (
        "VariationsEditor",
        "Could not load the item's variations: {message}",
    ): "Die Varianten des Artikels konnten nicht geladen werden: {message}",
    ("VariationsModel", "{label} — open now"): "{label} — gerade geöffnet",
    (
        "VariationsModel",
        "{count} of the {total} selected images are linked to it",
    ): "{count} der {total} ausgewählten Bilder sind damit verknüpft",
    (
        "VariationsModel",
        "Linked: buyers see this picture on the variation",
    ): "Verknüpft: Käufer sehen dieses Bild bei der Variante",
    ("VariationsModel", "Not linked"): "Nicht verknüpft",
    (
        "VariationsModel",
        "This variation is open: an image unlinked from it leaves this page on Save",
    ): "Diese Variante ist geöffnet: Ein davon gelöstes Bild verschwindet beim Speichern "
    "von dieser Seite",
}


# Connections, settings, help and error reports (issue 7, second pass): their own file.
sys.path.insert(0, str(FOLDER))
from german_texts_connections import GERMAN_CONNECTIONS  # noqa: E402

GERMAN.update(GERMAN_CONNECTIONS)

# Adding and deleting images, upload checks, the listing browser (issue 7, third pass).
from german_texts_uploads_browser import GERMAN_UPLOADS_BROWSER  # noqa: E402

GERMAN.update(GERMAN_UPLOADS_BROWSER)

# The main window, its menus, status messages and saving (issue 7, third pass).
from german_texts_window import GERMAN_WINDOW  # noqa: E402

GERMAN.update(GERMAN_WINDOW)

# Tiles, preview, zoom, the thumbnail cache and decoder, rate-limit status (issue 7, third pass).
from german_texts_thumbnails import GERMAN_THUMBNAILS  # noqa: E402

GERMAN.update(GERMAN_THUMBNAILS)

# A seller's first day without a rough edge (issue 15).
from german_texts_first_day import GERMAN_FIRST_DAY  # noqa: E402

GERMAN.update(GERMAN_FIRST_DAY)


def fill(
    path: Path, texts: dict[tuple[str, str], str | tuple[str, str]], *, numerus_only: bool
) -> list[str]:
    """Write `texts` into the catalogue at `path`; returns the entries still untranslated,
    and texts here that the code no longer has (lupdate did not find their call)."""
    tree = ElementTree.parse(path)
    missing = []
    used = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            if numerus_only and not numerus:
                continue
            text = texts.get((name, source))
            used.add((name, source))
            translation = message.find("translation")
            if translation is None:
                translation = ElementTree.SubElement(message, "translation")
            if text is None:
                if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                    missing.append(f"{name}: {source!r}")
                continue
            translation.attrib.pop("type", None)
            for form in list(translation):
                translation.remove(form)
            if numerus:
                if not isinstance(text, tuple):
                    raise SystemExit(f"{name}: {source!r} needs (singular, plural)")
                translation.text = None
                for form_text in text:
                    ElementTree.SubElement(translation, "numerusform").text = form_text
            else:
                if isinstance(text, tuple):
                    raise SystemExit(f"{name}: {source!r} is not a plural; give one text")
                translation.text = text
    missing += [
        f"not in the code: {context}: {source!r}" for context, source in texts.keys() - used
    ]
    ElementTree.indent(tree, space="    ")
    with path.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return missing


def english_plurals() -> dict[tuple[str, str], tuple[str, str]]:
    """The English catalogue needs only the numerus forms: "%n image" / "%n images"."""
    return {
        key: (key[1].replace("(s)", ""), key[1].replace("(s)", "s"))
        for key, value in GERMAN.items()
        if isinstance(value, tuple)
    }


if __name__ == "__main__":
    from imagedeck.ui.app.translations import update_catalogues

    update_catalogues()
    missing = fill(FOLDER / "imagedeck_de.ts", GERMAN, numerus_only=False)
    missing_en = fill(FOLDER / "imagedeck_en.ts", english_plurals(), numerus_only=True)
    for entry in missing + [f"(en) {entry}" for entry in missing_en]:
        print(f"untranslated: {entry}")
    update_catalogues()  # lupdate's own formatting; translations are kept
    sys.exit(1 if missing or missing_en else 0)
