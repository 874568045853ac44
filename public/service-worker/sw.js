// The service worker of the visitor app. public/service-worker/precache.mjs fills in
// VERSION and PRECACHE after every Trunk build; this file is its template.
//
// One versioned cache holds every file of one build, so a visitor never mixes
// old and new files. Navigations try the network briefly, then fall back to the
// cached copy of that page as it was prerendered (or the app shell), so every
// page opens offline. Hashed assets come from the cache. The data files go to
// the network first, and fall back to the cache.
//
// The page talks to the worker in messages with a `type` (src/pwa.rs, `ToWorker`):
//   { type: "skip-waiting" }            take over now: the visitor accepted the update
//   { type: "uses", paths: [...] }      answered on the message's port with
//                                       { type: "uses", answer: bool }: whether this
//                                       version's pages load all of these files (the
//                                       hashed start-up script and stylesheet), so a
//                                       page that already runs it is not offered it again

const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `casa-trotsky-${VERSION}`;
const SHELL = "/index.html";
const NAVIGATION_TIMEOUT_MS = 3000;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
  // No skipWaiting here: an open page keeps the files it started with until the
  // visitor accepts the update (the "skip-waiting" message below).
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("casa-trotsky-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  const message = event.data;
  // The bare string is what pages of earlier versions send.
  if (message === "skip-waiting" || message?.type === "skip-waiting") {
    self.skipWaiting();
  } else if (message?.type === "uses" && Array.isArray(message.paths)) {
    event.waitUntil(shellUses(message.paths).then((answer) => event.ports[0]?.postMessage({ type: "uses", answer })));
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;

  if (request.mode === "navigate") {
    event.respondWith(networkWithin(NAVIGATION_TIMEOUT_MS, request).catch(() => offlinePage(url.pathname)));
  } else if (url.pathname.startsWith("/data/")) {
    event.respondWith(networkThenCache(request));
  } else {
    event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
  }
});

/** The network's answer if it comes in time; otherwise a rejection. */
function networkWithin(ms, request) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("network too slow")), ms);
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        // A host that adds a trailing slash answers a navigation with a redirect,
        // opaque to the worker: the browser follows it itself.
        const answered = response.ok || response.type === "opaqueredirect";
        answered ? resolve(response) : reject(new Error(`status ${response.status}`));
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Fresh data when online, kept for offline; the cached copy when not. */
async function networkThenCache(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) cache.put(request, response.clone());
    return response;
  } catch (error) {
    const hit = await cache.match(request);
    if (hit) return hit;
    throw error;
  }
}

/** Whether this version's app shell loads every one of these paths. (Not whether
 *  they are among its files: a host may keep an earlier version's files.) */
async function shellUses(paths) {
  const shell = await fromCache(SHELL);
  if (!shell) return false;
  const html = await shell.text();
  return paths.every((path) => html.includes(`"${path}"`));
}

/** The page as prerendered for this path, where the build has it; else the app shell. */
async function offlinePage(pathname) {
  const prerendered = pathname.replace(/\/?$/, "/index.html");
  return (await fromCache(prerendered)) ?? (await fromCache(SHELL)) ?? new Response("Offline", { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } });
}

async function fromCache(path) {
  const hit = await caches.match(path, { cacheName: CACHE });
  if (!hit) return undefined;
  // Cached through a host's redirect (`/index.html` → `/`), a response is marked
  // redirected, and a browser refuses one of those for a navigation: the same
  // bytes, unmarked.
  return hit.redirected ? new Response(await hit.blob(), { status: hit.status, statusText: hit.statusText, headers: hit.headers }) : hit;
}
