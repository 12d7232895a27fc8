// Starts the worker that makes this browser's start-up snapshot (worker/snapshot-maker.ts),
// once per runtime URL and page, and ends it when the snapshot is stored.

import type { WorkerToHost } from "../worker/messages";
import { startWorker } from "./worker-url";

const started = new Set<string>();

// Booting again must not download the runtime again: in a private window, say, the HTTP
// cache keeps no file of its size. (A runtime on another origin cannot be asked; it is
// served from a CDN's cache-friendly headers.)
async function runtimeIsCached(runtimeUrl: string): Promise<boolean> {
  const url = new URL("pyodide.asm.wasm", runtimeUrl);
  if (url.origin !== location.origin) return true;
  try {
    const response = await fetch(url, { cache: "only-if-cached", mode: "same-origin" });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

export async function makeSnapshotInWorker(runtimeUrl: string): Promise<void> {
  if (started.has(runtimeUrl)) return;
  started.add(runtimeUrl);
  if (!(await runtimeIsCached(runtimeUrl))) {
    console.info("Lite: no start-up snapshot this time: the runtime is not in the browser's HTTP cache.");
    return;
  }
  const worker = startWorker();
  worker.onmessage = (event: MessageEvent<WorkerToHost>) => {
    const message = event.data;
    if (message.type !== "snapshot:made") return;
    worker.terminate();
    if (message.error)
      console.warn(`Lite: no start-up snapshot this time (${message.error}); the next visit boots normally.`);
  };
  worker.onerror = () => worker.terminate();
  worker.postMessage({ type: "snapshot:make", runtime_url: runtimeUrl });
}
