// Messages between the page and the worker: a typed union each way.
// One worker serves every app of the page; app messages name their app. HTTP crosses
// as ASGI-shaped requests and streamed response bodies; body buffers are transferred,
// never copied.

export interface AppSource {
  // Text files as strings, binary ones (fetched from a <gradio-file url>) as bytes.
  files: Record<string, string | Uint8Array>;
  entrypoint: string;
  requirements: string[];
  // Names the app's folder in the browser's storage (IndexedDB): what the app writes
  // there survives a reload. One per page path and <gradio-lite> on it.
  storage_key: string;
}

// An HTTP request as the page made it; Python makes its ASGI scope (lite_core/http.py).
export interface HttpRequest {
  method: string;
  // Path and query string, as sent (percent-encoded).
  target: string;
  headers: [string, string][];
}

export type HostToWorker =
  // `interrupt`: a one-byte SharedArrayBuffer view when the page is cross-origin isolated;
  // the page writes 2 (SIGINT) into it to raise KeyboardInterrupt in running Python.
  | { type: "boot"; runtime_url: string; interrupt: Uint8Array | null }
  // Sent after "boot", once the page knows whether Cache Storage holds a runtime snapshot.
  | { type: "boot:snapshot"; stored: boolean }
  | { type: "app:start"; app_id: string; app: AppSource }
  | { type: "app:stop"; app_id: string }
  // The running app's folder changes (a controller's write/rename/unlink), or its packages
  // grow (install); answered by "app:done" with the same call_id.
  | { type: "app:files"; app_id: string; call_id: number; write: Record<string, string | Uint8Array>; remove: string[] }
  | { type: "app:install"; app_id: string; call_id: number; requirements: string[] }
  | { type: "http:request"; app_id: string; id: number; request: HttpRequest; body: Uint8Array | null }
  | { type: "http:disconnect"; id: number }
  // Answered by "pong" from the worker's event loop: no answer means Python holds the thread.
  | { type: "ping"; id: number }
  // Sent to a worker of its own, which makes the start-up snapshot and is then ended.
  | { type: "snapshot:make"; runtime_url: string };

export type WorkerToHost =
  | { type: "boot:progress"; stage: string }
  | { type: "boot:ready" }
  | { type: "boot:error"; message: string }
  | { type: "app:progress"; app_id: string; stage: string }
  // `timings`: when each start-up stage ended (ms since the epoch, comparable across the
  // page and its worker): the runtime's boot stages, then this app's.
  | { type: "app:ready"; app_id: string; timings: Record<string, number> }
  | { type: "app:error"; app_id: string; message: string }
  | { type: "app:done"; call_id: number; error: string | null }
  | { type: "http:start"; id: number; status: number; headers: [string, string][] }
  | { type: "http:body"; id: number; chunk: Uint8Array | null; more: boolean }
  | { type: "http:error"; id: number; message: string }
  // The runtime booted without a snapshot and its first app is ready: time to make one.
  | { type: "snapshot:wanted" }
  | { type: "snapshot:made"; error: string | null }
  | { type: "log"; level: "log" | "warn" | "error"; text: string }
  | { type: "pong"; id: number }
  // Pyodide failed beyond repair (a stack overflow in C, say): the page starts a new worker.
  | { type: "fatal"; message: string };

// The app:progress stage sent just before an app's own code runs.
export const STARTING_CODE = "Starting the app";

export type PostToHost = (message: WorkerToHost, transfer?: Transferable[]) => void;
