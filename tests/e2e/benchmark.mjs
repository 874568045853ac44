// How fast the visitor app is, against its targets, on a release build:
//   a. the bytes of the first load of every entry page (brotli, as a static host sends them);
//   b. Lighthouse (mobile, simulated throttling) on Home and Visit in both languages,
//      beside a static snapshot of the same page: what the app costs over plain HTML;
//   c. tap to next paint, for the navigation links and the language toggle, CPU 4× slower;
//   d. a repeat visit served by the service worker with the network off.
//
//   node benchmark.mjs [--dist <folder>] [--runs N]
//
// --dist defaults to the repository's dist/ (a release build: only it registers
// the service worker); --runs (default 3) repeats b and d, which report medians.
// Prints tables; writes every figure to target/benchmark.json. Progress goes to stderr.
import { chromium } from "@playwright/test";
import { launch as launchChrome } from "chrome-launcher";
import lighthouse from "lighthouse";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { TARGET } from "./budget.js";
import { launchOptions } from "./chromium.js";
import { bytesByType, firstLoad, loadLive, TYPES } from "./first-load.js";
import { serve } from "./static-server.js";
// The published URLs and the app's own strings, as the tests know them.
import { langs, other, pages, paths, text } from "./specs/fixtures.js";

const e2e = dirname(fileURLToPath(import.meta.url));
const output = join(e2e, "../../target/benchmark.json");

const TARGETS = {
  totalBytes: TARGET.total,
  wasmBytes: TARGET.wasm,
  performanceScore: 95,
  lcpOverStatic: 1.3,
  cls: 0,
  // One frame at 60 Hz, and the most a tap may ever wait.
  nextPaintMedianMs: 16,
  nextPaintWorstMs: 50,
};

const ENTRY_PAGES = langs.flatMap((lang) => Object.values(paths[lang]));
const LIGHTHOUSE_PAGES = [paths.en.home, paths.en.visit, paths.es.home, paths.es.visit];
/** Where the static snapshots are served, each under its page's own path. */
const SNAPSHOTS = "/static-snapshot";
const CPU_SLOWDOWN = 4;
const TAPS = 20;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

const { dist, runs } = readOptions();
const started = Date.now();
// A copy, so the snapshots can sit beside the app and the same server serves both.
const folder = mkdtempSync(join(tmpdir(), "casa-trotsky-bench-"));
cpSync(dist, folder, { recursive: true });
const server = await serve(folder);
const browser = await chromium.launch(launchOptions);
let results;
try {
  progress("a. first-load bytes of every entry page");
  const bytes = await measureBytes(server.url);
  progress("b. static snapshots, then Lighthouse");
  for (const path of LIGHTHOUSE_PAGES) await writeStaticSnapshot(server.url, path);
  const pageSpeed = await measureLighthouse(server.url);
  progress("c. tap to next paint");
  const nextPaint = await measureNextPaint(server.url);
  progress("d. repeat visit offline");
  const offline = await measureOfflineRepeatVisit();
  const measuredAt = new Date(started).toISOString();
  results = { measuredAt, dist, runs, targets: TARGETS, bytes, lighthouse: pageSpeed, nextPaint, offlineRepeatVisit: offline };
} finally {
  await browser.close();
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
}
results.seconds = Math.round((Date.now() - started) / 1000);
report(results);
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${results.seconds} s; every figure in ${output}`);

function readOptions() {
  const { values } = parseArgs({
    options: { dist: { type: "string", default: join(e2e, "../../dist") }, runs: { type: "string", default: "3" } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number from 1, not "${values.runs}"`);
  const dist = resolve(values.dist);
  if (!existsSync(join(dist, "index.html"))) throw new Error(`no build in ${dist}: run trunk build --release first, or .ci/bench`);
  return { dist, runs };
}

function progress(message) {
  console.error(`[${Math.round((Date.now() - started) / 1000)} s] ${message}`);
}

// a. Bytes ----------------------------------------------------------------------

async function measureBytes(baseURL) {
  const rows = [];
  for (const path of ENTRY_PAGES) {
    const resources = await firstLoad(browser, baseURL, path);
    const brotli = bytesByType(resources);
    const met = { wasm: brotli.wasm <= TARGETS.wasmBytes, total: brotli.total <= TARGETS.totalBytes };
    rows.push({ path, brotli, raw: bytesByType(resources, "rawBytes"), met });
  }
  return rows;
}

// b. Lighthouse -----------------------------------------------------------------

/** Writes what the live app shows at `path`, without its scripts, under SNAPSHOTS. */
async function writeStaticSnapshot(baseURL, path) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    await loadLive(page, baseURL + path);
    const html = await page.evaluate(() => {
      const root = document.documentElement.cloneNode(true);
      // Nothing runs in the snapshot, so nothing is fetched for running either.
      const scripts = 'script, link[rel="modulepreload"], link[rel="preload"][as="script"], link[rel="preload"][as="fetch"]';
      root.querySelectorAll(scripts).forEach((element) => element.remove());
      return `<!DOCTYPE html>\n${root.outerHTML}`;
    });
    const file = join(folder, SNAPSHOTS, path, "index.html");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  } finally {
    await context.close();
  }
}

async function measureLighthouse(baseURL) {
  const chrome = await launchChrome({ chromePath: launchOptions.executablePath, chromeFlags: ["--headless=new", ...launchOptions.args] });
  try {
    const samples = Object.fromEntries(LIGHTHOUSE_PAGES.map((path) => [path, { app: [], static: [] }]));
    for (let run = 1; run <= runs; run++) {
      for (const path of LIGHTHOUSE_PAGES) {
        progress(`Lighthouse ${path}, run ${run} of ${runs}`);
        // The app and its snapshot back to back, so a busy moment of the machine touches both.
        samples[path].app.push(await lighthouseRun(chrome.port, baseURL + path));
        samples[path].static.push(await lighthouseRun(chrome.port, baseURL + SNAPSHOTS + path));
      }
    }
    return LIGHTHOUSE_PAGES.map((path) => judgeLighthouse(path, samples[path]));
  } finally {
    chrome.kill();
  }
}

/** One Lighthouse run with its default settings: a mid-range phone on slow 4G, simulated. */
async function lighthouseRun(port, url) {
  const { lhr } = await lighthouse(url, { port, logLevel: "error", onlyCategories: ["performance"] });
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  for (const warning of lhr.runWarnings) progress(`Lighthouse on ${url}: ${warning}`);
  const value = (audit) => lhr.audits[audit].numericValue;
  return {
    lighthouse: lhr.lighthouseVersion,
    score: Math.round(lhr.categories.performance.score * 100),
    fcp: value("first-contentful-paint"),
    lcp: value("largest-contentful-paint"),
    tbt: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
    lcpElement: lhr.audits["largest-contentful-paint-element"].details?.items[0]?.items[0]?.node.selector ?? null,
  };
}

function judgeLighthouse(path, samples) {
  const app = medians(samples.app);
  const snapshot = medians(samples.static);
  const ratio = { fcp: app.fcp / snapshot.fcp, lcp: app.lcp / snapshot.lcp };
  const met = {
    performance: app.score >= TARGETS.performanceScore,
    lcp: ratio.lcp <= TARGETS.lcpOverStatic,
    // At the three decimals Lighthouse reports CLS with.
    cls: Number(app.cls.toFixed(3)) <= TARGETS.cls,
  };
  return { path, lighthouse: samples.app[0].lighthouse, app, static: snapshot, ratio, met, samples };
}

/** The median of each numeric field over `runs`. */
function medians(runs) {
  const fields = Object.keys(runs[0]).filter((field) => typeof runs[0][field] === "number");
  return Object.fromEntries(fields.map((field) => [field, median(runs.map((run) => run[field]))]));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// c. Tap to next paint ----------------------------------------------------------

async function measureNextPaint(baseURL) {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: "block" });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });

    // Round the navigation links, half the taps in each language.
    const navigation = [];
    for (const lang of langs) {
      await loadLive(page, baseURL + paths[lang].home);
      const nav = page.getByRole("navigation", { name: text[lang].ui.main_nav });
      for (let tap = 1; tap <= TAPS / langs.length; tap++) {
        const name = pages[tap % pages.length];
        const link = nav.getByRole("link", { name: text[lang].ui.nav[name], exact: true });
        navigation.push(await timeTap(page, link, lang, text[lang][name].title));
      }
    }

    // The toggle, back and forth on every page in turn.
    const toggle = [];
    for (const name of pages) {
      let lang = "en";
      await loadLive(page, baseURL + paths[lang][name]);
      for (let tap = 1; tap <= TAPS / pages.length; tap++) {
        lang = other[lang];
        const link = page.getByRole("link", { name: text[lang].ui.switch_to_this_language });
        toggle.push(await timeTap(page, link, lang, text[lang][name].title));
      }
    }
    return { cpuSlowdown: CPU_SLOWDOWN, navigation: judgeTaps(navigation), languageToggle: judgeTaps(toggle) };
  } finally {
    await context.close();
  }
}

/**
 * Taps `target` and returns how long from the tap's event to the first paint
 * that shows the page `title` in `lang`.
 */
async function timeTap(page, target, lang, title) {
  await page.evaluate((expected) => window.__probes.timeNextClick(expected), { lang, title });
  await target.tap();
  const click = await page.evaluate(() => window.__probes.click);
  const eventTiming = await clickDuration(page, click.start);
  // The next tap starts on a page that has finished its work.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
  // The browser's own figure is the better one, but it counts to the paint right
  // after the handlers (right only if that paint showed the new page), and it is
  // reported only from 16 ms up.
  const ms = click.inFirstPaint && eventTiming !== null ? eventTiming : click.untilPainted;
  return { ...click, eventTiming, ms };
}

/**
 * The Event Timing duration of the click whose event started at `start`, or
 * null if the browser reported none: it reports only clicks from 16 ms up, once
 * their frame is presented, which can be after the page has gone idle.
 */
async function clickDuration(page, start) {
  const reported = (start) => window.__probes.clicks.find((entry) => Math.abs(entry.start - start) < 1)?.duration;
  try {
    return await (await page.waitForFunction(reported, start, { timeout: 1000 })).jsonValue();
  } catch (error) {
    if (error.name === "TimeoutError") return null;
    throw error;
  }
}

function judgeTaps(samples) {
  const times = samples.map((sample) => sample.ms);
  const summary = {
    taps: samples.length,
    median: median(times),
    worst: Math.max(...times),
    // Taps whose new page missed the first paint after them.
    late: samples.filter((sample) => !sample.inFirstPaint).length,
  };
  const met = summary.median <= TARGETS.nextPaintMedianMs && summary.worst <= TARGETS.nextPaintWorstMs;
  return { ...summary, met, samples };
}

/** In the page, before its own scripts: what the measurements of c and d read. */
function installProbes() {
  // Calls `check` just before the next frame is rendered, and resolves just after
  // it is painted: a requestAnimationFrame callback runs before rendering, and a
  // message posted from it is handled after.
  const nextFrame = (check = () => true) =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const shown = check();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ shown, paintedAt: performance.now() });
        channel.port2.postMessage(null);
      }),
    );
  const once = (condition) =>
    new Promise((resolve) => {
      if (condition()) return resolve();
      const observer = new MutationObserver(() => condition() && (observer.disconnect(), resolve()));
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  const heading = () => document.querySelector("main h1");

  const probes = {
    clicks: [],
    click: null,
    /** Times the next click, from its event to the first paint that shows `title` in `lang`. */
    timeNextClick({ lang, title }) {
      const shows = () => document.documentElement.lang === lang && heading()?.textContent.trim() === title;
      probes.click = new Promise((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error(`no click showed "${title}" within 10 s`)), 10_000);
        const timeClick = async (event) => {
          const first = await nextFrame(shows);
          const paintedAt = first.shown ? first.paintedAt : (await once(shows), (await nextFrame()).paintedAt);
          clearTimeout(timeout);
          resolve({ start: event.timeStamp, inFirstPaint: first.shown, untilPainted: paintedAt - event.timeStamp });
        };
        // Capturing on window: before the app's own handler, which is on window too.
        addEventListener("click", timeClick, { capture: true, once: true });
      });
    },
    /** When the page's heading was first painted, in ms from the start of the navigation. */
    headingPainted: once(heading).then(() => nextFrame()).then((frame) => frame.paintedAt),
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === "click") probes.clicks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
  window.__probes = probes;
}

// d. Repeat visit offline -------------------------------------------------------

async function measureOfflineRepeatVisit() {
  const samples = [];
  for (let run = 1; run <= runs; run++) samples.push(await offlineRepeatVisit());
  return { path: paths.en.visit, median: median(samples), samples };
}

/** In a new browser profile: one visit online, then the Visit page with the network gone. */
async function offlineRepeatVisit() {
  const profile = mkdtempSync(join(tmpdir(), "casa-trotsky-bench-profile-"));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, ...PHONE, headless: true });
  try {
    await context.addInitScript(installProbes);
    const origin = await firstVisitOnline(context);
    await context.setOffline(true);
    const page = await context.newPage();
    const response = await page.goto(origin + paths.en.visit);
    if (!response?.fromServiceWorker()) throw new Error("the offline visit was not answered by the service worker");
    return await page.evaluate(() => window.__probes.headingPainted);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Visits Home on a server of its own, stopped once the service worker has taken over. */
async function firstVisitOnline(context) {
  const ownServer = await serve(folder);
  try {
    const page = await context.newPage();
    await page.goto(ownServer.url + paths.en.home);
    // The worker takes control only once it is activated, and it is activated
    // only after it has cached every file of the build.
    await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), null, { timeout: 20_000 });
    return ownServer.url;
  } finally {
    await ownServer.stop();
  }
}

// Report ------------------------------------------------------------------------

function report({ bytes, lighthouse: pageSpeed, nextPaint, offlineRepeatVisit: offline }) {
  const kb = (n) => (n / 1000).toFixed(1);
  const ms = (n) => String(Math.round(n));
  const verdict = (met) => (met ? "met" : "NOT MET");

  table(
    `a. First load, KB brotli -q 11 (1 KB = 1000 bytes). Targets: total ≤ ${kb(TARGETS.totalBytes)}, wasm ≤ ${kb(TARGETS.wasmBytes)}`,
    ["page", ...TYPES, "total", "total target", "wasm target"],
    bytes.map(({ path, brotli, met }) => [
      path,
      ...TYPES.map((type) => kb(brotli[type])),
      kb(brotli.total),
      verdict(met.total),
      verdict(met.wasm),
    ]),
  );

  table(
    `b. Lighthouse ${pageSpeed[0].lighthouse}, mobile, simulated throttling, median of ${runs} run(s); static = the same page as plain HTML.\n` +
      `   Targets: performance ≥ ${TARGETS.performanceScore}, LCP ≤ ${TARGETS.lcpOverStatic} × static, CLS ${TARGETS.cls}`,
    ["page", "perf", "FCP ms", "static", "×", "LCP ms", "static", "×", "TBT ms", "CLS", "perf target", "LCP target", "CLS target"],
    pageSpeed.map(({ path, app, static: snapshot, ratio, met }) => [
      path,
      String(app.score),
      ms(app.fcp),
      ms(snapshot.fcp),
      ratio.fcp.toFixed(2),
      ms(app.lcp),
      ms(snapshot.lcp),
      ratio.lcp.toFixed(2),
      ms(app.tbt),
      app.cls.toFixed(3),
      verdict(met.performance),
      verdict(met.lcp),
      verdict(met.cls),
    ]),
  );

  table(
    `c. Tap to next paint, ${PHONE.viewport.width}×${PHONE.viewport.height} touch, CPU ${nextPaint.cpuSlowdown}× slower. ` +
      `Targets: median ≤ ${TARGETS.nextPaintMedianMs} ms, worst ≤ ${TARGETS.nextPaintWorstMs} ms`,
    ["tap", "taps", "median ms", "worst ms", "late", "target"],
    [
      ["navigation link", nextPaint.navigation],
      ["language toggle", nextPaint.languageToggle],
    ].map(([name, taps]) => [name, String(taps.taps), taps.median.toFixed(1), taps.worst.toFixed(1), String(taps.late), verdict(taps.met)]),
  );
  console.log("   late: taps whose new page missed the first paint after them");

  table(
    `d. Repeat visit, network off, served by the service worker: navigation start to the heading painted`,
    ["page", "median ms", "runs ms"],
    [[offline.path, ms(offline.median), offline.samples.map(ms).join(" ")]],
  );
}

/** Prints `rows` under `header` in aligned columns: the first to the left, numbers to the right. */
function table(title, header, rows) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  console.log(`\n${title}`);
  for (const row of [header, ...rows]) console.log(`   ${line(row)}`);
}
