import { css, html } from "lit";
import { LiteComponent } from "../base/component";
import type { JSONProps } from "../../protocol.gen";

export class LiteJson extends LiteComponent<JSONProps> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`pre { margin: 0; padding: 0.75rem; background: var(--background-fill-secondary); border: 1px solid var(--border-color-primary); border-radius: 0.5rem; overflow: auto; font-size: 0.8125rem; min-height: 1.5rem; }`,
  ];

  override render() {
    const text = this.value === null || this.value === undefined ? "" : JSON.stringify(this.value, null, 2);
    return html`<span class="${this.labelClass}" id="label">${this.props.label ?? "JSON"}</span>
      <pre role="region" aria-labelledby="label">${text}</pre>`;
  }
}
customElements.define("lite-json", LiteJson);
