#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing
# Wingmate need, and nothing else. Safe to run again: apt-get skips what is
# already there. Run as root (or through sudo).
#
#   packaging/install-deps.sh          build, run and test
#   packaging/install-deps.sh --gui    also Xvfb and ImageMagick, to run the
#                                      program without a display and take
#                                      screenshots
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools
    qt6-tools-dev qt6-l10n-tools   # LinguistTools: lupdate and lrelease for the translations
    libsqlcipher-dev libssl-dev   # libsqlcipher.a and libcrypto.a: SQLCipher is linked statically
    libsodium-dev
    # test
    catch2
    desktop-file-utils appstream   # the package's menu entry and AppStream metadata are validated
    # package
    dpkg-dev   # dpkg-shlibdeps: the .deb's dependencies from the programs' shared libraries
    # fuzz (tests/fuzz/run-smoke.sh): clang 14 and its libFuzzer runtime
    clang libclang-rt-14-dev
)
if [[ "${1:-}" == "--gui" ]]; then
    packages+=(xvfb xauth imagemagick)
fi

if [[ $(id -u) -ne 0 ]]; then
    exec sudo "$0" "$@"
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "All ${#packages[@]} packages are already installed."
    exit 0
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
