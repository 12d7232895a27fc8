// <gradio-lite>: the author's code in, a running app out.
//
// Attributes (as in Gradio-Lite where it has them):
// - isolated: the app gets a runtime of its own (for code that may block);
//   `shared-worker` is accepted: every app of a page shares one runtime by default.
// - control-page-title: the app's title becomes the page's title (the host page's otherwise).
// - initial-height: the height kept while the app loads (default 300px), so the page
//   below does not jump.
// - storage-key: names the app's stored folder (default: the page's path and the
//   element's place among the page's apps).

import { ApiClient } from "../client/api";
import { LiteApp } from "../shared/app";
import type { AppSource } from "../worker/messages";
import type { RuntimeConnection } from "./runtime-connection";
import { release, runtimeFor } from "./runtimes";
import { readSource } from "./source";

// The runtime sits beside lite.js, wherever the host serves it.
const RUNTIME_URL = new URL(/* @vite-ignore */ "./pyodide/", import.meta.url).href;
// An app starts its Python once it is this near the viewport (the runtime boots at once).
const NEAR_VIEWPORT = "100% 0px";
let nextAppId = 1;

export class GradioLiteElement extends HTMLElement {
  private source: Promise<AppSource> | null = null;
  private connection: RuntimeConnection | null = null;
  private appId = "";
  private observer: IntersectionObserver | null = null;
  private status: HTMLElement | null = null;

  connectedCallback(): void {
    if (this.connection) return; // moved within the page: the app keeps running
    this.source ??= readSource(this, this.storageKey());
    this.source.catch(() => undefined); // shown once the app would start
    this.replaceChildren();
    this.classList.add("lite-root");
    this.style.minHeight = this.getAttribute("initial-height") ?? "300px";
    this.showProgress("Starting");
    this.connection = runtimeFor(RUNTIME_URL, this.hasAttribute("isolated"));
    this.appId = `a${nextAppId++}`;
    this.observer = new IntersectionObserver((entries) => this.onVisible(entries), { rootMargin: NEAR_VIEWPORT });
    this.observer.observe(this);
  }

  disconnectedCallback(): void {
    // A move within the page disconnects and connects again in the same task.
    queueMicrotask(() => {
      if (this.isConnected || !this.connection) return;
      this.observer?.disconnect();
      release(this.connection, this.appId);
      this.connection = null;
    });
  }

  private onVisible(entries: IntersectionObserverEntry[]): void {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    this.observer?.disconnect();
    this.observer = null;
    void this.start();
  }

  private storageKey(): string {
    const index = [...document.querySelectorAll("gradio-lite")].indexOf(this);
    return this.getAttribute("storage-key") ?? `${location.pathname}#${Math.max(0, index)}`;
  }

  private async start(): Promise<void> {
    const connection = this.connection;
    const appId = this.appId;
    if (!connection || !this.source) return;
    let source: AppSource;
    try {
      source = await this.source;
    } catch (e) {
      this.showFailure(e instanceof Error ? e.message : String(e));
      return;
    }
    connection.startApp(appId, source, {
      onProgress: (stage) => this.showProgress(stage),
      onReady: () => void this.mount(connection, appId),
      onError: (message) => this.showFailure(message),
    });
  }

  private async mount(connection: RuntimeConnection, appId: string): Promise<void> {
    try {
      this.showProgress("Rendering");
      const api = new ApiClient(connection.fetchFor(appId));
      const config = await api.config();
      if (this.hasAttribute("control-page-title") && config.title && config.title !== "Gradio") {
        document.title = config.title;
      }
      const container = document.createElement("div");
      container.className = "lite-app";
      new LiteApp(container, config, api).mount();
      this.replaceChildren(container);
      this.status = null;
      this.style.minHeight = "";
      this.dispatchEvent(new CustomEvent("lite-ready", { bubbles: true }));
    } catch (e) {
      this.showFailure(e instanceof Error ? e.message : String(e));
    }
  }

  private showProgress(stage: string): void {
    if (!this.status) {
      this.status = document.createElement("div");
      this.status.className = "lite-loading";
      this.status.setAttribute("role", "status");
      this.append(this.status);
    }
    this.status.replaceChildren(
      Object.assign(document.createElement("span"), { className: "lite-spinner" }),
      `${stage}…`,
    );
  }

  private showFailure(message: string): void {
    const box = document.createElement("div");
    box.className = "lite-failure";
    box.setAttribute("role", "alert");
    const title = document.createElement("strong");
    title.textContent = "This app could not start";
    const details = document.createElement("pre");
    details.textContent = message;
    box.append(title, details);
    if (location.protocol === "file:") box.append(fileHint());
    this.status = null;
    this.style.minHeight = "";
    this.replaceChildren(box);
  }
}

function fileHint(): HTMLElement {
  const hint = document.createElement("p");
  hint.textContent =
    "This page was opened from a file. Browsers run apps only from pages served over HTTP: " +
    "serve this folder, e.g. with `python3 -m http.server`, and open http://localhost:8000/.";
  return hint;
}
