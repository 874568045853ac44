# Sourced by .ci/serve and .ci/test: installs whatever is missing, and is quick when nothing is.
# Versions are pinned where this machine's rustc (1.95) and registries require it.

TRUNK_VERSION=0.21.14

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/tests/e2e/node_modules/.bin:$PATH"
# Trunk would otherwise ask the internet for its latest version at every start.
export TRUNK_SKIP_VERSION_CHECK=true

step() { printf '\n== %s\n' "$*"; }

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
locked_wasm_bindgen() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

install_build_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
    step "installing trunk $TRUNK_VERSION (about 7 minutes, once)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
  local wb
  wb="$(locked_wasm_bindgen)"
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $wb\$"; then
    # Not --locked: the registry here lacks one of its locked dependency versions.
    step "installing wasm-bindgen-cli $wb (about 4 minutes, once)"
    cargo install wasm-bindgen-cli --version "$wb"
  fi
  install_node_packages
}

# Playwright and binaryen's wasm-opt, pinned by tests/e2e/package-lock.json.
install_node_packages() {
  local dir="$ROOT/tests/e2e"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    step "installing node packages"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

install_audit() {
  if ! command -v cargo-audit >/dev/null; then
    # --locked: without it a newer dependency needs a newer rustc than this machine's.
    step "installing cargo-audit (about 5 minutes, once)"
    cargo install --locked cargo-audit --version 0.22.2
  fi
}

install_browser() {
  if ! command -v chromium >/dev/null || ! command -v brotli >/dev/null; then
    step "installing Debian's chromium and brotli"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends chromium brotli fonts-dejavu-core
  fi
}

# The release build as a static host serves it: Trunk's build, every page
# prerendered by Chromium (tests/e2e/prerender.mjs) so the first paint needs no
# wasm, and brotli copies of every text file.
build_release() {
  cargo fetch --locked --target wasm32-unknown-unknown
  trunk build --release --offline
  node "$ROOT/tests/e2e/prerender.mjs" "$ROOT/dist"
  # What a static host sends: brotli at its highest quality, compressed once, here.
  find "$ROOT/dist" -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \
    -o -name '*.json' -o -name '*.svg' -o -name '*.webmanifest' -o -name '*.postcard' \) -exec brotli -q 11 -k -f {} +
}
