# Build the Windows installer: venv + project + PyInstaller bundle + Inno Setup.
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
# Prerequisites: Python 3.11+ (python.org, "py" launcher), Inno Setup 6.3+ (iscc on PATH or in the
# default folder). Run from anywhere; works in the repository root.
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root

if (-not (Test-Path ".venv\Scripts\python.exe")) { py -3 -m venv .venv }
$py = ".venv\Scripts\python.exe"
& $py -m pip install -q --upgrade pip
& $py -m pip install -q -e ".[bundle]"
if ($LASTEXITCODE) { throw "pip install failed" }

# Translations: .ts -> .qm (make translations on Linux/macOS)
Get-ChildItem resources\translations\*.ts | ForEach-Object {
  & ".venv\Scripts\pyside6-lrelease.exe" -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
  if ($LASTEXITCODE) { throw "lrelease failed for $($_.Name)" }
}

& ".venv\Scripts\pyinstaller.exe" --noconfirm --clean --distpath dist --workpath build\pyinstaller installers\raadsviewer.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# Smoke test: render the main window offscreen and check the PNG (same script as `make bundle-test`).
& $py tests\end_to_end\test_bundle.py dist\raadsviewer
if ($LASTEXITCODE) { throw "bundle smoke test failed" }

$version = (Select-String -Path raadsviewer\__init__.py -Pattern '__version__ = "(.+)"').Matches[0].Groups[1].Value
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" installers\windows\raadsviewer.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
Write-Host "dist\raadsviewer-$version-windows-x64-setup.exe"
