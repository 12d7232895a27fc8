import { css, html, nothing } from "lit";
import { LiteComponent } from "../base/component";
import type { ComponentProps } from "../../protocol.gen";

export class LiteCheckbox extends LiteComponent<ComponentProps, boolean> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`label.box { display: inline-flex; gap: 0.5rem; align-items: center; cursor: pointer; }
        input { accent-color: var(--color-accent); width: 1rem; height: 1rem; margin: 0; flex: none; }`,
  ];

  private onChange(event: Event): void {
    this.commit((event.target as HTMLInputElement).checked, "input", "change", "select");
  }

  override render() {
    const p = this.props;
    return html`${p.info ? html`<span class="info">${p.info}</span>` : nothing}
      <label class="box">
        <input type="checkbox" ?disabled=${!this.interactive} .checked=${this.value} @change=${this.onChange} />
        <span>${p.label ?? "Checkbox"}</span>
      </label>`;
  }
}
customElements.define("lite-checkbox", LiteCheckbox);
