// How fast the visitor app is, against its targets, on a release build:
//   a. the bytes of the first load of every entry page (brotli, as a static host sends them);
//   b. Lighthouse (mobile, simulated throttling) on Home, Visit and the tour in both
//      languages, each load beside a load of a static snapshot of the same page:
//      what the app costs over plain HTML, load by load (a visitor meets every load,
//      so the worst counts, not the median); for a load over target, the LCP
//      candidates Chrome recorded (element, size, time);
//   c. tap to next paint, for the navigation links and the language toggle, CPU 4× slower,
//      beside the floor of this harness: the same taps on a static page that only
//      rewrites its heading;
//   d. a repeat visit served by the service worker with the network off.
//
//   node benchmark.mjs [--dist <folder>] [--runs N] [--steps a,b,c,d]
//
// --dist defaults to the repository's dist/, which must be the release recipe's
// output (.ci/setup.sh build_release: prerendered pages, the start-up script in
// a file, the service worker); --runs (default 8) repeats b and d. A step that
// fails is reported as failed and the others still run. Prints tables; writes
// every figure to target/benchmark.json. Progress goes to stderr. --steps runs
// some steps only (the others are reported as skipped).
import { chromium } from "@playwright/test";
import { launch as launchChrome } from "chrome-launcher";
import lighthouse from "lighthouse";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
const LIGHTHOUSE_PAGES = [paths.en.home, paths.en.visit, paths.en.tour, paths.es.home, paths.es.visit, paths.es.tour];
/** Where the static snapshots are served, each under its page's own path. */
const SNAPSHOTS = "/static-snapshot";
const CPU_SLOWDOWN = 4;
const TAPS = 20;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

const { dist, runs, steps } = readOptions();
const started = Date.now();
// A copy, so the snapshots can sit beside the app and the same server serves both.
const folder = mkdtempSync(join(tmpdir(), "casa-trotsky-bench-"));
cpSync(dist, folder, { recursive: true });
const server = await serve(folder);
const browser = await chromium.launch(launchOptions);
let results;
try {
  const measuredAt = new Date(started).toISOString();
  results = { measuredAt, dist, runs, targets: TARGETS };
  results.bytes = await step("a. first-load bytes of every entry page", () => measureBytes(server.url));
  results.lighthouse = await step("b. static snapshots, then Lighthouse", async () => {
    for (const path of LIGHTHOUSE_PAGES) await writeStaticSnapshot(server.url, path);
    return measureLighthouse(server.url);
  });
  results.nextPaint = await step("c. tap to next paint", () => measureNextPaint(server.url));
  results.offlineRepeatVisit = await step("d. repeat visit offline", () => measureOfflineRepeatVisit());
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
const failed = ["bytes", "lighthouse", "nextPaint", "offlineRepeatVisit"].filter((key) => results[key].failed);
if (failed.length > 0) process.exitCode = 1;

/** Runs one step of the benchmark; a failure is kept as the step's result, so the others still run and print. */
async function step(title, measure) {
  if (!steps.has(title[0])) return { skipped: true };
  progress(title);
  try {
    return await measure();
  } catch (error) {
    progress(`${title} FAILED: ${error.stack ?? error}`);
    return { failed: String(error.message ?? error).split("\n")[0] };
  }
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      dist: { type: "string", default: join(e2e, "../../dist") },
      runs: { type: "string", default: "8" },
      steps: { type: "string", default: "a,b,c,d" },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number from 1, not "${values.runs}"`);
  const dist = resolve(values.dist);
  const problem = notTheReleaseRecipe(dist);
  if (problem) {
    console.error(`benchmark: ${dist} ${problem}.\nThe benchmark measures what visitors get: build it with \`bash .ci/bench\` (without --no-build),\nor \`source .ci/setup.sh && build_release\`, then run it again.`);
    process.exit(2);
  }
  const steps = new Set(values.steps.split(","));
  return { dist, runs, steps };
}

/** Why `dist` is not what `build_release` in .ci/setup.sh makes, or null if it is. */
function notTheReleaseRecipe(dist) {
  const index = join(dist, "index.html");
  if (!existsSync(index)) return "holds no build";
  const html = readFileSync(index, "utf8");
  // `trunk serve` and `trunk build` without --release leave the start-up script inline and no policy.
  if (!html.includes("Content-Security-Policy") || !/src="\/boot-[0-9a-f]+\.js"/.test(html)) {
    return "holds a debug build (trunk serve, or trunk build without --release), not the release";
  }
  if (!existsSync(join(dist, "en", "index.html"))) return "holds a release build without its prerendered pages";
  const worker = join(dist, "sw.js");
  if (!existsSync(worker)) return "holds no service worker";
  if (!readFileSync(worker, "utf8").includes('"/en/index.html"')) return "holds a service worker written before the pages were prerendered";
  return null;
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
  const { lhr, artifacts } = await lighthouse(url, { port, logLevel: "error", onlyCategories: ["performance"] });
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
    lcpCandidates: lcpCandidates(artifacts.Trace, lhr),
  };
}

/**
 * Every Largest Contentful Paint candidate Chrome recorded in the load's trace,
 * in order: its kind, size (px² on screen) and observed time (ms after the
 * navigation, unthrottled: what Lighthouse then simulates on a slow phone).
 * A candidate that is removed from the page is "invalidated".
 */
function lcpCandidates(trace, lhr) {
  const start = lhr.audits.metrics.details?.items[0]?.observedNavigationStartTs;
  if (!trace || start === undefined) return [];
  return trace.traceEvents
    .filter((event) => event.name === "largestContentfulPaint::Candidate" || event.name === "largestContentfulPaint::Invalidate")
    .filter((event) => event.args?.data?.isMainFrame !== false)
    .map((event) => ({
      event: event.name.endsWith("Candidate") ? "candidate" : "invalidated",
      type: event.args?.data?.type ?? null,
      size: event.args?.data?.size ?? null,
      nodeId: event.args?.data?.nodeId ?? null,
      ms: Math.round((event.ts - start) / 1000),
    }));
}

/** Each app load against the snapshot load just after it; the worst load decides. */
function judgeLighthouse(path, samples) {
  const app = medians(samples.app);
  const snapshot = medians(samples.static);
  const lcpRatios = samples.app.map((load, run) => load.lcp / samples.static[run].lcp);
  const ratio = { fcp: app.fcp / snapshot.fcp, lcp: median(lcpRatios), worstLcp: Math.max(...lcpRatios) };
  const worst = (field) => Math.max(...samples.app.map((load) => load[field]));
  const met = {
    performance: Math.min(...samples.app.map((load) => load.score)) >= TARGETS.performanceScore,
    lcp: ratio.worstLcp <= TARGETS.lcpOverStatic,
    // At the three decimals Lighthouse reports CLS with.
    cls: Number(worst("cls").toFixed(3)) <= TARGETS.cls,
  };
  return { path, lighthouse: samples.app[0].lighthouse, app, static: snapshot, ratio, lcpRatios, met, samples };
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

    // The floor: the same taps on a static copy of Home whose navigation links
    // only rewrite its heading, with no app at all. Nothing can be faster on
    // this phone; what a tap costs above it is the app's own.
    const floor = [];
    await writeStaticSnapshot(baseURL, paths.en.home);
    await page.goto(baseURL + SNAPSHOTS + paths.en.home);
    await page.evaluate(() =>
      addEventListener("click", (event) => {
        const link = event.target.closest("a");
        if (!link) return;
        event.preventDefault();
        document.querySelector("main h1").textContent = link.textContent.trim();
      }),
    );
    const nav = page.getByRole("navigation", { name: text.en.ui.main_nav });
    for (let tap = 1; tap <= TAPS / 2; tap++) {
      const label = text.en.ui.nav[pages[tap % pages.length]];
      floor.push(await timeTap(page, nav.getByRole("link", { name: label, exact: true }), "en", label));
    }
    return {
      cpuSlowdown: CPU_SLOWDOWN,
      navigation: judgeTaps(navigation),
      languageToggle: judgeTaps(toggle),
      staticFloor: judgeTaps(floor),
    };
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
  const entry = await clickEntry(page, click.start);
  const eventTiming = entry?.duration ?? null;
  // The next tap starts on a page that has finished its work.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
  // The browser's own figure is the better one, but it counts to the paint right
  // after the handlers (right only if that paint showed the new page), and it is
  // reported only from 16 ms up.
  const ms = click.inFirstPaint && eventTiming !== null ? eventTiming : click.untilPainted;
  return { ...click, eventTiming, ms, split: entry && splitOf(entry, click.start + ms) };
}

/**
 * Where a tap's time went: waiting for the main thread (input delay), the
 * click's handlers, and then until the new page was painted (the app's
 * reactive work runs after the handler returns, so it falls in this last part,
 * with style, layout and paint).
 */
function splitOf(entry, paintedAt) {
  return {
    inputDelay: entry.processingStart - entry.start,
    handlers: entry.processingEnd - entry.processingStart,
    renderToPaint: paintedAt - entry.processingEnd,
  };
}

/**
 * The Event Timing entry of the click whose event started at `start`, or
 * null if the browser reported none: it reports only clicks from 16 ms up, once
 * their frame is presented, which can be after the page has gone idle.
 */
async function clickEntry(page, start) {
  const reported = (start) => window.__probes.clicks.find((entry) => Math.abs(entry.start - start) < 1);
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
  const split = samples.filter((sample) => sample.split).map((sample) => sample.split);
  // Medians of each part over the taps the browser timed (those of 16 ms and more).
  summary.split = split.length === 0 ? null : Object.fromEntries(Object.keys(split[0]).map((part) => [part, median(split.map((s) => s[part]))]));
  summary.worstSplit = samples.find((sample) => sample.ms === summary.worst)?.split ?? null;
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
      if (entry.name === "click") {
        const { startTime: start, duration, processingStart, processingEnd } = entry;
        probes.clicks.push({ start, duration, processingStart, processingEnd });
      }
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
  const failedStep = (title, result) =>
    (result.skipped && (console.log(`\n${title}\n   skipped (--steps)`), true)) ||
    (result.failed && (console.log(`\n${title}\n   FAILED: ${result.failed}`), true));

  const bytesTitle = `a. First load, KB brotli -q 11 (1 KB = 1000 bytes). Targets: total ≤ ${kb(TARGETS.totalBytes)}, wasm ≤ ${kb(TARGETS.wasmBytes)}`;
  if (!failedStep(bytesTitle, bytes)) {
    table(
      bytesTitle,
      ["page", ...TYPES, "total", "total target", "wasm target"],
      bytes.map(({ path, brotli, met }) => [path, ...TYPES.map((type) => kb(brotli[type])), kb(brotli.total), verdict(met.total), verdict(met.wasm)]),
    );
  }

  const lighthouseTitle =
    `b. Lighthouse, mobile, simulated throttling, ${runs} load(s) per page, each beside a load of the same page as plain HTML.\n` +
    `   Targets: every load's LCP ≤ ${TARGETS.lcpOverStatic} × static, performance ≥ ${TARGETS.performanceScore}, CLS ${TARGETS.cls}. FCP, TBT, score: median (worst)`;
  if (!failedStep(lighthouseTitle, pageSpeed)) {
    table(
      lighthouseTitle.replace("Lighthouse,", `Lighthouse ${pageSpeed[0].lighthouse},`),
      ["page", "LCP × static, load by load", "worst", "median", "LCP ms", "static", "FCP ms", "TBT ms", "CLS", "perf", "LCP target", "CLS target", "perf target"],
      pageSpeed.map(({ path, app, static: snapshot, ratio, lcpRatios, met, samples }) => {
        const worst = (field) => Math.max(...samples.app.map((load) => load[field]));
        return [
          path,
          lcpRatios.map((r) => r.toFixed(2)).join(" "),
          ratio.worstLcp.toFixed(2),
          ratio.lcp.toFixed(2),
          `${ms(app.lcp)} (${ms(worst("lcp"))})`,
          ms(snapshot.lcp),
          `${ms(app.fcp)} (${ms(worst("fcp"))})`,
          `${ms(app.tbt)} (${ms(worst("tbt"))})`,
          worst("cls").toFixed(3),
          `${app.score} (${Math.min(...samples.app.map((load) => load.score))})`,
          verdict(met.lcp),
          verdict(met.cls),
          verdict(met.performance),
        ];
      }),
    );
    const slow = pageSpeed.flatMap(({ path, lcpRatios, samples }) =>
      lcpRatios.flatMap((ratio, run) => (ratio > TARGETS.lcpOverStatic ? [{ path, run, ratio, load: samples.app[run] }] : [])),
    );
    console.log(slow.length === 0 ? "   No load over target." : "   Loads over target, with the LCP candidates of their trace (observed, unthrottled):");
    for (const { path, run, ratio, load } of slow) {
      console.log(`   ${path} load ${run + 1}: ×${ratio.toFixed(2)}, LCP ${ms(load.lcp)} ms, element ${load.lcpElement}`);
      for (const c of load.lcpCandidates) console.log(`      ${c.ms} ms ${c.event} ${c.type ?? ""} ${c.size ?? ""} px² node ${c.nodeId ?? "?"}`);
    }
  }

  const tapTitle = `c. Tap to next paint, ${PHONE.viewport.width}×${PHONE.viewport.height} touch, CPU ${CPU_SLOWDOWN}× slower. Targets: median ≤ ${TARGETS.nextPaintMedianMs} ms, worst ≤ ${TARGETS.nextPaintWorstMs} ms`;
  if (!failedStep(tapTitle, nextPaint)) {
    const parts = (split) => (split ? `${ms(split.inputDelay)} / ${ms(split.handlers)} / ${ms(split.renderToPaint)}` : "–");
    table(
      tapTitle,
      ["tap", "taps", "median ms", "worst ms", "late", "split, median", "split, worst tap", "target"],
      [
        ["navigation link", nextPaint.navigation],
        ["language toggle", nextPaint.languageToggle],
        ["floor: static page", nextPaint.staticFloor, "(no app)"],
      ].map(([name, taps, judged]) => [name, String(taps.taps), taps.median.toFixed(1), taps.worst.toFixed(1), String(taps.late), parts(taps.split), parts(taps.worstSplit), judged ?? verdict(taps.met)]),
    );
    console.log("   split: input delay / click handlers / rendering the new page to its paint, ms (Event Timing; taps of 16 ms and more)");
    console.log("   floor: a static copy of Home whose links only rewrite its heading, tapped the same way: no app can be faster here");
    console.log("   late: taps whose new page missed the first paint after them");
  }

  const offlineTitle = "d. Repeat visit, network off, served by the service worker: navigation start to the heading painted";
  if (!failedStep(offlineTitle, offline)) {
    table(offlineTitle, ["page", "median ms", "worst ms", "runs ms"], [[offline.path, ms(offline.median), ms(Math.max(...offline.samples)), offline.samples.map(ms).join(" ")]]);
  }
}

/** Prints `rows` under `header` in aligned columns: the first to the left, numbers to the right. */
function table(title, header, rows) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  console.log(`\n${title}`);
  for (const row of [header, ...rows]) console.log(`   ${line(row)}`);
}
