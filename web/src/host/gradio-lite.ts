// <gradio-lite>: the author's code in, a running app out.

import { ApiClient } from "../client/api";
import { LiteApp } from "../shared/app";
import { WorkerClient } from "./worker-client";
import { readSource } from "./source";

// The runtime sits beside lite.js, wherever the host serves it.
const RUNTIME_URL = new URL(/* @vite-ignore */ "./pyodide/", import.meta.url).href;

export class GradioLiteElement extends HTMLElement {
  private client: WorkerClient | null = null;
  private status: HTMLElement | null = null;

  connectedCallback(): void {
    if (this.client) return;
    let source;
    try {
      source = readSource(this);
    } catch (e) {
      this.showFailure(e instanceof Error ? e.message : String(e));
      return;
    }
    this.replaceChildren();
    this.classList.add("lite-root");
    this.showProgress("Starting");
    this.client = new WorkerClient(RUNTIME_URL, source);
    this.client.onProgress = (stage) => this.showProgress(stage);
    void this.start(this.client);
  }

  disconnectedCallback(): void {
    this.client?.terminate();
    this.client = null;
  }

  private async start(client: WorkerClient): Promise<void> {
    try {
      await client.ready();
      this.showProgress("Rendering");
      const api = new ApiClient(client.fetch);
      const config = await api.config();
      if (config.title && config.title !== "Gradio") document.title = config.title;
      const container = document.createElement("div");
      container.className = "lite-app";
      new LiteApp(container, config, api).mount();
      this.replaceChildren(container);
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
    this.status.replaceChildren(Object.assign(document.createElement("span"), { className: "lite-spinner" }), `${stage}…`);
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
    this.status = null;
    this.replaceChildren(box);
  }
}
