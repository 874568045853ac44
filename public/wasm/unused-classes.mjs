// Takes out of the main module and its glue three classes that wasm-bindgen exports to
// JS and nothing here uses: wasm-streams' adapters between Rust streams and the
// browser's ReadableStream and WritableStream, which server functions stream through.
// leptos always compiles them in (it turns on server_fn's "browser" feature; this app
// has no server functions), and an exported class is a root that no optimizer may
// remove.
//
// The wasm loses the exports named after the classes (`name_method`,
// `__wbg_name_free`) by binaryen's wasm-metadce, with every other export kept as a
// root; the code only they reached goes when wasm-opt runs next. The glue loses each
// class as wasm-bindgen lays it out, which is checked here: its declaration from
// `export class Name {` to the closing brace at the start of a line, one
// `if (Symbol.dispose) Name.prototype…` line, a `NameFinalization` constant; and the
// functions it hands the wasm that only the classes' code imported.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const UNUSED_CLASSES = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];

/** Removes the unused classes from the glue at `gluePath` and the wasm at `wasmPath`, in place. */
export function dropUnusedClasses(gluePath, wasmPath) {
  const before = dropExports(wasmPath);
  const after = importedFunctions(new WebAssembly.Module(readFileSync(wasmPath)));
  const noLongerImported = [...before].filter((name) => !after.has(name));
  writeFileSync(gluePath, withoutClasses(readFileSync(gluePath, "utf8"), noLongerImported));
}

function withoutClasses(glue, noLongerImported) {
  const parts = UNUSED_CLASSES.flatMap((name) => [
    new RegExp(`^export class ${name} \\{\\n[\\s\\S]*?^\\}\\n`, "m"),
    new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype\\[.*\\n`, "m"),
    new RegExp(`^const ${name}Finalization = [\\s\\S]*?\\);\\n`, "m"),
  ]);
  // An import in the imports object: `        name: function(…) {` to its closing `},`.
  for (const name of noLongerImported) parts.push(new RegExp(`^ {8}${name}: function\\([\\s\\S]*?^ {8}\\},?\\n`, "m"));
  for (const part of parts) {
    if (!part.test(glue)) throw new Error(`unused-classes: nothing in the glue matches ${part}; has wasm-bindgen's layout changed?`);
    glue = glue.replace(part, "");
  }
  for (const name of [...UNUSED_CLASSES, ...noLongerImported]) {
    if (glue.includes(name)) throw new Error(`unused-classes: the glue still names ${name}`);
  }
  return glue;
}

/** Removes the classes' exports from the wasm at `path`; returns the functions it imported before. */
function dropExports(path) {
  const module = new WebAssembly.Module(readFileSync(path));
  const prefixes = UNUSED_CLASSES.map((name) => name.toLowerCase());
  const unused = (name) => prefixes.some((prefix) => name.startsWith(`${prefix}_`) || name === `__wbg_${prefix}_free`);
  const exports = WebAssembly.Module.exports(module).map((entry) => entry.name);
  if (!prefixes.every((prefix) => exports.includes(`__wbg_${prefix}_free`))) {
    throw new Error("unused-classes: the wasm no longer exports the classes this step removes: remove the step");
  }
  // wasm-metadce's graph: every export but the classes' is a root; the imports are
  // listed so that it can tell which ones the roots still reach.
  const graph = [
    ...exports.filter((name) => !unused(name)).map((name) => ({ name: `export ${name}`, root: true, export: name })),
    ...WebAssembly.Module.imports(module).map((entry, i) => ({ name: `import ${i}`, import: [entry.module, entry.name] })),
  ];
  const work = mkdtempSync(join(tmpdir(), "unused-classes-"));
  try {
    const graphFile = join(work, "graph.json");
    writeFileSync(graphFile, JSON.stringify(graph));
    const result = spawnSync("wasm-metadce", [path, "--graph-file", graphFile, "-o", path], { encoding: "utf8" });
    if (result.status !== 0) {
      process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
      throw new Error(`unused-classes: wasm-metadce failed (${result.error?.message ?? `exit ${result.status}`})`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return importedFunctions(module);
}

function importedFunctions(module) {
  const imports = WebAssembly.Module.imports(module);
  return new Set(imports.filter((entry) => entry.kind === "function").map((entry) => entry.name));
}
