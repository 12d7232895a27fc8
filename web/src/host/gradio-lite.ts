// <gradio-lite>: the author's code in, a running app out.
//
// Attributes (as in Gradio-Lite where it has them):
// - isolated: the app gets a runtime of its own (for code that may block);
//   `shared-worker` is accepted: every app of a page shares one runtime by default.
// - control-page-title: the app's title becomes the page's title (the host page's otherwise).
// - initial-height: the height kept while the app loads (default 300px), so the page
//   below does not jump.
// - storage-key: names the app's stored folder (default: the URL of the app's code file,
//   else the page's path and the element's id, else its place among the page's apps).
// - playground: the code in an editor beside the app (layout="horizontal", the default)
//   or above it (layout="vertical"), with Run (Ctrl/Cmd+Enter) and Share.
// - server: the app runs on a server (`lite serve`) at this URL; the page shows it.
// - theme: "light" or "dark" fixes the app's colours; "system" (the default) follows the
//   visitor's setting. `?__theme=dark|light` in the page's URL overrides both (as Gradio).
// - offline: Lite's service worker keeps the page and the runtime, so that a page opened
//   once reloads without a network (its scope: lite.js's folder and below).
//
// Scripts reach the app through the element: `await element.controller()` is the same
// controller createGradioApp returns (run_code, write, install, client(), ...).

import { AppHost } from "./app-host";
import { GradioLiteController, RUNTIME_URL } from "./controller";
import type { RuntimeConnection } from "./runtime-connection";
import { keepOffline } from "./offline";
import { release, runtimeFor } from "./runtimes";
import { readSource, storageKey } from "./source";
import { followColorScheme } from "../shared/theme";
import type { AppSource } from "../worker/messages";
import type { Client } from "@gradio/client";
import type { ClientOptions } from "../client/gradio-client";

// An app starts its Python once it is this near the viewport (the runtime boots at once).
const NEAR_VIEWPORT = "100% 0px";

export class GradioLiteElement extends HTMLElement {
  private source: Promise<AppSource> | null = null;
  private connection: RuntimeConnection | null = null;
  private current: GradioLiteController | null = null;
  private observer: IntersectionObserver | null = null;
  private started: Promise<GradioLiteController> | null = null;
  private resolveStarted: ((controller: GradioLiteController) => void) | null = null;

  static observedAttributes = ["theme"];

  attributeChangedCallback(): void {
    if (this.classList.contains("lite-root")) followColorScheme(this);
  }

  connectedCallback(): void {
    if (this.connection || this.current) return; // moved within the page: the app keeps running
    followColorScheme(this);
    this.started ??= new Promise((resolve) => (this.resolveStarted = resolve));
    const server = this.getAttribute("server");
    if (server !== null) {
      this.classList.add("lite-root");
      void this.startServed(server);
      return;
    }
    this.source ??= readSource(this, storageKey(this));
    this.source.catch(() => undefined); // shown once the app would start
    this.replaceChildren();
    this.classList.add("lite-root");
    this.style.minHeight = this.getAttribute("initial-height") ?? "300px";
    new AppHost(this, { controlPageTitle: false }).showProgress("Starting");
    this.connection = runtimeFor(RUNTIME_URL, this.hasAttribute("isolated"));
    if (this.hasAttribute("offline")) keepOffline(import.meta.url);
    this.observer = new IntersectionObserver((entries) => this.onVisible(entries), { rootMargin: NEAR_VIEWPORT });
    this.observer.observe(this);
  }

  disconnectedCallback(): void {
    // A move within the page disconnects and connects again in the same task.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.observer?.disconnect();
      if (this.current) this.current.unmount();
      else if (this.connection) release(this.connection, "");
      this.connection = null;
      this.current = null;
    });
  }

  // The app's controller, once its first run ended (shown or failed).
  controller(): Promise<GradioLiteController> {
    this.started ??= new Promise((resolve) => (this.resolveStarted = resolve));
    return this.started;
  }

  // Gradio's official JS client (@gradio/client), connected to this app.
  async client(options?: ClientOptions): Promise<Client> {
    return (await this.controller()).client(options);
  }

  // A controller for an app whose code could not be read: it runs what it is given next.
  private startedWithout(): GradioLiteController {
    const controller = new GradioLiteController(this, {}, this.connection);
    this.current = controller;
    return controller;
  }

  private onVisible(entries: IntersectionObserverEntry[]): void {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    this.observer?.disconnect();
    this.observer = null;
    void this.start();
  }

  private async start(): Promise<void> {
    const connection = this.connection;
    if (!connection || !this.source) return;
    let source: AppSource;
    try {
      source = await this.source;
    } catch (e) {
      this.replaceChildren();
      new AppHost(this, { controlPageTitle: false }).showFailure(e instanceof Error ? e.message : String(e));
      this.resolveStarted?.(this.startedWithout());
      return;
    }
    if (this.connection !== connection) return; // removed meanwhile
    this.replaceChildren(); // the controller shows the stages from here
    const layout = this.getAttribute("layout") === "vertical" ? "vertical" : "horizontal";
    const controller = new GradioLiteController(
      this,
      {
        files: source.files,
        entrypoint: source.entrypoint,
        requirements: source.requirements,
        storageKey: source.storage_key,
        playground: this.hasAttribute("playground"),
        layout,
        controlPageTitle: this.hasAttribute("control-page-title"),
      },
      connection,
    );
    this.current = controller;
    await controller.start();
    this.resolveStarted?.(controller);
  }

  private async startServed(server: string): Promise<void> {
    const controller = new GradioLiteController(
      this,
      { controlPageTitle: this.hasAttribute("control-page-title") },
      null,
    );
    this.current = controller;
    await controller.start(server);
    this.resolveStarted?.(controller);
  }
}
