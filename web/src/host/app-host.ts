// One app on the page, wherever its Python runs: in a runtime of the page (`run`, again
// and again with new code: the runtime stays, only the app restarts) or on a server
// (`mountServer`). It shows the stages while the app starts, the failure if it fails, and
// the app once its config renders.

import { ApiClient } from "../client/api";
import type { AppConfig } from "../protocol.gen";
import { LiteApp } from "../shared/app";
import { loadingView, showStage } from "../shared/status";
import type { AppSource } from "../worker/messages";
import { httpFetch } from "./http-fetch";
import type { Fetch, RuntimeConnection } from "./runtime-connection";

let nextAppId = 1;

export interface HostOptions {
  // The app's title becomes the page's (the host page's title otherwise).
  controlPageTitle: boolean;
}

export const REPLACED = "Replaced by a newer run.";

export type RunResult = { ok: true } | { ok: false; error: string };

export class AppHost {
  private appId = "";
  private status: HTMLElement | null = null;
  private shown = false;
  private fetch: Fetch | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly options: HostOptions,
    private readonly connection: RuntimeConnection | null = null,
    // A permalink to the app's code, offered when the app asks (launch(share=True)).
    private readonly shareLink: (() => Promise<string>) | null = null,
  ) {}

  get runningId(): string {
    return this.appId;
  }

  // The running app's API, as the page's own front end uses it.
  get api(): Fetch | null {
    return this.fetch;
  }

  // Starts `source` in the page's runtime, in place of the app running before (whose UI
  // stays until the new one is ready, so a re-run does not flash).
  run(source: AppSource): Promise<RunResult> {
    const connection = this.connection;
    if (!connection) return Promise.resolve({ ok: false, error: "This app is served by a server." });
    const previous = this.appId;
    const appId = `a${nextAppId++}`;
    this.appId = appId;
    if (previous) connection.stopApp(previous);
    if (!this.shown) this.showProgress("Starting");
    return new Promise<RunResult>((resolve) => {
      const current = () => this.appId === appId;
      connection.startApp(appId, source, {
        onProgress: (stage) => {
          if (current() && !this.shown) this.showProgress(stage);
        },
        onReady: (timings) => {
          if (!current()) return resolve({ ok: false, error: REPLACED });
          void this.mount(connection.fetchFor(appId), timings).then(resolve);
        },
        onError: (message) => {
          if (current()) this.showFailure(message);
          resolve({ ok: false, error: message });
        },
        onBusy: (seconds) => {
          if (current() && !this.shown) this.showBusy(seconds, () => void connection.stopStarting(appId, seconds));
        },
      });
    });
  }

  // The app served at `base` (by `lite serve`): the same UI, over HTTP.
  mountServer(base: string): Promise<RunResult> {
    this.showProgress("Connecting");
    return this.mount(httpFetch(base));
  }

  stop(): void {
    if (this.appId && this.connection) this.connection.stopApp(this.appId);
    this.appId = "";
  }

  private async mount(fetch: Fetch, timings: Record<string, number> = {}): Promise<RunResult> {
    const appId = this.appId;
    const stages: Record<string, number> = { ...timings, "app ready in the page": now() };
    try {
      if (!this.shown) this.showProgress("Rendering");
      const api = new ApiClient(fetch);
      const config: AppConfig = await api.config();
      stages["config fetched"] = now();
      if (appId !== this.appId) return { ok: false, error: REPLACED };
      if (this.options.controlPageTitle && config.title && config.title !== "Gradio") document.title = config.title;
      const container = document.createElement("div");
      container.className = "lite-app";
      new LiteApp(container, config, api).mount();
      this.root.replaceChildren(container);
      if (config.share && this.shareLink) this.root.append(shareBar(this.shareLink));
      this.fetch = fetch;
      this.status = null;
      this.shown = true;
      this.root.style.minHeight = "";
      stages["first render"] = now();
      // `detail.timings`: when each start-up stage ended (ms since the epoch).
      this.root.dispatchEvent(new CustomEvent("lite-ready", { bubbles: true, detail: { timings: stages } }));
      return { ok: true };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.showFailure(message);
      return { ok: false, error: message };
    }
  }

  showProgress(stage: string): void {
    if (!this.status) {
      this.status = loadingView();
      this.root.append(this.status);
    }
    showStage(this.status, stage);
  }

  // The app's code has held Python for `seconds` while starting: say so, and offer Stop.
  private showBusy(seconds: number, stop: () => void): void {
    let busy = this.root.querySelector<HTMLElement>(".lite-busy");
    if (seconds === 0) return busy?.remove();
    if (!busy) {
      busy = Object.assign(document.createElement("p"), { className: "lite-busy" });
      const button = Object.assign(document.createElement("button"), { type: "button", textContent: "Stop" });
      button.addEventListener("click", stop);
      busy.append(document.createElement("span"), " ", button);
      this.root.append(busy);
    }
    const text = busy.querySelector("span");
    if (text) text.textContent = `Python has been running this app's code for ${String(seconds)} s.`;
  }

  showFailure(message: string): void {
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
    this.shown = false;
    this.fetch = null;
    this.root.style.minHeight = "";
    this.root.replaceChildren(box);
  }
}

function now(): number {
  return performance.timeOrigin + performance.now();
}

// launch(share=True) in the page: a link that carries the app's code (no server, no upload).
function shareBar(link: () => Promise<string>): HTMLElement {
  const bar = Object.assign(document.createElement("div"), { className: "lite-share" });
  const button = Object.assign(document.createElement("button"), { type: "button", textContent: "Share" });
  const status = Object.assign(document.createElement("span"), { className: "lite-share-status" });
  status.setAttribute("role", "status");
  button.addEventListener("click", () => {
    void link()
      .then(async (url) => {
        status.dataset.link = url;
        await navigator.clipboard.writeText(url);
        status.textContent = "Link copied: it opens this app with its code.";
      })
      .catch((e: unknown) => {
        const url = status.dataset.link;
        status.textContent = url ? `Copy this link: ${url}` : e instanceof Error ? e.message : String(e);
      });
  });
  bar.append(button, status);
  return bar;
}

function fileHint(): HTMLElement {
  const hint = document.createElement("p");
  hint.textContent =
    "This page was opened from a file. Browsers run apps only from pages served over HTTP: " +
    "serve this folder, e.g. with `python3 -m http.server`, and open http://localhost:8000/.";
  return hint;
}
