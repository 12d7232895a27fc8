import { LitElement, css, html } from "lit";

// A <details> section: its label opens and closes it, keyboard and screen readers included.
export class LiteAccordion extends LitElement {
  static override properties = { label: {}, open: { type: Boolean } };
  static override styles = css`
    :host { display: block; }
    details { border: 1px solid #e5e7eb; border-radius: 0.5rem; background: #fff; }
    summary { cursor: pointer; padding: 0.625rem 0.75rem; font-weight: 600; font-size: 0.875rem; }
    .body { display: flex; flex-direction: column; gap: 1rem; padding: 0 0.75rem 0.75rem; }
  `;

  label = "";
  open = false;

  override render() {
    return html`<details ?open=${this.open} @toggle=${(e: Event) => (this.open = (e.target as HTMLDetailsElement).open)}>
      <summary>${this.label}</summary>
      <div class="body"><slot></slot></div>
    </details>`;
  }
}
customElements.define("lite-accordion", LiteAccordion);
