import { css, html, nothing } from "lit";
import type { NativePlotProps } from "../../protocol.gen";
import { VegaSlot, draw, type PlotData } from "../../shared/vega";
import { LiteComponent, errorText } from "./component";

// What LinePlot, ScatterPlot and BarPlot share: a chart of the table, redrawn when it changes.
export class LiteNativePlot extends LiteComponent<NativePlotProps, PlotData | null> {
  static override properties = { ...LiteComponent.properties, error: { state: true } };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .chart { width: 100%; min-height: 8rem; border: 1px solid var(--border-color-primary); border-radius: 0.5rem; background: var(--background-fill-primary); padding: 0.5rem; box-sizing: border-box; }
      .caption, .empty { color: var(--body-text-color-subdued); font-size: 0.8125rem; }
      .error { color: var(--error-text-color); font-size: 0.8125rem; }
    `,
  ];

  error: string | null = null;
  private readonly chart = new VegaSlot();

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const value = this.value;
    const view = this.renderRoot.querySelector<HTMLElement>(".view");
    const drawIt = value && view ? () => draw(view, value, this.props) : null;
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

  override render() {
    const p = this.props;
    const label = p.label ?? "Plot";
    return html`<span class=${this.labelClass}>${label}</span>
      <div class="chart" role="figure" aria-label=${label}><div class="view"></div></div>
      ${this.value ? nothing : html`<span class="empty">No data</span>`}
      ${p.caption ? html`<div class="caption">${p.caption}</div>` : nothing}
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}`;
  }
}
