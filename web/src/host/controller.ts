// The JS API: createGradioApp(options) runs an app in an element of the page and returns
// a controller, as Gradio-Lite's did: run_code, run_file, write, rename, unlink, install,
// unmount, and `client()` for Gradio's official JS client. Re-runs reuse the runtime
// (no Pyodide restart). <gradio-lite> is built on the same controller.

import type { Client } from "@gradio/client";
import type { ClientOptions } from "../client/gradio-client";
import type { AppSource } from "../worker/messages";
import { AppHost, REPLACED, type RunResult } from "./app-host";
import { Playground, type PlaygroundLayout } from "./playground";
import type { RuntimeConnection } from "./runtime-connection";
import { release, runtimeFor } from "./runtimes";
import { permalink } from "../shared/share";

// The runtime sits beside lite.js, wherever the host serves it.
export const RUNTIME_URL = new URL(/* @vite-ignore */ "./pyodide/", import.meta.url).href;
// Share links open on the playground page beside lite.js.
const PLAYGROUND_URL = new URL(/* @vite-ignore */ "./playground.html", import.meta.url).href;

export interface CreateOptions {
  target: HTMLElement;
  // The entry file's code; or `files` with `entrypoint` (default app.py).
  code?: string;
  files?: Record<string, string | Uint8Array>;
  entrypoint?: string;
  requirements?: string[];
  playground?: boolean;
  layout?: PlaygroundLayout | null;
  // A runtime of its own (for code that may block), instead of the page's shared one.
  isolated?: boolean;
  // Names the app's folder in the browser's storage.
  storageKey?: string;
  controlPageTitle?: boolean;
  // An app served by `lite serve` (a URL): rendered here, run there.
  server?: string;
}

// Apps createGradioApp made on this page, in order: their default storage keys.
let createdApps = 0;

export class GradioLiteController {
  private readonly host: AppHost;
  private readonly playground: Playground | null = null;
  private readonly source: AppSource;

  constructor(
    private readonly target: HTMLElement,
    options: Omit<CreateOptions, "target">,
    private readonly connection: RuntimeConnection | null,
  ) {
    const entrypoint = options.entrypoint ?? "app.py";
    const files = { ...(options.files ?? {}) };
    if (options.code !== undefined) files[entrypoint] = options.code;
    this.source = {
      files,
      entrypoint,
      requirements: [...(options.requirements ?? [])],
      // As <gradio-lite>'s default: the page and the app's place among those it created.
      storage_key: options.storageKey ?? `${location.pathname}#created-${String(createdApps++)}`,
    };
    let appRoot = target;
    if (options.playground && connection) {
      const entry = files[entrypoint];
      this.playground = new Playground(target, {
        code: typeof entry === "string" ? entry : "",
        layout: options.layout ?? "horizontal",
        onRun: (code) => void this.run_code(code).catch(() => undefined), // shown in the page
        onShare: () => this.shareLink(),
      });
      appRoot = this.playground.appArea;
    }
    // A playground has its own Share button: the app's (launch(share=True)) would repeat it.
    const share = this.playground ? null : () => this.shareLink();
    this.host = new AppHost(appRoot, { controlPageTitle: options.controlPageTitle ?? false }, connection, share);
  }

  // Why the last run failed (shown in the page too), or null once it runs.
  error: string | null = null;

  // The app's first run. A failure is shown in the page and kept in `error`: the
  // controller still runs the next code it is given.
  async start(server?: string): Promise<void> {
    await this.track(server ? this.host.mountServer(server) : this.host.run(this.snapshot())).catch(() => undefined);
  }

  // The entry file's code replaced by `code`, and the app re-run.
  run_code(code: string): Promise<void> {
    this.source.files[this.source.entrypoint] = code;
    this.playground?.setCode(code);
    return this.track(this.host.run(this.snapshot()));
  }

  // The app re-run from `path` (one of its files) as its entry file.
  run_file(path: string): Promise<void> {
    if (!(path in this.source.files)) return Promise.reject(new Error(`No file ${path} in this app.`));
    this.source.entrypoint = path;
    return this.track(this.host.run(this.snapshot()));
  }

  // Writes a file into the app's folder (the running app sees it at once).
  async write(path: string, data: string | Uint8Array): Promise<void> {
    this.source.files[path] = data;
    await this.updateRunning({ [path]: data }, []);
  }

  async rename(oldPath: string, newPath: string): Promise<void> {
    if (!(oldPath in this.source.files)) throw new Error(`No file ${oldPath} in this app.`);
    const data = this.source.files[oldPath];
    this.source.files = without(this.source.files, oldPath);
    this.source.files[newPath] = data;
    if (this.source.entrypoint === oldPath) this.source.entrypoint = newPath;
    await this.updateRunning({ [newPath]: data }, [oldPath]);
  }

  async unlink(path: string): Promise<void> {
    this.source.files = without(this.source.files, path);
    await this.updateRunning({}, [path]);
  }

  // Loads packages (requirement lines) for the running app and its next runs.
  async install(requirements: string[]): Promise<void> {
    this.source.requirements.push(...requirements);
    if (this.connection && this.host.runningId) await this.connection.install(this.host.runningId, requirements);
  }

  // Replaces the whole app (files, entrypoint, requirements) and re-runs it: `lite dev`.
  update(app: { files: Record<string, string | Uint8Array>; entrypoint?: string; requirements?: string[] }) {
    this.source.files = { ...app.files };
    this.source.entrypoint = app.entrypoint ?? this.source.entrypoint;
    this.source.requirements = [...(app.requirements ?? this.source.requirements)];
    const entry = this.source.files[this.source.entrypoint];
    if (typeof entry === "string") this.playground?.setCode(entry);
    return this.track(this.host.run(this.snapshot()));
  }

  // The app leaves the page: its events stop, its storage is saved.
  unmount(): void {
    if (this.connection) release(this.connection, this.host.runningId);
    else this.host.stop();
    this.target.replaceChildren();
  }

  // Gradio's official JS client (@gradio/client), connected to this app; `options` as
  // Client.connect takes them (e.g. {events: ["data", "status"]} for status events).
  async client(options?: ClientOptions): Promise<Client> {
    const api = this.host.api;
    if (!api) throw new Error("The app is not running.");
    const { connect } = await import("../client/gradio-client");
    return connect(api, options);
  }

  // A permalink carrying the app's code, to open on the playground page.
  shareLink(): Promise<string> {
    const { files, entrypoint, requirements } = this.snapshot();
    return permalink({ files, entrypoint, requirements }, PLAYGROUND_URL);
  }

  private async updateRunning(write: Record<string, string | Uint8Array>, remove: string[]): Promise<void> {
    if (this.connection && this.host.runningId) await this.connection.updateFiles(this.host.runningId, write, remove);
  }

  // A run's outcome: resolved once the app shows, rejected with its error otherwise.
  private async track(result: Promise<RunResult>): Promise<void> {
    const outcome = await result;
    if (outcome.ok) this.error = null;
    else if (outcome.error !== REPLACED) {
      this.error = outcome.error;
      throw new Error(outcome.error);
    }
  }

  private snapshot(): AppSource {
    return { ...this.source, files: { ...this.source.files }, requirements: [...this.source.requirements] };
  }
}

function without<T>(files: Record<string, T>, name: string): Record<string, T> {
  return Object.fromEntries(Object.entries(files).filter(([key]) => key !== name));
}

export async function createGradioApp(options: CreateOptions): Promise<GradioLiteController> {
  const { target, server, ...rest } = options;
  const connection = server ? null : runtimeFor(RUNTIME_URL, rest.isolated ?? false);
  const controller = new GradioLiteController(target, rest, connection);
  if (!(target instanceof HTMLElement)) throw new Error("createGradioApp needs a `target` element.");
  await controller.start(server);
  return controller;
}
