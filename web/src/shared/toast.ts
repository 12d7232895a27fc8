// Notices as Gradio shows them: toasts over the app, top right, newest first, each with
// a title, its message, a close button and a countdown when it has a `duration`.
// Errors and warnings are alerts (announced at once), info and success polite statuses.

export type ToastLevel = "info" | "warning" | "success" | "error";

// Where a toast came from: the dependency whose run raised it. A new run of the same
// event takes its earlier toasts away, as in Gradio.
export type ToastSource = number;

const ICONS: Record<ToastLevel, string> = {
  info: '<circle cx="12" cy="12" r="10"/><path d="M12 16v-4M12 8h.01"/>',
  warning:
    '<path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z"/><path d="M12 9v4M12 17h.01"/>',
  success: '<circle cx="12" cy="12" r="10"/><path d="m8 12 3 3 5-6"/>',
  error: '<circle cx="12" cy="12" r="10"/><path d="m15 9-6 6M9 9l6 6"/>',
};

export class Toasts {
  // A sticky strip of no height at the top of the app: toasts hang from it, so the
  // app's layout never moves and they stay in view while the app scrolls.
  readonly element: HTMLElement;
  private readonly stack: HTMLElement;
  private readonly sources = new WeakMap<HTMLElement, ToastSource>();

  constructor() {
    this.element = Object.assign(document.createElement("div"), { className: "lite-toasts" });
    this.stack = Object.assign(document.createElement("div"), { className: "lite-toast-stack" });
    this.element.append(this.stack);
  }

  // `duration`: seconds before it goes by itself; null (or 0) keeps it until closed.
  show(level: ToastLevel, title: string, message: string, duration: number | null, source: ToastSource): HTMLElement {
    const toast = Object.assign(document.createElement("div"), {
      className: `lite-toast lite-alert lite-alert-${level}`,
    });
    toast.setAttribute("role", level === "error" || level === "warning" ? "alert" : "status");
    toast.dataset.level = level;
    const icon = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    icon.setAttribute("class", "lite-toast-icon");
    icon.setAttribute("viewBox", "0 0 24 24");
    icon.setAttribute("aria-hidden", "true");
    icon.innerHTML = ICONS[level];
    const details = Object.assign(document.createElement("div"), { className: "lite-toast-details" });
    const heading = Object.assign(document.createElement("strong"), { className: "lite-toast-title" });
    heading.textContent = title;
    const text = Object.assign(document.createElement("div"), { className: "lite-toast-text" });
    text.textContent = message;
    // The space keeps "Title message" one phrase for screen readers and text search.
    details.append(heading, " ", text);
    const close = Object.assign(document.createElement("button"), { type: "button", className: "lite-toast-close" });
    close.setAttribute("aria-label", "Close");
    close.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18"/></svg>';
    close.addEventListener("click", () => this.close(toast));
    toast.append(icon, details, close);
    if (duration) {
      const countdown = Object.assign(document.createElement("div"), { className: "lite-toast-timer" });
      countdown.style.animationDuration = `${String(duration)}s`;
      toast.append(countdown);
      setTimeout(() => toast.remove(), duration * 1000);
    }
    this.sources.set(toast, source);
    this.stack.prepend(toast);
    return toast;
  }

  // Closed from its button: the keyboard's focus moves on to the next toast, if any.
  private close(toast: HTMLElement): void {
    const focused = toast.contains(document.activeElement);
    const next = toast.nextElementSibling ?? toast.previousElementSibling;
    toast.remove();
    if (focused) next?.querySelector("button")?.focus();
  }

  clear(source: ToastSource): void {
    for (const toast of [...this.stack.children] as HTMLElement[]) {
      if (this.sources.get(toast) === source) toast.remove();
    }
  }
}
