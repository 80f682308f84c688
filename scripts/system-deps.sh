#!/usr/bin/env bash
# Installs the Debian packages a step needs, if they are missing; one list for make and CI.
#   venv  — creating the virtual environment (ensurepip)
#   gui   — the shared libraries Qt loads, and a font
#   test  — Chromium for the phone page tests, binutils for PyInstaller, PostgreSQL (the tests
#           start their own private server from its binaries)
#   bench — PostgreSQL, for the backend benchmark (a private server, like the tests')
set -euo pipefail

packages=()
for group in "$@"; do
  case "$group" in
    venv) python3 -c 'import ensurepip' 2>/dev/null || packages+=(python3-venv) ;;
    gui) packages+=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
              libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1) ;;
    test) packages+=(chromium binutils postgresql) ;;
    bench) packages+=(postgresql) ;;
    *) echo "system-deps: unknown group $group" >&2; exit 2 ;;
  esac
done

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "Please install these Debian packages first: ${missing[*]}" >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
