// Python component type -> custom element (same name on both sides).

import "./button/button";
import "./checkbox/checkbox";
import "./column/column";
import "./number/number";
import "./radio/radio";
import "./row/row";
import "./slider/slider";
import "./textbox/textbox";

const TAGS: Record<string, string> = {
  button: "lite-button",
  checkbox: "lite-checkbox",
  column: "lite-column",
  number: "lite-number",
  radio: "lite-radio",
  row: "lite-row",
  slider: "lite-slider",
  textbox: "lite-textbox",
};

export function tagFor(type: string): string | undefined {
  return TAGS[type];
}
