// Every page, opened cold by its URL, shows its heading and its key facts in its language.
import { test, expect, text, facts, visitData, paths, pages, langs, heading, fill } from "./fixtures.js";

for (const lang of langs) {
  const t = text[lang];

  for (const name of pages) {
    test(`${lang} ${name}: a cold deep link shows the page, its title and its language`, async ({ page }) => {
      await page.goto(paths[lang][name]);
      await expect(await heading(page)).toHaveText(t[name].title);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const expectedTitle = name === "home" ? t.ui.museum_name : `${t[name].title} · ${t.ui.museum_name}`;
      await expect(page).toHaveTitle(expectedTitle);
      const nav = page.getByRole("navigation", { name: t.ui.main_nav });
      await expect(nav.getByRole("link", { name: t.ui.nav[name], exact: true })).toHaveAttribute("aria-current", "page");
      await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
      await expect(page.getByText(t[name].lead)).toBeVisible();
    });
  }

  test(`${lang} home: says what the museum is and leads to every page`, async ({ page }) => {
    await page.goto(paths[lang].home);
    for (const paragraph of t.home.paragraphs) await expect(page.getByText(paragraph)).toBeVisible();
    const explore = page.getByRole("region", { name: t.home.explore_heading });
    for (const name of pages.slice(1)) {
      await expect(explore.getByRole("link", { name: t.ui.nav[name], exact: true })).toHaveAttribute("href", paths[lang][name]);
      await expect(explore.getByText(t.home.blurbs[name])).toBeVisible();
    }
  });

  test(`${lang} history: the timeline, then every section from Yanovka to the museum today, and the sources`, async ({ page }) => {
    await page.goto(paths[lang].history);
    await expect(page.getByRole("heading", { level: 2, name: t.history.timeline_heading })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: t.history.full_story_heading })).toBeVisible();
    for (const section of t.history.sections) {
      await expect(page.getByRole("heading", { level: 3, name: section.heading, exact: true })).toBeVisible();
      for (const paragraph of section.paragraphs) await expect(page.getByText(paragraph, { exact: true })).toBeAttached();
    }
    const main = page.getByRole("main");
    for (const fact of ["1879", "Yanovka", "Tampico", "Siqueiros", "Mercader", "1990"]) await expect(main).toContainText(fact);
    await expect(page.getByRole("heading", { name: t.ui.sources_heading })).toBeVisible();
    await expect(page.locator(".sources__list li")).toHaveCount(t.ui.sources.length);
  });

  test(`${lang} family: every person, chosen in the tree, shows their dates and story`, async ({ page }) => {
    await page.goto(paths[lang].family);
    const tree = page.getByRole("list", { name: t.family.tree_label });
    const story = page.locator("article.story:visible");
    for (const words of t.family.people) {
      const person = facts.people.find((p) => p.id === words.id);
      await tree.locator(`a[href="#${words.id}"]`).click();
      await expect(story.getByRole("heading", { level: 3 })).toHaveText(person.name[lang]);
      await expect(story).toContainText(words.relation);
      await expect(story).toContainText(String(person.born).slice(0, 4));
      for (const paragraph of words.story) await expect(story.getByText(paragraph, { exact: true })).toBeVisible();
      if (words.story.length === 0) await expect(story).toContainText(t.family.story_for_grandchild);
    }
    await tree.locator('a[href="#esteban"]').click();
    await expect(story).toContainText(lang === "en" ? "7 March 1926 – 16 June 2023" : "7 de marzo de 1926 – 16 de junio de 2023");
  });

  test(`${lang} visit: hours by day, closed on Mondays, approximate admission, tours`, async ({ page }) => {
    await page.goto(paths[lang].visit);
    const rows = page.locator("table.hours tbody tr");
    await expect(rows).toHaveCount(7);
    await expect(rows.nth(0)).toContainText(t.ui.weekdays[0]);
    await expect(rows.nth(0)).toContainText(t.ui.closed);
    const tuesday = visitData.week.tuesday;
    await expect(rows.nth(1)).toContainText(`${tuesday.opens}–${tuesday.closes}`);
    await expect(page.getByText(fill(t.visit.admission, { price: String(visitData.admission_mxn) }))).toBeVisible();
    await expect(page.getByText(t.visit.tours)).toBeVisible();
  });

  test(`${lang} directions: the address, both Metro stations with walking times, the Casa Azul`, async ({ page }) => {
    await page.goto(paths[lang].directions);
    for (const line of facts.museum.address) await expect(page.locator("address")).toContainText(line);
    for (const station of facts.stations) {
      const item = page.locator(".station", { hasText: `Metro ${station.name}` });
      await expect(item).toContainText(fill(t.directions.metro_line, { line: station.line }));
      await expect(item).toContainText(fill(t.directions.walk_minutes, { minutes: String(station.walk_minutes) }));
    }
    await expect(page.getByRole("main")).toContainText(facts.casa_azul.name);
    await expect(page.getByText(t.directions.metro_avoid)).toBeVisible();
  });
}
