#!/usr/bin/env bash
# Builds Unlost and serves it on http://127.0.0.1:8080, rebuilding on every
# change. Installs the build tools first if they are missing.
#
#   scripts/serve.sh            a quick debug build
#   scripts/serve.sh --release  the optimised build, as it ships
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# The optimised build is split in two like the shipped one (scripts/split.mjs).
if [[ " $* " == *" --release "* ]]; then source scripts/split-env.sh; fi

echo "[serve] building and serving on http://127.0.0.1:8080 (Ctrl+C to stop)"
# --offline: use the wasm-bindgen and wasm-opt installed by setup, never download.
exec trunk serve --offline --address 127.0.0.1 --port 8080 "$@"
