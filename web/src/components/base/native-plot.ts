import { css, html, nothing } from "lit";
import type { NativePlotProps } from "../../protocol.gen";
import { draw, type PlotData } from "../../shared/vega";
import { LiteComponent, errorText } from "./component";

// What LinePlot, ScatterPlot and BarPlot share: a chart of the table, redrawn when it changes.
export class LiteNativePlot extends LiteComponent<NativePlotProps, PlotData | null> {
  static override properties = { ...LiteComponent.properties, error: { state: true } };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .chart { width: 100%; min-height: 8rem; border: 1px solid #e5e7eb; border-radius: 0.5rem; background: #fff; padding: 0.5rem; box-sizing: border-box; }
      .caption, .empty { color: #6b7280; font-size: 0.8125rem; }
      .error { color: #b91c1c; font-size: 0.8125rem; }
    `,
  ];

  error: string | null = null;
  private drawn: unknown = undefined;
  private free: (() => void) | null = null;

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.value === this.drawn) return;
    const value = (this.drawn = this.value);
    this.free?.();
    this.free = null;
    const chart = this.renderRoot.querySelector<HTMLElement>(".view");
    if (!value || !chart) return;
    draw(chart, value, this.props).then(
      (free) => (this.value === value ? (this.free = free) : free()),
      (e: unknown) => (this.error = errorText(e)),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.free?.();
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
