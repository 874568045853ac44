// Cuts each page's code out of the app's wasm into a module of its own, so that a first
// visit fetches the frame and the page it opens, not all six (src/pages/chunks.rs marks
// where). Trunk cannot do this itself: the cut needs the linker's relocations, which
// wasm-bindgen drops, so it starts again from Cargo's own output (built with
// --emit-relocs, .cargo/config.toml):
//
//   1. wasm-split-cli cuts Cargo's wasm into the main module, a module per page, and a
//      chunk for each set of pages that share code (37 in all, 16 or 17 per page);
//   2. binaryen's wasm-merge joins each page's module with the chunks it needs, so a
//      page is one module: a first load then fetches, compiles and starts two modules,
//      not 18, and brotli compresses the page's code as one (Visit: 24.7 KB as 17
//      modules, 19.6 KB as one). Code two pages share is in both; the service worker
//      precaches it twice, which costs a visitor nothing on a first load;
//   3. wasm-bindgen makes the main module's glue, as Trunk did for the whole wasm;
//   4. in a release build, the classes nothing uses leave the main module and its glue
//      (unused-classes.mjs), and wasm-opt shrinks every module (Trunk's pass is off:
//      index.html, data-wasm-opt="0").
//
// The glue and main module replace Trunk's, under Trunk's names. The pages' modules and
// their loader take the glue's name and hash as a prefix (`casa-trotsky-<hash>-visit.wasm`),
// so that a new build never meets an old page in a cache.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { subresourceIntegrity } from "../minify.mjs";
import { dropUnusedClasses } from "./unused-classes.mjs";

// On a module's last pass, its `target_features` section goes too: it tells tools like
// wasm-opt which instructions the module may hold (a pass before the last needs it), and
// the browser never reads it (148 bytes a module).
const LAST_PASS = ["--strip-target-features"];

// What the wasm holds besides the MVP, as Rust's wasm32 target emits it: the binaryen
// tools need it named where a module does not say it itself (the provider below).
const FEATURES = ["--enable-bulk-memory", "--enable-mutable-globals", "--enable-nontrapping-float-to-int",
  "--enable-sign-ext", "--enable-reference-types", "--enable-multivalue"];

/** The module the main wasm imports its page loaders from, as wasm-split-cli names it. */
const LOADER = "__wasm_split.js";

/**
 * The main module's exports that every page's module imports, wasm-split-cli's name
 * for each (which the main module keeps) and the short one a page imports it by.
 */
const SHARED = { memory: "m", __indirect_function_table: "t", __wasm_split_shared0: "g" };

/**
 * Splits `cargoWasm` into `dir`, in place of the app's `glue` and `wasm` there.
 * Returns the loader's path, and the names of the main module's exports that the
 * loader hands to the pages (they must keep those names).
 */
export function splitPages({ cargoWasm, glue, wasm, release }) {
  const dir = join(glue, "..");
  const stem = basename(glue, ".js");
  const work = mkdtempSync(join(tmpdir(), "split-pages-"));
  try {
    run("wasm-split-cli", [cargoWasm, work, "--target", "web", "--out-name", stem]);
    const bindgen = join(work, "bindgen");
    // --keep-lld-exports: the pages reach the main module's table, memory and the
    // global they share with it through exports that wasm-bindgen would drop.
    run("wasm-bindgen", ["--target", "web", "--keep-lld-exports", "--no-demangle", "--no-typescript",
      "--out-name", stem, "--out-dir", bindgen, join(work, `${stem}.wasm`)]);

    const splitLoader = readFileSync(join(work, LOADER), "utf8");
    const sharedExports = exportsForChunks(splitLoader);
    const unknown = sharedExports.filter((name) => !(name in SHARED));
    if (unknown.length > 0) throw new Error(`split-pages: the chunks import ${unknown.join(", ")}, which SHARED does not name`);
    const provider = join(work, "provider.wasm");
    const pages = modulesOfEachPage(splitLoader);
    writeProvider(provider, join(work, "provider.wat"), importedSizes(pages[0].modules.map((module) => join(work, module))));
    for (const { page, modules } of pages) {
      const out = join(dir, `${stem}-${page}.wasm`);
      // The page's own module first, then its chunks; the provider resolves their
      // imports of the main module's memory, table and global to one import each.
      const inputs = modules.flatMap((module, i) => [join(work, module), `part${i}`]);
      run("wasm-merge", [...inputs, provider, "__wasm_split", ...FEATURES, "-o", out]);
      // -O3, not -Os: on these merged modules it leaves less for brotli (Visit
      // 19,616 bytes at -Os, 19,177 at -O3; the main module is the other way round).
      if (release) optimize(out, ["-O3", "--low-memory-unused", ...LAST_PASS]);
    }
    const loaderName = `${stem}-pages.js`;
    writeFileSync(join(dir, loaderName), pagesLoader(`./${basename(glue)}`, stem, pages.map(({ page }) => page)));
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

/**
 * Each page and the modules that hold its code, from wasm-split-cli's loader:
 * `[{ page: "visit", modules: ["split_visit.wasm", "chunk_9.wasm", …] }, …]`.
 */
function modulesOfEachPage(loader) {
  const chunks = new Map();
  for (const [, name, file] of loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/(chunk_\d+\.wasm)"/g)) {
    chunks.set(name, file);
  }
  const pageLoad = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/(split_\w+\.wasm)"[^\]]*?\n, \[([^\]]*)\]\)\);/g;
  const pages = [...loader.matchAll(pageLoad)].map(([, page, file, needs]) => {
    const names = needs.split(",").map((name) => name.trim()).filter(Boolean);
    const missing = names.filter((name) => !chunks.has(name));
    if (missing.length > 0) throw new Error(`split-pages: the loader's ${page} needs ${missing[0]}, which it does not define`);
    return { page, modules: [file, ...names.map((name) => chunks.get(name))] };
  });
  const loads = [...loader.matchAll(/export const __wasm_split_load_/g)].length;
  if (pages.length === 0 || pages.length !== loads) throw new Error(`split-pages: read ${pages.length} of the loader's ${loads} pages`);
  const used = new Set(pages.flatMap(({ modules }) => modules));
  const unused = [...chunks.values()].filter((file) => !used.has(file));
  if (unused.length > 0) throw new Error(`split-pages: no page needs ${unused[0]}`);
  return pages;
}

/** The initial sizes of the memory and table the `modules` import: `{ memory: 17, table: 1198 }`. */
function importedSizes(modules) {
  const sizes = {};
  for (const module of modules) {
    const text = run("wasm-dis", [module]);
    for (const [, kind, size] of text.matchAll(/\(import "__wasm_split" "\w+" \((memory|table) \$\S+ (\d+)[ )]/g)) {
      sizes[kind] = Number(size);
    }
    if (sizes.memory !== undefined && sizes.table !== undefined) return sizes;
  }
  throw new Error(`split-pages: no page's module imports the main module's memory and table`);
}

/**
 * A module that only hands on the main module's memory, table and global: each
 * chunk imports them from `__wasm_split`, so wasm-merge, given this module under
 * that name, links every chunk's import to its export, which is one import of its
 * own, by the short name (SHARED), of the same size as the chunks import.
 */
function writeProvider(path, watPath, { memory, table }) {
  const { memory: m, __indirect_function_table: t, __wasm_split_shared0: g } = SHARED;
  writeFileSync(watPath, `(module
  (import "s" "${m}" (memory $memory ${memory}))
  (import "s" "${t}" (table $table ${table} funcref))
  (import "s" "${g}" (global $shared0 (mut i32)))
  (export "memory" (memory $memory))
  (export "__indirect_function_table" (table $table))
  (export "__wasm_split_shared0" (global $shared0)))
`);
  run("wasm-as", [watPath, ...FEATURES, "-o", path]);
}

/**
 * The loader the main module imports its page loaders from, in place of
 * wasm-split-cli's (which fetched a page's chunks one by one): the main module calls
 * `__wasm_split_load_<page>(callback, data)`; the loader fetches and starts that
 * page's module once, then calls the function at `callback` in the shared table
 * with `data` and whether it worked. A failure is not remembered, so the app's
 * Try again fetches afresh.
 */
function pagesLoader(gluePath, stem, pages) {
  const short = Object.entries(SHARED).map(([name, short]) => `${short}: exports.${name}`).join(", ");
  return `import { initSync } from "${gluePath}";

let imports;
function sharedImports() {
  if (imports === undefined) {
    // The main module is running by now: initSync only hands back its exports.
    const exports = initSync(undefined, undefined);
    imports = { s: { ${short} } };
  }
  return imports;
}

function pageLoader(file) {
  let loading;
  const load = async () => WebAssembly.instantiateStreaming(fetch(new URL(file, import.meta.url)), sharedImports());
  return async (callback, data) => {
    let success = true;
    try {
      loading ??= load().catch((error) => {
        loading = undefined;
        throw error;
      });
      await loading;
    } catch (error) {
      console.error(error);
      success = false;
    }
    sharedImports().s.${SHARED.__indirect_function_table}.get(callback)(data, success);
  };
}
${pages.map((page) => `export const __wasm_split_load_${page} = pageLoader("./${stem}-${page}.wasm");`).join("\n")}
`;
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

// The tools' output only when they fail: wasm-opt warns about every chunk's names.
function run(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    throw new Error(`split-pages: ${command} failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
  return result.stdout;
}
