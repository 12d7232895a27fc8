// Charts for the native plots: Gradio's PlotData and plot props as a Vega-Lite spec, drawn
// with vega-embed. The library is a chunk of its own, fetched only when a plot is shown.

import type { NativePlotProps } from "../protocol.gen";

export interface PlotData {
  columns: string[];
  data: unknown[][];
  datatypes: Record<string, "quantitative" | "nominal" | "temporal">;
  mark: string;
}

export function spec(plot: PlotData, props: NativePlotProps): Record<string, unknown> {
  const values = plot.data.map((row) => Object.fromEntries(plot.columns.map((name, i) => [name, row[i]])));
  const x = props.x ?? plot.columns[0];
  const y = props.y ?? plot.columns[1];
  const axis = (field: string, title: string | null, limits: number[] | null) => ({
    field,
    type: plot.datatypes[field] ?? "nominal",
    title: title ?? field,
    ...(limits ? { scale: { domain: limits } } : {}),
  });
  // Gradio's tooltip: "axis" (the default: the marks' own values), "all" (every column),
  // "none", or the columns to show.
  const asked = props.tooltip;
  const tooltip =
    asked === false || asked === "none"
      ? undefined
      : Array.isArray(asked)
        ? asked
        : asked === "all"
          ? plot.columns
          : true;
  const encoding: Record<string, unknown> = {
    x: { ...axis(x, props.x_title, props.x_lim), ...(typeof props.sort === "string" ? { sort: props.sort } : {}) },
    y: { ...axis(y, props.y_title, props.y_lim), ...(props.y_aggregate ? { aggregate: props.y_aggregate } : {}) },
  };
  if (props.color) encoding.color = axis(props.color, props.color_title, null);
  if (Array.isArray(tooltip)) encoding.tooltip = tooltip.map((field) => ({ field, type: plot.datatypes[field] }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    data: { values },
    mark: { type: plot.mark, tooltip: tooltip === true, ...(plot.mark === "line" ? { point: false } : {}) },
    encoding,
    width: "container",
    height: props.height ?? 300,
    ...(props.title ? { title: props.title } : {}),
  };
}

// The chart in the app's theme, light or dark: text, grid and axes in its colours and the
// marks in its accent, on the block's own background (Vega's defaults are for white pages).
function themed(into: HTMLElement): Record<string, unknown> {
  const style = getComputedStyle(into);
  const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const text = get("--body-text-color", "#1f2937");
  const subdued = get("--body-text-color-subdued", "#4b5563");
  const lines = get("--border-color-primary", "#e5e7eb");
  const accent = get("--color-accent", "#f97316");
  return {
    background: null,
    font: get("--font", "sans-serif"),
    axis: { labelColor: subdued, titleColor: text, gridColor: lines, domainColor: lines, tickColor: lines },
    legend: { labelColor: subdued, titleColor: text },
    title: { color: text },
    view: { stroke: null },
    mark: { color: accent },
  };
}

// Draws `plot` into `into`; the returned function frees the view.
export async function draw(into: HTMLElement, plot: PlotData, props: NativePlotProps): Promise<() => void> {
  return drawSpec(into, spec(plot, props));
}

// Draws a Vega-Lite spec (a native plot's, or an Altair chart's as Python sent it).
export async function drawSpec(into: HTMLElement, vegaLite: Record<string, unknown>): Promise<() => void> {
  const { default: embed } = await import("vega-embed");
  // No actions menu, no stylesheet and no tooltip element added to the host page (styles
  // and elements stay inside the app); Vega's own tooltips are the browser's titles.
  const result = await embed(into, vegaLite, {
    actions: false,
    defaultStyle: false,
    tooltip: false,
    renderer: "svg",
    config: themed(into),
  });
  return () => result.finalize();
}

// One chart per element: a new value frees the view drawn for the last one, and a draw
// that finishes after its value was replaced frees itself (what gr.Plot and the native
// plots share).
export class VegaSlot {
  private drawn: unknown = undefined;
  private free: (() => void) | null = null;

  // Draws `value` with `draw` unless it is the one already drawn; `current` says which
  // value the element shows when the draw finishes.
  show<V>(value: V, draw: (() => Promise<() => void>) | null, current: () => V, fail: (e: unknown) => void): void {
    if (value === this.drawn) return;
    this.drawn = value;
    this.dispose();
    draw?.().then((free) => (current() === value ? (this.free = free) : free()), fail);
  }

  dispose(): void {
    this.free?.();
    this.free = null;
  }
}
