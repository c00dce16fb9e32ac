#!/usr/bin/env bash
# Installs the Debian packages that the end-to-end tests rely on, but only those not installed yet:
#   chromium     - the browser that playwright-core drives (it cannot download its own here)
#   neovim       - a second, terminal LSP client
#   libkrb5-dev, pkg-config - headers/tools for building code-server's native modules
#   ripgrep      - stands in for the rg binary that @vscode/ripgrep would download
# Usage: scripts/install-test-deps.sh [PACKAGE...]   (no arguments: the list above)
set -euo pipefail

if (($#)); then
  wanted=("$@")
else
  wanted=(chromium neovim libkrb5-dev pkg-config ripgrep)
fi

missing=()
for pkg in "${wanted[@]}"; do
  # dpkg -s also lists removed-but-configured packages; insist on "install ok installed".
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
  echo "install-test-deps: all present (${wanted[*]})"
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "install-test-deps: missing Debian packages: ${missing[*]}" >&2
  echo "install-test-deps: not running as root; install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "install-test-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-test-deps: done"
