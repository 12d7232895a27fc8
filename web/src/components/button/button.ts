import { css, html } from "lit";
import { LiteComponent } from "../base/component";
import type { ButtonProps } from "../../protocol.gen";

export class LiteButton extends LiteComponent<ButtonProps, string | null> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      :host { min-width: min(160px, 100%); }
      button { width: 100%; font: inherit; font-weight: 600; padding: 0.625rem 1rem; border-radius: 0.5rem; border: 1px solid #e5e7eb; background: #f3f4f6; color: #111827; cursor: pointer; }
      button:hover { filter: brightness(0.96); }
      button.primary { background: #f97316; border-color: #f97316; color: #fff; }
      button.stop { background: #ef4444; border-color: #ef4444; color: #fff; }
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
