// The dedicated worker's entry: wire postMessage to the runtime, nothing else.

import type { HostToWorker, WorkerToHost } from "./messages";
import { LiteRuntime } from "./runtime";
import { makeSnapshot } from "./snapshot-maker";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerToHost, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
const runtime = new LiteRuntime(post);

scope.onmessage = (event: MessageEvent<HostToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case "boot":
      runtime.boot(message.runtime_url).catch(() => undefined); // reported as boot:error
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
    case "snapshot:make":
      void makeSnapshot(message.runtime_url, post);
      break;
  }
};
