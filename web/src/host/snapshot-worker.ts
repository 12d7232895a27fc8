// Starts the worker that makes this browser's start-up snapshot (worker/snapshot-maker.ts),
// once per runtime URL and page, and ends it when the snapshot is stored.

import type { WorkerToHost } from "../worker/messages";
import { startWorker } from "./worker-url";

const started = new Set<string>();

export function makeSnapshotInWorker(runtimeUrl: string): void {
  if (started.has(runtimeUrl)) return;
  started.add(runtimeUrl);
  const worker = startWorker();
  worker.onmessage = (event: MessageEvent<WorkerToHost>) => {
    const message = event.data;
    if (message.type !== "snapshot:made") return;
    worker.terminate();
    if (message.error)
      console.warn(`Lite: no start-up snapshot this time (${message.error}); the next visit boots normally.`);
    if (message.skipped) console.info(`Lite: no start-up snapshot this time: ${message.skipped}.`);
  };
  worker.onerror = () => worker.terminate();
  worker.postMessage({ type: "snapshot:make", runtime_url: runtimeUrl });
}
