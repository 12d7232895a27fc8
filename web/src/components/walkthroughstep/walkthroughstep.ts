import { css, html } from "lit";
import type { StepProps } from "../../protocol.gen";
import { LiteBlock } from "../base/block";

// One step's children; its Walkthrough shows the selected step and hides the others.
export class LiteWalkthroughStep extends LiteBlock<StepProps> {
  static override properties = { ...LiteBlock.properties, active: { type: Boolean, reflect: true } };
  static override styles = css`
    :host { display: flex; flex-direction: column; gap: 1rem; }
    :host(:not([active])), :host([hidden]) { display: none; }
  `;

  active = false;

  // Chosen by the user: tells the app, as Gradio's Step.select.
  choose(index: number): void {
    this.fire("select", this.props.label, { index, value: this.props.label, selected: true });
  }

  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define("lite-walkthroughstep", LiteWalkthroughStep);
