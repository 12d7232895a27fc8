// The running app in the page: renders /config and runs its events.

import type { AppConfig, DependencyConfig, ProcessCompletedMessage } from "../protocol.gen";
import type { ApiClient } from "../client/api";
import type { LiteComponent, LiteEventDetail } from "../components/base/component";
import { renderLayout, type Rendered } from "./layout";

export class LiteApp {
  private rendered: Rendered = new Map();
  private readonly running = new Set<number>();
  // always_last (live) events triggered while running: the latest trigger, run next.
  private readonly queued = new Map<number, number>();
  private readonly alerts: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly config: AppConfig,
    private readonly api: ApiClient,
  ) {
    this.alerts = document.createElement("div");
    this.alerts.className = "lite-alerts";
    this.alerts.setAttribute("role", "alert");
  }

  mount(): void {
    const body = document.createElement("div");
    body.className = "lite-body";
    this.rendered = renderLayout(this.config, body, this.api);
    this.root.replaceChildren(this.alerts, body);
    this.root.addEventListener("lite-event", (event) => this.onEvent((event as CustomEvent<LiteEventDetail>).detail));
  }

  private component(id: number): LiteComponent | undefined {
    return this.rendered.get(id) as LiteComponent | undefined;
  }

  private onEvent(detail: LiteEventDetail): void {
    for (const dependency of this.config.dependencies) {
      if (dependency.targets.some(([id, event]) => id === detail.block_id && event === detail.event)) {
        void this.run(dependency, detail.block_id);
      }
    }
  }

  private setOutputs(dependency: DependencyConfig, values: unknown[]): void {
    dependency.outputs.forEach((id, i) => {
      const component = this.component(id);
      if (component) component.value = values[i];
    });
  }

  private setPending(dependency: DependencyConfig, pending: boolean): void {
    for (const id of dependency.outputs) {
      const component = this.component(id);
      if (component) component.pending = pending;
    }
  }

  async run(dependency: DependencyConfig, triggerId: number): Promise<void> {
    if (!dependency.backend_fn) {
      if (dependency.js) this.setOutputs(dependency, runJs(dependency.js));
      return;
    }
    if (this.running.has(dependency.id)) {
      if (dependency.trigger_mode === "always_last") this.queued.set(dependency.id, triggerId);
      if (dependency.trigger_mode !== "multiple") return;
    }
    this.running.add(dependency.id);
    this.setPending(dependency, true);
    this.clearAlerts();
    try {
      const inputs = dependency.inputs.map((id) => this.component(id)?.value ?? null);
      for await (const message of this.api.submit(dependency.id, inputs, triggerId)) {
        if (message.msg === "process_completed") this.completed(dependency, message);
        else if (message.msg === "unexpected_error") this.showError("Error", message.message);
      }
    } catch (e) {
      this.showError("Error", e instanceof Error ? e.message : String(e));
    } finally {
      this.running.delete(dependency.id);
      this.setPending(dependency, false);
    }
    const next = this.queued.get(dependency.id);
    if (next !== undefined) {
      this.queued.delete(dependency.id);
      await this.run(dependency, next);
    }
  }

  private completed(dependency: DependencyConfig, message: ProcessCompletedMessage): void {
    const output = message.output;
    if (message.success && "data" in output) {
      this.setOutputs(dependency, output.data);
    } else if ("error" in output) {
      this.showError(output.title || "Error", output.error ?? "Something went wrong in the app.");
    }
  }

  private clearAlerts(): void {
    this.alerts.replaceChildren();
  }

  private showError(title: string, text: string): void {
    const alert = document.createElement("div");
    alert.className = "lite-alert lite-alert-error";
    const heading = document.createElement("strong");
    heading.textContent = title;
    const body = document.createElement("span");
    body.textContent = text;
    alert.append(heading, " ", body);
    this.alerts.append(alert);
  }
}

// A page-only event (Gradio's `js=`), written by the app's author: e.g. Clear's values.
function runJs(source: string): unknown[] {
  const result: unknown = new Function(`return (${source})`)()();
  return Array.isArray(result) ? result : [result];
}
