// The dedicated worker's entry: wire postMessage to the runtime, nothing else.

import type { HostToWorker, WorkerToHost } from "./messages";
import { LiteRuntime } from "./runtime";
import { makeSnapshot } from "./snapshot-maker";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerToHost, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
const runtime = new LiteRuntime(post);

// A fatal error of Pyodide often surfaces outside any call the runtime awaits (in a task
// the event loop runs), as an uncaught error of the worker.
// Handled there, it is not reported again as the page's own uncaught error.
scope.addEventListener("error", (event) => {
  if (runtime.checkFatal(event.error)) event.preventDefault();
});
scope.addEventListener("unhandledrejection", (event) => {
  if (runtime.checkFatal(event.reason)) event.preventDefault();
});

scope.onmessage = (event: MessageEvent<HostToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case "boot":
      runtime.boot(message.runtime_url, message.interrupt).catch(() => undefined); // reported as boot:error
      break;
    case "boot:snapshot":
      runtime.snapshotStored(message.stored);
      break;
    case "app:start":
      void runtime.startApp(message.app_id, message.app);
      break;
    case "app:stop":
      void runtime.stopApp(message.app_id);
      break;
    case "app:files":
      void runtime.updateFiles(message.app_id, message.call_id, message.write, message.remove);
      break;
    case "app:install":
      void runtime.install(message.call_id, message.requirements);
      break;
    case "http:request":
      void runtime.request(message.app_id, message.id, message.request, message.body);
      break;
    case "http:disconnect":
      runtime.disconnect(message.id);
      break;
    case "ping":
      post({ type: "pong", id: message.id });
      break;
    case "snapshot:make":
      void makeSnapshot(message.runtime_url, post);
      break;
  }
};
