// Each page's code is a chunk of the wasm of its own (src/pages/chunks.rs): a first
// load fetches the frame and the page it opens, and another page's code comes when
// that page is first shown. If it cannot come, the visitor is told, and can try again.
// The same for its long prose (and Home's paragraphs), except on a first load: a prerendered page carries
// the content files it needs (src/content/embedded.rs).
// (Not the fixture that fails on console errors: the failed fetch is logged on purpose.)
import { test as base, expect } from "@playwright/test";
import { heading, langs, paths, text, untilLive } from "./fixtures.js";

// A first visit, before the service worker has precached every chunk (it would serve them).
base.use({ serviceWorkers: "block" });

/** The page chunks `page` has fetched so far, by page: `casa-trotsky-<hash>-visit.wasm` → "visit". */
function pageChunksFetched(page) {
  const fetched = new Set();
  page.on("request", (request) => {
    const chunk = request.url().match(/\/casa-trotsky-[0-9a-f]+-([a-z]+)\.wasm$/);
    if (chunk) fetched.add(chunk[1]);
  });
  return fetched;
}

/** The paths of the content files (`/content/…`) `page` fetches from now on. */
function contentFetched(page) {
  const fetched = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith("/content/")) fetched.push(path);
  });
  return fetched;
}

for (const lang of langs) {
  const t = text[lang];
  const nav = (page) => page.getByRole("navigation", { name: t.ui.main_nav });

  base(`${lang}: a first load fetches its own page's code, and another page's when it is opened`, async ({ page }) => {
    const fetched = pageChunksFetched(page);
    const content = contentFetched(page);
    await page.goto(paths[lang].visit);
    await untilLive(page);
    await expect(await heading(page)).toHaveText(t.visit.title);
    expect([...fetched]).toEqual(["visit"]);
    // The page carried its language's text.
    expect(content).toEqual([]);
    await nav(page).getByRole("link", { name: t.ui.nav.history, exact: true }).click();
    await expect(await heading(page)).toHaveText(t.history.title);
    await expect(page.getByRole("heading", { level: 3, name: t.history.sections[0].heading })).toBeVisible();
    expect(fetched.has("history")).toBe(true);
    expect(fetched.has("tour") || fetched.has("family") || fetched.has("directions")).toBe(false);
    // A page's long prose (History's events and story, Family's stories, the tour's stops) comes with that page only.
    expect(content).toEqual([expect.stringMatching(new RegExp(`^/content/${lang}-history\\.[0-9a-f]+\\.postcard$`))]);
  });

  for (const [name, shows] of [
    ["history", (page) => page.getByRole("heading", { level: 3, name: t.history.sections.at(-1).heading })],
    ["family", (page) => page.locator("article.story:visible").getByText(t.family.people.find((p) => p.id === "leon").story[0])],
    ["tour", (page) => page.getByRole("heading", { name: t.tour.stops.at(-1).heading })],
    ["home", (page) => page.getByText(t.home.paragraphs.at(-1))],
  ]) {
    base(`${lang}: a first load of ${name} fetches no content: the page carries its text and long prose`, async ({ page }) => {
      const content = contentFetched(page);
      await page.goto(paths[lang][name]);
      await untilLive(page);
      await expect(shows(page)).toBeVisible();
      expect(content).toEqual([]);
    });
  }

  base(`${lang}: a finger down on a link starts fetching its page's code before it lifts`, async ({ page }) => {
    const fetched = pageChunksFetched(page);
    await page.goto(paths[lang].home);
    await untilLive(page);
    expect(fetched.has("family")).toBe(false);
    await nav(page).getByRole("link", { name: t.ui.nav.family, exact: true }).dispatchEvent("pointerdown", { button: 0, pointerType: "touch" });
    await expect.poll(() => fetched.has("family")).toBe(true);
    // Nothing else happened: the visitor is still on the page they were on.
    await expect(page).toHaveURL(paths[lang].home);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.home.title);
  });

  // The History page's own chunk, or its long prose: the connection drops as the visitor taps.
  for (const [what, url] of [["code", "**/casa-trotsky-*-history.wasm"], ["long prose", `**/content/${lang}-history.*.postcard`]]) {
    base(`${lang}: a page whose ${what} cannot be fetched says so, keeps its place, and opens on Try again`, async ({ page }) => {
      await page.goto(paths[lang].home);
      await untilLive(page);
      await page.route(url, (route) => route.abort("internetdisconnected"));
      await nav(page).getByRole("link", { name: t.ui.nav.history, exact: true }).click();
      await expect(page).toHaveURL(paths[lang].history);
      const notice = page.getByRole("heading", { level: 1 });
      await expect(notice).toHaveText(t.ui.page_unavailable_title);
      await expect(notice).toBeFocused();
      await expect(page.getByText(t.ui.page_unavailable_text)).toBeVisible();
      // The frame is whole: the navigation marks the page the visitor asked for.
      await expect(nav(page).getByRole("link", { name: t.ui.nav.history, exact: true })).toHaveAttribute("aria-current", "page");
      // The connection is back: Try again opens the page, with focus on its heading.
      await page.unrouteAll();
      await page.getByRole("button", { name: t.ui.try_again }).click();
      await expect(await heading(page)).toHaveText(t.history.title);
      await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
      await expect(page.getByRole("heading", { level: 3, name: t.history.sections[0].heading })).toBeVisible();
      await expect(page.getByRole("button", { name: t.ui.try_again })).toHaveCount(0);
    });
  }
}
