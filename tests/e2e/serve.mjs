// A static server for the release build, with the rules every static host
// follows: a path with no file extension gets its prerendered <path>/index.html,
// or else the app's index.html (deep links); a missing file with an extension is
// a real 404. A file with a `.br` copy beside it is sent brotli-compressed.
//
//   node serve.mjs <dist folder> <port>
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 4173);

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".ics": "text/calendar; charset=utf-8",
  // Each language's text, as build.rs stores it: what any host sends for an unknown kind.
  ".postcard": "application/octet-stream",
};

async function fileAt(path) {
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

/** The file that answers `pathname`: the file itself, else, for a page's path,
 *  its prerendered copy or the app's index.html; null for a real 404. */
async function fileFor(pathname) {
  const wanted = join(root, normalize(pathname));
  // Never serve outside the build folder, whatever the path says.
  if (!wanted.startsWith(root)) return null;
  const file = await fileAt(wanted);
  if (file || extname(pathname) !== "") return file;
  return (await fileAt(join(wanted, "index.html"))) ?? join(root, "index.html");
}

const server = createServer(async (request, response) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  } catch {
    // Malformed percent-encoding names no file: let the app say "not found".
    pathname = "/not-a-file";
  }
  const target = await fileFor(pathname);
  if (!target) {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    response.end("Not found");
    return;
  }
  // Brotli, as a static host sends it, when the build holds a precompressed copy.
  const compressed = /\bbr\b/.test(request.headers["accept-encoding"] ?? "") ? await fileAt(`${target}.br`) : null;
  const body = await readFile(compressed ?? target);
  response.writeHead(200, {
    "content-type": types[extname(target)] ?? "application/octet-stream",
    "cache-control": "no-cache",
    vary: "accept-encoding",
    ...(compressed && { "content-encoding": "br" }),
  });
  response.end(body);
});
// Port 0 asks for any free port; the line below says which one was given.
server.listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${server.address().port}`));
