// The language toggle, the remembered choice, and where `/` sends a visitor.
import { test as base } from "@playwright/test";
import { test, expect, text, paths, pages, langs, other, heading, untilLive } from "./fixtures.js";

for (const lang of langs) {
  const to = other[lang];

  test(`${lang}: the toggle keeps the visitor on the same page, in the other language`, async ({ page }) => {
    for (const name of pages) {
      await page.goto(paths[lang][name]);
      const toggle = page.getByRole("link", { name: text[to].ui.switch_to_this_language });
      await expect(toggle).toHaveText(text[to].ui.language_name);
      await expect(toggle).toHaveAttribute("lang", to);
      await toggle.click();
      await expect(page).toHaveURL(paths[to][name]);
      await expect(await heading(page)).toHaveText(text[to][name].title);
      await expect(page.locator("html")).toHaveAttribute("lang", to);
    }
  });

  // Not the fixture that fails on console errors: the failed fetch is logged on purpose.
  // No service worker: on a first visit it may not have cached the other language yet.
  base.describe(() => {
    base.use({ serviceWorkers: "block" });
    base(`${lang}: when the other language's text cannot be fetched, the page stays whole in ${lang}`, async ({ page }) => {
      await page.route(`**/content/${to}.*.postcard`, (route) => route.abort("internetdisconnected"));
      await page.goto(paths[lang].home);
      await untilLive(page);
      await page.getByRole("link", { name: text[to].ui.switch_to_this_language }).click();
      await expect(page).toHaveURL(paths[to].home);
      await expect(await heading(page)).toHaveText(text[lang].home.title);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      // Its words and its links alike: every card leads on in the language that is here.
      const cards = page.locator("main a.card__link");
      await expect(cards.first()).toBeVisible();
      for (const href of await cards.evaluateAll((links) => links.map((link) => link.getAttribute("href")))) {
        expect(href).toMatch(new RegExp(`^/${lang}/`));
      }
    });
  });

  test(`${lang}: the chosen language is remembered across a reload and a new visit to /`, async ({ page }) => {
    await page.goto(paths[to].visit);
    await page.getByRole("link", { name: text[lang].ui.switch_to_this_language }).click();
    await expect(page).toHaveURL(paths[lang].visit);
    await page.reload();
    await expect(await heading(page)).toHaveText(text[lang].visit.title);
    await page.goto("/");
    await expect(page).toHaveURL(paths[lang].home);
    await expect(await heading(page)).toHaveText(text[lang].home.title);
  });
}

test.describe("a Spanish-speaking browser", () => {
  test.use({ locale: "es-MX" });

  test("/ opens the Spanish home page", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(paths.es.home);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
  });

  test("a stored English choice wins over the browser", async ({ page }) => {
    await page.goto(paths.es.home);
    await page.evaluate(() => localStorage.setItem("casa-trotsky.lang", "en"));
    await page.goto("/");
    await expect(page).toHaveURL(paths.en.home);
  });

  test("a corrupt stored value is ignored and removed", async ({ page }) => {
    await page.goto(paths.es.home);
    await page.evaluate(() => localStorage.setItem("casa-trotsky.lang", "{klingon"));
    await page.goto("/");
    await expect(page).toHaveURL(paths.es.home);
    expect(await page.evaluate(() => localStorage.getItem("casa-trotsky.lang"))).toBeNull();
  });
});

test.describe("an English-speaking browser", () => {
  test.use({ locale: "en-US" });

  test("/ opens the English home page", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(paths.en.home);
    await expect(await heading(page)).toHaveText(text.en.home.title);
  });
});
