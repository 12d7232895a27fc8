import { css, html } from "lit";
import type { AccordionProps } from "../../protocol.gen";
import { LiteBlock } from "../base/block";

// A <details> section: its label opens and closes it, keyboard and screen readers included.
export class LiteAccordion extends LiteBlock<AccordionProps> {
  static override properties = { ...LiteBlock.properties, open: { type: Boolean } };
  static override styles = css`
    :host { display: block; }
    :host([hidden]) { display: none; }
    details { border: var(--block-border-width) solid var(--block-border-color); border-radius: var(--block-radius); background: var(--block-background-fill); }
    /* Gradio's chevron on the right (pointing down when open) instead of the ▶ marker. */
    summary { display: flex; align-items: center; justify-content: space-between; list-style: none; cursor: pointer; padding: var(--block-padding); font-size: var(--block-title-text-size); color: var(--body-text-color); }
    summary::-webkit-details-marker { display: none; }
    summary::after { content: ""; width: 0.5rem; height: 0.5rem; margin: 0 0.25rem; border-right: 2px solid currentColor; border-bottom: 2px solid currentColor; transform: rotate(45deg); transition: transform 0.15s; }
    details:not([open]) > summary::after { transform: rotate(-45deg); }
    summary:focus-visible { outline: 2px solid var(--color-accent); outline-offset: -2px; border-radius: var(--block-radius); }
    .body { display: flex; flex-direction: column; gap: var(--layout-gap, 1rem); padding: 0 var(--spacing-xl, 0.75rem) var(--spacing-xl, 0.75rem); }
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
