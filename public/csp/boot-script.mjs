// Moves Trunk's inline start-up script into a file of its own, and adds the
// Content Security Policy, so the page runs with no inline script at all.
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** The policy the page carries; README.md lists the same as an HTTP header, plus frame-ancestors. */
export const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const INLINE_MODULE = /<script type="module">([\s\S]*?)<\/script>/;

export async function externalizeBootScript(dir, publicUrl = "/") {
  const indexPath = join(dir, "index.html");
  let html = await readFile(indexPath, "utf8");
  const inline = html.match(INLINE_MODULE);
  if (inline) {
    const name = `boot-${createHash("sha256").update(inline[1]).digest("hex").slice(0, 16)}.js`;
    await writeFile(join(dir, name), inline[1].trim() + "\n");
    html = html.replace(INLINE_MODULE, `<script type="module" src="${publicUrl}${name}"></script>`);
  }
  if (!html.includes("Content-Security-Policy")) {
    html = html.replace("<head>", `<head>\n  <meta http-equiv="Content-Security-Policy" content="${POLICY}">`);
  }
  await writeFile(indexPath, html);
}
