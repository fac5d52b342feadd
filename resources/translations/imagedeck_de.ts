<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
    <name>GuiClients</name>
    <message>
        <source>No {marketplace} connection is set up.</source>
        <translation>Es ist keine Verbindung zu {marketplace} eingerichtet.</translation>
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
</TS>
