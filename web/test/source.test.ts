// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { dedent, readSource, storageKey } from "../src/host/source";

function liteElement(html: string): HTMLElement {
  const element = document.createElement("gradio-lite");
  element.innerHTML = html;
  return element;
}

describe("dedent", () => {
  it("removes the common indent, keeping relative indents and inner blank lines", () => {
    const text = "\n\n    def f():\n        return 1\n\n    f()\n  \n";
    expect(dedent(text)).toBe("def f():\n    return 1\n\nf()\n");
  });

  it("counts a tab as four spaces", () => {
    expect(dedent("\tif x:\n\t\ty()\n")).toBe("if x:\n    y()\n");
    expect(dedent("\tif x:\n        y()")).toBe("if x:\n    y()\n");
  });

  it("ignores whitespace-only lines when finding the indent", () => {
    expect(dedent("    a\n \n    b")).toBe("a\n\nb\n");
  });
});

describe("readSource", () => {
  it("reads inline code as the entrypoint app.py", async () => {
    const element = liteElement(`
      import gradio as gr
      gr.Interface(fn=str, inputs="text", outputs="text").launch()
    `);
    expect(await readSource(element, "/page#0")).toEqual({
      files: { "app.py": 'import gradio as gr\ngr.Interface(fn=str, inputs="text", outputs="text").launch()\n' },
      entrypoint: "app.py",
      requirements: [],
      storage_key: "/page#0",
    });
  });

  it("reads <gradio-requirements> lines as requirements, not as code", async () => {
    const element = liteElement(`
      <gradio-requirements>
        # plotting
        numpy

        pandas==2.2.3
      </gradio-requirements>
      import numpy
    `);
    const source = await readSource(element, "k");
    expect(source.requirements).toEqual(["numpy", "pandas==2.2.3"]);
    expect(source.files).toEqual({ "app.py": "import numpy\n" });
  });

  it("takes the first <gradio-file> as the entrypoint, or the one marked entrypoint", async () => {
    const files = (mark: string) => `
      <gradio-file name="utils.py">
        X = 1
      </gradio-file>
      <gradio-file name="main.py" ${mark}>
        import utils
      </gradio-file>`;
    expect((await readSource(liteElement(files("")), "k")).entrypoint).toBe("utils.py");
    const marked = await readSource(liteElement(files("entrypoint")), "k");
    expect(marked.entrypoint).toBe("main.py");
    expect(marked.files).toEqual({ "utils.py": "X = 1\n", "main.py": "import utils\n" });
  });

  it("makes inline code the entrypoint beside the <gradio-file>s it imports", async () => {
    const element = liteElement(`<gradio-file name="utils.py">X = 1</gradio-file>
      import utils`);
    const source = await readSource(element, "k");
    expect(source.entrypoint).toBe("app.py");
    expect(source.files).toEqual({ "utils.py": "X = 1\n", "app.py": "import utils\n" });
  });

  it("fetches a <gradio-file url>: .py as text, other files as bytes", async () => {
    const element = liteElement(`
      <gradio-file name="app.py" url="data:text/plain,print(1)%0A"></gradio-file>
      <gradio-file name="weights.bin" url="data:application/octet-stream;base64,AAEC/w=="></gradio-file>`);
    const source = await readSource(element, "k");
    expect(source.entrypoint).toBe("app.py");
    expect(source.files["app.py"]).toBe("print(1)\n");
    expect(source.files["weights.bin"]).toEqual(new Uint8Array([0, 1, 2, 255]));
  });

  it("refuses a <gradio-file> without a name", async () => {
    const element = liteElement(`<gradio-file>print(1)</gradio-file>`);
    await expect(readSource(element, "k")).rejects.toThrow('<gradio-file> needs a name="..." attribute');
  });

  it("refuses an element with no code, even with requirements", async () => {
    await expect(readSource(liteElement("  \n  "), "k")).rejects.toThrow(/has no code/);
    const onlyRequirements = liteElement("<gradio-requirements>numpy</gradio-requirements>");
    await expect(readSource(onlyRequirements, "k")).rejects.toThrow(/has no code/);
  });
});

describe("storageKey", () => {
  it("is the storage-key attribute when given", () => {
    const element = liteElement("code");
    element.setAttribute("storage-key", "notes");
    element.id = "ignored";
    expect(storageKey(element)).toBe("notes");
  });

  it("is the absolute URL of the entrypoint's file, wherever the element sits", () => {
    const element = liteElement('<gradio-file name="a.py" url="apps/a.py" entrypoint></gradio-file>');
    expect(storageKey(element)).toBe(new URL("apps/a.py", document.baseURI).href);
  });

  it("is the page and the element's id for inline code", () => {
    const element = liteElement("code");
    element.id = "notes";
    expect(storageKey(element)).toBe(`${location.pathname}#id=notes`);
  });

  it("falls back to the element's place on the page, with a warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const first = liteElement("code");
    const second = liteElement("code");
    document.body.append(first, second);
    expect(storageKey(second)).toBe(`${location.pathname}#1`);
    expect(warn.mock.calls[0][0]).toContain("reordering apps will mix their stored files");
    first.remove();
    second.remove();
    warn.mockRestore();
  });
});
