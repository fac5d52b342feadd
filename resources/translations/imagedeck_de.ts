<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ImageDeck</source>
        <translation>Über ImageDeck</translation>
    </message>
    <message>
        <source>Arrange, name and upload marketplace listing images.</source>
        <translation>Bilder von Marktplatz-Angeboten anordnen, benennen und hochladen.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Third-party &amp;licences…</source>
        <translation>&amp;Lizenzen von Drittanbietern…</translation>
    </message>
</context>
<context>
    <name>AddImages</name>
    <message>
        <source>could not be read any more ({error})</source>
        <translation>konnte nicht mehr gelesen werden ({error})</translation>
    </message>
    <message>
        <source>already on this listing as image {id}</source>
        <translation>schon in diesem Angebot als Bild {id}</translation>
    </message>
    <message>
        <source>same picture as {path}</source>
        <translation>dasselbe Bild wie {path}</translation>
    </message>
</context>
<context>
    <name>As24Listings</name>
    <message>
        <source>AutoScout24 sent an unexpected answer for the vehicle list</source>
        <translation>AutoScout24 hat auf die Fahrzeugliste unerwartet geantwortet</translation>
    </message>
</context>
<context>
    <name>Availability</name>
    <message>
        <source>store {id}</source>
        <extracomment>Where an image may be shown: a client (store, &quot;mandant&quot;), a marketplace, or a listing. The value meaning &quot;every one of that type&quot;.</extracomment>
        <translation>Mandant {id}</translation>
    </message>
    <message>
        <source>all stores</source>
        <translation>alle Mandanten</translation>
    </message>
    <message>
        <source>marketplace {id}</source>
        <translation>Marktplatz {id}</translation>
    </message>
    <message>
        <source>all marketplaces</source>
        <translation>alle Marktplätze</translation>
    </message>
    <message>
        <source>listing {id}</source>
        <translation>Listing {id}</translation>
    </message>
    <message>
        <source>all listings</source>
        <translation>alle Listings</translation>
    </message>
    <message>
        <source>availability type {type} is unknown; use one of {types}</source>
        <translation>Verfügbarkeitstyp {type} ist unbekannt; erlaubt sind {types}</translation>
    </message>
    <message>
        <source>every {type}</source>
        <translation>alle vom Typ {type}</translation>
    </message>
    <message>
        <source>{type} {id}</source>
        <translation>{type} {id}</translation>
    </message>
    <message>
        <source>availability value {value} is not a number</source>
        <translation>Verfügbarkeitswert {value} ist keine Zahl</translation>
    </message>
    <message>
        <source>availability value {value} is not a whole number</source>
        <translation>Verfügbarkeitswert {value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>availability value {value} is not allowed: use an id (0 or more) or -1 for all</source>
        <translation>Verfügbarkeitswert {value} ist nicht erlaubt: eine ID (0 oder größer) oder -1 für alle angeben</translation>
    </message>
</context>
<context>
    <name>AvailabilityEditor</name>
    <message>
        <source>Stores</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <source>Show the selected images in every store</source>
        <translation>Die ausgewählten Bilder in jedem Mandanten anzeigen</translation>
    </message>
    <message>
        <source>{count} of the {total} selected images are shown in every store; click to show all of them everywhere</source>
        <translation>{count} der {total} ausgewählten Bilder werden in jedem Mandanten angezeigt; klicken, um alle überall anzuzeigen</translation>
    </message>
    <message>
        <source>store id</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Show the selected images in this store too</source>
        <translation>Die ausgewählten Bilder auch in diesem Mandanten anzeigen</translation>
    </message>
    <message>
        <source>Stop showing the selected images in this store</source>
        <translation>Die ausgewählten Bilder nicht mehr in diesem Mandanten anzeigen</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marktplätze</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Alle Marktplätze</translation>
    </message>
    <message>
        <source>Show the selected images in every marketplace</source>
        <translation>Die ausgewählten Bilder auf jedem Marktplatz anzeigen</translation>
    </message>
    <message>
        <source>{count} of the {total} selected images are shown in every marketplace; click to show all of them everywhere</source>
        <translation>{count} der {total} ausgewählten Bilder werden auf jedem Marktplatz angezeigt; klicken, um alle überall anzuzeigen</translation>
    </message>
    <message>
        <source>marketplace id</source>
        <translation>Marktplatz-ID</translation>
    </message>
    <message>
        <source>Show the selected images in this marketplace too</source>
        <translation>Die ausgewählten Bilder auch auf diesem Marktplatz anzeigen</translation>
    </message>
    <message>
        <source>Stop showing the selected images in this marketplace</source>
        <translation>Die ausgewählten Bilder nicht mehr auf diesem Marktplatz anzeigen</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>All listings</source>
        <translation>Alle Listings</translation>
    </message>
    <message>
        <source>Show the selected images in every listing</source>
        <translation>Die ausgewählten Bilder in jedem Listing anzeigen</translation>
    </message>
    <message>
        <source>{count} of the {total} selected images are shown in every listing; click to show all of them everywhere</source>
        <translation>{count} der {total} ausgewählten Bilder werden in jedem Listing angezeigt; klicken, um alle überall anzuzeigen</translation>
    </message>
    <message>
        <source>listing id</source>
        <translation>Listing-ID</translation>
    </message>
    <message>
        <source>Show the selected images in this listing too</source>
        <translation>Die ausgewählten Bilder auch in diesem Listing anzeigen</translation>
    </message>
    <message>
        <source>Stop showing the selected images in this listing</source>
        <translation>Die ausgewählten Bilder nicht mehr in diesem Listing anzeigen</translation>
    </message>
</context>
<context>
    <name>AvailabilityGroup</name>
    <message>
        <source>Chosen: {title}</source>
        <translation>Gewählt: {title}</translation>
    </message>
    <message>
        <source>{id}, e.g. {example}</source>
        <translation>{id}, z. B. {example}</translation>
    </message>
    <message>
        <source>{id} to add</source>
        <translation>{id} zum Hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>{text} ({count} of {total} selected images)</source>
        <translation>{text} ({count} von {total} ausgewählten Bildern)</translation>
    </message>
    <message>
        <source>{id} — {count} of {total} images</source>
        <translation>{id} — {count} von {total} Bildern</translation>
    </message>
    <message>
        <source>{place}: {count} of the {total} selected images</source>
        <translation>{place}: {count} der {total} ausgewählten Bilder</translation>
    </message>
    <message>
        <source>Type the {id} first, e.g. {example}</source>
        <translation>Zuerst die {id} eingeben, z. B. {example}</translation>
    </message>
    <message>
        <source>{error} Nothing was changed.</source>
        <translation>{error} Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>BatchMenu</name>
    <message>
        <source>Import a Folder of Photos Named by Item Number</source>
        <translation>Ordner mit Fotos importieren, die nach Artikelnummer benannt sind</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>Ordner &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Add Image to Listings…</source>
        <translation>Bild zu Angeboten &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove Image from Listings…</source>
        <translation>Bild aus Angeboten &amp;entfernen…</translation>
    </message>
    <message>
        <source>Set &amp;Main Image on Listings…</source>
        <translation>Haupt&amp;bild auf Angeboten festlegen…</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Stapel</translation>
    </message>
    <message>
        <source>Reading the catalogue for {folder}…</source>
        <translation>Katalog für {folder} wird gelesen…</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>A job is already running.</source>
        <translation>Es läuft bereits ein Auftrag.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
</context>
<context>
    <name>BatchPlan</name>
    <message>
        <source>no listing is known by the start of this name ({name})</source>
        <translation>kein Angebot passt zum Anfang dieses Namens ({name})</translation>
    </message>
    <message>
        <source>the marketplace allows at most {limit} images per listing ({count} there already)</source>
        <translation>der Marktplatz erlaubt höchstens {limit} Bilder pro Angebot ({count} sind schon da)</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Add Image to Listings</source>
        <translation>Bild zu Angeboten hinzufügen</translation>
    </message>
    <message>
        <source>Remove Image from Listings</source>
        <translation>Bild aus Angeboten entfernen</translation>
    </message>
    <message>
        <source>Set Main Image on Listings</source>
        <translation>Hauptbild auf Angeboten festlegen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>As image number:</source>
        <translation>Als Bild Nummer:</translation>
    </message>
    <message>
        <source>MD5 of the image, 32 hexadecimal digits</source>
        <translation>MD5 des Bildes, 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>MD5:</source>
        <translation>MD5:</translation>
    </message>
    <message>
        <source>e.g. *front* (file name or image name)</source>
        <translation>z. B. *front* (Dateiname oder Bildname)</translation>
    </message>
    <message>
        <source>Name pattern:</source>
        <translation>Namensmuster:</translation>
    </message>
    <message>
        <source>Listing ids</source>
        <translation>Angebotsnummern</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>All listings</source>
        <translation>Alle Angebote</translation>
    </message>
    <message>
        <source>101,102,103 or search text</source>
        <translation>101,102,103 oder Suchtext</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Auf:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Start Job</source>
        <translation>Auftrag &amp;starten</translation>
    </message>
    <message>
        <source>Choose an Image</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <source>Choose an image file.</source>
        <translation>Wählen Sie eine Bilddatei.</translation>
    </message>
    <message>
        <source>An MD5 has 32 hexadecimal digits.</source>
        <translation>Eine MD5 hat 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Give a name pattern.</source>
        <translation>Geben Sie ein Namensmuster an.</translation>
    </message>
    <message>
        <source>Reading the listings…</source>
        <translation>Angebote werden gelesen…</translation>
    </message>
    <message>
        <source>{count} listings{when}</source>
        <translation>{count} Angebote{when}</translation>
    </message>
</context>
<context>
    <name>ClearCache</name>
    <message>
        <source>Clear Thumbnail &amp;Cache</source>
        <translation>Miniaturbild-&amp;Zwischenspeicher leeren</translation>
    </message>
    <message>
        <source>Delete the cached thumbnails and previews on disk and in memory</source>
        <translation>Zwischengespeicherte Miniaturbilder und Vorschauen auf der Festplatte und im Arbeitsspeicher löschen</translation>
    </message>
    <message>
        <source>Thumbnail cache cleared: {size} freed.</source>
        <translation>Zwischenspeicher der Miniaturbilder geleert: {size} freigegeben.</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} Bytes</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>ConflictPictures</name>
    <message>
        <source>new at {place}</source>
        <translation>neu an {place}</translation>
    </message>
    <message>
        <source>{place} deleted</source>
        <translation>{place} gelöscht</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Logged in to plentymarkets as {user}.</source>
        <translation>Bei plentymarkets als {user} angemeldet.</translation>
    </message>
    <message>
        <source>Signed in to AutoScout24. Vehicles in the account: {count}.</source>
        <translation>Bei AutoScout24 angemeldet. Fahrzeuge im Konto: {count}.</translation>
    </message>
    <message>
        <source>Paste the address the browser showed after signing in.</source>
        <translation>Fügen Sie die Adresse ein, die der Browser nach der Anmeldung angezeigt hat.</translation>
    </message>
    <message>
        <source>AutoScout24 refused the sign-in: {reason}</source>
        <translation>AutoScout24 hat die Anmeldung abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>The pasted address has no code=… part; copy the whole address.</source>
        <translation>Die eingefügte Adresse enthält keinen Teil code=…; kopieren Sie die ganze Adresse.</translation>
    </message>
    <message>
        <source>The pasted address belongs to another sign-in; start the sign-in again.</source>
        <translation>Die eingefügte Adresse gehört zu einer anderen Anmeldung; starten Sie die Anmeldung erneut.</translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marktplatz:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Us&amp;er name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Passw&amp;ord:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Cl&amp;ient secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Re&amp;direct URI:</source>
        <translation>Weiterleitungs-UR&amp;I:</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>&amp;Refresh-Token:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>(stored in the keyring — type to replace)</source>
        <translation>(im Schlüsselbund gespeichert — zum Ersetzen neu eingeben)</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>The password of “{connection}” (kept until ImageDeck quits):</source>
        <translation>Das Passwort der Verbindung „{connection}“ (wird bis zum Beenden von ImageDeck behalten):</translation>
    </message>
    <message>
        <source>The client secret of “{connection}” (kept until ImageDeck quits):</source>
        <translation>Das Client-Geheimnis der Verbindung „{connection}“ (wird bis zum Beenden von ImageDeck behalten):</translation>
    </message>
    <message>
        <source>The refresh token of “{connection}” (kept until ImageDeck quits):</source>
        <translation>Das Refresh-Token der Verbindung „{connection}“ (wird bis zum Beenden von ImageDeck behalten):</translation>
    </message>
    <message>
        <source>“{connection}” needs its password.</source>
        <translation>Die Verbindung „{connection}“ braucht ihr Passwort.</translation>
    </message>
    <message>
        <source>“{connection}” needs its client secret.</source>
        <translation>Die Verbindung „{connection}“ braucht ihr Client-Geheimnis.</translation>
    </message>
    <message>
        <source>“{connection}” needs its refresh token.</source>
        <translation>Die Verbindung „{connection}“ braucht ihr Refresh-Token.</translation>
    </message>
    <message>
        <source>Secret Needed</source>
        <translation>Zugangsdaten benötigt</translation>
    </message>
    <message>
        <source>Unsaved Connection</source>
        <translation>Nicht gespeicherte Verbindung</translation>
    </message>
    <message>
        <source>Save the connection “{name}” before closing?</source>
        <translation>Die Verbindung „{name}“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Save the new connection before closing?</source>
        <translation>Die neue Verbindung vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <source>Add &amp;plentymarkets</source>
        <translation>&amp;plentymarkets hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;AutoScout24</source>
        <translation>&amp;AutoScout24 hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Sign In in Bro&amp;wser…</source>
        <translation>Im Br&amp;owser anmelden…</translation>
    </message>
    <message>
        <source>Paste the code or the whole address here</source>
        <translation>Code oder ganze Adresse hier einfügen</translation>
    </message>
    <message>
        <source>Code or address after signing in</source>
        <translation>Code oder Adresse nach der Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Finish Sign-in</source>
        <translation>Anmel&amp;dung abschließen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Use This Connection</source>
        <translation>Diese Verbindung &amp;verwenden</translation>
    </message>
    <message>
        <source>No system keyring is available: secrets you enter are kept only until ImageDeck quits, and asked for again next time. They are never written to disk.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Eingegebene Zugangsdaten werden nur bis zum Beenden von ImageDeck behalten und beim nächsten Mal erneut abgefragt. Sie werden nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>{name} (demo)</source>
        <translation>{name} (Demo)</translation>
    </message>
    <message>
        <source>No connection named {name} in the list</source>
        <translation>Keine Verbindung namens {name} in der Liste</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove “{name}” and delete its secrets from the keyring?</source>
        <translation>„{name}“ entfernen und ihre Zugangsdaten aus dem Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation>„{name}“ entfernt.</translation>
    </message>
    <message>
        <source>new connection</source>
        <translation>neue Verbindung</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Sign in in the browser, then paste the address it shows (or the code) here and choose Finish Sign-in.</source>
        <translation>Melden Sie sich im Browser an, fügen Sie dann die angezeigte Adresse (oder den Code) hier ein und wählen Sie „Anmeldung abschließen“.</translation>
    </message>
    <message>
        <source>Signed in to AutoScout24. Save the connection to keep the new token.</source>
        <translation>Bei AutoScout24 angemeldet. Speichern Sie die Verbindung, um das neue Token zu behalten.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Save the connection first, then use it.</source>
        <translation>Speichern Sie die Verbindung zuerst, dann können Sie sie verwenden.</translation>
    </message>
</context>
<context>
    <name>ConnectionsStore</name>
    <message>
        <source>Base URL: enter your system&apos;s address, e.g. https://shop.example.com</source>
        <extracomment>AutoScout24&apos;s public API, the default of a new AutoScout24 connection (from the registry). Where AutoScout24 sends the browser after sign-in; must match the integration&apos;s registered redirect URI (HTTPS or a custom scheme). The user pastes the resulting address back.</extracomment>
        <translation>Basis-URL: Geben Sie die Adresse Ihres Systems ein, z. B. https://shop.example.com</translation>
    </message>
    <message>
        <source>Base URL: {url} is not a web address (https://…)</source>
        <translation>Basis-URL: {url} ist keine Webadresse (https://…)</translation>
    </message>
    <message>
        <source>Base URL: {url} must use https:// (plain http is only allowed on this computer)</source>
        <translation>Basis-URL: {url} muss https:// verwenden (unverschlüsseltes http ist nur auf diesem Computer erlaubt)</translation>
    </message>
    <message>
        <source>Name: give the connection a name, e.g. “My shop”</source>
        <translation>Name: Geben Sie der Verbindung einen Namen, z. B. „Mein Shop“</translation>
    </message>
    <message>
        <source>Marketplace: {marketplace} is unknown; choose {choices}</source>
        <translation>Marktplatz: {marketplace} ist unbekannt; wählen Sie {choices}</translation>
    </message>
    <message>
        <source>User name: enter the plentymarkets back-end user</source>
        <translation>Benutzername: Geben Sie den plentymarkets-Backend-Benutzer ein</translation>
    </message>
    <message>
        <source>Client id: enter your AutoScout24 integration&apos;s client id</source>
        <translation>Client-ID: Geben Sie die Client-ID Ihrer AutoScout24-Integration ein</translation>
    </message>
    <message>
        <source>No connection named {name} (none is saved yet)</source>
        <translation>Keine Verbindung namens {name} (noch keine gespeichert)</translation>
    </message>
    <message>
        <source>No connection named {name} (known: {known})</source>
        <translation>Keine Verbindung namens {name} (bekannt: {known})</translation>
    </message>
    <message>
        <source>Name: {name} is the built-in demo; choose another</source>
        <translation>Name: {name} ist die eingebaute Demo; wählen Sie einen anderen</translation>
    </message>
    <message>
        <source>Name: a connection named {name} exists already</source>
        <translation>Name: Eine Verbindung namens {name} gibt es bereits</translation>
    </message>
    <message>
        <source>No saved connection named {name}</source>
        <translation>Keine gespeicherte Verbindung namens {name}</translation>
    </message>
</context>
<context>
    <name>DemoNotice</name>
    <message>
        <source>Demo: starts fresh at every start</source>
        <translation>Demo: beginnt bei jedem Start neu</translation>
    </message>
    <message>
        <source>This is the built-in demo: its shop and dealer account are made anew each time ImageDeck starts, so changes saved in an earlier run are not there any more. Connect a real shop in File ▸ Connections… to keep your work.</source>
        <translation>Das ist die eingebaute Demo: Shop und Händlerkonto werden bei jedem Start von ImageDeck neu angelegt, Änderungen aus einem früheren Lauf sind also nicht mehr da. Verbinden Sie unter Datei ▸ Verbindungen… einen echten Shop, um Ihre Arbeit zu behalten.</translation>
    </message>
</context>
<context>
    <name>DetailChange</name>
    <message>
        <source>add the {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <source>change the {name}</source>
        <translation>{name} ändern</translation>
    </message>
    <message>
        <source>remove the {language} name</source>
        <translation>Namen auf {language} entfernen</translation>
    </message>
    <message>
        <source>make it available in {place}</source>
        <translation>verfügbar machen in: {place}</translation>
    </message>
    <message>
        <source>remove it from {place}</source>
        <translation>entfernen aus: {place}</translation>
    </message>
    <message>
        <source>link it to variation {id}</source>
        <translation>mit Variante {id} verknüpfen</translation>
    </message>
    <message>
        <source>unlink it from variation {id}</source>
        <translation>Verknüpfung mit Variante {id} lösen</translation>
    </message>
</context>
<context>
    <name>DetailEdits</name>
    <message>
        <source>Remove {language} name</source>
        <translation>Namen auf {language} entfernen</translation>
    </message>
    <message>
        <source>Set {language} name</source>
        <translation>Namen auf {language} festlegen</translation>
    </message>
    <message>
        <source>Make available in {place}</source>
        <translation>Verfügbar machen in: {place}</translation>
    </message>
    <message>
        <source>Remove from {place}</source>
        <translation>Entfernen aus: {place}</translation>
    </message>
    <message>
        <source>Link to variation {id}</source>
        <translation>Mit Variante {id} verknüpfen</translation>
    </message>
    <message>
        <source>Unlink from variation {id}</source>
        <translation>Verknüpfung mit Variante {id} lösen</translation>
    </message>
    <message>
        <source>Set {language} alternative text</source>
        <translation>Alternativtext auf {language} festlegen</translation>
    </message>
</context>
<context>
    <name>DetailSummary</name>
    <message>
        <source>The {total} selected images differ:</source>
        <translation>Die {total} ausgewählten Bilder unterscheiden sich:</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>{text} on {count} of {total}</source>
        <translation>{text} bei {count} von {total}</translation>
    </message>
</context>
<context>
    <name>DetailsDock</name>
    <message>
        <source>Image Details</source>
        <translation>Bilddetails</translation>
    </message>
    <message>
        <source>Image &amp;Details Panel</source>
        <translation>Bereich &amp;Bilddetails</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Open a listing to see its images&apos; details here.</source>
        <translation>Öffnen Sie ein Angebot, um hier die Details seiner Bilder zu sehen.</translation>
    </message>
    <message>
        <source>Select an image to see its details and edit its names, where it is shown and its variations. Select several to edit them together.</source>
        <translation>Wählen Sie ein Bild aus, um seine Details zu sehen und seine Namen, seine Verfügbarkeit und seine Varianten zu bearbeiten. Wählen Sie mehrere aus, um sie gemeinsam zu bearbeiten.</translation>
    </message>
    <message>
        <source>AutoScout24 has no image names, availabilities or variations — only the order and the photos themselves.</source>
        <translation>AutoScout24 kennt keine Bildnamen, Verfügbarkeiten oder Varianten — nur die Reihenfolge und die Fotos selbst.</translation>
    </message>
    <message>
        <source>{marketplace} has no image names, availabilities or variations — only the order.</source>
        <translation>{marketplace} kennt keine Bildnamen, Verfügbarkeiten oder Varianten — nur die Reihenfolge.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Shown in</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
</context>
<context>
    <name>DetailsSync</name>
    <message>
        <source>image {id}: {subject} changed elsewhere</source>
        <translation>Bild {id}: {subject} wurde anderswo geändert</translation>
    </message>
    <message>
        <source>image {id}: not on the server any more</source>
        <translation>Bild {id}: nicht mehr auf dem Server</translation>
    </message>
    <message>
        <source>image {id}: still to {change}</source>
        <translation>Bild {id}: noch offen: {change}</translation>
    </message>
    <message>
        <source>the {language} name</source>
        <translation>der Name auf {language}</translation>
    </message>
    <message>
        <source>availability in {place}</source>
        <translation>die Verfügbarkeit in: {place}</translation>
    </message>
    <message>
        <source>the link to variation {id}</source>
        <translation>die Verknüpfung mit Variante {id}</translation>
    </message>
    <message>
        <source>a detail</source>
        <translation>ein Detail</translation>
    </message>
</context>
<context>
    <name>ErrorAdvice</name>
    <message>
        <source>Check the vehicle id: this connection&apos;s dealer account has no vehicle with it (AutoScout24 ids are long codes like 3f1c9a52-8d4e-…).</source>
        <translation>Prüfen Sie die Fahrzeug-ID: Das Händlerkonto dieser Verbindung hat kein Fahrzeug mit dieser ID (AutoScout24-IDs sind lange Codes wie 3f1c9a52-8d4e-…).</translation>
    </message>
    <message>
        <source>Ask your shop&apos;s administrator to give this user the right to edit item images.</source>
        <translation>Bitten Sie den Administrator Ihres Shops, diesem Benutzer das Recht zum Bearbeiten von Artikelbildern zu geben.</translation>
    </message>
    <message>
        <source>Ask the account&apos;s administrator for the right to do this.</source>
        <translation>Bitten Sie die Administration des Kontos um das Recht dazu.</translation>
    </message>
    <message>
        <source>Check the connection&apos;s credentials in File ▸ Connections… and test it again.</source>
        <translation>Prüfen Sie die Zugangsdaten der Verbindung unter Datei ▸ Verbindungen… und testen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Nothing is lost: after that time, ImageDeck offers to finish the save when you start it again (or run `imagedeck resume`).</source>
        <translation>Nichts geht verloren: Nach dieser Zeit bietet ImageDeck beim nächsten Start an, das Speichern zu beenden (oder `imagedeck resume` ausführen).</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy), then try again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung (und den Proxy) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The marketplace has a temporary problem; try again in a few minutes.</source>
        <translation>Der Marktplatz hat ein vorübergehendes Problem; versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Check the vehicle id; if it is right, the vehicle was deleted meanwhile.</source>
        <translation>Prüfen Sie die Fahrzeug-ID; stimmt sie, wurde das Fahrzeug inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Reload the listing (F5): it or the image may have been deleted meanwhile.</source>
        <translation>Laden Sie das Angebot neu (F5): Es oder das Bild wurde möglicherweise inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Correct the value the marketplace names and save again.</source>
        <translation>Korrigieren Sie den Wert, den der Marktplatz nennt, und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, send the log (Help ▸ Open Log Folder) to support.</source>
        <translation>Versuchen Sie es erneut; wenn es weiter fehlschlägt, senden Sie das Protokoll (Hilfe ▸ Protokollordner öffnen) an den Support.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s call budget is used up; wait a minute and try again.</source>
        <translation>Das Aufrufkontingent des Marktplatzes ist aufgebraucht; warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s call budget is used up; wait a second and try again.</source>
        <translation>Das Aufrufkontingent des Marktplatzes ist aufgebraucht; warten Sie eine Sekunde und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s call budget is used up; wait about {seconds} seconds and try again.</source>
        <translation>Das Aufrufkontingent des Marktplatzes ist aufgebraucht; warten Sie etwa {seconds} Sekunden und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <source>ImageDeck — unexpected error</source>
        <translation>ImageDeck — unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. ImageDeck keeps running and your unsaved changes are still there; saving them now is a good idea. Copy this report and send it to support.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. ImageDeck läuft weiter, und Ihre ungespeicherten Änderungen sind noch da; speichern Sie sie am besten jetzt. Kopieren Sie diesen Bericht und senden Sie ihn an den Support.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>FailedUploadsDock</name>
    <message>
        <source>Failed Uploads</source>
        <translation>Fehlgeschlagene Uploads</translation>
    </message>
    <message>
        <source>Files that could not be added</source>
        <translation>Dateien, die nicht hinzugefügt werden konnten</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Add the selected files again and upload them</source>
        <translation>Die gewählten Dateien erneut hinzufügen und hochladen</translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Forget the selected files (nothing is uploaded)</source>
        <translation>Die gewählten Dateien vergessen (es wird nichts hochgeladen)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added to the listing:</source>
        <translation>
            <numerusform>%n Datei konnte dem Angebot nicht hinzugefügt werden:</numerusform>
            <numerusform>%n Dateien konnten dem Angebot nicht hinzugefügt werden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Make main image</source>
        <translation>Als Hauptbild festlegen</translation>
    </message>
    <message>
        <source>Move to end</source>
        <translation>Ans Ende verschieben</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Nach links verschieben</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Nach rechts verschieben</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Neu anordnen</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <source>Add {count} images</source>
        <translation>{count} Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation>Bild löschen</translation>
    </message>
    <message>
        <source>Delete {count} images</source>
        <translation>{count} Bilder löschen</translation>
    </message>
    <message>
        <source>Move image</source>
        <translation>Bild verschieben</translation>
    </message>
    <message>
        <source>Move {count} images</source>
        <translation>{count} Bilder verschieben</translation>
    </message>
</context>
<context>
    <name>GalleryListModel</name>
    <message>
        <source>Image {number} of {count}, main image</source>
        <translation>Bild {number} von {count}, Hauptbild</translation>
    </message>
    <message>
        <source>Image {number} of {count}</source>
        <translation>Bild {number} von {count}</translation>
    </message>
    <message>
        <source>preview failed</source>
        <translation>Vorschau fehlgeschlagen</translation>
    </message>
    <message>
        <source>Image {number} (main image)</source>
        <translation>Bild {number} (Hauptbild)</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Bild {number}</translation>
    </message>
    <message>
        <source>Preview failed: {reason}</source>
        <translation>Vorschau fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>GuiClients</name>
    <message>
        <source>No {marketplace} connection is set up.</source>
        <extracomment>Hears the clients&apos; waits and retries while reading (&quot;rate limit: waiting 42 s&quot;).</extracomment>
        <translation>Es ist keine Verbindung zu {marketplace} eingerichtet.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About ImageDeck</source>
        <translation>Ü&amp;ber ImageDeck</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>Could not reach {host}: {reason}</source>
        <extracomment>Seconds without an answer before a try counts as lost. Short enough that the first &quot;retrying (1 of N)&quot; comes early and all tries of a call fit in about a minute (retry.py).</extracomment>
        <translation>{host} ist nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <source>the server&apos;s name is unknown (check the address)</source>
        <translation>der Name des Servers ist unbekannt (prüfen Sie die Adresse)</translation>
    </message>
    <message>
        <source>its security certificate was refused</source>
        <translation>sein Sicherheitszertifikat wurde abgelehnt</translation>
    </message>
    <message>
        <source>no connection (the server is down, or the address or port is wrong)</source>
        <translation>keine Verbindung (der Server ist nicht in Betrieb, oder Adresse oder Port sind falsch)</translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation>der Proxy hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the connection broke off during the answer</source>
        <translation>die Verbindung brach während der Antwort ab</translation>
    </message>
    <message>
        <source>the address must start with https://</source>
        <translation>die Adresse muss mit https:// beginnen</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>die Verbindung ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ImageActions</name>
    <message>
        <source>&amp;Add Images…</source>
        <translation>Bilder &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add images from files (Ctrl+I); or drop files on the grid</source>
        <translation>Bilder aus Dateien hinzufügen (Strg+I) oder Dateien auf das Raster ziehen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected images (Del); Save removes them from the marketplace</source>
        <translation>Die ausgewählten Bilder löschen (Entf); beim Speichern verschwinden sie vom Marktplatz</translation>
    </message>
</context>
<context>
    <name>ImageAdder</name>
    <message>
        <source>Open a listing first, then add images to it.</source>
        <translation>Öffnen Sie zuerst ein Angebot und fügen Sie dann Bilder hinzu.</translation>
    </message>
    <message>
        <source>Add Images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Bilder ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a listing first, then drop images on it.</source>
        <translation>Öffnen Sie zuerst ein Angebot und ziehen Sie dann Bilder darauf.</translation>
    </message>
    <message>
        <source>No image files in {names}.</source>
        <translation>Keine Bilddateien in {names}.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n image(s)…</source>
        <translation>
            <numerusform>%n Bild wird hinzugefügt…</numerusform>
            <numerusform>%n Bilder werden hinzugefügt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save waits for %n upload(s) to finish…</source>
        <translation>
            <numerusform>Speichern wartet auf %n laufendes Hochladen…</numerusform>
            <numerusform>Speichern wartet auf %n laufende Uploads…</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be checked: {error}</source>
        <translation>konnte nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <source>Skipped {files}</source>
        <translation>Übersprungen: {files}</translation>
    </message>
    <message>
        <source>Uploading {name}: {percent} % ({left} to go)</source>
        <translation>{name} wird hochgeladen: {percent} % (noch {left})</translation>
    </message>
    <message>
        <source>Uploads finished.</source>
        <translation>Hochladen abgeschlossen.</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>nicht lesbar ({error})</translation>
    </message>
</context>
<context>
    <name>ImageDeleter</name>
    <message numerus="yes">
        <source>Deleted %n image(s); the marketplace loses them when you save (Ctrl+Z undoes).</source>
        <translation>
            <numerusform>%n Bild gelöscht; vom Marktplatz verschwindet es beim Speichern (Strg+Z macht es rückgängig).</numerusform>
            <numerusform>%n Bilder gelöscht; vom Marktplatz verschwinden sie beim Speichern (Strg+Z macht es rückgängig).</numerusform>
        </translation>
    </message>
    <message>
        <source>Image {place} (id {id})</source>
        <translation>Bild {place} (ID {id})</translation>
    </message>
</context>
<context>
    <name>ImageInfo</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} {month} {year}, {time}</source>
        <translation>{day}. {month} {year}, {time}</translation>
    </message>
    <message>
        <source>Added from:</source>
        <translation>Hinzugefügt aus:</translation>
    </message>
    <message>
        <source>File type:</source>
        <translation>Dateityp:</translation>
    </message>
    <message>
        <source>Pixel size:</source>
        <translation>Pixelmaße:</translation>
    </message>
    <message>
        <source>File size:</source>
        <translation>Dateigröße:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>MD5 checksum:</source>
        <translation>MD5-Prüfsumme:</translation>
    </message>
    <message>
        <source>Open picture:</source>
        <translation>Bild öffnen:</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected, {size} in all.</source>
        <translation>
            <numerusform>%n Bild ausgewählt, insgesamt {size}.</numerusform>
            <numerusform>%n Bilder ausgewählt, insgesamt {size}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected.</source>
        <translation>
            <numerusform>%n Bild ausgewählt.</numerusform>
            <numerusform>%n Bilder ausgewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Full size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Middle size</source>
        <translation>Mittlere Größe</translation>
    </message>
</context>
<context>
    <name>ImageName</name>
    <message>
        <source>{language} name {name} (alt {alt})</source>
        <translation>Name auf {language} {name} (Alternativtext {alt})</translation>
    </message>
    <message>
        <source>{language} name {name}</source>
        <translation>Name auf {language} {name}</translation>
    </message>
    <message>
        <source>the {language} name must be text, not {value}</source>
        <translation>der Name auf {language} muss Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>the {language} alternative text must be text, not {value}</source>
        <translation>der Alternativtext auf {language} muss Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>the {language} alternative text needs a name as well</source>
        <translation>der Alternativtext auf {language} braucht auch einen Namen</translation>
    </message>
</context>
<context>
    <name>JobsDock</name>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Auftrag a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unvollendet</translation>
    </message>
    <message>
        <source>Export Job Result</source>
        <translation>Ergebnis des Auftrags exportieren</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>{listing}: {left} of {total} calls left</source>
        <extracomment>Columns added after the first release: (table, column, type), added to older journals.</extracomment>
        <translation>{listing}: {left} von {total} Aufrufen ausstehend</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>choose a language from the list, or type its name or code</source>
        <translation>wählen Sie eine Sprache aus der Liste oder geben Sie ihren Namen oder Code ein</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>Sprache hinzufügen…</translation>
    </message>
    <message>
        <source>Choose a language, or type its name or code, then press Add</source>
        <translation>Sprache auswählen oder Namen bzw. Code eingeben, dann auf „Sprache hinzufügen“ klicken</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>German</source>
        <extracomment>plentymarkets&apos; codes in the order its back end lists them, with their English names (marked for translation: the interface shows &quot;Deutsch&quot;, &quot;Englisch&quot;, … in German).</extracomment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slowakisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamesisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>Irisch</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litauisch</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Lettisch</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estnisch</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>unknown language code {code} ({language} is {meant}); plentymarkets accepts: {accepted}</source>
        <extracomment>ISO 639-1 codes people type out of habit, and the plentymarkets code they mean.</extracomment>
        <translation>unbekannter Sprachcode {code} ({language} ist {meant}); plentymarkets akzeptiert: {accepted}</translation>
    </message>
    <message>
        <source>unknown language code {code}; plentymarkets accepts: {accepted}</source>
        <translation>unbekannter Sprachcode {code}; plentymarkets akzeptiert: {accepted}</translation>
    </message>
</context>
<context>
    <name>ListingBrowser</name>
    <message>
        <source>Marketplace to search</source>
        <translation>Zu durchsuchender Marktplatz</translation>
    </message>
    <message>
        <source>Search id, number or name (Ctrl+L)</source>
        <translation>ID, Nummer oder Name suchen (Strg+L)</translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation>Angebote suchen</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>No connection is set up</source>
        <translation>Es ist keine Verbindung eingerichtet</translation>
    </message>
    <message>
        <source>Search model, reference or id (Ctrl+L)</source>
        <translation>Modell, Referenz oder ID suchen (Strg+L)</translation>
    </message>
</context>
<context>
    <name>ListingBrowserDock</name>
    <message>
        <source>Listings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>&amp;Listing Browser</source>
        <translation>Bereich &amp;Angebote</translation>
    </message>
    <message>
        <source>&amp;Find Listing…</source>
        <translation>Angebot &amp;suchen…</translation>
    </message>
    <message>
        <source>Find a listing by id, number or name (Ctrl+L)</source>
        <translation>Ein Angebot nach ID, Nummer oder Name suchen (Strg+L)</translation>
    </message>
</context>
<context>
    <name>ListingRef</name>
    <message>
        <source>AutoScout24 vehicle {id}</source>
        <translation>AutoScout24-Fahrzeug {id}</translation>
    </message>
    <message>
        <source>plentymarkets item {id}, variation {variation}</source>
        <translation>plentymarkets-Artikel {id}, Variante {variation}</translation>
    </message>
    <message>
        <source>plentymarkets item {id}</source>
        <translation>plentymarkets-Artikel {id}</translation>
    </message>
</context>
<context>
    <name>ListingSources</name>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
</context>
<context>
    <name>ListingTreeModel</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>{heading} for “{query}”</source>
        <translation>{heading} für „{query}“</translation>
    </message>
    <message>
        <source>Press Enter or double-click to try again</source>
        <translation>Eingabetaste oder Doppelklick versucht es erneut</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load page {page}: {error} — retry</source>
        <translation>Seite {page} konnte nicht geladen werden: {error} — erneut versuchen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Could not load the variations: {error}</source>
        <translation>Die Varianten konnten nicht geladen werden: {error}</translation>
    </message>
</context>
<context>
    <name>LocalFile</name>
    <message>
        <source>uploading {percent} %</source>
        <translation>wird hochgeladen: {percent} %</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>wird hochgeladen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hochgeladen</translation>
    </message>
</context>
<context>
    <name>LocalThumbnails</name>
    <message>
        <source>The SVG could not be drawn.</source>
        <translation>Das SVG konnte nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a listing with File ▸ Open Listing… (Ctrl+O)</source>
        <translation>Öffnen Sie ein Angebot mit Datei ▸ Angebot öffnen… (Strg+O)</translation>
    </message>
    <message>
        <source>Reorder during save</source>
        <translation>Während des Speicherns neu angeordnet</translation>
    </message>
    <message>
        <source>Edit details during save</source>
        <translation>Während des Speicherns bearbeitete Details</translation>
    </message>
    <message>
        <source>Reorder (not saved)</source>
        <translation>Neu anordnen (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Edit details (not saved)</source>
        <translation>Details bearbeiten (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Loading {listing}…</source>
        <translation>{listing} wird geladen…</translation>
    </message>
    <message>
        <source>This listing has no images.</source>
        <translation>Dieses Angebot hat keine Bilder.</translation>
    </message>
    <message>
        <source>Wait for the save to finish, then open it.</source>
        <translation>Warten Sie, bis das Speichern beendet ist, und öffnen Sie es dann.</translation>
    </message>
    <message>
        <source>Could not open {listing}: {reason}</source>
        <translation>{listing} konnte nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>Opened {listing}.</source>
        <translation>{listing} geöffnet.</translation>
    </message>
    <message>
        <source>Nothing to save: the marketplace has this listing.</source>
        <translation>Nichts zu speichern: Der Marktplatz hat dieses Angebot bereits so.</translation>
    </message>
    <message>
        <source>Saving {listing}…</source>
        <translation>{listing} wird gespeichert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n change(s) sent; {listing} shows your changes.</source>
        <translation>
            <numerusform>Gespeichert: %n Änderung gesendet; {listing} zeigt Ihre Änderungen.</numerusform>
            <numerusform>Gespeichert: %n Änderungen gesendet; {listing} zeigt Ihre Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n change(s) sent; {listing} shows your order.</source>
        <translation>
            <numerusform>Gespeichert: %n Änderung gesendet; {listing} zeigt Ihre Reihenfolge.</numerusform>
            <numerusform>Gespeichert: %n Änderungen gesendet; {listing} zeigt Ihre Reihenfolge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved, but the marketplace shows something else: {differences}</source>
        <translation>Gespeichert, aber der Marktplatz zeigt etwas anderes: {differences}</translation>
    </message>
    <message>
        <source>Saved, but the marketplace shows a different order: {differences}</source>
        <translation>Gespeichert, aber der Marktplatz zeigt eine andere Reihenfolge: {differences}</translation>
    </message>
    <message>
        <source>Finishing the save of {listing} failed: {reason}</source>
        <translation>Das Fertigspeichern von {listing} ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>It stays in the journal; ImageDeck offers it again at the next start.</source>
        <translation>Es bleibt im Journal; ImageDeck bietet es beim nächsten Start erneut an.</translation>
    </message>
    <message>
        <source>Saving {listing} failed: {reason}
Your new order is kept; try Save again.</source>
        <translation>Das Speichern von {listing} ist fehlgeschlagen: {reason}
Ihre neue Reihenfolge bleibt erhalten; versuchen Sie erneut zu speichern.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Finishing the save of {listing} cancelled — {done} of {total} changes were saved</source>
        <translation>Fertigspeichern von {listing} abgebrochen — {done} von {total} Änderungen wurden gespeichert</translation>
    </message>
    <message>
        <source>Save cancelled — {done} of {total} changes were saved</source>
        <translation>Speichern abgebrochen — {done} von {total} Änderungen wurden gespeichert</translation>
    </message>
    <message>
        <source>Finishing the save of {listing} cancelled before any change was confirmed</source>
        <translation>Fertigspeichern von {listing} abgebrochen, bevor eine Änderung bestätigt war</translation>
    </message>
    <message>
        <source>Save cancelled before any change was confirmed</source>
        <translation>Speichern abgebrochen, bevor eine Änderung bestätigt war</translation>
    </message>
    <message>
        <source>{summary}; reading what the server holds now…</source>
        <translation>{summary}; der aktuelle Stand wird vom Server gelesen…</translation>
    </message>
    <message>
        <source>{summary}.</source>
        <translation>{summary}.</translation>
    </message>
    <message>
        <source>{summary}, but reading {listing} again failed: {reason}. Your changes are kept; Save asks before overwriting anything.</source>
        <translation>{summary}, aber {listing} konnte nicht erneut gelesen werden: {reason}. Ihre Änderungen bleiben erhalten; Speichern fragt, bevor etwas überschrieben wird.</translation>
    </message>
    <message>
        <source>{summary}; the listing shows what the server holds now.</source>
        <translation>{summary}; das Angebot zeigt den aktuellen Stand des Servers.</translation>
    </message>
    <message>
        <source>Could not read the save journal: {error}</source>
        <translation>Das Speicherjournal konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>No saved connection can finish these saves; they stay in the journal.</source>
        <translation>Keine gespeicherte Verbindung kann diese Speichervorgänge beenden; sie bleiben im Journal.</translation>
    </message>
    <message>
        <source>1 unfinished save waits in the journal; ImageDeck asks again at the next start.</source>
        <translation>1 unvollständiger Speichervorgang wartet im Journal; ImageDeck fragt beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>{count} unfinished saves wait in the journal; ImageDeck asks again at the next start.</source>
        <translation>{count} unvollständige Speichervorgänge warten im Journal; ImageDeck fragt beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>Finishing the save of {listing}…</source>
        <translation>{listing} wird fertig gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>Finished saving {listing}: %n change(s) sent; it shows the order you wanted.</source>
        <translation>
            <numerusform>{listing} fertig gespeichert: %n Änderung gesendet; es zeigt die gewünschte Reihenfolge.</numerusform>
            <numerusform>{listing} fertig gespeichert: %n Änderungen gesendet; es zeigt die gewünschte Reihenfolge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished saving {listing}, but the marketplace shows a different order: {details}</source>
        <translation>{listing} fertig gespeichert, aber der Marktplatz zeigt eine andere Reihenfolge: {details}</translation>
    </message>
    <message>
        <source>Could not update the save journal: {error}</source>
        <translation>Das Speicherjournal konnte nicht aktualisiert werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n unfinished save(s).</source>
        <translation>
            <numerusform>%n unvollständiger Speichervorgang verworfen.</numerusform>
            <numerusform>%n unvollständige Speichervorgänge verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>ImageDeck will close when the save has finished.</source>
        <translation>ImageDeck wird beendet, sobald das Speichern abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Mehr…</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>Die ganze Meldung zeigen</translation>
    </message>
    <message>
        <source>Show one line</source>
        <translation>Eine Zeile zeigen</translation>
    </message>
</context>
<context>
    <name>NamesEditor</name>
    <message>
        <source>Language to add</source>
        <translation>Hinzuzufügende Sprache</translation>
    </message>
    <message>
        <source>&amp;Add Language</source>
        <translation>Sprache &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove Language</source>
        <translation>Sprache entfernen</translation>
    </message>
    <message>
        <source>Remove the selected language&apos;s name (Delete)</source>
        <translation>Den Namen in der ausgewählten Sprache entfernen (Entf)</translation>
    </message>
    <message>
        <source>Remove {language}</source>
        <translation>{language} entfernen</translation>
    </message>
</context>
<context>
    <name>NamesModel</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(gemischt)</translation>
    </message>
    <message>
        <source>plentymarkets no longer accepts “{code}”; this name can only be read.</source>
        <translation>plentymarkets akzeptiert „{code}“ nicht mehr; dieser Name kann nur gelesen werden.</translation>
    </message>
</context>
<context>
    <name>NamesTable</name>
    <message>
        <source>Image names</source>
        <translation>Bildnamen</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Third-party licences</source>
        <translation>Lizenzen von Drittanbietern</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>OpenListingDialog</name>
    <message>
        <source>Pick a listing from the list or type its id.</source>
        <translation>Wählen Sie ein Angebot aus der Liste oder geben Sie seine ID ein.</translation>
    </message>
    <message>
        <source>A plentymarkets item id is a number, e.g. 101.</source>
        <translation>Eine plentymarkets-Artikel-ID ist eine Zahl, z. B. 101.</translation>
    </message>
    <message>
        <source>A variation id is a number, e.g. 1011 (or leave it empty).</source>
        <translation>Eine Varianten-ID ist eine Zahl, z. B. 1011 (oder leer lassen).</translation>
    </message>
    <message>
        <source>An AutoScout24 vehicle id is a long code like 3f1c9a52-8d4e-…, not a number; pick the vehicle from the list.</source>
        <translation>Eine AutoScout24-Fahrzeug-ID ist ein langer Code wie 3f1c9a52-8d4e-…, keine Zahl; wählen Sie das Fahrzeug aus der Liste.</translation>
    </message>
    <message>
        <source>A vehicle id has only letters, digits, dashes and underscores.</source>
        <translation>Eine Fahrzeug-ID besteht nur aus Buchstaben, Ziffern, Binde- und Unterstrichen.</translation>
    </message>
    <message>
        <source>Open Listing</source>
        <translation>Angebot öffnen</translation>
    </message>
    <message>
        <source>e.g. 101</source>
        <translation>z. B. 101</translation>
    </message>
    <message>
        <source>all variations (optional)</source>
        <translation>alle Varianten (optional)</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marktplatz:</translation>
    </message>
    <message>
        <source>&amp;Listings:</source>
        <translation>&amp;Angebote:</translation>
    </message>
    <message>
        <source>Listing &amp;id:</source>
        <translation>Angebots-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Variation:</source>
        <translation>&amp;Variante:</translation>
    </message>
    <message>
        <source>vehicle id</source>
        <translation>Fahrzeug-ID</translation>
    </message>
    <message>
        <source>Loading listings…</source>
        <translation>Angebote werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the listings ({error}). You can type an id.</source>
        <translation>Die Angebote konnten nicht geladen werden ({error}). Sie können eine ID eingeben.</translation>
    </message>
    <message>
        <source>No listings found. You can type an id.</source>
        <translation>Keine Angebote gefunden. Sie können eine ID eingeben.</translation>
    </message>
    <message numerus="yes">
        <source>(%n image(s))</source>
        <translation>
            <numerusform>(%n Bild)</numerusform>
            <numerusform>(%n Bilder)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OtherWindows</name>
    <message>
        <source>ImageDeck is already open (process {pids}). Both windows work; each save is sent by one of them only.</source>
        <translation>ImageDeck ist bereits geöffnet (Prozess {pids}). Beide Fenster funktionieren; jedes Speichern übernimmt nur eines davon.</translation>
    </message>
</context>
<context>
    <name>PlentyListings</name>
    <message>
        <source>the item list</source>
        <translation>die Artikelliste</translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation>Artikel {id}</translation>
    </message>
    <message>
        <source>the variations of item {id}</source>
        <translation>die Varianten von Artikel {id}</translation>
    </message>
    <message>
        <source>Variation {id}</source>
        <translation>Variante {id}</translation>
    </message>
    <message>
        <source>{label} (main)</source>
        <translation>{label} (Hauptvariante)</translation>
    </message>
    <message>
        <source>items numbered {number}</source>
        <translation>Artikel mit der Nummer {number}</translation>
    </message>
    <message>
        <source>plentymarkets sent an unexpected answer for {what} (no paged list)</source>
        <translation>plentymarkets hat auf {what} unerwartet geantwortet (keine seitenweise Liste)</translation>
    </message>
    <message>
        <source>{number} · Item {id}</source>
        <translation>{number} · Artikel {id}</translation>
    </message>
    <message>
        <source>Item {id}</source>
        <translation>Artikel {id}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Image {number} of {count}</source>
        <translation>Bild {number} von {count}</translation>
    </message>
    <message>
        <source>Image {number} of {count}  ·  ← → to step, Esc to close</source>
        <translation>Bild {number} von {count}  ·  ← → blättern, Esc schließt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The marketplace offers no picture for this image.</source>
        <translation>Der Marktplatz bietet für dieses Bild keine Vorschau an.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Your changes to {listing} have not been saved.</source>
        <translation>Ihre Änderungen an {listing} wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Save them to the marketplace now?</source>
        <translation>Jetzt auf dem Marktplatz speichern?</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Listing changed elsewhere</source>
        <translation>Angebot wurde anderswo geändert</translation>
    </message>
    <message>
        <source>Nothing was saved. Reload to see the listing as it is now (your changes are discarded), or save your changes over theirs.</source>
        <translation>Es wurde nichts gespeichert. Laden Sie das Angebot neu, um es im aktuellen Stand zu sehen (Ihre Änderungen werden verworfen), oder speichern Sie Ihre Änderungen über die anderen.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Save My Changes</source>
        <translation>Meine Änderungen speichern</translation>
    </message>
    <message>
        <source>Unfinished saves</source>
        <translation>Unvollständige Speichervorgänge</translation>
    </message>
    <message>
        <source>A save was interrupted before it had finished:</source>
        <translation>Ein Speichervorgang wurde vor seinem Ende unterbrochen:</translation>
    </message>
    <message>
        <source>{count} saves were interrupted before they had finished:</source>
        <translation>{count} Speichervorgänge wurden vor ihrem Ende unterbrochen:</translation>
    </message>
    <message>
        <source>Until the rest is sent, the marketplace shows a mix of the old and the new order. Finish saving now, decide later (ImageDeck asks again at the next start), or discard the rest (the marketplace keeps the mix).</source>
        <translation>Bis der Rest gesendet ist, zeigt der Marktplatz eine Mischung aus alter und neuer Reihenfolge. Speichern Sie jetzt fertig, entscheiden Sie später (ImageDeck fragt beim nächsten Start erneut) oder verwerfen Sie den Rest (der Marktplatz behält die Mischung).</translation>
    </message>
    <message>
        <source>Finish Saving</source>
        <translation>Fertig speichern</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Listing</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Images now</source>
        <translation>Bilder jetzt</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Import {folder}</source>
        <translation>{folder} importieren</translation>
    </message>
    <message>
        <source>Start Import</source>
        <translation>Import starten</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} Dateien</translation>
    </message>
    <message>
        <source>{count} to upload</source>
        <translation>{count} zum Hochladen</translation>
    </message>
    <message>
        <source>Matched no listing</source>
        <translation>Keinem Angebot zugeordnet</translation>
    </message>
</context>
<context>
    <name>SaveEngine</name>
    <message>
        <source>{listing} was changed elsewhere since it was loaded: {summary}</source>
        <translation>{listing} wurde seit dem Laden anderswo geändert: {summary}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{list} …</source>
        <translation>{list} …</translation>
    </message>
    <message>
        <source>place {place}: wanted image {wanted}, server shows {shown}</source>
        <translation>Platz {place}: gewünscht Bild {wanted}, der Server zeigt {shown}</translation>
    </message>
    <message>
        <source>wanted {wanted} images, server shows {shown}</source>
        <translation>{wanted} Bilder gewünscht, der Server zeigt {shown}</translation>
    </message>
    <message>
        <source>Checking {listing} on the server…</source>
        <translation>{listing} wird auf dem Server geprüft…</translation>
    </message>
    <message>
        <source>Checking what reached {listing}…</source>
        <translation>Es wird geprüft, was bei {listing} angekommen ist…</translation>
    </message>
    <message>
        <source>Checking the result…</source>
        <translation>Das Ergebnis wird geprüft…</translation>
    </message>
    <message>
        <source>Saving {count} changes…</source>
        <translation>{count} Änderungen werden gespeichert…</translation>
    </message>
    <message>
        <source>Saved {call}</source>
        <translation>Gespeichert: {call}</translation>
    </message>
    <message>
        <source>a new image appeared at place {place}</source>
        <translation>an Platz {place} erschien ein neues Bild</translation>
    </message>
    <message>
        <source>image {place} was deleted</source>
        <translation>Bild {place} wurde gelöscht</translation>
    </message>
    <message>
        <source>image {old} moved to place {new}</source>
        <translation>Bild {old} kam an Platz {new}</translation>
    </message>
</context>
<context>
    <name>SaveWorker</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <source>the save of {listing} is no longer waiting in the journal (it was finished or discarded elsewhere)</source>
        <translation>das Speichern von {listing} wartet nicht mehr im Journal (es wurde anderswo beendet oder verworfen)</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keyring (secret service) was found.</source>
        <translation>Es wurde kein Schlüsselbund des Systems (Secret Service) gefunden.</translation>
    </message>
    <message>
        <source>The system keyring failed: {error}</source>
        <translation>Der Schlüsselbund des Systems hat versagt: {error}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>rate limit: waiting {seconds} s</source>
        <extracomment>Waits at least this long are announced when they start. The longest wait slept by default (a setting and `--max-wait` change it). A server wait longer than this is nonsense (no shop means &quot;come back next month&quot;). One call (with its retries of timeouts and 5xx) gives up after about this long.</extracomment>
        <translation>Ratenlimit: warte {seconds} s</translation>
    </message>
    <message>
        <source>{error} — retrying ({retry} of {most}) in {seconds} s…</source>
        <extracomment>Every wait of this connection: announced, bounded (waits.py).</extracomment>
        <translation>{error} — neuer Versuch ({retry} von {most}) in {seconds} s…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Downscale large photos</source>
        <translation>&amp;Große Fotos verkleinern</translation>
    </message>
    <message>
        <source>Re-encode as &amp;JPEG</source>
        <translation>Als &amp;JPEG neu kodieren</translation>
    </message>
    <message>
        <source>Remove &amp;location (GPS) data</source>
        <translation>&amp;Standortdaten (GPS) entfernen</translation>
    </message>
    <message>
        <source>&amp;Name images after their file (plentymarkets)</source>
        <translation>Bilder nach ihrem &amp;Dateinamen benennen (plentymarkets)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language takes effect when ImageDeck is started again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von ImageDeck.</translation>
    </message>
    <message>
        <source>A shop that asks for a longer pause (rate limit) stops the save instead; ImageDeck offers to finish it later.</source>
        <translation>Verlangt ein Shop eine längere Pause (Ratenlimit), hält das Speichern stattdessen an; ImageDeck bietet an, es später zu beenden.</translation>
    </message>
    <message>
        <source>&amp;Clear Cache</source>
        <translation>Cache &amp;leeren</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Bildraster</translation>
    </message>
    <message>
        <source>&amp;Thumbnail size:</source>
        <translation>&amp;Miniaturbildgröße:</translation>
    </message>
    <message>
        <source>Uploads (your original files are never changed)</source>
        <translation>Hochladen (Ihre Originaldateien werden nie verändert)</translation>
    </message>
    <message>
        <source>Longest &amp;edge:</source>
        <translation>Längste &amp;Kante:</translation>
    </message>
    <message>
        <source>JPEG &amp;quality:</source>
        <translation>JPEG-&amp;Qualität:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Thumbnail cache</source>
        <translation>Miniaturbild-Cache</translation>
    </message>
    <message>
        <source>Cache &amp;size:</source>
        <translation>Cache-G&amp;röße:</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Longest &amp;wait for a shop:</source>
        <translation>Längste &amp;Wartezeit für einen Shop:</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>The settings could not be saved to {path}: {reason}</source>
        <translation>Die Einstellungen konnten nicht in {path} gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Freed {size}.</source>
        <translation>{size} freigegeben.</translation>
    </message>
</context>
<context>
    <name>ShortcutAreas</name>
    <message>
        <source>Image grid (when it has the focus)</source>
        <translation>Bilderraster (wenn es den Fokus hat)</translation>
    </message>
    <message>
        <source>Image details panel</source>
        <translation>Bereich Bilddetails</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>No listing open</source>
        <translation>Kein Angebot geöffnet</translation>
    </message>
</context>
<context>
    <name>SvgCheck</name>
    <message>
        <source>the SVG declares a DTD or entities, which are refused for safety</source>
        <translation>unsicheres SVG: es deklariert eine DTD oder Entitäten, die aus Sicherheitsgründen abgelehnt werden</translation>
    </message>
    <message>
        <source>not an SVG image (the root element is not &lt;svg&gt;)</source>
        <translation>kein SVG-Bild (das Wurzelelement ist nicht &lt;svg&gt;)</translation>
    </message>
    <message>
        <source>damaged SVG: {error}</source>
        <translation>beschädigtes SVG: {error}</translation>
    </message>
    <message>
        <source>not an SVG image</source>
        <translation>kein SVG-Bild</translation>
    </message>
    <message>
        <source>the SVG refers to an outside file or address ({reference})</source>
        <translation>unsicheres SVG: es verweist auf eine fremde Datei oder Adresse ({reference})</translation>
    </message>
</context>
<context>
    <name>ThumbnailError</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>SVG not supported for thumbnails</source>
        <translation>SVG wird für Miniaturbilder nicht unterstützt</translation>
    </message>
    <message>
        <source>This is not an image, or in a format ImageDeck cannot read.</source>
        <translation>Das ist kein Bild oder ein Format, das ImageDeck nicht lesen kann.</translation>
    </message>
    <message>
        <source>Refused: the image claims a canvas far larger than the {limit} pixels a picture can safely have (possibly a decompression bomb).</source>
        <translation>Abgelehnt: Das Bild gibt eine Fläche weit über den {limit} Pixeln an, die ein Bild gefahrlos haben kann (möglicherweise eine Dekompressionsbombe).</translation>
    </message>
    <message>
        <source>Refused: the image claims {width} × {height} pixels, more than the {limit} pixels a picture can safely have (possibly a decompression bomb).</source>
        <translation>Abgelehnt: Das Bild gibt {width} × {height} Pixel an, mehr als die {limit} Pixel, die ein Bild gefahrlos haben kann (möglicherweise eine Dekompressionsbombe).</translation>
    </message>
    <message>
        <source>The image is damaged and cannot be shown. Details: {details}</source>
        <translation>Das Bild ist beschädigt und kann nicht angezeigt werden. Details: {details}</translation>
    </message>
</context>
<context>
    <name>ThumbnailGrid</name>
    <message>
        <source>Make &amp;Main Image</source>
        <translation>Als &amp;Hauptbild festlegen</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Nach lin&amp;ks verschieben</translation>
    </message>
    <message>
        <source>Move Ri&amp;ght</source>
        <translation>Nach rech&amp;ts verschieben</translation>
    </message>
    <message>
        <source>Move to &amp;End</source>
        <translation>Ans En&amp;de verschieben</translation>
    </message>
    <message>
        <source>Make Main Image</source>
        <translation>Zum Hauptbild</translation>
    </message>
    <message>
        <source>Move to End</source>
        <translation>Ans Ende</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <source>The marketplace offers no preview for this image.</source>
        <translation>Der Marktplatz bietet für dieses Bild kein Miniaturbild an.</translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>★ MAIN</source>
        <translation>★ HAUPTBILD</translation>
    </message>
    <message>
        <source>★</source>
        <translation>★</translation>
    </message>
</context>
<context>
    <name>UnfinishedSave</name>
    <message>
        <source>{summary} (started {started}) — no saved connection for {target}; run `imagedeck resume` with the secrets in the environment</source>
        <translation>{summary} (begonnen {started}) — keine gespeicherte Verbindung für {target}; führen Sie `imagedeck resume` mit den Zugangsdaten in der Umgebung aus</translation>
    </message>
    <message>
        <source>{summary} (started {started})</source>
        <translation>{summary} (begonnen {started})</translation>
    </message>
    <message>
        <source>“{name}” ({marketplace} at {url}, account {account})</source>
        <translation>„{name}“ ({marketplace} unter {url}, Konto {account})</translation>
    </message>
    <message>
        <source>“{name}” ({marketplace} at {url})</source>
        <translation>„{name}“ ({marketplace} unter {url})</translation>
    </message>
    <message>
        <source>The save of {listing} is in progress in ImageDeck process {pid}.</source>
        <translation>Das Speichern von {listing} läuft in ImageDeck-Prozess {pid}.</translation>
    </message>
</context>
<context>
    <name>UploadBadge</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>✓ uploaded</source>
        <translation>✓ hochgeladen</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <source>uploading {percent} %</source>
        <translation>lädt hoch: {percent} %</translation>
    </message>
</context>
<context>
    <name>UploadCheck</name>
    <message>
        <source>could not be prepared for upload ({error})</source>
        <extracomment>Words that mark an XMP packet as carrying a location (EXIF-in-XMP, IPTC, Photoshop).</extracomment>
        <translation>konnte nicht zum Hochladen vorbereitet werden ({error})</translation>
    </message>
    <message>
        <source>prepared for upload it is larger than {limit} MB ({size} MB)</source>
        <translation>zu groß: zum Hochladen vorbereitet hat die Datei mehr als {limit} MB ({size} MB)</translation>
    </message>
    <message>
        <source>the file is gone (moved or deleted?)</source>
        <translation>verschwunden: die Datei ist nicht mehr da (verschoben oder gelöscht?)</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>nicht lesbar: {error}</translation>
    </message>
    <message>
        <source>AutoScout24 accepts only JPG and PNG</source>
        <extracomment>Canvases above this are refused before decoding (8660 x 5773; no product photo is larger).</extracomment>
        <translation>AutoScout24 nimmt nur JPG und PNG an</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>nicht lesbar: keine Zugriffsberechtigung</translation>
    </message>
    <message>
        <source>{millions} million</source>
        <extracomment>&quot;50 million&quot;: in words, since 50,000,000 would read as fifty in German.</extracomment>
        <translation>{millions} Millionen</translation>
    </message>
    <message>
        <source>the file is larger than {mb} MB</source>
        <translation>zu groß: die Datei hat mehr als {mb} MB</translation>
    </message>
    <message>
        <source>{reason} (this is {format})</source>
        <translation>{reason} (diese Datei ist {format})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>leer: die Datei hat keinen Inhalt</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>{format} images are not supported</source>
        <translation>nicht unterstützt: {format}-Bilder werden nicht angenommen</translation>
    </message>
    <message>
        <source>the image claims a canvas of more than {pixels} pixels (refused)</source>
        <translation>abgelehnt: das Bild gibt eine Fläche von mehr als {pixels} Pixeln an</translation>
    </message>
    <message>
        <source>the image file is damaged (its header is unreadable)</source>
        <translation>beschädigt: der Kopf der Bilddatei ist unlesbar</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>kein Bild</translation>
    </message>
    <message>
        <source>the image file is damaged or incomplete ({error})</source>
        <translation>beschädigt oder unvollständig ({error})</translation>
    </message>
    <message>
        <source>the image claims {width} x {height} pixels, more than {pixels} (refused)</source>
        <translation>abgelehnt: das Bild gibt {width} × {height} Pixel an, mehr als {pixels}</translation>
    </message>
    <message>
        <source>converted to JPEG it is larger than {mb} MB</source>
        <translation>zu groß: als JPEG hat die Datei mehr als {mb} MB</translation>
    </message>
</context>
<context>
    <name>UploadPlan</name>
    <message>
        <source>the same picture as {name}</source>
        <translation>dasselbe Bild wie {name}</translation>
    </message>
    <message>
        <source>already on this listing as image {place}</source>
        <translation>schon in diesem Angebot als Bild {place}</translation>
    </message>
    <message>
        <source>{marketplace} allows at most {limit} images per listing: it has {count}, so {room} more fit</source>
        <translation>{marketplace} erlaubt höchstens {limit} Bilder je Angebot: {count} sind vorhanden, also passen noch {room}</translation>
    </message>
</context>
<context>
    <name>UploadQuestions</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Convert to JPEG?</source>
        <translation>In JPEG umwandeln?</translation>
    </message>
    <message>
        <source>AutoScout24 accepts only JPG and PNG. Convert these files to JPEG for the upload?</source>
        <translation>AutoScout24 nimmt nur JPG und PNG an. Diese Dateien zum Hochladen in JPEG umwandeln?</translation>
    </message>
    <message>
        <source>Your files on disk are not changed.</source>
        <translation>Ihre Dateien auf dem Datenträger bleiben unverändert.</translation>
    </message>
    <message>
        <source>Convert to JPEG</source>
        <translation>In JPEG umwandeln</translation>
    </message>
    <message>
        <source>Skip Them</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Already on This Listing</source>
        <translation>Schon in diesem Angebot</translation>
    </message>
    <message>
        <source>These pictures are already on this listing:</source>
        <translation>Diese Bilder sind schon in diesem Angebot:</translation>
    </message>
    <message>
        <source>Upload Anyway</source>
        <translation>Trotzdem hochladen</translation>
    </message>
    <message>
        <source>Delete Images</source>
        <translation>Bilder löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s)?</source>
        <translation>
            <numerusform>%n Bild löschen?</numerusform>
            <numerusform>%n Bilder löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changes on the marketplace until you save; until then Undo (Ctrl+Z) brings back what you delete.</source>
        <translation>Auf dem Marktplatz ändert sich erst beim Speichern etwas; bis dahin holt Rückgängig (Strg+Z) zurück, was Sie löschen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New Main Image</source>
        <translation>Neues Hauptbild</translation>
    </message>
    <message>
        <source>You are deleting the main image. Which image becomes the main image?</source>
        <translation>Sie löschen das Hauptbild. Welches Bild wird das neue Hauptbild?</translation>
    </message>
</context>
<context>
    <name>Variations</name>
    <message>
        <source>variation id {value} is not a number</source>
        <translation>Varianten-ID {value} ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>VariationsEditor</name>
    <message>
        <source>Variations linked to the selected images</source>
        <translation>Mit den ausgewählten Bildern verknüpfte Varianten</translation>
    </message>
    <message>
        <source>Loading the item&apos;s variations…</source>
        <translation>Die Varianten des Artikels werden geladen…</translation>
    </message>
    <message>
        <source>This item has no variations.</source>
        <translation>Dieser Artikel hat keine Varianten.</translation>
    </message>
    <message>
        <source>Could not load the item&apos;s variations: {message}</source>
        <translation>Die Varianten des Artikels konnten nicht geladen werden: {message}</translation>
    </message>
</context>
<context>
    <name>VariationsModel</name>
    <message>
        <source>{label} — open now</source>
        <translation>{label} — gerade geöffnet</translation>
    </message>
    <message>
        <source>{count} of the {total} selected images are linked to it</source>
        <translation>{count} der {total} ausgewählten Bilder sind damit verknüpft</translation>
    </message>
    <message>
        <source>Linked: buyers see this picture on the variation</source>
        <translation>Verknüpft: Käufer sehen dieses Bild bei der Variante</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <source>This variation is open: an image unlinked from it leaves this page on Save</source>
        <translation>Diese Variante ist geöffnet: Ein davon gelöstes Bild verschwindet beim Speichern von dieser Seite</translation>
    </message>
</context>
<context>
    <name>VisibilityLines</name>
    <message>
        <source>{product} ad: photos 1–{count}</source>
        <translation>{product}-Anzeige: Fotos 1–{count}</translation>
    </message>
    <message>
        <source>An AutoScout24 ad with the {product} product shows only the first {count} photos: buyers of such an ad never see the photos after this line.</source>
        <translation>Eine AutoScout24-Anzeige mit dem Produkt {product} zeigt nur die ersten {count} Fotos: Wer eine solche Anzeige sieht, bekommt die Fotos nach dieser Linie nie zu sehen.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Open Listing…</source>
        <translation>Angebot &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Cancel Save</source>
        <translation>Speichern a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Re&amp;try Failed Thumbnails</source>
        <translation>Fehlgeschlagene &amp;Miniaturbilder neu laden</translation>
    </message>
    <message>
        <source>&amp;Preview Image</source>
        <translation>Bild&amp;vorschau</translation>
    </message>
    <message>
        <source>{command} ({shortcut})</source>
        <translation>{command} ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Redo {label}</source>
        <translation>&amp;Wiederherstellen: {label}</translation>
    </message>
    <message>
        <source>&amp;Undo {label}</source>
        <translation>&amp;Rückgängig: {label}</translation>
    </message>
</context>
<context>
    <name>WindowExtras</name>
    <message>
        <source>Co&amp;nnections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Wait for the save to finish, then switch.</source>
        <translation>Warten Sie, bis das Speichern fertig ist, und wechseln Sie dann.</translation>
    </message>
    <message>
        <source>Using the connection “{name}”.</source>
        <translation>Verbindung „{name}“ wird verwendet.</translation>
    </message>
</context>
<context>
    <name>ZoomControl</name>
    <message>
        <source>Thumbnail size (Ctrl++ / Ctrl+- / Ctrl+0)</source>
        <translation>Größe der Miniaturbilder (Strg++ / Strg+- / Strg+0)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>{size} px</source>
        <translation>{size} px</translation>
    </message>
    <message>
        <source>Could not save the thumbnail size in the settings: {error}</source>
        <translation>Die Größe der Miniaturbilder konnte nicht in den Einstellungen gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>{command} ({shortcut})</source>
        <translation>{command} ({shortcut})</translation>
    </message>
</context>
</TS>
