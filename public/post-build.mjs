// Trunk's post_build hook (see Trunk.toml), or by hand on any build folder:
//   node public/post-build.mjs dist
// Always: each language's text, which build.rs stored in the wasm build's profile folder,
// is copied into the build's content/ folder. In a release build: the start-up
// script moves out of index.html and the Content Security Policy goes in; the wasm
// gets a second optimisation pass and the names between it and its JS glue are
// shortened (public/wasm/short-names.mjs); the scripts and stylesheet are minified
// (public/minify.mjs).
// Always, last: sw.js is written, so that it precaches the files as they finally are.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { externalizeBootScript } from "./csp/boot-script.mjs";
import { writeServiceWorker } from "./service-worker/precache.mjs";
import { minifyReleaseFiles } from "./minify.mjs";
import { shortenBindingNames } from "./wasm/short-names.mjs";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build.mjs: give the build folder as an argument, or run it as a Trunk hook");
  process.exit(2);
}
const publicUrl = (process.env.TRUNK_PUBLIC_URL ?? "/").replace(/\/?$/, "/");
// Run by hand, it treats the folder as a release build.
const release = (process.env.TRUNK_PROFILE ?? "release") === "release";

copyTextFiles(dir);
// `trunk serve` injects its own inline reload script in debug builds: leave those alone.
if (release) {
  await externalizeBootScript(dir, publicUrl);
  const { glue, wasm } = appFiles(dir);
  optimizeAgain(wasm);
  shortenBindingNames(glue, wasm);
  minifyReleaseFiles(dir);
}
await writeServiceWorker(dir, publicUrl);

/** The language files the wasm just built names (build.rs lists them in files.json). */
function copyTextFiles(dir) {
  const repository = join(dirname(fileURLToPath(import.meta.url)), "..");
  const target = resolve(repository, process.env.CARGO_TARGET_DIR ?? "target");
  // Cargo's folder for Trunk's build: "release", or "debug" for the dev profile.
  const source = join(target, "wasm32-unknown-unknown", release ? "release" : "debug", "site-content");
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

// Trunk's pass (index.html: -Os, no inlining of functions called once, memory
// below 1 KB unused) leaves code that a second -Os with the default inlining
// still shrinks: 584 bytes of brotli, where the same flags twice in one run gain
// nothing. wasm-opt is binaryen's, from the test tooling, as for Trunk's pass.
function optimizeAgain(wasm) {
  const run = spawnSync("wasm-opt", ["-Os", "--low-memory-unused", wasm, "-o", wasm], { stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`post-build.mjs: wasm-opt failed (${run.error?.message ?? `exit ${run.status}`})`);
    process.exit(1);
  }
}
