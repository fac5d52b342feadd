"""German texts for the rough edges a newcomer met on the first day (issue 15): the failed
uploads list, the Open dialog's advice, quitting, delete questions, shortcuts by area, the
connections dialog's words and the demo's notice.

Kept apart so other passes can add their texts elsewhere; german_texts.py merges this file.
Keyed by (context, source); numerus entries are (singular, plural).
"""

from __future__ import annotations

GERMAN_FIRST_DAY: dict[tuple[str, str], str | tuple[str, str]] = {
    # -- ui/grid/failed_uploads.py ---------------------------------------------------------
    ("FailedUploadsDock", "Failed Uploads"): "Fehlgeschlagene Uploads",
    ("FailedUploadsDock", "Files that could not be added"): "Dateien, die nicht hinzugefügt "
    "werden konnten",
    ("FailedUploadsDock", "&Retry"): "&Erneut versuchen",
    ("FailedUploadsDock", "Add the selected files again and upload them"): "Die gewählten "
    "Dateien erneut hinzufügen und hochladen",
    ("FailedUploadsDock", "Re&move from List"): "Aus der Liste &entfernen",
    ("FailedUploadsDock", "Forget the selected files (nothing is uploaded)"): "Die gewählten "
    "Dateien vergessen (es wird nichts hochgeladen)",
    ("FailedUploadsDock", "%n file(s) could not be added to the listing:"): (
        "%n Datei konnte dem Angebot nicht hinzugefügt werden:",
        "%n Dateien konnten dem Angebot nicht hinzugefügt werden:",
    ),
    # -- ui/grid/upload_questions.py -------------------------------------------------------
    ("UploadQuestions", "Delete %n image(s)?"): ("%n Bild löschen?", "%n Bilder löschen?"),
    (
        "UploadQuestions",
        "Nothing changes on the marketplace until you save; until then Undo (Ctrl+Z) "
        "brings back what you delete.",
    ): "Auf dem Marktplatz ändert sich erst beim Speichern etwas; bis dahin holt "
    "Rückgängig (Strg+Z) zurück, was Sie löschen.",
    ("UploadQuestions", "Delete"): "Löschen",
    # -- error_advice.py: advice for the marketplace that answered --------------------------
    (
        "ErrorAdvice",
        "Check the vehicle id: this connection's dealer account has no vehicle with it "
        "(AutoScout24 ids are long codes like 3f1c9a52-8d4e-…).",
    ): "Prüfen Sie die Fahrzeug-ID: Das Händlerkonto dieser Verbindung hat kein Fahrzeug mit "
    "dieser ID (AutoScout24-IDs sind lange Codes wie 3f1c9a52-8d4e-…).",
    (
        "ErrorAdvice",
        "Ask the account's administrator for the right to do this.",
    ): "Bitten Sie die Administration des Kontos um das Recht dazu.",
    (
        "ErrorAdvice",
        "Check the vehicle id; if it is right, the vehicle was deleted meanwhile.",
    ): "Prüfen Sie die Fahrzeug-ID; stimmt sie, wurde das Fahrzeug inzwischen gelöscht.",
    # -- ui/app/message_area.py --------------------------------------------------------------
    ("MessageArea", "Dismiss this message"): "Diese Meldung ausblenden",
    ("MessageArea", "Less"): "Weniger",
    ("MessageArea", "More…"): "Mehr…",
    ("MessageArea", "Show the whole message"): "Die ganze Meldung zeigen",
    ("MessageArea", "Show one line"): "Eine Zeile zeigen",
    # -- ui/browser/open_listing_dialog.py ---------------------------------------------------
    (
        "OpenListingDialog",
        "An AutoScout24 vehicle id is a long code like 3f1c9a52-8d4e-…, not a number; "
        "pick the vehicle from the list.",
    ): "Eine AutoScout24-Fahrzeug-ID ist ein langer Code wie 3f1c9a52-8d4e-…, keine Zahl; "
    "wählen Sie das Fahrzeug aus der Liste.",
    # -- ui/details/image_info.py ------------------------------------------------------------
    ("ImageInfo", "Added from:"): "Hinzugefügt aus:",
    # -- model/place_changes.py, ui/grid/conflict_pictures.py --------------------------------
    ("SaveEngine", "a new image appeared at place {place}"): "an Platz {place} erschien ein "
    "neues Bild",
    ("SaveEngine", "image {place} was deleted"): "Bild {place} wurde gelöscht",
    ("SaveEngine", "image {old} moved to place {new}"): "Bild {old} kam an Platz {new}",
    ("ConflictPictures", "new at {place}"): "neu an {place}",
    ("ConflictPictures", "{place} deleted"): "{place} gelöscht",
    ("ConflictPictures", "{old} → {new}"): "{old} → {new}",
    # -- ui/app/help_menu.py, ui/app/shortcut_areas.py --------------------------------------
    ("ShortcutsDialog", "Window"): "Fenster",
    ("ShortcutAreas", "Image grid (when it has the focus)"): "Bilderraster (wenn es den Fokus "
    "hat)",
    ("ShortcutAreas", "Image details panel"): "Bereich Bilddetails",
    # -- ui/details/visibility_lines.py ------------------------------------------------------
    ("VisibilityLines", "{product} ad: photos 1–{count}"): "{product}-Anzeige: Fotos 1–{count}",
    (
        "VisibilityLines",
        "An AutoScout24 ad with the {product} product shows only the first {count} "
        "photos: buyers of such an ad never see the photos after this line.",
    ): "Eine AutoScout24-Anzeige mit dem Produkt {product} zeigt nur die ersten {count} "
    "Fotos: Wer eine solche Anzeige sieht, bekommt die Fotos nach dieser Linie nie zu sehen.",
    # -- ui/dialogs/connections_dialog.py, secret_questions.py --------------------------------
    ("ConnectionsDialog", "Unsaved Connection"): "Nicht gespeicherte Verbindung",
    ("ConnectionsDialog", "Save the connection “{name}” before closing?"): "Die Verbindung "
    "„{name}“ vor dem Schließen speichern?",
    ("ConnectionsDialog", "Save the new connection before closing?"): "Die neue Verbindung vor "
    "dem Schließen speichern?",
    ("ConnectionsDialog", "new connection"): "neue Verbindung",
    # -- marketplaces/http.py: what failed, in words -----------------------------------------
    ("HttpClient", "Could not reach {host}: {reason}"): "{host} ist nicht erreichbar: {reason}",
    ("HttpClient", "the server's name is unknown (check the address)"): "der Name des Servers "
    "ist unbekannt (prüfen Sie die Adresse)",
    ("HttpClient", "its security certificate was refused"): "sein Sicherheitszertifikat wurde "
    "abgelehnt",
    (
        "HttpClient",
        "no connection (the server is down, or the address or port is wrong)",
    ): "keine Verbindung (der Server ist nicht in Betrieb, oder Adresse oder Port sind falsch)",
    ("HttpClient", "the proxy refused the connection"): "der Proxy hat die Verbindung abgelehnt",
    ("HttpClient", "the connection broke off during the answer"): "die Verbindung brach während "
    "der Antwort ab",
    ("HttpClient", "the address must start with https://"): "die Adresse muss mit https:// "
    "beginnen",
    ("HttpClient", "the connection failed"): "die Verbindung ist fehlgeschlagen",
    # -- ui/app/demo_notice.py ---------------------------------------------------------------
    ("DemoNotice", "Demo: starts fresh at every start"): "Demo: beginnt bei jedem Start neu",
    (
        "DemoNotice",
        "This is the built-in demo: its shop and dealer account are made anew each time "
        "ImageDeck starts, so changes saved in an earlier run are not there any more. "
        "Connect a real shop in File ▸ Connections… to keep your work.",
    ): "Das ist die eingebaute Demo: Shop und Händlerkonto werden bei jedem Start von "
    "ImageDeck neu angelegt, Änderungen aus einem früheren Lauf sind also nicht mehr da. "
    "Verbinden Sie unter Datei ▸ Verbindungen… einen echten Shop, um Ihre Arbeit zu behalten.",
}
