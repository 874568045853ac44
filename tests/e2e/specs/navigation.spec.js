// Moving around: links, back and forward, focus, tidy URLs, and pages that do not exist.
import { test, expect, text, paths, pages, langs, heading } from "./fixtures.js";

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
