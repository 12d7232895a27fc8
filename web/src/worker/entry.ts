// The dedicated worker's entry: wire postMessage to the runtime, nothing else.

import type { HostToWorker, WorkerToHost } from "./messages";
import { LiteRuntime } from "./runtime";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const runtime = new LiteRuntime((message: WorkerToHost, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer),
);

scope.onmessage = (event: MessageEvent<HostToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case "boot":
      void runtime.boot(message.runtime_url, message.app);
      break;
    case "http:request":
      void runtime.request(message.id, message.scope, message.body);
      break;
    case "http:disconnect":
      runtime.disconnect(message.id);
      break;
  }
};
