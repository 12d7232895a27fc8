// gr.render in the page: what a render's run built replaces what its last run built,
// inside the render's container. A block with a key keeps its element (and the props its
// `preserved_by_key` names, the value the user typed by default); the rest is new.

import type { ComponentConfig, LayoutNode, RenderConfig } from "../protocol.gen";
import { tagFor } from "../components";
import type { LiteBlock } from "../components/base/block";
import type { FileBridge } from "../components/base/component";
import { element, type Rendered } from "./layout";

type Block = LiteBlock & { value?: unknown };

// Swaps the run's blocks into the page; `rendered` (the page's elements by block id)
// loses the previous run's and gains this one's.
export function applyRender(render: RenderConfig, rendered: Rendered, files: FileBridge): void {
  const container = rendered.get(render.layout.id);
  if (!container) return;
  const byId = new Map(render.components.map((c) => [c.id, c]));
  const previous = [...rendered].filter(([id, el]) => id !== render.layout.id && container.contains(el));
  const next: Rendered = new Map();
  const build = (node: LayoutNode): HTMLElement | null => {
    const config = byId.get(node.id);
    if (!config) return null;
    const kept = rendered.get(node.id);
    const el =
      kept && config.key !== null && sameKind(kept, config)
        ? refresh(kept as unknown as Block, config)
        : element(config, files);
    next.set(node.id, el);
    const children = (node.children ?? []).map(build).filter((child) => child !== null);
    if (node.children !== undefined) el.replaceChildren(...children);
    return el;
  };
  const children = (render.layout.children ?? []).map(build).filter((child) => child !== null);
  const own = byId.get(render.layout.id);
  if (own) (container as unknown as Block).props = own.props as unknown as Block["props"];
  container.replaceChildren(...children);
  for (const [id] of previous) rendered.delete(id);
  for (const [id, el] of next) rendered.set(id, el);
}

function sameKind(el: HTMLElement, config: ComponentConfig): boolean {
  return el.localName === tagFor(config.type);
}

// The run's props, except those the key preserves: those stay as the page has them.
function refresh(el: Block, config: ComponentConfig): HTMLElement {
  const preserved = new Set(config.preserved_by_key ?? []);
  const current = el.props as unknown as Record<string, unknown>;
  const props: Record<string, unknown> = { ...config.props };
  for (const name of preserved) if (name in current) props[name] = current[name];
  el.props = props as unknown as Block["props"];
  if ("value" in config.props && !preserved.has("value")) el.value = config.props.value;
  return el;
}
