; Inno Setup 6 script for the Windows installer of crm-desktop (see docs/INSTALL.md).
; Build on Windows after `python installer\build.py`:
;     iscc /DAppVersion=0.1.0 installer\crm-desktop.iss
; Output: dist\crm-desktop-setup-<version>.exe. Silent install for a whole office, with the
; server address written to the machine-wide config file:
;     crm-desktop-setup-0.1.0.exe /VERYSILENT /SERVER=dbserver /PORT=5432 /DATABASE=crm

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1C2A4E-8B7D-4E2A-9C1B-3D5E7F9A0B21}
AppName=CRM
AppVersion={#AppVersion}
AppPublisher=crm-desktop
AppVerName=CRM {#AppVersion}
DefaultDirName={autopf}\crm-desktop
DefaultGroupName=CRM
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=crm-desktop-setup-{#AppVersion}
SetupIconFile=crm-desktop.ico
UninstallDisplayIcon={app}\crm-desktop.exe
UninstallDisplayName=CRM {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ru.DesktopIcon=Значок CRM на рабочем столе
en.DesktopIcon=A CRM icon on the desktop
ru.AdminTools=Командная строка администратора (crm-admin)
en.AdminTools=Administrator's command line (crm-admin)
ru.Uninstall=Удалить CRM
en.Uninstall=Uninstall CRM

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; the one-folder bundle made by installer\build.py: no Python, nothing downloaded
Source: "..\dist\crm-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\CRM\CRM"; Filename: "{app}\crm-desktop.exe"; WorkingDir: "{app}"
Name: "{autoprograms}\CRM\{cm:AdminTools}"; Filename: "{cmd}"; Parameters: "/k ""{app}\crm-admin.exe"" --help"; WorkingDir: "{app}"
Name: "{autoprograms}\CRM\{cm:Uninstall}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\CRM"; Filename: "{app}\crm-desktop.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\crm-desktop.exe"; Description: "CRM"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the installer wrote; users' own settings and a local database stay
Type: files; Name: "{commonappdata}\crm-desktop\crm-desktop\config.json"; Check: WroteConfig

[Code]
{ /SERVER=host [/PORT=5432] [/DATABASE=crm]: the machine-wide config the program reads first
  (crm_desktop/config.py: platformdirs' site config folder), so nobody types the address. }
var
  ConfigWritten: Boolean;

function WroteConfig: Boolean;
begin
  Result := ConfigWritten;
end;

procedure WriteMachineConfig;
var
  Server, Port, Database, Folder: String;
begin
  Server := ExpandConstant('{param:SERVER|}');
  if Server = '' then
    Exit;
  Port := ExpandConstant('{param:PORT|5432}');
  Database := ExpandConstant('{param:DATABASE|crm}');
  Folder := ExpandConstant('{commonappdata}\crm-desktop\crm-desktop');
  ForceDirectories(Folder);
  ConfigWritten := SaveStringToFile(Folder + '\config.json',
    '{"database_url": "postgresql://' + Server + ':' + Port + '/' + Database + '"}' + #13#10,
    False);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    WriteMachineConfig;
end;
