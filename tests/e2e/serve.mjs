// A static server for the release build, with the rules every static host
// follows: a path with no file extension gets its prerendered <path>/index.html,
// or else the app's index.html (deep links); a missing file with an extension is
// a real 404. A file with a `.br` copy beside it is sent brotli-compressed.
//
//   node serve.mjs <dist folder> <port>
//
// With SPEECH_STAND_IN=1 in its environment (the WebDriver suites, which have no
// way to run a script before the page's own), every page gets the test stand-in
// for the Web Speech API as its first script, a same-origin file, as the CSP allows.
import { createServer } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { POLICY } from "../../public/csp/boot-script.mjs";
import { VOICES, installSpeechStandIn } from "./specs/speech-stand-in.js";

const STAND_IN = "/__speech-stand-in.js";
// With REDIRECT_TO_SLASH=1, it behaves as hosts with "pretty URLs" do: a page's
// path gets a trailing slash (`/en/visit` → 301 `/en/visit/`), and `/index.html` → `/`.
const redirectToSlash = process.env.REDIRECT_TO_SLASH === "1";
const standIn = process.env.SPEECH_STAND_IN === "1";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 4173);

/** The headers README.md ("Security headers") asks every host to send: the tests run under them.
 *  The policy only for a release build, which carries it: a debug build's start-up script is inline. */
const release = existsSync(join(root, "index.html")) && readFileSync(join(root, "index.html"), "utf8").includes("Content-Security-Policy");
const SECURITY_HEADERS = {
  ...(release && { "content-security-policy": `${POLICY}; frame-ancestors 'none'` }),
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

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
  if (redirectToSlash) {
    const slashed = pathname === "/index.html" ? "/" : extname(pathname) === "" && !pathname.endsWith("/") ? `${pathname}/` : null;
    if (slashed) {
      response.writeHead(301, { ...SECURITY_HEADERS, location: slashed });
      response.end();
      return;
    }
  }
  if (standIn && pathname === STAND_IN) {
    response.writeHead(200, { ...SECURITY_HEADERS, "content-type": types[".js"], "cache-control": "no-cache" });
    response.end(`(${installSpeechStandIn})(${JSON.stringify({ voices: VOICES })});`);
    return;
  }
  const target = await fileFor(pathname);
  if (!target) {
    response.writeHead(404, { ...SECURITY_HEADERS, "content-type": "text/plain; charset=utf-8" });
    response.end("Not found");
    return;
  }
  // Brotli, as a static host sends it, when the build holds a precompressed copy.
  const inject = standIn && extname(target) === ".html";
  const compressed = !inject && /\bbr\b/.test(request.headers["accept-encoding"] ?? "") ? await fileAt(`${target}.br`) : null;
  let body = await readFile(compressed ?? target);
  // A classic script at the top of <head> runs before the page's module scripts.
  if (inject) body = String(body).replace("<head>", `<head><script src="${STAND_IN}"></script>`);
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    "content-type": types[extname(target)] ?? "application/octet-stream",
    "cache-control": "no-cache",
    vary: "accept-encoding",
    ...(compressed && { "content-encoding": "br" }),
  });
  response.end(body);
});
// Port 0 asks for any free port; the line below says which one was given.
server.listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${server.address().port}`));
