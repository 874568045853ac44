// What every spec shares: the app's own content files, the published URLs,
// and a page that fails its test on any console error or uncaught exception.
import { test as base, expect } from "@playwright/test";
import { readFileSync } from "node:fs";

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));

/** The same strings the app shows, by language. */
export const text = { en: read("../../../src/content/en.json"), es: read("../../../src/content/es.json") };
export const facts = read("../../../src/content/facts.json");
export const visitData = read("../../../public/data/visit.json");

/** The URLs the museum publishes: part of the contract, so spelled out here on purpose. */
export const paths = {
  en: { home: "/en/", tour: "/en/tour", history: "/en/history", family: "/en/family", visit: "/en/visit", directions: "/en/directions" },
  es: { home: "/es/", tour: "/es/recorrido", history: "/es/historia", family: "/es/familia", visit: "/es/visita", directions: "/es/como-llegar" },
};
export const pages = Object.keys(paths.en);

/** Fills `{name}` placeholders as the app's `content::fill` does. */
export const fill = (template, values) => Object.entries(values).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, v), template);
export const langs = ["en", "es"];
export const other = { en: "es", es: "en" };

export const test = base.extend({
  page: async ({ page }, use) => {
    // A prerendered page shows at once and the app takes over a moment later: a
    // test acts as a visitor would once the app is live, so `goto` waits for it.
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await untilLive(page, { timeout: 15_000 });
      return response;
    };
    const problems = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    await use(page);
    expect(problems, "the page logged no errors").toEqual([]);
  },
});

export { expect };

/** Waits until the app has taken over from the boot screen or the prerendered copy. */
export async function untilLive(page, options) {
  await expect(page.locator("#boot")).toHaveCount(0, options);
}

/** Waits until the live app (not the boot screen or a prerendered copy) shows the page's heading. */
export async function heading(page) {
  await untilLive(page);
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveCount(1);
  return h1;
}
