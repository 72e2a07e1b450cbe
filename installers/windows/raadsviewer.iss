; Inno Setup 6 script for raadsviewer on Windows: installs the PyInstaller onedir bundle, adds a
; Start-menu entry (and optionally a desktop icon), associates *.raadspakket with raadsviewer
; (opened as: raadsviewer.exe "%1"), and registers an uninstaller (Settings > Apps).
;
; Build (on Windows, after `pyinstaller installers\raadsviewer.spec` made dist\raadsviewer\):
;   iscc /DAppVersion=0.1.0 installers\windows\raadsviewer.iss
; or all steps at once: powershell -File installers\windows\build.ps1
; Output: dist\raadsviewer-<version>-windows-x64-setup.exe. See installers\README.md (signing).
; Paths are relative to this file; tests/test_installers.py checks that each one exists.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "raadsviewer"
#define AppExe "raadsviewer.exe"
#define ProgId "raadsviewer.raadspakket"

[Setup]
; Never change AppId: Windows uses it to find the installed copy for upgrades and uninstall.
AppId={{6C1B7E55-2E0A-4F4B-9B8E-5A0D7E3C9A41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=raadsviewer
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install without admin rights by default; an administrator may choose "for all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
SetupIconFile=..\..\resources\icons\raadsviewer.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
#ifexist "..\..\LICENSE"
LicenseFile=..\..\LICENSE
#endif
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Code signing: define a sign tool in the IDE or with iscc /Ssigntool="signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f"
; and uncomment:
; SignTool=signtool
; SignedUninstaller=yes

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole onedir bundle: raadsviewer.exe (windowed), raadsviewer-cli.exe (console) and _internal\.
Source: "..\..\dist\raadsviewer\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\resources\icons\raadsviewer.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\raadsviewer.ico"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\raadsviewer.ico"; Tasks: desktopicon

[Registry]
; *.raadspakket -> raadsviewer.raadspakket (HKA: HKCU for a per-user install, HKLM for all users).
Root: HKA; Subkey: "Software\Classes\.raadspakket"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.raadspakket"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-raadspakket"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.raadspakket\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "raadsviewer-pakket"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\raadsviewer.ico,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".raadspakket"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Uninstall removes the program folder and the registry entries above. The user's store
; (%LOCALAPPDATA%\raadsviewer\raadsviewer.sqlite) and settings are deliberately kept.
