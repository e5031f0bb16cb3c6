#!/usr/bin/env bash
# Builds Tempora and opens its window on the bundled sample article (or on the files given).
# On a fresh Debian/Ubuntu machine it first installs the run-time libraries the window needs
# (EGL/Mesa, xkbcommon) and zenity for the native file dialogs, if they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
have_lib libEGL.so.1 || need+=(libegl1 libgl1-mesa-dri)
have_lib libxkbcommon-x11.so.0 || need+=(libxkbcommon-x11-0)
have_lib libX11-xcb.so.1 || need+=(libx11-xcb1)
command -v zenity >/dev/null 2>&1 || need+=(zenity)
if [ ${#need[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing run-time packages: ${need[*]}"
  $sudo apt-get update -qq || true
  $sudo apt-get install -y --no-install-recommends "${need[@]}" || echo "warning: could not install ${need[*]}; the window may still work"
fi

if [ $# -eq 0 ]; then
  set -- assets/sample-harbor-bridge.txt
fi
exec cargo run --release --bin tempora -- "$@"
