// The running app in the page: renders /config and runs its events.

import type {
  AppConfig,
  DependencyConfig,
  ProcessCompletedMessage,
  ProgressUnit,
  RenderConfig,
  ServerMessage,
} from "../protocol.gen";
import type { ApiClient } from "../client/api";
import type { LiteComponent, LiteEventDetail } from "../components/base/component";
import { apiFooter } from "./api-panel";
import { applyEdits } from "./diff";
import { renderLayout, type Rendered } from "./layout";
import { mountPages } from "./pages";
import { applyRender } from "./render";

export class LiteApp {
  private rendered: Rendered = new Map();
  private readonly running = new Set<number>();
  // always_last (live) events triggered while running: the latest trigger, run next.
  private readonly queued = new Map<number, { triggerId: number; settle: () => void }>();
  // The event id of each running dependency, for Stop.
  private readonly eventIds = new Map<number, string>();
  // gr.Progress bars of running events, shown above their first output.
  private readonly progressBars = new Map<number, HTMLElement>();
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
    // Gradio's "Use via API" link and panel, under the app.
    this.root.replaceChildren(this.alerts, body, ...apiFooter(this.config, this.api.fetch));
    mountPages(this.config, this.rendered, this.root);
    this.root.addEventListener("lite-event", (event) => this.onEvent((event as CustomEvent<LiteEventDetail>).detail));
    this.start(this.config.dependencies);
  }

  // Wires streams of new events, and runs their loads: the app's at first (as Gradio does
  // when the page loads), a render's once it has built them.
  private start(dependencies: DependencyConfig[]): void {
    for (const dependency of dependencies) {
      if (dependency.stream_every === null) continue;
      for (const [id, event] of dependency.targets) {
        const component = this.component(id);
        if (event === "stream" && component) Object.assign(component, { streamEvery: dependency.stream_every });
      }
    }
    for (const dependency of dependencies) {
      const load = dependency.targets.find(([, event]) => event === "load");
      if (load) void this.run(dependency, load[0]);
    }
  }

  // A gr.render ran: its blocks and listeners replace those of its previous run.
  private rerender(render: RenderConfig): void {
    applyRender(render, this.rendered, this.api);
    const dependencies = this.config.dependencies;
    const kept = dependencies.filter((d) => d.rendered_in !== render.render_id);
    dependencies.splice(0, dependencies.length, ...kept, ...render.dependencies);
    this.start(render.dependencies);
  }

  private component(id: number): LiteComponent | undefined {
    return this.rendered.get(id) as LiteComponent | undefined;
  }

  private onEvent(detail: LiteEventDetail): void {
    const runs = this.config.dependencies
      .filter((d) => d.targets.some(([id, event]) => id === detail.block_id && event === detail.event))
      .map((dependency) => this.run(dependency, detail.block_id, false, detail.data));
    void Promise.all(runs).then(() => detail.done?.());
  }

  private setOutputs(dependency: DependencyConfig, values: unknown[]): void {
    dependency.outputs.forEach((id, i) => {
      const component = this.component(id);
      if (component) setValue(component, values[i]);
    });
  }

  private setPending(dependency: DependencyConfig, pending: boolean): void {
    // A stream's outputs (show_progress="hidden") stay as they are: dimming every frame flickers.
    if (dependency.show_progress === "hidden") return;
    for (const id of dependency.outputs) {
      const component = this.component(id);
      if (component) component.pending = pending;
    }
  }

  async run(
    dependency: DependencyConfig,
    triggerId: number,
    chained = false,
    eventData: unknown = null,
  ): Promise<void> {
    if (!dependency.backend_fn) {
      if (dependency.cancels.length > 0) await this.stop(dependency.cancels);
      if (dependency.js) this.setOutputs(dependency, runJs(dependency.js));
      return;
    }
    if (this.running.has(dependency.id)) {
      if (dependency.trigger_mode === "always_last") {
        // Settles when it has run, or at once when a later trigger takes its place.
        return new Promise((settle) => {
          this.queued.get(dependency.id)?.settle();
          this.queued.set(dependency.id, { triggerId, settle });
        });
      }
      if (dependency.trigger_mode !== "multiple") return;
    }
    this.running.add(dependency.id);
    this.setRunning(dependency, true);
    // A chained event (.then/.success/.failure) keeps the notices of the one before it.
    if (!chained) this.clearAlerts();
    let succeeded = false;
    const limit = timeLimit(this.root);
    const limited = { overran: false };
    // The page's limit on a run (`event-time-limit`): Stop's path, so a loop that never
    // yields ends too.
    const timer =
      limit === null
        ? null
        : setTimeout(() => {
            limited.overran = true;
            void this.stop([dependency.id]);
          }, limit * 1000);
    try {
      await Promise.allSettled(dependency.inputs.flatMap((id) => this.component(id)?.busy ?? []));
      // A load runs as the page appears: its inputs settle their first values first ("" for
      // an empty Textbox), as they would before any click.
      await Promise.all(dependency.inputs.flatMap((id) => this.component(id)?.updateComplete ?? []));
      const inputs = dependency.inputs.map((id) => this.component(id)?.value ?? null);
      let values: unknown[] | null = null;
      const joined = (eventId: string) => this.eventIds.set(dependency.id, eventId);
      for await (const message of this.api.submit(dependency.id, inputs, triggerId, eventData, joined)) {
        values = this.receive(dependency, message, values);
        if (message.msg === "process_completed") succeeded = message.success;
      }
    } catch (e) {
      this.showError("Error", e instanceof Error ? e.message : String(e));
    } finally {
      if (timer !== null) clearTimeout(timer);
      if (limited.overran) this.showError("Stopped", `The run took longer than this page allows (${String(limit)} s).`);
      this.running.delete(dependency.id);
      this.eventIds.delete(dependency.id);
      this.progressBars.get(dependency.id)?.remove();
      this.progressBars.delete(dependency.id);
      this.setRunning(dependency, false);
    }
    // .then() / .success() events chained after this one.
    for (const follower of this.config.dependencies) {
      if (follower.trigger_after !== dependency.id) continue;
      const wanted = follower.trigger_only_on_success
        ? succeeded
        : follower.trigger_only_on_failure
          ? !succeeded
          : true;
      if (wanted) void this.run(follower, triggerId, true);
    }
    const next = this.queued.get(dependency.id);
    if (next !== undefined) {
      this.queued.delete(dependency.id);
      void this.run(dependency, next.triggerId).then(next.settle);
    }
  }

  // Shows one message; returns the outputs' values so far (for a generator's edits).
  private receive(dependency: DependencyConfig, message: ServerMessage, values: unknown[] | null): unknown[] | null {
    if (message.msg === "process_generating") {
      const data = message.output.data;
      const next = values === null ? data : values.map((value, i) => applyEdits(value, data[i] as never));
      this.setOutputs(dependency, next);
      return next;
    }
    if (message.msg === "process_completed") this.completed(dependency, message);
    else if (message.msg === "unexpected_error") this.showError("Error", message.message);
    else if (message.msg === "log" && message.visible)
      this.notice(message.level, message.title, message.log, message.duration);
    else if (message.msg === "progress") this.showProgress(dependency, message.progress_data[0]);
    return values;
  }

  private showProgress(dependency: DependencyConfig, unit: ProgressUnit | undefined): void {
    const anchor = this.rendered.get(dependency.outputs[0]);
    if (!unit || !anchor) return;
    let bar = this.progressBars.get(dependency.id);
    if (!bar) {
      bar = document.createElement("div");
      bar.className = "lite-progress";
      bar.setAttribute("role", "progressbar");
      bar.setAttribute("aria-valuemin", "0");
      bar.setAttribute("aria-valuemax", "1");
      anchor.before(bar);
      this.progressBars.set(dependency.id, bar);
    }
    const fraction = unit.progress ?? (unit.index !== null && unit.length ? unit.index / unit.length : null);
    const counted = unit.index !== null ? `${unit.index}/${unit.length ?? "?"} ${unit.unit ?? ""}`.trim() : "";
    const text = [unit.desc, counted || (fraction !== null ? `${Math.round(fraction * 100)}%` : "")]
      .filter(Boolean)
      .join(" ");
    bar.textContent = text;
    bar.setAttribute("aria-label", text || "Progress");
    if (fraction !== null) {
      bar.setAttribute("aria-valuenow", String(fraction));
      bar.style.setProperty("--lite-progress", `${Math.round(fraction * 100)}%`);
    }
  }

  private async stop(fnIndexes: number[]): Promise<void> {
    for (const fnIndex of fnIndexes) {
      const eventId = this.eventIds.get(fnIndex);
      // A cancel that fails (the runtime was restarted to stop a run) is reported by the
      // stopped run itself.
      if (eventId) await this.api.cancel(fnIndex, eventId).catch(() => undefined);
    }
  }

  // While an event runs its outputs show it; a Stop button that cancels it replaces
  // the buttons that start it.
  private setRunning(dependency: DependencyConfig, running: boolean): void {
    this.setPending(dependency, running);
    const stoppers = this.config.dependencies.filter((d) => d.cancels.includes(dependency.id));
    if (stoppers.length === 0) return;
    for (const stopper of stoppers) for (const [id] of stopper.targets) this.setVisible(id, running);
    for (const [id, event] of dependency.targets) if (event === "click") this.setVisible(id, !running);
  }

  private setVisible(id: number, visible: boolean): void {
    const component = this.component(id);
    if (component) component.props = { ...component.props, visible };
  }

  private completed(dependency: DependencyConfig, message: ProcessCompletedMessage): void {
    const output = message.output;
    if (message.success && "data" in output) {
      if (output.render_config) this.rerender(output.render_config);
      // A stopped run completes with no data: the outputs keep what they show.
      else if (output.data.length === dependency.outputs.length) this.setOutputs(dependency, output.data);
      // gr.State values the event changed: their change listeners run, as a component's do.
      for (const id of output.changed_state_ids) this.onEvent({ block_id: id, event: "change", value: null });
    } else if ("error" in output) {
      this.showError(output.title || "Error", output.error ?? "Something went wrong in the app.");
    }
  }

  private clearAlerts(): void {
    this.alerts.replaceChildren();
  }

  private showError(title: string, text: string): void {
    this.notice("error", title, text, null);
  }

  // A notice (gr.Info, gr.Warning, gr.Success, errors); it goes after `duration` seconds.
  private notice(level: string, title: string, text: string, duration: number | null): void {
    const alert = document.createElement("div");
    alert.className = `lite-alert lite-alert-${level}`;
    const heading = document.createElement("strong");
    heading.textContent = title;
    const body = document.createElement("span");
    body.textContent = text;
    alert.append(heading, " ", body);
    this.alerts.append(alert);
    if (duration !== null) setTimeout(() => alert.remove(), duration * 1000);
  }
}

// gr.update(...) from Python: new props, and a new value only if it carries one.
function setValue(component: LiteComponent, value: unknown): void {
  if (typeof value === "object" && value !== null && (value as { __type__?: string }).__type__ === "update") {
    const { __type__: _type, value: newValue, ...props } = value as Record<string, unknown>;
    component.props = { ...component.props, ...props };
    if ("value" in value) component.value = newValue;
    return;
  }
  component.value = value;
}

// A page-only event (Gradio's `js=`), written by the app's author: e.g. Clear's values.
function runJs(source: string): unknown[] {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the author's `js=` is the point
  const make = new Function(`return (${source})`) as () => () => unknown;
  const result = make()();
  return Array.isArray(result) ? result : [result];
}

// Seconds a run may take, from `event-time-limit` on the app's <gradio-lite>; null: no limit.
function timeLimit(root: HTMLElement): number | null {
  const seconds = Number(root.closest("gradio-lite")?.getAttribute("event-time-limit") ?? "");
  return seconds > 0 ? seconds : null;
}
