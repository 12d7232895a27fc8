// Starts the runtime's worker from wherever lite.js is served.
//
// The worker chunk's URL is resolved from lite.js's own URL (never the site root), so
// dist/ works under any path. Browsers start workers from same-origin URLs only: when
// lite.js comes from another origin (a CDN), a same-origin `blob:` module imports the
// chunk instead (the host must send CORS headers, as CDNs do).

import workerUrl from "../worker/entry.ts?worker&url";

export function startWorker(): Worker {
  const url = new URL(workerUrl, import.meta.url);
  if (url.origin === location.origin) return new Worker(url, { type: "module" });
  const shim = new Blob([`import ${JSON.stringify(url.href)};`], { type: "text/javascript" });
  const blobUrl = URL.createObjectURL(shim);
  const worker = new Worker(blobUrl, { type: "module" });
  // The worker has fetched its shim once it runs; the URL can go.
  setTimeout(() => URL.revokeObjectURL(blobUrl), 10_000);
  return worker;
}
