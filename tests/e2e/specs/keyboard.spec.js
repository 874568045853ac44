// A visitor with only a keyboard: skip link, navigation, toggles, and every
// control on every page reachable with Tab, visibly focused, and operable.
import { test, expect, text, paths, pages, langs, other, heading } from "./fixtures.js";

/** Presses Tab until focus comes back round; returns what took focus, in order.
 *  Each stop records whether the focus is visible and on screen. A date field
 *  keeps focus for a few presses (day, month, year): that is one stop. */
async function tabCycle(page) {
  const stops = [];
  for (let presses = 0; presses < 150; presses++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate((count) => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      if (element.dataset.tabStop) return { again: element.dataset.tabStop !== String(count - 1) };
      element.dataset.tabStop = String(count);
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        name: `${element.tagName.toLowerCase()} "${(element.getAttribute("aria-label") || element.textContent || element.value || "").trim().slice(0, 40)}"`,
        ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
      };
    }, stops.length);
    if (stop?.again) return stops;
    if (stop && !("again" in stop)) stops.push(stop);
  }
  throw new Error("Tab never came back round");
}

/** Every control a visitor could use on the page as shown. */
function controlsOnPage(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])")]
      .filter((element) => !element.disabled && element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden")
      .map((element) => ({ reached: element.dataset.tabStop !== undefined, html: element.outerHTML.slice(0, 100) })),
  );
}

/** Tabs forward until the focused element matches `locator`. */
async function tabTo(page, locator) {
  for (let presses = 0; presses < 100; presses++) {
    await page.keyboard.press("Tab");
    if (await locator.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${locator}`);
}

for (const lang of langs) {
  const t = text[lang];

  for (const name of pages) {
    test(`${lang} ${name}: Tab reaches every control, each with a visible focus ring`, async ({ page }) => {
      await page.goto(paths[lang][name]);
      await heading(page);
      const stops = await tabCycle(page);
      expect(stops.filter((stop) => !stop.ring).map((stop) => stop.name), "stops without a visible focus ring").toEqual([]);
      expect(stops.filter((stop) => !stop.onScreen).map((stop) => stop.name), "stops scrolled out of sight").toEqual([]);
      const missed = (await controlsOnPage(page)).filter((control) => !control.reached).map((control) => control.html);
      expect(missed, "controls Tab never reached").toEqual([]);
    });
  }

  test(`${lang}: the skip link comes first and takes focus past the navigation`, async ({ page }) => {
    await page.goto(paths[lang].visit);
    await heading(page);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: t.ui.skip_to_content });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    // The next Tab lands inside the page's content, not back in the header.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement.closest("main")))).toBe(true);
  });

  test(`${lang}: every page is reached from the navigation with Enter, and focus lands on its heading`, async ({ page }) => {
    await page.goto(paths[lang].home);
    await heading(page);
    for (const name of [...pages.slice(1), "home"]) {
      await tabTo(page, page.getByRole("navigation").getByRole("link", { name: t.ui.nav[name], exact: true }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(paths[lang][name]);
      const h1 = await heading(page);
      await expect(h1).toHaveText(t[name].title);
      await expect(h1).toBeFocused();
    }
  });

  test(`${lang}: the theme and language toggles work from the keyboard`, async ({ page }) => {
    await page.goto(paths[lang].visit);
    await heading(page);
    const theme = page.getByRole("button", { name: t.ui.dark_mode });
    await tabTo(page, theme);
    const before = await theme.getAttribute("aria-pressed");
    await page.keyboard.press("Space");
    await expect(theme).not.toHaveAttribute("aria-pressed", before);
    await tabTo(page, page.getByRole("link", { name: text[other[lang]].ui.switch_to_this_language }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(paths[other[lang]].visit);
    await expect(await heading(page)).toHaveText(text[other[lang]].visit.title);
  });

  test(`${lang}: the visit planner works from the keyboard`, async ({ page }) => {
    // A year before the visit, so every part of the date typed below differs
    // from the field's starting value (today): a lost keystroke shows in the file.
    await page.clock.setFixedTime(new Date("2025-11-25T16:35:00Z"));
    await page.goto(paths[lang].visit);
    await heading(page);
    await tabTo(page, page.getByLabel(t.plan.calendar_day));
    // Chromium orders a date field's parts by the browser's locale, not by the
    // page's language: Playwright's default, en-US, means month, day, year on
    // both pages. Typed straight through, as a visitor would: the "0" of "02"
    // leaves the field half-typed for a moment, which the app must not undo.
    await page.keyboard.type("12022026");
    await tabTo(page, page.getByRole("button", { name: t.plan.calendar_button }));
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("casa-trotsky-2026-12-02.ics");
    const ics = Buffer.concat(await (await download.createReadStream()).toArray()).toString("utf8");
    // Unfold first (RFC 5545 §3.1: a line starting with a space or tab continues the one before).
    const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
    // The event's own DTSTART: the time zone's STANDARD rule has one too.
    const event = lines.slice(lines.indexOf("BEGIN:VEVENT"), lines.indexOf("END:VEVENT"));
    const starts = event.filter((line) => /^DTSTART[;:]/.test(line));
    expect(starts, "one DTSTART, in museum time, on the day typed").toEqual([expect.stringMatching(/^DTSTART;TZID=[^:]+:20261202T\d{6}$/)]);
  });

  test(`${lang}: the address is copied from the keyboard`, async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(paths[lang].directions);
    await heading(page);
    await tabTo(page, page.getByRole("button", { name: t.plan.copy_address }));
    await page.keyboard.press("Enter");
    await expect(page.getByText(t.plan.address_copied)).toBeVisible();
  });
}
