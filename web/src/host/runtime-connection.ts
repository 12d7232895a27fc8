// The page's end of one worker: boots its runtime once, starts apps in it, and gives
// each app a `fetch()` over postMessage. Responses are real `Response` objects whose
// bodies stream chunk by chunk, so the API client cannot tell the worker from an HTTP
// server.
//
// Stop means stop. Python runs on the worker's only thread, so a loop that never yields
// keeps the worker from hearing anything, a cancel included. When a cancel goes out, the
// page checks that the worker still answers; if not, it raises KeyboardInterrupt through
// Pyodide's interrupt buffer (cross-origin isolated pages only: it is a SharedArrayBuffer),
// and if that does not help either, it ends the worker and starts a new one with every
// app's files; their storage is read back as on a visit. A fatal Pyodide error does the same.

import { API_PREFIX } from "../protocol.gen";
import { STARTING_CODE, type AppSource, type HostToWorker, type WorkerToHost } from "../worker/messages";
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
  // The worker has not answered for `seconds` while the app starts (its code may never
  // end); 0 once it answers again. The page can offer `stopStarting`.
  onBusy?(seconds: number): void;
}

// A worker that does not answer a ping within this time is held by running Python.
const ANSWER_MS = 250;
// After KeyboardInterrupt, Python is back on the worker's event loop well within this.
const INTERRUPTED_MS = 600;
// An app start that keeps the worker from answering this long is offered a Stop.
const BUSY_SECONDS = 5;
// What every run that was under way hears when its worker had to be replaced.
export const RESTARTED =
  "Stopped: Python did not respond, so the app was restarted. Inputs on the page are kept; " +
  "values kept in the session (gr.State) start over.";

class Restarted extends Error {}

// A read the old worker never answered is asked again of the new one; not a session's
// event stream, whose session ended with the old worker (its runs fail with the reason).
function retried(path: string, init: FetchInit): boolean {
  return (init.method ?? "GET") === "GET" && !path.startsWith(`${API_PREFIX}/queue/`);
}

interface RunningApp {
  source: AppSource;
  callbacks: AppCallbacks;
  // Requests wait for this while the app starts again in a new worker.
  running: Promise<void>;
  restarted: (() => void) | null;
  // Started (ready or failed) in the current worker.
  started: boolean;
}

export class RuntimeConnection {
  private worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private readonly apps = new Map<string, RunningApp>();
  private readonly calls = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  private readonly pongs = new Map<number, () => void>();
  private nextId = 1;
  private bootStage = "Starting";
  private bootError: string | null = null;
  private booted = false;
  private interrupt: Uint8Array | null = null;
  private stopping: Promise<void> | null = null;
  // The app whose code the worker began to run last.
  private codeRunning = "";

  constructor(private readonly runtimeUrl: string) {
    this.worker = this.startRuntime();
  }

  private startRuntime(): Worker {
    const worker = startWorker();
    worker.onmessage = (event: MessageEvent<WorkerToHost>) => {
      if (worker === this.worker) this.onMessage(event.data);
    };
    // After boot, an uncaught error in the worker is not the end of it (see "fatal").
    worker.onerror = (event) => {
      if (worker === this.worker && !this.booted) this.failAll(event.message || "The Python worker failed to start.");
    };
    this.booted = false;
    this.interrupt = globalThis.crossOriginIsolated ? new Uint8Array(new SharedArrayBuffer(1)) : null;
    const boot: HostToWorker = { type: "boot", runtime_url: this.runtimeUrl, interrupt: this.interrupt };
    worker.postMessage(boot);
    void snapshotStored(this.runtimeUrl).then((stored) => {
      if (worker === this.worker) this.send({ type: "boot:snapshot", stored });
    });
    return worker;
  }

  get appCount(): number {
    return this.apps.size;
  }

  // Starts an app in this runtime; `callbacks` hear of its progress until it stops.
  startApp(appId: string, source: AppSource, callbacks: AppCallbacks): void {
    const app: RunningApp = { source, callbacks, running: Promise.resolve(), restarted: null, started: false };
    this.apps.set(appId, app);
    if (this.bootError) return callbacks.onError(this.bootError);
    callbacks.onProgress(this.bootStage);
    this.send({ type: "app:start", app_id: appId, app: source });
    void this.watchStart(app);
  }

  // Tells the page when an app's start holds the worker for long (code that never ends).
  private async watchStart(app: RunningApp): Promise<void> {
    let busy = 0;
    while (this.starting(app)) {
      const before = performance.now();
      const answered = await this.answers(1000);
      if (answered) {
        if (busy >= BUSY_SECONDS) app.callbacks.onBusy?.(0);
        busy = 0;
        await new Promise((wait) => setTimeout(wait, Math.max(0, 1000 - (performance.now() - before))));
      } else {
        busy += 1;
        // Only the app whose code began last is running it: its neighbours just wait.
        if (busy >= BUSY_SECONDS && this.starting(app) && this.apps.get(this.codeRunning) === app)
          app.callbacks.onBusy?.(busy);
      }
    }
  }

  // Read afresh after each await: messages change it meanwhile.
  private starting(app: RunningApp): boolean {
    return !app.started && [...this.apps.values()].includes(app);
  }

  // The page's Stop for an app whose code does not finish starting: an interrupt where the
  // page is cross-origin isolated (the app then fails with KeyboardInterrupt's traceback),
  // else this app fails and the others start again in a new worker.
  async stopStarting(appId: string, seconds: number): Promise<void> {
    const app = this.apps.get(appId);
    if (!app || app.started) return;
    const interrupt = this.interrupt;
    if (interrupt) {
      interrupt[0] = 2;
      const answered = await this.answers(INTERRUPTED_MS);
      interrupt[0] = 0;
      if (answered) return;
    }
    if (!this.starting(app)) return;
    this.apps.delete(appId);
    app.callbacks.onError(
      `Stopped: the app's code was still running after ${String(seconds)} s, so it never reached ` +
        "`demo.launch()`. Look for a loop that does not end at the top level of the code.",
    );
    this.restart(RESTARTED);
  }

  // Makes sure Python stops: called as a cancel goes out (see the top of this file).
  enforceStop(): Promise<void> {
    this.stopping ??= this.unblock().finally(() => (this.stopping = null));
    return this.stopping;
  }

  private async unblock(): Promise<void> {
    if (await this.answers(ANSWER_MS)) return;
    const interrupt = this.interrupt;
    if (interrupt) {
      interrupt[0] = 2; // SIGINT: KeyboardInterrupt at Python's next instruction
      const answered = await this.answers(INTERRUPTED_MS);
      interrupt[0] = 0;
      if (answered) return;
    }
    this.restart(RESTARTED);
  }

  // Whether the worker's event loop answers within `ms`.
  private answers(ms: number): Promise<boolean> {
    const id = this.nextId++;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.pongs.delete(id);
        resolve(false);
      }, ms);
      this.pongs.set(id, () => {
        clearTimeout(timer);
        resolve(true);
      });
      this.send({ type: "ping", id });
    });
  }

  // A new worker in place of this one: whatever was under way fails with `reason`, every
  // app starts again from its files (its page stays as it is) and requests wait for it.
  private restart(reason: string): void {
    this.worker.terminate();
    const error = new Restarted(reason);
    for (const pending of this.pending.values()) {
      if (pending.controller) pending.controller.error(error);
      else pending.reject(error);
    }
    this.pending.clear();
    for (const call of this.calls.values()) call.reject(error);
    this.calls.clear();
    for (const answer of this.pongs.values()) answer();
    this.pongs.clear();
    this.worker = this.startRuntime();
    for (const [appId, app] of this.apps) {
      // An app already in the page waits quietly; one still starting just starts again.
      if (app.started) app.running = new Promise<void>((resolve) => (app.restarted = resolve));
      app.started = false;
      this.send({ type: "app:start", app_id: appId, app: app.source });
      void this.watchStart(app);
    }
  }

  stopApp(appId: string): void {
    const app = this.apps.get(appId);
    if (!app) return;
    this.apps.delete(appId);
    app.restarted?.();
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
    // A restart starts the app from these files.
    const source = this.apps.get(appId)?.source;
    if (source) {
      const gone = new Set(remove);
      const files = Object.entries({ ...source.files, ...write }).filter(([name]) => !gone.has(name));
      source.files = Object.fromEntries(files);
    }
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
    return async (path, init = {}) => {
      for (;;) {
        await this.apps.get(appId)?.running;
        try {
          return await this.request(appId, path, init);
        } catch (e) {
          if (!(e instanceof Restarted) || !retried(path, init) || !this.apps.has(appId)) throw e;
        }
      }
    };
  }

  private request(appId: string, path: string, init: FetchInit): Promise<Response> {
    if (path.startsWith(`${API_PREFIX}/cancel`)) void this.enforceStop();
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
  }

  private send(message: HostToWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  private failAll(message: string): void {
    this.bootError = message;
    for (const app of this.apps.values()) app.callbacks.onError(message);
  }

  private onMessage(message: WorkerToHost): void {
    switch (message.type) {
      case "boot:progress":
        this.bootStage = message.stage;
        for (const app of this.apps.values()) if (!app.restarted) app.callbacks.onProgress(message.stage);
        break;
      case "boot:ready":
        this.booted = true;
        break;
      case "boot:error":
        this.failAll(message.message);
        break;
      case "app:progress": {
        const app = this.apps.get(message.app_id);
        if (message.stage === STARTING_CODE) this.codeRunning = message.app_id;
        if (app && !app.restarted) app.callbacks.onProgress(message.stage);
        break;
      }
      case "app:ready": {
        const app = this.apps.get(message.app_id);
        if (app) app.started = true;
        if (app?.restarted) {
          app.restarted();
          app.restarted = null;
        } else app?.callbacks.onReady(message.timings);
        break;
      }
      case "app:error": {
        const app = this.apps.get(message.app_id);
        app?.restarted?.();
        if (app) Object.assign(app, { restarted: null, started: true });
        app?.callbacks.onError(message.message);
        break;
      }
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
      case "pong":
        this.pongs.get(message.id)?.();
        this.pongs.delete(message.id);
        break;
      case "fatal":
        this.restart(`${message.message} The app was restarted; inputs on the page are kept.`);
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
