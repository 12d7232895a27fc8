import { css, html } from "lit";
import { buttonStyles } from "../base/button-styles";
import { LiteComponent } from "../base/component";
import type { ButtonProps } from "../../protocol.gen";

export class LiteButton extends LiteComponent<ButtonProps, string | null> {
  static override styles = [
    LiteComponent.sharedStyles,
    buttonStyles,
    css`
      :host { min-width: min(160px, 100%); }
    `,
  ];

  override render() {
    return html`<button class="${this.props.variant} ${this.props.size}" ?disabled=${this.props.interactive === false} @click=${() => this.emit("click")}>
      ${this.value ?? ""}
    </button>`;
  }
}
customElements.define("lite-button", LiteButton);
