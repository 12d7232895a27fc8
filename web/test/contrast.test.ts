// WCAG AA for every text/background pair the default theme defines, light and dark: 4.5:1
// for text, 3:1 for controls (the accent a slider or checkbox is drawn in). The values are
// read from lite.css as shipped.

/// <reference types="node" />
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const css = readFileSync(new URL("../src/lite.css", import.meta.url), "utf8");

function block(selectorStart: string): Record<string, string> {
  const start = css.indexOf(selectorStart);
  const body = css.slice(css.indexOf("{", start) + 1, css.indexOf("}", start));
  const entries = [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]);
  return Object.fromEntries(entries) as Record<string, string>;
}

const light = block(":where(gradio-lite, .lite-app, .lite-theme)");
const modes = { light, dark: { ...light, ...block(":where(gradio-lite.dark") } };

function resolve(vars: Record<string, string>, value: string): string {
  const ref = /^var\((--[\w-]+)\)$/.exec(value);
  return ref ? resolve(vars, vars[ref[1]]) : value;
}

function rgb(color: string): number[] {
  if (color === "white") return [255, 255, 255];
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (!hex) throw new Error(`not a plain colour: ${color}`);
  return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16));
}

function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT: [string, string][] = [
  ["body-text-color", "body-background-fill"],
  ["body-text-color", "block-background-fill"],
  ["body-text-color", "input-background-fill"],
  ["body-text-color", "input-background-fill-readonly"],
  ["body-text-color", "panel-background-fill"],
  ["body-text-color", "background-fill-secondary"],
  ["body-text-color", "code-background-fill"],
  ["body-text-color", "table-odd-background-fill"],
  ["body-text-color-subdued", "body-background-fill"],
  ["body-text-color-subdued", "block-background-fill"],
  ["body-text-color-subdued", "background-fill-secondary"],
  ["block-title-text-color", "block-background-fill"],
  ["block-label-text-color", "block-background-fill"],
  ["block-info-text-color", "block-background-fill"],
  ["input-placeholder-color", "input-background-fill"],
  ["button-primary-text-color", "button-primary-background-fill"],
  ["button-primary-text-color", "button-primary-background-fill-hover"],
  ["button-secondary-text-color", "button-secondary-background-fill"],
  ["button-secondary-text-color", "button-secondary-background-fill-hover"],
  ["button-cancel-text-color", "button-cancel-background-fill"],
  ["button-cancel-text-color", "button-cancel-background-fill-hover"],
  ["link-text-color", "body-background-fill"],
  ["link-text-color", "block-background-fill"],
  ["accent-text-color", "body-background-fill"],
  ["accent-text-color", "color-accent-soft"],
  ["error-text-color", "error-background-fill"],
];
const CONTROLS: [string, string][] = [
  ["color-accent", "block-background-fill"],
  ["color-accent", "input-background-fill"],
  ["checkbox-border-color", "block-background-fill"],
];

describe.each(Object.entries(modes))("the default theme, %s", (_mode, vars) => {
  const ratio = (fg: string, bg: string) => contrast(resolve(vars, `var(--${fg})`), resolve(vars, `var(--${bg})`));
  it.each(TEXT)("text %s on %s reaches 4.5:1", (fg, bg) => {
    expect(ratio(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(CONTROLS)("control %s on %s reaches 3:1", (fg, bg) => {
    expect(ratio(fg, bg)).toBeGreaterThanOrEqual(3);
  });
});

it("computes WCAG's ratio", () => {
  expect(contrast("#000000", "white")).toBeCloseTo(21);
  expect(contrast("white", "#f97316")).toBeLessThan(3); // Gradio's own primary button
});
