import type { LiteComponent } from "../components/base/component";

// What a screen reader says when a run finishes: a polite live region per app, holding
// "<label>: <value>" for text-like outputs and "<label> updated" for the rest. The outputs
// themselves are not live regions: their status trackers tick every 100 ms, and a live
// region there would read the timer aloud.
const LIMIT = 300;

export class Announcer {
  readonly element: HTMLElement;

  constructor() {
    this.element = document.createElement("div");
    this.element.className = "lite-announcer";
    // Live without role=status: the app's own status messages (an audio player's) stay the
    // page's only status role.
    this.element.setAttribute("aria-live", "polite");
    this.element.setAttribute("aria-atomic", "true");
  }

  finished(outputs: LiteComponent[]): void {
    const parts = outputs.flatMap((component) => {
      if (!component.props.visible) return [];
      const label = typeof component.props.label === "string" ? component.props.label : "";
      const text = spoken(component.value);
      if (text === null) return label ? [`${label} updated`] : [];
      return [label ? `${label}: ${text}` : text];
    });
    // Emptied first, so the same result twice is read twice.
    this.element.textContent = "";
    if (parts.length > 0) requestAnimationFrame(() => (this.element.textContent = parts.join(". ")));
  }
}

function spoken(value: unknown): string | null {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value !== "string") return null;
  return value.length > LIMIT ? `${value.slice(0, LIMIT)}…` : value;
}
