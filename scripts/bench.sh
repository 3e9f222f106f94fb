#!/usr/bin/env bash
# Builds the release site and prints what a first visit costs against its
# budgets (sizes, Lighthouse mobile scores and timings). Separate from the
# tests: figures, not pass/fail. Writes bench-results/bench.json too.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --for-tests
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

echo "[bench] building the release site"
source scripts/split-env.sh
trunk build --release --offline
echo "[bench] measuring (three Lighthouse runs take about a minute)"
node scripts/bench.mjs dist
