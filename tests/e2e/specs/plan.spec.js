// Planning a visit: the open-now status in museum time, notices from the served
// data file (and what happens when it cannot be used), the calendar file,
// sharing, copying the address, and the offline map.
import { test as base } from "@playwright/test";
import { test, expect, text, facts, visitData, paths, langs, fill } from "./fixtures.js";

// Mexico City is UTC−6 all year: 16:35 UTC is 10:35 in the museum.
const tuesdayMorning = new Date("2026-11-24T16:35:00Z");
const mondayNoon = new Date("2026-11-23T18:00:00Z");
const tuesdayClosing = new Date("2026-11-24T22:35:00Z");

for (const lang of langs) {
  const t = text[lang];
  const weekday = (i) => (lang === "es" ? t.ui.weekdays[i].toLowerCase() : t.ui.weekdays[i]);

  test.describe(`${lang}, on a phone set to Tokyo time`, () => {
    test.use({ timezoneId: "Asia/Tokyo" });

    test(`${lang}: the status and today's row follow Mexico City time, not the phone's`, async ({ page }) => {
      await page.clock.setFixedTime(tuesdayMorning);
      await page.goto(paths[lang].visit);
      await expect(page.locator(".opening__status")).toHaveText(fill(t.plan.open_until, { time: "17:00" }));
      const today = page.locator('table.hours tr[aria-current="date"]');
      await expect(today).toHaveCount(1);
      await expect(today).toContainText(t.ui.weekdays[1]);
    });
  });

  test(`${lang}: on Monday it is closed and says when it opens`, async ({ page }) => {
    await page.clock.setFixedTime(mondayNoon);
    await page.goto(paths[lang].home);
    const expected = `${fill(t.plan.closed_today_weekly, { day: weekday(0) })} · ${fill(t.plan.next_tomorrow, { time: "10:00" })}`;
    await expect(page.locator(".opening__status")).toHaveText(expected);
  });

  test(`${lang}: in the last hour it counts down, and it updates by itself`, async ({ page }) => {
    await page.clock.install({ time: tuesdayClosing });
    // Let the data file arrive first, or fast-forwarding would time its fetch out.
    const fetched = page.waitForResponse("**/data/visit.json");
    await page.goto(paths[lang].visit);
    await fetched;
    const status = page.locator(".opening__status");
    await expect(status).toHaveText(fill(t.plan.closes_in.other, { minutes: "25" }));
    await expect(page.getByText(t.plan.refresh_failed)).toHaveCount(0);
    await page.clock.runFor(30 * 60 * 1000);
    await expect(status).toHaveText(`${t.plan.closed_now} · ${fill(t.plan.next_tomorrow, { time: "10:00" })}`);
  });

  test(`${lang}: a dated closure in the served file shows on its day and changes the status`, async ({ page }) => {
    const notice = { from: "2026-11-24", until: "2026-11-24", closed: true, en: "Closed today for maintenance work.", es: "Hoy cerrado por trabajos de mantenimiento." };
    await page.route("**/data/visit.json", (route) => route.fulfill({ json: { ...visitData, notices: [notice] } }));
    await page.clock.setFixedTime(tuesdayMorning);
    await page.goto(paths[lang].visit);
    await expect(page.getByRole("heading", { name: t.plan.notices_heading })).toBeVisible();
    await expect(page.getByText(notice[lang])).toBeVisible();
    await expect(page.locator(".opening__status")).toHaveText(`${t.plan.closed_today_notice} · ${fill(t.plan.next_tomorrow, { time: "10:00" })}`);
  });

  test(`${lang}: a notice is not shown on days it does not cover`, async ({ page }) => {
    const notice = { from: "2026-11-25", until: "2026-12-01", closed: false, en: "The garden is closed for works.", es: "El jardín está cerrado por obras." };
    await page.route("**/data/visit.json", (route) => route.fulfill({ json: { ...visitData, notices: [notice] } }));
    await page.clock.setFixedTime(tuesdayMorning);
    await page.goto(paths[lang].visit);
    await expect(page.locator(".opening__status")).toHaveText(fill(t.plan.open_until, { time: "17:00" }));
    await expect(page.getByText(notice[lang])).toHaveCount(0);
  });

  test(`${lang}: Add to calendar downloads a valid event for the chosen day`, async ({ page }) => {
    await page.clock.setFixedTime(tuesdayMorning);
    await page.goto(paths[lang].visit);
    await page.getByLabel(t.plan.calendar_day).fill("2026-12-02");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: t.plan.calendar_button }).click()]);
    expect(download.suggestedFilename()).toBe("casa-trotsky-2026-12-02.ics");
    const ics = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
    const unfolded = ics.replace(/\r\n /g, "");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(unfolded).toContain("DTSTART;TZID=America/Mexico_City:20261202T100000\r\n");
    expect(unfolded).toContain("DTEND;TZID=America/Mexico_City:20261202T170000\r\n");
    expect(unfolded).toContain(`SUMMARY:${t.plan.calendar_summary}`);
    expect(unfolded).toContain("LOCATION:Av. Río Churubusco 410\\, Col. Del Carmen");
  });

  test(`${lang}: a closed day gets a message instead of a calendar file`, async ({ page }) => {
    await page.clock.setFixedTime(tuesdayMorning);
    await page.goto(paths[lang].visit);
    await page.getByLabel(t.plan.calendar_day).fill("2026-11-30");
    let downloaded = false;
    page.on("download", () => (downloaded = true));
    await page.getByRole("button", { name: t.plan.calendar_button }).click();
    await expect(page.getByText(t.plan.calendar_closed)).toBeVisible();
    expect(downloaded).toBe(false);
  });

  test(`${lang}: Share uses the system sheet where there is one`, async ({ page }) => {
    await page.addInitScript(() => {
      navigator.share = async (data) => (window.__shared = data);
    });
    await page.goto(paths[lang].visit);
    await page.getByRole("button", { name: t.plan.share }).click();
    await expect.poll(() => page.evaluate(() => window.__shared?.url)).toBe(page.url());
  });

  test(`${lang}: without a share sheet, Share copies the link and says so`, async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.addInitScript(() => delete Navigator.prototype.share);
    await page.goto(paths[lang].directions);
    await page.getByRole("button", { name: t.plan.share }).click();
    await expect(page.getByText(t.plan.link_copied)).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test(`${lang}: directions copy the address and open the museum in maps`, async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(paths[lang].directions);
    await page.getByRole("button", { name: t.plan.copy_address }).click();
    await expect(page.getByText(t.plan.address_copied)).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(facts.museum.address.join(", "));
    // Six decimals: about ten centimetres, as precise as the facts sheet.
    const [lat, lon] = [facts.museum.location.lat.toFixed(6), facts.museum.location.lon.toFixed(6)];
    await expect(page.getByRole("link", { name: t.plan.open_in_maps })).toHaveAttribute("href", new RegExp(`^geo:${lat},${lon}\\?q=`));
    await expect(page.getByRole("link", { name: t.plan.open_in_osm })).toHaveAttribute("href", `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`);
  });

  test(`${lang}: the map is drawn by the app, labelled in the language, with north and a scale`, async ({ page }) => {
    await page.goto(paths[lang].directions);
    const map = page.getByRole("img", { name: t.plan.map_title });
    await expect(map).toBeVisible();
    const labels = map.locator("text.map__label");
    await expect(labels).toHaveText([t.plan.map_museum, "Casa Azul", ...facts.stations.map((s) => `Metro ${s.name}`)]);
    await expect(map.locator(".map__north text")).toHaveText(t.plan.map_north);
    await expect(map.locator(".map__scale text")).toHaveText(fill(t.plan.map_scale, { metres: "500" }));
    await expect(page.getByText(t.plan.map_caption)).toBeVisible();
    for (const station of facts.stations) {
      await expect(page.locator(".station", { hasText: `Metro ${station.name}` })).toContainText(fill(t.directions.walk_minutes, { minutes: String(station.walk_minutes) }));
    }
  });
}

// These deliberately break the served file, so the console is expected to say so.
const brokenFiles = {
  "missing (404)": (route) => route.fulfill({ status: 404, body: "Not found" }),
  "a server error (500)": (route) => route.fulfill({ status: 500, body: "oops" }),
  "served as HTML by a fallback": (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!DOCTYPE html><html></html>" }),
  empty: (route) => route.fulfill({ status: 200, contentType: "application/json", body: "" }),
  truncated: (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(visitData).slice(0, 80) }),
  "not JSON": (route) => route.fulfill({ status: 200, contentType: "application/json", body: "{ hours: tuesday" }),
  "JSON of the wrong shape": (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ week: "always open" }) }),
  "unreachable (offline)": (route) => route.abort("internetdisconnected"),
  // 8.7 MB, 40,000 notices for today: refused whole, not rendered.
  "far too large": (route) => {
    const notice = { from: "2026-11-24", until: "2026-11-24", closed: false, en: "x".repeat(100), es: "x".repeat(100) };
    route.fulfill({ json: { ...visitData, notices: Array(40_000).fill(notice) } });
  },
};

for (const [what, answer] of Object.entries(brokenFiles)) {
  for (const lang of langs) {
    base(`${lang}: when the data file is ${what}, the bundled hours show and the page says it could not refresh`, async ({ page }) => {
      const logged = [];
      page.on("console", (message) => message.type() === "error" && logged.push(message.text()));
      await page.route("**/data/visit.json", answer);
      await page.clock.setFixedTime(tuesdayMorning);
      await page.goto(paths[lang].visit);
      await expect(page.getByText(text[lang].plan.refresh_failed)).toBeVisible();
      await expect(page.locator(".opening__status")).toHaveText(fill(text[lang].plan.open_until, { time: "17:00" }));
      await expect(page.locator("table.hours tbody tr")).toHaveCount(7);
      await expect.poll(() => logged.find((line) => line.includes("public/data/visit.json"))).toBeTruthy();
    });
  }
}

// A server that accepts the request and never answers: the app gives up after
// its timeout (8 s, run on a fake clock here) and keeps the bundled hours.
for (const lang of langs) {
  base(`${lang}: when the data file never arrives, the app stops waiting and says it could not refresh`, async ({ page }) => {
    const logged = [];
    page.on("console", (message) => message.type() === "error" && logged.push(message.text()));
    await page.clock.install({ time: tuesdayMorning });
    let asked = false;
    await page.route("**/data/visit.json", () => { asked = true; }); // never fulfilled
    await page.goto(paths[lang].visit);
    await expect(page.locator("#boot")).toHaveCount(0);
    await expect.poll(() => asked).toBe(true);
    await page.clock.runFor(5_000);
    await expect(page.getByText(text[lang].plan.refresh_failed), "still waiting at 5 s").toBeHidden();
    await page.clock.runFor(4_000);
    await expect(page.getByText(text[lang].plan.refresh_failed)).toBeVisible({ timeout: 1_000 });
    await expect(page.locator(".opening__status")).toHaveText(fill(text[lang].plan.open_until, { time: "17:00" }));
    await expect.poll(() => logged.find((line) => line.includes("public/data/visit.json"))).toBeTruthy();
  });
}

// The museum edits public/data/visit.json on its server: every page that says
// the hours, the closed days or the price follows the served file, footer included.
// (No service worker here: it would fetch the file itself, past page.route.)
test.describe("the served data file", () => {
  test.use({ serviceWorkers: "block" });
for (const lang of langs) {
  test(`${lang}: a served file with other hours, a Monday open, another price and a notice rules every page`, async ({ page }) => {
    const t = text[lang];
    const hours = { opens: "11:30", closes: "18:30" };
    const week = Object.fromEntries(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map((day) => [day, hours]));
    const notice = { from: "2026-11-23", until: "2026-11-23", closed: false, en: "The garden is being replanted today.", es: "Hoy se replanta el jardín." };
    await page.route("**/data/visit.json", (route) => route.fulfill({ json: { ...visitData, week, admission_mxn: 95, notices: [notice] } }));
    await page.clock.setFixedTime(mondayNoon);
    const words = t.ui.week;
    const sentence = fill(words.open, { days: fill(words.range, { from: words.days[0], to: words.days[6] }), ...hours });
    const summary = sentence[0].toUpperCase() + sentence.slice(1);
    for (const name of Object.keys(paths[lang])) {
      await page.goto(paths[lang][name]);
      await expect(page.locator("footer")).toContainText(summary);
      await expect(page.locator("footer")).not.toContainText("17:00");
    }
    await page.goto(paths[lang].home);
    const glance = page.locator(".at-a-glance");
    await expect(glance).toContainText(summary);
    await expect(glance).toContainText(fill(t.visit.admission, { price: "95" }));
    await expect(page.locator(".opening__status")).toHaveText(fill(t.plan.open_until, { time: "18:30" }));
    await expect(page.getByText(notice[lang])).toBeVisible();
    await page.goto(paths[lang].visit);
    const monday = page.locator("table.hours tbody tr").first();
    await expect(monday).toContainText("11:30");
    await expect(monday).toContainText("18:30");
    await expect(page.getByText(fill(t.visit.admission, { price: "95" }))).toBeVisible();
  });
}
});
