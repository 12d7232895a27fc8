import { css, html, nothing } from "lit";
import type { PlotProps } from "../../protocol.gen";
import { VegaSlot, drawSpec } from "../../shared/vega";
import { LiteComponent, errorText } from "../base/component";

interface PlotData {
  type: string;
  plot: string;
}

// gr.Plot: a matplotlib figure arrives as an image Python rendered; an Altair chart as
// its Vega-Lite spec, drawn here with the native plots' library (a chunk loaded on use).
export class LitePlot extends LiteComponent<PlotProps, PlotData | null> {
  static override properties = { ...LiteComponent.properties, error: { state: true } };
  error: string | null = null;
  private readonly chart = new VegaSlot();

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (changed.has("value")) this.error = null;
    const value = this.value;
    const view = this.renderRoot.querySelector<HTMLElement>(".vega");
    const drawIt =
      value?.type === "altair" && view ? () => drawSpec(view, JSON.parse(value.plot) as Record<string, unknown>) : null;
    this.chart.show(
      value,
      drawIt,
      () => this.value,
      (e) => (this.error = errorText(e)),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chart.dispose();
  }

  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .plot { border: 1px solid var(--border-color-primary); border-radius: 0.5rem; background: var(--background-fill-primary); min-height: 8rem; display: flex; align-items: center; justify-content: center; }
      img { max-width: 100%; display: block; }
      .empty { color: var(--input-placeholder-color); font-size: 0.875rem; }
      .vega { width: 100%; padding: 0.5rem; box-sizing: border-box; }
      .error { color: var(--error-text-color); font-size: 0.8125rem; }
    `,
  ];

  override render() {
    const label = this.props.label ?? "Plot";
    const value = this.value;
    return html`<span class=${this.labelClass}>${label}</span>
      <div class="plot" role="group" aria-label=${label}>
        ${value?.type === "matplotlib" ? html`<img src=${value.plot} alt=${label} />` : nothing}
        ${value?.type === "altair" ? html`<div class="vega"></div>` : nothing}
        ${this.error ? html`<span class="error">${this.error}</span>` : nothing}
        ${value === null ? html`<span class="empty">No plot</span>` : nothing}
      </div>`;
  }
}
customElements.define("lite-plot", LitePlot);
