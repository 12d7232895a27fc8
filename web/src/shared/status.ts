// The running state of an event, drawn over each of its outputs as Gradio's status
// tracker does: a spinner, the time so far ("processing | 1.2s", "1.2/3.4s" once earlier
// runs give an ETA), the queue position while the event waits, and gr.Progress bars.
// A tracker is a light-DOM child of the output (styled by status.css) that the output
// shows over itself through its `lite-status` slot, so nothing around it moves.

import type { ProgressUnit } from "../protocol.gen";

export type ShowProgress = "full" | "minimal" | "hidden";

// How often the elapsed time is redrawn (Gradio redraws it every frame).
const TICK_MS = 100;

// As in Gradio: buttons show no tracker, text blocks show it in a band at their top over
// their content, a chat only its timer.
const UNTRACKED = new Set(["lite-button", "lite-uploadbutton", "lite-downloadbutton"]);
const BANDED = new Set(["lite-markdown", "lite-html"]);
const MINIMAL = new Set(["lite-chatbot"]);

export class RunStatus {
  private readonly started = performance.now();
  private readonly trackers: HTMLElement[];
  private queue: { rank: number; size: number } | null = null;
  private units: ProgressUnit[] = [];
  private timer: ReturnType<typeof setInterval> | null;

  // `hosts`: the outputs; `eta`: seconds the event took on average before, if known.
  constructor(
    hosts: HTMLElement[],
    private readonly mode: ShowProgress,
    private eta: number | null,
  ) {
    const tracked = mode === "hidden" ? [] : hosts.filter((host) => !UNTRACKED.has(host.localName));
    this.trackers = tracked.map((host) => host.appendChild(tracker(trackerMode(host, mode))));
    this.timer = this.trackers.length > 0 ? setInterval(() => this.draw(), TICK_MS) : null;
    this.draw();
  }

  // An `estimation`: the event waits behind `rank` others (0: it is next).
  queued(rank: number, size: number, eta: number | null): void {
    this.queue = { rank, size };
    if (eta !== null) this.eta = eta;
    this.draw();
  }

  // `process_starts`: the event runs now.
  starts(eta: number | null): void {
    this.queue = null;
    if (eta !== null) this.eta = eta;
    this.draw();
  }

  progress(units: ProgressUnit[]): void {
    this.units = units;
    this.draw();
  }

  // A generator's first values arrived: the outputs show them, outlined while it goes on.
  generating(): void {
    this.stopTimer();
    for (const element of this.trackers) {
      element.dataset.stage = "generating";
      element.replaceChildren();
    }
  }

  end(): void {
    this.stopTimer();
    for (const element of this.trackers) element.remove();
  }

  private stopTimer(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private draw(): void {
    if (this.timer === null) return;
    const elapsed = (performance.now() - this.started) / 1000;
    const meta = `${this.metaPrefix()}${elapsed.toFixed(1)}${this.eta ? `/${this.eta.toFixed(1)}` : ""}s`;
    const level = this.eta ? Math.min(elapsed / this.eta, 1) : 0;
    const shown = this.units.length > 0;
    for (const element of this.trackers) {
      const band = element.querySelector<HTMLElement>(".lite-status-eta");
      const spinner = element.querySelector<HTMLElement>(".lite-status-spinner");
      const text = element.querySelector<HTMLElement>(".lite-status-meta");
      if (!band || !spinner || !text) continue;
      text.textContent = meta;
      band.style.transform = `scaleX(${String(level)})`;
      band.hidden = shown || this.mode !== "full" || !element.classList.contains("lite-status-full");
      spinner.hidden = shown || this.mode !== "full" || element.classList.contains("lite-status-minimal");
      if (!shown) continue;
      const bar = element.querySelector<HTMLElement>(".lite-progress") ?? progressBar();
      drawProgress(bar, this.units);
      if (!bar.isConnected) text.before(bar);
    }
  }

  // Gradio's words before the timer: counted progress, else the queue, else "processing".
  private metaPrefix(): string {
    const counted = this.units
      .filter((unit) => unit.index !== null)
      .map((unit) => `${countText(unit)} ${unit.unit ?? ""}`.trim());
    if (counted.length > 0) return counted.map((text) => `${text} | `).join("");
    if (this.queue && this.queue.rank > 0) return `queue: ${String(this.queue.rank + 1)}/${String(this.queue.size)} | `;
    return "processing | ";
  }
}

function trackerMode(host: HTMLElement, mode: ShowProgress): string {
  if (mode === "full" && BANDED.has(host.localName)) return "band";
  return mode === "full" && MINIMAL.has(host.localName) ? "minimal" : mode;
}

function tracker(mode: string): HTMLElement {
  const element = document.createElement("div");
  element.className = `lite-status lite-status-${mode}`;
  element.slot = "lite-status";
  element.dataset.stage = "pending";
  const band = Object.assign(document.createElement("div"), { className: "lite-status-eta" });
  const spinner = Object.assign(document.createElement("div"), { className: "lite-spinner lite-status-spinner" });
  spinner.setAttribute("aria-hidden", "true");
  // The timer changes ten times a second: read on demand, never announced.
  const meta = Object.assign(document.createElement("span"), { className: "lite-status-meta" });
  element.append(band, spinner, meta);
  return element;
}

// Made at the first gr.Progress update: its text is only ever what the function reports.
function progressBar(): HTMLElement {
  const bar = Object.assign(document.createElement("div"), { className: "lite-progress" });
  bar.setAttribute("role", "progressbar");
  bar.setAttribute("aria-valuemin", "0");
  bar.setAttribute("aria-valuemax", "1");
  const label = Object.assign(document.createElement("span"), { className: "lite-progress-text" });
  const track = Object.assign(document.createElement("span"), { className: "lite-progress-track" });
  track.append(Object.assign(document.createElement("span"), { className: "lite-progress-fill" }));
  bar.append(label, track);
  return bar;
}

// The innermost bar's text ("Working 2/5 steps", "Sleeping 40%") and fill.
function drawProgress(bar: HTMLElement, units: ProgressUnit[]): void {
  const unit = units[units.length - 1];
  const fraction = unit.progress ?? (unit.index !== null && unit.length ? unit.index / unit.length : null);
  const counted = unit.index !== null ? `${countText(unit)} ${unit.unit ?? ""}`.trim() : "";
  const text = [unit.desc, counted || (fraction !== null ? `${String(Math.round(fraction * 100))}%` : "")]
    .filter(Boolean)
    .join(" ");
  const label = bar.firstElementChild as HTMLElement;
  if (label.textContent !== text) label.textContent = text;
  bar.setAttribute("aria-label", text || "Progress");
  const fill = bar.querySelector<HTMLElement>(".lite-progress-fill");
  if (fraction === null) {
    bar.removeAttribute("aria-valuenow");
    bar.dataset.indeterminate = "";
  } else {
    bar.setAttribute("aria-valuenow", String(fraction));
    delete bar.dataset.indeterminate;
    if (fill) fill.style.transform = `scaleX(${String(Math.min(Math.max(fraction, 0), 1))})`;
  }
}

function countText(unit: ProgressUnit): string {
  return unit.length !== null ? `${String(unit.index)}/${String(unit.length)}` : String(unit.index);
}

// The stages an app goes through before it shows, in order (the runtime's, then the page's).
const STAGES = ["Starting", "Loading Python", "Loading packages", "Starting the app", "Rendering"];

// The app's place while it starts: the stage, how far along it is, and the shape of an
// app to come. Announced politely as the stage changes.
export function loadingView(): HTMLElement {
  const view = Object.assign(document.createElement("div"), { className: "lite-loading lite-skeleton" });
  view.setAttribute("role", "status");
  const head = Object.assign(document.createElement("div"), { className: "lite-skeleton-head" });
  const spinner = Object.assign(document.createElement("span"), { className: "lite-spinner" });
  spinner.setAttribute("aria-hidden", "true");
  head.append(spinner, Object.assign(document.createElement("span"), { className: "lite-skeleton-stage" }));
  const bar = Object.assign(document.createElement("div"), { className: "lite-skeleton-bar" });
  bar.setAttribute("aria-hidden", "true");
  bar.append(Object.assign(document.createElement("span"), { className: "lite-skeleton-fill" }));
  const blocks = Object.assign(document.createElement("div"), { className: "lite-skeleton-blocks" });
  blocks.setAttribute("aria-hidden", "true");
  for (let i = 0; i < 2; i++)
    blocks.append(Object.assign(document.createElement("div"), { className: "lite-skeleton-block" }));
  view.append(head, bar, blocks);
  return view;
}

export function showStage(view: HTMLElement, stage: string): void {
  const index = STAGES.indexOf(stage);
  const step = index >= 0 ? ` (step ${String(index + 1)} of ${String(STAGES.length)})` : "";
  const text = view.querySelector(".lite-skeleton-stage");
  if (text) text.textContent = `${stage}…${step}`;
  const fill = view.querySelector<HTMLElement>(".lite-skeleton-fill");
  if (fill) fill.style.transform = `scaleX(${String(index >= 0 ? (index + 0.5) / STAGES.length : 0.1)})`;
}

// Outputs that draw a blank box when they hold nothing: an icon of what they will show.
const EMPTY_ICONS: Partial<Record<string, string>> = {
  "lite-image":
    '<rect x="3" y="3" width="18" height="18" rx="2"/><circle cx="8.5" cy="8.5" r="1.5"/><path d="m21 15-5-5L5 21"/>',
  "lite-video": '<rect x="2" y="6" width="14" height="12" rx="2"/><path d="m22 8-6 4 6 4z"/>',
  "lite-audio": '<path d="M9 18V5l12-2v13"/><circle cx="6" cy="18" r="3"/><circle cx="18" cy="16" r="3"/>',
  "lite-gallery":
    '<rect x="3" y="3" width="7" height="7" rx="1"/><rect x="14" y="3" width="7" height="7" rx="1"/><rect x="3" y="14" width="7" height="7" rx="1"/><rect x="14" y="14" width="7" height="7" rx="1"/>',
};

// Shows (or takes away) the icon of an output-only media component that holds nothing;
// like the status tracker, it is slotted over the component and takes no room.
export function showEmpty(
  host: HTMLElement & { value?: unknown; props?: { interactive?: unknown; show_label?: unknown } },
): void {
  const icon = EMPTY_ICONS[host.localName];
  if (icon === undefined) return;
  const value = host.value;
  const empty = host.props?.interactive === false && (value == null || (Array.isArray(value) && value.length === 0));
  const shown = [...host.children].find((child) => child.classList.contains("lite-empty"));
  if (!empty) return shown?.remove();
  if (shown) return;
  const element = Object.assign(document.createElement("div"), { className: "lite-empty", slot: "lite-status" });
  element.toggleAttribute("data-labelled", host.props?.show_label !== false);
  element.innerHTML = `<svg viewBox="0 0 24 24" aria-hidden="true">${icon}</svg>`;
  host.append(element);
}
