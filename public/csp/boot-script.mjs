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

// Content first, then the app. The page already in the HTML (a prerendered copy,
// or the splash) is painted before the app's files are even requested: they
// would otherwise share a slow connection with the stylesheet the first paint
// waits for. A hidden tab paints nothing, so it starts at once.
//
// "Painted" means shown on the screen, not just drawn: Chrome settles which
// element is the Largest Contentful Paint only when the frame is presented, and
// it forgets an element that is removed before then. When the app arrived fast
// (a quick line, a warm cache) it could replace the prerendered page inside
// that gap, and its own copy of the same paragraph, painted later, became the
// LCP: a page the visitor already saw was scored as late as the wasm. So the
// app waits for the browser's own word that the first contentful frame is on
// screen (the first-contentful-paint entry), or, where that is not reported,
// for the frame after the first one (README, "Performance").
// The one thing worth doing before that paint: a visitor who chose a theme gets
// it from the first frame (key and values as src/browser.rs and src/theme.rs write them).
const PAINT_FIRST = `try {
  const theme = localStorage.getItem("casa-trotsky.theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
} catch {}
await new Promise((shown) => {
  if (document.visibilityState !== "visible") return shown();
  const frameDrawn = () => requestAnimationFrame(() => setTimeout(shown));
  if (!PerformanceObserver.supportedEntryTypes?.includes("paint")) return frameDrawn();
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName("first-contentful-paint").length === 0) return;
    observer.disconnect();
    shown();
  }).observe({ type: "paint", buffered: true });
  // Never longer than this, whatever the browser reports.
  setTimeout(shown, 3000);
});
`;
// If the app cannot load or start (a dropped connection, a 404 after a partial
// deploy, a browser that refuses 'wasm-unsafe-eval', its text unreachable), the
// page already shown stays readable, its links work as plain links, and a line
// in its language says the interactive parts could not start, with a button to
// reload. The app calls the same function (src/app.rs) when its text fails.
const START_FAILED = `function startFailed(error) {
  console.error("The app could not start:", error);
  if (document.querySelector(".start-failed")) return;
  const spanish = document.documentElement.lang === "es";
  const notice = document.createElement("div");
  notice.className = "start-failed";
  notice.setAttribute("role", "alert");
  const line = document.createElement("p");
  line.textContent = spanish
    ? "Las partes interactivas de la guía no pudieron iniciarse. Puede leer esta página; para lo demás, vuelva a cargarla."
    : "The interactive parts of the guide could not start. You can read this page; for the rest, reload it.";
  const reload = document.createElement("button");
  reload.type = "button";
  reload.className = "button";
  reload.textContent = spanish ? "Volver a cargar" : "Reload";
  reload.addEventListener("click", () => location.reload());
  notice.append(line, reload);
  document.body.prepend(notice);
}
globalThis.casaTrotskyStartFailed = startFailed;
// Chromium may offer installing before the app has started: keep that offer for
// it (src/components/install_prompt.rs), which listens for later ones itself.
addEventListener("beforeinstallprompt", (event) => {
  event.preventDefault();
  globalThis.casaTrotskyInstallPrompt = event;
}, { once: true });
`;
// Trunk's static import, which the browser would fetch before the script runs,
// and its call that fetches the wasm only once the import is done.
const STATIC_IMPORT = /^import init, \* as bindings from '([^']+)';$/m;
const WASM_URL = /module_or_path: ('[^']+')/;
// Trunk's preload links for the same files: with them, the download starts at once.
const APP_PRELOADS = /\s*<link rel="(?:modulepreload|preload)" href="[^"]+\.(?:js|wasm)"[^>]*>/g;

/** Trunk's start-up code, changed to wait for the first paint before loading anything. */
function paintFirst(script) {
  const wasmUrl = script.match(WASM_URL)?.[1];
  if (!STATIC_IMPORT.test(script) || !wasmUrl) throw new Error("Trunk's start-up script has changed: update boot-script.mjs");
  // Both downloads start together, as the preload links had them.
  const lazy = script
    .replace(
      STATIC_IMPORT,
      `const wasmResponse = fetch(${wasmUrl});\n// Read by init; a failure is reported once, below.\nwasmResponse.catch(() => {});\nconst bindings = await import('$1');\nconst init = bindings.default;`,
    )
    .replace(WASM_URL, "module_or_path: wasmResponse");
  return `${START_FAILED}${PAINT_FIRST}try {\n${lazy.trim()}\n} catch (error) {\n  startFailed(error);\n}\n`;
}

export async function externalizeBootScript(dir, publicUrl = "/") {
  const indexPath = join(dir, "index.html");
  let html = await readFile(indexPath, "utf8");
  const inline = html.match(INLINE_MODULE);
  if (inline) {
    const script = paintFirst(inline[1]);
    const name = `boot-${createHash("sha256").update(script).digest("hex").slice(0, 16)}.js`;
    await writeFile(join(dir, name), script);
    html = html.replace(INLINE_MODULE, `<script type="module" src="${publicUrl}${name}"></script>`);
    html = html.replace(APP_PRELOADS, "");
  }
  if (!html.includes("Content-Security-Policy")) {
    html = html.replace("<head>", `<head>\n  <meta http-equiv="Content-Security-Policy" content="${POLICY}">`);
  }
  await writeFile(indexPath, html);
}
