# Sourced by .ci/serve and .ci/test: installs whatever is missing, and is quick when nothing is.
# Versions are pinned where this machine's rustc (1.95) and registries require it.

TRUNK_VERSION=0.21.14
# Cuts each page's code out of the wasm after the build (public/wasm/split-pages.mjs).
WASM_SPLIT_VERSION=0.2.4

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/tests/e2e/node_modules/.bin:$PATH"
# Trunk would otherwise ask the internet for its latest version at every start.
export TRUNK_SKIP_VERSION_CHECK=true

step() { printf '\n== %s\n' "$*"; }

# What a fresh machine must already have; stop at once, and say so, if it lacks one.
require_prerequisites() {
  local missing=()
  command -v rustup >/dev/null || missing+=("rustup with a stable toolchain (https://rustup.rs)")
  command -v cargo >/dev/null && ! cargo --version | awk '{ split($2, v, "."); exit !(v[1] > 1 || v[2] >= 88) }' \
    && missing+=("Rust 1.88 or newer (rustup update stable)")
  command -v node >/dev/null || missing+=("Node.js 20 or newer")
  command -v node >/dev/null && [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ] && missing+=("Node.js 20 or newer")
  [ "$(id -u)" = 0 ] || command -v sudo >/dev/null || missing+=("root, or sudo, for apt-get")
  if [ "${#missing[@]}" -gt 0 ]; then
    printf 'This machine lacks what the setup cannot install by itself:\n' >&2
    printf '  - %s\n' "${missing[@]}" >&2
    exit 1
  fi
}
require_prerequisites

# apt-get as root, or through sudo.
apt_install() {
  local as_root=()
  [ "$(id -u)" = 0 ] || as_root=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -q
  "${as_root[@]}" apt-get install -y -q --no-install-recommends "$@"
}

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
  # It prints no version of its own: Cargo's list of installed crates says which.
  if ! command -v wasm-split-cli >/dev/null \
    || ! grep -qs "^\"wasm_split_cli_support $WASM_SPLIT_VERSION " "${CARGO_HOME:-$HOME/.cargo}/.crates.toml"; then
    step "installing wasm-split-cli $WASM_SPLIT_VERSION (about 1 minute, once)"
    cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
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
    apt_install chromium brotli fonts-dejavu-core
  fi
}

GECKODRIVER_VERSION=0.37.1

# The other two engines of visitors' phones: WebKit (WebKitGTK's WebDriver and its
# MiniBrowser, on a virtual display) and Gecko (Firefox ESR and geckodriver).
install_other_engines() {
  if ! command -v WebKitWebDriver >/dev/null || ! command -v firefox-esr >/dev/null || ! command -v xvfb-run >/dev/null; then
    step "installing Debian's WebKitGTK WebDriver, Firefox ESR and Xvfb"
    apt_install webkit2gtk-driver firefox-esr xvfb xauth
  fi
  if ! geckodriver --version 2>/dev/null | grep -q "^geckodriver $GECKODRIVER_VERSION"; then
    step "installing geckodriver $GECKODRIVER_VERSION (about 4 minutes, once)"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
  fi
}

# The release build as a static host serves it: Trunk's build, every page
# prerendered by Chromium (tests/e2e/prerender.mjs) so the first paint needs no
# wasm, the service worker written again so that it precaches those pages too
# (offline, each page opens as prerendered), and brotli copies of every text file.
build_release() {
  cargo fetch --locked --target wasm32-unknown-unknown
  trunk build --release --offline
  node "$ROOT/tests/e2e/prerender.mjs" "$ROOT/dist"
  node "$ROOT/public/service-worker/precache.mjs" "$ROOT/dist"
  # What a static host sends: brotli at its highest quality, compressed once, here.
  find "$ROOT/dist" -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \
    -o -name '*.json' -o -name '*.svg' -o -name '*.webmanifest' -o -name '*.postcard' \) -exec brotli -q 11 -k -f {} +
}
