import { css, html, nothing } from "lit";
import { LiteComponent } from "../base/component";
import type { SliderProps } from "../../protocol.gen";

// A range input and a number box that edit the same value (as in Gradio).
export class LiteSlider extends LiteComponent<SliderProps, number> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .head { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; }
      input[type="number"] { width: 5rem; padding: 0.25rem 0.375rem; border: 1px solid var(--input-border-color); border-radius: 0.375rem; }
      input[type="range"] { width: 100%; accent-color: var(--color-accent); }
    `,
  ];

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.value === "" || Number.isNaN(input.valueAsNumber)) return;
    this.commit(input.valueAsNumber, "input", "change");
  }

  override render() {
    const p = this.props;
    const label = p.label ?? "Slider";
    return html`<div class="head">
        <label class=${this.labelClass} for="range">${label}</label>
        <input
          type="number"
          aria-label=${`number input for ${label}`}
          min=${p.minimum}
          max=${p.maximum}
          step=${p.step}
          ?disabled=${!this.interactive}
          .value=${String(this.value)}
          @input=${this.onInput}
        />
      </div>
      ${p.info ? html`<span class="info">${p.info}</span>` : nothing}
      <input
        id="range"
        type="range"
        min=${p.minimum}
        max=${p.maximum}
        step=${p.step}
        ?disabled=${!this.interactive}
        .value=${String(this.value)}
        @input=${this.onInput}
        @change=${() => this.emit("release")}
      />`;
  }
}
customElements.define("lite-slider", LiteSlider);
