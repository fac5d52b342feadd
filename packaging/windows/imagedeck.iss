; Inno Setup 6 script for ImageDeck: a per-user or all-users installer with a Start-menu
; entry, an optional desktop icon and an uninstaller (Settings → Apps lists it).
;
; NOT built on the Linux machine this was written on; built by .github/workflows/package.yml
; on windows-latest after PyInstaller has made build\dist\imagedeck\:
;
;   .venv\Scripts\pyinstaller --noconfirm --distpath build\dist --workpath build\work packaging\imagedeck.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\imagedeck.iss
;
; Output: build\installer\ImageDeck-<version>-setup.exe. Sign it (and the .exe inside)
; with `signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a <file>`
; and your code-signing certificate, or SmartScreen warns the seller.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Root ".."
#define Bundle Root + "\..\build\dist\imagedeck"

[Setup]
AppId={{6F3B6C1E-4C0B-4C57-9E0B-5A1C1D2E9A11}
AppName=ImageDeck
AppVersion={#AppVersion}
AppPublisher=ImageDeck
DefaultDirName={autopf}\ImageDeck
DefaultGroupName=ImageDeck
DisableProgramGroupPage=yes
; Sellers often have no admin rights on the shop PC: install for the current user unless
; they choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\..\build\installer
OutputBaseFilename=ImageDeck-{#AppVersion}-setup
SetupIconFile={#Root}\..\resources\icons\imagedeck.ico
UninstallDisplayIcon={app}\imagedeck.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ImageDeck"; Filename: "{app}\imagedeck.exe"
Name: "{group}\Uninstall ImageDeck"; Filename: "{uninstallexe}"
Name: "{autodesktop}\ImageDeck"; Filename: "{app}\imagedeck.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\imagedeck.exe"; Description: "{cm:LaunchProgram,ImageDeck}"; Flags: nowait postinstall skipifsilent

; No file associations: ImageDeck opens marketplace listings, not image files, so taking
; over "open with" for JPEG/PNG would only get in the seller's way.
