import { css, html } from "lit";
import type { TabProps } from "../../protocol.gen";
import { LiteBlock } from "../base/block";

// One tab's children; its Tabs shows the selected one and hides the others.
export class LiteTab extends LiteBlock<TabProps> {
  static override properties = { ...LiteBlock.properties, active: { type: Boolean, reflect: true } };
  static override styles = css`
    :host { display: flex; flex-direction: column; gap: 1rem; }
    :host(:not([active])), :host([hidden]) { display: none; }
  `;

  active = false;

  // Chosen by the user (or the app): tells the app, as Gradio's Tab.select.
  choose(index: number): void {
    this.fire("select", this.props.label, { index, value: this.props.label, selected: true });
  }

  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define("lite-tab", LiteTab);
