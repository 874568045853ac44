// Installable, offline after one visit, and updated safely: against a release
// build served over HTTP by a server each test starts and stops itself.
import { test, expect, text, paths, pages, langs, heading } from "./fixtures.js";
import { chromium } from "@playwright/test";
import { launchOptions } from "../chromium.js";
import { serve } from "../static-server.js";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const e2e = fileURLToPath(new URL("..", import.meta.url));
const dist = join(e2e, "../../dist");

/** A copy of the release build that a test may change: without the brotli
 *  copies, which would go on serving the files as they were. */
function copyOfBuild() {
  const folder = mkdtempSync(join(tmpdir(), "casa-trotsky-dist-"));
  cpSync(dist, folder, { recursive: true, filter: (source) => !source.endsWith(".br") });
  return folder;
}

/** Waits until the service worker controls the page and has cached the build. */
async function untilOffline(page) {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), null, { timeout: 20_000 });
}

test.describe.configure({ mode: "serial" });

test("the browser itself finds the app installable, and the manifest's icons load at their sizes", async () => {
  const server = await serve(dist);
  const profile = mkdtempSync(join(tmpdir(), "casa-trotsky-profile-"));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, headless: true });
  try {
    for (const lang of langs) {
      const page = await context.newPage();
      await page.goto(`${server.url}${paths[lang].home}`);
      await untilOffline(page);
      await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", `/manifest.${lang}.webmanifest`);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
      expect(installabilityErrors).toEqual([]);

      const manifest = await (await page.request.get(`${server.url}/manifest.${lang}.webmanifest`)).json();
      expect(manifest.lang).toBe(lang);
      expect(manifest.display).toBe("standalone");
      expect(manifest.shortcuts.map((s) => s.url)).toEqual([paths[lang].tour, paths[lang].visit, paths[lang].directions]);
      const purposes = manifest.icons.map((icon) => `${icon.purpose} ${icon.sizes}`).sort();
      expect(purposes).toEqual(["any 192x192", "any 512x512", "maskable 192x192", "maskable 512x512"]);
      for (const icon of [...manifest.icons, { src: "/icons/apple-touch-icon.png", sizes: "180x180" }]) {
        const size = await page.evaluate(async (src) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          return `${image.naturalWidth}x${image.naturalHeight}`;
        }, icon.src);
        expect(size, icon.src).toBe(icon.sizes);
      }
      await page.close();
    }
  } finally {
    await context.close();
    await server.stop();
  }
});

test("after one visit, every page in both languages opens cold with the server stopped", async ({ browser }) => {
  const server = await serve(dist);
  const context = await browser.newContext();
  const first = await context.newPage();
  try {
    await first.goto(`${server.url}/en/`);
    await untilOffline(first);
  } finally {
    await server.stop();
  }

  for (const lang of langs) {
    for (const name of pages) {
      const page = await context.newPage();
      await page.goto(`${server.url}${paths[lang][name]}`);
      await expect(await heading(page)).toHaveText(text[lang][name].title);
      await expect(page.getByText(text[lang][name].lead)).toBeVisible();
      await page.close();
    }
  }
  await context.close();
});

test("on a return visit, every page's code is fetched from the service worker's cache before a tap needs it", async ({ browser }) => {
  const server = await serve(dist);
  const context = await browser.newContext();
  try {
    const first = await context.newPage();
    await first.goto(`${server.url}${paths.en.home}`);
    await untilOffline(first);
    await first.close();
    const page = await context.newPage();
    const chunks = new Map();
    page.on("response", (response) => {
      const chunk = response.url().match(/\/casa-trotsky-[0-9a-f]+-([a-z]+)\.wasm$/);
      if (chunk) chunks.set(chunk[1], response.fromServiceWorker());
    });
    await page.goto(`${server.url}${paths.en.visit}`);
    const pageNames = ["directions", "family", "history", "home", "tour", "visit"];
    await expect.poll(() => [...chunks.keys()].sort(), { timeout: 15_000 }).toEqual(pageNames);
    // All from the worker's cache, with no tap and no change of page.
    for (const name of pageNames) expect(chunks.get(name), name).toBe(true);
    await expect(page).toHaveURL(`${server.url}${paths.en.visit}`);
    await expect(await heading(page)).toHaveText(text.en.visit.title);
  } finally {
    await server.stop();
    await context.close();
  }
});

test("with the network gone, a quiet notice says so, and goes when it returns", async ({ browser }) => {
  const server = await serve(dist);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}/es/visita`);
    await untilOffline(page);
    const notice = page.getByText(text.es.ui.offline);
    await expect(notice).toHaveCount(0);
    await context.setOffline(true);
    await expect(notice).toBeVisible();
    await context.setOffline(false);
    await expect(notice).toHaveCount(0);
  } finally {
    await context.close();
    await server.stop();
  }
});

test("a new deployment is offered, and accepting it shows the new version", async ({ browser }, testInfo) => {
  const folder = copyOfBuild();
  const server = await serve(folder);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}/en/visit`);
    await untilOffline(page);
    const body = page.locator("body");
    await expect(body).not.toHaveCSS("outline-style", "dashed");

    deployRestyledBuild(folder, "body { outline: 3px dashed red; }");
    // The open app looks for updates now and then; here, now.
    await lookForUpdate(page);
    const prompt = page.getByText(text.en.ui.update_available);
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    // Until the visitor says so, the page keeps the version it started with.
    await expect(body).not.toHaveCSS("outline-style", "dashed");
    await page.screenshot({ path: testInfo.outputPath("update-prompt.png") });
    await page.getByRole("button", { name: text.en.ui.update_reload }).click();
    await expect(body).toHaveCSS("outline-style", "dashed", { timeout: 20_000 });
    await expect(await heading(page)).toHaveText(text.en.visit.title);
    await expect(prompt).toHaveCount(0);
  } finally {
    await context.close();
    await server.stop();
  }
});

test("accepting the update in one tab leaves the other tab's offer working", async ({ browser }) => {
  const folder = copyOfBuild();
  const server = await serve(folder);
  const context = await browser.newContext();
  const first = await context.newPage();
  const second = await context.newPage();
  try {
    await first.goto(`${server.url}/en/visit`);
    await untilOffline(first);
    await second.goto(`${server.url}/es/historia`);
    await untilOffline(second);

    deployRestyledBuild(folder, "body { outline: 3px dashed red; }");
    await lookForUpdate(first);
    await expect(first.getByText(text.en.ui.update_available)).toBeVisible({ timeout: 20_000 });
    await expect(second.getByText(text.es.ui.update_available)).toBeVisible({ timeout: 20_000 });

    await first.getByRole("button", { name: text.en.ui.update_reload }).click();
    await expect(first.locator("body")).toHaveCSS("outline-style", "dashed", { timeout: 20_000 });
    // The new version now serves the second tab, which still runs the old files:
    // its offer stays, and its button still brings it on.
    await expect(second.locator("body")).not.toHaveCSS("outline-style", "dashed");
    await second.getByRole("button", { name: text.es.ui.update_reload }).click();
    await expect(second.locator("body")).toHaveCSS("outline-style", "dashed", { timeout: 20_000 });
    await expect(await heading(second)).toHaveText(text.es.history.title);
    await expect(second.getByText(text.es.ui.update_available)).toHaveCount(0);
  } finally {
    await context.close();
    await server.stop();
  }
});

test("a page that already runs the new version is not offered it", async ({ browser }) => {
  const folder = copyOfBuild();
  const server = await serve(folder);
  const context = await browser.newContext();
  const old = await context.newPage();
  try {
    await old.goto(`${server.url}/en/visit`);
    await untilOffline(old);
    deployRestyledBuild(folder, "body { outline: 3px dashed red; }");
    await lookForUpdate(old);
    await expect(old.getByText(text.en.ui.update_available)).toBeVisible({ timeout: 20_000 });

    // A new tab opens from the network, so it runs the new version, while the
    // old version's worker is still in charge and the new one waits.
    const fresh = await context.newPage();
    await fresh.goto(`${server.url}/en/history`);
    await expect(fresh.locator("body")).toHaveCSS("outline-style", "dashed");
    expect(await fresh.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration()).waiting))).toBe(true);
    // The page asks the waiting worker which files it holds as it starts; give
    // the answer time to come (a wrong offer would show within milliseconds).
    await fresh.waitForTimeout(1_500);
    await expect(fresh.getByText(text.en.ui.update_available)).toHaveCount(0);

    // Accepted in the old tab: the new version takes over both, and the fresh
    // tab, already on it, is still offered nothing.
    await old.getByRole("button", { name: text.en.ui.update_reload }).click();
    await expect(old.locator("body")).toHaveCSS("outline-style", "dashed", { timeout: 20_000 });
    await fresh.waitForFunction(async () => (await navigator.serviceWorker.getRegistration()).waiting === null);
    await fresh.waitForTimeout(1_500);
    await expect(fresh.getByText(text.en.ui.update_available)).toHaveCount(0);
  } finally {
    await context.close();
    await server.stop();
  }
});

/** The open app looks for updates every half hour; a test asks for it at once. */
async function lookForUpdate(page) {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
}

/** Changes the build in `folder` as a new release would: a new hashed stylesheet,
 *  every page (index.html and the prerendered ones) pointing at it, and then the
 *  release recipe's last step (.ci/setup.sh, build_release): the service worker
 *  written over the finished folder. */
function deployRestyledBuild(folder, extraCss) {
  const oldName = readdirSync(folder).find((file) => file.endsWith(".css"));
  const css = `${readFileSync(join(folder, oldName), "utf8")}\n${extraCss}\n`;
  const newName = oldName.replace(/\.css$/, "-next.css");
  writeFileSync(join(folder, newName), css);
  const integrity = `sha384-${createHash("sha384").update(css).digest("base64")}`;
  const pages = readdirSync(folder, { recursive: true }).filter((file) => file.endsWith(".html"));
  for (const file of pages) {
    const html = readFileSync(join(folder, file), "utf8").replace(
      /href="\/[^"]+\.css" integrity="[^"]+"/,
      `href="/${newName}" integrity="${integrity}"`,
    );
    writeFileSync(join(folder, file), html);
  }
  spawnSyncOrThrow("node", [join(e2e, "../../public/service-worker/precache.mjs"), folder]);
}

function spawnSyncOrThrow(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr}`);
}

test.describe("on an iPhone, which has no install prompt", () => {
  test.use({
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
  });

  for (const lang of langs) {
    test(`${lang}: a short Add to Home Screen hint shows, and once dismissed stays away`, async ({ page }) => {
      await page.goto(paths[lang].home);
      const offer = page.getByRole("complementary", { name: text[lang].ui.install_label });
      await expect(offer.getByText(text[lang].ui.install_ios_hint)).toBeVisible();
      await offer.getByRole("button", { name: text[lang].ui.dismiss }).click();
      await expect(offer).toHaveCount(0);
      await page.reload();
      await expect(await heading(page)).toHaveText(text[lang].home.title);
      await expect(page.getByText(text[lang].ui.install_ios_hint)).toHaveCount(0);
    });
  }
});

test("in a desktop browser that offers installing, one button does it", async ({ page }) => {
  await page.goto(paths.en.home);
  await expect(await heading(page)).toHaveText(text.en.home.title);
  // Chromium fires beforeinstallprompt only after its own engagement checks; fire it as the browser would.
  await page.evaluate(() => {
    const event = new Event("beforeinstallprompt", { cancelable: true });
    event.prompt = () => (window.__prompted = true);
    window.dispatchEvent(event);
  });
  await page.getByRole("button", { name: text.en.ui.install }).click();
  expect(await page.evaluate(() => window.__prompted)).toBe(true);
  await expect(page.getByRole("button", { name: text.en.ui.install })).toHaveCount(0);
});

test("an install offer that comes before the app has started is kept for it", async ({ page }) => {
  // Fired as soon as the page's own scripts have run, long before the wasm has started.
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      window.__appStartedBeforeOffer = !document.getElementById("boot");
      const event = new Event("beforeinstallprompt", { cancelable: true });
      event.prompt = () => (window.__prompted = true);
      window.dispatchEvent(event);
    });
  });
  await page.goto(paths.es.home);
  await expect(await heading(page)).toHaveText(text.es.home.title);
  expect(await page.evaluate(() => window.__appStartedBeforeOffer)).toBe(false);
  await page.getByRole("button", { name: text.es.ui.install }).click();
  expect(await page.evaluate(() => window.__prompted)).toBe(true);
});

test("on a host that adds trailing slashes and drops index.html, the pages still open offline", async ({ browser }) => {
  process.env.REDIRECT_TO_SLASH = "1";
  const server = await serve(dist).finally(() => delete process.env.REDIRECT_TO_SLASH);
  const context = await browser.newContext();
  const first = await context.newPage();
  try {
    // Online, the worker lets the browser follow the host's redirect.
    const response = await first.goto(`${server.url}${paths.en.visit}`);
    expect(response.request().redirectedFrom()?.url(), "the host redirected").toBe(`${server.url}${paths.en.visit}`);
    await untilOffline(first);
    await first.goto(`${server.url}${paths.es.visit}`);
    await expect(await heading(first)).toHaveText(text.es.visit.title);
  } finally {
    await server.stop();
  }
  for (const lang of langs) {
    const page = await context.newPage();
    await page.goto(`${server.url}${paths[lang].family}`);
    await expect(await heading(page)).toHaveText(text[lang].family.title);
    await page.close();
  }
  await context.close();
});
