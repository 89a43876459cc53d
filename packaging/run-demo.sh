#!/usr/bin/env bash
# Sets everything up and runs Wingmate on a demonstration vault: installs the
# Debian packages, builds a release, makes a made-up wing once (staff
# accounts and eight months of records) and opens the program on it.
#
#   WINGMATE_DEMO_VAULT=DIR  where the demonstration vault lives
#                            (default: ~/.local/share/Wingmate/demo-vault)
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh --gui
cmake --preset release > /dev/null
cmake --build --preset release --target wingmate wingmate-cli

vault="${WINGMATE_DEMO_VAULT:-$HOME/.local/share/Wingmate/demo-vault}"
if [[ ! -e "$vault/vault.keys" ]]; then
    build/release/app/wingmate-cli --vault "$vault" demo
else
    echo "Using the demonstration vault in $vault"
    echo "Sign in as demo.admin, demo.worker or demo.nurse; password: Wingmate demo wing"
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found: starting Wingmate on a virtual display (xvfb-run). Run this on the wing PC's desktop to see it."
    exec xvfb-run -a -s "-screen 0 1280x800x24" build/release/app/wingmate --vault "$vault"
fi
exec build/release/app/wingmate --vault "$vault"
