#!/usr/bin/env bash
# Builds the site as it ships into dist/ (or wherever --dist says): the
# release build, split into the core and the on-demand screens
# (scripts/split.mjs). Extra flags go to `trunk build`, e.g.
#   scripts/build.sh --public-url /unlost/
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
source scripts/split-env.sh
echo "[build] release build, split (scripts/split.mjs)"
trunk build --release --offline "$@"
