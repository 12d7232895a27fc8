import { css, html, nothing } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { LiteComponent } from "../base/component";
import type { SliderProps } from "../../protocol.gen";

// A range input between its minimum and maximum, and a number box with a reset button, that
// edit the same value (as in Gradio).
export class LiteSlider extends LiteComponent<SliderProps, number> {
  // The value the app started with: what reset (↺) goes back to, as Gradio's.
  private initial: number | null = null;

  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .head { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; }
      .box { display: flex; border: var(--input-border-width) solid var(--input-border-color); border-radius: var(--input-radius); background: var(--input-background-fill); }
      input[type="number"] { width: 5rem; padding: 0.25rem 0.375rem; border: none; border-radius: var(--input-radius); background: transparent; color: inherit; font: inherit; }
      input[type="number"]:focus { outline: none; box-shadow: inset 0 0 0 1px var(--color-accent); }
      .reset { padding: 0 0.5rem; border: none; border-left: 1px solid var(--input-border-color); background: none; color: var(--body-text-color); font-size: var(--text-sm); cursor: pointer; }
      .reset:hover:not(:disabled) { background: var(--background-fill-secondary); }
      .reset:disabled { opacity: 0.5; cursor: not-allowed; }
      .track { display: flex; align-items: center; gap: 0.25rem; }
      .track span { font-size: var(--text-sm); color: var(--body-text-color-subdued); }
      @media (max-width: 480px) { .track span { display: none; } }
      /* The track is filled in the accent colour up to the value (--fill), as in Gradio. */
      input[type="range"] { appearance: none; flex: 1; min-width: 0; height: 6px; margin: 0.75rem 0 0.5rem; border-radius: 3px; cursor: pointer;
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

  // A number typed out of range comes back into it when the box is left, as Gradio's.
  private clamp(event: Event): void {
    const input = event.target as HTMLInputElement;
    const { minimum, maximum } = this.props;
    const clamped = Math.min(
      maximum,
      Math.max(minimum, Number.isNaN(input.valueAsNumber) ? this.value : input.valueAsNumber),
    );
    input.value = String(clamped);
    if (clamped !== this.value) this.commit(clamped, "input", "change");
  }

  private reset(): void {
    if (this.initial === null) return;
    this.commit(this.initial, "change", "release");
  }

  // Kept before the first render, not during it: rendering draws, it does not remember.
  override willUpdate(): void {
    this.initial ??= this.value;
  }

  override render() {
    const p = this.props;
    const label = p.label ?? "Slider";
    const span = p.maximum - p.minimum;
    const fill = span > 0 ? Math.min(100, Math.max(0, ((this.value - p.minimum) / span) * 100)) : 0;
    return html`<div class="head">
        <label class=${this.labelClass} for="range">${label}</label>
        <span class="box">
          <input
          type="number"
          aria-label=${`number input for ${label}`}
          min=${p.minimum}
          max=${p.maximum}
          step=${p.step}
          ?disabled=${!this.interactive}
          .value=${String(this.value)}
          @input=${this.onInput}
          @blur=${this.clamp}
        />
          ${
            p.show_reset_button
              ? html`<button class="reset" aria-label="Reset to default value" ?disabled=${!this.interactive} @click=${this.reset}>↺</button>`
              : nothing
          }
        </span>
      </div>
      ${p.info ? html`<span class="info">${p.info}</span>` : nothing}
      <div class="track">
      <span aria-hidden="true">${p.minimum}</span>
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
      />
      <span aria-hidden="true">${p.maximum}</span>
      </div>`;
  }
}
customElements.define("lite-slider", LiteSlider);
