import { css, html } from "lit";
import type { ColumnProps } from "../../protocol.gen";
import { LiteBlock } from "../base/block";

export class LiteColumn extends LiteBlock<ColumnProps> {
  static override styles = css`
    :host { display: flex; flex-direction: column; gap: var(--layout-gap, 1rem); flex: 1 1 0; min-width: min(320px, 100%); box-sizing: border-box; }
    :host([hidden]) { display: none; }
    :host([variant="panel"]) { padding: var(--spacing-xl, 1rem); border: var(--panel-border-width) solid var(--panel-border-color); border-radius: var(--container-radius, var(--radius-lg)); background: var(--panel-background-fill); }
  `;

  override updated(changed?: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.setAttribute("variant", this.props.variant);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define("lite-column", LiteColumn);
