#!/usr/bin/env bash
# Installs what Unlost needs to build (and, with `--for-tests`, to test),
# at pinned versions. Skips whatever is already there, so a second run takes
# seconds. Safe to run any number of times.
#
#   scripts/setup.sh              build tools: Rust target, trunk, wasm-bindgen,
#                                 wasm-split-cli, wasm-opt
#   scripts/setup.sh --for-tests  the same, plus Chromium and chromedriver,
#                                 Firefox ESR and geckodriver, WebKitGTK's
#                                 WebKitWebDriver and Xvfb
set -euo pipefail

cd "$(dirname "$0")/.."

TRUNK_VERSION="0.21.14"
WASM_SPLIT_VERSION="0.2.4"
GECKODRIVER_VERSION="0.37.1"
for_tests=false
[[ "${1:-}" == "--for-tests" ]] && for_tests=true

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# --- Rust --------------------------------------------------------------------
if ! command -v rustup >/dev/null 2>&1; then
  say "rustup is missing. Install Rust from your package manager or rustup, then run this again."
  exit 1
fi
toolchain=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)
if rustup toolchain list | grep -q "^$toolchain"; then
  say "Rust $toolchain: present"
else
  say "Rust $toolchain: installing (rust-toolchain.toml)"
  rustup toolchain install "$toolchain" --profile minimal
fi
if rustup target list --installed --toolchain "$toolchain" | grep -q '^wasm32-unknown-unknown$'; then
  say "wasm32-unknown-unknown target: present"
else
  say "wasm32-unknown-unknown target: installing"
  rustup target add wasm32-unknown-unknown --toolchain "$toolchain"
fi

# --- trunk -------------------------------------------------------------------
if command -v trunk >/dev/null 2>&1 && trunk --version | grep -q " $TRUNK_VERSION\$"; then
  say "trunk $TRUNK_VERSION: present"
else
  say "trunk $TRUNK_VERSION: installing with cargo (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# --- wasm-bindgen-cli, at exactly the version in Cargo.lock ------------------
if [[ ! -f Cargo.lock ]]; then
  say "Cargo.lock missing: generating it"
  cargo generate-lockfile
fi
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if command -v wasm-bindgen >/dev/null 2>&1 && wasm-bindgen --version | grep -q " $bindgen_version\$"; then
  say "wasm-bindgen-cli $bindgen_version: present"
else
  # Not --locked: its lock file names a webpki-roots release the registry lacks.
  say "wasm-bindgen-cli $bindgen_version: installing with cargo (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# --- wasm-split-cli: splits the release wasm (scripts/split.mjs) --------------
if command -v wasm-split-cli >/dev/null 2>&1 \
  && cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "wasm-split-cli $WASM_SPLIT_VERSION: present"
else
  say "wasm-split-cli $WASM_SPLIT_VERSION: installing with cargo (about 2 minutes)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --force
fi

# --- Node packages (wasm-opt from npm's binaryen; Playwright; axe; selenium) -
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  say "Node.js and npm: installing from Debian"
  as_root apt-get update -qq
  as_root apt-get install -y -qq nodejs npm
fi
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -f node_modules/.unlost-lock && "$(cat node_modules/.unlost-lock)" == "$lock_hash" ]]; then
  say "npm packages: present (package-lock.json unchanged)"
else
  say "npm packages: installing from package-lock.json"
  # Playwright must never fetch a browser of its own: the tests use Debian's Chromium.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.unlost-lock
fi

# --- Chromium and chromedriver, for tests ------------------------------------
if $for_tests; then
  if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
    say "Chromium and chromedriver: present ($(/usr/bin/chromium --version 2>/dev/null | head -n1))"
  else
    say "Chromium and chromedriver: installing from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  fi

  # --- Firefox ESR and WebKitGTK (Safari's engine), driven through WebDriver -
  # WebKitGTK draws into a real window, so it runs under Xvfb.
  if [[ -x /usr/bin/firefox-esr && -x /usr/bin/WebKitWebDriver && -x /usr/bin/xvfb-run ]]; then
    say "Firefox ESR, WebKitWebDriver and Xvfb: present ($(/usr/bin/firefox-esr --version 2>/dev/null | head -n1); WebKitGTK $(dpkg-query -W -f '${Version}' webkit2gtk-driver 2>/dev/null || echo '?'))"
  else
    say "Firefox ESR, WebKitWebDriver (WebKitGTK) and Xvfb: installing from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr webkit2gtk-driver xvfb
  fi

  # --- geckodriver: Firefox's WebDriver server ------------------------------
  # From crates.io: the npm package `geckodriver` downloads a binary, which
  # fails on a network that reaches only package registries.
  # Its first line is "geckodriver 0.37.1" (no pipe into `head`: geckodriver
  # panics when its output is cut short).
  gecko_said=$(geckodriver --version 2>/dev/null || true)
  gecko_said=${gecko_said%%$'\n'*}
  if [[ "$gecko_said" == "geckodriver $GECKODRIVER_VERSION" || "$gecko_said" == "geckodriver $GECKODRIVER_VERSION "* ]]; then
    say "geckodriver $GECKODRIVER_VERSION: present"
  else
    say "geckodriver $GECKODRIVER_VERSION: installing with cargo (about 4 minutes)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
  fi
fi

say "ready"
