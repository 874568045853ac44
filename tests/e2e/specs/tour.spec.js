// The room-by-room guide: every stop in both languages, its place in the URL,
// Back, the language toggle, "continue where you left off", and reading aloud
// with the phone's own voices (a stand-in engine: headless browsers have none).
import { test, expect, text, facts, paths, langs, other, fill, heading } from "./fixtures.js";
import { VOICES, installSpeechStandIn } from "./speech-stand-in.js";

const LAST_STOP_KEY = "casa-trotsky.tour-stop";
const SPEED_KEY = "casa-trotsky.tour-speed";
const stopIds = facts.tour.map((stop) => stop.id);

/** The words of a stop, as the visitor reads them and the voice says them. */
const stopText = (lang, id) => text[lang].tour.stops.find((stop) => stop.id === id);
const stop = (page, id) => page.locator(`section.stop#${id}`);
const speech = (page) => page.evaluate(() => ({ log: window.__speech.log, ...window.__speech.state, queued: window.__speech.queued() }));

for (const lang of langs) {
  const t = text[lang];
  const tour = t.tour;

  test(`${lang}: every stop is on the page, in order, with its heading and text`, async ({ page }) => {
    await page.goto(paths[lang].tour);
    await expect(await heading(page)).toHaveText(tour.title);
    const sections = page.locator("section.stop");
    await expect(sections).toHaveCount(stopIds.length);
    expect(await sections.evaluateAll((all) => all.map((section) => section.id))).toEqual(stopIds);
    for (const id of stopIds) {
      const words = stopText(lang, id);
      await expect(stop(page, id).getByRole("heading", { level: 2 })).toHaveText(words.heading);
      for (const paragraph of words.paragraphs) await expect(stop(page, id).getByText(paragraph, { exact: true })).toBeVisible();
    }
  });

  test(`${lang}: Home leads to the tour first, and the navigation has it`, async ({ page }) => {
    await page.goto(paths[lang].home);
    const start = page.getByRole("main").getByRole("link", { name: tour.start, exact: true });
    await expect(start).toBeVisible();
    const nav = page.getByRole("navigation", { name: t.ui.main_nav });
    await expect(nav.getByRole("link", { name: t.ui.nav.tour, exact: true })).toHaveAttribute("href", paths[lang].tour);
    await start.click();
    await expect(page).toHaveURL(paths[lang].tour);
    await expect(await heading(page)).toHaveText(tour.title);
  });

  test(`${lang}: a shared link opens its stop, the toggle keeps it, Back returns to it`, async ({ page }) => {
    await page.goto(`${paths[lang].tour}#bedroom`);
    await expect(stop(page, "bedroom")).toBeInViewport();
    // The bedroom's link to the raid on the timeline, and back.
    const raid = text[lang].history.events.find((event) => event.id === "raid");
    await stop(page, "bedroom").getByRole("link", { name: raid.title }).click();
    await expect(page).toHaveURL(`${paths[lang].history}#event-raid`);
    await page.goBack();
    await expect(page).toHaveURL(`${paths[lang].tour}#bedroom`);
    await expect(stop(page, "bedroom")).toBeInViewport();
    // The other language, at the same stop.
    await page.getByRole("link", { name: text[other[lang]].ui.switch_to_this_language }).click();
    await expect(page).toHaveURL(`${paths[other[lang]].tour}#bedroom`);
    await expect(stop(page, "bedroom").getByRole("heading", { level: 2 })).toHaveText(stopText(other[lang], "bedroom").heading);
    await expect(stop(page, "bedroom")).toBeInViewport();
  });

  test(`${lang}: each stop links to what it concerns, and every link lands on it`, async ({ page }) => {
    for (const { id, see } of facts.tour) {
      await page.goto(`${paths[lang].tour}#${id}`);
      const links = stop(page, id).getByRole("navigation").getByRole("link");
      await expect(links).toHaveCount(see.length);
      for (const [index, related] of see.entries()) {
        const href = await links.nth(index).getAttribute("href");
        const [kind, target] = Object.entries(related)[0];
        const expected = { person: `${paths[lang].family}#${target}`, event: `${paths[lang].history}#event-${target}`, page: paths[lang][target] }[kind];
        expect(href, `${id} → ${kind} ${target}`).toBe(expected);
      }
    }
  });

  test(`${lang}: the tour offers to continue at the last stop opened, and ignores a corrupt one`, async ({ page }) => {
    await page.goto(`${paths[lang].tour}#kitchen`);
    await expect(stop(page, "kitchen")).toBeInViewport();
    await page.goto(paths[lang].home);
    await page.goto(paths[lang].tour);
    const kitchen = stopText(lang, "kitchen");
    const offer = page.getByRole("link", { name: fill(tour.continue_at, { stop: kitchen.heading }) });
    await offer.click();
    await expect(page).toHaveURL(`${paths[lang].tour}#kitchen`);
    await expect(stop(page, "kitchen")).toBeInViewport();
    await expect(offer).toHaveCount(0);

    await page.evaluate((key) => localStorage.setItem(key, "the-attic\u0000"), LAST_STOP_KEY);
    await page.goto(paths[lang].tour);
    await expect(page.getByRole("link", { name: fill(tour.continue_at, { stop: "" }).trim() })).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), LAST_STOP_KEY)).toBeNull();
  });

  test.describe(`${lang}: read aloud`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(installSpeechStandIn, { voices: VOICES });
    });

    test("a stop is read with a local voice of the page's language, and can be paused and resumed", async ({ page }) => {
      await page.goto(paths[lang].tour);
      const study = stopText(lang, "study");
      await stop(page, "study").getByRole("button", { name: tour.listen }).click();
      const { log } = await speech(page);
      // Local, the page's language, Mexico's first for Spanish; never a network voice.
      const voice = { en: "urn:test:samantha", es: "urn:test:paulina" }[lang];
      const tag = { en: "en-US", es: "es-MX" }[lang];
      expect(log.map((entry) => entry.text)).toEqual([study.heading, ...study.paragraphs]);
      expect(new Set(log.map((entry) => entry.voice))).toEqual(new Set([voice]));
      expect(new Set(log.map((entry) => entry.lang))).toEqual(new Set([tag]));
      await expect(stop(page, "study")).toHaveAttribute("aria-current", "true");
      await expect(page.locator("[aria-live=polite]")).toHaveText(fill(tour.now_reading, { stop: study.heading }));
      // Focus stays where the visitor left it.
      await expect(stop(page, "study").getByRole("button", { name: tour.pause })).toBeFocused();

      await stop(page, "study").getByRole("button", { name: tour.pause }).click();
      expect((await speech(page)).paused).toBe(true);
      await stop(page, "study").getByRole("button", { name: tour.resume }).click();
      expect((await speech(page)).paused).toBe(false);
      await page.evaluate(() => window.__speech.endAll());
      await expect(stop(page, "study")).not.toHaveAttribute("aria-current", "true");
      await expect(stop(page, "study").getByRole("button", { name: tour.listen })).toBeVisible();
    });

    test("the whole tour goes on stop after stop, at the chosen speed, which is remembered", async ({ page }) => {
      await page.goto(paths[lang].tour);
      await page.getByLabel(tour.speed).selectOption("1.25");
      await page.getByRole("button", { name: tour.read_all, exact: true }).click();
      for (const id of stopIds.slice(0, 3)) {
        await expect(stop(page, id)).toHaveAttribute("aria-current", "true");
        await expect(stop(page, id)).toBeInViewport();
        const words = stopText(lang, id);
        expect((await speech(page)).queued).toEqual([words.heading, ...words.paragraphs]);
        await page.evaluate(() => window.__speech.endAll());
      }
      expect(new Set((await speech(page)).log.map((entry) => entry.rate))).toEqual(new Set([1.25]));
      await page.getByRole("button", { name: tour.stop_reading, exact: true }).click();
      expect((await speech(page)).queued).toEqual([]);
      await expect(page.locator("section.stop[aria-current]")).toHaveCount(0);

      await page.reload();
      await expect(page.getByLabel(tour.speed)).toHaveValue("1.25");
      expect(await page.evaluate((key) => localStorage.getItem(key), SPEED_KEY)).toBe("1.25");
    });

    test("the last stop of the whole tour ends it and says so", async ({ page }) => {
      await page.goto(paths[lang].tour);
      await page.getByRole("button", { name: tour.read_all, exact: true }).click();
      for (const id of stopIds) {
        await expect(stop(page, id)).toHaveAttribute("aria-current", "true");
        await page.evaluate(() => window.__speech.endAll());
      }
      await expect(page.locator("section.stop[aria-current]")).toHaveCount(0);
      await expect(page.locator("[aria-live=polite]")).toHaveText(tour.finished);
      await expect(page.getByRole("button", { name: tour.read_all, exact: true })).toBeVisible();
    });

    test("speech stops when the visitor leaves the page or switches language", async ({ page }) => {
      await page.goto(paths[lang].tour);
      await stop(page, "garden").getByRole("button", { name: tour.listen }).click();
      await page.getByRole("navigation", { name: t.ui.main_nav }).getByRole("link", { name: t.ui.nav.history, exact: true }).click();
      await expect(await heading(page)).toHaveText(t.history.title);
      expect(await speech(page)).toMatchObject({ queued: [], cancelled: 1 });

      await page.goto(paths[lang].tour);
      await stop(page, "garden").getByRole("button", { name: tour.listen }).click();
      await page.getByRole("link", { name: text[other[lang]].ui.switch_to_this_language }).click();
      await expect(await heading(page)).toHaveText(text[other[lang]].tour.title);
      expect(await speech(page)).toMatchObject({ queued: [], cancelled: 1 });
    });

    test("a voice that fails mid-stop leaves the controls ready again", async ({ page }) => {
      await page.goto(paths[lang].tour);
      await stop(page, "tomb").getByRole("button", { name: tour.listen }).click();
      await page.evaluate(() => window.__speech.fail());
      await expect(page.locator("section.stop[aria-current]")).toHaveCount(0);
      await stop(page, "tomb").getByRole("button", { name: tour.listen }).click();
      await expect(stop(page, "tomb")).toHaveAttribute("aria-current", "true");
    });
  });

  test(`${lang}: voices that arrive after the page still give the controls`, async ({ page }) => {
    await page.addInitScript(installSpeechStandIn, { voices: VOICES, late: true });
    await page.goto(paths[lang].tour);
    await expect(page.getByRole("button", { name: tour.read_all, exact: true })).toHaveCount(0);
    await page.evaluate(() => window.__speech.addVoices());
    await expect(page.getByRole("button", { name: tour.read_all, exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: tour.listen })).toHaveCount(stopIds.length);
    await expect(page.getByText(tour.no_voice)).toBeHidden();
  });

  test(`${lang}: without a local voice for the language, no button promises sound`, async ({ page }) => {
    const networkOnly = VOICES.filter((voice) => !voice.localService || !voice.lang.startsWith(lang));
    await page.addInitScript(installSpeechStandIn, { voices: networkOnly });
    await page.goto(paths[lang].tour);
    await expect(page.getByText(tour.no_voice)).toBeVisible();
    await expect(page.getByRole("button", { name: tour.read_all, exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: tour.listen })).toHaveCount(0);
    // The text is all there.
    await expect(page.locator("section.stop")).toHaveCount(stopIds.length);
  });
}
