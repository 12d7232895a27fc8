// The page's end of one worker: boots its runtime once, starts apps in it, and gives
// each app a `fetch()` over postMessage. Responses are real `Response` objects whose
// bodies stream chunk by chunk, so the API client cannot tell the worker from an HTTP
// server.

import type { AppSource, HostToWorker, WorkerToHost } from "../worker/messages";
import { snapshotStored } from "../worker/snapshot";
import { makeSnapshotInWorker } from "./snapshot-worker";
import { startWorker } from "./worker-url";

export interface FetchInit {
  method?: string;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
}

export type Fetch = (path: string, init?: FetchInit) => Promise<Response>;

interface Pending {
  resolve: (response: Response) => void;
  reject: (error: Error) => void;
  controller: ReadableStreamDefaultController<Uint8Array> | null;
  appId: string;
}

export interface AppCallbacks {
  onProgress(stage: string): void;
  onReady(timings: Record<string, number>): void;
  onError(message: string): void;
}

export class RuntimeConnection {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private readonly apps = new Map<string, AppCallbacks>();
  private readonly calls = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private bootStage = "Starting";
  private bootError: string | null = null;

  constructor(private readonly runtimeUrl: string) {
    this.worker = startWorker();
    this.worker.onmessage = (event: MessageEvent<WorkerToHost>) => this.onMessage(event.data);
    this.worker.onerror = (event) => this.failAll(event.message || "The Python worker failed to start.");
    this.send({ type: "boot", runtime_url: runtimeUrl });
    void snapshotStored(runtimeUrl).then((stored) => this.send({ type: "boot:snapshot", stored }));
  }

  get appCount(): number {
    return this.apps.size;
  }

  // Starts an app in this runtime; `callbacks` hear of its progress until it stops.
  startApp(appId: string, source: AppSource, callbacks: AppCallbacks): void {
    this.apps.set(appId, callbacks);
    if (this.bootError) return callbacks.onError(this.bootError);
    callbacks.onProgress(this.bootStage);
    this.send({ type: "app:start", app_id: appId, app: source });
  }

  stopApp(appId: string): void {
    if (!this.apps.delete(appId)) return;
    this.send({ type: "app:stop", app_id: appId });
    for (const [id, pending] of this.pending) {
      if (pending.appId !== appId) continue;
      if (pending.controller) pending.controller.close();
      else pending.reject(new Error("The app was removed from the page."));
      this.pending.delete(id);
    }
  }

  // Changes the running app's files (written into its folder now).
  updateFiles(appId: string, write: Record<string, string | Uint8Array>, remove: string[]): Promise<void> {
    return this.call((call_id) => this.send({ type: "app:files", app_id: appId, call_id, write, remove }));
  }

  // Loads more packages for the running app.
  install(appId: string, requirements: string[]): Promise<void> {
    return this.call((call_id) => this.send({ type: "app:install", app_id: appId, call_id, requirements }));
  }

  private call(send: (callId: number) => void): Promise<void> {
    const callId = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      this.calls.set(callId, { resolve, reject });
      send(callId);
    });
  }

  terminate(): void {
    this.worker.terminate();
  }

  fetchFor(appId: string): Fetch {
    return (path, init = {}) => {
      const id = this.nextId++;
      const url = new URL(path, "http://lite.invalid");
      const body = typeof init.body === "string" ? new TextEncoder().encode(init.body) : (init.body ?? null);
      return new Promise<Response>((resolve, reject) => {
        this.pending.set(id, { resolve, reject, controller: null, appId });
        // Normalized as fetch() would; Python makes the ASGI scope (lite_core/http.py).
        const request = {
          method: init.method ?? "GET",
          target: url.pathname + url.search,
          headers: Object.entries(init.headers ?? { "content-type": "application/json" }),
        };
        this.send({ type: "http:request", app_id: appId, id, request, body }, body ? [body.buffer as ArrayBuffer] : []);
      });
    };
  }

  private send(message: HostToWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  private failAll(message: string): void {
    this.bootError = message;
    for (const app of this.apps.values()) app.onError(message);
  }

  private onMessage(message: WorkerToHost): void {
    switch (message.type) {
      case "boot:progress":
        this.bootStage = message.stage;
        for (const app of this.apps.values()) app.onProgress(message.stage);
        break;
      case "boot:ready":
        break;
      case "boot:error":
        this.failAll(message.message);
        break;
      case "app:progress":
        this.apps.get(message.app_id)?.onProgress(message.stage);
        break;
      case "app:ready":
        this.apps.get(message.app_id)?.onReady(message.timings);
        break;
      case "app:error":
        this.apps.get(message.app_id)?.onError(message.message);
        break;
      case "app:done": {
        const call = this.calls.get(message.call_id);
        this.calls.delete(message.call_id);
        if (message.error === null) call?.resolve();
        else call?.reject(new Error(message.error));
        break;
      }
      case "log":
        console[message.level](message.text);
        break;
      case "snapshot:wanted":
        void makeSnapshotInWorker(this.runtimeUrl);
        break;
      case "snapshot:made":
        break;
      default:
        this.onHttp(message);
    }
  }

  private onHttp(message: Extract<WorkerToHost, { type: `http:${string}` }>): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === "http:start") {
      const id = message.id;
      const stream = new ReadableStream<Uint8Array>({
        start: (controller) => {
          pending.controller = controller;
        },
        cancel: () => {
          this.pending.delete(id);
          this.send({ type: "http:disconnect", id });
        },
      });
      pending.resolve(new Response(stream, { status: message.status, headers: message.headers }));
    } else if (message.type === "http:body") {
      if (message.chunk) pending.controller?.enqueue(message.chunk);
      if (!message.more) {
        pending.controller?.close();
        this.pending.delete(message.id);
      }
    } else {
      const error = new Error(message.message);
      pending.reject(error);
      pending.controller?.error(error);
      this.pending.delete(message.id);
    }
  }
}
