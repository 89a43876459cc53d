#!/usr/bin/env bash
# Sets everything up and runs Wingmate on a demonstration wing: installs the
# Debian packages, builds a release and starts `wingmate --demo`, which makes
# a throwaway vault of a made-up wing (staff accounts and eight months of
# records), offers its accounts on the unlock window and deletes it on quit.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh --gui
cmake --preset release > /dev/null
cmake --build --preset release --target wingmate wingmate-cli

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found: starting Wingmate on a virtual display (xvfb-run). Run this on the wing PC's desktop to see it."
    exec xvfb-run -a -s "-screen 0 1366x768x24" build/release/app/wingmate --demo
fi
exec build/release/app/wingmate --demo
