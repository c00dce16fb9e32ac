#!/usr/bin/env bash
# The project's test command (`npm test`): installs what the tests need from Debian (neovim, chromium),
# type-checks, builds, then runs the mocha suites and the real-client tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh
npx tsc -p .
node esbuild.js
npx mocha
# A real third-party LSP client: Debian's Neovim, headless, on the built server.
node test/neovim/run.mjs
# The extension in a real VS Code (code-server 4.100.3 from npm) driven by Debian's Chromium; screenshots in test-artifacts/e2e/.
node test/e2e/run.mjs
