#!/bin/sh
# Pack the built onedir bundle (dist/raadsviewer) with its desktop integration into
# dist/raadsviewer-<version>-linux-<arch>.tar.gz. Called by `make bundle` after PyInstaller.
#
#   raadsviewer-<version>-linux-<arch>/
#     install.sh                                  ./install.sh  (~/.local)  or  --prefix /usr/local
#     raadsviewer/raadsviewer                     the program (run it in place, too)
#     share/applications/raadsviewer.desktop
#     share/mime/packages/raadsviewer.xml         *.raadspakket -> application/x-raadspakket
#     share/icons/hicolor/<N>x<N>/apps/raadsviewer.png, scalable/apps/raadsviewer.svg
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
test -x dist/raadsviewer/raadsviewer || { echo "no dist/raadsviewer/raadsviewer: run PyInstaller first" >&2; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' raadsviewer/__init__.py)
name="raadsviewer-$version-linux-$(uname -m)"
stage="build/tarball/$name"
rm -rf "build/tarball" && mkdir -p "$stage/share/applications" "$stage/share/mime/packages" "$stage/share/icons/hicolor/scalable/apps"
cp -a dist/raadsviewer "$stage/raadsviewer"
cp installers/linux/install.sh "$stage/install.sh"
cp installers/linux/raadsviewer.desktop "$stage/share/applications/raadsviewer.desktop"
cp installers/linux/raadsviewer-mime.xml "$stage/share/mime/packages/raadsviewer.xml"
for s in 16 24 32 48 64 128 256 512; do
  mkdir -p "$stage/share/icons/hicolor/${s}x${s}/apps"
  cp "resources/icons/raadsviewer-$s.png" "$stage/share/icons/hicolor/${s}x${s}/apps/raadsviewer.png"
done
cp resources/icons/raadsviewer.svg "$stage/share/icons/hicolor/scalable/apps/raadsviewer.svg"
test ! -f LICENSE || cp LICENSE "$stage/LICENSE"
rm -f "dist/$name.tar.gz"
tar -C build/tarball -czf "dist/$name.tar.gz" "$name"
rm -rf build/tarball
echo "dist/$name.tar.gz  $(du -h "dist/$name.tar.gz" | cut -f1)"
