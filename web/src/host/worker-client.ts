// The page's end of the worker: boots it and offers `fetch()` over postMessage.
// Responses are real `Response` objects whose bodies stream chunk by chunk, so the
// API client cannot tell the worker from an HTTP server.

import type { AppSource, HostToWorker, WorkerToHost } from "../worker/messages";

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
}

export class WorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private booted: Promise<void>;
  onProgress: (stage: string) => void = () => undefined;

  constructor(runtimeUrl: string, app: AppSource) {
    this.worker = new Worker(new URL("../worker/entry.ts", import.meta.url), { type: "module" });
    this.booted = new Promise((resolve, reject) => {
      this.worker.onmessage = (event: MessageEvent<WorkerToHost>) =>
        this.onMessage(event.data, resolve, reject);
      this.worker.onerror = (event) => reject(new Error(event.message || "The Python worker failed to start."));
    });
    this.send({ type: "boot", runtime_url: runtimeUrl, app });
  }

  ready(): Promise<void> {
    return this.booted;
  }

  terminate(): void {
    this.worker.terminate();
  }

  readonly fetch: Fetch = (path, init = {}) => {
    const id = this.nextId++;
    const url = new URL(path, "http://lite.invalid");
    const body = typeof init.body === "string" ? new TextEncoder().encode(init.body) : (init.body ?? null);
    return new Promise<Response>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, controller: null });
      this.send(
        {
          type: "http:request",
          id,
          scope: {
            method: init.method ?? "GET",
            // ASGI paths are percent-decoded; the query string stays as sent.
            path: decodeURIComponent(url.pathname),
            query_string: url.search.slice(1),
            headers: Object.entries(init.headers ?? { "content-type": "application/json" }),
          },
          body,
        },
        body ? [body.buffer as ArrayBuffer] : [],
      );
    });
  };

  private send(message: HostToWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  private onMessage(message: WorkerToHost, booted: () => void, failed: (e: Error) => void): void {
    switch (message.type) {
      case "boot:progress":
        this.onProgress(message.stage);
        break;
      case "boot:ready":
        booted();
        break;
      case "boot:error":
        failed(new Error(message.message));
        break;
      case "log":
        (message.level === "error" ? console.error : console.log)(message.text);
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
