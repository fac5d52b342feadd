; Inno Setup 6 script for ImageDeck: a per-user or all-users installer with a Start-menu
; entry, an optional desktop icon and an uninstaller (Settings → Apps lists it), in English
; or German (Setup picks the Windows display language and asks when it is neither).
;
; NOT compiled on the Linux machine this was written on; compiled by
; .github/workflows/package.yml on windows-latest after PyInstaller has made
; build\dist\imagedeck\ (imagedeck.exe, the window, and imagedeck-cli.exe, the console
; companion for the command line):
;
;   iscc /DAppVersion=0.1.0 packaging\windows\imagedeck.iss
;   iscc /DAppVersion=0.1.0 /DSign "/Ssigntool=$qC:\path\signtool.exe$q sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /f $qcert.pfx$q /p PASSWORD $f" packaging\windows\imagedeck.iss
;   ($q is Inno Setup's escape for a double quote, $f the file it signs)
;
; With /DSign, SignTool=signtool signs Setup and the uninstaller, and SignedUninstaller makes
; the uninstaller signed too; the workflow passes it only when the WINDOWS_CERTIFICATE
; secret is set (it signs the two .exe files in the bundle with signtool first). Unsigned
; builds are fine for CI smoke tests; sellers would see a SmartScreen warning.
;
; Output: build\installer\ImageDeck-<version>-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Root ".."
#define Bundle Root + "\..\build\dist\imagedeck"

[Setup]
AppId={{6F3B6C1E-4C0B-4C57-9E0B-5A1C1D2E9A11}
AppName=ImageDeck
AppVersion={#AppVersion}
AppVerName=ImageDeck {#AppVersion}
AppPublisher=ImageDeck
VersionInfoVersion={#AppVersion}
VersionInfoProductName=ImageDeck
VersionInfoDescription=ImageDeck Setup
DefaultDirName={autopf}\ImageDeck
DefaultGroupName=ImageDeck
DisableProgramGroupPage=yes
; Sellers often have no admin rights on the shop PC: install for the current user unless
; they choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; packaging/launcher.py creates this mutex in every ImageDeck process: Setup and the
; uninstaller ask to close ImageDeck instead of replacing files it has open.
AppMutex=ImageDeck.Running.6F3B6C1E
CloseApplications=yes
OutputDir={#Root}\..\build\installer
OutputBaseFilename=ImageDeck-{#AppVersion}-setup
SetupIconFile={#Root}\..\resources\icons\imagedeck.ico
UninstallDisplayIcon={app}\imagedeck.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
english.ThirdPartyLicences=Third-party licences
german.ThirdPartyLicences=Lizenzen von Drittanbietern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ImageDeck"; Filename: "{app}\imagedeck.exe"
Name: "{group}\{cm:ThirdPartyLicences}"; Filename: "{app}\_internal\THIRD-PARTY-NOTICES.txt"
Name: "{group}\{cm:UninstallProgram,ImageDeck}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\ImageDeck"; Filename: "{app}\imagedeck.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\imagedeck.exe"; Description: "{cm:LaunchProgram,ImageDeck}"; Flags: nowait postinstall skipifsilent

; No file associations: ImageDeck opens marketplace listings, not image files, so taking
; over "open with" for JPEG/PNG would only get in the seller's way.
