"""German texts for connections, settings, help and error reports (issue 7, second pass).

Kept apart from german_texts.py so passes over other parts of the interface can add their
texts there without touching these; german_texts.py merges both. Keyed by (context, source)
like the rest. Accelerators (&) are unique per dialog: the Connections dialog's buttons and
the connection form beside them share one window, so their letters were chosen together.
"""

from __future__ import annotations

GERMAN_CONNECTIONS: dict[tuple[str, str], str | tuple[str, str]] = {
    # -- ui/about_dialog.py ----------------------------------------------------------------
    ("AboutDialog", "About ImageDeck"): "Über ImageDeck",
    (
        "AboutDialog",
        "Arrange, name and upload marketplace listing images.",
    ): "Bilder von Marktplatz-Angeboten anordnen, benennen und hochladen.",
    ("AboutDialog", "Versions"): "Versionen",
    # -- connection_check.py ---------------------------------------------------------------
    (
        "ConnectionCheck",
        "Logged in to plentymarkets as {user}.",
    ): "Bei plentymarkets als {user} angemeldet.",
    (
        "ConnectionCheck",
        "Signed in to AutoScout24. Vehicles in the account: {count}.",
    ): "Bei AutoScout24 angemeldet. Fahrzeuge im Konto: {count}.",
    (
        "ConnectionCheck",
        "Paste the address the browser showed after signing in.",
    ): "Fügen Sie die Adresse ein, die der Browser nach der Anmeldung angezeigt hat.",
    (
        "ConnectionCheck",
        "AutoScout24 refused the sign-in: {reason}",
    ): "AutoScout24 hat die Anmeldung abgelehnt: {reason}",
    (
        "ConnectionCheck",
        "The pasted address has no code=… part; copy the whole address.",
    ): "Die eingefügte Adresse enthält keinen Teil code=…; kopieren Sie die ganze Adresse.",
    (
        "ConnectionCheck",
        "The pasted address belongs to another sign-in; start the sign-in again.",
    ): "Die eingefügte Adresse gehört zu einer anderen Anmeldung; starten Sie die Anmeldung "
    "erneut.",
    # -- ui/connection_editor.py -----------------------------------------------------------
    ("ConnectionEditor", "&Name:"): "&Name:",
    ("ConnectionEditor", "&Marketplace:"): "&Marktplatz:",
    ("ConnectionEditor", "&Base URL:"): "Basis-&URL:",
    ("ConnectionEditor", "Us&er name:"): "&Benutzername:",
    ("ConnectionEditor", "Passw&ord:"): "Pass&wort:",
    ("ConnectionEditor", "&Client id:"): "&Client-ID:",
    ("ConnectionEditor", "Cl&ient secret:"): "Client-&Geheimnis:",
    ("ConnectionEditor", "Re&direct URI:"): "Weiterleitungs-UR&I:",
    ("ConnectionEditor", "&Refresh token:"): "&Refresh-Token:",
    ("ConnectionEditor", "Connection name"): "Name der Verbindung",
    ("ConnectionEditor", "Base URL"): "Basis-URL",
    ("ConnectionEditor", "Password"): "Passwort",
    ("ConnectionEditor", "Client secret"): "Client-Geheimnis",
    ("ConnectionEditor", "Refresh token"): "Refresh-Token",
    (
        "ConnectionEditor",
        "(stored in the keyring — type to replace)",
    ): "(im Schlüsselbund gespeichert — zum Ersetzen neu eingeben)",
    # -- ui/connections_dialog.py ----------------------------------------------------------
    (
        "ConnectionsDialog",
        "The password of “{connection}” (kept until ImageDeck quits):",
    ): "Das Passwort der Verbindung „{connection}“ (wird bis zum Beenden von ImageDeck behalten):",
    (
        "ConnectionsDialog",
        "The client secret of “{connection}” (kept until ImageDeck quits):",
    ): "Das Client-Geheimnis der Verbindung „{connection}“ (wird bis zum Beenden von "
    "ImageDeck behalten):",
    (
        "ConnectionsDialog",
        "The refresh token of “{connection}” (kept until ImageDeck quits):",
    ): "Das Refresh-Token der Verbindung „{connection}“ (wird bis zum Beenden von ImageDeck "
    "behalten):",
    (
        "ConnectionsDialog",
        "“{connection}” needs its password.",
    ): "Die Verbindung „{connection}“ braucht ihr Passwort.",
    (
        "ConnectionsDialog",
        "“{connection}” needs its client secret.",
    ): "Die Verbindung „{connection}“ braucht ihr Client-Geheimnis.",
    (
        "ConnectionsDialog",
        "“{connection}” needs its refresh token.",
    ): "Die Verbindung „{connection}“ braucht ihr Refresh-Token.",
    ("ConnectionsDialog", "Secret Needed"): "Zugangsdaten benötigt",
    ("ConnectionsDialog", "Connections"): "Verbindungen",
    ("ConnectionsDialog", "Unexpected error: {error}"): "Unerwarteter Fehler: {error}",
    ("ConnectionsDialog", "Add &plentymarkets"): "&plentymarkets hinzufügen",
    ("ConnectionsDialog", "Add &AutoScout24"): "&AutoScout24 hinzufügen",
    ("ConnectionsDialog", "Remo&ve"): "&Entfernen",
    ("ConnectionsDialog", "Sign In in Bro&wser…"): "Im Br&owser anmelden…",
    (
        "ConnectionsDialog",
        "Paste the code or the whole address here",
    ): "Code oder ganze Adresse hier einfügen",
    (
        "ConnectionsDialog",
        "Code or address after signing in",
    ): "Code oder Adresse nach der Anmeldung",
    ("ConnectionsDialog", "&Finish Sign-in"): "Anmel&dung abschließen",
    ("ConnectionsDialog", "&Test"): "&Testen",
    ("ConnectionsDialog", "&Save"): "&Speichern",
    ("ConnectionsDialog", "&Use This Connection"): "Diese Verbindung &verwenden",
    (
        "ConnectionsDialog",
        "No system keyring is available: secrets you enter are kept only until ImageDeck quits, "
        "and asked for again next time. They are never written to disk.",
    ): "Kein Schlüsselbund des Systems verfügbar: Eingegebene Zugangsdaten werden nur bis zum "
    "Beenden von ImageDeck behalten und beim nächsten Mal erneut abgefragt. Sie werden "
    "nie auf die Festplatte geschrieben.",
    ("ConnectionsDialog", "{name} (demo)"): "{name} (Demo)",
    (
        "ConnectionsDialog",
        "No connection named {name} in the list",
    ): "Keine Verbindung namens {name} in der Liste",
    ("ConnectionsDialog", "Saved “{name}”."): "„{name}“ gespeichert.",
    ("ConnectionsDialog", "Remove Connection"): "Verbindung entfernen",
    (
        "ConnectionsDialog",
        "Remove “{name}” and delete its secrets from the keyring?",
    ): "„{name}“ entfernen und ihre Zugangsdaten aus dem Schlüsselbund löschen?",
    ("ConnectionsDialog", "Removed “{name}”."): "„{name}“ entfernt.",
    ("ConnectionsDialog", "Testing…"): "Wird getestet…",
    (
        "ConnectionsDialog",
        "Sign in in the browser, then paste the address it shows (or the code) here and choose "
        "Finish Sign-in.",
    ): "Melden Sie sich im Browser an, fügen Sie dann die angezeigte Adresse (oder den Code) "
    "hier ein und wählen Sie „Anmeldung abschließen“.",
    (
        "ConnectionsDialog",
        "Signed in to AutoScout24. Save the connection to keep the new token.",
    ): "Bei AutoScout24 angemeldet. Speichern Sie die Verbindung, um das neue Token zu behalten.",
    ("ConnectionsDialog", "Signing in…"): "Anmeldung läuft…",
    (
        "ConnectionsDialog",
        "Save the connection first, then use it.",
    ): "Speichern Sie die Verbindung zuerst, dann können Sie sie verwenden.",
    # -- connections_store.py --------------------------------------------------------------
    (
        "ConnectionsStore",
        "Base URL: enter your system's address, e.g. https://shop.example.com",
    ): "Basis-URL: Geben Sie die Adresse Ihres Systems ein, z. B. https://shop.example.com",
    (
        "ConnectionsStore",
        "Base URL: {url} is not a web address (https://…)",
    ): "Basis-URL: {url} ist keine Webadresse (https://…)",
    (
        "ConnectionsStore",
        "Base URL: {url} must use https:// (plain http is only allowed on this computer)",
    ): "Basis-URL: {url} muss https:// verwenden (unverschlüsseltes http ist nur auf diesem "
    "Computer erlaubt)",
    (
        "ConnectionsStore",
        "Name: give the connection a name, e.g. “My shop”",
    ): "Name: Geben Sie der Verbindung einen Namen, z. B. „Mein Shop“",
    (
        "ConnectionsStore",
        "Marketplace: {marketplace} is unknown; choose {choices}",
    ): "Marktplatz: {marketplace} ist unbekannt; wählen Sie {choices}",
    (
        "ConnectionsStore",
        "User name: enter the plentymarkets back-end user",
    ): "Benutzername: Geben Sie den plentymarkets-Backend-Benutzer ein",
    (
        "ConnectionsStore",
        "Client id: enter your AutoScout24 integration's client id",
    ): "Client-ID: Geben Sie die Client-ID Ihrer AutoScout24-Integration ein",
    (
        "ConnectionsStore",
        "No connection named {name} (none is saved yet)",
    ): "Keine Verbindung namens {name} (noch keine gespeichert)",
    (
        "ConnectionsStore",
        "No connection named {name} (known: {known})",
    ): "Keine Verbindung namens {name} (bekannt: {known})",
    (
        "ConnectionsStore",
        "Name: {name} is the built-in demo; choose another",
    ): "Name: {name} ist die eingebaute Demo; wählen Sie einen anderen",
    (
        "ConnectionsStore",
        "Name: a connection named {name} exists already",
    ): "Name: Eine Verbindung namens {name} gibt es bereits",
    (
        "ConnectionsStore",
        "No saved connection named {name}",
    ): "Keine gespeicherte Verbindung namens {name}",
    # -- error_advice.py -------------------------------------------------------------------
    (
        "ErrorAdvice",
        "Ask your shop's administrator to give this user the right to edit item images.",
    ): "Bitten Sie den Administrator Ihres Shops, diesem Benutzer das Recht zum Bearbeiten "
    "von Artikelbildern zu geben.",
    (
        "ErrorAdvice",
        "Check the connection's credentials in File ▸ Connections… and test it again.",
    ): "Prüfen Sie die Zugangsdaten der Verbindung unter Datei ▸ Verbindungen… und testen "
    "Sie sie erneut.",
    (
        "ErrorAdvice",
        "Check your internet connection (and proxy), then try again.",
    ): "Prüfen Sie Ihre Internetverbindung (und den Proxy) und versuchen Sie es dann erneut.",
    (
        "ErrorAdvice",
        "The marketplace has a temporary problem; try again in a few minutes.",
    ): "Der Marktplatz hat ein vorübergehendes Problem; versuchen Sie es in einigen Minuten "
    "erneut.",
    (
        "ErrorAdvice",
        "Reload the listing (F5): it or the image may have been deleted meanwhile.",
    ): "Laden Sie das Angebot neu (F5): Es oder das Bild wurde möglicherweise inzwischen gelöscht.",
    (
        "ErrorAdvice",
        "Correct the value the marketplace names and save again.",
    ): "Korrigieren Sie den Wert, den der Marktplatz nennt, und speichern Sie erneut.",
    (
        "ErrorAdvice",
        "Try again; if it keeps failing, send the log (Help ▸ Open Log Folder) to support.",
    ): "Versuchen Sie es erneut; wenn es weiter fehlschlägt, senden Sie das Protokoll "
    "(Hilfe ▸ Protokollordner öffnen) an den Support.",
    (
        "ErrorAdvice",
        "The marketplace's call budget is used up; wait a minute and try again.",
    ): "Das Aufrufkontingent des Marktplatzes ist aufgebraucht; warten Sie eine Minute und "
    "versuchen Sie es erneut.",
    (
        "ErrorAdvice",
        "The marketplace's call budget is used up; wait a second and try again.",
    ): "Das Aufrufkontingent des Marktplatzes ist aufgebraucht; warten Sie eine Sekunde und "
    "versuchen Sie es erneut.",
    (
        "ErrorAdvice",
        "The marketplace's call budget is used up; wait about {seconds} seconds and try again.",
    ): "Das Aufrufkontingent des Marktplatzes ist aufgebraucht; warten Sie etwa {seconds} "
    "Sekunden und versuchen Sie es erneut.",
    # -- ui/error_report.py ----------------------------------------------------------------
    ("ErrorReportDialog", "ImageDeck — unexpected error"): "ImageDeck — unerwarteter Fehler",
    (
        "ErrorReportDialog",
        "Something unexpected went wrong. ImageDeck keeps running and your unsaved changes are "
        "still there; saving them now is a good idea. Copy this report and send it to support.",
    ): "Etwas Unerwartetes ist schiefgegangen. ImageDeck läuft weiter, und Ihre "
    "ungespeicherten Änderungen sind noch da; speichern Sie sie am besten jetzt. Kopieren "
    "Sie diesen Bericht und senden Sie ihn an den Support.",
    ("ErrorReportDialog", "Error report"): "Fehlerbericht",
    ("ErrorReportDialog", "&Copy Report"): "Bericht &kopieren",
    # -- ui/help_menu.py -------------------------------------------------------------------
    ("HelpMenu", "&Help"): "&Hilfe",
    ("HelpMenu", "&Keyboard Shortcuts"): "&Tastenkürzel",
    ("HelpMenu", "Open &Log Folder"): "&Protokollordner öffnen",
    ("HelpMenu", "&About ImageDeck"): "Ü&ber ImageDeck",
    ("ShortcutsDialog", "Keyboard Shortcuts"): "Tastenkürzel",
    ("ShortcutsDialog", "Command"): "Befehl",
    ("ShortcutsDialog", "Shortcut"): "Tastenkürzel",
    ("ShortcutsDialog", "Keyboard shortcuts"): "Tastenkürzel",
    # -- keyring_secrets.py ----------------------------------------------------------------
    (
        "SecretStore",
        "No system keyring (secret service) was found.",
    ): "Es wurde kein Schlüsselbund des Systems (Secret Service) gefunden.",
    (
        "SecretStore",
        "The system keyring failed: {error}",
    ): "Der Schlüsselbund des Systems hat versagt: {error}",
    # -- ui/settings_dialog.py -------------------------------------------------------------
    ("SettingsDialog", "Settings"): "Einstellungen",
    ("SettingsDialog", "Settings not saved"): "Einstellungen nicht gespeichert",
    ("SettingsDialog", "The settings could not be saved to {path}: {reason}"): (
        "Die Einstellungen konnten nicht in {path} gespeichert werden: {reason}"
    ),
    ("SettingsDialog", "&Downscale large photos"): "&Große Fotos verkleinern",
    ("SettingsDialog", "Re-encode as &JPEG"): "Als &JPEG neu kodieren",
    ("SettingsDialog", "Remove &location (GPS) data"): "&Standortdaten (GPS) entfernen",
    (
        "SettingsDialog",
        "&Name images after their file (plentymarkets)",
    ): "Bilder nach ihrem &Dateinamen benennen (plentymarkets)",
    ("SettingsDialog", "System language"): "Systemsprache",
    (
        "SettingsDialog",
        "A new language takes effect when ImageDeck is started again.",
    ): "Eine neue Sprache gilt ab dem nächsten Start von ImageDeck.",
    ("SettingsDialog", "&Clear Cache"): "Cache &leeren",
    ("SettingsDialog", "Grid"): "Bildraster",
    ("SettingsDialog", "&Thumbnail size:"): "&Miniaturbildgröße:",
    (
        "SettingsDialog",
        "Uploads (your original files are never changed)",
    ): "Hochladen (Ihre Originaldateien werden nie verändert)",
    ("SettingsDialog", "Longest &edge:"): "Längste &Kante:",
    ("SettingsDialog", "JPEG &quality:"): "JPEG-&Qualität:",
    ("SettingsDialog", "Language"): "Sprache",
    ("SettingsDialog", "Lan&guage:"): "S&prache:",
    ("SettingsDialog", "Thumbnail cache"): "Miniaturbild-Cache",
    ("SettingsDialog", "Saving"): "Speichern",
    (
        "OtherWindows",
        "ImageDeck is already open (process {pids}). Both windows work; each save is "
        "sent by one of them only.",
    ): "ImageDeck ist bereits geöffnet (Prozess {pids}). Beide Fenster funktionieren; jedes "
    "Speichern übernimmt nur eines davon.",
    (
        "UnfinishedSave",
        "The save of {listing} is in progress in ImageDeck process {pid}.",
    ): "Das Speichern von {listing} läuft in ImageDeck-Prozess {pid}.",
    (
        "ErrorAdvice",
        "Nothing is lost: after that time, ImageDeck offers to finish the save when you "
        "start it again (or run `imagedeck resume`).",
    ): "Nichts geht verloren: Nach dieser Zeit bietet ImageDeck beim nächsten Start an, das "
    "Speichern zu beenden (oder `imagedeck resume` ausführen).",
    ("SettingsDialog", "Longest &wait for a shop:"): "Längste &Wartezeit für einen Shop:",
    (
        "SettingsDialog",
        "A shop that asks for a longer pause (rate limit) stops the save instead; "
        "ImageDeck offers to finish it later.",
    ): "Verlangt ein Shop eine längere Pause (Ratenlimit), hält das Speichern stattdessen an; "
    "ImageDeck bietet an, es später zu beenden.",
    ("SettingsDialog", "Cache &size:"): "Cache-G&röße:",
    ("SettingsDialog", "Freed {size}."): "{size} freigegeben.",
    # -- ui/window_extras.py ---------------------------------------------------------------
    ("WindowExtras", "Co&nnections…"): "&Verbindungen…",
    ("WindowExtras", "Se&ttings…"): "&Einstellungen…",
    (
        "WindowExtras",
        "Wait for the save to finish, then switch.",
    ): "Warten Sie, bis das Speichern fertig ist, und wechseln Sie dann.",
    ("WindowExtras", "Using the connection “{name}”."): "Verbindung „{name}“ wird verwendet.",
}
