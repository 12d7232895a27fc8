// Builds the page's element tree from /config's layout and components.

import type { AppConfig, ComponentConfig, LayoutNode } from "../protocol.gen";
import { tagFor } from "../components";
import type { LiteBlock } from "../components/base/block";
import { LiteComponent, type FileBridge } from "../components/base/component";
import { applyTheme } from "./theme";

export type Rendered = Map<number, HTMLElement>;

export function element(config: ComponentConfig, files: FileBridge): HTMLElement {
  const tag = tagFor(config.type);
  if (!tag) {
    const missing = document.createElement("div");
    missing.className = "lite-unsupported";
    missing.textContent = `Component "${config.type}" is not supported yet.`;
    return missing;
  }
  // Every block reads its own props (typed by its generated interface).
  const block = document.createElement(tag) as unknown as LiteBlock & { value?: unknown };
  block.props = config.props as unknown as LiteBlock["props"];
  block.blockId = config.id;
  block.files = files;
  if ("value" in config.props) block.value = config.props.value;
  dress(block, config);
  return block;
}

// Components drawn without Gradio's block card (border, background, padding).
const BARE = new Set(["button", "downloadbutton", "uploadbutton", "markdown", "html", "dataset", "timer"]);

// elem_id and elem_classes as the element's id and classes (so css= written for Gradio
// finds them), Gradio's `block` card, and a Row's sizing: `scale` shares the width
// (0: as wide as the content), `min_width` in pixels.
function dress(block: HTMLElement, config: ComponentConfig): void {
  const props = config.props as Partial<Record<string, unknown>>;
  if (typeof props.elem_id === "string") block.id = props.elem_id;
  if (Array.isArray(props.elem_classes))
    block.classList.add(...props.elem_classes.filter((c) => typeof c === "string"));
  if (block instanceof LiteComponent) {
    block.classList.add("block");
    if (props.container !== false && !BARE.has(config.type)) block.classList.add("lite-card");
  }
  if (typeof props.scale === "number") block.style.setProperty("--lite-scale", String(props.scale));
  if (props.scale === 0) block.style.setProperty("--lite-basis", "auto");
  if (typeof props.min_width === "number") block.style.setProperty("--lite-min-width", `${props.min_width}px`);
}

// Gradio's form components: side by side in a layout, they share one card (Gradio's Form).
const FORM = new Set([
  "textbox",
  "number",
  "slider",
  "checkbox",
  "checkboxgroup",
  "radio",
  "dropdown",
  "datetime",
  "multimodaltextbox",
]);

const FORM_PARENTS = new Set(["lite-column", "lite-row", "lite-tab", "lite-accordion", "lite-sidebar"]);

function inForm(config: ComponentConfig | undefined): boolean {
  return config !== undefined && FORM.has(config.type) && config.props.container !== false;
}

// The card that holds a run of form components, sized in a Row as Gradio sizes its Form:
// the sum of their scales and of their min_widths.
function form(children: ComponentConfig[], parent: HTMLElement): HTMLElement {
  const card = document.createElement("div");
  card.className = "lite-form";
  if (parent.localName === "lite-row") {
    const props = children.map((c) => c.props as Partial<Record<string, unknown>>);
    const scale = props.reduce((sum, p) => sum + (typeof p.scale === "number" ? p.scale : 1), 0);
    const minWidth = props.reduce((sum, p) => sum + (typeof p.min_width === "number" ? p.min_width : 160), 0);
    card.style.setProperty("--lite-scale", String(scale));
    card.style.setProperty("--lite-min-width", `${String(minWidth)}px`);
  }
  parent.append(card);
  return card;
}

export function renderLayout(config: AppConfig, into: HTMLElement, files: FileBridge): Rendered {
  const byId = new Map(config.components.map((c) => [c.id, c]));
  const rendered: Rendered = new Map();
  const build = (node: LayoutNode, parent: HTMLElement) => {
    const component = byId.get(node.id);
    if (!component) return;
    const el = element(component, files);
    rendered.set(node.id, el);
    buildChildren(node.children ?? [], el);
    parent.append(el);
  };
  const buildChildren = (children: LayoutNode[], parent: HTMLElement) => {
    // Within the layouts that lay blocks out; not in a Group (one card already) nor a
    // Draggable (its children are what it moves), nor at the top of a multipage app, where
    // each block belongs to one page.
    const grouping = parent === into ? config.pages.length < 2 : FORM_PARENTS.has(parent.localName);
    for (let i = 0; i < children.length;) {
      let end = i;
      while (grouping && end < children.length && inForm(byId.get(children[end].id))) end++;
      if (end === i) {
        build(children[i], parent);
        i++;
        continue;
      }
      const card = form(
        children.slice(i, end).flatMap((c) => byId.get(c.id) ?? []),
        parent,
      );
      for (const child of children.slice(i, end)) build(child, card);
      i = end;
    }
  };
  buildChildren(config.layout.children ?? [], into);
  applyTheme(config, into);
  return rendered;
}
