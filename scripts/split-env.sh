# Sourced by the scripts that make the shipped build (test, bench, serve
# --release): turns on the split point in src/routes.rs and keeps the
# relocations wasm-split-cli needs (see scripts/split.mjs). RUSTFLAGS replaces
# .cargo/config.toml's flags, so Leptos' erase_components is repeated here.
# Its own target folder keeps these artifacts apart from the test builds'.
export RUSTFLAGS="--cfg erase_components --cfg unlost_split -Clink-args=--emit-relocs"
export CARGO_TARGET_DIR="$PWD/target/split"
