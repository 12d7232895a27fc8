import { css, html } from "lit";
import { LiteBlock } from "../base/block";

// gr.Group: its children in one box, with no gaps between them.
export class LiteGroup extends LiteBlock {
  static override styles = css`
    :host { display: flex; flex-direction: column; gap: 0; border: var(--block-border-width) solid var(--block-border-color); border-radius: var(--block-radius); overflow: hidden; background: var(--block-background-fill); }
    :host([hidden]) { display: none; }
    ::slotted(*) { border-radius: 0; padding: 0.625rem 0.75rem; box-sizing: border-box; }
    ::slotted(:not(:first-child)) { border-top: 1px solid var(--border-color-primary); }
  `;

  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define("lite-group", LiteGroup);
