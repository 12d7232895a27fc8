import { css, html } from "lit";
import type { AccordionProps } from "../../protocol.gen";
import { LiteBlock } from "../base/block";

// A <details> section: its label opens and closes it, keyboard and screen readers included.
export class LiteAccordion extends LiteBlock<AccordionProps> {
  static override properties = { ...LiteBlock.properties, open: { type: Boolean } };
  static override styles = css`
    :host { display: block; }
    :host([hidden]) { display: none; }
    details { border: 1px solid var(--border-color-primary); border-radius: 0.5rem; background: var(--background-fill-primary); }
    summary { cursor: pointer; padding: 0.625rem 0.75rem; font-weight: 600; font-size: 0.875rem; }
    .body { display: flex; flex-direction: column; gap: 1rem; padding: 0 0.75rem 0.75rem; }
  `;

  // Starts as the app says, then follows the user's clicks.
  open = false;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has("props")) this.open = this.props.open;
  }

  override render() {
    return html`<details ?open=${this.open} @toggle=${(e: Event) => (this.open = (e.target as HTMLDetailsElement).open)}>
      <summary>${this.props.label ?? ""}</summary>
      <div class="body"><slot></slot></div>
    </details>`;
  }
}
customElements.define("lite-accordion", LiteAccordion);
