#!/usr/bin/env bash
# Installs the Debian packages FiberDesk builds and tests with. Idempotent: installs only
# what is missing, and runs apt-get update itself first. Works as root or through sudo.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev
    libgl-dev libxkbcommon-dev libvulkan-dev
    libgtest-dev libgmock-dev libbenchmark-dev libsqlite3-dev libsodium-dev libpq-dev
    libxlsxwriter-dev poppler-utils libzstd-dev libglpk-dev
    xvfb xauth fonts-noto-cjk fonts-dejavu-core
    clang libclang-rt-14-dev clang-format
    librsvg2-bin dpkg-dev file desktop-file-utils appstream bash-completion man-db
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages are installed"
    exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "setup: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
        exit 1
    fi
    as_root=(sudo)
fi

echo "setup: installing ${missing[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
