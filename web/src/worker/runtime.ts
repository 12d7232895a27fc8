// The worker's runtime: boots Pyodide with lite_core once, then runs every app the page
// starts in it and serves their requests. It receives `post` as an argument so that it
// runs unchanged under Node.

import type { PyodideInterface } from "pyodide";
import type { PyProxy } from "pyodide/ffi";
import { fetchCoreWheel, fetchLock, type Lock } from "./core-wheel";
import { STARTING_CODE, type AppSource, type HttpRequest, type PostToHost } from "./messages";
import { loadAppPackages } from "./packages";
import { forgetSnapshot, readSnapshot, snapshotsAvailable, type StoredSnapshot } from "./snapshot";
import { importPyodide, putCoreWheel, startPython, type PyodideModule } from "./start-python";
import { AppStorage } from "./storage";

interface Bridge extends PyProxy {
  start_app(
    appId: string,
    files: unknown,
    entrypoint: string,
    folder: string,
    storage: AppStorage,
  ): Promise<string | null>;
  stop_app(appId: string): void;
  update_files(appId: string, write: unknown, remove: unknown): void;
  handle_request(
    appId: string,
    id: number,
    method: string,
    target: string,
    headers: [string, string][],
    body: Uint8Array | null,
    onStart: (status: number, headers: [string, string][]) => void,
    onBody: (chunk: Uint8Array | null, more: boolean) => void,
  ): Promise<void>;
  disconnect(id: number): void;
}

interface Booted {
  pyodide: PyodideInterface;
  bridge: Bridge;
  lock: Lock;
}

// A wall-clock time in ms that the page's clock agrees with (workers have their own origin).
function now(): number {
  return performance.timeOrigin + performance.now();
}

export class LiteRuntime {
  private booted: Promise<Booted> | null = null;
  // When each boot stage ended, for the start-up breakdown (bench/startup.py).
  private readonly bootTimings: Record<string, number> = { "worker started": now() };
  private readonly storages = new Map<string, Promise<AppStorage | null>>();
  private pyodideModule: Promise<PyodideModule> | null = null;
  private snapshotWanted = false;
  private pyodide: PyodideInterface | null = null;
  private fatalSent = false;
  private readonly warn = (text: string) => this.post({ type: "log", level: "warn", text });

  constructor(private readonly post: PostToHost) {}

  // The page's answer: does Cache Storage hold a snapshot to restore?
  private storedAnswer: (stored: boolean) => void = () => undefined;
  private readonly stored = new Promise<boolean>((resolve) => (this.storedAnswer = resolve));

  snapshotStored(stored: boolean): void {
    this.storedAnswer(stored);
  }

  boot(runtimeUrl: string, interrupt: Uint8Array | null = null): Promise<Booted> {
    this.booted ??= this.load(runtimeUrl).then(
      (booted) => {
        // Stop can then raise KeyboardInterrupt in a loop that never yields (see the page's
        // RuntimeConnection); without it the page ends this worker instead.
        if (interrupt) booted.pyodide.setInterruptBuffer(interrupt);
        this.pyodide = booted.pyodide;
        this.post({ type: "boot:ready" });
        return booted;
      },
      (e: unknown) => {
        this.post({ type: "boot:error", message: e instanceof Error ? e.message : String(e) });
        throw e;
      },
    );
    return this.booted;
  }

  // The host sends "boot" before any other message.
  private ready(): Promise<Booted> {
    if (!this.booted) throw new Error("The runtime was not booted");
    return this.booted;
  }

  private async load(runtimeUrl: string): Promise<Booted> {
    this.post({ type: "boot:progress", stage: "Loading Python" });
    // Pyodide's module and the lock load while the cache is read.
    this.pyodideModule = importPyodide(runtimeUrl);
    this.pyodideModule.catch(() => undefined); // awaited on either path
    const lock = fetchLock(runtimeUrl);
    lock.catch(() => undefined); // awaited on either path
    const stored = (await this.stored) ? await readSnapshot(runtimeUrl, this.warn) : null;
    this.bootTimings["snapshot read"] = now();
    if (stored) {
      try {
        return await this.restore(runtimeUrl, await lock, stored);
      } catch (e) {
        this.warn(`Lite: the start-up snapshot could not be restored (${String(e)}); booting normally.`);
        await forgetSnapshot(runtimeUrl).catch(() => undefined);
      }
    }
    return this.bootPython(runtimeUrl, lock);
  }

  // A runtime restored from this browser's snapshot: lite_core is imported already; its
  // wheel file (the snapshot holds memory, not files) goes back where zipimport reads it.
  private async restore(runtimeUrl: string, lock: Lock, stored: StoredSnapshot): Promise<Booted> {
    if (lock.packages["lite-core"]?.sha256 !== stored.wheel_sha256)
      throw new Error("it was made with another lite_core");
    const wheel = fetchCoreWheel(runtimeUrl, lock);
    wheel.catch(() => undefined); // awaited below, after Python
    const pyodide = await this.loadPython(runtimeUrl, { _loadSnapshot: stored.bytes });
    this.bootTimings["snapshot restored"] = now();
    putCoreWheel(pyodide, await wheel, { restored: true });
    (pyodide.pyimport("lite_core._pyodide.snapshot") as PyProxy & { reseed(): void }).reseed();
    const bridge = pyodide.pyimport("lite_core._pyodide.bridge") as Bridge;
    this.bootTimings["lite_core imported"] = now();
    return { pyodide, bridge, lock };
  }

  private async bootPython(runtimeUrl: string, locking: Promise<Lock>): Promise<Booted> {
    // Pyodide's load (the longest stage) starts first; the lock and the wheel come meanwhile.
    const python = this.loadPython(runtimeUrl, {});
    python.catch(() => undefined); // awaited below, after the lock (which may fail first)
    const lock = await locking;
    this.bootTimings["lock fetched"] = now();
    const wheel = fetchCoreWheel(runtimeUrl, lock);
    const pyodide = await python;
    this.bootTimings["Pyodide loaded"] = now();
    putCoreWheel(pyodide, await wheel);
    this.bootTimings["lite_core wheel written"] = now();
    const bridge = pyodide.pyimport("lite_core._pyodide.bridge") as Bridge;
    this.bootTimings["lite_core imported"] = now();
    // Once the first app is ready, the page has another worker make a snapshot for next time.
    this.snapshotWanted = snapshotsAvailable();
    return { pyodide, bridge, lock };
  }

  private async loadPython(runtimeUrl: string, options: Record<string, unknown>): Promise<PyodideInterface> {
    if (!this.pyodideModule) throw new Error("Pyodide's module was not imported");
    return startPython(await this.pyodideModule, runtimeUrl, this.post, options);
  }

  async startApp(appId: string, app: AppSource): Promise<void> {
    const progress = (stage: string) => this.post({ type: "app:progress", app_id: appId, stage });
    try {
      const { pyodide, bridge, lock } = await this.ready();
      progress("Loading packages");
      // IndexedDB reads the app's folder while its packages load.
      const timings: Record<string, number> = { ...this.bootTimings };
      const opening = this.openStorage(pyodide, appId, app.storage_key);
      await loadAppPackages(pyodide, lock, app.files, app.requirements);
      timings["packages loaded"] = now();
      const storage = await opening;
      if (!storage) return; // stopped meanwhile
      timings["storage read"] = now();
      progress(STARTING_CODE);
      const error = await bridge.start_app(appId, app.files, app.entrypoint, storage.folder, storage);
      if (error) throw new Error(error);
      if (!this.storages.has(appId)) {
        bridge.stop_app(appId); // stopped meanwhile
        return;
      }
      timings["app code run"] = now();
      this.post({ type: "app:ready", app_id: appId, timings });
      if (this.snapshotWanted) this.post({ type: "snapshot:wanted" });
      this.snapshotWanted = false;
    } catch (e) {
      if (this.checkFatal(e)) return;
      this.post({ type: "app:error", app_id: appId, message: e instanceof Error ? e.message : String(e) });
    }
  }

  // Pyodide ends itself on errors it cannot recover from (a C stack overflow, say): every
  // later call would fail, so the page is told once and starts a new worker.
  checkFatal(error: unknown): boolean {
    const pyodide = this.pyodide;
    if (!pyodide) return false;
    try {
      // After a fatal error every public member throws.
      return !("analyzePath" in pyodide.FS);
    } catch {
      if (!this.fatalSent) {
        const cause = error instanceof Error ? error.message : String(error);
        this.post({ type: "fatal", message: `Python stopped with a fatal error (${cause}).` });
      }
      this.fatalSent = true;
      return true;
    }
  }

  private openStorage(pyodide: PyodideInterface, appId: string, key: string): Promise<AppStorage | null> {
    const log = (text: string) => this.post({ type: "log", level: "error", text });
    const opening = AppStorage.open(pyodide, key, log);
    this.storages.set(appId, opening);
    return opening.then((storage) => (this.storages.get(appId) === opening ? storage : null));
  }

  // The element left the page: its events stop, its folder is saved and released.
  async stopApp(appId: string): Promise<void> {
    const storage = this.storages.get(appId);
    this.storages.delete(appId);
    if (!storage || !this.booted) return;
    const { bridge } = await this.booted;
    bridge.stop_app(appId);
    await (await storage)?.close();
  }

  // A controller changed the running app's files: written into its folder (and saved).
  async updateFiles(
    appId: string,
    callId: number,
    write: Record<string, string | Uint8Array>,
    remove: string[],
  ): Promise<void> {
    await this.answer(callId, async () => {
      const { bridge } = await this.ready();
      bridge.update_files(appId, write, remove);
      (await this.storages.get(appId))?.save(false);
    });
  }

  // More packages for a running app, as its requirements would load them (the runtime's, shared).
  async install(callId: number, requirements: string[]): Promise<void> {
    await this.answer(callId, async () => {
      const { pyodide, lock } = await this.ready();
      await loadAppPackages(pyodide, lock, {}, requirements);
    });
  }

  private async answer(callId: number, work: () => Promise<void>): Promise<void> {
    try {
      await work();
      this.post({ type: "app:done", call_id: callId, error: null });
    } catch (e) {
      this.post({ type: "app:done", call_id: callId, error: e instanceof Error ? e.message : String(e) });
    }
  }

  async request(appId: string, id: number, request: HttpRequest, body: Uint8Array | null): Promise<void> {
    const onStart = (status: number, headers: [string, string][]) =>
      this.post({ type: "http:start", id, status, headers });
    const onBody = (chunk: Uint8Array | null, more: boolean) =>
      this.post({ type: "http:body", id, chunk, more }, chunk ? [chunk.buffer as ArrayBuffer] : []);
    try {
      const { bridge } = await this.ready();
      await bridge.handle_request(appId, id, request.method, request.target, request.headers, body, onStart, onBody);
    } catch (e) {
      this.post({ type: "http:error", id, message: e instanceof Error ? e.message : String(e) });
      this.checkFatal(e);
    }
  }

  disconnect(id: number): void {
    void this.booted?.then(({ bridge }) => bridge.disconnect(id));
  }
}
