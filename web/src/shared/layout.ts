// Builds the page's element tree from /config's layout and components.

import type { AppConfig, ComponentConfig, LayoutNode } from "../protocol.gen";
import { isInvisible, tagFor } from "../components";
import type { FileBridge, LiteComponent } from "../components/base/component";

export type Rendered = Map<number, HTMLElement>;

function element(config: ComponentConfig, files: FileBridge): HTMLElement {
  const tag = tagFor(config.type);
  if (!tag) {
    const missing = document.createElement("div");
    missing.className = "lite-unsupported";
    missing.textContent = `Component "${config.type}" is not supported yet.`;
    return missing;
  }
  const el = document.createElement(tag);
  const props = config.props;
  if (config.type === "accordion") {
    Object.assign(el, { label: props.label ?? "", open: Boolean(props.open) });
    return el;
  }
  if (config.type === "row" || config.type === "column") {
    if (props.variant) el.setAttribute("variant", String(props.variant));
    if (props.equal_height) el.setAttribute("equal-height", "");
    if (typeof props.scale === "number") el.style.flexGrow = String(props.scale);
    return el;
  }
  const component = el as LiteComponent;
  component.props = props as unknown as LiteComponent["props"];
  component.value = props.value;
  component.blockId = config.id;
  component.files = files;
  if (typeof props.scale === "number") el.style.flexGrow = String(props.scale);
  return el;
}

export function renderLayout(config: AppConfig, into: HTMLElement, files: FileBridge): Rendered {
  const byId = new Map(config.components.map((c) => [c.id, c]));
  const rendered: Rendered = new Map();
  const build = (node: LayoutNode, parent: HTMLElement) => {
    const component = byId.get(node.id);
    if (!component || isInvisible(component.type)) return;
    const el = element(component, files);
    if (component.props.elem_id) el.id = String(component.props.elem_id);
    rendered.set(node.id, el);
    for (const child of node.children ?? []) build(child, el);
    parent.append(el);
  };
  for (const child of config.layout.children ?? []) build(child, into);
  return rendered;
}
