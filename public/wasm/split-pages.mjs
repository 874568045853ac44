// Cuts each page's code out of the app's wasm into chunks of its own, so that a first
// visit fetches the frame and the page it opens, not all six (src/pages/chunks.rs marks
// where). Trunk cannot do this itself: the cut needs the linker's relocations, which
// wasm-bindgen drops, so it starts again from Cargo's own output (built with
// --emit-relocs, .cargo/config.toml):
//
//   1. wasm-split-cli cuts Cargo's wasm into the main module, one chunk per page, and a
//      chunk for each set of pages that share code, plus the JS that fetches them;
//   2. wasm-bindgen makes the main module's glue, as Trunk did for the whole wasm;
//   3. in a release build, the classes nothing uses leave the main module and its glue
//      (unused-classes.mjs), and wasm-opt shrinks every module (Trunk's pass is off:
//      index.html, data-wasm-opt="0").
//
// The glue and main module replace Trunk's, under Trunk's names. The chunks and their
// loader take the glue's name and hash as a prefix (`casa-trotsky-<hash>-visit.wasm`),
// so that a new build never meets an old chunk in a cache.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { subresourceIntegrity } from "../minify.mjs";
import { dropUnusedClasses } from "./unused-classes.mjs";

// On a module's last pass, its `target_features` section goes too: it tells tools like
// wasm-opt which instructions the module may hold (a pass before the last needs it), and
// the browser never reads it. It is 148 bytes in each module, and a first load fetches
// the main module and 16 or 17 chunks.
const LAST_PASS = ["--strip-target-features"];

/** The module the main wasm imports its chunk loaders from, as wasm-split-cli names it. */
const LOADER = "__wasm_split.js";

/**
 * Splits `cargoWasm` into `dir`, in place of the app's `glue` and `wasm` there.
 * Returns the loader's path, and the names of the main module's exports that the
 * loader hands to the chunks (they must keep those names).
 */
export function splitPages({ cargoWasm, glue, wasm, release }) {
  const dir = join(glue, "..");
  const stem = basename(glue, ".js");
  const work = mkdtempSync(join(tmpdir(), "split-pages-"));
  try {
    run("wasm-split-cli", [cargoWasm, work, "--target", "web", "--out-name", stem]);
    const bindgen = join(work, "bindgen");
    // --keep-lld-exports: the chunks reach the main module's table, memory and the
    // functions they share with it through exports that wasm-bindgen would drop.
    run("wasm-bindgen", ["--target", "web", "--keep-lld-exports", "--no-demangle", "--no-typescript",
      "--out-name", stem, "--out-dir", bindgen, join(work, `${stem}.wasm`)]);

    const loaderName = `${stem}-pages.js`;
    const chunks = readdirSync(work).filter((file) => file.endsWith(".wasm") && file !== `${stem}.wasm`);
    let loader = readFileSync(join(work, LOADER), "utf8");
    for (const chunk of chunks) {
      const named = `${stem}-${chunk.replace(/^split_/, "")}`;
      loader = replaceOnce(loader, `"./${chunk}"`, `"./${named}"`);
      copyFileSync(join(work, chunk), join(dir, named));
      if (release) optimize(join(dir, named), ["-Os", "--low-memory-unused", ...LAST_PASS]);
    }
    writeFileSync(join(dir, loaderName), loader);
    const sharedExports = exportsForChunks(loader);
    const glueText = readFileSync(join(bindgen, `${stem}.js`), "utf8");
    // Only where the glue imports the loader's file: the wasm still knows the
    // module by its old name, as a key of the glue's imports object.
    const importStatement = `from "./${LOADER}"`;
    if (!glueText.includes(importStatement)) throw new Error(`split-pages: the glue does not import ./${LOADER}`);
    writeFileSync(glue, glueText.replaceAll(importStatement, `from "./${loaderName}"`));
    copyFileSync(join(bindgen, `${stem}_bg.wasm`), wasm);
    // The main module: Trunk's flags (no inlining of functions called once, memory
    // below 1 KB unused), then -Os again with the default inlining, which still finds
    // 0.6 KB of brotli to take that the same flags twice in one run do not.
    if (release) {
      dropUnusedClasses(glue, wasm);
      optimize(wasm, ["-Os", "--one-caller-inline-max-function-size=0", "--low-memory-unused"]);
      optimize(wasm, ["-Os", "--low-memory-unused", ...LAST_PASS]);
    }
    refreshIntegrity(join(dir, "index.html"), [glue, wasm]);
    return { loader: join(dir, loaderName), sharedExports };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The names of the main module's exports that the `loader` (its text) hands to the chunks. */
function exportsForChunks(loader) {
  const shared = loader.match(/const \{([^}]*)\} = initSync\(/);
  if (!shared) throw new Error("split-pages: the loader's shared imports were not found");
  return shared[1].split(",").map((name) => name.trim()).filter(Boolean);
}

// Trunk's index.html preloads the glue and the wasm with their `integrity`, which must
// now be that of the files that replaced them (a release build drops these preloads
// later: public/csp/boot-script.mjs).
function refreshIntegrity(indexPath, files) {
  let html = readFileSync(indexPath, "utf8");
  for (const file of files) {
    const link = new RegExp(`(<link[^>]*href="[^"]*/${basename(file)}"[^>]*integrity=")sha384-[^"]+"`);
    html = html.replace(link, `$1${subresourceIntegrity(readFileSync(file))}"`);
  }
  writeFileSync(indexPath, html);
}

function optimize(path, flags) {
  // --strip-debug and --strip-producers: the names and tool versions the cut leaves.
  run("wasm-opt", [...flags, "--strip-debug", "--strip-producers", path, "-o", path]);
}

function replaceOnce(text, from, to) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`split-pages: expected ${from} once in the loader`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

// The tools' output only when they fail: wasm-opt warns about every chunk's names.
function run(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    throw new Error(`split-pages: ${command} failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
}
