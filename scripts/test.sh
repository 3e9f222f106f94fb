#!/usr/bin/env bash
# Runs every test Unlost has, in three layers, and fails if any test fails:
#   1. native `cargo test`: the model (rules, formats, migrations)
#   2. wasm-bindgen-test in headless Chromium: storage and components
#   3. Playwright against the release build on 127.0.0.1, with axe-core
# Installs whatever is missing first (scripts/setup.sh --for-tests).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --for-tests
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROMIUM_PATH=/usr/bin/chromium

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
step() { printf '\n\033[1m[test] %s\033[0m\n' "$*"; }

step "1/3 native model tests (cargo test)"
cargo test --color never 2>&1 | tee "$logs/native.log"

step "2/3 browser tests of storage and components (wasm-bindgen-test, headless Chromium)"
web_tests=()
for f in tests/web_*.rs; do web_tests+=(--test "$(basename "$f" .rs)"); done
cargo test --color never --target wasm32-unknown-unknown "${web_tests[@]}" 2>&1 | tee "$logs/wasm.log"

step "3/3 end-to-end tests against the release build (Playwright + axe-core)"
source scripts/split-env.sh
trunk build --release --offline
# The same app for a sub-path deployment, to test that everything follows it.
trunk build --release --offline --public-url /unlost/ --dist target/e2e-subpath/unlost
npx playwright test 2>&1 | tee "$logs/e2e.log"

# One closing line for all three layers.
cargo_passed=$(grep -hoE 'test result: [a-zA-Z]+\. [0-9]+ passed' "$logs/native.log" "$logs/wasm.log" | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
cargo_failed=$(grep -hoE '[0-9]+ failed;' "$logs/native.log" "$logs/wasm.log" | awk '{s+=$1} END {print s+0}')
e2e_passed=$(grep -oE '^ +[0-9]+ passed' "$logs/e2e.log" | tail -n1 | grep -oE '[0-9]+' || echo 0)
e2e_failed=$(grep -oE '^ +[0-9]+ failed' "$logs/e2e.log" | tail -n1 | grep -oE '[0-9]+' || echo 0)
printf '\n'
echo "tests: $((cargo_passed + e2e_passed)) passed, $((cargo_failed + e2e_failed)) failed"
