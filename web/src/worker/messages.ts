// Messages between the page and the worker: a typed union each way.
// HTTP crosses as ASGI-shaped requests and streamed response bodies; body buffers are
// transferred, never copied.

export interface AppSource {
  files: Record<string, string>;
  entrypoint: string;
  requirements: string[];
  // Names the app's folder in the browser's storage (IndexedDB): its flagged data and
  // cached examples survive a reload. One per page path and <gradio-lite> on it.
  storage_key: string;
}

export interface RequestScope {
  method: string;
  path: string;
  query_string: string;
  headers: [string, string][];
}

export type HostToWorker =
  | { type: "boot"; runtime_url: string; app: AppSource }
  | { type: "http:request"; id: number; scope: RequestScope; body: Uint8Array | null }
  | { type: "http:disconnect"; id: number };

export type WorkerToHost =
  | { type: "boot:progress"; stage: string }
  | { type: "boot:ready" }
  | { type: "boot:error"; message: string }
  | { type: "http:start"; id: number; status: number; headers: [string, string][] }
  | { type: "http:body"; id: number; chunk: Uint8Array | null; more: boolean }
  | { type: "http:error"; id: number; message: string }
  | { type: "log"; level: "log" | "error"; text: string };

export type PostToHost = (message: WorkerToHost, transfer?: Transferable[]) => void;
