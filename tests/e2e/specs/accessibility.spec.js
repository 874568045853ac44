// WCAG 2.2 AA, checked by axe-core on every page, in both languages, in light
// and dark, at phone and desktop widths (the two projects of the config).
import { test, expect, paths, pages, langs, heading } from "./fixtures.js";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const wcagAA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Every A and AA violation on the page as it stands, one readable line each. */
async function violations(page) {
  // Evaluated through the DevTools protocol: the app's CSP rightly refuses injected scripts.
  await page.evaluate(axeSource);
  const results = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }), wcagAA);
  return results.violations.flatMap((rule) =>
    rule.nodes.map((node) => `${rule.id} (${rule.impact}): ${node.target.join(" ")} — ${node.failureSummary.replace(/\s+/g, " ")}`),
  );
}

const everyPage = langs.flatMap((lang) => [...pages.map((name) => [lang, name, paths[lang][name]]), [lang, "not found", `/${lang}/no-such-page`]]);

for (const scheme of ["light", "dark"]) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const [lang, name, path] of everyPage) {
      test(`${lang} ${name}: no WCAG 2.2 A or AA violation`, async ({ page }) => {
        await page.goto(path);
        await heading(page);
        // The live status arrives from the app's clock; check the page with it in place.
        await page.waitForLoadState("networkidle");
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test("the check itself catches what it is there to catch", async ({ page }) => {
  await page.goto(paths.en.visit);
  await heading(page);
  // A picture with no text alternative, and grey on grey: two violations planted on purpose.
  await page.evaluate(() => {
    const main = document.querySelector("main");
    main.append(Object.assign(document.createElement("img"), { src: "/icons/icon-192.png" }));
    const faint = Object.assign(document.createElement("p"), { textContent: "Barely there" });
    faint.style.cssText = "color: #bbb; background: #ccc";
    main.append(faint);
  });
  const found = await violations(page);
  expect(found.some((line) => line.startsWith("image-alt"))).toBe(true);
  expect(found.some((line) => line.startsWith("color-contrast"))).toBe(true);
});

// A thumb needs 44 × 44 CSS pixels. Links inside running text and the list of
// sources are exempt (as in WCAG 2.5.8): they are as tall as the line they sit in.
for (const [lang, name, path] of everyPage) {
  test(`${lang} ${name}: every control is at least 44 × 44 px, and nothing scrolls sideways at 320 px`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "a phone-width check: once is enough");
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(path);
    await heading(page);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll("a[href], button, input, select, summary")]
        .filter((element) => element.getClientRects().length > 0 && !element.matches(".skip-link"))
        .filter((element) => !(element.matches("a") && element.closest(".prose, .sources")))
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ element, box }) => `${element.outerHTML.slice(0, 80)} is ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

// WCAG 1.4.4: text at 200% loses nothing. A 1280 px window zoomed to 200% is a
// 640 px layout; with the text doubled on top, nothing may run off the side.
for (const [lang, name, path] of everyPage) {
  test(`${lang} ${name}: with text at 200%, nothing is cut off or scrolls sideways`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "a zoom check: once is enough");
    await page.setViewportSize({ width: 640, height: 800 });
    await page.goto(path);
    await heading(page);
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      clipped: [...document.querySelectorAll("main *, header *, nav *, footer *")]
        .filter((element) => getComputedStyle(element).overflowX === "hidden" && element.scrollWidth > element.clientWidth + 1)
        .map((element) => element.outerHTML.slice(0, 80)),
    }));
    expect(overflow.page).toBeLessThanOrEqual(640);
    expect(overflow.clipped).toEqual([]);
  });
}
