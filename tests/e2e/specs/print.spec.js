// A visitor prints the hours or the way there: the paper carries the content,
// not the screen's controls.
import { test, expect, text, paths, langs, facts, heading } from "./fixtures.js";

for (const lang of langs) {
  const t = text[lang];

  test(`${lang}: printed, Visit keeps the hours and drops the controls`, async ({ page }) => {
    await page.goto(paths[lang].visit);
    await heading(page);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("table")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.visit.title);
    for (const control of [page.getByRole("navigation"), page.getByRole("button", { name: t.plan.calendar_button }), page.getByRole("button", { name: t.ui.dark_mode })]) {
      await expect(control).toBeHidden();
    }
  });

  test(`${lang}: printed, Directions keeps the address, the stations and the map, in ink on white`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(paths[lang].directions);
    await heading(page);
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    await expect(page.getByText(facts.museum.address[0]).first()).toBeVisible();
    for (const station of facts.stations) await expect(page.locator(".station").filter({ hasText: station.name })).toBeVisible();
    await expect(page.getByRole("img", { name: t.plan.map_title })).toBeVisible();
    await expect(page.getByRole("navigation")).toBeHidden();
    await expect(page.getByRole("button", { name: t.plan.copy_address })).toBeHidden();
    // Paper is white, even when the screen was dark.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
}
