// Moving around: links, back and forward, focus, tidy URLs, and pages that do not exist.
import { test as base } from "@playwright/test";
import { test, expect, text, paths, pages, langs, heading, untilLive } from "./fixtures.js";

for (const lang of langs) {
  const t = text[lang];

  test(`${lang}: navigation links change the page without a reload, and focus follows`, async ({ page }) => {
    await page.goto(paths[lang].home);
    await page.evaluate(() => (window.__sameDocument = true));
    const nav = page.getByRole("navigation", { name: t.ui.main_nav });
    for (const name of [...pages.slice(1), "home"]) {
      await nav.getByRole("link", { name: t.ui.nav[name], exact: true }).click();
      await expect(page).toHaveURL(paths[lang][name]);
      const h1 = await heading(page);
      await expect(h1).toHaveText(t[name].title);
      await expect(h1).toBeFocused();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    }
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  });

  test(`${lang}: back and forward go through the visited pages`, async ({ page }) => {
    await page.goto(paths[lang].home);
    const nav = page.getByRole("navigation", { name: t.ui.main_nav });
    await nav.getByRole("link", { name: t.ui.nav.history, exact: true }).click();
    await expect(await heading(page)).toHaveText(t.history.title);
    await nav.getByRole("link", { name: t.ui.nav.visit, exact: true }).click();
    await expect(await heading(page)).toHaveText(t.visit.title);
    await page.goBack();
    await expect(page).toHaveURL(paths[lang].history);
    await expect(await heading(page)).toHaveText(t.history.title);
    await page.goBack();
    await expect(page).toHaveURL(paths[lang].home);
    await expect(await heading(page)).toHaveText(t.home.title);
    await page.goForward();
    await expect(await heading(page)).toHaveText(t.history.title);
  });

  test(`${lang}: Back and Forward return to where the visitor was on each page`, async ({ page }) => {
    // Scrolls, and waits for the frame in which the browser reports it, as any visitor's scroll is.
    const scrollTo = (wanted) =>
      page.evaluate(async (wanted) => {
        const y = Math.min(wanted, document.documentElement.scrollHeight - innerHeight - 1);
        scrollTo(0, y);
        await new Promise((frame) => requestAnimationFrame(() => setTimeout(frame)));
        return Math.round(scrollY);
      }, wanted);
    const scrolled = () => page.evaluate(() => Math.round(scrollY));
    const nav = page.getByRole("navigation", { name: t.ui.main_nav });
    await page.goto(paths[lang].history);
    const onHistory = await scrollTo(2500);
    expect(onHistory).toBeGreaterThan(500);
    // A click where the link is, without scrolling to it first (as a thumb would, on a sticky bar).
    await nav.getByRole("link", { name: t.ui.nav.family, exact: true }).dispatchEvent("click");
    await expect(await heading(page)).toHaveText(t.family.title);
    await expect.poll(scrolled, { message: "a new page opens at its top" }).toBe(0);
    const onFamily = await scrollTo(300);
    await page.goBack();
    await expect(await heading(page)).toHaveText(t.history.title);
    await expect.poll(scrolled).toBe(onHistory);
    await page.goForward();
    await expect(await heading(page)).toHaveText(t.family.title);
    await expect.poll(scrolled).toBe(onFamily);
  });

  test(`${lang}: a link to the page already shown adds nothing to Back`, async ({ page }) => {
    await page.goto(paths[lang].home);
    const nav = page.getByRole("navigation", { name: t.ui.main_nav });
    await nav.getByRole("link", { name: t.ui.nav.visit, exact: true }).click();
    await nav.getByRole("link", { name: t.ui.nav.visit, exact: true }).click();
    await expect(await heading(page)).toHaveText(t.visit.title);
    await page.goBack();
    await expect(page).toHaveURL(paths[lang].home);
  });

  // Not the fixture that fails on console errors: the browser asks for /favicon.ico
  // beside a JSON document, and this server has none.
  base(`${lang}: a link to a file is the browser's, not a page of the app`, async ({ page }) => {
    await page.goto(paths[lang].home);
    await untilLive(page);
    // A link the museum might add to its own data file.
    await page.evaluate(() => {
      const link = Object.assign(document.createElement("a"), { href: "/data/visit.json", textContent: "visit.json" });
      document.querySelector("main").append(link);
    });
    // The browser itself goes there: the app fetches the file too, but never as a navigation.
    const navigated = page.waitForRequest((request) => request.url().endsWith("/data/visit.json") && request.isNavigationRequest());
    await page.getByRole("link", { name: "visit.json" }).click();
    await navigated;
    await expect(page).toHaveURL(/\/data\/visit\.json$/);
  });

  test(`${lang}: an unknown path shows Not found in that language, with links back`, async ({ page }) => {
    const response = await page.goto(`/${lang}/no-such-page`);
    expect(response.status()).toBe(200);
    await expect(await heading(page)).toHaveText(t.not_found.title);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await page.getByRole("main").getByRole("link", { name: t.ui.nav.visit, exact: true }).click();
    await expect(page).toHaveURL(paths[lang].visit);
    await expect(await heading(page)).toHaveText(t.visit.title);
  });

  test(`${lang}: a trailing slash is tidied to the page's own URL`, async ({ page }) => {
    await page.goto(`${paths[lang].family}/`);
    await expect(page).toHaveURL(paths[lang].family);
    await expect(await heading(page)).toHaveText(t.family.title);
  });
}

test.describe("an unknown language prefix", () => {
  test.use({ locale: "es-MX" });

  test("shows Not found in the browser's language", async ({ page }) => {
    await page.goto("/fr/visite");
    await expect(await heading(page)).toHaveText(text.es.not_found.title);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
  });
});
