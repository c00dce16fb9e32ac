#!/usr/bin/env bash
# The project's test command (`npm test`): type-check, build, then the mocha suites.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc -p .
node esbuild.js
npx mocha
