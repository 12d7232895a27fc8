// The worker's runtime: boots Pyodide with lite_core, runs the app, serves requests.
// It receives `post` as an argument so that it runs unchanged under Node.

import type { PyodideInterface } from "pyodide";
import type { PyProxy } from "pyodide/ffi";
import { fetchCoreWheel } from "./core-wheel";
import type { AppSource, PostToHost, RequestScope } from "./messages";

interface Bridge extends PyProxy {
  run_app(files: unknown, entrypoint: string, appDir: string, persist: () => void): Promise<string | null>;
  handle_request(
    id: number,
    scope: RequestScope,
    body: Uint8Array | null,
    onStart: (status: number, headers: [string, string][]) => void,
    onBody: (chunk: Uint8Array | null, more: boolean) => void,
  ): Promise<void>;
  disconnect(id: number): void;
}

type LoadPyodide = (options: Record<string, unknown>) => Promise<PyodideInterface>;

export class LiteRuntime {
  private bridge: Bridge | null = null;
  private persisting: Promise<void> | null = null;
  private persistAgain = false;

  constructor(private readonly post: PostToHost) {}

  async boot(runtimeUrl: string, app: AppSource): Promise<void> {
    try {
      this.post({ type: "boot:progress", stage: "Loading Python" });
      const wheel = fetchCoreWheel(runtimeUrl);
      const pyodide = await this.loadPython(runtimeUrl);
      this.installCore(pyodide, await wheel);
      this.post({ type: "boot:progress", stage: "Loading packages" });
      await this.loadRequirements(pyodide, app);
      this.post({ type: "boot:progress", stage: "Starting the app" });
      // IndexedDB reads the app's folder while Python imports lite_core.
      const storage = this.mountStorage(pyodide, app.storage_key);
      const bridge = pyodide.pyimport("lite_core._pyodide.bridge") as Bridge;
      const appDir = await storage;
      const error = await bridge.run_app(app.files, app.entrypoint, appDir, () => this.persist(pyodide));
      if (error) {
        this.post({ type: "boot:error", message: error });
        return;
      }
      this.bridge = bridge;
      this.post({ type: "boot:ready" });
    } catch (e) {
      this.post({ type: "boot:error", message: e instanceof Error ? e.message : String(e) });
    }
  }

  // The app's folder lives in IndexedDB (Emscripten's IDBFS): what the app writes there
  // (flagged data, cached examples) is read back on the next visit. IDBFS names its
  // database after the mount point, so each app mounts its own folder; the app sees it
  // as /home/pyodide/app (a link), the path its tracebacks show. Without IndexedDB (some
  // private modes) the folder is in memory only and the app runs all the same.
  private async mountStorage(pyodide: PyodideInterface, key: string): Promise<string> {
    const stored = `/home/pyodide/.lite-storage/${fnv1a(key)}`;
    const appDir = "/home/pyodide/app";
    pyodide.FS.mkdirTree(stored);
    try {
      pyodide.FS.mount(pyodide.FS.filesystems.IDBFS, {}, stored);
      await this.sync(pyodide, true);
    } catch (e) {
      this.post({ type: "log", level: "error", text: `Storage unavailable, nothing will persist: ${String(e)}` });
    }
    pyodide.FS.symlink(stored, appDir);
    return appDir;
  }

  private sync(pyodide: PyodideInterface, populate: boolean): Promise<void> {
    return new Promise((resolve, reject) =>
      pyodide.FS.syncfs(populate, (error: unknown) => (error ? reject(error) : resolve())),
    );
  }

  // Writes to storage after the app changed its files; bursts of changes sync once.
  private persist(pyodide: PyodideInterface): void {
    if (this.persisting) {
      this.persistAgain = true;
      return;
    }
    this.persisting = this.sync(pyodide, false)
      .catch((e: unknown) => this.post({ type: "log", level: "error", text: `Could not save to storage: ${String(e)}` }))
      .finally(() => {
        this.persisting = null;
        if (this.persistAgain) {
          this.persistAgain = false;
          this.persist(pyodide);
        }
      });
  }

  private async loadPython(runtimeUrl: string): Promise<PyodideInterface> {
    const module = (await import(/* @vite-ignore */ `${runtimeUrl}pyodide.mjs`)) as { loadPyodide: LoadPyodide };
    const pyodide = await module.loadPyodide({
      indexURL: runtimeUrl,
      stdout: (text: string) => this.post({ type: "log", level: "log", text }),
      stderr: (text: string) => this.post({ type: "log", level: "error", text }),
    });
    return pyodide;
  }

  private installCore(pyodide: PyodideInterface, wheel: { name: string; data: Uint8Array }): void {
    const path = `/lib/${wheel.name}`;
    pyodide.FS.writeFile(path, wheel.data);
    pyodide.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(path)})`);
  }

  // Packages load only when the app imports them (numpy, PIL, pandas) or lists them.
  private async loadRequirements(pyodide: PyodideInterface, app: AppSource): Promise<void> {
    const quiet = { messageCallback: () => undefined };
    for (const source of Object.values(app.files)) {
      await pyodide.loadPackagesFromImports(source, quiet);
    }
    if (app.requirements.length > 0) {
      await pyodide.loadPackage(app.requirements, quiet);
    }
  }

  async request(id: number, scope: RequestScope, body: Uint8Array | null): Promise<void> {
    if (!this.bridge) {
      this.post({ type: "http:error", id, message: "The app is not running." });
      return;
    }
    const onStart = (status: number, headers: [string, string][]) =>
      this.post({ type: "http:start", id, status, headers });
    const onBody = (chunk: Uint8Array | null, more: boolean) =>
      this.post({ type: "http:body", id, chunk, more }, chunk ? [chunk.buffer as ArrayBuffer] : []);
    try {
      await this.bridge.handle_request(id, scope, body, onStart, onBody);
    } catch (e) {
      this.post({ type: "http:error", id, message: e instanceof Error ? e.message : String(e) });
    }
  }

  disconnect(id: number): void {
    this.bridge?.disconnect(id);
  }
}

// A short stable folder name for a storage key (32-bit FNV-1a, hex).
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
