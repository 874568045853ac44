// What a first visit to one page costs in bytes: every same-origin response of
// one cold load, sized as a static host would send it (brotli, quality 11).
// Used by specs/budget.spec.js and benchmark.mjs.
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants } from "node:zlib";

/** The kinds of resource the budget is split into, in the order they are reported. */
export const TYPES = ["html", "js", "wasm", "css", "data", "fonts", "images"];

/** How long the network must stay quiet before the load counts as finished. */
const QUIET_MS = 500;
/** A load still busy after this long is a bug to report, not to wait out. */
const LOAD_TIMEOUT_MS = 30_000;

/**
 * Loads `path` in a fresh context of `browser` (empty cache, no service worker)
 * and returns one {url, type, rawBytes, brotliBytes} per same-origin response.
 */
export async function firstLoad(browser, baseURL, path) {
  const origin = new URL(baseURL).origin;
  const context = await browser.newContext({ serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const resources = [];
    page.on("response", (response) => {
      if (new URL(response.url()).origin === origin) resources.push(measure(response));
    });
    await loadLive(page, new URL(path, baseURL).href);
    return await Promise.all(resources);
  } finally {
    await context.close();
  }
}

/**
 * Opens `url` in `page` and waits until the live app, not the boot screen or a
 * prerendered copy, shows the page's heading, and the network has gone quiet:
 * the wasm has started, and whatever it fetches at start has arrived.
 */
export async function loadLive(page, url) {
  const quiet = trackNetwork(page);
  await page.goto(url);
  await page.locator("#boot").waitFor({ state: "detached" });
  await page.locator("main h1").waitFor();
  await quiet();
}

/** Bytes by type, plus `total`, of what `firstLoad` returned. */
export function bytesByType(resources, field = "brotliBytes") {
  const sums = Object.fromEntries([...TYPES, "total"].map((type) => [type, 0]));
  for (const resource of resources) {
    sums[resource.type] += resource[field];
    sums.total += resource[field];
  }
  return sums;
}

/**
 * Returns a function that resolves once no request has been in flight for
 * QUIET_MS. Playwright's own "networkidle" fires once per navigation, possibly
 * in a lull between the wasm's download and the app's first fetch.
 */
function trackNetwork(page) {
  let inFlight = 0;
  let lastChange = Date.now();
  const listeners = Object.entries({ request: +1, requestfinished: -1, requestfailed: -1 }).map(([event, delta]) => [
    event,
    () => ((inFlight += delta), (lastChange = Date.now())),
  ]);
  for (const [event, listener] of listeners) page.on(event, listener);
  return async () => {
    const deadline = Date.now() + LOAD_TIMEOUT_MS;
    try {
      while (inFlight > 0 || Date.now() - lastChange < QUIET_MS) {
        if (Date.now() > deadline) throw new Error(`${page.url()}: the network never went quiet (${inFlight} in flight)`);
        await page.waitForTimeout(50);
      }
    } finally {
      for (const [event, listener] of listeners) page.off(event, listener);
    }
  };
}

async function measure(response) {
  const url = response.url();
  const contentType = (await response.headerValue("content-type")) ?? "";
  const body = await response.body();
  return {
    url,
    type: typeOf(url, contentType),
    rawBytes: body.length,
    // Formats that carry their own compression are sent as they are.
    brotliBytes: alreadyCompressed(contentType) ? body.length : await brotliSize(body),
  };
}

/** Compressed sizes by content hash: quality 11 takes seconds for the wasm, which every page loads. */
const brotliSizes = new Map();

function brotliSize(body) {
  const key = createHash("sha256").update(body).digest("hex");
  if (!brotliSizes.has(key)) {
    const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length };
    brotliSizes.set(key, promisify(brotliCompress)(body, { params }).then((compressed) => compressed.length));
  }
  return brotliSizes.get(key);
}

function alreadyCompressed(contentType) {
  return /^(image\/(png|jpeg|gif|webp|avif)|font\/woff2?)\b/.test(contentType);
}

/** The budget's name for a response; an unknown kind is an error, never silently uncounted. */
function typeOf(url, contentType) {
  const kinds = [
    [/^text\/html\b/, "html"],
    [/javascript\b/, "js"],
    [/^application\/wasm\b/, "wasm"],
    [/^text\/css\b/, "css"],
    [/[/+]json\b/, "data"],
    // The text of the page's language (src/content/*.postcard): content, like the data files.
    [/^application\/octet-stream\b/, "data"],
    [/^font\/|woff/, "fonts"],
    [/^image\//, "images"],
  ];
  const kind = kinds.find(([pattern]) => pattern.test(contentType));
  if (!kind) throw new Error(`${url}: no budget type for content type "${contentType}"`);
  return kind[1];
}
