; Inno Setup 6 script: per-user installer for the PyInstaller folder dist\overshare\.
; installer/build.py runs it as
;   iscc /DAppVersion=0.1.0 /DSourceDir=<repo>\dist\overshare /DIconFile=<repo>\build\icons\overshare.ico
;        /O<repo>\dist [/Ssigntool=... /DSign=1] installer\windows\overshare.iss
; No administrator rights: installs to %LOCALAPPDATA%\Programs\Overshare and registers under HKCU.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\overshare"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\overshare.ico"
#endif

[Setup]
; AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{6F0C2B7E-41A9-4C8E-9B1D-3E57A2C4D8F1}
AppName=Overshare
AppVersion={#AppVersion}
AppVerName=Overshare {#AppVersion}
AppPublisher=The Overshare developers
PrivilegesRequired=lowest
DefaultDirName={autopf}\Overshare
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=Overshare-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\overshare.exe
UninstallDisplayName=Overshare
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
#ifdef Sign
; "signtool" is defined on the iscc command line (/Ssigntool=...): setup and uninstaller
; are signed with the same certificate as the executables.
SignTool=signtool
SignedUninstaller=yes
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Overshare"; Filename: "{app}\overshare.exe"; Comment: "See what platforms may do with your social-media data"
Name: "{autodesktop}\Overshare"; Filename: "{app}\overshare.exe"; Tasks: desktopicon

[Registry]
; "Open with > Overshare" for .zip files; Explorer's default handler for .zip is left alone.
Root: HKA; Subkey: "Software\Classes\Overshare.ZipArchive"; ValueType: string; ValueName: ""; ValueData: "ZIP archive (Overshare)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Overshare.ZipArchive\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\overshare.exe,0"
Root: HKA; Subkey: "Software\Classes\Overshare.ZipArchive\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\overshare.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.zip\OpenWithProgids"; ValueType: string; ValueName: "Overshare.ZipArchive"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\overshare.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "Overshare"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\overshare.exe\SupportedTypes"; ValueType: string; ValueName: ".zip"; ValueData: ""

[Run]
Filename: "{app}\overshare.exe"; Description: "{cm:LaunchProgram,Overshare}"; Flags: nowait postinstall skipifsilent

[Code]
// Offer to forget the library on uninstall. The frozen app removes the keyring entry
// (Windows Credential Manager) and its files; the folder is then deleted here as well, so a
// damaged install still leaves nothing behind. A silent uninstall keeps the library.
const
  ForgetArgs = 'library forget --all --yes';

procedure ForgetLibrary();
var
  ResultCode: Integer;
begin
  if not Exec(ExpandConstant('{app}\overshare-cli.exe'), ForgetArgs, '', SW_HIDE,
              ewWaitUntilTerminated, ResultCode) then
    Log('overshare-cli.exe could not be started; deleting the data folder only.')
  else if ResultCode <> 0 then
    Log(Format('overshare-cli.exe %s exited with %d.', [ForgetArgs, ResultCode]));
  // platformdirs' user_data_dir("Overshare") on Windows: library, cache and settings.
  DelTree(ExpandConstant('{localappdata}\Overshare'), True, True, True);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  // usUninstall runs before any file is removed, so overshare-cli.exe is still there.
  if CurUninstallStep = usUninstall then
    if SuppressibleMsgBox('Also forget your Overshare library?' + #13#10#13#10 +
        'This deletes everything Overshare stored on this computer: the encrypted library, ' +
        'its key in the Windows Credential Manager, and your settings. The archive files you ' +
        'downloaded from the platforms are not touched.',
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
      ForgetLibrary();
end;
