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
    const { lang, title, manifest, body, links } = await page.evaluate(snapshot);
    const html = shell
      .replace(/<html lang="[^"]*">/, `<html lang="${lang}">`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
      .replace(/<link rel="manifest" href="[^"]*">/, `<link rel="manifest" href="${manifest}">`)
      .replace(bootScreen, () => `<div id="boot" class="boot--prerendered">${body}</div>`);
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
  };
}

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
