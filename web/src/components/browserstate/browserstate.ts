import type { BrowserStateProps } from "../../protocol.gen";
import { LiteComponent } from "../base/component";

// gr.BrowserState: a value kept in localStorage under its storage key, never shown. It is
// read when the app is shown (so a load event receives it) and written, with a `change`,
// whenever an event gives it a new value. Stored as plain JSON: see the Python docstring.
export class LiteBrowserState extends LiteComponent<BrowserStateProps> {
  private loaded = false;
  private stored = "";

  private get key(): string {
    return this.props.storage_key;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loaded) return;
    this.loaded = true;
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(this.key);
    } catch {
      // Storage refused (a sandboxed frame): the default value, kept for this page only.
    }
    try {
      this.value = saved === null ? this.props.default_value : JSON.parse(saved);
    } catch {
      this.value = this.props.default_value;
    }
    this.stored = JSON.stringify(this.value ?? null);
  }

  // A value restored from an earlier visit is a change, as in Gradio (the app may show it).
  override firstUpdated(): void {
    if (this.stored !== JSON.stringify(this.props.default_value ?? null)) this.emit("change");
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.hidden = true;
    if (!changed.has("value") || !this.loaded) return;
    const text = JSON.stringify(this.value ?? null);
    if (text === this.stored) return;
    this.stored = text;
    try {
      localStorage.setItem(this.key, text);
    } catch (e) {
      console.error("Could not write to localStorage:", e);
    }
    this.emit("change");
  }
}
customElements.define("lite-browserstate", LiteBrowserState);
