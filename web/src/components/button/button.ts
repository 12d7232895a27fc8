import { css, html } from "lit";
import { LiteComponent } from "../base/component";
import type { ButtonProps } from "../../protocol.gen";

export class LiteButton extends LiteComponent<ButtonProps, string | null> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      :host { min-width: min(160px, 100%); }
      button { width: 100%; font: inherit; font-weight: 600; padding: var(--button-large-padding, 0.625rem 1rem); border-radius: var(--button-large-radius, 0.5rem); border: 1px solid var(--button-secondary-border-color); background: var(--button-secondary-background-fill); color: var(--button-secondary-text-color); cursor: pointer; }
      button:hover { background: var(--button-secondary-background-fill-hover); }
      button.primary { background: var(--button-primary-background-fill); border-color: var(--button-primary-border-color); color: var(--button-primary-text-color); }
      button.primary:hover { background: var(--button-primary-background-fill-hover); }
      button.stop { background: var(--button-cancel-background-fill); border-color: var(--button-cancel-border-color); color: var(--button-cancel-text-color); }
      button.stop:hover { background: var(--button-cancel-background-fill-hover); }
      button:disabled { opacity: 0.6; cursor: default; }
    `,
  ];

  override render() {
    return html`<button class=${this.props.variant} ?disabled=${this.props.interactive === false} @click=${() => this.emit("click")}>
      ${this.value ?? ""}
    </button>`;
  }
}
customElements.define("lite-button", LiteButton);
