// Prerenders every page of a release build into <dist>/<path>/index.html, so
// the first paint on a slow phone is the page itself, not a splash waiting for
// the wasm. The app renders each page in Chromium; what it rendered becomes that
// page's boot screen, which the wasm takes away and replaces with the live app
// in one task when it starts (src/main.rs), so the swap is never painted.
//
//   node prerender.mjs <dist folder>
//
// Pages are found by following the app's own links from both home pages, so
// the route table in src/route.rs stays the only list of URLs.
//
// Each page also carries a copy of the content files the app fetched to render
// it (its language's text, its long prose), so that its first load fetches none:
// see `embeddable` below, and src/content/embedded.rs, which reads them back.
import { chromium } from "@playwright/test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchOptions } from "./chromium.js";
import { serve } from "./static-server.js";

const dist = resolve(process.argv[2] ?? "dist");
const shell = readFileSync(join(dist, "index.html"), "utf8");
const bootScreen = /<div id="boot" class="boot">[\s\S]*?<\/div>/;
if (!bootScreen.test(shell)) throw new Error(`no boot screen in ${dist}/index.html`);

const server = await serve(dist);
const browser = await chromium.launch(launchOptions);
try {
  // A fixed, ordinary visitor: the prerendered page must not depend on who built it.
  const context = await browser.newContext({ serviceWorkers: "block", colorScheme: "light", locale: "en-US" });
  const page = await context.newPage();
  const pending = ["/en/", "/es/"];
  const done = new Set();
  while (pending.length > 0) {
    const path = pending.shift();
    if (done.has(path)) continue;
    done.add(path);
    await page.goto(server.url + path);
    await page.locator("main h1").waitFor();
    await page.waitForLoadState("networkidle");
    const { lang, title, manifest, body, links, contentFiles } = await page.evaluate(snapshot);
    const copies = contentFiles.map((file) =>
      `<script type="text/plain" id="${file}">${embeddable(readFileSync(join(dist, file)))}</script>`);
    const html = shell
      .replace(/<html lang="[^"]*">/, `<html lang="${lang}">`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
      .replace(/<link rel="manifest" href="[^"]*">/, `<link rel="manifest" href="${manifest}">`)
      .replace(bootScreen, () => `<div id="boot" class="boot--prerendered">${body}${copies.join("")}</div>`)
      // Notes for whoever reads index.html, not for a visitor's phone.
      .replace(/<!--[\s\S]*?-->\n?/g, "");
    const folder = join(dist, path);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "index.html"), html);
    console.log(`prerendered ${path} (${html.length} bytes)`);
    pending.push(...links.filter((link) => !done.has(link)));
  }
} finally {
  await browser.close();
  await server.stop();
}

/** In the page: its rendered body, without what only holds for this moment. */
function snapshot() {
  const body = document.body.cloneNode(true);
  body.querySelectorAll("script, noscript").forEach((element) => element.remove());
  // Only true at build time (today's row; "open now" is hidden by the stylesheet
  // until the live app replaces it): nothing here may claim to know the time.
  body.querySelectorAll(".today").forEach((row) => {
    row.classList.remove("today");
    row.removeAttribute("aria-current");
  });
  body.querySelectorAll(".today-label").forEach((label) => label.remove());
  // Whether this phone can read aloud is for the live app to find out (their
  // places are reserved, so nothing moves when it does).
  body.querySelectorAll(".read-aloud__no-voice, .read-aloud__controls, .stop__listen").forEach((element) => element.remove());
  // Pages, not places on them: `/en/history#event-raid` is the history page.
  const links = [...document.querySelectorAll("a[href^='/']")].map((a) => a.getAttribute("href").split("#")[0]);
  return {
    lang: document.documentElement.lang,
    title: document.title,
    manifest: document.querySelector("link[rel=manifest]").getAttribute("href"),
    body: body.innerHTML.trim(),
    links,
    // Every file the app fetched from content/, whether from the network or a cache.
    contentFiles: [...new Set(performance.getEntriesByType("resource")
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith("/content/")))],
  };
}

/**
 * A content file's bytes as text the page can carry in a `<script type="text/plain">`:
 * each printable UTF-8 character stays as it is, so brotli finds the words again in
 * the page's markup; any other byte (postcard's lengths and numbers, and `<`, which
 * could end the element) becomes the character U+F700 + byte. The app reads it back
 * with `content::embedded::decode`.
 */
function embeddable(bytes) {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  let text = "";
  for (let at = 0; at < bytes.length; ) {
    const length = utf8Length(bytes[at]);
    let char = null;
    try {
      char = length > 0 && at + length <= bytes.length ? utf8.decode(bytes.subarray(at, at + length)) : null;
    } catch {
      // Not a character: a byte of postcard's own.
    }
    const code = char?.codePointAt(0);
    if (char !== null && code >= 0x20 && code !== 0x7f && char !== "<" && (code < 0xf700 || code > 0xf7ff)) {
      text += char;
      at += length;
    } else {
      text += String.fromCodePoint(0xf700 + bytes[at]);
      at += 1;
    }
  }
  return text;
}

/** How many bytes the UTF-8 character that starts with `lead` has; 0 if none can. */
function utf8Length(lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
