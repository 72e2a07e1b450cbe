#!/bin/sh
# Install raadsviewer from this unpacked tarball, for one user (default) or system-wide.
#
#   ./install.sh                    into ~/.local (no root needed)
#   sudo ./install.sh --prefix /usr/local
#   ./install.sh --uninstall [--prefix DIR]
#
# Copies the program to <prefix>/lib/raadsviewer, links <prefix>/bin/raadsviewer, and registers the
# menu entry, the icon and the *.raadspakket file type (application/x-raadspakket).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix="${HOME}/.local"
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

app_dir="$prefix/lib/raadsviewer"
share="$prefix/share"
sizes="16 24 32 48 64 128 256 512"

refresh() {
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "$action" = uninstall ]; then
  rm -rf "$app_dir"
  rm -f "$prefix/bin/raadsviewer" "$share/applications/raadsviewer.desktop" "$share/mime/packages/raadsviewer.xml"
  for s in $sizes; do rm -f "$share/icons/hicolor/${s}x${s}/apps/raadsviewer.png"; done
  rm -f "$share/icons/hicolor/scalable/apps/raadsviewer.svg"
  refresh
  echo "raadsviewer removed from $prefix (your store and settings are kept)"
  exit 0
fi

mkdir -p "$app_dir" "$prefix/bin" "$share/applications" "$share/mime/packages" "$share/icons/hicolor/scalable/apps"
rm -rf "$app_dir"
cp -a "$here/raadsviewer" "$app_dir"
ln -sf "$app_dir/raadsviewer" "$prefix/bin/raadsviewer"
# The menu entry names the program by its full path: <prefix>/bin need not be on PATH.
sed -e "s|^Exec=raadsviewer |Exec=\"$app_dir/raadsviewer\" |" -e "s|^TryExec=raadsviewer\$|TryExec=$app_dir/raadsviewer|" \
  "$here/share/applications/raadsviewer.desktop" > "$share/applications/raadsviewer.desktop"
cp "$here/share/mime/packages/raadsviewer.xml" "$share/mime/packages/raadsviewer.xml"
for s in $sizes; do
  mkdir -p "$share/icons/hicolor/${s}x${s}/apps"
  cp "$here/share/icons/hicolor/${s}x${s}/apps/raadsviewer.png" "$share/icons/hicolor/${s}x${s}/apps/raadsviewer.png"
done
cp "$here/share/icons/hicolor/scalable/apps/raadsviewer.svg" "$share/icons/hicolor/scalable/apps/raadsviewer.svg"
refresh
echo "raadsviewer installed in $app_dir; start it from the menu or with $prefix/bin/raadsviewer"
