import type { TimerProps } from "../../protocol.gen";
import { LiteComponent } from "../base/component";

// gr.Timer: nothing to show; while active it fires "tick" every `value` seconds, never
// twice at once (the next tick waits until what the last one ran has finished).
export class LiteTimer extends LiteComponent<TimerProps, number | null> {
  private timer: ReturnType<typeof setTimeout> | null = null;

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.hidden = true;
    this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  private stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    this.stop();
    const seconds = this.value;
    if (!this.props.active || typeof seconds !== "number" || seconds <= 0 || !this.isConnected) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.emit("tick", () => {
        this.schedule();
      });
    }, seconds * 1000);
  }
}
customElements.define("lite-timer", LiteTimer);
