import { css, html, nothing } from "lit";
import type { ComponentProps } from "../../protocol.gen";
import { LiteComponent } from "../base/component";

// gr.ColorPicker: the browser's colour input; the value is "#rrggbb".
export class LiteColorPicker extends LiteComponent<ComponentProps, string | null> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .row { display: flex; align-items: center; gap: 0.5rem; }
      input[type="color"] { width: 3rem; height: 2.25rem; padding: 0.125rem; border: var(--input-border-width) solid var(--input-border-color); border-radius: 0.375rem; background: var(--input-background-fill); }
      code { font-size: 0.8125rem; color: var(--body-text-color-subdued); }
    `,
  ];

  private onInput(event: Event): void {
    this.commit((event.target as HTMLInputElement).value, "input");
  }

  private onChange(event: Event): void {
    this.commit((event.target as HTMLInputElement).value, "change");
  }

  override render() {
    const p = this.props;
    return html`<label class=${this.labelClass} for="color">${p.label ?? "Color Picker"}</label>
      ${p.info ? html`<span class="info">${p.info}</span>` : nothing}
      <div class="row">
        <input
          id="color"
          type="color"
          ?disabled=${!this.interactive}
          .value=${this.value ?? "#000000"}
          @input=${this.onInput}
          @change=${this.onChange}
        />
        <code>${this.value ?? ""}</code>
      </div>`;
  }
}
customElements.define("lite-colorpicker", LiteColorPicker);
