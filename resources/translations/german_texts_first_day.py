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
}
