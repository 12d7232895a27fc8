// Lite's optional service worker: a page that was opened once reloads without a network.
//
// Enabled by the `offline` attribute of any <gradio-lite> on a page. It keeps what a start
// needs (lite-offline.json, written by the build: lite.js, its worker, Pyodide's core
// files, the lock and lite_core's wheel) and the pages that registered it, then every
// same-origin file the apps fetch later (numpy's wheel, an example's image).
//
// Network first: while online, files come as without it (the HTTP cache and the host's
// headers decide), so a new deployment is never hidden behind an old copy, and an old
// lock is never paired with a new wheel. The copy is read only when the network fails.
// The runtime's start-up snapshot lives in Cache Storage already and needs nothing here.

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = "lite-offline";

sw.addEventListener("install", (event) => {
  event.waitUntil(precache());
  void sw.skipWaiting();
});

sw.addEventListener("activate", (event) => {
  event.waitUntil(keepOpenPages().then(() => sw.clients.claim()));
});

sw.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== sw.location.origin || request.headers.has("range")) return;
  event.respondWith(networkFirst(request));
});

async function precache(): Promise<void> {
  const manifest = new URL("lite-offline.json", sw.location.href);
  const { files } = (await (await fetch(manifest)).json()) as { files: string[] };
  const cache = await caches.open(CACHE);
  await Promise.all(files.map((file) => keep(cache, new URL(file, manifest))));
}

// The pages open when it first starts were loaded before it could see them.
async function keepOpenPages(): Promise<void> {
  const cache = await caches.open(CACHE);
  const pages = await sw.clients.matchAll({ type: "window", includeUncontrolled: true });
  await Promise.all(pages.map((page) => keep(cache, new URL(page.url))));
}

async function keep(cache: Cache, url: URL): Promise<void> {
  url.hash = "";
  const response = await fetch(url);
  if (response.ok) await cache.put(url, response);
}

async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") void update(cache, request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(request, { ignoreVary: true });
    if (kept) return kept;
    throw error;
  }
}

// Written again only when the file changed: not 10 MB of Wasm to disk on every visit.
async function update(cache: Cache, request: Request, response: Response): Promise<void> {
  const kept = await cache.match(request, { ignoreVary: true });
  const same = (name: string) => kept?.headers.get(name) === response.headers.get(name);
  if (kept && same("etag") && same("last-modified") && same("content-length")) return;
  await cache.put(request, response);
}
