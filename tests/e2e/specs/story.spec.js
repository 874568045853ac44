// The History timeline and the Family tree: chosen by click and by keyboard,
// kept in the URL fragment, so a shared link, Back and the language toggle keep the choice.
import { test, expect, text, facts, paths, langs, other, fill } from "./fixtures.js";

const eventsOf = (era) => facts.timeline.filter((event) => event.era === era);
for (const lang of langs) {
  const t = text[lang];
  const nameOf = (id) => facts.people.find((person) => person.id === id).name[lang];
  const history = t.history;
  const family = t.family;

  test(`${lang} history: the timeline shows every event from 1879 to today, dated in the language`, async ({ page }) => {
    await page.goto(paths[lang].history);
    const moments = page.locator(".moment");
    await expect(moments).toHaveCount(facts.timeline.length);
    for (const [i, event] of facts.timeline.entries()) {
      const words = history.events.find((e) => e.id === event.id);
      await expect(moments.nth(i)).toHaveAttribute("id", `event-${event.id}`);
      await expect(moments.nth(i).getByRole("heading", { level: 4 })).toHaveText(words.title);
      await expect(moments.nth(i)).toContainText(words.text);
    }
    await expect(page.locator("#event-asylum time")).toHaveText(lang === "en" ? "December 1936" : "diciembre de 1936");
    await expect(page.locator("#event-raid time")).toHaveText(lang === "en" ? "24 May 1940" : "24 de mayo de 1940");
    await expect(page.locator("#event-birth time")).toHaveAttribute("datetime", "1879-11-07");
    for (const era of ["revolution", "exile", "mexico", "museum"])
      await expect(page.getByRole("heading", { level: 3, name: history.eras[era], exact: true })).toBeVisible();
  });

  test(`${lang} history: an era filter shows only that era, says so, and lives in the URL`, async ({ page }) => {
    await page.goto(paths[lang].history);
    const filters = page.getByRole("group", { name: history.era_filter_label });
    const status = page.locator(".timeline").getByRole("status");
    await expect(filters.getByRole("link", { name: history.all_eras })).toHaveAttribute("aria-current", "true");

    await filters.getByRole("link", { name: history.eras.exile }).click();
    await expect(page).toHaveURL(/#era-exile$/);
    await expect(page.locator(".moment:visible")).toHaveCount(eventsOf("exile").length);
    for (const event of eventsOf("exile")) await expect(page.locator(`#event-${event.id}`)).toBeVisible();
    await expect(page.locator("#event-raid")).toBeHidden();
    await expect(status).toHaveText(fill(history.showing.other, { count: eventsOf("exile").length, total: facts.timeline.length }));
    await expect(filters.getByRole("link", { name: history.eras.exile })).toHaveAttribute("aria-current", "true");
    await expect(filters.locator("[aria-current]")).toHaveCount(1);
    await expect(filters, "the filters stay in view, to choose another").toBeInViewport();

    // By keyboard: focus a filter and press Enter.
    await filters.getByRole("link", { name: history.eras.mexico }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".moment:visible")).toHaveCount(eventsOf("mexico").length);
    await expect(page.locator("#event-raid")).toBeVisible();

    await page.goBack();
    await expect(page.locator(".moment:visible")).toHaveCount(eventsOf("exile").length);

    await filters.getByRole("link", { name: history.all_eras }).click();
    await expect(page.locator(".moment:visible")).toHaveCount(facts.timeline.length);
    await expect(status).toHaveText(fill(history.showing.other, { count: facts.timeline.length, total: facts.timeline.length }));
  });

  test(`${lang} history: a shared link opens an era, or an event, cold`, async ({ page }) => {
    await page.goto(`${paths[lang].history}#era-museum`);
    await expect(page.locator(".moment:visible")).toHaveCount(eventsOf("museum").length);
    await expect(page.getByRole("link", { name: history.eras.museum })).toHaveAttribute("aria-current", "true");

    await page.goto(`${paths[lang].history}#event-raid`);
    const raid = page.locator("#event-raid");
    await expect(raid).toBeInViewport();
    await expect(raid).toHaveClass(/moment--chosen/);
    await expect(page.locator(".moment:visible")).toHaveCount(facts.timeline.length);
    // Each date links to its own event, for sharing.
    await page.locator("#event-tampico time").click();
    await expect(page).toHaveURL(new RegExp(`${paths[lang].history}#event-tampico$`));
    await expect(page.locator("#event-tampico")).toBeInViewport();
    await expect(page.locator("#event-tampico")).toHaveClass(/moment--chosen/);
    await expect(raid).not.toHaveClass(/moment--chosen/);
  });

  test(`${lang} family: the tree holds everyone, by generation, each with their years`, async ({ page }) => {
    await page.goto(paths[lang].family);
    const tree = page.getByRole("list", { name: family.tree_label });
    await expect(tree.getByRole("link")).toHaveCount(facts.people.length);
    // How deep each person sits is what a screen reader announces as the list's level.
    const depths = await tree.evaluate((root) =>
      Object.fromEntries([...root.querySelectorAll("a")].map((a) => {
        let depth = 0;
        for (let list = a.closest("ul"); list !== root; list = list.parentElement.closest("ul")) depth++;
        return [a.getAttribute("href").slice(1), depth];
      })),
    );
    const generation = (id) => {
      const person = facts.people.find((p) => p.id === id);
      if (person.parents.length === 0) return id === "leon" ? 0 : 1;
      return 1 + Math.max(...person.parents.map(generation));
    };
    for (const person of facts.people) expect(depths[person.id], person.id).toBe(generation(person.id));
    await expect(tree.getByRole("link", { name: nameOf("natalia") })).toContainText("1882 – 1962");
    await expect(tree.getByRole("link", { name: nameOf("yulia-akselrod") })).toContainText("1936");
  });

  test(`${lang} family: choosing a person by click shows their story, in the URL, and Back returns`, async ({ page }) => {
    await page.goto(paths[lang].family);
    const tree = page.getByRole("list", { name: family.tree_label });
    const story = page.locator("article.story:visible");
    await expect(story.getByRole("heading")).toHaveText(nameOf("leon"));

    await tree.getByRole("link", { name: nameOf("lev") }).click();
    await expect(page).toHaveURL(/#lev$/);
    await expect(story.getByRole("heading")).toHaveText(nameOf("lev"));
    for (const paragraph of family.people.find((p) => p.id === "lev").story) await expect(story).toContainText(paragraph);
    await expect(tree.locator('[aria-current="true"]')).toHaveCount(1);
    await expect(tree.getByRole("link", { name: nameOf("lev") })).toHaveAttribute("aria-current", "true");
    await expect(story).toBeInViewport();

    await tree.getByRole("link", { name: nameOf("yulia-akselrod") }).click();
    await expect(story.getByRole("heading")).toHaveText(nameOf("yulia-akselrod"));
    await expect(story).toContainText(family.story_for_grandchild);

    await page.goBack();
    await expect(story.getByRole("heading")).toHaveText(nameOf("lev"));
  });

  test(`${lang} family: choosing by keyboard moves focus to the story`, async ({ page }) => {
    await page.goto(paths[lang].family);
    const tree = page.getByRole("list", { name: family.tree_label });
    await tree.getByRole("link", { name: nameOf("zinaida") }).focus();
    await page.keyboard.press("Enter");
    const story = page.locator("article.story:visible");
    await expect(story.getByRole("heading")).toHaveText(nameOf("zinaida"));
    await expect(story).toBeFocused();
    for (const paragraph of family.people.find((p) => p.id === "zinaida").story) await expect(story).toContainText(paragraph);
  });

  test(`${lang} family: a shared person link opens that person cold, and the language toggle keeps them`, async ({ page }) => {
    await page.goto(`${paths[lang].family}#natalia`);
    const story = page.locator("article.story:visible");
    await expect(story.getByRole("heading")).toHaveText(nameOf("natalia"));
    await expect(story).toBeInViewport();
    await expect(story).toContainText(lang === "en" ? "5 April 1882" : "5 de abril de 1882");

    await page.getByRole("link", { name: text[other[lang]].ui.switch_to_this_language }).click();
    await expect(page).toHaveURL(new RegExp(`${paths[other[lang]].family}#natalia$`));
    await expect(story.getByRole("heading")).toHaveText(nameOf("natalia"));
    await expect(story).toContainText(text[other[lang]].family.people.find((p) => p.id === "natalia").story[0]);
  });

  test(`${lang} family: a fragment naming nobody shows Trotsky, as text`, async ({ page }) => {
    await page.goto(`${paths[lang].family}#%3Cimg%20src=x%20onerror=alert(1)%3E`);
    await expect(page.locator("article.story:visible").getByRole("heading")).toHaveText(nameOf("leon"));
    await expect(page.locator("main img")).toHaveCount(0);
  });
}

test("at 320 px the tree reflows: nothing of it runs off the screen", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(paths.es.family);
  const overflow = await page.locator(".tree a").evaluateAll((links) =>
    links.filter((a) => a.getBoundingClientRect().right > document.documentElement.clientWidth).map((a) => a.textContent),
  );
  expect(overflow).toEqual([]);
});
