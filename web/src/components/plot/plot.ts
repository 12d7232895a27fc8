import { css, html, nothing } from "lit";
import type { PlotProps } from "../../protocol.gen";
import { LiteComponent } from "../base/component";

interface PlotData {
  type: string;
  plot: string;
}

// gr.Plot: a matplotlib figure arrives as an image Python rendered.
export class LitePlot extends LiteComponent<PlotProps, PlotData | null> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .plot { border: 1px solid #e5e7eb; border-radius: 0.5rem; background: #fff; min-height: 8rem; display: flex; align-items: center; justify-content: center; }
      img { max-width: 100%; display: block; }
      .empty { color: #9ca3af; font-size: 0.875rem; }
    `,
  ];

  override render() {
    const label = this.props.label ?? "Plot";
    const value = this.value;
    return html`<span class=${this.labelClass}>${label}</span>
      <div class="plot" role="group" aria-label=${label}>
        ${value?.type === "matplotlib" ? html`<img src=${value.plot} alt=${label} />` : nothing}
        ${value === null ? html`<span class="empty">No plot</span>` : nothing}
      </div>`;
  }
}
customElements.define("lite-plot", LitePlot);
