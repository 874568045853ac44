// A release build's scripts and stylesheet, minified with esbuild: every first load
// carries them, and a visitor's phone has no use for their comments, indentation and
// long local names. The files keep their names; the stylesheet's `integrity` in
// index.html is worked out again for its new bytes.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

// esbuild is installed with the test tooling (tests/e2e/package.json), as wasm-opt is.
const esbuild = createRequire(new URL("../tests/e2e/package.json", import.meta.url))("esbuild");

/**
 * Minifies `appScripts` (the glue and the pages' chunk loader, by path), the start-up
 * script and the stylesheet in `dir`, in place.
 */
export function minifyReleaseFiles(dir, appScripts) {
  const files = readdirSync(dir);
  const boot = files.filter((file) => /^boot-[0-9a-f]+\.js$/.test(file)).map((file) => join(dir, file));
  for (const script of [...appScripts, ...boot]) {
    minifyFile(script, { loader: "js", format: "esm" });
  }
  const indexPath = join(dir, "index.html");
  let html = readFileSync(indexPath, "utf8");
  for (const stylesheet of files.filter((file) => /^main-[0-9a-f]+\.css$/.test(file))) {
    const css = minifyFile(join(dir, stylesheet), { loader: "css" });
    const link = new RegExp(`(href="[^"]*${stylesheet}" integrity=")sha384-[^"]+"`);
    if (!link.test(html)) throw new Error(`minify: index.html has no integrity for ${stylesheet}`);
    html = html.replace(link, `$1${subresourceIntegrity(css)}"`);
  }
  writeFileSync(indexPath, html);
}

function minifyFile(path, options) {
  const { code } = esbuild.transformSync(readFileSync(path, "utf8"), { ...options, minify: true, charset: "utf8" });
  writeFileSync(path, code);
  return code;
}

/** The `integrity` value of a file with these contents (a string or bytes). */
export function subresourceIntegrity(text) {
  return `sha384-${createHash("sha384").update(text).digest("base64")}`;
}
