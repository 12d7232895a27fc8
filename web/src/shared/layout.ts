// Builds the page's element tree from /config's layout and components.

import type { AppConfig, ComponentConfig, LayoutNode } from "../protocol.gen";
import { tagFor } from "../components";
import type { LiteBlock } from "../components/base/block";
import type { FileBridge } from "../components/base/component";

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
  if (typeof config.props.scale === "number") block.style.flexGrow = String(config.props.scale);
  if (typeof config.props.elem_id === "string") block.id = config.props.elem_id;
  return block;
}

export function renderLayout(config: AppConfig, into: HTMLElement, files: FileBridge): Rendered {
  const byId = new Map(config.components.map((c) => [c.id, c]));
  const rendered: Rendered = new Map();
  const build = (node: LayoutNode, parent: HTMLElement) => {
    const component = byId.get(node.id);
    if (!component) return;
    const el = element(component, files);
    rendered.set(node.id, el);
    for (const child of node.children ?? []) build(child, el);
    parent.append(el);
  };
  for (const child of config.layout.children ?? []) build(child, into);
  return rendered;
}
