// The release build in the two other engines visitors' phones run: WebKit (every
// iPhone), through WebKitGTK's WebDriver and its MiniBrowser, and Gecko, through
// Firefox ESR and geckodriver. Both languages; what a visitor does most.
//
//   node --test engines/              both engines (WebKit needs a display: run.sh gives it one)
//   ENGINE=firefox node --test engines/
//
// Driven with selenium-webdriver. WebDriver has no way to run a script before
// the page's own, so the server adds the speech stand-in to every page
// (SPEECH_STAND_IN=1, see serve.mjs), and other stand-ins (the clipboard, the
// calendar's file) are put in place before the click that needs them.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Builder, By } from "selenium-webdriver";
import firefox from "selenium-webdriver/firefox.js";
import { serve } from "../static-server.js";
import { facts, fill, langs, other, paths, text } from "../specs/fixtures.js";

const dist = process.env.DIST ?? fileURLToPath(new URL("../../../dist", import.meta.url));
const engines = (process.env.ENGINE ?? "webkit,firefox").split(",");
const WAIT_MS = 15_000;
// Selenium never downloads a driver here: every path is given.
process.env.SE_OFFLINE = "true";
process.env.SPEECH_STAND_IN = "1";

/** A free TCP port on this machine. */
function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Firefox ESR, headless, saving downloads into `downloads` without asking. */
async function startFirefox(downloads) {
  const options = new firefox.Options()
    .setBinary("/usr/bin/firefox-esr")
    .addArguments("-headless")
    .setPreference("browser.download.folderList", 2)
    .setPreference("browser.download.dir", downloads)
    .setPreference("browser.download.useDownloadDir", true)
    .setPreference("browser.helperApps.neverAsk.saveToDisk", "text/calendar")
    .setPreference("dom.events.testing.asyncClipboard", true);
  const geckodriver = join(process.env.HOME ?? "/root", ".cargo/bin/geckodriver");
  const driver = await new Builder()
    .forBrowser("firefox")
    .setFirefoxOptions(options)
    .setFirefoxService(new firefox.ServiceBuilder(geckodriver))
    .build();
  return { driver, stop: () => driver.quit() };
}

/** WebKitGTK's MiniBrowser under its WebDriver, on the display xvfb-run gives. */
async function startWebKit() {
  const port = await freePort();
  const service = spawn("WebKitWebDriver", [`--port=${port}`], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      await fetch(`${url}/status`);
      break;
    } catch (error) {
      if (tries > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const driver = await new Builder()
    .usingServer(url)
    .withCapabilities({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", args: ["--automation"] },
    })
    .build();
  return {
    driver,
    stop: async () => {
      await driver.quit().catch(() => {});
      service.kill();
    },
  };
}

const start = { firefox: startFirefox, webkit: startWebKit };

for (const engine of engines) {
  describe(engine, () => {
    let driver;
    let stopDriver;
    let server;
    const downloads = mkdtempSync(join(tmpdir(), `casa-trotsky-${engine}-downloads-`));

    before(async () => {
      assert.ok(existsSync(join(dist, "sw.js")), `no release build in ${dist}: run the release recipe first`);
      server = await serve(dist);
      ({ driver, stop: stopDriver } = await start[engine](downloads));
    });
    after(async () => {
      await stopDriver?.();
      await server?.stop();
      rmSync(downloads, { recursive: true, force: true });
    });

    /** Opens `path` and waits for the live app (the prerendered copy gone) to show `title`. */
    async function open(path, title) {
      await driver.get(server.url + path);
      await live(title);
    }

    async function live(title) {
      await driver.wait(async () => {
        const state = await driver.executeScript(() => ({
          boot: Boolean(document.getElementById("boot")),
          h1: document.querySelector("main h1")?.textContent.trim() ?? null,
        }));
        return !state.boot && (title === undefined || state.h1 === title);
      }, WAIT_MS, `the live app never showed "${title}"`);
    }

    const here = () => driver.executeScript(() => ({ path: location.pathname + location.hash, lang: document.documentElement.lang, title: document.title }));
    const click = (css) => driver.findElement(By.css(css)).click();

    for (const lang of langs) {
      const t = text[lang];

      test(`${engine} ${lang}: every page mounts the live app in its language`, async () => {
        for (const [name, path] of Object.entries(paths[lang])) {
          await open(path, t[name].title);
          const page = await here();
          assert.equal(page.lang, lang, path);
          assert.ok(page.title.includes(t[name].title) || name === "home", `${path}: title ${page.title}`);
        }
      });

      test(`${engine} ${lang}: the language toggle keeps the page, and Back and Forward go through the visit`, async () => {
        await open(paths[lang].home, t.home.title);
        await click(`nav.main-nav a[href="${paths[lang].history}"]`);
        await live(t.history.title);
        await click("a.lang-toggle");
        await live(text[other[lang]].history.title);
        assert.equal((await here()).path, paths[other[lang]].history);
        await driver.navigate().back();
        await live(t.history.title);
        await driver.navigate().back();
        await live(t.home.title);
        await driver.navigate().forward();
        await live(t.history.title);
        assert.equal((await here()).lang, lang);
      });

      test(`${engine} ${lang}: a cold deep link opens its page and its place`, async () => {
        await open(`${paths[lang].family}#natalia`, t.family.title);
        const story = await driver.executeScript(() => [...document.querySelectorAll(".story")].find((s) => !s.hidden)?.textContent ?? "");
        assert.ok(story.includes("Natalia Sedova"), story.slice(0, 80));
        await open(`${paths[lang].tour}#study`, t.tour.title);
        const top = await driver.executeScript(() => Math.round(document.getElementById("study").getBoundingClientRect().top));
        assert.ok(top >= -2 && top < 200, `the study stop is at the top of the screen (${top} px)`);
      });

      test(`${engine} ${lang}: the tour reads a stop aloud with a local voice of the page's language`, async () => {
        await open(paths[lang].tour, t.tour.title);
        const stops = await driver.executeScript(() => [...document.querySelectorAll("section.stop")].map((s) => s.id));
        assert.deepEqual(stops, facts.tour.map((stop) => stop.id));
        await driver.wait(async () => (await driver.findElements(By.css("#garden button.stop__listen"))).length === 1, WAIT_MS, "no listen button");
        await click("#garden button.stop__listen");
        const log = await driver.executeScript(() => window.__speech.log);
        const garden = t.tour.stops.find((stop) => stop.id === "garden");
        assert.deepEqual(log.map((entry) => entry.text), [garden.heading, ...garden.paragraphs]);
        assert.deepEqual([...new Set(log.map((entry) => entry.voice))], [{ en: "urn:test:samantha", es: "urn:test:paulina" }[lang]]);
        assert.deepEqual([...new Set(log.map((entry) => entry.lang))], [{ en: "en-US", es: "es-MX" }[lang]]);
        assert.equal(await driver.findElement(By.css("#garden")).getAttribute("aria-current"), "true");
        // The end of the stop frees the controls; the whole tour moves on by itself.
        await driver.executeScript(() => window.__speech.endAll());
        await driver.wait(async () => (await driver.findElement(By.css("#garden")).getAttribute("aria-current")) === null, WAIT_MS);
        await click(".read-aloud__controls .button");
        await driver.executeScript(() => window.__speech.endAll());
        await driver.wait(async () => (await driver.findElement(By.css(`#${facts.tour[1].id}`)).getAttribute("aria-current")) === "true", WAIT_MS, "the whole tour did not move on to the second stop");
      });

      test(`${engine} ${lang}: Add to calendar makes the file of the chosen day`, async () => {
        await open(paths[lang].visit, t.visit.title);
        // The next Wednesday, a day the museum is open.
        const day = new Date();
        day.setUTCDate(day.getUTCDate() + ((3 - day.getUTCDay() + 7) % 7 || 7));
        const iso = day.toISOString().slice(0, 10);
        await driver.executeScript((iso) => {
          window.__files = [];
          const create = URL.createObjectURL;
          URL.createObjectURL = (blob) => (window.__files.push(blob), create.call(URL, blob));
          const input = document.getElementById("visit-day");
          input.value = iso;
          input.dispatchEvent(new Event("input", { bubbles: true }));
          input.dispatchEvent(new Event("change", { bubbles: true }));
        }, iso);
        await driver.findElement(By.xpath(`//button[normalize-space()="${t.plan.calendar_button}"]`)).click();
        const ics = await driver.executeAsyncScript((done) => window.__files[0].text().then(done, (error) => done(String(error))));
        const compact = iso.replaceAll("-", "");
        assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics.slice(0, 40));
        assert.ok(ics.includes(`DTSTART;TZID=America/Mexico_City:${compact}T`), "the chosen day");
        if (engine === "firefox") {
          // Gecko saves it where it was told to.
          const file = `casa-trotsky-${iso}.ics`;
          for (let tries = 0; !existsSync(join(downloads, file)) && tries < 50; tries++) await new Promise((r) => setTimeout(r, 100));
          assert.ok(readdirSync(downloads).includes(file), `saved: ${readdirSync(downloads)}`);
          assert.ok(readFileSync(join(downloads, file), "utf8").includes(`${compact}T`));
        }
      });

      test(`${engine} ${lang}: Directions copy the address and say so`, async () => {
        await open(paths[lang].directions, t.directions.title);
        await driver.executeScript(() => {
          window.__copied = [];
          Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: async (text) => void window.__copied.push(text) } });
        });
        await driver.findElement(By.xpath(`//button[normalize-space()="${t.plan.copy_address}"]`)).click();
        await driver.wait(async () => (await driver.executeScript(() => document.body.textContent)).includes(t.plan.address_copied), WAIT_MS, "no confirmation");
        assert.deepEqual(await driver.executeScript(() => window.__copied), [facts.museum.address.join(", ")]);
      });
    }

    test(`${engine}: after one visit, the pages open with the server gone`, async () => {
      const own = await serve(dist);
      try {
        await driver.get(`${own.url}${paths.en.home}`);
        await live(text.en.home.title);
        await driver.wait(() => driver.executeScript(() => Boolean(navigator.serviceWorker?.controller)), 30_000, "the service worker never took over");
      } finally {
        await own.stop();
      }
      for (const lang of langs) {
        await driver.get(`${own.url}${paths[lang].visit}`);
        await live(text[lang].visit.title);
      }
    });
  });
}
