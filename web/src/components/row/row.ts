import { LitElement, css, html } from "lit";

export class LiteRow extends LitElement {
  static override styles = css`
    :host { display: flex; flex-wrap: wrap; gap: 1rem; width: 100%; }
    :host([equal-height]) { align-items: stretch; }
    :host(:not([equal-height])) { align-items: flex-start; }
  `;

  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define("lite-row", LiteRow);
