// Hostile and broken input: strange URLs, markup where text belongs, a crash,
// the security policy, and requests that must never leave the app's own origin.
import { test, expect, text, paths, pages, langs, visitData, heading, untilLive } from "./fixtures.js";
import { test as base } from "@playwright/test";
import { readFileSync } from "node:fs";

const markup = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;

/** URL → what the visitor should see: a page, or Not found in a language. */
const urls = [
  ["/ES/visita", "not_found", "es"],
  ["/fr/", "not_found", "en"],
  ["/en/visit/", "visit", "en"],
  ["/es//visita", "not_found", "es"],
  ["/en/%E0%A4%A", "not_found", "en"],
  ["/en/%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E", "not_found", "en"],
  [`/en/${"a".repeat(3000)}`, "not_found", "en"],
  ["/es/visita?x=%3Cscript%3Ewindow.__pwned=1%3C/script%3E&lang=fr", "visit", "es"],
  ["/en/history#%3Cimg%20src=x%20onerror=window.__pwned=1%3E", "history", "en"],
  ["/index.html", "not_found", "en"],
];

for (const [url, page_, lang] of urls) {
  test(`${url.slice(0, 60)} shows ${page_} in ${lang}, and runs nothing from the URL`, async ({ page }) => {
    await page.goto(url);
    await expect(await heading(page)).toHaveText(text[lang][page_].title);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("navigation").getByRole("link")).toHaveCount(pages.length);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    await expect(page.locator("main img, main script")).toHaveCount(0);
  });
}

for (const lang of langs) {
  test(`${lang}: markup in the served data file is shown as text, never run`, async ({ page }) => {
    const notice = { from: "2026-11-24", until: "2026-11-24", closed: false, en: markup, es: markup };
    await page.route("**/data/visit.json", (route) => route.fulfill({ json: { ...visitData, notices: [notice] } }));
    await page.clock.setFixedTime(new Date("2026-11-24T16:35:00Z"));
    await page.goto(paths[lang].visit);
    await expect(page.locator(".notices li")).toHaveText(markup);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    await expect(page.locator(".notices img")).toHaveCount(0);
  });

  test(`${lang}: a stored language that is empty or foreign falls back and is repaired`, async ({ page }) => {
    for (const stored of ["", "fr", "null", "\u0000es"]) {
      await page.goto(paths[lang].home);
      await page.evaluate((value) => localStorage.setItem("casa-trotsky.lang", value), stored);
      await page.goto("/");
      await expect(await heading(page)).toBeVisible();
      expect(await page.evaluate(() => localStorage.getItem("casa-trotsky.lang")), `after ${JSON.stringify(stored)}`).toBeNull();
    }
  });
}

for (const lang of langs) {
  base(`${lang}: a crash leaves a message and a way to reload, never a dead page`, async ({ page }) => {
    const logged = [];
    page.on("console", (message) => message.type() === "error" && logged.push(message.text()));
    await page.goto(paths[lang].visit);
    // The crash must happen in the running app, not in the prerendered copy before it.
    await untilLive(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text[lang].visit.title);
    await page.evaluate(() => {
      try {
        window.wasmBindings.simulate_crash();
      } catch {
        // The wasm traps after the panic hook has run; that is the point.
      }
    });
    const alert = page.getByRole("alert");
    await expect(alert).toBeVisible();
    await expect(alert.getByRole("link", { name: "Recargar · Reload" })).toHaveAttribute("href", page.url());
    expect(logged.some((line) => line.includes("simulated crash"))).toBe(true);
  });
}

test("the release build carries a strict Content Security Policy and no inline script", async ({ request }) => {
  const html = await (await request.get("/en/")).text();
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? "";
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toContain("'unsafe-eval'");
  // Data blocks (`type="text/plain"`: the page's copies of content files, src/content/embedded.rs)
  // are never run; every other script comes from a file.
  expect(html).not.toMatch(/<script(?![^>]*\b(?:src=|type="text\/plain"))[^>]*>/);
  expect(html).toMatch(/<script type="text\/plain" id="\/content\/en\.[0-9a-f]+\.postcard">/);
  // The same policy as the header the README asks hosts to send, plus frame-ancestors there.
  const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
  expect(readme).toContain(`Content-Security-Policy: ${policy}; frame-ancestors 'none'`);
});

test("a walk through every page, both languages, breaks no policy and asks no other origin", async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const elsewhere = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.origin !== origin) elsewhere.push(request.url());
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(paths.en.home);
  for (const lang of langs) {
    for (const name of pages) {
      await page.getByRole("navigation").getByRole("link", { name: text[lang].ui.nav[name], exact: true }).click();
      await expect(await heading(page)).toHaveText(text[lang][name].title);
    }
    await page.getByRole("link", { name: text[langs.find((l) => l !== lang)].ui.switch_to_this_language }).click();
  }
  await page.goto(paths.es.visit);
  await page.getByRole("button", { name: text.es.plan.calendar_button }).click();
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(elsewhere).toEqual([]);
});

for (const lang of langs) {
  test(`${lang}: dark mode can be switched on, and is remembered across a reload`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(paths[lang].history);
    const toggle = page.getByRole("button", { name: text[lang].ui.dark_mode });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    const light = await page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor);
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    const dark = await page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor);
    expect(dark).not.toBe(light);
    await page.reload();
    await expect(page.getByRole("button", { name: text[lang].ui.dark_mode })).toHaveAttribute("aria-pressed", "true");
    expect(await page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor)).toBe(dark);
  });

  test(`${lang}: a corrupt stored theme falls back to the system's and is removed`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(paths[lang].home);
    await page.evaluate(() => localStorage.setItem("casa-trotsky.theme", "{purple"));
    await page.reload();
    await expect(page.getByRole("button", { name: text[lang].ui.dark_mode })).toHaveAttribute("aria-pressed", "true");
    expect(await page.evaluate(() => localStorage.getItem("casa-trotsky.theme"))).toBeNull();
  });
}

base("a chosen dark theme is there from the first paint, before the app has started", async ({ browser }) => {
  // No service worker, which would hand out the wasm past the blocked route below.
  const page = await browser.newPage({ serviceWorkers: "block" });
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(paths.en.history);
  const light = await page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor);
  await page.evaluate(() => localStorage.setItem("casa-trotsky.theme", "dark"));
  // The app never starts: what shows is the prerendered page and the start-up script alone.
  await page.route("**/*.wasm", (route) => route.abort());
  await page.goto(paths.en.visit);
  await expect(page.locator("#boot main h1")).toHaveText(text.en.visit.title);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor)).not.toBe(light);
  await page.close();
});
