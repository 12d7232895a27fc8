import { LitElement, css, html } from "lit";

export class LiteColumn extends LitElement {
  static override styles = css`
    :host { display: flex; flex-direction: column; gap: 1rem; flex: 1 1 0; min-width: min(320px, 100%); box-sizing: border-box; }
    :host([variant="panel"]) { padding: 1rem; border: 1px solid #e5e7eb; border-radius: 0.75rem; background: #fafafa; }
  `;

  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define("lite-column", LiteColumn);
