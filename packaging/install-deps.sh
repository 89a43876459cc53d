#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing
# Wingmate need, and nothing else. Safe to run again: apt-get skips what is
# already there. Run as root (or through sudo).
#
# SQLCipher 4.6.1 and Catch2 3.7.1 come from Debian's own bookworm-backports
# suite (built for Debian 12), enabled as Debian documents it: a sources
# entry for the suite, and a pin that lets apt take only these packages from
# it. Every other package stays as Debian 12 ships it.
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
    libssl-dev   # libcrypto.a: SQLCipher is linked statically, with OpenSSL's crypto
    libsodium-dev
    # test
    libqt6sql6-sqlite   # Qt's own SQLite driver, to check it never binds to SQLCipher's symbols
    desktop-file-utils appstream   # the package's menu entry and AppStream metadata are validated
    # package
    dpkg-dev   # dpkg-shlibdeps: the .deb's dependencies from the programs' shared libraries
    # fuzz (tests/fuzz/run-smoke.sh): clang 14 and its libFuzzer runtime
    clang libclang-rt-14-dev
)
# From bookworm-backports, with the version each must at least have.
backports=(
    libsqlcipher-dev:4.6.1   # libsqlcipher.a and its headers (SQLite 3.46.1)
    sqlcipher:4.6.1          # the shell, for tests that act as someone holding the key
    catch2:3.7.1             # the test framework, a compiled library since 3.0
)
if [[ "${1:-}" == "--gui" ]]; then
    packages+=(xvfb xauth imagemagick)
fi

if [[ $(id -u) -ne 0 ]]; then
    exec sudo "$0" "$@"
fi

sources=/etc/apt/sources.list.d/wingmate-bookworm-backports.sources
pin=/etc/apt/preferences.d/wingmate-bookworm-backports
backport_names=("${backports[@]%%:*}")
wanted_sources="Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg"
# Backports are never chosen by themselves (priority 100); this raises just
# Wingmate's packages, the runtime library the SQLCipher -dev package pulls
# in, and the library the catch2 package now stands for.
wanted_pin="Package: ${backport_names[*]} libsqlcipher1 libcatch2-dev
Pin: release n=bookworm-backports
Pin-Priority: 990"

# A machine that already has the suite configured keeps its own entry.
if ! grep -rqs --exclude="${sources##*/}" '^Suites:.*bookworm-backports\|^deb .* bookworm-backports ' \
    /etc/apt/sources.list /etc/apt/sources.list.d/; then
    if [[ "$(cat "$sources" 2>/dev/null)" != "$wanted_sources" ]]; then
        printf '%s\n' "$wanted_sources" > "$sources"
    fi
fi
if [[ "$(cat "$pin" 2>/dev/null)" != "$wanted_pin" ]]; then
    printf '%s\n' "$wanted_pin" > "$pin"
fi

# The installed version of a package, or nothing (never a failure, so that
# set -e lets the callers decide).
installed_version() {
    { dpkg-query -W -f='${Status} ${Version}' "$1" 2>/dev/null || true; } | sed -n 's/^install ok installed //p'
}
missing=()
for p in "${packages[@]}"; do
    [[ -n "$(installed_version "$p")" ]] || missing+=("$p")
done
for entry in "${backports[@]}"; do
    name=${entry%%:*}
    least=${entry#*:}
    version=$(installed_version "$name")
    if [[ -z "$version" ]] || dpkg --compare-versions "$version" lt "$least"; then
        missing+=("$name")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "All $(( ${#packages[@]} + ${#backports[@]} )) packages are already installed."
    exit 0
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
for entry in "${backports[@]}"; do
    name=${entry%%:*}
    least=${entry#*:}
    version=$(installed_version "$name")
    if [[ -z "$version" ]] || dpkg --compare-versions "$version" lt "$least"; then
        echo "install-deps: $name is at ${version:-nothing}, but Wingmate needs $least from bookworm-backports." >&2
        exit 1
    fi
done
