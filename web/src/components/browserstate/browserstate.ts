import type { BrowserStateProps } from "../../protocol.gen";
import { LiteComponent } from "../base/component";

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

// gr.BrowserState: nothing to show. Its value is kept in localStorage under storage_key:
// restored when the page opens (then "change", as in Gradio), stored whenever the app sets
// it. Stored as JSON (Gradio encrypts it; here the app and the storage are the same browser).
export class LiteBrowserState extends LiteComponent<BrowserStateProps> {
  private stored: unknown = undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.hidden = true;
  }

  override firstUpdated(): void {
    let restored: unknown = this.props.default_value;
    try {
      const raw = localStorage.getItem(this.props.storage_key);
      if (raw !== null) restored = JSON.parse(raw) as unknown;
    } catch {
      // Storage refused (private mode) or unreadable: the default stands.
    }
    this.stored = restored;
    this.value = restored;
    if (!same(restored, this.props.default_value)) this.emit("change");
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.hidden = true;
    if (!changed.has("value") || this.stored === undefined || same(this.value, this.stored)) return;
    this.stored = this.value;
    try {
      localStorage.setItem(this.props.storage_key, JSON.stringify(this.value));
    } catch {
      // Full or refused: the value still lives in the page until it closes.
    }
    this.emit("change");
  }
}
customElements.define("lite-browserstate", LiteBrowserState);
