import { css, html, nothing } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { LiteComponent } from "../base/component";
import type { SliderProps } from "../../protocol.gen";

// A range input and a number box that edit the same value (as in Gradio).
export class LiteSlider extends LiteComponent<SliderProps, number> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .head { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; }
      input[type="number"] { width: 5rem; padding: 0.25rem 0.375rem; border: var(--input-border-width) solid var(--input-border-color); border-radius: var(--input-radius); background: var(--input-background-fill); }
      /* The track is filled in the accent colour up to the value (--fill), as in Gradio. */
      input[type="range"] { appearance: none; width: 100%; height: 6px; margin: 0.75rem 0 0.5rem; border-radius: 3px; cursor: pointer;
        background: linear-gradient(to right, var(--slider-color) var(--fill, 0%), var(--border-color-primary) var(--fill, 0%)); }
      input[type="range"]:disabled { cursor: default; opacity: 0.6; }
      input[type="range"]::-webkit-slider-thumb { appearance: none; width: 18px; height: 18px; border-radius: 50%; background: white; border: 1px solid var(--checkbox-border-color); box-shadow: var(--shadow-drop); }
      input[type="range"]::-moz-range-thumb { width: 18px; height: 18px; border-radius: 50%; background: white; border: 1px solid var(--checkbox-border-color); box-shadow: var(--shadow-drop); }
      input[type="range"]:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 4px; }
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
    const span = p.maximum - p.minimum;
    const fill = span > 0 ? Math.min(100, Math.max(0, ((this.value - p.minimum) / span) * 100)) : 0;
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
        style=${styleMap({ "--fill": `${fill}%` })}
        .value=${String(this.value)}
        @input=${this.onInput}
        @change=${() => this.emit("release")}
      />`;
  }
}
customElements.define("lite-slider", LiteSlider);
