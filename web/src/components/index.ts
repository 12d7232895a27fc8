// Python component type -> custom element (same name on both sides).

import "./accordion/accordion";
import "./audio/audio";
import "./button/button";
import "./checkbox/checkbox";
import "./checkboxgroup/checkboxgroup";
import "./column/column";
import "./dataframe/dataframe";
import "./dataset/dataset";
import "./dropdown/dropdown";
import "./file/file";
import "./gallery/gallery";
import "./html/html";
import "./image/image";
import "./json/json";
import "./label/label";
import "./markdown/markdown";
import "./number/number";
import "./radio/radio";
import "./row/row";
import "./slider/slider";
import "./textbox/textbox";
import "./video/video";

const TAGS: Record<string, string> = {
  accordion: "lite-accordion",
  audio: "lite-audio",
  button: "lite-button",
  checkbox: "lite-checkbox",
  checkboxgroup: "lite-checkboxgroup",
  column: "lite-column",
  dataframe: "lite-dataframe",
  dataset: "lite-dataset",
  dropdown: "lite-dropdown",
  file: "lite-file",
  gallery: "lite-gallery",
  html: "lite-html",
  image: "lite-image",
  json: "lite-json",
  label: "lite-label",
  markdown: "lite-markdown",
  number: "lite-number",
  radio: "lite-radio",
  row: "lite-row",
  slider: "lite-slider",
  textbox: "lite-textbox",
  video: "lite-video",
};

// Blocks with nothing to show: their values live in Python.
const INVISIBLE = new Set(["state"]);

export function isInvisible(type: string): boolean {
  return INVISIBLE.has(type);
}

export function tagFor(type: string): string | undefined {
  return TAGS[type];
}
