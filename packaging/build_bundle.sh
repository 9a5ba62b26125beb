#!/usr/bin/env bash
# Builds the standalone Liseuse bundle, a folder that runs on a machine without Python:
#     bash packaging/build_bundle.sh
# -> dist/liseuse/liseuse   (copy the whole dist/liseuse/ folder; run ./liseuse inside it)
# It makes a throwaway virtual environment (deleted at the end), installs the project, its
# dependencies (with the spaCy French model) and PyInstaller from the package index, then runs
# packaging/liseuse.spec. Needs Python >= 3.11 built with a shared libpython; set PYTHON to
# choose the interpreter (default: python3).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-python3}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

echo "build_bundle: creating a throwaway environment in $scratch"
"$python" -m venv "$scratch/venv"
pip=("$scratch/venv/bin/python" -m pip --quiet)
"${pip[@]}" install --upgrade pip
# setuptools builds the wheel in build/lib of the checkout: start it afresh so that no module
# deleted since the last build slips into the bundle.
rm -rf "$root/build/lib" "$root"/build/bdist.*
"${pip[@]}" install "$root" "pyinstaller>=6.10" "pyinstaller-hooks-contrib>=2024.8"

echo "build_bundle: running PyInstaller"
cd "$root"
"$scratch/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" packaging/liseuse.spec

# Smoke test, away from the build environment: the bundle must start on its own.
env -i HOME="$scratch" PATH=/usr/bin:/bin "$root/dist/liseuse/liseuse" --version
echo "build_bundle: done: $root/dist/liseuse/liseuse ($(du -sh "$root/dist/liseuse" | cut -f1))"
