import { css, html } from "lit";
import type { RowProps } from "../../protocol.gen";
import { LiteBlock } from "../base/block";

export class LiteRow extends LiteBlock<RowProps> {
  static override styles = css`
    :host { display: flex; flex-wrap: wrap; gap: var(--layout-gap, 1rem); width: 100%; }
    :host([hidden]) { display: none; }
    :host([equal-height]) { align-items: stretch; }
    :host(:not([equal-height])) { align-items: flex-start; }
  `;

  override updated(changed?: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.setAttribute("variant", this.props.variant);
    this.toggleAttribute("equal-height", this.props.equal_height);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define("lite-row", LiteRow);
