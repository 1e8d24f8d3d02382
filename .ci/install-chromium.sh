#!/usr/bin/env bash
# Chromium for the browser test (tests/test_browser.py), from the system packages.
# Idempotent: does nothing when a Chromium is already installed; without root it only warns
# (the browser test then skips and says why).
set -euo pipefail

if [ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=sudo
  else
    echo "warning: Chromium is not installed and this user cannot install packages;" \
      "run as root: apt-get install chromium chromium-driver" >&2
    exit 0
  fi
else
  SUDO=
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "warning: no apt-get here; install Chromium yourself (or set CLAIMCHECK_CHROMIUM)" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
echo "installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
