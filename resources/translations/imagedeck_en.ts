<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ImageDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange, name and upload marketplace listing images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party &amp;licences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddImages</name>
    <message>
        <source>could not be read any more ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already on this listing as image {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same picture as {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>As24Listings</name>
    <message>
        <source>AutoScout24 sent an unexpected answer for the vehicle list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Availability</name>
    <message>
        <source>store {id}</source>
        <extracomment>Where an image may be shown: a client (store, &quot;mandant&quot;), a marketplace, or a listing. The value meaning &quot;every one of that type&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketplace {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability type {type} is unknown; use one of {types}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability value {value} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability value {value} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability value {value} is not allowed: use an id (0 or more) or -1 for all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailabilityEditor</name>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected images in every store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of the {total} selected images are shown in every store; click to show all of them everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected images in this store too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop showing the selected images in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected images in every marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of the {total} selected images are shown in every marketplace; click to show all of them everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketplace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected images in this marketplace too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop showing the selected images in this marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected images in every listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of the {total} selected images are shown in every listing; click to show all of them everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected images in this listing too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop showing the selected images in this listing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailabilityGroup</name>
    <message>
        <source>Chosen: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}, e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} ({count} of {total} selected images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} — {count} of {total} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: {count} of the {total} selected images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the {id} first, e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchMenu</name>
    <message>
        <source>Import a Folder of Photos Named by Item Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Image to Listings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Image from Listings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Main Image on Listings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the catalogue for {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPlan</name>
    <message>
        <source>no listing is known by the start of this name ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the marketplace allows at most {limit} images per listing ({count} there already)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Add Image to Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Image from Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Main Image on Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As image number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD5 of the image, 32 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD5:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. *front* (file name or image name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>101,102,103 or search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MD5 has 32 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a name pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the listings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} listings{when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearCache</name>
    <message>
        <source>Clear Thumbnail &amp;Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the cached thumbnails and previews on disk and in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail cache cleared: {size} freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictPictures</name>
    <message>
        <source>new at {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Logged in to plentymarkets as {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to AutoScout24. Vehicles in the account: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the address the browser showed after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AutoScout24 refused the sign-in: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted address has no code=… part; copy the whole address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted address belongs to another sign-in; start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us&amp;er name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passw&amp;ord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ient secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;direct URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stored in the keyring — type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>The password of “{connection}” (kept until ImageDeck quits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret of “{connection}” (kept until ImageDeck quits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token of “{connection}” (kept until ImageDeck quits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{connection}” needs its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{connection}” needs its client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{connection}” needs its refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the connection “{name}” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new connection before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;plentymarkets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;AutoScout24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In in Bro&amp;wser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the code or the whole address here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code or address after signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available: secrets you enter are kept only until ImageDeck quits, and asked for again next time. They are never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection named {name} in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}” and delete its secrets from the keyring?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in the browser, then paste the address it shows (or the code) here and choose Finish Sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to AutoScout24. Save the connection to keep the new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the connection first, then use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsStore</name>
    <message>
        <source>Base URL: enter your system&apos;s address, e.g. https://shop.example.com</source>
        <extracomment>AutoScout24&apos;s public API, the default of a new AutoScout24 connection (from the registry). Where AutoScout24 sends the browser after sign-in; must match the integration&apos;s registered redirect URI (HTTPS or a custom scheme). The user pastes the resulting address back.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL: {url} is not a web address (https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL: {url} must use https:// (plain http is only allowed on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: give the connection a name, e.g. “My shop”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace: {marketplace} is unknown; choose {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: enter the plentymarkets back-end user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id: enter your AutoScout24 integration&apos;s client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection named {name} (none is saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection named {name} (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: {name} is the built-in demo; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a connection named {name} exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved connection named {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoNotice</name>
    <message>
        <source>Demo: starts fresh at every start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the built-in demo: its shop and dealer account are made anew each time ImageDeck starts, so changes saved in an earlier run are not there any more. Connect a real shop in File ▸ Connections… to keep your work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailChange</name>
    <message>
        <source>add the {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the {language} name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make it available in {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove it from {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link it to variation {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlink it from variation {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailEdits</name>
    <message>
        <source>Remove {language} name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {language} name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make available in {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to variation {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink from variation {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {language} alternative text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailSummary</name>
    <message>
        <source>The {total} selected images differ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} on {count} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsDock</name>
    <message>
        <source>Image Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &amp;Details Panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Open a listing to see its images&apos; details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image to see its details and edit its names, where it is shown and its variations. Select several to edit them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AutoScout24 has no image names, availabilities or variations — only the order and the photos themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{marketplace} has no image names, availabilities or variations — only the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsSync</name>
    <message>
        <source>image {id}: {subject} changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image {id}: not on the server any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image {id}: still to {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {language} name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability in {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link to variation {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorAdvice</name>
    <message>
        <source>Check the vehicle id: this connection&apos;s dealer account has no vehicle with it (AutoScout24 ids are long codes like 3f1c9a52-8d4e-…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your shop&apos;s administrator to give this user the right to edit item images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the account&apos;s administrator for the right to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection&apos;s credentials in File ▸ Connections… and test it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost: after that time, ImageDeck offers to finish the save when you start it again (or run `imagedeck resume`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace has a temporary problem; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the vehicle id; if it is right, the vehicle was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the listing (F5): it or the image may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the value the marketplace names and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, send the log (Help ▸ Open Log Folder) to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace&apos;s call budget is used up; wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace&apos;s call budget is used up; wait a second and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace&apos;s call budget is used up; wait about {seconds} seconds and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <source>ImageDeck — unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. ImageDeck keeps running and your unsaved changes are still there; saving them now is a good idea. Copy this report and send it to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailedUploadsDock</name>
    <message>
        <source>Failed Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected files again and upload them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected files (nothing is uploaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added to the listing:</source>
        <translation>
            <numerusform>%n file could not be added to the listing:</numerusform>
            <numerusform>%n files could not be added to the listing:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make main image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {count} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {count} images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GalleryListModel</name>
    <message>
        <source>Image {number} of {count}, main image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image {number} (main image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiClients</name>
    <message>
        <source>No {marketplace} connection is set up.</source>
        <extracomment>Hears the clients&apos; waits and retries while reading (&quot;rate limit: waiting 42 s&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ImageDeck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>Could not reach {host}: {reason}</source>
        <extracomment>Seconds without an answer before a try counts as lost. Short enough that the first &quot;retrying (1 of N)&quot; comes early and all tries of a call fit in about a minute (retry.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s name is unknown (check the address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its security certificate was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection (the server is down, or the address or port is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection broke off during the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageActions</name>
    <message>
        <source>&amp;Add Images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add images from files (Ctrl+I); or drop files on the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected images (Del); Save removes them from the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageAdder</name>
    <message>
        <source>Open a listing first, then add images to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a listing first, then drop images on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image files in {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n image(s)…</source>
        <translation>
            <numerusform>Adding %n image…</numerusform>
            <numerusform>Adding %n images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save waits for %n upload(s) to finish…</source>
        <translation>
            <numerusform>Save waits for %n upload to finish…</numerusform>
            <numerusform>Save waits for %n uploads to finish…</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be checked: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading {name}: {percent} % ({left} to go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageDeleter</name>
    <message numerus="yes">
        <source>Deleted %n image(s); the marketplace loses them when you save (Ctrl+Z undoes).</source>
        <translation>
            <numerusform>Deleted %n image; the marketplace loses them when you save (Ctrl+Z undoes).</numerusform>
            <numerusform>Deleted %n images; the marketplace loses them when you save (Ctrl+Z undoes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Image {place} (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageInfo</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} {month} {year}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD5 checksum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open picture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected, {size} in all.</source>
        <translation>
            <numerusform>%n image selected, {size} in all.</numerusform>
            <numerusform>%n images selected, {size} in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected.</source>
        <translation>
            <numerusform>%n image selected.</numerusform>
            <numerusform>%n images selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageName</name>
    <message>
        <source>{language} name {name} (alt {alt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} name {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {language} name must be text, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {language} alternative text must be text, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {language} alternative text needs a name as well</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsDock</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Job Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>{listing}: {left} of {total} calls left</source>
        <extracomment>Columns added after the first release: (table, column, type), added to older journals.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>choose a language from the list, or type its name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a language, or type its name or code, then press Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>German</source>
        <extracomment>plentymarkets&apos; codes in the order its back end lists them, with their English names (marked for translation: the interface shows &quot;Deutsch&quot;, &quot;Englisch&quot;, … in German).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language code {code} ({language} is {meant}); plentymarkets accepts: {accepted}</source>
        <extracomment>ISO 639-1 codes people type out of habit, and the plentymarkets code they mean.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language code {code}; plentymarkets accepts: {accepted}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingBrowser</name>
    <message>
        <source>Marketplace to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search id, number or name (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search model, reference or id (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingBrowserDock</name>
    <message>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listing Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Listing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a listing by id, number or name (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingRef</name>
    <message>
        <source>AutoScout24 vehicle {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plentymarkets item {id}, variation {variation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plentymarkets item {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingSources</name>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingTreeModel</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading} for “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load page {page}: {error} — retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the variations: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalFile</name>
    <message>
        <source>uploading {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalThumbnails</name>
    <message>
        <source>The SVG could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a listing with File ▸ Open Listing… (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder during save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details during save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {listing}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This listing has no images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the save to finish, then open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {listing}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {listing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the marketplace has this listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {listing}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n change(s) sent; {listing} shows your changes.</source>
        <translation>
            <numerusform>Saved: %n change sent; {listing} shows your changes.</numerusform>
            <numerusform>Saved: %n changes sent; {listing} shows your changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n change(s) sent; {listing} shows your order.</source>
        <translation>
            <numerusform>Saved: %n change sent; {listing} shows your order.</numerusform>
            <numerusform>Saved: %n changes sent; {listing} shows your order.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved, but the marketplace shows something else: {differences}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the marketplace shows a different order: {differences}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the save of {listing} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays in the journal; ImageDeck offers it again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {listing} failed: {reason}
Your new order is kept; try Save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the save of {listing} cancelled — {done} of {total} changes were saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cancelled — {done} of {total} changes were saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the save of {listing} cancelled before any change was confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cancelled before any change was confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}; reading what the server holds now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}, but reading {listing} again failed: {reason}. Your changes are kept; Save asks before overwriting anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}; the listing shows what the server holds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the save journal: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved connection can finish these saves; they stay in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unfinished save waits in the journal; ImageDeck asks again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} unfinished saves wait in the journal; ImageDeck asks again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the save of {listing}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finished saving {listing}: %n change(s) sent; it shows the order you wanted.</source>
        <translation>
            <numerusform>Finished saving {listing}: %n change sent; it shows the order you wanted.</numerusform>
            <numerusform>Finished saving {listing}: %n changes sent; it shows the order you wanted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished saving {listing}, but the marketplace shows a different order: {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the save journal: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n unfinished save(s).</source>
        <translation>
            <numerusform>Discarded %n unfinished save.</numerusform>
            <numerusform>Discarded %n unfinished saves.</numerusform>
        </translation>
    </message>
    <message>
        <source>ImageDeck will close when the save has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamesEditor</name>
    <message>
        <source>Language to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected language&apos;s name (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {language}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamesModel</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plentymarkets no longer accepts “{code}”; this name can only be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamesTable</name>
    <message>
        <source>Image names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Third-party licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenListingDialog</name>
    <message>
        <source>Pick a listing from the list or type its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plentymarkets item id is a number, e.g. 101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variation id is a number, e.g. 1011 (or leave it empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AutoScout24 vehicle id is a long code like 3f1c9a52-8d4e-…, not a number; pick the vehicle from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vehicle id has only letters, digits, dashes and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all variations (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading listings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the listings ({error}). You can type an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No listings found. You can type an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n image(s))</source>
        <translation>
            <numerusform>(%n image)</numerusform>
            <numerusform>(%n images)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OtherWindows</name>
    <message>
        <source>ImageDeck is already open (process {pids}). Both windows work; each save is sent by one of them only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlentyListings</name>
    <message>
        <source>the item list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the variations of item {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (main)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items numbered {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plentymarkets sent an unexpected answer for {what} (no paged list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} · Item {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Image {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image {number} of {count}  ·  ← → to step, Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace offers no picture for this image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to {listing} have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them to the marketplace now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. Reload to see the listing as it is now (your changes are discarded), or save your changes over theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save My Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A save was interrupted before it had finished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} saves were interrupted before they had finished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the rest is sent, the marketplace shows a mix of the old and the new order. Finish saving now, decide later (ImageDeck asks again at the next start), or discard the rest (the marketplace keeps the mix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched no listing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveEngine</name>
    <message>
        <source>{listing} was changed elsewhere since it was loaded: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place {place}: wanted image {wanted}, server shows {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wanted {wanted} images, server shows {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {listing} on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what reached {listing}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {count} changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {call}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new image appeared at place {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image {place} was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image {old} moved to place {new}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveWorker</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the save of {listing} is no longer waiting in the journal (it was finished or discarded elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keyring (secret service) was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>rate limit: waiting {seconds} s</source>
        <extracomment>Waits at least this long are announced when they start. The longest wait slept by default (a setting and `--max-wait` change it). A server wait longer than this is nonsense (no shop means &quot;come back next month&quot;). One call (with its retries of timeouts and 5xx) gives up after about this long.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} — retrying ({retry} of {most}) in {seconds} s…</source>
        <extracomment>Every wait of this connection: announced, bounded (waits.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Downscale large photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encode as &amp;JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;location (GPS) data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name images after their file (plentymarkets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when ImageDeck is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shop that asks for a longer pause (rate limit) stops the save instead; ImageDeck offers to finish it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thumbnail size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads (your original files are never changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest &amp;edge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG &amp;quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest &amp;wait for a shop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freed {size}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutAreas</name>
    <message>
        <source>Image grid (when it has the focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image details panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>No listing open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvgCheck</name>
    <message>
        <source>the SVG declares a DTD or entities, which are refused for safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SVG image (the root element is not &lt;svg&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged SVG: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG refers to an outside file or address ({reference})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThumbnailError</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG not supported for thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an image, or in a format ImageDeck cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the image claims a canvas far larger than the {limit} pixels a picture can safely have (possibly a decompression bomb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the image claims {width} × {height} pixels, more than the {limit} pixels a picture can safely have (possibly a decompression bomb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is damaged and cannot be shown. Details: {details}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThumbnailGrid</name>
    <message>
        <source>Make &amp;Main Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Ri&amp;ght</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Main Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace offers no preview for this image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ MAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnfinishedSave</name>
    <message>
        <source>{summary} (started {started}) — no saved connection for {target}; run `imagedeck resume` with the secrets in the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} (started {started})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” ({marketplace} at {url}, account {account})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” ({marketplace} at {url})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The save of {listing} is in progress in ImageDeck process {pid}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadBadge</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadCheck</name>
    <message>
        <source>could not be prepared for upload ({error})</source>
        <extracomment>Words that mark an XMP packet as carrying a location (EXIF-in-XMP, IPTC, Photoshop).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepared for upload it is larger than {limit} MB ({size} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is gone (moved or deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AutoScout24 accepts only JPG and PNG</source>
        <extracomment>Canvases above this are refused before decoding (8660 x 5773; no product photo is larger).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{millions} million</source>
        <extracomment>&quot;50 million&quot;: in words, since 50,000,000 would read as fifty in German.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than {mb} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} (this is {format})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} images are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image claims a canvas of more than {pixels} pixels (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image file is damaged (its header is unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image file is damaged or incomplete ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image claims {width} x {height} pixels, more than {pixels} (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted to JPEG it is larger than {mb} MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadPlan</name>
    <message>
        <source>the same picture as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already on this listing as image {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{marketplace} allows at most {limit} images per listing: it has {count}, so {room} more fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadQuestions</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Convert to JPEG?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AutoScout24 accepts only JPG and PNG. Convert these files to JPEG for the upload?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your files on disk are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on This Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pictures are already on this listing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s)?</source>
        <translation>
            <numerusform>Delete %n image?</numerusform>
            <numerusform>Delete %n images?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changes on the marketplace until you save; until then Undo (Ctrl+Z) brings back what you delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Main Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are deleting the main image. Which image becomes the main image?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Variations</name>
    <message>
        <source>variation id {value} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariationsEditor</name>
    <message>
        <source>Variations linked to the selected images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the item&apos;s variations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no variations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the item&apos;s variations: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariationsModel</name>
    <message>
        <source>{label} — open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of the {total} selected images are linked to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked: buyers see this picture on the variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This variation is open: an image unlinked from it leaves this page on Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisibilityLines</name>
    <message>
        <source>{product} ad: photos 1–{count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AutoScout24 ad with the {product} product shows only the first {count} photos: buyers of such an ad never see the photos after this line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Open Listing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try Failed Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowExtras</name>
    <message>
        <source>Co&amp;nnections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the save to finish, then switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the connection “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoomControl</name>
    <message>
        <source>Thumbnail size (Ctrl++ / Ctrl+- / Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the thumbnail size in the settings: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
