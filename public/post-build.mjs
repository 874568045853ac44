// Trunk's post_build hook (see Trunk.toml), or by hand on any build folder:
//   node public/post-build.mjs dist
// Always: each language's text, which build.rs stored in the wasm build's profile folder,
// is copied into the build's content/ folder, and each page's code is cut out of the
// wasm into chunks of its own (public/wasm/split-pages.mjs). In a release build: the
// wasm modules are optimised, the start-up script moves out of index.html and the
// Content Security Policy goes in; the names between the wasm and its JS glue are
// shortened (public/wasm/short-names.mjs); the scripts and stylesheet are minified
// (public/minify.mjs).
// Always, last: sw.js is written, so that it precaches the files as they finally are.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { externalizeBootScript } from "./csp/boot-script.mjs";
import { writeServiceWorker } from "./service-worker/precache.mjs";
import { minifyReleaseFiles } from "./minify.mjs";
import { shortenBindingNames } from "./wasm/short-names.mjs";
import { splitPages } from "./wasm/split-pages.mjs";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build.mjs: give the build folder as an argument, or run it as a Trunk hook");
  process.exit(2);
}
const publicUrl = (process.env.TRUNK_PUBLIC_URL ?? "/").replace(/\/?$/, "/");
// Run by hand, it treats the folder as a release build.
const release = (process.env.TRUNK_PROFILE ?? "release") === "release";

const target = cargoTarget();
copyTextFiles(dir, target);
const { glue, wasm } = appFiles(dir);
const { loader, sharedExports } = splitPages({ cargoWasm: join(target, "casa-trotsky.wasm"), glue, wasm, release });
// `trunk serve` injects its own inline reload script in debug builds: leave those alone.
if (release) {
  await externalizeBootScript(dir, publicUrl);
  shortenBindingNames(glue, wasm, { keep: sharedExports });
  minifyReleaseFiles(dir, [glue, loader]);
}
await writeServiceWorker(dir, publicUrl);

/** Cargo's folder for Trunk's build: "release", or "debug" for the dev profile. */
function cargoTarget() {
  const repository = join(dirname(fileURLToPath(import.meta.url)), "..");
  const target = resolve(repository, process.env.CARGO_TARGET_DIR ?? "target");
  return join(target, "wasm32-unknown-unknown", release ? "release" : "debug");
}

/** The language files the wasm just built names (build.rs lists them in files.json). */
function copyTextFiles(dir, target) {
  const source = join(target, "site-content");
  const list = join(source, "files.json");
  if (!existsSync(list)) {
    console.error(`post-build.mjs: ${list} is missing; build.rs writes it (try: cargo clean -p casa-trotsky)`);
    process.exit(1);
  }
  mkdirSync(join(dir, "content"), { recursive: true });
  for (const file of JSON.parse(readFileSync(list, "utf8"))) {
    copyFileSync(join(source, file), join(dir, "content", file));
  }
}

/** The app's glue and wasm, as Trunk names them: `casa-trotsky-<hash>.js` and `…_bg.wasm`. */
function appFiles(dir) {
  const glue = readdirSync(dir).filter((file) => /^casa-trotsky-[0-9a-f]+\.js$/.test(file));
  if (glue.length !== 1) {
    console.error(`post-build.mjs: expected one casa-trotsky-<hash>.js in ${dir}, found ${glue.length}`);
    process.exit(1);
  }
  return { glue: join(dir, glue[0]), wasm: join(dir, glue[0].replace(/\.js$/, "_bg.wasm")) };
}
