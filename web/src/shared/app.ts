// The running app in the page: renders /config and runs its events.

import type {
  AppConfig,
  DependencyConfig,
  ProcessCompletedMessage,
  RenderConfig,
  ServerMessage,
} from "../protocol.gen";
import type { ApiClient } from "../client/api";
import { LiteComponent, type LiteEventDetail } from "../components/base/component";
import { Announcer } from "./announce";
import { apiFooter } from "./api-panel";
import { applyEdits } from "./diff";
import { renderLayout, type Rendered } from "./layout";
import { mountPages } from "./pages";
import { applyRender } from "./render";
import { RunStatus, showEmpty } from "./status";
import { Toasts } from "./toast";

export class LiteApp {
  private rendered: Rendered = new Map();
  private readonly running = new Set<number>();
  // always_last (live) events triggered while running: the latest trigger, run next.
  private readonly queued = new Map<number, { triggerId: number; settle: () => void }>();
  // The event id of each running dependency, for Stop.
  private readonly eventIds = new Map<number, string>();
  // What each running event's outputs show (spinner, timer, progress), by dependency.
  private readonly statuses = new Map<number, RunStatus>();
  // Seconds each event took on average so far: the ETA of its next run.
  private readonly averages = new Map<number, number>();
  // Runs under way that each trigger (a button) started: it looks busy while any goes on.
  private readonly triggered = new Map<number, number>();
  private readonly toasts = new Toasts();
  private readonly announcer = new Announcer();

  constructor(
    private readonly root: HTMLElement,
    private readonly config: AppConfig,
    private readonly api: ApiClient,
  ) {}

  mount(): void {
    const body = document.createElement("div");
    body.className = "lite-body";
    this.rendered = renderLayout(this.config, body, this.api);
    // Gradio's "Use via API" link and panel, under the app.
    this.root.replaceChildren(
      this.toasts.element,
      this.announcer.element,
      body,
      ...apiFooter(this.config, this.api.fetch),
    );
    mountPages(this.config, this.rendered, this.root);
    for (const block of this.rendered.values()) showEmpty(block);
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
    for (const component of render.components) {
      const block = this.rendered.get(component.id);
      if (block) showEmpty(block);
    }
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
      .map((dependency) => this.run(dependency, detail.block_id, detail.data));
    void Promise.all(runs).then(() => detail.done?.());
  }

  private setOutputs(dependency: DependencyConfig, values: unknown[]): void {
    dependency.outputs.forEach((id, i) => {
      const component = this.component(id);
      if (component) setValue(component, values[i]);
    });
  }

  // The output components of an event; layouts among them (a gr.render's container) are not.
  private outputs(dependency: DependencyConfig): LiteComponent[] {
    return dependency.outputs.flatMap((id) => {
      const component = this.component(id);
      return component instanceof LiteComponent ? [component] : [];
    });
  }

  private setPending(dependency: DependencyConfig, pending: boolean): void {
    this.statuses.get(dependency.id)?.end();
    this.statuses.delete(dependency.id);
    // A stream's outputs (show_progress="hidden") stay as they are: a tracker on every frame flickers.
    if (dependency.show_progress === "hidden") return;
    const outputs = this.outputs(dependency);
    for (const component of outputs) {
      component.pending = pending;
      if (pending) component.setAttribute("aria-busy", "true");
      else component.removeAttribute("aria-busy");
    }
    if (pending) {
      const eta = this.averages.get(dependency.id) ?? null;
      this.statuses.set(dependency.id, new RunStatus(outputs, dependency.show_progress, eta));
    }
  }

  private setTriggerBusy(triggerId: number, running: boolean): void {
    const trigger = this.component(triggerId);
    if (!trigger) return;
    const runs = (this.triggered.get(triggerId) ?? 0) + (running ? 1 : -1);
    this.triggered.set(triggerId, Math.max(runs, 0));
    if (runs > 0) trigger.setAttribute("aria-busy", "true");
    else trigger.removeAttribute("aria-busy");
  }

  async run(dependency: DependencyConfig, triggerId: number, eventData: unknown = null): Promise<void> {
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
    this.setRunning(dependency, triggerId, true);
    // A new run takes away this event's earlier notices; a chained event (.then/.success/
    // .failure) keeps those of the one before it, as they are another event's.
    this.toasts.clear(dependency.id);
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
      this.showError(dependency, "Error", e instanceof Error ? e.message : String(e));
    } finally {
      if (timer !== null) clearTimeout(timer);
      if (limited.overran)
        this.showError(dependency, "Stopped", `The run took longer than this page allows (${String(limit)} s).`);
      this.running.delete(dependency.id);
      this.eventIds.delete(dependency.id);
      this.setRunning(dependency, triggerId, false);
    }
    // .then() / .success() events chained after this one.
    for (const follower of this.config.dependencies) {
      if (follower.trigger_after !== dependency.id) continue;
      const wanted = follower.trigger_only_on_success
        ? succeeded
        : follower.trigger_only_on_failure
          ? !succeeded
          : true;
      if (wanted) void this.run(follower, triggerId);
    }
    const next = this.queued.get(dependency.id);
    if (next !== undefined) {
      this.queued.delete(dependency.id);
      void this.run(dependency, next.triggerId).then(next.settle);
    }
  }

  // Shows one message; returns the outputs' values so far (for a generator's edits).
  private receive(dependency: DependencyConfig, message: ServerMessage, values: unknown[] | null): unknown[] | null {
    const status = this.statuses.get(dependency.id);
    if (message.msg === "process_generating") {
      status?.generating();
      const data = message.output.data;
      const next = values === null ? data : values.map((value, i) => applyEdits(value, data[i] as never));
      this.setOutputs(dependency, next);
      return next;
    }
    if (message.msg === "process_completed") this.completed(dependency, message);
    else if (message.msg === "unexpected_error") this.showError(dependency, "Error", message.message);
    else if (message.msg === "log" && message.visible)
      this.toasts.show(message.level, message.title, message.log, message.duration, dependency.id);
    else if (message.msg === "progress") status?.progress(message.progress_data);
    else if (message.msg === "estimation") status?.queued(message.rank, message.queue_size, message.rank_eta);
    else if (message.msg === "process_starts") status?.starts(message.eta);
    return values;
  }

  private async stop(fnIndexes: number[]): Promise<void> {
    for (const fnIndex of fnIndexes) {
      const eventId = this.eventIds.get(fnIndex);
      // A cancel that fails (the runtime was restarted to stop a run) is reported by the
      // stopped run itself.
      if (eventId) await this.api.cancel(fnIndex, eventId).catch(() => undefined);
    }
  }

  // While an event runs its outputs show it, and so does the button that started it; a
  // Stop button that cancels it replaces the buttons that start it.
  private setRunning(dependency: DependencyConfig, triggerId: number, running: boolean): void {
    this.setPending(dependency, running);
    this.setTriggerBusy(triggerId, running);
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
      if (output.average_duration > 0) this.averages.set(dependency.id, output.average_duration);
      if (output.render_config) this.rerender(output.render_config);
      // A stopped run completes with no data: the outputs keep what they show.
      else if (output.data.length === dependency.outputs.length) {
        this.setOutputs(dependency, output.data);
        // A stream's frames come many times a second: reading each aloud would drown the page.
        if (!dependency.targets.some(([, event]) => event === "stream"))
          this.announcer.finished(this.outputs(dependency));
      }
      // gr.State values the event changed: their change listeners run, as a component's do.
      for (const id of output.changed_state_ids) this.onEvent({ block_id: id, event: "change", value: null });
    } else if ("error" in output && output.visible) {
      const text = output.error ?? "Something went wrong in the app.";
      this.showError(dependency, output.title || "Error", text, output.duration);
    }
  }

  // An error of a run: Python's (gr.Error, with its duration) or the page's (stays).
  private showError(dependency: DependencyConfig, title: string, text: string, duration: number | null = null): void {
    this.toasts.show("error", title, text, duration, dependency.id);
  }
}

// gr.update(...) from Python: new props, and a new value only if it carries one.
function setValue(component: LiteComponent, value: unknown): void {
  if (typeof value === "object" && value !== null && (value as { __type__?: string }).__type__ === "update") {
    const { __type__: _type, value: newValue, ...props } = value as Record<string, unknown>;
    component.props = { ...component.props, ...props };
    if ("value" in value) component.value = newValue;
  } else {
    component.value = value;
  }
  showEmpty(component);
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
