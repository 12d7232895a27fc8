// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { ComponentConfig, RenderConfig } from "../src/protocol.gen";
import type { FileBridge } from "../src/components/base/component";
import { element, type Rendered } from "../src/shared/layout";
import { applyRender } from "../src/shared/render";

const files = {} as FileBridge;
const column: ComponentConfig = {
  id: 3,
  type: "column",
  props: {
    visible: true,
    elem_id: null,
    elem_classes: [],
    name: "column",
    scale: 1,
    min_width: 320,
    variant: "default",
  },
  skip_api: true,
  component_class_id: "Column",
  key: null,
  api_info: null,
  example_inputs: null,
};

function textbox(id: number, label: string, key: string | null): ComponentConfig {
  const props = { visible: true, elem_id: null, elem_classes: [], name: "textbox", value: null, label, lines: 1 };
  const keyed = key === null ? {} : { preserved_by_key: ["value"] };
  return { ...column, id, type: "textbox", props, component_class_id: "Textbox", key, rendered_in: 0, ...keyed };
}

function run(boxes: ComponentConfig[]): RenderConfig {
  const layout = { id: 3, children: boxes.map((b) => ({ id: b.id })) };
  return { render_id: 0, layout, components: [column, ...boxes], dependencies: [] };
}

describe("applyRender", () => {
  it("puts the run's blocks in the container, keeps keyed elements and their value, drops the rest", () => {
    const container = element(column, files);
    const rendered: Rendered = new Map([[3, container]]);
    applyRender(run([textbox(6, "a", "0:'a'"), textbox(7, "loose", null)]), rendered, files);
    expect([...container.children].map((c) => c.localName)).toEqual(["lite-textbox", "lite-textbox"]);
    const kept = rendered.get(6) as HTMLElement & { value: unknown; props: { label: string } };
    kept.value = "typed";
    const loose = rendered.get(7);

    applyRender(run([textbox(6, "a again", "0:'a'"), textbox(8, "b", "0:'b'")]), rendered, files);
    expect(rendered.get(6)).toBe(kept);
    expect(kept.value).toBe("typed");
    expect(kept.props.label).toBe("a again");
    expect(rendered.has(7)).toBe(false);
    expect(loose && container.contains(loose)).toBe(false);
    expect([...container.children]).toEqual([kept, rendered.get(8)]);
  });
});
