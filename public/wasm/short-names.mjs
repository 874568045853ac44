// wasm-bindgen names every function the wasm imports from its JS glue after the Rust item
// and a 16-digit hash (`__wbg_addEventListener_3acb0aad4483804e`), and every function the
// glue calls in the wasm after its Rust path. Both files carry every name: the 247 imports
// and 35 exports of this app cost 2.3 KB of brotli in the glue alone, mostly in hashes,
// which do not compress. Nothing outside the two files sees these names, so a release build
// renames them to the shortest identifiers, in both files at once.
//
// Only the names change: the wasm's import and export sections are rewritten entry for
// entry, and every other byte is copied. Any name found in one file and not the other
// stops the build rather than ship a glue that cannot start the wasm.
import { readFileSync, writeFileSync } from "node:fs";

const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;

/**
 * Renames the bindings between the glue at `gluePath` and the wasm at `wasmPath`, in
 * place. The glue's doc comments go too: nobody reads them in a release build. The
 * exports named in `keep` keep their names: the pages' chunks are handed those by
 * name (public/wasm/split-pages.mjs).
 */
export function shortenBindingNames(gluePath, wasmPath, { keep = [] } = {}) {
  const wasm = readFileSync(wasmPath);
  const glue = readFileSync(gluePath, "utf8").replace(/^\s*\/\*\*[\s\S]*?\*\/\n/gm, "");
  const importModule = bindingModule(glue);
  const imports = new ShortNames();
  // Only the exports the glue calls: any other (`main`, markers) keeps its name.
  const exports = new ShortNames();
  const kept = new Set(keep);
  for (const [, name] of glue.matchAll(/\bwasm\.([\w$]+)/g)) if (!kept.has(name)) exports.for(name);
  const exported = new Set();

  const renamedWasm = rewriteSections(wasm, {
    [IMPORT_SECTION]: (reader, writer) => renameImports(reader, writer, (module, name) =>
      module === importModule ? imports.for(name) : name),
    [EXPORT_SECTION]: (reader, writer) => renameExports(reader, writer, (name) => {
      exported.add(name);
      return exports.has(name) ? exports.get(name) : name;
    }),
  });
  const missing = exports.originals().filter((name) => !exported.has(name));
  if (missing.length > 0) throw new Error(`short-names: the glue calls wasm.${missing[0]}, which the wasm does not export`);

  writeFileSync(wasmPath, renamedWasm);
  writeFileSync(gluePath, renameInGlue(glue, imports, exports));
  return { imports: imports.size, exports: exports.size };
}

/** The module name the glue hands its imports over under (`"./casa-trotsky_bg.js": import0`). */
function bindingModule(glue) {
  const found = [...glue.matchAll(/^\s*"([^"]+)": import0,$/gm)];
  if (found.length !== 1) throw new Error("short-names: the glue's imports object was not found");
  return found[0][1];
}

function renameInGlue(glue, imports, exports) {
  const start = glue.indexOf("const import0 = {");
  const end = glue.indexOf("\n    return {", start);
  if (start < 0 || end < 0) throw new Error("short-names: the glue's imports object was not found");
  let defined = 0;
  // The imports object: one `name: function(…)` at its first level for each import of the wasm.
  const importsObject = glue.slice(start, end).replace(/^( {8})([\w$]+): function\(/gm, (_, indent, name) => {
    if (!imports.has(name)) throw new Error(`short-names: the glue defines ${name}, which the wasm does not import`);
    defined += 1;
    return `${indent}${imports.get(name)}: function(`;
  });
  if (defined !== imports.size) {
    throw new Error(`short-names: the wasm imports ${imports.size} functions and the glue defines ${defined}`);
  }
  return (glue.slice(0, start) + importsObject + glue.slice(end))
    .replace(/\bwasm\.([\w$]+)/g, (_, name) => `wasm.${exports.get(name) ?? name}`);
}

/** Hands out `a`, `b`, … `Z`, `aa`, … once per original name, skipping JS's reserved words. */
class ShortNames {
  #names = new Map();
  #next = 0;

  for(original) {
    if (!this.#names.has(original)) this.#names.set(original, this.#fresh());
    return this.#names.get(original);
  }
  has(original) { return this.#names.has(original); }
  originals() { return [...this.#names.keys()]; }
  get(original) { return this.#names.get(original); }
  get size() { return this.#names.size; }

  #fresh() {
    for (;;) {
      const name = identifier(this.#next++);
      if (!RESERVED.has(name)) return name;
    }
  }
}

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const RESERVED = new Set(["do", "if", "in", "for", "let", "new", "try", "var", "int"]);

function identifier(index) {
  let name = "";
  do {
    name = LETTERS[index % LETTERS.length] + name;
    index = Math.floor(index / LETTERS.length) - 1;
  } while (index >= 0);
  return name;
}

// ---- The wasm binary: only the sections named are decoded; the rest is copied. ----

function rewriteSections(bytes, rewriters) {
  const reader = new Reader(bytes);
  const header = reader.bytes(8);
  if (header.readUInt32LE(0) !== 0x6d736100) throw new Error("short-names: not a wasm module");
  const out = [header];
  while (!reader.done()) {
    const id = reader.byte();
    const body = reader.bytes(reader.u32());
    const rewrite = rewriters[id];
    if (!rewrite) {
      out.push(Buffer.from([id]), leb(body.length), body);
      continue;
    }
    const writer = new Writer();
    const sectionReader = new Reader(body);
    rewrite(sectionReader, writer);
    if (!sectionReader.done()) throw new Error(`short-names: section ${id} has bytes after its entries`);
    const rewritten = writer.buffer();
    out.push(Buffer.from([id]), leb(rewritten.length), rewritten);
  }
  return Buffer.concat(out);
}

function renameImports(reader, writer, rename) {
  const count = reader.u32();
  writer.u32(count);
  for (let i = 0; i < count; i++) {
    const module = reader.name();
    const name = reader.name();
    writer.name(module);
    writer.name(rename(module, name));
    const start = reader.offset;
    skipImportDescription(reader);
    writer.raw(reader.slice(start));
  }
}

function skipImportDescription(reader) {
  const kind = reader.byte();
  switch (kind) {
    case 0x00: // function: its type
      reader.u32();
      return;
    case 0x01: // table: element type, limits
      reader.byte();
      skipLimits(reader);
      return;
    case 0x02: // memory: limits
      skipLimits(reader);
      return;
    case 0x03: // global: value type, mutability
      reader.byte();
      reader.byte();
      return;
    case 0x04: // tag: attribute, type
      reader.byte();
      reader.u32();
      return;
    default:
      throw new Error(`short-names: an import of unknown kind ${kind}`);
  }
}

function skipLimits(reader) {
  const flags = reader.byte();
  reader.u64();
  if (flags & 1) reader.u64();
}

function renameExports(reader, writer, rename) {
  const count = reader.u32();
  writer.u32(count);
  for (let i = 0; i < count; i++) {
    writer.name(rename(reader.name()));
    const start = reader.offset;
    reader.byte();
    reader.u32();
    writer.raw(reader.slice(start));
  }
}

class Reader {
  constructor(bytes) {
    this.bytes_ = bytes;
    this.offset = 0;
  }
  done() { return this.offset >= this.bytes_.length; }
  byte() {
    if (this.done()) throw new Error("short-names: the wasm ends early");
    return this.bytes_[this.offset++];
  }
  bytes(length) {
    if (this.offset + length > this.bytes_.length) throw new Error("short-names: the wasm ends early");
    const slice = this.bytes_.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
  slice(start) { return this.bytes_.subarray(start, this.offset); }
  /** An unsigned LEB128 number; `u64` reads the same encoding, up to 2^53. */
  u32() { return this.u64(); }
  u64() {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.byte();
      value += (byte & 0x7f) * scale;
      if (!(byte & 0x80)) return value;
      scale *= 128;
    }
  }
  name() { return this.bytes(this.u32()).toString("utf8"); }
}

class Writer {
  #parts = [];
  raw(bytes) { this.#parts.push(Buffer.from(bytes)); }
  u32(value) { this.#parts.push(leb(value)); }
  name(text) {
    const bytes = Buffer.from(text, "utf8");
    this.u32(bytes.length);
    this.raw(bytes);
  }
  buffer() { return Buffer.concat(this.#parts); }
}

function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}
