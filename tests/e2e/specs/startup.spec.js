// When the app cannot load or start, the page a visitor already sees stays:
// readable, with links that work as plain links, and a line in its language
// saying the interactive parts could not start, with a button to reload.
// (Not the fixture that fails on console errors: these failures are logged on purpose.)
import { test as base, expect } from "@playwright/test";
import { langs, paths, text } from "./fixtures.js";

// The words are the start-up script's own (public/csp/boot-script.mjs): it runs
// when the app, and so the content, could not be had.
const said = { en: { line: "could not start", reload: "Reload" }, es: { line: "no pudieron iniciarse", reload: "Volver a cargar" } };

/**
 * Serves each page with the copies of content files it carries (src/content/embedded.rs)
 * replaced by `copy(text)`, or taken out if `copy` is omitted.
 */
function changeCopies(page, copy) {
  return page.route("**/*", async (route) => {
    if (route.request().resourceType() !== "document") return route.fallback();
    const html = await (await route.fetch()).text();
    const changed = html.replace(/(<script type="text\/plain" id="[^"]+">)([^<]*)(<\/script>)/g,
      (_, open, text, close) => (copy ? open + copy(text) + close : ""));
    if (changed === html) throw new Error("the page carries no copy of a content file");
    await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: changed });
  });
}

const failures = {
  "the wasm cannot be fetched": (page) => page.route("**/*.wasm", (route) => route.abort("connectionreset")),
  "the wasm does not compile": (page) =>
    page.route("**/*.wasm", (route) => route.fulfill({ status: 200, contentType: "application/wasm", body: "this is not a WebAssembly module" })),
  "the JS glue is missing (a partial deploy)": (page) => page.route("**/casa-trotsky-*.js", (route) => route.fulfill({ status: 404, body: "Not found" })),
  // A prerendered page carries its text: this is a page served without it (a copy
  // cached by something in between from before), on a connection that drops.
  "the text of the page's language is neither in the page nor can be fetched": async (page) => {
    await changeCopies(page);
    await page.route("**/content/*.postcard", (route) => route.abort("connectionreset"));
  },
  "the page's copy of its text is damaged": (page) => changeCopies(page, (text) => text.slice(0, text.length / 2)),
  // Every chunk of the pages' code (`casa-trotsky-<hash>-visit.wasm`, …), not the main module.
  "the code of the pages cannot be fetched": (page) => page.route("**/casa-trotsky-*-*.wasm", (route) => route.abort("connectionreset")),
};

for (const [what, fail] of Object.entries(failures)) {
  for (const lang of langs) {
    const t = text[lang];
    base(`${lang}: when ${what}, the page stays readable, says so, and offers to reload`, async ({ page }) => {
      await fail(page);
      await page.goto(paths[lang].visit);
      const alert = page.getByRole("alert");
      await expect(alert).toContainText(said[lang].line);
      await expect(alert.getByRole("button", { name: said[lang].reload })).toBeVisible();
      // The prerendered page, still there and readable.
      await expect(page.locator("#boot")).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.visit.title);
      await expect(page.getByRole("table")).toBeVisible();
      // Its links work as plain links: a whole new load of the next page.
      await page.getByRole("navigation", { name: t.ui.main_nav }).getByRole("link", { name: t.ui.nav.history, exact: true }).click();
      await expect(page).toHaveURL(paths[lang].history);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.history.title);
      await expect(page.getByRole("alert")).toContainText(said[lang].line);
      // And the button reloads: with the failure gone, the app starts.
      await page.unrouteAll();
      await page.getByRole("alert").getByRole("button", { name: said[lang].reload }).click();
      await expect(page.locator("#boot")).toHaveCount(0, { timeout: 15_000 });
      await expect(page.getByRole("alert")).toHaveCount(0);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.history.title);
    });
  }
}
